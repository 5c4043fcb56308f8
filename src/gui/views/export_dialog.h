// SPDX-License-Identifier: GPL-3.0-or-later
/// The export dialog (Project > Export): a framework matrix, the passages of a code or the
/// codebook, in the format chosen, to the file chosen, opened afterwards if asked.
#pragma once

#include <string>
#include <vector>

#include <wx/dialog.h>

#include "edau/app/export_service.h"
#include "presenters/export_presenter.h"
#include "wx_bridge/wx_export_wording.h"

class wxCheckBox;
class wxChoice;
class wxStaticText;
class wxTextCtrl;

namespace edau {
class Workbench;
}

namespace edau::gui {

/// Asks what to export, in which format and where; Export writes it (the project is only read).
/// Everything the dialog does is also reachable without showing it (tests).
class ExportDialog : public wxDialog {
public:
    /// `uiLanguage`: the interface language, for the export's headings. `unattended`: problems
    /// are kept in lastProblem() instead of being shown in a dialog.
    ExportDialog(wxWindow* parent, const Workbench& bench, ExportKind kind, std::string uiLanguage,
                 bool unattended = false);

    /// Chooses the matrix (by name) or the code (by path) to export, when the dialog offers it.
    void setItem(const std::string& item);
    /// Chooses a format ("docx", "xlsx", "csv", "html", "md"); the file's extension follows.
    void setFormat(const std::string& format);
    void setPath(const wxString& path);
    void setOpenAfterExport(bool open);

    std::string item() const;
    std::string format() const;
    wxString path() const;
    bool openAfterExport() const;
    /// The items offered (matrix names or code paths); empty for the codebook.
    const std::vector<std::string>& items() const { return m_items; }

    /// Writes the export as chosen, then opens it if asked. False, having said why, when it
    /// could not be written; `askBeforeReplacing`: ask before writing over an existing file.
    bool exportNow(bool askBeforeReplacing = true);
    /// The last problem or warning, translated (unattended runs and tests).
    wxString lastProblem() const { return m_lastProblem; }

private:
    void updatePathForFormat();
    void report(const wxString& headline, const wxString& detail, bool problem);
    wxString whatIsExported() const;
    void onExport(wxCommandEvent& event);

    const Workbench& m_bench;
    ExportKind m_kind;
    std::string m_language;
    bool m_unattended;
    std::vector<std::string> m_items;
    wxString m_lastProblem;

    wxStaticText* m_itemLabel = nullptr;
    wxChoice* m_item = nullptr;
    wxChoice* m_format = nullptr;
    wxTextCtrl* m_path = nullptr;
    wxCheckBox* m_open = nullptr;
    wxStaticText* m_note = nullptr;
};

}  // namespace edau::gui
