// SPDX-License-Identifier: GPL-3.0-or-later
/// A small JSON value: the CLI's --json output and the operation log's payloads.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace edau {

/// A JSON value. Objects keep insertion order so output is stable and readable.
class Json {
public:
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;

    Json() = default;  ///< null
    Json(std::nullptr_t) {}
    Json(bool b) : m_value(b) {}
    Json(int i) : m_value(static_cast<std::int64_t>(i)) {}
    Json(long i) : m_value(static_cast<std::int64_t>(i)) {}
    Json(long long i) : m_value(static_cast<std::int64_t>(i)) {}
    Json(unsigned i) : m_value(static_cast<std::int64_t>(i)) {}
    Json(unsigned long i) : m_value(static_cast<std::int64_t>(i)) {}
    Json(unsigned long long i) : m_value(static_cast<std::int64_t>(i)) {}
    Json(double d) : m_value(d) {}
    Json(const char* s) : m_value(std::string(s)) {}
    Json(std::string s) : m_value(std::move(s)) {}
    Json(std::string_view s) : m_value(std::string(s)) {}
    Json(Array a) : m_value(std::move(a)) {}
    Json(Object o) : m_value(std::move(o)) {}

    static Json array() { return Json(Array{}); }
    static Json object() { return Json(Object{}); }

    bool isNull() const { return std::holds_alternative<std::monostate>(m_value); }
    bool isBool() const { return std::holds_alternative<bool>(m_value); }
    bool isInteger() const { return std::holds_alternative<std::int64_t>(m_value); }
    bool isNumber() const { return isInteger() || std::holds_alternative<double>(m_value); }
    bool isString() const { return std::holds_alternative<std::string>(m_value); }
    bool isArray() const { return std::holds_alternative<Array>(m_value); }
    bool isObject() const { return std::holds_alternative<Object>(m_value); }

    /// Accessors throw edau::Error (BadInput) when the value has another type.
    bool asBool() const;
    std::int64_t asInteger() const;
    double asNumber() const;
    const std::string& asString() const;
    const Array& asArray() const;
    Array& asArray();
    const Object& asObject() const;

    /// Object member lookup; nullptr when absent or when this is not an object.
    const Json* find(std::string_view key) const;
    /// Object member, inserted as null when absent (this becomes an object if null).
    Json& operator[](std::string_view key);
    /// Appends to an array (this becomes an array if null).
    void push(Json value);
    std::size_t size() const;

    /// Compact by default; indent > 0 pretty-prints. Non-ASCII UTF-8 is written as is.
    std::string dump(int indent = 0) const;

    /// Parses strict JSON (RFC 8259); nesting deeper than maxDepth is refused. Throws Error(BadInput).
    static Json parse(std::string_view text, int maxDepth = 256);

    friend bool operator==(const Json& a, const Json& b) { return a.m_value == b.m_value; }

private:
    void dumpTo(std::string& out, int indent, int level) const;
    std::variant<std::monostate, bool, std::int64_t, double, std::string, Array, Object> m_value;
};

/// Escapes a string as a JSON string literal, quotes included.
std::string jsonQuote(std::string_view s);

}  // namespace edau
