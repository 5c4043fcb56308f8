// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the export tests: a small Welsh report, and readers for the zips and XML written.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "edau/export/report_model.h"

namespace edau::test {

/// A framework matrix in Welsh: five columns (so DOCX goes landscape), curly quotes, ŵ and ŷ,
/// a comma, a bar and a line break in cells, and a U+0015 inside one quote.
Report welshMatrixReport();

/// The same report with only three columns.
Report narrowReport();

/// Every entry of a zip file, by name.
std::map<std::string, std::string> readZip(const std::string& path);

/// An empty string when libxml2 parses the text as well-formed XML, else its complaint.
std::string xmlProblem(const std::string& xml);

/// How many times `needle` occurs in `haystack`.
std::size_t countOf(const std::string& haystack, const std::string& needle);

}  // namespace edau::test
