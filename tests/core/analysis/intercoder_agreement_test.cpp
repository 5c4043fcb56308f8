// SPDX-License-Identifier: GPL-3.0-or-later
// computeIntercoderAgreement: hand-worked documents, published examples laid out as units, and edge cases.
#include "edau/analysis/intercoder_agreement.h"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

#include "edau/base/error.h"

namespace edau {
namespace {

constexpr double kTolerance = 5e-7;
constexpr RowId kA = 1;  // first coder
constexpr RowId kB = 2;  // second coder
constexpr RowId kC = 3;  // third coder

Coding coding(RowId document, std::int64_t start, std::int64_t end, RowId code, RowId coder) {
    Coding c;
    c.documentId = document;
    c.start = start;
    c.end = end;
    c.codeId = code;
    c.coderId = coder;
    return c;
}

AgreementDocument document(RowId id, std::int64_t length, std::vector<TextSpan> units = {}) {
    AgreementDocument d;
    d.id = id;
    d.length = length;
    d.units = std::move(units);
    return d;
}

/// Units of equal width covering a document.
std::vector<TextSpan> evenUnits(std::int64_t count, std::int64_t width) {
    std::vector<TextSpan> units;
    for (std::int64_t i = 0; i < count; ++i) units.push_back({i * width, (i + 1) * width});
    return units;
}

const CodeAgreement& codeIn(const CoderPairAgreement& pair, RowId code) {
    for (const auto& c : pair.codes) {
        if (c.codeId == code) return c;
    }
    throw std::runtime_error("code not in report");
}

const CodeAlpha& alphaOf(const AgreementReport& report, RowId code) {
    for (const auto& a : report.alpha) {
        if (a.codeId == code) return a;
    }
    throw std::runtime_error("code not in report");
}

void expectFigures(const TwoCoderFigures& figures, AgreementTable table, std::optional<double> agreement,
                   std::optional<double> kappa, const char* what) {
    EXPECT_EQ(figures.table, table) << what;
    ASSERT_EQ(figures.agreement.has_value(), agreement.has_value()) << what;
    if (agreement) {
        EXPECT_NEAR(*figures.agreement, *agreement, kTolerance) << what;
    }
    ASSERT_EQ(figures.kappa.has_value(), kappa.has_value()) << what;
    if (kappa) {
        EXPECT_NEAR(*figures.kappa, *kappa, kTolerance) << what;
    }
}

AgreementRequest nvivoShapedRequest(std::int64_t length) {
    // A codes 0–150, B codes 100–200 with code 7: 50 characters both, 100 A only, 50 B only.
    AgreementRequest request;
    request.documents = {document(1, length)};
    request.codings = {coding(1, 0, 150, 7, kA), coding(1, 100, 200, 7, kB)};
    request.coderIds = {kA, kB};
    return request;
}

TEST(IntercoderAgreement, CharacterLevelMatchesNVivosWorkedExample) {
    // NVivo help's 1000-character source: 50 both, 150 one only, 800 neither: agreement 85%.
    // κ = 2(ad − bc) / ((a + b)(b + d) + (a + c)(c + d))
    //   = 2(50 × 800 − 100 × 50) / (150 × 900 + 100 × 850) = 70000 / 220000 = 0.318182.
    const auto report = computeIntercoderAgreement(nvivoShapedRequest(1000));
    ASSERT_EQ(report.pairs.size(), 1u);
    const auto& code = codeIn(report.pairs[0], 7);
    EXPECT_TRUE(code.applied);
    expectFigures(code.wholeText, {50, 100, 50, 800}, 0.85, 70000.0 / 220000.0, "whole text");
    ASSERT_EQ(code.documents.size(), 1u);
    EXPECT_EQ(code.documents[0].documentId, 1);
    expectFigures(code.documents[0].figures, {50, 100, 50, 800}, 0.85, 70000.0 / 220000.0, "NVivo row");
    // Coded text is 0–200 (the only text either coder coded): {50, 100, 50, 0}.
    // Agreement 50 / 200 = 0.25; κ = 2(0 − 5000) / (150 × 100 + 100 × 50) = −0.5.
    expectFigures(code.codedText, {50, 100, 50, 0}, 0.25, -0.5, "coded text");
    // Overlap 50 / 200 = 0.25; specific agreement 100 / 250 = 0.4.
    EXPECT_NEAR(*code.wholeText.overlap, 0.25, kTolerance);
    EXPECT_NEAR(*code.wholeText.specificAgreement, 0.4, kTolerance);
}

TEST(IntercoderAgreement, UncodedTextRaisesNVivosFiguresButNotTheCodedTextOnes) {
    // The same coding in a ten times longer document: 9000 more characters nobody coded.
    // Whole text: {50, 100, 50, 9800}: agreement 0.985;
    // κ = 2(50 × 9800 − 5000) / (150 × 9900 + 100 × 9850) = 970000 / 2470000 = 0.392713.
    const auto longer = computeIntercoderAgreement(nvivoShapedRequest(10000));
    const auto& code = codeIn(longer.pairs[0], 7);
    expectFigures(code.wholeText, {50, 100, 50, 9800}, 0.985, 970000.0 / 2470000.0, "whole text");
    expectFigures(code.codedText, {50, 100, 50, 0}, 0.25, -0.5, "coded text");
    EXPECT_NEAR(*code.wholeText.overlap, 0.25, kTolerance);
}

/// Fifty characters in five ten-character sentences, two codes:
///   A: code 1 at 2–5 and 12–25 (sentences 0, 1, 2)
///   B: code 1 at 8–12 (sentences 0, 1); code 2 at 35–36 (sentence 3)
AgreementRequest sentencesRequest() {
    AgreementRequest request;
    request.documents = {document(1, 50, evenUnits(5, 10))};
    request.codings = {coding(1, 2, 5, 1, kA), coding(1, 12, 25, 1, kA), coding(1, 8, 12, 1, kB),
                       coding(1, 35, 36, 2, kB)};
    request.coderIds = {kA, kB};
    return request;
}

TEST(IntercoderAgreement, HandWorkedDocumentAtCharacterLevel) {
    const auto report = computeIntercoderAgreement(sentencesRequest());
    const auto& pair = report.pairs[0];
    EXPECT_EQ(report.codeIds, (std::vector<RowId>{1, 2}));

    // Code 1: A has 3 + 13 = 16 characters, B 4, none shared: whole text {0, 16, 4, 30}.
    // Agreement 30/50 = 0.6; κ = 2(0 − 64) / (16 × 46 + 4 × 34) = −128/872 = −0.146789.
    // (Check: pA = 0.32, pB = 0.08, pe = 0.0256 + 0.6256 = 0.6512, κ = −0.0512 / 0.3488.)
    expectFigures(codeIn(pair, 1).wholeText, {0, 16, 4, 30}, 0.6, -128.0 / 872.0, "code 1 whole");
    // Coded text = 2–5, 8–25, 35–36: 3 + 17 + 1 = 21 characters: {0, 16, 4, 1}.
    // Agreement 1/21; κ = −128 / (16 × 17 + 4 × 5) = −128/292 = −0.438356.
    expectFigures(codeIn(pair, 1).codedText, {0, 16, 4, 1}, 1.0 / 21.0, -128.0 / 292.0, "code 1 coded");
    // Code 2: B only, 1 character. Whole {0, 0, 1, 49}: 0.98, κ 0 (A never used it).
    expectFigures(codeIn(pair, 2).wholeText, {0, 0, 1, 49}, 0.98, 0.0, "code 2 whole");
    expectFigures(codeIn(pair, 2).codedText, {0, 0, 1, 20}, 20.0 / 21.0, 0.0, "code 2 coded");

    // Pooled over both codes: {0, 16, 5, 79}: agreement 0.79;
    // κ = 2(0 − 80) / (16 × 95 + 5 × 84) = −160/1940 = −0.082474.
    expectFigures(pair.wholeText.pooled, {0, 16, 5, 79}, 0.79, -160.0 / 1940.0, "pooled whole");
    // Means: agreement (0.6 + 0.98) / 2 = 0.79; κ (−0.146789 + 0) / 2; overlap (0 + 0) / 2.
    EXPECT_NEAR(*pair.wholeText.mean.agreement.value, 0.79, kTolerance);
    EXPECT_NEAR(*pair.wholeText.mean.kappa.value, -64.0 / 872.0, kTolerance);
    EXPECT_EQ(pair.wholeText.mean.kappa.codes, 2);
    EXPECT_NEAR(*pair.wholeText.mean.overlap.value, 0.0, kTolerance);
}

TEST(IntercoderAgreement, HandWorkedDocumentAtUnitLevel) {
    const auto report = computeIntercoderAgreement(sentencesRequest());
    const auto& pair = report.pairs[0];
    EXPECT_EQ(pair.units, 5);
    // Code 1 by sentence: 0 and 1 both, 2 A only, 3 and 4 neither: {2, 1, 0, 2}.
    // Agreement 4/5; κ = 2(4 − 0) / (3 × 3 + 2 × 2) = 8/13 = 0.615385.
    // (Check: pA = 0.6, pB = 0.4, pe = 0.48, κ = 0.32 / 0.52.)
    expectFigures(codeIn(pair, 1).allUnits, {2, 1, 0, 2}, 0.8, 8.0 / 13.0, "code 1 all units");
    // Sentence 4 nobody coded is left out of coded units: {2, 1, 0, 1}: 0.75; κ = 4 / (3 × 2 + 2 × 1) = 0.5.
    expectFigures(codeIn(pair, 1).codedUnits, {2, 1, 0, 1}, 0.75, 0.5, "code 1 coded units");
    expectFigures(codeIn(pair, 2).allUnits, {0, 0, 1, 4}, 0.8, 0.0, "code 2 all units");
    expectFigures(codeIn(pair, 2).codedUnits, {0, 0, 1, 3}, 0.75, 0.0, "code 2 coded units");
    // Pooled all units {2, 1, 1, 6}: 0.8; κ = 2(12 − 1) / (3 × 7 + 3 × 7) = 22/42.
    expectFigures(pair.allUnits.pooled, {2, 1, 1, 6}, 0.8, 22.0 / 42.0, "pooled all units");
    // Pooled coded units {2, 1, 1, 4}: 0.75; κ = 2(8 − 1) / (3 × 5 + 3 × 5) = 14/30.
    expectFigures(pair.codedUnits.pooled, {2, 1, 1, 4}, 0.75, 14.0 / 30.0, "pooled coded units");
}

TEST(IntercoderAgreement, HandWorkedDocumentAlpha) {
    const auto report = computeIntercoderAgreement(sentencesRequest());
    // Code 1, values A 1 1 1 0 0, B 1 1 0 0 0: o11 = 4, o10 = o01 = 1, o00 = 4; n1 = n0 = 5, n = 10.
    // Do = 2/10; De = (100 − 25 − 25) / 90 = 50/90; α = 1 − 0.2 × 90/50 = 0.64.
    EXPECT_NEAR(*alphaOf(report, 1).allUnits.alpha, 0.64, kTolerance);
    // Coded units (sentences 0–3): o11 = 4, o10 = o01 = 1, o00 = 2; n1 = 5, n0 = 3, n = 8.
    // Do = 2/8; De = (64 − 25 − 9) / 56 = 30/56; α = 1 − 0.25 × 56/30 = 8/15 = 0.533333.
    EXPECT_NEAR(*alphaOf(report, 1).codedUnits.alpha, 8.0 / 15.0, kTolerance);
    // Code 2, values A 0 0 0 0 0, B 0 0 0 1 0: n0 = 9, n1 = 1, Σ o_cc = 8: Do = 0.2;
    // De = (100 − 81 − 1) / 90 = 0.2; α = 0.
    EXPECT_NEAR(*alphaOf(report, 2).allUnits.alpha, 0.0, kTolerance);
    // Pooled over (sentence, code): n0 = 14, n1 = 6, n = 20, Σ o_cc = 16: Do = 0.2;
    // De = (400 − 196 − 36) / 380 = 168/380; α = 1 − 0.2 × 380/168 = 23/42 = 0.547619.
    EXPECT_NEAR(*report.alphaAllUnits.pooled.alpha, 23.0 / 42.0, kTolerance);
    EXPECT_EQ(report.alphaAllUnits.pooled.values, 20);
    EXPECT_NEAR(*report.alphaAllUnits.mean.value, 0.32, kTolerance);
    EXPECT_EQ(report.alphaAllUnits.mean.codes, 2);
}

TEST(IntercoderAgreement, KrippendorffsBinaryExampleLaidOutAsSentences) {
    // Krippendorff (2011) example A as ten ten-character sentences: A codes sentences 2 and 9,
    // B codes 1, 2, 3 and 6 (1-based). Published α = 0.095 (= 2/21).
    // The same data as a 2 × 2 table: {1, 1, 3, 5}: po = 0.6, pe = 0.2 × 0.4 + 0.8 × 0.6 = 0.56,
    // κ = 0.04 / 0.44 = 0.090909.
    AgreementRequest request;
    request.documents = {document(1, 100, evenUnits(10, 10))};
    request.codings = {coding(1, 10, 20, 4, kA), coding(1, 80, 90, 4, kA), coding(1, 0, 10, 4, kB),
                       coding(1, 10, 20, 4, kB), coding(1, 20, 30, 4, kB), coding(1, 50, 60, 4, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    EXPECT_NEAR(*alphaOf(report, 4).allUnits.alpha, 2.0 / 21.0, kTolerance);
    expectFigures(codeIn(report.pairs[0], 4).allUnits, {1, 1, 3, 5}, 0.6, 0.04 / 0.44, "units");
}

TEST(IntercoderAgreement, WikipediasKappaExampleLaidOutAsSentences) {
    // Wikipedia's 50 grant proposals as 50 two-character sentences: 20 both, 5 A only, 10 B only,
    // 15 neither: κ = 0.4 by sentence; by character every count doubles and κ stays 0.4.
    AgreementRequest request;
    request.documents = {document(1, 100, evenUnits(50, 2))};
    request.codings = {coding(1, 0, 50, 3, kA), coding(1, 0, 40, 3, kB), coding(1, 50, 70, 3, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    const auto& code = codeIn(report.pairs[0], 3);
    expectFigures(code.allUnits, {20, 5, 10, 15}, 0.7, 0.4, "sentences");
    expectFigures(code.wholeText, {40, 10, 20, 30}, 0.7, 0.4, "characters");
}

TEST(IntercoderAgreement, ACoderWhoDidNotCodeADocumentIsMissingThere) {
    // Document 1 (three sentences) was coded by all three coders; document 2 (two sentences)
    // by A and B only. Code 5 by sentence:
    //            d1s0 d1s1 d1s2 d2s0 d2s1
    //   A          1    0    0    1    0
    //   B          1    1    0    1    1
    //   C          1    0    0    -    -
    // Coincidences: d1s0 o11 += 3; d1s1 o00 += 1, o01 = o10 += 1; d1s2 o00 += 3; d2s0 o11 += 2;
    // d2s1 o01 = o10 += 1. n1 = 7, n0 = 6, n = 13, Σ o_cc = 9: Do = 4/13;
    // De = (169 − 49 − 36) / 156 = 84/156; α = 1 − (4/13) × (156/84) = 3/7 = 0.428571.
    AgreementRequest request;
    request.documents = {document(1, 30, evenUnits(3, 10)), document(2, 20, evenUnits(2, 10))};
    request.documents[1].codedBy = std::vector<RowId>{kA, kB};
    request.codings = {coding(1, 0, 10, 5, kA), coding(2, 0, 10, 5, kA),
                       coding(1, 0, 5, 5, kB),  coding(1, 10, 12, 5, kB), coding(2, 0, 20, 5, kB),
                       coding(1, 0, 10, 5, kC)};
    request.coderIds = {kA, kB, kC};
    const auto report = computeIntercoderAgreement(request);
    EXPECT_NEAR(*alphaOf(report, 5).allUnits.alpha, 3.0 / 7.0, kTolerance);

    // The same through krippendorffAlphaNominal, with C's gaps as missing values.
    const ReliabilityData matrix = {{1, 0, 0, 1, 0}, {1, 1, 0, 1, 1}, {1, 0, 0, std::nullopt, std::nullopt}};
    EXPECT_NEAR(*alphaOf(report, 5).allUnits.alpha, *krippendorffAlphaNominal(matrix).alpha, kTolerance);

    // Pairs with C compare document 1 only; A with B compares both.
    ASSERT_EQ(report.pairs.size(), 3u);
    EXPECT_EQ(report.pairs[0].secondCoderId, kB);
    EXPECT_EQ(report.pairs[0].documentIds, (std::vector<RowId>{1, 2}));
    EXPECT_EQ(report.pairs[1].secondCoderId, kC);
    EXPECT_EQ(report.pairs[1].documentIds, (std::vector<RowId>{1}));
    EXPECT_EQ(report.pairs[1].codes[0].wholeText.table.total(), 30);
    EXPECT_EQ(report.pairs[2].firstCoderId, kB);
    EXPECT_EQ(report.pairs[2].documentIds, (std::vector<RowId>{1}));

    // Without the codedBy list C counts as having coded nothing in document 2, and alpha differs.
    request.documents[1].codedBy.reset();
    const auto uncoded = computeIntercoderAgreement(request);
    EXPECT_EQ(uncoded.pairs[1].documentIds, (std::vector<RowId>{1, 2}));
    EXPECT_GT(std::abs(*alphaOf(uncoded, 5).allUnits.alpha - 3.0 / 7.0), 0.01);
}

TEST(IntercoderAgreement, ACoderWithCodingsInADocumentCodedItWhateverTheList) {
    AgreementRequest request;
    request.documents = {document(1, 10)};
    request.documents[0].codedBy = std::vector<RowId>{kA};
    request.codings = {coding(1, 0, 5, 1, kA), coding(1, 0, 5, 2, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    EXPECT_EQ(report.pairs[0].documentIds, (std::vector<RowId>{1}));
}

TEST(IntercoderAgreement, NoDocumentInCommonIsSaid) {
    AgreementRequest request;
    request.documents = {document(1, 10), document(2, 10)};
    request.documents[0].codedBy = std::vector<RowId>{kA};
    request.documents[1].codedBy = std::vector<RowId>{kB};
    request.codings = {coding(1, 0, 5, 1, kA), coding(2, 0, 5, 1, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    EXPECT_TRUE(report.pairs[0].documentIds.empty());
    EXPECT_EQ(report.pairs[0].notes.size(), 1u);
    EXPECT_FALSE(report.pairs[0].wholeText.pooled.agreement);
}

TEST(IntercoderAgreement, OverlappingCodingsBySameCoderAreMerged) {
    // A codes 0–10 and 5–15 with one code: 15 characters coded, not 20. B codes 0–15.
    AgreementRequest request;
    request.documents = {document(1, 20)};
    request.codings = {coding(1, 0, 10, 1, kA), coding(1, 5, 15, 1, kA), coding(1, 0, 15, 1, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    const auto& code = codeIn(report.pairs[0], 1);
    expectFigures(code.wholeText, {15, 0, 0, 5}, 1.0, 1.0, "merged");
}

TEST(IntercoderAgreement, CodingsReachingOutsideTheDocumentAreCut) {
    // Length 10. A codes 5–20 (cut to 5–10) and 12–15 (wholly outside); B codes −3..5 (cut to 0–5).
    AgreementRequest request;
    request.documents = {document(1, 10)};
    request.codings = {coding(1, 5, 20, 1, kA), coding(1, 12, 15, 1, kA), coding(1, -3, 5, 1, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    expectFigures(codeIn(report.pairs[0], 1).wholeText, {0, 5, 5, 0}, 0.0, -1.0, "cut");
    ASSERT_EQ(report.notes.size(), 1u);
    EXPECT_NE(report.notes[0].str().find("3"), std::string::npos);
}

TEST(IntercoderAgreement, CodingsOutsideTheComparisonAreLeftOut) {
    // A coding in a document not compared is counted in the notes; a third coder's coding and
    // a code not asked for change nothing, not even the coded-text scope.
    AgreementRequest request;
    request.documents = {document(1, 100)};
    request.codings = {coding(1, 0, 10, 1, kA), coding(1, 0, 10, 1, kB), coding(9, 0, 10, 1, kA),
                       coding(1, 50, 100, 1, kC), coding(1, 20, 60, 2, kB)};
    request.coderIds = {kA, kB};
    request.codeIds = {1};
    const auto report = computeIntercoderAgreement(request);
    EXPECT_EQ(report.codeIds, (std::vector<RowId>{1}));
    const auto& code = codeIn(report.pairs[0], 1);
    expectFigures(code.wholeText, {10, 0, 0, 90}, 1.0, 1.0, "whole text");
    expectFigures(code.codedText, {10, 0, 0, 0}, 1.0, std::nullopt, "coded text is code 1's text only");
    ASSERT_EQ(report.notes.size(), 1u);
    EXPECT_NE(report.notes[0].str().find("1"), std::string::npos);
}

TEST(IntercoderAgreement, UnusedCodesAreListedButLeftOutOfTheOverallFigures) {
    AgreementRequest request = nvivoShapedRequest(1000);
    request.codeIds = {7, 8};  // nobody used 8
    const auto report = computeIntercoderAgreement(request);
    const auto& pair = report.pairs[0];
    const auto& unused = codeIn(pair, 8);
    EXPECT_FALSE(unused.applied);
    expectFigures(unused.wholeText, {0, 0, 0, 1000}, 1.0, std::nullopt, "unused code");
    EXPECT_FALSE(unused.wholeText.notes.empty());
    // Code 8's 100% would lift the mean to 92.5%: it is left out, so overall is code 7 alone.
    expectFigures(pair.wholeText.pooled, {50, 100, 50, 800}, 0.85, 70000.0 / 220000.0, "pooled");
    EXPECT_NEAR(*pair.wholeText.mean.agreement.value, 0.85, kTolerance);
    EXPECT_EQ(pair.wholeText.mean.agreement.codes, 1);
}

TEST(IntercoderAgreement, EachDocumentHasNVivosRowAndTheCodeSumsThem) {
    // Document 1 (100 characters): A 0–20, B 10–30 → {10, 10, 10, 70}, agreement 0.8.
    // Document 2 (300 characters): A 0–60, B 0–60   → {60, 0, 0, 240}, agreement 1.
    // Summed {70, 10, 10, 310}: agreement 380/400 = 0.95 = (100 × 0.8 + 300 × 1) / 400, the
    // length-weighted mean; κ = 2(70 × 310 − 100) / (80 × 320 + 80 × 320) = 43200/51200 = 0.84375.
    AgreementRequest request;
    request.documents = {document(1, 100), document(2, 300)};
    request.codings = {coding(1, 0, 20, 1, kA), coding(1, 10, 30, 1, kB), coding(2, 0, 60, 1, kA),
                       coding(2, 0, 60, 1, kB)};
    request.coderIds = {kA, kB};
    const auto report = computeIntercoderAgreement(request);
    const auto& code = codeIn(report.pairs[0], 1);
    ASSERT_EQ(code.documents.size(), 2u);
    expectFigures(code.documents[0].figures, {10, 10, 10, 70}, 0.8, 2.0 * (700 - 100) / (20.0 * 80 + 20.0 * 80), "doc 1");
    expectFigures(code.documents[1].figures, {60, 0, 0, 240}, 1.0, 1.0, "doc 2");
    expectFigures(code.wholeText, {70, 10, 10, 310}, 0.95, 43200.0 / 51200.0, "summed");
}

TEST(IntercoderAgreement, WithoutUnitsUnitFiguresAreNotDefined) {
    const auto report = computeIntercoderAgreement(nvivoShapedRequest(1000));
    const auto& code = codeIn(report.pairs[0], 7);
    EXPECT_EQ(report.pairs[0].units, 0);
    EXPECT_FALSE(code.allUnits.agreement);
    EXPECT_FALSE(code.allUnits.kappa);
    EXPECT_FALSE(code.allUnits.notes.empty());
    EXPECT_FALSE(alphaOf(report, 7).allUnits.alpha);
    EXPECT_FALSE(alphaOf(report, 7).applied);
    EXPECT_FALSE(report.alphaAllUnits.pooled.alpha);
    EXPECT_FALSE(report.alphaAllUnits.mean.value);
}

TEST(IntercoderAgreement, UnitsOutsideTheDocumentAreLeftOut) {
    AgreementRequest request = nvivoShapedRequest(1000);
    request.documents[0].units = {{0, 500}, {500, 1000}, {1000, 1200}, {700, 700}};
    const auto report = computeIntercoderAgreement(request);
    EXPECT_EQ(report.pairs[0].units, 2);
    ASSERT_EQ(report.notes.size(), 1u);
    EXPECT_NE(report.notes[0].str().find("2"), std::string::npos);
}

TEST(IntercoderAgreement, CodesComeFromTheCodingsInAscendingOrder) {
    AgreementRequest request;
    request.documents = {document(1, 10)};
    request.codings = {coding(1, 0, 5, 30, kA), coding(1, 0, 5, 10, kB), coding(1, 0, 5, 20, kA)};
    request.coderIds = {kA, kB};
    EXPECT_EQ(computeIntercoderAgreement(request).codeIds, (std::vector<RowId>{10, 20, 30}));
}

TEST(IntercoderAgreement, RejectsRequestsThatCannotBeCompared) {
    struct Bad {
        const char* what;
        AgreementRequest request;
    };
    std::vector<Bad> cases;
    cases.push_back({"one coder", {{document(1, 10)}, {}, {kA}, {}}});
    cases.push_back({"coder twice", {{document(1, 10)}, {}, {kA, kA}, {}}});
    cases.push_back({"document twice", {{document(1, 10), document(1, 20)}, {}, {kA, kB}, {}}});
    cases.push_back({"negative length", {{document(1, -1)}, {}, {kA, kB}, {}}});
    for (const auto& bad : cases) {
        try {
            computeIntercoderAgreement(bad.request);
            ADD_FAILURE() << bad.what << ": expected Error(Usage)";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Usage) << bad.what;
        }
    }
}

TEST(IntercoderAgreement, ExplainsHowEveryFigureIsComputed) {
    const auto methods = computeIntercoderAgreement(nvivoShapedRequest(10)).methods;
    std::set<std::string> keys;
    for (const auto& method : methods) {
        keys.insert(method.figure);
        EXPECT_FALSE(method.explanation.str().empty()) << method.figure;
    }
    EXPECT_EQ(keys, (std::set<std::string>{"wholeText", "codedText", "allUnits", "codedUnits", "overlap", "alpha",
                                           "overall", "notDefined"}));
    EXPECT_NE(methods[0].explanation.str().find("(a + d) / n"), std::string::npos);
}

}  // namespace
}  // namespace edau
