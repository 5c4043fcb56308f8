// SPDX-License-Identifier: GPL-3.0-or-later
// sqlite3 wrappers: every failure becomes an edau::Error that names the file.
#include "sqlite_connection.h"

#include <utility>

#include "edau/base/error.h"

namespace edau::sqlite {

void throwSqliteError(sqlite3* db, int rc, std::string_view what, const std::string& file) {
    int primary = rc & 0xFF;
    std::string detail = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    switch (primary) {
        case SQLITE_NOTADB:
            throwError(ErrorKind::Project,
                       Message(EDAU_MSG("{file} is not an Edau project (it is not a database file)"))
                           .arg("file", file));
        case SQLITE_CORRUPT:
            throwError(ErrorKind::Project,
                       Message(EDAU_MSG("{file} is damaged ({reason}); restore it from a backup or a saved copy"))
                           .arg("file", file)
                           .arg("reason", detail));
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            throwError(ErrorKind::Project,
                       Message(EDAU_MSG("{file} is busy: another program is writing to it"))
                           .arg("file", file));
        case SQLITE_FULL:
            throwError(ErrorKind::Environment,
                       Message(EDAU_MSG("The disk holding {file} is full; nothing was changed"))
                           .arg("file", file));
        case SQLITE_READONLY:
            throwError(ErrorKind::Project,
                       Message(EDAU_MSG("{file} is open read-only; changes are not allowed"))
                           .arg("file", file));
        case SQLITE_CANTOPEN:
        case SQLITE_PERM:
        case SQLITE_IOERR:
        case SQLITE_AUTH:
            throwError(ErrorKind::Environment,
                       Message(EDAU_MSG("Cannot read or write {file}: {reason}"))
                           .arg("file", file)
                           .arg("reason", detail));
        case SQLITE_CONSTRAINT:
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("The change conflicts with what {file} already holds: {reason}"))
                           .arg("file", file)
                           .arg("reason", detail));
        default:
            throwError(ErrorKind::Internal,
                       Message(EDAU_MSG("Database error in {file} while {action}: {reason}"))
                           .arg("file", file)
                           .arg("action", std::string(what))
                           .arg("reason", detail));
    }
}

Connection::Connection(const std::string& path, int flags) : m_path(path) {
    int rc = sqlite3_open_v2(path.c_str(), &m_db, flags | SQLITE_OPEN_EXRESCODE, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3* db = m_db;
        m_db = nullptr;
        try {
            throwSqliteError(db, rc, "opening", path);
        } catch (...) {
            sqlite3_close_v2(db);
            throw;
        }
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
}

Connection::~Connection() {
    if (m_db) sqlite3_close_v2(m_db);
}

Connection::Connection(Connection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        if (m_db) sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
    }
    return *this;
}

void Connection::exec(std::string_view sql) const {
    std::string s(sql);
    char* err = nullptr;
    int rc = sqlite3_exec(m_db, s.c_str(), nullptr, nullptr, &err);
    if (err) sqlite3_free(err);
    if (rc != SQLITE_OK) throwSqliteError(m_db, rc, "running SQL", m_path);
}

Statement Connection::prepare(std::string_view sql) const { return Statement(m_db, sql, m_path); }

std::int64_t Connection::queryInt(std::string_view sql) const {
    Statement st = prepare(sql);
    if (!st.step()) return 0;
    return st.columnInt(0);
}

Statement::Statement(sqlite3* db, std::string_view sql, const std::string& file) : m_db(db), m_file(&file) {
    int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) throwSqliteError(db, rc, "preparing a query", file);
}

Statement::~Statement() {
    if (m_stmt) sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_file(other.m_file) {}

Statement& Statement::bind(int index, std::int64_t value) {
    int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK) throwSqliteError(m_db, rc, "binding a value", *m_file);
    return *this;
}

Statement& Statement::bind(int index, std::string_view value) {
    int rc = sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK) throwSqliteError(m_db, rc, "binding a value", *m_file);
    return *this;
}

Statement& Statement::bind(int index, std::optional<std::int64_t> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Statement& Statement::bindNull(int index) {
    int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK) throwSqliteError(m_db, rc, "binding a value", *m_file);
    return *this;
}

bool Statement::step() {
    int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throwSqliteError(m_db, rc, "running a query", *m_file);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt(int index) const { return sqlite3_column_int64(m_stmt, index); }

std::string Statement::columnText(int index) const {
    const auto* p = sqlite3_column_text(m_stmt, index);
    int n = sqlite3_column_bytes(m_stmt, index);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)) : std::string();
}

std::optional<std::int64_t> Statement::columnOptionalInt(int index) const {
    if (columnIsNull(index)) return std::nullopt;
    return columnInt(index);
}

bool Statement::columnIsNull(int index) const { return sqlite3_column_type(m_stmt, index) == SQLITE_NULL; }

Transaction::Transaction(const Connection& connection) : m_connection(connection) {
    m_connection.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
    m_connection.exec("COMMIT");
    m_done = true;
}

}  // namespace edau::sqlite
