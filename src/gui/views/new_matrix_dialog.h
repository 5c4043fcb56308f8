// SPDX-License-Identifier: GPL-3.0-or-later
/// Framework > New matrix…: a name, a theme whose codes become the columns, and which cases
/// (or sources) become the rows, filtered and sorted by a case attribute.
#pragma once

#include <wx/dialog.h>

#include "presenters/matrix_presenter.h"

class wxChoice;
class wxRadioButton;
class wxStaticText;
class wxTextCtrl;

namespace edau::gui {

/// Asks for a MatrixSpec; ShowModal() returns wxID_OK once spec() is one that can be created.
class NewMatrixDialog : public wxDialog {
public:
    NewMatrixDialog(wxWindow* parent, NewMatrixChoices choices);

    /// The matrix asked for.
    MatrixSpec spec() const;
    /// For tests and scripted runs: choose as the controls would.
    void choose(const std::string& name, const std::string& themePath);

private:
    void onThemeChanged();
    void onFilterAttributeChanged();
    void updatePreview();

    NewMatrixChoices m_choices;
    bool m_nameTyped = false;  ///< the user wrote a name: a new theme no longer renames it
    wxTextCtrl* m_name = nullptr;
    wxChoice* m_theme = nullptr;
    wxRadioButton* m_caseRows = nullptr;
    wxRadioButton* m_documentRows = nullptr;
    wxChoice* m_filterAttribute = nullptr;
    wxChoice* m_filterValue = nullptr;
    wxChoice* m_sortAttribute = nullptr;
    wxStaticText* m_preview = nullptr;
    wxStaticText* m_problem = nullptr;
};

}  // namespace edau::gui
