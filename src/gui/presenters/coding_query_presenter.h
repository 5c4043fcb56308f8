// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding queries as tables, without wx: matrix coding counts (rows by codes) and code
/// co-occurrence (codes by codes), each with a heat-map level per cell and its legend.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edau/app/query_service.h"
#include "presenters/colours.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// What a coding-counts cell counts.
enum class CountMeasure { Codings, Documents, Words, Characters };

/// How many steps the heat-map colouring has: few enough to tell apart at a glance.
inline constexpr int kHeatSteps = 5;

/// One step of the legend: the values [low, high] it covers and how strongly they are coloured.
struct HeatLegendStep {
    std::int64_t low = 0;
    std::int64_t high = 0;
    double level = 0;  ///< (0, 1]
};

/// A table of counts with its heat-map levels: the same for counts and co-occurrence.
struct HeatTable {
    std::vector<std::string> rows;     ///< row labels as the core gives them ("" for none)
    std::vector<std::string> columns;  ///< code paths
    std::vector<std::vector<std::optional<std::int64_t>>> values;  ///< [row][column]; none: not applicable (a code with itself)
    std::int64_t maximum = 0;          ///< the largest value, 0 when every cell is empty

    /// The cell's value, 0 when none.
    std::int64_t value(std::size_t row, std::size_t column) const;
    /// How strongly to colour a cell: 0 for nothing, else the step it falls in, from
    /// 1/kHeatSteps (smallest values) to 1 (the largest).
    double level(std::size_t row, std::size_t column) const;
};

/// The step (1..kHeatSteps) `value` falls in when the largest value is `maximum`; 0 for none.
int heatStep(std::int64_t value, std::int64_t maximum);
/// The legend: one entry per step that some value up to `maximum` can fall in, lightest first.
std::vector<HeatLegendStep> heatLegend(std::int64_t maximum);
/// A cell's background: `background` moved towards `accent` by `level` (0: unchanged).
Rgb heatColour(Rgb background, Rgb accent, double level);

/// Counts by row and code: rows in the display order (the empty row last), columns in the
/// codebook's display order, only codes with some coding.
HeatTable codingCountsTable(const std::vector<CodingCount>& counts, CountMeasure measure);
/// Codes by codes, both ways the same; only codes that occur with another; a code with
/// itself has no value. `sameTurn`: count codings starting in the same speaker turn, else
/// codings whose passages overlap.
HeatTable cooccurrenceTable(const std::vector<CodePair>& pairs, bool sameTurn);

/// The choices of rows for a coding-counts query: "cases", "coders", then each case attribute's name.
std::vector<std::string> countRowChoices(const Workbench& bench);
/// The themes (top-level codes' paths) a coding-counts query can be narrowed to, in display order.
std::vector<std::string> countThemeChoices(const Workbench& bench);

}  // namespace edau::gui
