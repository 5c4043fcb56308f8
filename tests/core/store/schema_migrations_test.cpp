// SPDX-License-Identifier: GPL-3.0-or-later
// Schema migrations: a project written by an older Edau opens with all its data, gains the new
// features, keeps its undo history, and is left as it was when a migration fails.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

/// What each migration added, taken away again: SQL that turns a version N file into what
/// version N-1 wrote (index N-2 undoes migration N).
const char* const kDowngrades[] = {
    // 2 -> 1
    "DROP INDEX operation_action; DROP INDEX memo_uuid;"
    "ALTER TABLE operation DROP COLUMN action_target; ALTER TABLE operation DROP COLUMN action_kind;"
    "ALTER TABLE operation DROP COLUMN action_uuid;",
    // 3 -> 2
    "DROP TABLE msc_selection; DROP TABLE msc_round;",
    // 4 -> 3: matrix_row and matrix_cell as version 1 made them, case rows only.
    "DROP TRIGGER matrix_row_of_its_kind; DROP TRIGGER matrix_cell_of_its_kind;"
    "CREATE TABLE matrix_row_v3 ("
    "  matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,"
    "  case_id   INTEGER NOT NULL REFERENCES case_(id) ON DELETE CASCADE,"
    "  ordinal   INTEGER NOT NULL,"
    "  PRIMARY KEY (matrix_id, case_id)) WITHOUT ROWID;"
    "INSERT INTO matrix_row_v3 SELECT matrix_id, case_id, ordinal FROM matrix_row;"
    "DROP TABLE matrix_row; ALTER TABLE matrix_row_v3 RENAME TO matrix_row;"
    "CREATE TABLE matrix_cell_v3 ("
    "  id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE,"
    "  matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,"
    "  case_id INTEGER NOT NULL REFERENCES case_(id) ON DELETE CASCADE,"
    "  code_id INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,"
    "  summary TEXT NOT NULL DEFAULT '', coder_id INTEGER REFERENCES coder(id), modified_at TEXT NOT NULL,"
    "  UNIQUE (matrix_id, case_id, code_id));"
    "INSERT INTO matrix_cell_v3 SELECT id, uuid, matrix_id, case_id, code_id, summary, coder_id, modified_at "
    "  FROM matrix_cell;"
    "DROP TABLE matrix_cell; ALTER TABLE matrix_cell_v3 RENAME TO matrix_cell;"
    "ALTER TABLE matrix DROP COLUMN row_kind; ALTER TABLE document DROP COLUMN language_source;"
    "ALTER TABLE document ADD COLUMN text TEXT NOT NULL DEFAULT '';"
    "UPDATE document SET text = (SELECT text FROM document_text WHERE document_id = document.id);"
    "DROP TABLE document_text;",
    // 5 -> 4
    "DROP TABLE sync_pending; DROP TABLE sync_conflict;"
    "DROP INDEX operation_kind; DROP INDEX operation_entity; ALTER TABLE operation DROP COLUMN origin;",
};
static_assert(std::size(kDowngrades) == kSchemaVersion - 1, "a downgrade for every migration after the first");

void runSql(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    // Foreign keys stay off (SQLite's default): dropping a rebuilt table must not cascade.
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr);
    EXPECT_EQ(rc, SQLITE_OK) << sqlite3_errmsg(db) << "\n" << sql;
    sqlite3_close(db);
}

std::int64_t userVersion(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr);
    sqlite3_step(st);
    std::int64_t v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return v;
}

/// Turns a closed project file back into what schema version `to` wrote.
void downgrade(const std::string& path, int to) {
    std::string sql;
    for (int v = kSchemaVersion; v > to; --v) sql += kDowngrades[v - 2];
    runSql(path, sql + "PRAGMA user_version = " + std::to_string(to) + ";");
    ASSERT_EQ(userVersion(path), to);
}

TEST(Migrations, AVersionOneProjectIsBroughtUpToDateWithItsData) {
    TempDir dir;
    std::string path = dir.file("old.edau");
    {
        auto s = ProjectStore::create(path, "hen");
        s->addCase("Gwyn");
    }
    downgrade(path, 1);
    auto s = ProjectStore::open(path);
    EXPECT_EQ(s->schemaVersion(), kSchemaVersion);
    EXPECT_TRUE(s->caseByName("Gwyn"));
    EXPECT_TRUE(s->integrityProblems().empty());
    Code code = s->addCode("Newydd", std::nullopt);  // the new columns work
    EXPECT_EQ(s->undo(), "code.add");
    EXPECT_FALSE(s->codeByUuid(code.uuid));
}

TEST(Migrations, AVersionThreeProjectKeepsEveryMatrixCellAndCitationAndGainsDocumentRows) {
    TempDir dir;
    std::string path = dir.file("v3.edau");
    std::vector<MatrixCell> cellsBefore;
    Matrix matrixBefore;
    std::string cellMemo;
    {
        auto s = ProjectStore::create(path, "Gofalwyr");
        Coder lowri = s->addCoder("Lowri");
        s->setCurrentCoder(lowri.id);
        Code theme = s->addCode("Cymorth", std::nullopt);
        Code respite = s->addCode("Seibiant", theme.id);
        Code money = s->addCode("Arian", theme.id);
        Case sian = s->addCase("Siân"), gwyn = s->addCase("Gwyn");
        Document d1 = s->addDocument({"sian", "sian.txt", "txt", "utf-8", "Siân: Dim seibiant eleni.", "cy"});
        Document d2 = s->addDocument({"gwyn", "gwyn.txt", "txt", "utf-8", "Gwyn: Arian yn brin.", "cy"});
        s->setDocumentCase(d1.id, sian.id);
        s->setDocumentCase(d2.id, gwyn.id);
        Coding c1 = s->addCoding(d1.id, 6, 19, respite.id, lowri.id);
        Coding c2 = s->addCoding(d2.id, 6, 19, money.id, lowri.id);
        matrixBefore = s->addMatrix("Cymorth", {gwyn.id, sian.id}, {respite.id, money.id});
        MatrixCell first = s->setCellSummary(matrixBefore.id, sian.id, respite.id, "Drafft", {c1.uuid});
        s->setCellSummary(matrixBefore.id, gwyn.id, money.id, "Arian yn brin.", {c2.uuid, c1.uuid});
        cellMemo = s->addMemo(MemoTarget::MatrixCell, first.uuid, "", "Gwirio gyda Ben").uuid;
        s->setCellSummary(matrixBefore.id, sian.id, respite.id, "Dim seibiant.", {c1.uuid});  // the last action
        cellsBefore = s->cells(matrixBefore.id);
    }
    downgrade(path, 3);

    auto s = ProjectStore::open(path);
    EXPECT_EQ(s->schemaVersion(), kSchemaVersion);
    EXPECT_TRUE(s->integrityProblems().empty());
    auto m = s->matrixByName("Cymorth");
    ASSERT_TRUE(m);
    EXPECT_EQ(m->rowKind, MatrixRowKind::Case);
    EXPECT_EQ(m->rowCaseIds, matrixBefore.rowCaseIds);  // in their order
    EXPECT_TRUE(m->rowDocumentIds.empty());
    EXPECT_EQ(m->columnCodeIds, matrixBefore.columnCodeIds);
    auto cells = s->cells(m->id);
    ASSERT_EQ(cells.size(), cellsBefore.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        EXPECT_EQ(cells[i].id, cellsBefore[i].id);
        EXPECT_EQ(cells[i].uuid, cellsBefore[i].uuid);
        EXPECT_EQ(cells[i].caseId, cellsBefore[i].caseId);
        EXPECT_FALSE(cells[i].documentId);
        EXPECT_EQ(cells[i].summary, cellsBefore[i].summary);
        EXPECT_EQ(cells[i].citedCodingUuids, cellsBefore[i].citedCodingUuids) << "citations survive the rebuild";
    }
    EXPECT_TRUE(s->cellByUuid(s->memos().front().targetUuid)) << "the memo still finds its cell";
    EXPECT_EQ(s->memos().front().uuid, cellMemo);
    for (const auto& d : s->documents()) EXPECT_FALSE(d.languageSetByUser) << d.name << ": an old guess stays a guess";

    // Undo history from before the migration still works.
    EXPECT_EQ(s->undo(), "matrix.cell-summary");
    EXPECT_EQ(s->cellByUuid(cellsBefore[0].uuid)->summary, "Drafft");

    // And the new schema's features work in the migrated file.
    Document d1 = *s->documentByName("sian");
    Matrix byDocument = s->addMatrix("Fesul dogfen", MatrixRowKind::Document, {d1.id}, m->columnCodeIds);
    MatrixCell cell = s->setCellSummary(byDocument.id, MatrixRowKey{MatrixRowKind::Document, d1.id},
                                        m->columnCodeIds[0], "Dim seibiant.", {});
    EXPECT_EQ(cell.documentId, d1.id);
    DocumentDraft draft{"newydd", "newydd.txt", "txt", "utf-8", "Testun.", "cy"};
    draft.languageSetByUser = true;
    EXPECT_TRUE(s->addDocument(draft).languageSetByUser);
    EXPECT_TRUE(s->integrityProblems().empty());
}

TEST(Migrations, AMigrationThatFailsLeavesTheFileAsItWas) {
    TempDir dir;
    std::string path = dir.file("v3.edau");
    {
        auto s = ProjectStore::create(path, "p");
        Case c = s->addCase("Siân");
        Code code = s->addCode("Cymorth", std::nullopt);
        Matrix m = s->addMatrix("M", {c.id}, {code.id});
        s->setCellSummary(m.id, c.id, code.id, "Crynodeb", {});
    }
    downgrade(path, 3);
    // A table in the way of migration 4's rebuild: it fails half-way through.
    runSql(path, "CREATE TABLE matrix_cell_v4 (x TEXT);");
    std::string before = test::readFile(path);
    EXPECT_THROW(ProjectStore::open(path), Error);
    EXPECT_EQ(userVersion(path), 3);
    EXPECT_EQ(test::readFile(path), before);
    runSql(path, "DROP TABLE matrix_cell_v4;");
    auto s = ProjectStore::open(path);
    ASSERT_TRUE(s->matrixByName("M"));
    EXPECT_EQ(s->cells(s->matrixByName("M")->id).front().summary, "Crynodeb");
}

}  // namespace
}  // namespace edau
