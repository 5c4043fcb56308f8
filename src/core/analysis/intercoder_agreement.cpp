// SPDX-License-Identifier: GPL-3.0-or-later
// Intercoder agreement: codings and units turned into tables per pair, code and scope.
#include "edau/analysis/intercoder_agreement.h"

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <utility>

#include "edau/base/error.h"
#include "nominal_coincidences.h"
#include "span_set.h"

namespace edau {
namespace {

using analysis_detail::mergeSpans;
using analysis_detail::NominalCoincidences;
using analysis_detail::overlapsAny;
using analysis_detail::sharedLength;
using analysis_detail::spanLength;
using analysis_detail::unionOf;

const std::vector<TextSpan> kNoSpans;

/// One document with its codings sorted out by coder and code, ready for every pair.
struct PreparedDocument {
    const AgreementDocument* source = nullptr;
    std::vector<TextSpan> units;                                // cut to the document, none empty
    std::vector<bool> present;                                  // [coder]: coded this document
    std::vector<std::map<RowId, std::vector<TextSpan>>> spans;  // [coder][code]: merged
    std::vector<std::vector<TextSpan>> anyCode;                 // [coder]: union over compared codes
    std::vector<std::map<RowId, std::vector<bool>>> unitCoded;  // [coder][code][unit]
    std::vector<std::vector<bool>> unitAnyCode;                 // [coder][unit]

    const std::vector<TextSpan>& spansOf(std::size_t coder, RowId code) const {
        auto it = spans[coder].find(code);
        return it == spans[coder].end() ? kNoSpans : it->second;
    }
    bool unitCodedBy(std::size_t coder, RowId code, std::size_t unit) const {
        auto it = unitCoded[coder].find(code);
        return it != unitCoded[coder].end() && it->second[unit];
    }
};

struct CodeTables {
    AgreementTable wholeText, codedText, allUnits, codedUnits;
};

/// The table of a single item: one count in the cell for what the two coders did with it.
AgreementTable oneDecision(bool first, bool second) {
    AgreementTable table;
    if (first && second)
        table.both = 1;
    else if (first)
        table.firstOnly = 1;
    else if (second)
        table.secondOnly = 1;
    else
        table.neither = 1;
    return table;
}

MeanFigure meanOf(const std::vector<std::optional<double>>& values) {
    MeanFigure out;
    double sum = 0;
    for (const auto& v : values) {
        if (!v) continue;
        sum += *v;
        ++out.codes;
    }
    if (out.codes > 0) out.value = sum / static_cast<double>(out.codes);
    return out;
}

TwoCoderOverall overallOf(const std::vector<const TwoCoderFigures*>& perCode) {
    AgreementTable pooled;
    std::vector<std::optional<double>> agreement, kappa, overlap, specific;
    for (const auto* figures : perCode) {
        pooled += figures->table;
        agreement.push_back(figures->agreement);
        kappa.push_back(figures->kappa);
        overlap.push_back(figures->overlap);
        specific.push_back(figures->specificAgreement);
    }
    TwoCoderOverall out;
    out.pooled = twoCoderFigures(pooled);
    out.mean = {meanOf(agreement), meanOf(kappa), meanOf(overlap), meanOf(specific)};
    return out;
}

void validate(const AgreementRequest& request) {
    if (request.coderIds.size() < 2)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Agreement needs at least two coders.")));
    std::set<RowId> coders(request.coderIds.begin(), request.coderIds.end());
    if (coders.size() != request.coderIds.size())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("A coder is listed twice for the agreement comparison.")));
    std::set<RowId> documents;
    for (const auto& document : request.documents) {
        if (!documents.insert(document.id).second)
            throwError(ErrorKind::Usage, Message(EDAU_MSG("A document is listed twice for the agreement comparison.")));
        if (document.length < 0)
            throwError(ErrorKind::Usage, Message(EDAU_MSG("A document's length cannot be negative.")));
    }
}

Message countNote(const char* text, std::int64_t count) {
    return Message(text).arg("count", static_cast<long long>(count));
}

}  // namespace

AgreementReport computeIntercoderAgreement(const AgreementRequest& request) {
    validate(request);
    const std::size_t coderCount = request.coderIds.size();
    std::map<RowId, std::size_t> coderIndex;
    for (std::size_t i = 0; i < coderCount; ++i) coderIndex[request.coderIds[i]] = i;

    AgreementReport report;
    report.coderIds = request.coderIds;
    report.methods = intercoderAgreementMethods();

    // The codes compared: as asked (first mention kept), else every code the coders applied.
    std::set<RowId> requestedCodes;
    for (RowId code : request.codeIds) {
        if (requestedCodes.insert(code).second) report.codeIds.push_back(code);
    }
    const bool allCodes = request.codeIds.empty();

    std::vector<PreparedDocument> documents(request.documents.size());
    std::map<RowId, std::size_t> documentIndex;
    for (std::size_t d = 0; d < request.documents.size(); ++d) {
        const auto& source = request.documents[d];
        auto& doc = documents[d];
        documentIndex[source.id] = d;
        doc.source = &source;
        doc.present.assign(coderCount, !source.codedBy.has_value());
        if (source.codedBy) {
            for (RowId coder : *source.codedBy) {
                auto it = coderIndex.find(coder);
                if (it != coderIndex.end()) doc.present[it->second] = true;
            }
        }
        doc.spans.resize(coderCount);
        doc.anyCode.resize(coderCount);
        doc.unitCoded.resize(coderCount);
        doc.unitAnyCode.resize(coderCount);
    }

    std::int64_t outsideDocuments = 0;
    std::int64_t cut = 0;
    std::set<RowId> appliedCodes;
    for (const auto& coding : request.codings) {
        auto coder = coderIndex.find(coding.coderId);
        if (coder == coderIndex.end()) continue;  // a coder not being compared
        auto found = documentIndex.find(coding.documentId);
        if (found == documentIndex.end()) {
            ++outsideDocuments;
            continue;
        }
        auto& doc = documents[found->second];
        // Having coded anything in a document is proof the coder worked on it.
        doc.present[coder->second] = true;
        TextSpan span{std::max<std::int64_t>(coding.start, 0), std::min(coding.end, doc.source->length)};
        if (coding.end > coding.start && (coding.start < 0 || coding.end > doc.source->length)) ++cut;
        if (span.end <= span.start) continue;
        if (!allCodes && !requestedCodes.contains(coding.codeId)) continue;
        doc.spans[coder->second][coding.codeId].push_back(span);
        if (allCodes) appliedCodes.insert(coding.codeId);
    }
    if (allCodes) report.codeIds.assign(appliedCodes.begin(), appliedCodes.end());

    std::int64_t unitsLeftOut = 0;
    for (auto& doc : documents) {
        for (const auto& unit : doc.source->units) {
            TextSpan clipped{std::max<std::int64_t>(unit.start, 0), std::min(unit.end, doc.source->length)};
            if (clipped.end > clipped.start)
                doc.units.push_back(clipped);
            else
                ++unitsLeftOut;
        }
        for (std::size_t c = 0; c < coderCount; ++c) {
            std::vector<TextSpan> all;
            for (auto& [code, spans] : doc.spans[c]) {
                spans = mergeSpans(std::move(spans));
                all.insert(all.end(), spans.begin(), spans.end());
                auto& flags = doc.unitCoded[c][code];
                flags.resize(doc.units.size());
                for (std::size_t u = 0; u < doc.units.size(); ++u) flags[u] = overlapsAny(spans, doc.units[u]);
            }
            doc.anyCode[c] = mergeSpans(std::move(all));
            doc.unitAnyCode[c].resize(doc.units.size());
            for (std::size_t u = 0; u < doc.units.size(); ++u)
                doc.unitAnyCode[c][u] = overlapsAny(doc.anyCode[c], doc.units[u]);
        }
    }

    if (outsideDocuments > 0)
        report.notes.push_back(countNote(EDAU_MSG("Codings left out because their document is not being compared: {count}."), outsideDocuments));
    if (cut > 0)
        report.notes.push_back(countNote(EDAU_MSG("Codings cut to fit because they reached outside their document: {count}."), cut));
    if (unitsLeftOut > 0)
        report.notes.push_back(countNote(EDAU_MSG("Units left out because they were empty or outside their document: {count}."), unitsLeftOut));

    // Two coders at a time: character- and unit-level tables per code.
    for (std::size_t first = 0; first < coderCount; ++first) {
        for (std::size_t second = first + 1; second < coderCount; ++second) {
            CoderPairAgreement pair;
            pair.firstCoderId = request.coderIds[first];
            pair.secondCoderId = request.coderIds[second];
            std::vector<const PreparedDocument*> shared;
            std::vector<std::int64_t> codedTextLength;  // |A's coded text ∪ B's|, per shared document
            for (const auto& doc : documents) {
                if (!doc.present[first] || !doc.present[second]) continue;
                shared.push_back(&doc);
                pair.documentIds.push_back(doc.source->id);
                pair.units += static_cast<std::int64_t>(doc.units.size());
                codedTextLength.push_back(spanLength(unionOf(doc.anyCode[first], doc.anyCode[second])));
            }
            if (shared.empty())
                pair.notes.emplace_back(EDAU_MSG("These two coders have no document in common, so there is nothing to compare."));

            for (RowId code : report.codeIds) {
                CodeAgreement agreement;
                agreement.codeId = code;
                CodeTables sum;
                for (std::size_t s = 0; s < shared.size(); ++s) {
                    const auto& doc = *shared[s];
                    const auto& spansA = doc.spansOf(first, code);
                    const auto& spansB = doc.spansOf(second, code);
                    const std::int64_t lengthA = spanLength(spansA);
                    const std::int64_t lengthB = spanLength(spansB);
                    const std::int64_t both = sharedLength(spansA, spansB);
                    const std::int64_t either = lengthA + lengthB - both;
                    if (either > 0) agreement.applied = true;
                    const AgreementTable whole{both, lengthA - both, lengthB - both, doc.source->length - either};
                    const AgreementTable coded{both, lengthA - both, lengthB - both, codedTextLength[s] - either};
                    sum.wholeText += whole;
                    sum.codedText += coded;
                    agreement.documents.push_back({doc.source->id, twoCoderFigures(whole)});
                    for (std::size_t u = 0; u < doc.units.size(); ++u) {
                        const bool a = doc.unitCodedBy(first, code, u);
                        const bool b = doc.unitCodedBy(second, code, u);
                        const AgreementTable one = oneDecision(a, b);
                        sum.allUnits += one;
                        if (doc.unitAnyCode[first][u] || doc.unitAnyCode[second][u]) sum.codedUnits += one;
                    }
                }
                agreement.wholeText = twoCoderFigures(sum.wholeText);
                agreement.codedText = twoCoderFigures(sum.codedText);
                agreement.allUnits = twoCoderFigures(sum.allUnits);
                agreement.codedUnits = twoCoderFigures(sum.codedUnits);
                pair.codes.push_back(std::move(agreement));
            }

            std::vector<const TwoCoderFigures*> whole, coded, allUnits, codedUnits;
            for (const auto& agreement : pair.codes) {
                if (!agreement.applied) continue;  // an unused code would only add perfect agreement
                whole.push_back(&agreement.wholeText);
                coded.push_back(&agreement.codedText);
                allUnits.push_back(&agreement.allUnits);
                codedUnits.push_back(&agreement.codedUnits);
            }
            pair.wholeText = overallOf(whole);
            pair.codedText = overallOf(coded);
            pair.allUnits = overallOf(allUnits);
            pair.codedUnits = overallOf(codedUnits);
            report.pairs.push_back(std::move(pair));
        }
    }

    // All coders at once: Krippendorff's alpha per code over units, 1 = coded, 0 = not.
    NominalCoincidences pooledAll, pooledCoded;
    std::vector<std::optional<double>> alphasAll, alphasCoded;
    for (RowId code : report.codeIds) {
        CodeAlpha result;
        result.codeId = code;
        NominalCoincidences all, coded;
        for (const auto& doc : documents) {
            for (std::size_t u = 0; u < doc.units.size(); ++u) {
                std::int64_t ones = 0;
                std::int64_t zeros = 0;
                bool anyCoded = false;
                for (std::size_t c = 0; c < coderCount; ++c) {
                    if (!doc.present[c]) continue;  // missing, not "did not code"
                    (doc.unitCodedBy(c, code, u) ? ones : zeros) += 1;
                    anyCoded = anyCoded || doc.unitAnyCode[c][u];
                }
                if (ones > 0) result.applied = true;
                all.addBinaryUnit(ones, zeros);
                if (anyCoded) coded.addBinaryUnit(ones, zeros);
            }
        }
        result.allUnits = all.figures();
        result.codedUnits = coded.figures();
        if (result.applied) {
            pooledAll.add(all);
            pooledCoded.add(coded);
            alphasAll.push_back(result.allUnits.alpha);
            alphasCoded.push_back(result.codedUnits.alpha);
        }
        report.alpha.push_back(std::move(result));
    }
    report.alphaAllUnits = {pooledAll.figures(), meanOf(alphasAll)};
    report.alphaCodedUnits = {pooledCoded.figures(), meanOf(alphasCoded)};
    return report;
}

std::vector<MethodNote> intercoderAgreementMethods() {
    return {
        {"wholeText",
         Message(EDAU_MSG(
             "Whole text (as NVivo's coding comparison): every character of each document both coders coded is one "
             "decision per code: a = coded by both, b = by the first coder only, c = by the second only, d = by "
             "neither; n = a + b + c + d. Percentage agreement po = (a + d) / n. Cohen's kappa = (po − pe) / (1 − pe), "
             "where pe = ((a + b)(a + c) + (c + d)(b + d)) / n². Each document is also listed on its own, as NVivo "
             "lists them; a code's figures sum the documents' counts (for percentage agreement this equals NVivo's "
             "average weighted by document size). Text neither coder coded counts as agreement here, so long "
             "uncoded passages raise both figures."))},
        {"codedText",
         Message(EDAU_MSG(
             "Coded text: as whole text, but counting only characters that either coder coded with at least one of "
             "the compared codes. Text neither coder coded at all (greetings, the interviewer's questions) is left "
             "out, so it cannot inflate agreement."))},
        {"allUnits",
         Message(EDAU_MSG(
             "All units: each unit (a sentence or a turn) is one decision per code, and a coder has coded a unit "
             "with a code when any character of it is coded with that code. The table, percentage agreement and "
             "kappa are as for characters, counted in units."))},
        {"codedUnits",
         Message(EDAU_MSG(
             "Coded units: as all units, but counting only units that either coder coded with at least one of the "
             "compared codes."))},
        {"overlap",
         Message(EDAU_MSG(
             "Overlap = a / (a + b + c): of the text (or units) either coder coded with the code, the share both "
             "coded. Specific agreement = 2a / (2a + b + c), the positive specific agreement. Neither uses d, so "
             "uncoded text cannot change them; they are the same in the whole-text and coded-text scopes."))},
        {"alpha",
         Message(EDAU_MSG(
             "Krippendorff's alpha (nominal), for all coders at once, per code over units: each coder gives each "
             "unit the value 1 (coded with the code in any part) or 0 (not coded with it); a coder who did not code "
             "a document gives no value for its units (missing). In each unit with m ≥ 2 values, every ordered pair "
             "of values from different coders adds 1 / (m − 1) to the coincidence o(v, w); n(v) = Σw o(v, w) and "
             "n = Σv n(v). Do = (n − Σv o(v, v)) / n, De = (n² − Σv n(v)²) / (n(n − 1)), alpha = 1 − Do / De. "
             "Given over all units and over the units some coder coded with a compared code."))},
        {"overall",
         Message(EDAU_MSG(
             "Across codes: 'pooled' sums the tables (for alpha, the coincidences) of the codes some coder applied, "
             "so each pair of a character or unit and a code is one decision; 'mean' averages each code's figure, "
             "equally weighted, over those codes where it is defined. Codes no coder applied are listed but left "
             "out of both, so an unused code cannot add perfect agreement."))},
        {"notDefined",
         Message(EDAU_MSG(
             "A figure is shown as not defined when its formula would divide by zero: kappa when both coders coded "
             "all of the items or none of them (NVivo shows 1 there), alpha when every value is the same or no unit "
             "has two values, overlap when neither coder used the code, and every figure when there is nothing in "
             "the scope."))},
    };
}

}  // namespace edau
