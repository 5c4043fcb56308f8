// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window's reading and coding: document tabs, codebook, passages, coding commands,
/// undo and redo. (Project files, menus of the project and languages: main_frame.cpp.)
#include <algorithm>
#include <iostream>

#include <wx/app.h>
#include <wx/aui/auibook.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/colordlg.h>
#include <wx/combobox.h>
#include <wx/control.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/simplebook.h>
#include <wx/stattext.h>
#include <wx/textcompleter.h>
#include <wx/textdlg.h>
#include <wx/toolbar.h>
#include <wx/utils.h>

#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/codebook_presenter.h"
#include "presenters/coding_actions.h"
#include "presenters/colours.h"
#include "presenters/passages_presenter.h"
#include "presenters/project_tree_presenter.h"
#include "views/codebook_panel.h"
#include "views/coding_commands.h"
#include "views/document_panel.h"
#include "views/main_frame.h"
#include "views/message_dialogs.h"
#include "views/passages_panel.h"
#include "views/project_overview_panel.h"
#include "views/project_tree_panel.h"
#include "widgets/coded_text_view.h"
#include "wx_bridge/wx_settings.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// The words for an undoable change, from the kind of its first operation.
wxString describeChange(const std::string& kind) {
    if (kind == "coding.add") return _("coding a passage");
    if (kind == "coding.remove") return _("removing a coding");
    if (kind == "coding.recode") return _("merging codes");
    if (kind == "code.add") return _("adding a code");
    if (kind == "code.remove") return _("deleting a code");
    if (kind == "code.update") return _("changing a code");
    if (kind.rfind("memo.", 0) == 0) return _("changing a memo");
    if (kind == "matrix.cell-summary") return _("changing a summary");
    if (kind == "msc.selection") return _("changing a selection round");
    return toWx(kind);
}

/// Offers code paths containing what is typed, not only those starting with it
/// (quickCodeCompletions decides).
class QuickCodeCompleter : public wxTextCompleterSimple {
public:
    explicit QuickCodeCompleter(const std::vector<CodebookRow>& rows) : m_rows(rows) {}

    void GetCompletions(const wxString& prefix, wxArrayString& completions) override {
        for (const std::string& path : quickCodeCompletions(m_rows, toUtf8(prefix))) completions.Add(toWx(path));
    }

private:
    const std::vector<CodebookRow>& m_rows;  ///< the main window's, which outlives the box
};

}  // namespace

// --- building the panes, menus and toolbar

void MainFrame::createCodingPanes() {
    m_documents = new wxAuiNotebook(m_centre, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxAUI_NB_TOP | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS |
                                        wxAUI_NB_CLOSE_ON_ACTIVE_TAB | wxAUI_NB_MIDDLE_CLICK_CLOSE);
    m_documents->SetName("document-tabs");
    m_centre->AddPage(m_documents, wxString());

    m_codebook = new CodebookPanel(this);
    m_bottom = new wxAuiNotebook(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                 wxAUI_NB_TOP | wxAUI_NB_TAB_MOVE | wxAUI_NB_SCROLL_BUTTONS);
    m_bottom->SetName("bottom-pane");
    m_passages = new PassagesPanel(m_bottom);
    m_bottom->AddPage(m_passages, wxString(), true);

    m_codebook->onSwatchClicked = [this](RowId code) { codeSelectionWith(code); };
    m_codebook->onSelectionDropped = [this](RowId code) { codeSelectionWith(code); };
    m_codebook->onActivated = [this](RowId code) {
        DocumentPanel* panel = currentDocument();
        if (panel != nullptr && panel->selection()) {
            codeSelectionWith(code);
        } else {
            showPassagesOf(code);
        }
    };
    m_codebook->onMoved = [this](RowId code, std::optional<RowId> parent) {
        if (writeGuarded(_("Could not move the code."), [&] { moveCode(*m_workbench, code, parent); })) {
            m_codebook->selectCode(code);
        }
    };
    m_passages->onOpen = [this](const PassageRow& row) { showPassage(row.documentId, row.start, row.end); };
    m_treePanel->onActivated = [this](ProjectTreeNodeKind kind, const std::string& uuid) { openTreeItem(kind, uuid); };

    m_documents->Bind(wxEVT_AUINOTEBOOK_PAGE_CLOSED, [this](wxAuiNotebookEvent& event) {
        if (m_documents->GetPageCount() == 0) m_centre->SetSelection(m_centre->FindPage(m_overviewPanel));
        event.Skip();
    });
}

void MainFrame::createCodingToolBar() {
    wxToolBar* bar = CreateToolBar(wxTB_HORIZONTAL | wxTB_FLAT | wxTB_NODIVIDER);
    bar->SetName("main-toolbar");
    m_codeButton = new wxButton(bar, kCodeSelectionCommand, wxString());
    m_codeButton->SetName("toolbar-code-selection");
    m_quickCodeLabel = new wxStaticText(bar, wxID_ANY, wxString());
    m_quickCode = new wxComboBox(bar, wxID_ANY, wxString(), wxDefaultPosition, FromDIP(wxSize(240, -1)), 0, nullptr,
                                 wxCB_DROPDOWN | wxTE_PROCESS_ENTER);
    m_quickCode->SetName("quick-code");
    m_undoButton = new wxButton(bar, kToolbarUndoCommand, wxString());
    m_undoButton->SetName("toolbar-undo");
    m_redoButton = new wxButton(bar, kToolbarRedoCommand, wxString());
    m_redoButton->SetName("toolbar-redo");
    bar->AddControl(m_codeButton);
    bar->AddSeparator();
    bar->AddControl(m_quickCodeLabel);
    bar->AddControl(m_quickCode);
    bar->AddSeparator();
    bar->AddControl(m_undoButton);
    bar->AddControl(m_redoButton);
    bar->Realize();

    // The buttons send the same commands as their menu items.
    auto forward = [this](wxCommandEvent& event) {
        int id = event.GetId();
        if (id == kToolbarUndoCommand) id = wxID_UNDO;
        if (id == kToolbarRedoCommand) id = wxID_REDO;
        wxCommandEvent command(wxEVT_MENU, id);
        command.SetEventObject(this);
        ProcessWindowEvent(command);
    };
    m_codeButton->Bind(wxEVT_BUTTON, forward);
    m_undoButton->Bind(wxEVT_BUTTON, forward);
    m_redoButton->Bind(wxEVT_BUTTON, forward);
    m_quickCode->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { codeWithQuickBox(); });
    m_quickCode->AutoComplete(new QuickCodeCompleter(m_codebookRows));
}

wxMenu* MainFrame::createEditMenu() {
    auto* edit = new wxMenu;
    edit->Append(wxID_UNDO, _("&Undo") + "\tCtrl+Z", _("Undo your last change to codings, codes or memos"));
    wxMenuItem* redo = edit->Append(wxID_REDO, _("&Redo") + "\tCtrl+Y", _("Make the change you undid again"));
    redo->AddExtraAccel(wxAcceleratorEntry(wxACCEL_CTRL | wxACCEL_SHIFT, 'Z'));
    return edit;
}

wxMenu* MainFrame::createCodeMenu() {
    auto* code = new wxMenu;
    code->Append(kCodeSelectionCommand, _("&Code selection with the chosen code") + "\tCtrl+Enter",
                 _("Code the selected text with the code chosen in the codebook"));
    code->Append(kQuickCodeCommand, _("&Quick code…") + "\tCtrl+K", _("Type a code's name to code the selected text with it"));
    code->Append(kNewCodeFromSelectionCommand, _("&New code from selection…") + "\tCtrl+Shift+N",
                 _("Make a new code and code the selected text with it"));
    code->Append(kCodeTurnCommand, _("Code this &turn") + "\tCtrl+T",
                 _("Code the whole speaker turn around the caret with the chosen code"));
    code->Append(kRemoveCodingCommand, _("&Remove a coding here…") + "\tCtrl+Shift+R",
                 _("Remove a coding from the passage at the caret"));

    auto* pinned = new wxMenu;
    for (int slot = 0; slot < static_cast<int>(kPinnedCodeSlots); ++slot) {
        pinned->Append(kFirstPinnedCodeCommand + slot, wxString::Format("%d", slot + 1) + wxString::Format("\tCtrl+%d", slot + 1));
    }
    code->AppendSubMenu(pinned, _("Code with a &pinned code"),
                        _("Keys 1–9 in the text (or Ctrl with them anywhere) code the selection with these codes"));
    code->AppendSeparator();
    code->Append(kNewCodeCommand, _("New c&ode…") + "\tCtrl+Shift+A", _("Add a code to the codebook"));
    code->Append(kNewSubcodeCommand, _("New &sub-code…") + "\tCtrl+Alt+A", _("Add a code under the chosen code"));
    code->Append(kRenameCodeCommand, _("R&ename code…") + "\tCtrl+Shift+E", _("Rename the chosen code"));
    code->Append(kCodeColourCommand, _("Code co&lour…") + "\tCtrl+Shift+L", _("Change the chosen code's colour"));
    code->Append(kTogglePinCommand, _("Pin or unpin (keys &1–9)") + "\tCtrl+0",
                 _("Put the chosen code on the next free key 1–9, or take it off"));
    code->Append(kMergeCodeCommand, _("&Merge code into…") + "\tCtrl+Shift+M",
                 _("Move every coding of the chosen code to another code and remove it"));
    code->Append(kMoveCodeToTopCommand, _("Move code to the &top level") + "\tCtrl+Shift+T",
                 _("Make the chosen code a theme of its own"));
    code->Append(kDeleteCodeCommand, _("&Delete code…") + "\tCtrl+Shift+Delete",
                 _("Remove the chosen code, its sub-codes and their codings"));
    code->AppendSeparator();
    code->Append(kShowPassagesCommand, _("Show &passages") + "\tCtrl+Shift+P",
                 _("List every passage coded with the chosen code in the bottom pane"));
    code->Append(kChangeCoderCommand, _("C&hange coder…") + "\tCtrl+Shift+U", _("Choose who is coding"));
    return code;
}

void MainFrame::appendCodingViewItems(wxMenu* view) {
    view->Append(kFocusDocumentCommand, _("Go to the &document text") + "\tCtrl+Shift+D",
                 _("Put the keyboard in the open document"));
    view->Append(kFocusCodebookCommand, _("Go to the &codebook") + "\tCtrl+Shift+B",
                 _("Put the keyboard in the codebook"));
    view->Append(kCloseDocumentCommand, _("Close the d&ocument") + "\tCtrl+Shift+W", _("Close the document in front"));
    view->AppendSeparator();
}

void MainFrame::bindCodingCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { undoOrRedo(true); }, wxID_UNDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { undoOrRedo(false); }, wxID_REDO);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (const auto code = chosenCode(_("Code the selection with which code?"))) codeSelectionWith(*code);
    }, kCodeSelectionCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (m_quickCode != nullptr) m_quickCode->SetFocus();
    }, kQuickCodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { newCodeFromSelection(); }, kNewCodeFromSelectionCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { codeTurn(); }, kCodeTurnCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { removeCodingHere(); }, kRemoveCodingCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent& event) {
        codeWithPinned(static_cast<std::size_t>(event.GetId() - kFirstPinnedCodeCommand));
    }, kFirstPinnedCodeCommand, kLastPinnedCodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { newCode(false); }, kNewCodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { newCode(true); }, kNewSubcodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { renameChosenCode(); }, kRenameCodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { recolourChosenCode(); }, kCodeColourCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { togglePinOfChosenCode(); }, kTogglePinCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { mergeChosenCode(); }, kMergeCodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (const auto code = m_codebook->selectedCode()) {
            writeGuarded(_("Could not move the code."), [&] { moveCode(*m_workbench, *code, std::nullopt); });
        }
    }, kMoveCodeToTopCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { deleteChosenCode(); }, kDeleteCodeCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (const auto code = chosenCode(_("Show the passages of which code?"))) showPassagesOf(*code);
    }, kShowPassagesCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { changeCoder(); }, kChangeCoderCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (DocumentPanel* panel = currentDocument()) panel->focusText();
    }, kFocusDocumentCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        if (m_workbench) m_codebook->expandAllAndFocus();
    }, kFocusCodebookCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) {
        const int page = m_documents->GetSelection();
        if (page != wxNOT_FOUND) {
            m_documents->DeletePage(static_cast<std::size_t>(page));
            if (m_documents->GetPageCount() == 0) m_centre->SetSelection(m_centre->FindPage(m_overviewPanel));
        }
    }, kCloseDocumentCommand);

    for (int id : {static_cast<int>(wxID_UNDO), static_cast<int>(wxID_REDO)}) {
        Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateCodingCommand, this, id);
    }
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateCodingCommand, this, kCodeSelectionCommand, kLastPinnedCodeCommand);
}

void MainFrame::onUpdateCodingCommand(wxUpdateUIEvent& event) {
    const bool writable = m_workbench != nullptr && !m_workbench->readOnly();
    const bool hasDocument = currentDocument() != nullptr;
    switch (event.GetId()) {
    case wxID_UNDO:
    case kToolbarUndoCommand: event.Enable(writable && m_undoAction.has_value()); break;
    case wxID_REDO:
    case kToolbarRedoCommand: event.Enable(writable && m_redoAction.has_value()); break;
    case kCodeSelectionCommand:
    case kNewCodeFromSelectionCommand:
    case kCodeTurnCommand:
    case kRemoveCodingCommand: event.Enable(writable && hasDocument); break;
    case kQuickCodeCommand: event.Enable(writable); break;
    case kNewCodeCommand:
    case kChangeCoderCommand: event.Enable(writable); break;
    case kNewSubcodeCommand:
    case kRenameCodeCommand:
    case kCodeColourCommand:
    case kMergeCodeCommand:
    case kMoveCodeToTopCommand:
    case kDeleteCodeCommand: event.Enable(writable && m_codebook->selectedCode().has_value()); break;
    case kTogglePinCommand:
    case kShowPassagesCommand: event.Enable(m_workbench != nullptr && !m_codebookRows.empty()); break;
    case kFocusCodebookCommand: event.Enable(m_workbench != nullptr); break;
    case kFocusDocumentCommand:
    case kCloseDocumentCommand: event.Enable(hasDocument); break;
    default:
        if (event.GetId() >= kFirstPinnedCodeCommand && event.GetId() <= kLastPinnedCodeCommand) {
            const auto slot = static_cast<std::size_t>(event.GetId() - kFirstPinnedCodeCommand);
            event.Enable(writable && hasDocument && slot < m_pinned.size());
        }
        break;
    }
}

void MainFrame::updateCodingTexts() {
    updateUndoLabels();
    // The rest only changes with the language: not redone after every coding.
    if (m_codingTextsLanguage == m_uiLanguage) return;
    const bool languageChanged = !m_codingTextsLanguage.empty();
    m_codingTextsLanguage = m_uiLanguage;
    // Codes sort in the interface language's order.
    if (languageChanged && m_workbench) runGuarded(_("Could not show the project's changes."), [&] { refreshCodingViews(); });
    if (m_codeButton != nullptr) {
        m_codeButton->SetLabel(_("Code selection"));
        m_codeButton->SetToolTip(_("Code the selected text with the quick-code box's code, or else the codebook's chosen code (Ctrl+Enter)"));
        m_quickCodeLabel->SetLabel(_("Quick code:") + " ");
        m_quickCode->SetToolTip(_("Type a code's name or path (Theme/Sub-theme) and press Enter to code the selection (Ctrl+K)"));
        m_undoButton->SetLabel(_("Undo"));
        m_undoButton->SetToolTip(_("Undo your last change to codings, codes or memos") + " (Ctrl+Z)");
        m_redoButton->SetLabel(_("Redo"));
        m_redoButton->SetToolTip(_("Make the change you undid again") + " (Ctrl+Y)");
        GetToolBar()->Realize();
    }
    m_aui.GetPane(m_treePanel).Caption(_("Project"));
    m_aui.GetPane(m_codebook).Caption(_("Codebook"));
    m_bottom->SetPageText(static_cast<std::size_t>(m_bottom->GetPageIndex(m_passages)), _("Passages of a code"));
    m_codebook->updateTexts();
    m_passages->updateTexts();
    for (std::size_t page = 0; page < m_documents->GetPageCount(); ++page) {
        if (auto* panel = dynamic_cast<DocumentPanel*>(m_documents->GetPage(page))) panel->updateTexts();
    }
    m_aui.Update();
}

void MainFrame::updateUndoLabels() {
    wxMenuBar* bar = GetMenuBar();
    if (bar == nullptr || bar->FindItem(wxID_UNDO) == nullptr) return;
    bar->SetLabel(wxID_UNDO, (m_undoAction ? wxString::Format(_("&Undo %s"), describeChange(*m_undoAction)) : _("&Undo")) +
                                 "\tCtrl+Z");
    bar->SetLabel(wxID_REDO, (m_redoAction ? wxString::Format(_("&Redo %s"), describeChange(*m_redoAction)) : _("&Redo")) +
                                 "\tCtrl+Y");
    for (std::size_t slot = 0; slot < kPinnedCodeSlots; ++slot) {
        const int id = kFirstPinnedCodeCommand + static_cast<int>(slot);
        if (bar->FindItem(id) == nullptr) continue;
        wxString label = wxString::Format("&%zu", slot + 1);
        if (slot < m_pinned.size()) {
            const auto row = std::find_if(m_codebookRows.begin(), m_codebookRows.end(),
                                          [&](const CodebookRow& r) { return r.code.id == m_pinned[slot]; });
            if (row != m_codebookRows.end()) label << "  " << wxControl::EscapeMnemonics(toWx(row->path));
        }
        bar->SetLabel(id, label + wxString::Format("\tCtrl+%zu", slot + 1));
    }
}

// --- showing the project

void MainFrame::refreshCodingViews() {
    if (!m_workbench) {
        m_codebookRows.clear();
        m_pinned.clear();
        m_pinnedUuids.clear();
        m_undoAction.reset();
        m_redoAction.reset();
        m_codebook->clear();
        m_passages->clear();
        m_documents->DeleteAllPages();
        if (m_quickCode != nullptr) m_quickCode->Clear();
        updateUndoLabels();
        return;
    }
    const ProjectStore& store = m_workbench->store();
    m_codebookRows = buildCodebookRows(m_workbench->codes(), codingCountsByCode(*m_workbench), *currentDisplayCollator());
    m_pinned = pinnedCodes(m_codebookRows, m_pinnedUuids);
    m_codebook->showRows(m_codebookRows, m_pinned);
    const std::vector<Coder> coders = m_workbench->coders();

    for (std::size_t page = m_documents->GetPageCount(); page-- > 0;) {
        auto* panel = dynamic_cast<DocumentPanel*>(m_documents->GetPage(page));
        if (panel == nullptr) continue;
        if (!store.documentById(panel->documentId())) {
            m_documents->DeletePage(page);  // removed from the project
            continue;
        }
        panel->showCodebook(m_codebookRows, coders);
        panel->showCodings(store.codingsOfDocument(panel->documentId()));
    }
    if (m_documents->GetPageCount() == 0 && m_centre->GetSelection() == m_centre->FindPage(m_documents)) {
        m_centre->SetSelection(m_centre->FindPage(m_overviewPanel));
    }

    if (const std::optional<RowId> code = m_passages->codeId()) {
        const auto row = std::find_if(m_codebookRows.begin(), m_codebookRows.end(),
                                      [&](const CodebookRow& r) { return r.code.id == *code; });
        if (row == m_codebookRows.end()) {
            m_passages->clear();
        } else {
            m_passages->showPassages(*code, toWx(row->path), passagesOfCode(*m_workbench, *code, true));
        }
    }

    if (m_quickCode != nullptr) {
        const wxString typed = m_quickCode->GetValue();
        wxArrayString paths;
        for (const CodebookRow& row : m_codebookRows) paths.Add(toWx(row.path));
        m_quickCode->Set(paths);
        m_quickCode->ChangeValue(typed);
    }

    m_undoAction = store.undoableAction();
    m_redoAction = store.redoableAction();
    updateUndoLabels();
}

void MainFrame::projectChanged() {
    if (!m_workbench) return;
    runGuarded(_("Could not show the project's changes."), [&] {
        m_treePanel->updateModel(buildProjectTree(*m_workbench));
        m_summary = m_workbench->summary();
        m_overviewPanel->showSummary(*m_summary);
        refreshCodingViews();
    });
    refreshSearchViews();
    refreshFrameworkViews();
    refreshQueryViews();
    refreshTeamViews();
    updateTexts();
}

Workbench* MainFrame::workbench() const {
    return m_workbench.get();
}

wxAuiNotebook* MainFrame::bottomPane() const {
    return m_bottom;
}

CodebookPanel* MainFrame::codebookPanel() const {
    return m_codebook;
}

PassagesPanel* MainFrame::passagesPanel() const {
    return m_passages;
}

void MainFrame::runCommand(int id) {
    wxCommandEvent command(wxEVT_MENU, id);
    command.SetEventObject(this);
    ProcessWindowEvent(command);
}

// --- documents

DocumentPanel* MainFrame::currentDocument() const {
    if (m_centre->GetCurrentPage() != m_documents) return nullptr;
    const int page = m_documents->GetSelection();
    if (page == wxNOT_FOUND) return nullptr;
    return dynamic_cast<DocumentPanel*>(m_documents->GetPage(static_cast<std::size_t>(page)));
}

DocumentPanel* MainFrame::openDocument(RowId documentId) {
    if (!m_workbench) return nullptr;
    for (std::size_t page = 0; page < m_documents->GetPageCount(); ++page) {
        auto* panel = dynamic_cast<DocumentPanel*>(m_documents->GetPage(page));
        if (panel != nullptr && panel->documentId() == documentId) {
            m_documents->SetSelection(page);
            m_centre->SetSelection(m_centre->FindPage(m_documents));
            return panel;
        }
    }
    DocumentViewModel model;
    if (!runGuarded(_("Could not open the document."), [&] { model = loadDocumentView(*m_workbench, documentId); })) {
        return nullptr;
    }
    const wxString name = toWx(model.document.name);
    auto* panel = new DocumentPanel(m_documents, std::move(model));
    panel->showCodebook(m_codebookRows, m_workbench->coders());
    panel->onPinnedKey = [this](std::size_t slot) { codeWithPinned(slot); };
    panel->onRemoveCoding = [this](RowId coding) { removeCoding(coding); };
    m_documents->AddPage(panel, name, true);
    m_documents->SetPageToolTip(m_documents->GetPageIndex(panel), name);
    m_centre->SetSelection(m_centre->FindPage(m_documents));
    return panel;
}

bool MainFrame::showPassage(RowId documentId, std::int64_t start, std::int64_t end) {
    DocumentPanel* panel = openDocument(documentId);
    if (panel == nullptr) return false;
    panel->selectRange(TextRange{start, end});
    panel->focusText();
    return true;
}

void MainFrame::openTreeItem(ProjectTreeNodeKind kind, const std::string& uuid) {
    if (!m_workbench) return;
    if (kind == ProjectTreeNodeKind::Source) {
        if (const auto document = m_workbench->store().documentByUuid(uuid)) openDocument(document->id);
    } else if (kind == ProjectTreeNodeKind::Code) {
        if (const auto code = m_workbench->store().codeByUuid(uuid)) {
            m_codebook->selectCode(code->id);
            showPassagesOf(code->id);
        }
    } else if (kind == ProjectTreeNodeKind::Matrix) {
        openMatrix(uuid);
    }
}

bool MainFrame::showView(const std::string& view) {
    if (!m_workbench) return false;
    if (view == "search" || view == "import" || view == "cases") return showSearchView(view);
    if (view == "matrix") return showFrameworkView(view);
    if (view == "team") return showTeamView(view);
    if (view == "agreement" || view == "msc" || view == "counts" || view == "cooccurrence") return showQueryView(view);
    if (view == "document") {
        const ProjectTreeModel tree = buildProjectTree(*m_workbench);
        for (const ProjectTreeNode& group : tree.groups) {
            if (group.kind != ProjectTreeNodeKind::SourcesGroup || group.children.empty()) continue;
            const auto document = m_workbench->store().documentByUuid(group.children.front().uuid);
            if (!document) return false;
            DocumentPanel* panel = openDocument(document->id);
            if (panel == nullptr) return false;
            // Open at the first coded passage, so that its stripes are in view.
            if (!panel->stripeLayout().stripes().empty()) {
                const Stripe& first = panel->stripeLayout().stripes().front();
                const int line = panel->textView()->VisibleFromDocLine(
                    panel->textView()->LineFromPosition(panel->textView()->positionOf(first.start)));
                panel->textView()->SetFirstVisibleLine(std::max(0, line - 1));
            }
            panel->focusText();
            return true;
        }
        reportProblem(_("There is nothing to show."), _("The project has no sources yet."));
        return false;
    }
    if (view == "codebook") {
        m_codebook->expandAllAndFocus();
        if (!m_codebookRows.empty()) {
            m_codebook->selectCode(m_codebookRows.front().code.id);
            showPassagesOf(m_codebookRows.front().code.id);
            m_codebook->expandAllAndFocus();
        }
        return true;
    }
    return false;
}

// --- coding

bool MainFrame::writeGuarded(const wxString& headline, const std::function<void()>& action) {
    if (!m_workbench) return false;
    if (m_workbench->readOnly()) {
        reportProblem(headline, _("The project is open read-only, so nothing in it can be changed."));
        return false;
    }
    const bool done = runGuarded(headline, action);
    // A failed write changed nothing, but what is shown may be out of date all the same.
    projectChanged();
    return done;
}

void MainFrame::tellUser(const wxString& message) {
    if (m_unattended) {
        std::cerr << toUtf8(message) << '\n';
        return;
    }
    wxBell();
    SetStatusText(message, 0);
}

bool MainFrame::ensureCoder() {
    if (!m_workbench) return false;
    if (m_workbench->currentCoder()) return true;
    if (m_unattended) {
        reportProblem(_("Could not code the passage."), _("No coder is chosen in this project."));
        return false;
    }
    return changeCoder();
}

bool MainFrame::changeCoder() {
    if (!m_workbench) return false;
    const std::vector<Coder> coders = m_workbench->coders();
    wxString suggestion = wxGetUserName();
    if (const auto current = m_workbench->currentCoder()) suggestion = toWx(current->name);
    else if (coders.size() == 1) suggestion = toWx(coders.front().name);
    wxString known;
    for (const Coder& coder : coders) known << (known.empty() ? "" : ", ") << toWx(coder.name);
    wxString prompt = _("Who is coding?") + "\n\n" +
                      _("Your name is saved with every passage you code, so that a team can compare their codings.");
    if (!known.empty()) prompt << "\n\n" << wxString::Format(_("Coders in this project: %s"), known);
    while (true) {
        wxTextEntryDialog dialog(this, prompt, _("Who is coding?"), suggestion);
        if (dialog.ShowModal() != wxID_OK) return false;
        const wxString name = dialog.GetValue().Strip(wxString::both);
        if (name.empty()) continue;
        return writeGuarded(_("Could not choose the coder."), [&] { m_workbench->useCoder(toUtf8(name)); });
    }
}

std::optional<RowId> MainFrame::chosenCode(const wxString& question) {
    if (!m_workbench || m_codebookRows.empty()) {
        tellUser(_("The codebook is empty: make a code first."));
        return std::nullopt;
    }
    if (const auto code = m_codebook->selectedCode()) return code;
    if (m_unattended) return std::nullopt;
    wxArrayString paths;
    for (const CodebookRow& row : m_codebookRows) paths.Add(toWx(row.path));
    wxSingleChoiceDialog dialog(this, question, _("Choose a code"), paths);
    if (dialog.ShowModal() != wxID_OK) return std::nullopt;
    return m_codebookRows[static_cast<std::size_t>(dialog.GetSelection())].code.id;
}

std::optional<TextRange> MainFrame::selectionToCode(DocumentPanel*& panel) {
    panel = currentDocument();
    if (panel == nullptr) {
        tellUser(_("Open a document and select the text to code first."));
        return std::nullopt;
    }
    const std::optional<TextRange> selection = panel->selection();
    if (!selection) tellUser(_("Select the text to code first."));
    return selection;
}

void MainFrame::codeSelectionWith(RowId codeId) {
    DocumentPanel* panel = nullptr;
    const std::optional<TextRange> selection = selectionToCode(panel);
    if (!selection || !ensureCoder()) return;
    const RowId document = panel->documentId();
    if (writeGuarded(_("Could not code the passage."), [&] { codePassage(*m_workbench, document, *selection, codeId); })) {
        const auto row = std::find_if(m_codebookRows.begin(), m_codebookRows.end(),
                                      [&](const CodebookRow& r) { return r.code.id == codeId; });
        if (row != m_codebookRows.end()) SetStatusText(wxString::Format(_("Coded with %s."), toWx(row->path)), 0);
    }
}

void MainFrame::codeWithPinned(std::size_t slot) {
    if (slot >= m_pinned.size()) {
        tellUser(wxString::Format(_("No code is pinned to key %zu."), slot + 1));
        return;
    }
    codeSelectionWith(m_pinned[slot]);
}

void MainFrame::codeWithQuickBox() {
    const std::string typed = toUtf8(m_quickCode->GetValue().Strip(wxString::both));
    if (typed.empty()) {
        if (const auto code = chosenCode(_("Code the selection with which code?"))) codeSelectionWith(*code);
        return;
    }
    const QuickCodeMatch match = matchQuickCode(m_codebookRows, typed);
    std::optional<RowId> code = match.code;
    if (!code && !match.candidates.empty() && !m_unattended) {
        wxArrayString paths;
        for (RowId candidate : match.candidates) {
            for (const CodebookRow& row : m_codebookRows) {
                if (row.code.id == candidate) paths.Add(toWx(row.path));
            }
        }
        wxSingleChoiceDialog dialog(this, wxString::Format(_("More than one code matches \u201C%s\u201D. Which one?"), toWx(typed)),
                                    _("Choose a code"), paths);
        if (dialog.ShowModal() != wxID_OK) return;
        code = match.candidates[static_cast<std::size_t>(dialog.GetSelection())];
    }
    if (code) {
        codeSelectionWith(*code);
    } else {
        DocumentPanel* panel = nullptr;
        const std::optional<TextRange> selection = selectionToCode(panel);
        if (!selection || !ensureCoder()) return;
        if (!m_unattended &&
            !askQuestionDialog(this, wxString::Format(_("There is no code called %s."), toWx(typed)),
                               _("Edau can add it to the codebook and code the selected text with it."),
                               _("&Add the code and code the text"), _("&Cancel"))) {
            return;
        }
        const RowId document = panel->documentId();
        if (!writeGuarded(_("Could not code the passage."),
                          [&] { codePassageAtPath(*m_workbench, document, *selection, typed); })) {
            return;
        }
    }
    m_quickCode->ChangeValue(wxString());
    if (DocumentPanel* panel = currentDocument()) panel->focusText();
}

void MainFrame::newCodeFromSelection() {
    DocumentPanel* panel = nullptr;
    const std::optional<TextRange> selection = selectionToCode(panel);
    if (!selection || !ensureCoder()) return;
    wxTextEntryDialog dialog(this, _("Name of the new code (write Theme/Sub-theme to put it under a theme):"),
                             _("New code from selection"));
    if (dialog.ShowModal() != wxID_OK) return;
    const std::string path = toUtf8(dialog.GetValue().Strip(wxString::both));
    if (path.empty()) return;
    const RowId document = panel->documentId();
    Code made;
    if (writeGuarded(_("Could not make the code."),
                     [&] { made = codePassageAtPath(*m_workbench, document, *selection, path); })) {
        m_codebook->selectCode(made.id);
    }
}

void MainFrame::codeTurn() {
    DocumentPanel* panel = currentDocument();
    if (panel == nullptr) {
        tellUser(_("Open a document first."));
        return;
    }
    const std::optional<TextRange> turn = passageAround(panel->model(), panel->caret());
    if (!turn) {
        tellUser(_("There is no text to code here."));
        return;
    }
    const std::optional<RowId> code = chosenCode(_("Code this turn with which code?"));
    if (!code || !ensureCoder()) return;
    const RowId document = panel->documentId();
    if (writeGuarded(_("Could not code the turn."), [&] { codePassage(*m_workbench, document, *turn, *code); })) {
        if (DocumentPanel* shown = currentDocument()) shown->selectRange(*turn);
    }
}

void MainFrame::removeCodingHere() {
    DocumentPanel* panel = currentDocument();
    if (panel == nullptr) return;
    const std::optional<TextRange> selection = panel->selection();
    const std::vector<Coding> codings = panel->codingsAt(selection ? selection->start : panel->caret());
    if (codings.empty()) {
        tellUser(_("No coded passage is at the caret."));
        return;
    }
    RowId coding = codings.front().id;
    if (codings.size() > 1) {
        if (m_unattended) return;
        wxArrayString names;
        for (const Coding& c : codings) names.Add(panel->describeCoding(c.codeId, c.coderId));
        wxSingleChoiceDialog dialog(this, _("Remove which coding?"), _("Remove a coding"), names);
        if (dialog.ShowModal() != wxID_OK) return;
        coding = codings[static_cast<std::size_t>(dialog.GetSelection())].id;
    }
    removeCoding(coding);
}

void MainFrame::removeCoding(RowId codingId) {
    if (writeGuarded(_("Could not remove the coding."), [&] { m_workbench->store().removeCoding(codingId); })) {
        SetStatusText(_("Coding removed. Edit > Undo brings it back."), 0);
    }
}

void MainFrame::undoOrRedo(bool undo) {
    if (!m_workbench) return;
    if (undoFrameworkTyping(undo)) return;  // typing in a summary is undone there first
    std::optional<std::string> done;
    if (!writeGuarded(undo ? _("Could not undo.") : _("Could not redo."), [&] {
            done = undo ? m_workbench->store().undo() : m_workbench->store().redo();
        })) {
        return;
    }
    if (!done) {
        tellUser(undo ? _("There is nothing to undo.") : _("There is nothing to redo."));
        return;
    }
    SetStatusText(wxString::Format(undo ? _("Undone: %s") : _("Redone: %s"), describeChange(*done)), 0);
}

// --- the codebook

void MainFrame::newCode(bool asSubcode) {
    if (!m_workbench) return;
    std::optional<RowId> parent;
    wxString prompt = _("Name of the new code (write Theme/Sub-theme to put it under a theme):");
    if (asSubcode) {
        parent = m_codebook->selectedCode();
        if (!parent) return;
        if (const CodebookRow* row = m_codebook->rowOf(*parent)) {
            prompt = wxString::Format(_("Name of the new sub-code of %s:"), toWx(row->path));
        }
    }
    wxTextEntryDialog dialog(this, prompt, asSubcode ? _("New sub-code") : _("New code"));
    if (dialog.ShowModal() != wxID_OK) return;
    wxString name = dialog.GetValue().Strip(wxString::both);
    if (name.empty()) return;
    std::string path = toUtf8(name);
    if (parent) {
        // A sub-code's name is one name: a slash in it is part of it.
        name.Replace("/", "\\/");
        path = m_codebook->rowOf(*parent)->path + "/" + toUtf8(name);
    }
    Code made;
    if (writeGuarded(_("Could not make the code."), [&] { made = codeAtPath(*m_workbench, path); })) {
        m_codebook->selectCode(made.id);
    }
}

void MainFrame::renameChosenCode() {
    const std::optional<RowId> code = m_codebook->selectedCode();
    const CodebookRow* row = code ? m_codebook->rowOf(*code) : nullptr;
    if (row == nullptr) return;
    wxTextEntryDialog dialog(this, wxString::Format(_("New name for %s:"), toWx(row->path)), _("Rename code"),
                             toWx(row->code.name));
    if (dialog.ShowModal() != wxID_OK) return;
    const wxString name = dialog.GetValue().Strip(wxString::both);
    if (name.empty()) return;
    const RowId id = *code;
    writeGuarded(_("Could not rename the code."), [&] { renameCode(*m_workbench, id, toUtf8(name)); });
}

void MainFrame::recolourChosenCode() {
    const std::optional<RowId> code = m_codebook->selectedCode();
    const CodebookRow* row = code ? m_codebook->rowOf(*code) : nullptr;
    if (row == nullptr) return;
    wxColourData data;
    if (const auto colour = parseHexColour(row->colour)) data.SetColour(wxColour(colour->red, colour->green, colour->blue));
    wxColourDialog dialog(this, &data);
    dialog.SetTitle(wxString::Format(_("Colour of %s"), toWx(row->path)));
    if (dialog.ShowModal() != wxID_OK) return;
    const wxColour chosen = dialog.GetColourData().GetColour();
    Code changed = row->code;
    changed.colour = toHexColour(Rgb{chosen.Red(), chosen.Green(), chosen.Blue()});
    writeGuarded(_("Could not change the code's colour."), [&] { m_workbench->store().updateCode(changed); });
}

void MainFrame::togglePinOfChosenCode() {
    const std::optional<RowId> code = chosenCode(_("Pin which code?"));
    const CodebookRow* row = code ? m_codebook->rowOf(*code) : nullptr;
    if (row == nullptr || !m_summary) return;
    // With no pins of their own the user sees the first nine codes on the keys: start from those.
    if (m_pinnedUuids.empty()) {
        for (RowId pinned : m_pinned) {
            if (const CodebookRow* pinnedRow = m_codebook->rowOf(pinned)) m_pinnedUuids.push_back(pinnedRow->code.uuid);
        }
    }
    if (!togglePin(m_pinnedUuids, row->code.uuid)) {
        tellUser(_("Keys 1–9 are all taken: unpin a code first."));
        return;
    }
    savePinnedCodes(m_summary->uuid, m_pinnedUuids);
    refreshCodingViews();
    m_codebook->selectCode(*code);
}

void MainFrame::mergeChosenCode() {
    const std::optional<RowId> code = m_codebook->selectedCode();
    const CodebookRow* row = code ? m_codebook->rowOf(*code) : nullptr;
    if (row == nullptr) return;
    wxArrayString paths;
    std::vector<RowId> targets;
    for (const CodebookRow& other : m_codebookRows) {
        if (other.code.id == *code || isSameOrSubcodeRow(other.code.id, *code)) continue;
        paths.Add(toWx(other.path));
        targets.push_back(other.code.id);
    }
    if (targets.empty()) {
        tellUser(_("There is no other code to merge into."));
        return;
    }
    wxSingleChoiceDialog dialog(
        this,
        wxString::Format(_("Every passage coded %s will be coded with the code you choose, and %s will be removed."),
                         toWx(row->path), toWx(row->code.name)),
        _("Merge code into…"), paths);
    if (dialog.ShowModal() != wxID_OK) return;
    const RowId source = *code;
    const RowId target = targets[static_cast<std::size_t>(dialog.GetSelection())];
    if (writeGuarded(_("Could not merge the codes."), [&] { m_workbench->store().mergeCode(source, target); })) {
        m_codebook->selectCode(target);
    }
}

bool MainFrame::isSameOrSubcodeRow(RowId codeId, RowId ancestorId) const {
    std::vector<Code> codes;
    codes.reserve(m_codebookRows.size());
    for (const CodebookRow& row : m_codebookRows) codes.push_back(row.code);
    return isSameOrSubcode(codes, codeId, ancestorId);
}

void MainFrame::deleteChosenCode() {
    const std::optional<RowId> code = m_codebook->selectedCode();
    const CodebookRow* row = code ? m_codebook->rowOf(*code) : nullptr;
    if (row == nullptr || !m_workbench) return;
    std::int64_t codings = 0;
    if (!runGuarded(_("Could not delete the code."), [&] { codings = m_workbench->store().codingsUnder(*code); })) return;
    wxString detail = wxString::Format(_("Coded passages removed with it (sub-codes included): %lld"),
                                       static_cast<long long>(codings));
    if (row->hasChildren) detail << "\n" << _("Its sub-codes are deleted too.");
    detail << "\n\n" << _("Edit > Undo brings everything back.");
    if (!m_unattended &&
        !askQuestionDialog(this, wxString::Format(_("Delete the code %s?"), toWx(row->path)), detail, _("&Delete"),
                           _("&Cancel"), true)) {
        return;
    }
    const RowId id = *code;
    writeGuarded(_("Could not delete the code."), [&] { m_workbench->store().removeCode(id); });
}

void MainFrame::showPassagesOf(RowId codeId) {
    if (!m_workbench) return;
    const CodebookRow* row = m_codebook->rowOf(codeId);
    if (row == nullptr) return;
    std::vector<PassageRow> rows;
    if (!runGuarded(_("Could not list the passages."), [&] { rows = passagesOfCode(*m_workbench, codeId, true); })) return;
    m_passages->showPassages(codeId, toWx(row->path), std::move(rows));
    const int page = m_bottom->GetPageIndex(m_passages);
    if (page != wxNOT_FOUND) m_bottom->SetSelection(static_cast<std::size_t>(page));
    wxAuiPaneInfo& pane = m_aui.GetPane(m_bottom);
    if (!pane.IsShown()) {
        pane.Show();
        m_aui.Update();
    }
}

}  // namespace edau::gui
