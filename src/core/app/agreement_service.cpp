// SPDX-License-Identifier: GPL-3.0-or-later
// Intercoder agreement for a project: codings and turns from the store into the analysis module.
#include "edau/app/agreement_service.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/sentences.h"

namespace edau {

namespace {

/// The request the analysis module compares, with the names the front ends print.
struct PreparedQuery {
    AgreementRequest request;
    std::vector<std::string> coderNames;
    std::vector<Code> codes;
};

PreparedQuery prepare(const Workbench& bench, const AgreementQuery& query) {
    const ProjectStore& store = bench.store();
    // Comparing while coding is blind would show each coder the others' work: reveal first.
    if (store.blindCoding())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Coding is blind: each coder sees only their own codings. Reveal "
                                                      "them first (edau-cli blind PROJECT off, or Team > Blind coding), "
                                                      "then compare")));
    if (query.coderNames.size() < 2)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Agreement compares two or more coders: name them with --coders A,B")));
    if (query.unit != "character" && query.unit != "turn" && query.unit != "sentence")
        throwError(ErrorKind::Usage,
                   Message(EDAU_MSG("--unit takes character, sentence or turn, not {value}")).arg("value", query.unit));
    PreparedQuery out;
    AgreementRequest& request = out.request;
    for (const auto& name : query.coderNames) {
        auto coder = store.coderByName(name);
        if (!coder) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no coder called {name}")).arg("name", name));
        request.coderIds.push_back(coder->id);
        out.coderNames.push_back(coder->name);
    }
    out.codes = store.codes();
    if (!query.codePath.empty()) {
        auto code = findCodeByPath(out.codes, query.codePath);
        if (!code)
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", query.codePath));
        request.codeIds.push_back(code->id);
    }
    std::set<RowId> coders(request.coderIds.begin(), request.coderIds.end());
    std::map<RowId, std::set<RowId>> codedDocuments;  // document -> the compared coders who coded in it
    for (const auto& c : store.codings(CodingScope::All)) {
        if (!coders.count(c.coderId)) continue;
        request.codings.push_back(c);
        codedDocuments[c.documentId].insert(c.coderId);
    }
    // Only documents some compared coder worked on: a transcript nobody has opened yet would
    // otherwise count as perfect agreement on "not coded".
    for (const auto& [id, codedBy] : codedDocuments) {
        auto doc = store.documentById(id);
        if (!doc) continue;
        AgreementDocument d;
        d.id = doc->id;
        d.length = doc->characters;
        if (query.unit == "turn")
            for (const auto& t : store.turns(doc->id)) d.units.push_back({t.start, t.end});
        if (query.unit == "sentence")
            for (const auto& [start, end] : text::sentenceSpans(store.documentText(doc->id))) d.units.push_back({start, end});
        if (query.sharedDocumentsOnly) d.codedBy = std::vector<RowId>(codedBy.begin(), codedBy.end());
        request.documents.push_back(std::move(d));
    }
    return out;
}

/// Sorted, with overlapping or touching spans joined and empty ones dropped.
std::vector<TextSpan> joined(std::vector<TextSpan> spans) {
    std::sort(spans.begin(), spans.end(), [](const TextSpan& a, const TextSpan& b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    std::vector<TextSpan> out;
    for (const auto& s : spans) {
        if (s.end <= s.start) continue;
        if (!out.empty() && s.start <= out.back().end)
            out.back().end = std::max(out.back().end, s.end);
        else
            out.push_back(s);
    }
    return out;
}

std::int64_t lengthWithin(const std::vector<TextSpan>& spans, TextSpan within) {
    std::int64_t length = 0;
    for (const auto& s : spans) length += std::max<std::int64_t>(0, std::min(s.end, within.end) - std::max(s.start, within.start));
    return length;
}

std::int64_t sharedWithin(const std::vector<TextSpan>& first, const std::vector<TextSpan>& second, TextSpan within) {
    std::int64_t length = 0;
    for (const auto& a : first)
        for (const auto& b : second) {
            const std::int64_t start = std::max({a.start, b.start, within.start});
            const std::int64_t end = std::min({a.end, b.end, within.end});
            length += std::max<std::int64_t>(0, end - start);
        }
    return length;
}

bool meets(const Coding& coding, TextSpan span) {
    return coding.start < span.end && span.start < coding.end;
}

/// A coding's span as the figures see it: cut to the document and, with units, widened to
/// the units it touches (none: it is not counted).
std::optional<TextSpan> comparedSpan(const Coding& coding, const AgreementDocument& document,
                                     const std::vector<TextSpan>& units, bool byUnits) {
    TextSpan span{std::max<std::int64_t>(coding.start, 0), std::min(coding.end, document.length)};
    if (span.end <= span.start) return std::nullopt;
    if (!byUnits) return span;
    std::optional<TextSpan> widened;
    for (const auto& u : units) {
        if (u.start >= span.end || span.start >= u.end) continue;
        if (!widened)
            widened = u;
        else
            widened = TextSpan{std::min(widened->start, u.start), std::max(widened->end, u.end)};
    }
    return widened;
}

}  // namespace

ProjectAgreement computeProjectAgreement(const Workbench& bench, const AgreementQuery& query) {
    PreparedQuery prepared = prepare(bench, query);
    ProjectAgreement out;
    out.coderNames = std::move(prepared.coderNames);
    out.report = computeIntercoderAgreement(prepared.request);
    for (RowId id : out.report.codeIds) out.codePaths.emplace_back(id, codePath(prepared.codes, id));
    return out;
}

std::vector<CodingDifference> findCodingDifferences(const Workbench& bench, const AgreementQuery& query) {
    const PreparedQuery prepared = prepare(bench, query);
    const AgreementRequest& request = prepared.request;
    // The analysis module decides which documents each pair shares and which codes are compared.
    const AgreementReport report = computeIntercoderAgreement(request);
    const bool byUnits = query.unit != "character";

    std::map<RowId, const AgreementDocument*> documents;
    std::map<RowId, std::vector<TextSpan>> units;  // sorted, cut to the document
    for (const auto& d : request.documents) {
        documents[d.id] = &d;
        auto& list = units[d.id];
        for (const auto& u : d.units) {
            TextSpan cut{std::max<std::int64_t>(u.start, 0), std::min(u.end, d.length)};
            if (cut.end > cut.start) list.push_back(cut);
        }
        std::sort(list.begin(), list.end(), [](const TextSpan& a, const TextSpan& b) { return a.start < b.start; });
    }
    std::map<std::pair<RowId, RowId>, std::vector<const Coding*>> byDocumentAndCoder;
    for (const auto& c : request.codings) byDocumentAndCoder[{c.documentId, c.coderId}].push_back(&c);
    auto codingsOf = [&](RowId document, RowId coder) -> const std::vector<const Coding*>& {
        static const std::vector<const Coding*> none;
        auto it = byDocumentAndCoder.find({document, coder});
        return it == byDocumentAndCoder.end() ? none : it->second;
    };

    std::vector<CodingDifference> out;
    for (const auto& pair : report.pairs) {
        for (RowId code : report.codeIds) {
            for (RowId documentId : pair.documentIds) {
                const AgreementDocument& document = *documents.at(documentId);
                const auto& documentUnits = units[documentId];
                auto spansOf = [&](RowId coder) {
                    std::vector<TextSpan> spans;
                    for (const Coding* c : codingsOf(documentId, coder))
                        if (c->codeId == code)
                            if (auto span = comparedSpan(*c, document, documentUnits, byUnits)) spans.push_back(*span);
                    return joined(std::move(spans));
                };
                const std::vector<TextSpan> first = spansOf(pair.firstCoderId);
                const std::vector<TextSpan> second = spansOf(pair.secondCoderId);
                std::vector<TextSpan> both = first;
                both.insert(both.end(), second.begin(), second.end());
                for (const TextSpan& passage : joined(std::move(both))) {
                    const std::int64_t a = lengthWithin(first, passage);
                    const std::int64_t b = lengthWithin(second, passage);
                    const std::int64_t shared = sharedWithin(first, second, passage);
                    if (a == shared && b == shared) continue;  // the same text: agreement
                    CodingDifference difference;
                    difference.firstCoderId = pair.firstCoderId;
                    difference.secondCoderId = pair.secondCoderId;
                    difference.codeId = code;
                    difference.documentId = documentId;
                    difference.kind = a == 0   ? CodingDifference::Kind::SecondOnly
                                      : b == 0 ? CodingDifference::Kind::FirstOnly
                                               : CodingDifference::Kind::Extent;
                    difference.passage = passage;
                    difference.disputedCharacters = a + b - 2 * shared;
                    for (RowId coder : {pair.firstCoderId, pair.secondCoderId}) {
                        for (const Coding* c : codingsOf(documentId, coder)) {
                            if (!meets(*c, passage)) continue;
                            if (c->codeId != code)
                                difference.otherCodings.push_back(*c);
                            else if (coder == pair.firstCoderId)
                                difference.firstCodings.push_back(*c);
                            else
                                difference.secondCodings.push_back(*c);
                        }
                    }
                    for (auto* list : {&difference.firstCodings, &difference.secondCodings, &difference.otherCodings})
                        std::sort(list->begin(), list->end(), [](const Coding& x, const Coding& y) {
                            return x.start != y.start ? x.start < y.start : x.end < y.end;
                        });
                    out.push_back(std::move(difference));
                }
            }
        }
    }
    return out;
}

}  // namespace edau
