// SPDX-License-Identifier: GPL-3.0-or-later
// Builds export reports from the project (matrices, coded passages, codebook) and writes them.
#include "edau/app/export_service.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <map>

#include "edau/app/code_paths.h"
#include "edau/app/framework_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/export/report_writers.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

ExportReport write(const Report& report, const std::string& format, const std::string& path) {
    if (format == "xlsx") return writeXlsx(report, path);
    if (format == "docx") return writeDocx(report, path);
    if (format == "csv") return writeCsv(report, path);
    if (format == "html") return writeHtml(report, path);
    return writeMarkdown(report, path);
}

/// Where a passage is, for a reader: its turn's time mark when the source has one, else the
/// character range (the unit edau-cli uses).
std::string positionOf(const std::vector<Turn>& turns, std::int64_t start, std::int64_t end) {
    for (const auto& t : turns)
        if (t.start <= start && start < t.end && t.timestampMs) {
            long long s = *t.timestampMs / 1000;
            char buf[32];
            std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", s / 3600, (s / 60) % 60, s % 60);
            return buf;
        }
    return std::to_string(start) + "–" + std::to_string(end);
}

std::string speakerOf(const std::vector<Turn>& turns, std::int64_t start) {
    for (const auto& t : turns)
        if (t.start <= start && start < t.end) return t.speaker;
    return {};
}

std::string displayPath(const std::string& path) {
    // "Support/Respite" reads better as "Support › Respite" in a paper's table.
    std::string out;
    auto parts = splitCodePath(path);
    for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? " › " : "") + parts[i];
    return out;
}

}  // namespace

std::string exportFormat(const std::string& formatOrPath) {
    std::string f = lower(formatOrPath);
    if (f.find('.') != std::string::npos) f = lower(std::filesystem::path(formatOrPath).extension().string().substr(1));
    if (f == "xlsx" || f == "docx" || f == "csv" || f == "html" || f == "md") return f;
    if (f == "htm") return "html";
    if (f == "markdown") return "md";
    throwError(ErrorKind::Usage, Message(EDAU_MSG("Edau exports xlsx, docx, csv, html and md, not {format}")).arg("format", formatOrPath));
}

ExportReport exportMatrix(const Workbench& bench, const std::string& matrixName, const std::string& format,
                          const std::string& path, const ExportWording& wording) {
    MatrixView view = viewMatrix(bench, matrixName, false);  // cited passages are read by uuid below
    const ProjectStore& store = bench.store();
    Report report;
    report.title = view.matrix.name;
    report.subtitle = wording.matrixSubtitle;
    report.language = wording.language;
    report.labels = wording.labels;
    ReportTable table;
    table.title = view.matrix.name;
    const bool documentRows = view.matrix.rowKind == MatrixRowKind::Document;
    table.columns.push_back(documentRows && !wording.documentColumn.empty() ? wording.documentColumn : wording.caseColumn);
    for (const auto& [code, codePathText] : view.columns) table.columns.push_back(displayPath(codePathText));
    std::map<std::string, int> noteOf;  // coding uuid -> note number
    std::map<RowId, std::vector<Turn>> turns;
    std::map<RowId, std::string> texts;
    auto noteFor = [&](const std::string& codingUuid, const std::string& caseName) -> std::optional<int> {
        if (auto it = noteOf.find(codingUuid); it != noteOf.end()) return it->second;
        auto coding = store.codingByUuid(codingUuid);
        if (!coding) return std::nullopt;  // removed since: the evidence check reports it
        auto doc = store.documentById(coding->documentId);
        if (!turns.count(coding->documentId)) {
            turns[coding->documentId] = store.turns(coding->documentId);
            texts[coding->documentId] = store.documentText(coding->documentId);
        }
        ReportNote note;
        note.caseName = caseName;
        note.document = doc ? doc->name : std::string();
        note.speaker = speakerOf(turns[coding->documentId], coding->start);
        note.position = positionOf(turns[coding->documentId], coding->start, coding->end);
        note.quote = std::string(text::sliceCodePoints(texts[coding->documentId], coding->start, coding->end));
        report.notes.push_back(std::move(note));
        int number = static_cast<int>(report.notes.size());
        noteOf[codingUuid] = number;
        return number;
    };
    std::map<RowId, std::string> caseNames;  // a document row's notes name the document's case, if any
    for (const auto& c : store.cases()) caseNames[c.id] = c.name;
    for (std::size_t r = 0; r < view.rowNames.size(); ++r) {
        std::vector<ReportCell> row;
        ReportCell header;
        header.paragraphs.push_back(view.rowNames[r]);
        row.push_back(std::move(header));
        for (std::size_t c = 0; c < view.columns.size(); ++c) {
            const CellView& cv = view.at(r, c);
            ReportCell cell;
            if (cv.cell && !cv.cell->summary.empty()) {
                std::string summary = cv.cell->summary;
                std::size_t from = 0;
                for (;;) {
                    auto nl = summary.find('\n', from);
                    cell.paragraphs.push_back(summary.substr(from, nl == std::string::npos ? std::string::npos : nl - from));
                    if (nl == std::string::npos) break;
                    from = nl + 1;
                }
                std::string noteCase = cv.caseRow.name;
                if (cv.documentRow && cv.documentRow->caseId) noteCase = caseNames[*cv.documentRow->caseId];
                for (const auto& uuid : cv.cell->citedCodingUuids)
                    if (auto n = noteFor(uuid, noteCase)) cell.notes.push_back(*n);
            } else if (cv.codings > 0) {
                std::string waiting = wording.passagesWaiting;
                if (auto at = waiting.find("{count}"); at != std::string::npos)
                    waiting.replace(at, 7, std::to_string(cv.codings));
                cell.paragraphs.push_back(waiting);
            } else {
                cell.paragraphs.push_back(wording.notCoded);
            }
            row.push_back(std::move(cell));
        }
        table.rows.push_back(std::move(row));
    }
    report.blocks.emplace_back(std::move(table));
    return write(report, format, path);
}

ExportReport exportCodedPassages(const Workbench& bench, const std::string& codePathText, const std::string& format,
                                 const std::string& path, const ExportWording& wording) {
    const ProjectStore& store = bench.store();
    auto codes = store.codes();
    auto root = findCodeByPath(codes, codePathText);
    if (!root) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", codePathText));
    std::vector<Code> chosen;
    std::vector<RowId> frontier{root->id};
    while (!frontier.empty()) {
        RowId id = frontier.back();
        frontier.pop_back();
        for (const auto& c : codes) {
            if (c.id == id) chosen.push_back(c);
            if (c.parentId == id) frontier.push_back(c.id);
        }
    }
    std::sort(chosen.begin(), chosen.end(), [&](const Code& a, const Code& b) { return codePath(codes, a.id) < codePath(codes, b.id); });
    auto codings = store.codings();
    std::map<RowId, std::vector<Turn>> turns;
    std::map<RowId, std::string> texts;
    std::vector<CodedPassageGroup> groups;
    for (const auto& code : chosen) {
        CodedPassageGroup group;
        group.codePath = displayPath(codePath(codes, code.id));
        group.description = code.description;
        for (const auto& c : codings) {
            if (c.codeId != code.id) continue;
            auto doc = store.documentById(c.documentId);
            if (!turns.count(c.documentId)) {
                turns[c.documentId] = store.turns(c.documentId);
                texts[c.documentId] = store.documentText(c.documentId);
            }
            CodedPassage p;
            p.document = doc ? doc->name : std::string();
            if (doc && doc->caseId)
                if (auto k = store.caseById(*doc->caseId)) p.caseName = k->name;
            p.speaker = speakerOf(turns[c.documentId], c.start);
            p.position = positionOf(turns[c.documentId], c.start, c.end);
            p.text = std::string(text::sliceCodePoints(texts[c.documentId], c.start, c.end));
            group.passages.push_back(std::move(p));
        }
        groups.push_back(std::move(group));
    }
    Report base;
    base.title = displayPath(codePath(codes, root->id));
    base.language = wording.language;
    base.labels = wording.labels;
    Report report = buildCodedPassagesReport(std::move(base), groups, wording.passageLabels,
                                             format == "csv" || format == "xlsx" ? PassageLayout::Flat : PassageLayout::ByCode);
    return write(report, format, path);
}

ExportReport exportCodebook(const Workbench& bench, const std::string& format, const std::string& path,
                            const ExportWording& wording) {
    const ProjectStore& store = bench.store();
    auto codes = store.codes();
    std::map<RowId, std::int64_t> counts;
    for (const auto& c : store.codings()) ++counts[c.codeId];
    std::vector<CodebookEntry> entries;
    for (const auto& c : codes)
        entries.push_back({displayPath(codePath(codes, c.id)), c.description, c.colour, counts[c.id]});
    Report base;
    base.title = store.projectName();
    base.language = wording.language;
    base.labels = wording.labels;
    return write(buildCodebookReport(std::move(base), entries, wording.codebookLabels), format, path);
}

}  // namespace edau
