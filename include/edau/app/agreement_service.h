// SPDX-License-Identifier: GPL-3.0-or-later
/// Intercoder agreement over a project: gathers codings, documents and units for the
/// analysis module and names the results for front ends.
#pragma once

#include <string>
#include <vector>

#include "edau/analysis/intercoder_agreement.h"

namespace edau {

class Workbench;

/// Which coders, codes and units to compare.
struct AgreementQuery {
    std::vector<std::string> coderNames;  ///< two or more
    std::string codePath;                 ///< empty: every code the coders applied
    std::string unit = "character";       ///< "character", "sentence" or "turn"
    /// Compare each pair of coders only on the documents both of them coded (having a coding
    /// there shows a coder worked on it), so a transcript one coder never opened does not
    /// count against the other; for alpha the absent coder's values are missing. Off: every
    /// document any compared coder coded counts for all of them (NVivo's comparison).
    bool sharedDocumentsOnly = false;
};

/// The analysis report plus the names front ends print.
struct ProjectAgreement {
    AgreementReport report;
    std::vector<std::string> coderNames;
    std::vector<std::pair<RowId, std::string>> codePaths;  ///< code id -> path
};

/// Compares the coders over the documents they coded. Throws Error(NotFound) for an unknown
/// coder or code, Error(Usage) for fewer than two coders or an unknown unit.
ProjectAgreement computeProjectAgreement(const Workbench& bench, const AgreementQuery& query);

/// A place where two coders used one code differently: a passage of one document (the union
/// of both coders' codings with the code that overlap or touch there) that one coder coded and
/// the other did not, or that both coded over different stretches. Figures say how much two
/// coders disagree; these say where, so a team can read the passages and settle them.
struct CodingDifference {
    /// What the two coders did with the passage.
    enum class Kind {
        FirstOnly,   ///< only the first coder coded it with the code
        SecondOnly,  ///< only the second coder did
        Extent,      ///< both did, over different stretches of text (or different units)
    };
    RowId firstCoderId = 0;   ///< "A", as in CoderPairAgreement
    RowId secondCoderId = 0;  ///< "B"
    RowId codeId = 0;
    RowId documentId = 0;
    Kind kind = Kind::FirstOnly;
    TextSpan passage;  ///< code points, end exclusive; with units, widened to whole units
    /// Characters inside the passage that one coder coded with the code and the other did not.
    std::int64_t disputedCharacters = 0;
    std::vector<Coding> firstCodings;   ///< the first coder's codings with the code that meet the passage
    std::vector<Coding> secondCodings;  ///< the second coder's
    /// Either coder's codings with other codes that overlap the passage: what the coder who
    /// left the code out coded there instead, if anything.
    std::vector<Coding> otherCodings;
};

/// Every difference between each pair of the query's coders (in query order, as the report's
/// pairs), per compared code, over the same documents computeProjectAgreement compares; ordered
/// by pair, code (as the report's codeIds), document, then position. With sentences or turns as
/// the unit, a coding stands for the whole units it touches, as in the unit figures: two codings
/// that differ only inside the same units are no difference. Throws as computeProjectAgreement.
std::vector<CodingDifference> findCodingDifferences(const Workbench& bench, const AgreementQuery& query);

}  // namespace edau
