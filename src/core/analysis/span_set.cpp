// SPDX-License-Identifier: GPL-3.0-or-later
// Span sets: the interval arithmetic behind character- and unit-level agreement.
#include "span_set.h"

#include <algorithm>
#include <iterator>

namespace edau::analysis_detail {

std::vector<TextSpan> mergeSpans(std::vector<TextSpan> spans) {
    std::erase_if(spans, [](const TextSpan& s) { return s.end <= s.start; });
    std::sort(spans.begin(), spans.end(),
              [](const TextSpan& x, const TextSpan& y) { return x.start < y.start || (x.start == y.start && x.end < y.end); });
    std::vector<TextSpan> merged;
    for (const auto& span : spans) {
        if (!merged.empty() && span.start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, span.end);
        else
            merged.push_back(span);
    }
    return merged;
}

std::int64_t spanLength(const std::vector<TextSpan>& merged) {
    std::int64_t total = 0;
    for (const auto& span : merged) total += span.end - span.start;
    return total;
}

std::int64_t sharedLength(const std::vector<TextSpan>& first, const std::vector<TextSpan>& second) {
    // Both lists are sorted and disjoint, so one pass of two cursors finds every intersection.
    std::int64_t total = 0;
    auto i = first.begin();
    auto j = second.begin();
    while (i != first.end() && j != second.end()) {
        const auto start = std::max(i->start, j->start);
        const auto end = std::min(i->end, j->end);
        if (start < end) total += end - start;
        if (i->end < j->end)
            ++i;
        else
            ++j;
    }
    return total;
}

std::vector<TextSpan> unionOf(const std::vector<TextSpan>& first, const std::vector<TextSpan>& second) {
    std::vector<TextSpan> all;
    all.reserve(first.size() + second.size());
    all.insert(all.end(), first.begin(), first.end());
    all.insert(all.end(), second.begin(), second.end());
    return mergeSpans(std::move(all));
}

bool overlapsAny(const std::vector<TextSpan>& merged, TextSpan span) {
    if (span.end <= span.start) return false;
    // The first merged span that ends after the unit starts is the only candidate: spans are
    // disjoint and sorted, so their ends are sorted too.
    auto it = std::upper_bound(merged.begin(), merged.end(), span.start,
                               [](std::int64_t position, const TextSpan& s) { return position < s.end; });
    return it != merged.end() && it->start < span.end;
}

}  // namespace edau::analysis_detail
