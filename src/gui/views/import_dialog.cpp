// SPDX-License-Identifier: GPL-3.0-or-later
/// The import dialog: files and folders, a preview of how one will be read, the import with
/// progress and Cancel, and a report file by file.
#include "views/import_dialog.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/gauge.h>
#include <wx/intl.h>
#include <wx/listbox.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/simplebook.h>
#include <wx/sizer.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/wrapsizer.h>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "presenters/colours.h"
#include "views/message_dialogs.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// How long the turn pattern waits after the last key before the preview is read again.
constexpr int kPatternDelayMilliseconds = 400;

wxString encodingLabel(const std::string& encoding) {
    if (encoding == "auto") return _("Automatic");
    return toWx(encoding);  // names such as UTF-8 and windows-1252 are the same in every language
}

wxString languageLabel(const std::string& language) {
    if (language == "auto") return _("Automatic");
    if (language == "cy") return _("Welsh");
    if (language == "en") return _("English");
    if (language == "mixed") return _("Welsh and English");
    return _("not known");
}

wxString fileName(const std::string& path) {
    return toWx(std::filesystem::path(path).filename().string());
}

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

}  // namespace

ImportDialog::ImportDialog(wxWindow* parent, Workbench& bench, std::function<void()> projectChanged)
    : wxDialog(parent, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_bench(bench),
      m_projectChanged(std::move(projectChanged)) {
    std::weak_ptr<bool> alive = m_alive;
    m_worker = std::make_unique<ImportWorker>([alive](std::function<void()> task) {
        if (wxTheApp == nullptr) return;
        wxTheApp->CallAfter([alive, task = std::move(task)] {
            if (alive.lock()) task();
        });
    });

    m_pages = new wxSimplebook(this);

    // Page 1: what to import, and the preview.
    auto* choosePage = new wxPanel(m_pages);
    m_filesLabel = new wxStaticText(choosePage, wxID_ANY, wxString());
    m_files = new wxListBox(choosePage, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(230, -1)), 0, nullptr,
                            wxLB_SINGLE | wxLB_NEEDED_SB);
    m_addFiles = new wxButton(choosePage, wxID_ANY, wxString());
    m_addFolder = new wxButton(choosePage, wxID_ANY, wxString());
    m_remove = new wxButton(choosePage, wxID_ANY, wxString());
    m_caseFromName = new wxCheckBox(choosePage, wxID_ANY, wxString());
    m_caseFromName->SetValue(m_choices.caseFromFileName);

    m_encodingLabel = new wxStaticText(choosePage, wxID_ANY, wxString());
    m_encoding = new wxChoice(choosePage, wxID_ANY);
    m_languageLabel = new wxStaticText(choosePage, wxID_ANY, wxString());
    m_language = new wxChoice(choosePage, wxID_ANY);
    m_patternLabel = new wxStaticText(choosePage, wxID_ANY, wxString());
    m_pattern = new wxTextCtrl(choosePage, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxTE_PROCESS_ENTER);
    m_previewHeading = new wxStaticText(choosePage, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                        wxST_ELLIPSIZE_MIDDLE);
    m_previewHeading->SetFont(m_previewHeading->GetFont().Bold());
    m_previewFacts = new wxStaticText(choosePage, wxID_ANY, wxString());
    m_previewWarning = new wxStaticText(choosePage, wxID_ANY, wxString());
    m_previewWarning->SetFont(m_previewWarning->GetFont().Bold());
    m_previewText = new wxTextCtrl(choosePage, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(520, 320)),
                                   wxTE_MULTILINE | wxTE_READONLY | wxTE_RICH2 | wxTE_BESTWRAP);

    const int gap = FromDIP(8);
    // The buttons wrap under each other when their words are long (Welsh), not widen the list.
    auto* fileButtons = new wxWrapSizer(wxHORIZONTAL);
    fileButtons->Add(m_addFiles, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap / 2));
    fileButtons->Add(m_addFolder, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap / 2));
    fileButtons->Add(m_remove, wxSizerFlags().Border(wxBOTTOM, gap / 2));
    auto* left = new wxBoxSizer(wxVERTICAL);
    left->Add(m_filesLabel, wxSizerFlags().Border(wxBOTTOM, gap / 2));
    left->Add(m_files, wxSizerFlags(1).Expand().Border(wxBOTTOM, gap / 2));
    left->Add(fileButtons, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 2));
    left->Add(m_caseFromName);

    auto* options = new wxFlexGridSizer(4, gap / 2, gap);
    options->AddGrowableCol(3, 1);
    options->Add(m_encodingLabel, wxSizerFlags().CentreVertical());
    options->Add(m_encoding, wxSizerFlags().CentreVertical());
    options->Add(m_languageLabel, wxSizerFlags().CentreVertical());
    options->Add(m_language, wxSizerFlags().CentreVertical());
    auto* patternRow = new wxBoxSizer(wxHORIZONTAL);
    patternRow->Add(m_patternLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    patternRow->Add(m_pattern, wxSizerFlags(1).CentreVertical());

    auto* right = new wxBoxSizer(wxVERTICAL);
    right->Add(options, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 2));
    right->Add(patternRow, wxSizerFlags().Expand().Border(wxBOTTOM, gap));
    right->Add(m_previewHeading, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 4));
    right->Add(m_previewFacts, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 4));
    right->Add(m_previewWarning, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 4));
    right->Add(m_previewText, wxSizerFlags(1).Expand());

    auto* chooseSizer = new wxBoxSizer(wxHORIZONTAL);
    chooseSizer->Add(left, wxSizerFlags().Expand().Border(wxRIGHT, 2 * gap));
    chooseSizer->Add(right, wxSizerFlags(1).Expand());
    choosePage->SetSizer(chooseSizer);

    // Page 2: the report.
    auto* reportPage = new wxPanel(m_pages);
    m_reportSummary = new wxStaticText(reportPage, wxID_ANY, wxString());
    m_reportSummary->SetFont(m_reportSummary->GetFont().Bold());
    m_reportList = new wxListCtrl(reportPage, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    auto* reportSizer = new wxBoxSizer(wxVERTICAL);
    reportSizer->Add(m_reportSummary, wxSizerFlags().Border(wxBOTTOM, gap));
    reportSizer->Add(m_reportList, wxSizerFlags(1).Expand());
    reportPage->SetSizer(reportSizer);

    m_pages->AddPage(choosePage, wxString(), true);
    m_pages->AddPage(reportPage, wxString());

    m_progress = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(200, -1)));
    m_status = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_MIDDLE);
    m_importButton = new wxButton(this, wxID_OK, wxString());
    m_cancelButton = new wxButton(this, wxID_CANCEL, wxString());
    m_importButton->SetDefault();
    SetEscapeId(wxID_CANCEL);
    auto* bottom = new wxBoxSizer(wxHORIZONTAL);
    bottom->Add(m_progress, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    bottom->Add(m_status, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, gap));
    bottom->Add(m_importButton, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    bottom->Add(m_cancelButton, wxSizerFlags().CentreVertical());

    auto* outer = new wxBoxSizer(wxVERTICAL);
    outer->Add(m_pages, wxSizerFlags(1).Expand().Border(wxALL, 2 * gap));
    outer->Add(bottom, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, 2 * gap));
    SetSizer(outer);

    m_addFiles->Bind(wxEVT_BUTTON, &ImportDialog::onAddFiles, this);
    m_addFolder->Bind(wxEVT_BUTTON, &ImportDialog::onAddFolder, this);
    m_remove->Bind(wxEVT_BUTTON, &ImportDialog::onRemove, this);
    m_files->Bind(wxEVT_LISTBOX, [this](wxCommandEvent&) { refreshPreview(); });
    m_caseFromName->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent& e) { m_choices.caseFromFileName = e.IsChecked(); });
    m_encoding->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const auto& list = importEncodings();
        if (e.GetSelection() >= 0 && static_cast<std::size_t>(e.GetSelection()) < list.size())
            setEncoding(list[static_cast<std::size_t>(e.GetSelection())]);
    });
    m_language->Bind(wxEVT_CHOICE, [this](wxCommandEvent& e) {
        const auto& list = importLanguages();
        if (e.GetSelection() >= 0 && static_cast<std::size_t>(e.GetSelection()) < list.size())
            setLanguage(list[static_cast<std::size_t>(e.GetSelection())]);
    });
    // The pattern is read again a moment after the last key, or at once with Enter.
    m_pattern->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { m_patternTimer.StartOnce(kPatternDelayMilliseconds); });
    m_pattern->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) {
        m_patternTimer.Stop();
        setTurnPattern(toUtf8(m_pattern->GetValue()));
    });
    m_patternTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { setTurnPattern(toUtf8(m_pattern->GetValue())); });
    m_importButton->Bind(wxEVT_BUTTON, &ImportDialog::onImportOrClose, this);
    m_cancelButton->Bind(wxEVT_BUTTON, &ImportDialog::onCancel, this);
    Bind(wxEVT_CLOSE_WINDOW, &ImportDialog::onClose, this);

    updateTexts();
    showPreview();
    updateButtons();
    SetMinSize(FromDIP(wxSize(760, 480)));
    SetSize(FromDIP(wxSize(980, 620)));
    CentreOnParent();
    m_addFiles->SetFocus();
}

ImportDialog::~ImportDialog() {
    m_patternTimer.Stop();
    m_alive.reset();   // files read but not yet stored are dropped
    m_worker.reset();  // waits for the file being read
    if (m_bulkWrites) {
        try {
            m_bench.store().setBulkWrites(false);
        } catch (...) {  // destructors never throw; the next commit syncs anyway
        }
    }
}

void ImportDialog::updateTexts() {
    SetTitle(_("Import sources"));
    m_filesLabel->SetLabel(_("Files to import:"));
    m_files->SetName(_("Files to import"));
    m_addFiles->SetLabel(_("Add &files…"));
    m_addFiles->SetToolTip(_("Choose transcripts and other sources to import"));
    m_addFolder->SetLabel(_("Add a f&older…"));
    m_addFolder->SetToolTip(_("Import every source file in a folder and the folders inside it"));
    m_remove->SetLabel(_("&Remove"));
    m_remove->SetToolTip(_("Leave the selected file out of the import"));
    m_caseFromName->SetLabel(_("Make a &case from each file's name"));
    m_caseFromName->SetToolTip(_("carer-01-sian.txt becomes the case carer-01-sian, ready for attributes"));

    m_encodingLabel->SetLabel(_("&Encoding:"));
    m_encoding->Clear();
    for (const auto& e : importEncodings()) m_encoding->Append(encodingLabel(e));
    const auto encodingAt = std::find(importEncodings().begin(), importEncodings().end(), m_choices.encoding);
    m_encoding->SetSelection(static_cast<int>(encodingAt - importEncodings().begin()));
    m_encoding->SetName(_("Encoding"));
    m_encoding->SetToolTip(_("How the bytes of plain-text files become letters. Old Welsh files often use "
                             "iso-8859-14: if ŵ and ŷ show as ð and þ, choose it."));

    m_languageLabel->SetLabel(_("&Language:"));
    m_language->Clear();
    for (const auto& l : importLanguages()) m_language->Append(languageLabel(l));
    const auto languageAt = std::find(importLanguages().begin(), importLanguages().end(), m_choices.language);
    m_language->SetSelection(static_cast<int>(languageAt - importLanguages().begin()));
    m_language->SetName(_("Language"));

    m_patternLabel->SetLabel(_("&Turn pattern:"));
    m_pattern->SetHint(_("Automatic (Name: …, [id1], *ABC:, Speaker 1 …)"));
    m_pattern->SetName(_("Turn pattern"));
    m_pattern->SetToolTip(_("A regular expression matched at the start of each line; its first group "
                            "in brackets is the speaker. Example: ^([A-Z][a-z]+):"));
    m_previewText->SetName(_("Preview"));
    m_reportList->SetName(_("Import report"));
    updateButtons();
    Layout();
}

void ImportDialog::updateButtons() {
    const bool running = importing();
    m_importButton->SetLabel(m_finished ? _("&Close") : _("&Import"));
    m_importButton->Enable(m_finished || (!running && !m_choices.files.empty()));
    m_cancelButton->SetLabel(_("&Cancel"));
    m_cancelButton->Show(!m_finished);
    m_addFiles->Enable(!running);
    m_addFolder->Enable(!running);
    m_remove->Enable(!running && m_files->GetSelection() != wxNOT_FOUND);
    m_encoding->Enable(!running);
    m_language->Enable(!running);
    m_pattern->Enable(!running);
    m_caseFromName->Enable(!running);
    m_progress->Show(running || m_finished);
    if (!running && !m_finished) {
        m_status->SetLabel(m_choices.files.empty()
                               ? _("Add the files to import.")
                               : wxString::Format(wxPLURAL("%zu file to import.", "%zu files to import.", m_choices.files.size()),
                                                  m_choices.files.size()));
    }
    Layout();
}

void ImportDialog::fillFileList() {
    const int selected = m_files->GetSelection();
    m_files->Clear();
    for (const auto& file : m_choices.files) m_files->Append(fileName(file));
    if (!m_choices.files.empty())
        m_files->SetSelection(selected == wxNOT_FOUND ? 0 : std::min<int>(selected, static_cast<int>(m_choices.files.size()) - 1));
}

void ImportDialog::addPaths(const std::vector<std::string>& paths) {
    const std::size_t firstNew = m_choices.files.size();
    std::vector<FailedSource> skipped;
    const std::size_t added = addImportPaths(m_choices.files, paths, skipped);
    m_skippedWhenAdded.insert(m_skippedWhenAdded.end(), skipped.begin(), skipped.end());
    fillFileList();
    if (added > 0) {
        m_files->SetSelection(static_cast<int>(firstNew));
        refreshPreview();
    }
    updateButtons();
    if (added == 0 && !skipped.empty()) m_status->SetLabel(translate(skipped.front().reason));
}

void ImportDialog::selectFile(std::size_t index) {
    if (index >= m_choices.files.size()) return;
    m_files->SetSelection(static_cast<int>(index));
    refreshPreview();
}

void ImportDialog::setEncoding(const std::string& encoding) {
    m_choices.encoding = encoding;
    const auto at = std::find(importEncodings().begin(), importEncodings().end(), encoding);
    if (at != importEncodings().end()) m_encoding->SetSelection(static_cast<int>(at - importEncodings().begin()));
    refreshPreview();
}

void ImportDialog::setTurnPattern(const std::string& pattern) {
    m_choices.turnPattern = pattern;
    if (toUtf8(m_pattern->GetValue()) != pattern) m_pattern->ChangeValue(toWx(pattern));
    refreshPreview();
}

void ImportDialog::setLanguage(const std::string& language) {
    m_choices.language = language;
    const auto at = std::find(importLanguages().begin(), importLanguages().end(), language);
    if (at != importLanguages().end()) m_language->SetSelection(static_cast<int>(at - importLanguages().begin()));
    refreshPreview();
}

void ImportDialog::setCaseFromFileName(bool on) {
    m_choices.caseFromFileName = on;
    m_caseFromName->SetValue(on);
}

void ImportDialog::refreshPreview() {
    const int selected = m_files->GetSelection();
    updateButtons();
    if (selected == wxNOT_FOUND || static_cast<std::size_t>(selected) >= m_choices.files.size()) {
        m_preview = ImportPreview{};
        showPreview();
        return;
    }
    // One file is read here, on the UI thread: a preview is of one file the user is looking at.
    wxBusyCursor busy;
    m_preview = previewImport(m_choices.files[static_cast<std::size_t>(selected)], m_choices.readOptions());
    showPreview();
}

void ImportDialog::showPreview() {
    m_previewText->Freeze();
    m_previewText->Clear();
    m_previewWarning->SetLabel(wxString());
    m_previewWarning->Hide();
    if (m_preview.file.empty()) {
        m_previewHeading->SetLabel(_("Preview"));
        m_previewFacts->SetLabel(_("Add files to see how Edau will read them."));
        m_previewText->Thaw();
        Layout();
        return;
    }
    m_previewHeading->SetLabel(wxString::Format(_("Preview of %s"), fileName(m_preview.file)));
    m_previewHeading->SetToolTip(toWx(m_preview.file));
    if (m_preview.problem) {
        m_previewFacts->SetLabel(_("This file cannot be read with these settings:"));
        m_previewWarning->SetLabel(translate(*m_preview.problem));
        m_previewWarning->Wrap(m_previewText->GetSize().GetWidth());
        m_previewWarning->Show();
        m_previewText->Thaw();
        Layout();
        return;
    }

    wxString facts = wxString::Format(_("Read as %s · Language: %s · Speaker turns: %zu · Characters: %lld"),
                                      toWx(m_preview.encoding), languageLabel(m_preview.language),
                                      m_preview.turns.size(), static_cast<long long>(m_preview.characters));
    if (!m_preview.speakers.empty()) {
        wxString speakers;
        for (const auto& s : m_preview.speakers) {
            if (!speakers.empty()) speakers << ", ";
            speakers << wxString::Format("%s (%zu)", toWx(s.speaker), s.turns);
        }
        facts << "\n" << wxString::Format(_("Speakers: %s"), speakers);
    } else {
        facts << "\n" << _("No speaker turns found: the text will be searched and coded by paragraph.");
    }
    m_previewFacts->SetLabel(facts);

    wxString warning;
    if (m_preview.looksLikeMisreadWelsh)
        warning = _("ð or þ inside words: this looks like Welsh saved as iso-8859-14. Choose that encoding.");
    for (const auto& note : m_preview.notes) {
        if (!warning.empty()) warning << "\n";
        warning << toWx(note);
    }
    if (m_preview.truncated) {
        if (!warning.empty()) warning << "\n";
        warning << wxString::Format(_("The preview shows the first %lld characters."),
                                    static_cast<long long>(ImportPreview::kPreviewCharacters));
    }
    m_previewWarning->SetLabel(warning);
    m_previewWarning->Show(!warning.empty());

    m_previewText->ChangeValue(toWx(m_preview.text));
    // Speaker labels stand out in a colour that reads on this theme's text background, and bold.
    const wxColour background = m_previewText->GetBackgroundColour().IsOk()
                                    ? m_previewText->GetBackgroundColour()
                                    : wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const Rgb labelColour = readableOn(toRgb(background), Rgb{31, 95, 168}, toRgb(text));
    wxTextAttr label(wxColour(labelColour.red, labelColour.green, labelColour.blue));
    label.SetFontWeight(wxFONTWEIGHT_BOLD);
    for (const auto& range : m_preview.labels)
        m_previewText->SetStyle(static_cast<long>(range.start), static_cast<long>(range.end), label);
    m_previewText->ShowPosition(0);
    m_previewText->SetInsertionPoint(0);
    m_previewText->Thaw();
    Layout();
}

void ImportDialog::onAddFiles(wxCommandEvent&) {
    wxString patterns;
    for (const auto& extension : supportedSourceExtensions()) {
        if (!patterns.empty()) patterns << ";";
        patterns << "*" << toWx(extension) << ";*" << toWx(extension).Upper();
    }
    const wxString filter = wxString::Format("%s|%s|%s (*)|*", _("Sources"), patterns, _("All files"));
    wxFileDialog dialog(this, _("Choose sources to import"), wxString(), wxString(), filter,
                        wxFD_OPEN | wxFD_MULTIPLE | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    wxArrayString paths;
    dialog.GetPaths(paths);
    std::vector<std::string> chosen;
    for (const auto& p : paths) chosen.push_back(toUtf8(p));
    addPaths(chosen);
}

void ImportDialog::onAddFolder(wxCommandEvent&) {
    wxDirDialog dialog(this, _("Choose a folder of sources to import"), wxString(), wxDD_DEFAULT_STYLE | wxDD_DIR_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    addPaths({toUtf8(dialog.GetPath())});
}

void ImportDialog::onRemove(wxCommandEvent&) {
    const int selected = m_files->GetSelection();
    if (selected == wxNOT_FOUND || static_cast<std::size_t>(selected) >= m_choices.files.size()) return;
    m_choices.files.erase(m_choices.files.begin() + selected);
    fillFileList();
    refreshPreview();
}

bool ImportDialog::importing() const {
    return m_worker && m_worker->running();
}

bool ImportDialog::startImport() {
    if (importing() || m_finished || m_choices.files.empty()) return false;
    m_report = ImportReport{};
    m_report.skipped = m_skippedWhenAdded;
    const ImportRequest request = m_choices.request();
    try {
        m_storer = std::make_unique<SourceStorer>(m_bench, request);
        // Many small transactions in a row: flush them to disk together at the end.
        m_bench.store().setBulkWrites(true);
        m_bulkWrites = true;
    } catch (const std::exception& e) {
        m_storer.reset();
        showProblemDialog(this, _("Could not import."), describeFailure(e));
        return false;
    }
    m_progress->SetRange(static_cast<int>(std::max<std::size_t>(request.paths.size(), 1)));
    m_progress->SetValue(0);
    m_worker->start(request.paths, request.read,
                    [this](ReadSource source, std::size_t index, std::size_t total) {
                        storeOne(std::move(source), index, total);
                    },
                    [this](bool cancelled) { finishImport(cancelled); });
    m_status->SetLabel(_("Importing…"));
    updateButtons();
    return true;
}

void ImportDialog::storeOne(ReadSource source, std::size_t index, std::size_t total) {
    if (!m_storer) return;
    m_status->SetLabel(wxString::Format(_("Importing %s (%zu of %zu)…"), fileName(source.file), index + 1, total));
    try {
        m_storer->store(std::move(source), m_report);
    } catch (const std::exception& e) {
        // The project itself refused (read-only, damaged, disk full): stop here.
        m_storer.reset();
        m_worker->cancel();
        showProblemDialog(this, _("The import stopped."), describeFailure(e));
    }
    m_progress->SetValue(static_cast<int>(index + 1));
}

void ImportDialog::cancelImport() {
    if (!importing()) return;
    m_worker->cancel();
    m_status->SetLabel(_("Stopping after this file…"));
}

void ImportDialog::finishImport(bool cancelled) {
    m_report.cancelled = cancelled;
    m_storer.reset();
    if (m_bulkWrites) {
        m_bulkWrites = false;
        try {
            m_bench.store().setBulkWrites(false);
        } catch (const std::exception& e) {
            showProblemDialog(this, _("The imported files could not all be saved to disk."), describeFailure(e));
        }
    }
    m_finished = true;
    showReport();
    updateButtons();
    if (!m_report.imported.empty() && m_projectChanged) m_projectChanged();
    if (m_onFinished) m_onFinished();
}

void ImportDialog::showReport() {
    m_progress->SetValue(m_progress->GetRange());
    wxString summary = wxString::Format(_("Imported: %zu · Skipped: %zu · Not imported: %zu"), m_report.imported.size(),
                                        m_report.skipped.size(), m_report.failed.size());
    if (m_report.cancelled) summary = _("The import was cancelled; the files imported before that stay in the project.") + "\n" + summary;
    m_reportSummary->SetLabel(summary);
    m_status->SetLabel(m_report.failed.empty() ? _("Done.") : _("Done, with problems: see the files not imported."));

    m_reportList->ClearAll();
    m_reportList->AppendColumn(_("File"), wxLIST_FORMAT_LEFT, FromDIP(220));
    m_reportList->AppendColumn(_("Result"), wxLIST_FORMAT_LEFT, FromDIP(120));
    m_reportList->AppendColumn(_("Details"), wxLIST_FORMAT_LEFT, FromDIP(560));
    long row = 0;
    for (const auto& line : importReportLines(m_report)) {
        wxString outcome, details;
        switch (line.outcome) {
            case ImportReportLine::Outcome::Imported:
                outcome = _("Imported");
                details = wxString::Format(_("Document: %s · Speaker turns: %lld"), toWx(line.document),
                                           static_cast<long long>(line.turns));
                if (!line.caseName.empty()) details << " · " << wxString::Format(_("Case: %s"), toWx(line.caseName));
                break;
            case ImportReportLine::Outcome::Skipped:
                outcome = _("Skipped");
                if (line.reason) details = translate(*line.reason);
                break;
            case ImportReportLine::Outcome::Failed:
                outcome = _("Not imported");
                if (line.reason) details = translate(*line.reason);
                break;
        }
        const long item = m_reportList->InsertItem(row++, toWx(line.file));
        m_reportList->SetItem(item, 1, outcome);
        m_reportList->SetItem(item, 2, details);
    }
    m_pages->SetSelection(1);
    Layout();
}

void ImportDialog::onImportOrClose(wxCommandEvent&) {
    if (m_finished) {
        if (IsModal()) {
            EndModal(wxID_OK);
        } else {
            Destroy();
        }
        return;
    }
    startImport();
}

void ImportDialog::onCancel(wxCommandEvent&) {
    if (importing()) {
        cancelImport();
        return;
    }
    if (IsModal()) {
        EndModal(wxID_CANCEL);
    } else {
        Destroy();
    }
}

void ImportDialog::onClose(wxCloseEvent& event) {
    // Closing while files are being stored would leave the report unseen: stop first.
    if (importing() && event.CanVeto()) {
        cancelImport();
        event.Veto();
        return;
    }
    event.Skip();
}

}  // namespace edau::gui
