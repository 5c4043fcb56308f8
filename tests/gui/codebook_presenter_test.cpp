// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the codebook panel's rows (order, depth, counts), pinned codes and the quick-code box.
#include "presenters/codebook_presenter.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/text/collation.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

Code code(RowId id, const std::string& name, std::optional<RowId> parent = std::nullopt, const std::string& colour = {}) {
    Code c;
    c.id = id;
    c.uuid = "uuid-" + std::to_string(id);
    c.name = name;
    c.parentId = parent;
    c.colour = colour;
    return c;
}

std::vector<std::string> paths(const std::vector<CodebookRow>& rows) {
    std::vector<std::string> out;
    for (const CodebookRow& row : rows) out.push_back(row.path);
    return out;
}

const std::vector<Code>& welshCodebook() {
    static const std::vector<Code> codes{code(1, "Lles"), code(2, "Llety", std::nullopt), code(3, "Lol"),
                                         code(4, "Cymorth"), code(5, "Seibiant", 4), code(6, "Chwarae", 4),
                                         code(7, "Cyngor", 4), code(8, "a/b", 4)};
    return codes;
}

TEST(CodebookPresenter, RowsFollowTheWelshAlphabetWhenTheInterfaceIsWelsh) {
    const text::Collator welsh("cy");
    const std::vector<CodebookRow> rows = buildCodebookRows(welshCodebook(), {}, welsh);
    // Welsh: c < ch, l < ll; a sub-code follows its parent.
    EXPECT_EQ(paths(rows), (std::vector<std::string>{"Cymorth", "Cymorth/a\\/b", "Cymorth/Cyngor", "Cymorth/Chwarae",
                                                      "Cymorth/Seibiant", "Lol", "Lles", "Llety"}));
}

TEST(CodebookPresenter, RowsFollowTheEnglishAlphabetWhenTheInterfaceIsEnglish) {
    const text::Collator english("en");
    const std::vector<CodebookRow> rows = buildCodebookRows(welshCodebook(), {}, english);
    EXPECT_EQ(paths(rows), (std::vector<std::string>{"Cymorth", "Cymorth/a\\/b", "Cymorth/Chwarae", "Cymorth/Cyngor",
                                                      "Cymorth/Seibiant", "Lles", "Llety", "Lol"}));
}

TEST(CodebookPresenter, RowsCarryDepthAndCountsWithTheirSubcodes) {
    const std::vector<Code> codes{code(1, "Support"), code(2, "Respite", 1), code(3, "Day centres", 2), code(4, "Wellbeing")};
    const std::map<RowId, std::int64_t> counts{{1, 1}, {2, 3}, {3, 5}};
    const std::vector<CodebookRow> rows = buildCodebookRows(codes, counts, text::Collator("en"));
    ASSERT_EQ(rows.size(), 4u);
    EXPECT_EQ(rows[0].path, "Support");
    EXPECT_EQ(rows[0].depth, 0);
    EXPECT_TRUE(rows[0].hasChildren);
    EXPECT_EQ(rows[0].codings, 1);
    EXPECT_EQ(rows[0].codingsWithin, 9);
    EXPECT_EQ(rows[1].path, "Support/Respite");
    EXPECT_EQ(rows[1].codingsWithin, 8);
    EXPECT_EQ(rows[2].depth, 2);
    EXPECT_FALSE(rows[2].hasChildren);
    EXPECT_EQ(rows[3].codings, 0);
}

TEST(CodebookPresenter, ALoopOfParentsStillListsEveryCodeOnce) {
    const std::vector<Code> codes{code(1, "A", 2), code(2, "B", 1), code(3, "C")};
    const std::vector<CodebookRow> rows = buildCodebookRows(codes, {}, text::Collator("en"));
    EXPECT_EQ(rows.size(), 3u);
}

TEST(CodebookPresenter, PinnedCodesAreTheFirstNineUnlessTheUserPinnedSome) {
    std::vector<Code> codes;
    for (RowId id = 1; id <= 12; ++id) codes.push_back(code(id, std::string(1, static_cast<char>('a' + id - 1))));
    const std::vector<CodebookRow> rows = buildCodebookRows(codes, {}, text::Collator("en"));
    const std::vector<RowId> firstNine = pinnedCodes(rows, {});
    EXPECT_EQ(firstNine, (std::vector<RowId>{1, 2, 3, 4, 5, 6, 7, 8, 9}));
    // Pins in the order pinned; pins of codes no longer there are skipped.
    EXPECT_EQ(pinnedCodes(rows, {"uuid-12", "uuid-gone", "uuid-3", "uuid-12"}), (std::vector<RowId>{12, 3}));
    EXPECT_TRUE(pinnedCodes({}, {}).empty());
}

TEST(CodebookPresenter, TogglingAPinAddsItToTheNextKeyOrTakesItOff) {
    std::vector<std::string> pins;
    EXPECT_TRUE(togglePin(pins, "a"));
    EXPECT_TRUE(togglePin(pins, "b"));
    EXPECT_EQ(pins, (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(togglePin(pins, "a"));
    EXPECT_EQ(pins, (std::vector<std::string>{"b"}));
    for (char c = 'c'; c < 'c' + 8; ++c) EXPECT_TRUE(togglePin(pins, std::string(1, c)));
    EXPECT_EQ(pins.size(), kPinnedCodeSlots);
    EXPECT_FALSE(togglePin(pins, "z"));  // full
    EXPECT_EQ(pins.size(), kPinnedCodeSlots);
}

TEST(CodebookPresenter, QuickCodeFindsAPathANameOrAUniquePart) {
    const std::vector<CodebookRow> rows = buildCodebookRows(welshCodebook(), {}, text::Collator("cy"));
    auto idOf = [&](const std::string& typed) { return matchQuickCode(rows, typed).code; };
    EXPECT_EQ(idOf("Cymorth/Seibiant"), 5);
    EXPECT_EQ(idOf("cymorth / seibiant"), 5);  // case and spaces around slashes
    EXPECT_EQ(idOf("SEIBIANT"), 5);             // a code's own name
    EXPECT_EQ(idOf("seib"), 5);                 // one code contains it
    EXPECT_EQ(idOf("Lles"), 1);                 // a whole path, though "Llety" starts the same
    EXPECT_EQ(idOf("a\\/b"), 8);                // an escaped slash is part of a name
    EXPECT_FALSE(idOf("dim byd").has_value());
    EXPECT_FALSE(idOf("").has_value());
    const QuickCodeMatch several = matchQuickCode(rows, "ll");
    EXPECT_FALSE(several.code.has_value());
    EXPECT_EQ(several.candidates.size(), 2u);  // Lles, Llety
}

TEST(CodebookPresenter, QuickCodeIgnoresAccents) {
    const std::vector<CodebookRow> rows = buildCodebookRows({code(1, "Dŵr"), code(2, "Tân")}, {}, text::Collator("cy"));
    EXPECT_EQ(matchQuickCode(rows, "dwr").code, 1);
    EXPECT_EQ(matchQuickCode(rows, "tan").code, 2);
}

TEST(CodebookPresenter, CompletionsPutPathsStartingWithTheTextFirst) {
    const std::vector<CodebookRow> rows = buildCodebookRows(welshCodebook(), {}, text::Collator("cy"));
    const std::vector<std::string> offered = quickCodeCompletions(rows, "c");
    ASSERT_GE(offered.size(), 5u);
    EXPECT_EQ(offered.front(), "Cymorth");
    EXPECT_EQ(quickCodeCompletions(rows, "", 3).size(), 3u);
    EXPECT_EQ(quickCodeCompletions(rows, "seib"), (std::vector<std::string>{"Cymorth/Seibiant"}));
}

TEST(CodebookPresenter, ACodeWithoutAColourIsShownInOneOfThePalettes) {
    const std::vector<CodebookRow> rows = buildCodebookRows(
        {code(1, "a", std::nullopt, "#123456"), code(2, "b"), code(3, "c", std::nullopt, "red")}, {}, text::Collator("en"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].colour, "#123456");
    EXPECT_EQ(rows[1].colour.size(), 7u);
    EXPECT_EQ(rows[1].colour.front(), '#');
    EXPECT_NE(rows[1].colour, rows[2].colour);  // neighbours differ
    EXPECT_TRUE(rows[1].code.colour.empty());    // the code itself is left as it is
}

TEST(CodebookPresenter, NewCodesGetAColourNoCodeUsesYet) {
    EXPECT_EQ(suggestCodeColour({}), "#1F77B4");
    EXPECT_EQ(suggestCodeColour({code(1, "a", std::nullopt, "#1f77b4")}), "#FF7F0E");
}

TEST(CodebookPresenter, CountsTheSampleProjectsCodings) {
    const test::TempDir dir;
    const auto workbench = Workbench::open(buildSampleProject(dir.path().string()), OpenOptions{.readOnly = true});
    const std::map<RowId, std::int64_t> counts = codingCountsByCode(*workbench);
    std::int64_t total = 0;
    for (const auto& [code, count] : counts) total += count;
    EXPECT_EQ(total, workbench->summary().counts.codings);
    const std::vector<CodebookRow> rows = buildCodebookRows(workbench->codes(), counts, text::Collator("en"));
    EXPECT_EQ(rows.size(), workbench->codes().size());
}

}  // namespace
}  // namespace edau::gui
