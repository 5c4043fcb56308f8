// SPDX-License-Identifier: GPL-3.0-or-later
/// "Where the coders differ": the places two coders coded a code differently, and the one
/// chosen as each coder coded it, side by side. Filled by the agreement view; it lives in the
/// bottom pane, which spans the window, so both passages have room.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include <wx/panel.h>

#include "presenters/agreement_presenter.h"

class wxButton;
class wxListCtrl;
class wxListEvent;
class wxStaticText;
class wxTextCtrl;

namespace edau::gui {

/// A list of DifferenceRows beside the SideBySide of the one chosen. Knows no project: the
/// agreement view gives it rows and passages and hears which row was chosen.
class AgreementDifferencesPanel : public wxPanel {
public:
    explicit AgreementDifferencesPanel(wxWindow* parent);

    /// Lists `rows` under `heading`; `withCodes`: a column for the code (when several are listed).
    void showDifferences(std::vector<DifferenceRow> rows, const wxString& heading, bool withCodes);
    /// Shows both coders' copies of the chosen place, or nothing.
    void showSideBySide(std::optional<SideBySide> side);
    /// Chooses a row as a click would (onChosen is called).
    void selectRow(std::size_t row);
    void clear();
    /// Re-creates every text in the current interface language.
    void updateTexts();

    const std::vector<DifferenceRow>& rows() const { return m_rows; }
    /// The passage as coder A's side (first) or B's shows it, and the sentence above it.
    wxString sideText(bool first) const;
    wxString sideCaption(bool first) const;

    /// A row was chosen: the view answers with showSideBySide().
    std::function<void(const DifferenceRow&)> onChosen;
    /// "Open in the source" (or a double-click): the passage to open.
    std::function<void(RowId documentId, std::int64_t start, std::int64_t end)> onOpen;

private:
    void fillSide(const CoderSide& coder, const wxString& letter, wxTextCtrl* text, wxString& caption);
    void openChosen();
    void onSelected(wxListEvent& event);

    std::vector<DifferenceRow> m_rows;
    bool m_withCodes = false;
    wxString m_heading;
    std::optional<SideBySide> m_side;
    wxString m_captions[2];

    wxStaticText* m_label = nullptr;
    wxListCtrl* m_list = nullptr;
    wxStaticText* m_sideHeading = nullptr;
    wxButton* m_open = nullptr;
    wxTextCtrl* m_firstText = nullptr;
    wxTextCtrl* m_secondText = nullptr;
};

}  // namespace edau::gui
