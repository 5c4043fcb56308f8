// SPDX-License-Identifier: GPL-3.0-or-later
// Coding queries: counts per case or attribute value and code; co-occurring codes.
#include "edau/app/query_service.h"

#include <gtest/gtest.h>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

TEST(QueryService, CountsCodingsDocumentsAndWordsPerRowAndCode) {
    test::TempDir dir;
    auto bench = Workbench::create(dir.file("p.edau"), "p");
    auto& s = bench->store();
    Coder coder = bench->useCoder("Lowri");
    Code respite = s.addCode("Seibiant", std::nullopt);
    Code money = s.addCode("Arian", std::nullopt);
    Attribute la = s.addAttribute("la", AttributeType::Category);
    // Text: "Siân: dim seibiant o gwbl, dim arian chwaith." with two turns' worth of codings.
    std::string text = "Siân: dim seibiant o gwbl, dim arian chwaith.\nGwyn: seibiant yn brin.";
    Document d = s.addDocument({"d", "d.txt", "txt", "utf-8", text, "cy"},
                               {Turn{0, {}, 0, 0, "Siân", 0, 45, std::nullopt}, Turn{0, {}, 0, 1, "Gwyn", 46, 69, std::nullopt}});
    Case c = s.addCase("Siân");
    s.setAttributeValue(c.id, la.id, "Gwynedd");
    s.setDocumentCase(d.id, c.id);
    s.addCoding(d.id, 6, 25, respite.id, coder.id);   // "dim seibiant o gwbl": 4 words
    s.addCoding(d.id, 10, 25, respite.id, coder.id);  // overlaps the first: words counted once
    s.addCoding(d.id, 27, 36, money.id, coder.id);    // "dim arian": 2 words, same turn as respite
    s.addCoding(d.id, 52, 60, respite.id, coder.id);  // "seibiant" in Gwyn's turn
    auto counts = countCodings(*bench, "cases");
    ASSERT_EQ(counts.size(), 2u);
    const CodingCount* r = counts[0].code == "Seibiant" ? &counts[0] : &counts[1];
    EXPECT_EQ(r->row, "Siân");
    EXPECT_EQ(r->codings, 3);
    EXPECT_EQ(r->documents, 1);
    EXPECT_EQ(r->words, 5);
    auto byAuthority = countCodings(*bench, "la");
    EXPECT_EQ(byAuthority[0].row, "Gwynedd");
    EXPECT_THROW(countCodings(*bench, "oed"), Error);

    auto pairs = codeCooccurrence(*bench);
    ASSERT_EQ(pairs.size(), 1u);
    EXPECT_EQ(pairs[0].overlapping, 0);
    EXPECT_EQ(pairs[0].sameTurn, 2);  // both respite codings in Siân's turn start with money's
}

TEST(QueryService, CountsWhatEachCoderHasCodedPerCode) {
    test::TempDir dir;
    auto bench = Workbench::create(dir.file("p.edau"), "p");
    auto& s = bench->store();
    Coder lowri = bench->useCoder("Lowri");
    Coder ben = s.addCoder("Ben");
    Code support = s.addCode("Cymorth", std::nullopt);
    Code respite = s.addCode("Seibiant", support.id);
    Code money = s.addCode("Arian", std::nullopt);
    Document a = s.addDocument({"a", "a.txt", "txt", "utf-8", "Dim seibiant o gwbl eleni, a dim arian.", "cy"});
    Document b = s.addDocument({"b", "b.txt", "txt", "utf-8", "Seibiant unwaith y mis.", "cy"});
    s.addCoding(a.id, 0, 19, respite.id, lowri.id);  // 19 characters
    s.addCoding(a.id, 4, 25, respite.id, lowri.id);  // overlaps: 25 characters in all for Lowri in a
    s.addCoding(b.id, 0, 8, respite.id, lowri.id);   // 8 more, a second document
    s.addCoding(a.id, 4, 12, respite.id, ben.id);
    s.addCoding(a.id, 29, 38, money.id, ben.id);
    struct Expected {
        const char* coder;
        const char* code;
        std::int64_t codings, documents, characters;
    };
    const std::vector<Expected> all = {
        {"Ben", "Cymorth/Seibiant", 1, 1, 8},  // by coder, then by code as created
        {"Ben", "Arian", 1, 1, 9},
        {"Lowri", "Cymorth/Seibiant", 3, 2, 33},
    };
    auto check = [](const std::vector<CodingCount>& got, const std::vector<Expected>& want, const char* what) {
        ASSERT_EQ(got.size(), want.size()) << what;
        for (std::size_t i = 0; i < want.size(); ++i) {
            EXPECT_EQ(got[i].row, want[i].coder) << what << " " << i;
            EXPECT_EQ(got[i].code, want[i].code) << what << " " << i;
            EXPECT_EQ(got[i].codings, want[i].codings) << what << " " << i;
            EXPECT_EQ(got[i].documents, want[i].documents) << what << " " << i;
            EXPECT_EQ(got[i].characters, want[i].characters) << what << " " << i;
        }
    };
    check(countCodingsByCoder(*bench), all, "every code");
    check(countCodings(*bench, "coders"), all, "rows named coders");
    // A code includes its sub-codes.
    check(countCodingsByCoder(*bench, "Cymorth"), {all[0], all[2]}, "Cymorth and below");
    check(countCodings(*bench, CodingCountQuery{"coders", "Arian"}), {all[1]}, "Arian");
    EXPECT_THROW(countCodingsByCoder(*bench, "Dim"), Error);
    // Characters are counted for every kind of row.
    auto byCase = countCodings(*bench, CodingCountQuery{"cases", "Arian"});
    ASSERT_EQ(byCase.size(), 1u);
    EXPECT_EQ(byCase[0].row, "");
    EXPECT_EQ(byCase[0].characters, 9);
}

}  // namespace
}  // namespace edau
