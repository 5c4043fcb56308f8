// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli's contract: commands, JSON fields and exit codes (../guide/CLI.md).
#include "cli_run.h"

#include <gtest/gtest.h>

#include <libintl.h>

#include <clocale>
#include <cstdlib>
#include <sstream>

#include "edau/app/paths.h"
#include "edau/app/workbench.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau::cli {
namespace {

using test::TempDir;

using harness::CliRun;
using harness::run;

TEST(Cli, NewInfoAndCoderWorkTogether) {
    TempDir dir;
    std::string path = dir.file("gofal.edau");
    CliRun created = run({"new", path, "--name", "Gofal yn y cyfnod clo"});
    ASSERT_EQ(created.code, kSuccess) << created.err;
    EXPECT_EQ(created.out, path + "\n");
    ASSERT_EQ(run({"coder", path, "Siân"}).code, kSuccess);
    CliRun info = run({"info", path, "--json"});
    ASSERT_EQ(info.code, kSuccess) << info.err;
    Json j = Json::parse(info.out);
    EXPECT_EQ(j.find("name")->asString(), "Gofal yn y cyfnod clo");
    EXPECT_EQ(j.find("schema_version")->asInteger(), kSchemaVersion);
    for (const char* field : {"documents", "cases", "codes", "codings", "memos", "matrices"})
        EXPECT_EQ(j.find(field)->asInteger(), 0) << field;
    EXPECT_EQ(j.find("coders")->asInteger(), 1);
    EXPECT_EQ(j.find("current_coder")->asString(), "Siân");
}

TEST(Cli, NewAddsTheEdauExtension) {
    TempDir dir;
    CliRun r = run({"new", dir.file("prosiect")});
    ASSERT_EQ(r.code, kSuccess) << r.err;
    EXPECT_TRUE(std::filesystem::exists(dir.file("prosiect.edau")));
}

TEST(Cli, DemoBuildsTheSampleAndInfoCountsIt) {
    TempDir dir;
    CliRun demo = run({"demo", dir.file("demo")});
    ASSERT_EQ(demo.code, kSuccess) << demo.err;
    std::string path = demo.out.substr(0, demo.out.size() - 1);
    Json j = Json::parse(run({"info", path, "--json"}).out);
    EXPECT_GE(j.find("documents")->asInteger(), 5);
    EXPECT_EQ(j.find("cases")->asInteger(), j.find("documents")->asInteger());
    Json docs = Json::parse(run({"docs", path, "--json"}).out);
    ASSERT_EQ(static_cast<std::int64_t>(docs.size()), j.find("documents")->asInteger());
    const Json& first = docs.asArray().front();
    for (const char* field : {"id", "name", "format", "characters", "turns", "case", "language"})
        EXPECT_NE(first.find(field), nullptr) << field;
    Json turns = Json::parse(run({"turns", path, first.find("name")->asString(), "--json"}).out);
    EXPECT_EQ(static_cast<std::int64_t>(turns.size()), first.find("turns")->asInteger());
    CliRun text = run({"text", path, first.find("name")->asString()});
    EXPECT_EQ(static_cast<std::int64_t>(text.out.size()) >= first.find("characters")->asInteger(), true);
    CliRun check = run({"check", path});
    EXPECT_EQ(check.code, kSuccess) << check.out;
}

TEST(Cli, ExitCodesFollowTheContract) {
    TempDir dir;
    std::string project = dir.file("p.edau");
    ASSERT_EQ(run({"new", project}).code, kSuccess);
    test::writeFile(dir.file("notes.edau"), "Cyfwelydd: helo\n");
    struct Row {
        std::vector<std::string> args;
        int code;
        const char* words;
    };
    const std::vector<Row> table = {
        {{"info", dir.file("missing.edau")}, kUserError, "There is no project file"},
        {{"info", dir.file("notes.edau")}, kProjectError, "is not an Edau project"},
        {{"frobnicate", project}, kUserError, "Unknown command frobnicate"},
        {{"info"}, kUserError, "Usage: edau-cli info"},
        {{"info", project, "--colour"}, kUserError, "does not know the option --colour"},
        {{"new", project}, kUserError, "already exists"},
        {{"text", project, "nope"}, kUserError, "There is no document called nope"},
        {{}, kUserError, "Usage: edau-cli COMMAND"},
    };
    for (const auto& row : table) {
        CliRun r = run(row.args);
        EXPECT_EQ(r.code, row.code) << r.err;
        EXPECT_NE(r.err.find(row.words), std::string::npos) << "stderr was: " << r.err;
    }
}

TEST(Cli, WritingToAProjectOpenElsewhereIsRefusedButReadingWorks) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    auto holder = Workbench::create(path, "p");
    CliRun write = run({"coder", path, "Ben"});
    EXPECT_EQ(write.code, kProjectError);
    EXPECT_NE(write.err.find("open in another Edau"), std::string::npos) << write.err;
    CliRun read = run({"info", path, "--json"});
    EXPECT_EQ(read.code, kSuccess) << read.err;
    EXPECT_EQ(holder->summary().counts.coders, 0);
}

TEST(Cli, HelpAndVersionSucceed) {
    CliRun help = run({"--help"});
    EXPECT_EQ(help.code, kSuccess);
    for (const char* verb : {"new", "info", "check", "coder", "demo"})
        EXPECT_NE(help.out.find(verb), std::string::npos) << verb;
    CliRun version = run({"--version"});
    EXPECT_EQ(version.code, kSuccess);
    EXPECT_EQ(version.out.rfind("edau-cli ", 0), 0u);
    EXPECT_EQ(run({"info", "--help"}).code, kSuccess);
}

}  // namespace
}  // namespace edau::cli

namespace edau::cli {
namespace {

TEST(CliCoding, CodeListUndoAndRedoThroughTheCommandLine) {
    test::TempDir dir;
    std::string demo = dir.file("demo");
    CliRun built = run({"demo", demo});
    ASSERT_EQ(built.code, kSuccess) << built.err;
    std::string project = built.out.substr(0, built.out.size() - 1);
    ASSERT_EQ(run({"codes", "add", project, "Cymorth/Seibiant", "--description", "Respite", "--colour", "#ff7f0e"}).code,
              kSuccess);
    CliRun coded = run({"code", project, "--document", "carer-01-sian", "--start", "0", "--end", "9", "--code",
                        "Cymorth/Seibiant"});
    ASSERT_EQ(coded.code, kSuccess) << coded.err;
    std::string codingId = coded.out.substr(0, coded.out.size() - 1);
    Json list = Json::parse(run({"codings", project, "--code", "Cymorth/Seibiant", "--json"}).out);
    ASSERT_EQ(list.size(), 1u);
    const Json& c = list.asArray()[0];
    EXPECT_EQ(c.find("id")->asString(), codingId);
    EXPECT_EQ(c.find("coder")->asString(), "Lowri");
    EXPECT_EQ(c.find("text")->asString(), "Cyfwelydd");
    std::size_t withIt = Json::parse(run({"codings", project, "--json"}).out).size();
    CliRun undone = run({"undo", project});
    EXPECT_EQ(undone.code, kSuccess) << undone.err;
    EXPECT_EQ(Json::parse(run({"codings", project, "--json"}).out).size(), withIt - 1);
    EXPECT_EQ(run({"redo", project}).code, kSuccess);
    EXPECT_EQ(Json::parse(run({"codings", project, "--json"}).out).size(), withIt);
    std::size_t codesBefore = Json::parse(run({"codes", project, "--json"}).out).size();
    CliRun refused = run({"codes", "delete", project, "Cymorth"});
    EXPECT_EQ(refused.code, kUserError);
    EXPECT_NE(refused.err.find("1 codings"), std::string::npos) << refused.err;
    EXPECT_EQ(run({"codes", "delete", project, "Cymorth", "--yes"}).code, kSuccess);
    EXPECT_EQ(Json::parse(run({"codes", project, "--json"}).out).size(), codesBefore - 2);
    EXPECT_EQ(run({"memo", project, "--on", "document:carer-01-sian", "--text", "Cyfweliad cynnes"}).code, kSuccess);
    EXPECT_EQ(run({"code", project, "--document", "carer-01-sian", "--start", "5", "--end", "2", "--code", "X"}).code,
              kUserError);
}

}  // namespace
}  // namespace edau::cli

namespace edau::cli {
namespace {

TEST(CliAgreement, ReportsPerCodeFiguresAndHowTheyAreMade) {
    test::TempDir dir;
    CliRun built = run({"demo", dir.file("demo")});
    ASSERT_EQ(built.code, kSuccess) << built.err;
    std::string p = built.out.substr(0, built.out.size() - 1);
    ASSERT_EQ(run({"codes", "add", p, "Gofal"}).code, kSuccess);
    ASSERT_EQ(run({"code", p, "--document", "carer-01-sian", "--start", "0", "--end", "200", "--code", "Gofal",
                   "--coder", "Ben"}).code, kSuccess);
    ASSERT_EQ(run({"code", p, "--document", "carer-01-sian", "--start", "100", "--end", "400", "--code", "Gofal",
                   "--coder", "Lowri"}).code, kSuccess);
    CliRun json = run({"agreement", p, "--coders", "Lowri,Ben", "--code", "Gofal", "--json"});
    ASSERT_EQ(json.code, kSuccess) << json.err;
    Json rows = Json::parse(json.out);
    const Json* found = nullptr;
    for (const auto& r : rows.asArray())
        if (r.find("code")->asString() == "Gofal") found = &r;
    ASSERT_NE(found, nullptr) << json.out;
    const Json& row = *found;
    // Coded text only: 100 characters both, 100 Ben only, 200 Lowri only → 100/400 = 25%.
    EXPECT_DOUBLE_EQ(row.find("percent_coded_only")->asNumber(), 25.0);
    CliRun human = run({"agreement", p, "--coders", "Lowri,Ben", "--unit", "turn"});
    EXPECT_NE(human.out.find("alpha"), std::string::npos);
    EXPECT_NE(human.out.find("kappa"), std::string::npos);
    CliRun sentences = run({"agreement", p, "--coders", "Lowri,Ben", "--unit", "sentence", "--json"});
    EXPECT_EQ(sentences.code, kSuccess) << sentences.err;
    EXPECT_NE(Json::parse(sentences.out).asArray()[0].find("alpha"), nullptr);
    EXPECT_EQ(run({"agreement", p, "--coders", "Lowri"}).code, kUserError);
    EXPECT_EQ(run({"agreement", p, "--coders", "Lowri,Nobody"}).code, kUserError);

    // Lowri also codes a source Ben never coded (in the sample he has no coding there): it counts
    // against him unless --shared-only.
    ASSERT_EQ(run({"code", p, "--document", "carer-02-llyr", "--start", "0", "--end", "200", "--code", "Gofal",
                   "--coder", "Lowri"}).code, kSuccess);
    auto percent = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> args{"agreement", p, "--coders", "Lowri,Ben", "--code", "Gofal", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        CliRun r = run(args);
        EXPECT_EQ(r.code, kSuccess) << r.err;
        const Json answer = Json::parse(r.out);
        for (const auto& entry : answer.asArray())
            if (entry.find("code")->asString() == "Gofal") return entry.find("percent_coded_only")->asNumber();
        return -1.0;
    };
    // Every source: 100 both, 100 Ben only, 400 Lowri only → 100/600 (shown to one decimal);
    // shared sources: 100/400 as before.
    EXPECT_NEAR(percent({}), 16.7, 1e-9);
    EXPECT_DOUBLE_EQ(percent({"--shared-only"}), 25.0);
}

}  // namespace
}  // namespace edau::cli

namespace edau::cli {
namespace {

TEST(CliExport, TheSampleMatrixPassagesAndCodebookExportInEveryFormat) {
    test::TempDir dir;
    CliRun built = run({"demo", dir.file("demo")});
    ASSERT_EQ(built.code, kSuccess) << built.err;
    std::string p = built.out.substr(0, built.out.size() - 1);
    for (const char* ext : {"xlsx", "docx", "csv", "html", "md"}) {
        std::string out = dir.file(std::string("support.") + ext);
        CliRun r = run({"matrix", "export", p, "Support", "-o", out});
        ASSERT_EQ(r.code, kSuccess) << ext << ": " << r.err;
        std::string bytes = test::readFile(out);
        EXPECT_GT(bytes.size(), 500u) << ext;
        if (std::string(ext) == "docx" || std::string(ext) == "xlsx") {
            EXPECT_EQ(bytes.substr(0, 2), "PK") << ext;
        }
    }
    std::string csv = test::readFile(dir.file("support.csv"));
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");  // Excel reads Welsh only with the BOM
    EXPECT_NE(csv.find("carer-01-sian"), std::string::npos);
    EXPECT_EQ(run({"report", p, "--code", "Support", "-o", dir.file("passages.html")}).code, kSuccess);
    EXPECT_NE(test::readFile(dir.file("passages.html")).find("Respite"), std::string::npos);
    EXPECT_EQ(run({"codes", "export", p, "-o", dir.file("codebook.docx")}).code, kSuccess);
    EXPECT_EQ(run({"matrix", "export", p, "Support", "-o", dir.file("x.pdf")}).code, kUserError);
    EXPECT_EQ(run({"matrix", "export", p, "Nope", "-o", dir.file("x.csv")}).code, kUserError);
}

}  // namespace
}  // namespace edau::cli

namespace edau::cli {
namespace {

TEST(CliMsc, TheSampleShowsItsSelectionRoundAndNewChoicesAreRecorded) {
    test::TempDir dir;
    CliRun built = run({"demo", dir.file("demo")});
    ASSERT_EQ(built.code, kSuccess) << built.err;
    std::string p = built.out.substr(0, built.out.size() - 1);
    Json rounds = Json::parse(run({"msc", "show", p, "--json"}).out);
    ASSERT_EQ(rounds.size(), 1u);
    EXPECT_EQ(rounds.asArray()[0].find("stories")->size(), 2u);
    ASSERT_EQ(run({"msc", "round", p, "Panel 2", "--panel", "Steering group"}).code, kSuccess);
    ASSERT_EQ(run({"msc", "select", p, "Panel 2", "--case", "msc-02-donna", "--domain", "Change/Skills and learning",
                   "--chosen", "yes", "--reason", "Showed the route back into learning."}).code, kSuccess);
    rounds = Json::parse(run({"msc", "show", p, "--json"}).out);
    ASSERT_EQ(rounds.size(), 2u);
    const Json& story = rounds.asArray()[1].find("stories")->asArray()[0];
    EXPECT_EQ(story.find("story")->asString(), "msc-02-donna");
    EXPECT_TRUE(story.find("chosen")->asBool());
    EXPECT_EQ(run({"msc", "select", p, "Panel 9", "--case", "msc-02-donna"}).code, kUserError);
}

}  // namespace
}  // namespace edau::cli

namespace edau::cli {
namespace {

/// A project without cases: two sets of field notes, a theme with two sub-codes, three codings.
struct FieldNotes {
    test::TempDir dir;
    std::string project = dir.file("p.edau");
    std::string bangorHousing;

    FieldNotes() {
        EXPECT_EQ(run({"new", project}).code, kSuccess);
        EXPECT_EQ(run({"coder", project, "Lowri"}).code, kSuccess);
        test::writeFile(dir.file("nodiadau-bangor.txt"), "Tai drud ger y brifysgol.");
        test::writeFile(dir.file("nodiadau-caerdydd.txt"), "Gwaith yn y ddinas; rhent uchel.");
        EXPECT_EQ(run({"import", project, dir.file("nodiadau-bangor.txt"), dir.file("nodiadau-caerdydd.txt"),
                       "--case-from", "none"}).code, kSuccess);
        EXPECT_EQ(run({"codes", "add", project, "Lle/Tai"}).code, kSuccess);
        EXPECT_EQ(run({"codes", "add", project, "Lle/Gwaith"}).code, kSuccess);
        CliRun coded = run({"code", project, "--document", "nodiadau-bangor", "--start", "0", "--end", "8", "--code", "Lle/Tai"});
        bangorHousing = coded.out.substr(0, coded.out.size() - 1);
        EXPECT_EQ(run({"code", project, "--document", "nodiadau-caerdydd", "--start", "20", "--end", "31", "--code",
                       "Lle/Tai"}).code, kSuccess);
        EXPECT_EQ(run({"code", project, "--document", "nodiadau-caerdydd", "--start", "0", "--end", "18", "--code",
                       "Lle/Gwaith", "--coder", "Ben"}).code, kSuccess);
    }
};

TEST(CliFramework, AProjectWithoutCasesGetsDocumentRowsThatWorkEndToEnd) {
    FieldNotes f;
    CliRun made = run({"matrix", "new", f.project, "Lle", "--theme", "Lle"});
    ASSERT_EQ(made.code, kSuccess) << made.err;
    EXPECT_NE(made.out.find("no cases"), std::string::npos) << made.out;
    EXPECT_NE(made.out.find("2 documents × 2 codes"), std::string::npos) << made.out;
    // --document names a document row; so does --case, the word every matrix command knows.
    EXPECT_EQ(run({"matrix", "summary", f.project, "Lle", "--document", "nodiadau-bangor", "--code", "Lle/Tai", "--text",
                   "Tai drud.", "--cite", f.bangorHousing}).code, kSuccess);
    EXPECT_EQ(run({"matrix", "summary", f.project, "Lle", "--case", "nodiadau-caerdydd", "--code", "Lle/Gwaith", "--text",
                   "Gwaith."}).code, kSuccess);
    CliRun filled = run({"matrix", "fill", f.project, "Lle", "--document", "nodiadau-caerdydd"});
    EXPECT_NE(filled.out.find(": 1"), std::string::npos) << filled.out << filled.err;

    CliRun shown = run({"matrix", "show", f.project, "Lle", "--json"});
    ASSERT_EQ(shown.code, kSuccess) << shown.err;
    Json j = Json::parse(shown.out);
    EXPECT_EQ(j.find("row_kind")->asString(), "document");
    ASSERT_EQ(j.find("rows")->size(), 2u);
    EXPECT_EQ(j.find("rows")->asArray()[0].asString(), "nodiadau-bangor");
    ASSERT_EQ(j.find("cells")->size(), 4u);
    struct Expected {
        const char* document;
        const char* code;
        const char* summary;
        std::int64_t codings;
    };
    const std::vector<Expected> table = {
        {"nodiadau-bangor", "Lle/Tai", "Tai drud.", 1},
        {"nodiadau-bangor", "Lle/Gwaith", "", 0},
        {"nodiadau-caerdydd", "Lle/Tai", "“rhent uchel”", 1},
        {"nodiadau-caerdydd", "Lle/Gwaith", "Gwaith.", 1},
    };
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Json& cell = j.find("cells")->asArray()[i];
        for (const char* field : {"case", "document", "code", "summary", "citations", "codings"})
            EXPECT_NE(cell.find(field), nullptr) << field;
        EXPECT_EQ(cell.find("case")->asString(), table[i].document) << i;
        EXPECT_EQ(cell.find("document")->asString(), table[i].document) << i;
        EXPECT_EQ(cell.find("code")->asString(), table[i].code) << i;
        EXPECT_EQ(cell.find("summary")->asString(), table[i].summary) << i;
        EXPECT_EQ(cell.find("codings")->asInteger(), table[i].codings) << i;
    }
    EXPECT_EQ(j.find("cells")->asArray()[0].find("citations")->asArray()[0].asString(), f.bangorHousing);

    CliRun checked = run({"matrix", "check", f.project, "Lle", "--json"});
    EXPECT_EQ(checked.code, kUserError);  // "Gwaith." cites nothing
    Json problems = Json::parse(checked.out);
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems.asArray()[0].find("document")->asString(), "nodiadau-caerdydd");
    EXPECT_EQ(problems.asArray()[0].find("problem")->asString(), "no-citation");

    std::string csv = f.dir.file("lle.csv");
    ASSERT_EQ(run({"matrix", "export", f.project, "Lle", "-o", csv}).code, kSuccess);
    std::string written = test::readFile(csv);
    for (const char* words : {"Document", "nodiadau-bangor", "nodiadau-caerdydd", "Tai drud.", "Tai drud"})
        EXPECT_NE(written.find(words), std::string::npos) << words << " in\n" << written;
}

TEST(CliFramework, RowsAreCasesOrDocumentsAsAskedAndTheWrongWordIsRefused) {
    FieldNotes f;
    CliRun byCase = run({"matrix", "new", f.project, "Achosion", "--theme", "Lle", "--rows", "cases"});
    ASSERT_EQ(byCase.code, kSuccess) << byCase.err;
    EXPECT_NE(byCase.out.find("0 cases"), std::string::npos) << byCase.out;
    EXPECT_EQ(byCase.out.find("no cases"), std::string::npos) << "asked for, so nothing to explain";
    CliRun byDocument = run({"matrix", "new", f.project, "Dogfennau", "--theme", "Lle", "--rows", "documents"});
    ASSERT_EQ(byDocument.code, kSuccess) << byDocument.err;
    EXPECT_EQ(Json::parse(run({"matrix", "show", f.project, "Achosion", "--json"}).out).find("row_kind")->asString(), "case");
    struct Row {
        std::vector<std::string> args;
        const char* words;
    };
    const std::vector<Row> table = {
        {{"matrix", "new", f.project, "X", "--theme", "Lle", "--rows", "stories"}, "--rows takes cases or documents"},
        {{"matrix", "summary", f.project, "Achosion", "--document", "nodiadau-bangor", "--code", "Lle/Tai", "--text", "x"},
         "are cases, not documents"},
        {{"matrix", "summary", f.project, "Dogfennau", "--document", "nodiadau-bangor", "--case", "nodiadau-bangor",
          "--code", "Lle/Tai", "--text", "x"},
         "not both"},
        {{"matrix", "summary", f.project, "Dogfennau", "--document", "nodiadau-aber", "--code", "Lle/Tai", "--text", "x"},
         "There is no document called nodiadau-aber"},
        {{"matrix", "summary", f.project, "Dogfennau", "--code", "Lle/Tai", "--text", "x"}, "--case is needed"},
    };
    for (const auto& row : table) {
        CliRun r = run(row.args);
        EXPECT_EQ(r.code, kUserError) << row.words;
        EXPECT_NE(r.err.find(row.words), std::string::npos) << r.err;
    }
}

TEST(CliMemos, AMemoOnAMatrixCellIsListedWithItsTargetInWordsAndUndoneWhole) {
    FieldNotes f;
    ASSERT_EQ(run({"matrix", "new", f.project, "Lle", "--theme", "Lle"}).code, kSuccess);
    ASSERT_EQ(run({"memo", f.project, "--on", "document:nodiadau-bangor", "--text", "Nodiadau cyntaf"}).code, kSuccess);
    CliRun memo = run({"memo", f.project, "--on", "cell:Lle", "--document", "nodiadau-bangor", "--code", "Lle/Gwaith",
                       "--title", "Gwirio", "--text", "Dim gwaith yn y nodiadau?"});
    ASSERT_EQ(memo.code, kSuccess) << memo.err;
    CliRun listed = run({"memos", f.project, "--json"});
    ASSERT_EQ(listed.code, kSuccess) << listed.err;
    Json memos = Json::parse(listed.out);
    ASSERT_EQ(memos.size(), 2u);
    const Json& onDocument = *memos.asArray()[0].find("target");
    EXPECT_EQ(onDocument.find("kind")->asString(), "document");
    EXPECT_EQ(onDocument.find("name")->asString(), "nodiadau-bangor");
    EXPECT_EQ(onDocument.find("description")->asString(), "the document nodiadau-bangor");
    const Json& m = memos.asArray()[1];
    EXPECT_EQ(m.find("id")->asString() + "\n", memo.out);
    EXPECT_EQ(m.find("title")->asString(), "Gwirio");
    EXPECT_EQ(m.find("coder")->asString(), "Lowri");
    const Json& target = *m.find("target");
    EXPECT_EQ(target.find("kind")->asString(), "matrix-cell");
    EXPECT_EQ(target.find("matrix")->asString(), "Lle");
    EXPECT_EQ(target.find("row")->asString(), "nodiadau-bangor");
    EXPECT_EQ(target.find("code")->asString(), "Lle/Gwaith");
    EXPECT_EQ(target.find("description")->asString(), "the cell nodiadau-bangor × Lle/Gwaith of the framework matrix Lle");
    EXPECT_NE(run({"memos", f.project}).out.find("the cell nodiadau-bangor × Lle/Gwaith"), std::string::npos);
    // The memo and the empty cell it needed were one action.
    ASSERT_EQ(run({"undo", f.project}).code, kSuccess);
    EXPECT_EQ(Json::parse(run({"memos", f.project, "--json"}).out).size(), 1u);
    for (const auto& args : std::vector<std::vector<std::string>>{
             {"memo", f.project, "--on", "cell:Lle", "--code", "Lle/Tai", "--text", "x"},
             {"memo", f.project, "--on", "cell:Nope", "--case", "nodiadau-bangor", "--code", "Lle/Tai", "--text", "x"},
             {"memo", f.project, "--on", "cell:Lle", "--case", "nodiadau-bangor", "--code", "Lle", "--text", "x"},
             {"memo", f.project, "--on", "shelf:Lle", "--text", "x"}})
        EXPECT_EQ(run(args).code, kUserError) << args[3];
    EXPECT_EQ(Json::parse(run({"memos", f.project, "--json"}).out).size(), 1u);
}

TEST(CliQueries, CountsPerCoderAndCodeWithCharactersCoded) {
    FieldNotes f;
    CliRun r = run({"counts", f.project, "--rows", "coders", "--json"});
    ASSERT_EQ(r.code, kSuccess) << r.err;
    Json rows = Json::parse(r.out);
    struct Expected {
        const char* coder;
        const char* code;
        std::int64_t codings, documents, characters;
    };
    const std::vector<Expected> table = {{"Ben", "Lle/Gwaith", 1, 1, 18}, {"Lowri", "Lle/Tai", 2, 2, 19}};
    ASSERT_EQ(rows.size(), table.size()) << r.out;
    for (std::size_t i = 0; i < table.size(); ++i) {
        const Json& row = rows.asArray()[i];
        EXPECT_EQ(row.find("row")->asString(), table[i].coder);
        EXPECT_EQ(row.find("code")->asString(), table[i].code);
        EXPECT_EQ(row.find("codings")->asInteger(), table[i].codings);
        EXPECT_EQ(row.find("documents")->asInteger(), table[i].documents);
        EXPECT_EQ(row.find("characters")->asInteger(), table[i].characters);
    }
    EXPECT_EQ(Json::parse(run({"counts", f.project, "--rows", "coders", "--code", "Lle/Tai", "--json"}).out).size(), 1u);
    EXPECT_EQ(Json::parse(run({"counts", f.project, "--code", "Lle", "--json"}).out).size(), 2u);
    EXPECT_EQ(run({"counts", f.project, "--rows", "coders", "--code", "Nope"}).code, kUserError);
}

TEST(CliImport, ALanguageGivenOnTheCommandLineIsRecordedAsTheUsers) {
    test::TempDir dir;
    std::string p = dir.file("p.edau");
    ASSERT_EQ(run({"new", p}).code, kSuccess);
    test::writeFile(dir.file("chosen.txt"), "Siân: Helo.\n");
    test::writeFile(dir.file("guessed.txt"), "Siân: Helo.\n");
    ASSERT_EQ(run({"import", p, dir.file("chosen.txt"), "--language", "en"}).code, kSuccess);
    ASSERT_EQ(run({"import", p, dir.file("guessed.txt")}).code, kSuccess);
    Json docs = Json::parse(run({"docs", p, "--json"}).out);
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_EQ(docs.asArray()[0].find("name")->asString(), "chosen");
    EXPECT_EQ(docs.asArray()[0].find("language")->asString(), "en");
    EXPECT_EQ(docs.asArray()[0].find("language_source")->asString(), "user");
    EXPECT_EQ(docs.asArray()[1].find("language_source")->asString(), "guess");
}

/// Runs the CLI with its messages in `language`, as LANGUAGE=cy would (the test binary has no
/// locale of its own: gettext needs one that is not plain "C" to honour LANGUAGE).
class MessagesIn {
public:
    explicit MessagesIn(const char* language) {
        ::setenv("LANGUAGE", language, 1);
        std::setlocale(LC_ALL, "C.UTF-8");
        bindtextdomain("edau", localeDirectory().c_str());  // as edau-cli's main() does
        bind_textdomain_codeset("edau", "UTF-8");
    }
    ~MessagesIn() {
        ::unsetenv("LANGUAGE");
        std::setlocale(LC_ALL, "C");
    }
    MessagesIn(const MessagesIn&) = delete;
    MessagesIn& operator=(const MessagesIn&) = delete;
};

std::vector<std::string> names(const std::string& json, const char* field) {
    std::vector<std::string> out;
    Json list = Json::parse(json);
    for (const auto& item : list.asArray()) out.push_back(item.find(field)->asString());
    return out;
}

TEST(CliLists, NamesSortInTheCollationOfTheLanguageTheCliSpeaks) {
    test::TempDir dir;
    std::string p = dir.file("p.edau");
    ASSERT_EQ(run({"new", p}).code, kSuccess);
    // Created in an order that is neither English nor Welsh.
    for (const char* name : {"lowri", "chris", "llyr", "cyril"}) {
        test::writeFile(dir.file(std::string(name) + ".txt"), "Helo.\n");
        ASSERT_EQ(run({"import", p, dir.file(std::string(name) + ".txt")}).code, kSuccess);
    }
    for (const char* path : {"Lles/Lolfa", "Cymorth/Chwarae", "Lles/Lliw", "Lobi", "Cymorth/Cyngor"})
        ASSERT_EQ(run({"codes", "add", p, path}).code, kSuccess);
    struct Row {
        const char* language;
        std::vector<std::string> documents;  // also the cases: one per document, named after it
        std::vector<std::string> codes;
    };
    const std::vector<Row> table = {
        {"en", {"chris", "cyril", "llyr", "lowri"},
         {"Cymorth", "Cymorth/Chwarae", "Cymorth/Cyngor", "Lles", "Lles/Lliw", "Lles/Lolfa", "Lobi"}},
        // Welsh: c < ch and l < ll, so the English order is turned about.
        {"cy", {"cyril", "chris", "lowri", "llyr"},
         {"Cymorth", "Cymorth/Cyngor", "Cymorth/Chwarae", "Lobi", "Lles", "Lles/Lolfa", "Lles/Lliw"}},
    };
    for (const auto& row : table) {
        MessagesIn messages(row.language);
        if (std::string(row.language) == "cy") {
            // Proof the messages are Welsh in this run: otherwise the order would prove nothing.
            CliRun missing = run({"text", p, "nope"});
            ASSERT_EQ(missing.err.find("There is no document"), std::string::npos)
                << "the Welsh catalogue was not found: " << missing.err;
        }
        EXPECT_EQ(names(run({"docs", p, "--json"}).out, "name"), row.documents) << row.language;
        EXPECT_EQ(names(run({"cases", p, "--json"}).out, "name"), row.documents) << row.language;
        EXPECT_EQ(names(run({"codes", p, "--json"}).out, "path"), row.codes) << row.language;
        std::string human = run({"docs", p}).out;
        EXPECT_LT(human.find(row.documents[0]), human.find(row.documents[1])) << row.language << "\n" << human;
    }
}

}  // namespace
}  // namespace edau::cli
