// SPDX-License-Identifier: GPL-3.0-or-later
// Applying one coding in a project of 1,000 transcripts and 100,000 codings (p50/p95), against
// a bare SQLite insert of the same row in its own transaction, measured in the same run.
// Run: build/tests/bench/coding_bench
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>

#include "bench_support.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace {

constexpr int kDocuments = 1000;
constexpr int kCodes = 50;
constexpr int kCodings = 100000;

struct Project {
    edau::test::TempDir dir;
    std::string path = dir.file("bench.edau");
    std::unique_ptr<edau::Workbench> bench;
    std::vector<edau::RowId> documents, codes;
    edau::RowId coder = 0;
    Project() {
        bench = edau::Workbench::create(path, "bench");
        auto& s = bench->store();
        s.setBulkWrites(true);
        s.write([&] {
            coder = bench->useCoder("Lowri").id;
            for (int c = 0; c < kCodes; ++c) codes.push_back(s.addCode("code " + std::to_string(c), std::nullopt).id);
            for (int d = 0; d < kDocuments; ++d) {
                edau::DocumentDraft draft{"doc " + std::to_string(d), "d.txt", "txt", "utf-8",
                                          edau::bench::generateTranscript(d, 400), "mixed"};
                documents.push_back(s.addDocument(draft).id);
            }
            std::mt19937 rng(7);
            for (int i = 0; i < kCodings; ++i) {
                std::int64_t start = rng() % 1500;
                s.addCoding(documents[rng() % kDocuments], start, start + 1 + rng() % 200, codes[rng() % kCodes], coder);
            }
        });
        s.setBulkWrites(false);
    }
};

Project& project() {
    static Project p;
    return p;
}

void report(benchmark::State& state, std::vector<double>& micros) {
    std::sort(micros.begin(), micros.end());
    if (micros.empty()) return;
    state.counters["p50_us"] = micros[micros.size() / 2];
    state.counters["p95_us"] = micros[micros.size() * 95 / 100];
}

void applyOneCoding(benchmark::State& state) {
    auto& p = project();
    auto& s = p.bench->store();
    std::mt19937 rng(11);
    std::vector<double> micros;
    for (auto _ : state) {
        auto t0 = std::chrono::steady_clock::now();
        std::int64_t start = rng() % 1500;
        s.addCoding(p.documents[rng() % kDocuments], start, start + 40, p.codes[rng() % kCodes], p.coder);
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    report(state, micros);
}

void bareSqlInsert(benchmark::State& state) {
    auto& p = project();
    // A second connection to the same file: what SQLite alone costs for one row in one
    // transaction with the same journal settings (WAL, synchronous=FULL).
    sqlite3* db = nullptr;
    sqlite3_open(p.path.c_str(), &db);
    sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO coding (uuid, document_id, start, end, code_id, coder_id, created_at, modified_at) "
                       "VALUES (?, ?, 10, 50, ?, ?, 'now', 'now')",
                       -1, &st, nullptr);
    std::mt19937 rng(13);
    std::vector<double> micros;
    int n = 0;
    for (auto _ : state) {
        auto t0 = std::chrono::steady_clock::now();
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        std::string uuid = "bench-" + std::to_string(n++);
        sqlite3_bind_text(st, 1, uuid.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 2, p.documents[rng() % kDocuments]);
        sqlite3_bind_int64(st, 3, p.codes[rng() % kCodes]);
        sqlite3_bind_int64(st, 4, p.coder);
        sqlite3_step(st);
        sqlite3_reset(st);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        micros.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    report(state, micros);
}

}  // namespace

BENCHMARK(bareSqlInsert)->Name("Coding/Baseline")->Iterations(300)->Repetitions(3)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(applyOneCoding)->Name("Coding/ApplyOne")->Iterations(300)->Repetitions(3)->ReportAggregatesOnly(true)->UseRealTime();

int main(int argc, char** argv) { return edau::bench::runWithRatios(argc, argv); }
