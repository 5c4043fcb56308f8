// SPDX-License-Identifier: GPL-3.0-or-later
/// Framework matrices as researchers use them: cases (or, in a study without cases, documents)
/// by the codes of a theme, each cell the coded passages behind it and a written summary that
/// cites some of them.
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
    std::vector<std::string> sortBy;                          ///< attributes to sort rows by, then row name
    /// Cases or documents as rows; none: cases, or documents when the project has no cases at all.
    /// Filters and sorting of document rows use the attributes of each document's case.
    std::optional<MatrixRowKind> rowKind = std::nullopt;
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
    Case caseRow;                        ///< the row's case (empty when the rows are documents)
    std::optional<Document> documentRow;  ///< the row's document, when the rows are documents
    std::string rowName;                 ///< the case's or the document's name
    MatrixRowKey row;
    Code code;
    std::string codePath;
    std::optional<MatrixCell> cell;  ///< none while nothing is written
    std::int64_t codings = 0;        ///< how many coded passages sit behind the cell
    std::vector<CellPassage> passages;  ///< filled only when asked for (see viewMatrix)
};

/// A whole matrix, row by row.
struct MatrixView {
    Matrix matrix;
    std::vector<Case> rows;               ///< the case rows (empty when the rows are documents)
    std::vector<Document> documentRows;   ///< the document rows (empty when the rows are cases)
    std::vector<std::string> rowNames;    ///< every row's name, either kind, in display order
    std::vector<std::pair<Code, std::string>> columns;  ///< code and its path
    std::vector<CellView> cells;                         ///< rows × columns, row-major
    const CellView& at(std::size_t row, std::size_t column) const { return cells[row * columns.size() + column]; }
};

/// A problem the evidence check found.
struct EvidenceProblem {
    std::string caseName;      ///< the row's name (a document's name when the rows are documents)
    std::string documentName;  ///< set when the rows are documents
    std::string codePath;
    std::string kind;  ///< "no-citation" (a summary that cites nothing) or "missing-coding"
    std::string codingUuid;
};

/// Creates a matrix from the spec. Throws NotFound for an unknown theme or attribute.
Matrix createMatrix(Workbench& bench, const MatrixSpec& spec);
/// Which row of a matrix `rowName` names: a case, or a document (by name or UUID) when the
/// rows are documents. Throws NotFound for an unknown name, Usage for one that is not a row.
MatrixRowKey findMatrixRow(const Workbench& bench, const Matrix& matrix, const std::string& rowName);
/// The matrix with its cells' summaries and counts; with `passages`, also the coded text
/// behind every cell (the grid needs counts; the editor, drafts and exports need passages).
MatrixView viewMatrix(const Workbench& bench, const std::string& name, bool passages = true);
/// Writes a cell's summary and its citations (coding UUIDs); `rowName` names a case, or a
/// document when the rows are documents.
MatrixCell writeSummary(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                        const std::string& codePath, const std::string& summary, const std::vector<std::string>& cite);
/// The cell at row × code, created empty (one undoable action) when nothing is written there
/// yet: memos attach to a cell by its UUID. Joins the caller's transaction if there is one.
MatrixCell ensureCell(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                      const std::string& codePath);
/// "Start from coded text": fills each empty cell (or the one named) with its passages as a
/// draft summary citing them all. Returns how many cells were filled. One undoable action.
int startFromCodedText(Workbench& bench, const std::string& matrixName, const std::string& rowName = {},
                       const std::string& codePath = {});
/// Summaries that cite nothing, and citations whose coding was removed.
std::vector<EvidenceProblem> checkEvidence(const Workbench& bench, const std::string& matrixName);

}  // namespace edau
