// SPDX-License-Identifier: GPL-3.0-or-later
// Intercoder agreement over a project: where two coders differ, and which documents count.
#include "edau/app/agreement_service.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using Kind = CodingDifference::Kind;

/// The code point offset of `needle` in UTF-8 `text` (the unit codings use).
std::int64_t at(const std::string& text, const std::string& needle) {
    const std::size_t byte = text.find(needle);
    EXPECT_NE(byte, std::string::npos) << needle;
    std::int64_t points = 0;
    for (std::size_t i = 0; i < byte; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++points;
    return points;
}

std::int64_t length(const std::string& s) {
    std::int64_t points = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++points;
    return points;
}

/// Two coders, three codes, two documents; Ben never coded the second one.
class CodingDifferences : public ::testing::Test {
protected:
    void SetUp() override {
        bench = Workbench::create(dir.file("p.edau"), "p");
        auto& s = bench->store();
        lowri = bench->useCoder("Lowri");
        ben = s.addCoder("Ben");
        respite = s.addCode("Respite", std::nullopt);
        peer = s.addCode("Peer support", std::nullopt);
        faith = s.addCode("Faith", std::nullopt);
        first = s.addDocument({"siân", "siân.txt", "txt", "utf-8", kFirst, "en"});
        second = s.addDocument({"gwyn", "gwyn.txt", "txt", "utf-8", kSecond, "en"});
        code(first, "There was no respite at all.", respite, lowri);
        code(first, "no respite at all", respite, ben);           // shorter, inside the same sentence
        code(first, "The grŵp was a great help.", peer, lowri);   // Ben codes it as Faith instead
        code(first, "The grŵp was a great help.", faith, ben);
        code(first, "I went to chapel every week.", faith, lowri);  // the same text: no difference
        code(first, "I went to chapel every week.", faith, ben);
        code(second, "a week away", respite, lowri);             // a transcript Ben never coded
    }

    void code(const Document& document, const std::string& passage, const Code& c, const Coder& coder) {
        const std::string& text = document.id == first.id ? kFirst : kSecond;
        const std::int64_t start = at(text, passage);
        bench->store().addCoding(document.id, start, start + length(passage), c.id, coder.id);
    }

    static inline const std::string kFirst =
        "Siân: The grŵp was a great help. There was no respite at all. I went to chapel every week.";
    static inline const std::string kSecond = "Gwyn: We had a week away once a year.";
    test::TempDir dir;
    std::unique_ptr<Workbench> bench;
    Coder lowri, ben;
    Code respite, peer, faith;
    Document first, second;
};

TEST_F(CodingDifferences, SayWhereTwoCodersDifferAndHow) {
    struct Expected {
        RowId code;
        RowId document;
        Kind kind;
    };
    struct Row {
        const char* unit;
        bool sharedOnly;
        std::vector<Expected> expected;  // in code (by id), document, position order
    };
    const std::vector<Row> rows = {
        {"character", false,
         {{respite.id, first.id, Kind::Extent},
          {respite.id, second.id, Kind::FirstOnly},
          {peer.id, first.id, Kind::FirstOnly},
          {faith.id, first.id, Kind::SecondOnly}}},
        // By sentence, a shorter span inside the same sentence is the same decision.
        {"sentence", false,
         {{respite.id, second.id, Kind::FirstOnly}, {peer.id, first.id, Kind::FirstOnly}, {faith.id, first.id, Kind::SecondOnly}}},
        // Only the transcript both coded: Lowri's coding in Gwyn's is no disagreement.
        {"character", true,
         {{respite.id, first.id, Kind::Extent}, {peer.id, first.id, Kind::FirstOnly}, {faith.id, first.id, Kind::SecondOnly}}},
        {"sentence", true, {{peer.id, first.id, Kind::FirstOnly}, {faith.id, first.id, Kind::SecondOnly}}},
    };
    for (const Row& row : rows) {
        AgreementQuery query;
        query.coderNames = {"Lowri", "Ben"};
        query.unit = row.unit;
        query.sharedDocumentsOnly = row.sharedOnly;
        const auto differences = findCodingDifferences(*bench, query);
        const std::string what = std::string(row.unit) + (row.sharedOnly ? " shared" : " all");
        ASSERT_EQ(differences.size(), row.expected.size()) << what;
        for (std::size_t i = 0; i < differences.size(); ++i) {
            EXPECT_EQ(differences[i].codeId, row.expected[i].code) << what << " " << i;
            EXPECT_EQ(differences[i].documentId, row.expected[i].document) << what << " " << i;
            EXPECT_EQ(differences[i].kind, row.expected[i].kind) << what << " " << i;
            EXPECT_EQ(differences[i].firstCoderId, lowri.id);
            EXPECT_EQ(differences[i].secondCoderId, ben.id);
        }
    }
}

TEST_F(CodingDifferences, GiveTheCodingsOnEachSideAndWhatTheOtherCoderCodedInstead) {
    AgreementQuery query;
    query.coderNames = {"Lowri", "Ben"};
    const auto differences = findCodingDifferences(*bench, query);
    ASSERT_EQ(differences.size(), 4u);

    const CodingDifference& extent = differences[0];
    EXPECT_EQ(extent.passage.start, at(kFirst, "There was"));
    EXPECT_EQ(extent.passage.end, at(kFirst, "There was") + length("There was no respite at all."));
    EXPECT_EQ(extent.disputedCharacters, length("There was no respite at all.") - length("no respite at all"));
    ASSERT_EQ(extent.firstCodings.size(), 1u);
    ASSERT_EQ(extent.secondCodings.size(), 1u);
    EXPECT_EQ(extent.secondCodings[0].start, at(kFirst, "no respite"));

    const CodingDifference& peerOnly = differences[2];
    EXPECT_EQ(peerOnly.firstCodings.size(), 1u);
    EXPECT_TRUE(peerOnly.secondCodings.empty());
    ASSERT_EQ(peerOnly.otherCodings.size(), 1u);  // Ben coded the passage as Faith
    EXPECT_EQ(peerOnly.otherCodings[0].codeId, faith.id);
    EXPECT_EQ(peerOnly.otherCodings[0].coderId, ben.id);
    EXPECT_EQ(peerOnly.disputedCharacters, length("The grŵp was a great help."));
}

TEST_F(CodingDifferences, SharedDocumentsOnlyLeavesOutWhatOneCoderNeverCoded) {
    AgreementQuery query;
    query.coderNames = {"Lowri", "Ben"};
    const ProjectAgreement all = computeProjectAgreement(*bench, query);
    query.sharedDocumentsOnly = true;
    const ProjectAgreement shared = computeProjectAgreement(*bench, query);
    ASSERT_EQ(all.report.pairs.size(), 1u);
    ASSERT_EQ(shared.report.pairs.size(), 1u);
    EXPECT_EQ(all.report.pairs[0].documentIds.size(), 2u);
    EXPECT_EQ(shared.report.pairs[0].documentIds, std::vector<RowId>{first.id});
    // Lowri's respite in Gwyn's transcript no longer counts against Ben.
    const CodeAgreement& respiteAll = all.report.pairs[0].codes[0];
    const CodeAgreement& respiteShared = shared.report.pairs[0].codes[0];
    ASSERT_EQ(respiteAll.codeId, respite.id);
    EXPECT_EQ(respiteAll.wholeText.table.firstOnly - respiteShared.wholeText.table.firstOnly, length("a week away"));
}

TEST_F(CodingDifferences, RefuseWhatComputeProjectAgreementRefuses) {
    AgreementQuery query;
    query.coderNames = {"Lowri"};
    EXPECT_THROW(findCodingDifferences(*bench, query), Error);
    query.coderNames = {"Lowri", "Nobody"};
    EXPECT_THROW(findCodingDifferences(*bench, query), Error);
    query.coderNames = {"Lowri", "Ben"};
    query.unit = "paragraph";
    EXPECT_THROW(findCodingDifferences(*bench, query), Error);
}

}  // namespace
}  // namespace edau
