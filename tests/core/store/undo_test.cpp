// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo: every coding, codebook, memo and summary change can be reversed, in order,
// by its own coder, even after the project was closed and opened again.
#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

class UndoTest : public ::testing::Test {
protected:
    TempDir dir;
    std::string path = dir.file("p.edau");
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, "p");
    Coder lowri;
    Document doc;

    void SetUp() override {
        lowri = store->addCoder("Lowri");
        store->setCurrentCoder(lowri.id);
        doc = store->addDocument({"d", "d.txt", "txt", "utf-8", "Siân: Roedd y gofal yn anodd yng Nghaerdydd.", "cy"});
    }
};

TEST_F(UndoTest, NothingToUndoInAFreshProject) {
    EXPECT_FALSE(store->undoableAction());  // creating, importing and choosing a coder are not undone here
    EXPECT_FALSE(store->undo());
    EXPECT_FALSE(store->redo());
}

TEST_F(UndoTest, CodingIsUndoneAndRedoneWithItsIdentity) {
    Code code = store->addCode("Gofal", std::nullopt);
    Coding coding = store->addCoding(doc.id, 6, 28, code.id, lowri.id);
    EXPECT_EQ(store->undo(), "coding.add");
    EXPECT_FALSE(store->codingByUuid(coding.uuid));
    EXPECT_EQ(store->redo(), "coding.add");
    auto back = store->codingByUuid(coding.uuid);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->start, 6);
    EXPECT_EQ(back->end, 28);
    EXPECT_EQ(back->codeId, code.id);
}

TEST_F(UndoTest, ActionsAreUndoneLastFirstAndANewActionClearsRedo) {
    Code code = store->addCode("Gofal", std::nullopt);
    store->addCoding(doc.id, 0, 4, code.id, lowri.id);
    store->addCoding(doc.id, 6, 10, code.id, lowri.id);
    EXPECT_EQ(store->counts().codings, 2);
    store->undo();
    store->undo();
    EXPECT_EQ(store->counts().codings, 0);
    EXPECT_EQ(store->undo(), "code.add");
    EXPECT_EQ(store->counts().codes, 0);
    store->redo();  // the code is back
    EXPECT_EQ(store->counts().codes, 1);
    store->addCode("Newydd", std::nullopt);  // a new action: the undone codings cannot be redone now
    EXPECT_FALSE(store->redoableAction());
    EXPECT_EQ(store->counts().codings, 0);
}

TEST_F(UndoTest, DeletingACodeWithCodingsIsUndoneWhole) {
    Code theme = store->addCode("Cymorth", std::nullopt, "Help", "#112233");
    Code sub = store->addCode("Seibiant", theme.id);
    Coding a = store->addCoding(doc.id, 0, 4, theme.id, lowri.id);
    Coding b = store->addCoding(doc.id, 6, 10, sub.id, lowri.id);
    EXPECT_EQ(store->codingsUnder(theme.id), 2);
    store->removeCode(theme.id);
    EXPECT_EQ(store->counts().codes, 0);
    EXPECT_EQ(store->counts().codings, 0);
    EXPECT_EQ(store->undo(), "coding.remove");
    EXPECT_TRUE(store->codingByUuid(a.uuid));
    EXPECT_TRUE(store->codingByUuid(b.uuid));
    auto restored = store->codeByUuid(sub.uuid);
    ASSERT_TRUE(restored);
    EXPECT_EQ(restored->parentId, store->codeByUuid(theme.uuid)->id);
    EXPECT_EQ(store->codeByUuid(theme.uuid)->colour, "#112233");
    EXPECT_TRUE(store->integrityProblems().empty());
}

TEST_F(UndoTest, MergeMovesCodingsAndUndoSplitsThemAgain) {
    Code respite = store->addCode("Seibiant", std::nullopt);
    Code breaks = store->addCode("Egwyl", std::nullopt);
    Code child = store->addCode("Dydd", breaks.id);
    Coding c1 = store->addCoding(doc.id, 0, 4, breaks.id, lowri.id);
    store->mergeCode(breaks.id, respite.id);
    EXPECT_FALSE(store->codeByUuid(breaks.uuid));
    EXPECT_EQ(store->codingByUuid(c1.uuid)->codeId, respite.id);
    EXPECT_EQ(store->codeByUuid(child.uuid)->parentId, respite.id);
    EXPECT_THROW(store->mergeCode(respite.id, store->codeByUuid(child.uuid)->id), Error);
    store->undo();
    auto breaksBack = store->codeByUuid(breaks.uuid);
    ASSERT_TRUE(breaksBack);
    EXPECT_EQ(store->codingByUuid(c1.uuid)->codeId, breaksBack->id);
    EXPECT_EQ(store->codeByUuid(child.uuid)->parentId, breaksBack->id);
}

TEST_F(UndoTest, RenameMemoAndSummaryChangesAreUndone) {
    Code code = store->addCode("Gofal", std::nullopt);
    Code renamed = code;
    renamed.name = "Gofalu";
    store->updateCode(renamed);
    Memo memo = store->addMemo(MemoTarget::Document, doc.uuid, "Nodyn", "Cyntaf");
    store->updateMemo(memo.id, "Nodyn", "Ail");
    Case c = store->addCase("Siân");
    Matrix m = store->addMatrix("M", {c.id}, {code.id});
    store->setCellSummary(m.id, c.id, code.id, "Drafft", {});
    store->setCellSummary(m.id, c.id, code.id, "Terfynol", {});
    store->undo();
    EXPECT_EQ(store->cells(m.id).front().summary, "Drafft");
    store->undo();  // the first summary: the cell goes
    EXPECT_TRUE(store->cells(m.id).empty());
    // addMatrix and addCase are not undoable actions, so the next undo is the memo edit.
    EXPECT_EQ(store->undo(), "memo.update");
    EXPECT_EQ(store->memos().front().text, "Cyntaf");
    EXPECT_EQ(store->undo(), "memo.add");
    EXPECT_TRUE(store->memos().empty());
    EXPECT_EQ(store->undo(), "code.update");
    EXPECT_EQ(store->codeByUuid(code.uuid)->name, "Gofal");
}

TEST_F(UndoTest, AFirstSummaryIsRedoneIntoTheSameCellForEitherKindOfRow) {
    Code code = store->addCode("Gofal", std::nullopt);
    Coding coding = store->addCoding(doc.id, 6, 28, code.id, lowri.id);
    Case c = store->addCase("Siân");
    struct Row {
        const char* kind;
        Matrix matrix;
        MatrixRowKey row;
    };
    const std::vector<Row> table = {
        {"case", store->addMatrix("Achosion", {c.id}, {code.id}), {MatrixRowKind::Case, c.id}},
        {"document", store->addMatrix("Dogfennau", MatrixRowKind::Document, {doc.id}, {code.id}),
         {MatrixRowKind::Document, doc.id}},
    };
    for (const auto& r : table) {
        MatrixCell cell = store->setCellSummary(r.matrix.id, r.row, code.id, "Anodd", {coding.uuid});
        EXPECT_EQ(store->undo(), "matrix.cell-summary") << r.kind;
        EXPECT_TRUE(store->cells(r.matrix.id).empty()) << r.kind;
        EXPECT_EQ(store->redo(), "matrix.cell-summary") << r.kind;
        auto back = store->cellByUuid(cell.uuid);
        ASSERT_TRUE(back) << r.kind;
        EXPECT_EQ(back->summary, "Anodd") << r.kind;
        EXPECT_EQ(back->citedCodingUuids, std::vector<std::string>{coding.uuid}) << r.kind;
        EXPECT_EQ(back->caseId, r.row.kind == MatrixRowKind::Case ? c.id : 0) << r.kind;
        EXPECT_EQ(back->documentId, r.row.kind == MatrixRowKind::Document ? std::optional<RowId>(doc.id) : std::nullopt)
            << r.kind;
        EXPECT_EQ(store->undo(), "matrix.cell-summary") << r.kind;  // and round again
        EXPECT_TRUE(store->cells(r.matrix.id).empty()) << r.kind;
    }
    EXPECT_TRUE(store->integrityProblems().empty());
}

TEST_F(UndoTest, HistorySurvivesReopeningAndBelongsToItsCoder) {
    Code code = store->addCode("Gofal", std::nullopt);
    store->addCoding(doc.id, 0, 4, code.id, lowri.id);
    Coder ben = store->addCoder("Ben");
    store->setCurrentCoder(ben.id);
    EXPECT_FALSE(store->undoableAction()) << "Ben has done nothing yet";
    store->setCurrentCoder(lowri.id);
    store.reset();
    store = ProjectStore::open(path);
    EXPECT_EQ(store->undoableAction(), "coding.add");
    store->undo();
    EXPECT_EQ(store->counts().codings, 0);
}

}  // namespace
}  // namespace edau

namespace edau {
namespace {

TEST(MostSignificantChange, RoundsRecordEachStorysDomainChoiceAndReasonAndUndo) {
    test::TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Coder lowri = s->addCoder("Lowri");
    s->setCurrentCoder(lowri.id);
    Case gwyn = s->addCase("msc-01-gwyn");
    Case donna = s->addCase("msc-02-donna");
    Code change = s->addCode("Change", std::nullopt);
    Code belonging = s->addCode("Belonging", change.id);
    Code skills = s->addCode("Skills", change.id);
    MscRound round = s->addMscRound("Panel 1", "Community panel", "2022-11-17");
    EXPECT_THROW(s->addMscRound("Panel 1"), Error);
    s->setMscSelection(round.id, gwyn.id, belonging.id, true, "Y newid mwyaf i'r gymuned.");
    s->setMscSelection(round.id, donna.id, skills.id, false, "Strong, but narrower.");
    s->setMscSelection(round.id, donna.id, skills.id, true, "Chosen after discussion.");
    auto selections = s->mscSelections(round.id);
    ASSERT_EQ(selections.size(), 2u);
    EXPECT_TRUE(selections[0].chosen);
    EXPECT_EQ(selections[0].domainCodeId, belonging.id);
    EXPECT_EQ(selections[1].reason, "Chosen after discussion.");
    EXPECT_EQ(s->undo(), "msc.selection");
    EXPECT_FALSE(s->mscSelections(round.id)[1].chosen);
    EXPECT_EQ(s->mscSelections(round.id)[1].reason, "Strong, but narrower.");
    s->undo();
    EXPECT_EQ(s->mscSelections(round.id).size(), 1u);
    EXPECT_EQ(s->mscRounds().front().panel, "Community panel");
}

}  // namespace
}  // namespace edau
