// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA export: the project as a QdaProject (framework matrices as sets, notes and links), written as .qdpx or .qdc.
#include "edau/app/exchange_service.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/uuid.h"
#include "edau/base/version.h"
#include "edau/store/project_store.h"
#include "exchange_names.h"

namespace edau {

namespace {

bool digitsOnly(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

/// xsd:decimal: an optional sign, digits, an optional point and digits (no exponent).
bool isXsdDecimal(std::string_view s) {
    if (!s.empty() && (s.front() == '+' || s.front() == '-')) s.remove_prefix(1);
    auto point = s.find('.');
    if (point == std::string_view::npos) return digitsOnly(s);
    std::string_view whole = s.substr(0, point), fraction = s.substr(point + 1);
    return (whole.empty() || digitsOnly(whole)) && (fraction.empty() || digitsOnly(fraction)) &&
           !(whole.empty() && fraction.empty());
}

/// xsd:date as Edau's date attributes hold it: YYYY-MM-DD with a real month and day.
bool isXsdDate(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digitsOnly(s.substr(0, 4)) || !digitsOnly(s.substr(5, 2)) || !digitsOnly(s.substr(8, 2))) return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string trimmed(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

std::string linkGuid(const std::string& origin, const std::string& target, std::string_view role) {
    return uuidFromName("edau-link:" + std::string(role) + ":" + origin + ":" + target);
}

}  // namespace

QdaProject qdaProjectOf(const Workbench& bench, std::vector<Message>& changes) {
    const ProjectStore& store = bench.store();
    QdaProject project;
    project.name = store.projectName();
    project.origin = std::string("Edau ") + versionString();

    std::map<RowId, std::string> coderUuid;
    for (const auto& c : store.coders()) {
        coderUuid[c.id] = c.uuid;
        project.users.push_back({c.uuid, c.name});
    }
    auto coderOf = [&](std::optional<RowId> id) {
        auto it = id ? coderUuid.find(*id) : coderUuid.end();
        return it == coderUuid.end() ? std::string() : it->second;
    };

    // Memos by what they are about; each becomes a Note, referred to from its target.
    std::map<std::string, std::vector<std::string>> memosOn;  // target uuid -> memo uuids
    std::set<std::string> attachedMemos;
    const std::vector<Memo> memos = store.memos();
    for (const auto& m : memos) {
        QdaNote note;
        note.guid = m.uuid;
        note.name = m.title;
        note.text = m.text;
        note.userGuid = coderOf(m.coderId);
        note.created = m.createdAt;
        note.modified = m.modifiedAt;
        project.notes.push_back(std::move(note));
        if (m.targetKind == MemoTarget::Project) {
            project.noteGuids.push_back(m.uuid);
            attachedMemos.insert(m.uuid);
        } else {
            memosOn[m.targetUuid].push_back(m.uuid);
        }
    }
    auto notesOn = [&](const std::string& uuid) {
        auto it = memosOn.find(uuid);
        if (it == memosOn.end()) return std::vector<std::string>();
        for (const auto& m : it->second) attachedMemos.insert(m);
        return it->second;
    };

    // The codebook, as a tree in the codebook's own order.
    const std::vector<Code> codes = store.codes();
    std::map<RowId, const Code*> codeById;
    for (const auto& c : codes) codeById[c.id] = &c;
    std::function<std::vector<QdaCode>(std::optional<RowId>)> codesUnder = [&](std::optional<RowId> parent) {
        std::vector<QdaCode> out;
        for (const auto& c : codes) {
            if (c.parentId != parent) continue;
            QdaCode code;
            code.guid = c.uuid;
            code.name = c.name;
            code.description = c.description;
            code.colour = c.colour;
            code.noteGuids = notesOn(c.uuid);
            code.children = codesUnder(c.id);
            out.push_back(std::move(code));
        }
        return out;
    };
    project.codes = codesUnder(std::nullopt);

    // Attributes become variables; a value the variable's type cannot hold makes it text.
    const std::vector<Attribute> attributes = store.attributes();
    const std::vector<Case> cases = store.cases();
    std::map<RowId, std::vector<AttributeValue>> valuesOf;
    for (const auto& c : cases) valuesOf[c.id] = store.attributeValues(c.id);
    std::map<RowId, QdaVariableType> typeOf;
    for (const auto& a : attributes) {
        QdaVariable v;
        v.guid = a.uuid;
        v.name = a.name;
        switch (a.type) {
            case AttributeType::Text: v.type = QdaVariableType::Text; break;
            case AttributeType::Category:
                v.type = QdaVariableType::Text;
                v.description = std::string(kCategoryVariableDescription);
                break;
            case AttributeType::Number:
            case AttributeType::Date: {
                const bool number = a.type == AttributeType::Number;
                v.type = number ? QdaVariableType::Float : QdaVariableType::Date;
                for (const auto& [caseId, values] : valuesOf)
                    for (const auto& value : values) {
                        std::string t = trimmed(value.value);
                        if (value.attributeId != a.id || t.empty() || (number ? isXsdDecimal(t) : isXsdDate(t))) continue;
                        if (v.type != QdaVariableType::Text)
                            changes.push_back(Message(number ? EDAU_MSG("The attribute {attribute} is written as text: a value such as {value} is not a number the standard accepts")
                                                             : EDAU_MSG("The attribute {attribute} is written as text: a value such as {value} is not a date of the form YYYY-MM-DD"))
                                                  .arg("attribute", a.name)
                                                  .arg("value", value.value));
                        v.type = QdaVariableType::Text;
                    }
                break;
            }
        }
        typeOf[a.id] = v.type;
        project.variables.push_back(std::move(v));
    }
    std::map<RowId, std::string> attributeUuid;
    for (const auto& a : attributes) attributeUuid[a.id] = a.uuid;

    const std::vector<Document> documents = store.documents();
    for (const auto& c : cases) {
        QdaCase qc;
        qc.guid = c.uuid;
        qc.name = c.name;
        qc.description = c.description;
        for (const auto& value : valuesOf[c.id]) {
            if (value.value.empty()) continue;
            bool typed = typeOf[value.attributeId] != QdaVariableType::Text;
            qc.values.push_back({attributeUuid[value.attributeId], typed ? trimmed(value.value) : value.value});
        }
        for (const auto& d : documents)
            if (d.caseId == c.id) qc.sourceGuids.push_back(d.uuid);
        project.cases.push_back(std::move(qc));
        // A case has no NoteRef in the schema: its memos are linked to it.
        for (const auto& memo : notesOn(c.uuid))
            project.links.push_back({linkGuid(memo, c.uuid, kMemoLink), std::string(kMemoLink), memo, c.uuid});
    }

    // Which framework summaries cite each coding: the selection refers to them (NoteRef).
    const std::vector<Matrix> matrices = store.matrices();
    std::map<RowId, std::vector<MatrixCell>> cellsOf;
    std::map<std::string, std::vector<std::string>> citingCells;  // coding uuid -> cell uuids
    for (const auto& m : matrices) {
        cellsOf[m.id] = store.cells(m.id);
        for (const auto& cell : cellsOf[m.id])
            for (const auto& cited : cell.citedCodingUuids) citingCells[cited].push_back(cell.uuid);
    }

    std::map<RowId, std::string> documentUuid, documentName;
    std::map<std::string, std::string> selectionOfCoding;
    long long timedDocuments = 0;
    for (const auto& d : documents) {
        const auto turns = store.turns(d.id);
        if (std::any_of(turns.begin(), turns.end(), [](const Turn& t) { return t.timestampMs.has_value(); })) ++timedDocuments;
        documentUuid[d.id] = d.uuid;
        documentName[d.id] = d.name;
        QdaSource s;
        s.guid = d.uuid;
        s.name = d.name;
        s.text = store.documentText(d.id);
        s.created = d.importedAt;
        s.noteGuids = notesOn(d.uuid);
        for (const auto& coding : store.codingsOfDocument(d.id, CodingScope::All)) {
            QdaSelection sel;
            sel.guid = selectionGuidOf(coding.uuid);
            sel.start = coding.start;
            sel.end = coding.end;
            sel.userGuid = coderOf(coding.coderId);
            sel.created = coding.createdAt;
            sel.modified = coding.modifiedAt;
            QdaCoding qc;
            qc.guid = coding.uuid;
            auto code = codeById.find(coding.codeId);
            if (code == codeById.end()) continue;  // cannot happen: the store keeps codings' codes
            qc.codeGuid = code->second->uuid;
            qc.userGuid = sel.userGuid;
            qc.created = coding.createdAt;
            qc.noteGuids = notesOn(coding.uuid);
            sel.codings.push_back(std::move(qc));
            if (auto cites = citingCells.find(coding.uuid); cites != citingCells.end()) sel.noteGuids = cites->second;
            selectionOfCoding[coding.uuid] = sel.guid;
            s.selections.push_back(std::move(sel));
        }
        project.sources.push_back(std::move(s));
    }

    // Framework matrices: a set per matrix, a note per cell, links for rows, columns and evidence.
    std::map<RowId, std::string> caseUuid, caseName;
    for (const auto& c : cases) {
        caseUuid[c.id] = c.uuid;
        caseName[c.id] = c.name;
    }
    for (const auto& m : matrices) {
        QdaSet set;
        set.guid = m.uuid;
        set.name = std::string(kFrameworkPrefix) + m.name;
        set.description = m.description;
        for (RowId codeId : m.columnCodeIds)
            if (auto c = codeById.find(codeId); c != codeById.end()) set.codeGuids.push_back(c->second->uuid);
        const bool documentRows = m.rowKind == MatrixRowKind::Document;
        for (RowId row : documentRows ? m.rowDocumentIds : m.rowCaseIds) {
            std::string target = documentRows ? documentUuid[row] : caseUuid[row];
            if (target.empty()) continue;
            project.links.push_back({linkGuid(m.uuid, target, kFrameworkRowLink), std::string(kFrameworkRowLink), m.uuid, target});
        }
        for (const auto& cell : cellsOf[m.id]) {
            std::string rowUuid = cell.documentId ? documentUuid[*cell.documentId] : caseUuid[cell.caseId];
            std::string rowName = cell.documentId ? documentName[*cell.documentId] : caseName[cell.caseId];
            auto code = codeById.find(cell.codeId);
            if (rowUuid.empty() || code == codeById.end()) continue;
            QdaNote note;
            note.guid = cell.uuid;
            note.name = frameworkCellName(m.name, rowName, codePath(codes, cell.codeId));
            note.text = cell.summary;
            note.userGuid = coderOf(cell.coderId);
            note.modified = cell.modifiedAt;
            note.noteGuids = notesOn(cell.uuid);
            project.notes.push_back(std::move(note));
            set.noteGuids.push_back(cell.uuid);
            project.links.push_back({linkGuid(cell.uuid, rowUuid, kCellRowLink), std::string(kCellRowLink), cell.uuid, rowUuid});
            project.links.push_back({linkGuid(cell.uuid, code->second->uuid, kCellColumnLink), std::string(kCellColumnLink),
                                     cell.uuid, code->second->uuid});
            for (const auto& cited : cell.citedCodingUuids) {
                // A coding removed since keeps its citation (by its own GUID), as the project does.
                auto sel = selectionOfCoding.find(cited);
                std::string target = sel == selectionOfCoding.end() ? cited : sel->second;
                project.links.push_back({linkGuid(cell.uuid, target, kCitationLink), std::string(kCitationLink), cell.uuid, target});
            }
        }
        project.sets.push_back(std::move(set));
    }

    if (timedDocuments > 0)
        changes.push_back(Message(EDAU_MSG("The time marks of speaker turns ({count} documents) are not written: the standard has no place for them, and an import finds turns again from the text alone"))
                              .arg("count", timedDocuments));
    if (auto rounds = store.mscRounds(); !rounds.empty())
        changes.push_back(Message(EDAU_MSG("Most Significant Change selection rounds ({count}) are not written: the standard has no place for them"))
                              .arg("count", static_cast<long long>(rounds.size())));
    for (const auto& m : memos)
        if (!attachedMemos.count(m.uuid))
            changes.push_back(Message(EDAU_MSG("The memo {memo} is about something no longer in the project; it is written as a note on its own"))
                                  .arg("memo", m.title.empty() ? m.uuid : m.title));
    return project;
}

namespace {

ExchangeCounts countsOf(const QdaProject& p) {
    ExchangeCounts n;
    n.sources = static_cast<std::int64_t>(p.sources.size());
    std::function<void(const std::vector<QdaCode>&)> count = [&](const std::vector<QdaCode>& codes) {
        for (const auto& c : codes) {
            ++n.codes;
            count(c.children);
        }
    };
    count(p.codes);
    for (const auto& s : p.sources)
        for (const auto& sel : s.selections) n.codings += static_cast<std::int64_t>(sel.codings.size());
    n.cases = static_cast<std::int64_t>(p.cases.size());
    n.coders = static_cast<std::int64_t>(p.users.size());
    n.attributes = static_cast<std::int64_t>(p.variables.size());
    n.matrices = static_cast<std::int64_t>(p.sets.size());
    for (const auto& set : p.sets) n.summaries += static_cast<std::int64_t>(set.noteGuids.size());
    n.notes = static_cast<std::int64_t>(p.notes.size()) - n.summaries;
    return n;
}

void describeReplacements(QdpxExportReport& report) {
    for (const auto& r : report.file.replaced) {
        char code[16];
        std::snprintf(code, sizeof code, "%04X", static_cast<unsigned>(r.codePoint));
        report.changes.push_back(
            Message(EDAU_MSG("{count} characters U+{code}, which XML cannot hold, were written as U+FFFD ({text} in source texts, where positions stay the same; {other} elsewhere)"))
                .arg("count", static_cast<long long>(r.inSourceText + r.elsewhere))
                .arg("code", code)
                .arg("text", static_cast<long long>(r.inSourceText))
                .arg("other", static_cast<long long>(r.elsewhere)));
    }
}

}  // namespace

QdpxExportReport exportQdpx(const Workbench& bench, const std::string& path) {
    QdpxExportReport report;
    report.path = path;
    QdaProject project = qdaProjectOf(bench, report.changes);
    report.written = countsOf(project);
    report.file = writeQdpx(project, path);
    describeReplacements(report);
    return report;
}

QdpxExportReport exportQdc(const Workbench& bench, const std::string& path) {
    QdpxExportReport report;
    report.path = path;
    std::vector<Message> ignored;  // a codebook holds none of what the notes are about
    QdaProject project = qdaProjectOf(bench, ignored);
    ExchangeCounts all = countsOf(project);
    report.written.codes = all.codes;
    report.file = writeQdc(project, path);
    describeReplacements(report);
    bool codeNotes = false;
    std::function<void(const std::vector<QdaCode>&)> visit = [&](const std::vector<QdaCode>& codes) {
        for (const auto& c : codes) {
            codeNotes = codeNotes || !c.noteGuids.empty();
            visit(c.children);
        }
    };
    visit(project.codes);
    if (codeNotes)
        report.changes.push_back(Message(EDAU_MSG("Memos on codes are not written: a codebook file has no place for them (a .qdpx keeps them)")));
    return report;
}

QdaReadResult readQdpxForImport(const std::string& file) { return readQdaFile(file); }

QdpxImportReport importQdpx(Workbench& bench, const std::string& file) {
    return storeQdpx(bench, readQdpxForImport(file), file);
}

QdpxImportReport mergeProjectFile(Workbench& bench, const std::string& otherPath, const CodeMatching& matching) {
    std::error_code ec;
    if (std::filesystem::equivalent(otherPath, bench.path(), ec))
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("{file} is this project itself: choose a colleague's copy to merge")).arg("file", otherPath));
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto other = Workbench::open(otherPath, readOnly);
    // The other project as an exchange file, in memory: positions are Edau's own code points.
    QdaReadResult read;
    read.project = qdaProjectOf(*other, read.warnings);
    read.offsets = "code-points";  // what the exchange cannot carry is already in read.warnings
    return storeQdpx(bench, std::move(read), otherPath, matching);
}

std::vector<CodePathMatch> codePathMatches(const Workbench& bench, const std::string& otherPath) {
    OpenOptions readOnly;
    readOnly.readOnly = true;
    const auto other = Workbench::open(otherPath, readOnly);
    const auto ours = bench.store().codes();
    const auto theirs = other->store().codes();
    std::map<std::string, const Code*> ourByPath;
    for (const auto& c : ours) ourByPath[codePath(ours, c.id)] = &c;
    std::vector<CodePathMatch> out;
    for (const auto& c : theirs) {
        const std::string path = codePath(theirs, c.id);
        auto it = ourByPath.find(path);
        if (it != ourByPath.end() && it->second->uuid != c.uuid) out.push_back({path, c.uuid, it->second->uuid});
    }
    return out;
}

}  // namespace edau
