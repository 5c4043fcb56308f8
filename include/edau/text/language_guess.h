// SPDX-License-Identifier: GPL-3.0-or-later
/// A rough Welsh/English guess for a passage, from its most frequent function words.
#pragma once

#include <string>
#include <string_view>

namespace edau::text {

/// "cy", "en", "mixed" or "" (too few function words to say) for UTF-8 text. Enough to tag a
/// document at import and each turn or paragraph in the search index, where it decides whether
/// words are de-mutated (Welsh) or stemmed (English). Long texts are judged on samples.
std::string guessLanguage(std::string_view text);

}  // namespace edau::text
