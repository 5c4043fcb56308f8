// SPDX-License-Identifier: GPL-3.0-or-later
/// Most Significant Change selection rounds as the desktop app shows them, without wx:
/// each round's stories by domains of change, which one the panel chose, and why.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// One story (a case) in a round.
struct MscStoryRow {
    RowId caseId = 0;
    std::string story;                ///< the case's name
    std::vector<RowId> documentIds;   ///< the case's sources, to open the story
    std::optional<RowId> domainId;    ///< the domain of change it was filed under
    std::string domain;               ///< that code's path; empty when none was given
    bool chosen = false;              ///< the panel chose it as most significant
    std::string reason;               ///< the panel's reason, as recorded
};

/// A column of the round's table: one domain of change.
struct MscDomainColumn {
    std::optional<RowId> codeId;  ///< none: the column for stories filed under no domain
    std::string name;             ///< the code's own name (its last path part)
    std::string path;             ///< the code's whole path
};

/// One selection round: who met, when, and what they chose.
struct MscRoundModel {
    MscRound round;
    /// The stories, the chosen ones first, then by name in the display order.
    std::vector<MscStoryRow> stories;
    /// The domains: every sub-code of the themes the stories were filed under (so a domain
    /// no story was filed under shows as empty), then any other domain used, in codebook
    /// order; a last column for stories without a domain, only when there are some.
    std::vector<MscDomainColumn> domains;

    /// The domain column of a story, or nullopt.
    std::optional<std::size_t> columnOf(const MscStoryRow& story) const;
    std::size_t chosenCount() const;
    /// "Stories: 2 · Chosen: 1 (msc-01-gwyn)".
    Message summary() const;
};

/// Every round in the project, in the order they were recorded.
std::vector<MscRoundModel> readMscRounds(const Workbench& bench);

}  // namespace edau::gui
