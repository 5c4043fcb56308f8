// SPDX-License-Identifier: GPL-3.0-or-later
/// Splits Welsh clitic tokens (mae'r, i'r, sy'n, gyda'i, 'n) so each part can be indexed too.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace edau::text {

/// One token split at its clitic: mae'r → host "mae", clitic "'r", fullForm "yr".
struct CliticSplit {
    std::string host;      ///< The word before the apostrophe; empty for a bare clitic such as 'n.
    std::string clitic;    ///< The clitic as written, apostrophe included and folded to U+0027.
    std::string fullForm;  ///< The word the clitic stands for ('r → yr, 'n → yn, 'i → ei, 'w → ei).
};

/// Splits a token whose last apostrophe starts a Welsh clitic ('r 'n 'i 'w 'u 'm 'th 'ch 'ma 'na
/// 'di); any apostrophe look-alike is accepted. Returns nullopt for every other token, so English
/// contractions stay whole (don't, it's, we'll, o'clock, rock'n'roll). English "I'm" does split
/// (host "I", clitic "'m"), because it is spelt exactly like Welsh i'm "to my"; the indexer keeps
/// the whole token as well, so nothing is lost. Case is kept; the host is not folded.
std::optional<CliticSplit> splitClitic(std::string_view token);

}  // namespace edau::text
