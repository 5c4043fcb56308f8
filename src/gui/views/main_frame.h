// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window: menus, project tree, centre area and status bar around one open project.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/aui/framemanager.h>
#include <wx/filehistory.h>
#include <wx/frame.h>
#include <wx/timer.h>
#include <wx/weakref.h>

#include "edau/app/exchange_service.h"
#include "edau/app/workbench.h"
#include "presenters/codebook_presenter.h"
#include "presenters/document_presenter.h"
#include "presenters/export_presenter.h"
#include "presenters/project_tree_presenter.h"
#include "presenters/team_presenter.h"

class wxAuiNotebook;
class wxButton;
class wxComboBox;
class wxMenu;
class wxSimplebook;
class wxStaticText;

namespace edau::gui {

class AgreementView;
class CodebookPanel;
class CodingCountsView;
class CooccurrenceView;
class DocumentPanel;
class MatrixEditor;
class MscView;
class PassagesPanel;
class SearchPanel;
class TeamPanel;
class ProjectOverviewPanel;
class ProjectTreePanel;
class WelcomePanel;

/// The main window. Owns the open project (an edau::Workbench) and every menu command on it.
/// Its panes are managed by wxAUI: the project tree (left), the centre (welcome, overview,
/// document tabs), the codebook (right) and the bottom pane (tabs: passages of a code, and
/// whatever other panels add with bottomPane()). The toolbar (GetToolBar()) holds the coding
/// controls; other features may add their own controls to it and call Realize().
class MainFrame : public wxFrame {
public:
    /// `unattended`: nobody will answer dialogs (smoke test, screenshot), so problems are
    /// written to standard error instead. `uiLanguage`: the language now in effect.
    MainFrame(bool unattended, std::string uiLanguage);
    ~MainFrame() override;

    /// Opens the project at `path` in place of the current one, asking what to do when it
    /// is locked or lives in a risky place. Returns false, having told the user why, when
    /// it could not be opened.
    bool openProject(const wxString& path);

    // --- for other panels (search results, import, case sheets) and for tests

    /// Opens the document's tab (or brings it forward) and selects the passage [start, end),
    /// in code points as Coding and Turn count them, scrolled into view with the keyboard in
    /// the text. Returns false, having said why, when the document cannot be shown.
    bool showPassage(RowId documentId, std::int64_t start, std::int64_t end);
    /// Call after writing to the project from a panel: re-reads everything the window shows
    /// (tree, overview, codebook, open documents' codings, passages, status bar, Undo labels).
    void projectChanged();
    /// The open project, or null when none is; write through it, then call projectChanged().
    Workbench* workbench() const;
    /// The bottom pane's tabs: add a panel's page here (AddPage) to show results below the text.
    wxAuiNotebook* bottomPane() const;

    /// Opens a document's tab, or brings it forward. Null, having said why, when it cannot be read.
    DocumentPanel* openDocument(RowId documentId);
    /// The document tab in front, or null when the centre shows something else.
    DocumentPanel* currentDocument() const;
    CodebookPanel* codebookPanel() const;
    PassagesPanel* passagesPanel() const;
    /// Brings a view forward for --show: "document" (the first source in the tree, at its
    /// first coded passage) or "codebook" (unfolded, its first code's passages listed).
    /// False when there is nothing to show.
    bool showView(const std::string& view);
    /// Runs a menu command as if it had been chosen (scripted runs and tests).
    void runCommand(int id);

    // --- search, import and the cases sheet (main_frame_search.cpp)

    /// The search results tab of the bottom pane.
    SearchPanel* searchPanel() const;
    /// Search > Find…: brings the search tab forward with the keyboard in its query box.
    void showSearch();
    /// Project > Import…: the import dialog, modal. (Unattended --show import: modeless.)
    void importSources();
    /// Opens the import dialog with these files and folders already chosen (dropped on the window).
    void importPaths(const std::vector<std::string>& paths);
    /// What to do with files dropped on the window: a .edau file is opened, anything else is
    /// offered for import into the open project.
    void openDroppedFiles(const std::vector<std::string>& paths);
    /// View > Cases: the cases sheet as a tab beside the documents (opened when needed).
    void showCases();
    /// True while the window is still getting ready what --show asked for (a search under
    /// way): a screenshot waits for it.
    bool viewPending() const;
    /// What a screenshot of --show should capture: the import dialog when it is up, else this window.
    wxWindow* screenshotWindow();

    // --- framework matrices (main_frame_framework.cpp)

    /// Opens a matrix's editor as a centre tab, or brings it forward. Null, having said why,
    /// when it cannot be read.
    MatrixEditor* openMatrix(const std::string& uuid);
    /// The matrix editor in front, or null when the centre shows something else.
    MatrixEditor* currentMatrixEditor() const;

    // --- queries, agreement, Most Significant Change and exports (main_frame_queries.cpp)

    /// Team > Intercoder agreement: the agreement view as a centre tab (opened when needed).
    AgreementView* showAgreement();
    /// Search > Coding counts, with rows "cases", "coders" or an attribute's name.
    CodingCountsView* showCodingCounts(const std::string& rows = "cases");
    /// Search > Codes that occur together.
    CooccurrenceView* showCooccurrence();
    /// View > Most Significant Change rounds.
    MscView* showMscRounds();
    /// Project > Export > …: the export dialog, modal.
    void exportFromMenu(ExportKind kind);

    // --- exchange with other QDA programs through REFI-QDA (main_frame_exchange.cpp)

    /// Project > Exchange > Export the project…, after its file dialog: writes the whole
    /// project as a .qdpx and says what it wrote. False, having said why, when it failed.
    bool exportQdpxTo(const std::string& path);
    /// Project > Exchange > Export the codebook…, after its file dialog: writes a .qdc.
    bool exportQdcTo(const std::string& path);
    /// Project > Exchange > Import…, after its file dialog: brings a .qdpx, .qdc or .qde made
    /// by another program (or by Edau) into the open project, in one step, and says what came
    /// in and what was left out. False, having said why, when nothing could be brought in.
    /// Codes the file has at one path under another identifier are asked about, as in a merge
    /// (`keepApartPaths` answers for scripted runs: those stay apart, the rest are joined).
    bool importQdpxFrom(const std::string& path, bool ask = true, const std::vector<std::string>& keepApartPaths = {});

    // --- teamwork through a shared folder (main_frame_team.cpp)

    /// Team > Shared folder… without its dialog: syncs through `folder` from now on, starting
    /// with one round, and shows the team log. False, having said why, when the round failed.
    bool setSharedFolder(const std::string& folder);
    /// Team > Sync now: one round through the shared folder. False when none ran or it failed.
    bool syncNow();
    /// The bottom pane's "Team log" tab.
    TeamPanel* teamPanel() const;
    /// Team > Merge a colleague's copy…, after its file dialog: merges `other` into the open
    /// project. Codes both have at one path under different identifiers are asked about
    /// (`keepApartPaths` answers for scripted runs: those paths stay apart, the rest are joined).
    bool mergeColleaguesCopy(const std::string& other, bool ask, const std::vector<std::string>& keepApartPaths = {});

private:
    void createMenuBar();
    /// Re-creates every text in the window in the current interface language.
    void updateTexts();

    void onNewProject(wxCommandEvent& event);
    void onOpenProject(wxCommandEvent& event);
    void onOpenRecent(wxCommandEvent& event);
    /// Puts a project at the top of Project > Open recent, and remembers the list.
    void rememberRecent(const wxString& path);
    void onOpenSampleProject(wxCommandEvent& event);
    void onSaveCopy(wxCommandEvent& event);
    void onCloseProject(wxCommandEvent& event);
    void onQuit(wxCommandEvent& event);
    void onLanguage(wxCommandEvent& event);
    /// Help > User guide: the guide in the interface language, in the web browser.
    void onUserGuide(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);
    void onUpdateNeedsProject(wxUpdateUIEvent& event);

    /// Runs a user action; any failure is reported under `headline`, never passed to wx.
    /// Returns true when the action finished.
    bool runGuarded(const wxString& headline, const std::function<void()>& action);
    /// Tells the user (or, unattended, standard error) that something failed and why.
    void reportProblem(const wxString& headline, const wxString& detail);
    /// Asks for a path to save a new .edau file at; empty when the user cancels.
    wxString askNewProjectPath(const wxString& title, const wxString& suggestedName);
    /// After opening: explains the workbench's warnings and offers to work on a local copy.
    void offerLocalCopy();
    /// Shows `workbench` (or, when null, the welcome page) in place of the open project.
    /// Returns false, having said why, when the project could not be read.
    bool setWorkbench(std::unique_ptr<Workbench> workbench);
    /// Shows the project's panes (tree, codebook, bottom) or, with no project, hides them.
    void showProjectPanes(bool show);

    // --- reading and coding (main_frame_coding.cpp)
    void createCodingPanes();
    void createCodingToolBar();
    wxMenu* createEditMenu();
    wxMenu* createCodeMenu();
    void appendCodingViewItems(wxMenu* view);
    void bindCodingCommands();
    void onUpdateCodingCommand(wxUpdateUIEvent& event);
    void updateCodingTexts();
    /// Undo/Redo say what they would undo; the pinned-code items name their codes.
    void updateUndoLabels();
    /// Re-reads the codebook, the open documents' codings, the passages and undo state.
    void refreshCodingViews();
    void openTreeItem(ProjectTreeNodeKind kind, const std::string& uuid);
    /// Runs a write like runGuarded, refusing on a read-only project, then shows its effect.
    bool writeGuarded(const wxString& headline, const std::function<void()>& action);
    /// A short note in the status bar (standard error when unattended) for a command that
    /// could not apply, such as coding with nothing selected.
    void tellUser(const wxString& message);
    /// Makes sure a coder is chosen, asking for a name the first time.
    bool ensureCoder();
    bool changeCoder();
    /// The codebook's selected code, else one the user picks from a list.
    std::optional<RowId> chosenCode(const wxString& question);
    /// The front document's selection (and the document), or a note saying what is missing.
    std::optional<TextRange> selectionToCode(DocumentPanel*& panel);
    void codeSelectionWith(RowId codeId);
    void codeWithPinned(std::size_t slot);
    void codeWithQuickBox();
    void newCodeFromSelection();
    void codeTurn();
    void removeCodingHere();
    void removeCoding(RowId codingId);
    void undoOrRedo(bool undo);
    void newCode(bool asSubcode);
    void renameChosenCode();
    void recolourChosenCode();
    void togglePinOfChosenCode();
    void mergeChosenCode();
    void deleteChosenCode();
    void showPassagesOf(RowId codeId);
    bool isSameOrSubcodeRow(RowId codeId, RowId ancestorId) const;

    // --- search, import and the cases sheet (main_frame_search.cpp)
    void createSearchPanes();
    /// Project > Import… goes into the Project menu at `position`.
    void insertImportItem(wxMenu* project, std::size_t position);
    wxMenu* createSearchMenu();
    void appendSearchViewItems(wxMenu* view);
    void bindSearchCommands();
    void updateSearchTexts();
    /// The project was opened or closed: the search tab and cases sheet follow it.
    void showSearchProject();
    /// The project was written to: filter choices, the index and the cases sheet catch up.
    void refreshSearchViews();
    /// Brings "search", "import" or "cases" forward for --show.
    bool showSearchView(const std::string& view);

    // --- framework matrices (main_frame_framework.cpp)
    wxMenu* createFrameworkMenu();
    void bindFrameworkCommands();
    void updateFrameworkTexts();
    /// The project was written to (an undo, say): the open matrices catch up.
    void refreshFrameworkViews();
    /// Writes the summaries being edited, before the project closes or changes.
    void saveFrameworkEdits();
    /// Edit > Undo/Redo while typing a summary undo the typing; false to undo in the project.
    bool undoFrameworkTyping(bool undo);
    /// Brings "matrix" forward for --show: the first matrix, at a cell with passages.
    bool showFrameworkView(const std::string& view);
    void newMatrix();
    void chooseMatrix();
    std::vector<MatrixEditor*> matrixEditors() const;

    // --- queries, agreement, Most Significant Change and exports (main_frame_queries.cpp)
    void appendExportMenu(wxMenu* project);
    void appendQuerySearchItems(wxMenu* search);
    wxMenu* createTeamMenu();
    void appendQueryViewItems(wxMenu* view);
    void bindQueryCommands();
    void updateQueryTexts();
    /// The project was written to: the open query tabs count again.
    void refreshQueryViews();
    /// Brings "agreement", "msc", "counts" or "cooccurrence" forward for --show.
    bool showQueryView(const std::string& view);
    void bringQueryPage(wxWindow* page);

    // --- exchange (main_frame_exchange.cpp)
    void appendExchangeMenu(wxMenu* project);
    void bindExchangeCommands();
    /// The report of an export or import: a box to read, or the error stream when unattended.
    void showExchangeReport(const wxString& title, const wxString& summary, const std::vector<wxString>& details);
    /// Asks which of `matches` (codes at one path under two identifiers) mean the same; when not
    /// asking, `keepApartPaths` are kept apart and the rest joined. Nullopt when the user cancels.
    std::optional<CodeMatching> askWhichCodesAreTheSame(const std::vector<CodePathMatch>& matches, bool ask,
                                                        const std::vector<std::string>& keepApartPaths);

    // --- teamwork through a shared folder (main_frame_team.cpp)
    void createTeamPanes();
    /// Shared folder…, Sync now, Blind coding and Team log go first in the Team menu.
    void appendTeamItems(wxMenu* team);
    void bindTeamCommands();
    void updateTeamTexts();
    /// The project was opened or closed: a fresh log, its folder, the timer.
    void showTeamProject();
    /// The project was written to: the conflicts and the status bar's field catch up.
    void refreshTeamViews();
    void showSyncStatus();
    void onTeamTick(bool menuOpen);
    /// True while a round would get in the user's way (dialog, drag, menu, unsaved summary).
    bool userBusy() const;
    /// One round; `byHand` (Sync now) reports failures in a box, automatic rounds do not.
    bool runTeamRound(bool byHand);
    void chooseSharedFolder();
    void toggleBlindCoding();
    void settleConflict(const TeamConflictRow& row);
    void showConflictCell(const TeamConflictRow& row);
    void showTeamLog();
    void chooseCopyToMerge();
    /// Brings "team" forward for --show: one round first when a folder is set.
    bool showTeamView(const std::string& view);
    /// The status bar's field for "synced 12 s ago" (main_frame.cpp lays the fields out).
    static constexpr int kSyncStatusField = 3;

    bool m_unattended;
    wxFileHistory m_recent{9};           ///< Project > Open recent, kept in the settings file
    wxMenu* m_recentMenu = nullptr;      ///< the submenu m_recent fills (rebuilt with the menu bar)
    std::string m_uiLanguage;
    std::unique_ptr<Workbench> m_workbench;
    std::optional<ProjectSummary> m_summary;  ///< read when the project opened

    wxAuiManager m_aui;
    ProjectTreePanel* m_treePanel = nullptr;
    wxSimplebook* m_centre = nullptr;
    WelcomePanel* m_welcomePanel = nullptr;
    ProjectOverviewPanel* m_overviewPanel = nullptr;

    // reading and coding
    wxAuiNotebook* m_documents = nullptr;  ///< a centre page: one tab per open document
    CodebookPanel* m_codebook = nullptr;
    wxAuiNotebook* m_bottom = nullptr;
    PassagesPanel* m_passages = nullptr;
    wxButton* m_codeButton = nullptr;
    wxStaticText* m_quickCodeLabel = nullptr;
    wxComboBox* m_quickCode = nullptr;
    wxButton* m_undoButton = nullptr;
    wxButton* m_redoButton = nullptr;
    std::vector<CodebookRow> m_codebookRows;
    std::vector<std::string> m_pinnedUuids;  ///< the user's own pins (settings), maybe empty
    std::vector<RowId> m_pinned;             ///< the codes on keys 1–9 now
    std::optional<std::string> m_undoAction;
    std::optional<std::string> m_redoAction;
    std::string m_codingTextsLanguage;       ///< the language the coding texts were made in

    // search, import and the cases sheet
    SearchPanel* m_search = nullptr;         ///< a tab of the bottom pane, always there
    wxWeakRef<wxWindow> m_casesPage;         ///< the cases sheet's tab, while it is open
    wxWeakRef<wxWindow> m_importWindow;      ///< the import dialog of --show import, while it is up

    // queries, agreement and Most Significant Change: centre tabs, while they are open
    wxWeakRef<wxWindow> m_agreementPage;
    wxWeakRef<wxWindow> m_countsPage;
    wxWeakRef<wxWindow> m_cooccurrencePage;
    wxWeakRef<wxWindow> m_mscPage;

    // teamwork through a shared folder
    TeamPanel* m_team = nullptr;  ///< a tab of the bottom pane, always there
    wxTimer m_teamTimer;          ///< every second while a project is open
    TeamSession m_teamSession;
};

}  // namespace edau::gui
