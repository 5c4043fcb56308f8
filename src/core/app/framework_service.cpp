// SPDX-License-Identifier: GPL-3.0-or-later
// Framework matrices: building them from a theme and case attributes, their cells' passages,
// summaries with citations, the draft from coded text, and the evidence check.
#include "edau/app/framework_service.h"

#include <algorithm>
#include <map>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {

Matrix requireMatrix(const ProjectStore& store, const std::string& name) {
    if (auto m = store.matrixByName(name)) return *m;
    throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no framework matrix called {name}")).arg("name", name));
}

Code requireCode(const std::vector<Code>& codes, const std::string& path) {
    if (auto c = findCodeByPath(codes, path)) return *c;
    throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", path));
}

std::map<std::string, std::string> attributesOf(const ProjectStore& store, RowId caseId,
                                                const std::vector<Attribute>& attributes) {
    std::map<std::string, std::string> out;
    for (const auto& v : store.attributeValues(caseId))
        for (const auto& a : attributes)
            if (a.id == v.attributeId) out[a.name] = v.value;
    return out;
}

std::string speakerAt(const std::vector<Turn>& turns, std::int64_t position) {
    for (const auto& t : turns)
        if (t.start <= position && position < t.end) return t.speaker;
    return {};
}

/// The code at `path`, which must be a column of the matrix.
Code requireColumn(const ProjectStore& store, const Matrix& m, const std::string& path) {
    Code code = requireCode(store.codes(), path);
    if (std::find(m.columnCodeIds.begin(), m.columnCodeIds.end(), code.id) == m.columnCodeIds.end())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("The code {code} is not a column of the matrix {matrix}"))
                                         .arg("code", path)
                                         .arg("matrix", m.name));
    return code;
}

/// The row id a stored cell sits in, of the matrix's row kind.
RowId rowIdOf(const MatrixCell& cell, MatrixRowKind kind) {
    return kind == MatrixRowKind::Document ? cell.documentId.value_or(0) : cell.caseId;
}

}  // namespace

Matrix createMatrix(Workbench& bench, const MatrixSpec& spec) {
    ProjectStore& store = bench.store();
    auto codes = store.codes();
    Code theme = requireCode(codes, spec.themePath);
    std::vector<RowId> columns;
    for (const auto& c : codes)
        if (c.parentId == theme.id) columns.push_back(c.id);
    if (columns.empty()) columns.push_back(theme.id);
    auto attributes = store.attributes();
    for (const auto& [name, value] : spec.where)
        if (!store.attributeByName(name))
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no case attribute called {name}")).arg("name", name));
    for (const auto& name : spec.sortBy)
        if (!store.attributeByName(name))
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no case attribute called {name}")).arg("name", name));
    auto cases = store.cases();
    // "A row per document when a study has no cases."
    MatrixRowKind kind = spec.rowKind.value_or(cases.empty() ? MatrixRowKind::Document : MatrixRowKind::Case);
    struct Row {
        RowId id;
        std::string name;
        std::map<std::string, std::string> attrs;
    };
    std::vector<Row> candidates;
    if (kind == MatrixRowKind::Case) {
        for (const auto& c : cases) candidates.push_back({c.id, c.name, attributesOf(store, c.id, attributes)});
    } else {
        // A document row filters and sorts by its case's attributes, when it has a case.
        for (const auto& d : store.documents())
            candidates.push_back({d.id, d.name, d.caseId ? attributesOf(store, *d.caseId, attributes)
                                                         : std::map<std::string, std::string>{}});
    }
    std::vector<Row> rows;
    for (auto& r : candidates) {
        bool keep = std::all_of(spec.where.begin(), spec.where.end(), [&](const auto& w) {
            auto it = r.attrs.find(w.first);
            return it != r.attrs.end() && it->second == w.second;
        });
        if (keep) rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), [&](const Row& a, const Row& b) {
        for (const auto& key : spec.sortBy) {
            auto av = a.attrs.count(key) ? a.attrs.at(key) : std::string();
            auto bv = b.attrs.count(key) ? b.attrs.at(key) : std::string();
            if (av != bv) return av < bv;
        }
        return a.name < b.name;
    });
    std::vector<RowId> rowIds;
    for (const auto& r : rows) rowIds.push_back(r.id);
    std::string description = "theme: " + spec.themePath;
    return store.addMatrix(spec.name, kind, rowIds, columns, description);
}

MatrixRowKey findMatrixRow(const Workbench& bench, const Matrix& m, const std::string& rowName) {
    const ProjectStore& store = bench.store();
    if (m.rowKind == MatrixRowKind::Document) {
        auto d = store.documentByName(rowName);
        if (!d) d = store.documentByUuid(rowName);
        if (!d)
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no document called {document} in {file}"))
                                                .arg("document", rowName)
                                                .arg("file", bench.path()));
        if (std::find(m.rowDocumentIds.begin(), m.rowDocumentIds.end(), d->id) == m.rowDocumentIds.end())
            throwError(ErrorKind::Usage, Message(EDAU_MSG("The document {document} is not a row of the matrix {matrix}"))
                                             .arg("document", d->name)
                                             .arg("matrix", m.name));
        return {MatrixRowKind::Document, d->id};
    }
    auto c = store.caseByName(rowName);
    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no case called {name}")).arg("name", rowName));
    if (std::find(m.rowCaseIds.begin(), m.rowCaseIds.end(), c->id) == m.rowCaseIds.end())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("The case {case} is not a row of the matrix {matrix}"))
                                         .arg("case", rowName)
                                         .arg("matrix", m.name));
    return {MatrixRowKind::Case, c->id};
}

MatrixView viewMatrix(const Workbench& bench, const std::string& name, bool withPassages) {
    const ProjectStore& store = bench.store();
    MatrixView view;
    view.matrix = requireMatrix(store, name);
    const MatrixRowKind kind = view.matrix.rowKind;
    const bool documentRows = kind == MatrixRowKind::Document;
    auto codes = store.codes();
    if (documentRows) {
        for (RowId id : view.matrix.rowDocumentIds)
            if (auto d = store.documentById(id)) {
                view.documentRows.push_back(*d);
                view.rowNames.push_back(d->name);
            }
    } else {
        for (RowId id : view.matrix.rowCaseIds)
            if (auto c = store.caseById(id)) {
                view.rows.push_back(*c);
                view.rowNames.push_back(c->name);
            }
    }
    for (RowId id : view.matrix.columnCodeIds)
        if (auto c = store.codeById(id)) view.columns.emplace_back(*c, codePath(codes, c->id));
    // Everything below is keyed by (row id, code id), the row id being a case's or a document's.
    std::map<std::pair<RowId, RowId>, MatrixCell> written;
    for (const auto& cell : store.cells(view.matrix.id)) written[{rowIdOf(cell, kind), cell.codeId}] = cell;
    std::map<std::pair<RowId, RowId>, std::int64_t> counts;
    for (const auto& [rowId, codeId, n] :
         documentRows ? store.codingCountsByDocumentAndCode() : store.codingCountsByCaseAndCode())
        counts[{rowId, codeId}] = n;
    // Passages: one pass over the codings, grouped by row (the document, or its case) and code.
    std::map<std::pair<RowId, RowId>, std::vector<Coding>> grouped;
    std::map<RowId, std::optional<RowId>> caseOfDocument;
    if (withPassages) {
        for (const auto& d : store.documents()) caseOfDocument[d.id] = d.caseId;
        for (const auto& c : store.codings()) {
            if (documentRows) grouped[{c.documentId, c.codeId}].push_back(c);
            else if (auto k = caseOfDocument[c.documentId]) grouped[{*k, c.codeId}].push_back(c);
        }
    }
    std::map<RowId, std::string> texts;
    std::map<RowId, std::vector<Turn>> turns;
    std::map<RowId, std::string> docNames;
    const std::size_t rowCount = view.rowNames.size();
    view.cells.reserve(rowCount * view.columns.size());
    for (std::size_t r = 0; r < rowCount; ++r) {
        for (const auto& [code, path] : view.columns) {
            CellView cv;
            if (documentRows) {
                cv.documentRow = view.documentRows[r];
                cv.row = {kind, view.documentRows[r].id};
            } else {
                cv.caseRow = view.rows[r];
                cv.row = {kind, view.rows[r].id};
            }
            cv.rowName = view.rowNames[r];
            cv.code = code;
            cv.codePath = path;
            if (auto it = written.find({cv.row.id, code.id}); it != written.end()) cv.cell = it->second;
            if (auto it = counts.find({cv.row.id, code.id}); it != counts.end()) cv.codings = it->second;
            if (withPassages) {
                for (const auto& c : grouped[{cv.row.id, code.id}]) {
                    if (!texts.count(c.documentId)) {
                        texts[c.documentId] = store.documentText(c.documentId);
                        turns[c.documentId] = store.turns(c.documentId);
                        docNames[c.documentId] = store.documentById(c.documentId)->name;
                    }
                    CellPassage p;
                    p.coding = c;
                    p.documentName = docNames[c.documentId];
                    p.speaker = speakerAt(turns[c.documentId], c.start);
                    p.text = std::string(text::sliceCodePoints(texts[c.documentId], c.start, c.end));
                    cv.passages.push_back(std::move(p));
                }
            }
            view.cells.push_back(std::move(cv));
        }
    }
    return view;
}

MatrixCell writeSummary(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                        const std::string& path, const std::string& summary, const std::vector<std::string>& cite) {
    ProjectStore& store = bench.store();
    Matrix m = requireMatrix(store, matrixName);
    MatrixRowKey row = findMatrixRow(bench, m, rowName);
    Code code = requireColumn(store, m, path);
    return store.setCellSummary(m.id, row, code.id, summary, cite);
}

MatrixCell ensureCell(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                      const std::string& path) {
    ProjectStore& store = bench.store();
    MatrixCell result;
    store.write([&] {
        Matrix m = requireMatrix(store, matrixName);
        MatrixRowKey row = findMatrixRow(bench, m, rowName);
        Code code = requireColumn(store, m, path);
        for (const auto& cell : store.cells(m.id))
            if (cell.codeId == code.id && rowIdOf(cell, m.rowKind) == row.id) {
                result = cell;
                return;
            }
        result = store.setCellSummary(m.id, row, code.id, {}, {});
    });
    return result;
}

int startFromCodedText(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                       const std::string& path) {
    MatrixView view = viewMatrix(bench, matrixName);
    int filled = 0;
    bench.store().write([&] {
        for (const auto& cv : view.cells) {
            bool rowNamed = cv.rowName == rowName || (cv.documentRow && cv.documentRow->uuid == rowName);
            if (!rowName.empty() && !rowNamed) continue;
            if (!path.empty() && cv.codePath != path) continue;
            if ((cv.cell && !cv.cell->summary.empty()) || cv.passages.empty()) continue;
            std::string draft;
            std::vector<std::string> cite;
            for (const auto& p : cv.passages) {
                if (!draft.empty()) draft += "\n";
                draft += "“" + p.text + "”";
                if (!p.speaker.empty()) draft += " (" + p.speaker + ")";
                cite.push_back(p.coding.uuid);
            }
            bench.store().setCellSummary(view.matrix.id, cv.row, cv.code.id, draft, cite);
            ++filled;
        }
    });
    return filled;
}

std::vector<EvidenceProblem> checkEvidence(const Workbench& bench, const std::string& matrixName) {
    const ProjectStore& store = bench.store();
    Matrix m = requireMatrix(store, matrixName);
    auto codes = store.codes();
    std::vector<EvidenceProblem> out;
    for (const auto& cell : store.cells(m.id)) {
        if (cell.summary.empty()) continue;
        EvidenceProblem where;
        if (cell.documentId) {
            if (auto d = store.documentById(*cell.documentId)) where.caseName = where.documentName = d->name;
        } else if (auto c = store.caseById(cell.caseId)) {
            where.caseName = c->name;
        }
        where.codePath = codePath(codes, cell.codeId);
        if (cell.citedCodingUuids.empty()) {
            EvidenceProblem p = where;
            p.kind = "no-citation";
            out.push_back(std::move(p));
        }
        for (const auto& uuid : cell.citedCodingUuids)
            if (!store.codingByUuid(uuid)) {
                EvidenceProblem p = where;
                p.kind = "missing-coding";
                p.codingUuid = uuid;
                out.push_back(std::move(p));
            }
    }
    return out;
}

}  // namespace edau
