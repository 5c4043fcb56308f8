// SPDX-License-Identifier: GPL-3.0-or-later
// JSON value: strict parser with a depth cap, and a writer that keeps UTF-8 as is.
#include "edau/base/json.h"

#include <charconv>
#include <cmath>
#include <cstdio>

#include "edau/base/error.h"

namespace edau {

namespace {
[[noreturn]] void typeError(const char* wanted) {
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("JSON value is not {type}")).arg("type", wanted));
}

void appendUtf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Length of the valid UTF-8 sequence starting at `i`, or 0 when it is not valid.
std::size_t utf8SequenceLength(std::string_view s, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    unsigned char c = b(i);
    std::size_t len;
    std::uint32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((b(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b(i + k) & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

class Parser {
public:
    Parser(std::string_view text, int maxDepth) : m_text(text), m_maxDepth(maxDepth) {}

    Json parseDocument() {
        skipSpace();
        Json value = parseValue(0);
        skipSpace();
        if (m_pos != m_text.size()) fail("unexpected text after the value");
        return value;
    }

private:
    [[noreturn]] void fail(const char* why) {
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("Invalid JSON at byte {offset}: {reason}"))
                       .arg("offset", static_cast<long long>(m_pos))
                       .arg("reason", why));
    }
    void skipSpace() {
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\t' ||
                                         m_text[m_pos] == '\n' || m_text[m_pos] == '\r'))
            ++m_pos;
    }
    bool consume(std::string_view word) {
        if (m_text.substr(m_pos, word.size()) == word) {
            m_pos += word.size();
            return true;
        }
        return false;
    }
    Json parseValue(int depth) {
        if (depth > m_maxDepth) fail("nested too deeply");
        if (m_pos >= m_text.size()) fail("unexpected end");
        char c = m_text[m_pos];
        if (c == '{') return parseObject(depth);
        if (c == '[') return parseArray(depth);
        if (c == '"') return Json(parseString());
        if (consume("true")) return Json(true);
        if (consume("false")) return Json(false);
        if (consume("null")) return Json();
        return parseNumber();
    }
    Json parseObject(int depth) {
        ++m_pos;
        Json::Object obj;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return Json(std::move(obj));
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') fail("expected a member name");
            std::string key = parseString();
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') fail("expected ':'");
            ++m_pos;
            skipSpace();
            obj.emplace_back(std::move(key), parseValue(depth + 1));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return Json(std::move(obj));
            }
            fail("expected ',' or '}'");
        }
    }
    Json parseArray(int depth) {
        ++m_pos;
        Json::Array arr;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return Json(std::move(arr));
        }
        for (;;) {
            skipSpace();
            arr.push_back(parseValue(depth + 1));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return Json(std::move(arr));
            }
            fail("expected ',' or ']'");
        }
    }
    std::uint32_t parseHex4() {
        if (m_pos + 4 > m_text.size()) fail("short \\u escape");
        std::uint32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            char h = m_text[m_pos++];
            v <<= 4;
            if (h >= '0' && h <= '9') v |= static_cast<std::uint32_t>(h - '0');
            else if (h >= 'a' && h <= 'f') v |= static_cast<std::uint32_t>(h - 'a' + 10);
            else if (h >= 'A' && h <= 'F') v |= static_cast<std::uint32_t>(h - 'A' + 10);
            else fail("bad \\u escape");
        }
        return v;
    }
    std::string parseString() {
        ++m_pos;  // opening quote
        std::string out;
        for (;;) {
            if (m_pos >= m_text.size()) fail("unterminated string");
            char c = m_text[m_pos++];
            if (c == '"') return out;
            if (static_cast<unsigned char>(c) < 0x20) fail("control character in string");
            if (static_cast<unsigned char>(c) >= 0x80) {
                std::size_t len = utf8SequenceLength(m_text, m_pos - 1);
                if (len == 0) fail("invalid UTF-8 in string");
                out.append(m_text.substr(m_pos - 1, len));
                m_pos += len - 1;
                continue;
            }
            if (c != '\\') {
                out += c;
                continue;
            }
            if (m_pos >= m_text.size()) fail("unterminated escape");
            char e = m_text[m_pos++];
            switch (e) {
                case '"': out += '"'; break;
                case '\\': out += '\\'; break;
                case '/': out += '/'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'n': out += '\n'; break;
                case 'r': out += '\r'; break;
                case 't': out += '\t'; break;
                case 'u': {
                    std::uint32_t cp = parseHex4();
                    if (cp >= 0xD800 && cp <= 0xDBFF) {
                        if (!consume("\\u")) fail("lone surrogate");
                        std::uint32_t lo = parseHex4();
                        if (lo < 0xDC00 || lo > 0xDFFF) fail("bad surrogate pair");
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                        fail("lone surrogate");
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default: fail("unknown escape");
            }
        }
    }
    Json parseNumber() {
        // RFC 8259: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
        std::size_t start = m_pos;
        auto digit = [&](std::size_t i) { return i < m_text.size() && m_text[i] >= '0' && m_text[i] <= '9'; };
        if (m_pos < m_text.size() && m_text[m_pos] == '-') ++m_pos;
        if (!digit(m_pos)) fail("expected a value");
        if (m_text[m_pos] == '0') {
            ++m_pos;
            if (digit(m_pos)) fail("numbers must not have leading zeros");
        } else {
            while (digit(m_pos)) ++m_pos;
        }
        bool isFloat = false;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            if (!digit(m_pos)) fail("a decimal point must be followed by digits");
            while (digit(m_pos)) ++m_pos;
            isFloat = true;
        }
        if (m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-')) ++m_pos;
            if (!digit(m_pos)) fail("an exponent must have digits");
            while (digit(m_pos)) ++m_pos;
            isFloat = true;
        }
        std::string_view num = m_text.substr(start, m_pos - start);
        if (!isFloat) {
            std::int64_t v = 0;
            auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), v);
            if (ec == std::errc() && p == num.data() + num.size()) return Json(static_cast<long long>(v));
        }
        double d = 0;
        auto [p, ec] = std::from_chars(num.data(), num.data() + num.size(), d);
        if (ec != std::errc() || p != num.data() + num.size()) fail("number out of range");
        return Json(d);
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth;
};
}  // namespace

bool Json::asBool() const {
    if (auto* b = std::get_if<bool>(&m_value)) return *b;
    typeError("a boolean");
}
std::int64_t Json::asInteger() const {
    if (auto* i = std::get_if<std::int64_t>(&m_value)) return *i;
    if (auto* d = std::get_if<double>(&m_value);
        d && std::floor(*d) == *d && *d >= -9.2e18 && *d <= 9.2e18)
        return static_cast<std::int64_t>(*d);
    typeError("an integer");
}
double Json::asNumber() const {
    if (auto* i = std::get_if<std::int64_t>(&m_value)) return static_cast<double>(*i);
    if (auto* d = std::get_if<double>(&m_value)) return *d;
    typeError("a number");
}
const std::string& Json::asString() const {
    if (auto* s = std::get_if<std::string>(&m_value)) return *s;
    typeError("a string");
}
const Json::Array& Json::asArray() const {
    if (auto* a = std::get_if<Array>(&m_value)) return *a;
    typeError("an array");
}
Json::Array& Json::asArray() {
    if (auto* a = std::get_if<Array>(&m_value)) return *a;
    typeError("an array");
}
const Json::Object& Json::asObject() const {
    if (auto* o = std::get_if<Object>(&m_value)) return *o;
    typeError("an object");
}

const Json* Json::find(std::string_view key) const {
    auto* o = std::get_if<Object>(&m_value);
    if (!o) return nullptr;
    for (const auto& [k, v] : *o)
        if (k == key) return &v;
    return nullptr;
}

Json& Json::operator[](std::string_view key) {
    if (isNull()) m_value = Object{};
    auto* o = std::get_if<Object>(&m_value);
    if (!o) typeError("an object");
    for (auto& [k, v] : *o)
        if (k == key) return v;
    o->emplace_back(std::string(key), Json());
    return o->back().second;
}

void Json::push(Json value) {
    if (isNull()) m_value = Array{};
    auto* a = std::get_if<Array>(&m_value);
    if (!a) typeError("an array");
    a->push_back(std::move(value));
}

std::size_t Json::size() const {
    if (auto* a = std::get_if<Array>(&m_value)) return a->size();
    if (auto* o = std::get_if<Object>(&m_value)) return o->size();
    return 0;
}

std::string jsonQuote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char c : s) {
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
                    out += buf;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

void Json::dumpTo(std::string& out, int indent, int level) const {
    auto newline = [&](int lvl) {
        if (indent > 0) {
            out += '\n';
            out.append(static_cast<std::size_t>(indent * lvl), ' ');
        }
    };
    std::visit(
        [&](const auto& v) {
            using T = std::decay_t<decltype(v)>;
            if constexpr (std::is_same_v<T, std::monostate>) {
                out += "null";
            } else if constexpr (std::is_same_v<T, bool>) {
                out += v ? "true" : "false";
            } else if constexpr (std::is_same_v<T, std::int64_t>) {
                out += std::to_string(v);
            } else if constexpr (std::is_same_v<T, double>) {
                if (!std::isfinite(v)) {
                    out += "null";
                } else {
                    char buf[32];
                    auto [p, ec] = std::to_chars(buf, buf + sizeof buf, v);
                    (void)ec;
                    std::string_view written(buf, static_cast<std::size_t>(p - buf));
                    out.append(written);
                    // Keep a double a double when read back: 2.0 is written "2.0", not "2".
                    if (written.find_first_of(".eEn") == std::string_view::npos) out += ".0";
                }
            } else if constexpr (std::is_same_v<T, std::string>) {
                out += jsonQuote(v);
            } else if constexpr (std::is_same_v<T, Array>) {
                out += '[';
                for (std::size_t i = 0; i < v.size(); ++i) {
                    if (i) out += ',';
                    newline(level + 1);
                    v[i].dumpTo(out, indent, level + 1);
                }
                if (!v.empty()) newline(level);
                out += ']';
            } else {
                out += '{';
                for (std::size_t i = 0; i < v.size(); ++i) {
                    if (i) out += ',';
                    newline(level + 1);
                    out += jsonQuote(v[i].first);
                    out += indent > 0 ? ": " : ":";
                    v[i].second.dumpTo(out, indent, level + 1);
                }
                if (!v.empty()) newline(level);
                out += '}';
            }
        },
        m_value);
}

std::string Json::dump(int indent) const {
    std::string out;
    dumpTo(out, indent, 0);
    return out;
}

Json Json::parse(std::string_view text, int maxDepth) { return Parser(text, maxDepth).parseDocument(); }

}  // namespace edau
