// SPDX-License-Identifier: GPL-3.0-or-later
// A thin, hostile-input-safe libxml2 wrapper: parse from memory, walk elements by namespace.
#pragma once

#include <libxml/tree.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace edau::importers {

/// A parsed XML document. Parsing never touches the network or the filesystem, never
/// substitutes entities, caps nesting at libxml2's default depth (256), and refuses any
/// document whose DOCTYPE declares entities (billion laughs, XXE). Errors are
/// edau::Error(BadInput) naming `fileLabel` and the part. libxml2 prints nothing.
class XmlDocument {
public:
    /// Parses `xml`; `part` names the part inside the file for error messages.
    static XmlDocument parse(std::string_view xml, const std::string& fileLabel, const std::string& part);

    /// The root element (never null for a parsed document).
    const xmlNode* root() const;

private:
    struct Free {
        void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
    };
    explicit XmlDocument(xmlDoc* doc) : m_doc(doc) {}
    std::unique_ptr<xmlDoc, Free> m_doc;
};

namespace xml {

/// True when `node` is an element with this namespace URI and local name.
bool is(const xmlNode* node, std::string_view nsUri, std::string_view localName);
/// The element's local name ("" for non-elements).
std::string_view localName(const xmlNode* node);
/// The element's namespace URI ("" when none).
std::string_view nsUri(const xmlNode* node);
/// First child element (any name), or null.
const xmlNode* firstElement(const xmlNode* parent);
/// Next sibling element, or null.
const xmlNode* nextElement(const xmlNode* node);
/// First child element with this namespace and local name, or null.
const xmlNode* child(const xmlNode* parent, std::string_view nsUri, std::string_view localName);
/// An attribute's value by namespace ("" for an unqualified attribute) and local name.
std::optional<std::string> attribute(const xmlNode* node, std::string_view nsUri, std::string_view localName);
/// The content of a text or CDATA node ("" otherwise).
std::string_view text(const xmlNode* node);

}  // namespace xml

/// Builds the plain text of a document paragraph by paragraph, as LibreOffice's text export
/// lays it out: one line per paragraph, "\n" between them. Caps the total size so a small
/// hostile document (e.g. text:s with a huge count) cannot grow without bound. Soft hyphens
/// (U+00AD) are dropped: they are invisible and would break word search.
class TextOutput {
public:
    TextOutput(std::string fileLabel, std::uint64_t maxBytes);

    /// Appends text to the current paragraph.
    void append(std::string_view utf8);
    /// Appends `count` copies of one ASCII character.
    void appendRepeated(char c, std::size_t count);
    /// Ends the current paragraph (an empty paragraph becomes an empty line).
    void endParagraph();
    /// True when nothing has been appended to the current paragraph yet.
    bool paragraphEmpty() const { return m_text.size() == m_paragraphStart; }
    /// The text so far, without leading or trailing blank lines.
    std::string finish();

private:
    void checkSize();
    std::string m_fileLabel;
    std::uint64_t m_maxBytes;
    std::string m_text;
    std::size_t m_paragraphStart = 0;
};

/// The label of list item or note number `n` in a numbering style: "decimal", "decimalZero",
/// "lowerRoman", "upperRoman", "lowerLetter", "upperLetter" (a..z, aa..zz) or "chicago"
/// (*, †, ‡, §, then doubled); anything else is decimal.
std::string formatNumber(long long n, std::string_view style);

}  // namespace edau::importers
