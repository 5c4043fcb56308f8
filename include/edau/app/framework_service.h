// SPDX-License-Identifier: GPL-3.0-or-later
/// Framework matrices as researchers use them: cases by the codes of a theme, each cell the
/// coded passages behind it and a written summary that cites some of them.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "edau/model/entities.h"

namespace edau {

class Workbench;

/// How to build a matrix.
struct MatrixSpec {
    std::string name;
    std::string themePath;  ///< columns: the theme's sub-codes (or the theme itself if it has none)
    std::vector<std::pair<std::string, std::string>> where;  ///< attribute = value filters on cases
    std::vector<std::string> sortBy;                          ///< attributes to sort rows by, then case name
};

/// A coded passage behind a cell.
struct CellPassage {
    Coding coding;
    std::string documentName;
    std::string speaker;  ///< the speaker of the turn the passage starts in, if any
    std::string text;
};

/// One cell as the editor and exports show it.
struct CellView {
    Case caseRow;
    Code code;
    std::string codePath;
    std::optional<MatrixCell> cell;  ///< none while nothing is written
    std::int64_t codings = 0;        ///< how many coded passages sit behind the cell
    std::vector<CellPassage> passages;  ///< filled only when asked for (see viewMatrix)
};

/// A whole matrix, row by row.
struct MatrixView {
    Matrix matrix;
    std::vector<Case> rows;
    std::vector<std::pair<Code, std::string>> columns;  ///< code and its path
    std::vector<CellView> cells;                         ///< rows × columns, row-major
    const CellView& at(std::size_t row, std::size_t column) const { return cells[row * columns.size() + column]; }
};

/// A problem the evidence check found.
struct EvidenceProblem {
    std::string caseName;
    std::string codePath;
    std::string kind;  ///< "no-citation" (a summary that cites nothing) or "missing-coding"
    std::string codingUuid;
};

/// Creates a matrix from the spec. Throws NotFound for an unknown theme or attribute.
Matrix createMatrix(Workbench& bench, const MatrixSpec& spec);
/// The matrix with its cells' summaries and counts; with `passages`, also the coded text
/// behind every cell (the grid needs counts; the editor, drafts and exports need passages).
MatrixView viewMatrix(const Workbench& bench, const std::string& name, bool passages = true);
/// Writes a cell's summary and its citations (coding UUIDs).
MatrixCell writeSummary(Workbench& bench, const std::string& matrixName, const std::string& caseName,
                        const std::string& codePath, const std::string& summary, const std::vector<std::string>& cite);
/// "Start from coded text": fills each empty cell (or the one named) with its passages as a
/// draft summary citing them all. Returns how many cells were filled. One undoable action.
int startFromCodedText(Workbench& bench, const std::string& matrixName, const std::string& caseName = {},
                       const std::string& codePath = {});
/// Summaries that cite nothing, and citations whose coding was removed.
std::vector<EvidenceProblem> checkEvidence(const Workbench& bench, const std::string& matrixName);

}  // namespace edau
