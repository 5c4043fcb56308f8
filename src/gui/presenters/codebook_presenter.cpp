// SPDX-License-Identifier: GPL-3.0-or-later
/// The codebook panel's rows, pinned codes (keys 1–9) and the quick-code box, free of wx.
#include "presenters/codebook_presenter.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <unordered_map>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "edau/text/collation.h"
#include "edau/text/search_folding.h"

namespace edau::gui {
namespace {

/// Case and accents do not matter when typing a code's name.
std::string folded(const std::string& text) {
    try {
        return text::foldForSearch(text::foldAccents(text));
    } catch (const std::exception&) {
        return text;  // invalid UTF-8 from a damaged name: compare it as it is
    }
}

/// Mid-tones: dark enough for a tint on white, light enough to see beside dark text areas.
constexpr const char* kPalette[] = {"#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B",
                                    "#E377C2", "#7F7F7F", "#BCBD22", "#17BECF", "#3366CC", "#DC3912",
                                    "#109618", "#990099", "#0099C6", "#DD4477"};

bool isHexColour(const std::string& text) {
    if (text.size() != 7 || text[0] != '#') return false;
    return std::all_of(text.begin() + 1, text.end(), [](unsigned char c) { return std::isxdigit(c) != 0; });
}

}  // namespace

std::vector<CodebookRow> buildCodebookRows(const std::vector<Code>& codes,
                                           const std::map<RowId, std::int64_t>& codingCounts,
                                           const text::Collator& collator) {
    const std::vector<Code> ordered = codesInDisplayOrder(codes, collator);
    std::unordered_map<RowId, std::size_t> rowOf;
    std::vector<CodebookRow> rows;
    rows.reserve(ordered.size());
    for (const Code& code : ordered) {
        CodebookRow row;
        row.code = code;
        if (const auto count = codingCounts.find(code.id); count != codingCounts.end()) row.codings = count->second;
        row.codingsWithin = row.codings;
        row.colour = isHexColour(code.colour) ? code.colour : kPalette[rows.size() % std::size(kPalette)];
        rowOf.emplace(code.id, rows.size());
        rows.push_back(std::move(row));
    }
    // Depth and paths from the parents, which come before their children in this order
    // (except on a loop of parents, which a damaged file could hold: those stay at depth 0).
    for (CodebookRow& row : rows) {
        const auto parent = row.code.parentId ? rowOf.find(*row.code.parentId) : rowOf.end();
        if (parent != rowOf.end() && parent->second < static_cast<std::size_t>(&row - rows.data())) {
            CodebookRow& parentRow = rows[parent->second];
            row.depth = parentRow.depth + 1;
            parentRow.hasChildren = true;
            std::string escaped;
            for (char c : row.code.name) escaped += c == '/' ? std::string("\\/") : std::string(1, c);
            row.path = parentRow.path + "/" + escaped;
        } else {
            row.path = codePath({row.code}, row.code.id);
        }
    }
    // Counts within: children add into their parents, deepest first (reverse reading order).
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (it->depth == 0 || !it->code.parentId) continue;
        const auto parent = rowOf.find(*it->code.parentId);
        if (parent != rowOf.end()) rows[parent->second].codingsWithin += it->codingsWithin;
    }
    return rows;
}

std::map<RowId, std::int64_t> codingCountsByCode(const Workbench& workbench) {
    std::map<RowId, std::int64_t> counts;
    for (const auto& [document, code, count] : workbench.store().codingCountsByDocumentAndCode()) counts[code] += count;
    return counts;
}

std::vector<RowId> pinnedCodes(const std::vector<CodebookRow>& rows, const std::vector<std::string>& pinnedUuids) {
    std::vector<RowId> codes;
    for (const std::string& uuid : pinnedUuids) {
        const auto row = std::find_if(rows.begin(), rows.end(), [&](const CodebookRow& r) { return r.code.uuid == uuid; });
        if (row == rows.end()) continue;
        if (std::find(codes.begin(), codes.end(), row->code.id) != codes.end()) continue;
        codes.push_back(row->code.id);
        if (codes.size() == kPinnedCodeSlots) break;
    }
    if (!codes.empty()) return codes;
    for (const CodebookRow& row : rows) {
        if (codes.size() == kPinnedCodeSlots) break;
        codes.push_back(row.code.id);
    }
    return codes;
}

bool togglePin(std::vector<std::string>& pinnedUuids, const std::string& uuid) {
    const auto found = std::find(pinnedUuids.begin(), pinnedUuids.end(), uuid);
    if (found != pinnedUuids.end()) {
        pinnedUuids.erase(found);
        return true;
    }
    if (pinnedUuids.size() >= kPinnedCodeSlots) return false;
    pinnedUuids.push_back(uuid);
    return true;
}

QuickCodeMatch matchQuickCode(const std::vector<CodebookRow>& rows, const std::string& typed) {
    QuickCodeMatch match;
    // The path as codePath writes it, whatever spaces were typed around the slashes.
    const std::vector<std::string> parts = splitCodePath(typed);
    std::string path;
    for (const std::string& part : parts) {
        std::string escaped;
        for (char c : part) escaped += c == '/' ? std::string("\\/") : std::string(1, c);
        path += (path.empty() ? "" : "/") + escaped;
    }
    const std::string wanted = folded(path);
    if (wanted.empty()) return match;
    const std::string wantedName = parts.size() == 1 ? folded(parts.front()) : std::string();

    std::vector<RowId> byPath;
    std::vector<RowId> byName;
    std::vector<RowId> containing;
    for (const CodebookRow& row : rows) {
        const std::string rowPath = folded(row.path);
        if (rowPath == wanted) byPath.push_back(row.code.id);
        if (!wantedName.empty() && folded(row.code.name) == wantedName) byName.push_back(row.code.id);
        if (rowPath.find(wanted) != std::string::npos) containing.push_back(row.code.id);
    }
    for (const std::vector<RowId>* found : {&byPath, &byName, &containing}) {
        if (found->size() == 1) {
            match.code = found->front();
            return match;
        }
        if (found->size() > 1) {
            match.candidates = *found;
            return match;
        }
    }
    return match;
}

std::vector<std::string> quickCodeCompletions(const std::vector<CodebookRow>& rows, const std::string& typed,
                                              std::size_t limit) {
    const std::string wanted = folded(typed);
    std::vector<std::string> starting;
    std::vector<std::string> containing;
    for (const CodebookRow& row : rows) {
        const std::string path = folded(row.path);
        const std::size_t at = path.find(wanted);
        if (at == 0) {
            starting.push_back(row.path);
        } else if (at != std::string::npos) {
            containing.push_back(row.path);
        }
    }
    starting.insert(starting.end(), containing.begin(), containing.end());
    if (starting.size() > limit) starting.resize(limit);
    return starting;
}

std::string suggestCodeColour(const std::vector<Code>& codes) {
    std::set<std::string> used;
    for (const Code& code : codes) {
        std::string colour = code.colour;
        std::transform(colour.begin(), colour.end(), colour.begin(), [](unsigned char c) { return std::toupper(c); });
        used.insert(colour);
    }
    for (const char* colour : kPalette) {
        if (!used.contains(colour)) return colour;
    }
    return kPalette[codes.size() % std::size(kPalette)];
}

}  // namespace edau::gui
