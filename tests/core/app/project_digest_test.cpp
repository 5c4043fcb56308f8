// SPDX-License-Identifier: GPL-3.0-or-later
// The project digest: same content, same digest, whatever the order of changes or local ids.
#include "edau/app/project_digest.h"

#include <gtest/gtest.h>

#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

/// Fills a project with the same things, in one order or the other, with the same uuids.
void fill(Workbench& bench, bool reversed) {
    auto& s = bench.store();
    s.renameProject("Astudiaeth");
    Coder lowri = bench.useCoder("Lowri");
    Document a = s.addDocument({"a", "a.txt", "txt", "utf-8", "Dw i'n byw yng Nghaerdydd.", "cy"});
    Document b = s.addDocument({"b", "b.txt", "txt", "utf-8", "No respite at all.", "en"});
    Code first = s.addCode("Cymorth", std::nullopt);
    Code second = s.addCode("Arian", std::nullopt);
    if (reversed) {
        s.addCoding(b.id, 3, 10, second.id, lowri.id);
        s.addCoding(a.id, 0, 5, first.id, lowri.id);
    } else {
        s.addCoding(a.id, 0, 5, first.id, lowri.id);
        s.addCoding(b.id, 3, 10, second.id, lowri.id);
    }
}

TEST(ProjectDigest, EqualForTheSameContentAndDifferentAfterAChange) {
    test::TempDir dir;
    auto one = Workbench::create(dir.file("one.edau"), "one");
    fill(*one, false);
    const std::string before = projectDigest(*one);
    EXPECT_EQ(before.size(), 64u);
    EXPECT_EQ(projectDigest(*one), before);  // stable
    auto& s = one->store();
    const Coding c = s.codings().front();
    s.removeCoding(c.id);
    EXPECT_NE(projectDigest(*one), before);
    s.undo();  // the coding comes back with its uuid: the same content again
    EXPECT_EQ(projectDigest(*one), before);
    // texts enter by their content hash, so the source stays small and holds no transcript
    EXPECT_EQ(projectDigestSource(*one).find("Nghaerdydd"), std::string::npos);
}

TEST(ProjectDigest, ACopyHasTheSameDigestAndDivergesWhenChanged) {
    test::TempDir dir;
    auto one = Workbench::create(dir.file("one.edau"), "one");
    fill(*one, true);
    one->saveCopy(dir.file("copy.edau"));
    auto copy = Workbench::open(dir.file("copy.edau"));
    EXPECT_EQ(projectDigest(*copy), projectDigest(*one));
    copy->store().addCase("Siân");
    EXPECT_NE(projectDigest(*copy), projectDigest(*one));
}

}  // namespace
}  // namespace edau
