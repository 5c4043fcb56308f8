// SPDX-License-Identifier: GPL-3.0-or-later
// Move-only RAII wrappers over sqlite3: a connection, prepared statements, a transaction.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace edau::sqlite {

/// Throws edau::Error for a failed SQLite call, mapping corruption and "not a database" to
/// Project errors and I/O or full-disk failures to Environment errors.
[[noreturn]] void throwSqliteError(sqlite3* db, int rc, std::string_view what, const std::string& file);

class Statement;

/// An open database handle; closes on destruction.
class Connection {
public:
    Connection() = default;
    Connection(const std::string& path, int flags);
    ~Connection();
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    sqlite3* handle() const { return m_db; }
    const std::string& path() const { return m_path; }
    /// Runs one or more statements with no results.
    void exec(std::string_view sql) const;
    Statement prepare(std::string_view sql) const;
    std::int64_t queryInt(std::string_view sql) const;
    std::int64_t lastInsertRowId() const { return sqlite3_last_insert_rowid(m_db); }
    int changes() const { return sqlite3_changes(m_db); }

private:
    sqlite3* m_db = nullptr;
    std::string m_path;
};

/// A prepared statement. bind*() take 1-based indices; step() returns true while a row is ready.
class Statement {
public:
    Statement(sqlite3* db, std::string_view sql, const std::string& file);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& operator=(Statement&&) = delete;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view value);
    Statement& bind(int index, const std::string& value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, const char* value) { return bind(index, std::string_view(value)); }
    Statement& bind(int index, std::optional<std::int64_t> value);
    Statement& bindNull(int index);

    bool step();
    /// Steps once and expects completion (for INSERT/UPDATE/DELETE).
    void run();
    void reset();

    std::int64_t columnInt(int index) const;
    std::string columnText(int index) const;
    std::optional<std::int64_t> columnOptionalInt(int index) const;
    bool columnIsNull(int index) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    const std::string* m_file;
};

/// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called.
class Transaction {
public:
    explicit Transaction(const Connection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    const Connection& m_connection;
    bool m_done = false;
};

}  // namespace edau::sqlite
