// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding stripes: a bar per code beside the text, one lane per code, for what is on screen.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include <wx/window.h>

#include "presenters/coding_stripes_presenter.h"
#include "presenters/colours.h"

namespace edau::gui {

class CodedTextView;

/// Paints a StripeLayout beside a CodedTextView, following its scrolling: only the stripes
/// on the lines now on screen are looked up and drawn. Hovering shows what a stripe is;
/// clicking selects its passage; the context menu is the owner's.
class CodingStripes : public wxWindow {
public:
    CodingStripes(wxWindow* parent, CodedTextView* text);

    /// What to paint; `layout` must outlive the next setLayout (or this window).
    /// `describe` words a stripe for its tooltip ("Support/Respite — Lowri").
    void setLayout(const StripeLayout* layout, std::function<std::optional<Rgb>(RowId)> colourOfCode,
                   std::function<wxString(const Stripe&)> describe);

    /// Called with the stripes under the pointer: a click selects the first one's passage.
    std::function<void(const Stripe&)> onSelect;
    /// Called for a right click (or the menu key) on stripes, with where to show a menu.
    std::function<void(const std::vector<const Stripe*>&, const wxPoint&)> onContextMenu;

    /// How many stripe pieces the last paint drew: what is on screen, for tests.
    std::size_t paintedCount() const { return m_painted.size(); }

private:
    void onPaint(wxPaintEvent& event);
    void onMotion(wxMouseEvent& event);
    void onLeftDown(wxMouseEvent& event);
    void onRightDown(wxMouseEvent& event);
    std::vector<const Stripe*> stripesAt(const wxPoint& point) const;
    /// Width for `lanes` lanes: lanes shrink to fit when there are many.
    int laneWidth() const;
    void fitWidth();

    CodedTextView* m_text;
    const StripeLayout* m_layout = nullptr;
    std::function<std::optional<Rgb>(RowId)> m_colourOfCode;
    std::function<wxString(const Stripe&)> m_describe;
    std::vector<std::pair<wxRect, std::size_t>> m_painted;  ///< what the last paint drew, for hit tests
    wxString m_tooltip;
};

}  // namespace edau::gui
