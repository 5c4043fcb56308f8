// SPDX-License-Identifier: GPL-3.0-or-later
/// The project's full-text index (Xapian, beside the project): Welsh-aware search with KWIC hits.
///
/// The index is derived data. It holds one entry per document: its passages (a speaker turn,
/// or a paragraph when a document has no turns) one after another, with each word's Welsh
/// radical readings and English stem at the word's position, where each passage starts, and
/// filter terms for document, case, speakers and languages; and a list of the passages with
/// their words (no positions). A search ranks documents, then checks the passages where the
/// query's words occur, word by word. It never holds the only copy of anything: the app layer rebuilds it from the store
/// whenever it is missing, stale or damaged. Positions in results are 0-based Unicode code
/// point offsets into the document's stored NFC text, end exclusive (as everywhere in Edau).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace edau {
class Error;
}

namespace edau::search {

/// How words in a query are compared with words in the text.
enum class SearchMode {
    Welsh,    ///< Default: case- and accent-insensitive, Welsh mutations and clitics, English stems.
    Accents,  ///< As Welsh, but accents must match exactly (dŵr does not find dwr).
    Exact     ///< The surface form only (case-insensitive): no mutations, clitics, stems or accent folding.
};

/// "welsh", "accents", "exact".
const char* toString(SearchMode mode);
/// The mode named by `name`, or nullopt.
std::optional<SearchMode> searchModeFromString(const std::string& name);

/// One speaker turn of a document to index.
struct IndexedTurn {
    std::string speaker;
    std::int64_t start = 0;  ///< code points
    std::int64_t end = 0;
};

/// Everything the index needs to know about one document.
struct IndexedDocument {
    std::string uuid;
    std::string caseUuid;  ///< empty when the document belongs to no case
    std::string text;      ///< the stored NFC text
    std::vector<IndexedTurn> turns;
    std::string language;  ///< "cy", "en", "mixed" or ""
    /// True when the user chose the language at import: then it holds for every passage;
    /// otherwise each passage's language is guessed from its own words, the document's as fallback.
    bool languageSetByUser = false;
};

/// What the index has seen of the store: compared with the store to tell a current index
/// from a stale one.
struct IndexState {
    std::string projectUuid;
    std::int64_t sequence = 0;    ///< the store's change counter (newest operation) when last updated
    std::string operationUuid;    ///< that operation's uuid (a copy of the project diverges here)
    std::string lexiconSignature; ///< which Welsh word list the radical readings came from
    bool formatCurrent = true;    ///< false when the index was written by another index format
};

/// A coded range, for `code:` in queries.
struct CodedRange {
    std::string documentUuid;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

/// What the search needs from the project while it runs: field values and document texts.
/// The app layer implements it over the store, so the index never needs updating when a case's
/// attributes or the codings change.
class SearchContext {
public:
    virtual ~SearchContext() = default;
    /// Case uuids matching `field:value` for `case:` and for case attributes (`la:Caerdydd`);
    /// nullopt when `field` is neither `case` nor an attribute (the query is then refused).
    virtual std::optional<std::vector<std::string>> casesMatching(const std::string& field, const std::string& value) = 0;
    /// The ranges coded with the code named `path` (and its sub-codes); nullopt when there is no such code.
    virtual std::optional<std::vector<CodedRange>> rangesCodedWith(const std::string& path) = 0;
    /// The stored text of a document; empty when the document no longer exists.
    virtual std::string documentText(const std::string& documentUuid) = 0;
};

/// A search to run.
struct SearchRequest {
    std::string query;
    SearchMode mode = SearchMode::Welsh;
    std::vector<std::string> excludedForms;  ///< word forms (as listed in SearchResult::forms) to drop
    std::size_t maxHits = 0;                 ///< 0: every hit
    /// True: look at every matching passage, so totals and form counts are exact. False: stop
    /// once maxHits hits are found, best passages first (a first screen of results, fast).
    bool countAll = true;
    std::size_t contextCharacters = 60;      ///< code points of context either side of a hit
    /// Asked between documents while the search runs; true abandons it, and the result holds
    /// what was found so far (totalExact false). Lets a newer query stop an older count.
    std::function<bool()> cancelled;
};

/// One keyword-in-context hit.
struct SearchHit {
    std::string documentUuid;
    std::string caseUuid;
    std::string speaker;       ///< of the passage; empty when the document has no turns
    std::int64_t start = 0;    ///< code points, the first matched word
    std::int64_t end = 0;      ///< end of the last matched word
    std::string matched;       ///< the stored text between start and end
    std::string before;        ///< context, on one line
    std::string after;
    std::string form;          ///< the matched word form, case-folded (what `excludedForms` names)
    double weight = 0;         ///< relevance of the document it is in (BM25)
};

/// How often one word form matched.
struct FormCount {
    std::string form;
    std::size_t hits = 0;
};

/// How many hits one document holds.
struct DocumentHits {
    std::string documentUuid;
    std::string caseUuid;
    std::size_t hits = 0;
};

/// The result of a search: hits grouped by document (best document first, then by position).
struct SearchResult {
    std::vector<SearchHit> hits;   ///< at most maxHits
    std::size_t totalHits = 0;     ///< every hit found (a lower bound when countAll was false)
    bool totalExact = true;        ///< false when the search stopped early (countAll false)
    std::size_t passages = 0;      ///< passages with at least one hit
    std::vector<FormCount> forms;  ///< most frequent first
    std::vector<DocumentHits> documents;  ///< every document with hits, best first (as the hits)
};

/// True when `error` says another program is writing the index at this moment (retry later),
/// as opposed to a damaged index (rebuild it).
bool isIndexBusy(const class edau::Error& error);

/// Reports indexing progress: documents done and to do.
using IndexProgress = std::function<void(std::size_t done, std::size_t total)>;

/// A Xapian index in a folder. One writer at a time (Xapian's own lock); searches see the
/// last committed state.
class SearchIndex {
public:
    /// Opens the index in `folder`, creating an empty one when the folder does not exist.
    /// Throws Error(Project) when the folder holds a damaged index or one another program is
    /// writing (the caller rebuilds or retries), Error(Environment) when it cannot be created.
    static std::unique_ptr<SearchIndex> open(const std::string& folder);
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    /// What the index last recorded of the store (committed with commit()).
    IndexState state() const;
    /// The signature of the Welsh word list this process uses; an index built with another must be rebuilt.
    static std::string currentLexiconSignature();

    /// Indexes a document's passages, replacing whatever the index held for it.
    void addOrReplace(const IndexedDocument& document);
    /// Forgets a document.
    void remove(const std::string& documentUuid);
    /// Writes the changes so far to disk without recording a store state (long rebuilds flush
    /// every few hundred documents: less memory, and faster than one huge flush).
    void flush();
    /// Makes the changes since the last commit visible, together with the store state they reflect.
    void commit(const IndexState& state);

    /// Writes a compact copy of the committed index to `folder` (which must not exist): a
    /// freshly built index shrinks to about half, and searches read fewer blocks.
    void compactTo(const std::string& folder) const;

    /// Number of passages indexed.
    std::int64_t passageCount() const;
    /// Uuids of the documents indexed.
    std::vector<std::string> documentUuids() const;

    /// Runs a query (Xapian syntax: words, "phrases", AND, OR, NOT, NEAR, NEAR/n, wildcards
    /// such as cymun*, parentheses, fields speaker: case: code: lang: and case attributes).
    /// Words side by side must all occur in a passage (AND). Throws Error(Usage) for a query
    /// that cannot be read or names an unknown field, saying where and why.
    SearchResult search(const SearchRequest& request, SearchContext& context) const;

private:
    struct Impl;
    explicit SearchIndex(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace edau::search
