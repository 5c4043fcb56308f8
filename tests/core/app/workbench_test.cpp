// SPDX-License-Identifier: GPL-3.0-or-later
// Workbench: the app-layer API over a project, as both front ends call it.
#include "edau/app/workbench.h"

#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

TEST(Workbench, CreateThenOpenShowsTheSameProject) {
    TempDir dir;
    std::string path = dir.file("gofalwyr.edau");
    std::string uuid;
    {
        auto bench = Workbench::create(path, "Gofalwyr di-dâl");
        uuid = bench->summary().uuid;
        EXPECT_TRUE(bench->warnings().empty());
    }
    auto bench = Workbench::open(path);
    ProjectSummary s = bench->summary();
    EXPECT_EQ(s.name, "Gofalwyr di-dâl");
    EXPECT_EQ(s.uuid, uuid);
    EXPECT_EQ(s.path, path);
    EXPECT_EQ(s.counts.documents, 0);
    EXPECT_FALSE(s.readOnly);
    EXPECT_TRUE(bench->check().empty());
}

TEST(Workbench, UseCoderAddsOnceAndSwitches) {
    TempDir dir;
    auto bench = Workbench::create(dir.file("p.edau"), "p");
    EXPECT_FALSE(bench->currentCoder());
    Coder a = bench->useCoder("Lowri");
    Coder b = bench->useCoder("Ben");
    Coder again = bench->useCoder("Lowri");
    EXPECT_EQ(again.uuid, a.uuid);
    EXPECT_NE(a.uuid, b.uuid);
    EXPECT_EQ(bench->coders().size(), 2u);
    EXPECT_EQ(bench->currentCoder()->name, "Lowri");
    EXPECT_THROW(bench->useCoder("   "), Error);
}

TEST(Workbench, WarnsAboutCloudSyncFolders) {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "Dropbox");
    auto bench = Workbench::create((dir.path() / "Dropbox" / "p.edau").string(), "p");
    ASSERT_EQ(bench->warnings().size(), 1u);
    EXPECT_NE(bench->warnings()[0].str().find("cloud-sync folder"), std::string::npos);
    EXPECT_NE(bench->warnings()[0].str().find("local copy"), std::string::npos);
}

TEST(Workbench, SaveACopyForALocalWorkingCopy) {
    TempDir dir;
    auto bench = Workbench::create(dir.file("p.edau"), "p");
    bench->useCoder("Lowri");
    bench->saveCopy(dir.file("local.edau"));
    auto copy = Workbench::open(dir.file("local.edau"));
    EXPECT_EQ(copy->summary().counts.coders, 1);
}

TEST(Workbench, ReadOnlyIfLockedTakesTheLockWhenFree) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    Workbench::create(path, "p").reset();
    auto reader = Workbench::open(path, OpenOptions{.readOnly = false, .readOnlyIfLocked = true});
    EXPECT_FALSE(reader->readOnly());
    auto second = Workbench::open(path, OpenOptions{.readOnly = false, .readOnlyIfLocked = true});
    EXPECT_TRUE(second->readOnly());
    EXPECT_THROW(Workbench::open(path), Error);
}

}  // namespace
}  // namespace edau
