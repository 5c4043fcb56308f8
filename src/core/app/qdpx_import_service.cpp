// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA import: a read .qdpx stored into the project in one transaction, merged by GUID,
// with Edau's framework matrices rebuilt from their sets, notes and links.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/exchange_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/sha256.h"
#include "edau/import/source_reader.h"
#include "edau/store/project_store.h"
#include "edau/text/language_guess.h"
#include "edau/text/unicode.h"
#include "exchange_names.h"

namespace edau {

namespace {

/// A thing of the project a GUID of the file now stands for.
struct Mapped {
    RowId id = 0;
    std::string uuid;  ///< Edau's UUID: the file's GUID, or that of what it was merged with
};

std::string trimmed(const std::string& s) {
    auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

/// The name the store would keep (trimmed, NFC), for comparing names before adding.
std::string storedName(const std::string& name) { return text::toNfc(trimmed(name)); }

std::string shortGuid(const std::string& guid) { return guid.substr(0, 8); }

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

AttributeType attributeTypeFor(const QdaVariable& v) {
    switch (v.type) {
        case QdaVariableType::Text:
            return v.description == kCategoryVariableDescription ? AttributeType::Category : AttributeType::Text;
        case QdaVariableType::Boolean: return AttributeType::Category;
        case QdaVariableType::Integer:
        case QdaVariableType::Float: return AttributeType::Number;
        case QdaVariableType::Date: return AttributeType::Date;
        case QdaVariableType::DateTime: return AttributeType::Text;
    }
    return AttributeType::Text;
}

class QdpxImporter {
public:
    QdpxImporter(ProjectStore& store, const QdaProject& project, QdpxImportReport& report, const CodeMatching& matching)
        : m_store(store), m_project(project), m_report(report), m_matching(matching) {}

    void run() {
        for (const auto& n : m_project.notes) m_notes[n.guid] = &n;
        for (const auto& l : m_project.links) m_linksFrom[l.originGuid].push_back(&l);
        importCoders();
        for (const auto& c : m_project.codes) importCode(c, std::nullopt);
        importVariables();
        importCases();
        importSources();
        linkCasesToSources();
        importCodings();
        importFrameworks();
        importMemos();
        reportUnusedLinks();
    }

private:
    // --- coders

    void importCoders() {
        std::map<std::string, RowId> byUuid, byName;
        for (const auto& c : m_store.coders()) {
            byUuid[c.uuid] = c.id;
            byName[c.name] = c.id;
        }
        for (const auto& u : m_project.users) {
            std::string name = u.name.empty() ? "User " + shortGuid(u.guid) : storedName(u.name);
            if (auto it = byUuid.find(u.guid); it != byUuid.end()) {
                m_coders[u.guid] = it->second;
                ++m_report.already.coders;
            } else if (auto named = byName.find(name); named != byName.end()) {
                m_coders[u.guid] = named->second;  // the same person, known here under another GUID
                ++m_report.already.coders;
            } else {
                Coder c = m_store.addCoder(name, u.guid);
                m_coders[u.guid] = c.id;
                byName[c.name] = c.id;
                ++m_report.added.coders;
            }
        }
    }

    /// Who made a coding the file does not attribute: the file's only user, else the project's
    /// current coder, else a coder named after the program that wrote the file.
    RowId coderFor(const std::string& userGuid, const std::string& fallbackGuid) {
        if (auto it = m_coders.find(userGuid); it != m_coders.end()) return it->second;
        if (auto it = m_coders.find(fallbackGuid); it != m_coders.end()) return it->second;
        if (m_defaultCoder) return *m_defaultCoder;
        if (m_project.users.size() == 1 && m_coders.count(m_project.users.front().guid)) {
            m_defaultCoder = m_coders[m_project.users.front().guid];
        } else if (auto current = m_store.currentCoder()) {
            m_defaultCoder = current->id;
        } else {
            std::string name = m_project.origin.empty() ? std::string("REFI-QDA") : storedName(m_project.origin);
            auto existing = m_store.coderByName(name);
            if (!existing) ++m_report.added.coders;
            m_defaultCoder = existing ? existing->id : m_store.addCoder(name).id;
        }
        return *m_defaultCoder;
    }

    // --- codes

    void importCode(const QdaCode& c, std::optional<RowId> parent) {
        if (!m_codesLoaded) {
            for (const auto& existing : m_store.codes()) m_codeAt[{existing.parentId.value_or(0), existing.name}] = {existing.id, existing.uuid};
            m_codesLoaded = true;
        }
        Mapped mapped;
        if (auto existing = m_store.codeByUuid(c.guid)) {
            mapped = {existing->id, existing->uuid};
            ++m_report.already.codes;
        } else {
            std::string name = c.name.empty() ? "Code " + shortGuid(c.guid) : storedName(c.name);
            auto key = std::make_pair(parent.value_or(0), name);
            const bool keepApart = m_matching.keepApart.count(c.guid) > 0;
            if (keepApart && m_codeAt.count(key)) {
                // The user said it is not the same code: it comes in beside it, told apart by name.
                name += " (" + shortGuid(c.guid) + ")";
                key = std::make_pair(parent.value_or(0), name);
            }
            if (auto sibling = m_codeAt.find(key); sibling != m_codeAt.end()) {
                mapped = sibling->second;  // the same code, known here under another GUID
                ++m_report.already.codes;
                m_report.codesMatchedByPath.push_back(codePath(m_store.codes(), mapped.id));
            } else {
                Code added = m_store.addCode(name, parent, c.description, c.colour, c.guid);
                mapped = {added.id, added.uuid};
                m_codeAt[key] = mapped;
                ++m_report.added.codes;
            }
        }
        m_codes[c.guid] = mapped;
        for (const auto& n : c.noteGuids) target(n, MemoTarget::Code, mapped.uuid);
        for (const auto& child : c.children) importCode(child, mapped.id);
    }

    // --- variables and cases

    void importVariables() {
        std::map<std::string, Attribute> byUuid, byName;
        for (const auto& a : m_store.attributes()) {
            byUuid[a.uuid] = a;
            byName[a.name] = a;
        }
        for (const auto& v : m_project.variables) {
            std::string name = v.name.empty() ? "Variable " + shortGuid(v.guid) : storedName(v.name);
            if (auto it = byUuid.find(v.guid); it != byUuid.end()) {
                m_attributes[v.guid] = it->second.id;
                ++m_report.already.attributes;
            } else if (auto named = byName.find(name); named != byName.end()) {
                m_attributes[v.guid] = named->second.id;
                ++m_report.already.attributes;
            } else {
                Attribute a = m_store.addAttribute(name, attributeTypeFor(v), v.guid);
                m_attributes[v.guid] = a.id;
                byName[a.name] = a;
                ++m_report.added.attributes;
            }
        }
    }

    void importCases() {
        std::map<std::string, Case> byUuid, byName;
        for (const auto& c : m_store.cases()) {
            byUuid[c.uuid] = c;
            byName[c.name] = c;
        }
        for (const auto& c : m_project.cases) {
            std::string name = c.name.empty() ? "Case " + shortGuid(c.guid) : storedName(c.name);
            Mapped mapped;
            if (auto it = byUuid.find(c.guid); it != byUuid.end()) {
                mapped = {it->second.id, it->second.uuid};
                ++m_report.already.cases;
            } else if (auto named = byName.find(name); named != byName.end()) {
                mapped = {named->second.id, named->second.uuid};
                ++m_report.already.cases;
            } else {
                Case added = m_store.addCase(name, c.description, c.guid);
                byName[added.name] = added;
                mapped = {added.id, added.uuid};
                ++m_report.added.cases;
            }
            m_cases[c.guid] = mapped;
            for (const auto& v : c.values) {
                auto attribute = m_attributes.find(v.variableGuid);
                if (attribute == m_attributes.end()) {
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("A value of the case {case} was left out: its variable ({uuid}) is not in the file"))
                            .arg("case", name)
                            .arg("uuid", v.variableGuid));
                    continue;
                }
                m_store.setAttributeValue(mapped.id, attribute->second, v.value);
            }
            if (!c.selectionGuids.empty())
                m_report.dropped.push_back(
                    Message(EDAU_MSG("The case {case} was linked to {count} passages; those links were left out, as Edau links whole documents to cases"))
                        .arg("case", name)
                        .arg("count", static_cast<long long>(c.selectionGuids.size())));
            if (!c.codeGuids.empty())
                m_report.dropped.push_back(
                    Message(EDAU_MSG("The case {case} was linked to {count} codes; those links were left out, as Edau codes passages, not cases"))
                        .arg("case", name)
                        .arg("count", static_cast<long long>(c.codeGuids.size())));
        }
    }

    // --- sources

    std::string freeDocumentName(const std::string& wanted) {
        if (!m_store.documentByName(wanted)) return wanted;
        for (int n = 2;; ++n) {
            std::string candidate = wanted + " (" + std::to_string(n) + ")";
            if (!m_store.documentByName(candidate)) return candidate;
        }
    }

    void importSources() {
        for (const auto& s : m_project.sources) {
            std::string name = storedName(s.name);
            if (name.empty()) name = "Source " + shortGuid(s.guid);
            if (auto existing = m_store.documentByUuid(s.guid)) {
                if (existing->contentHash != sha256Hex(text::toNfc(s.text))) {
                    std::size_t codings = s.wholeSourceCodings.size();
                    for (const auto& sel : s.selections) codings += sel.codings.size();
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("The source {source} was left out with its {count} codings: the project's document {document} has the same identifier but a different text"))
                            .arg("source", name)
                            .arg("count", static_cast<long long>(codings))
                            .arg("document", existing->name));
                    continue;
                }
                m_documents[s.guid] = {existing->id, existing->uuid};
                m_documentCase[s.guid] = existing->caseId;
                ++m_report.already.sources;
            } else {
                DocumentDraft draft;
                draft.name = freeDocumentName(name);
                draft.originalFileName = name + "." + (s.format.empty() ? std::string("txt") : s.format);
                draft.format = s.format.empty() ? "txt" : s.format;
                draft.encoding = "utf-8";
                draft.text = s.text;
                draft.language = text::guessLanguage(s.text);
                Document d = m_store.addDocument(draft, detectTurns(text::toNfc(s.text)), s.guid);
                m_documents[s.guid] = {d.id, d.uuid};
                m_documentCase[s.guid] = std::nullopt;
                m_newDocuments.insert(s.guid);
                ++m_report.added.sources;
            }
            const Mapped& doc = m_documents[s.guid];
            for (const auto& n : s.noteGuids) target(n, MemoTarget::Document, doc.uuid);
            if (!trimmed(s.description).empty()) {
                // A source's description has no place of its own in Edau: it becomes a memo on the document.
                std::string memoUuid = uuidFromName("edau-source-description:" + s.guid);
                m_descriptions.push_back({memoUuid, doc.uuid, s.description});
            }
            if (!s.variableValues.empty())
                m_report.dropped.push_back(
                    Message(EDAU_MSG("The {count} variable values of the source {source} were left out: Edau keeps attributes on cases"))
                        .arg("count", static_cast<long long>(s.variableValues.size()))
                        .arg("source", name));
        }
    }

    void linkCasesToSources() {
        std::map<std::string, std::string> caseNameOf;
        for (const auto& c : m_project.cases) caseNameOf[c.guid] = c.name;
        for (const auto& c : m_project.cases) {
            auto theCase = m_cases.find(c.guid);
            if (theCase == m_cases.end()) continue;
            for (const auto& sourceGuid : c.sourceGuids) {
                auto doc = m_documents.find(sourceGuid);
                if (doc == m_documents.end()) continue;  // a source left out is reported already
                auto& current = m_documentCase[sourceGuid];
                if (current == theCase->second.id) continue;
                if (current && !m_newDocuments.count(sourceGuid)) continue;  // the project's own choice stands
                if (current) {
                    auto other = m_store.caseById(*current);
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("The source {source} is in the cases {case} and {other}; a document belongs to one case in Edau, so it stays in {other}"))
                            .arg("source", m_store.documentById(doc->second.id)->name)
                            .arg("case", c.name)
                            .arg("other", other ? other->name : std::string()));
                    continue;
                }
                m_store.setDocumentCase(doc->second.id, theCase->second.id);
                current = theCase->second.id;
            }
        }
    }

    // --- codings

    /// Stores one coding of `sel` (or of the whole source when `sel` is null); returns Edau's coding UUID.
    std::optional<std::string> importCoding(const QdaSource& s, const Mapped& doc, const QdaSelection* sel,
                                            const QdaCoding& c, std::int64_t start, std::int64_t end) {
        auto code = m_codes.find(c.codeGuid);
        if (code == m_codes.end()) {
            m_report.dropped.push_back(
                Message(EDAU_MSG("A coding in {source} ({start}-{end}) was left out: its code ({uuid}) is not in the file's codebook"))
                    .arg("source", s.name)
                    .arg("start", start)
                    .arg("end", end)
                    .arg("uuid", c.codeGuid.empty() ? std::string("?") : c.codeGuid));
            return std::nullopt;
        }
        if (auto existing = m_store.codingByUuid(c.guid)) {
            ++m_report.already.codings;
            return existing->uuid;
        }
        Coding added = m_store.addCoding(doc.id, start, end, code->second.id, coderFor(c.userGuid, sel ? sel->userGuid : ""), c.guid);
        ++m_report.added.codings;
        return added.uuid;
    }

    void importCodings() {
        for (const auto& s : m_project.sources) {
            auto doc = m_documents.find(s.guid);
            if (doc == m_documents.end()) continue;
            for (const auto& sel : s.selections) {
                std::vector<std::string>& codings = m_selectionCodings[sel.guid];
                for (const auto& c : sel.codings) {
                    auto uuid = importCoding(s, doc->second, &sel, c, sel.start, sel.end);
                    if (!uuid) continue;
                    codings.push_back(*uuid);
                    for (const auto& n : c.noteGuids) target(n, MemoTarget::Coding, *uuid);
                }
                m_selectionDocument[sel.guid] = doc->second.uuid;
                if (sel.codings.empty() && sel.noteGuids.empty())
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("The passage {start}-{end} of {source} was left out: it has no code, and Edau keeps coded passages"))
                            .arg("source", s.name)
                            .arg("start", sel.start)
                            .arg("end", sel.end));
            }
            const std::int64_t length = text::codePointCount(text::toNfc(s.text));
            for (const auto& c : s.wholeSourceCodings) {
                auto uuid = importCoding(s, doc->second, nullptr, c, 0, length);
                if (uuid)
                    for (const auto& n : c.noteGuids) target(n, MemoTarget::Coding, *uuid);
            }
        }
    }

    // --- framework matrices

    /// The row a GUID names: a case, or a source (document).
    std::optional<MatrixRowKey> rowOf(const std::string& guid) const {
        if (auto c = m_cases.find(guid); c != m_cases.end()) return MatrixRowKey{MatrixRowKind::Case, c->second.id};
        if (auto d = m_documents.find(guid); d != m_documents.end()) return MatrixRowKey{MatrixRowKind::Document, d->second.id};
        return std::nullopt;
    }

    struct CellPlan {
        const QdaNote* note = nullptr;
        MatrixRowKey row;
        RowId codeId = 0;
        std::vector<std::string> citations;
    };

    std::string freeMatrixName(const std::string& wanted) {
        if (!m_store.matrixByName(wanted)) return wanted;
        for (int n = 2;; ++n) {
            std::string candidate = wanted + " (" + std::to_string(n) + ")";
            if (!m_store.matrixByName(candidate)) return candidate;
        }
    }

    void importFrameworks() {
        // Which selections refer to each note: the citations when links are missing.
        std::map<std::string, std::vector<std::string>> selectionsCiting;
        for (const auto& s : m_project.sources)
            for (const auto& sel : s.selections)
                for (const auto& n : sel.noteGuids) selectionsCiting[n].push_back(sel.guid);

        std::map<std::string, Matrix> existingMatrices;
        for (const auto& m : m_store.matrices()) existingMatrices[m.uuid] = m;

        for (const auto& set : m_project.sets) {
            if (!startsWith(set.name, kFrameworkPrefix)) {
                m_report.dropped.push_back(
                    Message(EDAU_MSG("The set {set} was left out: Edau has no sets (it grouped {count} items)"))
                        .arg("set", set.name)
                        .arg("count", static_cast<long long>(set.codeGuids.size() + set.sourceGuids.size() + set.noteGuids.size())));
                continue;
            }
            const std::string matrixName = storedName(set.name.substr(kFrameworkPrefix.size()));
            std::vector<MatrixRowKey> rows;
            auto addRow = [&](const MatrixRowKey& r) {
                if (std::none_of(rows.begin(), rows.end(), [&](const MatrixRowKey& x) { return x.kind == r.kind && x.id == r.id; }))
                    rows.push_back(r);
            };
            for (const QdaLink* l : linksFrom(set.guid))
                if (auto r = rowOf(l->targetGuid)) {
                    addRow(*r);
                    m_usedLinks.insert(l->guid);
                }
            std::vector<RowId> columns;
            auto addColumn = [&](RowId id) {
                if (std::find(columns.begin(), columns.end(), id) == columns.end()) columns.push_back(id);
            };
            for (const auto& g : set.codeGuids)
                if (auto c = m_codes.find(g); c != m_codes.end()) addColumn(c->second.id);
            std::vector<CellPlan> cells;
            for (const auto& noteGuid : set.noteGuids) {
                auto note = m_notes.find(noteGuid);
                if (note == m_notes.end()) continue;
                m_frameworkNotes.insert(noteGuid);
                CellPlan plan;
                plan.note = note->second;
                std::optional<MatrixRowKey> row;
                std::optional<RowId> code;
                std::size_t missing = 0;
                bool citationLinks = false;
                for (const QdaLink* l : linksFrom(noteGuid)) {
                    if (l->name == kCitationLink) {
                        citationLinks = true;
                        m_usedLinks.insert(l->guid);
                        if (auto sel = m_selectionCodings.find(l->targetGuid); sel != m_selectionCodings.end() && !sel->second.empty())
                            plan.citations.insert(plan.citations.end(), sel->second.begin(), sel->second.end());
                        else if (m_store.codingByUuid(l->targetGuid))
                            plan.citations.push_back(l->targetGuid);
                        else
                            ++missing;
                    } else if (auto r = rowOf(l->targetGuid); r && !row) {
                        row = r;
                        m_usedLinks.insert(l->guid);
                    } else if (auto c = m_codes.find(l->targetGuid); c != m_codes.end() && !code) {
                        code = c->second.id;
                        m_usedLinks.insert(l->guid);
                    }
                }
                if (!citationLinks)
                    for (const auto& selGuid : selectionsCiting[noteGuid])
                        if (auto sel = m_selectionCodings.find(selGuid); sel != m_selectionCodings.end())
                            plan.citations.insert(plan.citations.end(), sel->second.begin(), sel->second.end());
                if (missing > 0)
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("The summary {note} cited {count} passages that are not in the file; those citations were left out"))
                            .arg("note", note->second->name)
                            .arg("count", static_cast<long long>(missing)));
                if (!row || !code) {
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("The summary {note} was left out: the file does not say which row and code of the framework matrix it belongs to"))
                            .arg("note", note->second->name));
                    continue;
                }
                plan.row = *row;
                plan.codeId = *code;
                addRow(plan.row);
                addColumn(plan.codeId);
                cells.push_back(std::move(plan));
            }
            const MatrixRowKind kind = rows.empty() ? MatrixRowKind::Case : rows.front().kind;
            std::vector<RowId> rowIds;
            for (const auto& r : rows)
                if (r.kind == kind) rowIds.push_back(r.id);
            if (rowIds.size() != rows.size())
                m_report.dropped.push_back(
                    Message(EDAU_MSG("Some rows of the framework matrix {matrix} were left out: its rows must all be cases or all be documents"))
                        .arg("matrix", matrixName));

            Matrix matrix;
            if (auto existing = existingMatrices.find(set.guid); existing != existingMatrices.end()) {
                matrix = existing->second;
                ++m_report.already.matrices;
            } else {
                matrix = m_store.addMatrix(freeMatrixName(matrixName), kind, rowIds, columns, set.description, set.guid);
                ++m_report.added.matrices;
            }
            const auto& matrixRows = matrix.rowKind == MatrixRowKind::Document ? matrix.rowDocumentIds : matrix.rowCaseIds;
            for (const auto& plan : cells) {
                if (m_store.cellByUuid(plan.note->guid)) {
                    ++m_report.already.summaries;
                    continue;
                }
                bool fits = plan.row.kind == matrix.rowKind &&
                            std::find(matrixRows.begin(), matrixRows.end(), plan.row.id) != matrixRows.end() &&
                            std::find(matrix.columnCodeIds.begin(), matrix.columnCodeIds.end(), plan.codeId) !=
                                matrix.columnCodeIds.end();
                if (!fits) {
                    m_report.dropped.push_back(
                        Message(EDAU_MSG("The summary {note} was left out: its row or code is not in the project's framework matrix {matrix}"))
                            .arg("note", plan.note->name)
                            .arg("matrix", matrix.name));
                    continue;
                }
                m_store.setCellSummary(matrix.id, plan.row, plan.codeId, plan.note->text, plan.citations, plan.note->guid);
                ++m_report.added.summaries;
                m_cells.insert(plan.note->guid);
            }
        }
    }

    // --- memos

    /// Records what a note is about; the first reference wins (Edau gives a memo one target).
    void target(const std::string& noteGuid, MemoTarget kind, const std::string& uuid) {
        m_targets.emplace(noteGuid, std::make_pair(kind, uuid));
    }

    std::vector<const QdaLink*> linksFrom(const std::string& guid) const {
        auto it = m_linksFrom.find(guid);
        return it == m_linksFrom.end() ? std::vector<const QdaLink*>() : it->second;
    }

    void importMemos() {
        // Links between a note and what it is about (a case has no NoteRef in the schema).
        for (const auto& l : m_project.links) {
            if (m_usedLinks.count(l.guid)) continue;
            const bool fromNote = m_notes.count(l.originGuid) && !m_frameworkNotes.count(l.originGuid);
            const bool toNote = m_notes.count(l.targetGuid) && !m_frameworkNotes.count(l.targetGuid);
            if (fromNote == toNote) continue;
            const std::string& note = fromNote ? l.originGuid : l.targetGuid;
            const std::string& other = fromNote ? l.targetGuid : l.originGuid;
            if (auto c = m_cases.find(other); c != m_cases.end()) target(note, MemoTarget::Case, c->second.uuid);
            else if (auto code = m_codes.find(other); code != m_codes.end()) target(note, MemoTarget::Code, code->second.uuid);
            else if (auto d = m_documents.find(other); d != m_documents.end()) target(note, MemoTarget::Document, d->second.uuid);
            else if (auto sel = m_selectionCodings.find(other); sel != m_selectionCodings.end() && !sel->second.empty())
                target(note, MemoTarget::Coding, sel->second.front());
            else continue;
            m_usedLinks.insert(l.guid);
        }
        // Notes on passages: on the passage's (first) coding, else on its document.
        for (const auto& s : m_project.sources)
            for (const auto& sel : s.selections)
                for (const auto& n : sel.noteGuids) {
                    if (m_frameworkNotes.count(n)) continue;
                    auto codings = m_selectionCodings.find(sel.guid);
                    if (codings != m_selectionCodings.end() && !codings->second.empty())
                        target(n, MemoTarget::Coding, codings->second.front());
                    else if (auto doc = m_selectionDocument.find(sel.guid); doc != m_selectionDocument.end())
                        target(n, MemoTarget::Document, doc->second);
                }
        // Notes on framework cells, then on the project.
        for (const auto& note : m_project.notes)
            for (const auto& n : note.noteGuids)
                if (m_frameworkNotes.count(note.guid) && m_cells.count(note.guid)) target(n, MemoTarget::MatrixCell, note.guid);
        for (const auto& n : m_project.noteGuids) target(n, MemoTarget::Project, "");

        std::set<std::string> existing;
        for (const auto& m : m_store.memos()) existing.insert(m.uuid);
        for (const auto& note : m_project.notes) {
            if (m_frameworkNotes.count(note.guid)) continue;
            if (existing.count(note.guid)) {
                ++m_report.already.notes;
                continue;
            }
            auto t = m_targets.find(note.guid);
            MemoTarget kind = t == m_targets.end() ? MemoTarget::Project : t->second.first;
            std::string targetUuid = t == m_targets.end() ? std::string() : t->second.second;
            std::optional<RowId> author;
            if (auto coder = m_coders.find(note.userGuid); coder != m_coders.end()) author = coder->second;
            m_store.addMemo(kind, targetUuid, note.name, note.text, note.guid, author);
            ++m_report.added.notes;
        }
        for (const auto& d : m_descriptions) {
            if (existing.count(d.memoUuid)) continue;
            m_store.addMemo(MemoTarget::Document, d.documentUuid, "Description", d.text, d.memoUuid);
            ++m_report.added.notes;
        }
    }

    void reportUnusedLinks() {
        for (const auto& l : m_project.links)
            if (!m_usedLinks.count(l.guid))
                m_report.dropped.push_back(
                    Message(EDAU_MSG("The link {link} was left out: Edau keeps links only between a note and what it is about"))
                        .arg("link", l.name.empty() ? l.guid : l.name));
    }

    struct Description {
        std::string memoUuid;
        std::string documentUuid;
        std::string text;
    };

    ProjectStore& m_store;
    const QdaProject& m_project;
    QdpxImportReport& m_report;
    std::map<std::string, RowId> m_coders;
    std::optional<RowId> m_defaultCoder;
    bool m_codesLoaded = false;
    const CodeMatching& m_matching;
    std::map<std::pair<RowId, std::string>, Mapped> m_codeAt;  ///< (parent id or 0, name) -> code
    std::map<std::string, Mapped> m_codes, m_cases, m_documents;
    std::map<std::string, RowId> m_attributes;
    std::map<std::string, std::optional<RowId>> m_documentCase;
    std::set<std::string> m_newDocuments;
    std::map<std::string, std::vector<std::string>> m_selectionCodings;  ///< selection GUID -> Edau coding UUIDs
    std::map<std::string, std::string> m_selectionDocument;              ///< selection GUID -> document UUID
    std::map<std::string, const QdaNote*> m_notes;
    std::map<std::string, std::vector<const QdaLink*>> m_linksFrom;
    std::set<std::string> m_frameworkNotes, m_cells, m_usedLinks;
    std::map<std::string, std::pair<MemoTarget, std::string>> m_targets;
    std::vector<Description> m_descriptions;
};

}  // namespace

QdpxImportReport storeQdpx(Workbench& bench, QdaReadResult read, const std::string& file, const CodeMatching& matching) {
    QdpxImportReport report;
    report.file = file;
    report.offsets = read.offsets;
    report.readings = read.readings;
    report.dropped = read.dropped;
    report.warnings = read.warnings;
    ProjectStore& store = bench.store();
    store.write([&] {
        QdpxImporter importer(store, read.project, report, matching);
        importer.run();
    });
    return report;
}

std::vector<CodePathMatch> codePathMatches(const Workbench& bench, const QdaProject& file) {
    const ProjectStore& store = bench.store();
    const auto ours = store.codes();
    std::map<std::pair<RowId, std::string>, const Code*> byPlace;  // (parent id or 0, name)
    for (const auto& c : ours) byPlace[{c.parentId.value_or(0), c.name}] = &c;
    std::vector<CodePathMatch> out;
    // Walks the file's codebook as the import will: a code known by its GUID, or found by name
    // under the same parent, is one of ours, and its sub-codes are looked for under it.
    std::function<void(const QdaCode&, std::optional<RowId>)> walk = [&](const QdaCode& c, std::optional<RowId> parent) {
        std::optional<RowId> mapped;
        if (auto existing = store.codeByUuid(c.guid)) {
            mapped = existing->id;
        } else {
            const std::string name = c.name.empty() ? "Code " + shortGuid(c.guid) : storedName(c.name);
            if (auto at = byPlace.find({parent.value_or(0), name}); at != byPlace.end()) {
                out.push_back({codePath(ours, at->second->id), c.guid, at->second->uuid});
                mapped = at->second->id;
            }
        }
        if (!mapped) return;  // a new code: nothing under it is here yet
        for (const auto& child : c.children) walk(child, mapped);
    };
    for (const auto& c : file.codes) walk(c, std::nullopt);
    return out;
}

}  // namespace edau
