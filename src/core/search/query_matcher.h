// SPDX-License-Identifier: GPL-3.0-or-later
// A parsed query made ready to run: fields resolved, words folded and expanded; turned into a
// Xapian query (which passages may match) and checked word by word on a passage (exact hits).
#pragma once

#include <xapian.h>

#include <cstdint>
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

/// The Xapian query that finds every passage the query can match (never fewer).
Xapian::Query compileQuery(const PreparedQuery& query);

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

/// The hits of the query in one passage; empty when it does not match.
std::vector<PassageHit> matchPassage(const PreparedQuery& query, const PassageView& passage,
                                     const std::vector<AnalysedToken>& tokens);

}  // namespace edau::search::detail
