// SPDX-License-Identifier: GPL-3.0-or-later
/// Small question and problem dialogs whose every word, buttons included, comes from Edau's catalogue.
#pragma once

#include <wx/string.h>

class wxWindow;

namespace edau::gui {

/// Tells the user that something did not work: a headline and, below it, why.
void showProblemDialog(wxWindow* parent, const wxString& headline, const wxString& detail);

/// Tells the user that something worked and what it means for them.
void showInformationDialog(wxWindow* parent, const wxString& headline, const wxString& detail);

/// Asks a question with two answers; returns true when the user picked `acceptLabel`.
/// Escape and closing the window count as `declineLabel`.
bool askQuestionDialog(wxWindow* parent, const wxString& headline, const wxString& detail,
                       const wxString& acceptLabel, const wxString& declineLabel, bool warning = false);

}  // namespace edau::gui
