// SPDX-License-Identifier: GPL-3.0-or-later
/// Welsh initial consonant mutations: forward (radical → forms) and back (surface → radicals).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "edau/text/welsh_lexicon.h"

namespace edau::text {

/// The change a word's first letters went through.
enum class MutationKind {
    None,        ///< The radical itself (the surface unchanged).
    Soft,        ///< Treiglad meddal: p→b t→d c→g b→f d→dd g→(dropped) m→f ll→l rh→r.
    Nasal,       ///< Treiglad trwynol: p→mh t→nh c→ngh b→m d→n g→ng.
    Aspirate,    ///< Treiglad llaes: p→ph t→th c→ch.
    HProthesis   ///< h before a vowel: ysgol → hysgol (after ei "her", ein, eu, 'i, 'u, 'w).
};

/// Short English name for logs and test output: "none", "soft", "nasal", "aspirate", "h-prothesis".
std::string_view mutationKindName(MutationKind kind);

/// One mutated form of a radical.
struct MutatedForm {
    std::string form;   ///< Folded lower-case form, e.g. "nghaerdydd".
    MutationKind kind;  ///< Which mutation produced it.
    bool operator==(const MutatedForm&) const = default;
};

/// Every form the mutation rules give a radical, in the order soft, nasal, aspirate,
/// h-prothesis; empty for radicals that never mutate (ch, dd, ff, ph, th, s, n, ...). The radical
/// is folded first (foldForSearch), so Caerdydd gives gaerdydd, nghaerdydd, chaerdydd.
/// Digraphs are letters: ll and rh soften to l and r, and ch, ph, th, dd stay as they are.
std::vector<MutatedForm> mutationsOf(std::string_view radical);

/// How much a radical candidate can be trusted when the indexer meets the surface form.
enum class Confidence {
    Certain,       ///< Count it wherever the surface occurs (nghaerdydd → caerdydd).
    AfterTrigger,  ///< The surface is itself a word (mae, chi, well): count only after a trigger.
    Unlikely       ///< Possible by the rules, but the lexicon prefers another reading: never count.
};

/// Short English name: "certain", "after-trigger", "unlikely".
std::string_view confidenceName(Confidence confidence);

/// A radical the surface may have come from.
struct RadicalCandidate {
    std::string radical;    ///< Folded lower-case radical, e.g. "caerdydd".
    MutationKind kind;      ///< The mutation that turns `radical` into the surface; None for itself.
    Confidence confidence;  ///< Whether the indexer should count it (see Confidence).
    bool operator==(const RadicalCandidate&) const = default;
};

/// Every radical the rules allow for a surface form, the surface itself first (kind None,
/// Certain), then the mutation readings: fod → fod, bod (soft), mod (soft); law → law, llaw, glaw;
/// nghaerdydd → nghaerdydd, caerdydd (nasal). The surface is folded first (foldForSearch), so
/// Nghaerdydd and NGHAERDYDD behave alike; accents are kept. Exceptions: nhw has no reading;
/// ddoe and ddim are words in their own right. Confidence comes from the lexicon (see
/// welsh_lexicon.h and the rules in welsh_mutation.cpp); with an empty lexicon only the
/// unmistakable forms (ngh-, mh-, nh-, ng-, dd-, ml-, mr-) are Certain. Thread-safe.
std::vector<RadicalCandidate> radicalCandidates(std::string_view surface,
                                                const WelshLexicon& lexicon = WelshLexicon::installed());

/// True when the surface is itself a word, Welsh (mae, chi, de, nod) or English (the, of, well,
/// air), so its mutation readings need a trigger before they count.
bool isAmbiguousSurface(std::string_view surface, const WelshLexicon& lexicon = WelshLexicon::installed());

/// True when `previousWord` can cause `kind` in the next word (the trigger lists of Edau's Welsh
/// guide): soft after i, o, ar, am, at, gan, dros, trwy, wrth, dan, heb, dy, ei, dau, dwy,
/// predicative yn...; nasal after fy, yn, ym, yng; aspirate after a, â, gyda, tua, ei, tri, chwe,
/// na; h-prothesis after ei, ein, eu, 'i, 'u, 'w. A clitic token counts by its clitic (i'r by 'r,
/// gyda'i by 'i). The article y/yr/'r is not a soft trigger here: it softens feminine nouns only,
/// and counting it would let every "yr oedd" vouch for "goedd". Case and apostrophes are folded.
bool triggersMutation(std::string_view previousWord, MutationKind kind);

/// The indexer's decision for one candidate: Certain always, AfterTrigger only when
/// triggersMutation(previousWord, kind), Unlikely never; kind None always counts.
bool shouldCount(const RadicalCandidate& candidate, std::string_view previousWord);

}  // namespace edau::text
