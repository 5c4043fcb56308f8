// SPDX-License-Identifier: GPL-3.0-or-later
/// The words of a text with their exact positions: what the search index and its highlighter share.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace edau::text {

/// One word of a text. Byte offsets index the UTF-8 text given; code point offsets count from
/// `firstCodePoint` (see wordTokens), so they can be document positions directly.
struct WordToken {
    std::size_t byteStart = 0;
    std::size_t byteEnd = 0;
    std::int64_t start = 0;  ///< code point offset, inclusive
    std::int64_t end = 0;    ///< code point offset, exclusive
    std::string_view text;   ///< the word as written (a view into the text given)
};

/// The words of valid UTF-8 text by Unicode word boundaries (ICU): letters and numbers, never
/// spaces or punctuation. Apostrophes inside a word keep it whole (mae'r, i’r, don't); hyphens
/// split (Pen-y-bont → Pen, y, bont); a bare Welsh clitic written after a space ('n, 'r, 'na)
/// keeps its apostrophe. Code point offsets start at `firstCodePoint`, so a passage cut out of a
/// document can be tokenised with document positions. Thread-safe.
std::vector<WordToken> wordTokens(std::string_view utf8, std::int64_t firstCodePoint = 0);

}  // namespace edau::text
