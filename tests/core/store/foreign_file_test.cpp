// SPDX-License-Identifier: GPL-3.0-or-later
// Files that are not (sound, current) Edau projects are refused clearly and left untouched.
#include <sqlite3.h>

#include <fstream>

#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

void runSql(const std::string& path, const char* sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    ASSERT_EQ(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
}

struct ForeignFile {
    const char* name;
    std::function<void(const std::string&)> make;
    const char* expectedWords;
};

TEST(ForeignFiles, AreRefusedWithAClearReasonAndLeftAsTheyWere) {
    const std::vector<ForeignFile> table = {
        {"empty", [](const std::string& p) { test::writeFile(p, ""); }, "is not an Edau project (the file is empty)"},
        {"text", [](const std::string& p) { test::writeFile(p, "Cyfwelydd: Helo\nSiân: Shwmae\n"); },
         "is not an Edau project (it is not a database file)"},
        {"binary junk",
         [](const std::string& p) {
             std::string junk;
             for (int i = 0; i < 4096; ++i) junk += static_cast<char>((i * 7919) & 0xFF);
             test::writeFile(p, junk);
         },
         "is not an Edau project"},
        {"another program's database",
         [](const std::string& p) { runSql(p, "CREATE TABLE notes (t TEXT); INSERT INTO notes VALUES ('x');"); },
         "is not an Edau project (it is a database of another program)"},
        {"a zip file (e.g. a .qdpx renamed)",
         [](const std::string& p) { test::writeFile(p, std::string("PK\x03\x04", 4) + std::string(200, '\0')); },
         "is not an Edau project"},
    };
    for (const auto& row : table) {
        TempDir dir;
        std::string path = dir.file("x.edau");
        row.make(path);
        std::string before = test::readFile(path);
        try {
            ProjectStore::open(path);
            ADD_FAILURE() << row.name << " was opened";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Project) << row.name;
            EXPECT_NE(std::string(e.what()).find(row.expectedWords), std::string::npos) << row.name << ": " << e.what();
            EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << "names the file: " << e.what();
        }
        EXPECT_EQ(test::readFile(path), before) << row.name << " was modified";
    }
}

TEST(ForeignFiles, AProjectFromANewerEdauIsRefusedAndUntouched) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    runSql(path, "PRAGMA user_version = 99;");
    std::string before = test::readFile(path);
    for (bool readOnly : {false, true}) {
        try {
            ProjectStore::open(path, StoreOpenOptions{.readOnly = readOnly});
            FAIL();
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Project);
            EXPECT_NE(std::string(e.what()).find("newer version of Edau"), std::string::npos) << e.what();
        }
    }
    EXPECT_EQ(test::readFile(path), before);
}

TEST(ForeignFiles, ADamagedProjectIsReportedAsDamaged) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    {
        auto s = ProjectStore::create(path, "p");
        std::string longText(200000, 'a');
        s->addDocument({"long", "long.txt", "txt", "utf-8", longText, "en"});
    }
    // Scribble over the middle of the file, where table and index pages live.
    std::string bytes = test::readFile(path);
    ASSERT_GT(bytes.size(), 40000u);
    for (std::size_t i = 8192; i < 8192 + 12000; ++i) bytes[i] = static_cast<char>(i * 31);
    test::writeFile(path, bytes);
    bool reported = false;
    try {
        auto s = ProjectStore::open(path);
        reported = !s->integrityProblems().empty();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Project) << e.what();
        reported = true;
    }
    EXPECT_TRUE(reported);
}

TEST(ForeignFiles, ATruncatedProjectIsNeverTakenAsSound) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    {
        auto s = ProjectStore::create(path, "p");
        s->addDocument({"long", "long.txt", "txt", "utf-8", std::string(100000, 'b'), "en"});
    }
    std::string bytes = test::readFile(path);
    test::writeFile(path, bytes.substr(0, bytes.size() / 2));
    bool reported = false;
    try {
        auto s = ProjectStore::open(path);
        reported = !s->integrityProblems().empty();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Project) << e.what();
        reported = true;
    }
    EXPECT_TRUE(reported);
}

}  // namespace
}  // namespace edau
