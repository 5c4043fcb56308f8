// SPDX-License-Identifier: GPL-3.0-or-later
/// Coded-passage and codebook reports laid out as Report blocks, so they reuse every writer.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "edau/export/report_model.h"

namespace edau {

/// One coded passage with where it comes from.
struct CodedPassage {
    std::string document;  ///< The source document's name.
    std::string caseName;  ///< Empty when the document has no case.
    std::string speaker;   ///< Empty when the source has no speakers.
    std::string position;  ///< Formatted by the caller ("¶ 12", "00:14:05").
    std::string text;      ///< The coded passage; '\n' separates its lines.
};

/// The passages coded at one code.
struct CodedPassageGroup {
    std::string codePath;     ///< The code with its ancestors ("Support > Family").
    std::string description;  ///< The code's description; empty for none.
    std::vector<CodedPassage> passages;
};

/// Headings a coded-passages report needs, already translated.
struct CodedPassageLabels {
    std::string codePath;  ///< Column headings of the flat table, in order:
    std::string document;  ///< ...document,
    std::string caseName;  ///< ...case,
    std::string speaker;   ///< ...speaker,
    std::string position;  ///< ...position,
    std::string passage;   ///< ...and the passage.
};

/// How the passages are laid out.
enum class PassageLayout {
    ByCode,  ///< A heading per code, then each passage as a source line and a quote (DOCX, HTML).
    Flat     ///< One table, a row per passage, with the code path as a column (CSV, XLSX).
};

/// A report of coded passages; `base` supplies title, language and labels, its blocks are replaced.
Report buildCodedPassagesReport(Report base, const std::vector<CodedPassageGroup>& groups,
                                const CodedPassageLabels& labels, PassageLayout layout);

/// One code in a codebook.
struct CodebookEntry {
    std::string codePath;     ///< The code with its ancestors ("Support > Family").
    std::string description;  ///< Empty for none.
    std::string colour;       ///< "#RRGGBB"; empty for none.
    std::int64_t count = 0;   ///< Codings at the code.
};

/// Headings a codebook report needs, already translated.
struct CodebookLabels {
    std::string codePath;     ///< Column headings, in order: code,
    std::string description;  ///< ...description,
    std::string colour;       ///< ...colour,
    std::string count;        ///< ...and number of codings.
    std::string tableTitle;  ///< Caption and XLSX sheet name; empty for none.
};

/// A codebook as one table (code path, description, colour shown as a swatch, count).
Report buildCodebookReport(Report base, const std::vector<CodebookEntry>& entries, const CodebookLabels& labels);

}  // namespace edau
