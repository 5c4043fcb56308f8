// SPDX-License-Identifier: GPL-3.0-or-later
// Percentage agreement, Cohen's kappa and Krippendorff's alpha against published worked examples.
#include "edau/analysis/agreement_statistics.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "edau/base/error.h"

namespace edau {
namespace {

constexpr double kTolerance = 5e-7;
constexpr std::nullopt_t kMissing = std::nullopt;

struct KappaExample {
    const char* source;
    AgreementTable table;  // {both, firstOnly, secondOnly, neither}
    double agreement;
    double chanceAgreement;
    double kappa;
};

TEST(CohensKappa, ReproducesPublishedWorkedExamples) {
    const std::vector<KappaExample> examples = {
        // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by two readers;
        // 20 yes/yes, 5 A-yes/B-no, 10 A-no/B-yes, 15 no/no.
        // po = 35/50 = 0.7; A says yes 25/50 = 0.5, B 30/50 = 0.6;
        // pe = 0.5 × 0.6 + 0.5 × 0.4 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4.
        {"Wikipedia worked example", {20, 5, 10, 15}, 0.7, 0.5, 0.4},
        // Wikipedia, "Cohen's kappa", same agreement (60 of 100) but different kappa, first table:
        // A yes 60, B yes 70: pe = 0.6 × 0.7 + 0.4 × 0.3 = 0.54; κ = 0.06 / 0.46 = 0.130435.
        {"Wikipedia same-percentages table 1", {45, 15, 25, 15}, 0.6, 0.54, 0.06 / 0.46},
        // Second table: A yes 60, B yes 30: pe = 0.18 + 0.28 = 0.46; κ = 0.14 / 0.54 = 0.259259.
        {"Wikipedia same-percentages table 2", {25, 35, 5, 35}, 0.6, 0.46, 0.14 / 0.54},
        // NVivo help, "Run a coding comparison query": a 1000-character source, 50 characters coded
        // by both users, 150 by one only, 800 by neither: agreement (800 + 50) / 1000 = 85%.
        // Splitting the 150 as 100 (A) and 50 (B): pe = (150 × 100 + 850 × 900) / 1000² = 0.78;
        // κ = (0.85 − 0.78) / 0.22 = 0.318182.
        {"NVivo help percentage example", {50, 100, 50, 800}, 0.85, 0.78, 0.07 / 0.22},
        // One coder never codes: pe = po, so κ = 0 (why NVivo users see "all my kappas are 0 or 1").
        {"one coder coded nothing", {0, 0, 3, 7}, 0.7, 0.7, 0.0},
    };
    for (const auto& example : examples) {
        const auto figures = twoCoderFigures(example.table);
        ASSERT_TRUE(figures.agreement && figures.chanceAgreement && figures.kappa) << example.source;
        EXPECT_NEAR(*figures.agreement, example.agreement, kTolerance) << example.source;
        EXPECT_NEAR(*figures.chanceAgreement, example.chanceAgreement, kTolerance) << example.source;
        EXPECT_NEAR(*figures.kappa, example.kappa, kTolerance) << example.source;
        EXPECT_TRUE(figures.notes.empty()) << example.source;
    }
}

TEST(CohensKappa, OverlapAndSpecificAgreementIgnoreTheNeitherCell) {
    // {20, 5, 10, 15}: overlap = 20 / 35 = 0.571429; specific agreement = 40 / 55 = 0.727273.
    // Adding 1000 items neither coder chose changes agreement and kappa but not these two.
    for (std::int64_t neither : {15, 1015}) {
        const auto figures = twoCoderFigures({20, 5, 10, neither});
        EXPECT_NEAR(*figures.overlap, 20.0 / 35.0, kTolerance);
        EXPECT_NEAR(*figures.specificAgreement, 40.0 / 55.0, kTolerance);
    }
}

TEST(CohensKappa, IsNotDefinedWhenChanceAgreementIsComplete) {
    // Neither coder coded anything: po = pe = 1, kappa is 0/0, overlap 0/0.
    const auto none = twoCoderFigures({0, 0, 0, 10});
    EXPECT_NEAR(*none.agreement, 1.0, kTolerance);
    EXPECT_NEAR(*none.chanceAgreement, 1.0, kTolerance);
    EXPECT_FALSE(none.kappa);
    EXPECT_FALSE(none.overlap);
    EXPECT_FALSE(none.specificAgreement);
    EXPECT_EQ(none.notes.size(), 2u);

    // Both coded everything: kappa still 0/0, but the coders plainly overlap completely.
    const auto all = twoCoderFigures({10, 0, 0, 0});
    EXPECT_FALSE(all.kappa);
    EXPECT_NEAR(*all.overlap, 1.0, kTolerance);
    EXPECT_EQ(all.notes.size(), 1u);

    // Nothing at all to compare.
    const auto empty = twoCoderFigures({});
    EXPECT_FALSE(empty.agreement);
    EXPECT_FALSE(empty.chanceAgreement);
    EXPECT_FALSE(empty.kappa);
    EXPECT_FALSE(empty.overlap);
}

TEST(AgreementTable, AddsCellByCell) {
    AgreementTable sum{1, 2, 3, 4};
    sum += AgreementTable{10, 20, 30, 40};
    EXPECT_EQ(sum, (AgreementTable{11, 22, 33, 44}));
    EXPECT_EQ(sum.total(), 110);
}

struct AlphaExample {
    const char* source;
    ReliabilityData data;
    double alpha;
    std::int64_t units;
    std::int64_t values;
    double observed;
    double expected;
};

TEST(KrippendorffAlpha, ReproducesPublishedWorkedExamples) {
    const std::optional<std::int64_t> _ = kMissing;
    const std::vector<AlphaExample> examples = {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example A: binary data,
        // two observers, ten units, no missing data. Published α = 0.095.
        // Units (A,B): (0,1) (1,1) (0,1) (0,0) (0,0) (0,1) (0,0) (0,0) (1,0) (0,0):
        // o00 = 2 × 5 = 10, o11 = 2, o01 = o10 = 4; n0 = 14, n1 = 6, n = 20.
        // Do = 8/20 = 0.4; De = (20² − 14² − 6²) / (20 × 19) = 168/380; α = 1 − 0.4 × 380/168 = 2/21.
        {"Krippendorff 2011, A (binary, 2 observers)",
         {{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}},
         2.0 / 21.0, 10, 20, 0.4, 168.0 / 380.0},
        // Same paper, example B: nominal data (a..e as 1..5), two observers, twelve units. Published α = 0.692.
        // A: a a b b d c c c e d d a;  B: b a b b b c c c e d d d.  Nine units agree: Σ o_cc = 18;
        // n_a = 4, n_b = 6, n_c = 6, n_d = 6, n_e = 2, n = 24; Do = 6/24 = 0.25;
        // De = (24² − 128) / (24 × 23) = 448/552; α = 1 − 0.25 × 552/448 = 155/224 = 0.691964.
        {"Krippendorff 2011, B (nominal, 2 observers)",
         {{1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1}, {2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4}},
         155.0 / 224.0, 12, 24, 0.25, 448.0 / 552.0},
        // Same paper, example C: four observers, twelve units, values 1..5, missing data.
        // Published α (nominal) = 0.743. Unit 12 has one value and is not pairable, so 11 units,
        // n = 40; n_1..n_5 = 9, 13, 10, 5, 3; Σ o_cc = 7 + 10 + 8 + 4 + 3 = 32; Do = 8/40 = 0.2;
        // De = (40² − 384) / (40 × 39) = 1216/1560; α = 1 − 0.2 × 1560/1216 = 113/152 = 0.743421.
        {"Krippendorff 2011, C (nominal, 4 observers, missing)",
         {{1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _},
          {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3},
          {_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _},
          {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _}},
         113.0 / 152.0, 11, 40, 0.2, 1216.0 / 1560.0},
        // Wikipedia, "Krippendorff's alpha", computational example: three coders, fifteen units,
        // missing data. Published nominal α = 0.691. Units 1, 2 and 14 have fewer than two values,
        // so 12 units are pairable and n = 26; n_1..n_4 = 7, 4, 10, 5 (Σ n_c² = 190).
        // Agreeing coincidences: units 3, 4, 5, 9..13 give 2 each (16), unit 7 (4,4,4) gives 3,
        // unit 6 (3,3,4) gives 2 × 1 / 2 = 1: Σ o_cc = 20; Do = 6/26;
        // De = (26² − 190) / (26 × 25) = 486/650; α = 1 − (6/26) × (650/486) = 56/81 = 0.691358.
        {"Wikipedia, Krippendorff's alpha",
         {{_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3},
          {1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _},
          {_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4}},
         56.0 / 81.0, 12, 26, 6.0 / 26.0, 486.0 / 650.0},
    };
    for (const auto& example : examples) {
        const auto figures = krippendorffAlphaNominal(example.data);
        ASSERT_TRUE(figures.alpha) << example.source;
        EXPECT_NEAR(*figures.alpha, example.alpha, kTolerance) << example.source;
        EXPECT_EQ(figures.units, example.units) << example.source;
        EXPECT_EQ(figures.values, example.values) << example.source;
        EXPECT_NEAR(*figures.observedDisagreement, example.observed, kTolerance) << example.source;
        EXPECT_NEAR(*figures.expectedDisagreement, example.expected, kTolerance) << example.source;
    }
}

TEST(KrippendorffAlpha, RoundsToThePublishedThreeDecimals) {
    // The figures as printed in Krippendorff (2011), to guard the exact fractions above.
    EXPECT_NEAR(*krippendorffAlphaNominal({{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}}).alpha,
                0.095, 0.0005);
    EXPECT_NEAR(*krippendorffAlphaNominal({{1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1}, {2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4}}).alpha,
                0.692, 0.0005);
}

TEST(KrippendorffAlpha, IsNotDefinedWithoutVariationOrPairableValues) {
    const auto same = krippendorffAlphaNominal({{1, 1, 1}, {1, 1, 1}});
    EXPECT_FALSE(same.alpha);
    EXPECT_NEAR(*same.observedDisagreement, 0.0, kTolerance);
    EXPECT_NEAR(*same.expectedDisagreement, 0.0, kTolerance);
    EXPECT_EQ(same.notes.size(), 1u);

    // Each unit has one value only: nothing to pair.
    const auto lonely = krippendorffAlphaNominal({{1, kMissing}, {kMissing, 2}});
    EXPECT_FALSE(lonely.alpha);
    EXPECT_EQ(lonely.units, 0);
    EXPECT_EQ(lonely.notes.size(), 1u);

    EXPECT_FALSE(krippendorffAlphaNominal({}).alpha);
}

TEST(KrippendorffAlpha, PerfectAgreementWithVariationIsOne) {
    EXPECT_NEAR(*krippendorffAlphaNominal({{1, 2, 3, 1}, {1, 2, 3, 1}, {1, 2, kMissing, 1}}).alpha, 1.0, kTolerance);
}

TEST(KrippendorffAlpha, RejectsRowsOfDifferentLengths) {
    try {
        krippendorffAlphaNominal({{1, 2, 3}, {1, 2}});
        FAIL() << "expected Error(Usage)";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Usage);
    }
}

}  // namespace
}  // namespace edau
