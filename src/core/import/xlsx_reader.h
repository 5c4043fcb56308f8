// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX worksheets as rows of text, for case sheets and codebooks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace edau::importers {

/// The first worksheet of an .xlsx workbook: shared and inline strings, numbers as written
/// (no float noise), cells with a date format as YYYY-MM-DD, booleans as TRUE/FALSE;
/// missing cells are empty strings so columns line up. Throws Error(BadInput).
std::vector<std::vector<std::string>> readXlsxFirstSheet(std::string_view bytes, const std::string& fileLabel);

}  // namespace edau::importers
