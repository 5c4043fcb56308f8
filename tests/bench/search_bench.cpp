// SPDX-License-Identifier: GPL-3.0-or-later
// Search: indexing throughput against a minimal Xapian indexer over the same text in the same
// run, query latency (p50/p95) for term, boolean, phrase and Welsh-expanded queries, and the
// index's size relative to the text.
//
// Run: build/tests/bench/search_bench [--benchmark_repetitions=3]
//   EDAU_BENCH_INDEX_DOCUMENTS  transcripts for the throughput runs (default 100, ~8k words each)
//   EDAU_BENCH_QUERY_DOCUMENTS  transcripts in the project queried for latency (default 1000)
//   EDAU_BENCH_QUERY_PROJECT    keep the queried project at this path and reuse it when it exists
//                               (building 10k transcripts takes minutes; the index is brought up
//                               to date as a user's search would, and its build time is reported)
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "bench_support.h"
#include "edau/app/search_service.h"
#include "edau/app/workbench.h"
#include "edau/import/source_reader.h"
#include "edau/search/search_index.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace {

namespace fs = std::filesystem;
constexpr int kWords = 8000;

int fromEnvironment(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::max(1, std::atoi(v)) : fallback;
}

struct Texts {
    std::vector<std::string> texts;
    std::vector<std::vector<edau::Turn>> turns;
    std::int64_t bytes = 0;
    explicit Texts(int count) {
        for (int i = 0; i < count; ++i) {
            texts.push_back(edau::bench::generateTranscript(i, kWords));
            turns.push_back(edau::detectTurns(texts.back()));
            bytes += static_cast<std::int64_t>(texts.back().size());
        }
    }
};

Texts& indexTexts() {
    static Texts t(fromEnvironment("EDAU_BENCH_INDEX_DOCUMENTS", 100));
    return t;
}

std::uintmax_t folderSize(const fs::path& folder) {
    std::uintmax_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(folder))
        if (e.is_regular_file()) total += e.file_size();
    return total;
}

/// The minimal indexer: Xapian's own TermGenerator, positions and English stems, one Xapian
/// document per paragraph, one commit at the end. No Welsh, no normalisation, no passages.
void indexBaseline(benchmark::State& state) {
    auto& t = indexTexts();
    for (auto _ : state) {
        edau::test::TempDir dir;
        Xapian::WritableDatabase db(dir.file("x"), Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator generator;
        generator.set_stemmer(Xapian::Stem("english"));
        for (const auto& text : t.texts) {
            std::size_t start = 0;
            while (start < text.size()) {
                std::size_t end = text.find("\n\n", start);
                if (end == std::string::npos) end = text.size();
                Xapian::Document doc;
                generator.set_document(doc);
                generator.index_text(text.substr(start, end - start));
                db.add_document(doc);
                start = end + 2;
            }
        }
        db.commit();
        state.counters["index_to_text"] = static_cast<double>(folderSize(dir.file("x"))) / static_cast<double>(t.bytes);
    }
    state.SetBytesProcessed(state.iterations() * t.bytes);
}

/// Edau's index alone: passages, language per passage, Welsh readings, stems, filter terms.
void indexEdau(benchmark::State& state) {
    auto& t = indexTexts();
    for (auto _ : state) {
        edau::test::TempDir dir;
        auto index = edau::search::SearchIndex::open(dir.file("x"));
        for (std::size_t i = 0; i < t.texts.size(); ++i) {
            edau::search::IndexedDocument d;
            d.uuid = "doc-" + std::to_string(i);
            d.text = t.texts[i];
            for (const auto& turn : t.turns[i]) d.turns.push_back({turn.speaker, turn.start, turn.end});
            d.language = "mixed";
            index->addOrReplace(d);
            if (i % 200 == 199) index->flush();
        }
        index->commit({});
        state.counters["index_to_text"] = static_cast<double>(folderSize(dir.file("x"))) / static_cast<double>(t.bytes);
    }
    state.SetBytesProcessed(state.iterations() * t.bytes);
}

/// What a user waits for: storing the transcripts in a new project, then its search index.
void importAndIndexEdau(benchmark::State& state) {
    auto& t = indexTexts();
    for (auto _ : state) {
        edau::test::TempDir dir;
        auto bench = edau::Workbench::create(dir.file("p.edau"), "bench");
        auto& store = bench->store();
        store.setBulkWrites(true);
        for (std::size_t i = 0; i < t.texts.size(); ++i)
            store.addDocument({"cyfweliad-" + std::to_string(i), "c.txt", "txt", "utf-8", t.texts[i], "mixed"}, t.turns[i]);
        store.setBulkWrites(false);
        edau::updateSearchIndex(*bench);
    }
    state.SetBytesProcessed(state.iterations() * t.bytes);
}

// ------------------------------------------------------------------ query latency

struct QueryProject {
    edau::test::TempDir dir;
    std::unique_ptr<edau::Workbench> bench;
    double buildSeconds = 0;
    double indexToText = 0;
    QueryProject() {
        const int count = fromEnvironment("EDAU_BENCH_QUERY_DOCUMENTS", 1000);
        const char* kept = std::getenv("EDAU_BENCH_QUERY_PROJECT");
        const std::string path = kept && *kept ? std::string(kept) : dir.file("q.edau");
        if (fs::exists(path)) {
            bench = edau::Workbench::open(path);
            const auto documents = bench->store().documents();
            std::int64_t bytes = 0;
            for (const auto& d : documents) bytes += static_cast<std::int64_t>(bench->store().documentText(d.id).size());
            report(static_cast<int>(documents.size()), bytes);
            return;
        }
        bench = edau::Workbench::create(path, "bench");
        auto& store = bench->store();
        store.setBulkWrites(true);
        std::int64_t bytes = 0;
        for (int i = 0; i < count; ++i) {
            // Vary the text a little per document so terms are not all in every passage.
            std::string text = edau::bench::generateTranscript(i, kWords);
            text += "\n\nNodyn: cyfweliad rhif " + std::to_string(i) + " gyda teulu-" + std::to_string(i % 97) + ".\n";
            bytes += static_cast<std::int64_t>(text.size());
            auto turns = edau::detectTurns(text);
            store.addDocument({"cyfweliad-" + std::to_string(i), "c.txt", "txt", "utf-8", text, "mixed"}, turns);
        }
        store.setBulkWrites(false);
        report(count, bytes);
    }
    // Brings the index up to date (built from nothing for a new project or a changed index
    // format) and says how long that took and how large the index is.
    void report(int count, std::int64_t bytes) {
        const auto t0 = std::chrono::steady_clock::now();
        auto update = edau::updateSearchIndex(*bench);
        buildSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        indexToText = static_cast<double>(folderSize(update.folder)) / static_cast<double>(bytes);
        std::fprintf(stderr, "query project: %d transcripts, %.1f MB of text, index brought up to date in %.1f s, %.2f× the text\n",
                     count, static_cast<double>(bytes) / 1e6, buildSeconds, indexToText);
    }
};

QueryProject& queryProject() {
    static QueryProject p;
    return p;
}

/// Runs each query of a class many times as a user's first screen of results (best 20 hits)
/// and reports the p50 and p95 of single-query latency in milliseconds.
void queryLatency(benchmark::State& state, const std::vector<std::string>& queries, bool countAll) {
    auto& p = queryProject();
    std::vector<double> ms;
    std::map<std::string, std::vector<double>> perQuery;
    for (auto _ : state) {
        for (const auto& q : queries) {
            edau::search::SearchRequest r;
            r.query = q;
            r.maxHits = 20;
            r.countAll = countAll;
            const auto t0 = std::chrono::steady_clock::now();
            auto result = edau::searchProject(*p.bench, r);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            perQuery[q].push_back(ms.back());
            benchmark::DoNotOptimize(result);
        }
    }
    // The slowest query of the class (by its median), so a p95 can be traced to a query.
    std::string slowest;
    double slowestMedian = -1;
    for (auto& [q, times] : perQuery) {
        std::sort(times.begin(), times.end());
        if (const double median = times[times.size() / 2]; median > slowestMedian) {
            slowestMedian = median;
            slowest = q;
        }
    }
    char label[160];
    std::snprintf(label, sizeof label, "slowest: %s (median %.1f ms)", slowest.c_str(), slowestMedian);
    state.SetLabel(label);
    std::sort(ms.begin(), ms.end());
    auto pct = [&](double f) { return ms.empty() ? 0.0 : ms[std::min(ms.size() - 1, static_cast<std::size_t>(f * static_cast<double>(ms.size())))]; };
    state.counters["p50_ms"] = pct(0.50);
    state.counters["p95_ms"] = pct(0.95);
    state.counters["index_to_text"] = p.indexToText;
}

const std::vector<std::string> kTermQueries = {"seibiant", "respite", "pathway", "spindle", "cymdogion", "teulu-42",
                                               "budget", "appointment", "Abertawe", "lockdown"};
const std::vector<std::string> kBooleanQueries = {"seibiant AND respite", "pathway OR housing", "spindle NOT dig",
                                                  "(budget OR flat) AND eighteen", "cymdogion AND bwyd AND tŷ"};
const std::vector<std::string> kPhraseQueries = {"\"day centre\"", "\"gadael gofal\"", "\"pathway plan\"",
                                                 "\"y gymuned i gyd\"", "\"no respite at all\""};
const std::vector<std::string> kWelshQueries = {"Caerdydd", "tad", "cynghorydd", "dwr", "cymuned", "ysgol", "gofalu"};

}  // namespace

BENCHMARK(indexBaseline)->Name("Index/Baseline")->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(indexEdau)->Name("Index/Edau")->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(importAndIndexEdau)->Name("Index/ImportAndIndex")->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK_CAPTURE(queryLatency, term, kTermQueries, false)->Name("Query/Term")->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK_CAPTURE(queryLatency, boolean, kBooleanQueries, false)->Name("Query/Boolean")->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK_CAPTURE(queryLatency, phrase, kPhraseQueries, false)->Name("Query/Phrase")->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK_CAPTURE(queryLatency, welsh, kWelshQueries, false)->Name("Query/WelshExpanded")->Unit(benchmark::kMillisecond)->Iterations(10)->UseRealTime();
BENCHMARK_CAPTURE(queryLatency, counted, kTermQueries, true)->Name("Query/TermCountingEveryHit")->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();

int main(int argc, char** argv) { return edau::bench::runWithRatios(argc, argv); }
