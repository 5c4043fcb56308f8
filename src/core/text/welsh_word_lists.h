// SPDX-License-Identifier: GPL-3.0-or-later
// Edau's own short Welsh and English word lists that steer de-mutation (private to text/).
#pragma once

#include <string_view>

#include "edau/text/welsh_mutation.h"

namespace edau::text::detail {

/// Closed-class Welsh words (articles, pronouns, prepositions, particles, forms of bod): so frequent
/// that a mutation reading of them (yr ← gyr, fi ← mi) is never worth counting.
bool isWelshFunctionWord(std::string_view folded);

/// Common Welsh words that look like mutated forms of other words (mae ← bae, nod ← dod, de ← te),
/// the function words included: a surface on this list needs a trigger before it is de-mutated.
bool isWelshWordInOwnRight(std::string_view folded);

/// Common English words spelt like mutated Welsh forms (the ← te, well ← gwell, air ← gair).
bool isEnglishCollision(std::string_view folded);

/// The trigger lists: can `folded` (a word, or a clitic such as 'i) cause `kind` in the next word?
bool isTrigger(std::string_view folded, MutationKind kind);

}  // namespace edau::text::detail
