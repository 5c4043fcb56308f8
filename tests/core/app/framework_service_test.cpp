// SPDX-License-Identifier: GPL-3.0-or-later
// Framework matrices: rows from case attributes (or documents), columns from a theme, passages
// per cell, summaries with citations, drafts from coded text, and the evidence check.
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

TEST_F(FrameworkTest, DocumentRowsCanBeAskedForAndFilterBySortByTheirCasesAttributes) {
    MatrixSpec spec{"Fesul dogfen", "Cymorth", {{"study", "gofal"}}, {"la"}};
    spec.rowKind = MatrixRowKind::Document;
    Matrix m = createMatrix(*bench, spec);
    EXPECT_EQ(m.rowKind, MatrixRowKind::Document);
    MatrixView view = viewMatrix(*bench, "Fesul dogfen");
    EXPECT_EQ(view.rowNames, (std::vector<std::string>{"Gwyn", "Siân"}));  // the documents, Caerdydd first
    EXPECT_TRUE(view.rows.empty());
    ASSERT_EQ(view.documentRows.size(), 2u);
    EXPECT_EQ(view.at(1, 0).passages.size(), 1u);
    EXPECT_EQ(view.at(1, 0).row.kind, MatrixRowKind::Document);
    // The usual default is unchanged: this project has cases, so rows are cases.
    EXPECT_EQ(createMatrix(*bench, {"Achosion", "Cymorth", {}, {}}).rowKind, MatrixRowKind::Case);
}

/// A study without cases: field notes and documents only.
class DocumentRowsTest : public ::testing::Test {
protected:
    test::TempDir dir;
    std::unique_ptr<Workbench> bench = Workbench::create(dir.file("p.edau"), "p");
    ProjectStore& store = bench->store();
    Code place, housing, work;
    Document bangor, cardiff;
    Coding bangorHousing, cardiffWork, cardiffHousing;

    void SetUp() override {
        Coder coder = bench->useCoder("Lowri");
        place = store.addCode("Lle", std::nullopt);
        housing = store.addCode("Tai", place.id);
        work = store.addCode("Gwaith", place.id);
        bangor = store.addDocument({"nodiadau-bangor", "b.txt", "txt", "utf-8", "Tai drud ger y brifysgol.", "cy"});
        cardiff = store.addDocument({"nodiadau-caerdydd", "c.txt", "txt", "utf-8", "Gwaith yn y ddinas; rhent uchel.", "cy"});
        bangorHousing = store.addCoding(bangor.id, 0, 8, housing.id, coder.id);
        cardiffWork = store.addCoding(cardiff.id, 0, 18, work.id, coder.id);
        cardiffHousing = store.addCoding(cardiff.id, 20, 31, housing.id, coder.id);
    }
};

TEST_F(DocumentRowsTest, WithoutCasesTheRowsAreDocumentsAndACellIsThatDocumentsCodings) {
    Matrix m = createMatrix(*bench, {"Lle", "Lle", {}, {}});
    EXPECT_EQ(m.rowKind, MatrixRowKind::Document);
    EXPECT_EQ(m.rowDocumentIds, (std::vector<RowId>{bangor.id, cardiff.id}));
    MatrixView view = viewMatrix(*bench, "Lle");
    ASSERT_EQ(view.rowNames, (std::vector<std::string>{"nodiadau-bangor", "nodiadau-caerdydd"}));
    ASSERT_EQ(view.columns.size(), 2u);
    struct Expected {
        std::size_t row;
        const char* code;
        std::int64_t codings;
        const char* firstPassage;
    };
    const std::vector<Expected> table = {
        {0, "Lle/Tai", 1, "Tai drud"},
        {0, "Lle/Gwaith", 0, nullptr},
        {1, "Lle/Tai", 1, "rhent uchel"},
        {1, "Lle/Gwaith", 1, "Gwaith yn y ddinas"},
    };
    for (const auto& e : table) {
        const CellView* cv = nullptr;
        for (std::size_t c = 0; c < view.columns.size(); ++c)
            if (view.columns[c].second == e.code) cv = &view.at(e.row, c);
        ASSERT_NE(cv, nullptr) << e.code;
        EXPECT_EQ(cv->rowName, view.rowNames[e.row]);
        ASSERT_TRUE(cv->documentRow);
        EXPECT_EQ(cv->codings, e.codings) << cv->rowName << " × " << e.code;
        ASSERT_EQ(cv->passages.size(), static_cast<std::size_t>(e.codings)) << cv->rowName << " × " << e.code;
        if (e.firstPassage) {
            EXPECT_EQ(cv->passages[0].text, e.firstPassage);
        }
    }
}

TEST_F(DocumentRowsTest, SummariesDraftsCellsAndTheEvidenceCheckWorkOnDocumentRows) {
    createMatrix(*bench, {"Lle", "Lle", {}, {}});
    MatrixCell byName = writeSummary(*bench, "Lle", "nodiadau-bangor", "Lle/Tai", "Tai drud.", {bangorHousing.uuid});
    EXPECT_EQ(byName.documentId, bangor.id);
    MatrixCell byUuid = writeSummary(*bench, "Lle", cardiff.uuid, "Lle/Gwaith", "Gwaith.", {});
    EXPECT_EQ(byUuid.documentId, cardiff.id);
    EXPECT_THROW(writeSummary(*bench, "Lle", "nodiadau-aber", "Lle/Tai", "x", {}), Error);

    auto problems = checkEvidence(*bench, "Lle");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].kind, "no-citation");
    EXPECT_EQ(problems[0].documentName, "nodiadau-caerdydd");
    EXPECT_EQ(problems[0].caseName, "nodiadau-caerdydd");

    EXPECT_EQ(startFromCodedText(*bench, "Lle", "nodiadau-caerdydd"), 1);  // Tai; Gwaith is written already
    MatrixView view = viewMatrix(*bench, "Lle", false);
    ASSERT_TRUE(view.at(1, 0).cell);
    EXPECT_EQ(view.at(1, 0).cell->summary, "“rhent uchel”");
    EXPECT_EQ(view.at(1, 0).cell->citedCodingUuids, std::vector<std::string>{cardiffHousing.uuid});

    auto cellsBefore = store.cells(store.matrixByName("Lle")->id).size();
    MatrixCell empty = ensureCell(*bench, "Lle", "nodiadau-bangor", "Lle/Gwaith");
    EXPECT_EQ(empty.summary, "");
    EXPECT_EQ(empty.documentId, bangor.id);
    EXPECT_EQ(ensureCell(*bench, "Lle", "nodiadau-bangor", "Lle/Gwaith").uuid, empty.uuid) << "made once";
    EXPECT_EQ(ensureCell(*bench, "Lle", "nodiadau-bangor", "Lle/Tai").uuid, byName.uuid);
    EXPECT_EQ(store.cells(store.matrixByName("Lle")->id).size(), cellsBefore + 1);
    EXPECT_EQ(store.undo(), "matrix.cell-summary");
    EXPECT_FALSE(store.cellByUuid(empty.uuid));
    EXPECT_THROW(ensureCell(*bench, "Lle", "nodiadau-bangor", "Lle"), Error);  // not a column
}

}  // namespace
}  // namespace edau
