// SPDX-License-Identifier: GPL-3.0-or-later
// Memos listed with their targets in words, and memos on matrix cells.
#include "edau/app/memo_service.h"

#include <map>

#include "edau/app/code_paths.h"
#include "edau/app/framework_service.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"

namespace edau {

namespace {

/// Everything a description needs, read once for the whole listing.
struct Names {
    const ProjectStore& store;
    std::vector<Code> codes = store.codes();
    std::vector<Matrix> matrices = store.matrices();

    const Matrix* matrix(RowId id) const {
        for (const auto& m : matrices)
            if (m.id == id) return &m;
        return nullptr;
    }
};

MemoTargetView describe(const Names& names, const Workbench& bench, const Memo& memo) {
    const ProjectStore& store = names.store;
    MemoTargetView t;
    t.kind = memo.targetKind;
    t.uuid = memo.targetUuid;
    switch (memo.targetKind) {
        case MemoTarget::Project:
            t.name = store.projectName();
            t.description = Message(EDAU_MSG("the project {name}")).arg("name", t.name);
            return t;
        case MemoTarget::Document:
            if (auto d = store.documentByUuid(memo.targetUuid)) {
                t.name = d->name;
                t.description = Message(EDAU_MSG("the document {document}")).arg("document", t.name);
                return t;
            }
            break;
        case MemoTarget::Code:
            if (auto c = store.codeByUuid(memo.targetUuid)) {
                t.name = codePath(names.codes, c->id);
                t.description = Message(EDAU_MSG("the code {code}")).arg("code", t.name);
                return t;
            }
            break;
        case MemoTarget::Case:
            for (const auto& c : bench.cases())
                if (c.uuid == memo.targetUuid) {
                    t.name = c.name;
                    t.description = Message(EDAU_MSG("the case {case}")).arg("case", t.name);
                    return t;
                }
            break;
        case MemoTarget::Coding:
            if (auto c = store.codingByUuid(memo.targetUuid)) {
                auto d = store.documentById(c->documentId);
                std::string document = d ? d->name : std::string();
                std::string code = codePath(names.codes, c->codeId);
                t.name = document + " " + std::to_string(c->start) + "-" + std::to_string(c->end);
                t.code = code;
                t.description = Message(EDAU_MSG("the passage {start}-{end} of {document} coded {code}"))
                                    .arg("start", c->start)
                                    .arg("end", c->end)
                                    .arg("document", document)
                                    .arg("code", code);
                return t;
            }
            break;
        case MemoTarget::MatrixCell:
            if (auto cell = store.cellByUuid(memo.targetUuid)) {
                const Matrix* m = names.matrix(cell->matrixId);
                t.matrix = m ? m->name : std::string();
                if (cell->documentId) {
                    if (auto d = store.documentById(*cell->documentId)) t.row = d->name;
                } else if (auto c = store.caseById(cell->caseId)) {
                    t.row = c->name;
                }
                t.code = codePath(names.codes, cell->codeId);
                t.name = t.matrix + ": " + t.row + " × " + t.code;
                t.description = Message(EDAU_MSG("the cell {row} × {code} of the framework matrix {matrix}"))
                                    .arg("row", t.row)
                                    .arg("code", t.code)
                                    .arg("matrix", t.matrix);
                return t;
            }
            break;
    }
    t.missing = true;
    t.description = Message(EDAU_MSG("something that is no longer in the project ({id})")).arg("id", memo.targetUuid);
    return t;
}

}  // namespace

std::vector<MemoView> listMemos(const Workbench& bench) {
    Names names{bench.store()};
    std::map<RowId, std::string> coders;
    for (const auto& c : bench.coders()) coders[c.id] = c.name;
    std::vector<MemoView> out;
    for (auto& memo : bench.memos()) {
        MemoView v;
        v.target = describe(names, bench, memo);
        if (memo.coderId) v.coder = coders[*memo.coderId];
        v.memo = std::move(memo);
        out.push_back(std::move(v));
    }
    return out;
}

Memo addCellMemo(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                 const std::string& codePathText, const std::string& title, const std::string& text) {
    ProjectStore& store = bench.store();
    Memo memo;
    store.write([&] {
        MatrixCell cell = ensureCell(bench, matrixName, rowName, codePathText);
        memo = store.addMemo(MemoTarget::MatrixCell, cell.uuid, title, text);
    });
    return memo;
}

}  // namespace edau
