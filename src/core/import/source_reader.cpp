// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text sources: decoding, line endings, turns and a language guess.
#include "edau/import/source_reader.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "edau/base/error.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {

constexpr std::uintmax_t kMaxTextFileBytes = 256ull * 1024 * 1024;

std::string readFileBytes(const std::string& path) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::exists(path, ec))
        throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no file at {file}")).arg("file", path));
    if (!fs::is_regular_file(path, ec))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is not a file")).arg("file", path));
    auto size = fs::file_size(path, ec);
    if (!ec && size > kMaxTextFileBytes)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large to be a transcript ({size} bytes)"))
                                            .arg("file", path)
                                            .arg("size", static_cast<long long>(size)));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("Cannot read {file}: permission denied")).arg("file", path));
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
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

std::string decodeUtf16(const std::string& bytes, bool bigEndian, const std::string& path) {
    std::string out;
    out.reserve(bytes.size());
    if (bytes.size() % 2 != 0)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} ends in the middle of a UTF-16 character")).arg("file", path));
    auto unit = [&](std::size_t i) -> std::uint32_t {
        auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (std::uint32_t(a) << 8 | b) : (std::uint32_t(b) << 8 | a);
    };
    for (std::size_t i = 2; i + 1 < bytes.size(); i += 2) {
        std::uint32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 3 < bytes.size()) {
            std::uint32_t lo = unit(i + 2);
            if (lo >= 0xDC00 && lo <= 0xDFFF) {
                appendUtf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
                i += 2;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF)
            throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} has a broken UTF-16 character at byte {offset}"))
                                                .arg("file", path)
                                                .arg("offset", static_cast<long long>(i)));
        appendUtf8(out, u);
    }
    return out;
}

std::string normaliseLineEndings(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else {
            out += s[i];
        }
    }
    return out;
}

bool isSpace(char c) { return c == ' ' || c == '\t'; }

}  // namespace

SourceContent readSourceFile(const std::string& path, const SourceReadOptions& options) {
    std::string bytes = readFileBytes(path);
    SourceContent content;
    std::string decoded;
    std::string encoding = options.encoding;
    if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFF && static_cast<unsigned char>(bytes[1]) == 0xFE) {
        decoded = decodeUtf16(bytes, false, path);
        encoding = "utf-16le";
    } else if (bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0xFE &&
               static_cast<unsigned char>(bytes[1]) == 0xFF) {
        decoded = decodeUtf16(bytes, true, path);
        encoding = "utf-16be";
    } else {
        std::size_t skip = (bytes.rfind("\xEF\xBB\xBF", 0) == 0) ? 3 : 0;
        std::string_view body(bytes.data() + skip, bytes.size() - skip);
        if (auto bad = text::findInvalidUtf8(body))
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is not valid UTF-8 (first bad byte at offset {offset}); "
                                        "choose its encoding, e.g. windows-1252 or iso-8859-14"))
                           .arg("file", path)
                           .arg("offset", static_cast<long long>(*bad + skip)));
        decoded.assign(body);
        encoding = skip ? "utf-8-bom" : "utf-8";
    }
    if (decoded.find('\0') != std::string::npos)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} looks like a binary file, not text")).arg("file", path));
    namespace fs = std::filesystem;
    fs::path p(path);
    content.draft.text = text::toNfc(normaliseLineEndings(decoded));
    content.draft.name = p.stem().string();
    content.draft.originalFileName = p.filename().string();
    content.draft.format = "txt";
    content.draft.encoding = encoding;
    content.draft.language = options.language == "auto" ? guessLanguage(content.draft.text) : options.language;
    if (options.detectTurns) content.turns = detectTurns(content.draft.text);
    return content;
}

std::vector<Turn> detectTurns(const std::string& t) {
    // Labels: one to four words (letters of any script, digits, apostrophes, hyphens, dots)
    // at the start of a line, then ':' and a space or line end; at most 40 code points.
    std::vector<Turn> turns;
    std::int64_t cpIndex = 0;  // code point index of position i
    std::size_t i = 0;
    auto cpLen = [&](std::size_t from, std::size_t to) { return text::codePointCount(std::string_view(t).substr(from, to - from)); };
    std::size_t lineStart = 0;
    std::int64_t lineStartCp = 0;
    while (lineStart <= t.size()) {
        std::size_t lineEnd = t.find('\n', lineStart);
        if (lineEnd == std::string::npos) lineEnd = t.size();
        std::string_view line(t.data() + lineStart, lineEnd - lineStart);
        std::size_t colon = line.find(':');
        if (colon != std::string::npos && colon > 0 && colon <= 60 &&
            (colon + 1 == line.size() || isSpace(line[colon + 1]))) {
            std::string_view label = line.substr(0, colon);
            int words = 1;
            bool ok = !isSpace(label.front()) && !isSpace(label.back());
            for (std::size_t k = 0; ok && k < label.size(); ++k) {
                unsigned char c = static_cast<unsigned char>(label[k]);
                if (c == ' ') {
                    ++words;
                } else if (c < 0x80 && !std::isalnum(c) && c != '\'' && c != '-' && c != '.' && c != '_' &&
                           c != '[' && c != ']' && c != '(' && c != ')') {
                    ok = false;
                }
            }
            if (ok && words <= 4 && text::codePointCount(label) <= 40) {
                if (!turns.empty()) {
                    // The previous turn ends at the end of the text before this line.
                    std::int64_t end = lineStartCp;
                    std::size_t back = lineStart;
                    while (back > 0 && (t[back - 1] == '\n' || isSpace(t[back - 1]))) {
                        --back;
                        --end;
                    }
                    turns.back().end = std::max(turns.back().start, end);
                }
                Turn turn;
                turn.speaker = std::string(label);
                turn.start = lineStartCp;
                turns.push_back(std::move(turn));
            }
        }
        if (lineEnd >= t.size()) break;
        lineStartCp += cpLen(lineStart, lineEnd + 1);
        lineStart = lineEnd + 1;
    }
    (void)i;
    (void)cpIndex;
    if (!turns.empty()) {
        std::int64_t end = text::codePointCount(t);
        std::size_t back = t.size();
        while (back > 0 && (t[back - 1] == '\n' || isSpace(t[back - 1]))) {
            --back;
            --end;
        }
        turns.back().end = std::max(turns.back().start, end);
    }
    return turns;
}

std::string guessLanguage(const std::string& textValue) {
    static const char* const kWelsh[] = {"y", "yr", "mae", "yn", "ac", "ei", "ar", "dw", "ddim", "ni", "chi",
                                         "fi", "hi", "fe", "wedi", "bod", "roedd", "oedd", "gyda", "i'r", "mae'n",
                                         "sy'n", "o'r", "ond", "hefyd", "fy", "eu", "ein", "yng", "ym", "efo"};
    static const char* const kEnglish[] = {"the", "and", "to", "of", "is", "was", "it", "that", "in", "you",
                                           "but", "with", "for", "they", "we", "have", "had", "what", "just", "this"};
    std::size_t welsh = 0, english = 0;
    std::string word;
    auto flush = [&] {
        if (word.empty()) return;
        for (auto* w : kWelsh)
            if (word == w) ++welsh;
        for (auto* w : kEnglish)
            if (word == w) ++english;
        word.clear();
    };
    for (char ch : textValue) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (std::isalpha(c) || c == '\'') {
            word += static_cast<char>(std::tolower(c));
        } else if (c >= 0x80) {
            word += ch;
        } else {
            flush();
        }
    }
    flush();
    std::size_t total = welsh + english;
    if (total < 5) return "";
    double share = static_cast<double>(welsh) / static_cast<double>(total);
    if (share > 0.8) return "cy";
    if (share < 0.2) return "en";
    return "mixed";
}

std::vector<std::vector<std::string>> parseCsv(const std::string& input) {
    std::vector<std::vector<std::string>> rows;
    std::string_view s(input);
    if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.remove_prefix(3);
    std::vector<std::string> row;
    std::string field;
    bool quoted = false, fieldStarted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < s.size() && s[i + 1] == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == ',') {
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            row.push_back(std::move(field));
            field.clear();
            fieldStarted = false;
            if (!(row.size() == 1 && row[0].empty())) rows.push_back(std::move(row));
            row.clear();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace edau

namespace edau {

AttributeType inferAttributeType(const std::vector<std::string>& values) {
    auto isDate = [](const std::string& v) {
        if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
        for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
        int month = std::stoi(v.substr(5, 2)), day = std::stoi(v.substr(8, 2));
        return month >= 1 && month <= 12 && day >= 1 && day <= 31;
    };
    auto isNumber = [](const std::string& v) {
        if (v.empty()) return false;
        char* end = nullptr;
        std::strtod(v.c_str(), &end);
        return end == v.c_str() + v.size();
    };
    std::vector<std::string> present;
    for (const auto& v : values)
        if (!v.empty()) present.push_back(v);
    if (present.empty()) return AttributeType::Text;
    if (std::all_of(present.begin(), present.end(), isDate)) return AttributeType::Date;
    if (std::all_of(present.begin(), present.end(), isNumber)) return AttributeType::Number;
    std::vector<std::string> distinct = present;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    bool shortValues = std::all_of(distinct.begin(), distinct.end(), [](const std::string& v) { return v.size() <= 40; });
    if (shortValues && (distinct.size() <= 12 || distinct.size() * 2 <= present.size())) return AttributeType::Category;
    return AttributeType::Text;
}

}  // namespace edau
