// SPDX-License-Identifier: GPL-3.0-or-later
// A framework matrix of 1,000 cases × 50 codes over 1,000,000 codings: building its grid
// (summaries and counts) against the bare SQL aggregation in the same run, and exporting it
// to XLSX and DOCX. Run: build/tests/bench/framework_bench
#include <sqlite3.h>

#include <random>

#include "bench_support.h"
#include "edau/app/export_service.h"
#include "edau/app/framework_service.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace {

constexpr int kCases = 1000;
constexpr int kCodes = 50;
constexpr int kCodings = 1000000;

struct Project {
    edau::test::TempDir dir;
    std::string path = dir.file("framework.edau");
    std::unique_ptr<edau::Workbench> bench;
    Project() {
        bench = edau::Workbench::create(path, "bench");
        auto& s = bench->store();
        std::vector<edau::RowId> caseIds, codeIds, documentIds;
        edau::RowId coder = 0;
        s.setBulkWrites(true);
        s.write([&] {
            coder = bench->useCoder("Lowri").id;
            edau::RowId theme = s.addCode("Theme", std::nullopt).id;
            for (int c = 0; c < kCodes; ++c) codeIds.push_back(s.addCode("code " + std::to_string(c), theme).id);
            std::string text = edau::bench::generateTranscript(1, 300);
            for (int i = 0; i < kCases; ++i) {
                edau::Case k = s.addCase("case " + std::to_string(i));
                edau::Document d = s.addDocument({"doc " + std::to_string(i), "d.txt", "txt", "utf-8", text, "en"});
                s.setDocumentCase(d.id, k.id);
                caseIds.push_back(k.id);
                documentIds.push_back(d.id);
            }
        });
        s.setBulkWrites(false);
        // A million codings straight into the table: the benchmark measures reading them.
        sqlite3* db = nullptr;
        sqlite3_open(path.c_str(), &db);
        sqlite3_exec(db, "PRAGMA synchronous = OFF; BEGIN", nullptr, nullptr, nullptr);
        sqlite3_stmt* st = nullptr;
        sqlite3_prepare_v2(db,
                           "INSERT INTO coding (uuid, document_id, start, end, code_id, coder_id, created_at, modified_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, 'now', 'now')",
                           -1, &st, nullptr);
        std::mt19937 rng(3);
        for (int i = 0; i < kCodings; ++i) {
            std::string uuid = "c" + std::to_string(i);
            std::int64_t start = rng() % 1000;
            sqlite3_bind_text(st, 1, uuid.c_str(), -1, SQLITE_TRANSIENT);
            sqlite3_bind_int64(st, 2, documentIds[rng() % kCases]);
            sqlite3_bind_int64(st, 3, start);
            sqlite3_bind_int64(st, 4, start + 50);
            sqlite3_bind_int64(st, 5, codeIds[rng() % kCodes]);
            sqlite3_bind_int64(st, 6, coder);
            sqlite3_step(st);
            sqlite3_reset(st);
        }
        sqlite3_finalize(st);
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        s.addMatrix("Matrix", caseIds, codeIds);
    }
};

Project& project() {
    static Project p;
    return p;
}

void bareAggregation(benchmark::State& state) {
    auto& p = project();
    sqlite3* db = nullptr;
    sqlite3_open_v2(p.path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT d.case_id, c.code_id, count(*) FROM coding c JOIN document d ON d.id = c.document_id "
                       "GROUP BY d.case_id, c.code_id",
                       -1, &st, nullptr);
    for (auto _ : state) {
        std::int64_t cells = 0;
        while (sqlite3_step(st) == SQLITE_ROW) ++cells;
        sqlite3_reset(st);
        benchmark::DoNotOptimize(cells);
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
}

void buildGrid(benchmark::State& state) {
    auto& p = project();
    for (auto _ : state) benchmark::DoNotOptimize(edau::viewMatrix(*p.bench, "Matrix", false).cells.size());
}

void exportTo(benchmark::State& state, const char* format) {
    auto& p = project();
    edau::ExportWording w;
    w.caseColumn = "Case";
    w.notCoded = "-";
    w.passagesWaiting = "Coded passages: {count}";
    w.labels = {"Quotations", "Note", "Case", "Source", "Speaker", "Position", "Quotation", "Notes"};
    std::string out = p.dir.file(std::string("matrix.") + format);
    for (auto _ : state) edau::exportMatrix(*p.bench, "Matrix", format, out, w);
}

}  // namespace

BENCHMARK(bareAggregation)->Name("Matrix/Baseline")->Unit(benchmark::kMillisecond)->Iterations(3)->Repetitions(3)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(buildGrid)->Name("Matrix/BuildGrid")->Unit(benchmark::kMillisecond)->Iterations(3)->Repetitions(3)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK_CAPTURE(exportTo, xlsx, "xlsx")->Name("Matrix/ExportXlsx")->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK_CAPTURE(exportTo, docx, "docx")->Name("Matrix/ExportDocx")->Unit(benchmark::kMillisecond)->Iterations(1)->Repetitions(3)->ReportAggregatesOnly(true)->UseRealTime();

int main(int argc, char** argv) { return edau::bench::runWithRatios(argc, argv); }
