// SPDX-License-Identifier: GPL-3.0-or-later
// A parsed query made ready to run: fields resolved, words folded and expanded; turned into a
// Xapian query (which passages may match) and checked word by word on a passage (exact hits).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "edau/search/search_index.h"
#include "passage_analysis.h"
#include "search_query.h"

namespace edau::search::detail {

/// Term prefixes in the index (Xapian convention: capitals before a lower-case term).
inline constexpr const char* kWordPrefix = "M";      ///< accent-free word keys, with positions
inline constexpr const char* kStemPrefix = "E";      ///< English stems, without positions
inline constexpr const char* kDocumentPrefix = "U";  ///< document uuid (boolean)
inline constexpr const char* kCasePrefix = "C";      ///< case uuid (boolean)
inline constexpr const char* kSpeakerPrefix = "P";   ///< accent-free speaker name (boolean)
inline constexpr const char* kLanguagePrefix = "L";  ///< cy / en (boolean)

/// A query node with everything needed to match it.
struct PreparedNode {
    enum class FieldKind { Speaker, Cases, Code, Language };
    QueryNode::Kind kind = QueryNode::Kind::All;
    // Word and Wildcard (for a wildcard, `form`/`foldedForm` are the prefix)
    std::string form, foldedForm;
    std::vector<std::string> keys, foldedKeys;
    std::vector<std::string> stems;  ///< English stems the word stands for (see englishStems)
    // Field
    FieldKind fieldKind = FieldKind::Speaker;
    std::string fieldValue;
    std::unordered_set<std::string> cases;
    std::unordered_map<std::string, std::vector<std::pair<std::int64_t, std::int64_t>>> ranges;
    bool negated = false;  ///< under a NOT
    // Operators
    std::vector<PreparedNode> children;
    int window = 0;
    bool ordered = false;
};

/// A query ready to run.
struct PreparedQuery {
    PreparedNode root;
    SearchMode mode = SearchMode::Welsh;
    std::unordered_set<std::string> excludedForms;
    std::vector<const PreparedNode*> codeFilters;  ///< positive code: fields; hits must lie inside them
    bool hasWords = false;                         ///< false for a query of fields only
};

/// Resolves fields through the context and folds words. Throws Error(Usage) for unknown fields.
PreparedQuery prepareQuery(const QueryNode& root, const SearchRequest& request, PassageAnalyser& analyser,
                           SearchContext& context);

/// The Xapian query that finds every document in which some passage may match the query (never
/// fewer). Words, phrases and NEAR are looked for in the whole document (passages lie apart in
/// the positions, so a phrase does not run from one into the next); NOT excludes a document only
/// where what it names holds for every passage of it (case fields), since another passage of a
/// document that has the word may still match.
Xapian::Query compileQuery(const PreparedQuery& query);

/// The query for the passage list (one entry per passage, its words without positions): every
/// passage that may match (never fewer). A phrase or NEAR is all its words in the passage; NOT
/// excludes passages where what it names is sure to be there (mode welsh, or fields).
Xapian::Query compilePassageQuery(const PreparedQuery& query);

/// The index terms whose occurrences mark the passages a query may match: every word key, stem
/// and wildcard prefix not under a NOT. A passage with none of them cannot hold a word hit.
struct CandidateTerms {
    std::vector<std::string> terms;     ///< exact terms (word keys and stems)
    std::vector<std::string> prefixes;  ///< wildcard prefixes (every term starting so)
};
CandidateTerms candidateTerms(const PreparedQuery& query);

/// True when matching needs the passage's words: the query names at least one word (even under
/// NOT). A query of fields only is decided by the passage's speaker, language, case and codes.
bool needsWords(const PreparedQuery& query);

/// What the matcher needs to know about a passage.
struct PassageView {
    std::string documentUuid;
    std::string caseUuid;
    std::string speakerKey;
    std::vector<std::string> languages;  ///< "cy", "en"
    std::int64_t start = 0;              ///< code points
    std::int64_t end = 0;
    bool stems = false;                  ///< English stems apply here
};

/// One hit in a passage: token indices (inclusive) or, for a query of fields only, a range.
struct PassageHit {
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::size_t firstToken = 0;
    std::size_t lastToken = 0;
    bool wholeRange = false;  ///< no words matched: the hit is a range of the passage
    std::size_t byteStart = 0;  ///< into the passage text (word hits only)
    std::size_t byteEnd = 0;
    std::string form;           ///< the matched words' forms, space-separated (word hits only)
};

/// The passages (indices into a document's passages, in order) where an index term or, for
/// a prefix, any term starting so occurs.
using PassagesWithTerm = std::function<std::vector<std::size_t>(const std::string&)>;

/// The passages of one document that may match the query, judged from where its terms occur
/// and from the passages' fields, before any text is read: a passage lacking a word the query
/// needs there, or holding one it excludes (mode welsh, where a term is the word), is left out.
/// Never leaves out a passage the matcher would accept.
std::vector<std::size_t> passagesThatMayMatch(const PreparedQuery& query, const std::vector<PassageView>& passages,
                                              const PassagesWithTerm& withTerm, const PassagesWithTerm& withPrefix);

/// True when a passage's hits follow from which of its words carry the query's index terms, so
/// its words need not be read: mode welsh with no form left out, and a query of words,
/// wildcards, AND, OR and NOT, with speaker, lang and case fields. Phrases, NEAR and code: read.
bool decidedByTerms(const PreparedQuery& query);

/// For such a query: the indices (in order, each once) of the passage's words that are hits,
/// the same words matchPassage would find. `withTerm` and `withPrefix` give the indices of the
/// passage's words that carry a term (or any term starting with a prefix). Nullopt when this
/// passage needs its words read after all: an English stem that is also a word here may or may
/// not be that word's stem.
std::optional<std::vector<std::size_t>> hitWords(const PreparedQuery& query, const PassageView& passage,
                                                 const PassagesWithTerm& withTerm, const PassagesWithTerm& withPrefix);

/// The hits of the query in one passage; empty when it does not match.
std::vector<PassageHit> matchPassage(const PreparedQuery& query, const PassageView& passage,
                                     const std::vector<AnalysedToken>& tokens);

}  // namespace edau::search::detail
