// SPDX-License-Identifier: GPL-3.0-or-later
/// A neutral document for exports (headings, paragraphs, tables, numbered notes) that every writer renders.
#pragma once

#include <string>
#include <variant>
#include <vector>

namespace edau {

/// One cited passage: where it comes from and what it says. All text is UTF-8, already
/// translated and formatted by the caller; the writers add punctuation, never words.
struct ReportNote {
    std::string caseName;  ///< The case the passage belongs to (a participant, a story).
    std::string document;  ///< The source document's name.
    std::string speaker;   ///< Who speaks; empty when the source has no speakers.
    std::string position;  ///< Where in the source, as the reader should see it ("¶ 12–14", "00:14:05").
    std::string quote;     ///< The passage; '\n' separates its lines.
};

/// One table cell: paragraphs of text, then the notes it cites.
struct ReportCell {
    std::vector<std::string> paragraphs;  ///< '\n' inside a paragraph is a line break, '\t' a tab.
    std::vector<int> notes;               ///< Numbers of cited notes: 1 is Report::notes[0].
    std::string shading;                  ///< Background as "#RRGGBB" (a code's colour), or empty.
};

/// A table with one heading row; every writer repeats or freezes that row.
struct ReportTable {
    std::string title;                          ///< Caption; the XLSX sheet name is made from it.
    std::vector<std::string> columns;           ///< Column headings, the row-header column included.
    std::vector<std::vector<ReportCell>> rows;  ///< Short rows are padded; a row longer than columns is a Usage error.
    bool firstColumnIsRowHeader = true;         ///< The first column names the row (a case): bold, frozen in XLSX.
    std::vector<double> columnWeights;          ///< Relative widths; empty means estimated from the text.
};

/// A heading outside tables; level 1 is the highest under the document title.
struct ReportHeading {
    int level = 1;  ///< 1 to 3; other values are clamped.
    std::string text;
};

/// How a paragraph outside tables reads.
enum class ParagraphRole {
    Body,   ///< Ordinary text (a description, a memo).
    Quote,  ///< A quoted passage, set off from the body.
    Source  ///< Where a passage comes from (document, speaker, position): small, quiet.
};

/// A paragraph outside tables, with the notes it cites.
struct ReportParagraph {
    std::string text;  ///< '\n' is a line break, '\t' a tab.
    ParagraphRole role = ParagraphRole::Body;
    std::vector<int> notes;  ///< Numbers of cited notes, as in ReportCell.
};

/// One block of the document body, in reading order.
using ReportBlock = std::variant<ReportHeading, ReportParagraph, ReportTable>;

/// Every word a writer puts in the output that is not content: the caller passes them translated.
struct ReportLabels {
    std::string notesHeading;  ///< Heading over the notes; also the XLSX quotes sheet's name.
    std::string noteNumber;    ///< Quotes sheet and quotes CSV column headings, in order:
    std::string caseName;      ///< ...case,
    std::string document;      ///< ...document,
    std::string speaker;       ///< ...speaker,
    std::string position;      ///< ...position,
    std::string quote;         ///< ...and the quoted passage.
    std::string notesColumn;   ///< CSV column listing the notes a row cites.
    std::string truncationMarker = "[…]";  ///< Ends text cut to fit a spreadsheet cell.
};

/// A whole export: title, body blocks and the notes they cite.
struct Report {
    std::string title;     ///< Document title; empty for none.
    std::string subtitle;  ///< Shown under the title; empty for none.
    std::string language = "en";  ///< BCP 47 tag ("cy", "en", "cy-GB"): spell checking and hyphenation.
    std::vector<ReportBlock> blocks;
    /// Citations name notes by position here (1 is the first). Every writer numbers them in the
    /// order the body first cites them, uncited ones last, so the numbers agree across formats
    /// (and with Word's own endnote numbering); list them in that order to keep yours.
    std::vector<ReportNote> notes;
    ReportLabels labels;
};

}  // namespace edau
