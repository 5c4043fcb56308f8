// SPDX-License-Identifier: GPL-3.0-or-later
// Writing REFI-QDA project.qde, .qdpx and .qdc files that validate against the 1.0 schemas.
#include "edau/exchange/qdpx_writer.h"

#include <map>

#include "atomic_file.h"
#include "edau/base/error.h"
#include "edau/base/uuid.h"
#include "xml_writer.h"
#include "zip_package_writer.h"

namespace edau {

const char* toString(QdaVariableType type) {
    switch (type) {
        case QdaVariableType::Text: return "Text";
        case QdaVariableType::Boolean: return "Boolean";
        case QdaVariableType::Integer: return "Integer";
        case QdaVariableType::Float: return "Float";
        case QdaVariableType::Date: return "Date";
        case QdaVariableType::DateTime: return "DateTime";
    }
    return "Text";
}

namespace {

using exchange::ReplacementCounts;
using exchange::XmlWriter;

constexpr std::string_view kProjectNamespace = "urn:QDA-XML:project:1.0";
constexpr std::string_view kCodebookNamespace = "urn:QDA-XML:codebook:1.0";

bool digits(std::string_view s, std::size_t from, std::size_t count) {
    if (from + count > s.size()) return false;
    for (std::size_t i = from; i < from + count; ++i)
        if (s[i] < '0' || s[i] > '9') return false;
    return true;
}

/// xsd:dateTime as Edau writes timestamps: YYYY-MM-DDThh:mm:ss[.fff][Z|±hh:mm].
bool isXsdDateTime(std::string_view s) {
    if (!(digits(s, 0, 4) && s.size() > 4 && s[4] == '-' && digits(s, 5, 2) && s.size() > 7 && s[7] == '-' &&
          digits(s, 8, 2) && s.size() > 10 && s[10] == 'T' && digits(s, 11, 2) && s.size() > 13 && s[13] == ':' &&
          digits(s, 14, 2) && s.size() > 16 && s[16] == ':' && digits(s, 17, 2)))
        return false;
    std::size_t at = 19;
    if (at < s.size() && s[at] == '.') {
        ++at;
        std::size_t from = at;
        while (at < s.size() && s[at] >= '0' && s[at] <= '9') ++at;
        if (at == from) return false;
    }
    if (at == s.size()) return true;
    if (s[at] == 'Z') return at + 1 == s.size();
    return (s[at] == '+' || s[at] == '-') && digits(s, at + 1, 2) && at + 3 < s.size() && s[at + 3] == ':' &&
           digits(s, at + 4, 2) && at + 6 == s.size();
}

bool isHexColour(std::string_view s) {
    if (s.size() != 7 || s[0] != '#') return false;
    for (std::size_t i = 1; i < s.size(); ++i) {
        char c = s[i];
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
    }
    return true;
}

/// The GUID as written; a value that is not one is a bug in whoever built the project.
std::string guid(const std::string& value) {
    auto canonical = canonicalUuid(value);
    if (!canonical)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("{uuid} is not a valid identifier (UUID)")).arg("uuid", value));
    return *canonical;
}

/// An optional GUID attribute (a user, say): written only when it is one.
void optionalGuid(XmlWriter& xml, std::string_view name, const std::string& value) {
    if (auto canonical = canonicalUuid(value)) xml.attribute(name, *canonical);
}

void optionalDateTime(XmlWriter& xml, std::string_view name, const std::string& value) {
    if (isXsdDateTime(value)) xml.attribute(name, value);
}

void refs(XmlWriter& xml, std::string_view element, const std::vector<std::string>& guids) {
    for (const auto& g : guids) {
        xml.open(element);
        xml.attribute("targetGUID", guid(g));
        xml.close();
    }
}

void writeCode(XmlWriter& xml, const QdaCode& code, bool project) {
    xml.open("Code");
    xml.attribute("guid", guid(code.guid));
    xml.attribute("name", code.name);
    xml.attribute("isCodable", code.codable ? "true" : "false");
    if (isHexColour(code.colour)) xml.attribute("color", code.colour);
    if (!code.description.empty()) xml.textElement("Description", code.description);
    if (project) refs(xml, "NoteRef", code.noteGuids);  // the codebook schema has no notes
    for (const auto& child : code.children) writeCode(xml, child, project);
    xml.close();
}

void writeCodes(XmlWriter& xml, const std::vector<QdaCode>& codes, bool project) {
    xml.open("Codes");
    for (const auto& c : codes) writeCode(xml, c, project);
    xml.close();
}

void writeCoding(XmlWriter& xml, const QdaCoding& coding) {
    xml.open("Coding");
    xml.attribute("guid", guid(coding.guid));
    optionalGuid(xml, "creatingUser", coding.userGuid);
    optionalDateTime(xml, "creationDateTime", coding.created);
    xml.open("CodeRef");
    xml.attribute("targetGUID", guid(coding.codeGuid));
    xml.close();
    refs(xml, "NoteRef", coding.noteGuids);
    xml.close();
}

/// The element a value takes for its variable's type.
const char* valueElement(QdaVariableType type) {
    switch (type) {
        case QdaVariableType::Text: return "TextValue";
        case QdaVariableType::Boolean: return "BooleanValue";
        case QdaVariableType::Integer: return "IntegerValue";
        case QdaVariableType::Float: return "FloatValue";
        case QdaVariableType::Date: return "DateValue";
        case QdaVariableType::DateTime: return "DateTimeValue";
    }
    return "TextValue";
}

void writeValues(XmlWriter& xml, const std::vector<QdaVariableValue>& values,
                 const std::map<std::string, QdaVariableType>& types) {
    for (const auto& v : values) {
        auto type = types.find(v.variableGuid);
        xml.open("VariableValue");
        xml.open("VariableRef");
        xml.attribute("targetGUID", guid(v.variableGuid));
        xml.close();
        xml.textElement(valueElement(type == types.end() ? QdaVariableType::Text : type->second), v.value);
        xml.close();
    }
}

std::vector<ReplacedCharacter> merge(const ReplacementCounts& counts) {
    std::map<char32_t, ReplacedCharacter> all;
    for (const auto& [cp, n] : counts.inSourceText) {
        all[cp].codePoint = cp;
        all[cp].inSourceText += n;
    }
    for (const auto& [cp, n] : counts.elsewhere) {
        all[cp].codePoint = cp;
        all[cp].elsewhere += n;
    }
    std::vector<ReplacedCharacter> out;
    for (const auto& [cp, r] : all) out.push_back(r);
    return out;
}

/// Adds what `counts` saw to the report's list, by code point.
void addTo(QdaWriteReport& report, const ReplacementCounts& counts) {
    ReplacementCounts sum;
    for (const auto& r : report.replaced) {
        if (r.inSourceText) sum.inSourceText[r.codePoint] += r.inSourceText;
        if (r.elsewhere) sum.elsewhere[r.codePoint] += r.elsewhere;
    }
    for (const auto& [cp, n] : counts.inSourceText) sum.inSourceText[cp] += n;
    for (const auto& [cp, n] : counts.elsewhere) sum.elsewhere[cp] += n;
    report.replaced = merge(sum);
}

std::string sourceFileName(const QdaSource& source) { return guid(source.guid) + ".txt"; }

}  // namespace

std::string projectXml(const QdaProject& project, QdaWriteReport& report) {
    ReplacementCounts counts;
    XmlWriter xml(counts);
    xml.open("Project");
    xml.attribute("xmlns", kProjectNamespace);
    xml.attribute("name", project.name);
    xml.attribute("origin", project.origin, true);

    if (!project.users.empty()) {
        xml.open("Users");
        for (const auto& u : project.users) {
            xml.open("User");
            xml.attribute("guid", guid(u.guid));
            xml.attribute("name", u.name, true);
            xml.close();
        }
        xml.close();
    }
    if (!project.codes.empty()) {
        xml.open("CodeBook");
        writeCodes(xml, project.codes, true);
        xml.close();
    }
    std::map<std::string, QdaVariableType> types;
    if (!project.variables.empty()) {
        xml.open("Variables");
        for (const auto& v : project.variables) {
            types[v.guid] = v.type;
            xml.open("Variable");
            xml.attribute("guid", guid(v.guid));
            xml.attribute("name", v.name);
            xml.attribute("typeOfVariable", toString(v.type));
            if (!v.description.empty()) xml.textElement("Description", v.description);
            xml.close();
        }
        xml.close();
    }
    if (!project.cases.empty()) {
        xml.open("Cases");
        for (const auto& c : project.cases) {
            xml.open("Case");
            xml.attribute("guid", guid(c.guid));
            xml.attribute("name", c.name);
            if (!c.description.empty()) xml.textElement("Description", c.description);
            refs(xml, "CodeRef", c.codeGuids);
            writeValues(xml, c.values, types);
            refs(xml, "SourceRef", c.sourceGuids);
            refs(xml, "SelectionRef", c.selectionGuids);
            xml.close();
        }
        xml.close();
    }
    if (!project.sources.empty()) {
        xml.open("Sources");
        for (const auto& s : project.sources) {
            xml.open("TextSource");
            xml.attribute("guid", guid(s.guid));
            xml.attribute("name", s.name);
            xml.attribute("plainTextPath", "internal://" + sourceFileName(s));
            optionalGuid(xml, "creatingUser", s.userGuid);
            optionalDateTime(xml, "creationDateTime", s.created);
            optionalDateTime(xml, "modifiedDateTime", s.modified);
            if (!s.description.empty()) xml.textElement("Description", s.description);
            for (const auto& sel : s.selections) {
                xml.open("PlainTextSelection");
                xml.attribute("guid", guid(sel.guid));
                xml.attribute("name", sel.name, true);
                xml.attribute("startPosition", std::to_string(sel.start));
                xml.attribute("endPosition", std::to_string(sel.end));
                optionalGuid(xml, "creatingUser", sel.userGuid);
                optionalDateTime(xml, "creationDateTime", sel.created);
                optionalGuid(xml, "modifyingUser", sel.userGuid);
                optionalDateTime(xml, "modifiedDateTime", sel.modified);
                for (const auto& coding : sel.codings) writeCoding(xml, coding);
                refs(xml, "NoteRef", sel.noteGuids);
                xml.close();
            }
            for (const auto& coding : s.wholeSourceCodings) writeCoding(xml, coding);
            refs(xml, "NoteRef", s.noteGuids);
            writeValues(xml, s.variableValues, types);
            xml.close();
        }
        xml.close();
    }
    if (!project.notes.empty()) {
        xml.open("Notes");
        for (const auto& n : project.notes) {
            xml.open("Note");
            xml.attribute("guid", guid(n.guid));
            xml.attribute("name", n.name, true);
            optionalGuid(xml, "creatingUser", n.userGuid);
            optionalDateTime(xml, "creationDateTime", n.created);
            optionalGuid(xml, "modifyingUser", n.userGuid);
            optionalDateTime(xml, "modifiedDateTime", n.modified);
            xml.textElement("PlainTextContent", n.text);
            refs(xml, "NoteRef", n.noteGuids);
            xml.close();
        }
        xml.close();
    }
    if (!project.links.empty()) {
        xml.open("Links");
        for (const auto& l : project.links) {
            xml.open("Link");
            xml.attribute("guid", guid(l.guid));
            xml.attribute("name", l.name, true);
            xml.attribute("direction", "OneWay");
            xml.attribute("originGUID", guid(l.originGuid));
            xml.attribute("targetGUID", guid(l.targetGuid));
            xml.close();
        }
        xml.close();
    }
    if (!project.sets.empty()) {
        xml.open("Sets");
        for (const auto& set : project.sets) {
            xml.open("Set");
            xml.attribute("guid", guid(set.guid));
            xml.attribute("name", set.name);
            if (!set.description.empty()) xml.textElement("Description", set.description);
            refs(xml, "MemberCode", set.codeGuids);
            refs(xml, "MemberSource", set.sourceGuids);
            refs(xml, "MemberNote", set.noteGuids);
            xml.close();
        }
        xml.close();
    }
    if (!project.description.empty()) xml.textElement("Description", project.description);
    refs(xml, "NoteRef", project.noteGuids);
    xml.close();
    std::string out = xml.finish();
    addTo(report, counts);
    return out;
}

std::string codebookXml(const QdaProject& project, QdaWriteReport& report) {
    if (project.codes.empty())
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("The codebook has no codes, and a REFI-QDA codebook (.qdc) needs at least one")));
    ReplacementCounts counts;
    XmlWriter xml(counts);
    xml.open("CodeBook");
    xml.attribute("xmlns", kCodebookNamespace);
    xml.attribute("origin", project.origin, true);
    writeCodes(xml, project.codes, false);
    xml.close();
    std::string out = xml.finish();
    addTo(report, counts);
    return out;
}

std::string sourceFileText(const std::string& text, QdaWriteReport& report, const std::string& sourceName) {
    ReplacementCounts counts;
    std::string out = exchange::xmlSafe(text, counts.inSourceText);
    if (!counts.inSourceText.empty()) {
        report.sourcesChanged.push_back(sourceName);
        addTo(report, counts);
    }
    return out;
}

QdaWriteReport writeQdpx(const QdaProject& project, const std::string& path) {
    QdaWriteReport report;
    std::string qde = projectXml(project, report);
    exporters::AtomicFile file(path);
    file.create();
    {
        exporters::ZipPackageWriter zip(file.tempPath(), path);
        zip.add("project.qde", std::move(qde));
        for (const auto& s : project.sources) zip.add("sources/" + sourceFileName(s), sourceFileText(s.text, report, s.name));
        zip.close();
    }
    file.commit();
    return report;
}

QdaWriteReport writeQdc(const QdaProject& project, const std::string& path) {
    QdaWriteReport report;
    std::string qdc = codebookXml(project, report);
    exporters::AtomicFile file(path);
    file.write(qdc);
    file.commit();
    return report;
}

}  // namespace edau
