// SPDX-License-Identifier: GPL-3.0-or-later
// Measures Welsh search end to end against a CoNLL-U treebank: each sentence becomes a document
// in a real search index; each lemma of a mutated word is searched for, as a researcher would.
//
// Usage: search_eval TREEBANK.conllu [--errors N]
//
// Figures (forms and lemmas folded for comparison):
//  recall     words whose surface is a mutation of their lemma (mutationsOf(lemma) gives it):
//             does searching the lemma return a hit exactly on that word? (and: on its sentence?)
//  precision  every hit of those lemma searches: is the word hit a form of the lemma searched
//             (its gold lemma, or the lemma itself as written)? (and per sentence: does the
//             sentence hold a word with that lemma?)
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "edau/search/search_index.h"
#include "edau/text/search_folding.h"
#include "edau/text/unicode.h"
#include "edau/text/welsh_clitics.h"
#include "edau/text/welsh_mutation.h"

namespace {

namespace fs = std::filesystem;

struct Token {              // a surface token as written in the sentence (a multi-word token whole)
    std::string form;       // as written
    std::string folded;
    std::set<std::string> lemmas;  // folded lemmas of its words
    std::int64_t start = -1;       // code points into the sentence text
    bool recallTarget = false;     // a word whose surface is an exact mutation of its lemma
    std::string targetLemma;
};

struct Sentence {
    std::string id;
    std::string text;
    std::vector<Token> tokens;
};

std::vector<std::string> splitTabs(const std::string& line) {
    std::vector<std::string> fields;
    std::string field;
    std::istringstream in(line);
    while (std::getline(in, field, '\t')) fields.push_back(field);
    return fields;
}

std::string fold(const std::string& s) {
    try {
        return edau::text::foldForSearch(s);
    } catch (...) {
        return s;
    }
}

bool isExactMutation(const std::string& surface, const std::string& lemma, const std::string& feats) {
    if (feats.find("Mutation=") == std::string::npos) return false;
    for (const auto& m : edau::text::mutationsOf(lemma))
        if (m.form == surface) return true;
    return false;
}

// Code point offset of each token, found in order in the sentence text.
void align(Sentence& s) {
    std::size_t byte = 0;
    for (auto& t : s.tokens) {
        const std::size_t at = s.text.find(t.form, byte);
        if (at == std::string::npos) continue;
        t.start = edau::text::codePointCount(std::string_view(s.text).substr(0, at));
        byte = at + t.form.size();
    }
}

std::vector<Sentence> readTreebank(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        std::cerr << "cannot read " << path << '\n';
        std::exit(2);
    }
    std::vector<Sentence> out;
    Sentence current;
    int rangeEnd = 0;  // last word id covered by the current multi-word token
    std::string line;
    auto finish = [&] {
        if (!current.text.empty()) {
            align(current);
            out.push_back(std::move(current));
        }
        current = Sentence{};
        rangeEnd = 0;
    };
    while (std::getline(in, line)) {
        if (line.empty()) {
            finish();
            continue;
        }
        if (line.rfind("# sent_id = ", 0) == 0) current.id = line.substr(12);
        if (line.rfind("# text = ", 0) == 0) current.text = edau::text::toNfc(line.substr(9));
        if (line[0] == '#') continue;
        const auto f = splitTabs(line);
        if (f.size() < 6) continue;
        if (f[0].find('.') != std::string::npos) continue;  // empty nodes
        if (const auto dash = f[0].find('-'); dash != std::string::npos) {
            Token t;
            t.form = f[1];
            t.folded = fold(f[1]);
            current.tokens.push_back(t);
            rangeEnd = std::atoi(f[0].c_str() + dash + 1);
            continue;
        }
        const int id = std::atoi(f[0].c_str());
        const std::string lemma = fold(f[2]);
        if (id <= rangeEnd) {  // a part of the multi-word token just added
            current.tokens.back().lemmas.insert(lemma);
            continue;
        }
        Token t;
        t.form = f[1];
        t.folded = fold(f[1]);
        t.lemmas.insert(lemma);
        if (isExactMutation(t.folded, lemma, f[5])) {
            t.recallTarget = true;
            t.targetLemma = lemma;
        }
        current.tokens.push_back(t);
    }
    finish();
    return out;
}

class TreebankContext : public edau::search::SearchContext {
public:
    explicit TreebankContext(const std::vector<Sentence>& s) : m_s(s) {}
    std::optional<std::vector<std::string>> casesMatching(const std::string&, const std::string&) override {
        return std::nullopt;
    }
    std::optional<std::vector<edau::search::CodedRange>> rangesCodedWith(const std::string&) override { return std::nullopt; }
    std::string documentText(const std::string& uuid) override { return m_s.at(std::stoul(uuid)).text; }

private:
    const std::vector<Sentence>& m_s;
};

double ratio(std::size_t a, std::size_t b) { return b == 0 ? 0.0 : static_cast<double>(a) / static_cast<double>(b); }

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: search_eval TREEBANK.conllu [--errors N]\n";
        return 2;
    }
    std::size_t showErrors = 0;
    for (int i = 2; i + 1 < argc; ++i)
        if (std::string(argv[i]) == "--errors") showErrors = static_cast<std::size_t>(std::atoi(argv[i + 1]));

    const auto sentences = readTreebank(argv[1]);
    const fs::path folder = fs::temp_directory_path() / ("edau-search-eval-" + std::to_string(::getpid()));
    fs::remove_all(folder);
    auto index = edau::search::SearchIndex::open(folder.string());
    const auto t0 = std::chrono::steady_clock::now();
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        edau::search::IndexedDocument d;
        d.uuid = std::to_string(i);
        d.text = sentences[i].text;
        d.language = "cy";  // the treebank is Welsh; each passage is still guessed on its own words
        index->addOrReplace(d);
    }
    index->commit({});
    const auto t1 = std::chrono::steady_clock::now();

    std::set<std::string> lemmas;
    std::size_t targets = 0;
    for (const auto& s : sentences)
        for (const auto& t : s.tokens)
            if (t.recallTarget && t.start >= 0) {
                lemmas.insert(t.targetLemma);
                ++targets;
            }

    TreebankContext context(sentences);
    std::map<std::string, std::set<std::pair<std::size_t, std::int64_t>>> hitsOf;  // lemma → (sentence, start)
    std::size_t hits = 0, rightHits = 0, hitSentences = 0, rightSentences = 0;
    std::vector<std::string> wrong;
    for (const auto& lemma : lemmas) {
        edau::search::SearchRequest r;
        r.query = "\"" + lemma + "\"";
        r.contextCharacters = 0;
        edau::search::SearchResult found;
        try {
            found = index->search(r, context);
        } catch (const std::exception& e) {
            std::cerr << "query " << lemma << " failed: " << e.what() << '\n';
            continue;
        }
        std::set<std::size_t> sentencesHit;
        for (const auto& h : found.hits) {
            const std::size_t si = std::stoul(h.documentUuid);
            hitsOf[lemma].insert({si, h.start});
            sentencesHit.insert(si);
            ++hits;
            const Sentence& s = sentences[si];
            bool right = false;
            for (const auto& t : s.tokens)
                if (t.start == h.start) {
                    auto split = edau::text::splitClitic(t.folded);
                    right = t.lemmas.count(lemma) > 0 || t.folded == lemma || (split && fold(split->host) == lemma);
                }
            if (right) ++rightHits;
            else if (wrong.size() < showErrors) wrong.push_back(lemma + " → " + h.matched + "  [" + s.id + "]");
        }
        for (std::size_t si : sentencesHit) {
            ++hitSentences;
            bool holds = false;
            for (const auto& t : sentences[si].tokens) holds = holds || t.lemmas.count(lemma) > 0;
            if (holds) ++rightSentences;
        }
    }
    std::size_t foundTargets = 0, foundTargetSentences = 0;
    std::vector<std::string> missed;
    for (std::size_t si = 0; si < sentences.size(); ++si)
        for (const auto& t : sentences[si].tokens) {
            if (!t.recallTarget || t.start < 0) continue;
            const auto& h = hitsOf[t.targetLemma];
            if (h.count({si, t.start})) ++foundTargets;
            else if (missed.size() < showErrors) missed.push_back(t.targetLemma + " ✗ " + t.form + "  [" + sentences[si].id + "]");
            bool sentenceFound = false;
            for (const auto& [s, start] : h) sentenceFound = sentenceFound || s == si;
            if (sentenceFound) ++foundTargetSentences;
        }
    const auto t2 = std::chrono::steady_clock::now();
    fs::remove_all(folder);

    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    std::cout << "sentences indexed        " << sentences.size() << " (" << ms(t0, t1) << " ms)\n"
              << "lemma searches           " << lemmas.size() << " (" << ms(t1, t2) << " ms)\n"
              << "recall (word)            " << ratio(foundTargets, targets) << "  (" << foundTargets << "/" << targets << ")\n"
              << "recall (sentence)        " << ratio(foundTargetSentences, targets) << "  (" << foundTargetSentences << "/" << targets << ")\n"
              << "precision (hit)          " << ratio(rightHits, hits) << "  (" << rightHits << "/" << hits << ")\n"
              << "precision (sentence)     " << ratio(rightSentences, hitSentences) << "  (" << rightSentences << "/" << hitSentences << ")\n";
    if (!wrong.empty()) {
        std::cout << "\nhits that are not the lemma:\n";
        for (const auto& w : wrong) std::cout << "  " << w << '\n';
    }
    if (!missed.empty()) {
        std::cout << "\nmutated words not found:\n";
        for (const auto& m : missed) std::cout << "  " << m << '\n';
    }
    return 0;
}
