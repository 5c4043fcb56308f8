// SPDX-License-Identifier: GPL-3.0-or-later
// Reading .qdpx and .qdc files from any REFI-QDA program: package, XML, texts and their positions.
#include "edau/exchange/qdpx_reader.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <set>
#include <sstream>

#include "edau/base/error.h"
#include "edau/base/uuid.h"
#include "edau/import/source_reader.h"
#include "edau/text/unicode.h"
#include "text_decoding.h"
#include "xml_document.h"
#include "zip_archive.h"

namespace edau {

namespace {

namespace fs = std::filesystem;
namespace xml = importers::xml;
using importers::XmlDocument;
using importers::ZipArchive;

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto x = static_cast<unsigned char>(a[i]), y = static_cast<unsigned char>(b[i]);
        if (std::tolower(x) != std::tolower(y)) return false;
    }
    return true;
}

bool iendsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix);
}

bool istartsWith(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

/// Child elements of `parent` with this local name (REFI-QDA files are read whatever namespace
/// prefix, or none, the writer used).
std::vector<const xmlNode*> children(const xmlNode* parent, std::string_view name) {
    std::vector<const xmlNode*> out;
    for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c))
        if (xml::localName(c) == name) out.push_back(c);
    return out;
}

const xmlNode* child(const xmlNode* parent, std::string_view name) {
    for (const xmlNode* c = xml::firstElement(parent); c; c = xml::nextElement(c))
        if (xml::localName(c) == name) return c;
    return nullptr;
}

std::string attr(const xmlNode* node, std::string_view name) { return xml::attribute(node, "", name).value_or(""); }

/// The text an element holds (its text and CDATA children, joined).
std::string contentOf(const xmlNode* node) {
    std::string out;
    if (!node) return out;
    for (const xmlNode* c = node->children; c; c = c->next) out += xml::text(c);
    return out;
}

std::string trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    return std::string(s);
}

/// xsd:integer, as positions are written ("+12", " 7 "); nullopt when not one or out of range.
std::optional<std::int64_t> parseInteger(std::string_view raw) {
    std::string s = trimmed(raw);
    std::string_view v(s);
    if (!v.empty() && v.front() == '+') v.remove_prefix(1);
    if (v.empty()) return std::nullopt;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), value);
    if (ec != std::errc() || end != v.data() + v.size()) return std::nullopt;
    return value;
}

QdaVariableType variableType(std::string_view s) {
    std::string t = trimmed(s);
    if (t == "Boolean") return QdaVariableType::Boolean;
    if (t == "Integer") return QdaVariableType::Integer;
    if (t == "Float") return QdaVariableType::Float;
    if (t == "Date") return QdaVariableType::Date;
    if (t == "DateTime") return QdaVariableType::DateTime;
    return QdaVariableType::Text;
}

/// A source's selections as the file wrote them, before their convention is known.
struct RawSelection {
    QdaSelection selection;  ///< start and end still in the file's units
    std::string startText, endText;
    bool readable = false;
};

/// A text source read from the file, waiting for its positions to be converted.
struct PendingSource {
    QdaSource source;
    std::optional<SourcePositions> positions;
    std::vector<RawSelection> selections;
    std::string textFrom;
    std::string encoding;
    std::vector<ConventionScore> scores;
};

class Reader {
public:
    Reader(std::string fileLabel, ZipArchive* zip, const QdaReadLimits& limits)
        : m_fileLabel(std::move(fileLabel)), m_zip(zip), m_limits(limits) {
        if (m_zip) m_entries = m_zip->entryNames();
    }

    QdaReadResult readProject(const xmlNode* root) {
        m_result.project.name = attr(root, "name");
        m_result.project.origin = attr(root, "origin");
        if (const xmlNode* users = child(root, "Users"))
            for (const xmlNode* u : children(users, "User")) {
                QdaUser user;
                user.guid = identity(u, "User");
                user.name = trimmed(attr(u, "name"));
                if (user.name.empty()) user.name = trimmed(attr(u, "id"));
                m_result.project.users.push_back(std::move(user));
            }
        if (const xmlNode* book = child(root, "CodeBook")) readCodebook(book);
        if (const xmlNode* variables = child(root, "Variables"))
            for (const xmlNode* v : children(variables, "Variable")) {
                QdaVariable variable;
                variable.guid = identity(v, "Variable");
                variable.name = trimmed(attr(v, "name"));
                variable.type = variableType(attr(v, "typeOfVariable"));
                variable.description = contentOf(child(v, "Description"));
                m_result.project.variables.push_back(std::move(variable));
            }
        if (const xmlNode* cases = child(root, "Cases"))
            for (const xmlNode* c : children(cases, "Case")) readCase(c);
        if (const xmlNode* sources = child(root, "Sources")) readSources(sources);
        if (const xmlNode* notes = child(root, "Notes"))
            for (const xmlNode* n : children(notes, "Note")) readNote(n);
        if (const xmlNode* links = child(root, "Links"))
            for (const xmlNode* l : children(links, "Link")) {
                QdaLink link;
                link.guid = identity(l, "Link");
                link.name = attr(l, "name");
                link.originGuid = reference(attr(l, "originGUID"));
                link.targetGuid = reference(attr(l, "targetGUID"));
                m_result.project.links.push_back(std::move(link));
            }
        if (const xmlNode* sets = child(root, "Sets"))
            for (const xmlNode* s : children(sets, "Set")) readSet(s);
        if (const xmlNode* graphs = child(root, "Graphs"))
            for (const xmlNode* g : children(graphs, "Graph"))
                m_result.dropped.push_back(Message(EDAU_MSG("The graph {name} was left out: Edau has no graphs"))
                                               .arg("name", nameOr(g, attr(g, "guid"))));
        m_result.project.description = contentOf(child(root, "Description"));
        m_result.project.noteGuids = references(root, "NoteRef");
        convertPositions();
        reportIdentities();
        return std::move(m_result);
    }

    QdaReadResult readCodebookOnly(const xmlNode* root) {
        readCodebookCodes(root);
        if (const xmlNode* sets = child(root, "Sets"))
            for (const xmlNode* s : children(sets, "Set"))
                m_result.dropped.push_back(Message(EDAU_MSG("The set {name} was left out: Edau has no sets"))
                                               .arg("name", nameOr(s, attr(s, "guid"))));
        m_result.offsets = "code-points";
        reportIdentities();
        return std::move(m_result);
    }

private:
    // --- identities

    /// The element's own GUID: canonical; made from the value when it is not a GUID (references
    /// written the same way still find it); new when missing or already taken in this file.
    std::string identity(const xmlNode* node, const char* element) {
        std::string raw = attr(node, "guid");
        std::string id;
        if (raw.empty()) {
            id = newUuid();
        } else {
            id = reference(raw);
        }
        if (!m_seen.insert(id).second) {
            std::string fresh = newUuid();
            m_result.warnings.push_back(
                Message(EDAU_MSG("Two things in the file share the identifier {uuid}; the second ({element} {name}) was given a new one"))
                    .arg("uuid", id)
                    .arg("element", element)
                    .arg("name", nameOr(node, id)));
            m_seen.insert(fresh);
            return fresh;
        }
        return id;
    }

    /// A GUID as another element refers to it ("" when missing).
    std::string reference(const std::string& raw) {
        std::string value = trimmed(raw);
        if (value.empty()) return {};
        if (auto canonical = canonicalUuid(value)) return *canonical;
        ++m_notGuids;
        return uuidFromName("refi-qda:" + value);
    }

    std::vector<std::string> references(const xmlNode* parent, std::string_view element) {
        std::vector<std::string> out;
        for (const xmlNode* r : children(parent, element)) {
            std::string target = attr(r, "targetGUID");
            if (target.empty()) target = attr(r, "guid");  // codebook sets write MemberCode@guid
            std::string id = reference(target);
            if (!id.empty()) out.push_back(id);
        }
        return out;
    }

    void reportIdentities() {
        if (m_notGuids > 0)
            m_result.warnings.push_back(
                Message(EDAU_MSG("{count} identifiers in the file are not GUIDs; Edau made a GUID from each, the same for every mention"))
                    .arg("count", static_cast<long long>(m_notGuids)));
    }

    std::string nameOr(const xmlNode* node, const std::string& fallback) const {
        std::string name = trimmed(attr(node, "name"));
        return name.empty() ? fallback : name;
    }

    // --- codebook, cases, notes, sets

    void readCodebook(const xmlNode* book) {
        if (const xmlNode* codes = child(book, "Codes"))
            for (const xmlNode* c : children(codes, "Code")) m_result.project.codes.push_back(readCode(c));
    }

    void readCodebookCodes(const xmlNode* root) {
        // A .qdc's root is the CodeBook; a project.qde given as a codebook has one inside.
        if (xml::localName(root) == "Project") {
            if (const xmlNode* book = child(root, "CodeBook")) readCodebook(book);
            return;
        }
        readCodebook(root);
    }

    QdaCode readCode(const xmlNode* node) {
        QdaCode code;
        code.guid = identity(node, "Code");
        code.name = trimmed(attr(node, "name"));
        std::string codable = trimmed(attr(node, "isCodable"));
        code.codable = !(codable == "false" || codable == "0");
        std::string colour = trimmed(attr(node, "color"));
        if (colour.size() == 4 && colour[0] == '#')  // #RGB as #RRGGBB
            colour = std::string("#") + colour[1] + colour[1] + colour[2] + colour[2] + colour[3] + colour[3];
        if (colour.size() == 7 && colour[0] == '#' &&
            std::all_of(colour.begin() + 1, colour.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); }))
            code.colour = colour;
        code.description = contentOf(child(node, "Description"));
        code.noteGuids = references(node, "NoteRef");
        for (const xmlNode* c : children(node, "Code")) code.children.push_back(readCode(c));
        return code;
    }

    std::vector<QdaVariableValue> readValues(const xmlNode* parent) {
        std::vector<QdaVariableValue> out;
        for (const xmlNode* v : children(parent, "VariableValue")) {
            QdaVariableValue value;
            value.variableGuid = reference(attr(child(v, "VariableRef"), "targetGUID"));
            for (const xmlNode* c = xml::firstElement(v); c; c = xml::nextElement(c))
                if (xml::localName(c) != "VariableRef") {
                    value.value = contentOf(c);
                    break;
                }
            if (!value.variableGuid.empty()) out.push_back(std::move(value));
        }
        return out;
    }

    void readCase(const xmlNode* node) {
        QdaCase c;
        c.guid = identity(node, "Case");
        c.name = trimmed(attr(node, "name"));
        c.description = contentOf(child(node, "Description"));
        c.codeGuids = references(node, "CodeRef");
        c.values = readValues(node);
        c.sourceGuids = references(node, "SourceRef");
        c.selectionGuids = references(node, "SelectionRef");
        m_result.project.cases.push_back(std::move(c));
    }

    void readNote(const xmlNode* node) {
        QdaNote note;
        note.guid = identity(node, "Note");
        note.name = trimmed(attr(node, "name"));
        note.userGuid = reference(attr(node, "creatingUser"));
        note.created = attr(node, "creationDateTime");
        note.modified = attr(node, "modifiedDateTime");
        if (const xmlNode* content = child(node, "PlainTextContent")) {
            note.text = contentOf(content);
        } else if (std::string path = attr(node, "plainTextPath"); !path.empty()) {
            if (auto entry = findEntry(path)) {
                std::string bytes = m_zip->read(*entry).value_or("");
                const bool utf16 = bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0;
                note.text = importers::decodeText(bytes, utf16 ? "auto" : "utf-8", m_fileLabel + ": " + *entry, true).text;
            }
        }
        if (!text::findInvalidUtf8(note.text)) note.text = text::toNfc(note.text);
        note.noteGuids = references(node, "NoteRef");
        if (!children(node, "PlainTextSelection").empty() || !children(node, "Coding").empty())
            m_result.dropped.push_back(
                Message(EDAU_MSG("The codings inside the note {note} were left out: Edau does not code memos"))
                    .arg("note", note.name.empty() ? note.guid : note.name));
        m_result.project.notes.push_back(std::move(note));
    }

    void readSet(const xmlNode* node) {
        QdaSet set;
        set.guid = identity(node, "Set");
        set.name = trimmed(attr(node, "name"));
        set.description = contentOf(child(node, "Description"));
        set.codeGuids = references(node, "MemberCode");
        set.sourceGuids = references(node, "MemberSource");
        set.noteGuids = references(node, "MemberNote");
        m_result.project.sets.push_back(std::move(set));
    }

    // --- sources

    void readSources(const xmlNode* sources) {
        for (const xmlNode* s = xml::firstElement(sources); s; s = xml::nextElement(s)) {
            std::string_view kind = xml::localName(s);
            if (kind == "TextSource") {
                readTextSource(s, s, "TextSource");
            } else if (kind == "PDFSource") {
                const xmlNode* representation = child(s, "Representation");
                std::size_t areas = children(s, "PDFSelection").size();
                if (areas > 0)
                    m_result.dropped.push_back(
                        Message(EDAU_MSG("{count} coded areas of the PDF {source} were left out: Edau codes the PDF's text, not areas of its pages"))
                            .arg("count", static_cast<long long>(areas))
                            .arg("source", nameOr(s, attr(s, "guid"))));
                if (representation) {
                    readTextSource(s, representation, "PDFSource");
                } else {
                    m_result.dropped.push_back(
                        Message(EDAU_MSG("The PDF {source} was left out: the file has no plain text of it"))
                            .arg("source", nameOr(s, attr(s, "guid"))));
                }
            } else {
                m_result.dropped.push_back(
                    Message(EDAU_MSG("The source {source} ({element}) was left out: Edau imports text sources and the text of PDFs only"))
                        .arg("source", nameOr(s, attr(s, "guid")))
                        .arg("element", std::string(kind)));
            }
        }
    }

    /// The entry a source path names inside the package: internal://NAME (or a bare name) under
    /// sources/ in any letter case. Paths outside the package are never read.
    std::optional<std::string> findEntry(const std::string& path) {
        if (!m_zip) return std::nullopt;
        std::string p = trimmed(path);
        if (istartsWith(p, "internal://")) p = p.substr(11);
        else if (p.find("://") != std::string::npos) return std::nullopt;
        std::replace(p.begin(), p.end(), '\\', '/');
        while (!p.empty() && (p.front() == '/' || istartsWith(p, "./"))) p.erase(0, p.front() == '/' ? 1 : 2);
        if (p.empty()) return std::nullopt;
        for (const std::string& candidate : {std::string("sources/") + p, p})
            for (const auto& name : m_entries)
                if (iequals(name, candidate)) return name;
        std::string base = p.substr(p.rfind('/') == std::string::npos ? 0 : p.rfind('/') + 1);
        for (const auto& name : m_entries) {
            std::string_view n(name);
            std::string_view nameBase = n.substr(n.rfind('/') == std::string_view::npos ? 0 : n.rfind('/') + 1);
            if (iequals(nameBase, base)) return name;
        }
        return std::nullopt;
    }

    static bool isExternal(const std::string& path) {
        std::string p = trimmed(path);
        return !istartsWith(p, "internal://") && p.find("://") != std::string::npos;
    }

    static bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\xC2\xA0") == std::string_view::npos; }

    void readTextSource(const xmlNode* outer, const xmlNode* textNode, const char* element) {
        PendingSource pending;
        QdaSource& source = pending.source;
        source.guid = identity(outer, element);
        std::string fileName = fs::path(attr(textNode, "plainTextPath")).stem().string();
        source.name = nameOr(outer, nameOr(textNode, ""));
        if (source.name.empty()) source.name = fileName.empty() ? "Source " + source.guid.substr(0, 8) : fileName;
        source.description = contentOf(child(outer, "Description"));
        source.userGuid = reference(attr(outer, "creatingUser"));
        source.created = attr(outer, "creationDateTime");
        source.modified = attr(outer, "modifiedDateTime");
        source.noteGuids = references(outer, "NoteRef");
        source.variableValues = readValues(outer);
        if (std::string_view(element) == "PDFSource") source.format = "pdf";

        if (!readText(pending, textNode, element)) return;

        for (const xmlNode* sel : children(textNode, "PlainTextSelection")) {
            RawSelection raw;
            QdaSelection& s = raw.selection;
            s.guid = identity(sel, "PlainTextSelection");
            s.name = attr(sel, "name");
            s.userGuid = reference(attr(sel, "creatingUser"));
            s.created = attr(sel, "creationDateTime");
            s.modified = attr(sel, "modifiedDateTime");
            raw.startText = attr(sel, "startPosition");
            raw.endText = attr(sel, "endPosition");
            auto start = parseInteger(raw.startText), end = parseInteger(raw.endText);
            raw.readable = start && end;
            if (raw.readable) {
                s.start = *start;
                s.end = *end;
            }
            for (const xmlNode* c : children(sel, "Coding")) s.codings.push_back(readCoding(c));
            s.noteGuids = references(sel, "NoteRef");
            pending.selections.push_back(std::move(raw));
        }
        for (const xmlNode* c : children(textNode, "Coding")) source.wholeSourceCodings.push_back(readCoding(c));
        if (textNode != outer)
            for (const xmlNode* c : children(outer, "Coding")) source.wholeSourceCodings.push_back(readCoding(c));
        m_pending.push_back(std::move(pending));
    }

    QdaCoding readCoding(const xmlNode* node) {
        QdaCoding coding;
        coding.guid = identity(node, "Coding");
        coding.codeGuid = reference(attr(child(node, "CodeRef"), "targetGUID"));
        coding.userGuid = reference(attr(node, "creatingUser"));
        coding.created = attr(node, "creationDateTime");
        coding.noteGuids = references(node, "NoteRef");
        return coding;
    }

    /// Finds the source's text: inline, its .txt, or (when that is empty) its rich text (.docx).
    /// A damaged or oversized package part refuses the whole file (the caller sees the error); a
    /// text that cannot be decoded leaves out its source only.
    bool readText(PendingSource& pending, const xmlNode* node, const char* element) {
        QdaSource& source = pending.source;
        std::string plainPath = attr(node, "plainTextPath");
        std::string richPath = attr(node, "richTextPath");
        if (richPath.empty() && std::string_view(element) == "PDFSource") richPath = attr(node, "path");
        std::string fileText;
        bool hadBom = false;
        if (const xmlNode* content = child(node, "PlainTextContent")) {
            fileText = contentOf(content);
            pending.textFrom = "inline";
            pending.encoding = "utf-8";
        } else if (!plainPath.empty()) {
            if (isExternal(plainPath)) {
                m_result.dropped.push_back(
                    Message(EDAU_MSG("The source {source} was left out: its text is in a file outside the package ({path}), which Edau does not read"))
                        .arg("source", source.name)
                        .arg("path", plainPath));
                return false;
            }
            if (auto entry = findEntry(plainPath)) {
                std::string bytes = m_zip->read(*entry).value_or("");
                const bool utf16 = bytes.rfind("\xFF\xFE", 0) == 0 || bytes.rfind("\xFE\xFF", 0) == 0;
                hadBom = utf16 || bytes.rfind("\xEF\xBB\xBF", 0) == 0;
                // The standard says UTF-8: a bad byte becomes U+FFFD rather than the whole text
                // being read in a guessed legacy encoding. UTF-16 is honoured when its BOM says so.
                if (!utf16) {
                    std::string_view body(bytes);
                    if (body.rfind("\xEF\xBB\xBF", 0) == 0) body.remove_prefix(3);
                    if (auto bad = text::findInvalidUtf8(body))
                        m_result.warnings.push_back(
                            Message(EDAU_MSG("The text of {source} is not valid UTF-8 (the first bad byte is at {offset}); bad bytes became U+FFFD, and passages after them may be shifted"))
                                .arg("source", source.name)
                                .arg("offset", static_cast<long long>(*bad)));
                }
                try {
                    auto decoded = importers::decodeText(bytes, utf16 ? "auto" : "utf-8", m_fileLabel + ": " + *entry, true);
                    fileText = std::move(decoded.text);
                    pending.encoding = decoded.encoding;
                } catch (const Error& e) {
                    if (e.kind() == ErrorKind::Internal) throw;
                    m_result.dropped.push_back(Message(EDAU_MSG("The source {source} was left out: {reason}"))
                                                   .arg("source", source.name)
                                                   .arg("reason", e.message().str()));
                    return false;
                }
                pending.textFrom = "txt";
            } else if (richPath.empty()) {
                m_result.dropped.push_back(
                    Message(EDAU_MSG("The source {source} was left out: its text ({path}) is not in the file"))
                        .arg("source", source.name)
                        .arg("path", plainPath));
                return false;
            }
        }
        if (blank(fileText) && !richPath.empty() && !isExternal(richPath)) {
            // NVivo for Mac may leave the .txt empty and put the text in the .docx only.
            auto entry = findEntry(richPath);
            std::string format = entry ? sourceFormatOf(*entry) : std::string();
            if (entry && !format.empty() && format != "pdf") {
                std::string bytes = m_zip->read(*entry).value_or("");
                SourceReadOptions options;
                options.detectTurns = false;
                options.language = "en";  // no guess needed here; the app guesses on the final text
                try {
                    SourceContent content = readSourceBytes(bytes, m_fileLabel + ": " + *entry, options);
                    fileText = std::move(content.draft.text);
                    hadBom = false;
                    pending.textFrom = format;
                    pending.encoding = "utf-8";
                    source.format = format;
                } catch (const Error& e) {
                    if (e.kind() == ErrorKind::Internal) throw;
                    // An empty .docx behind an empty .txt is simply a source without text (below).
                    if (e.message().id() != std::string_view(EDAU_MSG("{file} is empty: there is no text in it to import"))) {
                        m_result.dropped.push_back(Message(EDAU_MSG("The source {source} was left out: {reason}"))
                                                       .arg("source", source.name)
                                                       .arg("reason", e.message().str()));
                        return false;
                    }
                }
            }
        }
        if (blank(fileText)) {
            m_result.dropped.push_back(Message(EDAU_MSG("The source {source} was left out: it has no text")).arg("source", source.name));
            return false;
        }
        if (fileText.find('\0') != std::string::npos) {
            std::size_t nuls = 0;
            std::string clean;
            clean.reserve(fileText.size());
            for (char c : fileText) {
                if (c == '\0') {
                    clean += "\xEF\xBF\xBD";
                    ++nuls;
                } else {
                    clean += c;
                }
            }
            fileText = std::move(clean);
            m_result.warnings.push_back(
                Message(EDAU_MSG("The text of {source} holds {count} NUL characters; each became U+FFFD"))
                    .arg("source", source.name)
                    .arg("count", static_cast<long long>(nuls)));
        }
        pending.positions.emplace(fileText, hadBom);
        source.text = pending.positions->text();
        return true;
    }

    // --- positions

    void convertPositions() {
        // Score each source's selections under every convention, then pick per source; a
        // source whose selections cannot tell the readings apart follows the file as a whole.
        const auto& conventions = offsetConventions();
        std::vector<std::size_t> totals(conventions.size(), 0);
        for (auto& p : m_pending) {
            std::vector<std::pair<std::int64_t, std::int64_t>> ranges;
            for (const auto& r : p.selections)
                if (r.readable) ranges.emplace_back(r.selection.start, r.selection.end);
            if (ranges.empty()) continue;
            p.scores = p.positions->score(ranges);
            for (std::size_t i = 0; i < conventions.size(); ++i) totals[i] += p.scores[i].aligned;
        }
        std::size_t fileBest = 0;
        for (std::size_t i = 1; i < conventions.size(); ++i)
            if (totals[i] > totals[fileBest]) fileBest = i;
        // Edau writes code points: its own files are not second-guessed (a passage coded from
        // the middle of a word must not make another reading look better).
        const bool ownFile = m_result.project.origin.rfind("Edau ", 0) == 0;

        std::set<std::string> names;
        for (auto& p : m_pending) {
            QdaSource& source = p.source;
            if (!p.scores.empty()) {
                std::size_t best = ownFile ? 0 : fileBest;
                for (std::size_t i = 0; i < conventions.size() && !ownFile; ++i)
                    if (p.scores[i].aligned > p.scores[best].aligned) best = i;
                convertSource(p, best);
                names.insert(m_result.readings.back().conventionName);
            } else {
                for (auto& r : p.selections) dropUnreadable(p, r);
            }
            m_result.project.sources.push_back(std::move(source));
        }
        m_pending.clear();
        m_result.offsets = names.empty() ? "code-points" : names.size() == 1 ? *names.begin() : "mixed";
    }

    void dropUnreadable(const PendingSource& p, const RawSelection& r) {
        m_result.dropped.push_back(
            Message(EDAU_MSG("The passage {selection} in {source} was left out: its position ({start}-{end}) is not a whole number"))
                .arg("selection", selectionLabel(r.selection))
                .arg("source", p.source.name)
                .arg("start", r.startText)
                .arg("end", r.endText));
    }

    static std::string selectionLabel(const QdaSelection& s) {
        std::string name = trimmed(s.name);
        if (name.empty()) return s.guid;
        // Some programs name a selection by its text: a short quote is enough to find it.
        std::int64_t length = text::findInvalidUtf8(name) ? 0 : text::codePointCount(name);
        if (length > 40) name = std::string(text::sliceCodePoints(name, 0, 40)) + "…";
        return "“" + name + "”";
    }

    void convertSource(PendingSource& p, std::size_t chosen) {
        const auto& conventions = offsetConventions();
        const SourcePositions& positions = *p.positions;
        std::vector<std::int64_t> offsets;
        for (const auto& r : p.selections)
            if (r.readable) {
                offsets.push_back(r.selection.start);
                offsets.push_back(r.selection.end);
            }
        std::vector<MappedPosition> mapped = positions.map(offsets, conventions[chosen]);
        // Name the reading by the likeliest convention that reads this source the same way.
        std::size_t named = chosen;
        for (std::size_t i = 0; i < chosen; ++i) {
            if (p.scores[i].aligned != p.scores[chosen].aligned) continue;
            if (positions.map(offsets, conventions[i]) == mapped) {
                named = i;
                break;
            }
        }
        QdaSourceReading reading;
        reading.sourceGuid = p.source.guid;
        reading.sourceName = p.source.name;
        reading.textFrom = p.textFrom;
        reading.encoding = p.encoding;
        reading.convention = conventions[named];
        reading.conventionName = offsetConventionName(conventions[named], positions.hasCrlf(), positions.hasBom());
        reading.boundaries = p.scores[chosen].boundaries;
        reading.aligned = p.scores[chosen].aligned;
        m_result.readings.push_back(reading);

        std::size_t k = 0, moved = 0;
        for (auto& r : p.selections) {
            if (!r.readable) {
                dropUnreadable(p, r);
                continue;
            }
            const MappedPosition& start = mapped[k++];
            const MappedPosition& end = mapped[k++];
            QdaSelection& s = r.selection;
            if (s.start > s.end) {
                m_result.dropped.push_back(
                    Message(EDAU_MSG("The passage {selection} in {source} was left out: it ends ({end}) before it starts ({start})"))
                        .arg("selection", selectionLabel(s))
                        .arg("source", p.source.name)
                        .arg("start", s.start)
                        .arg("end", s.end));
                continue;
            }
            if (!start.inRange || !end.inRange) {
                m_result.dropped.push_back(
                    Message(EDAU_MSG("The passage {selection} in {source} was left out: {start}-{end} lies outside the text, which is {length} characters long"))
                        .arg("selection", selectionLabel(s))
                        .arg("source", p.source.name)
                        .arg("start", s.start)
                        .arg("end", s.end)
                        .arg("length", positions.length()));
                continue;
            }
            if (!start.exact) ++moved;
            if (!end.exact) ++moved;
            std::int64_t from = start.floor, to = end.ceil;
            if (to <= from) {
                m_result.dropped.push_back(
                    Message(EDAU_MSG("The passage {selection} in {source} was left out: it is empty ({start}-{end})"))
                        .arg("selection", selectionLabel(s))
                        .arg("source", p.source.name)
                        .arg("start", s.start)
                        .arg("end", s.end));
                continue;
            }
            s.start = from;
            s.end = to;
            p.source.selections.push_back(std::move(s));
        }
        if (moved > 0)
            m_result.warnings.push_back(
                Message(EDAU_MSG("{count} passage boundaries in {source} fell inside a character ({convention}) and were moved to the nearest whole character"))
                    .arg("count", static_cast<long long>(moved))
                    .arg("source", p.source.name)
                    .arg("convention", reading.conventionName));
    }

    std::string m_fileLabel;
    ZipArchive* m_zip;
    QdaReadLimits m_limits;
    std::vector<std::string> m_entries;
    QdaReadResult m_result;
    std::vector<PendingSource> m_pending;
    std::set<std::string> m_seen;
    std::size_t m_notGuids = 0;
};

importers::ZipLimits zipLimits(const QdaReadLimits& limits) {
    importers::ZipLimits z;
    z.maxTotalUncompressed = limits.maxTotalUncompressed;
    z.maxEntryUncompressed = limits.maxEntryUncompressed;
    z.maxRatio = limits.maxRatio;
    z.maxEntries = limits.maxEntries;
    return z;
}

void checkXmlSize(std::size_t size, const std::string& fileLabel, const std::string& part, const QdaReadLimits& limits) {
    if (size <= limits.maxXmlBytes) return;
    constexpr std::uint64_t kMiB = 1024 * 1024;
    std::string limit = limits.maxXmlBytes >= kMiB ? std::to_string(limits.maxXmlBytes / kMiB) + " MB"
                                                   : std::to_string(limits.maxXmlBytes) + " bytes";
    throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large to read: its {part} holds more than {limit} of XML"))
                                        .arg("file", fileLabel)
                                        .arg("part", part)
                                        .arg("limit", limit));
}

/// The project XML's entry: project.qde in any letter case, or the one .qde there is.
std::string findProjectEntry(const std::vector<std::string>& names, const std::string& fileLabel) {
    std::vector<std::string> qdes;
    for (const auto& n : names) {
        if (iequals(n, "project.qde")) return n;
        if (iendsWith(n, ".qde")) qdes.push_back(n);
    }
    if (qdes.size() == 1) return qdes.front();
    if (qdes.empty())
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is not a REFI-QDA project: it holds no project.qde")).arg("file", fileLabel));
    throwError(ErrorKind::BadInput,
               Message(EDAU_MSG("{file} holds {count} .qde files and none is called project.qde, so Edau cannot tell which is the project"))
                   .arg("file", fileLabel)
                   .arg("count", static_cast<long long>(qdes.size())));
}

const xmlNode* requireRoot(const XmlDocument& doc, std::string_view expected, const std::string& fileLabel,
                           const std::string& part) {
    const xmlNode* root = doc.root();
    if (xml::localName(root) != expected)
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is not a REFI-QDA file: {part} starts with <{element}> where <{expected}> belongs"))
                       .arg("file", fileLabel)
                       .arg("part", part)
                       .arg("element", std::string(xml::localName(root)))
                       .arg("expected", std::string(expected)));
    return root;
}

}  // namespace

QdaReadResult readQdpx(std::string_view bytes, const std::string& fileLabel, const QdaReadLimits& limits) {
    if (bytes.size() > limits.maxFileBytes)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large to import ({size} bytes)"))
                                            .arg("file", fileLabel)
                                            .arg("size", static_cast<long long>(bytes.size())));
    if (!ZipArchive::looksLikeZip(bytes))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("{file} is not a REFI-QDA project (.qdpx): it is not a zip archive")).arg("file", fileLabel));
    ZipArchive zip(bytes, fileLabel, zipLimits(limits));
    std::string part = findProjectEntry(zip.entryNames(), fileLabel);
    std::string xmlText = zip.read(part).value_or("");
    checkXmlSize(xmlText.size(), fileLabel, part, limits);
    XmlDocument doc = XmlDocument::parse(xmlText, fileLabel, part);
    xmlText = std::string();  // the DOM holds it now
    const xmlNode* root = requireRoot(doc, "Project", fileLabel, part);
    Reader reader(fileLabel, &zip, limits);
    return reader.readProject(root);
}

QdaReadResult readQdc(std::string_view bytes, const std::string& fileLabel, const QdaReadLimits& limits) {
    checkXmlSize(bytes.size(), fileLabel, "codebook", limits);
    XmlDocument doc = XmlDocument::parse(bytes, fileLabel, "codebook");
    std::string_view rootName = xml::localName(doc.root());
    const xmlNode* root = requireRoot(doc, rootName == "Project" ? "Project" : "CodeBook", fileLabel, "codebook");
    Reader reader(fileLabel, nullptr, limits);
    return reader.readCodebookOnly(root);
}

QdaReadResult readQdaFile(const std::string& path, const QdaReadLimits& limits) {
    std::error_code ec;
    if (!fs::exists(path, ec))
        throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no file at {file}")).arg("file", path));
    if (!fs::is_regular_file(path, ec))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is not a file")).arg("file", path));
    auto size = fs::file_size(path, ec);
    if (!ec && size > limits.maxFileBytes)
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("{file} is too large to import ({size} bytes)"))
                                            .arg("file", path)
                                            .arg("size", static_cast<long long>(size)));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("Cannot read {file}: permission denied")).arg("file", path));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    std::string bytes = buffer.str();
    std::string ext = fs::path(path).extension().string();
    if (iequals(ext, ".qdc") || iequals(ext, ".qde")) {
        if (iequals(ext, ".qde")) {
            checkXmlSize(bytes.size(), path, "project.qde", limits);
            XmlDocument doc = XmlDocument::parse(bytes, path, "project.qde");
            Reader reader(path, nullptr, limits);
            return reader.readProject(requireRoot(doc, "Project", path, "project.qde"));
        }
        return readQdc(bytes, path, limits);
    }
    return readQdpx(bytes, path, limits);
}

}  // namespace edau
