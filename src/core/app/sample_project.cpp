// SPDX-License-Identifier: GPL-3.0-or-later
// The sample project: the bundled transcripts and case sheet, built into a new project.
#include "edau/app/sample_project.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "edau/app/paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/import/source_reader.h"
#include "edau/store/project_store.h"

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
