// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument text (.odt) as plain text, laid out as LibreOffice's text export lays it out.
//
// What matches LibreOffice (`soffice --convert-to txt`): one line per paragraph or heading;
// ODF white-space rules (runs of spaces collapse, leading ones drop; text:s, text:tab and
// text:line-break are literal); table cells' paragraphs in reading order; list labels ("1.",
// "1.a)", "•") before list items; note citations left inline; frames, text boxes, comments
// and tracked-change records left out. Where Edau differs on purpose: note bodies are appended
// at the end (the export drops them), text deleted with tracked changes is left out (the
// export keeps it), fields keep their stored text (LibreOffice recomputes dates), and soft
// hyphens are dropped.
#include <algorithm>
#include <array>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edau/base/error.h"
#include "format_readers.h"
#include "xml_document.h"
#include "zip_archive.h"

namespace edau::importers {

namespace {

constexpr std::string_view kOffice = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kText = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr std::string_view kTable = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr std::string_view kDraw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr std::string_view kStyle = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr std::string_view kManifest = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";
constexpr std::string_view kXmlNs = "http://www.w3.org/XML/1998/namespace";
constexpr std::string_view kOdtMime = "application/vnd.oasis.opendocument.text";
constexpr int kMaxDepth = 400;          // libxml2 already caps nesting at 256; this guards our recursion
constexpr long long kMaxSpaces = 1000;  // one text:s element; real documents use a handful
constexpr std::size_t kListLevels = 10;
constexpr std::size_t kMaxLabelBytes = 256;  // a longer list label is a crafted file, not a list

bool isText(const xmlNode* n, std::string_view name) { return xml::is(n, kText, name); }

std::optional<long long> parseCount(const std::optional<std::string>& v) {
    if (!v || v->empty() || v->size() > 12) return std::nullopt;
    long long value = 0;
    for (char c : *v) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

// ---- lists ---------------------------------------------------------------------------------

struct ListLevelStyle {
    bool bullet = false;
    std::string bulletChar = "\u2022";
    std::string format = "decimal";  // formatNumber style, or "none"
    std::string prefix;
    std::string suffix;
    long long start = 1;
    int displayLevels = 1;
};

using ListStyle = std::array<ListLevelStyle, kListLevels>;

std::string numberStyle(std::string_view odfFormat) {
    if (odfFormat.empty()) return "none";
    if (odfFormat == "a") return "lowerLetter";
    if (odfFormat == "A") return "upperLetter";
    if (odfFormat == "i") return "lowerRoman";
    if (odfFormat == "I") return "upperRoman";
    return "decimal";
}

void loadListStyles(const xmlNode* container, std::map<std::string, ListStyle>& styles) {
    for (const xmlNode* s = xml::firstElement(container); s; s = xml::nextElement(s)) {
        if (!isText(s, "list-style")) continue;
        ListStyle style;
        for (const xmlNode* l = xml::firstElement(s); l; l = xml::nextElement(l)) {
            auto level = parseCount(xml::attribute(l, kText, "level"));
            if (!level || *level < 1 || *level > static_cast<long long>(kListLevels)) continue;
            ListLevelStyle& def = style[static_cast<std::size_t>(*level - 1)];
            if (isText(l, "list-level-style-number")) {
                def.format = numberStyle(xml::attribute(l, kStyle, "num-format").value_or(""));
                def.prefix = xml::attribute(l, kStyle, "num-prefix").value_or("");
                def.suffix = xml::attribute(l, kStyle, "num-suffix").value_or("");
                def.start = parseCount(xml::attribute(l, kText, "start-value")).value_or(1);
                def.displayLevels = static_cast<int>(
                    std::min<long long>(parseCount(xml::attribute(l, kText, "display-levels")).value_or(1), kListLevels));
            } else if (isText(l, "list-level-style-bullet")) {
                def.bullet = true;
                std::string c = xml::attribute(l, kText, "bullet-char").value_or("");
                if (!c.empty()) def.bulletChar = c;
            } else if (isText(l, "list-level-style-image")) {
                def.bullet = true;
            }
        }
        for (ListLevelStyle& def : style) {
            if (def.prefix.size() > kMaxLabelBytes) def.prefix.clear();
            if (def.suffix.size() > kMaxLabelBytes) def.suffix.clear();
            if (def.bulletChar.size() > kMaxLabelBytes) def.bulletChar = "\u2022";
        }
        if (auto name = xml::attribute(s, kStyle, "name")) styles[*name] = style;
    }
}

struct ListInstance {
    std::string styleName;
    std::array<std::optional<long long>, kListLevels> counters;
};

// ---- text ----------------------------------------------------------------------------------

struct PendingNote {
    bool endnote = false;
    std::string citation;
    const xmlNode* body = nullptr;
};

bool hasParagraphText(const xmlNode* node, int depth) {
    if (depth > kMaxDepth) return false;
    for (const xmlNode* c = node->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE && xml::text(c).find_first_not_of(" \t\r\n") != std::string_view::npos) return true;
        if (c->type == XML_ELEMENT_NODE && hasParagraphText(c, depth + 1)) return true;
    }
    return false;
}

class OdtText {
public:
    OdtText(TextOutput& out, const std::map<std::string, ListStyle>& listStyles) : m_out(out), m_listStyles(listStyles) {}

    void body(const xmlNode* officeText) { blocks(officeText, 0); }

    void notes() {
        for (bool endnotes : {false, true}) {
            for (const PendingNote& note : m_notes) {
                if (note.endnote != endnotes) continue;
                m_noteLabel = note.citation.empty() ? std::string() : note.citation + " ";
                m_inNote = true;
                blocks(note.body, 0);
                m_inNote = false;
                ++(endnotes ? m_endnoteCount : m_footnoteCount);
            }
        }
    }

    std::size_t footnoteCount() const { return m_footnoteCount; }
    std::size_t endnoteCount() const { return m_endnoteCount; }
    bool leftOutDeletions() const { return m_leftOutDeletions; }
    bool leftOutFrames() const { return m_leftOutFrames; }

private:
    void blocks(const xmlNode* parent, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c)) {
            std::string_view ns = xml::nsUri(c);
            std::string_view name = xml::localName(c);
            if (ns == kText && (name == "p" || name == "h")) {
                paragraph(c, std::string(), depth + 1);
            } else if (ns == kText && name == "list") {
                list(c, nullptr, 0, depth + 1);
            } else if (ns == kText && name == "tracked-changes") {
                for (const xmlNode* region = xml::firstElement(c); region; region = xml::nextElement(region))
                    if (const xmlNode* deletion = xml::child(region, kText, "deletion"); deletion && hasParagraphText(deletion, depth))
                        m_leftOutDeletions = true;
            } else if (ns == kText && (name.ends_with("-decls") || name.ends_with("-source") || name == "note-body")) {
                // declarations and index templates carry no document text
            } else if (ns == kText || ns == kTable || (ns == kOffice && name == "text")) {
                blocks(c, depth + 1);  // sections, tables, rows, cells, index bodies
            } else if (ns == kDraw && hasParagraphText(c, depth)) {
                m_leftOutFrames = true;  // frames anchored to the page; LibreOffice's export leaves them out
            }
        }
    }

    void list(const xmlNode* listNode, ListInstance* instance, std::size_t level, int depth) {
        if (depth > kMaxDepth) return;
        if (!instance) instance = startList(listNode);
        for (const xmlNode* item = xml::firstElement(listNode); item; item = xml::nextElement(item)) {
            const bool header = isText(item, "list-header");
            if (!header && !isText(item, "list-item")) continue;
            bool first = true;
            for (const xmlNode* c = xml::firstElement(item); c; c = xml::nextElement(c)) {
                if (isText(c, "p") || isText(c, "h")) {
                    std::string label;
                    if (first && !header) label = labelFor(*instance, level, item);
                    paragraph(c, label, depth + 1);
                } else if (isText(c, "list")) {
                    list(c, instance, std::min(level + 1, kListLevels - 1), depth + 1);
                } else {
                    blocks(c, depth + 1);  // a table or section inside an item: walk it like the body
                }
                first = false;
            }
        }
    }

    ListInstance* startList(const xmlNode* listNode) {
        std::string style = xml::attribute(listNode, kText, "style-name").value_or("");
        ListInstance* instance = nullptr;
        if (auto continued = xml::attribute(listNode, kText, "continue-list")) {
            if (auto it = m_listsById.find(*continued); it != m_listsById.end()) instance = it->second;
        } else if (xml::attribute(listNode, kText, "continue-numbering").value_or("") == "true") {
            if (auto it = m_lastListByStyle.find(style); it != m_lastListByStyle.end()) instance = it->second;
        }
        if (!instance) {
            m_lists.push_back({style, {}});
            instance = &m_lists.back();
        }
        if (auto id = xml::attribute(listNode, kXmlNs, "id")) m_listsById[*id] = instance;
        m_lastListByStyle[style] = instance;
        return instance;
    }

    std::string labelFor(ListInstance& list, std::size_t level, const xmlNode* item) {
        auto styleIt = m_listStyles.find(list.styleName);
        static const ListStyle kDefault{};
        const ListStyle& style = styleIt != m_listStyles.end() ? styleIt->second : kDefault;
        const ListLevelStyle& def = style[level];
        auto& current = list.counters[level];
        if (auto startAt = parseCount(xml::attribute(item, kText, "start-value")))
            current = *startAt;
        else
            current = current ? *current + 1 : def.start;
        for (std::size_t deeper = level + 1; deeper < kListLevels; ++deeper) list.counters[deeper].reset();
        // LibreOffice shows a list whose named style is missing with its default bullet.
        if (styleIt == m_listStyles.end()) return list.styleName.empty() ? std::string() : std::string("\u2022");
        if (def.bullet) return def.bulletChar;
        if (def.format == "none") return def.prefix + def.suffix;
        std::string number;
        std::size_t first = level + 1 >= static_cast<std::size_t>(def.displayLevels) ? level + 1 - static_cast<std::size_t>(def.displayLevels) : 0;
        for (std::size_t l = first; l <= level; ++l) {
            const ListLevelStyle& shown = style[l];
            if (shown.format == "none" || shown.bullet) continue;
            if (!number.empty()) number += '.';
            number += formatNumber(list.counters[l].value_or(shown.start), shown.format);
        }
        return def.prefix + number + def.suffix;
    }

    void paragraph(const xmlNode* p, const std::string& label, int depth) {
        if (m_inNote && !m_noteLabel.empty()) {
            m_out.append(m_noteLabel);
            m_noteLabel.clear();
        }
        if (!label.empty() && label.size() <= kMaxLabelBytes) m_out.append(label + " ");
        m_lastWasSpace = true;  // white space at the start of a paragraph is dropped
        inlines(p, depth + 1);
        m_out.endParagraph();
    }

    void characters(std::string_view s) {
        std::string run;
        for (char ch : s) {
            if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') {
                if (!m_lastWasSpace) run += ' ';
                m_lastWasSpace = true;
            } else {
                run += ch;
                m_lastWasSpace = false;
            }
        }
        m_out.append(run);
    }

    void inlines(const xmlNode* parent, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = parent->children; c; c = c->next) {
            if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
                characters(xml::text(c));
                continue;
            }
            if (c->type != XML_ELEMENT_NODE) continue;
            std::string_view ns = xml::nsUri(c);
            std::string_view name = xml::localName(c);
            if (ns != kText) {
                if (ns == kDraw && hasParagraphText(c, depth)) m_leftOutFrames = true;
                continue;  // frames, shapes, comments (office:annotation), form controls
            }
            if (name == "s") {
                long long count = parseCount(xml::attribute(c, kText, "c")).value_or(1);
                m_out.appendRepeated(' ', static_cast<std::size_t>(std::clamp<long long>(count, 0, kMaxSpaces)));
                m_lastWasSpace = false;
            } else if (name == "tab") {
                m_out.append("\t");
                m_lastWasSpace = false;
            } else if (name == "line-break") {
                m_out.append("\n");
                m_lastWasSpace = false;
            } else if (name == "note") {
                note(c);
            } else if (name == "ruby") {
                if (const xmlNode* base = xml::child(c, kText, "ruby-base")) inlines(base, depth + 1);
            } else if (name == "soft-page-break" || name == "soft-hyphen" || name == "hidden-text" ||
                       name == "note-citation" || name == "note-body" || name.ends_with("-mark") ||
                       name.ends_with("-mark-start") || name.ends_with("-mark-end") || name.starts_with("change") ||
                       name.starts_with("bookmark")) {
                // no visible text of their own
            } else {
                inlines(c, depth + 1);  // spans, links, fields and their displayed values, meta
            }
        }
    }

    void note(const xmlNode* n) {
        if (m_inNote) return;  // a note inside a note: LibreOffice cannot show it either
        std::string citation;
        if (const xmlNode* cite = xml::child(n, kText, "note-citation")) {
            for (const xmlNode* t = cite->children; t; t = t->next) citation += xml::text(t);
            std::size_t b = citation.find_first_not_of(" \t\r\n"), e = citation.find_last_not_of(" \t\r\n");
            citation = b == std::string::npos ? std::string() : citation.substr(b, e - b + 1);
        }
        if (!citation.empty()) {
            m_out.append(citation);
            m_lastWasSpace = false;
        }
        if (const xmlNode* body = xml::child(n, kText, "note-body"))
            m_notes.push_back({xml::attribute(n, kText, "note-class").value_or("footnote") == "endnote", citation, body});
    }

    TextOutput& m_out;
    const std::map<std::string, ListStyle>& m_listStyles;
    std::deque<ListInstance> m_lists;  // deque: pointers stay valid as lists are added
    std::map<std::string, ListInstance*> m_listsById;
    std::map<std::string, ListInstance*> m_lastListByStyle;
    std::vector<PendingNote> m_notes;
    bool m_lastWasSpace = true;
    bool m_inNote = false;
    std::string m_noteLabel;
    std::size_t m_footnoteCount = 0;
    std::size_t m_endnoteCount = 0;
    bool m_leftOutDeletions = false;
    bool m_leftOutFrames = false;
};

std::string trimmedAscii(std::string s) {
    std::size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

/// True when the manifest says content.xml is encrypted (a password-protected document).
bool contentIsEncrypted(ZipArchive& zip, const std::string& fileLabel) {
    auto manifest = zip.read("META-INF/manifest.xml");
    if (!manifest) return false;
    try {
        XmlDocument doc = XmlDocument::parse(*manifest, fileLabel, "META-INF/manifest.xml");
        for (const xmlNode* e = xml::firstElement(doc.root()); e; e = xml::nextElement(e)) {
            if (!xml::is(e, kManifest, "file-entry")) continue;
            std::string path = xml::attribute(e, kManifest, "full-path").value_or("");
            if ((path == "content.xml" || path == "/content.xml") && xml::child(e, kManifest, "encryption-data")) return true;
        }
    } catch (const Error&) {
        // A broken manifest does not stop the import; content.xml is what matters.
    }
    return false;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

ExtractedText readOdt(std::string_view bytes, const std::string& fileLabel, const ZipLimits& limits) {
    if (bytes.empty()) throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is empty")).arg("file", fileLabel));
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is an old binary Word document (.doc) or a password-protected Office "
                                    "file, not an OpenDocument text; save it as .odt or .docx and import it again"))
                       .arg("file", fileLabel));
    if (!ZipArchive::looksLikeZip(bytes))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is not an OpenDocument text: its contents are not in the .odt format "
                                    "(the file may be damaged or have the wrong name)"))
                       .arg("file", fileLabel));

    ZipArchive zip(bytes, fileLabel, limits);
    if (auto mime = zip.read("mimetype")) {
        std::string type = trimmedAscii(*mime);
        if (type != kOdtMime && type != std::string(kOdtMime) + "-template") {
            if (type.starts_with("application/vnd.oasis.opendocument."))
                throwError(ErrorKind::BadInput,
                           Message(EDAU_MSG("{file} is an OpenDocument file of another kind ({type}), not a text "
                                            "document"))
                               .arg("file", fileLabel)
                               .arg("type", type.substr(std::string_view("application/vnd.oasis.opendocument.").size())));
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is not an OpenDocument text: it says its type is \"{type}\""))
                           .arg("file", fileLabel)
                           .arg("type", type.substr(0, 100)));
        }
    }
    if (!zip.contains("content.xml")) {
        if (zip.contains("word/document.xml"))
            throwError(ErrorKind::BadInput,
                       Message(EDAU_MSG("{file} is a Word document, not an OpenDocument text; rename it to .docx and "
                                        "import it again"))
                           .arg("file", fileLabel));
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged or not an OpenDocument text: the part holding its text "
                                    "(content.xml) is missing"))
                       .arg("file", fileLabel));
    }
    if (contentIsEncrypted(zip, fileLabel))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is password-protected; open it in LibreOffice, remove the password, save "
                                    "it and import it again"))
                       .arg("file", fileLabel));

    auto contentBytes = zip.read("content.xml");
    XmlDocument content = XmlDocument::parse(*contentBytes, fileLabel, "content.xml");
    const xmlNode* officeBody = xml::child(content.root(), kOffice, "body");
    const xmlNode* officeText = xml::child(officeBody, kOffice, "text");
    if (!xml::is(content.root(), kOffice, "document-content") || !officeText)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged or not an OpenDocument text: its content part has no text "
                                    "body"))
                       .arg("file", fileLabel));

    // List styles live in content.xml (automatic) and styles.xml (named and automatic).
    std::map<std::string, ListStyle> listStyles;
    std::optional<XmlDocument> stylesDoc;
    if (auto stylesBytes = zip.read("styles.xml")) {
        stylesDoc = XmlDocument::parse(*stylesBytes, fileLabel, "styles.xml");
        loadListStyles(xml::child(stylesDoc->root(), kOffice, "styles"), listStyles);
        loadListStyles(xml::child(stylesDoc->root(), kOffice, "automatic-styles"), listStyles);
    }
    loadListStyles(xml::child(content.root(), kOffice, "automatic-styles"), listStyles);

    TextOutput out(fileLabel, limits.maxTotalUncompressed);
    OdtText text(out, listStyles);
    text.body(officeText);
    text.notes();

    ExtractedText result;
    result.text = out.finish();
    const std::size_t footnotes = text.footnoteCount(), endnotes = text.endnoteCount();
    if (footnotes > 0 && endnotes > 0)
        result.notes.push_back(plural(footnotes, "footnote", "footnotes") + " and " + plural(endnotes, "endnote", "endnotes") +
                               " were moved to the end of the text.");
    else if (footnotes > 0)
        result.notes.push_back(plural(footnotes, "footnote was", "footnotes were") + " moved to the end of the text.");
    else if (endnotes > 0)
        result.notes.push_back(plural(endnotes, "endnote was", "endnotes were") + " moved to the end of the text.");
    if (text.leftOutDeletions())
        result.notes.push_back("Text deleted with tracked changes was left out; inserted text was kept.");
    if (text.leftOutFrames()) result.notes.push_back("Text inside text boxes and frames was left out.");
    return result;
}

}  // namespace edau::importers
