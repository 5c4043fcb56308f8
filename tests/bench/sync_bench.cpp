// SPDX-License-Identifier: GPL-3.0-or-later
// Teamwork: a sync round that applies 10,000 operations from another copy's journal, against
// the same 10,000 codings written locally (one transaction) in the same run; the journal's size
// per coding; and REFI-QDA export and import of a 1,000-transcript project, against a plain
// SQLite copy of the same project.
//
// Run: build/tests/bench/sync_bench
//   EDAU_BENCH_SYNC_OPERATIONS   codings in the round (default 10000)
//   EDAU_BENCH_QDPX_DOCUMENTS    transcripts in the exchanged project (default 1000)
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "bench_support.h"
#include "edau/app/exchange_service.h"
#include "edau/app/sync_service.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace {

namespace fs = std::filesystem;

int fromEnvironment(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::max(1, std::atoi(v)) : fallback;
}

constexpr int kDocuments = 50;
constexpr int kCodes = 30;

/// A base project, a colleague's copy that made N codings and synced them to a folder, and
/// the journal those codings travel in.
struct SyncSetup {
    edau::test::TempDir dir;
    std::string base = dir.file("base.edau");
    std::string folder = (dir.path() / "shared").string();
    int operations = fromEnvironment("EDAU_BENCH_SYNC_OPERATIONS", 10000);
    std::uintmax_t journalBytes = 0;
    std::int64_t sent = 0;

    SyncSetup() {
        fs::create_directory(folder);
        {
            auto bench = edau::Workbench::create(base, "bench");
            auto& s = bench->store();
            s.setBulkWrites(true);
            s.write([&] {
                bench->useCoder("Arweinydd");
                for (int c = 0; c < kCodes; ++c) s.addCode("code " + std::to_string(c), std::nullopt);
                for (int d = 0; d < kDocuments; ++d)
                    s.addDocument({"doc " + std::to_string(d), "d.txt", "txt", "utf-8", edau::bench::generateTranscript(d, 2000), "mixed"});
            });
            s.setBulkWrites(false);
        }
        // The base's own history is shared by every copy; the colleague's journal starts with it.
        fs::copy_file(base, dir.file("colleague.edau"));
        auto colleague = edau::Workbench::open(dir.file("colleague.edau"));
        syncProject(*colleague, folder);
        std::uintmax_t before = journalSize();
        codeRandomly(*colleague, operations);
        sent = syncProject(*colleague, folder).sent;
        journalBytes = journalSize() - before;
    }

    std::uintmax_t journalSize() const {
        std::uintmax_t total = 0;
        for (const auto& e : fs::directory_iterator(folder)) total += e.file_size();
        return total;
    }

    static void codeRandomly(edau::Workbench& bench, int count) {
        auto& s = bench.store();
        std::mt19937 random(7);
        auto docs = s.documents();
        auto codes = s.codes();
        edau::RowId coder = bench.useCoder("Lowri").id;
        s.write([&] {
            for (int i = 0; i < count; ++i) {
                const auto& d = docs[random() % docs.size()];
                std::int64_t start = static_cast<std::int64_t>(random() % static_cast<unsigned>(d.characters - 200));
                s.addCoding(d.id, start, start + 20 + static_cast<std::int64_t>(random() % 150), codes[random() % codes.size()].id, coder);
            }
        });
    }
};

SyncSetup& syncSetup() {
    static SyncSetup setup;
    return setup;
}

/// Baseline: the same number of codings written by the store locally, in one transaction.
void localWrites(benchmark::State& state) {
    auto& setup = syncSetup();
    for (auto _ : state) {
        state.PauseTiming();
        edau::test::TempDir dir;
        fs::copy_file(setup.base, dir.file("mine.edau"));
        auto mine = edau::Workbench::open(dir.file("mine.edau"));
        state.ResumeTiming();
        SyncSetup::codeRandomly(*mine, setup.operations);
    }
    state.SetItemsProcessed(state.iterations() * setup.operations);
}

/// One sync round that reads the colleague's journal and applies its operations.
void syncRound(benchmark::State& state) {
    auto& setup = syncSetup();
    std::int64_t applied = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edau::test::TempDir dir;
        fs::copy_file(setup.base, dir.file("mine.edau"));
        auto mine = edau::Workbench::open(dir.file("mine.edau"));
        state.ResumeTiming();
        applied = syncProject(*mine, setup.folder).applied;
    }
    state.SetItemsProcessed(state.iterations() * setup.operations);
    state.counters["applied"] = static_cast<double>(applied);
    state.counters["journal_bytes_per_coding"] =
        static_cast<double>(setup.journalBytes) / static_cast<double>(std::max<std::int64_t>(1, setup.sent));
}

/// A project of many transcripts with codings, for the exchange runs.
struct ExchangeSetup {
    edau::test::TempDir dir;
    std::string project = dir.file("study.edau");
    int documents = fromEnvironment("EDAU_BENCH_QDPX_DOCUMENTS", 1000);
    std::int64_t bytes = 0;
    ExchangeSetup() {
        auto bench = edau::Workbench::create(project, "study");
        auto& s = bench->store();
        s.setBulkWrites(true);
        s.write([&] {
            edau::RowId coder = bench->useCoder("Lowri").id;
            std::vector<edau::RowId> codes;
            for (int c = 0; c < kCodes; ++c) codes.push_back(s.addCode("code " + std::to_string(c), std::nullopt).id);
            std::mt19937 random(11);
            for (int d = 0; d < documents; ++d) {
                std::string text = edau::bench::generateTranscript(d, 1500);
                bytes += static_cast<std::int64_t>(text.size());
                auto doc = s.addDocument({"doc " + std::to_string(d), "d.txt", "txt", "utf-8", text, "mixed"});
                for (int k = 0; k < 10; ++k) {
                    std::int64_t start = static_cast<std::int64_t>(random() % static_cast<unsigned>(doc.characters - 200));
                    s.addCoding(doc.id, start, start + 100, codes[random() % codes.size()], coder);
                }
            }
        });
        s.setBulkWrites(false);
    }
};

ExchangeSetup& exchangeSetup() {
    static ExchangeSetup setup;
    return setup;
}

/// Baseline: a consistent copy of the whole project file (SQLite's online backup).
void copyProject(benchmark::State& state) {
    auto& setup = exchangeSetup();
    auto bench = edau::Workbench::open(setup.project, {.readOnly = true});
    for (auto _ : state) {
        edau::test::TempDir dir;
        bench->saveCopy(dir.file("copy.edau"));
    }
    state.SetBytesProcessed(state.iterations() * setup.bytes);
}

void exportQdpx(benchmark::State& state) {
    auto& setup = exchangeSetup();
    auto bench = edau::Workbench::open(setup.project, {.readOnly = true});
    for (auto _ : state) {
        edau::test::TempDir dir;
        edau::exportQdpx(*bench, dir.file("study.qdpx"));
    }
    state.SetBytesProcessed(state.iterations() * setup.bytes);
}

void importQdpx(benchmark::State& state) {
    auto& setup = exchangeSetup();
    edau::test::TempDir source;
    {
        auto bench = edau::Workbench::open(setup.project, {.readOnly = true});
        edau::exportQdpx(*bench, source.file("study.qdpx"));
    }
    for (auto _ : state) {
        edau::test::TempDir dir;
        auto fresh = edau::Workbench::create(dir.file("imported.edau"), "imported");
        edau::importQdpx(*fresh, source.file("study.qdpx"));
    }
    state.SetBytesProcessed(state.iterations() * setup.bytes);
}

}  // namespace

BENCHMARK(localWrites)->Name("Sync/Baseline")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(syncRound)->Name("Sync/Round")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(copyProject)->Name("Exchange/Baseline")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(exportQdpx)->Name("Exchange/ExportQdpx")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();
BENCHMARK(importQdpx)->Name("Exchange/ImportQdpx")->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

int main(int argc, char** argv) { return edau::bench::runWithRatios(argc, argv); }
