// SPDX-License-Identifier: GPL-3.0-or-later
/// Searching a project: keeping its index current, running queries with names filled in, autocoding.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"
#include "edau/search/search_index.h"

namespace edau {

class Workbench;

/// The folder of a project's search index: beside the project file (NAME.edau-index) when it
/// lives on a local disk; in the user's cache folder, keyed by the project's uuid, when the
/// project is on a network or cloud-sync folder (an index must not be synced) or its folder
/// cannot be written. EDAU_CACHE_DIR, then XDG_CACHE_HOME, then ~/.cache name the cache.
std::string searchIndexFolder(const Workbench& bench);

/// What bringing the index up to date did.
struct IndexUpdate {
    bool rebuilt = false;                 ///< built from scratch
    std::optional<Message> reason;        ///< why it was rebuilt (new, damaged, stale, asked)
    std::size_t documentsIndexed = 0;     ///< documents (re)indexed in this update
    std::int64_t passages = 0;            ///< passages in the index afterwards
    std::string folder;
};

/// Brings the index up to date with the store: nothing when current; the documents added or
/// changed since (from the operation log) when behind; a full rebuild when it is missing,
/// damaged, from another copy of the project, built with another Welsh word list or format,
/// or when `rebuild` is true. A rebuild is written to a new folder and swapped in when
/// complete, so a crash or a full disk never leaves a half-built index in use.
IndexUpdate updateSearchIndex(Workbench& bench, bool rebuild = false, const search::IndexProgress& progress = {});

/// The search index as `check` reports it. It is derived data: no state here is a problem
/// with the project, and every one but Busy is put right by the next search or `index`.
struct SearchIndexStatus {
    enum class State { Missing, Current, Behind, NeedsRebuild, Busy };
    State state = State::Missing;
    std::string folder;
    std::int64_t changesBehind = 0;   ///< Behind: operations in the project the index has not seen
    std::optional<Message> reason;    ///< NeedsRebuild: why (damaged, another copy, another format...)
    std::int64_t passages = 0;
};
/// "missing", "current", "behind", "needs-rebuild", "busy".
const char* toString(SearchIndexStatus::State state);

/// Looks at the index without changing it.
SearchIndexStatus searchIndexStatus(const Workbench& bench);

/// One hit with the names a reader needs.
struct ProjectSearchHit {
    RowId documentId = 0;
    std::string document;
    std::string caseName;  ///< empty when the document has no case
    std::string speaker;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::string matched;
    std::string before;
    std::string after;
    std::string form;
};

/// Hits counted for one document or case.
struct HitGroup {
    std::string name;
    std::size_t hits = 0;
};

/// A search's answer, ready to show.
struct ProjectSearchResult {
    std::string query;
    search::SearchMode mode = search::SearchMode::Welsh;
    std::size_t total = 0;
    bool totalExact = true;
    std::vector<search::FormCount> forms;
    std::vector<ProjectSearchHit> hits;
    std::vector<HitGroup> documents;  ///< best document first
    std::vector<HitGroup> cases;      ///< most hits first
};

/// Runs a search after bringing the index up to date. Throws Error(Usage) for a query that
/// cannot be read, Error(NotFound) for a code: that does not exist.
ProjectSearchResult searchProject(Workbench& bench, const search::SearchRequest& request);

/// How much text around each hit autocoding codes.
enum class AutocodeUnit { Hit, Sentence, Turn, Paragraph };
/// "hit", "sentence", "turn", "paragraph".
const char* toString(AutocodeUnit unit);
std::optional<AutocodeUnit> autocodeUnitFromString(const std::string& name);

/// What autocoding did.
struct AutocodeResult {
    std::size_t hits = 0;           ///< hits of the query
    std::size_t codingsAdded = 0;   ///< ranges coded (units holding several hits are coded once)
    std::size_t alreadyCoded = 0;   ///< ranges the coder had already coded with the code
    std::size_t documents = 0;      ///< documents touched
};

/// Codes every hit of a query with the code at `codePath`, at `unit` (the sentence, turn or
/// paragraph around a hit; hits outside any turn fall back to their sentence), as `coderName`
/// (added when new) or else the current coder. One undoable action: undo removes every coding
/// it added. Throws Error(NotFound) for an unknown code, Error(Usage) when nobody is named.
AutocodeResult autocode(Workbench& bench, const search::SearchRequest& request, const std::string& codePath,
                        AutocodeUnit unit, const std::string& coderName = {});

}  // namespace edau
