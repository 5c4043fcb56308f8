// SPDX-License-Identifier: GPL-3.0-or-later
/// Exports for papers: a framework matrix, the passages of a code, the codebook, in the
/// formats researchers hand on (XLSX, DOCX, CSV, HTML, Markdown). The front end passes the
/// headings and labels already translated: the core never translates.
#pragma once

#include <string>

#include "edau/export/export_report.h"
#include "edau/export/report_builders.h"
#include "edau/export/report_model.h"

namespace edau {

class Workbench;

/// Words the exports show, in the interface language.
struct ExportWording {
    std::string language = "en";     ///< "cy" or "en": headings' language and the document's spell-check language
    std::string caseColumn;          ///< matrix: heading of the case column
    std::string documentColumn;      ///< matrix: heading of that column when the rows are documents
    std::string matrixSubtitle;      ///< matrix: e.g. "Framework matrix"
    std::string notCoded;            ///< matrix: shown in a cell with no summary and no passages, e.g. "–"
    std::string passagesWaiting;     ///< matrix: "{count} coded passages, no summary yet"; {count} is replaced
    ReportLabels labels;             ///< notes and quotes headings
    CodedPassageLabels passageLabels;
    CodebookLabels codebookLabels;
};

/// "xlsx", "docx", "csv", "html", "md" from a format name or a file's extension; throws Usage.
std::string exportFormat(const std::string& formatOrPath);

/// The matrix as a table (a row per case or document, a column per code), each summary citing
/// numbered notes that give case, document, speaker, position and the quote.
ExportReport exportMatrix(const Workbench& bench, const std::string& matrixName, const std::string& format,
                          const std::string& path, const ExportWording& wording);

/// Every passage coded with the code (and its sub-codes), with source, speaker and position.
ExportReport exportCodedPassages(const Workbench& bench, const std::string& codePath, const std::string& format,
                                 const std::string& path, const ExportWording& wording);

/// The codebook: paths, descriptions, colours and coding counts.
ExportReport exportCodebook(const Workbench& bench, const std::string& format, const std::string& path,
                            const ExportWording& wording);

}  // namespace edau
