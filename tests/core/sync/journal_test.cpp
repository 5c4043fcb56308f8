// SPDX-License-Identifier: GPL-3.0-or-later
// Sync journals: append-only framed records, torn tails, foreign and newer files, sync clients'
// duplicate names.
#include "edau/sync/journal.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "edau/base/error.h"
#include "temp_dir.h"

namespace edau::sync {
namespace {

JournalHeader header(const std::string& copy = "copy-a") {
    JournalHeader h;
    h.projectUuid = "project-1";
    h.copyUuid = copy;
    h.writer = "Lowri";
    h.createdAt = "2026-11-22T10:00:00Z";
    return h;
}

TEST(Journal, RecordsComeBackInOrderAndReadingResumesWhereItStopped) {
    test::TempDir dir;
    const std::string path = dir.file(journalFileName("project-1", "copy-a"));
    appendToJournal(path, header(), {"{\"op\":1}", "{\"op\":2}"});
    JournalRead first = readJournal(path);
    ASSERT_FALSE(first.refused);
    EXPECT_EQ(first.header.writer, "Lowri");
    EXPECT_EQ(first.records, (std::vector<std::string>{"{\"op\":1}", "{\"op\":2}"}));
    EXPECT_FALSE(first.tornTail);
    appendToJournal(path, header(), {"a record with\nnewlines and Welsh: ŵ ŷ"});
    JournalRead next = readJournal(path, first.endOfComplete);
    EXPECT_EQ(next.records, (std::vector<std::string>{"a record with\nnewlines and Welsh: ŵ ŷ"}));
    EXPECT_EQ(readJournal(path).records.size(), 3u);
}

TEST(Journal, ATornTailIsIgnoredUntilItIsComplete) {
    test::TempDir dir;
    const std::string path = dir.file("j.edau-journal");
    appendToJournal(path, header(), {"one", "two"});
    const std::string whole = test::readFile(path);
    // Every prefix of the file (a sync client copying it mid-write) reads without error and
    // gives only complete records.
    for (std::size_t cut = 0; cut <= whole.size(); ++cut) {
        test::writeFile(path, whole.substr(0, cut));
        JournalRead r = readJournal(path);
        ASSERT_FALSE(r.refused) << cut;
        EXPECT_LE(r.records.size(), 2u);
        if (cut == whole.size()) {
            EXPECT_EQ(r.records.size(), 2u);
            EXPECT_FALSE(r.tornTail);
        } else if (cut > 0) {
            // either something is still missing, or the cut fell exactly between records
            EXPECT_TRUE(r.tornTail || r.endOfComplete == cut) << cut;
        }
    }
    // A damaged byte inside the last record stops the read before it.
    std::string damaged = whole;
    damaged[damaged.size() - 3] ^= 0x20;
    test::writeFile(path, damaged);
    JournalRead r = readJournal(path);
    EXPECT_EQ(r.records, std::vector<std::string>{"one"});
    EXPECT_TRUE(r.tornTail);
}

TEST(Journal, TheWriterCutsItsOwnTornTailBeforeAppending) {
    test::TempDir dir;
    const std::string path = dir.file("j.edau-journal");
    appendToJournal(path, header(), {"one"});
    test::writeFile(path, test::readFile(path) + "R 0000ff");  // a crash mid-append
    appendToJournal(path, header(), {"two"});
    JournalRead r = readJournal(path);
    EXPECT_EQ(r.records, (std::vector<std::string>{"one", "two"}));
    EXPECT_FALSE(r.tornTail);
}

TEST(Journal, RefusesFilesItMustNotReadOrWrite) {
    test::TempDir dir;
    struct Case {
        const char* what;
        std::string bytes;
    };
    const Case cases[] = {
        {"not a journal", "hello world\n"},
        {"newer format", "EDAU-JOURNAL 9\n{\"project\":\"p\",\"copy\":\"c\"}\n"},
        {"damaged header", "EDAU-JOURNAL 1\n{not json\n"},
        {"header without identity", "EDAU-JOURNAL 1\n{}\n"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const std::string path = dir.file("bad.edau-journal");
        test::writeFile(path, c.bytes);
        JournalRead r = readJournal(path);
        EXPECT_TRUE(r.refused.has_value());
        EXPECT_TRUE(r.records.empty());
        EXPECT_THROW(appendToJournal(path, header(), {"x"}), Error);
        EXPECT_EQ(test::readFile(path), c.bytes);  // left as it was
    }
    const std::string other = dir.file("other.edau-journal");
    appendToJournal(other, header("copy-b"), {"theirs"});
    EXPECT_THROW(appendToJournal(other, header("copy-a"), {"mine"}), Error);
    EXPECT_EQ(readJournal(other).records, std::vector<std::string>{"theirs"});
}

TEST(Journal, RecognisesDuplicatesThatSyncClientsMake) {
    struct Case {
        std::string name;
        JournalFileKind kind;
    };
    const std::string j = journalFileName("6a26a20e-70b2-463b-80ef-7fd6e570da7a", "0e3c44f1-5a0d-4d7e-9a55-0b4b0f7b9b10");
    const std::string stem = j.substr(0, j.size() - std::string(".edau-journal").size());
    const Case cases[] = {
        {j, JournalFileKind::Journal},
        {stem + " (1).edau-journal", JournalFileKind::ConflictedCopy},
        {stem + "(2).edau-journal", JournalFileKind::ConflictedCopy},
        {stem + " (Siân's conflicted copy 2026-11-20).edau-journal", JournalFileKind::ConflictedCopy},
        {stem + " (conflicted copy 2026-11-20 101010).edau-journal", JournalFileKind::ConflictedCopy},
        {stem + "-conflict-20261120.edau-journal", JournalFileKind::ConflictedCopy},
        {stem + ".sync-conflict-20261120-101010-ABCDEFG.edau-journal", JournalFileKind::ConflictedCopy},
        {stem + ".edau-journal.tmp", JournalFileKind::Other},
        {"notes.txt", JournalFileKind::Other},
        {"study.edau", JournalFileKind::Other},
    };
    for (const auto& c : cases) EXPECT_EQ(classifyJournalFileName(c.name), c.kind) << c.name;
}

}  // namespace
}  // namespace edau::sync
