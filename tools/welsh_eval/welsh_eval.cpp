// SPDX-License-Identifier: GPL-3.0-or-later
// Measures Edau's Welsh de-mutation against a CoNLL-U treebank whose words carry Mutation=SM/NM/AM/HM.
//
// Usage: welsh_eval TREEBANK.conllu [--errors N]
//
// Figures (syntactic words, multi-word token lines skipped; forms and lemmas folded):
//  recall (lemma)    words whose surface is exactly a mutation of the lemma (mutationsOf(lemma)
//                    gives it, gold kind): is the lemma among radicalCandidates(surface)?
//  recall (initial)  every gold-mutated word, inflected ones included (ddaeth/dod): is there a
//                    candidate of the gold kind whose first letter is the lemma's?
//  precision         every candidate the indexer would count (shouldCount with the previous word):
//                    is the word gold-mutated with that kind, and the candidate the lemma (or, for
//                    inflected words, its first letter the lemma's)? Per candidate and per word.
//  counted coverage  gold-mutated words for which a correct candidate is counted.
// The treebank tags h-prothesis as AM; a gold AM on h + vowel from a vowel-initial lemma is read as
// h-prothesis here.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "edau/text/search_folding.h"
#include "edau/text/welsh_mutation.h"

namespace {

using edau::text::MutationKind;

struct Word {
    std::string form;     // as written
    std::string surface;  // folded
    std::string lemma;    // folded
    MutationKind gold = MutationKind::None;
};

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t')) fields.push_back(field);
    return fields;
}

MutationKind goldKind(const std::string& feats) {
    const auto at = feats.find("Mutation=");
    if (at == std::string::npos) return MutationKind::None;
    const std::string value = feats.substr(at + 9, 2);
    if (value == "SM") return MutationKind::Soft;
    if (value == "NM") return MutationKind::Nasal;
    if (value == "AM") return MutationKind::Aspirate;
    if (value == "HM") return MutationKind::HProthesis;
    return MutationKind::None;
}

bool startsWithLetter(const std::string& s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s[0]);
    return (c >= 'a' && c <= 'z') || c >= 0x80;
}

// The first Welsh letter: digraphs count as one, a multi-byte letter as its whole sequence.
std::string firstLetter(const std::string& s) {
    static const char* const digraphs[] = {"ch", "dd", "ff", "ng", "ll", "ph", "rh", "th"};
    for (const char* d : digraphs)
        if (s.rfind(d, 0) == 0) return d;
    if (s.empty()) return s;
    std::size_t n = 1;
    while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
    return s.substr(0, n);
}

bool isVowelStart(const std::string& s) {
    return !s.empty() && std::string("aeiouwy").find(s[0]) != std::string::npos;
}

std::vector<std::vector<Word>> readTreebank(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "welsh_eval: cannot open " << path << "\n";
        std::exit(2);
    }
    std::vector<std::vector<Word>> sentences(1);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty()) {
            if (!sentences.back().empty()) sentences.emplace_back();
            continue;
        }
        if (line[0] == '#') continue;
        const auto fields = splitTabs(line);
        if (fields.size() < 6 || fields[0].find_first_of("-.") != std::string::npos) continue;
        Word word;
        word.form = fields[1];
        word.surface = edau::text::foldForSearch(fields[1]);
        word.lemma = edau::text::foldForSearch(fields[2]);
        word.gold = goldKind(fields[5]);
        if (word.gold == MutationKind::Aspirate && word.surface.rfind('h', 0) == 0 && isVowelStart(word.lemma))
            word.gold = MutationKind::HProthesis;
        sentences.back().push_back(std::move(word));
    }
    return sentences;
}

double ratio(long long a, long long b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: welsh_eval TREEBANK.conllu [--errors N]\n";
        return 2;
    }
    int showErrors = 0;
    for (int i = 2; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--errors") showErrors = std::atoi(argv[i + 1]);

    const auto& lexicon = edau::text::WelshLexicon::installed();
    const auto sentences = readTreebank(argv[1]);

    long long words = 0, mutated = 0, exactPopulation = 0, exactFound = 0, initialFound = 0;
    long long counted = 0, countedCorrect = 0, countedLenient = 0, countingWords = 0, countingWordsCorrect = 0, covered = 0;
    std::map<std::tuple<std::string, std::string, std::string, std::string>, int> falseCounts, misses;

    for (const auto& sentence : sentences) {
        std::string previous;
        for (const auto& w : sentence) {
            if (!startsWithLetter(w.surface)) {
                previous = w.form;
                continue;
            }
            ++words;
            const bool isMutated = w.gold != MutationKind::None && w.surface != w.lemma;
            const auto candidates = edau::text::radicalCandidates(w.surface, lexicon);
            if (isMutated) {
                ++mutated;
                bool exact = false;
                for (const auto& form : edau::text::mutationsOf(w.lemma))
                    if (form.form == w.surface && form.kind == w.gold) exact = true;
                if (exact) {
                    ++exactPopulation;
                    bool found = false;
                    for (const auto& c : candidates)
                        if (c.radical == w.lemma && c.kind == w.gold) found = true;
                    if (found) ++exactFound;
                    else ++misses[{w.surface, w.lemma, std::string(mutationKindName(w.gold)), ""}];
                }
                for (const auto& c : candidates)
                    if (c.kind == w.gold && firstLetter(c.radical) == firstLetter(w.lemma)) {
                        ++initialFound;
                        break;
                    }
            }
            bool any = false, anyCorrect = false;
            for (const auto& c : candidates) {
                if (c.kind == MutationKind::None || !edau::text::shouldCount(c, previous)) continue;
                any = true;
                ++counted;
                const bool correct = isMutated && c.kind == w.gold &&
                                     (c.radical == w.lemma || firstLetter(c.radical) == firstLetter(w.lemma));
                // Lenient: the treebank sometimes leaves Mutation off inflected forms (fyddai/bod,
                // fwyaf/mawr); count a candidate that restores a lemma initial the surface lacks.
                const bool restoresInitial = firstLetter(w.surface) != firstLetter(w.lemma) &&
                                             firstLetter(c.radical) == firstLetter(w.lemma) &&
                                             (w.gold == MutationKind::None || c.kind == w.gold);
                if (correct || restoresInitial) ++countedLenient;
                if (correct) {
                    ++countedCorrect;
                    anyCorrect = true;
                } else {
                    ++falseCounts[{w.surface, c.radical, std::string(mutationKindName(c.kind)),
                                   std::string(confidenceName(c.confidence))}];
                }
            }
            if (any) ++countingWords;
            if (anyCorrect) ++countingWordsCorrect;
            if (isMutated && anyCorrect) ++covered;
            previous = w.form;
        }
    }

    std::cout << "treebank          " << argv[1] << "\n"
              << "lexicon forms     " << lexicon.size() << "\n"
              << "words             " << words << " (gold-mutated " << mutated << ")\n"
              << "recall (lemma)    " << exactFound << "/" << exactPopulation << " = " << ratio(exactFound, exactPopulation)
              << "\n"
              << "recall (initial)  " << initialFound << "/" << mutated << " = " << ratio(initialFound, mutated) << "\n"
              << "precision (cand.) " << countedCorrect << "/" << counted << " = " << ratio(countedCorrect, counted) << "\n"
              << "precision (lenient) " << countedLenient << "/" << counted << " = " << ratio(countedLenient, counted)
              << "\n"
              << "precision (word)  " << countingWordsCorrect << "/" << countingWords << " = "
              << ratio(countingWordsCorrect, countingWords) << "\n"
              << "counted coverage  " << covered << "/" << mutated << " = " << ratio(covered, mutated) << "\n";

    if (showErrors > 0) {
        const auto top = [&](const auto& table, const char* title) {
            std::vector<std::pair<int, std::string>> rows;
            for (const auto& [key, n] : table)
                rows.push_back({n, std::get<0>(key) + " -> " + std::get<1>(key) + " " + std::get<2>(key) + " " +
                                       std::get<3>(key)});
            std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            std::cout << title << "\n";
            for (int i = 0; i < showErrors && i < static_cast<int>(rows.size()); ++i)
                std::cout << "  " << rows[static_cast<std::size_t>(i)].first << "  " << rows[static_cast<std::size_t>(i)].second
                          << "\n";
        };
        top(falseCounts, "counted but wrong:");
        top(misses, "lemma not among the candidates:");
    }
    return 0;
}
