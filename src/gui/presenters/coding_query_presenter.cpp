// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding queries as tables, without wx: matrix coding counts and code co-occurrence, with
/// heat-map levels and a legend.
#include "presenters/coding_query_presenter.h"

#include <algorithm>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {
namespace {

/// How far towards the accent colour the strongest cell goes: never all the way, so the
/// grid lines and text stay visible.
constexpr double kStrongestMix = 0.8;

std::int64_t measured(const CodingCount& count, CountMeasure measure) {
    switch (measure) {
        case CountMeasure::Codings: return count.codings;
        case CountMeasure::Documents: return count.documents;
        case CountMeasure::Words: return count.words;
        case CountMeasure::Characters: return count.characters;
    }
    return 0;
}

/// Code paths in the codebook's order: a theme before its sub-themes, siblings by name.
void sortCodePaths(std::vector<std::string>& paths) {
    std::sort(paths.begin(), paths.end(), [](const std::string& a, const std::string& b) {
        const auto pa = splitCodePath(a), pb = splitCodePath(b);
        for (std::size_t i = 0; i < std::min(pa.size(), pb.size()); ++i)
            if (pa[i] != pb[i]) return namesInDisplayOrder(pa[i], pb[i]);
        return pa.size() < pb.size();
    });
}

std::size_t indexOf(const std::vector<std::string>& list, const std::string& item) {
    return static_cast<std::size_t>(std::find(list.begin(), list.end(), item) - list.begin());
}

}  // namespace

std::int64_t HeatTable::value(std::size_t row, std::size_t column) const {
    if (row >= values.size() || column >= values[row].size()) return 0;
    return values[row][column].value_or(0);
}

double HeatTable::level(std::size_t row, std::size_t column) const {
    return static_cast<double>(heatStep(value(row, column), maximum)) / kHeatSteps;
}

int heatStep(std::int64_t value, std::int64_t maximum) {
    if (value <= 0 || maximum <= 0) return 0;
    value = std::min(value, maximum);
    // ceil(value · steps / maximum), in integers.
    return static_cast<int>((value * kHeatSteps + maximum - 1) / maximum);
}

std::vector<HeatLegendStep> heatLegend(std::int64_t maximum) {
    std::vector<HeatLegendStep> steps;
    if (maximum <= 0) return steps;
    for (int step = 1; step <= kHeatSteps; ++step) {
        const std::int64_t low = (step - 1) * maximum / kHeatSteps + 1;
        const std::int64_t high = step * maximum / kHeatSteps;
        if (low > high) continue;  // fewer values than steps: this one holds none
        steps.push_back({low, high, static_cast<double>(step) / kHeatSteps});
    }
    return steps;
}

Rgb heatColour(Rgb background, Rgb accent, double level) {
    return mix(background, accent, std::clamp(level, 0.0, 1.0) * kStrongestMix);
}

HeatTable codingCountsTable(const std::vector<CodingCount>& counts, CountMeasure measure) {
    HeatTable table;
    std::set<std::string> rows, columns;
    for (const auto& c : counts) {
        rows.insert(c.row);
        columns.insert(c.code);
    }
    table.rows.assign(rows.begin(), rows.end());
    std::stable_sort(table.rows.begin(), table.rows.end(), [](const std::string& a, const std::string& b) {
        if (a.empty() != b.empty()) return b.empty();  // "no case" last
        return namesInDisplayOrder(a, b);
    });
    table.columns.assign(columns.begin(), columns.end());
    sortCodePaths(table.columns);
    table.values.assign(table.rows.size(), std::vector<std::optional<std::int64_t>>(table.columns.size(), std::int64_t{0}));
    for (const auto& c : counts) {
        const std::int64_t v = measured(c, measure);
        table.values[indexOf(table.rows, c.row)][indexOf(table.columns, c.code)] = v;
        table.maximum = std::max(table.maximum, v);
    }
    return table;
}

HeatTable cooccurrenceTable(const std::vector<CodePair>& pairs, bool sameTurn) {
    HeatTable table;
    std::set<std::string> codes;
    for (const auto& p : pairs) {
        if ((sameTurn ? p.sameTurn : p.overlapping) == 0) continue;
        codes.insert(p.first);
        codes.insert(p.second);
    }
    table.rows.assign(codes.begin(), codes.end());
    sortCodePaths(table.rows);
    table.columns = table.rows;
    const std::size_t n = table.rows.size();
    table.values.assign(n, std::vector<std::optional<std::int64_t>>(n, std::int64_t{0}));
    for (std::size_t i = 0; i < n; ++i) table.values[i][i] = std::nullopt;
    for (const auto& p : pairs) {
        const std::int64_t v = sameTurn ? p.sameTurn : p.overlapping;
        if (v == 0) continue;
        const std::size_t a = indexOf(table.rows, p.first), b = indexOf(table.rows, p.second);
        if (a >= n || b >= n || a == b) continue;
        table.values[a][b] = v;
        table.values[b][a] = v;
        table.maximum = std::max(table.maximum, v);
    }
    return table;
}

std::vector<std::string> countRowChoices(const Workbench& bench) {
    std::vector<std::string> out = {"cases", "coders"};
    for (const Attribute& a : bench.store().attributes())
        if (a.name != "cases" && a.name != "coders") out.push_back(a.name);
    return out;
}

std::vector<std::string> countThemeChoices(const Workbench& bench) {
    const std::vector<Code> codes = bench.codes();
    std::vector<std::string> out;
    for (const Code& c : codes)
        if (!c.parentId) out.push_back(codePath(codes, c.id));
    sortCodePaths(out);
    return out;
}

}  // namespace edau::gui
