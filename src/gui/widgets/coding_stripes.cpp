// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding stripes: a bar per code beside the text, one lane per code, for what is on screen.
#include "widgets/coding_stripes.h"

#include <algorithm>

#include <wx/dcbuffer.h>
#include <wx/settings.h>

#include "widgets/coded_text_view.h"

namespace edau::gui {
namespace {

constexpr int kPreferredLaneWidth = 8;  ///< DIPs
constexpr int kMinimumLaneWidth = 3;
constexpr int kLaneGap = 3;
constexpr int kPadding = 5;
constexpr int kMaximumWidth = 140;

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

wxColour toColour(Rgb colour) {
    return wxColour(colour.red, colour.green, colour.blue);
}

}  // namespace

CodingStripes::CodingStripes(wxWindow* parent, CodedTextView* text)
    : wxWindow(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE | wxWANTS_CHARS),
      m_text(text) {
    SetName("coding-stripes");
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    fitWidth();
    Bind(wxEVT_PAINT, &CodingStripes::onPaint, this);
    Bind(wxEVT_MOTION, &CodingStripes::onMotion, this);
    Bind(wxEVT_LEFT_DOWN, &CodingStripes::onLeftDown, this);
    Bind(wxEVT_RIGHT_DOWN, &CodingStripes::onRightDown, this);
    Bind(wxEVT_LEAVE_WINDOW, [this](wxMouseEvent&) {
        m_tooltip.clear();
        UnsetToolTip();
    });
}

void CodingStripes::setLayout(const StripeLayout* layout, std::function<std::optional<Rgb>(RowId)> colourOfCode,
                              std::function<wxString(const Stripe&)> describe) {
    m_layout = layout;
    m_colourOfCode = std::move(colourOfCode);
    m_describe = std::move(describe);
    m_painted.clear();
    fitWidth();
    Refresh();
}

int CodingStripes::laneWidth() const {
    const int lanes = m_layout != nullptr ? m_layout->laneCount() : 0;
    if (lanes <= 0) return FromDIP(kPreferredLaneWidth);
    const int room = (FromDIP(kMaximumWidth) - 2 * FromDIP(kPadding)) / lanes - FromDIP(kLaneGap);
    return std::clamp(room, FromDIP(kMinimumLaneWidth), FromDIP(kPreferredLaneWidth));
}

void CodingStripes::fitWidth() {
    const int lanes = std::max(1, m_layout != nullptr ? m_layout->laneCount() : 0);
    const int width = 2 * FromDIP(kPadding) + lanes * (laneWidth() + FromDIP(kLaneGap)) - FromDIP(kLaneGap);
    if (GetMinSize().GetWidth() == width) return;
    SetMinSize(wxSize(width, -1));
    if (GetParent() != nullptr) GetParent()->Layout();
}

void CodingStripes::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const wxColour window = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    // A shade off the text's background, so the stripes read as a margin of their own.
    const Rgb background = mix(toRgb(window), toRgb(text), 0.05);
    dc.SetBackground(wxBrush(toColour(background)));
    dc.Clear();
    dc.SetPen(wxPen(toColour(mix(toRgb(window), toRgb(text), 0.2))));
    dc.DrawLine(0, 0, 0, GetClientSize().GetHeight());

    m_painted.clear();
    if (m_layout == nullptr || m_layout->stripes().empty()) return;

    const int height = GetClientSize().GetHeight();
    const TextRange visible = m_text->visibleRange();
    const int lane = laneWidth();
    const int gap = FromDIP(kLaneGap);
    const int padding = FromDIP(kPadding);
    const Rgb grey{128, 128, 128};

    // Only the stripes touching the lines on screen: a binary search, then those few.
    for (std::size_t index : m_layout->stripesOnLines(m_text->lineOfCodePoint(visible.start),
                                                      m_text->lineOfCodePoint(visible.end))) {
        const Stripe& stripe = m_layout->stripes()[index];
        if (stripe.end <= visible.start || stripe.start > visible.end) continue;
        int top = -FromDIP(2);
        if (stripe.start > visible.start) top = m_text->PointFromPosition(m_text->positionOf(stripe.start)).y;
        int bottom = height + FromDIP(2);
        if (stripe.end <= visible.end) {
            const int lastCharacter = m_text->positionOf(stripe.end - 1);
            bottom = m_text->PointFromPosition(lastCharacter).y + m_text->TextHeight(m_text->LineFromPosition(lastCharacter));
        }
        if (bottom <= top) bottom = top + FromDIP(4);
        const wxRect rect(padding + stripe.lane * (lane + gap), top, lane, bottom - top);
        const Rgb colour = m_colourOfCode ? m_colourOfCode(stripe.codeId).value_or(grey) : grey;
        dc.SetBrush(wxBrush(toColour(colour)));
        // An edge in the text colour's direction keeps pale codes visible on either theme.
        dc.SetPen(wxPen(toColour(mix(colour, toRgb(text), 0.35))));
        dc.DrawRoundedRectangle(rect, std::min(lane / 2.0, 3.0));
        m_painted.emplace_back(rect, index);
    }
}

std::vector<const Stripe*> CodingStripes::stripesAt(const wxPoint& point) const {
    std::vector<const Stripe*> found;
    if (m_layout == nullptr) return found;
    for (const auto& [rect, index] : m_painted) {
        if (rect.Contains(point)) found.push_back(&m_layout->stripes()[index]);
    }
    return found;
}

void CodingStripes::onMotion(wxMouseEvent& event) {
    wxString tip;
    for (const Stripe* stripe : stripesAt(event.GetPosition())) {
        if (!tip.empty()) tip << '\n';
        if (m_describe) tip << m_describe(*stripe);
    }
    SetCursor(tip.empty() ? wxNullCursor : wxCursor(wxCURSOR_HAND));
    if (tip == m_tooltip) return;
    m_tooltip = tip;
    if (tip.empty()) {
        UnsetToolTip();
    } else {
        SetToolTip(tip);
    }
}

void CodingStripes::onLeftDown(wxMouseEvent& event) {
    const std::vector<const Stripe*> found = stripesAt(event.GetPosition());
    if (!found.empty() && onSelect) onSelect(*found.front());
}

void CodingStripes::onRightDown(wxMouseEvent& event) {
    const std::vector<const Stripe*> found = stripesAt(event.GetPosition());
    if (!found.empty() && onContextMenu) onContextMenu(found, event.GetPosition());
}

}  // namespace edau::gui
