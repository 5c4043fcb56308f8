// SPDX-License-Identifier: GPL-3.0-or-later
// Byte-to-UTF-8 decoding for plain-text sources, with tables for the legacy encodings.
#include "text_decoding.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <optional>

#include "edau/base/error.h"
#include "edau/text/unicode.h"

namespace edau::importers {

namespace {

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

// Windows-1252 0x80-0x9F; the five unassigned bytes map to the C1 controls, as Windows does.
constexpr std::array<std::uint16_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// ISO-8859-14 (Latin-8, Celtic) 0xA0-0xFF; where it differs from Latin-1 it holds the
// Welsh and Irish letters: Ŵ 0xD0, Ŷ 0xDE, ŵ 0xF0, ŷ 0xFE, Ẁ Ẃ Ẅ Ỳ and dotted consonants.
constexpr std::array<std::uint16_t, 96> kLatin8High = {
    0x00A0, 0x1E02, 0x1E03, 0x00A3, 0x010A, 0x010B, 0x1E0A, 0x00A7, 0x1E80, 0x00A9, 0x1E82, 0x1E0B,
    0x1EF2, 0x00AD, 0x00AE, 0x0178, 0x1E1E, 0x1E1F, 0x0120, 0x0121, 0x1E40, 0x1E41, 0x00B6, 0x1E56,
    0x1E81, 0x1E57, 0x1E83, 0x1E60, 0x1EF3, 0x1E84, 0x1E85, 0x1E61, 0x00C0, 0x00C1, 0x00C2, 0x00C3,
    0x00C4, 0x00C5, 0x00C6, 0x00C7, 0x00C8, 0x00C9, 0x00CA, 0x00CB, 0x00CC, 0x00CD, 0x00CE, 0x00CF,
    0x0174, 0x00D1, 0x00D2, 0x00D3, 0x00D4, 0x00D5, 0x00D6, 0x1E6A, 0x00D8, 0x00D9, 0x00DA, 0x00DB,
    0x00DC, 0x00DD, 0x0176, 0x00DF, 0x00E0, 0x00E1, 0x00E2, 0x00E3, 0x00E4, 0x00E5, 0x00E6, 0x00E7,
    0x00E8, 0x00E9, 0x00EA, 0x00EB, 0x00EC, 0x00ED, 0x00EE, 0x00EF, 0x0175, 0x00F1, 0x00F2, 0x00F3,
    0x00F4, 0x00F5, 0x00F6, 0x1E6B, 0x00F8, 0x00F9, 0x00FA, 0x00FB, 0x00FC, 0x00FD, 0x0177, 0x00FF};

enum class SingleByte { Cp1252, Latin1, Latin8 };

std::string decodeSingleByte(std::string_view bytes, SingleByte table) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        auto b = static_cast<unsigned char>(ch);
        std::uint32_t cp = b;
        if (b >= 0x80 && b <= 0x9F && table == SingleByte::Cp1252) cp = kCp1252High[b - 0x80];
        else if (b >= 0xA0 && table == SingleByte::Latin8) cp = kLatin8High[b - 0xA0];
        appendUtf8(out, cp);
    }
    return out;
}

std::string decodeUtf16(std::string_view bytes, bool bigEndian, const std::string& fileLabel, bool replaceInvalid) {
    std::string out;
    out.reserve(bytes.size());
    if (bytes.size() % 2 != 0 && !replaceInvalid)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} ends in the middle of a UTF-16 character (it may be cut short)"))
                       .arg("file", fileLabel));
    auto unit = [&](std::size_t i) -> std::uint32_t {
        auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (std::uint32_t(a) << 8 | b) : (std::uint32_t(b) << 8 | a);
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        std::uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            std::uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            if (!replaceInvalid)
                throwError(ErrorKind::BadInput,
                           Message(EDAU_MSG("{file} has a broken UTF-16 character at byte {offset}"))
                               .arg("file", fileLabel)
                               .arg("offset", static_cast<long long>(i)));
            u = 0xFFFD;
        }
        appendUtf8(out, u);
    }
    if (bytes.size() % 2 != 0) appendUtf8(out, 0xFFFD);
    return out;
}

std::string replaceInvalidUtf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    while (!s.empty()) {
        auto bad = text::findInvalidUtf8(s);
        if (!bad) {
            out.append(s);
            break;
        }
        out.append(s.substr(0, *bad));
        appendUtf8(out, 0xFFFD);
        s.remove_prefix(*bad + 1);
    }
    return out;
}

std::string checkedUtf8(std::string_view body, std::size_t bomLength, const std::string& fileLabel, bool replaceInvalid) {
    if (auto bad = text::findInvalidUtf8(body)) {
        if (replaceInvalid) return replaceInvalidUtf8(body);
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is not valid UTF-8: the byte at offset {offset} cannot be read. "
                                    "Choose the file's real encoding (for example windows-1252 or iso-8859-14), "
                                    "or ask Edau to replace unreadable bytes"))
                       .arg("file", fileLabel)
                       .arg("offset", static_cast<long long>(*bad + bomLength)));
    }
    return std::string(body);
}

/// BOM-less UTF-16: most characters of Latin-script text have a zero high byte.
std::optional<bool> looksLikeUtf16(std::string_view bytes) {
    if (bytes.size() < 8 || bytes.size() % 2 != 0) return std::nullopt;
    std::size_t sample = std::min<std::size_t>(bytes.size(), 4096);
    std::size_t evenZero = 0, oddZero = 0;
    for (std::size_t i = 0; i + 1 < sample; i += 2) {
        if (bytes[i] == 0) ++evenZero;
        if (bytes[i + 1] == 0) ++oddZero;
    }
    std::size_t units = sample / 2;
    if (oddZero * 10 > units * 6 && evenZero * 10 < units) return false;  // little-endian
    if (evenZero * 10 > units * 6 && oddZero * 10 < units) return true;   // big-endian
    return std::nullopt;
}

bool isAsciiLetter(unsigned char c) { return std::isalpha(c) != 0; }

/// Welsh written in Latin-8 shows ŵ/ŷ (0xF0/0xFE, capitals 0xD0/0xDE) between letters, where
/// Latin-1 would give Icelandic ð/þ that no Welsh or English word contains.
bool looksLikeLatin8(std::string_view bytes) {
    std::size_t inWords = 0;
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        auto b = static_cast<unsigned char>(bytes[i]);
        if (b != 0xF0 && b != 0xFE && b != 0xD0 && b != 0xDE) continue;
        bool before = i > 0 && isAsciiLetter(static_cast<unsigned char>(bytes[i - 1]));
        bool after = i + 1 < bytes.size() && isAsciiLetter(static_cast<unsigned char>(bytes[i + 1]));
        if (before || after) ++inWords;
    }
    return inWords > 0;
}

bool hasC1Bytes(std::string_view bytes) {
    return std::any_of(bytes.begin(), bytes.end(), [](char c) {
        auto b = static_cast<unsigned char>(c);
        return b >= 0x80 && b <= 0x9F;
    });
}

}  // namespace

std::string canonicalEncodingName(const std::string& name) {
    std::string n;
    for (char c : name) n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    n.erase(std::remove(n.begin(), n.end(), '_'), n.end());
    if (n == "auto") return "auto";
    if (n == "utf-8" || n == "utf8") return "utf-8";
    if (n == "utf-16" || n == "utf16") return "utf-16";
    if (n == "utf-16le" || n == "utf16le") return "utf-16le";
    if (n == "utf-16be" || n == "utf16be") return "utf-16be";
    if (n == "windows-1252" || n == "cp1252" || n == "win1252") return "windows-1252";
    if (n == "iso-8859-1" || n == "iso8859-1" || n == "latin1" || n == "latin-1") return "iso-8859-1";
    if (n == "iso-8859-14" || n == "iso8859-14" || n == "latin8" || n == "latin-8") return "iso-8859-14";
    return "";
}

DecodedText decodeText(std::string_view bytes, const std::string& requested, const std::string& fileLabel,
                       bool replaceInvalid) {
    std::string encoding = canonicalEncodingName(requested.empty() ? "auto" : requested);
    if (encoding.empty())
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("Edau does not know the encoding {encoding}; use utf-8, utf-16, windows-1252, "
                                    "iso-8859-1 or iso-8859-14"))
                       .arg("encoding", requested));
    auto startsWith = [&](std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; };
    const bool utf8Bom = startsWith("\xEF\xBB\xBF");
    const bool le = startsWith("\xFF\xFE"), be = startsWith("\xFE\xFF");

    if (encoding == "auto" || encoding == "utf-16" || encoding == "utf-8") {
        if (le && encoding != "utf-8") return {decodeUtf16(bytes.substr(2), false, fileLabel, replaceInvalid), "utf-16le"};
        if (be && encoding != "utf-8") return {decodeUtf16(bytes.substr(2), true, fileLabel, replaceInvalid), "utf-16be"};
        if (utf8Bom && encoding != "utf-16")
            return {checkedUtf8(bytes.substr(3), 3, fileLabel, replaceInvalid), "utf-8-bom"};
    }
    if (encoding == "utf-8") return {checkedUtf8(bytes, 0, fileLabel, replaceInvalid), "utf-8"};
    if (encoding == "utf-16le") return {decodeUtf16(le ? bytes.substr(2) : bytes, false, fileLabel, replaceInvalid), "utf-16le"};
    if (encoding == "utf-16be") return {decodeUtf16(be ? bytes.substr(2) : bytes, true, fileLabel, replaceInvalid), "utf-16be"};
    if (encoding == "utf-16") {
        bool bigEndian = looksLikeUtf16(bytes).value_or(false);
        return {decodeUtf16(bytes, bigEndian, fileLabel, replaceInvalid), bigEndian ? "utf-16be" : "utf-16le"};
    }
    if (encoding == "windows-1252") return {decodeSingleByte(bytes, SingleByte::Cp1252), "windows-1252"};
    if (encoding == "iso-8859-1") return {decodeSingleByte(bytes, SingleByte::Latin1), "iso-8859-1"};
    if (encoding == "iso-8859-14") return {decodeSingleByte(bytes, SingleByte::Latin8), "iso-8859-14"};

    // auto without a BOM. UTF-16 text is full of zero bytes, which are valid UTF-8: look for it first.
    if (auto bigEndian = looksLikeUtf16(bytes))
        return {decodeUtf16(bytes, *bigEndian, fileLabel, replaceInvalid), *bigEndian ? "utf-16be" : "utf-16le"};
    if (!text::findInvalidUtf8(bytes)) return {std::string(bytes), "utf-8"};
    if (looksLikeLatin8(bytes) && !hasC1Bytes(bytes)) return {decodeSingleByte(bytes, SingleByte::Latin8), "iso-8859-14"};
    if (hasC1Bytes(bytes)) return {decodeSingleByte(bytes, SingleByte::Cp1252), "windows-1252"};
    return {decodeSingleByte(bytes, SingleByte::Latin1), "iso-8859-1"};
}

}  // namespace edau::importers
