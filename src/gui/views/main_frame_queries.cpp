// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window's queries, intercoder agreement, Most Significant Change and exports:
/// Search > Coding counts and Codes that occur together, the Team menu, View > Most
/// Significant Change rounds, Project > Export, and what --show agreement|msc|counts|cooccurrence
/// brings forward. (Project files and languages: main_frame.cpp.)
///
/// Where they live, and why: the coding counts and co-occurrence are questions asked of the
/// coded data, so they sit with the other questions under Search (where NVivo users find
/// their Matrix Coding Query, beside Text Search); agreement compares coders, so it opens the
/// Team menu, with the counts by coder that a team reads before comparing; the selection
/// rounds of Most Significant Change are a record to read, shown like the cases sheet from
/// View. Each opens as a tab in the centre, beside the documents, because each is a table to
/// read at length and to keep open while reading the sources it points to.
#include <wx/app.h>
#include <wx/aui/auibook.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/simplebook.h>

#include "edau/app/code_paths.h"
#include "views/agreement_differences_panel.h"
#include "views/agreement_view.h"
#include "views/codebook_panel.h"
#include "views/coding_counts_view.h"
#include "views/cooccurrence_view.h"
#include "views/export_dialog.h"
#include "views/main_frame.h"
#include "views/matrix_editor.h"
#include "views/msc_view.h"
#include "views/passages_panel.h"
#include "views/query_commands.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

void MainFrame::appendExportMenu(wxMenu* project) {
    auto* exports = new wxMenu;
    exports->Append(kExportMatrixMenuCommand, _("Framework &matrix…"),
                    _("Save a framework matrix as a table for a paper or a spreadsheet"));
    exports->Append(kExportPassagesCommand, _("Coded &passages…"),
                    _("Save every passage coded with a code, with its source, speaker and position"));
    exports->Append(kExportCodebookCommand, _("&Codebook…"), _("Save the codebook with descriptions, colours and counts"));
    project->AppendSubMenu(exports, _("E&xport"), _("Save matrices, coded passages or the codebook as Word, Excel, "
                                                    "CSV, web page or Markdown files"));
}

void MainFrame::appendQuerySearchItems(wxMenu* search) {
    search->AppendSeparator();
    search->Append(kCodingCountsCommand, _("Coding &counts"),
                   _("How much is coded with each code, by case, coder or attribute, as a shaded table"));
    search->Append(kCooccurrenceCommand, _("Codes that occur &together"),
                   _("Which codes are applied to the same passages or in the same speaker turns"));
}

wxMenu* MainFrame::createTeamMenu() {
    auto* team = new wxMenu;
    team->Append(kAgreementCommand, _("Intercoder &agreement") + "\tCtrl+Shift+G",
                 _("Compare two coders code by code, and read the passages where they differ side by side"));
    team->Append(kCodersCountsCommand, _("What each &coder coded"), _("Coding counts with a row for each coder"));
    return team;
}

void MainFrame::appendQueryViewItems(wxMenu* view) {
    // Beside View > Cases, before the separator that ends that group.
    const std::size_t count = view->GetMenuItemCount();
    const bool endsWithSeparator = count > 0 && view->FindItemByPosition(count - 1)->IsSeparator();
    view->Insert(endsWithSeparator ? count - 1 : count, kMscRoundsCommand, _("Most Significant Change &rounds"),
                 _("The stories of each selection round by domain of change, the one the panel chose, and why"));
}

void MainFrame::bindQueryCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showCodingCounts(); }, kCodingCountsCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showCooccurrence(); }, kCooccurrenceCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showAgreement(); }, kAgreementCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showCodingCounts("coders"); }, kCodersCountsCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showMscRounds(); }, kMscRoundsCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportFromMenu(ExportKind::Matrix); }, kExportMatrixMenuCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportFromMenu(ExportKind::CodedPassages); }, kExportPassagesCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { exportFromMenu(ExportKind::Codebook); }, kExportCodebookCommand);
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) { event.Enable(m_workbench != nullptr); }, kCodingCountsCommand,
         kExportCodebookCommand);
}

/// Brings a centre tab forward, with the centre showing the tabs.
void MainFrame::bringQueryPage(wxWindow* page) {
    const int index = m_documents->GetPageIndex(page);
    if (index != wxNOT_FOUND) m_documents->SetSelection(static_cast<std::size_t>(index));
    m_centre->SetSelection(m_centre->FindPage(m_documents));
}

AgreementView* MainFrame::showAgreement() {
    if (!m_workbench) return nullptr;
    auto* view = dynamic_cast<AgreementView*>(m_agreementPage.get());
    if (view == nullptr) {
        // The places the coders differ go to the bottom pane, which spans the window: both
        // coders' passages side by side need the width.
        view = new AgreementView(
            m_documents, [this](RowId document, std::int64_t start, std::int64_t end) { showPassage(document, start, end); },
            m_bottom);
        m_bottom->AddPage(view->differencesPanel(), _("Where the coders differ"), false);
        m_documents->AddPage(view, _("Intercoder agreement"), true);
        m_agreementPage = view;
        view->setWorkbench(m_workbench.get());
    }
    bringQueryPage(view);
    const int differences = m_bottom->GetPageIndex(view->differencesPanel());
    if (differences != wxNOT_FOUND) m_bottom->SetSelection(static_cast<std::size_t>(differences));
    m_aui.GetPane(m_bottom).Show();
    m_aui.Update();
    return view;
}

CodingCountsView* MainFrame::showCodingCounts(const std::string& rows) {
    if (!m_workbench) return nullptr;
    auto* view = dynamic_cast<CodingCountsView*>(m_countsPage.get());
    if (view == nullptr) {
        view = new CodingCountsView(m_documents);
        m_documents->AddPage(view, _("Coding counts"), true);
        m_countsPage = view;
        view->setWorkbench(m_workbench.get());
    }
    view->choose(rows, CountMeasure::Codings, std::string());
    bringQueryPage(view);
    return view;
}

CooccurrenceView* MainFrame::showCooccurrence() {
    if (!m_workbench) return nullptr;
    auto* view = dynamic_cast<CooccurrenceView*>(m_cooccurrencePage.get());
    if (view == nullptr) {
        view = new CooccurrenceView(m_documents);
        m_documents->AddPage(view, _("Codes together"), true);
        m_cooccurrencePage = view;
        view->setWorkbench(m_workbench.get());
    }
    bringQueryPage(view);
    return view;
}

MscView* MainFrame::showMscRounds() {
    if (!m_workbench) return nullptr;
    auto* view = dynamic_cast<MscView*>(m_mscPage.get());
    if (view == nullptr) {
        view = new MscView(m_documents, [this](RowId document) { openDocument(document); });
        m_documents->AddPage(view, _("Most Significant Change"), true);
        m_mscPage = view;
        view->setWorkbench(m_workbench.get());
    }
    bringQueryPage(view);
    return view;
}

void MainFrame::exportFromMenu(ExportKind kind) {
    if (!m_workbench) return;
    ExportDialog dialog(this, *m_workbench, kind, m_uiLanguage);
    // What the window shows now is the likeliest thing to export.
    if (kind == ExportKind::Matrix) {
        if (const MatrixEditor* editor = currentMatrixEditor()) dialog.setItem(editor->matrixName());
    }
    if (kind == ExportKind::CodedPassages) {
        std::optional<RowId> code = m_codebook->selectedCode();
        if (!code) code = m_passages->codeId();
        if (code) dialog.setItem(codePath(m_workbench->codes(), *code));
    }
    dialog.ShowModal();
}

void MainFrame::updateQueryTexts() {
    auto retitle = [this](wxWindow* page, const wxString& title) {
        if (page == nullptr) return;
        const int index = m_documents->GetPageIndex(page);
        if (index != wxNOT_FOUND) m_documents->SetPageText(static_cast<std::size_t>(index), title);
    };
    if (auto* view = dynamic_cast<AgreementView*>(m_agreementPage.get())) {
        retitle(view, _("Intercoder agreement"));
        const int differences = m_bottom->GetPageIndex(view->differencesPanel());
        if (differences != wxNOT_FOUND) m_bottom->SetPageText(static_cast<std::size_t>(differences), _("Where the coders differ"));
        view->updateTexts();
    }
    if (auto* view = dynamic_cast<CodingCountsView*>(m_countsPage.get())) {
        retitle(view, _("Coding counts"));
        view->updateTexts();
    }
    if (auto* view = dynamic_cast<CooccurrenceView*>(m_cooccurrencePage.get())) {
        retitle(view, _("Codes together"));
        view->updateTexts();
    }
    if (auto* view = dynamic_cast<MscView*>(m_mscPage.get())) {
        retitle(view, _("Most Significant Change"));
        view->updateTexts();
    }
}

void MainFrame::refreshQueryViews() {
    if (auto* view = dynamic_cast<AgreementView*>(m_agreementPage.get())) view->reload();
    if (auto* view = dynamic_cast<CodingCountsView*>(m_countsPage.get())) view->reload();
    if (auto* view = dynamic_cast<CooccurrenceView*>(m_cooccurrencePage.get())) view->reload();
    if (auto* view = dynamic_cast<MscView*>(m_mscPage.get())) view->reload();
}

bool MainFrame::showQueryView(const std::string& view) {
    if (!m_workbench) return false;
    if (view == "agreement") {
        // The first code the coders differ on is chosen, with its first difference side by side.
        AgreementView* agreement = showAgreement();
        return agreement != nullptr && agreement->notice().empty();
    }
    if (view == "msc") return showMscRounds() != nullptr;
    if (view == "counts") return showCodingCounts() != nullptr;
    if (view == "cooccurrence") return showCooccurrence() != nullptr;
    return false;
}

}  // namespace edau::gui
