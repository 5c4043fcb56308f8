// SPDX-License-Identifier: GPL-3.0-or-later
/// Teamwork through a shared folder as the desktop app shows it, without wx.
#include "presenters/team_presenter.h"

#include <algorithm>
#include <ctime>
#include <string_view>
#include <utility>

#include "edau/app/framework_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

namespace edau::gui {
namespace {

std::tm localTime(TeamClock::time_point at) {
    const std::time_t t = TeamClock::to_time_t(at);
    std::tm local{};
    localtime_r(&t, &local);
    return local;
}

std::string twoDigits(int n) {
    return (n >= 0 && n < 10 ? "0" : "") + std::to_string(n);
}

std::string stringField(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v != nullptr && v->isString() ? v->asString() : std::string();
}

const Json* objectField(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v != nullptr && v->isObject() ? v : nullptr;
}

std::string coderName(const std::vector<Coder>& coders, const std::string& uuid) {
    for (const Coder& c : coders)
        if (c.uuid == uuid) return c.name;
    return uuid.empty() ? std::string("?") : uuid.substr(0, 8);
}

}  // namespace

Message syncStatusText(std::optional<TeamClock::time_point> lastSynced, const std::optional<std::string>& failure,
                       TeamClock::time_point now) {
    if (failure) return Message(EDAU_MSG("Sync failed: {reason}")).arg("reason", *failure);
    if (!lastSynced) return Message(EDAU_MSG("Not synced"));
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(now - *lastSynced).count();
    if (seconds < 5) return Message(EDAU_MSG("Synced just now"));
    if (seconds < 60) return Message(EDAU_MSG("Synced {seconds} s ago")).arg("seconds", static_cast<long long>(seconds));
    if (seconds < 3600)
        return Message(EDAU_MSG("Synced {minutes} min ago")).arg("minutes", static_cast<long long>(seconds / 60));
    const std::tm local = localTime(*lastSynced);
    return Message(EDAU_MSG("Synced at {time}")).arg("time", twoDigits(local.tm_hour) + ":" + twoDigits(local.tm_min));
}

std::string logTimeText(TeamClock::time_point at, TeamClock::time_point now) {
    const std::tm local = localTime(at);
    const std::tm today = localTime(now);
    const std::string clock = twoDigits(local.tm_hour) + ":" + twoDigits(local.tm_min);
    if (local.tm_year == today.tm_year && local.tm_yday == today.tm_yday) return clock + ":" + twoDigits(local.tm_sec);
    return std::to_string(local.tm_year + 1900) + "-" + twoDigits(local.tm_mon + 1) + "-" + twoDigits(local.tm_mday) + " " +
           clock;
}

std::vector<TeamLogRow> logRowsOf(const Workbench& bench, const SyncReport& report, TeamClock::time_point at) {
    std::vector<TeamLogRow> rows;
    for (const SyncConflict& conflict : report.newConflicts)
        rows.push_back({at, TeamLogKind::Conflict, describeConflict(bench, conflict)});
    for (auto line = report.news.rbegin(); line != report.news.rend(); ++line)
        rows.push_back({at, TeamLogKind::Change, *line});
    for (const JournalSeen& seen : report.journals) {
        if (seen.problem.empty()) continue;
        rows.push_back({at, TeamLogKind::Problem,
                        Message(EDAU_MSG("Not used: {file} ({reason})")).arg("file", seen.file).arg("reason", seen.problem)});
    }
    for (const std::string& refusal : report.refusals) {
        rows.push_back({at, TeamLogKind::Problem,
                        Message(EDAU_MSG("A change from another copy could not be used: {reason}")).arg("reason", refusal)});
    }
    if (report.waiting > 0) {
        rows.push_back({at, TeamLogKind::Problem,
                        Message(EDAU_MSG("{count} changes wait for others they depend on (not synced yet)"))
                            .arg("count", static_cast<long long>(report.waiting))});
    }
    return rows;
}

std::size_t TeamLog::addRound(const Workbench& bench, const SyncReport& report, TeamClock::time_point at) {
    m_lastFailure.clear();
    std::vector<TeamLogRow> rows = logRowsOf(bench, report, at);
    std::size_t added = 0;
    // The rows come newest first: the last one goes in first, so the first ends on top.
    for (auto row = rows.rbegin(); row != rows.rend(); ++row) {
        if (row->kind == TeamLogKind::Problem && !m_problemsSeen.insert(row->text.str()).second) continue;
        add(std::move(*row));
        ++added;
    }
    return added;
}

bool TeamLog::addFailure(const Message& reason, TeamClock::time_point at) {
    const std::string text = reason.str();
    if (text == m_lastFailure) return false;
    m_lastFailure = text;
    add({at, TeamLogKind::Problem, reason});
    return true;
}

void TeamLog::add(TeamLogRow row) {
    m_rows.push_front(std::move(row));
    while (m_rows.size() > m_limit) m_rows.pop_back();
}

void TeamLog::clear() {
    m_rows.clear();
    m_problemsSeen.clear();
    m_lastFailure.clear();
}

std::vector<TeamConflictRow> readConflictRows(const Workbench& bench, bool withSettled) {
    const std::vector<Coder> coders = bench.coders();
    std::vector<TeamConflictRow> rows;
    for (const SyncConflict& conflict : bench.store().conflicts(withSettled)) {
        TeamConflictRow row;
        row.conflict = conflict;
        row.text = describeConflict(bench, conflict);
        if (conflict.kind == "cell-summary") {
            Json detail;
            try {
                detail = Json::parse(conflict.detail);
            } catch (const Error&) {
                detail = Json::object();
            }
            row.cellSummary = true;
            row.matrixUuid = stringField(detail, "matrix");
            row.rowUuid = stringField(detail, "row");
            row.codeUuid = stringField(detail, "code");
            if (const Json* shown = objectField(detail, "shown")) {
                row.shownBy = coderName(coders, stringField(*shown, "coder"));
                row.shownSummary = stringField(*shown, "summary");
            }
            if (const Json* other = objectField(detail, "other")) {
                row.otherBy = coderName(coders, stringField(*other, "coder"));
                row.otherSummary = stringField(*other, "summary");
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

Message conflictsHeading(std::size_t open) {
    if (open == 0) return Message(EDAU_MSG("No conflicts to settle"));
    return Message(EDAU_MSG("Conflicts to settle: {count}")).arg("count", static_cast<long long>(open));
}

std::optional<MatrixCellIndex> conflictCell(const MatrixGridModel& grid, const TeamConflictRow& row) {
    if (!row.cellSummary || grid.matrix().uuid != row.matrixUuid) return std::nullopt;
    const MatrixView& view = grid.view();
    std::optional<std::size_t> rowIndex;
    for (std::size_t i = 0; i < view.rows.size() && !rowIndex; ++i)
        if (view.rows[i].uuid == row.rowUuid) rowIndex = i;
    for (std::size_t i = 0; i < view.documentRows.size() && !rowIndex; ++i)
        if (view.documentRows[i].uuid == row.rowUuid) rowIndex = i;
    if (!rowIndex || *rowIndex >= grid.rowCount()) return std::nullopt;
    for (std::size_t column = 0; column < grid.columnCount(); ++column)
        if (view.columns[column].first.uuid == row.codeUuid) return MatrixCellIndex{*rowIndex, column};
    return std::nullopt;
}

bool autoSyncDue(const AutoSyncState& state, TeamClock::time_point now) {
    if (!state.folderSet || !state.writable || state.roundRunning || state.userBusy) return false;
    if (state.lastKey && now - *state.lastKey < kTypingPause) return false;
    return !state.lastRound || now - *state.lastRound >= kAutoSyncInterval;
}

void TeamSession::reset(std::string folder) {
    m_folder = std::move(folder);
    m_log.clear();
    m_running = false;
    m_lastSynced.reset();
    m_lastTried.reset();
    m_lastKey.reset();
    m_failure.reset();
}

bool TeamSession::startRound(TeamClock::time_point now) {
    if (m_running) return false;
    m_running = true;
    m_lastTried = now;
    return true;
}

void TeamSession::roundDone(const Workbench& bench, const SyncReport& report, TeamClock::time_point now) {
    m_running = false;
    m_lastSynced = now;
    m_failure.reset();
    if (!report.folder.empty()) m_folder = report.folder;
    m_log.addRound(bench, report, now);
}

void TeamSession::roundFailed(const std::string& reason, TeamClock::time_point now) {
    m_running = false;
    m_failure = reason;
    m_log.addFailure(Message(EDAU_MSG("Sync failed: {reason}")).arg("reason", reason), now);
}

bool TeamSession::autoSyncDue(bool writable, bool userBusy, TeamClock::time_point now) const {
    AutoSyncState state;
    state.folderSet = !m_folder.empty();
    state.writable = writable;
    state.roundRunning = m_running;
    state.userBusy = userBusy;
    state.lastRound = m_lastTried;
    state.lastKey = m_lastKey;
    return gui::autoSyncDue(state, now);
}

Message TeamSession::status(TeamClock::time_point now) const {
    return syncStatusText(m_lastSynced, m_failure, now);
}

}  // namespace edau::gui
