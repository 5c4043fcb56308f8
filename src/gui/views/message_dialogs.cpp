// SPDX-License-Identifier: GPL-3.0-or-later
/// Small question and problem dialogs whose every word, buttons included, comes from Edau's catalogue.
#include "views/message_dialogs.h"

#include <wx/intl.h>
#include <wx/app.h>
#include <wx/msgdlg.h>

namespace edau::gui {

// GTK 3 draws wx's default buttons from its own stock, translated by GTK's catalogue for
// the system locale, not by ours. Labels passed as text are shown exactly as given, so a
// Welsh interface on an English system still gets Welsh buttons.

void showProblemDialog(wxWindow* parent, const wxString& headline, const wxString& detail) {
    wxMessageDialog dialog(parent, headline, wxTheApp->GetAppDisplayName(), wxOK | wxICON_ERROR | wxCENTRE);
    if (!detail.empty()) dialog.SetExtendedMessage(detail);
    dialog.SetOKLabel(_("&OK"));
    dialog.ShowModal();
}

void showInformationDialog(wxWindow* parent, const wxString& headline, const wxString& detail) {
    wxMessageDialog dialog(parent, headline, wxTheApp->GetAppDisplayName(), wxOK | wxICON_INFORMATION | wxCENTRE);
    if (!detail.empty()) dialog.SetExtendedMessage(detail);
    dialog.SetOKLabel(_("&OK"));
    dialog.ShowModal();
}

bool askQuestionDialog(wxWindow* parent, const wxString& headline, const wxString& detail,
                       const wxString& acceptLabel, const wxString& declineLabel, bool warning) {
    wxMessageDialog dialog(parent, headline, wxTheApp->GetAppDisplayName(),
                           wxYES_NO | wxCENTRE | (warning ? wxICON_WARNING : wxICON_QUESTION));
    if (!detail.empty()) dialog.SetExtendedMessage(detail);
    dialog.SetYesNoLabels(acceptLabel, declineLabel);
    return dialog.ShowModal() == wxID_YES;
}

}  // namespace edau::gui
