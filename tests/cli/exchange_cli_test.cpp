// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli's REFI-QDA contract: export-qdpx, export-qdc and import-qdpx, their JSON and exit codes.
#include <gtest/gtest.h>

#include <filesystem>

#include "../core/exchange/qdpx_builder.h"
#include "cli_run.h"
#include "edau/app/workbench.h"
#include "edau/base/json.h"
#include "temp_dir.h"

namespace edau::cli {
namespace {

using harness::CliRun;
using harness::run;
using test::TempDir;

/// A project with one transcript, two codes and two codings, made through the CLI.
std::string codedProject(const TempDir& dir) {
    std::string project = dir.file("gwreiddiol.edau");
    EXPECT_EQ(run({"new", project, "--name", "Pentref", "--coder", "Lowri"}).code, kSuccess);
    CliRun imported = run({"import", project, test::dataFile("import/utf8.txt"), "--no-index"});
    EXPECT_EQ(imported.code, kSuccess) << imported.err;
    EXPECT_EQ(run({"codes", "add", project, "Tywydd/Oerfel", "--colour", "#336699"}).code, kSuccess);
    EXPECT_EQ(run({"codes", "add", project, "Cartref"}).code, kSuccess);
    // "dŵr yn oer" and "tŷ yn gynnes" in the second line.
    EXPECT_EQ(run({"code", project, "--document", "utf8", "--start", "54", "--end", "64", "--code", "Tywydd/Oerfel"}).code, kSuccess);
    EXPECT_EQ(run({"code", project, "--document", "utf8", "--start", "75", "--end", "87", "--code", "Cartref"}).code, kSuccess);
    return project;
}

TEST(ExchangeCli, ExportThenImportFollowsTheContract) {
    TempDir dir;
    std::string project = codedProject(dir);
    std::string qdpx = dir.file("allan.qdpx");
    CliRun exported = run({"export-qdpx", project, qdpx, "--json"});
    ASSERT_EQ(exported.code, kSuccess) << exported.err;
    Json e = Json::parse(exported.out);
    EXPECT_EQ(e.find("file")->asString(), qdpx);
    EXPECT_EQ(e.find("sources")->asInteger(), 1);
    EXPECT_EQ(e.find("codes")->asInteger(), 3);
    EXPECT_EQ(e.find("codings")->asInteger(), 2);
    EXPECT_TRUE(e.find("replaced")->isArray());
    EXPECT_TRUE(e.find("changes")->isArray());
    CliRun plain = run({"export-qdpx", project, dir.file("plain.qdpx")});
    EXPECT_EQ(plain.code, kSuccess);
    EXPECT_EQ(plain.out, dir.file("plain.qdpx") + "\n");
    CliRun qdc = run({"export-qdc", project, dir.file("llyfr.qdc")});
    ASSERT_EQ(qdc.code, kSuccess) << qdc.err;
    EXPECT_EQ(test::schemaErrors(test::readFile(dir.file("llyfr.qdc")), test::dataFile("refi-qda/Codebook.xsd")), "");
    // The codebook goes into another project through codes import, as CSV and text codebooks do.
    std::string other = dir.file("arall.edau");
    ASSERT_EQ(run({"new", other}).code, kSuccess);
    CliRun codebook = run({"codes", "import", other, dir.file("llyfr.qdc")});
    ASSERT_EQ(codebook.code, kSuccess) << codebook.err;
    Json otherCodes = Json::parse(run({"codes", other, "--json"}).out);
    ASSERT_EQ(otherCodes.size(), 3u);

    std::string copy = dir.file("copi.edau");
    CliRun imported = run({"import-qdpx", qdpx, copy, "--json", "--no-index"});
    ASSERT_EQ(imported.code, kSuccess) << imported.err;
    Json j = Json::parse(imported.out);
    for (const char* field : {"sources", "codes", "codings", "cases", "notes", "offsets", "dropped", "warnings", "already", "readings"})
        EXPECT_NE(j.find(field), nullptr) << field;
    EXPECT_EQ(j.find("sources")->asInteger(), 1);
    EXPECT_EQ(j.find("codes")->asInteger(), 3);
    EXPECT_EQ(j.find("codings")->asInteger(), 2);
    EXPECT_EQ(j.find("cases")->asInteger(), 1);
    EXPECT_EQ(j.find("offsets")->asString(), "code-points");
    EXPECT_EQ(j.find("dropped")->size(), 0u);
    EXPECT_TRUE(j.find("created")->asBool());
    Json info = Json::parse(run({"info", copy, "--json"}).out);
    EXPECT_EQ(info.find("name")->asString(), "Pentref");
    Json codings = Json::parse(run({"codings", copy, "--json"}).out);
    ASSERT_EQ(codings.size(), 2u);
    std::vector<std::string> texts;
    for (const auto& c : codings.asArray()) texts.push_back(c.find("text")->asString());
    std::sort(texts.begin(), texts.end());
    EXPECT_EQ(texts, (std::vector<std::string>{"dŵr yn oer", "tŷ yn gynnes"}));

    // The same file again: nothing new, everything already there.
    Json again = Json::parse(run({"import-qdpx", qdpx, copy, "--json", "--no-index"}).out);
    EXPECT_EQ(again.find("codings")->asInteger(), 0);
    EXPECT_EQ(again.find("already")->find("codings")->asInteger(), 2);
    EXPECT_FALSE(again.find("created")->asBool());
}

TEST(ExchangeCli, AnotherProgramsUtf16PositionsAreReadAndReported) {
    // As NVivo for Windows writes them: UTF-16 units over the text with CR LF counted as two.
    TempDir dir;
    const std::string source = "2b1c0a9e-0f6d-4e1a-9c3b-5d7e8f9a0b1c", code = "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b";
    const std::string text = "\xF0\x9F\x98\x80 Siân: Roedd y dŵr yn oer.\r\nLlŷr: A’r tŷ \xF0\x9F\x99\x82 yn gynnes.";
    // In UTF-16 units (the emoji count two, CR LF two): "Roedd" 9-14, "oer" 24-27, "gynnes" 49-55.
    auto selection = [&](const std::string& guid, int start, int end) {
        return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + std::to_string(start) + "\" endPosition=\"" +
               std::to_string(end) + "\"><Coding guid=\"" + guid.substr(0, 35) + "9\"><CodeRef targetGUID=\"" + code +
               "\"/></Coding></PlainTextSelection>";
    };
    std::string qde = "<?xml version=\"1.0\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"NVivo\" origin=\"NVivo 12\">"
                      "<CodeBook><Codes><Code guid=\"" + code + "\" name=\"Tymheredd\" isCodable=\"true\"/></Codes></CodeBook>"
                      "<Sources><TextSource guid=\"" + source + "\" name=\"Cyfweliad\" plainTextPath=\"internal://" + source + ".txt\">" +
                      selection("aaaaaaaa-0000-4000-8000-000000000001", 24, 27) +
                      selection("aaaaaaaa-0000-4000-8000-000000000002", 49, 55) +
                      selection("aaaaaaaa-0000-4000-8000-000000000003", 9, 14) +
                      "</TextSource></Sources>"
                      "<Sets><Set guid=\"bbbbbbbb-0000-4000-8000-000000000001\" name=\"Grŵp\"/></Sets></Project>";
    test::writeFile(dir.file("nvivo.qdpx"), test::zipBytes({{"project.qde", qde}, {"Sources/" + source + ".txt", text}}));
    std::string project = dir.file("nvivo.edau");
    CliRun r = run({"import-qdpx", dir.file("nvivo.qdpx"), project, "--json", "--no-index"});
    ASSERT_EQ(r.code, kSuccess) << r.err;
    Json j = Json::parse(r.out);
    EXPECT_EQ(j.find("offsets")->asString(), "utf-16+crlf-as-2");
    ASSERT_EQ(j.find("dropped")->size(), 1u);
    EXPECT_NE(j.find("dropped")->asArray()[0].asString().find("The set Grŵp was left out"), std::string::npos);
    Json codings = Json::parse(run({"codings", project, "--json"}).out);
    std::vector<std::string> texts;
    for (const auto& c : codings.asArray()) texts.push_back(c.find("text")->asString());
    std::sort(texts.begin(), texts.end());
    EXPECT_EQ(texts, (std::vector<std::string>{"Roedd", "gynnes", "oer"}));
    // The stored text uses line feeds; the human report names the reading too.
    CliRun human = run({"import-qdpx", dir.file("nvivo.qdpx"), project, "--no-index"});
    EXPECT_EQ(human.code, kSuccess);
    EXPECT_NE(human.out.find("utf-16+crlf-as-2"), std::string::npos) << human.out;
    EXPECT_NE(human.err.find("Left out:"), std::string::npos) << human.err;
}

TEST(ExchangeCli, ExitCodesFollowTheContract) {
    TempDir dir;
    std::string project = dir.file("p.edau");
    ASSERT_EQ(run({"new", project}).code, kSuccess);
    test::writeFile(dir.file("not.qdpx"), "PK but not really a zip");
    test::writeFile(dir.file("text.qdpx"), "hello");
    struct Row {
        std::vector<std::string> args;
        int code;
        const char* words;
    };
    const std::vector<Row> table = {
        {{"import-qdpx", dir.file("missing.qdpx"), dir.file("new.edau")}, kUserError, "There is no file"},
        {{"import-qdpx", dir.file("text.qdpx"), dir.file("new.edau")}, kUserError, "it is not a zip archive"},
        {{"import-qdpx", dir.file("not.qdpx"), dir.file("new.edau")}, kUserError, "not.qdpx"},
        {{"import-qdpx", dir.file("text.qdpx")}, kUserError, "Usage: edau-cli import-qdpx"},
        {{"export-qdpx", dir.file("missing.edau"), dir.file("o.qdpx")}, kUserError, "There is no project file"},
        {{"export-qdc", project, dir.file("o.qdc")}, kUserError, "needs at least one"},
        {{"export-qdpx", project, dir.file("no/such/folder/o.qdpx")}, kProjectError, "Cannot write"},
    };
    for (const auto& row : table) {
        CliRun r = run(row.args);
        EXPECT_EQ(r.code, row.code) << r.err;
        EXPECT_NE(r.err.find(row.words), std::string::npos) << "stderr was: " << r.err;
    }
    // A file that cannot be read makes no project.
    EXPECT_FALSE(std::filesystem::exists(dir.file("new.edau")));
    EXPECT_FALSE(std::filesystem::exists(dir.file("o.qdc")));
    // A project open elsewhere is a project problem, and stays as it was.
    ASSERT_EQ(run({"export-qdpx", project, dir.file("gwag.qdpx")}).code, kSuccess);
    auto holder = Workbench::open(project);
    CliRun locked = run({"import-qdpx", dir.file("gwag.qdpx"), project});
    EXPECT_EQ(locked.code, kProjectError) << locked.err;
}

}  // namespace
}  // namespace edau::cli

namespace edau::cli {
namespace {

TEST(MergeCli, AColleaguesCopyMergesOnceAndTheDigestsMeet) {
    test::TempDir dir;
    ASSERT_EQ(harness::run({"demo", dir.path().string()}).code, 0);
    const std::string mine = dir.file("edau-sample.edau");
    const std::string theirs = dir.file("colleague.edau");
    std::filesystem::copy_file(mine, theirs);
    ASSERT_EQ(harness::run({"codes", "add", theirs, "Support/Faith groups"}).code, 0);
    ASSERT_EQ(harness::run({"code", theirs, "--document", "carer-01-sian", "--start", "0", "--end", "40", "--code",
                            "Support/Faith groups", "--coder", "Ben"})
                  .code,
              0);
    harness::CliRun merged = harness::run({"merge", mine, theirs, "--json"});
    ASSERT_EQ(merged.code, 0) << merged.err;
    Json j = Json::parse(merged.out);
    EXPECT_EQ(j.find("codes")->asInteger(), 1);
    EXPECT_EQ(j.find("codings")->asInteger(), 1);
    EXPECT_EQ(harness::run({"digest", mine}).out, harness::run({"digest", theirs}).out);
    Json again = Json::parse(harness::run({"merge", mine, theirs, "--json"}).out);
    EXPECT_EQ(again.find("codes")->asInteger() + again.find("codings")->asInteger(), 0);
    EXPECT_EQ(harness::run({"merge", mine, mine}).code, 1);
    EXPECT_EQ(harness::run({"merge", mine, dir.file("missing.edau")}).code, 1);
}

}  // namespace
}  // namespace edau::cli
