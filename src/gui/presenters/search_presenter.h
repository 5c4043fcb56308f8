// SPDX-License-Identifier: GPL-3.0-or-later
/// The search panel's decisions without wx: the query built from filters, the word forms the
/// user ticks, KWIC rows, and the worker thread that indexes and searches off the UI thread.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "edau/app/search_service.h"
#include "edau/model/entities.h"
#include "edau/search/search_index.h"
#include "presenters/colours.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// Filters chosen beside the query box; an empty member means "any".
struct SearchFilters {
    std::string caseName;
    std::string attribute;       ///< a case attribute's name; its value below
    std::string attributeValue;
    std::string codePath;        ///< "Theme/Sub-theme", as edau::codePath writes it
};

/// True when `name` can be written as a query field (field:value): it starts with a letter and
/// holds only letters, digits, '_' and '-', which is all the query reader takes as a field name.
bool isUsableFieldName(std::string_view name);

/// `field:value`, or `field:"value"` when the value holds spaces, brackets, a colon or a
/// leading '-' (anything the query reader would otherwise split or take for an operator).
/// nullopt when the value holds a '"', which the query language cannot quote, or is empty.
std::optional<std::string> fieldTerm(std::string_view field, std::string_view value);

/// The query to run: the user's words, then one field term per filter (case:, ATTRIBUTE:,
/// code:). Words holding OR are bracketed first, so the filters apply to every alternative.
/// Filters that cannot be written (see fieldTerm) are left out; so are blank words.
std::string buildSearchQuery(std::string_view words, const SearchFilters& filters);

/// What the filter choices offer, read from the project, each list in display order.
struct SearchFilterChoices {
    struct AttributeChoice {
        std::string name;
        std::vector<std::string> values;  ///< distinct values that can be quoted
    };
    std::vector<std::string> cases;
    std::vector<AttributeChoice> attributes;  ///< only those usable as query fields
    std::vector<std::string> codePaths;       ///< parents before their children
};
SearchFilterChoices readSearchFilterChoices(const Workbench& bench);

/// The word forms a query matched, as a checklist: unticking a form searches again without it.
/// Excluded forms stay in the list (with their last count) so they can be ticked again.
class SearchForms {
public:
    struct Choice {
        std::string form;
        std::size_t hits = 0;
        bool included = true;
    };
    /// A new query: forgets the list and every exclusion.
    void clear();
    /// Takes the forms of a fresh result (which lacks the excluded ones), most frequent first,
    /// followed by the excluded forms.
    void update(const std::vector<search::FormCount>& forms);
    /// Ticks or unticks a form; returns false when nothing changed.
    bool setIncluded(const std::string& form, bool included);
    std::vector<std::string> excluded() const;
    const std::vector<Choice>& choices() const { return m_choices; }

private:
    std::vector<Choice> m_choices;
};

/// One line of the keyword-in-context list, ready to draw: the context is on one line
/// (runs of white space become one space) and trimmed at the side away from the hit.
struct KwicRow {
    RowId documentId = 0;
    std::int64_t start = 0;  ///< code points in the document's text, as the hit's
    std::int64_t end = 0;
    std::string document;
    std::string caseName;
    std::string speaker;
    std::string before;
    std::string matched;  ///< exactly the hit's matched text (white space made single spaces)
    std::string after;
};
/// Formats a hit. `contextLimit` caps each side in code points (an ellipsis marks a cut).
KwicRow kwicRow(const ProjectSearchHit& hit, std::size_t contextLimit = 80);

/// `text` with the characters that mean something in Pango markup (& < > " ') escaped, so
/// a hit's words can sit inside the markup that highlights them.
std::string escapeMarkup(std::string_view text);

/// Everything the panel keeps about the search the user is looking at.
class SearchPresenter {
public:
    /// Hits the list shows at most; totals and forms still count every hit.
    static constexpr std::size_t kMaxHitsShown = 2000;

    /// Starts a new query: the words typed, the mode and filters chosen. Forgets excluded forms
    /// unless the words and mode are the same as before (a filter change keeps them).
    void setQuery(std::string words, search::SearchMode mode, SearchFilters filters);
    /// The request for the current query; nullopt when there are no words to look for.
    std::optional<search::SearchRequest> request() const;
    /// Takes a result: rows, forms and totals.
    void showResult(const ProjectSearchResult& result);
    /// Forgets the result (a new project, a failed search).
    void clearResult();

    SearchForms& forms() { return m_forms; }
    const SearchForms& forms() const { return m_forms; }
    const std::vector<KwicRow>& rows() const { return m_rows; }
    std::size_t totalHits() const { return m_total; }
    bool totalExact() const { return m_totalExact; }
    std::size_t documentsWithHits() const { return m_documents; }
    bool hasResult() const { return m_hasResult; }
    const std::string& words() const { return m_words; }
    search::SearchMode mode() const { return m_mode; }
    const SearchFilters& filters() const { return m_filters; }

private:
    std::string m_words;
    search::SearchMode m_mode = search::SearchMode::Welsh;
    SearchFilters m_filters;
    SearchForms m_forms;
    std::vector<KwicRow> m_rows;
    std::size_t m_total = 0;
    bool m_totalExact = true;
    std::size_t m_documents = 0;
    bool m_hasResult = false;
};

/// Background and text colours that mark matched words on a list whose background is
/// `background`: amber on light themes, dark amber on dark ones, each with the text colour
/// (black or white) that contrasts more; at least 4.5:1 either way.
struct HighlightColours {
    Rgb background;
    Rgb text;
};
HighlightColours matchHighlightColours(Rgb background);

/// Runs index updates and searches on one worker thread, in order, newest search first.
///
/// Thread safety: a Workbench (its ProjectStore, one SQLite connection) is used by one thread
/// only, and the UI thread owns the main one. So the worker never touches it: each job opens
/// its own read-only Workbench on the same file (a second SQLite connection: WAL lets it read
/// beside the UI thread's writes, and read-only takes no lock), brings the Xapian index up to
/// date with it (Xapian's own lock serialises writers) and searches. Results go back through
/// `post`, which runs them on the UI thread and drops them when the window has gone. Writes
/// (autocoding) stay on the UI thread with the main Workbench, between jobs (see busy()).
class SearchWorker {
public:
    /// Runs a function on the UI thread later (the view passes wx's CallAfter).
    using Post = std::function<void(std::function<void()>)>;

    /// What a job reports, each called on the UI thread through `post`.
    struct Callbacks {
        std::function<void(std::size_t done, std::size_t total)> indexing;  ///< documents indexed so far
        std::function<void(const IndexUpdate&)> indexed;                    ///< index jobs: done
        std::function<void(const ProjectSearchResult&)> found;              ///< search jobs: done
        std::function<void(std::exception_ptr)> failed;                     ///< either kind failed
    };

    explicit SearchWorker(Post post);
    /// Stops the running job at its next progress report (a rebuild is abandoned; the old
    /// index stays in use) and waits for the thread.
    ~SearchWorker();
    SearchWorker(const SearchWorker&) = delete;
    SearchWorker& operator=(const SearchWorker&) = delete;

    /// Brings the index of the project at `projectPath` up to date (a rebuild when asked).
    void updateIndex(std::string projectPath, bool rebuild, Callbacks callbacks);
    /// Searches the project at `projectPath`, bringing its index up to date first. A search still
    /// waiting to start is dropped: only the newest query matters. A request that counts every
    /// hit is answered twice when the first screen is not all there is: at once with the best
    /// hits (`totalExact` false), then with every hit counted; a newer search stops the count.
    void search(std::string projectPath, search::SearchRequest request, Callbacks callbacks);
    /// Drops waiting jobs and stops the running one (another project was opened or closed).
    void cancelAll();
    /// True, on the UI thread, from the time a job is asked for until its answer was delivered.
    bool busy() const;

private:
    struct Job {
        bool isSearch = false;
        std::string projectPath;
        bool rebuild = false;
        search::SearchRequest request;
        Callbacks callbacks;
    };
    /// State only the UI thread touches, kept alive by posted answers that check it first.
    struct UiState {
        std::size_t outstanding = 0;
    };

    void enqueue(Job job);
    void run(std::stop_token threadStop);
    void runJob(Job& job, const std::stop_token& threadStop, const std::stop_token& jobStop);
    void deliver(std::function<void()> answer);

    Post m_post;
    std::shared_ptr<UiState> m_ui = std::make_shared<UiState>();
    mutable std::mutex m_mutex;
    std::condition_variable_any m_wake;
    std::deque<Job> m_queue;
    std::stop_source m_jobStop;  ///< the running job's; replaced for each job
    bool m_counting = false;     ///< the running job counts every hit after its first screen
    std::jthread m_thread;       ///< last member: started when everything else exists
};

}  // namespace edau::gui
