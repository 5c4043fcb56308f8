// SPDX-License-Identifier: GPL-3.0-or-later
/// Sentences of a text, for agreement and autocoding at the sentence level.
#pragma once

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace edau::text {

/// The sentences of valid UTF-8 text as [start, end) code point offsets, by Unicode sentence
/// boundaries (ICU), without the spaces and line breaks between them; empty sentences are left out.
std::vector<std::pair<std::int64_t, std::int64_t>> sentenceSpans(std::string_view utf8);

}  // namespace edau::text
