// SPDX-License-Identifier: GPL-3.0-or-later
/// The codebook panel's rows, pinned codes (keys 1–9) and the quick-code box, free of wx.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "edau/model/entities.h"

namespace edau {
class Workbench;
}
namespace edau::text {
class Collator;
}

namespace edau::gui {

/// One code as the codebook shows it.
struct CodebookRow {
    Code code;
    std::string path;                ///< "Support/Respite", as edau::codePath writes it
    /// "#RRGGBB" to show it in: its own colour, or for a code without one a colour of a fixed
    /// palette picked by its place in the codebook, so that stripes and tints still differ.
    std::string colour;
    int depth = 0;                   ///< 0 for a theme at the top level
    std::int64_t codings = 0;        ///< passages coded with this code itself
    std::int64_t codingsWithin = 0;  ///< ...and with its sub-codes, at any depth
    bool hasChildren = false;
};

/// The codebook in reading order (each parent followed by its sub-codes, siblings in
/// `collator`'s order: see edau::codesInDisplayOrder). `codingCounts`: codings per code id.
std::vector<CodebookRow> buildCodebookRows(const std::vector<Code>& codes,
                                           const std::map<RowId, std::int64_t>& codingCounts,
                                           const text::Collator& collator);

/// How many codings each code has, from one aggregation in the store.
std::map<RowId, std::int64_t> codingCountsByCode(const Workbench& workbench);

/// How many codes keys 1–9 can hold.
inline constexpr std::size_t kPinnedCodeSlots = 9;

/// The codes keys 1–9 apply, in key order: the ones the user pinned that are still in the
/// codebook, else the first nine codes in reading order.
std::vector<RowId> pinnedCodes(const std::vector<CodebookRow>& rows, const std::vector<std::string>& pinnedUuids);

/// Pins `uuid` (appended, so it takes the next key) or unpins it when pinned. Returns false,
/// changing nothing, when every slot is taken already.
bool togglePin(std::vector<std::string>& pinnedUuids, const std::string& uuid);

/// What the quick-code box's text names.
struct QuickCodeMatch {
    std::optional<RowId> code;     ///< the one code it names, if exactly one
    std::vector<RowId> candidates; ///< when it names none exactly: the codes it could mean
};

/// Finds the code typed in the quick-code box: a full path ("Support/Respite") or a
/// code's own name, ignoring case and accents; failing that, a single code whose path
/// contains the text.
QuickCodeMatch matchQuickCode(const std::vector<CodebookRow>& rows, const std::string& typed);

/// Paths to offer while typing: paths starting with the text first, then paths
/// containing it; at most `limit`. Empty text offers every path.
std::vector<std::string> quickCodeCompletions(const std::vector<CodebookRow>& rows, const std::string& typed,
                                              std::size_t limit = 50);

/// A colour for a new code: the first of a fixed palette, readable on light and dark
/// backgrounds, that no code uses yet (cycling when all are used).
std::string suggestCodeColour(const std::vector<Code>& codes);

}  // namespace edau::gui
