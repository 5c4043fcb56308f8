// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the coding-counts and co-occurrence tables: heat-map steps and legend, row and
// column order, and the tables from real projects.
#include "presenters/coding_query_presenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

TEST(HeatMap, ValuesFallInFiveStepsOfTheLargest) {
    struct Row {
        std::int64_t value;
        std::int64_t maximum;
        int step;
    };
    const std::vector<Row> rows = {
        {0, 10, 0}, {1, 10, 1}, {2, 10, 1}, {3, 10, 2}, {6, 10, 3}, {9, 10, 5}, {10, 10, 5},
        {1, 1, 5},  {1, 3, 2},  {2, 3, 4},  {3, 3, 5},  {5, 0, 0},  {-1, 4, 0}, {12, 10, 5},
    };
    for (const Row& row : rows) EXPECT_EQ(heatStep(row.value, row.maximum), row.step) << row.value << "/" << row.maximum;
}

TEST(HeatMap, TheLegendCoversEveryValueOnceAndMatchesTheCells) {
    for (std::int64_t maximum : {1, 2, 3, 5, 7, 10, 48, 1000}) {
        const std::vector<HeatLegendStep> legend = heatLegend(maximum);
        ASSERT_FALSE(legend.empty());
        EXPECT_EQ(legend.front().low, 1);
        EXPECT_EQ(legend.back().high, maximum);
        EXPECT_DOUBLE_EQ(legend.back().level, 1.0);
        for (std::size_t i = 1; i < legend.size(); ++i) EXPECT_EQ(legend[i].low, legend[i - 1].high + 1);
        // Every value is coloured as the legend entry that covers it says.
        for (const HeatLegendStep& step : legend)
            for (std::int64_t v = step.low; v <= step.high; ++v)
                EXPECT_DOUBLE_EQ(static_cast<double>(heatStep(v, maximum)) / kHeatSteps, step.level) << v << "/" << maximum;
    }
    EXPECT_TRUE(heatLegend(0).empty());
    const auto ten = heatLegend(10);
    ASSERT_EQ(ten.size(), 5u);
    EXPECT_EQ(ten[0].low, 1);
    EXPECT_EQ(ten[0].high, 2);
    EXPECT_EQ(ten[4].low, 9);
}

TEST(HeatMap, ColoursGoFromTheBackgroundTowardsTheAccent) {
    const Rgb white{255, 255, 255}, blue{0, 0, 255};
    EXPECT_EQ(heatColour(white, blue, 0), white);
    const Rgb strongest = heatColour(white, blue, 1);
    EXPECT_LT(strongest.red, 255);
    EXPECT_GT(strongest.red, 0);  // never all the way: text and grid lines stay visible
    EXPECT_LT(heatColour(white, blue, 0.6).red, heatColour(white, blue, 0.2).red);
}

TEST(CodingCountsTable, RowsAndCodesInDisplayOrderWithTheMeasureChosen) {
    const std::vector<CodingCount> counts = {
        {"Siân", "Support/Respite", 3, 1, 40, 200},
        {"", "Support/Respite", 1, 1, 5, 20},
        {"Dylan", "Wellbeing", 2, 2, 10, 50},
        {"Dylan", "Support", 1, 1, 4, 12},
    };
    const HeatTable codings = codingCountsTable(counts, CountMeasure::Codings);
    EXPECT_EQ(codings.rows, (std::vector<std::string>{"Dylan", "Siân", ""}));  // no case last
    EXPECT_EQ(codings.columns, (std::vector<std::string>{"Support", "Support/Respite", "Wellbeing"}));
    EXPECT_EQ(codings.value(1, 1), 3);
    EXPECT_EQ(codings.value(0, 1), 0);
    EXPECT_EQ(codings.maximum, 3);
    EXPECT_DOUBLE_EQ(codings.level(1, 1), 1.0);
    EXPECT_DOUBLE_EQ(codings.level(0, 1), 0.0);
    const HeatTable words = codingCountsTable(counts, CountMeasure::Words);
    EXPECT_EQ(words.value(1, 1), 40);
    EXPECT_EQ(words.maximum, 40);
    EXPECT_EQ(codingCountsTable(counts, CountMeasure::Documents).value(0, 2), 2);
    EXPECT_EQ(codingCountsTable(counts, CountMeasure::Characters).maximum, 200);
    EXPECT_TRUE(codingCountsTable({}, CountMeasure::Codings).rows.empty());
}

TEST(CooccurrenceTable, IsSymmetricWithNothingOnTheDiagonal) {
    const std::vector<CodePair> pairs = {
        {"Support/Respite", "Wellbeing/Stress", 2, 5},
        {"Support/Peer", "Support/Respite", 0, 1},
    };
    const HeatTable overlapping = cooccurrenceTable(pairs, false);
    EXPECT_EQ(overlapping.rows, (std::vector<std::string>{"Support/Respite", "Wellbeing/Stress"}));
    EXPECT_EQ(overlapping.columns, overlapping.rows);
    EXPECT_EQ(overlapping.value(0, 1), 2);
    EXPECT_EQ(overlapping.value(1, 0), 2);
    EXPECT_FALSE(overlapping.values[0][0].has_value());
    EXPECT_EQ(overlapping.maximum, 2);
    const HeatTable sameTurn = cooccurrenceTable(pairs, true);
    EXPECT_EQ(sameTurn.rows.size(), 3u);
    EXPECT_EQ(sameTurn.maximum, 5);
}

TEST(CodingQueries, TheSampleProjectCountsByCaseCoderAndAttribute) {
    const test::TempDir dir;
    const auto bench = Workbench::open(buildSampleProject(dir.path().string()), OpenOptions{.readOnly = true});
    const auto choices = countRowChoices(*bench);
    ASSERT_GE(choices.size(), 3u);
    EXPECT_EQ(choices[0], "cases");
    EXPECT_EQ(choices[1], "coders");
    EXPECT_EQ(countThemeChoices(*bench), (std::vector<std::string>{"Change", "Support", "Wellbeing"}));

    const HeatTable byCoder = codingCountsTable(countCodings(*bench, "coders"), CountMeasure::Codings);
    EXPECT_EQ(byCoder.rows, (std::vector<std::string>{"Ben", "Lowri"}));
    std::int64_t total = 0;
    for (std::size_t r = 0; r < byCoder.rows.size(); ++r)
        for (std::size_t c = 0; c < byCoder.columns.size(); ++c) total += byCoder.value(r, c);
    EXPECT_EQ(total, 50);  // every coded passage in the sample, once

    const HeatTable byCase = codingCountsTable(countCodings(*bench, CodingCountQuery{"cases", "Change"}),
                                               CountMeasure::Codings);
    for (const auto& column : byCase.columns) EXPECT_EQ(column.rfind("Change/", 0), 0u) << column;
    EXPECT_GT(byCase.maximum, 0);

    const HeatTable pairs = cooccurrenceTable(codeCooccurrence(*bench), false);
    EXPECT_FALSE(pairs.rows.empty());  // Ben's Stress and strain overlaps Lowri's Formal services
}

}  // namespace
}  // namespace edau::gui
