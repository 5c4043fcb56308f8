// SPDX-License-Identifier: GPL-3.0-or-later
/// The framework matrix editor without wx: the grid's cells, the passages behind a cell, a
/// summary's numbered citation marks, the evidence check walked cell by cell, and the
/// choices of the new-matrix dialog.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "edau/app/framework_service.h"
#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// A cell of the grid by its place: row, then column.
struct MatrixCellIndex {
    std::size_t row = 0;
    std::size_t column = 0;
    bool operator==(const MatrixCellIndex&) const = default;
};

/// What a grid cell shows: a written summary; passages waiting for one; or nothing at all.
enum class MatrixCellState { Empty, Waiting, Written };

/// A matrix as the grid shows it: its rows, columns, and each cell's summary and counts.
/// Read without the passages (one aggregation), so it stays quick at 1,000 rows × 50 codes;
/// the passages of one cell are read when it is selected (passagesOfCell).
class MatrixGridModel {
public:
    /// Reads the matrix called `name`. Throws NotFound when there is none.
    static MatrixGridModel read(const Workbench& bench, const std::string& name);
    MatrixGridModel() = default;

    const Matrix& matrix() const { return m_view.matrix; }
    const MatrixView& view() const { return m_view; }
    bool documentRows() const { return m_view.matrix.rowKind == MatrixRowKind::Document; }
    std::size_t rowCount() const { return m_view.rowNames.size(); }
    std::size_t columnCount() const { return m_view.columns.size(); }
    const std::string& rowName(std::size_t row) const { return m_view.rowNames[row]; }
    /// The code's own name, for the column heading.
    const std::string& columnName(std::size_t column) const { return m_view.columns[column].first.name; }
    /// The code's whole path ("Support/Respite"), as writeSummary and exports name it.
    const std::string& columnPath(std::size_t column) const { return m_view.columns[column].second; }
    const CellView& cell(MatrixCellIndex at) const { return m_view.at(at.row, at.column); }

    MatrixCellState state(MatrixCellIndex at) const;
    /// The summary's first line, for the grid (citation marks are not part of stored text).
    std::string firstLine(MatrixCellIndex at) const;
    /// How many coded passages sit behind the cell.
    std::int64_t passageCount(MatrixCellIndex at) const { return cell(at).codings; }
    /// How many passages the cell's summary cites.
    std::size_t citationCount(MatrixCellIndex at) const;

    /// The cell at row `rowName` (a case's or document's name) × code path, if it is one.
    std::optional<MatrixCellIndex> find(const std::string& rowName, const std::string& codePath) const;
    /// The first cell, row by row, with passages behind it (the one --show matrix selects).
    std::optional<MatrixCellIndex> firstCellWithPassages() const;
    /// Puts a freshly written cell in place without reading the whole matrix again.
    void updateCell(MatrixCellIndex at, const MatrixCell& written);
    /// The project's change counter when this was read (see ProjectStore::lastOperation).
    std::int64_t readAtChange() const { return m_readAtChange; }
    void setReadAtChange(std::int64_t change) { m_readAtChange = change; }

private:
    MatrixView m_view;
    std::int64_t m_readAtChange = 0;
};

/// The project's change counter: the sequence of its newest operation (0 for none).
std::int64_t projectChangeCounter(const Workbench& bench);

/// The coded passages behind one cell (the codings of exactly its code in the row's
/// documents: a case's documents, or the document itself), in document order, then position.
std::vector<CellPassage> passagesOfCell(const Workbench& bench, const CellView& cell);

/// A citation mark "[n]" in summary text: UTF-8 byte offsets [start, end).
struct CitationMark {
    std::size_t start = 0;
    std::size_t end = 0;
    int number = 0;
};

/// Every "[n]" in `text` (n a number from 1), in order. Whether it names a citation is the
/// draft's business: "[2020]" is found here too.
std::vector<CitationMark> findCitationMarks(std::string_view text);

/// A cell's summary while it is being written, with citations shown as numbered marks.
///
/// What is stored (ProjectStore, the CLI, every export) is the summary's text without marks
/// and the cited codings in order; exports number the notes across the whole matrix and put
/// them after the cell's text. The editor shows the same: a stored summary comes back as its
/// text followed by "[1] [2]…", numbered in the order cited. While writing, a mark may go
/// anywhere; on saving, the marks are taken out of the text and the codings they name are
/// cited in the order their marks first appear. A mark whose number names no citation
/// ("[7]" typed by hand, "[2020]") is ordinary text.
class SummaryDraft {
public:
    SummaryDraft() = default;
    /// The draft of a stored summary and its cited coding UUIDs.
    static SummaryDraft fromStored(const std::string& summary, const std::vector<std::string>& cited);

    /// The text with its marks, as the editor shows it.
    const std::string& text() const { return m_text; }
    /// The editor's text after the user typed.
    void setText(std::string text) { m_text = std::move(text); }

    /// The mark number of a coding: its own when cited already, else a new one (the lowest free
    /// number, after forgetting numbers whose marks are no longer in the text).
    int numberFor(const std::string& codingUuid);
    /// "[n]" for `codingUuid` (numbering it if new): what a drag from the passages carries.
    std::string markFor(const std::string& codingUuid);
    /// What citing a coding at byte `at` inserts (numbering the coding if new), leaving the
    /// text as it is: the editor inserts it, so that its own undo takes it out again.
    struct Insertion {
        std::size_t at = 0;  ///< `at` moved back to the start of its character
        std::string text;    ///< the mark, with a space before it unless one is there or the
                             ///< text starts there, and after it when a word follows
        std::size_t caret = 0;  ///< the byte just after the mark, where the caret goes
    };
    Insertion citationAt(std::size_t at, const std::string& codingUuid);
    /// Inserts the coding's mark at byte `at` (see citationAt); returns where the caret goes.
    std::size_t insertCitation(std::size_t at, const std::string& codingUuid);

    /// The marks in the text that name a citation.
    std::vector<CitationMark> marks() const;
    /// The coding cited by the mark covering byte `at`, if any (a click on a mark).
    std::optional<std::string> codingAt(std::size_t at) const;
    /// The number a coding's mark shows in the text now, if the text holds one.
    std::optional<int> shownNumberOf(const std::string& codingUuid) const;

    /// What to store: the text without marks, and the codings cited in order of first mark.
    std::pair<std::string, std::vector<std::string>> toStored() const;
    /// Whether saving would change what is stored.
    bool differsFrom(const std::string& summary, const std::vector<std::string>& cited) const;

private:
    std::string m_text;
    std::map<int, std::string> m_numbers;  ///< mark number -> coding uuid
};

/// "Start from coded text" for one cell: each passage quoted on a line of its own with its
/// speaker, as startFromCodedText writes it, followed by its citation mark.
SummaryDraft draftFromPassages(const std::vector<CellPassage>& passages);

/// The evidence check (checkEvidence) as a list to walk through, in grid order.
class EvidenceWalk {
public:
    struct Item {
        EvidenceProblem problem;
        std::optional<MatrixCellIndex> cell;  ///< none when its row or column has left the matrix
    };

    EvidenceWalk() = default;
    /// Checks the matrix of `grid` and places each problem in the grid.
    static EvidenceWalk check(const Workbench& bench, const MatrixGridModel& grid);

    const std::vector<Item>& items() const { return m_items; }
    bool empty() const { return m_items.empty(); }
    /// The problem shown now, if any.
    std::optional<std::size_t> current() const { return m_current; }
    void setCurrent(std::size_t index);
    /// Steps to the next problem (the first when none is current), wrapping round at the end.
    std::optional<std::size_t> next();
    /// Steps to the previous problem (the last when none is current), wrapping round.
    std::optional<std::size_t> previous();

private:
    std::vector<Item> m_items;
    std::optional<std::size_t> m_current;
};

/// What the new-matrix dialog offers, read from the project.
struct NewMatrixChoices {
    /// Codes with sub-codes (their sub-codes become the columns), by path in display order.
    std::vector<std::string> themes;
    /// Case attributes by name, and the values each takes (display order).
    std::vector<std::string> attributes;
    std::map<std::string, std::vector<std::string>> values;
    std::size_t cases = 0;
    std::size_t documents = 0;
    std::vector<std::string> matrixNames;  ///< names already taken

    /// Per case: its attribute values; per document: its case's (empty without one).
    std::vector<std::map<std::string, std::string>> caseAttributes;
    std::vector<std::map<std::string, std::string>> documentAttributes;
};

/// Reads the themes, attributes and names the dialog needs.
NewMatrixChoices readNewMatrixChoices(const Workbench& bench);
/// A name for a matrix of `themePath` not yet taken: the theme's own name, else "Name (2)"…
std::string suggestedMatrixName(const NewMatrixChoices& choices, const std::string& themePath);
/// How many rows a matrix of `spec` would have.
std::size_t previewRowCount(const NewMatrixChoices& choices, const MatrixSpec& spec);
/// Why `spec` cannot be created (no name, a name taken, no theme), or nullopt.
std::optional<Message> checkNewMatrix(const NewMatrixChoices& choices, const MatrixSpec& spec);

}  // namespace edau::gui
