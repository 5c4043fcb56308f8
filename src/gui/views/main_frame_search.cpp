// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window's search, import and cases sheet: the Search menu, Project > Import…,
/// View > Cases, and what --show search|import|cases brings forward.
/// (Project files and languages: main_frame.cpp; reading and coding: main_frame_coding.cpp.)
#include <wx/app.h>
#include <wx/aui/auibook.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/simplebook.h>

#include "edau/app/paths.h"
#include "views/cases_sheet.h"
#include "views/import_dialog.h"
#include "views/main_frame.h"
#include "views/search_commands.h"
#include "views/search_panel.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// What --show search looks for: a place name that the sample's transcripts mutate
/// (yng Nghaerdydd), so the word forms list shows what Welsh-aware search does.
constexpr const char* kSampleQuery = "Caerdydd";
/// The transcript --show import previews.
constexpr const char* kSampleTranscript = "/sample/transcripts/carer-01-sian.txt";
/// How tall the bottom pane becomes when search results are shown in it, at least.
constexpr int kSearchPaneHeight = 330;

}  // namespace

void MainFrame::createSearchPanes() {
    // The panel gets the frame's abilities as callbacks, so it knows nothing of documents.
    m_search = new SearchPanel(
        m_bottom, [this](RowId document, std::int64_t start, std::int64_t end) { showPassage(document, start, end); },
        [this] { projectChanged(); });
    m_bottom->InsertPage(0, m_search, wxString(), false);
}

void MainFrame::insertImportItem(wxMenu* project, std::size_t position) {
    project->Insert(position, kImportSourcesCommand, _("&Import sources…") + "\tCtrl+I",
                    _("Bring transcripts and other sources into the project"));
}

wxMenu* MainFrame::createSearchMenu() {
    auto* search = new wxMenu;
    search->Append(kFindCommand, _("&Find…") + "\tCtrl+F", _("Search the project's sources"));
    search->Append(kCodeAllHitsCommand, _("&Code all hits…") + "\tCtrl+Shift+H",
                   _("Code every hit of this search with one code, as one step you can undo"));
    return search;
}

void MainFrame::appendSearchViewItems(wxMenu* view) {
    view->Append(kShowCasesCommand, _("C&ases") + "\tCtrl+Shift+K", _("Show the cases and their attributes as a sheet"));
    view->AppendSeparator();
}

void MainFrame::bindSearchCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showSearch(); }, kFindCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        showSearch();
        m_search->codeAllHits();
    }, kCodeAllHitsCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { importSources(); }, kImportSourcesCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showCases(); }, kShowCasesCommand);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_workbench != nullptr); }, kFindCommand);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_search->canCodeAllHits()); },
         kCodeAllHitsCommand);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        event.Enable(m_workbench != nullptr && !m_workbench->readOnly());
    }, kImportSourcesCommand);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_workbench != nullptr); }, kShowCasesCommand);
}

void MainFrame::updateSearchTexts() {
    const int searchPage = m_bottom->GetPageIndex(m_search);
    if (searchPage != wxNOT_FOUND) m_bottom->SetPageText(static_cast<std::size_t>(searchPage), _("Search results"));
    m_search->updateTexts();
    if (auto* sheet = dynamic_cast<CasesSheet*>(m_casesPage.get())) {
        const int page = m_documents->GetPageIndex(sheet);
        if (page != wxNOT_FOUND) m_documents->SetPageText(static_cast<std::size_t>(page), _("Cases"));
        sheet->updateTexts();
    }
}

void MainFrame::showSearchProject() {
    // The dialog of --show import writes to the project it was opened on: not to another.
    if (wxWindow* dialog = m_importWindow.get()) dialog->Destroy();
    m_search->setWorkbench(m_workbench.get());
    if (auto* sheet = dynamic_cast<CasesSheet*>(m_casesPage.get())) sheet->setWorkbench(m_workbench.get());
}

void MainFrame::refreshSearchViews() {
    m_search->projectChanged();
    if (auto* sheet = dynamic_cast<CasesSheet*>(m_casesPage.get())) sheet->reload();
}

SearchPanel* MainFrame::searchPanel() const {
    return m_search;
}

void MainFrame::showSearch() {
    if (!m_workbench) return;
    const int page = m_bottom->GetPageIndex(m_search);
    if (page != wxNOT_FOUND) m_bottom->SetSelection(static_cast<std::size_t>(page));
    wxAuiPaneInfo& pane = m_aui.GetPane(m_bottom);
    pane.Show();
    // Results need room: grow the bottom pane once if it is low (wxAUI resizes a docked pane
    // to its minimum size, which is then set back so the user can make it smaller again).
    if (m_bottom->GetSize().GetHeight() < FromDIP(kSearchPaneHeight) - FromDIP(20)) {
        const wxSize minimum = pane.min_size;
        pane.MinSize(wxSize(-1, FromDIP(kSearchPaneHeight)));
        m_aui.Update();
        pane.MinSize(minimum);
    }
    m_aui.Update();
    m_search->focusQuery();
}

void MainFrame::importSources() {
    if (!m_workbench) return;
    if (m_workbench->readOnly()) {
        reportProblem(_("Could not import."), _("The project is open read-only, so nothing in it can be changed."));
        return;
    }
    ImportDialog dialog(this, *m_workbench, [this] { projectChanged(); });
    dialog.ShowModal();
}

void MainFrame::importPaths(const std::vector<std::string>& paths) {
    if (!m_workbench) return;
    if (m_workbench->readOnly()) {
        reportProblem(_("Could not import."), _("The project is open read-only, so nothing in it can be changed."));
        return;
    }
    ImportDialog dialog(this, *m_workbench, [this] { projectChanged(); });
    dialog.addPaths(paths);
    dialog.ShowModal();
}

void MainFrame::showCases() {
    if (!m_workbench) return;
    auto* sheet = dynamic_cast<CasesSheet*>(m_casesPage.get());
    if (sheet == nullptr) {
        sheet = new CasesSheet(m_documents, [this] { projectChanged(); });
        sheet->setWorkbench(m_workbench.get());
        m_documents->AddPage(sheet, _("Cases"), true);
        m_casesPage = sheet;
    }
    m_documents->SetSelection(static_cast<std::size_t>(m_documents->GetPageIndex(sheet)));
    m_centre->SetSelection(m_centre->FindPage(m_documents));
    sheet->SetFocus();
}

bool MainFrame::showSearchView(const std::string& view) {
    if (!m_workbench) return false;
    if (view == "search") {
        showSearch();
        m_search->searchFor(kSampleQuery);
        return true;
    }
    if (view == "cases") {
        showCases();
        return true;
    }
    if (view == "import") {
        if (m_workbench->readOnly()) return false;
        // Modeless, so that a screenshot can be taken of it while the event loop runs.
        auto* dialog = new ImportDialog(this, *m_workbench, [this] { projectChanged(); });
        dialog->addPaths({dataDirectory() + kSampleTranscript});
        dialog->Show();
        m_importWindow = dialog;
        return true;
    }
    return false;
}

bool MainFrame::viewPending() const {
    return m_search->busy();
}

wxWindow* MainFrame::screenshotWindow() {
    if (wxWindow* dialog = m_importWindow.get(); dialog != nullptr && dialog->IsShown()) {
        dialog->Raise();
        return dialog;
    }
    return this;
}

}  // namespace edau::gui
