// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStore's private state, shared by its implementation files (store, undo).
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/base/time.h"
#include "edau/base/uuid.h"
#include "edau/store/project_store.h"
#include "project_lock.h"
#include "sqlite_connection.h"

namespace edau {

using sqlite::Connection;
using sqlite::Statement;

/// The operation table's columns in the order readOperation() expects.
inline constexpr const char* kOperationColumns =
    "sequence, uuid, lamport, coder_uuid, at, kind, entity_uuid, payload, action_uuid, action_kind, action_target";

/// One operation from a row selected with kOperationColumns.
inline Operation readOperation(const Statement& st) {
    Operation op;
        op.sequence = st.columnInt(0);
        op.uuid = st.columnText(1);
        op.lamport = st.columnInt(2);
        op.coderUuid = st.columnText(3);
        op.at = st.columnText(4);
        op.kind = st.columnText(5);
        op.entityUuid = st.columnText(6);
        op.payload = st.columnText(7);
        op.actionUuid = st.columnText(8);
        op.actionKind = st.columnText(9);
        op.actionTarget = st.columnText(10);
    return op;
}

/// How the transaction being written relates to the user's actions: a new action, or the
/// undo or redo of an earlier one. Every operation of one transaction shares one action.
struct ActionContext {
    std::string uuid;
    std::string kind = "do";  ///< "do", "undo", "redo"
    std::string target;       ///< for undo/redo: the action reversed
};

struct ProjectStore::Impl {
    std::string path;
    bool readOnly = false;
    StorageLocation storage;
    std::unique_ptr<store::ProjectLock> lock;  // declared before db: destroyed after it
    Connection db;
    int writeDepth = 0;
    ActionContext action;
    ActionContext nextAction;  ///< set by undo/redo before they write

    void requireWritable() const {
        if (readOnly)
            throwError(ErrorKind::Project,
                       Message(EDAU_MSG("{file} is open read-only; changes are not allowed"))
                           .arg("file", path));
    }

    std::string currentCoderUuid() const {
        Statement st = db.prepare("SELECT c.uuid FROM project p JOIN coder c ON c.id = p.current_coder");
        return st.step() ? st.columnText(0) : std::string();
    }

    /// Appends one operation; must run inside the write transaction of the change it records.
    void log(std::string_view kind, const std::string& entityUuid, const Json& payload) {
        if (kind == "code.update" || kind == "matrix.cell-summary") {
            // Which version this change was made from, so that copies can tell two changes made
            // from the same version (concurrent: a conflict) from one made after the other.
            Json based = payload;
            based["base"] = baseOf(kind, entityUuid, payload);
            return append(kind, entityUuid, based);
        }
        append(kind, entityUuid, payload);
    }

    /// The newest operation on the thing a change of `kind` changes ("" for the first).
    std::string baseOf(std::string_view kind, const std::string& entityUuid, const Json& payload) const {
        if (kind == "code.update") {
            Statement st = db.prepare(
                "SELECT uuid FROM operation WHERE entity_uuid = ? AND kind IN ('code.add', 'code.update') "
                "ORDER BY lamport DESC, uuid DESC LIMIT 1");
            st.bind(1, entityUuid);
            return st.step() ? st.columnText(0) : std::string();
        }
        auto field = [&](const char* key) {
            const Json* v = payload.find(key);
            return v && v->isString() ? v->asString() : std::string();
        };
        const bool documentRow = payload.find("document") != nullptr;
        Statement st = db.prepare(std::string("SELECT uuid FROM operation WHERE kind = 'matrix.cell-summary' AND "
                                              "json_extract(payload, '$.matrix') = ? AND json_extract(payload, '") +
                                  (documentRow ? "$.document" : "$.case") +
                                  "') = ? AND json_extract(payload, '$.code') = ? ORDER BY lamport DESC, uuid DESC LIMIT 1");
        st.bind(1, field("matrix")).bind(2, field(documentRow ? "document" : "case")).bind(3, field("code"));
        return st.step() ? st.columnText(0) : std::string();
    }

    void append(std::string_view kind, const std::string& entityUuid, const Json& payload) {
        std::int64_t lamport = db.queryInt("SELECT ifnull(max(lamport), 0) FROM operation") + 1;
        Statement st = db.prepare(
            "INSERT INTO operation (uuid, lamport, coder_uuid, at, kind, entity_uuid, payload, action_uuid, "
            "action_kind, action_target) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, newUuid()).bind(2, lamport).bind(3, currentCoderUuid()).bind(4, utcTimestampNow());
        st.bind(5, kind).bind(6, entityUuid).bind(7, payload.dump());
        st.bind(8, action.uuid).bind(9, action.kind).bind(10, action.target);
        st.run();
    }

    template <typename F>
    auto writing(F&& work) {
        requireWritable();
        if (writeDepth > 0) return work();
        sqlite::Transaction tx(db);
        action = nextAction.uuid.empty() ? ActionContext{newUuid(), "do", {}} : nextAction;
        nextAction = ActionContext{};
        ++writeDepth;
        struct DepthGuard {
            int& depth;
            ~DepthGuard() { --depth; }
        } guard{writeDepth};
        if constexpr (std::is_void_v<decltype(work())>) {
            work();
            tx.commit();
        } else {
            auto result = work();
            tx.commit();
            return result;
        }
    }

    /// The identity of a new row of `table`: `given` in canonical form (kept from an exchange
    /// file or a merge), or a fresh UUID when `given` is empty.
    std::string identityFor(std::string_view table, const std::string& given) const {
        if (given.empty()) return newUuid();
        auto canonical = canonicalUuid(given);
        if (!canonical)
            throwError(ErrorKind::Usage, Message(EDAU_MSG("{uuid} is not a valid identifier (UUID)")).arg("uuid", given));
        Statement st = db.prepare("SELECT 1 FROM " + std::string(table) + " WHERE uuid = ?");
        st.bind(1, *canonical);
        if (st.step())
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("The project already holds something with the identifier {uuid}")).arg("uuid", *canonical));
        return *canonical;
    }

    /// Whether coders see only their own codings until the team reveals them. A property of the
    /// project (carried to other copies by its operation), kept among the settings.
    bool blindCoding() const {
        Statement st = db.prepare("SELECT value FROM setting WHERE key = 'project.blind_coding'");
        return st.step() && st.columnText(0) == "1";
    }

    /// The SQL condition (starting with " AND") that keeps the codings a scope shows.
    std::string shownCodings(CodingScope scope, const std::string& alias = {}) const {
        if (scope == CodingScope::All || !blindCoding()) return {};
        Statement st = db.prepare("SELECT current_coder FROM project WHERE id = 1");
        const std::int64_t coder = st.step() && !st.columnIsNull(0) ? st.columnInt(0) : -1;
        return " AND " + alias + "coder_id = " + std::to_string(coder);
    }

    /// Puts a code that comes back (an undone removal, or one another copy still needed) into
    /// the columns of the framework matrices made with it, where a removal had taken it out.
    void restoreMatrixColumns(const std::string& codeUuid, RowId codeId) const {
        Statement matrices = db.prepare(
            "SELECT m.id, o.payload FROM operation o JOIN matrix m ON m.uuid = o.entity_uuid "
            "WHERE o.kind = 'matrix.add' AND instr(o.payload, ?) > 0");
        matrices.bind(1, codeUuid);
        Statement insert = db.prepare("INSERT OR IGNORE INTO matrix_column (matrix_id, code_id, ordinal) VALUES (?, ?, ?)");
        while (matrices.step()) {
            Json payload = Json::parse(matrices.columnText(1));
            const Json* columns = payload.find("columns");
            if (!columns || !columns->isArray()) continue;
            std::int64_t ordinal = 0;
            for (const auto& c : columns->asArray()) {
                if (c.isString() && c.asString() == codeUuid) {
                    insert.bind(1, matrices.columnInt(0)).bind(2, codeId).bind(3, ordinal).run();
                    insert.reset();
                }
                ++ordinal;
            }
        }
    }

    std::string uuidOf(std::string_view table, RowId id) const {
        Statement st = db.prepare("SELECT uuid FROM " + std::string(table) + " WHERE id = ?");
        st.bind(1, id);
        return st.step() ? st.columnText(0) : std::string();
    }

    enum class Thing { Coder, Document, Case, Attribute, Code, Coding, Matrix, Memo };

    /// One message per kind of thing, so translations can inflect each noun.
    [[noreturn]] void notFound(Thing what, const std::string& which) const {
        const char* id = "";
        switch (what) {
            case Thing::Coder: id = EDAU_MSG("There is no coder {which} in {file}"); break;
            case Thing::Document: id = EDAU_MSG("There is no document {which} in {file}"); break;
            case Thing::Case: id = EDAU_MSG("There is no case {which} in {file}"); break;
            case Thing::Attribute: id = EDAU_MSG("There is no attribute {which} in {file}"); break;
            case Thing::Code: id = EDAU_MSG("There is no code {which} in {file}"); break;
            case Thing::Coding: id = EDAU_MSG("There is no coding {which} in {file}"); break;
            case Thing::Matrix: id = EDAU_MSG("There is no framework matrix {which} in {file}"); break;
            case Thing::Memo: id = EDAU_MSG("There is no memo {which} in {file}"); break;
        }
        throwError(ErrorKind::NotFound, Message(id).arg("which", which).arg("file", path));
    }
};

}  // namespace edau
