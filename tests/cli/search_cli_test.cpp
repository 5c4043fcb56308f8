// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli search, index and autocode: the JSON contract of CLI.md, exit codes, and undo.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "cli_run.h"
#include "edau/base/json.h"
#include "temp_dir.h"

namespace edau::cli {
namespace {

using harness::CliRun;
using harness::run;

class SearchCli : public ::testing::Test {
protected:
    void SetUp() override {
        CliRun demo = run({"demo", dir.path().string()});
        ASSERT_EQ(demo.code, 0) << demo.err;
        project = dir.file("edau-sample.edau");
    }
    test::TempDir dir;
    std::string project;
};

TEST_F(SearchCli, SearchPrintsTheContractsJson) {
    CliRun r = run({"search", project, "Caerdydd", "--json"});
    ASSERT_EQ(r.code, 0) << r.err;
    Json j = Json::parse(r.out);
    EXPECT_EQ(j.find("query")->asString(), "Caerdydd");
    EXPECT_EQ(j.find("mode")->asString(), "welsh");
    const auto total = j.find("total")->asInteger();
    EXPECT_GE(total, 3);
    const auto& hits = j.find("hits")->asArray();
    ASSERT_EQ(static_cast<std::int64_t>(hits.size()), total);
    std::int64_t formHits = 0;
    for (const auto& f : j.find("forms")->asArray()) formHits += f.find("hits")->asInteger();
    EXPECT_EQ(formHits, total);
    for (const auto& h : hits) {
        // `matched` is the stored text between start and end, exactly what `text` prints.
        CliRun textRun = run({"text", project, h.find("document")->asString()});
        ASSERT_EQ(textRun.code, 0);
        const std::string& stored = textRun.out;
        std::int64_t cp = 0;
        std::size_t byteStart = std::string::npos, byteEnd = std::string::npos;
        for (std::size_t b = 0; b <= stored.size(); ++b) {
            if (b < stored.size() && (static_cast<unsigned char>(stored[b]) & 0xC0) == 0x80) continue;
            if (cp == h.find("start")->asInteger()) byteStart = b;
            if (cp == h.find("end")->asInteger()) byteEnd = b;
            ++cp;
        }
        ASSERT_NE(byteStart, std::string::npos);
        ASSERT_NE(byteEnd, std::string::npos);
        EXPECT_EQ(stored.substr(byteStart, byteEnd - byteStart), h.find("matched")->asString());
        for (const char* field : {"case", "speaker", "before", "after"}) EXPECT_NE(h.find(field), nullptr) << field;
    }
}

TEST_F(SearchCli, ModesLimitsAndExclusionsChangeTheAnswer) {
    auto total = [&](const std::vector<std::string>& extra) {
        std::vector<std::string> args{"search", project, "Caerdydd", "--json"};
        args.insert(args.end(), extra.begin(), extra.end());
        CliRun r = run(args);
        EXPECT_EQ(r.code, 0) << r.err;
        return Json::parse(r.out).find("total")->asInteger();
    };
    const auto welsh = total({});
    EXPECT_LT(total({"--mode", "exact"}), welsh);
    EXPECT_LT(total({"--exclude", "nghaerdydd"}), welsh);
    CliRun limited = run({"search", project, "mae", "--limit", "2", "--json"});
    ASSERT_EQ(limited.code, 0);
    Json j = Json::parse(limited.out);
    EXPECT_EQ(j.find("hits")->asArray().size(), 2u);
    EXPECT_GT(j.find("total")->asInteger(), 2);
    EXPECT_TRUE(j.find("total_exact")->asBool());

    // --first: the same best hits, without counting the rest.
    CliRun first = run({"search", project, "mae", "--limit", "2", "--first", "--json"});
    ASSERT_EQ(first.code, 0) << first.err;
    Json f = Json::parse(first.out);
    ASSERT_EQ(f.find("hits")->asArray().size(), 2u);
    EXPECT_FALSE(f.find("total_exact")->asBool());
    EXPECT_LE(f.find("total")->asInteger(), j.find("total")->asInteger());
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(f.find("hits")->asArray()[i].find("start")->asInteger(), j.find("hits")->asArray()[i].find("start")->asInteger());
        EXPECT_EQ(f.find("hits")->asArray()[i].find("document")->asString(), j.find("hits")->asArray()[i].find("document")->asString());
    }
    CliRun firstText = run({"search", project, "mae", "--limit", "2", "--first"});
    EXPECT_NE(firstText.out.find("at least"), std::string::npos) << firstText.out;
}

TEST_F(SearchCli, BadQueriesAndOptionsAreUserErrors) {
    struct Row {
        std::vector<std::string> args;
        int code;
    };
    const Row rows[] = {
        {{"search", project, "\"unclosed"}, 1},
        {{"search", project, "nosuchfield:x"}, 1},
        {{"search", project, "code:Nothing"}, 1},
        {{"search", project, "tad", "--mode", "irish"}, 1},
        {{"search", project, "tad", "--limit", "many"}, 1},
        {{"autocode", project, "tad"}, 1},  // --code missing
        {{"autocode", project, "tad", "--code", "No/Such"}, 1},
        {{"search", dir.file("missing.edau"), "tad"}, 1},
    };
    for (const auto& row : rows) {
        CliRun r = run(row.args);
        EXPECT_EQ(r.code, row.code) << row.args[2] << ": " << r.err;
        EXPECT_FALSE(r.err.empty());
    }
}

TEST_F(SearchCli, IndexRebuildsOnRequestAndImportKeepsItCurrent) {
    CliRun first = run({"index", project, "--json"});
    ASSERT_EQ(first.code, 0) << first.err;
    Json j = Json::parse(first.out);
    EXPECT_TRUE(std::filesystem::is_directory(j.find("folder")->asString()));
    CliRun rebuilt = run({"index", project, "--rebuild", "--json"});
    ASSERT_EQ(rebuilt.code, 0) << rebuilt.err;
    EXPECT_TRUE(Json::parse(rebuilt.out).find("rebuilt")->asBool());

    const std::string file = dir.file("newydd.txt");
    test::writeFile(file, "Cyfwelydd: Ble dych chi'n byw?\n\nMair: Dw i'n byw ym Mhontypridd ers blynyddoedd.\n");
    ASSERT_EQ(run({"import", project, file}).code, 0);
    CliRun after = run({"index", project, "--json"});
    EXPECT_EQ(Json::parse(after.out).find("documents_indexed")->asInteger(), 0);  // import brought it up to date
    CliRun found = run({"search", project, "speaker:Mair Pontypridd", "--json"});
    ASSERT_EQ(found.code, 0);
    Json hits = Json::parse(found.out);
    ASSERT_EQ(hits.find("total")->asInteger(), 1);
    EXPECT_EQ(hits.find("hits")->asArray()[0].find("matched")->asString(), "Mhontypridd");
    EXPECT_EQ(hits.find("hits")->asArray()[0].find("speaker")->asString(), "Mair");
}

TEST_F(SearchCli, CheckReportsTheIndexWithoutFailingOnIt) {
    CliRun before = run({"check", project, "--json"});
    ASSERT_EQ(before.code, 0) << before.err;
    EXPECT_EQ(Json::parse(before.out).find("index")->find("state")->asString(), "missing");
    ASSERT_EQ(run({"index", project}).code, 0);
    CliRun after = run({"check", project, "--json"});
    EXPECT_EQ(Json::parse(after.out).find("index")->find("state")->asString(), "current");
}

TEST_F(SearchCli, AutocodeCodesTurnsAndUndoTakesItAllBack) {
    ASSERT_EQ(run({"codes", "add", project, "Lleoedd"}).code, 0);
    CliRun coded = run({"autocode", project, "Caerdydd", "--code", "Lleoedd", "--unit", "turn", "--json"});
    ASSERT_EQ(coded.code, 0) << coded.err;
    Json j = Json::parse(coded.out);
    EXPECT_GE(j.find("hits")->asInteger(), 3);
    EXPECT_GE(j.find("codings_added")->asInteger(), 1);
    CliRun listed = run({"codings", project, "--code", "Lleoedd", "--json"});
    EXPECT_EQ(static_cast<std::int64_t>(Json::parse(listed.out).asArray().size()), j.find("codings_added")->asInteger());
    CliRun inside = run({"search", project, "code:Lleoedd Caerdydd", "--json"});
    EXPECT_EQ(Json::parse(inside.out).find("total")->asInteger(), j.find("hits")->asInteger());
    ASSERT_EQ(run({"undo", project}).code, 0);
    CliRun none = run({"codings", project, "--code", "Lleoedd", "--json"});
    EXPECT_TRUE(Json::parse(none.out).asArray().empty());
}

}  // namespace
}  // namespace edau::cli
