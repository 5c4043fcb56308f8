// SPDX-License-Identifier: GPL-3.0-or-later
/// One open document: its text, its coding stripes and the stripes' filter, in a centre tab.
#include "views/document_panel.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/control.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "views/coding_commands.h"
#include "views/menu_shortcuts.h"
#include "widgets/coded_text_view.h"
#include "widgets/coding_stripes.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// Context-menu ids for "Remove coding …", one per coding under the pointer.
constexpr int kFirstRemoveItemId = wxID_HIGHEST + 2100;
constexpr int kMaximumRemoveItems = 30;
constexpr int kSelectPassageItemId = kFirstRemoveItemId + kMaximumRemoveItems;
constexpr int kShowOnlyCodeItemId = kSelectPassageItemId + 1;

}  // namespace

DocumentPanel::DocumentPanel(wxWindow* parent, DocumentViewModel model)
    : wxPanel(parent, wxID_ANY), m_model(std::move(model)) {
    SetName("document-panel");
    m_filterLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_coderFilter = new wxChoice(this, wxID_ANY);
    m_coderFilter->SetName("stripe-coder-filter");
    m_codeFilter = new wxChoice(this, wxID_ANY);
    m_codeFilter->SetName("stripe-code-filter");
    m_countLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_text = new CodedTextView(this);
    m_stripes = new CodingStripes(this, m_text);

    auto* filterBar = new wxBoxSizer(wxHORIZONTAL);
    filterBar->Add(m_filterLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(6)));
    filterBar->Add(m_coderFilter, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(6)));
    filterBar->Add(m_codeFilter, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, FromDIP(12)));
    filterBar->Add(m_countLabel, wxSizerFlags().CentreVertical());
    auto* body = new wxBoxSizer(wxHORIZONTAL);
    body->Add(m_text, wxSizerFlags(1).Expand());
    body->Add(m_stripes, wxSizerFlags().Expand());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filterBar, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    sizer->Add(body, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    m_text->showDocument(m_model);

    m_coderFilter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onFilterChosen(); });
    m_codeFilter->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onFilterChosen(); });
    // Scrolling, resizing or zooming the text moves the stripes with it.
    m_text->Bind(wxEVT_STC_UPDATEUI, [this](wxStyledTextEvent& event) {
        if ((event.GetUpdated() & (wxSTC_UPDATE_V_SCROLL | wxSTC_UPDATE_CONTENT)) != 0) m_stripes->Refresh(false);
        event.Skip();
    });
    m_text->Bind(wxEVT_STC_ZOOM, [this](wxStyledTextEvent& event) {
        m_stripes->Refresh(false);
        event.Skip();
    });
    m_text->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        m_stripes->Refresh(false);
        event.Skip();
    });
    // Keys 1–9 code the selection with a pinned code; the text is read-only, so typing
    // would do nothing else there.
    m_text->Bind(wxEVT_CHAR, [this](wxKeyEvent& event) {
        const int key = static_cast<int>(event.GetUnicodeKey());
        const bool plain = !event.ControlDown() && !event.AltDown() && !event.MetaDown();
        if (plain && key >= '1' && key <= '9' && onPinnedKey) {
            onPinnedKey(static_cast<std::size_t>(key - '1'));
            return;
        }
        event.Skip();
    });
    m_text->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        if (!runMenuShortcut(*m_text, event)) event.Skip();
    });
    m_text->Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent& event) {
        wxPoint screen = event.GetPosition();
        std::int64_t position = m_text->caretPosition();
        if (screen == wxDefaultPosition) {
            // From the keyboard: at the caret.
            screen = m_text->ClientToScreen(m_text->PointFromPosition(m_text->GetCurrentPos()));
        } else {
            const int at = m_text->PositionFromPoint(m_text->ScreenToClient(screen));
            if (at >= 0) position = m_text->codePointAt(at);
        }
        showTextMenu(screen, position);
    });
    m_text->Bind(wxEVT_SYS_COLOUR_CHANGED, [this](wxSysColourChangedEvent& event) {
        m_text->applyTheme();
        m_stripes->Refresh();
        event.Skip();
    });

    m_stripes->onSelect = [this](const Stripe& stripe) {
        selectRange({stripe.start, stripe.end});
        m_text->SetFocus();
    };
    m_stripes->onContextMenu = [this](const std::vector<const Stripe*>& stripes, const wxPoint& point) {
        showStripeMenu(stripes, point);
    };

    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        const auto index = static_cast<std::size_t>(event.GetId() - kFirstRemoveItemId);
        if (index < m_menuCodings.size() && onRemoveCoding) onRemoveCoding(m_menuCodings[index]);
    }, kFirstRemoveItemId, kFirstRemoveItemId + kMaximumRemoveItems - 1);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { m_text->Copy(); }, wxID_COPY);

    updateTexts();
    relayout();
}

void DocumentPanel::showCodebook(const std::vector<CodebookRow>& rows, const std::vector<Coder>& coders) {
    m_codes.clear();
    m_codePaths.clear();
    m_codeColours.clear();
    for (const CodebookRow& row : rows) {
        m_codes.push_back(row.code);
        m_codePaths[row.code.id] = row.path;
        if (const std::optional<Rgb> colour = parseHexColour(row.colour)) m_codeColours[row.code.id] = *colour;
    }
    m_coders = coders;
    // A filtered code or coder that has gone shows everything again.
    if (m_filter.codeId && !m_codePaths.contains(*m_filter.codeId)) m_filter.codeId.reset();
    if (m_filter.coderId &&
        std::none_of(m_coders.begin(), m_coders.end(), [&](const Coder& c) { return c.id == *m_filter.coderId; })) {
        m_filter.coderId.reset();
    }
    fillFilters();
    relayout();
}

void DocumentPanel::showCodings(std::vector<Coding> codings) {
    m_model.codings = std::move(codings);
    relayout();
}

void DocumentPanel::setFilter(const StripeFilter& filter) {
    m_filter = filter;
    fillFilters();
    relayout();
}

void DocumentPanel::relayout() {
    m_layout = StripeLayout(m_model.codings, m_codes, m_model.lines, m_filter);
    m_text->showCodings(m_layout, [this](RowId code) { return colourOf(code); });
    m_stripes->setLayout(
        &m_layout, [this](RowId code) { return colourOf(code); },
        [this](const Stripe& stripe) { return describeCoding(stripe.codeId, stripe.coderId); });
    m_countLabel->SetLabel(wxString::Format(_("Coded passages shown: %zu"), m_layout.stripes().size()));
    Layout();
}

std::optional<Rgb> DocumentPanel::colourOf(RowId codeId) const {
    const auto found = m_codeColours.find(codeId);
    if (found == m_codeColours.end()) return std::nullopt;
    return found->second;
}

void DocumentPanel::fillFilters() {
    m_coderFilter->Clear();
    m_coderChoices.clear();
    m_coderFilter->Append(_("All coders"));
    int selected = 0;
    for (const Coder& coder : m_coders) {
        m_coderChoices.push_back(coder.id);
        m_coderFilter->Append(toWx(coder.name));
        if (m_filter.coderId == coder.id) selected = static_cast<int>(m_coderChoices.size());
    }
    m_coderFilter->SetSelection(selected);

    m_codeFilter->Clear();
    m_codeChoices.clear();
    m_codeFilter->Append(_("All codes"));
    selected = 0;
    for (const auto& code : m_codes) {
        m_codeChoices.push_back(code.id);
        m_codeFilter->Append(toWx(m_codePaths[code.id]));
        if (m_filter.codeId == code.id) selected = static_cast<int>(m_codeChoices.size());
    }
    m_codeFilter->SetSelection(selected);
}

void DocumentPanel::onFilterChosen() {
    const int coder = m_coderFilter->GetSelection();
    const int code = m_codeFilter->GetSelection();
    m_filter.coderId.reset();
    m_filter.codeId.reset();
    if (coder > 0 && static_cast<std::size_t>(coder) <= m_coderChoices.size()) m_filter.coderId = m_coderChoices[coder - 1];
    if (code > 0 && static_cast<std::size_t>(code) <= m_codeChoices.size()) m_filter.codeId = m_codeChoices[code - 1];
    relayout();
}

std::optional<TextRange> DocumentPanel::selection() const {
    return m_text->selectedRange();
}

std::int64_t DocumentPanel::caret() const {
    return m_text->caretPosition();
}

void DocumentPanel::selectRange(const TextRange& range) {
    m_text->selectRange(range);
    m_stripes->Refresh(false);
}

std::vector<Coding> DocumentPanel::codingsAt(std::int64_t position) const {
    std::vector<Coding> found;
    for (std::size_t index : m_layout.stripesAt(position)) {
        const RowId id = m_layout.stripes()[index].codingId;
        const auto coding = std::find_if(m_model.codings.begin(), m_model.codings.end(),
                                         [&](const Coding& c) { return c.id == id; });
        if (coding != m_model.codings.end()) found.push_back(*coding);
    }
    return found;
}

wxString DocumentPanel::describeCoding(RowId codeId, RowId coderId) const {
    wxString code = _("(a code no longer in the codebook)");
    if (const auto path = m_codePaths.find(codeId); path != m_codePaths.end()) code = toWx(path->second);
    const auto coder = std::find_if(m_coders.begin(), m_coders.end(), [&](const Coder& c) { return c.id == coderId; });
    if (coder == m_coders.end()) return code;
    return wxString::Format(_("%s \u2014 coded by %s"), code, toWx(coder->name));
}

void DocumentPanel::updateTexts() {
    m_filterLabel->SetLabel(_("Stripes:"));
    m_coderFilter->SetToolTip(_("Show the stripes of one coder only"));
    m_codeFilter->SetToolTip(_("Show the stripes of one code (and its sub-codes) only"));
    fillFilters();
    m_countLabel->SetLabel(wxString::Format(_("Coded passages shown: %zu"), m_layout.stripes().size()));
    Layout();
}

void DocumentPanel::focusText() {
    m_text->SetFocus();
}

void DocumentPanel::showTextMenu(const wxPoint& screenPoint, std::int64_t position) {
    wxMenu menu;
    const bool hasSelection = selection().has_value();
    menu.Append(kCodeSelectionCommand, _("&Code selection with the chosen code"));
    menu.Append(kNewCodeFromSelectionCommand, _("&New code from selection…"));
    menu.Append(kCodeTurnCommand, _("Code this &turn"));
    menu.Enable(kCodeSelectionCommand, hasSelection);
    menu.Enable(kNewCodeFromSelectionCommand, hasSelection);

    m_menuCodings.clear();
    const std::vector<Coding> codings = codingsAt(position);
    if (!codings.empty()) menu.AppendSeparator();
    for (const Coding& coding : codings) {
        if (m_menuCodings.size() == static_cast<std::size_t>(kMaximumRemoveItems)) break;
        const int id = kFirstRemoveItemId + static_cast<int>(m_menuCodings.size());
        m_menuCodings.push_back(coding.id);
        menu.Append(id, wxString::Format(_("Remove coding: %s"),
                                         wxControl::EscapeMnemonics(describeCoding(coding.codeId, coding.coderId))));
    }
    menu.AppendSeparator();
    menu.Append(wxID_COPY, _("&Copy"));
    menu.Enable(wxID_COPY, hasSelection);
    PopupMenu(&menu, ScreenToClient(screenPoint));
}

void DocumentPanel::showStripeMenu(const std::vector<const Stripe*>& stripes, const wxPoint& point) {
    if (stripes.empty()) return;
    wxMenu menu;
    const Stripe first = *stripes.front();
    menu.Append(kSelectPassageItemId, _("&Select the passage"));
    menu.Append(kShowOnlyCodeItemId, _("Show only this code's stripes"));
    menu.AppendSeparator();
    m_menuCodings.clear();
    for (const Stripe* stripe : stripes) {
        if (m_menuCodings.size() == static_cast<std::size_t>(kMaximumRemoveItems)) break;
        const int id = kFirstRemoveItemId + static_cast<int>(m_menuCodings.size());
        m_menuCodings.push_back(stripe->codingId);
        menu.Append(id, wxString::Format(_("Remove coding: %s"),
                                         wxControl::EscapeMnemonics(describeCoding(stripe->codeId, stripe->coderId))));
    }
    menu.Bind(wxEVT_MENU, [this, first](wxCommandEvent&) { selectRange({first.start, first.end}); }, kSelectPassageItemId);
    menu.Bind(wxEVT_MENU, [this, first](wxCommandEvent&) {
        StripeFilter filter = m_filter;
        filter.codeId = first.codeId;
        setFilter(filter);
    }, kShowOnlyCodeItemId);
    m_stripes->PopupMenu(&menu, point);
}

}  // namespace edau::gui
