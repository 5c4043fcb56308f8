// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window's framework matrices: the Framework menu, matrix editors as centre tabs,
/// the new-matrix dialog, and what --show matrix brings forward.
/// (Project files and languages: main_frame.cpp; reading and coding: main_frame_coding.cpp.)
#include <wx/app.h>
#include <wx/aui/auibook.h>
#include <wx/choicdlg.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/simplebook.h>

#include "edau/app/framework_service.h"
#include "views/codebook_panel.h"
#include "views/coding_commands.h"
#include "views/framework_commands.h"
#include "views/main_frame.h"
#include "views/matrix_editor.h"
#include "views/new_matrix_dialog.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

wxMenu* MainFrame::createFrameworkMenu() {
    auto* framework = new wxMenu;
    framework->Append(kNewMatrixCommand, _("&New matrix…"),
                      _("Make a framework matrix: a theme's codes as columns, cases or sources as rows"));
    framework->Append(kOpenMatrixCommand, _("&Open matrix…") + "\tCtrl+Shift+O", _("Open one of the project's framework matrices"));
    framework->AppendSeparator();
    framework->Append(kSaveSummaryCommand, _("&Save summary") + "\tCtrl+S", _("Write the summary of the cell being edited"));
    framework->Append(kCitePassageCommand, _("&Cite the chosen passage") + "\tCtrl+Shift+C",
                      _("Put the chosen passage's citation number in the summary at the cursor"));
    framework->Append(kStartFromCodedTextCommand, _("Start from coded &text"),
                      _("Put an empty cell's passages in its summary, each quoted and cited, to write over"));
    framework->AppendSeparator();
    framework->Append(kCheckEvidenceCommand, _("Check the &evidence"),
                      _("List the summaries that cite no passage, and citations whose passage is no longer coded"));
    framework->Append(kNextProblemCommand, _("Ne&xt problem") + "\tF8", _("Go to the cell of the next problem the evidence check found"));
    framework->Append(kPreviousProblemCommand, _("&Previous problem") + "\tShift+F8",
                      _("Go to the cell of the previous problem the evidence check found"));
    framework->AppendSeparator();
    framework->Append(kExportMatrixCommand, _("Export &matrix…"),
                      _("Save the matrix as a Word or Excel table with numbered quotations, or as CSV, HTML or Markdown"));
    return framework;
}

void MainFrame::bindFrameworkCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { newMatrix(); }, kNewMatrixCommand);
    Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { newMatrix(); }, kNewMatrixCommand);  // the editor's button
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseMatrix(); }, kOpenMatrixCommand);
    auto onEditor = [this](int id, void (*run)(MatrixEditor&)) {
        Bind(wxEVT_MENU, [this, run](wxCommandEvent&) {
            if (MatrixEditor* editor = currentMatrixEditor()) run(*editor);
        }, id);
    };
    onEditor(kSaveSummaryCommand, [](MatrixEditor& e) { e.saveSummary(); });
    onEditor(kCitePassageCommand, [](MatrixEditor& e) { e.citeSelectedPassage(); });
    onEditor(kStartFromCodedTextCommand, [](MatrixEditor& e) { e.startFromCodedText(); });
    onEditor(kCheckEvidenceCommand, [](MatrixEditor& e) { e.checkEvidence(); });
    onEditor(kNextProblemCommand, [](MatrixEditor& e) { e.nextProblem(); });
    onEditor(kPreviousProblemCommand, [](MatrixEditor& e) { e.previousProblem(); });
    onEditor(kExportMatrixCommand, [](MatrixEditor& e) { e.exportMatrix(); });

    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        const MatrixEditor* editor = currentMatrixEditor();
        switch (event.GetId()) {
        case kNewMatrixCommand: event.Enable(m_workbench != nullptr && !m_workbench->readOnly()); break;
        case kOpenMatrixCommand: event.Enable(m_summary && m_summary->counts.matrices > 0); break;
        case kSaveSummaryCommand: event.Enable(editor != nullptr && editor->canWrite() && editor->hasUnsavedSummary()); break;
        case kCitePassageCommand: event.Enable(editor != nullptr && editor->canCite()); break;
        case kStartFromCodedTextCommand: event.Enable(editor != nullptr && editor->canStartFromCodedText()); break;
        default: event.Enable(editor != nullptr); break;
        }
    }, kNewMatrixCommand, kExportMatrixCommand);

    // A summary being written is saved before its tab closes or the window does (the editor
    // itself cannot: by the time it is destroyed, the project may be gone).
    m_documents->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSE, [this](wxAuiNotebookEvent& event) {
        if (auto* editor = dynamic_cast<MatrixEditor*>(m_documents->GetPage(static_cast<std::size_t>(event.GetSelection()))))
            editor->saveSummary();
        event.Skip();
    });
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        if (MatrixEditor* editor = currentMatrixEditor()) editor->saveSummary();
        event.Skip();  // View > Close the document closes the tab
    }, kCloseDocumentCommand);
    // A matrix is a wide table and its editor lists its cell's passages itself: the bottom
    // pane and the codebook make way while a matrix is in front, and come back with any other tab.
    auto fitPanes = [this](wxAuiNotebookEvent& event) {
        event.Skip();
        CallAfter([this] {
            if (!m_workbench) return;
            if (MatrixEditor* editor = currentMatrixEditor()) editor->reload();
            const bool wanted = currentMatrixEditor() == nullptr;
            bool changed = false;
            for (wxWindow* window : {static_cast<wxWindow*>(m_bottom), static_cast<wxWindow*>(m_codebook)}) {
                wxAuiPaneInfo& pane = m_aui.GetPane(window);
                if (pane.IsShown() == wanted) continue;
                pane.Show(wanted);
                changed = true;
            }
            if (changed) m_aui.Update();
        });
    };
    m_documents->Bind(wxEVT_AUINOTEBOOK_PAGE_CHANGED, fitPanes);
    m_documents->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSED, fitPanes);
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& event) {
        saveFrameworkEdits();
        event.Skip();
    });
}

void MainFrame::updateFrameworkTexts() {
    for (MatrixEditor* editor : matrixEditors()) editor->updateTexts();
}

std::vector<MatrixEditor*> MainFrame::matrixEditors() const {
    std::vector<MatrixEditor*> editors;
    for (std::size_t page = 0; page < m_documents->GetPageCount(); ++page)
        if (auto* editor = dynamic_cast<MatrixEditor*>(m_documents->GetPage(page))) editors.push_back(editor);
    return editors;
}

MatrixEditor* MainFrame::currentMatrixEditor() const {
    if (m_centre->GetCurrentPage() != m_documents) return nullptr;
    const int page = m_documents->GetSelection();
    if (page == wxNOT_FOUND) return nullptr;
    return dynamic_cast<MatrixEditor*>(m_documents->GetPage(static_cast<std::size_t>(page)));
}

void MainFrame::refreshFrameworkViews() {
    // Only the matrix in front reads itself again: a big one takes a moment, and the others
    // catch up when they come forward.
    if (MatrixEditor* editor = currentMatrixEditor()) editor->reload();
}

void MainFrame::saveFrameworkEdits() {
    for (MatrixEditor* editor : matrixEditors()) editor->saveSummary();
}

bool MainFrame::undoFrameworkTyping(bool undo) {
    MatrixEditor* editor = currentMatrixEditor();
    return editor != nullptr && editor->undoTyping(undo);
}

MatrixEditor* MainFrame::openMatrix(const std::string& uuid) {
    if (!m_workbench) return nullptr;
    for (MatrixEditor* editor : matrixEditors()) {
        if (editor->matrixUuid() != uuid) continue;
        m_documents->SetSelection(static_cast<std::size_t>(m_documents->GetPageIndex(editor)));
        m_centre->SetSelection(m_centre->FindPage(m_documents));
        return editor;
    }
    std::string name;
    for (const Matrix& m : m_workbench->matrices())
        if (m.uuid == uuid) name = m.name;
    if (name.empty()) return nullptr;
    MatrixEditor::Actions actions;
    actions.showPassage = [this](RowId document, std::int64_t start, std::int64_t end) { showPassage(document, start, end); };
    actions.projectChanged = [this] { projectChanged(); };
    actions.ensureCoder = [this] { return ensureCoder(); };
    actions.reportProblem = [this](const wxString& headline, const wxString& detail) { reportProblem(headline, detail); };
    MatrixEditor* editor = nullptr;
    if (!runGuarded(wxString::Format(_("Could not open the framework matrix %s."), toWx(name)), [&] {
            editor = new MatrixEditor(m_documents, *m_workbench, name, std::move(actions));
        })) {
        return nullptr;
    }
    m_documents->AddPage(editor, toWx(name), true);
    m_documents->SetPageToolTip(m_documents->GetPageIndex(editor), toWx(name));
    m_centre->SetSelection(m_centre->FindPage(m_documents));
    return editor;
}

void MainFrame::chooseMatrix() {
    if (!m_workbench) return;
    std::vector<Matrix> matrices;
    runGuarded(_("Could not read the framework matrices."), [&] { matrices = m_workbench->matrices(); });
    if (matrices.empty()) {
        tellUser(_("The project has no framework matrix yet: make one with Framework > New matrix…"));
        return;
    }
    wxArrayString names;
    for (const Matrix& m : matrices) names.Add(toWx(m.name));
    wxSingleChoiceDialog dialog(this, _("Open which framework matrix?"), _("Open matrix"), names);
    if (dialog.ShowModal() != wxID_OK) return;
    openMatrix(matrices[static_cast<std::size_t>(dialog.GetSelection())].uuid);
}

void MainFrame::newMatrix() {
    if (!m_workbench || m_workbench->readOnly()) return;
    NewMatrixChoices choices;
    if (!runGuarded(_("Could not make a framework matrix."), [&] { choices = readNewMatrixChoices(*m_workbench); })) return;
    if (choices.themes.empty()) {
        reportProblem(_("There are no codes to make a matrix from."),
                      _("A matrix's columns are the codes of a theme: add a theme and its codes to the codebook first."));
        return;
    }
    NewMatrixDialog dialog(this, std::move(choices));
    if (dialog.ShowModal() != wxID_OK) return;
    std::string uuid;
    if (!writeGuarded(_("Could not make a framework matrix."), [&] { uuid = createMatrix(*m_workbench, dialog.spec()).uuid; })) {
        return;
    }
    openMatrix(uuid);
}

bool MainFrame::showFrameworkView(const std::string& view) {
    if (!m_workbench || view != "matrix") return false;
    const std::vector<Matrix> matrices = m_workbench->matrices();
    if (matrices.empty()) {
        reportProblem(_("There is nothing to show."), _("The project has no framework matrix yet."));
        return false;
    }
    // The editor opens on the first cell with passages behind it, its summary and citations in view.
    MatrixEditor* editor = openMatrix(matrices.front().uuid);
    if (editor == nullptr) return false;
    editor->SetFocus();
    return true;
}

}  // namespace edau::gui
