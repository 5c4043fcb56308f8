// SPDX-License-Identifier: GPL-3.0-or-later
/// What an export had to change to fit its format, so the user can be told before trusting the file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace edau {

/// A character the format cannot hold (XML 1.0 forbids most C0 controls), left out of the file.
struct RemovedCharacter {
    char32_t codePoint = 0;  ///< U+FFFD stands for bytes that were not valid UTF-8 (they became U+FFFD).
    std::size_t count = 0;   ///< How many times it was removed or replaced.
};

/// A spreadsheet cell whose text was cut at Excel's limit of 32,767 characters per cell.
struct TruncatedCell {
    std::string sheet;      ///< The sheet's name as written.
    std::string cell;       ///< The cell's A1 reference ("C7").
    std::size_t originalLength = 0;  ///< In UTF-16 code units, as Excel counts.
    std::size_t keptLength = 0;      ///< Length written, truncation marker included.
};

/// The outcome of one write: empty lists mean the file says exactly what the report said.
struct ExportReport {
    std::vector<RemovedCharacter> removedCharacters;  ///< In order of code point.
    std::vector<TruncatedCell> truncatedCells;        ///< XLSX only.
    /// The notes were numbered anew, in the order the body first cites them (see Report::notes).
    bool notesRenumbered = false;

    /// True when no text was removed or cut (renumbered notes lose nothing).
    bool faithful() const { return removedCharacters.empty() && truncatedCells.empty(); }
};

}  // namespace edau
