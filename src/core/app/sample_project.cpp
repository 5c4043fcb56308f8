// SPDX-License-Identifier: GPL-3.0-or-later
// The sample project: the bundled transcripts and case sheet, built into a new project.
#include "edau/app/sample_project.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "edau/app/paths.h"
#include "edau/app/code_paths.h"
#include "edau/app/import_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/import/source_reader.h"
#include "edau/import/table_reader.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {
namespace fs = std::filesystem;

constexpr const char* kSampleFileName = "edau-sample.edau";

std::string readWhole(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    if (!in)
        throwError(ErrorKind::Environment,
                   Message(EDAU_MSG("Cannot read the sample file {file}")).arg("file", p.string()));
    std::ostringstream buf;
    buf << in.rdbuf();
    return buf.str();
}

void addCasesFromSheet(ProjectStore& store, const fs::path& sheet) {
    auto rows = parseCsv(readWhole(sheet));
    if (rows.empty()) return;
    const auto& header = rows.front();
    std::vector<std::optional<Attribute>> attributes(header.size());
    for (std::size_t col = 1; col < header.size(); ++col) {
        std::vector<std::string> values;
        for (std::size_t r = 1; r < rows.size(); ++r)
            if (col < rows[r].size()) values.push_back(rows[r][col]);
        attributes[col] = store.addAttribute(header[col], inferAttributeType(values));
    }
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.empty() || row[0].empty()) continue;
        auto existing = store.caseByName(row[0]);
        Case c = existing ? *existing : store.addCase(row[0]);
        for (std::size_t col = 1; col < row.size() && col < attributes.size(); ++col)
            if (attributes[col] && !row[col].empty()) store.setAttributeValue(c.id, attributes[col]->id, row[col]);
        if (auto doc = store.documentByName(row[0])) store.setDocumentCase(doc->id, c.id);
    }
}
[[noreturn]] void sampleBroken(const fs::path& file, const std::string& what) {
    throwError(ErrorKind::Internal, Message(EDAU_MSG("The sample file {file} is inconsistent: {what}; reinstall Edau"))
                                        .arg("file", file.string())
                                        .arg("what", what));
}

/// The code point offsets of `quote` in the document's text (it must occur).
std::pair<std::int64_t, std::int64_t> locate(const ProjectStore& store, const Document& doc, const std::string& quote,
                                              const fs::path& file) {
    std::string textValue = store.documentText(doc.id);
    std::string q = text::toNfc(quote);
    auto at = textValue.find(q);
    if (q.empty() || at == std::string::npos) sampleBroken(file, "a quote is not in " + doc.name);
    std::int64_t start = text::codePointCount(std::string_view(textValue).substr(0, at));
    return {start, start + text::codePointCount(q)};
}

/// Most Significant Change selection rounds from msc.csv: round, panel, date, story, domain,
/// chosen (yes/no), reason.
void addMscRounds(ProjectStore& store, const fs::path& file) {
    std::error_code ec;
    if (!fs::exists(file, ec)) return;
    auto rows = readTable(file.string());
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.size() < 7) continue;
        std::optional<MscRound> round;
        for (const auto& existing : store.mscRounds())
            if (existing.name == row[0]) round = existing;
        if (!round) round = store.addMscRound(row[0], row[1], row[2]);
        auto c = store.caseByName(row[3]);
        auto domain = findCodeByPath(store.codes(), row[4]);
        if (!c || !domain) sampleBroken(file, "unknown story or domain in row " + std::to_string(r + 1));
        store.setMscSelection(round->id, c->id, domain->id, row[5] == "yes", row[6]);
    }
}

/// The sample's codebook, two coders' codings and framework matrices with summaries, from
/// codebook.csv, codings.csv and summaries.csv (quotes are located in the stored text).
void addCodingAndSummaries(Workbench& bench, const fs::path& sampleDir) {
    ProjectStore& store = bench.store();
    std::error_code ec;
    fs::path codebook = sampleDir / "codebook.csv", codings = sampleDir / "codings.csv",
             summaries = sampleDir / "summaries.csv";
    if (!fs::exists(codebook, ec)) return;
    importCodebook(bench, codebook.string());
    // (document, code, quote) of Lowri's codings -> coding uuid, for the summaries' citations.
    std::map<std::string, std::string> codingByQuote;
    if (fs::exists(codings, ec)) {
        auto rows = readTable(codings.string());
        for (std::size_t r = 1; r < rows.size(); ++r) {
            const auto& row = rows[r];
            if (row.size() < 4) continue;
            auto doc = store.documentByName(row[0]);
            if (!doc) sampleBroken(codings, "no document " + row[0]);
            auto code = findCodeByPath(store.codes(), row[1]);
            if (!code) sampleBroken(codings, "no code " + row[1]);
            Coder coder = bench.useCoder(row[2]);
            auto [start, end] = locate(store, *doc, row[3], codings);
            Coding c = store.addCoding(doc->id, start, end, code->id, coder.id);
            codingByQuote[row[0] + '\n' + row[1] + '\n' + row[2] + '\n' + text::toNfc(row[3])] = c.uuid;
        }
    }
    addMscRounds(store, sampleDir / "msc.csv");
    if (!fs::exists(summaries, ec)) return;
    bench.useCoder("Lowri");
    auto rows = readTable(summaries.string());
    // Matrices in order of first appearance; rows and columns in order of appearance too.
    std::vector<std::string> matrixOrder;
    std::map<std::string, std::vector<RowId>> matrixRows, matrixColumns;
    auto addUnique = [](std::vector<RowId>& v, RowId id) {
        if (std::find(v.begin(), v.end(), id) == v.end()) v.push_back(id);
    };
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.size() < 4) continue;
        if (!matrixRows.count(row[0])) matrixOrder.push_back(row[0]);
        auto c = store.caseByName(row[1]);
        auto code = findCodeByPath(store.codes(), row[2]);
        if (!c || !code) sampleBroken(summaries, "unknown case or code in row " + std::to_string(r + 1));
        addUnique(matrixRows[row[0]], c->id);
        // Every sub-code of the cited code's theme is a column, in codebook order.
        auto codes = store.codes();
        RowId themeId = code->parentId.value_or(code->id);
        for (const auto& k : codes)
            if (k.parentId == themeId) addUnique(matrixColumns[row[0]], k.id);
    }
    for (const auto& name : matrixOrder) store.addMatrix(name, matrixRows[name], matrixColumns[name]);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const auto& row = rows[r];
        if (row.size() < 4) continue;
        auto m = store.matrixByName(row[0]);
        auto c = store.caseByName(row[1]);
        auto code = findCodeByPath(store.codes(), row[2]);
        std::vector<std::string> cite;
        if (row.size() > 4 && !row[4].empty()) {
            std::string quotes = row[4];
            std::size_t from = 0;
            for (;;) {
                auto sep = quotes.find(" || ", from);
                std::string q = quotes.substr(from, sep == std::string::npos ? std::string::npos : sep - from);
                auto it = codingByQuote.find(row[1] + '\n' + row[2] + "\nLowri\n" + text::toNfc(q));
                if (it == codingByQuote.end()) sampleBroken(summaries, "a cited quote is not one of Lowri's codings");
                cite.push_back(it->second);
                if (sep == std::string::npos) break;
                from = sep + 4;
            }
        }
        store.setCellSummary(m->id, c->id, code->id, row[3], cite);
    }
}

}  // namespace

std::string buildSampleProject(const std::string& directory) {
    fs::path sampleDir = fs::path(dataDirectory()) / "sample";
    fs::path transcriptDir = sampleDir / "transcripts";
    std::error_code ec;
    if (!fs::is_directory(transcriptDir, ec))
        throwError(ErrorKind::Environment,
                   Message(EDAU_MSG("The sample transcripts are missing from {folder}; reinstall Edau"))
                       .arg("folder", transcriptDir.string()));
    fs::create_directories(directory, ec);
    if (ec)
        throwError(ErrorKind::Environment, Message(EDAU_MSG("Cannot create the folder {folder}: {reason}"))
                                               .arg("folder", directory)
                                               .arg("reason", ec.message()));
    fs::path target = fs::path(directory) / kSampleFileName;

    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(transcriptDir))
        if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
    std::sort(files.begin(), files.end());

    auto bench = Workbench::create(target.string(), "Edau sample project");
    try {
        auto& store = bench->store();
        store.write([&] {
            bench->useCoder("Lowri");
            for (const auto& file : files) {
                SourceContent content = readSourceFile(file.string());
                store.addDocument(content.draft, content.turns);
            }
            fs::path sheet = sampleDir / "cases.csv";
            if (fs::exists(sheet, ec)) addCasesFromSheet(store, sheet);
            // Every transcript without a row in the sheet still gets its own case.
            for (const auto& doc : store.documents())
                if (!doc.caseId) store.setDocumentCase(doc.id, store.addCase(doc.name).id);
            addCodingAndSummaries(*bench, sampleDir);
            bench->useCoder("Lowri");
            store.addMemo(MemoTarget::Project, {}, "About this sample",
                          "Invented transcripts written by the Edau team to show how a project looks: "
                          "unpaid carers in lockdown, care leavers, and Most Significant Change stories "
                          "from a community heritage project. No real people appear in them.");
        });
    } catch (...) {
        bench.reset();
        fs::remove(target, ec);
        throw;
    }
    return target.string();
}

}  // namespace edau
