// SPDX-License-Identifier: GPL-3.0-or-later
// Undo and redo from the operation log: each action is inverted operation by operation, and
// the inversion is itself logged as an action, so history survives a restart (and syncs).
#include <algorithm>
#include <map>

#include "edau/text/unicode.h"
#include "project_store_impl.h"

namespace edau {

namespace {

/// The operation kinds an undo can invert. An action holding any other kind (an import, a
/// case sheet, choosing a coder) is not offered for undo.
bool isInvertible(const std::string& kind) {
    static const char* const kKinds[] = {"coding.add", "coding.remove", "coding.recode", "code.add", "code.remove",
                                         "code.update", "memo.add", "memo.remove", "memo.update",
                                         "matrix.cell-summary", "msc.selection"};
    return std::any_of(std::begin(kKinds), std::end(kKinds), [&](const char* k) { return kind == k; });
}

struct Action {
    std::string uuid;
    std::string kind;
    std::string target;
    std::vector<Operation> operations;
};

/// The coder's undo and redo stacks, rebuilt by replaying the coder's actions in order.
struct History {
    std::vector<std::string> undoStack;  ///< original action uuids, most recent last
    std::vector<std::string> redoStack;
    std::map<std::string, std::string> appliedBy;  ///< original action -> action whose operations now realise it
    std::map<std::string, std::string> undoneBy;   ///< original action -> the undo action that reversed it
    std::map<std::string, Action> actions;
};

History readHistory(const ProjectStore::Impl& impl, const std::string& coderUuid) {
    History h;
    Statement st = impl.db.prepare(std::string("SELECT ") + kOperationColumns +
                                   " FROM operation WHERE coder_uuid = ? AND action_uuid <> '' AND origin = '' ORDER BY sequence");
    st.bind(1, coderUuid);
    std::vector<std::string> order;
    while (st.step()) {
        Operation op = readOperation(st);
        auto [it, fresh] = h.actions.try_emplace(op.actionUuid);
        if (fresh) {
            it->second.uuid = op.actionUuid;
            it->second.kind = op.actionKind;
            it->second.target = op.actionTarget;
            order.push_back(op.actionUuid);
        }
        it->second.operations.push_back(std::move(op));
    }
    auto erase = [](std::vector<std::string>& v, const std::string& x) { v.erase(std::remove(v.begin(), v.end(), x), v.end()); };
    for (const auto& uuid : order) {
        const Action& a = h.actions[uuid];
        if (a.kind == "do") {
            bool invertible = std::all_of(a.operations.begin(), a.operations.end(),
                                          [](const Operation& op) { return isInvertible(op.kind); });
            if (!invertible) continue;
            h.undoStack.push_back(a.uuid);
            h.appliedBy[a.uuid] = a.uuid;
            h.redoStack.clear();
        } else if (a.kind == "undo") {
            erase(h.undoStack, a.target);
            h.redoStack.push_back(a.target);
            h.undoneBy[a.target] = a.uuid;
        } else if (a.kind == "redo") {
            erase(h.redoStack, a.target);
            h.undoStack.push_back(a.target);
            h.appliedBy[a.target] = a.uuid;
        }
    }
    return h;
}

RowId idOf(const ProjectStore::Impl& impl, std::string_view table, const std::string& uuid) {
    Statement st = impl.db.prepare("SELECT id FROM " + std::string(table) + " WHERE uuid = ?");
    st.bind(1, uuid);
    if (!st.step())
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("This change cannot be undone: something it refers to ({item}) is no longer in the project"))
                       .arg("item", uuid));
    return st.columnInt(0);
}

std::optional<RowId> optionalIdOf(const ProjectStore::Impl& impl, std::string_view table, const Json* uuid) {
    if (!uuid || uuid->isNull()) return std::nullopt;
    return idOf(impl, table, uuid->asString());
}

std::string str(const Json& payload, const char* key) {
    const Json* v = payload.find(key);
    return v && v->isString() ? v->asString() : std::string();
}

std::int64_t num(const Json& payload, const char* key) {
    const Json* v = payload.find(key);
    return v && v->isNumber() ? v->asInteger() : 0;
}

/// Applies the inverse of one operation, logging what it does.
void invert(ProjectStore& store, ProjectStore::Impl& impl, const Operation& op) {
    Json p = Json::parse(op.payload);
    const std::string& kind = op.kind;
    if (kind == "coding.add") {
        store.removeCoding(idOf(impl, "coding", op.entityUuid));
    } else if (kind == "coding.remove") {
        std::string now = utcTimestampNow();
        std::string created = str(p, "created_at").empty() ? now : str(p, "created_at");
        Statement st = impl.db.prepare(
            "INSERT INTO coding (uuid, document_id, start, end, code_id, coder_id, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, op.entityUuid).bind(2, idOf(impl, "document", str(p, "document"))).bind(3, num(p, "start"));
        st.bind(4, num(p, "end")).bind(5, idOf(impl, "code", str(p, "code"))).bind(6, idOf(impl, "coder", str(p, "coder")));
        st.bind(7, created).bind(8, now).run();
        impl.log("coding.add", op.entityUuid, p);
    } else if (kind == "coding.recode") {
        Statement st = impl.db.prepare("UPDATE coding SET code_id = ?, modified_at = ? WHERE uuid = ?");
        st.bind(1, idOf(impl, "code", str(p, "before"))).bind(2, utcTimestampNow()).bind(3, op.entityUuid).run();
        Json back = Json::object();
        back["before"] = str(p, "after");
        back["after"] = str(p, "before");
        impl.log("coding.recode", op.entityUuid, back);
    } else if (kind == "code.add") {
        store.removeCode(idOf(impl, "code", op.entityUuid));
    } else if (kind == "code.remove") {
        Statement st = impl.db.prepare(
            "INSERT INTO code (uuid, parent_id, name, description, colour, ordinal) VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, op.entityUuid).bind(2, optionalIdOf(impl, "code", p.find("parent"))).bind(3, str(p, "name"));
        st.bind(4, str(p, "description")).bind(5, str(p, "colour")).bind(6, num(p, "ordinal")).run();
        impl.restoreMatrixColumns(op.entityUuid, impl.db.lastInsertRowId());
        impl.log("code.add", op.entityUuid, p);
    } else if (kind == "code.update") {
        const Json& before = *p.find("before");
        Code code = *store.codeById(idOf(impl, "code", op.entityUuid));  // refused clearly if gone (e.g. removed by a colleague)
        code.name = str(before, "name");
        code.description = str(before, "description");
        code.colour = str(before, "colour");
        code.ordinal = num(before, "ordinal");
        code.parentId = optionalIdOf(impl, "code", before.find("parent"));
        store.updateCode(code);
    } else if (kind == "memo.add") {
        store.removeMemo(idOf(impl, "memo", op.entityUuid));
    } else if (kind == "memo.remove") {
        std::string now = utcTimestampNow();
        auto coder = store.currentCoder();
        Statement st = impl.db.prepare(
            "INSERT INTO memo (uuid, target_kind, target_uuid, title, text, coder_id, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, op.entityUuid).bind(2, str(p, "target_kind")).bind(3, str(p, "target")).bind(4, str(p, "title"));
        st.bind(5, str(p, "text")).bind(6, coder ? std::optional<RowId>(coder->id) : std::nullopt).bind(7, now).bind(8, now).run();
        impl.log("memo.add", op.entityUuid, p);
    } else if (kind == "memo.update") {
        const Json& before = *p.find("before");
        store.updateMemo(idOf(impl, "memo", op.entityUuid), str(before, "title"), str(before, "text"));
    } else if (kind == "matrix.cell-summary") {
        const Json& before = *p.find("before");
        Json back = p;
        back["before"] = *p.find("after");
        back["after"] = before;
        // The cell by matrix, row and code: sync may have given it the identity another copy
        // gave it first (see applyIncoming).
        const bool cellInDocumentRow = p.find("document") != nullptr;
        const RowId cellMatrix = idOf(impl, "matrix", str(p, "matrix"));
        const RowId cellRow = cellInDocumentRow ? idOf(impl, "document", str(p, "document")) : idOf(impl, "case_", str(p, "case"));
        const RowId cellCode = idOf(impl, "code", str(p, "code"));
        std::optional<RowId> existing;
        {
            Statement find = impl.db.prepare(std::string("SELECT id FROM matrix_cell WHERE matrix_id = ? AND ") +
                                             (cellInDocumentRow ? "document_id" : "case_id") + " = ? AND code_id = ?");
            find.bind(1, cellMatrix).bind(2, cellRow).bind(3, cellCode);
            if (find.step()) existing = find.columnInt(0);
        }
        if (before.isNull()) {
            if (!existing) idOf(impl, "matrix_cell", op.entityUuid);  // says clearly that it is gone
            Statement del = impl.db.prepare("DELETE FROM matrix_cell WHERE id = ?");
            del.bind(1, *existing).run();
        } else {
            if (!existing) {
                // Redoing the cell's first summary: the undo removed the cell, so it comes back
                // under the same identity, in the row (case or document) the payload names.
                const bool documentRow = p.find("document") != nullptr;
                auto coder = store.currentCoder();
                Statement ins = impl.db.prepare(
                    std::string("INSERT INTO matrix_cell (uuid, matrix_id, ") + (documentRow ? "document_id" : "case_id") +
                    ", code_id, summary, coder_id, modified_at) VALUES (?, ?, ?, ?, '', ?, ?)");
                ins.bind(1, op.entityUuid).bind(2, idOf(impl, "matrix", str(p, "matrix")));
                ins.bind(3, documentRow ? idOf(impl, "document", str(p, "document")) : idOf(impl, "case_", str(p, "case")));
                ins.bind(4, idOf(impl, "code", str(p, "code")));
                ins.bind(5, coder ? std::optional<RowId>(coder->id) : std::nullopt).bind(6, utcTimestampNow()).run();
                existing = impl.db.lastInsertRowId();
            }
            RowId cellId = *existing;
            Statement upd = impl.db.prepare("UPDATE matrix_cell SET summary = ?, modified_at = ? WHERE id = ?");
            upd.bind(1, str(before, "summary")).bind(2, utcTimestampNow()).bind(3, cellId).run();
            Statement clear = impl.db.prepare("DELETE FROM cell_citation WHERE cell_id = ?");
            clear.bind(1, cellId).run();
            Statement cite = impl.db.prepare("INSERT OR IGNORE INTO cell_citation (cell_id, coding_uuid, ordinal) VALUES (?, ?, ?)");
            std::int64_t ordinal = 0;
            if (const Json* list = before.find("citations"))
                for (const auto& c : list->asArray()) {
                    cite.bind(1, cellId).bind(2, c.asString()).bind(3, ordinal++).run();
                    cite.reset();
                }
        }
        impl.log("matrix.cell-summary", op.entityUuid, back);
    } else if (kind == "msc.selection") {
        const Json& before = *p.find("before");
        RowId selectionId = idOf(impl, "msc_selection", op.entityUuid);
        Json back = p;
        back["before"] = *p.find("after");
        back["after"] = before;
        if (before.isNull()) {
            Statement del = impl.db.prepare("DELETE FROM msc_selection WHERE id = ?");
            del.bind(1, selectionId).run();
        } else {
            Statement upd = impl.db.prepare("UPDATE msc_selection SET domain_code_id = ?, chosen = ?, reason = ? WHERE id = ?");
            upd.bind(1, optionalIdOf(impl, "code", before.find("domain")));
            const Json* chosen = before.find("chosen");
            upd.bind(2, chosen && chosen->isBool() && chosen->asBool() ? 1 : 0).bind(3, str(before, "reason")).bind(4, selectionId).run();
        }
        impl.log("msc.selection", op.entityUuid, back);
    } else {
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Edau cannot undo a change of kind {kind}")).arg("kind", kind));
    }
}

/// Inverts every operation of `action`, last first, as one new action of `kind` on `target`.
void invertAction(ProjectStore& store, ProjectStore::Impl& impl, const Action& action, const char* kind,
                  const std::string& target) {
    impl.nextAction = ActionContext{newUuid(), kind, target};
    impl.writing([&] {
        for (auto it = action.operations.rbegin(); it != action.operations.rend(); ++it) invert(store, impl, *it);
    });
}

}  // namespace

std::optional<std::string> ProjectStore::undoableAction() const {
    History h = readHistory(*m_impl, m_impl->currentCoderUuid());
    if (h.undoStack.empty()) return std::nullopt;
    return h.actions.at(h.undoStack.back()).operations.front().kind;
}

std::optional<std::string> ProjectStore::redoableAction() const {
    History h = readHistory(*m_impl, m_impl->currentCoderUuid());
    if (h.redoStack.empty()) return std::nullopt;
    return h.actions.at(h.redoStack.back()).operations.front().kind;
}

std::optional<std::string> ProjectStore::undo() {
    m_impl->requireWritable();
    History h = readHistory(*m_impl, m_impl->currentCoderUuid());
    if (h.undoStack.empty()) return std::nullopt;
    const std::string& original = h.undoStack.back();
    invertAction(*this, *m_impl, h.actions.at(h.appliedBy.at(original)), "undo", original);
    return h.actions.at(original).operations.front().kind;
}

std::optional<std::string> ProjectStore::redo() {
    m_impl->requireWritable();
    History h = readHistory(*m_impl, m_impl->currentCoderUuid());
    if (h.redoStack.empty()) return std::nullopt;
    const std::string& original = h.redoStack.back();
    invertAction(*this, *m_impl, h.actions.at(h.undoneBy.at(original)), "redo", original);
    return h.actions.at(original).operations.front().kind;
}

}  // namespace edau
