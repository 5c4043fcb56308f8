// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the coding stripes' layout: lanes, filters and lookups of what is on screen.
#include "presenters/coding_stripes_presenter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <string>
#include <vector>

namespace edau::gui {
namespace {

Coding coding(RowId id, std::int64_t start, std::int64_t end, RowId code, RowId coder = 1) {
    Coding c;
    c.id = id;
    c.documentId = 1;
    c.start = start;
    c.end = end;
    c.codeId = code;
    c.coderId = coder;
    return c;
}

Code code(RowId id, std::optional<RowId> parent = std::nullopt) {
    Code c;
    c.id = id;
    c.name = "code " + std::to_string(id);
    c.parentId = parent;
    return c;
}

/// Ten lines of ten characters each ("xxxxxxxxx\n").
const LineIndex& tenLines() {
    static const LineIndex lines = [] {
        std::string text;
        for (int i = 0; i < 10; ++i) text += "xxxxxxxxx\n";
        return LineIndex(text);
    }();
    return lines;
}

TEST(StripeLayout, NoCodingsNeedNoLanes) {
    const StripeLayout layout({}, {}, tenLines());
    EXPECT_EQ(layout.laneCount(), 0);
    EXPECT_TRUE(layout.stripes().empty());
    EXPECT_TRUE(layout.stripesOnLines(0, 9).empty());
}

TEST(StripeLayout, OverlappingPassagesOfDifferentCodesGetDifferentLanes) {
    const StripeLayout layout({coding(1, 0, 25, 10), coding(2, 5, 15, 20), coding(3, 12, 18, 30)},
                              {code(10), code(20), code(30)}, tenLines());
    ASSERT_EQ(layout.stripes().size(), 3u);
    std::set<int> lanes;
    for (const Stripe& s : layout.stripes()) lanes.insert(s.lane);
    EXPECT_EQ(lanes.size(), 3u);
    EXPECT_EQ(layout.laneCount(), 3);
    EXPECT_EQ(layout.laneOf(10), 0);  // the first code read takes the lane nearest the text
}

TEST(StripeLayout, OneCodeKeepsOneLaneEverywhere) {
    // Code 10 twice, far apart; code 20 overlaps only the second: code 10 keeps its lane.
    const StripeLayout layout({coding(1, 0, 5, 10), coding(2, 50, 60, 10), coding(3, 55, 58, 20)},
                              {code(10), code(20)}, tenLines());
    ASSERT_EQ(layout.stripes().size(), 3u);
    EXPECT_EQ(layout.stripes()[0].lane, layout.stripes()[1].lane);
    EXPECT_NE(layout.laneOf(10), layout.laneOf(20));
}

TEST(StripeLayout, CodesThatNeverShareALineShareALane) {
    const StripeLayout layout({coding(1, 0, 5, 10), coding(2, 30, 35, 20), coding(3, 60, 65, 30)},
                              {code(10), code(20), code(30)}, tenLines());
    EXPECT_EQ(layout.laneCount(), 1);
}

TEST(StripeLayout, PassagesOnTheSameLineConflictEvenWithoutOverlappingCharacters) {
    // Characters 0-3 and 5-8 are both on line 0: side by side bars would hide each other.
    const StripeLayout layout({coding(1, 0, 3, 10), coding(2, 5, 8, 20)}, {code(10), code(20)}, tenLines());
    EXPECT_EQ(layout.laneCount(), 2);
}

TEST(StripeLayout, AStripeEndingAtALineBreakDoesNotReachTheNextLine) {
    const StripeLayout layout({coding(1, 0, 10, 10), coding(2, 10, 15, 20)}, {code(10), code(20)}, tenLines());
    ASSERT_EQ(layout.stripes().size(), 2u);
    EXPECT_EQ(layout.stripes()[0].lastLine, 0);
    EXPECT_EQ(layout.stripes()[1].firstLine, 1);
    EXPECT_EQ(layout.laneCount(), 1);
}

TEST(StripeLayout, FiltersByCoder) {
    const StripeLayout layout({coding(1, 0, 5, 10, 1), coding(2, 0, 5, 20, 2)}, {code(10), code(20)}, tenLines(),
                              StripeFilter{.coderId = 2, .codeId = std::nullopt});
    ASSERT_EQ(layout.stripes().size(), 1u);
    EXPECT_EQ(layout.stripes()[0].codingId, 2);
    EXPECT_EQ(layout.laneCount(), 1);  // lanes are laid out again for what is shown
}

TEST(StripeLayout, FilterByCodeTakesItsSubcodesToo) {
    const std::vector<Code> codes{code(10), code(11, 10), code(12, 11), code(20)};
    const StripeLayout layout({coding(1, 0, 5, 10), coding(2, 10, 15, 11), coding(3, 20, 25, 12), coding(4, 30, 35, 20)},
                              codes, tenLines(), StripeFilter{.coderId = std::nullopt, .codeId = 10});
    EXPECT_EQ(layout.stripes().size(), 3u);
    EXPECT_TRUE(isSameOrSubcode(codes, 12, 10));
    EXPECT_FALSE(isSameOrSubcode(codes, 20, 10));
    EXPECT_FALSE(isSameOrSubcode(codes, 10, 12));
}

TEST(StripeLayout, FindsTheStripesOnScreenAndUnderAPosition) {
    const StripeLayout layout({coding(1, 0, 95, 10), coding(2, 22, 27, 20), coding(3, 61, 64, 30)},
                              {code(10), code(20), code(30)}, tenLines());
    // Lines 3-5 (characters 30-59): only the long passage reaches them.
    auto onScreen = layout.stripesOnLines(3, 5);
    ASSERT_EQ(onScreen.size(), 1u);
    EXPECT_EQ(layout.stripes()[onScreen[0]].codingId, 1);
    EXPECT_EQ(layout.stripesOnLines(2, 6).size(), 3u);
    EXPECT_EQ(layout.stripesAt(23).size(), 2u);
    EXPECT_EQ(layout.stripesAt(27).size(), 1u);  // end exclusive
    EXPECT_TRUE(layout.stripesAt(99).empty());
}

TEST(StripeLayout, LaysOutALongTranscriptQuickly) {
    // 300,000 characters in 3,000 lines, 5,000 codings of 40 codes.
    std::string text;
    for (int line = 0; line < 3000; ++line) text += std::string(99, 'x') + "\n";
    const LineIndex lines(text);
    std::vector<Code> codes;
    for (RowId id = 1; id <= 40; ++id) codes.push_back(code(id));
    std::vector<Coding> codings;
    for (RowId id = 1; id <= 5000; ++id) {
        const std::int64_t start = (id * 7919) % 299000;
        codings.push_back(coding(id, start, start + 50 + (id % 7) * 100, 1 + id % 40));
    }
    const auto began = std::chrono::steady_clock::now();
    const StripeLayout layout(codings, codes, lines);
    std::size_t found = 0;
    for (std::int64_t first = 0; first < 3000; first += 40) found += layout.stripesOnLines(first, first + 40).size();
    const auto took = std::chrono::steady_clock::now() - began;
    EXPECT_EQ(layout.stripes().size(), codings.size());
    EXPECT_GT(found, 0u);
    EXPECT_LE(layout.laneCount(), 40);
    EXPECT_LT(std::chrono::duration_cast<std::chrono::milliseconds>(took).count(), 1000);
    // No two stripes of different codes in one lane share a line.
    for (std::size_t i : layout.stripesOnLines(1000, 1010)) {
        for (std::size_t j : layout.stripesOnLines(1000, 1010)) {
            const Stripe& a = layout.stripes()[i];
            const Stripe& b = layout.stripes()[j];
            if (a.codeId != b.codeId && a.lane == b.lane) {
                EXPECT_TRUE(a.lastLine < b.firstLine || b.lastLine < a.firstLine);
            }
        }
    }
}

}  // namespace
}  // namespace edau::gui
