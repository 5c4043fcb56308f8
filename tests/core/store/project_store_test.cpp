// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStore: every entity survives a close and reopen exactly as written.
#include "edau/store/project_store.h"

#include <gtest/gtest.h>

#include <functional>

#include "edau/base/error.h"
#include "edau/base/uuid.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

TEST(ProjectStore, CreatesAFileAtTheCurrentSchemaVersion) {
    TempDir dir;
    auto store = ProjectStore::create(dir.file("p.edau"), "Gofalwyr");
    EXPECT_EQ(store->schemaVersion(), kSchemaVersion);
    EXPECT_EQ(store->projectName(), "Gofalwyr");
    EXPECT_TRUE(canonicalUuid(store->projectUuid()).has_value());
    EXPECT_TRUE(store->integrityProblems().empty());
}

TEST(ProjectStore, RefusesToCreateOverAnExistingFile) {
    TempDir dir;
    test::writeFile(dir.file("p.edau"), "precious");
    try {
        ProjectStore::create(dir.file("p.edau"), "x");
        FAIL() << "overwrote a file";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Usage);
        EXPECT_NE(std::string(e.what()).find("already exists"), std::string::npos);
    }
    EXPECT_EQ(test::readFile(dir.file("p.edau")), "precious");
}

TEST(ProjectStore, IdentitiesFromElsewhereAreKeptOnceAndMustBeUuids) {
    // A REFI-QDA import keeps the file's GUIDs: canonical lower case, never twice in a table.
    TempDir dir;
    auto store = ProjectStore::create(dir.file("p.edau"), "p");
    Code kept = store->addCode("Cymorth", std::nullopt, {}, {}, "{6C1E2C4A-8F0B-4A77-A1F3-3B8E5A9D2C11}");
    EXPECT_EQ(kept.uuid, "6c1e2c4a-8f0b-4a77-a1f3-3b8e5a9d2c11");
    EXPECT_EQ(store->codeByUuid(kept.uuid)->name, "Cymorth");
    Coder coder = store->addCoder("Siân", "9a7b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
    EXPECT_EQ(coder.uuid, "9a7b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d");
    Memo memo = store->addMemo(MemoTarget::Code, kept.uuid, "t", "x", "0b4d3a1c-5a35-4f0c-9d52-2f1f6e0c9a01", coder.id);
    EXPECT_EQ(memo.coderId, coder.id);
    const struct {
        std::function<void()> add;
        ErrorKind kind;
    } table[] = {
        {[&] { store->addCode("Arall", std::nullopt, {}, {}, kept.uuid); }, ErrorKind::BadInput},
        {[&] { store->addCode("Arall", std::nullopt, {}, {}, "nid-uuid"); }, ErrorKind::Usage},
        {[&] { store->addCase("Gwyn", {}, "not a uuid at all"); }, ErrorKind::Usage},
        {[&] { store->addMemo(MemoTarget::Project, "", "", "x", memo.uuid); }, ErrorKind::BadInput},
    };
    for (const auto& row : table) {
        try {
            row.add();
            ADD_FAILURE() << "accepted";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), row.kind) << e.message().str();
        }
    }
    EXPECT_EQ(store->codes().size(), 1u);
    EXPECT_EQ(store->cases().size(), 0u);
}

TEST(ProjectStore, MissingFileIsNotFound) {
    TempDir dir;
    try {
        ProjectStore::open(dir.file("none.edau"));
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    }
}

TEST(ProjectStore, UuidsAndValuesAreStableAcrossReopen) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    std::string projectUuid, coderUuid, docUuid, caseUuid, attrUuid, parentUuid, childUuid, codingUuid, memoUuid,
        matrixUuid, cellUuid;
    {
        auto s = ProjectStore::create(path, "Astudiaeth");
        Coder coder = s->addCoder("Siân");
        s->setCurrentCoder(coder.id);
        DocumentDraft draft{"Cyfweliad 1", "cyfweliad1.txt", "txt", "utf-8",
                            "Cyfwelydd: Sut mae?\n\nSiân: Mae'n dda, diolch. Dŵr a thŷ.", "cy"};
        std::vector<Turn> turns(2);
        turns[0].speaker = "Cyfwelydd";
        turns[0].start = 0;
        turns[0].end = 19;
        turns[1].speaker = "Siân";
        turns[1].start = 21;
        turns[1].end = 56;
        turns[1].timestampMs = 83000;
        Document doc = s->addDocument(draft, turns);
        Case c = s->addCase("Siân", "gofalwr di-dâl");
        s->setDocumentCase(doc.id, c.id);
        Attribute a = s->addAttribute("awdurdod lleol", AttributeType::Category);
        s->setAttributeValue(c.id, a.id, "Gwynedd");
        Code parent = s->addCode("Cymorth", std::nullopt, "Help a gafwyd", "#1F77B4");
        Code child = s->addCode("Seibiant", parent.id, "Respite", "#FF7F0E");
        Coding coding = s->addCoding(doc.id, 21, 33, child.id, coder.id);
        Memo memo = s->addMemo(MemoTarget::Document, doc.uuid, "Nodyn", "Cyfweliad cynnes.");
        Matrix m = s->addMatrix("Cymorth", {c.id}, {child.id}, "Prif fframwaith");
        MatrixCell cell = s->setCellSummary(m.id, c.id, child.id, "Seibiant wedi dod i ben.", {coding.uuid});
        projectUuid = s->projectUuid();
        coderUuid = coder.uuid;
        docUuid = doc.uuid;
        caseUuid = c.uuid;
        attrUuid = a.uuid;
        parentUuid = parent.uuid;
        childUuid = child.uuid;
        codingUuid = coding.uuid;
        memoUuid = memo.uuid;
        matrixUuid = m.uuid;
        cellUuid = cell.uuid;
    }
    auto s = ProjectStore::open(path);
    EXPECT_EQ(s->projectUuid(), projectUuid);
    ASSERT_TRUE(s->currentCoder());
    EXPECT_EQ(s->currentCoder()->uuid, coderUuid);
    EXPECT_EQ(s->currentCoder()->name, "Siân");

    auto doc = s->documentByUuid(docUuid);
    ASSERT_TRUE(doc);
    EXPECT_EQ(doc->name, "Cyfweliad 1");
    EXPECT_EQ(doc->originalFileName, "cyfweliad1.txt");
    EXPECT_EQ(doc->format, "txt");
    EXPECT_EQ(doc->encoding, "utf-8");
    EXPECT_EQ(doc->language, "cy");
    EXPECT_EQ(doc->characters, 56);
    EXPECT_EQ(doc->contentHash.size(), 64u);
    EXPECT_EQ(s->documentText(doc->id), "Cyfwelydd: Sut mae?\n\nSiân: Mae'n dda, diolch. Dŵr a thŷ.");
    auto turns = s->turns(doc->id);
    ASSERT_EQ(turns.size(), 2u);
    EXPECT_EQ(turns[1].speaker, "Siân");
    EXPECT_EQ(turns[1].start, 21);
    EXPECT_EQ(turns[1].end, 56);
    EXPECT_EQ(turns[1].timestampMs, 83000);
    EXPECT_FALSE(turns[0].timestampMs);

    auto c = s->caseByName("Siân");
    ASSERT_TRUE(c);
    EXPECT_EQ(c->uuid, caseUuid);
    EXPECT_EQ(c->description, "gofalwr di-dâl");
    EXPECT_EQ(doc->caseId, c->id);
    EXPECT_EQ(s->caseDocuments(c->id), std::vector<RowId>{doc->id});
    auto a = s->attributeByName("awdurdod lleol");
    ASSERT_TRUE(a);
    EXPECT_EQ(a->uuid, attrUuid);
    EXPECT_EQ(a->type, AttributeType::Category);
    auto values = s->attributeValues(c->id);
    ASSERT_EQ(values.size(), 1u);
    EXPECT_EQ(values[0].value, "Gwynedd");

    auto codes = s->codes();
    ASSERT_EQ(codes.size(), 2u);
    EXPECT_EQ(codes[0].uuid, parentUuid);
    EXPECT_EQ(codes[1].uuid, childUuid);
    EXPECT_EQ(codes[1].parentId, codes[0].id);
    EXPECT_EQ(codes[1].colour, "#FF7F0E");
    EXPECT_EQ(codes[0].description, "Help a gafwyd");

    auto coding = s->codingByUuid(codingUuid);
    ASSERT_TRUE(coding);
    EXPECT_EQ(coding->start, 21);
    EXPECT_EQ(coding->end, 33);
    EXPECT_EQ(coding->codeId, codes[1].id);

    auto memos = s->memos();
    ASSERT_EQ(memos.size(), 1u);
    EXPECT_EQ(memos[0].uuid, memoUuid);
    EXPECT_EQ(memos[0].targetKind, MemoTarget::Document);
    EXPECT_EQ(memos[0].targetUuid, docUuid);
    EXPECT_EQ(memos[0].text, "Cyfweliad cynnes.");

    auto m = s->matrixByName("Cymorth");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->uuid, matrixUuid);
    EXPECT_EQ(m->rowCaseIds, std::vector<RowId>{c->id});
    EXPECT_EQ(m->columnCodeIds, std::vector<RowId>{codes[1].id});
    auto cells = s->cells(m->id);
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].uuid, cellUuid);
    EXPECT_EQ(cells[0].summary, "Seibiant wedi dod i ben.");
    EXPECT_EQ(cells[0].citedCodingUuids, std::vector<std::string>{codingUuid});

    ProjectCounts n = s->counts();
    EXPECT_EQ(n.documents, 1);
    EXPECT_EQ(n.cases, 1);
    EXPECT_EQ(n.codes, 2);
    EXPECT_EQ(n.codings, 1);
    EXPECT_EQ(n.coders, 1);
    EXPECT_EQ(n.memos, 1);
    EXPECT_EQ(n.matrices, 1);
    EXPECT_TRUE(s->integrityProblems().empty());
}

TEST(ProjectStore, StoresDecomposedTextInNfcAndCountsCodePoints) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    // "dŵr tŷ" typed with combining circumflexes (NFD).
    Document d = s->addDocument({"nfd", "nfd.txt", "txt", "utf-8", "dw\xCC\x82r ty\xCC\x82", ""});
    EXPECT_EQ(s->documentText(d.id), "d\xC5\xB5r t\xC5\xB7");
    EXPECT_EQ(d.characters, 6);
}

TEST(ProjectStore, RefusesInvalidUtf8AndLeavesNothingBehind) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    auto before = s->counts();
    try {
        s->addDocument({"bad", "bad.txt", "txt", "utf-8", std::string("caf\xE9 au lait"), ""});
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find("byte 3"), std::string::npos) << e.what();
    }
    EXPECT_EQ(s->counts().documents, before.documents);
    EXPECT_EQ(s->counts().operations, before.operations);
}

TEST(ProjectStore, AFailedWriteRollsBackEveryPartOfIt) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    auto before = s->counts();
    EXPECT_THROW(s->write([&] {
        s->addCase("Dylan");
        s->addCode("Tai", std::nullopt);
        s->addCase("Dylan");  // duplicate: throws
    }),
                 Error);
    auto after = s->counts();
    EXPECT_EQ(after.cases, before.cases);
    EXPECT_EQ(after.codes, before.codes);
    EXPECT_EQ(after.operations, before.operations);
}

TEST(ProjectStore, RejectsCodingsOutsideTheText) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Coder coder = s->addCoder("Ben");
    Document d = s->addDocument({"d", "d.txt", "txt", "utf-8", "short", ""});
    Code code = s->addCode("C", std::nullopt);
    struct Range {
        std::int64_t start, end;
    };
    for (Range r : {Range{-1, 2}, Range{2, 2}, Range{3, 1}, Range{0, 6}}) {
        EXPECT_THROW(s->addCoding(d.id, r.start, r.end, code.id, coder.id), Error) << r.start << "-" << r.end;
    }
    EXPECT_NO_THROW(s->addCoding(d.id, 0, 5, code.id, coder.id));
    EXPECT_EQ(s->counts().codings, 1);
}

TEST(ProjectStore, CodesCannotBeMovedInsideThemselves) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Code a = s->addCode("A", std::nullopt);
    Code b = s->addCode("B", a.id);
    Code moved = a;
    moved.parentId = b.id;
    EXPECT_THROW(s->updateCode(moved), Error);
    EXPECT_FALSE(s->codeById(a.id)->parentId);
}

TEST(ProjectStore, RemovingACodingKeepsTheCitationForTheEvidenceCheck) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Coder coder = s->addCoder("Ben");
    Document d = s->addDocument({"d", "d.txt", "txt", "utf-8", "Some text to code.", ""});
    Case c = s->addCase("c");
    Code code = s->addCode("C", std::nullopt);
    Coding coding = s->addCoding(d.id, 0, 4, code.id, coder.id);
    Matrix m = s->addMatrix("M", {c.id}, {code.id});
    s->setCellSummary(m.id, c.id, code.id, "Summary", {coding.uuid});
    s->removeCoding(coding.id);
    auto cells = s->cells(m.id);
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].citedCodingUuids, std::vector<std::string>{coding.uuid});
    EXPECT_FALSE(s->codingByUuid(coding.uuid));
}

TEST(ProjectStore, AMatrixOfDocumentRowsKeepsItsRowsAndCellsAcrossReopen) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    std::string cellUuid;
    RowId first = 0, second = 0, code = 0;
    {
        auto s = ProjectStore::create(path, "p");
        Document a = s->addDocument({"nodiadau-a", "a.txt", "txt", "utf-8", "Nodiadau maes.", ""});
        Document b = s->addDocument({"nodiadau-b", "b.txt", "txt", "utf-8", "Mwy o nodiadau.", ""});
        Code c = s->addCode("Lle", std::nullopt);
        Matrix m = s->addMatrix("Fesul dogfen", MatrixRowKind::Document, {b.id, a.id}, {c.id});
        EXPECT_EQ(m.rowKind, MatrixRowKind::Document);
        cellUuid = s->setCellSummary(m.id, MatrixRowKey{MatrixRowKind::Document, a.id}, c.id, "Crynodeb", {}).uuid;
        first = b.id;
        second = a.id;
        code = c.id;
    }
    auto s = ProjectStore::open(path);
    auto m = s->matrixByName("Fesul dogfen");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->rowKind, MatrixRowKind::Document);
    EXPECT_EQ(m->rowDocumentIds, (std::vector<RowId>{first, second}));
    EXPECT_TRUE(m->rowCaseIds.empty());
    auto cells = s->cells(m->id);
    ASSERT_EQ(cells.size(), 1u);
    EXPECT_EQ(cells[0].uuid, cellUuid);
    EXPECT_EQ(cells[0].documentId, second);
    EXPECT_EQ(cells[0].caseId, 0);
    EXPECT_EQ(cells[0].codeId, code);
    EXPECT_EQ(s->cellByUuid(cellUuid)->summary, "Crynodeb");
    EXPECT_FALSE(s->cellByUuid("no-such-cell"));
    EXPECT_TRUE(s->integrityProblems().empty());
}

TEST(ProjectStore, ARowOfTheWrongKindIsRefusedAndChangesNothing) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Document d = s->addDocument({"d", "d.txt", "txt", "utf-8", "Testun.", ""});
    Case c = s->addCase("Siân");
    Code code = s->addCode("C", std::nullopt);
    Matrix byCase = s->addMatrix("Achosion", {c.id}, {code.id});
    Matrix byDocument = s->addMatrix("Dogfennau", MatrixRowKind::Document, {d.id}, {code.id});
    struct Row {
        const char* what;
        std::function<void()> write;
        ErrorKind kind;
    };
    const std::vector<Row> table = {
        {"a document row in a matrix of cases",
         [&] { s->setCellSummary(byCase.id, MatrixRowKey{MatrixRowKind::Document, d.id}, code.id, "x", {}); },
         ErrorKind::Usage},
        {"a case row in a matrix of documents",
         [&] { s->setCellSummary(byDocument.id, c.id, code.id, "x", {}); }, ErrorKind::Usage},
        {"a missing document as a row",
         [&] { s->addMatrix("Eto", MatrixRowKind::Document, {d.id + 100}, {code.id}); }, ErrorKind::NotFound},
    };
    auto before = s->counts();
    for (const auto& row : table) {
        try {
            row.write();
            ADD_FAILURE() << row.what << " was accepted";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), row.kind) << row.what << ": " << e.what();
        }
    }
    EXPECT_EQ(s->counts().matrices, before.matrices);
    EXPECT_EQ(s->counts().operations, before.operations);
    EXPECT_TRUE(s->cells(byCase.id).empty());
    EXPECT_TRUE(s->cells(byDocument.id).empty());
}

TEST(ProjectStore, EveryDocumentReaderSaysWhetherTheUserChoseTheLanguage) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    struct Row {
        const char* name;
        bool setByUser;
    };
    for (const Row& row : {Row{"guessed", false}, Row{"chosen", true}}) {
        DocumentDraft draft{row.name, "x.txt", "txt", "utf-8", "Bore da.", "cy"};
        draft.languageSetByUser = row.setByUser;
        Document d = s->addDocument(draft);
        EXPECT_EQ(d.languageSetByUser, row.setByUser) << row.name;
        EXPECT_EQ(s->documentById(d.id)->languageSetByUser, row.setByUser) << row.name;
        EXPECT_EQ(s->documentByUuid(d.uuid)->languageSetByUser, row.setByUser) << row.name;
        EXPECT_EQ(s->documentByName(row.name)->languageSetByUser, row.setByUser) << row.name;
        for (const auto& listed : s->documents())
            if (listed.id == d.id) {
                EXPECT_EQ(listed.languageSetByUser, row.setByUser) << row.name;
            }
    }
    auto log = s->operations();
    EXPECT_NE(log.back().payload.find("\"language_source\":\"user\""), std::string::npos) << log.back().payload;
}

TEST(ProjectStore, ReadOnlyStoreRefusesChanges) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    auto s = ProjectStore::open(path, StoreOpenOptions{.readOnly = true});
    EXPECT_TRUE(s->readOnly());
    try {
        s->addCase("x");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Project);
        EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos);
    }
    EXPECT_EQ(s->counts().cases, 0);
}

TEST(ProjectStore, SaveACopyMakesAnIndependentCompleteProject) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    s->addCase("Ffion");
    s->backupTo(dir.file("copy.edau"));
    EXPECT_THROW(s->backupTo(dir.file("copy.edau")), Error);
    s->addCase("Gwyn");
    auto copy = ProjectStore::open(dir.file("copy.edau"));
    EXPECT_EQ(copy->counts().cases, 1);
    EXPECT_EQ(copy->projectUuid(), s->projectUuid());
    EXPECT_TRUE(copy->integrityProblems().empty());
}

TEST(ProjectStore, ClosingLeavesOneSelfContainedFile) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    {
        auto s = ProjectStore::create(path, "p");
        s->addCase("Siân");
    }
    EXPECT_FALSE(std::filesystem::exists(path + "-wal"));
    EXPECT_FALSE(std::filesystem::exists(path + "-shm"));
    EXPECT_FALSE(std::filesystem::exists(path + ".lock"));
    // A copy of just the .edau file holds everything.
    std::filesystem::copy_file(path, dir.file("moved.edau"));
    auto moved = ProjectStore::open(dir.file("moved.edau"));
    EXPECT_TRUE(moved->caseByName("Siân").has_value());
}

}  // namespace
}  // namespace edau
