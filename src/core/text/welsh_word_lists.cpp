// SPDX-License-Identifier: GPL-3.0-or-later
// Short word lists written for Edau from general knowledge of Welsh and English (no corpus copied).
#include "welsh_word_lists.h"

#include <string>
#include <unordered_set>

namespace edau::text::detail {

namespace {

using WordSet = std::unordered_set<std::string_view>;

// Initialised on first use (thread-safe statics) and read-only afterwards.
const WordSet& functionWords() {
    static const WordSet words{
        // articles, conjunctions, particles
        "y", "yr", "'r", "a", "ac", "ag", "â", "neu", "ond", "os", "pan", "pe", "na", "nac", "nad", "nid",
        "ni", "mi", "fe", "yn", "'n", "ym", "yng", "mai", "fel", "felly", "dyma", "dyna", "dacw", "wedi",
        "mor", "rhy", "go", "er", "erbyn", "ers",
        // prepositions
        "i", "o", "ar", "am", "at", "gan", "gen", "dan", "dros", "drwy", "trwy", "wrth", "heb", "hyd",
        "gyda", "gydag", "efo", "rhwng", "tua", "ger",
        // pronouns and possessives
        "fi", "ti", "di", "ef", "e", "fo", "hi", "ni", "chi", "chwi", "nhw", "hwy", "fy", "dy", "ei", "eu",
        "ein", "eich", "hwn", "hon", "hyn", "hynny", "hwnnw", "honno", "hun", "hunan", "hunain",
        // forms of bod (mae is on the other list: "ym Mae Colwyn" is Bae Colwyn)
        "ma", "bod", "bydd", "byddai", "roedd", "oedd", "oes", "does", "dyw", "ydy",
        "ydi", "ydw", "ydyn", "ydych", "ydym", "yw", "rydw", "rwy", "rwyf", "dw", "dwi", "wy",
        // small numbers
        "un", "dau", "dwy", "tri", "tair"};
    return words;
}

const WordSet& ownRightWords() {
    static const WordSet words{
        // fossilised or everyday forms that are words in their own right
        "mae", "maen", "maent", "ddim", "ddoe", "dim", "beth", "be", "ble", "fan", "fyny", "lawr", "nawr", "gilydd", "oll",
        "iawn", "hefyd", "allan", "ymlaen", "yno", "yma", "yna", "ôl", "lle", "le", "da", "de", "nod",
        "llawer", "rhai", "pob", "pawb", "neb", "dydd", "nos", "deg", "pump", "pum", "pedwar", "pedair",
        "chwech", "chwe", "saith", "wyth", "naw", "gwaith", "byd", "bach", "mawr", "mwy", "mwyaf", "mis",
        "modd", "math", "nifer", "mynd", "dod", "dweud", "dal", "dyn", "byw", "dŵr", "gair", "gwell",
        "gorau", "olaf", "gweld", "gwybod", "gwneud", "gallu", "gall", "gallai", "dra", "bae", "blwyddyn",
        "bore", "bywyd", "bwyd", "dinas", "gwlad", "mam", "mab", "merch", "gŵr", "bro", "rhan", "rhaid",
        "rhyw", "rhywbeth", "rhywun", "rhagor", "llaw", "lles", "llais", "llun", "llyn", "bob", "blaen",
        "bwrdd", "brawd", "braf", "mynydd", "meddwl", "mewn", "gwaith", "gwir", "gweithio", "defnyddio",
        "dysgu", "dechrau", "darllen", "gwrando", "cael", "canu", "cymryd", "teulu", "tŷ", "plant", "gardd"};
    return words;
}

// English words in bilingual transcripts that are also mutated Welsh forms. Only words whose first
// letters can come out of a mutation matter (b, d, g, f, l, r, m, n, h, ch, ph, th, w, vowels).
const WordSet& englishWords() {
    static const WordSet words{
        "the", "then", "there", "they", "them", "this", "that", "these", "those", "thing", "think", "three",
        "of", "off", "on", "one", "or", "our", "out", "over", "only", "other", "old", "oil", "own", "odd",
        "a", "an", "and", "are", "as", "at", "all", "also", "any", "air", "age", "ago", "ask",
        "i", "in", "is", "it", "its", "if", "into",
        "up", "us", "use", "under", "until",
        "we", "well", "were", "was", "with", "will", "would", "what", "when", "where", "who", "why", "way",
        "work", "word", "want", "week", "year", "yes", "yet", "you", "your",
        "be", "been", "being", "but", "by", "bees", "bed", "bad", "bag", "ban", "bar", "bay", "big", "bin",
        "bit", "both", "boy", "bus", "buy",
        "do", "did", "does", "down", "day", "dad", "den", "dig", "dog", "door",
        "go", "good", "got", "get", "give", "gap", "gas", "gin", "god", "gun",
        "for", "from", "few", "far", "fan", "fin", "fine", "fun", "fact", "feel",
        "like", "look", "long", "last", "law", "led", "leg", "let", "lid", "lot", "low", "lad", "lap", "life",
        "run", "ran", "red", "rid", "rod", "rot", "rub", "real", "road", "rock", "right",
        "me", "my", "man", "men", "many", "may", "more", "most", "much", "must", "mad", "map", "mat", "mind",
        "no", "not", "now", "new", "next", "nice", "name", "need", "net", "nod", "nut",
        "he", "her", "him", "his", "how", "had", "has", "have", "here", "hen", "hand", "home", "hot",
        "chat", "check", "child", "choose", "photo", "phone"};
    return words;
}

const WordSet& triggers(MutationKind kind) {
    // Soft: prepositions, possessives, numerals, preverbal particles and adverbs that soften.
    static const WordSet soft{"i", "o", "ar", "am", "at", "gan", "dros", "drwy", "trwy", "wrth", "dan",
                              "tan", "heb", "hyd", "dy", "'th", "ei", "'i", "dau", "dwy", "yn", "'n",
                              "neu", "pan", "mor", "rhy", "go", "un", "ail", "dyma", "dyna", "dacw", "fe",
                              "mi", "a", "na", "ni", "pa"};
    // Nasal: fy, the preposition yn in its three spellings, and numerals before blynedd/diwrnod.
    static const WordSet nasal{"fy", "yn", "ym", "yng", "pum", "saith", "wyth", "naw", "deng", "deuddeng",
                               "pymtheng", "can"};
    static const WordSet aspirate{"a", "â", "gyda", "tua", "ei", "'i", "tri", "chwe", "na", "ni", "oni"};
    // 'n stays out although it can be ein: as yn (mae'n hen) it would vouch for every h- word.
    static const WordSet hProthesis{"ei", "'i", "ein", "eu", "'u", "'w", "'m"};
    static const WordSet none{};
    switch (kind) {
        case MutationKind::Soft: return soft;
        case MutationKind::Nasal: return nasal;
        case MutationKind::Aspirate: return aspirate;
        case MutationKind::HProthesis: return hProthesis;
        case MutationKind::None: break;
    }
    return none;
}

}  // namespace

bool isWelshFunctionWord(std::string_view folded) { return functionWords().count(folded) != 0; }

bool isWelshWordInOwnRight(std::string_view folded) {
    return ownRightWords().count(folded) != 0 || isWelshFunctionWord(folded);
}

bool isEnglishCollision(std::string_view folded) { return englishWords().count(folded) != 0; }

bool isTrigger(std::string_view folded, MutationKind kind) { return triggers(kind).count(folded) != 0; }

}  // namespace edau::text::detail
