// SPDX-License-Identifier: GPL-3.0-or-later
/// Reading tables (case sheets, codebooks) from CSV and XLSX files into rows of text cells.
#pragma once

#include <string>
#include <vector>

namespace edau {

/// Rows of cells as text. CSV: comma, semicolon or tab separated (detected from the header
/// line), any encoding readSourceFile knows. XLSX: the first worksheet; numbers as written,
/// dates as YYYY-MM-DD. Throws Error(BadInput) naming the file and the reason.
std::vector<std::vector<std::string>> readTable(const std::string& path);

/// Parses delimited text (RFC 4180 quoting) with the given delimiter.
std::vector<std::vector<std::string>> parseDelimited(const std::string& text, char delimiter);

}  // namespace edau
