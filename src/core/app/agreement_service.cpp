// SPDX-License-Identifier: GPL-3.0-or-later
// Intercoder agreement for a project: codings and turns from the store into the analysis module.
#include "edau/app/agreement_service.h"

#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/sentences.h"

namespace edau {

ProjectAgreement computeProjectAgreement(const Workbench& bench, const AgreementQuery& query) {
    const ProjectStore& store = bench.store();
    if (query.coderNames.size() < 2)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Agreement compares two or more coders: name them with --coders A,B")));
    if (query.unit != "character" && query.unit != "turn" && query.unit != "sentence")
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("--unit takes character, sentence or turn, not {value}")).arg("value", query.unit));
    ProjectAgreement out;
    AgreementRequest request;
    for (const auto& name : query.coderNames) {
        auto coder = store.coderByName(name);
        if (!coder) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no coder called {name}")).arg("name", name));
        request.coderIds.push_back(coder->id);
        out.coderNames.push_back(coder->name);
    }
    auto codes = store.codes();
    if (!query.codePath.empty()) {
        auto code = findCodeByPath(codes, query.codePath);
        if (!code)
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", query.codePath));
        request.codeIds.push_back(code->id);
    }
    std::set<RowId> coders(request.coderIds.begin(), request.coderIds.end());
    std::set<RowId> codedDocuments;
    for (const auto& c : store.codings()) {
        if (!coders.count(c.coderId)) continue;
        request.codings.push_back(c);
        codedDocuments.insert(c.documentId);
    }
    // Only documents some compared coder worked on: a transcript nobody has opened yet would
    // otherwise count as perfect agreement on "not coded".
    for (RowId id : codedDocuments) {
        auto doc = store.documentById(id);
        if (!doc) continue;
        AgreementDocument d;
        d.id = doc->id;
        d.length = doc->characters;
        if (query.unit == "turn")
            for (const auto& t : store.turns(doc->id)) d.units.push_back({t.start, t.end});
        if (query.unit == "sentence")
            for (const auto& [start, end] : text::sentenceSpans(store.documentText(doc->id))) d.units.push_back({start, end});
        request.documents.push_back(std::move(d));
    }
    out.report = computeIntercoderAgreement(request);
    for (RowId id : out.report.codeIds) out.codePaths.emplace_back(id, codePath(codes, id));
    return out;
}

}  // namespace edau
