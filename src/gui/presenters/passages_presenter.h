// SPDX-License-Identifier: GPL-3.0-or-later
/// "Show passages": every passage coded with a code, as rows for the bottom pane's list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edau/model/entities.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// One coded passage, ready to list.
struct PassageRow {
    RowId codingId = 0;
    RowId documentId = 0;
    RowId codeId = 0;
    std::int64_t start = 0;  ///< code points, end exclusive
    std::int64_t end = 0;
    std::string documentName;
    std::string speaker;     ///< of the turn where the passage starts; empty without turns
    std::string codePath;
    std::string coderName;
    std::string excerpt;     ///< the passage on one line, shortened to kExcerptCodePoints
};

/// How much of a passage the list shows, in characters.
inline constexpr std::int64_t kExcerptCodePoints = 240;

/// The passages coded with `codeId` (and, when `withSubcodes`, with its sub-codes), in
/// document order (documents by name, then position).
std::vector<PassageRow> passagesOfCode(const Workbench& workbench, RowId codeId, bool withSubcodes);

/// A passage's text on one line: runs of white space become one space, trimmed, and cut at
/// `maxCodePoints` with "…".
std::string excerptOf(std::string_view passage, std::int64_t maxCodePoints = kExcerptCodePoints);

}  // namespace edau::gui
