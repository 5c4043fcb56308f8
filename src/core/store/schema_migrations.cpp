// SPDX-License-Identifier: GPL-3.0-or-later
// The project schema, one migration per version. Never edit a released migration: add one.
#include "schema_migrations.h"

#include <array>
#include <string_view>

#include "edau/base/error.h"
#include "edau/store/project_store.h"

namespace edau::store {

namespace {

// Version 1: the foundation. Every entity has a UUID and a rowid. The operation log is
// append-only: triggers refuse UPDATE and DELETE on it.
constexpr std::string_view kMigration1 = R"SQL(
CREATE TABLE project (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    uuid          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    current_coder INTEGER REFERENCES coder(id) ON DELETE SET NULL
);
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE coder (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
);
CREATE TABLE case_ (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT ''
);
CREATE TABLE document (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL UNIQUE,
    original_file_name TEXT NOT NULL DEFAULT '',
    format             TEXT NOT NULL,
    encoding           TEXT NOT NULL DEFAULT '',
    language           TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL,
    content_hash       TEXT NOT NULL,
    characters         INTEGER NOT NULL CHECK (characters >= 0),
    imported_at        TEXT NOT NULL,
    case_id            INTEGER REFERENCES case_(id) ON DELETE SET NULL
);
CREATE INDEX document_case ON document(case_id);
CREATE TABLE turn (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    document_id  INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    speaker      TEXT NOT NULL,
    start        INTEGER NOT NULL CHECK (start >= 0),
    end          INTEGER NOT NULL CHECK (end >= start),
    timestamp_ms INTEGER,
    UNIQUE (document_id, ordinal)
);
CREATE TABLE attribute (
    id      INTEGER PRIMARY KEY,
    uuid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE,
    type    TEXT NOT NULL CHECK (type IN ('text', 'number', 'date', 'category')),
    ordinal INTEGER NOT NULL
);
CREATE TABLE attribute_value (
    case_id      INTEGER NOT NULL REFERENCES case_(id) ON DELETE CASCADE,
    attribute_id INTEGER NOT NULL REFERENCES attribute(id) ON DELETE CASCADE,
    value        TEXT NOT NULL,
    PRIMARY KEY (case_id, attribute_id)
) WITHOUT ROWID;
CREATE TABLE code (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES code(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    colour      TEXT NOT NULL DEFAULT '',
    ordinal     INTEGER NOT NULL
);
CREATE UNIQUE INDEX code_sibling_name ON code(ifnull(parent_id, 0), name);
CREATE TABLE coding (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    document_id INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL CHECK (start >= 0),
    end         INTEGER NOT NULL CHECK (end > start),
    code_id     INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
    coder_id    INTEGER NOT NULL REFERENCES coder(id),
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
-- Covering indexes: matrix aggregation by code, and the document view by position.
CREATE INDEX coding_by_code ON coding(code_id, document_id, coder_id, start, end);
CREATE INDEX coding_by_document ON coding(document_id, start, end);
CREATE TABLE memo (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    target_kind TEXT NOT NULL CHECK (target_kind IN
                  ('project', 'document', 'code', 'case', 'coding', 'matrix-cell')),
    target_uuid TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL DEFAULT '',
    text        TEXT NOT NULL,
    coder_id    INTEGER REFERENCES coder(id),
    created_at  TEXT NOT NULL,
    modified_at TEXT NOT NULL
);
CREATE INDEX memo_target ON memo(target_kind, target_uuid);
CREATE TABLE matrix (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE TABLE matrix_row (
    matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    case_id   INTEGER NOT NULL REFERENCES case_(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    PRIMARY KEY (matrix_id, case_id)
) WITHOUT ROWID;
CREATE TABLE matrix_column (
    matrix_id INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    code_id   INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
    ordinal   INTEGER NOT NULL,
    PRIMARY KEY (matrix_id, code_id)
) WITHOUT ROWID;
CREATE TABLE matrix_cell (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    matrix_id   INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    case_id     INTEGER NOT NULL REFERENCES case_(id) ON DELETE CASCADE,
    code_id     INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
    summary     TEXT NOT NULL DEFAULT '',
    coder_id    INTEGER REFERENCES coder(id),
    modified_at TEXT NOT NULL,
    UNIQUE (matrix_id, case_id, code_id)
);
-- A citation names its coding by UUID, not by foreign key, so that a citation whose
-- coding was removed survives and the evidence check can report it.
CREATE TABLE cell_citation (
    cell_id     INTEGER NOT NULL REFERENCES matrix_cell(id) ON DELETE CASCADE,
    coding_uuid TEXT NOT NULL,
    ordinal     INTEGER NOT NULL,
    PRIMARY KEY (cell_id, coding_uuid)
) WITHOUT ROWID;
CREATE TABLE operation (
    sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    lamport     INTEGER NOT NULL,
    coder_uuid  TEXT NOT NULL DEFAULT '',
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,
    entity_uuid TEXT NOT NULL DEFAULT '',
    payload     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX operation_lamport ON operation(lamport);
CREATE TRIGGER operation_no_update BEFORE UPDATE ON operation
BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END;
CREATE TRIGGER operation_no_delete BEFORE DELETE ON operation
BEGIN SELECT RAISE(ABORT, 'the operation log is append-only'); END;
)SQL";

// Version 2: operations are grouped into user actions (one write transaction each), and an
// action may be the undo or redo of an earlier one: what undo/redo history is built from.
constexpr std::string_view kMigration2 = R"SQL(
ALTER TABLE operation ADD COLUMN action_uuid TEXT NOT NULL DEFAULT '';
ALTER TABLE operation ADD COLUMN action_kind TEXT NOT NULL DEFAULT 'do'
    CHECK (action_kind IN ('do', 'undo', 'redo'));
ALTER TABLE operation ADD COLUMN action_target TEXT NOT NULL DEFAULT '';
CREATE INDEX operation_action ON operation(action_uuid);
CREATE INDEX memo_uuid ON memo(uuid);
)SQL";

// Version 3: Most Significant Change selection rounds: in each round a panel reads the stories
// (cases), files each under a domain of change (a code), chooses some, and records why.
constexpr std::string_view kMigration3 = R"SQL(
CREATE TABLE msc_round (
    id      INTEGER PRIMARY KEY,
    uuid    TEXT NOT NULL UNIQUE,
    name    TEXT NOT NULL UNIQUE,
    panel   TEXT NOT NULL DEFAULT '',
    held_on TEXT NOT NULL DEFAULT '',
    ordinal INTEGER NOT NULL
);
CREATE TABLE msc_selection (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    round_id       INTEGER NOT NULL REFERENCES msc_round(id) ON DELETE CASCADE,
    case_id        INTEGER NOT NULL REFERENCES case_(id) ON DELETE CASCADE,
    domain_code_id INTEGER REFERENCES code(id) ON DELETE SET NULL,
    chosen         INTEGER NOT NULL DEFAULT 0 CHECK (chosen IN (0, 1)),
    reason         TEXT NOT NULL DEFAULT '',
    UNIQUE (round_id, case_id)
);
)SQL";

// Version 4: a framework matrix may have a row per document (a study without cases), and a
// document remembers whether its language was the user's choice at import or Edau's guess
// (search lets the user's choice override per-passage detection).
// matrix_row and matrix_cell are rebuilt because case_id loses NOT NULL; ids are kept, so
// cell_citation's rows still point at their cells. Exactly one of case_id and document_id is
// set, and the triggers keep it of the matrix's row kind. Existing matrices are 'case'.
// Runs with foreign keys off (see migrate()): dropping matrix_cell must not cascade.
// A document's text moves to its own table: with the text in the middle of each document row,
// listing documents read every transcript through SQLite's overflow pages (2 ms for 50
// transcripts, seconds for thousands); now a listing reads only the short columns.
constexpr std::string_view kMigration4 = R"SQL(
CREATE TABLE document_text (
    document_id INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    text        TEXT NOT NULL
);
INSERT INTO document_text (document_id, text) SELECT id, text FROM document;
ALTER TABLE document DROP COLUMN text;
ALTER TABLE matrix ADD COLUMN row_kind TEXT NOT NULL DEFAULT 'case'
    CHECK (row_kind IN ('case', 'document'));
ALTER TABLE document ADD COLUMN language_source TEXT NOT NULL DEFAULT 'guess'
    CHECK (language_source IN ('guess', 'user'));

CREATE TABLE matrix_row_v4 (
    matrix_id   INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES case_(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    CHECK ((case_id IS NULL) <> (document_id IS NULL)),
    UNIQUE (matrix_id, case_id),
    UNIQUE (matrix_id, document_id)
);
INSERT INTO matrix_row_v4 (matrix_id, case_id, document_id, ordinal)
    SELECT matrix_id, case_id, NULL, ordinal FROM matrix_row;
DROP TABLE matrix_row;
ALTER TABLE matrix_row_v4 RENAME TO matrix_row;
CREATE INDEX matrix_row_order ON matrix_row(matrix_id, ordinal);

CREATE TABLE matrix_cell_v4 (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    matrix_id   INTEGER NOT NULL REFERENCES matrix(id) ON DELETE CASCADE,
    case_id     INTEGER REFERENCES case_(id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES document(id) ON DELETE CASCADE,
    code_id     INTEGER NOT NULL REFERENCES code(id) ON DELETE CASCADE,
    summary     TEXT NOT NULL DEFAULT '',
    coder_id    INTEGER REFERENCES coder(id),
    modified_at TEXT NOT NULL,
    CHECK ((case_id IS NULL) <> (document_id IS NULL)),
    UNIQUE (matrix_id, case_id, code_id),
    UNIQUE (matrix_id, document_id, code_id)
);
INSERT INTO matrix_cell_v4 (id, uuid, matrix_id, case_id, document_id, code_id, summary, coder_id, modified_at)
    SELECT id, uuid, matrix_id, case_id, NULL, code_id, summary, coder_id, modified_at FROM matrix_cell;
DROP TABLE matrix_cell;
ALTER TABLE matrix_cell_v4 RENAME TO matrix_cell;

CREATE TRIGGER matrix_row_of_its_kind BEFORE INSERT ON matrix_row
WHEN (SELECT row_kind FROM matrix WHERE id = NEW.matrix_id)
     IS NOT (CASE WHEN NEW.document_id IS NULL THEN 'case' ELSE 'document' END)
BEGIN SELECT RAISE(ABORT, 'a matrix row must be of the matrix''s row kind'); END;
CREATE TRIGGER matrix_cell_of_its_kind BEFORE INSERT ON matrix_cell
WHEN (SELECT row_kind FROM matrix WHERE id = NEW.matrix_id)
     IS NOT (CASE WHEN NEW.document_id IS NULL THEN 'case' ELSE 'document' END)
BEGIN SELECT RAISE(ABORT, 'a matrix cell must be of the matrix''s row kind'); END;
)SQL";


// Version 5: shared-folder sync. An operation remembers where it came from ('' when this copy
// made it; else the copy whose journal brought it), so a copy sends only its own work; lookups
// by entity and kind let incoming operations be ordered against what is already applied.
// Conflicts are derived deterministically from the operations, so every copy that has applied
// the same journals holds the same list; incoming operations whose dependencies have not
// arrived yet wait in sync_pending.
constexpr std::string_view kMigration5 = R"SQL(
ALTER TABLE operation ADD COLUMN origin TEXT NOT NULL DEFAULT '';
CREATE INDEX operation_entity ON operation(entity_uuid, kind);
CREATE INDEX operation_kind ON operation(kind);
CREATE TABLE sync_conflict (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    entity_uuid TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '{}',
    settled     INTEGER NOT NULL DEFAULT 0 CHECK (settled IN (0, 1))
);
CREATE TABLE sync_pending (
    uuid    TEXT PRIMARY KEY,
    lamport INTEGER NOT NULL,
    record  TEXT NOT NULL,
    origin  TEXT NOT NULL,
    reason  TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
)SQL";

constexpr std::array<std::string_view, 5> kMigrations = {kMigration1, kMigration2, kMigration3, kMigration4,
                                                          kMigration5};
static_assert(kMigrations.size() == static_cast<std::size_t>(kSchemaVersion));

}  // namespace

void migrate(const sqlite::Connection& db) {
    std::int64_t version = db.queryInt("PRAGMA user_version");
    if (version > kSchemaVersion)
        throwError(ErrorKind::Project,
                   Message(EDAU_MSG("{file} was saved by a newer version of Edau (project format {found}; "
                                    "this Edau reads up to {known}). Please update Edau to open it."))
                       .arg("file", db.path())
                       .arg("found", version)
                       .arg("known", static_cast<long long>(kSchemaVersion)));
    if (version == kSchemaVersion) return;
    // SQLite's way to rebuild a table (https://sqlite.org/lang_altertable.html): foreign keys
    // off outside the transaction, so dropping an old table cascades nothing; the check below
    // proves the migrations left no reference dangling that was not dangling before (an old
    // problem is `check`'s to report, and must not lock the user out of their project).
    bool foreignKeys = db.queryInt("PRAGMA foreign_keys") != 0;
    db.exec("PRAGMA foreign_keys = OFF");
    struct RestoreForeignKeys {
        const sqlite::Connection& db;
        bool on;
        ~RestoreForeignKeys() {
            if (!on) return;
            try {
                db.exec("PRAGMA foreign_keys = ON");
            } catch (...) {  // destructors never throw; the next open sets it again
            }
        }
    } restore{db, foreignKeys};
    sqlite::Transaction tx(db);
    const std::int64_t danglingBefore = version == 0 ? 0 : db.queryInt("SELECT count(*) FROM pragma_foreign_key_check");
    for (auto v = version; v < kSchemaVersion; ++v) {
        db.exec(kMigrations[static_cast<std::size_t>(v)]);
    }
    if (db.queryInt("SELECT count(*) FROM pragma_foreign_key_check") > danglingBefore)
        throwError(ErrorKind::Project,
                   Message(EDAU_MSG("{file} could not be brought up to date: some of its rows point to things that "
                                    "no longer exist. Nothing was changed."))
                       .arg("file", db.path()));
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
    db.exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
    tx.commit();
}

}  // namespace edau::store
