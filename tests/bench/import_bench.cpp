// SPDX-License-Identifier: GPL-3.0-or-later
// Import throughput (MB of text per second) for txt, docx and pdf transcripts, against a
// baseline that only reads the same bytes and decodes them. Run: build/tests/bench/import_bench
#include <zip.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench_support.h"
#include "edau/app/import_service.h"
#include "edau/app/workbench.h"
#include "edau/import/source_reader.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace {

namespace fs = std::filesystem;
constexpr int kDocuments = 24;
constexpr int kWords = 8000;

std::string xmlEscape(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

void writeDocx(const std::string& path, const std::string& text) {
    std::string body;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + xmlEscape(line) + "</w:t></w:r></w:p>";
    std::string document =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document "
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        body + "</w:body></w:document>";
    std::string types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
        "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    std::string rels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
        "Target=\"word/document.xml\"/></Relationships>";
    int error = 0;
    zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!z) throw std::runtime_error("cannot create " + path);
    std::vector<std::string> keep = {types, rels, document};
    const char* names[] = {"[Content_Types].xml", "_rels/.rels", "word/document.xml"};
    for (int i = 0; i < 3; ++i) {
        zip_source_t* src = zip_source_buffer(z, keep[static_cast<std::size_t>(i)].data(), keep[static_cast<std::size_t>(i)].size(), 0);
        zip_file_add(z, names[i], src, ZIP_FL_ENC_UTF_8);
    }
    zip_close(z);
}

/// A plain PDF with the text in Helvetica (WinAnsi: letters outside it become their base letter).
void writePdf(const std::string& path, const std::string& text) {
    std::string ascii;
    for (std::size_t i = 0; i < text.size(); ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            ascii += (c == '(' || c == ')' || c == '\\') ? ' ' : static_cast<char>(c);
        } else if ((c & 0xE0) == 0xC0) {
            ascii += c == 0xC5 ? (static_cast<unsigned char>(text[i + 1]) >= 0xB6 ? 'y' : 'w') : 'a';
            ++i;
        } else {
            ascii += '\'';
            i += (c & 0xF0) == 0xE0 ? 2 : 3;
        }
    }
    // Wrap into lines of at most 95 characters; a blank line between paragraphs.
    std::vector<std::string> lines;
    std::istringstream paras(ascii);
    for (std::string para; std::getline(paras, para);) {
        if (para.empty()) {
            lines.emplace_back();
            continue;
        }
        std::string line;
        std::istringstream words(para);
        for (std::string w; words >> w;) {
            if (line.size() + w.size() + 1 > 95) {
                lines.push_back(line);
                line.clear();
            }
            line += (line.empty() ? "" : " ") + w;
        }
        lines.push_back(line);
    }
    std::vector<std::string> objects;
    std::vector<int> pageIds;
    const int linesPerPage = 60;
    int pageCount = static_cast<int>((lines.size() + linesPerPage - 1) / linesPerPage);
    // Object numbering: 1 catalog, 2 pages, 3 font, then (page, content) pairs.
    std::string kids;
    for (int p = 0; p < pageCount; ++p) kids += std::to_string(4 + 2 * p) + " 0 R ";
    objects.push_back("<< /Type /Catalog /Pages 2 0 R >>");
    objects.push_back("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(pageCount) + " >>");
    objects.push_back("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    for (int p = 0; p < pageCount; ++p) {
        std::string stream = "BT /F1 10 Tf 40 800 Td 12 TL\n";
        for (int l = p * linesPerPage; l < std::min<int>((p + 1) * linesPerPage, static_cast<int>(lines.size())); ++l)
            stream += "(" + lines[static_cast<std::size_t>(l)] + ") Tj T*\n";
        stream += "ET";
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                          "/Contents " + std::to_string(5 + 2 * p) + " 0 R >>");
        objects.push_back("<< /Length " + std::to_string(stream.size()) + " >>\nstream\n" + stream + "\nendstream");
    }
    std::string pdf = "%PDF-1.4\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    std::size_t xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (auto off : offsets) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
        pdf += buf;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    std::ofstream(path, std::ios::binary) << pdf;
}

struct Corpus {
    edau::test::TempDir dir;
    std::vector<std::string> txt, docx, pdf;
    std::int64_t textBytes = 0;
    Corpus() {
        for (int i = 0; i < kDocuments; ++i) {
            std::string text = edau::bench::generateTranscript(i, kWords);
            textBytes += static_cast<std::int64_t>(text.size());
            std::string stem = "cyfweliad-" + std::to_string(i);
            txt.push_back(dir.file(stem + ".txt"));
            edau::test::writeFile(txt.back(), text);
            docx.push_back(dir.file(stem + ".docx"));
            writeDocx(docx.back(), text);
            pdf.push_back(dir.file(stem + ".pdf"));
            writePdf(pdf.back(), text);
        }
    }
};

Corpus& corpus() {
    static Corpus c;
    return c;
}

void importAll(benchmark::State& state, const std::vector<std::string>& files) {
    auto& c = corpus();
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        std::string path = c.dir.file("bench-" + std::to_string(round++) + ".edau");
        auto bench = edau::Workbench::create(path, "bench");
        state.ResumeTiming();
        edau::ImportRequest request;
        request.paths = files;
        auto report = edau::importSources(*bench, request);
        if (report.imported.size() != files.size()) state.SkipWithError("some files failed to import");
        state.PauseTiming();
        bench.reset();
        fs::remove(path);
        state.ResumeTiming();
    }
    state.SetBytesProcessed(state.iterations() * c.textBytes);
}

void importBaseline(benchmark::State& state) {
    auto& c = corpus();
    for (auto _ : state) {
        for (const auto& f : c.txt) {
            std::ifstream in(f, std::ios::binary);
            std::ostringstream buf;
            buf << in.rdbuf();
            std::string bytes = buf.str();
            benchmark::DoNotOptimize(edau::text::findInvalidUtf8(bytes));
            benchmark::DoNotOptimize(edau::text::toNfc(bytes));
        }
    }
    state.SetBytesProcessed(state.iterations() * c.textBytes);
}

void readTxtOnly(benchmark::State& state) {
    auto& c = corpus();
    for (auto _ : state)
        for (const auto& f : c.txt) benchmark::DoNotOptimize(edau::readSourceFile(f));
    state.SetBytesProcessed(state.iterations() * c.textBytes);
}

}  // namespace

BENCHMARK(importBaseline)->Name("Import/Baseline")->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK(readTxtOnly)->Name("Import/ReadTxtNoStore")->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK_CAPTURE(importAll, txt, corpus().txt)->Name("Import/Txt")->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK_CAPTURE(importAll, docx, corpus().docx)->Name("Import/Docx")->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();
BENCHMARK_CAPTURE(importAll, pdf, corpus().pdf)->Name("Import/Pdf")->Unit(benchmark::kMillisecond)->Repetitions(5)->ReportAggregatesOnly(true)->UseRealTime();

int main(int argc, char** argv) { return edau::bench::runWithRatios(argc, argv); }
