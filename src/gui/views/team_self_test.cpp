// SPDX-License-Identifier: GPL-3.0-or-later
/// A scripted run of the real main window (edau --self-test team), for the gui tests.
#include "views/team_self_test.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>

#include <wx/menu.h>
#include <wx/statusbr.h>

#include "edau/app/exchange_service.h"
#include "edau/app/framework_service.h"
#include "edau/app/sync_service.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/codebook_presenter.h"
#include "presenters/matrix_presenter.h"
#include "views/codebook_panel.h"
#include "views/document_panel.h"
#include "views/main_frame.h"
#include "views/matrix_editor.h"
#include "views/query_commands.h"
#include "views/team_commands.h"
#include "views/team_panel.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

namespace fs = std::filesystem;

/// The other researcher, with a name that is not plain ASCII.
constexpr const char* kOtherCoder = "Llŷr";

std::size_t stripesOver(const DocumentPanel& panel, RowId code, RowId coder, const TextRange& passage) {
    const auto& stripes = panel.stripeLayout().stripes();
    return static_cast<std::size_t>(std::count_if(stripes.begin(), stripes.end(), [&](const Stripe& s) {
        return s.codeId == code && s.coderId == coder && s.start == passage.start && s.end == passage.end;
    }));
}

std::int64_t codingsOf(const MainFrame& frame, RowId code) {
    const CodebookRow* row = frame.codebookPanel()->rowOf(code);
    return row != nullptr ? row->codings : -1;
}

bool logShows(const TeamPanel& panel, const std::string& line) {
    for (std::size_t row = 0; row < panel.logRowCount(); ++row)
        if (panel.logText(row) == line) return true;
    return false;
}

}  // namespace

bool runTeamSelfTest(MainFrame& frame, std::ostream& log) {
    int failures = 0;
    auto check = [&](bool passed, const std::string& what) {
        log << (passed ? "ok: " : "FAILED: ") << what << '\n';
        if (!passed) ++failures;
        return passed;
    };

    if (!check(frame.workbench() != nullptr && !frame.workbench()->readOnly(), "a writable project is open")) return false;
    Workbench& mine = *frame.workbench();
    TeamPanel& team = *frame.teamPanel();

    // A folder beside the project, and a second copy of it as a teammate would have.
    const fs::path work = fs::path(mine.path()).parent_path() / "team-self-test";
    std::error_code ignored;
    fs::remove_all(work, ignored);
    fs::create_directories(work / "shared");
    const std::string folder = (work / "shared").string();
    const std::string theirPath = (work / "their-copy.edau").string();
    mine.saveCopy(theirPath);

    // 1. Team > Shared folder…, without its dialog: the folder is remembered, one round runs.
    if (!check(frame.setSharedFolder(folder), "choosing the shared folder syncs once")) return false;
    check(syncFolderOf(mine) == folder, "the project remembers the folder");
    check(frame.GetStatusBar() != nullptr &&
              frame.GetStatusBar()->GetStatusText(3) == translate(Message(EDAU_MSG("Synced just now"))),
          "the status bar says it synced just now");

    // 2. The teammate codes a passage of the first source with the first code, and syncs.
    if (!check(frame.showView("document"), "--show document opens the first source")) return false;
    DocumentPanel* panel = frame.currentDocument();
    if (!check(panel != nullptr && !frame.codebookPanel()->rows().empty(), "a source and a code are there")) return false;
    const Document document = panel->model().document;
    const Code code = frame.codebookPanel()->rows().front().code;
    const std::int64_t start = panel->model().speakerLabels.empty() ? 0 : panel->model().speakerLabels.front().end + 1;
    const TextRange passage{start + 3, std::min<std::int64_t>(start + 41, panel->model().text.codePoints())};
    const std::int64_t countBefore = codingsOf(frame, code.id);
    {
        auto theirs = Workbench::open(theirPath);
        const Coder coder = theirs->useCoder(kOtherCoder);
        const auto theirDocument = theirs->store().documentByUuid(document.uuid);
        const auto theirCode = theirs->store().codeByUuid(code.uuid);
        if (!check(theirDocument && theirCode, "the copy holds the same source and code")) return false;
        theirs->store().addCoding(theirDocument->id, passage.start, passage.end, theirCode->id, coder.id);
        const SyncReport sent = syncProject(*theirs, folder);
        check(sent.sent > 0, "the copy sends its coding to the folder");
    }

    // 3. Team > Sync now brings it in: the log says who did what, the views show it.
    frame.runCommand(kSyncNowCommand);
    const auto other = mine.store().coderByName(kOtherCoder);
    if (!check(other.has_value(), "the other researcher is now a coder of this project")) return false;
    const std::string line = toUtf8(translate(Message(EDAU_MSG("{coder} coded passages with {code} ({count})"))
                                                  .arg("coder", kOtherCoder)
                                                  .arg("code", code.name)
                                                  .arg("count", 1LL)));
    check(logShows(team, line), "the team log shows \"" + line + "\"");
    check(team.logRowCount() > 0 && team.logText(0) == line, "newest first: that line is on top");
    panel = frame.currentDocument();
    check(panel != nullptr && stripesOver(*panel, code.id, other->id, passage) == 1,
          "the document shows the other researcher's stripe over the passage");
    check(codingsOf(frame, code.id) == countBefore + 1, "the codebook counts the coding that arrived");

    // 4. Team > Blind coding: each coder sees only their own codings; and back.
    frame.runCommand(kBlindCodingCommand);
    check(mine.store().blindCoding(), "blind coding is on");
    panel = frame.currentDocument();
    check(panel != nullptr && stripesOver(*panel, code.id, other->id, passage) == 0, "the other researcher's stripe is hidden");
    check(codingsOf(frame, code.id) < countBefore + 1, "the codebook counts only this coder's codings");
    frame.runCommand(kBlindCodingCommand);
    check(!mine.store().blindCoding(), "blind coding is off again");
    panel = frame.currentDocument();
    check(panel != nullptr && stripesOver(*panel, code.id, other->id, passage) == 1, "the stripe is back");
    check(codingsOf(frame, code.id) == countBefore + 1, "so is the count");

    // 5. Both write one cell's summary before they sync: a conflict, both versions kept.
    const std::vector<Matrix> matrices = mine.matrices();
    if (!check(!matrices.empty(), "the project has a framework matrix")) return false;
    const MatrixGridModel grid = MatrixGridModel::read(mine, matrices.front().name);
    if (!check(grid.rowCount() > 0 && grid.columnCount() > 0, "the matrix has a cell")) return false;
    const std::string rowName = grid.rowName(0);
    const std::string codePath = grid.columnPath(0);
    const std::string mySummary = "Mae hi'n gofalu am ei thad bob dydd.";
    const std::string theirSummary = "Gofalu bob dydd, heb seibiant.";
    writeSummary(mine, matrices.front().name, rowName, codePath, mySummary, {});
    frame.projectChanged();
    {
        auto theirs = Workbench::open(theirPath);
        theirs->useCoder(kOtherCoder);
        writeSummary(*theirs, matrices.front().name, rowName, codePath, theirSummary, {});
        syncProject(*theirs, folder);
    }
    check(frame.syncNow(), "Sync now runs again");
    const std::vector<TeamConflictRow>& conflicts = team.conflicts();
    if (!check(conflicts.size() == 1 && conflicts.front().cellSummary, "one cell-summary conflict is listed")) return false;
    const TeamConflictRow conflict = conflicts.front();
    check(team.selectedConflict() == std::optional<std::size_t>(0), "it is selected, being the only one");
    const std::string detail = team.conflictDetail();
    check(detail.find(mySummary) != std::string::npos && detail.find(theirSummary) != std::string::npos,
          "both versions of the summary are shown");
    check(logShows(team, toUtf8(translate(conflict.text))), "the log lists the conflict too");

    if (team.onShow) team.onShow(conflict);  // the Show button
    const MatrixEditor* editor = frame.currentMatrixEditor();
    check(editor != nullptr && editor->matrixUuid() == conflict.matrixUuid, "Show opens the matrix");
    check(editor != nullptr && editor->selectedCell() == conflictCell(editor->model(), conflict), "at the cell in conflict");

    if (team.onSettle) team.onSettle(conflict);  // the Settle button
    check(team.conflicts().empty(), "Settle takes the conflict off the list");
    check(mine.store().conflicts().empty() && mine.store().conflicts(true).size() == 1, "and the project has it settled");

    // 5. Team > Merge a colleague's copy…: two codes made separately at one path; the answer
    // "not the same" for one of them keeps it apart, the other is joined.
    {
        const std::string sentPath = (work / "sent-by-email.edau").string();
        mine.saveCopy(sentPath);
        mine.store().addCode("Ffydd", std::nullopt);
        mine.store().addCode("Gwaith", std::nullopt);
        frame.projectChanged();
        auto sent = Workbench::open(sentPath);
        sent->store().addCode("Ffydd", std::nullopt);
        sent->store().addCode("Gwaith", std::nullopt);
    }
    const std::size_t codesBefore = mine.store().codes().size();
    check(frame.mergeColleaguesCopy((work / "sent-by-email.edau").string(), false, {"Gwaith"}), "a colleague's copy merges");
    std::size_t faith = 0, work2 = 0;
    for (const auto& c : mine.store().codes()) {
        if (c.name.rfind("Ffydd", 0) == 0) ++faith;
        if (c.name.rfind("Gwaith", 0) == 0) ++work2;
    }
    check(faith == 1 && work2 == 2 && mine.store().codes().size() == codesBefore + 1,
          "the code said to be the same is joined, the other is kept apart");

    // 6. Project > Exchange with other QDA programs: out as .qdpx and .qdc, and back in, where
    // everything is already there and nothing is added twice; a file that is no REFI-QDA file
    // is refused and changes nothing.
    wxMenuBar* bar = frame.GetMenuBar();
    check(bar != nullptr && bar->FindItem(kExportQdpxCommand) != nullptr && bar->FindItem(kImportQdpxCommand) != nullptr,
          "the Project menu offers the REFI-QDA exchange");
    const std::string qdpx = (work / "for-nvivo.qdpx").string();
    const std::string qdc = (work / "codebook.qdc").string();
    check(frame.exportQdpxTo(qdpx) && fs::file_size(qdpx) > 0, "the project is exported as .qdpx");
    check(frame.exportQdcTo(qdc) && fs::file_size(qdc) > 0, "the codebook is exported as .qdc");
    const std::size_t codes = mine.store().codes().size(), sources = mine.store().documents().size();
    check(frame.importQdpxFrom(qdpx), "the .qdpx is imported again");
    check(mine.store().codes().size() == codes && mine.store().documents().size() == sources,
          "importing what the project already holds adds nothing");
    // A codebook from another program with "Ffydd" made there on its own: asked about (here
    // answered "not the same"), it comes in beside ours.
    const std::string theirCodebook = (work / "their-codebook.qdc").string();
    {
        auto sent = Workbench::open((work / "sent-by-email.edau").string(), OpenOptions{.readOnly = true});
        exportQdc(*sent, theirCodebook);
    }
    check(frame.importQdpxFrom(theirCodebook, false, {"Ffydd"}), "a codebook with a code at one of our paths is imported");
    std::size_t faiths = 0;
    for (const auto& c : mine.store().codes())
        if (c.name.rfind("Ffydd", 0) == 0) ++faiths;
    check(faiths == 2 && mine.store().codes().size() == codes + 1, "the code said not to be the same is kept apart");
    const std::string notQdpx = (work / "not-refi.qdpx").string();
    { std::ofstream(notQdpx) << "This is a letter, not a project."; }
    check(!frame.importQdpxFrom(notQdpx) && mine.store().codes().size() == codes + 1,
          "a file that is no REFI-QDA file is refused");
    return failures == 0;
}

}  // namespace edau::gui
