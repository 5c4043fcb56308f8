// SPDX-License-Identifier: GPL-3.0-or-later
// Code paths, and the codebook in reading order for the interface language.
#include "edau/app/code_paths.h"

#include <gtest/gtest.h>

namespace edau {
namespace {

Code code(RowId id, std::optional<RowId> parent, const char* name, std::int64_t ordinal) {
    Code c;
    c.id = id;
    c.parentId = parent;
    c.name = name;
    c.ordinal = ordinal;
    return c;
}

TEST(CodePaths, TheCodebookIsATreeWithSiblingsInTheInterfaceLanguagesOrder) {
    // As created: ordinals follow the order of typing, not a choice.
    const std::vector<Code> codes = {
        code(1, std::nullopt, "Lles", 0),      code(2, std::nullopt, "Cymorth", 1), code(3, 1, "Lolfa", 0),
        code(4, 1, "Lliw", 1),                 code(5, 2, "Chwarae", 0),            code(6, 2, "Cyngor", 1),
        code(7, std::nullopt, "Lobi", 2),      code(8, 99, "Amddifad", 0),  // its parent is missing: a root
    };
    struct Row {
        const char* language;
        std::vector<std::string> expected;
    };
    const std::vector<Row> table = {
        // Welsh: c < ch, l < ll (Lobi before Lles; Cyngor before Chwarae).
        {"cy", {"Amddifad", "Cymorth", "Cymorth/Cyngor", "Cymorth/Chwarae", "Lobi", "Lles", "Lles/Lolfa", "Lles/Lliw"}},
        {"en", {"Amddifad", "Cymorth", "Cymorth/Chwarae", "Cymorth/Cyngor", "Lles", "Lles/Lliw", "Lles/Lolfa", "Lobi"}},
    };
    for (const auto& row : table) {
        text::Collator collator(row.language);
        std::vector<std::string> paths;
        for (const auto& c : codesInDisplayOrder(codes, collator)) paths.push_back(codePath(codes, c.id));
        EXPECT_EQ(paths, row.expected) << row.language;
    }
}

TEST(CodePaths, ALoopOfParentsStillListsEveryCodeOnce) {
    const std::vector<Code> codes = {code(1, 2, "A", 0), code(2, 1, "B", 0), code(3, std::nullopt, "C", 0)};
    auto ordered = codesInDisplayOrder(codes, text::Collator("en"));
    ASSERT_EQ(ordered.size(), 3u);
    EXPECT_EQ(ordered[0].name, "C");
}

}  // namespace
}  // namespace edau
