// SPDX-License-Identifier: GPL-3.0-or-later
// A small streaming XML writer for REFI-QDA files: escapes, indents, and keeps out what XML 1.0 forbids.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace edau::exchange {

/// Counts of the characters XML 1.0 cannot hold that were written as U+FFFD, by code point.
struct ReplacementCounts {
    std::map<char32_t, std::size_t> inSourceText;
    std::map<char32_t, std::size_t> elsewhere;
};

/// Replaces each character XML 1.0 forbids (C0 controls other than tab, line feed and carriage
/// return; U+FFFE; U+FFFF) by U+FFFD, one code point for one, counting them in `counts`. The
/// text must be valid UTF-8.
std::string xmlSafe(std::string_view text, std::map<char32_t, std::size_t>& counts);

/// Builds an XML document element by element. Attribute values escape line breaks and tabs as
/// character references so they survive attribute-value normalisation; element text keeps them.
class XmlWriter {
public:
    explicit XmlWriter(ReplacementCounts& counts);

    /// Opens an element; attributes follow with attribute() until the next call of another kind.
    void open(std::string_view name);
    /// Adds an attribute to the element just opened (skipped when `value` is empty and `omitEmpty`).
    void attribute(std::string_view name, std::string_view value, bool omitEmpty = false);
    /// An element holding only text: <name>text</name>.
    void textElement(std::string_view name, std::string_view text);
    /// Closes the innermost open element (as <x/> when nothing was put in it).
    void close();

    /// The document, declaration first. Every element must be closed.
    std::string finish();

private:
    void endStartTag();
    void indent();
    std::string m_out;
    std::vector<std::string> m_open;
    bool m_inStartTag = false;
    ReplacementCounts& m_counts;
};

}  // namespace edau::exchange
