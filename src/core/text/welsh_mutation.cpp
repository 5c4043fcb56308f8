// SPDX-License-Identifier: GPL-3.0-or-later
// Welsh mutation rules, and the lexicon evidence that decides which readings the indexer counts.
//
// How confidence is decided (see radicalCandidates): aspell-cy lists radicals together with
// the mutated forms it generated from them, but no lemmas. So a listed form proves little on its
// own (fod is listed, as a mutation of bod); what tells a radical from an accidental one is
//  - its own mutations are listed too ("full evidence": bod has fod and mod, gardd has ardd and
//    ngardd), which aspell-cy did for headwords and not for forms that are already mutated
//    (dad has no *ddad); and
//  - nothing it could itself be a mutation of is listed (dinas: there is no *tinas).
// A surface is a word in its own right when Edau's own list says so, when it is a name, or when
// it has full evidence, or when none of its readings is a solid radical. Readings of such a
// surface need a trigger before the previous word; readings of any other listed or unknown
// surface count wherever it occurs, provided the radical is the best attested of the readings.
#include "edau/text/welsh_mutation.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "edau/base/error.h"
#include "edau/text/search_folding.h"
#include "edau/text/welsh_clitics.h"
#include "welsh_word_lists.h"

namespace edau::text {

namespace {

using detail::isEnglishCollision;
using detail::isWelshFunctionWord;
using detail::isWelshWordInOwnRight;

bool startsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

std::string concat(std::string_view a, std::string_view b) {
    std::string out;
    out.reserve(a.size() + b.size());
    out.append(a);
    out.append(b);
    return out;
}

// Welsh vowels (w and y included) with any of the accents Welsh writes on them.
bool startsWithVowel(std::string_view s) {
    if (s.empty()) return false;
    int32_t i = 0;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
    switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u': case 'w': case 'y':
        case 0x00E0: case 0x00E1: case 0x00E2: case 0x00E4:   // à á â ä
        case 0x00E8: case 0x00E9: case 0x00EA: case 0x00EB:   // è é ê ë
        case 0x00EC: case 0x00ED: case 0x00EE: case 0x00EF:   // ì í î ï
        case 0x00F2: case 0x00F3: case 0x00F4: case 0x00F6:   // ò ó ô ö
        case 0x00F9: case 0x00FA: case 0x00FB: case 0x00FC:   // ù ú û ü
        case 0x00FD: case 0x00FF: case 0x0175: case 0x0177:   // ý ÿ ŵ ŷ
        case 0x1E81: case 0x1E83: case 0x1E85: case 0x1EF3:   // ẁ ẃ ẅ ỳ
            return true;
        default:
            return false;
    }
}

// Letters that begin a word and never mutate further (ch, dd, ff, ng, ph, th) or are themselves
// the output of a mutation (mh, nh): checked before the single letters they start with.
constexpr std::array<std::string_view, 8> kFixedDigraphs{"ch", "dd", "ff", "ng", "ph", "th", "mh", "nh"};

// Surface beginnings that only a mutation produces. nhw, ddoe and ddim are handled as exceptions.
bool hasUnmistakableStart(std::string_view s) {
    return startsWith(s, "ngh") || startsWith(s, "ng") || startsWith(s, "mh") || startsWith(s, "nh") ||
           startsWith(s, "dd") || startsWith(s, "ml") || startsWith(s, "mr");
}

std::string safeFold(std::string_view word) {
    try {
        return foldForSearch(word);
    } catch (const Error&) {
        return {};  // not UTF-8: no Welsh word to work on
    }
}

std::vector<MutatedForm> formsOfFolded(std::string_view r) {
    std::vector<MutatedForm> out;
    if (r.empty()) return out;
    if (startsWith(r, "ll")) {
        out.push_back({concat("l", r.substr(2)), MutationKind::Soft});
        return out;
    }
    if (startsWith(r, "rh")) {
        out.push_back({concat("r", r.substr(2)), MutationKind::Soft});
        return out;
    }
    for (auto digraph : kFixedDigraphs)
        if (startsWith(r, digraph)) return out;
    const std::string_view rest = r.substr(1);
    switch (r[0]) {
        case 'p':
            out.push_back({concat("b", rest), MutationKind::Soft});
            out.push_back({concat("mh", rest), MutationKind::Nasal});
            out.push_back({concat("ph", rest), MutationKind::Aspirate});
            return out;
        case 't':
            out.push_back({concat("d", rest), MutationKind::Soft});
            out.push_back({concat("nh", rest), MutationKind::Nasal});
            out.push_back({concat("th", rest), MutationKind::Aspirate});
            return out;
        case 'c':
            out.push_back({concat("g", rest), MutationKind::Soft});
            out.push_back({concat("ngh", rest), MutationKind::Nasal});
            out.push_back({concat("ch", rest), MutationKind::Aspirate});
            return out;
        case 'b':
            out.push_back({concat("f", rest), MutationKind::Soft});
            out.push_back({concat("m", rest), MutationKind::Nasal});
            return out;
        case 'd':
            out.push_back({concat("dd", rest), MutationKind::Soft});
            out.push_back({concat("n", rest), MutationKind::Nasal});
            return out;
        case 'g':
            if (!rest.empty()) out.push_back({std::string(rest), MutationKind::Soft});
            out.push_back({concat("ng", rest), MutationKind::Nasal});
            return out;
        case 'm':
            out.push_back({concat("f", rest), MutationKind::Soft});
            return out;
        default:
            break;
    }
    if (startsWithVowel(r)) out.push_back({concat("h", r), MutationKind::HProthesis});
    return out;
}

struct Reading {
    std::string radical;
    MutationKind kind;
};

// Every radical the rules allow for a folded surface, without judging any of them.
std::vector<Reading> readingsOfFolded(std::string_view s) {
    std::vector<Reading> out;
    if (s.empty() || s == "nhw") return out;
    const auto add = [&](std::string_view first, std::size_t drop, MutationKind kind) {
        out.push_back({concat(first, s.substr(drop)), kind});
    };
    if (startsWith(s, "ngh")) add("c", 3, MutationKind::Nasal);
    else if (startsWith(s, "ng")) add("g", 2, MutationKind::Nasal);
    else if (startsWith(s, "mh")) add("p", 2, MutationKind::Nasal);
    else if (startsWith(s, "nh")) add("t", 2, MutationKind::Nasal);
    else if (startsWith(s, "ph")) add("p", 2, MutationKind::Aspirate);
    else if (startsWith(s, "th")) add("t", 2, MutationKind::Aspirate);
    else if (startsWith(s, "ch")) add("c", 2, MutationKind::Aspirate);
    else if (startsWith(s, "dd")) add("d", 2, MutationKind::Soft);
    else if (startsWith(s, "ff") || startsWith(s, "ll") || startsWith(s, "rh")) {
        // radical letters: nothing mutates into them
    } else if (s[0] == 'm') add("b", 1, MutationKind::Nasal);
    else if (s[0] == 'n') add("d", 1, MutationKind::Nasal);
    else if (s[0] == 'b') add("p", 1, MutationKind::Soft);
    else if (s[0] == 'd') add("t", 1, MutationKind::Soft);
    else if (s[0] == 'g') add("c", 1, MutationKind::Soft);
    else if (s[0] == 'f') {
        add("b", 1, MutationKind::Soft);
        add("m", 1, MutationKind::Soft);
    } else if (s[0] == 'l') {
        add("ll", 1, MutationKind::Soft);
        add("g", 0, MutationKind::Soft);  // glaw → law
    } else if (s[0] == 'r') {
        add("rh", 1, MutationKind::Soft);
        add("g", 0, MutationKind::Soft);  // grym → rym
    } else if (startsWithVowel(s)) {
        add("g", 0, MutationKind::Soft);  // gardd → ardd, gwaith → waith
    }
    if (s.size() > 1 && s[0] == 'h' && startsWithVowel(s.substr(1))) add("", 1, MutationKind::HProthesis);
    return out;
}

// The lexicon judgements behind Confidence; each takes folded forms.
class Evidence {
public:
    explicit Evidence(const WelshLexicon& lexicon) : m_lexicon(lexicon) {}

    bool listed(std::string_view w) const { return m_lexicon.contains(w); }

    // aspell-cy also lists the word's own mutations: the mark of a headword.
    bool full(std::string_view w) const {
        bool any = false;
        for (const auto& form : formsOfFolded(w)) {
            if (form.kind == MutationKind::HProthesis) continue;
            if (!listed(form.form)) return false;
            any = true;
        }
        return any;
    }

    // Could w itself be a mutated form of a listed word?
    bool hasListedSource(std::string_view w) const {
        for (const auto& reading : readingsOfFolded(w))
            if (reading.kind != MutationKind::HProthesis && listed(reading.radical)) return true;
        return false;
    }

    // 4: on Edau's own list of common words, which doubles as a frequency prior (fath is math
    // far more often than bath); 3: a solid radical (a name, or full evidence without a listed
    // source); 2: listed, no listed source; 1: listed but maybe itself mutated (gardd beside the
    // rarer cardd, hence gardd on the own list); 0: unknown.
    int tier(std::string_view r) const {
        if (isWelshWordInOwnRight(r)) return 4;
        if (m_lexicon.isNameOnly(r)) return 3;
        if (!listed(r)) return 0;
        if (hasListedSource(r)) return 1;
        return full(r) ? 3 : 2;
    }

    bool inOwnRight(std::string_view s) const {
        if (isWelshWordInOwnRight(s) || m_lexicon.isNameOnly(s)) return true;
        if (!listed(s) || hasUnmistakableStart(s)) return false;
        if (full(s)) return true;
        for (const auto& reading : readingsOfFolded(s))
            if (reading.kind != MutationKind::HProthesis && tier(reading.radical) >= 2) return false;
        return true;
    }

private:
    const WelshLexicon& m_lexicon;
};

Confidence judge(const Evidence& evidence, std::string_view s, const Reading& reading, int tier, int bestTier,
                 bool ownRight, bool ambiguous) {
    if (reading.kind == MutationKind::HProthesis)
        // h- words (hi, hen, hir, hyn) are common radicals: h-prothesis always needs its trigger.
        return tier > 0 && !isWelshFunctionWord(s) ? Confidence::AfterTrigger : Confidence::Unlikely;
    if (tier < bestTier) return Confidence::Unlikely;  // fod: bod is listed, mod only as a mutation
    if (hasUnmistakableStart(s) && !ownRight) return Confidence::Certain;
    if (tier == 0) {
        // Neither surface nor radical known (Fangor): plausible after a trigger, except a dropped
        // g before an unknown vowel-initial word, which is how every foreign name would look.
        const bool droppedG = reading.kind == MutationKind::Soft && startsWithVowel(s);
        return evidence.listed(s) || droppedG ? Confidence::Unlikely : Confidence::AfterTrigger;
    }
    if (isWelshFunctionWord(s)) return Confidence::Unlikely;
    if (ambiguous) return tier >= 3 ? Confidence::AfterTrigger : Confidence::Unlikely;
    // m- and n- words are mostly radicals; nasal mutation of b and d is the rarest change.
    if (reading.kind == MutationKind::Nasal && (s[0] == 'm' || s[0] == 'n')) return Confidence::AfterTrigger;
    // The best radical on offer may itself be a mutated form (galed ← caled for Aled): not enough.
    if (tier < 2) return Confidence::AfterTrigger;
    return Confidence::Certain;
}

}  // namespace

std::string_view mutationKindName(MutationKind kind) {
    switch (kind) {
        case MutationKind::None: return "none";
        case MutationKind::Soft: return "soft";
        case MutationKind::Nasal: return "nasal";
        case MutationKind::Aspirate: return "aspirate";
        case MutationKind::HProthesis: return "h-prothesis";
    }
    return "none";
}

std::string_view confidenceName(Confidence confidence) {
    switch (confidence) {
        case Confidence::Certain: return "certain";
        case Confidence::AfterTrigger: return "after-trigger";
        case Confidence::Unlikely: return "unlikely";
    }
    return "unlikely";
}

std::vector<MutatedForm> mutationsOf(std::string_view radical) { return formsOfFolded(safeFold(radical)); }

std::vector<RadicalCandidate> radicalCandidates(std::string_view surface, const WelshLexicon& lexicon) {
    const std::string s = safeFold(surface);
    std::vector<RadicalCandidate> out;
    if (s.empty()) return out;
    out.push_back({s, MutationKind::None, Confidence::Certain});
    const std::vector<Reading> readings = readingsOfFolded(s);
    if (readings.empty()) return out;

    const Evidence evidence(lexicon);
    std::vector<int> tiers;
    int bestTier = 0;
    for (const auto& reading : readings) {
        tiers.push_back(evidence.tier(reading.radical));
        if (reading.kind != MutationKind::HProthesis) bestTier = std::max(bestTier, tiers.back());
    }
    const bool ownRight = evidence.inOwnRight(s);
    const bool ambiguous = ownRight || isEnglishCollision(s);
    for (std::size_t i = 0; i < readings.size(); ++i)
        out.push_back({readings[i].radical, readings[i].kind,
                       judge(evidence, s, readings[i], tiers[i], bestTier, ownRight, ambiguous)});
    return out;
}

bool isAmbiguousSurface(std::string_view surface, const WelshLexicon& lexicon) {
    const std::string s = safeFold(surface);
    return !s.empty() && (Evidence(lexicon).inOwnRight(s) || isEnglishCollision(s));
}

bool triggersMutation(std::string_view previousWord, MutationKind kind) {
    const std::string folded = safeFold(previousWord);
    if (folded.empty()) return false;
    if (auto split = splitClitic(folded)) return detail::isTrigger(split->clitic, kind);
    return detail::isTrigger(folded, kind);
}

bool shouldCount(const RadicalCandidate& candidate, std::string_view previousWord) {
    if (candidate.kind == MutationKind::None) return true;
    switch (candidate.confidence) {
        case Confidence::Certain: return true;
        case Confidence::AfterTrigger: return triggersMutation(previousWord, candidate.kind);
        case Confidence::Unlikely: return false;
    }
    return false;
}

}  // namespace edau::text
