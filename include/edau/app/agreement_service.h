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

}  // namespace edau
