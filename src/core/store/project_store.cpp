// SPDX-License-Identifier: GPL-3.0-or-later
// ProjectStore: the SQLite project file, its writes, and the operation log beside each write.
#include "edau/store/project_store.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/base/sha256.h"
#include "edau/base/time.h"
#include "edau/base/uuid.h"
#include "edau/text/unicode.h"
#include "project_lock.h"
#include "project_store_impl.h"
#include "schema_migrations.h"
#include "sqlite_connection.h"

namespace edau {

using sqlite::Connection;
using sqlite::Statement;

namespace {

bool fileExists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

/// Refuses files that are plainly not SQLite databases before SQLite sees them.
void requireSqliteHeader(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwError(ErrorKind::Environment,
                   Message(EDAU_MSG("Cannot read {file}: permission denied or not a file")).arg("file", path));
    char header[16] = {};
    in.read(header, sizeof header);
    if (in.gcount() == 0)
        throwError(ErrorKind::Project,
                   Message(EDAU_MSG("{file} is not an Edau project (the file is empty)")).arg("file", path));
    if (in.gcount() < 16 || std::memcmp(header, "SQLite format 3", 16) != 0)
        throwError(ErrorKind::Project,
                   Message(EDAU_MSG("{file} is not an Edau project (it is not a database file)")).arg("file", path));
}

void configureConnection(const Connection& db, const StorageLocation& storage, bool readOnly) {
    db.exec("PRAGMA foreign_keys = ON");
    if (readOnly) return;
    // WAL lets a background reader (indexing) run beside the writer, but its shared-memory
    // file is unsafe on network file systems and sync clients may copy -wal apart from the
    // database: there, the classic rollback journal is the safe choice.
    if (storage.kind == StorageKind::Local) {
        db.exec("PRAGMA journal_mode = WAL");
    } else {
        db.exec("PRAGMA journal_mode = DELETE");
    }
    // FULL: a committed change survives a power cut as well as a crash.
    db.exec("PRAGMA synchronous = FULL");
}

Coder readCoder(const Statement& st) {
    return Coder{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3)};
}

constexpr const char* kDocumentColumns =
    "id, uuid, name, original_file_name, format, encoding, language, content_hash, characters, "
    "imported_at, case_id, language_source";

Document readDocument(const Statement& st) {
    Document d;
    d.id = st.columnInt(0);
    d.uuid = st.columnText(1);
    d.name = st.columnText(2);
    d.originalFileName = st.columnText(3);
    d.format = st.columnText(4);
    d.encoding = st.columnText(5);
    d.language = st.columnText(6);
    d.contentHash = st.columnText(7);
    d.characters = st.columnInt(8);
    d.importedAt = st.columnText(9);
    d.caseId = st.columnOptionalInt(10);
    d.languageSetByUser = st.columnText(11) == "user";
    return d;
}

constexpr const char* kCodeColumns = "id, uuid, parent_id, name, description, colour, ordinal";

Code readCode(const Statement& st) {
    Code c;
    c.id = st.columnInt(0);
    c.uuid = st.columnText(1);
    c.parentId = st.columnOptionalInt(2);
    c.name = st.columnText(3);
    c.description = st.columnText(4);
    c.colour = st.columnText(5);
    c.ordinal = st.columnInt(6);
    return c;
}

constexpr const char* kCodingColumns =
    "id, uuid, document_id, start, end, code_id, coder_id, created_at, modified_at";

Coding readCoding(const Statement& st) {
    Coding c;
    c.id = st.columnInt(0);
    c.uuid = st.columnText(1);
    c.documentId = st.columnInt(2);
    c.start = st.columnInt(3);
    c.end = st.columnInt(4);
    c.codeId = st.columnInt(5);
    c.coderId = st.columnInt(6);
    c.createdAt = st.columnText(7);
    c.modifiedAt = st.columnText(8);
    return c;
}

bool isColour(const std::string& s) {
    if (s.size() != 7 || s[0] != '#') return false;
    for (std::size_t i = 1; i < 7; ++i)
        if (!std::isxdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

std::string requireName(const std::string& name, const char* what) {
    std::string trimmed = name;
    while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
    std::size_t first = 0;
    while (first < trimmed.size() && std::isspace(static_cast<unsigned char>(trimmed[first]))) ++first;
    trimmed.erase(0, first);
    if (trimmed.empty())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("A {what} needs a name")).arg("what", what));
    if (text::findInvalidUtf8(trimmed))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("The {what} name is not valid text")).arg("what", what));
    return text::toNfc(trimmed);
}

}  // namespace

ProjectStore::ProjectStore(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}

ProjectStore::~ProjectStore() {
    if (m_impl && !m_impl->readOnly && m_impl->db.handle()) {
        // Fold the WAL back into the main file so the .edau is complete on its own when closed.
        sqlite3_wal_checkpoint_v2(m_impl->db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    }
}

std::unique_ptr<ProjectStore> ProjectStore::create(const std::string& path, const std::string& name) {
    std::string projectName = requireName(name, "project");
    if (fileExists(path))
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("{file} already exists; choose another name or folder")).arg("file", path));
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->storage = classifyStorage(path);
    impl->lock = std::make_unique<store::ProjectLock>(path);
    try {
        impl->db = Connection(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW);
        configureConnection(impl->db, impl->storage, false);
        store::migrate(impl->db);
        std::unique_ptr<ProjectStore> store(new ProjectStore(std::move(impl)));
        auto& d = *store->m_impl;
        d.writing([&] {
            std::string uuid = newUuid();
            Statement st = d.db.prepare("INSERT INTO project (id, uuid, name, created_at) VALUES (1, ?, ?, ?)");
            st.bind(1, uuid).bind(2, projectName).bind(3, utcTimestampNow());
            st.run();
            Json payload = Json::object();
            payload["name"] = projectName;
            d.log("project.create", uuid, payload);
        });
        return store;
    } catch (...) {
        // Leave nothing half-made behind.
        if (impl) impl->db = Connection();
        std::remove(path.c_str());
        std::remove((path + "-wal").c_str());
        std::remove((path + "-shm").c_str());
        std::remove((path + "-journal").c_str());
        throw;
    }
}

std::unique_ptr<ProjectStore> ProjectStore::open(const std::string& path, StoreOpenOptions options) {
    if (!fileExists(path))
        throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no project file at {file}")).arg("file", path));
    requireSqliteHeader(path);
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->readOnly = options.readOnly;
    impl->storage = classifyStorage(path);
    if (!options.readOnly) {
        try {
            impl->lock = std::make_unique<store::ProjectLock>(path);
        } catch (const Error& e) {
            if (!options.readOnlyIfLocked || e.kind() != ErrorKind::Project) throw;
            impl->readOnly = options.readOnly = true;
        }
    }
    int flags = options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    impl->db = Connection(path, flags | SQLITE_OPEN_NOFOLLOW);
    // Reading the schema catches a damaged header before anything else is tried.
    impl->db.queryInt("SELECT count(*) FROM sqlite_master");
    std::int64_t appId = impl->db.queryInt("PRAGMA application_id");
    if (appId != store::kApplicationId)
        throwError(ErrorKind::Project,
                   Message(EDAU_MSG("{file} is not an Edau project (it is a database of another program)"))
                       .arg("file", path));
    configureConnection(impl->db, impl->storage, options.readOnly);
    if (options.readOnly) {
        std::int64_t version = impl->db.queryInt("PRAGMA user_version");
        if (version > kSchemaVersion) store::migrate(impl->db);  // throws the newer-version error
        if (version < kSchemaVersion)
            throwError(ErrorKind::Project,
                       Message(EDAU_MSG("{file} uses an older project format; open it once for writing to update it"))
                           .arg("file", path));
    } else {
        store::migrate(impl->db);
    }
    return std::unique_ptr<ProjectStore>(new ProjectStore(std::move(impl)));
}

const std::string& ProjectStore::path() const { return m_impl->path; }
bool ProjectStore::readOnly() const { return m_impl->readOnly; }
StorageLocation ProjectStore::storage() const { return m_impl->storage; }

std::string ProjectStore::projectUuid() const {
    Statement st = m_impl->db.prepare("SELECT uuid FROM project WHERE id = 1");
    return st.step() ? st.columnText(0) : std::string();
}

std::string ProjectStore::projectName() const {
    Statement st = m_impl->db.prepare("SELECT name FROM project WHERE id = 1");
    return st.step() ? st.columnText(0) : std::string();
}

void ProjectStore::renameProject(const std::string& name) {
    std::string newName = requireName(name, "project");
    m_impl->writing([&] {
        std::string old = projectName();
        Statement st = m_impl->db.prepare("UPDATE project SET name = ? WHERE id = 1");
        st.bind(1, newName).run();
        Json payload = Json::object();
        payload["before"] = old;
        payload["after"] = newName;
        m_impl->log("project.rename", projectUuid(), payload);
    });
}

int ProjectStore::schemaVersion() const { return static_cast<int>(m_impl->db.queryInt("PRAGMA user_version")); }

ProjectCounts ProjectStore::counts() const {
    const auto& db = m_impl->db;
    ProjectCounts c;
    c.documents = db.queryInt("SELECT count(*) FROM document");
    c.cases = db.queryInt("SELECT count(*) FROM case_");
    c.codes = db.queryInt("SELECT count(*) FROM code");
    c.codings = db.queryInt("SELECT count(*) FROM coding");
    c.coders = db.queryInt("SELECT count(*) FROM coder");
    c.memos = db.queryInt("SELECT count(*) FROM memo");
    c.matrices = db.queryInt("SELECT count(*) FROM matrix");
    c.operations = db.queryInt("SELECT count(*) FROM operation");
    return c;
}

std::vector<Message> ProjectStore::integrityProblems() const {
    const auto& db = m_impl->db;
    const std::string& file = m_impl->path;
    std::vector<Message> problems;
    {
        Statement st = db.prepare("PRAGMA integrity_check");
        while (st.step()) {
            std::string row = st.columnText(0);
            if (row != "ok")
                problems.push_back(Message(EDAU_MSG("Database damage in {file}: {detail}")).arg("file", file).arg("detail", row));
        }
    }
    {
        Statement st = db.prepare("PRAGMA foreign_key_check");
        while (st.step())
            problems.push_back(Message(EDAU_MSG("A {table} row in {file} points to something that no longer exists"))
                                   .arg("table", st.columnText(0))
                                   .arg("file", file));
    }
    {
        Statement st = db.prepare("SELECT d.name, t.text, d.content_hash, d.characters FROM document d LEFT JOIN document_text t ON t.document_id = d.id");
        while (st.step()) {
            std::string name = st.columnText(0);
            std::string textValue = st.columnText(1);
            if (!text::isNfc(textValue))
                problems.push_back(Message(EDAU_MSG("The text of document {document} is not in normal form (NFC)")).arg("document", name));
            if (sha256Hex(textValue) != st.columnText(2))
                problems.push_back(Message(EDAU_MSG("The text of document {document} no longer matches its content hash")).arg("document", name));
            if (text::codePointCount(textValue) != st.columnInt(3))
                problems.push_back(Message(EDAU_MSG("The stored length of document {document} is wrong")).arg("document", name));
        }
    }
    {
        Statement st = db.prepare(
            "SELECT c.uuid, d.name FROM coding c JOIN document d ON d.id = c.document_id WHERE c.end > d.characters "
            "UNION ALL SELECT t.uuid, d.name FROM turn t JOIN document d ON d.id = t.document_id WHERE t.end > d.characters");
        while (st.step())
            problems.push_back(Message(EDAU_MSG("A passage {item} lies beyond the end of document {document}"))
                                   .arg("item", st.columnText(0))
                                   .arg("document", st.columnText(1)));
    }
    if (db.queryInt("SELECT count(*) FROM project") != 1)
        problems.push_back(Message(EDAU_MSG("{file} has no project record")).arg("file", file));
    return problems;
}

void ProjectStore::write(const std::function<void()>& work) { m_impl->writing([&] { work(); }); }

void ProjectStore::setBulkWrites(bool on) {
    if (m_impl->readOnly || m_impl->storage.kind != StorageKind::Local) return;
    if (on) {
        m_impl->db.exec("PRAGMA synchronous = NORMAL");
    } else {
        m_impl->db.exec("PRAGMA synchronous = FULL");
        // A checkpoint writes the log into the file and syncs both: the whole run is on disk.
        sqlite3_wal_checkpoint_v2(m_impl->db.handle(), nullptr, SQLITE_CHECKPOINT_FULL, nullptr, nullptr);
    }
}

// --- coders

Coder ProjectStore::addCoder(const std::string& name, const std::string& uuid) {
    std::string coderName = requireName(name, "coder");
    return m_impl->writing([&] {
        if (coderByName(coderName))
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("There is already a coder called {name}")).arg("name", coderName));
        Coder c{0, m_impl->identityFor("coder", uuid), coderName, utcTimestampNow()};
        Statement st = m_impl->db.prepare("INSERT INTO coder (uuid, name, created_at) VALUES (?, ?, ?)");
        st.bind(1, c.uuid).bind(2, c.name).bind(3, c.createdAt).run();
        c.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["name"] = c.name;
        m_impl->log("coder.add", c.uuid, payload);
        return c;
    });
}

std::optional<Coder> ProjectStore::coderByName(const std::string& name) const {
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, created_at FROM coder WHERE name = ?");
    st.bind(1, text::toNfc(name));
    if (!st.step()) return std::nullopt;
    return readCoder(st);
}

std::optional<Coder> ProjectStore::coderById(RowId id) const {
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, created_at FROM coder WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readCoder(st);
}

std::vector<Coder> ProjectStore::coders() const {
    std::vector<Coder> out;
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, created_at FROM coder ORDER BY id");
    while (st.step()) out.push_back(readCoder(st));
    return out;
}

void ProjectStore::setCurrentCoder(RowId coderId) {
    m_impl->writing([&] {
        auto coder = coderById(coderId);
        if (!coder) m_impl->notFound(Impl::Thing::Coder, std::to_string(coderId));
        Statement st = m_impl->db.prepare("UPDATE project SET current_coder = ? WHERE id = 1");
        st.bind(1, coderId).run();
        Json payload = Json::object();
        payload["coder"] = coder->uuid;
        m_impl->log("project.current-coder", projectUuid(), payload);
    });
}

std::optional<Coder> ProjectStore::currentCoder() const {
    Statement st = m_impl->db.prepare(
        "SELECT c.id, c.uuid, c.name, c.created_at FROM project p JOIN coder c ON c.id = p.current_coder");
    if (!st.step()) return std::nullopt;
    return readCoder(st);
}

// --- documents

Document ProjectStore::addDocument(const DocumentDraft& draft, const std::vector<Turn>& turns, const std::string& uuid) {
    std::string name = requireName(draft.name, "document");
    if (draft.format.empty())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Document {document} has no format")).arg("document", name));
    std::string textValue;
    try {
        textValue = text::toNfc(draft.text);
    } catch (const Error& e) {
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("Document {document}: {reason}"))
                                            .arg("document", name)
                                            .arg("reason", e.message().str()));
    }
    Document d;
    d.name = name;
    d.originalFileName = draft.originalFileName;
    d.format = draft.format;
    d.encoding = draft.encoding;
    d.language = draft.language;
    d.languageSetByUser = draft.languageSetByUser;
    d.contentHash = sha256Hex(textValue);
    d.characters = text::codePointCount(textValue);
    d.importedAt = utcTimestampNow();
    for (const auto& t : turns) {
        if (t.start < 0 || t.end < t.start || t.end > d.characters)
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("A speaker turn in {document} lies outside its text ({start}-{end} of {length})"))
                           .arg("document", name)
                           .arg("start", t.start)
                           .arg("end", t.end)
                           .arg("length", d.characters));
    }
    return m_impl->writing([&] {
        if (documentByName(name))
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("There is already a document called {document} in the project")).arg("document", name));
        d.uuid = m_impl->identityFor("document", uuid);
        Statement st = m_impl->db.prepare(
            "INSERT INTO document (uuid, name, original_file_name, format, encoding, language, "
            "content_hash, characters, imported_at, language_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, d.uuid).bind(2, d.name).bind(3, d.originalFileName).bind(4, d.format).bind(5, d.encoding);
        st.bind(6, d.language).bind(7, d.contentHash).bind(8, d.characters).bind(9, d.importedAt);
        st.bind(10, d.languageSetByUser ? "user" : "guess");
        st.run();
        d.id = m_impl->db.lastInsertRowId();
        Statement body = m_impl->db.prepare("INSERT INTO document_text (document_id, text) VALUES (?, ?)");
        body.bind(1, d.id).bind(2, textValue).run();
        Statement ins = m_impl->db.prepare(
            "INSERT INTO turn (uuid, document_id, ordinal, speaker, start, end, timestamp_ms) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Json turnList = Json::array();
        std::int64_t ordinal = 0;
        for (const auto& t : turns) {
            std::string turnUuid = t.uuid.empty() ? newUuid() : t.uuid;
            std::string speaker = text::toNfc(t.speaker);
            ins.bind(1, turnUuid).bind(2, d.id).bind(3, ordinal++).bind(4, speaker).bind(5, t.start).bind(6, t.end);
            ins.bind(7, t.timestampMs);
            ins.run();
            ins.reset();
            Json turn = Json::object();
            turn["uuid"] = turnUuid;
            turn["speaker"] = speaker;
            turn["start"] = t.start;
            turn["end"] = t.end;
            if (t.timestampMs) turn["timestamp_ms"] = *t.timestampMs;
            turnList.push(std::move(turn));
        }
        Json payload = Json::object();
        payload["name"] = d.name;
        payload["original_file_name"] = d.originalFileName;
        payload["format"] = d.format;
        payload["encoding"] = d.encoding;
        payload["language"] = d.language;
        payload["language_source"] = d.languageSetByUser ? "user" : "guess";
        // The text itself is not repeated here: it never changes after import, and the
        // document row holds it under this hash for whoever replays the log.
        payload["content_hash"] = d.contentHash;
        payload["characters"] = d.characters;
        payload["turns"] = std::move(turnList);
        m_impl->log("document.add", d.uuid, payload);
        return d;
    });
}

std::optional<Document> ProjectStore::documentById(RowId id) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kDocumentColumns + " FROM document WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readDocument(st);
}

std::optional<Document> ProjectStore::documentByUuid(const std::string& uuid) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kDocumentColumns + " FROM document WHERE uuid = ?");
    st.bind(1, uuid);
    if (!st.step()) return std::nullopt;
    return readDocument(st);
}

std::optional<Document> ProjectStore::documentByName(const std::string& name) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kDocumentColumns + " FROM document WHERE name = ?");
    st.bind(1, text::toNfc(name));
    if (!st.step()) return std::nullopt;
    return readDocument(st);
}

std::vector<Document> ProjectStore::documents() const {
    std::vector<Document> out;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kDocumentColumns + " FROM document ORDER BY id");
    while (st.step()) out.push_back(readDocument(st));
    return out;
}

std::string ProjectStore::documentText(RowId documentId) const {
    Statement st = m_impl->db.prepare("SELECT text FROM document_text WHERE document_id = ?");
    st.bind(1, documentId);
    if (!st.step()) m_impl->notFound(Impl::Thing::Document, std::to_string(documentId));
    return st.columnText(0);
}

std::vector<Turn> ProjectStore::turns(RowId documentId) const {
    std::vector<Turn> out;
    Statement st = m_impl->db.prepare(
        "SELECT id, uuid, document_id, ordinal, speaker, start, end, timestamp_ms FROM turn "
        "WHERE document_id = ? ORDER BY ordinal");
    st.bind(1, documentId);
    while (st.step()) {
        Turn t;
        t.id = st.columnInt(0);
        t.uuid = st.columnText(1);
        t.documentId = st.columnInt(2);
        t.ordinal = st.columnInt(3);
        t.speaker = st.columnText(4);
        t.start = st.columnInt(5);
        t.end = st.columnInt(6);
        t.timestampMs = st.columnOptionalInt(7);
        out.push_back(std::move(t));
    }
    return out;
}

void ProjectStore::setDocumentCase(RowId documentId, std::optional<RowId> caseId) {
    m_impl->writing([&] {
        auto doc = documentById(documentId);
        if (!doc) m_impl->notFound(Impl::Thing::Document, std::to_string(documentId));
        std::string caseUuid;
        if (caseId) {
            caseUuid = m_impl->uuidOf("case_", *caseId);
            if (caseUuid.empty()) m_impl->notFound(Impl::Thing::Case, std::to_string(*caseId));
        }
        Statement st = m_impl->db.prepare("UPDATE document SET case_id = ? WHERE id = ?");
        st.bind(1, caseId).bind(2, documentId).run();
        Json payload = Json::object();
        payload["before"] = doc->caseId ? Json(m_impl->uuidOf("case_", *doc->caseId)) : Json();
        payload["after"] = caseId ? Json(caseUuid) : Json();
        m_impl->log("document.set-case", doc->uuid, payload);
    });
}

// --- cases and attributes

Case ProjectStore::addCase(const std::string& name, const std::string& description, const std::string& uuid) {
    std::string caseName = requireName(name, "case");
    return m_impl->writing([&] {
        if (caseByName(caseName))
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("There is already a case called {name}")).arg("name", caseName));
        Case c{0, m_impl->identityFor("case_", uuid), caseName, text::toNfc(description)};
        Statement st = m_impl->db.prepare("INSERT INTO case_ (uuid, name, description) VALUES (?, ?, ?)");
        st.bind(1, c.uuid).bind(2, c.name).bind(3, c.description).run();
        c.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["name"] = c.name;
        payload["description"] = c.description;
        m_impl->log("case.add", c.uuid, payload);
        return c;
    });
}

std::optional<Case> ProjectStore::caseByName(const std::string& name) const {
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, description FROM case_ WHERE name = ?");
    st.bind(1, text::toNfc(name));
    if (!st.step()) return std::nullopt;
    return Case{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3)};
}

std::optional<Case> ProjectStore::caseById(RowId id) const {
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, description FROM case_ WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return Case{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3)};
}

std::vector<Case> ProjectStore::cases() const {
    std::vector<Case> out;
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, description FROM case_ ORDER BY id");
    while (st.step()) out.push_back(Case{st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3)});
    return out;
}

std::vector<RowId> ProjectStore::caseDocuments(RowId caseId) const {
    std::vector<RowId> out;
    Statement st = m_impl->db.prepare("SELECT id FROM document WHERE case_id = ? ORDER BY id");
    st.bind(1, caseId);
    while (st.step()) out.push_back(st.columnInt(0));
    return out;
}

Attribute ProjectStore::addAttribute(const std::string& name, AttributeType type, const std::string& uuid) {
    std::string attrName = requireName(name, "attribute");
    return m_impl->writing([&] {
        if (attributeByName(attrName))
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("There is already an attribute called {name}")).arg("name", attrName));
        Attribute a{0, m_impl->identityFor("attribute", uuid), attrName, type, m_impl->db.queryInt("SELECT count(*) FROM attribute")};
        Statement st = m_impl->db.prepare("INSERT INTO attribute (uuid, name, type, ordinal) VALUES (?, ?, ?, ?)");
        st.bind(1, a.uuid).bind(2, a.name).bind(3, toString(a.type)).bind(4, a.ordinal).run();
        a.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["name"] = a.name;
        payload["type"] = toString(a.type);
        m_impl->log("attribute.add", a.uuid, payload);
        return a;
    });
}

std::optional<Attribute> ProjectStore::attributeByName(const std::string& name) const {
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, type, ordinal FROM attribute WHERE name = ?");
    st.bind(1, text::toNfc(name));
    if (!st.step()) return std::nullopt;
    return Attribute{st.columnInt(0), st.columnText(1), st.columnText(2),
                     attributeTypeFromString(st.columnText(3)).value_or(AttributeType::Text), st.columnInt(4)};
}

std::vector<Attribute> ProjectStore::attributes() const {
    std::vector<Attribute> out;
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, type, ordinal FROM attribute ORDER BY ordinal, id");
    while (st.step())
        out.push_back(Attribute{st.columnInt(0), st.columnText(1), st.columnText(2),
                                attributeTypeFromString(st.columnText(3)).value_or(AttributeType::Text), st.columnInt(4)});
    return out;
}

void ProjectStore::setAttributeValue(RowId caseId, RowId attributeId, const std::string& value) {
    std::string v = text::toNfc(value);
    m_impl->writing([&] {
        std::string caseUuid = m_impl->uuidOf("case_", caseId);
        if (caseUuid.empty()) m_impl->notFound(Impl::Thing::Case, std::to_string(caseId));
        std::string attrUuid = m_impl->uuidOf("attribute", attributeId);
        if (attrUuid.empty()) m_impl->notFound(Impl::Thing::Attribute, std::to_string(attributeId));
        Json before;
        {
            Statement old = m_impl->db.prepare("SELECT value FROM attribute_value WHERE case_id = ? AND attribute_id = ?");
            old.bind(1, caseId).bind(2, attributeId);
            if (old.step()) before = old.columnText(0);
        }
        if (before.isString() && before.asString() == v) return;  // nothing changes, nothing logged
        Statement st = m_impl->db.prepare(
            "INSERT INTO attribute_value (case_id, attribute_id, value) VALUES (?, ?, ?) "
            "ON CONFLICT (case_id, attribute_id) DO UPDATE SET value = excluded.value");
        st.bind(1, caseId).bind(2, attributeId).bind(3, v).run();
        Json payload = Json::object();
        payload["attribute"] = attrUuid;
        payload["before"] = before;
        payload["after"] = v;
        m_impl->log("case.set-attribute", caseUuid, payload);
    });
}

std::vector<AttributeValue> ProjectStore::attributeValues(RowId caseId) const {
    std::vector<AttributeValue> out;
    Statement st = m_impl->db.prepare(
        "SELECT v.case_id, v.attribute_id, v.value FROM attribute_value v JOIN attribute a ON a.id = v.attribute_id "
        "WHERE v.case_id = ? ORDER BY a.ordinal, a.id");
    st.bind(1, caseId);
    while (st.step()) out.push_back(AttributeValue{st.columnInt(0), st.columnInt(1), st.columnText(2)});
    return out;
}

// --- codebook

Code ProjectStore::addCode(const std::string& name, std::optional<RowId> parentId, const std::string& description,
                           const std::string& colour, const std::string& uuid) {
    std::string codeName = requireName(name, "code");
    if (!colour.empty() && !isColour(colour))
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("The colour {colour} is not of the form #RRGGBB")).arg("colour", colour));
    return m_impl->writing([&] {
        std::string parentUuid;
        if (parentId) {
            parentUuid = m_impl->uuidOf("code", *parentId);
            if (parentUuid.empty()) m_impl->notFound(Impl::Thing::Code, std::to_string(*parentId));
        }
        Statement exists = m_impl->db.prepare("SELECT 1 FROM code WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ?");
        exists.bind(1, parentId).bind(2, codeName);
        if (exists.step())
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("There is already a code called {name} in the same place in the codebook")).arg("name", codeName));
        Code c;
        c.uuid = m_impl->identityFor("code", uuid);
        c.parentId = parentId;
        c.name = codeName;
        c.description = text::toNfc(description);
        c.colour = colour;
        Statement ord = m_impl->db.prepare("SELECT count(*) FROM code WHERE ifnull(parent_id, 0) = ifnull(?, 0)");
        ord.bind(1, parentId);
        ord.step();
        c.ordinal = ord.columnInt(0);
        Statement st = m_impl->db.prepare(
            "INSERT INTO code (uuid, parent_id, name, description, colour, ordinal) VALUES (?, ?, ?, ?, ?, ?)");
        st.bind(1, c.uuid).bind(2, parentId).bind(3, c.name).bind(4, c.description).bind(5, c.colour).bind(6, c.ordinal);
        st.run();
        c.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["name"] = c.name;
        payload["parent"] = parentId ? Json(parentUuid) : Json();
        payload["description"] = c.description;
        payload["colour"] = c.colour;
        payload["ordinal"] = c.ordinal;
        m_impl->log("code.add", c.uuid, payload);
        return c;
    });
}

std::optional<Code> ProjectStore::codeById(RowId id) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCodeColumns + " FROM code WHERE id = ?");
    st.bind(1, id);
    if (!st.step()) return std::nullopt;
    return readCode(st);
}

std::optional<Code> ProjectStore::codeByUuid(const std::string& uuid) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCodeColumns + " FROM code WHERE uuid = ?");
    st.bind(1, uuid);
    if (!st.step()) return std::nullopt;
    return readCode(st);
}

std::vector<Code> ProjectStore::codes() const {
    // Depth-first order: each parent followed by its children, siblings by ordinal.
    std::vector<Code> all;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCodeColumns + " FROM code ORDER BY ordinal, id");
    while (st.step()) all.push_back(readCode(st));
    std::vector<Code> out;
    out.reserve(all.size());
    std::function<void(std::optional<RowId>)> visit = [&](std::optional<RowId> parent) {
        for (const auto& c : all)
            if (c.parentId == parent) {
                out.push_back(c);
                visit(c.id);
            }
    };
    visit(std::nullopt);
    return out;
}

void ProjectStore::updateCode(const Code& code) {
    std::string codeName = requireName(code.name, "code");
    if (!code.colour.empty() && !isColour(code.colour))
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("The colour {colour} is not of the form #RRGGBB")).arg("colour", code.colour));
    m_impl->writing([&] {
        auto old = codeById(code.id);
        if (!old) m_impl->notFound(Impl::Thing::Code, std::to_string(code.id));
        // A code may not become its own ancestor.
        for (auto p = code.parentId; p; p = codeById(*p) ? codeById(*p)->parentId : std::nullopt)
            if (*p == code.id)
                throwError(ErrorKind::Usage,
                           Message(EDAU_MSG("Code {name} cannot be moved inside itself")).arg("name", codeName));
        Statement st = m_impl->db.prepare(
            "UPDATE code SET parent_id = ?, name = ?, description = ?, colour = ?, ordinal = ? WHERE id = ?");
        st.bind(1, code.parentId).bind(2, codeName).bind(3, text::toNfc(code.description)).bind(4, code.colour);
        st.bind(5, code.ordinal).bind(6, code.id).run();
        auto describe = [&](const Code& c) {
            Json j = Json::object();
            j["name"] = c.name;
            j["parent"] = c.parentId ? Json(m_impl->uuidOf("code", *c.parentId)) : Json();
            j["description"] = c.description;
            j["colour"] = c.colour;
            j["ordinal"] = c.ordinal;
            return j;
        };
        Json payload = Json::object();
        payload["before"] = describe(*old);
        payload["after"] = describe(*codeById(code.id));
        m_impl->log("code.update", old->uuid, payload);
    });
}


std::int64_t ProjectStore::codingsUnder(RowId codeId) const {
    Statement st = m_impl->db.prepare(
        "WITH RECURSIVE tree(id) AS (SELECT ? UNION ALL SELECT c.id FROM code c JOIN tree t ON c.parent_id = t.id) "
        "SELECT count(*) FROM coding WHERE code_id IN (SELECT id FROM tree)");
    st.bind(1, codeId);
    st.step();
    return st.columnInt(0);
}

void ProjectStore::removeCode(RowId codeId) {
    m_impl->writing([&] {
        auto code = codeById(codeId);
        if (!code) m_impl->notFound(Impl::Thing::Code, std::to_string(codeId));
        // Children first, so every logged removal can be replayed (and undone) on its own.
        for (const auto& c : codes())
            if (c.parentId == codeId) removeCode(c.id);
        Statement find = m_impl->db.prepare("SELECT id FROM coding WHERE code_id = ? ORDER BY id");
        find.bind(1, codeId);
        std::vector<RowId> codingIds;
        while (find.step()) codingIds.push_back(find.columnInt(0));
        for (RowId id : codingIds) removeCoding(id);
        // The code's framework cells go with it, each logged, so that other copies can tell the
        // summaries this removal saw from ones written meanwhile (see applyIncoming).
        {
            Statement cells = m_impl->db.prepare(
                "SELECT c.id, c.uuid, m.uuid, cs.uuid, d.uuid, c.summary FROM matrix_cell c JOIN matrix m ON m.id = c.matrix_id "
                "LEFT JOIN case_ cs ON cs.id = c.case_id LEFT JOIN document d ON d.id = c.document_id WHERE c.code_id = ? ORDER BY c.id");
            cells.bind(1, codeId);
            std::vector<std::pair<RowId, Json>> removed;
            while (cells.step()) {
                Json before = Json::object();
                before["summary"] = cells.columnText(5);
                Json citations = Json::array();
                Statement cites = m_impl->db.prepare("SELECT coding_uuid FROM cell_citation WHERE cell_id = ? ORDER BY ordinal");
                cites.bind(1, cells.columnInt(0));
                while (cites.step()) citations.push(cites.columnText(0));
                before["citations"] = std::move(citations);
                Json payload = Json::object();
                payload["matrix"] = cells.columnText(2);
                if (cells.columnIsNull(4)) payload["case"] = cells.columnText(3);
                else payload["document"] = cells.columnText(4);
                payload["code"] = code->uuid;
                payload["before"] = std::move(before);
                payload["after"] = Json();
                payload["cell"] = cells.columnText(1);
                removed.emplace_back(cells.columnInt(0), std::move(payload));
            }
            for (auto& [cellId, payload] : removed) {
                Statement del = m_impl->db.prepare("DELETE FROM matrix_cell WHERE id = ?");
                del.bind(1, cellId).run();
                std::string cellUuid = payload.find("cell")->asString();
                m_impl->log("matrix.cell-summary", cellUuid, payload);
            }
        }
        Json payload = Json::object();
        payload["name"] = code->name;
        payload["parent"] = code->parentId ? Json(m_impl->uuidOf("code", *code->parentId)) : Json();
        payload["description"] = code->description;
        payload["colour"] = code->colour;
        payload["ordinal"] = code->ordinal;
        Statement del = m_impl->db.prepare("DELETE FROM code WHERE id = ?");
        del.bind(1, codeId).run();
        m_impl->log("code.remove", code->uuid, payload);
    });
}

void ProjectStore::mergeCode(RowId source, RowId target) {
    m_impl->writing([&] {
        auto from = codeById(source);
        auto into = codeById(target);
        if (!from) m_impl->notFound(Impl::Thing::Code, std::to_string(source));
        if (!into) m_impl->notFound(Impl::Thing::Code, std::to_string(target));
        for (auto p = into->parentId; p; p = codeById(*p) ? codeById(*p)->parentId : std::nullopt)
            if (*p == source || target == source)
                throwError(ErrorKind::Usage,
                           Message(EDAU_MSG("Code {name} cannot be merged into itself or one of its own sub-codes")).arg("name", from->name));
        if (target == source)
            throwError(ErrorKind::Usage,
                       Message(EDAU_MSG("Code {name} cannot be merged into itself or one of its own sub-codes")).arg("name", from->name));
        std::string targetUuid = into->uuid;
        Statement find = m_impl->db.prepare("SELECT id, uuid FROM coding WHERE code_id = ? ORDER BY id");
        find.bind(1, source);
        std::vector<std::pair<RowId, std::string>> moved;
        while (find.step()) moved.emplace_back(find.columnInt(0), find.columnText(1));
        Statement recode = m_impl->db.prepare("UPDATE coding SET code_id = ?, modified_at = ? WHERE id = ?");
        for (const auto& [id, uuid] : moved) {
            recode.bind(1, target).bind(2, utcTimestampNow()).bind(3, id).run();
            recode.reset();
            Json payload = Json::object();
            payload["before"] = from->uuid;
            payload["after"] = targetUuid;
            m_impl->log("coding.recode", uuid, payload);
        }
        for (auto child : codes()) {
            if (child.parentId != source) continue;
            child.parentId = target;
            updateCode(child);
        }
        removeCode(source);
    });
}

std::vector<Coding> ProjectStore::codingsOfDocument(RowId documentId, CodingScope scope) const {
    std::vector<Coding> out;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCodingColumns + " FROM coding WHERE document_id = ?" +
                                      m_impl->shownCodings(scope) + " ORDER BY start, end, id");
    st.bind(1, documentId);
    while (st.step()) out.push_back(readCoding(st));
    return out;
}

std::vector<std::tuple<RowId, RowId, std::int64_t>> ProjectStore::codingCountsByCaseAndCode() const {
    std::vector<std::tuple<RowId, RowId, std::int64_t>> out;
    Statement st = m_impl->db.prepare(
        std::string("SELECT d.case_id, c.code_id, count(*) FROM coding c JOIN document d ON d.id = c.document_id ") +
        "WHERE d.case_id IS NOT NULL" + m_impl->shownCodings(CodingScope::Shown, "c.") + " GROUP BY d.case_id, c.code_id");
    while (st.step()) out.emplace_back(st.columnInt(0), st.columnInt(1), st.columnInt(2));
    return out;
}

std::vector<std::tuple<RowId, RowId, std::int64_t>> ProjectStore::codingCountsByDocumentAndCode() const {
    std::vector<std::tuple<RowId, RowId, std::int64_t>> out;
    Statement st = m_impl->db.prepare("SELECT document_id, code_id, count(*) FROM coding WHERE 1" +
                                      m_impl->shownCodings(CodingScope::Shown) + " GROUP BY document_id, code_id");
    while (st.step()) out.emplace_back(st.columnInt(0), st.columnInt(1), st.columnInt(2));
    return out;
}

void ProjectStore::updateMemo(RowId memoId, const std::string& title, const std::string& textValue) {
    m_impl->writing([&] {
        Statement find = m_impl->db.prepare("SELECT uuid, title, text FROM memo WHERE id = ?");
        find.bind(1, memoId);
        if (!find.step()) m_impl->notFound(Impl::Thing::Memo, std::to_string(memoId));
        std::string uuid = find.columnText(0);
        Json before = Json::object(), after = Json::object();
        before["title"] = find.columnText(1);
        before["text"] = find.columnText(2);
        after["title"] = text::toNfc(title);
        after["text"] = text::toNfc(textValue);
        Statement st = m_impl->db.prepare("UPDATE memo SET title = ?, text = ?, modified_at = ? WHERE id = ?");
        st.bind(1, after.find("title")->asString()).bind(2, after.find("text")->asString()).bind(3, utcTimestampNow());
        st.bind(4, memoId).run();
        Json payload = Json::object();
        payload["before"] = std::move(before);
        payload["after"] = std::move(after);
        m_impl->log("memo.update", uuid, payload);
    });
}

void ProjectStore::removeMemo(RowId memoId) {
    m_impl->writing([&] {
        Statement find = m_impl->db.prepare("SELECT uuid, target_kind, target_uuid, title, text FROM memo WHERE id = ?");
        find.bind(1, memoId);
        if (!find.step()) m_impl->notFound(Impl::Thing::Memo, std::to_string(memoId));
        Json payload = Json::object();
        std::string uuid = find.columnText(0);
        payload["target_kind"] = find.columnText(1);
        payload["target"] = find.columnText(2);
        payload["title"] = find.columnText(3);
        payload["text"] = find.columnText(4);
        Statement del = m_impl->db.prepare("DELETE FROM memo WHERE id = ?");
        del.bind(1, memoId).run();
        m_impl->log("memo.remove", uuid, payload);
    });
}

// --- codings

Coding ProjectStore::addCoding(RowId documentId, std::int64_t start, std::int64_t end, RowId codeId, RowId coderId,
                                const std::string& uuid) {
    return m_impl->writing([&] {
        auto doc = documentById(documentId);
        if (!doc) m_impl->notFound(Impl::Thing::Document, std::to_string(documentId));
        if (start < 0 || end <= start || end > doc->characters)
            throwError(ErrorKind::Usage,
                       Message(EDAU_MSG("The passage {start}-{end} is not inside document {document} (0-{length})"))
                           .arg("start", start)
                           .arg("end", end)
                           .arg("document", doc->name)
                           .arg("length", doc->characters));
        std::string codeUuid = m_impl->uuidOf("code", codeId);
        if (codeUuid.empty()) m_impl->notFound(Impl::Thing::Code, std::to_string(codeId));
        std::string coderUuid = m_impl->uuidOf("coder", coderId);
        if (coderUuid.empty()) m_impl->notFound(Impl::Thing::Coder, std::to_string(coderId));
        Coding c;
        c.uuid = m_impl->identityFor("coding", uuid);
        c.documentId = documentId;
        c.start = start;
        c.end = end;
        c.codeId = codeId;
        c.coderId = coderId;
        c.createdAt = c.modifiedAt = utcTimestampNow();
        Statement st = m_impl->db.prepare(
            "INSERT INTO coding (uuid, document_id, start, end, code_id, coder_id, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, c.uuid).bind(2, documentId).bind(3, start).bind(4, end).bind(5, codeId).bind(6, coderId);
        st.bind(7, c.createdAt).bind(8, c.modifiedAt).run();
        c.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["document"] = doc->uuid;
        payload["start"] = start;
        payload["end"] = end;
        payload["code"] = codeUuid;
        payload["coder"] = coderUuid;
        m_impl->log("coding.add", c.uuid, payload);
        return c;
    });
}

std::optional<Coding> ProjectStore::codingByUuid(const std::string& uuid) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCodingColumns + " FROM coding WHERE uuid = ?");
    st.bind(1, uuid);
    if (!st.step()) return std::nullopt;
    return readCoding(st);
}

std::vector<Coding> ProjectStore::codings(CodingScope scope) const {
    std::vector<Coding> out;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCodingColumns + " FROM coding WHERE 1" +
                                      m_impl->shownCodings(scope) + " ORDER BY id");
    while (st.step()) out.push_back(readCoding(st));
    return out;
}

void ProjectStore::removeCoding(RowId codingId) {
    m_impl->writing([&] {
        Statement find = m_impl->db.prepare(std::string("SELECT ") + kCodingColumns + " FROM coding WHERE id = ?");
        find.bind(1, codingId);
        if (!find.step()) m_impl->notFound(Impl::Thing::Coding, std::to_string(codingId));
        Coding c = readCoding(find);
        Statement st = m_impl->db.prepare("DELETE FROM coding WHERE id = ?");
        st.bind(1, codingId).run();
        Json payload = Json::object();
        payload["document"] = m_impl->uuidOf("document", c.documentId);
        payload["start"] = c.start;
        payload["end"] = c.end;
        payload["code"] = m_impl->uuidOf("code", c.codeId);
        payload["coder"] = m_impl->uuidOf("coder", c.coderId);
        payload["created_at"] = c.createdAt;
        m_impl->log("coding.remove", c.uuid, payload);
    });
}

// --- memos

Memo ProjectStore::addMemo(MemoTarget target, const std::string& targetUuid, const std::string& title,
                           const std::string& textValue, const std::string& uuid, std::optional<RowId> coderId) {
    return m_impl->writing([&] {
        Memo m;
        m.uuid = m_impl->identityFor("memo", uuid);
        m.targetKind = target;
        m.targetUuid = targetUuid;
        m.title = text::toNfc(title);
        m.text = text::toNfc(textValue);
        if (coderId) {
            if (!coderById(*coderId)) m_impl->notFound(Impl::Thing::Coder, std::to_string(*coderId));
            m.coderId = coderId;
        } else if (auto coder = currentCoder()) {
            m.coderId = coder->id;
        }
        m.createdAt = m.modifiedAt = utcTimestampNow();
        Statement st = m_impl->db.prepare(
            "INSERT INTO memo (uuid, target_kind, target_uuid, title, text, coder_id, created_at, modified_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        st.bind(1, m.uuid).bind(2, toString(target)).bind(3, targetUuid).bind(4, m.title).bind(5, m.text);
        st.bind(6, m.coderId).bind(7, m.createdAt).bind(8, m.modifiedAt).run();
        m.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["target_kind"] = toString(target);
        payload["target"] = targetUuid;
        payload["title"] = m.title;
        payload["text"] = m.text;
        if (m.coderId) payload["coder"] = m_impl->uuidOf("coder", *m.coderId);
        m_impl->log("memo.add", m.uuid, payload);
        return m;
    });
}

std::vector<Memo> ProjectStore::memos() const {
    std::vector<Memo> out;
    Statement st = m_impl->db.prepare(
        "SELECT id, uuid, target_kind, target_uuid, title, text, coder_id, created_at, modified_at FROM memo ORDER BY id");
    while (st.step()) {
        Memo m;
        m.id = st.columnInt(0);
        m.uuid = st.columnText(1);
        m.targetKind = memoTargetFromString(st.columnText(2)).value_or(MemoTarget::Project);
        m.targetUuid = st.columnText(3);
        m.title = st.columnText(4);
        m.text = st.columnText(5);
        m.coderId = st.columnOptionalInt(6);
        m.createdAt = st.columnText(7);
        m.modifiedAt = st.columnText(8);
        out.push_back(std::move(m));
    }
    return out;
}

// --- framework matrices

Matrix ProjectStore::addMatrix(const std::string& name, const std::vector<RowId>& rowCaseIds,
                               const std::vector<RowId>& columnCodeIds, const std::string& description) {
    return addMatrix(name, MatrixRowKind::Case, rowCaseIds, columnCodeIds, description);
}

Matrix ProjectStore::addMatrix(const std::string& name, MatrixRowKind rowKind, const std::vector<RowId>& rowIds,
                               const std::vector<RowId>& columnCodeIds, const std::string& description,
                               const std::string& uuid) {
    std::string matrixName = requireName(name, "matrix");
    const bool documentRows = rowKind == MatrixRowKind::Document;
    return m_impl->writing([&] {
        if (matrixByName(matrixName))
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("There is already a framework matrix called {name}")).arg("name", matrixName));
        Matrix m;
        m.uuid = m_impl->identityFor("matrix", uuid);
        m.name = matrixName;
        m.description = text::toNfc(description);
        m.rowKind = rowKind;
        (documentRows ? m.rowDocumentIds : m.rowCaseIds) = rowIds;
        m.columnCodeIds = columnCodeIds;
        m.createdAt = utcTimestampNow();
        Statement st = m_impl->db.prepare(
            "INSERT INTO matrix (uuid, name, description, created_at, row_kind) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, m.uuid).bind(2, m.name).bind(3, m.description).bind(4, m.createdAt).bind(5, toString(rowKind)).run();
        m.id = m_impl->db.lastInsertRowId();
        Json rows = Json::array(), columns = Json::array();
        Statement row = m_impl->db.prepare(documentRows
                                               ? "INSERT INTO matrix_row (matrix_id, document_id, ordinal) VALUES (?, ?, ?)"
                                               : "INSERT INTO matrix_row (matrix_id, case_id, ordinal) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < rowIds.size(); ++i) {
            std::string rowUuid = m_impl->uuidOf(documentRows ? "document" : "case_", rowIds[i]);
            if (rowUuid.empty())
                m_impl->notFound(documentRows ? Impl::Thing::Document : Impl::Thing::Case, std::to_string(rowIds[i]));
            row.bind(1, m.id).bind(2, rowIds[i]).bind(3, static_cast<std::int64_t>(i)).run();
            row.reset();
            rows.push(rowUuid);
        }
        Statement col = m_impl->db.prepare("INSERT INTO matrix_column (matrix_id, code_id, ordinal) VALUES (?, ?, ?)");
        for (std::size_t i = 0; i < columnCodeIds.size(); ++i) {
            std::string columnUuid = m_impl->uuidOf("code", columnCodeIds[i]);
            if (columnUuid.empty()) m_impl->notFound(Impl::Thing::Code, std::to_string(columnCodeIds[i]));
            col.bind(1, m.id).bind(2, columnCodeIds[i]).bind(3, static_cast<std::int64_t>(i)).run();
            col.reset();
            columns.push(columnUuid);
        }
        Json payload = Json::object();
        payload["name"] = m.name;
        payload["description"] = m.description;
        payload["row_kind"] = toString(rowKind);
        payload["rows"] = std::move(rows);
        payload["columns"] = std::move(columns);
        m_impl->log("matrix.add", m.uuid, payload);
        return m;
    });
}

std::optional<Matrix> ProjectStore::matrixByName(const std::string& name) const {
    for (auto& m : matrices())
        if (m.name == text::toNfc(name)) return m;
    return std::nullopt;
}

std::vector<Matrix> ProjectStore::matrices() const {
    std::vector<Matrix> out;
    Statement st =
        m_impl->db.prepare("SELECT id, uuid, name, description, created_at, row_kind FROM matrix ORDER BY id");
    Statement rows = m_impl->db.prepare(
        "SELECT case_id, document_id FROM matrix_row WHERE matrix_id = ? ORDER BY ordinal, rowid");
    Statement cols = m_impl->db.prepare("SELECT code_id FROM matrix_column WHERE matrix_id = ? ORDER BY ordinal");
    while (st.step()) {
        Matrix m;
        m.id = st.columnInt(0);
        m.uuid = st.columnText(1);
        m.name = st.columnText(2);
        m.description = st.columnText(3);
        m.createdAt = st.columnText(4);
        m.rowKind = matrixRowKindFromString(st.columnText(5)).value_or(MatrixRowKind::Case);
        rows.bind(1, m.id);
        while (rows.step()) {
            if (auto caseId = rows.columnOptionalInt(0)) m.rowCaseIds.push_back(*caseId);
            if (auto documentId = rows.columnOptionalInt(1)) m.rowDocumentIds.push_back(*documentId);
        }
        rows.reset();
        cols.bind(1, m.id);
        while (cols.step()) m.columnCodeIds.push_back(cols.columnInt(0));
        cols.reset();
        out.push_back(std::move(m));
    }
    return out;
}

MatrixCell ProjectStore::setCellSummary(RowId matrixId, RowId caseId, RowId codeId, const std::string& summary,
                                        const std::vector<std::string>& citedCodingUuids) {
    return setCellSummary(matrixId, MatrixRowKey{MatrixRowKind::Case, caseId}, codeId, summary, citedCodingUuids);
}

namespace {

constexpr const char* kCellColumns = "id, uuid, matrix_id, case_id, document_id, code_id, summary, coder_id, modified_at";

/// A cell from a row selected with kCellColumns, with its citations read through `cites`.
MatrixCell readCell(const Statement& st, Statement& cites) {
    MatrixCell c;
    c.id = st.columnInt(0);
    c.uuid = st.columnText(1);
    c.matrixId = st.columnInt(2);
    c.caseId = st.columnOptionalInt(3).value_or(0);
    c.documentId = st.columnOptionalInt(4);
    c.codeId = st.columnInt(5);
    c.summary = st.columnText(6);
    c.coderId = st.columnOptionalInt(7);
    c.modifiedAt = st.columnText(8);
    cites.bind(1, c.id);
    while (cites.step()) c.citedCodingUuids.push_back(cites.columnText(0));
    cites.reset();
    return c;
}

}  // namespace

MatrixCell ProjectStore::setCellSummary(RowId matrixId, MatrixRowKey row, RowId codeId, const std::string& summary,
                                        const std::vector<std::string>& citedCodingUuids, const std::string& uuid) {
    std::string summaryText = text::toNfc(summary);
    const bool documentRow = row.kind == MatrixRowKind::Document;
    const char* rowColumn = documentRow ? "document_id" : "case_id";
    return m_impl->writing([&] {
        Statement matrix = m_impl->db.prepare("SELECT uuid, name, row_kind FROM matrix WHERE id = ?");
        matrix.bind(1, matrixId);
        if (!matrix.step()) m_impl->notFound(Impl::Thing::Matrix, std::to_string(matrixId));
        std::string matrixUuid = matrix.columnText(0);
        if (matrix.columnText(2) != toString(row.kind))
            throwError(ErrorKind::Usage,
                       Message(documentRow ? EDAU_MSG("The rows of the framework matrix {matrix} are cases, not documents")
                                           : EDAU_MSG("The rows of the framework matrix {matrix} are documents, not cases"))
                           .arg("matrix", matrix.columnText(1)));
        std::string rowUuid = m_impl->uuidOf(documentRow ? "document" : "case_", row.id);
        if (rowUuid.empty()) m_impl->notFound(documentRow ? Impl::Thing::Document : Impl::Thing::Case, std::to_string(row.id));
        std::string codeUuid = m_impl->uuidOf("code", codeId);
        if (codeUuid.empty()) m_impl->notFound(Impl::Thing::Code, std::to_string(codeId));
        for (const auto& cited : citedCodingUuids)
            if (!codingByUuid(cited)) m_impl->notFound(Impl::Thing::Coding, cited);
        MatrixCell cell;
        cell.matrixId = matrixId;
        if (documentRow) cell.documentId = row.id;
        else cell.caseId = row.id;
        cell.codeId = codeId;
        cell.summary = summaryText;
        cell.citedCodingUuids = citedCodingUuids;
        cell.modifiedAt = utcTimestampNow();
        if (auto coder = currentCoder()) cell.coderId = coder->id;
        Json before;
        Statement find = m_impl->db.prepare(std::string("SELECT id, uuid, summary FROM matrix_cell WHERE matrix_id = ? AND ") +
                                            rowColumn + " = ? AND code_id = ?");
        find.bind(1, matrixId).bind(2, row.id).bind(3, codeId);
        if (find.step()) {
            cell.id = find.columnInt(0);
            cell.uuid = find.columnText(1);
            before = Json::object();
            before["summary"] = find.columnText(2);
            Json oldCitations = Json::array();
            Statement cites = m_impl->db.prepare("SELECT coding_uuid FROM cell_citation WHERE cell_id = ? ORDER BY ordinal");
            cites.bind(1, cell.id);
            while (cites.step()) oldCitations.push(cites.columnText(0));
            before["citations"] = std::move(oldCitations);
            Statement upd = m_impl->db.prepare("UPDATE matrix_cell SET summary = ?, coder_id = ?, modified_at = ? WHERE id = ?");
            upd.bind(1, summaryText).bind(2, cell.coderId).bind(3, cell.modifiedAt).bind(4, cell.id).run();
            Statement del = m_impl->db.prepare("DELETE FROM cell_citation WHERE cell_id = ?");
            del.bind(1, cell.id).run();
        } else {
            cell.uuid = m_impl->identityFor("matrix_cell", uuid);
            Statement ins = m_impl->db.prepare(
                std::string("INSERT INTO matrix_cell (uuid, matrix_id, ") + rowColumn +
                ", code_id, summary, coder_id, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
            ins.bind(1, cell.uuid).bind(2, matrixId).bind(3, row.id).bind(4, codeId).bind(5, summaryText);
            ins.bind(6, cell.coderId).bind(7, cell.modifiedAt).run();
            cell.id = m_impl->db.lastInsertRowId();
        }
        Statement cite = m_impl->db.prepare("INSERT OR IGNORE INTO cell_citation (cell_id, coding_uuid, ordinal) VALUES (?, ?, ?)");
        Json citations = Json::array();
        for (std::size_t i = 0; i < citedCodingUuids.size(); ++i) {
            cite.bind(1, cell.id).bind(2, citedCodingUuids[i]).bind(3, static_cast<std::int64_t>(i)).run();
            cite.reset();
            citations.push(citedCodingUuids[i]);
        }
        Json after = Json::object();
        after["summary"] = summaryText;
        after["citations"] = std::move(citations);
        Json payload = Json::object();
        payload["matrix"] = matrixUuid;
        // The row by kind: what undo needs to put a removed cell back where it was.
        payload[documentRow ? "document" : "case"] = rowUuid;
        payload["code"] = codeUuid;
        payload["before"] = std::move(before);
        payload["after"] = std::move(after);
        m_impl->log("matrix.cell-summary", cell.uuid, payload);
        return cell;
    });
}

std::vector<MatrixCell> ProjectStore::cells(RowId matrixId) const {
    std::vector<MatrixCell> out;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCellColumns + " FROM matrix_cell WHERE matrix_id = ? ORDER BY id");
    Statement cites = m_impl->db.prepare("SELECT coding_uuid FROM cell_citation WHERE cell_id = ? ORDER BY ordinal");
    st.bind(1, matrixId);
    while (st.step()) out.push_back(readCell(st, cites));
    return out;
}

std::optional<MatrixCell> ProjectStore::cellByUuid(const std::string& uuid) const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kCellColumns + " FROM matrix_cell WHERE uuid = ?");
    Statement cites = m_impl->db.prepare("SELECT coding_uuid FROM cell_citation WHERE cell_id = ? ORDER BY ordinal");
    st.bind(1, uuid);
    if (!st.step()) return std::nullopt;
    return readCell(st, cites);
}

// --- Most Significant Change

MscRound ProjectStore::addMscRound(const std::string& name, const std::string& panel, const std::string& heldOn) {
    std::string roundName = requireName(name, "selection round");
    return m_impl->writing([&] {
        for (const auto& r : mscRounds())
            if (r.name == roundName)
                throwError(ErrorKind::BadInput, Message(EDAU_MSG("There is already a selection round called {name}")).arg("name", roundName));
        MscRound r{0, newUuid(), roundName, text::toNfc(panel), heldOn, m_impl->db.queryInt("SELECT count(*) FROM msc_round")};
        Statement st = m_impl->db.prepare("INSERT INTO msc_round (uuid, name, panel, held_on, ordinal) VALUES (?, ?, ?, ?, ?)");
        st.bind(1, r.uuid).bind(2, r.name).bind(3, r.panel).bind(4, r.heldOn).bind(5, r.ordinal).run();
        r.id = m_impl->db.lastInsertRowId();
        Json payload = Json::object();
        payload["name"] = r.name;
        payload["panel"] = r.panel;
        payload["held_on"] = r.heldOn;
        m_impl->log("msc.round", r.uuid, payload);
        return r;
    });
}

std::vector<MscRound> ProjectStore::mscRounds() const {
    std::vector<MscRound> out;
    Statement st = m_impl->db.prepare("SELECT id, uuid, name, panel, held_on, ordinal FROM msc_round ORDER BY ordinal, id");
    while (st.step())
        out.push_back({st.columnInt(0), st.columnText(1), st.columnText(2), st.columnText(3), st.columnText(4), st.columnInt(5)});
    return out;
}

MscSelection ProjectStore::setMscSelection(RowId roundId, RowId caseId, std::optional<RowId> domainCodeId, bool chosen,
                                           const std::string& reason) {
    return m_impl->writing([&] {
        std::string roundUuid = m_impl->uuidOf("msc_round", roundId);
        if (roundUuid.empty())
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no selection round {which} in {file}"))
                                                .arg("which", std::to_string(roundId))
                                                .arg("file", m_impl->path));
        std::string caseUuid = m_impl->uuidOf("case_", caseId);
        if (caseUuid.empty()) m_impl->notFound(Impl::Thing::Case, std::to_string(caseId));
        std::string domainUuid;
        if (domainCodeId) {
            domainUuid = m_impl->uuidOf("code", *domainCodeId);
            if (domainUuid.empty()) m_impl->notFound(Impl::Thing::Code, std::to_string(*domainCodeId));
        }
        MscSelection sel{0, {}, roundId, caseId, domainCodeId, chosen, text::toNfc(reason)};
        Json before;
        Statement find = m_impl->db.prepare(
            "SELECT s.id, s.uuid, c.uuid, s.chosen, s.reason FROM msc_selection s LEFT JOIN code c ON c.id = s.domain_code_id "
            "WHERE s.round_id = ? AND s.case_id = ?");
        find.bind(1, roundId).bind(2, caseId);
        if (find.step()) {
            sel.id = find.columnInt(0);
            sel.uuid = find.columnText(1);
            before = Json::object();
            before["domain"] = find.columnIsNull(2) ? Json() : Json(find.columnText(2));
            before["chosen"] = find.columnInt(3) != 0;
            before["reason"] = find.columnText(4);
            Statement upd = m_impl->db.prepare("UPDATE msc_selection SET domain_code_id = ?, chosen = ?, reason = ? WHERE id = ?");
            upd.bind(1, domainCodeId).bind(2, chosen ? 1 : 0).bind(3, sel.reason).bind(4, sel.id).run();
        } else {
            sel.uuid = newUuid();
            Statement ins = m_impl->db.prepare(
                "INSERT INTO msc_selection (uuid, round_id, case_id, domain_code_id, chosen, reason) VALUES (?, ?, ?, ?, ?, ?)");
            ins.bind(1, sel.uuid).bind(2, roundId).bind(3, caseId).bind(4, domainCodeId).bind(5, chosen ? 1 : 0).bind(6, sel.reason).run();
            sel.id = m_impl->db.lastInsertRowId();
        }
        Json after = Json::object();
        after["domain"] = domainCodeId ? Json(domainUuid) : Json();
        after["chosen"] = chosen;
        after["reason"] = sel.reason;
        Json payload = Json::object();
        payload["round"] = roundUuid;
        payload["case"] = caseUuid;
        payload["before"] = std::move(before);
        payload["after"] = std::move(after);
        m_impl->log("msc.selection", sel.uuid, payload);
        return sel;
    });
}

std::vector<MscSelection> ProjectStore::mscSelections(RowId roundId) const {
    std::vector<MscSelection> out;
    Statement st = m_impl->db.prepare(
        "SELECT id, uuid, round_id, case_id, domain_code_id, chosen, reason FROM msc_selection WHERE round_id = ? ORDER BY id");
    st.bind(1, roundId);
    while (st.step())
        out.push_back({st.columnInt(0), st.columnText(1), st.columnInt(2), st.columnInt(3), st.columnOptionalInt(4),
                       st.columnInt(5) != 0, st.columnText(6)});
    return out;
}

// --- operation log

std::vector<Operation> ProjectStore::operations(std::int64_t afterSequence) const {
    std::vector<Operation> out;
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kOperationColumns +
                                      " FROM operation WHERE sequence > ? ORDER BY sequence");
    st.bind(1, afterSequence);
    while (st.step()) out.push_back(readOperation(st));
    return out;
}

std::optional<Operation> ProjectStore::lastOperation() const {
    Statement st = m_impl->db.prepare(std::string("SELECT ") + kOperationColumns +
                                      " FROM operation ORDER BY sequence DESC LIMIT 1");
    if (!st.step()) return std::nullopt;
    return readOperation(st);
}

std::int64_t ProjectStore::lamportClock() const {
    return m_impl->db.queryInt("SELECT ifnull(max(lamport), 0) FROM operation");
}

void ProjectStore::backupTo(const std::string& destination) const {
    if (fileExists(destination))
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("{file} already exists; choose another name or folder")).arg("file", destination));
    bool ok = false;
    {
        Connection target(destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOFOLLOW);
        sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", m_impl->db.handle(), "main");
        if (!backup) {
            std::remove(destination.c_str());
            sqlite::throwSqliteError(target.handle(), sqlite3_errcode(target.handle()), "copying the project", destination);
        }
        int rc = sqlite3_backup_step(backup, -1);
        sqlite3_backup_finish(backup);
        if (rc == SQLITE_DONE) {
            // The copy is a plain single file: no WAL to travel with it.
            target.exec("PRAGMA journal_mode = DELETE");
            ok = true;
        } else {
            try {
                sqlite::throwSqliteError(target.handle(), rc, "copying the project", destination);
            } catch (...) {
                target = Connection();
                std::remove(destination.c_str());
                throw;
            }
        }
    }
    if (!ok) std::remove(destination.c_str());
}

// --- blind double coding

bool ProjectStore::blindCoding() const { return m_impl->blindCoding(); }

void ProjectStore::setBlindCoding(bool on) {
    m_impl->writing([&] {
        const bool before = m_impl->blindCoding();
        if (before == on) return;  // nothing changes, nothing logged
        Statement st = m_impl->db.prepare(
            "INSERT INTO setting (key, value) VALUES ('project.blind_coding', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        st.bind(1, on ? "1" : "0").run();
        Json payload = Json::object();
        payload["before"] = before;
        payload["after"] = on;
        m_impl->log("project.blind-coding", projectUuid(), payload);
    });
}

}  // namespace edau
