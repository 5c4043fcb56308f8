// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli's teamwork contract: sync through a shared folder, conflicts, and the digests that
// prove the copies converged.
#include <gtest/gtest.h>

#include <filesystem>

#include "cli_run.h"
#include "edau/base/json.h"
#include "temp_dir.h"

namespace edau::cli {
namespace {

using harness::CliRun;
using harness::run;
using test::TempDir;

std::string digestOf(const std::string& project) {
    CliRun d = run({"digest", project});
    EXPECT_EQ(d.code, kSuccess) << d.err;
    return d.out;
}

TEST(SyncCli, ThreeCopiesChangedIndependentlyConvergeThroughOneFolder) {
    TempDir dir;
    const std::string base = dir.file("base.edau");
    ASSERT_EQ(run({"new", base, "--name", "Gofalwyr", "--coder", "Arweinydd"}).code, kSuccess);
    ASSERT_EQ(run({"import", base, test::dataFile("import/utf8.txt"), "--no-index"}).code, kSuccess);
    ASSERT_EQ(run({"codes", "add", base, "Cartref"}).code, kSuccess);
    ASSERT_EQ(run({"codes", "add", base, "Tywydd"}).code, kSuccess);
    std::filesystem::create_directory(dir.path() / "rhannu");
    const std::string folder = (dir.path() / "rhannu").string();
    std::vector<std::string> copies;
    for (const char* name : {"Sian", "Llyr", "Jade"}) {
        std::string copy = dir.file(std::string(name) + ".edau");
        std::filesystem::copy_file(base, copy);
        ASSERT_EQ(run({"coder", copy, name}).code, kSuccess);
        copies.push_back(copy);
    }
    EXPECT_EQ(run({"code", copies[0], "--document", "utf8", "--start", "54", "--end", "64", "--code", "Cartref"}).code, kSuccess);
    EXPECT_EQ(run({"codes", "rename", copies[1], "Tywydd", "Y tywydd"}).code, kSuccess);
    EXPECT_EQ(run({"codes", "rename", copies[2], "Tywydd", "Hinsawdd"}).code, kSuccess);
    EXPECT_EQ(run({"memo", copies[2], "--on", "project", "--text", "Cyfarfod dydd Iau"}).code, kSuccess);

    CliRun first = run({"sync", copies[0], "--folder", folder, "--json"});
    ASSERT_EQ(first.code, kSuccess) << first.err;
    Json j = Json::parse(first.out);
    for (const char* key : {"sent", "received", "applied", "conflicts"}) EXPECT_TRUE(j.find(key)) << key;
    EXPECT_GT(j.find("sent")->asInteger(), 0);
    for (std::size_t i = 1; i < copies.size(); ++i) {
        CliRun r = run({"sync", copies[i], "--folder", folder});
        EXPECT_EQ(r.code, kSuccess) << r.err;
    }
    for (const auto& copy : copies) {
        CliRun r = run({"sync", copy, "--no-index"});  // the folder is remembered
        EXPECT_EQ(r.code, kSuccess) << r.err;
    }
    EXPECT_EQ(digestOf(copies[0]), digestOf(copies[1]));
    EXPECT_EQ(digestOf(copies[1]), digestOf(copies[2]));

    // The two renames: one name wins everywhere, the other is listed as a conflict.
    CliRun listed = run({"conflicts", copies[0], "--json"});
    ASSERT_EQ(listed.code, kSuccess) << listed.err;
    Json conflicts = Json::parse(listed.out);
    ASSERT_EQ(conflicts.size(), 1u);
    const Json& c = conflicts.asArray()[0];
    EXPECT_EQ(c.find("kind")->asString(), "code-rename");
    EXPECT_NE(c.find("text")->asString().find("Tywydd"), std::string::npos);
    CliRun settled = run({"conflicts", copies[0], "--settle", c.find("id")->asString()});
    EXPECT_EQ(settled.code, kSuccess) << settled.err;
    EXPECT_EQ(run({"sync", copies[0]}).code, kSuccess);
    EXPECT_EQ(run({"sync", copies[2]}).code, kSuccess);
    CliRun none = run({"conflicts", copies[2]});
    EXPECT_NE(none.out.find("No conflicts"), std::string::npos) << none.out;
}

TEST(SyncCli, BlindCodingShowsEachCoderOnlyTheirOwnCodings) {
    TempDir dir;
    const std::string project = dir.file("dall.edau");
    ASSERT_EQ(run({"new", project, "--name", "Dall", "--coder", "Sian"}).code, kSuccess);
    ASSERT_EQ(run({"import", project, test::dataFile("import/utf8.txt"), "--no-index"}).code, kSuccess);
    ASSERT_EQ(run({"codes", "add", project, "Cartref"}).code, kSuccess);
    EXPECT_EQ(run({"blind", project, "on"}).code, kSuccess);
    EXPECT_NE(run({"blind", project}).out.find("blind"), std::string::npos);
    EXPECT_EQ(run({"code", project, "--document", "utf8", "--start", "54", "--end", "64", "--code", "Cartref"}).code, kSuccess);
    ASSERT_EQ(run({"coder", project, "Llyr"}).code, kSuccess);
    EXPECT_EQ(run({"code", project, "--document", "utf8", "--start", "75", "--end", "87", "--code", "Cartref"}).code, kSuccess);
    auto listed = [&] { return Json::parse(run({"codings", project, "--json"}).out).size(); };
    EXPECT_EQ(listed(), 1u);  // Llyr sees only his own
    EXPECT_EQ(run({"blind", project, "off"}).code, kSuccess);
    EXPECT_EQ(listed(), 2u);  // revealed
    EXPECT_EQ(run({"blind", project, "maybe"}).code, kUserError);
}

TEST(SyncCli, WithoutAFolderItSaysWhatToDo) {
    TempDir dir;
    const std::string project = dir.file("p.edau");
    ASSERT_EQ(run({"new", project, "--name", "P"}).code, kSuccess);
    CliRun r = run({"sync", project});
    EXPECT_EQ(r.code, kUserError);
    EXPECT_NE(r.err.find("--folder"), std::string::npos) << r.err;
    CliRun missing = run({"sync", project, "--folder", dir.file("nowhere")});
    EXPECT_NE(missing.code, kSuccess);
    EXPECT_NE(missing.err.find("nowhere"), std::string::npos) << missing.err;
    EXPECT_NE(run({"conflicts", project, "--settle", "nothing"}).code, kSuccess);
}

}  // namespace
}  // namespace edau::cli
