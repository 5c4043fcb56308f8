// SPDX-License-Identifier: GPL-3.0-or-later
// The words of a passage as the index sees them: forms, Welsh readings, English stems.
// The indexer and the highlighter both use it, so a hit is exactly what the index matched.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "edau/text/welsh_lexicon.h"
#include "edau/text/welsh_mutation.h"
#include "edau/text/word_tokens.h"

namespace edau::search::detail {

/// Which word rules apply to a passage.
enum class PassageLanguage { Welsh, English, Mixed, Unknown };

/// "cy" → Welsh, "en" → English, "mixed" → Mixed, anything else → Unknown.
PassageLanguage passageLanguageFromCode(std::string_view code);
/// Welsh readings apply to every passage that is not known to be English.
inline bool demutates(PassageLanguage l) { return l != PassageLanguage::English; }
/// English stems apply to every passage that is not known to be Welsh.
inline bool stems(PassageLanguage l) { return l != PassageLanguage::Welsh; }

/// One word with what it may mean.
struct AnalysedToken {
    std::size_t byteStart = 0;  ///< into the text analysed
    std::size_t byteEnd = 0;
    std::int64_t start = 0;     ///< code points
    std::int64_t end = 0;
    std::string form;           ///< case-folded surface, accents kept (foldForSearch)
    /// Case-folded, accents kept, no duplicates: the form, a clitic's host and full form
    /// (mae'r → mae'r, mae, yr), and the Welsh radicals that count here (nghaerdydd → caerdydd).
    std::vector<std::string> keys;
    std::vector<std::string> foldedKeys;  ///< `keys` without accents, no duplicates (index terms)
    std::string stem;           ///< English stem of the accent-free form; empty where stems do not apply
};

/// The words of a passage as the index numbers them (the words analyse() returns, in the same
/// order: words longer than Xapian takes are left out), without their readings.
std::vector<text::WordToken> wordsAsIndexed(std::string_view text, std::int64_t firstCodePoint);

/// Turns passages into analysed words. Caches readings per form (running text repeats its
/// words), so one analyser per thread; not thread-safe.
class PassageAnalyser {
public:
    explicit PassageAnalyser(const text::WelshLexicon& lexicon);
    /// The words of `text` (valid UTF-8) with code points counted from `firstCodePoint`.
    std::vector<AnalysedToken> analyse(std::string_view text, std::int64_t firstCodePoint, PassageLanguage language);
    /// Case-folded form (accents kept) of a word as typed in a query.
    std::string fold(std::string_view word);
    /// The same without accents.
    std::string foldAccents(std::string_view foldedWord);
    /// English stem of an accent-free, case-folded word.
    std::string stem(const std::string& foldedWord);
    /// The English stems a query word stands for: its own, and the agent noun's or the verb's
    /// (caring → care, carer; carers → carer, care), because the Porter stemmer keeps carer and
    /// care apart and researchers searching for caring want the carers too.
    std::vector<std::string> queryStems(const std::string& foldedWord);
    /// The radicals a query word stands for with no context: itself and its certain readings.
    std::vector<std::string> queryKeys(const std::string& foldedWord);

private:
    struct Readings {
        std::vector<text::RadicalCandidate> candidates;  // without the surface itself
        std::string host, clitic, fullForm;              // clitic split, when there is one
    };
    const Readings& readingsOf(const std::string& form);

    const text::WelshLexicon& m_lexicon;
    Xapian::Stem m_stemmer;
    std::unordered_map<std::string, Readings> m_readings;
    std::unordered_map<std::string, std::string> m_accentFree;
    std::unordered_map<std::string, std::string> m_stems;
};

}  // namespace edau::search::detail
