// SPDX-License-Identifier: GPL-3.0-or-later
// Framework matrices: rows from case attributes, columns from a theme, passages per cell,
// summaries with citations, drafts from coded text, and the evidence check.
#include "edau/app/framework_service.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace edau {
namespace {

class FrameworkTest : public ::testing::Test {
protected:
    test::TempDir dir;
    std::unique_ptr<Workbench> bench = Workbench::create(dir.file("p.edau"), "p");
    ProjectStore& store = bench->store();
    Coder coder;
    Code theme, respite, money;
    Case sian, gwyn, ffion;
    Coding sianRespite;

    void SetUp() override {
        coder = bench->useCoder("Lowri");
        theme = store.addCode("Cymorth", std::nullopt);
        respite = store.addCode("Seibiant", theme.id);
        money = store.addCode("Arian", theme.id);
        Attribute la = store.addAttribute("la", AttributeType::Category);
        Attribute study = store.addAttribute("study", AttributeType::Category);
        auto addCase = [&](const char* name, const char* authority, const char* studyName, const char* text) {
            Case c = store.addCase(name);
            store.setAttributeValue(c.id, la.id, authority);
            store.setAttributeValue(c.id, study.id, studyName);
            Document d = store.addDocument({name, std::string(name) + ".txt", "txt", "utf-8", text, "cy"},
                                           {Turn{0, {}, 0, 0, name, 0, text::codePointCount(text), std::nullopt}});
            store.setDocumentCase(d.id, c.id);
            return std::make_pair(c, d);
        };
        auto [s, sd] = addCase("Siân", "Gwynedd", "gofal", "Siân: Dim seibiant o gwbl eleni.");
        auto [g, gd] = addCase("Gwyn", "Caerdydd", "gofal", "Gwyn: Roedd arian yn brin.");
        auto [f, fd] = addCase("Ffion", "Abertawe", "gadael gofal", "Ffion: Fflat newydd.");
        sian = s;
        gwyn = g;
        ffion = f;
        sianRespite = store.addCoding(sd.id, 6, 31, respite.id, coder.id);
        store.addCoding(gd.id, 6, 25, money.id, coder.id);
    }
};

TEST_F(FrameworkTest, RowsAreFilteredAndSortedByAttributesAndColumnsAreTheThemesCodes) {
    Matrix m = createMatrix(*bench, {"Cymorth", "Cymorth", {{"study", "gofal"}}, {"la"}});
    MatrixView view = viewMatrix(*bench, "Cymorth");
    ASSERT_EQ(view.rows.size(), 2u);
    EXPECT_EQ(view.rows[0].name, "Gwyn");  // Caerdydd before Gwynedd
    EXPECT_EQ(view.rows[1].name, "Siân");
    ASSERT_EQ(view.columns.size(), 2u);
    EXPECT_EQ(view.columns[0].second, "Cymorth/Seibiant");
    const CellView& cell = view.at(1, 0);
    ASSERT_EQ(cell.passages.size(), 1u);
    EXPECT_EQ(cell.passages[0].text, "Dim seibiant o gwbl eleni");
    EXPECT_EQ(cell.passages[0].speaker, "Siân");
    EXPECT_TRUE(view.at(0, 0).passages.empty());
    EXPECT_EQ(view.at(1, 0).codings, 1);
    EXPECT_EQ(viewMatrix(*bench, "Cymorth", false).at(1, 0).codings, 1);
    EXPECT_TRUE(viewMatrix(*bench, "Cymorth", false).at(1, 0).passages.empty());
    EXPECT_THROW(createMatrix(*bench, {"X", "Nope", {}, {}}), Error);
    EXPECT_THROW(createMatrix(*bench, {"Y", "Cymorth", {{"oed", "1"}}, {}}), Error);
}

TEST_F(FrameworkTest, SummariesCiteCodingsAndTheEvidenceCheckFindsGaps) {
    createMatrix(*bench, {"M", "Cymorth", {}, {}});
    writeSummary(*bench, "M", "Siân", "Cymorth/Seibiant", "Dim seibiant.", {sianRespite.uuid});
    writeSummary(*bench, "M", "Gwyn", "Cymorth/Arian", "Arian yn brin.", {});
    auto problems = checkEvidence(*bench, "M");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].kind, "no-citation");
    EXPECT_EQ(problems[0].caseName, "Gwyn");
    store.removeCoding(store.codingByUuid(sianRespite.uuid)->id);
    problems = checkEvidence(*bench, "M");
    ASSERT_EQ(problems.size(), 2u);
    auto missing = std::find_if(problems.begin(), problems.end(), [](const EvidenceProblem& p) { return p.kind == "missing-coding"; });
    ASSERT_NE(missing, problems.end());
    EXPECT_EQ(missing->codingUuid, sianRespite.uuid);
    EXPECT_EQ(missing->caseName, "Siân");
    EXPECT_THROW(writeSummary(*bench, "M", "Siân", "Cymorth", "x", {}), Error);  // not a column
}

TEST_F(FrameworkTest, StartFromCodedTextDraftsOnlyEmptyCellsAndUndoesAsOne) {
    createMatrix(*bench, {"M", "Cymorth", {}, {}});
    writeSummary(*bench, "M", "Gwyn", "Cymorth/Arian", "Ysgrifennwyd yn barod.", {});
    EXPECT_EQ(startFromCodedText(*bench, "M"), 1);
    MatrixView view = viewMatrix(*bench, "M");
    const CellView* sianCell = nullptr;
    for (const auto& cv : view.cells)
        if (cv.caseRow.name == "Siân" && cv.codePath == "Cymorth/Seibiant") sianCell = &cv;
    ASSERT_TRUE(sianCell && sianCell->cell);
    EXPECT_EQ(sianCell->cell->summary, "“Dim seibiant o gwbl eleni” (Siân)");
    EXPECT_EQ(sianCell->cell->citedCodingUuids, std::vector<std::string>{sianRespite.uuid});
    EXPECT_EQ(store.undo(), "matrix.cell-summary");
    view = viewMatrix(*bench, "M");
    for (const auto& cv : view.cells)
        if (cv.caseRow.name == "Siân") {
            EXPECT_FALSE(cv.cell) << cv.codePath;
        }
}

}  // namespace
}  // namespace edau
