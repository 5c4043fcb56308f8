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
    struct Row {
        Case c;
        std::map<std::string, std::string> attrs;
    };
    std::vector<Row> rows;
    for (const auto& c : store.cases()) {
        Row r{c, attributesOf(store, c.id, attributes)};
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
        return a.c.name < b.c.name;
    });
    std::vector<RowId> rowIds;
    for (const auto& r : rows) rowIds.push_back(r.c.id);
    std::string description = "theme: " + spec.themePath;
    return store.addMatrix(spec.name, rowIds, columns, description);
}

MatrixView viewMatrix(const Workbench& bench, const std::string& name, bool withPassages) {
    const ProjectStore& store = bench.store();
    MatrixView view;
    view.matrix = requireMatrix(store, name);
    auto codes = store.codes();
    for (RowId id : view.matrix.rowCaseIds)
        if (auto c = store.caseById(id)) view.rows.push_back(*c);
    for (RowId id : view.matrix.columnCodeIds)
        if (auto c = store.codeById(id)) view.columns.emplace_back(*c, codePath(codes, c->id));
    std::map<std::pair<RowId, RowId>, MatrixCell> written;
    for (const auto& cell : store.cells(view.matrix.id)) written[{cell.caseId, cell.codeId}] = cell;
    std::map<std::pair<RowId, RowId>, std::int64_t> counts;
    for (const auto& [caseId, codeId, n] : store.codingCountsByCaseAndCode()) counts[{caseId, codeId}] = n;
    // Passages: one pass over the codings, grouped by (case, code) through the documents' cases.
    std::map<std::pair<RowId, RowId>, std::vector<Coding>> grouped;
    std::map<RowId, std::optional<RowId>> caseOfDocument;
    if (withPassages) {
        for (const auto& d : store.documents()) caseOfDocument[d.id] = d.caseId;
        for (const auto& c : store.codings())
            if (auto k = caseOfDocument[c.documentId]) grouped[{*k, c.codeId}].push_back(c);
    }
    std::map<RowId, std::string> texts;
    std::map<RowId, std::vector<Turn>> turns;
    std::map<RowId, std::string> docNames;
    view.cells.reserve(view.rows.size() * view.columns.size());
    for (const auto& r : view.rows) {
        for (const auto& [code, path] : view.columns) {
            CellView cv;
            cv.caseRow = r;
            cv.code = code;
            cv.codePath = path;
            if (auto it = written.find({r.id, code.id}); it != written.end()) cv.cell = it->second;
            if (auto it = counts.find({r.id, code.id}); it != counts.end()) cv.codings = it->second;
            if (withPassages) {
                for (const auto& c : grouped[{r.id, code.id}]) {
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

MatrixCell writeSummary(Workbench& bench, const std::string& matrixName, const std::string& caseName,
                        const std::string& path, const std::string& summary, const std::vector<std::string>& cite) {
    ProjectStore& store = bench.store();
    Matrix m = requireMatrix(store, matrixName);
    auto c = store.caseByName(caseName);
    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no case called {name}")).arg("name", caseName));
    Code code = requireCode(store.codes(), path);
    if (std::find(m.rowCaseIds.begin(), m.rowCaseIds.end(), c->id) == m.rowCaseIds.end())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("The case {case} is not a row of the matrix {matrix}"))
                                         .arg("case", caseName)
                                         .arg("matrix", matrixName));
    if (std::find(m.columnCodeIds.begin(), m.columnCodeIds.end(), code.id) == m.columnCodeIds.end())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("The code {code} is not a column of the matrix {matrix}"))
                                         .arg("code", path)
                                         .arg("matrix", matrixName));
    return store.setCellSummary(m.id, c->id, code.id, summary, cite);
}

int startFromCodedText(Workbench& bench, const std::string& matrixName, const std::string& caseName,
                       const std::string& path) {
    MatrixView view = viewMatrix(bench, matrixName);
    int filled = 0;
    bench.store().write([&] {
        for (const auto& cv : view.cells) {
            if (!caseName.empty() && cv.caseRow.name != caseName) continue;
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
            bench.store().setCellSummary(view.matrix.id, cv.caseRow.id, cv.code.id, draft, cite);
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
        auto c = store.caseById(cell.caseId);
        std::string caseName = c ? c->name : std::string();
        std::string path = codePath(codes, cell.codeId);
        if (cell.citedCodingUuids.empty()) out.push_back({caseName, path, "no-citation", {}});
        for (const auto& uuid : cell.citedCodingUuids)
            if (!store.codingByUuid(uuid)) out.push_back({caseName, path, "missing-coding", uuid});
    }
    return out;
}

}  // namespace edau
