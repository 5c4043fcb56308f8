// SPDX-License-Identifier: GPL-3.0-or-later
/// Exports chosen from the menus, without wx: what is exported, the formats, and file names.
#pragma once

#include <string>
#include <vector>

namespace edau::gui {

/// What Project > Export writes.
enum class ExportKind {
    Matrix,         ///< a framework matrix (which one: the dialog asks)
    CodedPassages,  ///< the passages of a code and its sub-codes (which code: the dialog asks)
    Codebook,       ///< the whole codebook
};

/// The formats every export can be written in, in the order the dialog offers them:
/// "docx", "xlsx", "csv", "html", "md".
const std::vector<std::string>& exportFormats();

/// The format a new export of `kind` starts with: Word for tables and passages to put in a
/// paper, a spreadsheet for the codebook.
std::string defaultExportFormat(ExportKind kind);

/// `path` with the extension of `format`: a known export extension (any case) is replaced,
/// anything else kept and the extension added ("notes.v2" -> "notes.v2.docx").
std::string withExportExtension(const std::string& path, const std::string& format);

/// A file name for the export: the item's name (a matrix or a code path, "/" as " - ") or
/// `fallback` (the codebook), with characters file systems refuse replaced, and the extension.
std::string suggestedExportFileName(const std::string& item, const std::string& fallback, const std::string& format);

}  // namespace edau::gui
