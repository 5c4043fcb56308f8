// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: a table and its cited quotes as RFC 4180 text that Excel opens with Welsh intact.
#include <variant>

#include "atomic_file.h"
#include "edau/export/report_writers.h"
#include "prepared_report.h"

namespace edau {

using namespace exporters;

namespace {

// Excel reads a CSV without a byte order mark in the machine's ANSI code page, which turns
// ŵ and ŷ into mojibake; with the mark it reads UTF-8.
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

void appendField(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out += field;
        return;
    }
    out.push_back('"');
    for (char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void appendRecord(std::string& out, const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) out.push_back(',');
        appendField(out, fields[i]);
    }
    out += "\r\n";
}

ExportReport outcomeOf(const PreparedReport& prepared) {
    ExportReport outcome;
    outcome.removedCharacters = prepared.removed;
    outcome.notesRenumbered = prepared.notesRenumbered;
    return outcome;
}

}  // namespace

ExportReport writeCsv(const Report& report, const std::string& path) {
    const PreparedReport prepared = prepareReport(report, WrittenParts::FirstTable, path);
    const ReportTable* table = &std::get<ReportTable>(prepared.report.blocks.front());

    std::string out(kByteOrderMark);
    std::vector<std::string> header = table->columns;
    header.push_back(prepared.report.labels.notesColumn);
    appendRecord(out, header);
    for (const auto& row : table->rows) {
        std::vector<std::string> fields;
        fields.reserve(row.size() + 1);
        for (const auto& cell : row) fields.push_back(cellText(cell));
        fields.push_back(noteList(rowNotes(row)));
        appendRecord(out, fields);
    }
    writeFileAtomically(path, out);
    return outcomeOf(prepared);
}

ExportReport writeCsvQuotes(const Report& report, const std::string& path) {
    const PreparedReport prepared = prepareReport(report, WrittenParts::NotesOnly, path);
    const ReportLabels& labels = prepared.report.labels;
    std::string out(kByteOrderMark);
    appendRecord(out, {labels.noteNumber, labels.caseName, labels.document, labels.speaker, labels.position,
                       labels.quote});
    int number = 0;
    for (const auto& note : prepared.report.notes)
        appendRecord(out, {std::to_string(++number), note.caseName, note.document, note.speaker, note.position,
                           note.quote});
    writeFileAtomically(path, out);
    return outcomeOf(prepared);
}

}  // namespace edau
