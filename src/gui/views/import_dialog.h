// SPDX-License-Identifier: GPL-3.0-or-later
/// The import dialog: files and folders to import, a preview of how one will be read, the
/// import itself with progress and Cancel, and a report file by file at the end.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <wx/dialog.h>
#include <wx/timer.h>

#include "edau/app/import_service.h"
#include "presenters/import_presenter.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxGauge;
class wxListBox;
class wxListCtrl;
class wxSimplebook;
class wxStaticText;
class wxTextCtrl;

namespace edau {
class Workbench;
}

namespace edau::gui {

/// Imports sources into the project the frame lends it (UI thread only). Reading runs on a
/// worker (ImportWorker); each file read is stored here, on the UI thread. `projectChanged`
/// is called once the import has written something (the frame refreshes, the index updates).
class ImportDialog : public wxDialog {
public:
    ImportDialog(wxWindow* parent, Workbench& bench, std::function<void()> projectChanged);
    ~ImportDialog() override;

    /// Adds files and folders (folders bring the source files inside them) and shows the
    /// first new file's preview. The Add buttons call this; so can tests.
    void addPaths(const std::vector<std::string>& paths);
    /// Shows the preview of the listed file at `index`.
    void selectFile(std::size_t index);
    /// Changes a reading option as the controls do, and reads the preview again.
    void setEncoding(const std::string& encoding);
    void setTurnPattern(const std::string& pattern);
    void setLanguage(const std::string& language);
    void setCaseFromFileName(bool on);

    /// Starts importing every listed file. Returns false when nothing is listed or an import runs.
    bool startImport();
    /// Asks a running import to stop before its next file.
    void cancelImport();

    bool importing() const;
    /// True once an import has finished (the report is showing).
    bool finished() const { return m_finished; }
    const ImportChoices& choices() const { return m_choices; }
    const ImportPreview& preview() const { return m_preview; }
    const ImportReport& report() const { return m_report; }
    /// Called after the report is shown (tests wait for it).
    void onFinished(std::function<void()> callback) { m_onFinished = std::move(callback); }

private:
    void updateTexts();
    void fillFileList();
    void refreshPreview();
    void showPreview();
    void storeOne(ReadSource source, std::size_t index, std::size_t total);
    void finishImport(bool cancelled);
    void showReport();
    void updateButtons();

    void onAddFiles(wxCommandEvent& event);
    void onAddFolder(wxCommandEvent& event);
    void onRemove(wxCommandEvent& event);
    void onImportOrClose(wxCommandEvent& event);
    void onCancel(wxCommandEvent& event);
    void onClose(wxCloseEvent& event);

    Workbench& m_bench;
    std::function<void()> m_projectChanged;
    std::function<void()> m_onFinished;
    ImportChoices m_choices;
    std::vector<FailedSource> m_skippedWhenAdded;  ///< folders' files that are not sources
    ImportPreview m_preview;
    ImportReport m_report;
    std::unique_ptr<SourceStorer> m_storer;
    std::unique_ptr<ImportWorker> m_worker;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    bool m_finished = false;
    bool m_bulkWrites = false;
    wxTimer m_patternTimer;

    wxSimplebook* m_pages = nullptr;
    wxStaticText* m_filesLabel = nullptr;
    wxListBox* m_files = nullptr;
    wxButton* m_addFiles = nullptr;
    wxButton* m_addFolder = nullptr;
    wxButton* m_remove = nullptr;
    wxCheckBox* m_caseFromName = nullptr;
    wxStaticText* m_encodingLabel = nullptr;
    wxChoice* m_encoding = nullptr;
    wxStaticText* m_languageLabel = nullptr;
    wxChoice* m_language = nullptr;
    wxStaticText* m_patternLabel = nullptr;
    wxTextCtrl* m_pattern = nullptr;
    wxStaticText* m_previewHeading = nullptr;
    wxStaticText* m_previewFacts = nullptr;
    wxStaticText* m_previewWarning = nullptr;
    wxTextCtrl* m_previewText = nullptr;
    wxStaticText* m_reportSummary = nullptr;
    wxListCtrl* m_reportList = nullptr;
    wxGauge* m_progress = nullptr;
    wxStaticText* m_status = nullptr;
    wxButton* m_importButton = nullptr;
    wxButton* m_cancelButton = nullptr;
};

}  // namespace edau::gui
