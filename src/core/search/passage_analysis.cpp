// SPDX-License-Identifier: GPL-3.0-or-later
// Passage analysis: word tokens, folding, clitic parts, Welsh radical readings in context, stems.
#include "passage_analysis.h"

#include <algorithm>

#include "edau/text/search_folding.h"
#include "edau/text/welsh_clitics.h"
#include "edau/text/word_tokens.h"

namespace edau::search::detail {

namespace {

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

void addUnique(std::vector<std::string>& v, std::string s) {
    if (s.empty()) return;
    if (std::find(v.begin(), v.end(), s) == v.end()) v.push_back(std::move(s));
}

// Xapian refuses terms over 245 bytes; no real word comes near this.
constexpr std::size_t kLongestWord = 64;

// Whether a radical reading counts where it stands. The text module's rule (certain readings
// always, ambiguous ones after a matching trigger) plus one step further: after a trigger even a
// soft reading the word list thinks unlikely counts (ar fin → min, yn ogystal → gogystal), because a
// trigger makes a mutation far more likely than the word list alone can tell. Measured on the
// UD Welsh-CCG treebank with tools/search_eval: recall rises without losing precision.
//
// The article softens feminine nouns (y ferch, y bont, y Brifwyl) but not ll- and rh-, and the
// text module leaves it out of its triggers because "yr oedd" must not vouch for "goedd". Here it
// counts for an ambiguous soft reading of a word that starts with b, f or g: never for a vowel
// (a dropped g), l or r, and not for d, where masculine words win (y dŵr is water, not a tŵr).
bool isArticle(std::string_view w) { return w == "y" || w == "yr" || w == "'r"; }

bool endsWithArticle(std::string_view previous) {
    if (isArticle(previous)) return true;
    const auto apostrophe = previous.rfind('\'');
    return apostrophe != std::string_view::npos && previous.substr(apostrophe) == "'r";
}

bool softAfterArticle(const text::RadicalCandidate& c, std::string_view surface, std::string_view previous) {
    if (c.kind != text::MutationKind::Soft || c.confidence != text::Confidence::AfterTrigger) return false;
    if (surface.empty() || !endsWithArticle(previous)) return false;
    const char first = surface.front();
    return first == 'b' || first == 'f' || first == 'g';
}

// Expressions of time take the soft mutation with no trigger before them (bob dydd, fore Llun,
// nos Fercher): a soft reading counts before a word of time, and for a day's name after nos.
bool isTimeWord(std::string_view w) {
    static const std::string_view words[] = {"dydd", "nos", "bore", "wythnos", "mis", "blwyddyn", "tro", "amser",
                                             "prynhawn", "noson", "diwrnod", "munud", "eiliad", "llun", "mawrth",
                                             "mercher", "iau", "gwener", "sadwrn", "sul"};
    return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool softInTimeExpression(const text::RadicalCandidate& c, std::string_view previous, std::string_view next) {
    if (c.kind != text::MutationKind::Soft) return false;
    if (isTimeWord(next)) return true;
    return previous == "nos" && isTimeWord(c.radical) && c.radical != "nos";
}

bool counts(const text::RadicalCandidate& c, std::string_view surface, std::string_view previous, std::string_view next) {
    if (text::shouldCount(c, previous)) return true;
    // Only soft readings: after gyda, a and â the aspirate "chi" is the pronoun, not a dog.
    if (c.confidence == text::Confidence::Unlikely && c.kind == text::MutationKind::Soft &&
        text::triggersMutation(previous, c.kind))
        return true;
    return softAfterArticle(c, surface, previous) || softInTimeExpression(c, previous, next);
}

// Forms that running Welsh uses only mutated, whatever stands before them: bob (bob dydd, bob
// un: "every"), beth bynnag, yn ogystal, ledled Cymru, ei gilydd. Written in lower case, bob is
// never the name Bob.
const char* alwaysMutatedRadical(std::string_view form) {
    static const std::pair<std::string_view, const char*> table[] = {
        {"bob", "pob"}, {"bynnag", "pynnag"}, {"ogystal", "gogystal"}, {"ledled", "lledled"}, {"gilydd", "cilydd"}};
    for (const auto& [surface, radical] : table)
        if (form == surface) return radical;
    return nullptr;
}

bool breaksSentence(std::string_view between) {
    return between.find_first_of(".!?;:\n") != std::string_view::npos;
}

}  // namespace

std::vector<text::WordToken> wordsAsIndexed(std::string_view textValue, std::int64_t firstCodePoint) {
    std::vector<text::WordToken> words = text::wordTokens(textValue, firstCodePoint);
    std::erase_if(words, [](const text::WordToken& w) { return w.text.size() > kLongestWord; });
    return words;
}

PassageLanguage passageLanguageFromCode(std::string_view code) {
    if (code == "cy") return PassageLanguage::Welsh;
    if (code == "en") return PassageLanguage::English;
    if (code == "mixed") return PassageLanguage::Mixed;
    return PassageLanguage::Unknown;
}

PassageAnalyser::PassageAnalyser(const text::WelshLexicon& lexicon) : m_lexicon(lexicon), m_stemmer("english") {}

std::string PassageAnalyser::fold(std::string_view word) { return text::foldForSearch(word); }

std::string PassageAnalyser::foldAccents(std::string_view foldedWord) {
    if (isAscii(foldedWord)) return std::string(foldedWord);
    auto it = m_accentFree.find(std::string(foldedWord));
    if (it != m_accentFree.end()) return it->second;
    std::string out = text::foldAccents(foldedWord);
    m_accentFree.emplace(std::string(foldedWord), out);
    return out;
}

std::string PassageAnalyser::stem(const std::string& foldedWord) {
    auto it = m_stems.find(foldedWord);
    if (it != m_stems.end()) return it->second;
    std::string out = m_stemmer(foldedWord);
    m_stems.emplace(foldedWord, out);
    return out;
}

const PassageAnalyser::Readings& PassageAnalyser::readingsOf(const std::string& form) {
    auto it = m_readings.find(form);
    if (it != m_readings.end()) return it->second;
    Readings r;
    std::string head = form;
    if (auto split = text::splitClitic(form)) {
        r.host = split->host;
        r.clitic = split->clitic;
        r.fullForm = split->fullForm;
        head = split->host;
    }
    // ddim ("not") and ddoe ("yesterday") are words in their own right (Edau's Welsh guide):
    // "Dydw i ddim" must not count as a mutated dim after the pronoun i, so they get no readings.
    if (!head.empty() && head != "ddim" && head != "ddoe") {
        auto candidates = text::radicalCandidates(head, m_lexicon);
        for (auto& c : candidates)
            if (c.kind != text::MutationKind::None) r.candidates.push_back(std::move(c));
    }
    return m_readings.emplace(form, std::move(r)).first->second;
}

std::vector<AnalysedToken> PassageAnalyser::analyse(std::string_view textValue, std::int64_t firstCodePoint,
                                                    PassageLanguage language) {
    std::vector<AnalysedToken> out;
    const auto words = text::wordTokens(textValue, firstCodePoint);
    out.reserve(words.size());
    std::string previous;  // the previous word's form: it decides which mutations count
    std::string next;  // the next word's form, for expressions of time (bob dydd)
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        if (w.text.size() > kLongestWord) {
            previous.clear();
            continue;
        }
        // A mutation is caused by the word just before, within the sentence: "saith. Mae'r"
        // must not read Mae'r as a nasal "Bae'r" after the number.
        if (!out.empty() && breaksSentence(textValue.substr(out.back().byteEnd, w.byteStart - out.back().byteEnd)))
            previous.clear();
        AnalysedToken t;
        t.byteStart = w.byteStart;
        t.byteEnd = w.byteEnd;
        t.start = w.start;
        t.end = w.end;
        t.form = fold(w.text);
        t.keys.push_back(t.form);
        const Readings& r = readingsOf(t.form);
        if (!r.host.empty()) addUnique(t.keys, r.host);
        if (!r.fullForm.empty()) addUnique(t.keys, r.fullForm);
        if (demutates(language) && !r.candidates.empty()) {
            next = i + 1 < words.size() && words[i + 1].text.size() <= kLongestWord ? fold(words[i + 1].text) : std::string();
            for (const auto& c : r.candidates)
                if (counts(c, r.host.empty() ? t.form : r.host, previous, next)) addUnique(t.keys, c.radical);
        }
        if (demutates(language) && !w.text.empty() && w.text.front() >= 'a' && w.text.front() <= 'z')
            if (const char* radical = alwaysMutatedRadical(t.form)) addUnique(t.keys, radical);
        for (const auto& k : t.keys) addUnique(t.foldedKeys, foldAccents(k));
        if (stems(language)) t.stem = stem(t.foldedKeys.front());
        previous = t.form;
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<std::string> PassageAnalyser::queryStems(const std::string& foldedWord) {
    std::vector<std::string> out{stem(foldedWord)};
    const std::string base = out.front();  // a copy: adding to `out` may move its strings
    auto endsWith = [&](const char* suffix) {
        const std::size_t n = std::char_traits<char>::length(suffix);
        return base.size() > n + 2 && base.compare(base.size() - n, n, suffix) == 0;
    };
    if (endsWith("er")) {  // carer → care, worker → work
        addUnique(out, stem(base.substr(0, base.size() - 1)));
        addUnique(out, stem(base.substr(0, base.size() - 2)));
    } else if (base.size() >= 3) {  // care → carer, work → worker
        addUnique(out, stem(base + (base.back() == 'e' ? "r" : "er")));
    }
    return out;
}

std::vector<std::string> PassageAnalyser::queryKeys(const std::string& foldedWord) {
    std::vector<std::string> keys{foldedWord};
    // dwr typed for dŵr is not a soft-mutated "twr": a word the list knows with accents is
    // taken as that word, not read back to other radicals.
    if (foldedWord == foldAccents(foldedWord) && m_lexicon.isAccentStrippedForm(foldedWord)) return keys;
    // A query word has no preceding word, so only the readings that need none are taken:
    // Nghaerdydd stands for Caerdydd, but dad does not stand for tad (it is a word itself).
    for (const auto& c : text::radicalCandidates(foldedWord, m_lexicon))
        if (c.kind != text::MutationKind::None && c.confidence == text::Confidence::Certain) addUnique(keys, c.radical);
    return keys;
}

}  // namespace edau::search::detail
