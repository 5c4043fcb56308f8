// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers every writer shares: cleaning for XML, UTF-8 and UTF-16 lengths, escaping.
#include "export_text.h"

namespace edau::exporters {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Length of a well-formed UTF-8 sequence starting at `at`, or 0 when the bytes are not one
// (overlong forms, surrogates and values past U+10FFFF are refused, as XML parsers refuse them).
std::size_t validSequenceLength(std::string_view s, std::size_t at) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = byte(at);
    if (b0 < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        if (b0 == 0xE0) low = 0xA0;
        if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        if (b0 == 0xF0) low = 0x90;
        if (b0 == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (at + length > s.size()) return 0;
    if (byte(at + 1) < low || byte(at + 1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(at + i) < 0x80 || byte(at + i) > 0xBF) return 0;
    return length;
}

bool forbiddenInXml(char32_t cp) {
    return (cp < 0x20 && cp != 0x09 && cp != 0x0A && cp != 0x0D) || cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string TextCleaner::clean(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t length = validSequenceLength(text, at);
        if (length == 0) {
            ++m_removed[kReplacement];
            appendUtf8(out, kReplacement);
            ++at;
            continue;
        }
        std::size_t next = at;
        const char32_t cp = nextCodePoint(text, next);
        if (cp == U'\r') {
            // Word and HTML both want one kind of line break; CR LF counts as one break.
            out.push_back('\n');
            at = next;
            if (at < text.size() && text[at] == '\n') ++at;
            continue;
        }
        if (forbiddenInXml(cp)) {
            ++m_removed[cp];
        } else {
            out.append(text.substr(at, length));
        }
        at = next;
    }
    return out;
}

std::vector<RemovedCharacter> TextCleaner::removed() const {
    std::vector<RemovedCharacter> list;
    for (const auto& [cp, count] : m_removed) list.push_back(RemovedCharacter{cp, count});
    return list;
}

char32_t nextCodePoint(std::string_view s, std::size_t& at) {
    auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(s[i])); };
    const char32_t b0 = byte(at);
    if (b0 < 0x80) {
        at += 1;
        return b0;
    }
    if (b0 < 0xE0 && at + 1 < s.size()) {
        const char32_t cp = ((b0 & 0x1F) << 6) | (byte(at + 1) & 0x3F);
        at += 2;
        return cp;
    }
    if (b0 < 0xF0 && at + 2 < s.size()) {
        const char32_t cp = ((b0 & 0x0F) << 12) | ((byte(at + 1) & 0x3F) << 6) | (byte(at + 2) & 0x3F);
        at += 3;
        return cp;
    }
    if (at + 3 < s.size()) {
        const char32_t cp = ((b0 & 0x07) << 18) | ((byte(at + 1) & 0x3F) << 12) | ((byte(at + 2) & 0x3F) << 6) |
                            (byte(at + 3) & 0x3F);
        at += 4;
        return cp;
    }
    at = s.size();  // a truncated sequence: only reachable with text that was never cleaned
    return kReplacement;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::size_t codePointLength(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::size_t utf16Length(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80) n += b >= 0xF0 ? 2 : 1;  // four-byte sequences need a surrogate pair
    }
    return n;
}

std::string_view utf16Prefix(std::string_view utf8, std::size_t units) {
    std::size_t used = 0;
    std::size_t at = 0;
    while (at < utf8.size()) {
        std::size_t next = at;
        const char32_t cp = nextCodePoint(utf8, next);
        const std::size_t width = cp >= 0x10000 ? 2 : 1;
        if (used + width > units) break;
        used += width;
        at = next;
    }
    return utf8.substr(0, at);
}

void appendXmlEscaped(std::string& out, std::string_view text, bool attribute) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"':
                if (attribute) out += "&quot;";
                else out.push_back(c);
                break;
            case '\n':
            case '\t':
                // Attribute values would normalise these to spaces; keep them as written.
                if (attribute) out += c == '\n' ? "&#10;" : "&#9;";
                else out.push_back(c);
                break;
            default: out.push_back(c);
        }
    }
}

std::string xmlEscaped(std::string_view text, bool attribute) {
    std::string out;
    appendXmlEscaped(out, text, attribute);
    return out;
}

std::vector<std::string_view> splitOn(std::string_view text, char separator) {
    std::vector<std::string_view> pieces;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find(separator, start);
        if (end == std::string_view::npos) {
            pieces.push_back(text.substr(start));
            return pieces;
        }
        pieces.push_back(text.substr(start, end - start));
        start = end + 1;
    }
}

std::string joinWith(const std::vector<std::string>& pieces, std::string_view separator) {
    std::string out;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        if (i > 0) out += separator;
        out += pieces[i];
    }
    return out;
}

std::string_view trimmed(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    while (!text.empty() && isSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back())) text.remove_suffix(1);
    return text;
}

}  // namespace edau::exporters
