// SPDX-License-Identifier: GPL-3.0-or-later
// Text helpers every writer shares: cleaning for XML, UTF-8 and UTF-16 lengths, escaping.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "edau/export/export_report.h"

namespace edau::exporters {

/// Makes text safe for every format: valid UTF-8 (bad bytes become U+FFFD), no character XML
/// 1.0 forbids (C0 controls other than tab and line feed, U+FFFE, U+FFFF), and '\n' as the
/// only line break (CR LF and lone CR become '\n'). Counts what it removed or replaced.
class TextCleaner {
public:
    /// The cleaned text.
    std::string clean(std::string_view text);
    /// What was removed or replaced so far, by code point.
    std::vector<RemovedCharacter> removed() const;

private:
    std::map<char32_t, std::size_t> m_removed;
};

/// Decodes the code point at `at` in valid UTF-8 and advances `at` past it.
char32_t nextCodePoint(std::string_view utf8, std::size_t& at);
/// Appends a code point as UTF-8.
void appendUtf8(std::string& out, char32_t cp);
/// Length in code points of valid UTF-8.
std::size_t codePointLength(std::string_view utf8);
/// Length in UTF-16 code units of valid UTF-8: how Excel counts a cell's characters.
std::size_t utf16Length(std::string_view utf8);
/// The longest prefix of valid UTF-8 that is at most `units` UTF-16 code units long.
std::string_view utf16Prefix(std::string_view utf8, std::size_t units);

/// Escapes &, <, > (and " in attributes) for XML and HTML; the text must be clean already.
void appendXmlEscaped(std::string& out, std::string_view text, bool attribute = false);
/// The escaped text, for building attribute values and short strings.
std::string xmlEscaped(std::string_view text, bool attribute = false);

/// Splits text at a separator character; an empty text gives one empty piece.
std::vector<std::string_view> splitOn(std::string_view text, char separator);
/// Joins pieces with a separator.
std::string joinWith(const std::vector<std::string>& pieces, std::string_view separator);
/// Text without leading and trailing spaces, tabs and line breaks.
std::string_view trimmed(std::string_view text);

}  // namespace edau::exporters
