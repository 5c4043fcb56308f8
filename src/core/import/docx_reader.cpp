// SPDX-License-Identifier: GPL-3.0-or-later
// Word .docx as plain text, laid out as LibreOffice's text export lays it out.
//
// What matches LibreOffice (`soffice --convert-to txt`): one line per paragraph; table cells'
// paragraphs in reading order, one per line; list labels ("1.", "a)", "•") before numbered
// paragraphs; line breaks, page breaks inside a paragraph, tabs, non-breaking hyphens (U+2011)
// and w:sym characters as LibreOffice writes them; footnote and endnote numbers left inline;
// headers, footers, comments and text boxes left out (LibreOffice's export has no text boxes).
// Where Edau differs on purpose: footnote and endnote texts are appended at the end (the
// export drops them), tracked deletions are left out (the export keeps them), fields keep the
// result Word last displayed (LibreOffice recomputes dates), and soft hyphens are dropped.
#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "edau/base/error.h"
#include "format_readers.h"
#include "xml_document.h"
#include "zip_archive.h"

namespace edau::importers {

namespace {

constexpr std::string_view kW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";
constexpr std::string_view kMc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr std::string_view kRels = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";
constexpr int kMaxDepth = 400;  // libxml2 already caps nesting at 256; this guards our recursion
constexpr std::size_t kMaxFieldNesting = 256;
constexpr std::size_t kMaxLabelBytes = 256;  // a longer list label is a crafted file, not a list

bool isW(const xmlNode* n, std::string_view name) {
    if (!n || n->type != XML_ELEMENT_NODE || xml::localName(n) != name) return false;
    auto ns = xml::nsUri(n);
    return ns == kW || ns == kWStrict;
}

bool inW(const xmlNode* n) {
    auto ns = xml::nsUri(n);
    return ns == kW || ns == kWStrict;
}

const xmlNode* childW(const xmlNode* parent, std::string_view name) {
    for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c))
        if (isW(c, name)) return c;
    return nullptr;
}

/// A w: attribute (either namespace), falling back to an unqualified one.
std::optional<std::string> attrW(const xmlNode* n, std::string_view name) {
    if (auto v = xml::attribute(n, kW, name)) return v;
    if (auto v = xml::attribute(n, kWStrict, name)) return v;
    return xml::attribute(n, "", name);
}

std::optional<long long> attrInt(const xmlNode* n, std::string_view name) {
    auto v = attrW(n, name);
    if (!v || v->empty() || v->size() > 9) return std::nullopt;
    long long value = 0;
    std::size_t i = 0;
    bool negative = (*v)[0] == '-';
    if (negative) i = 1;
    if (i >= v->size()) return std::nullopt;
    for (; i < v->size(); ++i) {
        char c = (*v)[i];
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return negative ? -value : value;
}

/// True for on/off attributes that are on ("1", "true", "on"); missing means `absent`.
bool attrOn(const xmlNode* n, std::string_view name, bool absent) {
    auto v = attrW(n, name);
    if (!v) return absent;
    return *v == "1" || *v == "true" || *v == "on";
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

/// First code point of a UTF-8 string (0 when empty or invalid).
std::uint32_t firstCodePoint(std::string_view s) {
    if (s.empty()) return 0;
    auto b = static_cast<unsigned char>(s[0]);
    if (b < 0x80) return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
    if (extra < 0 || s.size() < static_cast<std::size_t>(extra) + 1) return 0;
    std::uint32_t cp = b & (0x3F >> extra);
    for (int i = 1; i <= extra; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[static_cast<std::size_t>(i)]) & 0x3F);
    return cp;
}

bool usableCodePoint(std::uint32_t cp) {
    return cp >= 0x20 && cp != 0x7F && !(cp >= 0xD800 && cp <= 0xDFFF) && cp <= 0x10FFFF && cp != 0xFFFE &&
           cp != 0xFFFF;
}

/// Word's symbol-font bullets live in the private use area; LibreOffice shows the common ones
/// as these Unicode characters.
std::string bulletText(const std::string& lvlText) {
    std::uint32_t cp = firstCodePoint(lvlText);
    switch (cp) {
        case 0xF0B7: return "\u2022";
        case 0xF0A7: return "\u25AA";
        case 0xF0D8: return "\u27A2";
        case 0xF0FC: return "\u2714";
        case 0xF076: return "\u2756";
        case 0xF0A8: return "\u25C6";
        default: break;
    }
    if (cp >= 0xF000 && cp <= 0xF0FF) return "\u2022";
    return lvlText;
}

// ---- package structure -------------------------------------------------------------------

struct Relationship {
    std::string type;
    std::string target;  // resolved part name, no leading '/'
};

std::string percentDecode(std::string_view s) {
    std::string out;
    auto hex = [](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size() && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
            out += static_cast<char>(hex(s[i + 1]) * 16 + hex(s[i + 2]));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

/// Resolves a relationship target against the folder of the part that owns it.
std::string resolvePart(std::string_view baseFolder, std::string_view target) {
    std::string path = target.starts_with('/') ? std::string(target.substr(1)) : std::string(baseFolder) + std::string(target);
    std::vector<std::string> segments;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        std::string seg = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        if (seg == "..") {
            if (!segments.empty()) segments.pop_back();
        } else if (!seg.empty() && seg != ".") {
            segments.push_back(seg);
        }
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    std::string out;
    for (const auto& seg : segments) {
        if (!out.empty()) out += '/';
        out += seg;
    }
    return percentDecode(out);
}

std::string folderOf(std::string_view part) {
    std::size_t slash = part.rfind('/');
    return slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
}

std::string relsPathFor(std::string_view part) {
    std::size_t slash = part.rfind('/');
    std::string folder = slash == std::string_view::npos ? std::string() : std::string(part.substr(0, slash + 1));
    std::string name(slash == std::string_view::npos ? part : part.substr(slash + 1));
    return folder + "_rels/" + name + ".rels";
}

std::vector<Relationship> readRelationships(ZipArchive& zip, const std::string& relsPath, const std::string& baseFolder,
                                            const std::string& fileLabel) {
    std::vector<Relationship> rels;
    auto bytes = zip.read(relsPath);
    if (!bytes) return rels;
    XmlDocument doc = XmlDocument::parse(*bytes, fileLabel, relsPath);
    for (const xmlNode* r = xml::firstElement(doc.root()); r; r = xml::nextElement(r)) {
        if (!xml::is(r, kRels, "Relationship")) continue;
        if (xml::attribute(r, "", "TargetMode").value_or("") == "External") continue;
        auto type = xml::attribute(r, "", "Type");
        auto target = xml::attribute(r, "", "Target");
        if (!type || !target) continue;
        rels.push_back({*type, resolvePart(baseFolder, *target)});
    }
    return rels;
}

std::optional<std::string> findRelationship(const std::vector<Relationship>& rels, std::string_view typeSuffix) {
    for (const auto& r : rels) {
        std::string_view type = r.type;
        if (type.size() > typeSuffix.size() && type.ends_with(typeSuffix) &&
            type[type.size() - typeSuffix.size() - 1] == '/')
            return r.target;
    }
    return std::nullopt;
}

/// Content types keyed by part name (no leading '/'), from [Content_Types].xml overrides.
std::map<std::string, std::string> readContentTypes(ZipArchive& zip, const std::string& fileLabel) {
    std::map<std::string, std::string> types;
    auto bytes = zip.read("[Content_Types].xml");
    if (!bytes) return types;
    XmlDocument doc = XmlDocument::parse(*bytes, fileLabel, "[Content_Types].xml");
    for (const xmlNode* o = xml::firstElement(doc.root()); o; o = xml::nextElement(o)) {
        if (!xml::is(o, kContentTypes, "Override")) continue;
        auto part = xml::attribute(o, "", "PartName");
        auto type = xml::attribute(o, "", "ContentType");
        if (part && type) types[resolvePart("", *part)] = *type;
    }
    return types;
}

bool isWordMainType(std::string_view type) {
    return type.find("wordprocessingml.document.main") != std::string_view::npos ||
           type.find("wordprocessingml.template.main") != std::string_view::npos ||
           type.find("ms-word.document.macroEnabled.main") != std::string_view::npos ||
           type.find("ms-word.template.macroEnabledTemplate.main") != std::string_view::npos;
}

[[noreturn]] void throwNotWord(const std::string& fileLabel, const ZipArchive& zip) {
    if (zip.contains("xl/workbook.xml"))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is an Excel workbook, not a Word document; import it "
                                                         "as a spreadsheet or save it as .xlsx"))
                                            .arg("file", fileLabel));
    if (zip.contains("ppt/presentation.xml"))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is a PowerPoint presentation, not a Word document")).arg("file", fileLabel));
    if (zip.contains("content.xml") && zip.contains("mimetype"))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is an OpenDocument file, not a Word document; rename it to .odt and "
                                    "import it again"))
                       .arg("file", fileLabel));
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("{file} is damaged or not a Word document: the part holding its text is missing"))
                   .arg("file", fileLabel));
}

// ---- numbering ---------------------------------------------------------------------------

struct NumLevel {
    long long start = 1;
    std::string format = "decimal";
    std::string text;
    bool hasText = false;
    bool legal = false;  // isLgl: upper levels shown as decimal
};

struct AbstractNum {
    std::array<NumLevel, 9> levels;
    std::string numStyleLink;
};

struct NumInstance {
    std::string abstractId;
    std::map<int, long long> startOverride;
    std::map<int, NumLevel> levelOverride;
};

struct ParagraphStyle {
    std::optional<std::string> numId;
    std::optional<int> ilvl;
};

NumLevel readLevel(const xmlNode* lvl) {
    NumLevel level;
    if (auto s = attrInt(childW(lvl, "start"), "val")) level.start = *s;
    if (auto f = attrW(childW(lvl, "numFmt"), "val")) level.format = *f;
    if (const xmlNode* t = childW(lvl, "lvlText")) {
        if (auto v = attrW(t, "val")) {
            if (v->size() <= kMaxLabelBytes) level.text = *v;
            level.hasText = true;
        }
    }
    if (const xmlNode* lgl = childW(lvl, "isLgl")) level.legal = attrOn(lgl, "val", true);
    return level;
}

/// Word's list numbering: numbering.xml definitions plus paragraph styles that carry numbering.
class Numbering {
public:
    void loadNumbering(const xmlNode* root) {
        for (const xmlNode* c = xml::firstElement(root); c; c = xml::nextElement(c)) {
            if (isW(c, "abstractNum")) {
                AbstractNum an;
                if (auto link = attrW(childW(c, "numStyleLink"), "val")) an.numStyleLink = *link;
                for (const xmlNode* l = xml::firstElement(c); l; l = xml::nextElement(l)) {
                    if (!isW(l, "lvl")) continue;
                    auto ilvl = attrInt(l, "ilvl");
                    if (ilvl && *ilvl >= 0 && *ilvl < 9) an.levels[static_cast<std::size_t>(*ilvl)] = readLevel(l);
                }
                m_abstract[attrW(c, "abstractNumId").value_or("")] = an;
            } else if (isW(c, "num")) {
                NumInstance num;
                num.abstractId = attrW(childW(c, "abstractNumId"), "val").value_or("");
                for (const xmlNode* o = xml::firstElement(c); o; o = xml::nextElement(o)) {
                    if (!isW(o, "lvlOverride")) continue;
                    auto ilvl = attrInt(o, "ilvl");
                    if (!ilvl || *ilvl < 0 || *ilvl >= 9) continue;
                    int level = static_cast<int>(*ilvl);
                    if (auto s = attrInt(childW(o, "startOverride"), "val")) num.startOverride[level] = *s;
                    if (const xmlNode* l = childW(o, "lvl")) num.levelOverride[level] = readLevel(l);
                }
                m_nums[attrW(c, "numId").value_or("")] = num;
            }
        }
    }

    void loadStyles(const xmlNode* root) {
        for (const xmlNode* s = xml::firstElement(root); s; s = xml::nextElement(s)) {
            if (!isW(s, "style") || attrW(s, "type").value_or("paragraph") != "paragraph") continue;
            ParagraphStyle style;
            if (const xmlNode* numPr = childW(childW(s, "pPr"), "numPr")) {
                style.numId = attrW(childW(numPr, "numId"), "val");
                if (auto l = attrInt(childW(numPr, "ilvl"), "val")) style.ilvl = static_cast<int>(*l);
            }
            std::string id = attrW(s, "styleId").value_or("");
            if (attrOn(s, "default", false)) m_defaultStyle = id;
            m_styles[id] = style;
        }
    }

    /// The label ("1.", "a)", "•") for a paragraph, advancing the list's counters; "" when the
    /// paragraph is not numbered.
    std::string labelFor(const xmlNode* pPr) {
        std::optional<std::string> numId;
        std::optional<int> ilvl;
        if (const xmlNode* numPr = childW(pPr, "numPr")) {
            numId = attrW(childW(numPr, "numId"), "val");
            if (auto l = attrInt(childW(numPr, "ilvl"), "val")) ilvl = static_cast<int>(*l);
        }
        if (!numId) {
            // Only the paragraph's own style counts: LibreOffice does not number a paragraph
            // whose style merely inherits numbering through w:basedOn.
            std::string styleId = attrW(childW(pPr, "pStyle"), "val").value_or(m_defaultStyle);
            if (auto it = m_styles.find(styleId); it != m_styles.end() && it->second.numId) {
                numId = it->second.numId;
                if (!ilvl) ilvl = it->second.ilvl;
            }
        }
        if (!numId || *numId == "0") return {};
        auto numIt = m_nums.find(*numId);
        if (numIt == m_nums.end()) return {};
        const NumInstance& num = numIt->second;
        const AbstractNum* abstract = resolveAbstract(num.abstractId);
        if (!abstract) return {};
        int level = std::clamp(ilvl.value_or(0), 0, 8);

        std::array<NumLevel, 9> levels = abstract->levels;
        for (const auto& [l, def] : num.levelOverride) levels[static_cast<std::size_t>(l)] = def;
        for (const auto& [l, start] : num.startOverride) levels[static_cast<std::size_t>(l)].start = start;

        // Word keeps one counter set per abstract list; a w:num that restarts numbering gets its own.
        const bool ownCounters = !num.startOverride.empty() || !num.levelOverride.empty();
        auto& counters = m_counters[ownCounters ? "num:" + *numId : "abs:" + num.abstractId];
        auto& current = counters[static_cast<std::size_t>(level)];
        current = current ? *current + 1 : levels[static_cast<std::size_t>(level)].start;
        for (std::size_t deeper = static_cast<std::size_t>(level) + 1; deeper < counters.size(); ++deeper) counters[deeper].reset();

        const NumLevel& def = levels[static_cast<std::size_t>(level)];
        if (def.format == "bullet") return def.hasText ? bulletText(def.text) : std::string("\u2022");
        std::string pattern = def.hasText ? def.text : "%" + std::to_string(level + 1) + ".";
        std::string label;
        for (std::size_t i = 0; i < pattern.size(); ++i) {
            if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9') {
                auto at = static_cast<std::size_t>(pattern[i + 1] - '1');
                ++i;
                const NumLevel& shown = levels[at];
                if (at > static_cast<std::size_t>(level) || shown.format == "none") continue;
                long long value = counters[at].value_or(shown.start);
                bool asDecimal = def.legal && at < static_cast<std::size_t>(level);
                label += formatNumber(value, asDecimal ? std::string_view("decimal") : std::string_view(shown.format));
            } else {
                label += pattern[i];
            }
        }
        return label;
    }

private:
    const AbstractNum* resolveAbstract(const std::string& abstractId) const {
        std::string id = abstractId;
        for (int hop = 0; hop < 4; ++hop) {
            auto it = m_abstract.find(id);
            if (it == m_abstract.end()) return nullptr;
            if (it->second.numStyleLink.empty()) return &it->second;
            // A list defined by a numbering style: follow the style to its w:num.
            auto style = m_styles.find(it->second.numStyleLink);
            if (style == m_styles.end() || !style->second.numId) return &it->second;
            auto num = m_nums.find(*style->second.numId);
            if (num == m_nums.end() || num->second.abstractId == id) return &it->second;
            id = num->second.abstractId;
        }
        return nullptr;
    }

    std::map<std::string, AbstractNum> m_abstract;
    std::map<std::string, NumInstance> m_nums;
    std::map<std::string, ParagraphStyle> m_styles;
    std::string m_defaultStyle;
    std::map<std::string, std::array<std::optional<long long>, 9>> m_counters;
};

// ---- text ----------------------------------------------------------------------------------

enum class NoteKind { Footnote, Endnote };

struct NoteReference {
    NoteKind kind;
    std::string id;
    std::string label;
};

struct NoteFormat {
    std::string format;
    long long start = 1;
};

bool hasTextInside(const xmlNode* node, int depth) {
    if (depth > kMaxDepth) return false;
    for (const xmlNode* c = xml::firstElement(node); c; c = xml::nextElement(c)) {
        if (isW(c, "t") || isW(c, "delText")) {
            for (const xmlNode* t = c->children; t; t = t->next)
                if (!xml::text(t).empty()) return true;
        } else if (hasTextInside(c, depth + 1)) {
            return true;
        }
    }
    return false;
}

bool containsW(const xmlNode* node, std::string_view name, int depth) {
    if (depth > kMaxDepth) return false;
    for (const xmlNode* c = xml::firstElement(node); c; c = xml::nextElement(c))
        if (isW(c, name) || containsW(c, name, depth + 1)) return true;
    return false;
}

/// Markup-compatibility: a consumer that knows none of the optional extensions takes the
/// fallback, which for text is plain WordprocessingML; without one, the first choice.
const xmlNode* alternateBranch(const xmlNode* alternate) {
    if (const xmlNode* fallback = xml::child(alternate, kMc, "Fallback")) return fallback;
    return xml::child(alternate, kMc, "Choice");
}

class DocxText {
public:
    DocxText(TextOutput& out, Numbering& numbering, NoteFormat footnotes, NoteFormat endnotes)
        : m_out(out), m_numbering(numbering), m_footnoteFormat(std::move(footnotes)), m_endnoteFormat(std::move(endnotes)) {}

    void body(const xmlNode* body) {
        resetStory();
        blocks(body, 0);
    }

    /// A footnote or endnote, labelled with the number its reference showed.
    void note(const xmlNode* note, const std::string& label, NoteKind kind) {
        resetStory();
        m_inNote = true;
        m_noteLabel = label;
        m_noteLabelPending = !containsW(note, kind == NoteKind::Footnote ? "footnoteRef" : "endnoteRef", 0);
        blocks(note, 0);
        m_inNote = false;
    }

    const std::vector<NoteReference>& noteReferences() const { return m_noteRefs; }
    bool leftOutDeletions() const { return m_leftOutDeletions; }
    bool leftOutTextBoxes() const { return m_leftOutTextBoxes; }

private:
    void resetStory() {
        m_fields.clear();
        m_fieldOverflow = 0;
    }

    bool fieldHidden() const {
        for (bool inResult : m_fields)
            if (!inResult) return true;
        return m_fieldOverflow > 0;
    }

    void emit(std::string_view s) {
        if (s.empty() || fieldHidden()) return;
        if (m_pendingPageBreak) {
            m_out.append("\n");
            m_pendingPageBreak = false;
        }
        m_out.append(s);
        m_paragraphHasText = true;
    }

    void blocks(const xmlNode* parent, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c)) {
            if (isW(c, "p")) {
                paragraph(c, depth + 1);
            } else if (isW(c, "del") || isW(c, "moveFrom")) {
                if (hasTextInside(c, depth)) m_leftOutDeletions = true;
            } else if (isW(c, "txbxContent")) {
                if (hasTextInside(c, depth)) m_leftOutTextBoxes = true;
            } else if (xml::is(c, kMc, "AlternateContent")) {
                blocks(alternateBranch(c), depth + 1);
            } else if (inW(c) && !skippedProperties(c)) {
                blocks(c, depth + 1);  // tables, rows, cells, content controls, custom XML, w:ins
            }
        }
    }

    static bool skippedProperties(const xmlNode* c) {
        std::string_view name = xml::localName(c);
        return name.ends_with("Pr") || name == "tblGrid" || name == "tblPrEx" || name == "altChunk";
    }

    void paragraph(const xmlNode* p, int depth) {
        m_paragraphHasText = false;
        m_pendingPageBreak = false;
        if (m_inNote && m_noteLabelPending) {
            if (!m_noteLabel.empty()) m_out.append(m_noteLabel + " ");
            m_noteLabelPending = false;
        }
        std::string label = m_numbering.labelFor(childW(p, "pPr"));
        if (!label.empty() && label.size() <= kMaxLabelBytes) m_out.append(label + " ");
        inlines(p, depth + 1);
        m_pendingPageBreak = false;  // a break at the end of a paragraph adds no line
        m_out.endParagraph();
    }

    void inlines(const xmlNode* parent, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c)) {
            if (isW(c, "r")) {
                run(c, depth + 1);
            } else if (isW(c, "del") || isW(c, "moveFrom")) {
                if (hasTextInside(c, depth)) m_leftOutDeletions = true;
            } else if (xml::is(c, kMc, "AlternateContent")) {
                inlines(alternateBranch(c), depth + 1);
            } else if (isW(c, "txbxContent")) {
                if (hasTextInside(c, depth)) m_leftOutTextBoxes = true;
            } else if (inW(c) && !skippedProperties(c)) {
                inlines(c, depth + 1);  // hyperlinks, fldSimple results, smart tags, content controls, w:ins
            }
        }
    }

    void run(const xmlNode* r, int depth) {
        if (depth > kMaxDepth) return;
        for (const xmlNode* c = xml::firstElement(r); c; c = xml::nextElement(c)) {
            if (xml::is(c, kMc, "AlternateContent")) {
                run(alternateBranch(c), depth + 1);
                continue;
            }
            if (!inW(c)) continue;
            std::string_view name = xml::localName(c);
            if (name == "t") {
                std::string text;
                for (const xmlNode* t = c->children; t; t = t->next) text += xml::text(t);
                for (char& ch : text)
                    if (ch == '\n' || ch == '\r') ch = ' ';
                emit(text);
            } else if (name == "tab" || name == "ptab") {
                emit("\t");
            } else if (name == "br") {
                std::string type = attrW(c, "type").value_or("textWrapping");
                if (type == "page" || type == "column") {
                    // LibreOffice splits the paragraph only when text follows on both sides.
                    if (m_paragraphHasText && !fieldHidden()) m_pendingPageBreak = true;
                } else {
                    emit("\n");
                }
            } else if (name == "cr") {
                emit("\n");
            } else if (name == "noBreakHyphen") {
                emit("\u2011");
            } else if (name == "sym") {
                symbol(c);
            } else if (name == "fldChar") {
                fieldChar(attrW(c, "fldCharType").value_or(""));
            } else if (name == "footnoteReference" || name == "endnoteReference") {
                noteReference(c, name == "footnoteReference" ? NoteKind::Footnote : NoteKind::Endnote);
            } else if (name == "footnoteRef" || name == "endnoteRef") {
                if (m_inNote) emit(m_noteLabel);
            } else if (name == "drawing" || name == "pict" || name == "object") {
                if (containsW(c, "txbxContent", depth) && hasTextInside(c, depth)) m_leftOutTextBoxes = true;
            } else if (name == "ruby") {
                inlines(childW(c, "rubyBase"), depth + 1);
            }
            // Everything else carries no text of its own: properties, deleted or instruction
            // text, separators, page numbers of headers, comment marks.
        }
    }

    void symbol(const xmlNode* sym) {
        std::string hex = attrW(sym, "char").value_or("");
        if (hex.empty() || hex.size() > 6) return;
        std::uint32_t cp = 0;
        for (char h : hex) {
            int v = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10 : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
            if (v < 0) return;
            cp = cp * 16 + static_cast<std::uint32_t>(v);
        }
        if (!usableCodePoint(cp)) return;
        std::string s;
        appendUtf8(s, cp);
        emit(s);
    }

    void fieldChar(const std::string& type) {
        if (type == "begin") {
            if (m_fields.size() < kMaxFieldNesting && m_fieldOverflow == 0)
                m_fields.push_back(false);
            else
                ++m_fieldOverflow;
        } else if (type == "separate") {
            if (m_fieldOverflow == 0 && !m_fields.empty()) m_fields.back() = true;
        } else if (type == "end") {
            if (m_fieldOverflow > 0)
                --m_fieldOverflow;
            else if (!m_fields.empty())
                m_fields.pop_back();
        }
    }

    void noteReference(const xmlNode* ref, NoteKind kind) {
        if (m_inNote || fieldHidden()) return;
        auto id = attrW(ref, "id");
        if (!id) return;
        std::string label;
        if (!attrOn(ref, "customMarkFollows", false)) {
            // Word numbers notes in the order their references appear.
            const NoteFormat& format = kind == NoteKind::Footnote ? m_footnoteFormat : m_endnoteFormat;
            long long& counter = kind == NoteKind::Footnote ? m_footnoteCounter : m_endnoteCounter;
            label = formatNumber(format.start + counter, format.format);
            ++counter;
            emit(label);
        }
        m_noteRefs.push_back({kind, *id, label});
    }

    TextOutput& m_out;
    Numbering& m_numbering;
    NoteFormat m_footnoteFormat;
    NoteFormat m_endnoteFormat;
    long long m_footnoteCounter = 0;
    long long m_endnoteCounter = 0;
    std::vector<bool> m_fields;  // one per open complex field: true once past its separator
    std::size_t m_fieldOverflow = 0;
    bool m_paragraphHasText = false;
    bool m_pendingPageBreak = false;
    bool m_inNote = false;
    bool m_noteLabelPending = false;
    std::string m_noteLabel;
    std::vector<NoteReference> m_noteRefs;
    bool m_leftOutDeletions = false;
    bool m_leftOutTextBoxes = false;
};

void readNoteFormat(const xmlNode* pr, NoteFormat& format) {
    if (!pr) return;
    if (auto f = attrW(childW(pr, "numFmt"), "val")) format.format = *f;
    if (auto s = attrInt(childW(pr, "numStart"), "val")) format.start = *s;
}

/// Notes by id from footnotes.xml or endnotes.xml, leaving out separators.
std::map<std::string, const xmlNode*> notesById(const XmlDocument& doc, std::string_view element) {
    std::map<std::string, const xmlNode*> notes;
    for (const xmlNode* n = xml::firstElement(doc.root()); n; n = xml::nextElement(n)) {
        if (!isW(n, element)) continue;
        std::string type = attrW(n, "type").value_or("normal");
        if (type != "normal") continue;
        if (auto id = attrW(n, "id")) notes.emplace(*id, n);
    }
    return notes;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace

ExtractedText readDocx(std::string_view bytes, const std::string& fileLabel, const ZipLimits& limits) {
    if (bytes.empty())
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is empty")).arg("file", fileLabel));
    if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("\xD0\xCF\x11\xE0", 4))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is password-protected or an old .doc file; save it as .docx "
                                    "(without a password) and import it again"))
                       .arg("file", fileLabel));
    if (bytes.starts_with("{\\rtf"))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is a Rich Text (RTF) document with a .docx name; "
                                                         "rename it to .rtf and import it again"))
                                            .arg("file", fileLabel));
    if (!ZipArchive::looksLikeZip(bytes))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is not a Word document: its contents are not in the .docx format "
                                    "(the file may be damaged or have the wrong name)"))
                       .arg("file", fileLabel));

    ZipArchive zip(bytes, fileLabel, limits);

    // The main part: the package's officeDocument relationship, else the content type, else
    // the usual name.
    std::optional<std::string> mainPart =
        findRelationship(readRelationships(zip, "_rels/.rels", "", fileLabel), "officeDocument");
    auto contentTypes = readContentTypes(zip, fileLabel);
    if (!mainPart || !zip.contains(*mainPart)) {
        mainPart.reset();
        for (const auto& [part, type] : contentTypes)
            if (isWordMainType(type) && zip.contains(part)) mainPart = part;
    }
    if (!mainPart && zip.contains("word/document.xml")) mainPart = "word/document.xml";
    if (!mainPart) throwNotWord(fileLabel, zip);
    if (auto type = contentTypes.find(*mainPart); type != contentTypes.end() && !isWordMainType(type->second) &&
                                                  type->second.find("officedocument") != std::string::npos)
        throwNotWord(fileLabel, zip);

    auto mainBytes = zip.read(*mainPart);
    XmlDocument document = XmlDocument::parse(*mainBytes, fileLabel, *mainPart);
    const xmlNode* body = childW(document.root(), "body");
    if (!isW(document.root(), "document") || !body)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is damaged or not a Word document: its text part has no body"))
                       .arg("file", fileLabel));

    const std::string folder = folderOf(*mainPart);
    auto rels = readRelationships(zip, relsPathFor(*mainPart), folder, fileLabel);
    auto partFor = [&](std::string_view type, const char* usual) -> std::optional<XmlDocument> {
        std::string name = findRelationship(rels, type).value_or(folder + usual);
        auto content = zip.read(name);
        if (!content) return std::nullopt;
        return XmlDocument::parse(*content, fileLabel, name);
    };

    Numbering numbering;
    if (auto styles = partFor("styles", "styles.xml")) numbering.loadStyles(styles->root());
    if (auto numberingPart = partFor("numbering", "numbering.xml")) numbering.loadNumbering(numberingPart->root());

    NoteFormat footnoteFormat{"decimal", 1};
    NoteFormat endnoteFormat{"lowerRoman", 1};
    if (auto settings = partFor("settings", "settings.xml")) {
        readNoteFormat(childW(settings->root(), "footnotePr"), footnoteFormat);
        readNoteFormat(childW(settings->root(), "endnotePr"), endnoteFormat);
    }
    if (const xmlNode* sectPr = childW(body, "sectPr")) {
        readNoteFormat(childW(sectPr, "footnotePr"), footnoteFormat);
        readNoteFormat(childW(sectPr, "endnotePr"), endnoteFormat);
    }

    TextOutput out(fileLabel, limits.maxTotalUncompressed);
    DocxText text(out, numbering, footnoteFormat, endnoteFormat);
    text.body(body);

    ExtractedText result;
    std::size_t footnotes = 0, endnotes = 0;
    if (!text.noteReferences().empty()) {
        auto footnotePart = partFor("footnotes", "footnotes.xml");
        auto endnotePart = partFor("endnotes", "endnotes.xml");
        std::map<std::string, const xmlNode*> footnoteById, endnoteById;
        if (footnotePart) footnoteById = notesById(*footnotePart, "footnote");
        if (endnotePart) endnoteById = notesById(*endnotePart, "endnote");
        for (NoteKind kind : {NoteKind::Footnote, NoteKind::Endnote}) {
            const auto& byId = kind == NoteKind::Footnote ? footnoteById : endnoteById;
            std::set<std::string> appended;  // a note referenced twice is still written once
            for (const NoteReference& ref : text.noteReferences()) {
                if (ref.kind != kind) continue;
                auto it = byId.find(ref.id);
                if (it == byId.end() || !appended.insert(ref.id).second) continue;
                text.note(it->second, ref.label, kind);
                ++(kind == NoteKind::Footnote ? footnotes : endnotes);
            }
        }
    }

    result.text = out.finish();
    if (footnotes > 0 && endnotes > 0)
        result.notes.push_back(plural(footnotes, "footnote", "footnotes") + " and " + plural(endnotes, "endnote", "endnotes") +
                               " were moved to the end of the text.");
    else if (footnotes > 0)
        result.notes.push_back(plural(footnotes, "footnote was", "footnotes were") + " moved to the end of the text.");
    else if (endnotes > 0)
        result.notes.push_back(plural(endnotes, "endnote was", "endnotes were") + " moved to the end of the text.");
    if (text.leftOutDeletions())
        result.notes.push_back("Text deleted with tracked changes was left out; inserted text was kept.");
    if (text.leftOutTextBoxes()) result.notes.push_back("Text inside text boxes was left out.");
    return result;
}

}  // namespace edau::importers
