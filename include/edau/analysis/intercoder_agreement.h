// SPDX-License-Identifier: GPL-3.0-or-later
/// Intercoder agreement per code and overall, from codings and units the caller gathers.
///
/// Pure calculation over plain data: no project access. Positions are code point offsets
/// into a document's stored text, end exclusive, as in Coding.
///
/// Why several figures for one comparison: NVivo's figures count every character of a
/// document, so a long interview in which both coders left most of the text uncoded shows
/// high agreement on every code whatever the coders did. Edau reports NVivo's figures (so
/// teams can compare with published work) beside figures that leave out text no coder
/// coded, and says in `methods` how each one is computed:
///   wholeText   characters of the whole document (NVivo's coding comparison)
///   codedText   only characters either coder coded with any compared code
///   allUnits    units (sentences or turns); a unit is coded when any part of it is
///   codedUnits  only units either coder coded with any compared code
/// and overlap / specific agreement (in every TwoCoderFigures), which ignore uncoded text.
/// Krippendorff's alpha covers all coders at once, over units.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edau/analysis/agreement_statistics.h"
#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {

/// A stretch of a document's text in code points, end exclusive.
struct TextSpan {
    std::int64_t start = 0;  ///< first code point
    std::int64_t end = 0;    ///< one past the last code point
};

/// One document to compare on.
struct AgreementDocument {
    RowId id = 0;             ///< matches Coding::documentId
    std::int64_t length = 0;  ///< the text's length in code points
    /// The units (sentences or turns) for unit-level figures and alpha; empty: this document
    /// adds nothing to them. Units are cut to the document; empty ones are left out.
    std::vector<TextSpan> units;
    /// The coders who coded this document. Unset: every compared coder did (a coder with no
    /// codings here then coded nothing, as in NVivo). Set: other coders are missing here
    /// unless they have codings in it: this document is left out of their pairs, and their
    /// alpha values for its units are missing rather than "not coded".
    std::optional<std::vector<RowId>> codedBy;
};

/// What to compare: the app layer fills it from the project; the CLI and GUI share it.
struct AgreementRequest {
    std::vector<AgreementDocument> documents;  ///< codings elsewhere are left out (and counted in notes)
    std::vector<Coding> codings;               ///< any coders' and codes'; others are ignored
    std::vector<RowId> coderIds;               ///< two or more; pairs follow this order
    std::vector<RowId> codeIds;                ///< the codes compared; empty: every code the coders applied
};

/// NVivo's row for one code in one document: whole-text figures over its characters.
struct DocumentAgreement {
    RowId documentId = 0;     ///< the document
    TwoCoderFigures figures;  ///< table.total() is the document's length
};

/// Two coders' agreement on one code, summed over the documents both coded.
struct CodeAgreement {
    RowId codeId = 0;                         ///< the code
    bool applied = false;                     ///< either coder used it in the compared documents
    TwoCoderFigures wholeText;                ///< characters of the whole documents (NVivo)
    TwoCoderFigures codedText;                ///< characters either coder coded with a compared code
    TwoCoderFigures allUnits;                 ///< every unit
    TwoCoderFigures codedUnits;               ///< units either coder coded with a compared code
    std::vector<DocumentAgreement> documents; ///< per document, as NVivo lists them
};

/// The unweighted mean of one figure over the applied codes where it is defined.
struct MeanFigure {
    std::optional<double> value;  ///< none when no code has the figure
    std::int64_t codes = 0;       ///< how many codes were averaged
};

/// Means of each two-coder figure across codes.
struct TwoCoderMeans {
    MeanFigure agreement;          ///< mean po
    MeanFigure kappa;              ///< mean κ
    MeanFigure overlap;            ///< mean a / (a + b + c)
    MeanFigure specificAgreement;  ///< mean 2a / (2a + b + c)
};

/// One scope's figures across codes, two ways.
struct TwoCoderOverall {
    TwoCoderFigures pooled;  ///< from the applied codes' tables summed: each (item, code) is one decision
    TwoCoderMeans mean;      ///< each figure averaged over the applied codes, equally weighted
};

/// Everything about one pair of coders.
struct CoderPairAgreement {
    RowId firstCoderId = 0;            ///< "A": rows of the table
    RowId secondCoderId = 0;           ///< "B": columns of the table
    std::vector<RowId> documentIds;    ///< the documents both coded, in request order
    std::int64_t units = 0;            ///< units in those documents
    std::vector<CodeAgreement> codes;  ///< in the report's code order
    TwoCoderOverall wholeText;         ///< across codes, whole text
    TwoCoderOverall codedText;         ///< across codes, coded text
    TwoCoderOverall allUnits;          ///< across codes, all units
    TwoCoderOverall codedUnits;        ///< across codes, coded units
    std::vector<Message> notes;        ///< e.g. no document in common
};

/// Krippendorff's alpha for one code across all coders, each unit valued 1 (coded) or 0.
struct CodeAlpha {
    RowId codeId = 0;         ///< the code
    bool applied = false;     ///< some coder used it in a document with units
    AlphaFigures allUnits;    ///< every unit
    AlphaFigures codedUnits;  ///< units some coder coded with a compared code
};

/// Alpha across codes, two ways.
struct AlphaOverall {
    AlphaFigures pooled;  ///< one coincidence table over every (unit, applied code) pair
    MeanFigure mean;      ///< per-code alphas averaged over the applied codes, equally weighted
};

/// How one kind of figure in the report is computed, for the CLI and GUI to print.
struct MethodNote {
    std::string figure;   ///< stable key, e.g. "wholeText", "alpha"
    Message explanation;  ///< untranslated; formulas in plain text
};

/// The outcome of computeIntercoderAgreement.
struct AgreementReport {
    std::vector<RowId> coderIds;           ///< as requested
    std::vector<RowId> codeIds;            ///< compared, ascending when taken from the codings
    std::vector<CoderPairAgreement> pairs; ///< every pair (i < j) in coderIds order
    std::vector<CodeAlpha> alpha;          ///< per code, in codeIds order
    AlphaOverall alphaAllUnits;            ///< across codes, all units
    AlphaOverall alphaCodedUnits;          ///< across codes, coded units
    std::vector<MethodNote> methods;       ///< how every figure above is computed
    std::vector<Message> notes;            ///< codings or units left out or cut, and why
};

/// Computes every figure in AgreementReport. Codings by the same coder with the same code are
/// merged where they overlap (text is coded or not); codings are cut at the document's edges.
/// Throws Error(Usage) for fewer than two coders, a coder or document listed twice, or a
/// negative document length.
AgreementReport computeIntercoderAgreement(const AgreementRequest& request);

/// The explanations computeIntercoderAgreement puts in AgreementReport::methods.
std::vector<MethodNote> intercoderAgreementMethods();

}  // namespace edau
