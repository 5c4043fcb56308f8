// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli's contract: commands, JSON fields and exit codes (../guide/CLI.md).
#include "cli.h"

#include <gtest/gtest.h>

#include <sstream>

#include "edau/app/workbench.h"
#include "edau/base/json.h"
#include "temp_dir.h"

namespace edau::cli {
namespace {

using test::TempDir;

struct CliRun {
    int code;
    std::string out;
    std::string err;
};

CliRun run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    int code = runCli(args, out, err);
    return {code, out.str(), err.str()};
}

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
    EXPECT_EQ(j.find("schema_version")->asInteger(), 3);
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
