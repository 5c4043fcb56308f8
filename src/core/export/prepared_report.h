// SPDX-License-Identifier: GPL-3.0-or-later
// A Report checked and cleaned once before any writer sees it, and the layout rules writers share.
#pragma once

#include <string>
#include <vector>

#include "edau/export/export_report.h"
#include "edau/export/report_model.h"

namespace edau::exporters {

/// Which parts of a report a format writes: only those are cleaned, so the outcome lists only
/// what that file lost.
enum class WrittenParts {
    Everything,      ///< DOCX, HTML, Markdown.
    TablesAndNotes,  ///< XLSX: headings and paragraphs outside tables have no place there.
    FirstTable,      ///< CSV of the table: its cells and headings only.
    NotesOnly        ///< CSV of the quotes.
};

/// A copy of the caller's report that every writer can trust: notes numbered in the order the
/// body first cites them (uncited ones last), each cell citing a note at most once; all text
/// cleaned (see TextCleaner); rows padded to their table's width; shading as "RRGGBB" or empty.
/// Parts the format does not write are emptied.
struct PreparedReport {
    Report report;
    std::string languageTag;  ///< BCP 47 with region for Welsh and English ("cy-GB").
    std::vector<RemovedCharacter> removed;
    bool notesRenumbered = false;  ///< The order of first citation differed from the caller's.
};

/// Checks, numbers and cleans. Throws Error(Usage) for a citation of a missing note or a row
/// longer than its table's headings (bugs in the code that built the report), and for
/// FirstTable when there is no table (naming `file`).
PreparedReport prepareReport(const Report& report, WrittenParts parts, const std::string& file);

/// Tables of more than four columns go on landscape pages.
bool isWide(const ReportTable& table);

/// For each block, whether it belongs on a landscape page. Text takes the orientation of the
/// next table (so a heading stays with its table), text after the last table that table's;
/// so the orientation changes only between tables, and as rarely as possible.
std::vector<bool> landscapeBlocks(const Report& report);

/// Relative column widths: the caller's when it gave one per column, otherwise estimated from
/// the text in each column (longer text, wider column) within [minimum, maximum] characters.
std::vector<double> columnWeights(const ReportTable& table, double minimum, double maximum);

/// Where a note's passage comes from: the non-empty fields among case, document, speaker and
/// position, joined with ", ".
std::string noteSource(const ReportNote& note);

/// True when text on a background of this colour ("RRGGBB") reads better in white than black.
bool needsLightText(const std::string& shading);

/// Note numbers as "1, 3".
std::string noteList(const std::vector<int>& notes);

/// The notes a row cites, each once, in the order first cited.
std::vector<int> rowNotes(const std::vector<ReportCell>& row);

/// A cell's paragraphs joined with line breaks.
std::string cellText(const ReportCell& cell);

/// Throws Error(Environment) "Cannot write {file}: {reason}".
[[noreturn]] void throwCannotWrite(const std::string& file, const std::string& reason);

}  // namespace edau::exporters
