// SPDX-License-Identifier: GPL-3.0-or-later
/// Teamwork through a shared folder as the desktop app shows it, without wx: the status bar's
/// "synced 12 s ago", the team log's rows (who changed what, conflicts found, problems), the
/// conflicts waiting to be settled, and when the window may sync by itself.
#pragma once

#include <chrono>
#include <cstddef>
#include <deque>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "edau/app/sync_service.h"
#include "edau/base/message.h"
#include "edau/model/entities.h"
#include "presenters/matrix_presenter.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

using TeamClock = std::chrono::system_clock;

/// How often the window syncs by itself while a shared folder is set.
inline constexpr std::chrono::seconds kAutoSyncInterval{10};
/// A round waits until the keyboard has been quiet this long (someone is typing).
inline constexpr std::chrono::seconds kTypingPause{3};

// --- the status bar

/// What the status bar says about sync: "Synced 12 s ago", "Synced 3 min ago", "Synced at
/// 14:05" (an hour or more), "Synced just now", "Not synced", or "Sync failed: {reason}" when
/// the last round failed (`failure`: why, already in the interface language).
Message syncStatusText(std::optional<TeamClock::time_point> lastSynced, const std::optional<std::string>& failure,
                       TeamClock::time_point now);

// --- the team log

enum class TeamLogKind {
    Change,    ///< another researcher's work arrived ("Sian coded passages with Respite (3)")
    Conflict,  ///< two researchers changed one thing at the same time
    Problem,   ///< a round failed, or a journal or a change could not be used
    Note,      ///< what the window itself did ("Syncing through …")
};

struct TeamLogRow {
    TeamClock::time_point at;
    TeamLogKind kind = TeamLogKind::Note;
    Message text;
};

/// The log's time column: "14:05:32" today, "2024-03-02 14:05" on another day (local time).
std::string logTimeText(TeamClock::time_point at, TeamClock::time_point now);

/// What one round adds to the log, newest first: the conflicts it found, then who changed
/// what (the last change on top), then what could not be used (journals, changes, waiting).
std::vector<TeamLogRow> logRowsOf(const Workbench& bench, const SyncReport& report, TeamClock::time_point at);

/// The team log of one open project: the newest row first, at most `limit` rows. What every
/// round would find again is logged once: a problem with a journal or a change (until the log
/// is cleared), and a failed round (until a round goes well, or it fails for another reason).
class TeamLog {
public:
    explicit TeamLog(std::size_t limit = 1000) : m_limit(limit) {}

    /// Adds a round's rows (logRowsOf); returns how many were added.
    std::size_t addRound(const Workbench& bench, const SyncReport& report, TeamClock::time_point at);
    /// Adds a failed round; false when the same failure is already the latest (not repeated).
    bool addFailure(const Message& reason, TeamClock::time_point at);
    /// Adds one row at the top.
    void add(TeamLogRow row);
    void clear();
    const std::deque<TeamLogRow>& rows() const { return m_rows; }

private:
    std::size_t m_limit;
    std::deque<TeamLogRow> m_rows;
    std::set<std::string> m_problemsSeen;  ///< problems logged since the log was cleared
    std::string m_lastFailure;             ///< the failure logged since the last round that went well
};

// --- conflicts

/// A conflict as the team pane lists it.
struct TeamConflictRow {
    SyncConflict conflict;
    Message text;  ///< describeConflict: "Sian and Llŷr both wrote the summary of …"
    /// A matrix cell's summary written twice: the cell, and both versions.
    bool cellSummary = false;
    std::string matrixUuid;
    std::string rowUuid;  ///< the case's or document's UUID
    std::string codeUuid;
    std::string shownBy;  ///< coder names
    std::string otherBy;
    std::string shownSummary;  ///< the version the cell shows
    std::string otherSummary;  ///< the version kept beside it
};

/// The conflicts waiting to be settled (with settled ones when asked), newest first.
std::vector<TeamConflictRow> readConflictRows(const Workbench& bench, bool withSettled = false);

/// "Conflicts to settle: 2", or "No conflicts to settle".
Message conflictsHeading(std::size_t open);

/// Where a cell-summary conflict's cell is in `grid` (its matrix), if it is still there.
std::optional<MatrixCellIndex> conflictCell(const MatrixGridModel& grid, const TeamConflictRow& row);

// --- when the window syncs by itself

struct AutoSyncState {
    bool folderSet = false;
    bool writable = false;      ///< the project is not open read-only
    bool roundRunning = false;  ///< the previous round has not finished
    /// The user is in the middle of something: a modal dialog, a drag, a menu, a mouse button
    /// held down, or a summary typed but not yet saved.
    bool userBusy = false;
    std::optional<TeamClock::time_point> lastRound;  ///< the last round tried, by hand or not
    std::optional<TeamClock::time_point> lastKey;    ///< the last key pressed in the window
};

/// True when a round should run now: a folder is set, the project can be written, no round is
/// running, the user is not busy or typing (kTypingPause), and kAutoSyncInterval has passed
/// since the last round (or none has run).
bool autoSyncDue(const AutoSyncState& state, TeamClock::time_point now);

/// What the window knows about syncing the open project: its folder, the log, the last round
/// and its outcome, and when the user last typed. One per open project.
class TeamSession {
public:
    /// A project was opened (or closed: empty folder): starts afresh with `folder`.
    void reset(std::string folder);
    const std::string& folder() const { return m_folder; }
    void setFolder(std::string folder) { m_folder = std::move(folder); }

    /// A round is starting; false when one is already running (a round is never nested).
    bool startRound(TeamClock::time_point now);
    /// The round that started went well: logs what it brought.
    void roundDone(const Workbench& bench, const SyncReport& report, TeamClock::time_point now);
    /// The round that started failed: `reason` in the interface language. The status bar says
    /// so until a round goes well; the log says it once.
    void roundFailed(const std::string& reason, TeamClock::time_point now);
    bool roundRunning() const { return m_running; }

    /// A key was pressed in the window (typing holds automatic rounds back).
    void keyPressed(TeamClock::time_point now) { m_lastKey = now; }
    /// Whether an automatic round is due (see autoSyncDue).
    bool autoSyncDue(bool writable, bool userBusy, TeamClock::time_point now) const;

    /// The status bar's words (syncStatusText).
    Message status(TeamClock::time_point now) const;
    std::optional<TeamClock::time_point> lastSynced() const { return m_lastSynced; }
    const std::optional<std::string>& failure() const { return m_failure; }
    TeamLog& log() { return m_log; }
    const TeamLog& log() const { return m_log; }

private:
    std::string m_folder;
    TeamLog m_log;
    bool m_running = false;
    std::optional<TeamClock::time_point> m_lastSynced;
    std::optional<TeamClock::time_point> m_lastTried;
    std::optional<TeamClock::time_point> m_lastKey;
    std::optional<std::string> m_failure;
};

}  // namespace edau::gui
