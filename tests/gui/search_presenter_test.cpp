// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the search panel's presenter: queries from filters, word forms, KWIC rows, the worker.
#include "presenters/search_presenter.h"

#include <gtest/gtest.h>

#include <chrono>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

SearchFilters filters(std::string caseName, std::string attribute, std::string value, std::string codePath) {
    SearchFilters f;
    f.caseName = std::move(caseName);
    f.attribute = std::move(attribute);
    f.attributeValue = std::move(value);
    f.codePath = std::move(codePath);
    return f;
}

// --- the query built from the filters: a table of cases, as Xapian's own tests are written.

struct QueryCase {
    const char* words;
    SearchFilters filters;
    const char* expected;
};

TEST(SearchQuery, FiltersBecomeFieldsQuotedWhereNeeded) {
    const QueryCase cases[] = {
        {"Caerdydd", {}, "Caerdydd"},
        {"  Caerdydd  ", {}, "Caerdydd"},
        {"", filters("carer-01-sian", "", "", ""), ""},
        {"   ", filters("", "", "", "Support"), ""},
        {"seibiant", filters("carer-01-sian", "", "", ""), "seibiant case:carer-01-sian"},
        {"seibiant", filters("Siân Jones", "", "", ""), "seibiant case:\"Siân Jones\""},
        {"dad", filters("", "local_authority", "Rhondda Cynon Taf", ""),
         "dad local_authority:\"Rhondda Cynon Taf\""},
        {"dad", filters("", "age_band", "45-54", ""), "dad age_band:45-54"},
        {"dad", filters("", "age_band", "", ""), "dad"},
        {"dad", filters("", "", "", "Support/Formal services"), "dad code:\"Support/Formal services\""},
        {"dad", filters("", "", "", "Support/Respite"), "dad code:Support/Respite"},
        {"mam OR dad", filters("x", "", "", ""), "(mam OR dad) case:x"},
        {"\"mam OR dad\"", filters("x", "", "", ""), "\"mam OR dad\" case:x"},
        {"ORiel", filters("x", "", "", ""), "ORiel case:x"},
        {"a", filters("x", "role", "carer", "Wellbeing"),
         "a case:x role:carer code:Wellbeing"},
        // A value with a double quote cannot be written in the query language: it is left out.
        {"a", filters("say \"hi\"", "", "", ""), "a"},
        // So is an attribute whose name is no field name.
        {"a", filters("", "age band", "18-24", ""), "a"},
        // A value that would read as an operator or a field is quoted.
        {"a", filters("-x", "", "", ""), "a case:\"-x\""},
        {"a", filters("time:10", "", "", ""), "a case:\"time:10\""},
        {"a", filters("(x)", "", "", ""), "a case:\"(x)\""},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(buildSearchQuery(c.words, c.filters), c.expected) << "words: " << c.words;
    }
}

TEST(SearchQuery, FieldNamesAreWhatTheQueryReaderTakes) {
    EXPECT_TRUE(isUsableFieldName("local_authority"));
    EXPECT_TRUE(isUsableFieldName("age-band"));
    EXPECT_TRUE(isUsableFieldName("ardal"));
    EXPECT_TRUE(isUsableFieldName("oedran2"));
    EXPECT_TRUE(isUsableFieldName("ŵyr"));
    EXPECT_FALSE(isUsableFieldName(""));
    EXPECT_FALSE(isUsableFieldName("age band"));
    EXPECT_FALSE(isUsableFieldName("2nd"));
    EXPECT_FALSE(isUsableFieldName("_x"));
    EXPECT_FALSE(isUsableFieldName("a:b"));
}

TEST(SearchQuery, RequestCarriesModeAndExcludedForms) {
    SearchPresenter presenter;
    presenter.setQuery("Caerdydd", search::SearchMode::Accents, filters("carer-02-llyr", "", "", ""));
    auto request = presenter.request();
    ASSERT_TRUE(request);
    EXPECT_EQ(request->query, "Caerdydd case:carer-02-llyr");
    EXPECT_EQ(request->mode, search::SearchMode::Accents);
    EXPECT_TRUE(request->countAll);
    EXPECT_EQ(request->maxHits, SearchPresenter::kMaxHitsShown);
    EXPECT_TRUE(request->excludedForms.empty());

    presenter.setQuery("   ", search::SearchMode::Welsh, {});
    EXPECT_FALSE(presenter.request());
}

// --- word forms

TEST(SearchForms, UntickingAFormExcludesItAndKeepsItListed) {
    SearchPresenter presenter;
    presenter.setQuery("Caerdydd", search::SearchMode::Welsh, {});
    ProjectSearchResult result;
    result.forms = {{"caerdydd", 5}, {"nghaerdydd", 3}, {"gaerdydd", 1}};
    presenter.showResult(result);
    ASSERT_EQ(presenter.forms().choices().size(), 3u);

    EXPECT_TRUE(presenter.forms().setIncluded("nghaerdydd", false));
    EXPECT_FALSE(presenter.forms().setIncluded("nghaerdydd", false));  // no change
    EXPECT_FALSE(presenter.forms().setIncluded("nosuchform", false));
    EXPECT_EQ(presenter.request()->excludedForms, std::vector<std::string>{"nghaerdydd"});

    // The result of the narrowed search lacks the form; the list still offers it, unticked.
    result.forms = {{"caerdydd", 5}, {"gaerdydd", 1}};
    presenter.showResult(result);
    const auto& choices = presenter.forms().choices();
    ASSERT_EQ(choices.size(), 3u);
    EXPECT_EQ(choices[0].form, "caerdydd");
    EXPECT_TRUE(choices[0].included);
    EXPECT_EQ(choices[2].form, "nghaerdydd");
    EXPECT_FALSE(choices[2].included);
    EXPECT_EQ(choices[2].hits, 3u);

    // A filter change keeps the exclusion; new words forget it.
    presenter.setQuery("Caerdydd", search::SearchMode::Welsh, filters("x", "", "", ""));
    EXPECT_EQ(presenter.request()->excludedForms, std::vector<std::string>{"nghaerdydd"});
    presenter.setQuery("Caerdydd", search::SearchMode::Exact, {});
    EXPECT_TRUE(presenter.request()->excludedForms.empty());
}

TEST(SearchForms, TickingAgainBringsTheFormBack) {
    SearchForms forms;
    forms.update({{"mam", 2}, {"fam", 1}});
    forms.setIncluded("fam", false);
    forms.update({{"mam", 2}});
    forms.setIncluded("fam", true);
    EXPECT_TRUE(forms.excluded().empty());
    forms.update({{"mam", 2}, {"fam", 1}});
    EXPECT_EQ(forms.choices().size(), 2u);
}

// --- KWIC rows

TEST(KwicRow, ContextOnOneLineAndTheMatchExactlyAsFound) {
    ProjectSearchHit hit;
    hit.documentId = 7;
    hit.document = "carer-01-sian";
    hit.speaker = "Siân";
    hit.start = 120;
    hit.end = 130;
    hit.before = "Mae fy chwaer\n yn byw yng ";
    hit.matched = "Nghaerdydd";
    hit.after = ", a doedd hi\tddim";
    const KwicRow row = kwicRow(hit);
    EXPECT_EQ(row.before, "Mae fy chwaer yn byw yng ");
    EXPECT_EQ(row.matched, "Nghaerdydd");
    EXPECT_EQ(row.after, ", a doedd hi ddim");
    EXPECT_EQ(row.documentId, 7);
    EXPECT_EQ(row.start, 120);
    EXPECT_EQ(row.end, 130);
    EXPECT_EQ(row.speaker, "Siân");
}

TEST(KwicRow, LongContextIsCutAwayFromTheHit) {
    ProjectSearchHit hit;
    hit.before = "ŵŵŵŵŵabcde ";
    hit.matched = "tŷ";
    hit.after = " fghijŷŷŷŷŷ";
    const KwicRow row = kwicRow(hit, 6);
    EXPECT_EQ(row.before, "…abcde ");
    EXPECT_EQ(row.after, " fghij…");
    EXPECT_EQ(row.matched, "tŷ");
}

TEST(KwicRow, MarkupIsEscaped) {
    EXPECT_EQ(escapeMarkup("a<b> & \"c\" 'd'"), "a&lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;");
    EXPECT_EQ(escapeMarkup("Nghaerdydd"), "Nghaerdydd");
}

TEST(KwicRow, HighlightContrastsOnLightAndDarkLists) {
    for (const Rgb background : {Rgb{255, 255, 255}, Rgb{246, 245, 244}, Rgb{30, 30, 30}, Rgb{53, 53, 53}, Rgb{0, 0, 0}}) {
        const HighlightColours colours = matchHighlightColours(background);
        EXPECT_GE(contrastRatio(colours.background, colours.text), 4.5);
        // The mark itself stands out from the list around it.
        EXPECT_GE(contrastRatio(colours.background, background), 1.4);
    }
}

// --- the worker, against the sample project

/// Runs posted answers on this thread, as the UI's event loop would.
class PostQueue {
public:
    SearchWorker::Post post() {
        return [this](std::function<void()> task) {
            std::lock_guard lock(m_mutex);
            m_tasks.push_back(std::move(task));
        };
    }
    /// Runs answers until `done` or the time is up.
    bool runUntil(const std::function<bool()>& done, std::chrono::seconds limit = std::chrono::seconds(60)) {
        const auto end = std::chrono::steady_clock::now() + limit;
        while (!done()) {
            if (std::chrono::steady_clock::now() > end) return false;
            std::function<void()> task;
            {
                std::lock_guard lock(m_mutex);
                if (!m_tasks.empty()) {
                    task = std::move(m_tasks.front());
                    m_tasks.pop_front();
                }
            }
            if (task) {
                task();
            } else {
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        }
        return true;
    }

private:
    std::mutex m_mutex;
    std::deque<std::function<void()>> m_tasks;
};

class SearchWorkerTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_project = buildSampleProject(m_dir.file("sample"));
        // The UI thread's own Workbench holds the writer's lock, as in the app.
        m_bench = Workbench::open(m_project);
    }
    test::TempDir m_dir;
    std::string m_project;
    std::unique_ptr<Workbench> m_bench;
};

TEST_F(SearchWorkerTest, IndexesThenSearchesOffTheCallingThread) {
    PostQueue queue;
    SearchWorker worker(queue.post());
    bool indexed = false, reportedProgress = false;
    SearchWorker::Callbacks indexCallbacks;
    indexCallbacks.indexing = [&](std::size_t, std::size_t) { reportedProgress = true; };
    indexCallbacks.indexed = [&](const IndexUpdate& update) {
        indexed = true;
        EXPECT_TRUE(update.rebuilt);
    };
    indexCallbacks.failed = [&](std::exception_ptr) { ADD_FAILURE() << "index update failed"; };
    worker.updateIndex(m_project, false, indexCallbacks);
    EXPECT_TRUE(worker.busy());
    ASSERT_TRUE(queue.runUntil([&] { return indexed; }));
    EXPECT_TRUE(reportedProgress);

    std::optional<ProjectSearchResult> found;
    SearchWorker::Callbacks searchCallbacks;
    searchCallbacks.found = [&](const ProjectSearchResult& result) { found = result; };
    searchCallbacks.failed = [&](std::exception_ptr) { ADD_FAILURE() << "search failed"; };
    SearchPresenter presenter;
    presenter.setQuery("Caerdydd", search::SearchMode::Welsh, {});
    worker.search(m_project, *presenter.request(), searchCallbacks);
    ASSERT_TRUE(queue.runUntil([&] { return found.has_value() && !worker.busy(); }));
    EXPECT_GT(found->total, 0u);
    presenter.showResult(*found);
    bool mutated = false;
    for (const auto& row : presenter.rows()) {
        EXPECT_GT(row.documentId, 0);
        EXPECT_LT(row.start, row.end);
        if (row.matched == "Nghaerdydd") mutated = true;
    }
    EXPECT_TRUE(mutated) << "a search for Caerdydd finds yng Nghaerdydd";
}

TEST_F(SearchWorkerTest, OnlyTheNewestWaitingSearchRuns) {
    PostQueue queue;
    SearchWorker worker(queue.post());
    std::vector<std::string> answered;
    auto callbacksFor = [&](std::string name) {
        SearchWorker::Callbacks c;
        c.found = [&answered, name](const ProjectSearchResult&) { answered.push_back(name); };
        c.failed = [&answered, name](std::exception_ptr) { answered.push_back(name + " failed"); };
        return c;
    };
    search::SearchRequest request;
    request.query = "gofal";
    worker.updateIndex(m_project, false, {});
    worker.search(m_project, request, callbacksFor("first"));
    worker.search(m_project, request, callbacksFor("second"));
    worker.search(m_project, request, callbacksFor("third"));
    ASSERT_TRUE(queue.runUntil([&] { return !worker.busy(); }));
    EXPECT_EQ(answered, std::vector<std::string>{"third"});
}

TEST_F(SearchWorkerTest, TheBestHitsComeFirstThenEveryHitCounted) {
    PostQueue queue;
    SearchWorker worker(queue.post());
    std::vector<ProjectSearchResult> answers;
    SearchWorker::Callbacks callbacks;
    callbacks.found = [&](const ProjectSearchResult& result) { answers.push_back(result); };
    callbacks.failed = [&](std::exception_ptr) { ADD_FAILURE() << "search failed"; };
    search::SearchRequest request;
    request.query = "yn";  // in nearly every Welsh sentence of the sample
    request.maxHits = 3;
    request.countAll = true;
    worker.search(m_project, request, callbacks);
    ASSERT_TRUE(queue.runUntil([&] { return !worker.busy(); }));
    ASSERT_EQ(answers.size(), 2u);
    EXPECT_FALSE(answers[0].totalExact);
    EXPECT_TRUE(answers[1].totalExact);
    EXPECT_GT(answers[1].total, answers[0].total);
    ASSERT_EQ(answers[0].hits.size(), 3u);
    ASSERT_EQ(answers[1].hits.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        EXPECT_EQ(answers[0].hits[i].documentId, answers[1].hits[i].documentId);
        EXPECT_EQ(answers[0].hits[i].start, answers[1].hits[i].start);
    }

    // A query with fewer hits than asked for is answered once: the first screen is all there is.
    answers.clear();
    request.query = "Nghaerdydd";
    request.maxHits = 100;
    worker.search(m_project, request, callbacks);
    ASSERT_TRUE(queue.runUntil([&] { return !worker.busy(); }));
    ASSERT_EQ(answers.size(), 1u);
    EXPECT_TRUE(answers[0].totalExact);
}

TEST_F(SearchWorkerTest, AQueryThatCannotBeReadIsReportedAsAFailure) {
    PostQueue queue;
    SearchWorker worker(queue.post());
    bool failed = false;
    SearchWorker::Callbacks callbacks;
    callbacks.failed = [&](std::exception_ptr) { failed = true; };
    search::SearchRequest request;
    request.query = "\"not closed";
    worker.search(m_project, request, callbacks);
    ASSERT_TRUE(queue.runUntil([&] { return !worker.busy(); }));
    EXPECT_TRUE(failed);
}

TEST_F(SearchWorkerTest, AnswersAfterTheWorkerHasGoneAreDropped) {
    PostQueue queue;
    bool answered = false;
    {
        SearchWorker worker(queue.post());
        SearchWorker::Callbacks callbacks;
        callbacks.indexed = [&](const IndexUpdate&) { answered = true; };
        worker.updateIndex(m_project, true, callbacks);
    }  // destroyed at once: the rebuild is stopped or its answer dropped
    queue.runUntil([] { return false; }, std::chrono::seconds(1));
    EXPECT_FALSE(answered);
}

TEST_F(SearchWorkerTest, FilterChoicesComeFromTheProject) {
    const SearchFilterChoices choices = readSearchFilterChoices(*m_bench);
    EXPECT_FALSE(choices.cases.empty());
    EXPECT_NE(std::find(choices.codePaths.begin(), choices.codePaths.end(), "Support/Respite"), choices.codePaths.end());
    bool hasAuthority = false;
    for (const auto& a : choices.attributes) {
        if (a.name != "local_authority") continue;
        hasAuthority = true;
        EXPECT_NE(std::find(a.values.begin(), a.values.end(), "Caerdydd"), a.values.end());
    }
    EXPECT_TRUE(hasAuthority);
}

}  // namespace
}  // namespace edau::gui
