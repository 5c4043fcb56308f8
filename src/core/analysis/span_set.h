// SPDX-License-Identifier: GPL-3.0-or-later
// Sets of text positions as sorted, disjoint spans: union, length, intersection, overlap.
#pragma once

#include <cstdint>
#include <vector>

#include "edau/analysis/intercoder_agreement.h"

namespace edau::analysis_detail {

/// Sorts spans and joins those that overlap or touch, dropping empty ones: text is either
/// coded or not, however many times a coder coded it.
std::vector<TextSpan> mergeSpans(std::vector<TextSpan> spans);
/// The number of positions in merged spans.
std::int64_t spanLength(const std::vector<TextSpan>& merged);
/// The number of positions two merged span lists share.
std::int64_t sharedLength(const std::vector<TextSpan>& first, const std::vector<TextSpan>& second);
/// The union of two merged span lists, merged.
std::vector<TextSpan> unionOf(const std::vector<TextSpan>& first, const std::vector<TextSpan>& second);
/// Whether any merged span shares at least one position with `span`.
bool overlapsAny(const std::vector<TextSpan>& merged, TextSpan span);

}  // namespace edau::analysis_detail
