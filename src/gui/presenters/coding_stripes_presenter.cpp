// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding stripes: where each coded passage of a document is drawn beside its text, free of wx.
#include "presenters/coding_stripes_presenter.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

namespace edau::gui {

bool isSameOrSubcode(const std::vector<Code>& codes, RowId codeId, RowId ancestorId) {
    std::unordered_map<RowId, std::optional<RowId>> parentOf;
    for (const Code& code : codes) parentOf.emplace(code.id, code.parentId);
    std::optional<RowId> at = codeId;
    // The guard stops a loop of parents (a damaged file) from running for ever.
    for (std::size_t steps = 0; at && steps <= codes.size(); ++steps) {
        if (*at == ancestorId) return true;
        const auto found = parentOf.find(*at);
        if (found == parentOf.end()) return false;
        at = found->second;
    }
    return false;
}

StripeLayout::StripeLayout(const std::vector<Coding>& codings, const std::vector<Code>& codes, const LineIndex& lines,
                           const StripeFilter& filter) {
    // The code filter takes sub-codes too: work out once which codes pass.
    std::set<RowId> codesShown;
    if (filter.codeId) {
        for (const Code& code : codes) {
            if (isSameOrSubcode(codes, code.id, *filter.codeId)) codesShown.insert(code.id);
        }
        codesShown.insert(*filter.codeId);
    }

    m_stripes.reserve(codings.size());
    for (const Coding& coding : codings) {
        if (filter.coderId && coding.coderId != *filter.coderId) continue;
        if (filter.codeId && !codesShown.contains(coding.codeId)) continue;
        if (coding.end <= coding.start) continue;
        Stripe stripe;
        stripe.codingId = coding.id;
        stripe.codeId = coding.codeId;
        stripe.coderId = coding.coderId;
        stripe.start = coding.start;
        stripe.end = coding.end;
        stripe.firstLine = lines.lineOf(coding.start);
        stripe.lastLine = std::max(stripe.firstLine, lines.lineOf(coding.end - 1));
        m_stripes.push_back(stripe);
    }
    std::sort(m_stripes.begin(), m_stripes.end(), [](const Stripe& a, const Stripe& b) {
        if (a.start != b.start) return a.start < b.start;
        if (a.end != b.end) return a.end > b.end;
        return a.codingId < b.codingId;
    });

    // Which codes share a line somewhere: a sweep over the passages in line order keeps the
    // ones still open, and every open passage of another code is a conflict.
    std::vector<RowId> codeOrder;  // by first appearance: the first code read gets lane 0
    std::map<RowId, std::set<RowId>> conflicts;
    {
        std::vector<const Stripe*> byLine;
        byLine.reserve(m_stripes.size());
        for (const Stripe& stripe : m_stripes) byLine.push_back(&stripe);
        std::stable_sort(byLine.begin(), byLine.end(),
                         [](const Stripe* a, const Stripe* b) { return a->firstLine < b->firstLine; });
        std::set<RowId> seen;
        // Open passages, one (the one reaching furthest) per code: enough to find every conflict.
        std::map<RowId, std::int64_t> openUntil;
        for (const Stripe* stripe : byLine) {
            if (seen.insert(stripe->codeId).second) codeOrder.push_back(stripe->codeId);
            for (auto it = openUntil.begin(); it != openUntil.end();) {
                if (it->second < stripe->firstLine) {
                    it = openUntil.erase(it);
                    continue;
                }
                if (it->first != stripe->codeId) {
                    conflicts[it->first].insert(stripe->codeId);
                    conflicts[stripe->codeId].insert(it->first);
                }
                ++it;
            }
            auto [open, added] = openUntil.try_emplace(stripe->codeId, stripe->lastLine);
            if (!added) open->second = std::max(open->second, stripe->lastLine);
        }
    }

    // Greedy colouring in order of appearance: each code takes the lowest lane none of its
    // conflicting codes holds.
    std::map<RowId, int> laneOfCode;
    for (RowId code : codeOrder) {
        std::set<int> taken;
        if (const auto found = conflicts.find(code); found != conflicts.end()) {
            for (RowId other : found->second) {
                if (const auto lane = laneOfCode.find(other); lane != laneOfCode.end()) taken.insert(lane->second);
            }
        }
        int lane = 0;
        while (taken.contains(lane)) ++lane;
        laneOfCode[code] = lane;
        m_laneCount = std::max(m_laneCount, lane + 1);
    }
    m_laneOfCode.assign(laneOfCode.begin(), laneOfCode.end());
    for (Stripe& stripe : m_stripes) stripe.lane = laneOfCode[stripe.codeId];

    // Sorted by start (so also by first line); the running maximum of the last line makes
    // "which stripes reach line n" a binary search.
    m_lastLineSoFar.reserve(m_stripes.size());
    m_endSoFar.reserve(m_stripes.size());
    std::int64_t furthestLine = -1;
    std::int64_t furthestEnd = -1;
    for (const Stripe& stripe : m_stripes) {
        furthestLine = std::max(furthestLine, stripe.lastLine);
        furthestEnd = std::max(furthestEnd, stripe.end);
        m_lastLineSoFar.push_back(furthestLine);
        m_endSoFar.push_back(furthestEnd);
    }
}

std::vector<std::size_t> StripeLayout::stripesOnLines(std::int64_t firstLine, std::int64_t lastLine) const {
    std::vector<std::size_t> found;
    const auto from = std::lower_bound(m_lastLineSoFar.begin(), m_lastLineSoFar.end(), firstLine);
    for (auto i = static_cast<std::size_t>(from - m_lastLineSoFar.begin()); i < m_stripes.size(); ++i) {
        const Stripe& stripe = m_stripes[i];
        if (stripe.firstLine > lastLine) break;
        if (stripe.lastLine >= firstLine) found.push_back(i);
    }
    return found;
}

std::vector<std::size_t> StripeLayout::stripesAt(std::int64_t position) const {
    std::vector<std::size_t> found;
    const auto from = std::upper_bound(m_endSoFar.begin(), m_endSoFar.end(), position);
    for (auto i = static_cast<std::size_t>(from - m_endSoFar.begin());
         i < m_stripes.size() && m_stripes[i].start <= position; ++i) {
        if (position < m_stripes[i].end) found.push_back(i);
    }
    return found;
}

std::optional<int> StripeLayout::laneOf(RowId codeId) const {
    const auto found = std::lower_bound(m_laneOfCode.begin(), m_laneOfCode.end(), std::make_pair(codeId, -1));
    if (found == m_laneOfCode.end() || found->first != codeId) return std::nullopt;
    return found->second;
}

}  // namespace edau::gui
