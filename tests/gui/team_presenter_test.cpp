// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the team presenter: the status bar's "synced 12 s ago", the team log's rows from
// real rounds between copies of a project synced through a temporary folder, the conflicts
// to settle (both versions of a cell's summary, and where the cell is), and when the window
// may sync by itself.
#include "presenters/team_presenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "edau/app/sync_service.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

namespace fs = std::filesystem;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;

/// A small study: a transcript, a case, a theme with a sub-code, a matrix; two copies of it.
struct TwoCopies {
    test::TempDir dir;
    std::string folder;
    std::unique_ptr<Workbench> lowri;
    std::unique_ptr<Workbench> llyr;

    TwoCopies() {
        const std::string base = dir.file("base.edau");
        {
            auto bench = Workbench::create(base, "Gofalwyr");
            auto& s = bench->store();
            const Coder lead = bench->useCoder("Arweinydd");
            const Document sian = s.addDocument(
                {"sian", "sian.txt", "txt", "utf-8",
                 "Cyfwelydd: Sut mae pethau?\nSian: Dw i'n gofalu am fy nhad bob dydd. Does dim seibiant.", "cy"});
            const Case sianCase = s.addCase("Sian");
            s.setDocumentCase(sian.id, sianCase.id);
            const Code theme = s.addCode("Gofalu", std::nullopt);
            const Code respite = s.addCode("Seibiant", theme.id);
            s.addCoding(sian.id, 28, 50, respite.id, lead.id);
            s.addMatrix("Fframwaith", MatrixRowKind::Case, {sianCase.id}, {theme.id, respite.id});
            bench->saveCopy(dir.file("lowri.edau"));
            bench->saveCopy(dir.file("llyr.edau"));
        }
        lowri = Workbench::open(dir.file("lowri.edau"));
        lowri->useCoder("Lowri");
        llyr = Workbench::open(dir.file("llyr.edau"));
        llyr->useCoder("Llŷr");
        fs::create_directory(dir.path() / "shared");
        folder = (dir.path() / "shared").string();
    }

    Code code(Workbench& bench, const std::string& name) {
        for (const Code& c : bench.codes())
            if (c.name == name) return c;
        throw std::runtime_error("no code " + name);
    }

    void writeSummary(Workbench& bench, const std::string& summary) {
        auto& s = bench.store();
        s.setCellSummary(s.matrixByName("Fframwaith")->id, s.caseByName("Sian")->id, code(bench, "Seibiant").id, summary, {});
    }
};

std::vector<std::string> texts(const std::deque<TeamLogRow>& rows) {
    std::vector<std::string> out;
    for (const TeamLogRow& row : rows) out.push_back(row.text.str());
    return out;
}

/// 14:05:09 today, local time.
TeamClock::time_point todayAt(int hour, int minute, int second) {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    local.tm_hour = hour;
    local.tm_min = minute;
    local.tm_sec = second;
    local.tm_isdst = -1;
    return TeamClock::from_time_t(std::mktime(&local));
}

TEST(TeamPresenter, TheStatusBarSaysHowLongAgoTheLastRoundWas) {
    const TeamClock::time_point synced = todayAt(14, 5, 9);
    EXPECT_EQ(syncStatusText(std::nullopt, std::nullopt, synced).str(), "Not synced");
    EXPECT_EQ(syncStatusText(synced, std::nullopt, synced + seconds(2)).str(), "Synced just now");
    const Message twelve = syncStatusText(synced, std::nullopt, synced + seconds(12));
    EXPECT_EQ(twelve.str(), "Synced 12 s ago");
    EXPECT_EQ(twelve.id(), "Synced {seconds} s ago");  // the number stays out of the words to translate
    EXPECT_EQ(syncStatusText(synced, std::nullopt, synced + seconds(59)).str(), "Synced 59 s ago");
    EXPECT_EQ(syncStatusText(synced, std::nullopt, synced + seconds(60)).str(), "Synced 1 min ago");
    EXPECT_EQ(syncStatusText(synced, std::nullopt, synced + minutes(59) + seconds(59)).str(), "Synced 59 min ago");
    EXPECT_EQ(syncStatusText(synced, std::nullopt, synced + hours(2)).str(), "Synced at 14:05");
    // A failure is what matters until a round goes well again.
    EXPECT_EQ(syncStatusText(synced, std::string("the folder has gone"), synced + seconds(12)).str(),
              "Sync failed: the folder has gone");
    EXPECT_EQ(syncStatusText(std::nullopt, std::string("no folder"), synced).str(), "Sync failed: no folder");
}

TEST(TeamPresenter, TheLogGivesTheTimeOfDayAndTheDateForOtherDays) {
    const TeamClock::time_point at = todayAt(9, 3, 7);
    EXPECT_EQ(logTimeText(at, at + minutes(5)), "09:03:07");
    const std::string yesterday = logTimeText(at - hours(24), at);
    ASSERT_EQ(yesterday.size(), std::string("2024-03-02 09:03").size()) << yesterday;
    EXPECT_EQ(yesterday.substr(10), " 09:03");
    EXPECT_EQ(yesterday[4], '-');
}

TEST(TeamPresenter, ARoundsNewsGoesIntoTheLogNewestFirst) {
    TwoCopies team;
    const Document sian = *team.lowri->store().documentByName("sian");
    team.lowri->store().addCoding(sian.id, 56, 75, team.code(*team.lowri, "Seibiant").id, team.lowri->currentCoder()->id);
    team.lowri->store().addCode("Teulu", std::nullopt);
    syncProject(*team.lowri, team.folder);

    TeamLog log;
    const TeamClock::time_point at = TeamClock::now();
    const SyncReport report = syncProject(*team.llyr, team.folder);
    ASSERT_GT(report.applied, 0);
    const std::vector<TeamLogRow> rows = logRowsOf(*team.llyr, report, at);
    ASSERT_EQ(rows.size(), report.news.size());
    for (const TeamLogRow& row : rows) EXPECT_EQ(row.kind, TeamLogKind::Change);
    // The round's last change on top.
    EXPECT_EQ(rows.front().text.str(), report.news.back().str());
    EXPECT_EQ(rows.front().text.str(), "Lowri added code Teulu");

    EXPECT_EQ(log.addRound(*team.llyr, report, at), rows.size());
    const std::vector<std::string> lines = texts(log.rows());
    EXPECT_EQ(lines.front(), "Lowri added code Teulu");
    EXPECT_NE(std::find(lines.begin(), lines.end(), "Lowri coded passages with Seibiant (1)"), lines.end());
    // Lowri was added while Arweinydd was the copy's coder: the line names who joined.
    EXPECT_NE(std::find(lines.begin(), lines.end(), "Lowri joined the project"), lines.end());

    // A later round's news goes above the earlier one's.
    team.lowri->store().addCode("Arian", std::nullopt);
    syncProject(*team.lowri, team.folder);
    log.addRound(*team.llyr, syncProject(*team.llyr, team.folder), at + seconds(10));
    EXPECT_EQ(log.rows().front().text.str(), "Lowri added code Arian");
    EXPECT_EQ(log.rows()[1].text.str(), "Lowri added code Teulu");
    // A quiet round adds nothing.
    EXPECT_EQ(log.addRound(*team.llyr, syncProject(*team.llyr, team.folder), at + seconds(20)), 0u);
}

TEST(TeamPresenter, AProblemEveryRoundFindsAgainIsLoggedOnce) {
    TwoCopies team;
    test::writeFile((fs::path(team.folder) / "future.edau-journal").string(),
                    "EDAU-JOURNAL 9\n{\"project\":\"x\",\"copy\":\"y\"}\n");
    TeamLog log;
    const SyncReport first = syncProject(*team.lowri, team.folder);
    ASSERT_EQ(first.journals.size(), 1u);
    const std::vector<TeamLogRow> rows = logRowsOf(*team.lowri, first, TeamClock::now());
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows.front().kind, TeamLogKind::Problem);
    EXPECT_EQ(rows.front().text.id(), "Not used: {file} ({reason})");
    EXPECT_NE(rows.front().text.str().find("future.edau-journal"), std::string::npos);
    EXPECT_EQ(log.addRound(*team.lowri, first, TeamClock::now()), 1u);
    EXPECT_EQ(log.addRound(*team.lowri, syncProject(*team.lowri, team.folder), TeamClock::now()), 0u);
    EXPECT_EQ(log.rows().size(), 1u);
}

TEST(TeamPresenter, ConflictsListBothVersionsOfACellAndWhereItIs) {
    TwoCopies team;
    EXPECT_TRUE(readConflictRows(*team.lowri).empty());
    EXPECT_EQ(conflictsHeading(0).str(), "No conflicts to settle");
    team.writeSummary(*team.lowri, "Gofalu am ei thad bob dydd.");
    team.writeSummary(*team.llyr, "Dim seibiant o gwbl.");
    syncProject(*team.lowri, team.folder);
    syncProject(*team.llyr, team.folder);
    const SyncReport report = syncProject(*team.lowri, team.folder);
    ASSERT_EQ(report.newConflicts.size(), 1u);

    // The round's log names the conflict.
    const std::vector<TeamLogRow> rows = logRowsOf(*team.lowri, report, TeamClock::now());
    ASSERT_FALSE(rows.empty());
    EXPECT_EQ(rows.front().kind, TeamLogKind::Conflict);
    EXPECT_NE(rows.front().text.str().find("both wrote the summary"), std::string::npos) << rows.front().text.str();

    const std::vector<TeamConflictRow> conflicts = readConflictRows(*team.lowri);
    ASSERT_EQ(conflicts.size(), 1u);
    const TeamConflictRow& row = conflicts.front();
    EXPECT_TRUE(row.cellSummary);
    EXPECT_EQ(row.text.str(), describeConflict(*team.lowri, row.conflict).str());
    EXPECT_EQ(std::set<std::string>({row.shownBy, row.otherBy}), (std::set<std::string>{"Lowri", "Llŷr"}));
    EXPECT_EQ(std::set<std::string>({row.shownSummary, row.otherSummary}),
              (std::set<std::string>{"Gofalu am ei thad bob dydd.", "Dim seibiant o gwbl."}));
    EXPECT_EQ(conflictsHeading(conflicts.size()).str(), "Conflicts to settle: 1");

    // The cell: row Sian, column Seibiant (the second column).
    const MatrixGridModel grid = MatrixGridModel::read(*team.lowri, "Fframwaith");
    EXPECT_EQ(row.matrixUuid, grid.matrix().uuid);
    const std::optional<MatrixCellIndex> cell = conflictCell(grid, row);
    ASSERT_TRUE(cell.has_value());
    EXPECT_EQ(cell->row, 0u);
    EXPECT_EQ(cell->column, 1u);
    EXPECT_EQ(grid.columnName(cell->column), "Seibiant");
    TeamConflictRow notACell = row;
    notACell.cellSummary = false;
    EXPECT_FALSE(conflictCell(grid, notACell).has_value());

    // Settled: off the list, there only when asked for.
    team.lowri->store().settleConflict(row.conflict.id);
    EXPECT_TRUE(readConflictRows(*team.lowri).empty());
    ASSERT_EQ(readConflictRows(*team.lowri, true).size(), 1u);
    EXPECT_TRUE(readConflictRows(*team.lowri, true).front().conflict.settled);
}

TEST(TeamPresenter, TheWindowSyncsByItselfOnlyWhenNothingIsInTheWay) {
    const TeamClock::time_point now = TeamClock::now();
    AutoSyncState state;
    state.folderSet = true;
    state.writable = true;
    EXPECT_TRUE(autoSyncDue(state, now));  // never synced yet
    state.lastRound = now - seconds(4);
    EXPECT_FALSE(autoSyncDue(state, now));
    state.lastRound = now - kAutoSyncInterval;
    EXPECT_TRUE(autoSyncDue(state, now));

    AutoSyncState busy = state;
    busy.userBusy = true;
    EXPECT_FALSE(autoSyncDue(busy, now));
    AutoSyncState running = state;
    running.roundRunning = true;
    EXPECT_FALSE(autoSyncDue(running, now));
    AutoSyncState typing = state;
    typing.lastKey = now - seconds(1);
    EXPECT_FALSE(autoSyncDue(typing, now));
    typing.lastKey = now - kTypingPause;
    EXPECT_TRUE(autoSyncDue(typing, now));
    AutoSyncState noFolder = state;
    noFolder.folderSet = false;
    EXPECT_FALSE(autoSyncDue(noFolder, now));
    AutoSyncState readOnly = state;
    readOnly.writable = false;
    EXPECT_FALSE(autoSyncDue(readOnly, now));
}

TEST(TeamPresenter, ASessionRunsOneRoundAtATimeAndSaysAFailureOnce) {
    TwoCopies team;
    TeamSession session;
    const TeamClock::time_point start = TeamClock::now();
    EXPECT_FALSE(session.autoSyncDue(true, false, start));  // no folder yet
    EXPECT_EQ(session.status(start).str(), "Not synced");
    session.reset(team.folder);
    EXPECT_TRUE(session.autoSyncDue(true, false, start));

    ASSERT_TRUE(session.startRound(start));
    EXPECT_FALSE(session.startRound(start));  // not while one runs
    EXPECT_FALSE(session.autoSyncDue(true, false, start + hours(1)));
    session.roundDone(*team.lowri, syncProject(*team.lowri, session.folder()), start);
    EXPECT_FALSE(session.roundRunning());
    EXPECT_EQ(session.status(start + seconds(12)).str(), "Synced 12 s ago");
    EXPECT_FALSE(session.autoSyncDue(true, false, start + seconds(5)));
    EXPECT_TRUE(session.autoSyncDue(true, false, start + seconds(10)));
    session.keyPressed(start + seconds(9));
    EXPECT_FALSE(session.autoSyncDue(true, false, start + seconds(10)));

    // The folder goes: the status bar says so; the log says it once, not every round.
    ASSERT_TRUE(session.startRound(start + seconds(20)));
    session.roundFailed("The shared folder has gone", start + seconds(20));
    ASSERT_TRUE(session.startRound(start + seconds(30)));
    session.roundFailed("The shared folder has gone", start + seconds(30));
    EXPECT_EQ(session.status(start + seconds(31)).str(), "Sync failed: The shared folder has gone");
    EXPECT_EQ(texts(session.log().rows()), (std::vector<std::string>{"Sync failed: The shared folder has gone"}));
    EXPECT_EQ(session.log().rows().front().kind, TeamLogKind::Problem);
    // Back again: the status bar forgets the failure.
    ASSERT_TRUE(session.startRound(start + seconds(40)));
    session.roundDone(*team.lowri, syncProject(*team.lowri, session.folder()), start + seconds(40));
    EXPECT_EQ(session.status(start + seconds(40)).str(), "Synced just now");
    EXPECT_FALSE(session.failure().has_value());

    session.reset({});  // the project closed
    EXPECT_TRUE(session.log().rows().empty());
    EXPECT_TRUE(session.folder().empty());
}

}  // namespace
}  // namespace edau::gui
