// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStore: applying operations made in other copies of the project (shared-folder sync).
//
// Convergence comes from one rule applied everywhere: for each thing (and, where a thing has
// parts that change separately, each part), the operation with the greatest stamp — Lamport
// time, then operation UUID — decides its state. An incoming operation that an already applied
// one outranks is logged (so it is never applied twice) but changes nothing; one that outranks
// what is there is applied. Conflicts are derived from pairs of operations (two writes that
// started from the same state), so their identities and contents do not depend on arrival order.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "edau/base/sha256.h"
#include "edau/text/unicode.h"
#include "project_store_impl.h"

namespace edau {

namespace {

struct Stamp {
    std::int64_t lamport = 0;
    std::string uuid;
};

bool earlier(const Stamp& a, const Stamp& b) {
    return a.lamport != b.lamport ? a.lamport < b.lamport : a.uuid < b.uuid;
}

std::string stringField(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v && v->isString() ? v->asString() : std::string();
}

std::int64_t intField(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v && v->isInteger() ? v->asInteger() : 0;
}

const Json& objectField(const Json& j, std::string_view key) {
    static const Json kNull;
    const Json* v = j.find(key);
    return v ? *v : kNull;
}

/// Thrown inside one operation's application: it needs something that has not arrived yet.
struct Waiting {
    std::string what;
};

/// Thrown inside one operation's application: the operation cannot be right (damaged, hostile).
struct Refused {
    std::string why;
};

/// Which table holds things of a kind, and how they are named in conflicts.
struct NamedTable {
    const char* table;
    const char* thing;    ///< for conflict details
    const char* addKind;  ///< the operation that creates one
};

constexpr NamedTable kCoders{"coder", "coder", "coder.add"};
constexpr NamedTable kDocuments{"document", "document", "document.add"};
constexpr NamedTable kCases{"case_", "case", "case.add"};
constexpr NamedTable kAttributes{"attribute", "attribute", "attribute.add"};
constexpr NamedTable kMatrices{"matrix", "matrix", "matrix.add"};
constexpr NamedTable kRounds{"msc_round", "selection round", "msc.round"};

}  // namespace

/// Applies one batch; lives here so it can reach the store's private connection.
class IncomingApplier {
public:
    explicit IncomingApplier(const ProjectStore::Impl& impl) : m_db(impl.db), m_impl(impl) {}

    IncomingReport report;

    /// Applies (or logs without effect) one operation; throws Waiting or Refused.
    void apply(const IncomingOperation& in) {
        const Operation& op = in.operation;
        m_op = &op;
        m_origin = in.origin.empty() ? std::string("?") : in.origin;
        m_stamp = Stamp{op.lamport, op.uuid};
        Json payload;
        try {
            payload = Json::parse(op.payload.empty() ? std::string_view("{}") : std::string_view(op.payload));
        } catch (const Error&) {
            throw Refused{"its details are not readable"};
        }
        if (!payload.isObject()) throw Refused{"its details are not readable"};
        const std::string& kind = op.kind;
        const std::string& entity = op.entityUuid;
        if (kind == "project.create" || kind == "project.current-coder") {
            // The project exists in every copy; who is coding is each copy's own business.
        } else if (kind == "project.rename") {
            if (!newerExists(entity, {"project.rename"})) {
                std::string name = requireText(stringField(payload, "after"), "a project name");
                m_db.prepare("UPDATE project SET name = ? WHERE id = 1").bind(1, name).run();
            }
        } else if (kind == "project.blind-coding") {
            if (!newerExists(entity, {"project.blind-coding"})) {
                const Json* after = payload.find("after");
                m_db.prepare("INSERT INTO setting (key, value) VALUES ('project.blind_coding', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
                    .bind(1, after && after->isBool() && after->asBool() ? "1" : "0").run();
            }
        } else if (kind == "coder.add") {
            if (!idOf("coder", entity)) {
                std::string name = placeName(kCoders, "", entity, requireText(stringField(payload, "name"), "a coder's name"));
                m_db.prepare("INSERT INTO coder (uuid, name, created_at) VALUES (?, ?, ?)")
                    .bind(1, entity).bind(2, name).bind(3, op.at).run();
            }
        } else if (kind == "document.add") {
            applyDocumentAdd(in, payload);
        } else if (kind == "document.set-case") {
            auto doc = idOf("document", entity);
            if (!doc) waitFor("a document");
            if (!newerExists(entity, {"document.set-case"})) {
                std::optional<RowId> caseId;
                if (std::string c = stringField(payload, "after"); !c.empty()) {
                    caseId = idOf("case_", c);
                    if (!caseId) waitFor("a case");
                }
                m_db.prepare("UPDATE document SET case_id = ? WHERE id = ?").bind(1, caseId).bind(2, *doc).run();
            }
        } else if (kind == "case.add") {
            if (!idOf("case_", entity)) {
                std::string name = placeName(kCases, "", entity, requireText(stringField(payload, "name"), "a case name"));
                m_db.prepare("INSERT INTO case_ (uuid, name, description) VALUES (?, ?, ?)")
                    .bind(1, entity).bind(2, name).bind(3, stringField(payload, "description")).run();
            }
        } else if (kind == "attribute.add") {
            if (!idOf("attribute", entity)) {
                std::string type = stringField(payload, "type");
                if (!attributeTypeFromString(type)) throw Refused{"an attribute has an unknown type"};
                std::string name = placeName(kAttributes, "", entity, requireText(stringField(payload, "name"), "an attribute name"));
                m_db.prepare("INSERT INTO attribute (uuid, name, type, ordinal) VALUES (?, ?, ?, "
                             "(SELECT ifnull(max(ordinal), -1) + 1 FROM attribute))")
                    .bind(1, entity).bind(2, name).bind(3, type).run();
            }
        } else if (kind == "case.set-attribute") {
            auto caseId = idOf("case_", entity);
            if (!caseId) waitFor("a case");
            std::string attribute = stringField(payload, "attribute");
            auto attributeId = idOf("attribute", attribute);
            if (!attributeId) waitFor("an attribute");
            if (!newerKeyed("case.set-attribute", "entity_uuid = ? AND json_extract(payload, '$.attribute') = ?",
                            {entity, attribute})) {
                m_db.prepare("INSERT INTO attribute_value (case_id, attribute_id, value) VALUES (?, ?, ?) "
                             "ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value")
                    .bind(1, *caseId).bind(2, *attributeId).bind(3, text::toNfc(stringField(payload, "after"))).run();
            }
        } else if (kind == "code.add") {
            if (!idOf("code", entity) && !newerExists(entity, {"code.add", "code.remove"})) insertCode(entity, payload);
        } else if (kind == "code.update") {
            applyCodeUpdate(entity, payload);
        } else if (kind == "code.remove") {
            applyCodeRemove(entity);
        } else if (kind == "coding.add") {
            applyCodingAdd(entity, payload);
        } else if (kind == "coding.remove") {
            if (!newerExists(entity, {"coding.add", "coding.remove"}))
                m_db.prepare("DELETE FROM coding WHERE uuid = ?").bind(1, entity).run();
        } else if (kind == "coding.recode") {
            applyCodingRecode(entity, payload);
        } else if (kind == "memo.add") {
            applyMemoAdd(entity, payload);
        } else if (kind == "memo.update") {
            if (idOf("memo", entity) && !newerExists(entity, {"memo.update"})) {
                const Json& after = objectField(payload, "after");
                m_db.prepare("UPDATE memo SET title = ?, text = ?, modified_at = ? WHERE uuid = ?")
                    .bind(1, text::toNfc(stringField(after, "title"))).bind(2, text::toNfc(stringField(after, "text")))
                    .bind(3, op.at).bind(4, entity).run();
            } else if (!known(entity)) {
                waitFor("a memo");
            }
        } else if (kind == "memo.remove") {
            if (!newerExists(entity, {"memo.add", "memo.remove"}))
                m_db.prepare("DELETE FROM memo WHERE uuid = ?").bind(1, entity).run();
        } else if (kind == "matrix.add") {
            applyMatrixAdd(entity, payload);
        } else if (kind == "matrix.cell-summary") {
            applyCellSummary(entity, payload);
        } else if (kind == "msc.round") {
            if (!idOf("msc_round", entity)) {
                std::string name = placeName(kRounds, "", entity, requireText(stringField(payload, "name"), "a round's name"));
                m_db.prepare("INSERT INTO msc_round (uuid, name, panel, held_on, ordinal) VALUES (?, ?, ?, ?, "
                             "(SELECT count(*) FROM msc_round))")
                    .bind(1, entity).bind(2, name).bind(3, stringField(payload, "panel")).bind(4, stringField(payload, "held_on")).run();
            }
        } else if (kind == "msc.selection") {
            applyMscSelection(entity, payload);
        } else if (kind == "conflict.settle") {
            m_db.prepare("UPDATE sync_conflict SET settled = 1 WHERE id = ?").bind(1, entity).run();
        } else {
            throw Waiting{"a newer Edau (it does not know \"" + kind + "\")"};
        }
        logIncoming(in);
    }

    /// After a round: what depends on the whole set of operations rather than on their order.
    void settleDerivedState() {
        removeUnusedRemovedCodes();
        settleNames(kCoders, {"coder.add"});
        settleNames(kDocuments, {"document.add"});
        settleNames(kCases, {"case.add"});
        settleNames(kAttributes, {"attribute.add"});
        settleNames(NamedTable{"code", "code", "code.add"}, {"code.add", "code.update"}, true);
        settleNames(kMatrices, {"matrix.add"});
        settleNames(kRounds, {"msc.round"});
        flagKeptCodes();
    }

private:
    const Connection& m_db;
    const ProjectStore::Impl& m_impl;
    const Operation* m_op = nullptr;
    std::string m_origin;  ///< the copy that made the operation being applied
    Stamp m_stamp;

    [[noreturn]] static void waitFor(const std::string& what) { throw Waiting{what}; }

    /// Whether two changes of one thing were made from the same version of it: by the version
    /// each names (its "base"); for changes from an Edau that did not name it, by equal
    /// starting states (`sameBefore`).
    static bool sameBase(const Json& a, const Json& b, bool sameBefore) {
        const Json* baseA = a.find("base");
        const Json* baseB = b.find("base");
        if (baseA && baseB) return *baseA == *baseB;
        return sameBefore;
    }

    static std::string requireText(const std::string& s, const char* what) {
        std::string trimmed = s;
        if (text::findInvalidUtf8(trimmed)) throw Refused{std::string(what) + " is not valid text"};
        while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
        if (trimmed.empty()) throw Refused{std::string(what) + " is empty"};
        return text::toNfc(trimmed);
    }

    std::optional<RowId> idOf(std::string_view table, const std::string& uuid) const {
        if (uuid.empty()) return std::nullopt;
        Statement st = m_db.prepare("SELECT id FROM " + std::string(table) + " WHERE uuid = ?");
        st.bind(1, uuid);
        if (!st.step()) return std::nullopt;
        return st.columnInt(0);
    }

    /// Whether the log holds any operation on the thing.
    bool known(const std::string& entity) const {
        Statement st = m_db.prepare("SELECT 1 FROM operation WHERE entity_uuid = ? LIMIT 1");
        st.bind(1, entity);
        return st.step();
    }

    /// Whether an operation of one of `kinds` on `entity` outranks the one being applied.
    bool newerExists(const std::string& entity, std::initializer_list<const char*> kinds) const {
        std::string sql = "SELECT 1 FROM operation WHERE entity_uuid = ? AND kind IN (";
        for (std::size_t i = 0; i < kinds.size(); ++i) sql += i ? ", ?" : "?";
        sql += ") AND (lamport > ? OR (lamport = ? AND uuid > ?)) LIMIT 1";
        Statement st = m_db.prepare(sql);
        int n = 1;
        st.bind(n++, entity);
        for (const char* k : kinds) st.bind(n++, k);
        st.bind(n, m_stamp.lamport).bind(n + 1, m_stamp.lamport).bind(n + 2, m_stamp.uuid);
        return st.step();
    }

    /// The same for things keyed by payload fields (a cell by matrix, row and code).
    bool newerKeyed(const char* kind, const std::string& where, const std::vector<std::string>& values) const {
        Statement st = m_db.prepare("SELECT 1 FROM operation WHERE kind = ? AND " + where +
                                    " AND (lamport > ? OR (lamport = ? AND uuid > ?)) LIMIT 1");
        int n = 1;
        st.bind(n++, kind);
        for (const auto& v : values) st.bind(n++, v);
        st.bind(n, m_stamp.lamport).bind(n + 1, m_stamp.lamport).bind(n + 2, m_stamp.uuid);
        return st.step();
    }

    void logIncoming(const IncomingOperation& in) {
        const Operation& op = in.operation;
        Statement st = m_db.prepare(
            "INSERT INTO operation (uuid, lamport, coder_uuid, at, kind, entity_uuid, payload, action_uuid, "
            "action_kind, action_target, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, op.uuid).bind(2, op.lamport).bind(3, op.coderUuid).bind(4, op.at).bind(5, op.kind);
        st.bind(6, op.entityUuid).bind(7, op.payload).bind(8, op.actionUuid);
        st.bind(9, op.actionKind == "undo" || op.actionKind == "redo" ? op.actionKind : std::string("do"));
        st.bind(10, op.actionTarget).bind(11, in.origin.empty() ? std::string("?") : in.origin);
        st.run();
    }

    /// Records a conflict once; `operations` are the operation UUIDs it derives from.
    void recordConflict(const std::string& kind, const std::string& entity, const Json& detail,
                        std::vector<std::string> operations) {
        std::sort(operations.begin(), operations.end());
        std::string key = kind;
        for (const auto& o : operations) key += "/" + o;
        std::string id = sha256Hex(key).substr(0, 32);
        Statement settled = m_db.prepare("SELECT 1 FROM operation WHERE kind = 'conflict.settle' AND entity_uuid = ?");
        settled.bind(1, id);
        bool isSettled = settled.step();
        Statement st = m_db.prepare(
            "INSERT OR IGNORE INTO sync_conflict (id, kind, entity_uuid, detail, settled) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, id).bind(2, kind).bind(3, entity).bind(4, detail.dump()).bind(5, isSettled ? 1 : 0).run();
        if (m_db.changes() > 0) report.newConflicts.push_back(SyncConflict{id, kind, entity, detail.dump(), isSettled});
    }

    static std::string tagged(const std::string& name, const std::string& uuid) {
        return name + " (" + uuid.substr(0, 8) + ")";
    }

    /// A name `uuid` can take now without breaking uniqueness: `wanted`, or `wanted` with a short
    /// identifier when another thing (with the same parent, for codes) has it. Which of the two
    /// keeps the plain name is settled after the round (settleNames), whatever the order.
    std::string placeName(const NamedTable& table, const std::string& scopeWhere, const std::string& uuid,
                          const std::string& wanted, std::optional<RowId> parent = std::nullopt) {
        std::string sql = "SELECT 1 FROM " + std::string(table.table) + " WHERE name = ? AND uuid <> ?";
        if (!scopeWhere.empty()) sql += " AND " + scopeWhere;
        Statement st = m_db.prepare(sql);
        st.bind(1, wanted).bind(2, uuid);
        if (!scopeWhere.empty()) st.bind(3, parent.value_or(0));
        return st.step() ? tagged(wanted, uuid) : wanted;
    }

    /// Adds a derived conflict unless it is there (settled ones stay settled); returns its id.
    std::string deriveConflict(const std::string& kind, const std::string& entity, const Json& detail, const std::string& key) {
        std::string id = sha256Hex(kind + "/" + key).substr(0, 32);
        Statement settled = m_db.prepare("SELECT 1 FROM operation WHERE kind = 'conflict.settle' AND entity_uuid = ?");
        settled.bind(1, id);
        bool isSettled = settled.step();
        Statement st = m_db.prepare(
            "INSERT INTO sync_conflict (id, kind, entity_uuid, detail, settled) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (id) DO UPDATE SET detail = excluded.detail WHERE detail <> excluded.detail");
        bool existed = false;
        {
            Statement find = m_db.prepare("SELECT 1 FROM sync_conflict WHERE id = ?");
            find.bind(1, id);
            existed = find.step();
        }
        st.bind(1, id).bind(2, kind).bind(3, entity).bind(4, detail.dump()).bind(5, isSettled ? 1 : 0).run();
        if (!existed) report.newConflicts.push_back(SyncConflict{id, kind, entity, detail.dump(), isSettled});
        return id;
    }

    /// Drops unsettled conflicts of a kind that the current state no longer gives.
    void dropStaleConflicts(const std::string& kind, const std::set<std::string>& current) {
        Statement st = m_db.prepare("SELECT id FROM sync_conflict WHERE kind = ? AND settled = 0");
        st.bind(1, kind);
        std::vector<std::string> stale;
        while (st.step())
            if (!current.count(st.columnText(0))) stale.push_back(st.columnText(0));
        for (const auto& id : stale) m_db.prepare("DELETE FROM sync_conflict WHERE id = ?").bind(1, id).run();
    }

    static constexpr const char* kRemovedCodes =
        "SELECT c.id, c.uuid, c.name, r.uuid, r.coder_uuid FROM code c JOIN operation r ON r.uuid = ("
        "SELECT o.uuid FROM operation o WHERE o.entity_uuid = c.uuid AND o.kind IN ('code.add', 'code.remove') "
        "ORDER BY o.lamport DESC, o.uuid DESC LIMIT 1) WHERE r.kind = 'code.remove'";

    /// A code whose newest add-or-remove is a removal exists only while work the removal did not
    /// see still uses it (codings, sub-codes, framework cells); then it is flagged "code-kept".
    void removeUnusedRemovedCodes() {
        for (bool changed = true; changed;) {
            changed = false;
            Statement st = m_db.prepare(kRemovedCodes);
            std::vector<RowId> unused;
            while (st.step()) {
                std::string id = std::to_string(st.columnInt(0));
                if (m_db.queryInt("SELECT count(*) FROM coding WHERE code_id = " + id) == 0 &&
                    m_db.queryInt("SELECT count(*) FROM code WHERE parent_id = " + id) == 0 &&
                    m_db.queryInt("SELECT count(*) FROM matrix_cell WHERE code_id = " + id) == 0)
                    unused.push_back(st.columnInt(0));
            }
            for (RowId id : unused) {
                m_db.prepare("DELETE FROM code WHERE id = ?").bind(1, id).run();
                changed = true;
            }
        }
    }

    /// Codes kept although removed, flagged once their names are settled.
    void flagKeptCodes() {
        std::set<std::string> current;
        Statement st = m_db.prepare(kRemovedCodes);
        while (st.step()) {
            Json detail = Json::object();
            detail["code"] = st.columnText(1);
            detail["name"] = st.columnText(2);
            detail["removed_by"] = st.columnText(4);
            current.insert(deriveConflict("code-kept", st.columnText(1), detail, st.columnText(3)));
        }
        dropStaleConflicts("code-kept", current);
    }

    /// Gives every thing of a table the name its newest naming operation gave it; where two
    /// things (under one parent, for codes) want one name, the one that asked first keeps it and
    /// the other carries a short identifier, flagged "name-clash".
    void settleNames(const NamedTable& table, std::initializer_list<const char*> kinds, bool byParent = false) {
        struct Wanted {
            std::string name;
            Stamp stamp;
        };
        std::map<std::string, Wanted> wanted;
        {
            std::string sql = "SELECT entity_uuid, kind, payload, lamport, uuid FROM operation WHERE kind IN (";
            for (std::size_t i = 0; i < kinds.size(); ++i) sql += i ? ", ?" : "?";
            sql += ") ORDER BY lamport, uuid";
            Statement st = m_db.prepare(sql);
            int n = 1;
            for (const char* k : kinds) st.bind(n++, k);
            while (st.step()) {
                Json payload;
                try {
                    payload = Json::parse(st.columnText(2));
                } catch (const Error&) {
                    continue;
                }
                std::string name = st.columnText(1) == "code.update" ? stringField(objectField(payload, "after"), "name")
                                                                       : stringField(payload, "name");
                if (name.empty() || text::findInvalidUtf8(name)) continue;
                while (!name.empty() && std::isspace(static_cast<unsigned char>(name.back()))) name.pop_back();
                std::size_t first = 0;
                while (first < name.size() && std::isspace(static_cast<unsigned char>(name[first]))) ++first;
                name.erase(0, first);
                if (name.empty()) continue;
                wanted[st.columnText(0)] = Wanted{text::toNfc(name), Stamp{st.columnInt(3), st.columnText(4)}};
            }
        }
        struct Row {
            RowId id;
            std::string uuid, name, scope;
        };
        std::vector<Row> rows;
        {
            Statement st = m_db.prepare(std::string("SELECT id, uuid, name, ") + (byParent ? "ifnull(parent_id, 0)" : "0") +
                                        " FROM " + table.table);
            while (st.step()) rows.push_back(Row{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3)});
        }
        // Group by scope and wanted name; the earliest ask keeps the plain name.
        std::map<std::pair<std::string, std::string>, std::vector<const Row*>> groups;
        for (const auto& r : rows) {
            auto w = wanted.find(r.uuid);
            groups[{r.scope, w == wanted.end() ? r.name : w->second.name}].push_back(&r);
        }
        std::map<RowId, std::string> target;
        std::set<std::string> current;
        for (auto& [key, members] : groups) {
            std::sort(members.begin(), members.end(), [&](const Row* a, const Row* b) {
                auto wa = wanted.find(a->uuid), wb = wanted.find(b->uuid);
                if (wa == wanted.end() || wb == wanted.end()) return wa == wanted.end() && wb != wanted.end();
                return earlier(wa->second.stamp, wb->second.stamp);
            });
            for (std::size_t i = 0; i < members.size(); ++i) {
                const Row& r = *members[i];
                target[r.id] = i == 0 ? key.second : tagged(key.second, r.uuid);
                if (i == 0) continue;
                Json detail = Json::object();
                detail["thing"] = table.thing;
                detail["name"] = key.second;
                detail["kept_by"] = members[0]->uuid;
                detail["renamed"] = r.uuid;
                detail["renamed_to"] = target[r.id];
                current.insert(deriveConflict("name-clash", r.uuid, detail, std::string(table.table) + "/" + r.uuid + "/" + key.second));
            }
        }
        // Two steps, so that swapping two names never meets the uniqueness rule halfway.
        std::vector<std::pair<RowId, std::string>> changes;
        for (const auto& r : rows)
            if (target[r.id] != r.name) changes.emplace_back(r.id, target[r.id]);
        for (const auto& [id, name] : changes)
            m_db.prepare("UPDATE " + std::string(table.table) + " SET name = ? WHERE id = ?")
                .bind(1, "\x01" + std::to_string(id)).bind(2, id).run();
        for (const auto& [id, name] : changes)
            m_db.prepare("UPDATE " + std::string(table.table) + " SET name = ? WHERE id = ?").bind(1, name).bind(2, id).run();
        std::set<std::string> mine;
        Statement st = m_db.prepare("SELECT id, detail FROM sync_conflict WHERE kind = 'name-clash' AND settled = 0");
        while (st.step()) {
            Json detail = Json::parse(st.columnText(1));
            if (stringField(detail, "thing") == table.thing && !current.count(st.columnText(0))) mine.insert(st.columnText(0));
        }
        for (const auto& id : mine) m_db.prepare("DELETE FROM sync_conflict WHERE id = ?").bind(1, id).run();
    }

    // --- documents

    void applyDocumentAdd(const IncomingOperation& in, const Json& payload) {
        const std::string& uuid = in.operation.entityUuid;
        if (idOf("document", uuid)) return;
        if (text::findInvalidUtf8(in.documentText)) throw Refused{"a document's text is not valid UTF-8"};
        std::string textValue = text::toNfc(in.documentText);
        if (sha256Hex(textValue) != stringField(payload, "content_hash"))
            throw Refused{"a document's text does not match its checksum"};
        std::int64_t characters = text::codePointCount(textValue);
        std::string name = placeName(kDocuments, "", uuid, requireText(stringField(payload, "name"), "a document name"));
        std::string languageSource = stringField(payload, "language_source") == "user" ? "user" : "guess";
        Statement st = m_db.prepare(
            "INSERT INTO document (uuid, name, original_file_name, format, encoding, language, content_hash, characters, "
            "imported_at, language_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, uuid).bind(2, name).bind(3, stringField(payload, "original_file_name"));
        st.bind(4, stringField(payload, "format")).bind(5, stringField(payload, "encoding"));
        st.bind(6, stringField(payload, "language")).bind(7, sha256Hex(textValue)).bind(8, characters);
        st.bind(9, in.operation.at).bind(10, languageSource).run();
        RowId id = m_db.lastInsertRowId();
        m_db.prepare("INSERT INTO document_text (document_id, text) VALUES (?, ?)").bind(1, id).bind(2, textValue).run();
        const Json& turns = objectField(payload, "turns");
        if (!turns.isArray()) return;
        Statement ins = m_db.prepare(
            "INSERT INTO turn (uuid, document_id, ordinal, speaker, start, end, timestamp_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
        std::int64_t ordinal = 0;
        for (const auto& t : turns.asArray()) {
            std::int64_t start = intField(t, "start"), end = intField(t, "end");
            if (start < 0 || end < start || end > characters) throw Refused{"a speaker turn lies outside its document"};
            std::string turnUuid = stringField(t, "uuid");
            if (!canonicalUuid(turnUuid) || idOf("turn", turnUuid)) turnUuid = newUuid();
            const Json* ms = t.find("timestamp_ms");
            ins.bind(1, turnUuid).bind(2, id).bind(3, ordinal++).bind(4, text::toNfc(stringField(t, "speaker")));
            ins.bind(5, start).bind(6, end);
            if (ms && ms->isInteger()) ins.bind(7, ms->asInteger());
            else ins.bindNull(7);
            ins.run();
            ins.reset();
        }
    }

    // --- codes

    /// A code's state from the newest operation that set it (its add, or a later update).
    std::optional<Json> codeStateFromLog(const std::string& uuid) const {
        Statement st = m_db.prepare(
            "SELECT kind, payload FROM operation WHERE entity_uuid = ? AND kind IN ('code.add', 'code.update') "
            "ORDER BY lamport DESC, uuid DESC LIMIT 1");
        st.bind(1, uuid);
        if (!st.step()) return std::nullopt;
        Json payload = Json::parse(st.columnText(1));
        if (st.columnText(0) == "code.update") return objectField(payload, "after");
        return payload;
    }

    RowId insertCode(const std::string& uuid, const Json& state) {
        std::optional<RowId> parent;
        if (std::string p = stringField(state, "parent"); !p.empty()) {
            parent = idOf("code", p);
            if (!parent) parent = restoreCode(p);
            if (!parent) waitFor("a parent code");
        }
        std::string colour = stringField(state, "colour");
        std::string name = placeName(NamedTable{"code", "code", "code.add"}, "ifnull(parent_id, 0) = ?", uuid,
                                     requireText(stringField(state, "name"), "a code name"), parent);
        Statement st = m_db.prepare(
            "INSERT INTO code (uuid, parent_id, name, description, colour, ordinal) VALUES (?, ?, ?, ?, ?, "
            "(SELECT ifnull(max(ordinal), -1) + 1 FROM code WHERE ifnull(parent_id, 0) = ifnull(?, 0)))");
        st.bind(1, uuid).bind(2, parent).bind(3, name).bind(4, text::toNfc(stringField(state, "description")));
        st.bind(5, colour).bind(6, parent).run();
        RowId id = m_db.lastInsertRowId();
        m_impl.restoreMatrixColumns(uuid, id);
        return id;
    }

    /// Brings back a code another copy removed while this work still needed it.
    std::optional<RowId> restoreCode(const std::string& uuid) {
        if (auto id = idOf("code", uuid)) return id;
        auto state = codeStateFromLog(uuid);
        if (!state) return std::nullopt;
        RowId id = insertCode(uuid, *state);
        restoreCells(uuid, id);
        return id;
    }

    /// A restored code's cells whose newest summary is not a removal (written where the removal
    /// was not seen) come back with it (its matrix columns come back with any insert).
    void restoreCells(const std::string& codeUuid, RowId codeId) {
        // The newest summary of each of the code's cells, in the order they were written.
        Statement ops = m_db.prepare(
            "SELECT o.entity_uuid, o.lamport, o.uuid, o.coder_uuid, o.at, o.payload FROM operation o WHERE o.kind = 'matrix.cell-summary' "
            "AND json_extract(o.payload, '$.code') = ? ORDER BY o.lamport DESC, o.uuid DESC");
        ops.bind(1, codeUuid);
        std::set<std::string> done;
        std::vector<std::tuple<std::string, Json, std::string, std::string>> newest;  // entity, payload, coder, at
        while (ops.step()) {
            Json payload = Json::parse(ops.columnText(5));
            std::string key = stringField(payload, "matrix") + "/" + stringField(payload, "case") + stringField(payload, "document");
            if (!done.insert(key).second) continue;
            if (objectField(payload, "after").isObject())
                newest.emplace_back(ops.columnText(0), std::move(payload), ops.columnText(3), ops.columnText(4));
        }
        for (const auto& [entity, payload, coder, at] : newest) {
            bool documentRow = payload.find("document") != nullptr;
            auto matrix = idOf("matrix", stringField(payload, "matrix"));
            auto row = idOf(documentRow ? "document" : "case_", stringField(payload, documentRow ? "document" : "case"));
            if (!matrix || !row) continue;
            writeCell(*matrix, documentRow, *row, codeId, firstCellUuid(payload, entity), objectField(payload, "after"),
                      idOf("coder", coder), at);
        }
    }

    /// The identity a cell has in every copy: that of the first summary written for it.
    std::string firstCellUuid(const Json& payload, const std::string& fallback) const {
        bool documentRow = payload.find("document") != nullptr;
        Statement first = m_db.prepare(std::string("SELECT entity_uuid FROM operation WHERE kind = 'matrix.cell-summary' AND "
                                                   "json_extract(payload, '$.matrix') = ? AND json_extract(payload, '") +
                                       (documentRow ? "$.document" : "$.case") +
                                       "') = ? AND json_extract(payload, '$.code') = ? ORDER BY lamport, uuid LIMIT 1");
        first.bind(1, stringField(payload, "matrix")).bind(2, stringField(payload, documentRow ? "document" : "case"));
        first.bind(3, stringField(payload, "code"));
        return first.step() ? first.columnText(0) : fallback;
    }

    /// Writes a cell's summary and citations, creating the cell if needed.
    void writeCell(RowId matrix, bool documentRow, RowId row, RowId code, const std::string& cellUuid, const Json& state,
                   std::optional<RowId> coder, const std::string& at) {
        const char* rowColumn = documentRow ? "document_id" : "case_id";
        Statement find = m_db.prepare(std::string("SELECT id FROM matrix_cell WHERE matrix_id = ? AND ") + rowColumn +
                                      " = ? AND code_id = ?");
        find.bind(1, matrix).bind(2, row).bind(3, code);
        RowId cellId = 0;
        std::string summary = text::toNfc(stringField(state, "summary"));
        if (find.step()) {
            cellId = find.columnInt(0);
            m_db.prepare("UPDATE matrix_cell SET uuid = ?, summary = ?, coder_id = ?, modified_at = ? WHERE id = ?")
                .bind(1, cellUuid).bind(2, summary).bind(3, coder).bind(4, at).bind(5, cellId).run();
            m_db.prepare("DELETE FROM cell_citation WHERE cell_id = ?").bind(1, cellId).run();
        } else {
            m_db.prepare(std::string("INSERT INTO matrix_cell (uuid, matrix_id, ") + rowColumn +
                         ", code_id, summary, coder_id, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .bind(1, cellUuid).bind(2, matrix).bind(3, row).bind(4, code).bind(5, summary).bind(6, coder).bind(7, at).run();
            cellId = m_db.lastInsertRowId();
        }
        const Json& citations = objectField(state, "citations");
        if (!citations.isArray()) return;
        Statement cite = m_db.prepare("INSERT OR IGNORE INTO cell_citation (cell_id, coding_uuid, ordinal) VALUES (?, ?, ?)");
        std::int64_t ordinal = 0;
        for (const auto& c : citations.asArray()) {
            if (!c.isString()) continue;
            cite.bind(1, cellId).bind(2, c.asString()).bind(3, ordinal++).run();
            cite.reset();
        }
    }

    void applyCodeUpdate(const std::string& uuid, const Json& payload) {
        const Json& before = objectField(payload, "before");
        const Json& after = objectField(payload, "after");
        // A rename that started from the same name as another copy's rename: both are kept in view.
        if (stringField(before, "name") != stringField(after, "name")) {
            Statement st = m_db.prepare(
                "SELECT uuid, lamport, coder_uuid, payload FROM operation WHERE entity_uuid = ? AND kind = 'code.update' "
                "AND uuid <> ? AND origin <> ?");  // one copy's own changes are never concurrent
            st.bind(1, uuid).bind(2, m_op->uuid).bind(3, m_origin);
            while (st.step()) {
                Json other = Json::parse(st.columnText(3));
                const Json& otherBefore = objectField(other, "before");
                const Json& otherAfter = objectField(other, "after");
                if (!sameBase(payload, other, stringField(otherBefore, "name") == stringField(before, "name")) ||
                    stringField(otherAfter, "name") == stringField(after, "name") ||
                    stringField(otherAfter, "name") == stringField(otherBefore, "name"))
                    continue;
                Stamp otherStamp{st.columnInt(1), st.columnText(0)};
                bool mineWins = earlier(otherStamp, m_stamp);
                Json detail = Json::object();
                detail["code"] = uuid;
                detail["before"] = stringField(before, "name");
                detail["kept"] = mineWins ? stringField(after, "name") : stringField(otherAfter, "name");
                detail["kept_by"] = mineWins ? m_op->coderUuid : st.columnText(2);
                detail["other"] = mineWins ? stringField(otherAfter, "name") : stringField(after, "name");
                detail["other_by"] = mineWins ? st.columnText(2) : m_op->coderUuid;
                recordConflict("code-rename", uuid, detail, {m_op->uuid, otherStamp.uuid});
            }
        }
        auto id = idOf("code", uuid);
        if (!id) {
            if (!known(uuid)) waitFor("a code");
            return;  // removed meanwhile; a restore takes the newest state from the log
        }
        if (newerExists(uuid, {"code.update"})) return;
        std::optional<RowId> parent;
        if (std::string p = stringField(after, "parent"); !p.empty()) {
            parent = idOf("code", p);
            if (!parent) parent = restoreCode(p);
            if (!parent) waitFor("a parent code");
            // Two copies moving codes into each other: the move that would close a loop waits
            // for a person (the code stays where it is).
            for (std::optional<RowId> a = parent; a; ) {
                if (*a == *id) {
                    Json detail = Json::object();
                    detail["code"] = uuid;
                    detail["into"] = p;
                    recordConflict("code-move", uuid, detail, {m_op->uuid});
                    parent = currentParent(*id);
                    break;
                }
                a = currentParent(*a);
            }
        }
        std::string name = placeName(NamedTable{"code", "code", "code.add"}, "ifnull(parent_id, 0) = ?", uuid,
                                     requireText(stringField(after, "name"), "a code name"), parent);
        m_db.prepare("UPDATE code SET parent_id = ?, name = ?, description = ?, colour = ? WHERE id = ?")
            .bind(1, parent).bind(2, name).bind(3, text::toNfc(stringField(after, "description")))
            .bind(4, stringField(after, "colour")).bind(5, *id).run();
    }

    std::optional<RowId> currentParent(RowId id) const {
        Statement st = m_db.prepare("SELECT parent_id FROM code WHERE id = ?");
        st.bind(1, id);
        if (!st.step() || st.columnIsNull(0)) return std::nullopt;
        return st.columnInt(0);
    }

    void applyCodeRemove(const std::string& uuid) {
        if (newerExists(uuid, {"code.add", "code.remove"})) return;
        auto id = idOf("code", uuid);
        if (!id) return;
        // Work the remover never saw (codings made meanwhile in another copy, or sub-codes that
        // still hold some) keeps the code: nothing coded is lost.
        std::int64_t codings = m_db.queryInt("SELECT count(*) FROM coding WHERE code_id = " + std::to_string(*id));
        std::int64_t children = m_db.queryInt("SELECT count(*) FROM code WHERE parent_id = " + std::to_string(*id));
        std::int64_t cells = m_db.queryInt("SELECT count(*) FROM matrix_cell WHERE code_id = " + std::to_string(*id));
        if (codings > 0 || children > 0 || cells > 0) return;  // kept: see settleRemovedCodes
        m_db.prepare("DELETE FROM code WHERE id = ?").bind(1, *id).run();
    }

    // --- codings

    RowId codeForCoding(const std::string& codeUuid) {
        if (auto id = idOf("code", codeUuid)) return *id;
        if (auto id = restoreCode(codeUuid)) return *id;
        waitFor("a code");
    }

    void applyCodingAdd(const std::string& uuid, const Json& payload) {
        if (idOf("coding", uuid) || newerExists(uuid, {"coding.add", "coding.remove"})) return;
        auto doc = idOf("document", stringField(payload, "document"));
        if (!doc) waitFor("a document");
        auto coder = idOf("coder", stringField(payload, "coder"));
        if (!coder) waitFor("a coder");
        std::int64_t start = intField(payload, "start"), end = intField(payload, "end");
        std::int64_t characters = m_db.queryInt("SELECT characters FROM document WHERE id = " + std::to_string(*doc));
        if (start < 0 || end <= start || end > characters) throw Refused{"a coded passage lies outside its document"};
        RowId code = codeForCoding(stringField(payload, "code"));
        std::string createdAt = stringField(payload, "created_at");
        if (createdAt.empty()) createdAt = m_op->at;
        m_db.prepare("INSERT INTO coding (uuid, document_id, start, end, code_id, coder_id, created_at, modified_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, uuid).bind(2, *doc).bind(3, start).bind(4, end).bind(5, code).bind(6, *coder)
            .bind(7, createdAt).bind(8, m_op->at).run();
    }

    void applyCodingRecode(const std::string& uuid, const Json& payload) {
        auto coding = idOf("coding", uuid);
        if (!coding) {
            if (!known(uuid)) waitFor("a coding");
            return;
        }
        if (newerExists(uuid, {"coding.recode"})) return;
        RowId code = codeForCoding(stringField(payload, "after"));
        m_db.prepare("UPDATE coding SET code_id = ?, modified_at = ? WHERE id = ?")
            .bind(1, code).bind(2, m_op->at).bind(3, *coding).run();
    }

    // --- memos

    void applyMemoAdd(const std::string& uuid, const Json& payload) {
        if (idOf("memo", uuid) || newerExists(uuid, {"memo.add", "memo.remove"})) return;
        std::string targetKind = stringField(payload, "target_kind");
        if (!memoTargetFromString(targetKind)) throw Refused{"a memo is attached to something unknown"};
        std::string coderUuid = stringField(payload, "coder");
        if (coderUuid.empty()) coderUuid = m_op->coderUuid;
        std::optional<RowId> coder = idOf("coder", coderUuid);
        if (!coder && !coderUuid.empty()) waitFor("a coder");
        // The newest text wins, whichever order the memo's operations came in.
        std::string title = stringField(payload, "title"), body = stringField(payload, "text");
        Statement newest = m_db.prepare(
            "SELECT payload FROM operation WHERE entity_uuid = ? AND kind = 'memo.update' ORDER BY lamport DESC, uuid DESC LIMIT 1");
        newest.bind(1, uuid);
        if (newest.step()) {
            Json update = Json::parse(newest.columnText(0));
            title = stringField(objectField(update, "after"), "title");
            body = stringField(objectField(update, "after"), "text");
        }
        m_db.prepare("INSERT INTO memo (uuid, target_kind, target_uuid, title, text, coder_id, created_at, modified_at) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            .bind(1, uuid).bind(2, targetKind).bind(3, stringField(payload, "target")).bind(4, text::toNfc(title))
            .bind(5, text::toNfc(body)).bind(6, coder).bind(7, m_op->at).bind(8, m_op->at).run();
    }

    // --- framework matrices

    void applyMatrixAdd(const std::string& uuid, const Json& payload) {
        if (idOf("matrix", uuid)) return;
        std::string rowKind = stringField(payload, "row_kind");
        if (rowKind.empty()) rowKind = "case";
        if (rowKind != "case" && rowKind != "document") throw Refused{"a framework matrix has an unknown kind of row"};
        std::vector<RowId> rows, columns;
        for (const auto& r : objectField(payload, "rows").isArray() ? objectField(payload, "rows").asArray() : Json::Array{}) {
            auto id = idOf(rowKind == "case" ? "case_" : "document", r.isString() ? r.asString() : std::string());
            if (!id) waitFor(rowKind == "case" ? "a case" : "a document");
            rows.push_back(*id);
        }
        for (const auto& c : objectField(payload, "columns").isArray() ? objectField(payload, "columns").asArray() : Json::Array{}) {
            std::string codeUuid = c.isString() ? c.asString() : std::string();
            auto id = idOf("code", codeUuid);
            if (!id) id = restoreCode(codeUuid);
            if (!id) waitFor("a code");
            columns.push_back(*id);
        }
        std::string name = placeName(kMatrices, "", uuid, requireText(stringField(payload, "name"), "a matrix name"));
        m_db.prepare("INSERT INTO matrix (uuid, name, description, created_at, row_kind) VALUES (?, ?, ?, ?, ?)")
            .bind(1, uuid).bind(2, name).bind(3, stringField(payload, "description")).bind(4, m_op->at).bind(5, rowKind).run();
        RowId id = m_db.lastInsertRowId();
        Statement row = m_db.prepare(std::string("INSERT OR IGNORE INTO matrix_row (matrix_id, ") +
                                     (rowKind == "case" ? "case_id" : "document_id") + ", ordinal) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            row.bind(1, id).bind(2, rows[i]).bind(3, static_cast<std::int64_t>(i)).run();
            row.reset();
        }
        Statement col = m_db.prepare("INSERT OR IGNORE INTO matrix_column (matrix_id, code_id, ordinal) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < columns.size(); ++i) {
            col.bind(1, id).bind(2, columns[i]).bind(3, static_cast<std::int64_t>(i)).run();
            col.reset();
        }
    }

    void applyCellSummary(const std::string& uuid, const Json& payload) {
        std::string matrixUuid = stringField(payload, "matrix");
        bool documentRow = payload.find("document") != nullptr;
        std::string rowUuid = stringField(payload, documentRow ? "document" : "case");
        std::string codeUuid = stringField(payload, "code");
        auto matrix = idOf("matrix", matrixUuid);
        if (!matrix) waitFor("a framework matrix");
        auto row = idOf(documentRow ? "document" : "case_", rowUuid);
        if (!row) waitFor(documentRow ? "a document" : "a case");
        auto code = idOf("code", codeUuid);
        if (!code) code = restoreCode(codeUuid);
        if (!code) waitFor("a code");
        const char* rowKey = documentRow ? "$.document" : "$.case";
        const std::string where = std::string("json_extract(payload, '$.matrix') = ? AND json_extract(payload, '") + rowKey +
                                  "') = ? AND json_extract(payload, '$.code') = ?";
        const Json& before = objectField(payload, "before");
        const Json& after = objectField(payload, "after");
        // Two summaries written from the same starting point: both kept for a person to settle.
        {
            Statement st = m_db.prepare("SELECT uuid, lamport, coder_uuid, payload FROM operation WHERE kind = 'matrix.cell-summary' AND " +
                                        where + " AND uuid <> ? AND origin <> ?");  // one copy's own changes are never concurrent
            st.bind(1, matrixUuid).bind(2, rowUuid).bind(3, codeUuid).bind(4, m_op->uuid).bind(5, m_origin);
            while (st.step()) {
                Json other = Json::parse(st.columnText(3));
                if (!sameBase(payload, other, objectField(other, "before") == before) || objectField(other, "after") == after)
                    continue;
                Stamp otherStamp{st.columnInt(1), st.columnText(0)};
                bool mineWins = earlier(otherStamp, m_stamp);
                auto version = [](const std::string& op, const std::string& coder, const Json& state) {
                    Json v = Json::object();
                    v["operation"] = op;
                    v["coder"] = coder;
                    v["summary"] = stringField(state, "summary");
                    v["citations"] = objectField(state, "citations").isArray() ? objectField(state, "citations") : Json::array();
                    return v;
                };
                Json mine = version(m_op->uuid, m_op->coderUuid, after);
                Json theirs = version(otherStamp.uuid, st.columnText(2), objectField(other, "after"));
                Json detail = Json::object();
                detail["matrix"] = matrixUuid;
                detail["row"] = rowUuid;
                detail["code"] = codeUuid;
                detail["before"] = stringField(mineWins ? before : objectField(other, "before"), "summary");
                detail["shown"] = mineWins ? mine : theirs;
                detail["other"] = mineWins ? theirs : mine;
                recordConflict("cell-summary", matrixUuid + "/" + rowUuid + "/" + codeUuid, detail, {m_op->uuid, otherStamp.uuid});
            }
        }
        // One identity per cell in every copy: that of the first summary written for it.
        std::string cellUuid = uuid;
        {
            Statement first = m_db.prepare("SELECT entity_uuid, lamport, uuid FROM operation WHERE kind = 'matrix.cell-summary' AND " +
                                           where + " ORDER BY lamport, uuid LIMIT 1");
            first.bind(1, matrixUuid).bind(2, rowUuid).bind(3, codeUuid);
            if (first.step() && earlier(Stamp{first.columnInt(1), first.columnText(2)}, m_stamp)) cellUuid = first.columnText(0);
        }
        const char* rowColumn = documentRow ? "document_id" : "case_id";
        if (newerKeyed("matrix.cell-summary", where, {matrixUuid, rowUuid, codeUuid})) {
            m_db.prepare(std::string("UPDATE matrix_cell SET uuid = ? WHERE matrix_id = ? AND ") + rowColumn + " = ? AND code_id = ?")
                .bind(1, cellUuid).bind(2, *matrix).bind(3, *row).bind(4, *code).run();
            return;
        }
        std::optional<RowId> coder = idOf("coder", m_op->coderUuid);
        if (!after.isObject()) {
            // Undoing a cell's first summary removes the cell.
            m_db.prepare(std::string("DELETE FROM matrix_cell WHERE matrix_id = ? AND ") + rowColumn + " = ? AND code_id = ?")
                .bind(1, *matrix).bind(2, *row).bind(3, *code).run();
            return;
        }
        writeCell(*matrix, documentRow, *row, *code, cellUuid, after, coder, m_op->at);
    }

    void applyMscSelection(const std::string& uuid, const Json& payload) {
        std::string roundUuid = stringField(payload, "round"), caseUuid = stringField(payload, "case");
        auto round = idOf("msc_round", roundUuid);
        if (!round) waitFor("a selection round");
        auto caseId = idOf("case_", caseUuid);
        if (!caseId) waitFor("a case");
        const std::string where = "json_extract(payload, '$.round') = ? AND json_extract(payload, '$.case') = ?";
        std::string selectionUuid = uuid;
        {
            Statement first = m_db.prepare("SELECT entity_uuid, lamport, uuid FROM operation WHERE kind = 'msc.selection' AND " +
                                           where + " ORDER BY lamport, uuid LIMIT 1");
            first.bind(1, roundUuid).bind(2, caseUuid);
            if (first.step() && earlier(Stamp{first.columnInt(1), first.columnText(2)}, m_stamp))
                selectionUuid = first.columnText(0);
        }
        if (newerKeyed("msc.selection", where, {roundUuid, caseUuid})) {
            m_db.prepare("UPDATE msc_selection SET uuid = ? WHERE round_id = ? AND case_id = ?")
                .bind(1, selectionUuid).bind(2, *round).bind(3, *caseId).run();
            return;
        }
        const Json& after = objectField(payload, "after");
        if (!after.isObject()) {
            m_db.prepare("DELETE FROM msc_selection WHERE round_id = ? AND case_id = ?").bind(1, *round).bind(2, *caseId).run();
            return;
        }
        std::optional<RowId> domain;
        if (std::string d = stringField(after, "domain"); !d.empty()) {
            domain = idOf("code", d);
            if (!domain) domain = restoreCode(d);
            if (!domain) waitFor("a code");
        }
        const Json* chosen = after.find("chosen");
        m_db.prepare("INSERT INTO msc_selection (uuid, round_id, case_id, domain_code_id, chosen, reason) VALUES (?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT (round_id, case_id) DO UPDATE SET uuid = excluded.uuid, domain_code_id = excluded.domain_code_id, "
                     "chosen = excluded.chosen, reason = excluded.reason")
            .bind(1, selectionUuid).bind(2, *round).bind(3, *caseId).bind(4, domain)
            .bind(5, chosen && chosen->isBool() && chosen->asBool() ? 1 : 0).bind(6, text::toNfc(stringField(after, "reason")))
            .run();
    }
};

namespace {

std::string encodePending(const IncomingOperation& in) {
    const Operation& op = in.operation;
    Json j = Json::object();
    j["uuid"] = op.uuid;
    j["lamport"] = op.lamport;
    j["coder"] = op.coderUuid;
    j["at"] = op.at;
    j["kind"] = op.kind;
    j["entity"] = op.entityUuid;
    j["payload"] = op.payload;
    j["action"] = op.actionUuid;
    j["action_kind"] = op.actionKind;
    j["action_target"] = op.actionTarget;
    if (!in.documentText.empty()) j["text"] = in.documentText;
    return j.dump();
}

IncomingOperation decodePending(const std::string& record, const std::string& origin) {
    Json j = Json::parse(record);
    IncomingOperation in;
    in.operation.uuid = stringField(j, "uuid");
    in.operation.lamport = intField(j, "lamport");
    in.operation.coderUuid = stringField(j, "coder");
    in.operation.at = stringField(j, "at");
    in.operation.kind = stringField(j, "kind");
    in.operation.entityUuid = stringField(j, "entity");
    in.operation.payload = stringField(j, "payload");
    in.operation.actionUuid = stringField(j, "action");
    in.operation.actionKind = stringField(j, "action_kind");
    in.operation.actionTarget = stringField(j, "action_target");
    in.documentText = stringField(j, "text");
    in.origin = origin;
    return in;
}

}  // namespace

IncomingReport ProjectStore::applyIncoming(const std::vector<IncomingOperation>& operations) {
    m_impl->requireWritable();
    IncomingApplier applier(*m_impl);
    sqlite::Transaction tx(m_impl->db);
    // This batch and those still waiting, in Lamport order: an operation comes after everything
    // its copy had seen when it was made.
    std::vector<IncomingOperation> batch;
    std::set<std::string> seen;
    {
        Statement st = m_impl->db.prepare("SELECT record, origin FROM sync_pending");
        while (st.step()) {
            try {
                batch.push_back(decodePending(st.columnText(0), st.columnText(1)));
            } catch (const Error&) {
            }
        }
        m_impl->db.exec("DELETE FROM sync_pending");
    }
    for (const auto& in : operations) batch.push_back(in);
    std::sort(batch.begin(), batch.end(), [](const IncomingOperation& a, const IncomingOperation& b) {
        return earlier(Stamp{a.operation.lamport, a.operation.uuid}, Stamp{b.operation.lamport, b.operation.uuid});
    });
    Statement knownOp = m_impl->db.prepare("SELECT 1 FROM operation WHERE uuid = ?");
    Statement wait = m_impl->db.prepare(
        "INSERT OR REPLACE INTO sync_pending (uuid, lamport, record, origin, reason) VALUES (?, ?, ?, ?, ?)");
    for (const auto& in : batch) {
        const Operation& op = in.operation;
        if (!canonicalUuid(op.uuid) || op.lamport < 0 || op.kind.empty()) {
            ++applier.report.refused;
            if (applier.report.refusals.size() < 10) applier.report.refusals.push_back("an operation without a valid identity");
            continue;
        }
        if (!seen.insert(op.uuid).second) {
            ++applier.report.alreadyKnown;
            continue;
        }
        knownOp.bind(1, op.uuid);
        bool isKnown = knownOp.step();
        knownOp.reset();
        if (isKnown) {
            ++applier.report.alreadyKnown;
            continue;
        }
        // Each operation is all or nothing inside the round's transaction.
        m_impl->db.exec("SAVEPOINT incoming");
        try {
            applier.apply(in);
            m_impl->db.exec("RELEASE incoming");
            ++applier.report.applied;
            applier.report.appliedOperations.push_back(op);
        } catch (const Waiting& w) {
            m_impl->db.exec("ROLLBACK TO incoming");
            m_impl->db.exec("RELEASE incoming");
            wait.bind(1, op.uuid).bind(2, op.lamport).bind(3, encodePending(in)).bind(4, in.origin).bind(5, w.what).run();
            wait.reset();
            ++applier.report.waiting;
        } catch (const Refused& r) {
            m_impl->db.exec("ROLLBACK TO incoming");
            m_impl->db.exec("RELEASE incoming");
            ++applier.report.refused;
            if (applier.report.refusals.size() < 10) applier.report.refusals.push_back(op.kind + ": " + r.why);
        } catch (const Error& e) {
            m_impl->db.exec("ROLLBACK TO incoming");
            m_impl->db.exec("RELEASE incoming");
            ++applier.report.refused;
            if (applier.report.refusals.size() < 10) applier.report.refusals.push_back(op.kind + ": " + e.message().str());
        } catch (const std::exception& e) {
            m_impl->db.exec("ROLLBACK TO incoming");
            m_impl->db.exec("RELEASE incoming");
            ++applier.report.refused;
            if (applier.report.refusals.size() < 10) applier.report.refusals.push_back(op.kind + ": " + e.what());
        }
    }
    if (applier.report.applied > 0) applier.settleDerivedState();
    tx.commit();
    return applier.report;
}

std::vector<Operation> ProjectStore::ownOperations(std::int64_t afterSequence) const {
    std::vector<Operation> out;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kOperationColumns +
                                      " FROM operation WHERE sequence > ? AND origin = '' ORDER BY sequence");
    st.bind(1, afterSequence);
    while (st.step()) out.push_back(readOperation(st));
    return out;
}

std::int64_t ProjectStore::waitingOperations() const {
    return m_impl->db.queryInt("SELECT count(*) FROM sync_pending");
}

std::vector<SyncConflict> ProjectStore::conflicts(bool withSettled) const {
    std::vector<SyncConflict> out;
    Statement st = m_impl->db.prepare(std::string("SELECT id, kind, entity_uuid, detail, settled FROM sync_conflict") +
                                      (withSettled ? "" : " WHERE settled = 0") + " ORDER BY rowid DESC");
    while (st.step())
        out.push_back(SyncConflict{st.columnText(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnInt(4) != 0});
    return out;
}

void ProjectStore::settleConflict(const std::string& id) {
    m_impl->writing([&] {
        Statement st = m_impl->db.prepare("UPDATE sync_conflict SET settled = 1 WHERE id = ?");
        st.bind(1, id).run();
        if (m_impl->db.changes() == 0) {
            Statement find = m_impl->db.prepare("SELECT 1 FROM sync_conflict WHERE id = ?");
            find.bind(1, id);
            if (!find.step())
                throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no sync conflict {which} in {file}"))
                                                    .arg("which", id)
                                                    .arg("file", m_impl->path));
        }
        m_impl->log("conflict.settle", id, Json::object());
    });
}

std::optional<std::string> ProjectStore::localSetting(const std::string& key) const {
    Statement st = m_impl->db.prepare("SELECT value FROM setting WHERE key = ?");
    st.bind(1, key);
    if (!st.step()) return std::nullopt;
    return st.columnText(0);
}

void ProjectStore::setLocalSetting(const std::string& key, const std::string& value) {
    m_impl->requireWritable();
    Statement st = m_impl->db.prepare(
        "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    st.bind(1, key).bind(2, value).run();
}

}  // namespace edau
