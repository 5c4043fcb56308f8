// SPDX-License-Identifier: GPL-3.0-or-later
/// Writing REFI-QDA files: a project as .qdpx (project.qde and sources/<GUID>.txt in a zip) and a
/// codebook as .qdc, both valid against the REFI-QDA 1.0 schemas.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "edau/exchange/qda_project.h"

namespace edau {

/// A character XML 1.0 forbids (most C0 controls, U+FFFE, U+FFFF), written as U+FFFD instead:
/// one code point for one, so every position after it still counts the same.
struct ReplacedCharacter {
    char32_t codePoint = 0;
    std::size_t inSourceText = 0;  ///< in sources' texts (the .txt files and positions agree)
    std::size_t elsewhere = 0;     ///< in names, descriptions and notes
};

/// What a write changed: nothing, when `replaced` is empty.
struct QdaWriteReport {
    std::vector<ReplacedCharacter> replaced;  ///< by code point
    std::vector<std::string> sourcesChanged;  ///< names of the sources whose text had a character replaced
    bool faithful() const { return replaced.empty(); }
};

/// project.qde for `project` (UTF-8, namespace urn:QDA-XML:project:1.0): each source's text is
/// referred to as internal://<GUID>.txt. Throws Error(Usage) for a GUID that is not one.
std::string projectXml(const QdaProject& project, QdaWriteReport& report);

/// A .qdc: the codebook alone (namespace urn:QDA-XML:codebook:1.0). The schema needs at least
/// one code: a project without codes is refused with Error(BadInput).
std::string codebookXml(const QdaProject& project, QdaWriteReport& report);

/// A source's text as it is written to sources/<GUID>.txt: UTF-8, no byte order mark, the
/// characters XML forbids replaced as in projectXml.
std::string sourceFileText(const std::string& text, QdaWriteReport& report, const std::string& sourceName);

/// Writes `project` as a .qdpx at `path`: built beside it under a temporary name and renamed into
/// place, so a failure leaves no partial file (and any earlier file as it was). Throws
/// Error(Environment) naming `path` when it cannot be written.
QdaWriteReport writeQdpx(const QdaProject& project, const std::string& path);

/// Writes the codebook of `project` as a .qdc at `path`, atomically as writeQdpx.
QdaWriteReport writeQdc(const QdaProject& project, const std::string& path);

}  // namespace edau
