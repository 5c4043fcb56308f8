// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window's teamwork through a shared folder: Team > Shared folder…, Sync now and
/// Blind coding, the bottom pane's "Team log" tab with the conflicts to settle, the status
/// bar's "synced 12 s ago", the automatic rounds, and what --show team brings forward.
/// (The Team menu's agreement items: main_frame_queries.cpp.)
///
/// A round takes tens of milliseconds, so it runs on the UI thread, between the user's
/// actions: every kAutoSyncInterval while a folder is set, never while a dialog, a menu or a
/// drag is open, a mouse button is down, a summary is being typed, or a key was pressed in
/// the last kTypingPause. A round that fails says so in the status bar and the log, never in
/// a box that would come back every few seconds; only "Sync now" asks for attention.
#include <algorithm>
#include <memory>
#include <set>

#include <wx/app.h>
#include <wx/aui/auibook.h>
#include <wx/dialog.h>
#include <wx/choicdlg.h>
#include <wx/dirdlg.h>
#include <wx/filedlg.h>
#include <wx/evtloop.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "edau/app/exchange_service.h"
#include "edau/app/sync_service.h"
#include "edau/store/project_store.h"
#include "presenters/team_presenter.h"
#include "views/main_frame.h"
#include "views/matrix_editor.h"
#include "views/team_commands.h"
#include "views/team_panel.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// The timer's tick: the status bar's "synced n s ago" follows the clock.
constexpr int kTeamTickMilliseconds = 1000;
/// How tall the bottom pane becomes when the team log is brought forward, at least: the log,
/// and a conflict in full beside it.
constexpr int kTeamPaneHeight = 300;

}  // namespace

void MainFrame::createTeamPanes() {
    m_team = new TeamPanel(m_bottom);
    m_bottom->AddPage(m_team, wxString(), false);
    m_team->onSyncNow = [this] { syncNow(); };
    m_team->onChooseFolder = [this] { chooseSharedFolder(); };
    m_team->onSettle = [this](const TeamConflictRow& row) { settleConflict(row); };
    m_team->onShow = [this](const TeamConflictRow& row) { showConflictCell(row); };

    // Typing anywhere in the window holds automatic rounds back for a moment.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& event) {
        m_teamSession.keyPressed(TeamClock::now());
        event.Skip();
    });
    // GTK's menus run no event loop of their own: an open menu is noted here.
    auto menuOpen = std::make_shared<bool>(false);
    Bind(wxEVT_MENU_OPEN, [menuOpen](wxMenuEvent& event) {
        *menuOpen = true;
        event.Skip();
    });
    Bind(wxEVT_MENU_CLOSE, [menuOpen](wxMenuEvent& event) {
        *menuOpen = false;
        event.Skip();
    });
    m_teamTimer.SetOwner(this);
    Bind(wxEVT_TIMER, [this, menuOpen](wxTimerEvent&) { onTeamTick(*menuOpen); }, m_teamTimer.GetId());
}

void MainFrame::appendTeamItems(wxMenu* team) {
    // The shared folder's items come first: they are what a team uses every day.
    std::size_t at = 0;
    team->Insert(at++, kSharedFolderCommand, _("S&hared folder…"),
                 _("Choose the folder you share with your team (a network drive or a folder a sync program keeps "
                   "up to date); Edau syncs through it every few seconds"));
    team->Insert(at++, kSyncNowCommand, _("&Sync now") + "\tCtrl+Shift+Y",
                 _("Send your new work to the shared folder and bring in your team's"));
    team->InsertCheckItem(at++, kBlindCodingCommand, _("&Blind coding"),
                          _("While on, each coder sees only their own codings, so that agreement can be measured "
                            "honestly; everyone's copies follow at their next sync"));
    team->Insert(at++, kTeamLogCommand, _("Team &log"), _("Show who changed what, and the conflicts waiting to be settled"));
    team->Insert(at++, kMergeCopyCommand, _("&Merge a colleague's copy…"),
                 _("Bring in the work in a copy of this project sent to you (by e-mail or on a stick); the copy is only read"));
    if (team->GetMenuItemCount() > at) team->InsertSeparator(at);
}

void MainFrame::bindTeamCommands() {
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseSharedFolder(); }, kSharedFolderCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { syncNow(); }, kSyncNowCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { toggleBlindCoding(); }, kBlindCodingCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { showTeamLog(); }, kTeamLogCommand);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { chooseCopyToMerge(); }, kMergeCopyCommand);
    // A click on the status bar's "Sync failed: …" (or "synced 12 s ago") opens the log, which says more.
    if (wxStatusBar* bar = GetStatusBar()) {
        bar->Bind(wxEVT_LEFT_UP, [this, bar](wxMouseEvent& event) {
            event.Skip();
            wxRect field;
            if (bar->GetFieldRect(kSyncStatusField, field) && field.Contains(event.GetPosition())) showTeamLog();
        });
    }
    Bind(wxEVT_UPDATE_UI, [this](wxUpdateUIEvent& event) {
        const bool writable = m_workbench != nullptr && !m_workbench->readOnly();
        switch (event.GetId()) {
        case kSharedFolderCommand:
        case kSyncNowCommand: event.Enable(writable); break;
        case kBlindCodingCommand: {
            bool blind = false;
            try {
                blind = m_workbench != nullptr && m_workbench->store().blindCoding();
            } catch (const std::exception&) {
            }
            event.Enable(writable);
            event.Check(blind);
            break;
        }
        case kTeamLogCommand: event.Enable(m_workbench != nullptr); break;
        case kMergeCopyCommand: event.Enable(writable); break;
        default: break;
        }
    }, kSharedFolderCommand, kMergeCopyCommand);
}

void MainFrame::updateTeamTexts() {
    const int page = m_bottom->GetPageIndex(m_team);
    if (page != wxNOT_FOUND) m_bottom->SetPageText(static_cast<std::size_t>(page), _("Team log"));
    m_team->updateTexts();
    showSyncStatus();
}

void MainFrame::showTeamProject() {
    std::string folder;
    if (m_workbench) {
        try {
            folder = syncFolderOf(*m_workbench);
        } catch (const std::exception&) {
        }
    }
    m_teamSession.reset(folder);
    m_team->showFolder(folder);
    m_team->showLog(m_teamSession.log());
    refreshTeamViews();
    if (m_workbench) {
        m_teamTimer.Start(kTeamTickMilliseconds);
    } else {
        m_teamTimer.Stop();
    }
}

void MainFrame::refreshTeamViews() {
    std::vector<TeamConflictRow> rows;
    if (m_workbench) {
        try {
            rows = readConflictRows(*m_workbench);
        } catch (const std::exception& failure) {
            SetStatusText(describeFailure(failure), 0);
        }
    }
    m_team->showConflicts(std::move(rows));
    m_team->setWritable(m_workbench != nullptr && !m_workbench->readOnly());
    showSyncStatus();
}

void MainFrame::showSyncStatus() {
    const wxString text = m_workbench ? translate(m_teamSession.status(TeamClock::now())) : wxString();
    wxStatusBar* bar = GetStatusBar();
    if (bar != nullptr && bar->GetFieldsCount() > kSyncStatusField && bar->GetStatusText(kSyncStatusField) != text) {
        bar->SetStatusText(text, kSyncStatusField);
    }
}

void MainFrame::onTeamTick(bool menuOpen) {
    if (!m_workbench) return;
    showSyncStatus();
    // Scripted runs sync when they say so, so that what they see does not depend on timing.
    if (m_unattended) return;
    const TeamClock::time_point now = TeamClock::now();
    if (!m_teamSession.autoSyncDue(!m_workbench->readOnly(), menuOpen || userBusy(), now)) return;
    runTeamRound(false);
}

bool MainFrame::userBusy() const {
    // A modal dialog or a drag and drop runs an event loop of its own.
    const wxEventLoopBase* active = wxEventLoopBase::GetActive();
    if (active != nullptr && wxTheApp != nullptr && active != wxTheApp->GetMainLoop()) return true;
    for (const wxWindow* window : wxTopLevelWindows) {
        if (const auto* dialog = dynamic_cast<const wxDialog*>(window); dialog != nullptr && dialog->IsModal()) return true;
    }
    // Dragging a selection, a code or a sash.
    if (wxWindow::GetCapture() != nullptr) return true;
    const wxMouseState mouse = wxGetMouseState();
    if (mouse.LeftIsDown() || mouse.MiddleIsDown() || mouse.RightIsDown()) return true;
    // A summary typed but not saved yet would be read again under the writer's hands.
    for (const MatrixEditor* editor : matrixEditors()) {
        if (editor->hasUnsavedSummary()) return true;
    }
    return false;
}

bool MainFrame::runTeamRound(bool byHand) {
    if (!m_workbench) return false;
    const wxString headline = _("Could not sync.");
    if (m_workbench->readOnly()) {
        if (byHand) reportProblem(headline, _("The project is open read-only, so nothing in it can be changed."));
        return false;
    }
    if (m_teamSession.folder().empty()) {
        if (byHand && !m_unattended) chooseSharedFolder();
        return false;
    }
    if (!m_teamSession.startRound(TeamClock::now())) return false;
    // A summary being written goes out with this round (automatic rounds wait for it instead).
    if (byHand) saveFrameworkEdits();

    SyncReport report;
    wxString failure;
    try {
        report = syncProject(*m_workbench, m_teamSession.folder());
        m_teamSession.roundDone(*m_workbench, report, TeamClock::now());
    } catch (const std::exception& problem) {
        failure = describeFailure(problem);
    } catch (...) {
        failure = _("Something went wrong that Edau did not expect.");
    }
    if (!failure.empty()) {
        m_teamSession.roundFailed(toUtf8(failure), TeamClock::now());
        m_team->showLog(m_teamSession.log());
        showSyncStatus();
        if (byHand) reportProblem(headline, failure);
        return false;
    }

    m_team->showFolder(m_teamSession.folder());
    m_team->showLog(m_teamSession.log());
    if (report.applied > 0 || !report.newConflicts.empty()) {
        // As after an undo or an import: every view reads the project again, and the search
        // index catches up on its worker when documents arrived.
        projectChanged();
    } else {
        refreshTeamViews();
    }
    if (byHand) {
        SetStatusText(translate(Message(EDAU_MSG("Synced. Changes sent: {sent}; new changes brought in: {applied}"))
                                    .arg("sent", report.sent)
                                    .arg("applied", report.applied)),
                      0);
    }
    return true;
}

bool MainFrame::syncNow() {
    return runTeamRound(true);
}

bool MainFrame::setSharedFolder(const std::string& folder) {
    if (!m_workbench) return false;
    if (m_workbench->readOnly()) {
        reportProblem(_("Could not sync."), _("The project is open read-only, so nothing in it can be changed."));
        return false;
    }
    const std::string before = m_teamSession.folder();
    m_teamSession.setFolder(folder);
    if (folder != before) {
        m_teamSession.log().add(
            {TeamClock::now(), TeamLogKind::Note, Message(EDAU_MSG("Syncing through {folder}")).arg("folder", folder)});
    }
    const bool synced = runTeamRound(true);
    // The project remembers the folder once a round has begun with it; else the one before stays.
    try {
        m_teamSession.setFolder(syncFolderOf(*m_workbench));
    } catch (const std::exception&) {
    }
    m_team->showFolder(m_teamSession.folder());
    m_team->showLog(m_teamSession.log());
    showTeamLog();
    return synced;
}

void MainFrame::chooseSharedFolder() {
    if (!m_workbench) return;
    if (m_workbench->readOnly()) {
        reportProblem(_("Could not sync."), _("The project is open read-only, so nothing in it can be changed."));
        return;
    }
    const wxString current = toWx(m_teamSession.folder());
    wxDirDialog dialog(this, _("Choose the folder you share with your team"),
                       current.empty() ? wxStandardPaths::Get().GetDocumentsDir() : current, wxDD_DEFAULT_STYLE);
    if (dialog.ShowModal() != wxID_OK) return;
    setSharedFolder(toUtf8(dialog.GetPath()));
}

void MainFrame::toggleBlindCoding() {
    if (!m_workbench) return;
    bool blind = false;
    if (!runGuarded(_("Could not change blind coding."), [&] { blind = m_workbench->store().blindCoding(); })) return;
    if (writeGuarded(_("Could not change blind coding."), [&] { m_workbench->store().setBlindCoding(!blind); })) {
        SetStatusText(blind ? _("Coding is open: everyone's codings are shown.")
                            : _("Coding is blind: each coder sees only their own codings."),
                      0);
    }
}

void MainFrame::settleConflict(const TeamConflictRow& row) {
    const std::string id = row.conflict.id;
    if (writeGuarded(_("Could not settle the conflict."), [&] { m_workbench->store().settleConflict(id); })) {
        SetStatusText(_("The conflict is settled; the other copies learn it at their next sync."), 0);
    }
}

void MainFrame::showConflictCell(const TeamConflictRow& row) {
    if (!m_workbench || !row.cellSummary) return;
    MatrixEditor* editor = openMatrix(row.matrixUuid);
    if (editor == nullptr) return;
    if (const std::optional<MatrixCellIndex> cell = conflictCell(editor->model(), row)) {
        editor->selectCell(*cell);
    } else {
        tellUser(_("That cell is no longer in the matrix."));
    }
}

void MainFrame::showTeamLog() {
    if (!m_workbench) return;
    const int page = m_bottom->GetPageIndex(m_team);
    if (page != wxNOT_FOUND) m_bottom->SetSelection(static_cast<std::size_t>(page));
    wxAuiPaneInfo& pane = m_aui.GetPane(m_bottom);
    pane.Show();
    // Grow a low pane once, as the search results do (wxAUI gives a docked pane its minimum
    // size, which is then set back so that the user can make it smaller again).
    if (m_bottom->GetSize().GetHeight() < FromDIP(kTeamPaneHeight) - FromDIP(20)) {
        const wxSize minimum = pane.min_size;
        pane.MinSize(wxSize(-1, FromDIP(kTeamPaneHeight)));
        m_aui.Update();
        pane.MinSize(minimum);
    }
    m_aui.Update();
}

TeamPanel* MainFrame::teamPanel() const {
    return m_team;
}

bool MainFrame::showTeamView(const std::string& view) {
    if (!m_workbench || view != "team") return false;
    // One round first when the project has a folder, so the log shows what it brought.
    if (!m_teamSession.folder().empty()) runTeamRound(true);
    showTeamLog();
    return true;
}

void MainFrame::chooseCopyToMerge() {
    if (!m_workbench) return;
    wxFileDialog dialog(this, _("Choose a colleague's copy of the project"), wxEmptyString, wxEmptyString,
                        _("Edau projects (*.edau)|*.edau"), wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    mergeColleaguesCopy(toUtf8(dialog.GetPath()), true);
}

bool MainFrame::mergeColleaguesCopy(const std::string& other, bool ask, const std::vector<std::string>& keepApartPaths) {
    if (!m_workbench) return false;
    const wxString headline = _("Could not merge the copy.");
    std::vector<CodePathMatch> matches;
    if (!runGuarded(headline, [&] { matches = codePathMatches(*m_workbench, other); })) return false;
    const std::optional<CodeMatching> matching = askWhichCodesAreTheSame(matches, ask, keepApartPaths);
    if (!matching) return false;
    QdpxImportReport report;
    if (!writeGuarded(headline, [&] { report = mergeProjectFile(*m_workbench, other, *matching); })) return false;
    m_teamSession.log().add({TeamClock::now(), TeamLogKind::Note,
                             Message(EDAU_MSG("Merged {file}: new sources {sources}, codes {codes}, codings {codings}, "
                                              "cases {cases}, memos {notes}, framework matrices {matrices}"))
                                 .arg("file", other)
                                 .arg("sources", report.added.sources)
                                 .arg("codes", report.added.codes)
                                 .arg("codings", report.added.codings)
                                 .arg("cases", report.added.cases)
                                 .arg("notes", report.added.notes)
                                 .arg("matrices", report.added.matrices)});
    m_team->showLog(m_teamSession.log());
    showTeamLog();
    return true;
}

}  // namespace edau::gui
