// SPDX-License-Identifier: GPL-3.0-or-later
/// Writing a Report as XLSX, DOCX, CSV, HTML or Markdown for papers, analysis and the web.
#pragma once

#include <string>

#include "edau/export/export_report.h"
#include "edau/export/report_model.h"

namespace edau {

// Every writer below writes a temporary file beside `path` (UTF-8) and renames it into place
// only once it is complete, so a failed export leaves any earlier file untouched and no
// half-written one. They throw Error(Environment) naming the file when it cannot be written,
// and Error(Usage) when the report cites a note it does not hold or a row is longer than its
// table's headings. Characters XML 1.0 forbids (U+0015 turns up in real transcripts) are left
// out of every format alike, and listed in the returned ExportReport. Notes are numbered in
// the order the body first cites them, the same in every format (see Report::notes).

/// Excel workbook: one sheet per table (header row and row-header column frozen, text wrapped),
/// then a sheet of the cited quotes. Headings and paragraphs outside tables are not written.
ExportReport writeXlsx(const Report& report, const std::string& path);

/// Word document: styled headings, tables with a repeating header row, citations as endnotes,
/// and a landscape section for tables of more than four columns.
ExportReport writeDocx(const Report& report, const std::string& path);

/// CSV of the report's first table (UTF-8 with BOM, RFC 4180, CRLF), with a last column
/// listing the notes each row cites. A report without a table is a Usage error.
ExportReport writeCsv(const Report& report, const std::string& path);

/// CSV of the report's notes: number, case, document, speaker, position, quote.
ExportReport writeCsvQuotes(const Report& report, const std::string& path);

/// A standalone HTML page (inline CSS, printable), notes as an ordered list linked both ways.
ExportReport writeHtml(const Report& report, const std::string& path);

/// Markdown: pipe tables and footnotes ([^1]), as GitHub and pandoc read them.
ExportReport writeMarkdown(const Report& report, const std::string& path);

}  // namespace edau
