// SPDX-License-Identifier: GPL-3.0-or-later
// Memos listed with their targets in words, and memos on framework matrix cells.
#include "edau/app/memo_service.h"

#include <gtest/gtest.h>

#include "edau/app/framework_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

class MemoServiceTest : public ::testing::Test {
protected:
    test::TempDir dir;
    std::unique_ptr<Workbench> bench = Workbench::create(dir.file("p.edau"), "Gofalwyr");
    ProjectStore& store = bench->store();
    Coder lowri;
    Code theme, respite;
    Case sian;
    Document doc;
    Coding coding;

    void SetUp() override {
        lowri = bench->useCoder("Lowri");
        theme = store.addCode("Cymorth", std::nullopt);
        respite = store.addCode("Seibiant", theme.id);
        sian = store.addCase("Siân");
        doc = store.addDocument({"carer-01", "c.txt", "txt", "utf-8", "Siân: Dim seibiant eleni.", "cy"});
        store.setDocumentCase(doc.id, sian.id);
        coding = store.addCoding(doc.id, 6, 19, respite.id, lowri.id);
        createMatrix(*bench, {"Cymorth", "Cymorth", {}, {}});
    }
};

TEST_F(MemoServiceTest, AMemoOnACellCreatesTheEmptyCellInTheSameAction) {
    auto before = store.counts();
    Memo memo = addCellMemo(*bench, "Cymorth", "Siân", "Cymorth/Seibiant", "Gwirio", "Holi Ben am hyn.");
    EXPECT_EQ(memo.targetKind, MemoTarget::MatrixCell);
    auto cell = store.cellByUuid(memo.targetUuid);
    ASSERT_TRUE(cell);
    EXPECT_EQ(cell->caseId, sian.id);
    EXPECT_EQ(cell->summary, "");
    // A second memo on the same cell finds it; a written cell keeps its summary.
    writeSummary(*bench, "Cymorth", "Siân", "Cymorth/Seibiant", "Dim seibiant.", {coding.uuid});
    Memo second = addCellMemo(*bench, "Cymorth", "Siân", "Cymorth/Seibiant", "", "Dyfyniad da.");
    EXPECT_EQ(second.targetUuid, memo.targetUuid);
    EXPECT_EQ(store.cellByUuid(memo.targetUuid)->summary, "Dim seibiant.");
    // Undo takes back the memo and, for the first, the cell it made: one action each.
    store.undo();
    store.undo();
    store.undo();
    EXPECT_EQ(store.counts().memos, before.memos);
    EXPECT_FALSE(store.cellByUuid(memo.targetUuid));
    // A cell that is not in the matrix changes nothing.
    auto operations = store.counts().operations;
    EXPECT_THROW(addCellMemo(*bench, "Cymorth", "Gwyn", "Cymorth/Seibiant", "", "x"), Error);
    EXPECT_THROW(addCellMemo(*bench, "Cymorth", "Siân", "Cymorth", "", "x"), Error);
    EXPECT_EQ(store.counts().operations, operations);
}

TEST_F(MemoServiceTest, EveryMemoIsListedWithItsTargetInWords) {
    addCellMemo(*bench, "Cymorth", "Siân", "Cymorth/Seibiant", "", "cell");
    store.addMemo(MemoTarget::Project, "", "", "project");
    store.addMemo(MemoTarget::Document, doc.uuid, "", "document");
    store.addMemo(MemoTarget::Code, respite.uuid, "", "code");
    store.addMemo(MemoTarget::Case, sian.uuid, "", "case");
    store.addMemo(MemoTarget::Coding, coding.uuid, "", "coding");
    Code gone = store.addCode("Dros dro", std::nullopt);
    store.addMemo(MemoTarget::Code, gone.uuid, "", "gone");
    store.removeCode(gone.id);
    struct Expected {
        MemoTarget kind;
        const char* name;
        const char* description;
        bool missing;
    };
    const std::vector<Expected> table = {
        {MemoTarget::MatrixCell, "Cymorth: Siân × Cymorth/Seibiant",
         "the cell Siân × Cymorth/Seibiant of the framework matrix Cymorth", false},
        {MemoTarget::Project, "Gofalwyr", "the project Gofalwyr", false},
        {MemoTarget::Document, "carer-01", "the document carer-01", false},
        {MemoTarget::Code, "Cymorth/Seibiant", "the code Cymorth/Seibiant", false},
        {MemoTarget::Case, "Siân", "the case Siân", false},
        {MemoTarget::Coding, "carer-01 6-19", "the passage 6-19 of carer-01 coded Cymorth/Seibiant", false},
        {MemoTarget::Code, "", "something that is no longer in the project", true},
    };
    auto memos = listMemos(*bench);
    ASSERT_EQ(memos.size(), table.size());
    for (std::size_t i = 0; i < table.size(); ++i) {
        const auto& m = memos[i];
        EXPECT_EQ(m.target.kind, table[i].kind) << i;
        EXPECT_EQ(m.target.name, table[i].name) << i;
        EXPECT_NE(m.target.description.str().find(table[i].description), std::string::npos) << m.target.description.str();
        EXPECT_EQ(m.target.missing, table[i].missing) << i;
        EXPECT_EQ(m.coder, "Lowri") << i;
    }
    EXPECT_EQ(memos[0].target.matrix, "Cymorth");
    EXPECT_EQ(memos[0].target.row, "Siân");
    EXPECT_EQ(memos[0].target.code, "Cymorth/Seibiant");
}

}  // namespace
}  // namespace edau
