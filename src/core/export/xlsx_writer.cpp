// SPDX-License-Identifier: GPL-3.0-or-later
// Excel export through libxlsxwriter: a sheet per table, then a sheet of the quotes they cite.
#include <xlsxwriter.h>

#include <algorithm>
#include <map>
#include <set>
#include <variant>

#include "atomic_file.h"
#include "edau/export/report_writers.h"
#include "export_text.h"
#include "prepared_report.h"

namespace edau {

using namespace exporters;

namespace {

// Excel refuses a cell holding more than this many characters (UTF-16 code units).
constexpr std::size_t kMaxCellLength = 32767;
// Excel's limit on sheet names, which also may not hold any of []:*?/\ .
constexpr std::size_t kMaxSheetName = 31;
// Widths in Excel's character units: wide enough to read a summary, narrow enough to see
// several columns; wrapped text takes more lines rather than more width.
constexpr double kMinColumnWidth = 8;
constexpr lxw_color_t kBorderColour = 0x808080;
constexpr double kMaxColumnWidth = 50;
constexpr double kMaxWideColumnWidth = 36;  // a matrix of many themes: more of them on screen and paper
constexpr double kMaxQuoteWidth = 80;
// Row heights in points for the default 11 pt font; Excel allows no row taller than 409 pt.
constexpr double kLineHeight = 15;
constexpr double kMaxRowHeight = 409;
// Total column width (in characters) that still prints legibly when fitted to one A4 width.
constexpr double kFitWidthLandscape = 200;
constexpr double kFitWidthPortrait = 140;

std::string cellReference(std::size_t row, std::size_t column) {
    std::string letters;
    for (std::size_t c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

// Lower case for comparing sheet names as Excel does (it ignores case): enough of Unicode for
// the Latin letters of Welsh and English, so "Ŵyr" and "ŵyr" count as the same name.
char32_t lowerLatin(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c >= 0x100 && c <= 0x137 && c % 2 == 0) return c + 1;
    if (c >= 0x139 && c <= 0x148 && c % 2 == 1) return c + 1;
    if (c >= 0x14A && c <= 0x177 && c % 2 == 0) return c + 1;
    if (c == 0x178) return 0xFF;
    if (c >= 0x179 && c <= 0x17E && c % 2 == 1) return c + 1;
    return c;
}

std::string foldedName(std::string_view name) {
    std::string out;
    std::size_t at = 0;
    while (at < name.size()) appendUtf8(out, lowerLatin(nextCodePoint(name, at)));
    return out;
}

// Makes sheet names Excel accepts: no forbidden characters, no apostrophe at either end,
// at most 31 characters, unique ignoring case. Empty names become the sheet's number.
class SheetNamer {
public:
    SheetNamer() { m_used.insert("history"); }  // Excel reserves it for change tracking

    std::string name(std::string_view wanted) {
        ++m_count;
        std::string cleaned;
        for (char c : wanted) {
            const bool forbidden = std::string_view("[]:*?/\\\n\t").find(c) != std::string_view::npos;
            const char put = forbidden ? ' ' : c;
            if (put == ' ' && (cleaned.empty() || cleaned.back() == ' ')) continue;
            cleaned.push_back(put);
        }
        std::string_view base = trimmed(cleaned);
        while (!base.empty() && (base.front() == '\'' || base.back() == '\'')) {
            if (base.front() == '\'') base.remove_prefix(1);
            else base.remove_suffix(1);
            base = trimmed(base);
        }
        std::string stem(trimmed(utf16Prefix(base, kMaxSheetName)));
        if (stem.empty()) stem = std::to_string(m_count);
        std::string candidate = stem;
        for (int n = 2; m_used.count(foldedName(candidate)); ++n) {
            const std::string suffix = " (" + std::to_string(n) + ")";
            candidate = std::string(trimmed(utf16Prefix(stem, kMaxSheetName - suffix.size()))) + suffix;
        }
        m_used.insert(foldedName(candidate));
        return candidate;
    }

private:
    std::set<std::string> m_used;
    int m_count = 0;
};

// How many lines text takes in a wrapped cell `width` characters wide: words wrap whole,
// a word longer than the line breaks where it must. Excel's width unit is the digit 0, wider
// than most letters, so a line holds a little more than `width` letters; the estimate stays
// below what even a wide substitute font (DejaVu Sans) fits, erring towards a taller row
// rather than clipped text.
std::size_t wrappedLines(std::string_view text, double width) {
    const std::size_t capacity = std::max<std::size_t>(1, static_cast<std::size_t>(width * 1.1) - 1);
    std::size_t lines = 0;
    for (std::string_view line : splitOn(text, '\n')) {
        std::size_t used = 0;
        ++lines;
        for (std::string_view word : splitOn(line, ' ')) {
            const std::size_t length = codePointLength(word);
            if (used > 0 && used + 1 + length <= capacity) {
                used += 1 + length;
                continue;
            }
            if (used > 0) ++lines;
            lines += (length > 0 ? (length - 1) / capacity : 0);
            used = length > 0 ? (length - 1) % capacity + 1 : 0;
        }
    }
    return lines;
}

// A plain whole number (no leading zero, no sign) is written as a number, so counts sort and
// sum; anything else stays text exactly as written (an ID like "007" keeps its zeros).
bool isPlainWholeNumber(std::string_view text) {
    if (text.empty() || text.size() > 15) return false;
    if (text.size() > 1 && text.front() == '0') return false;
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

class XlsxBuilder {
public:
    XlsxBuilder(const PreparedReport& prepared, lxw_workbook* workbook, const std::string& fileLabel,
                ExportReport& outcome)
        : m_report(prepared.report), m_workbook(workbook), m_fileLabel(fileLabel), m_outcome(outcome) {
        m_header = workbook_add_format(m_workbook);
        format_set_bold(m_header);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(m_header, 0xD9D9D9);
        format_set_border(m_header, LXW_BORDER_THIN);
        format_set_border_color(m_header, kBorderColour);
        m_body = bodyFormat(false, 0, false);
        m_rowHeader = bodyFormat(true, 0, false);
    }

    void build() {
        for (const auto& block : m_report.blocks) {
            if (const auto* table = std::get_if<ReportTable>(&block); table && !table->columns.empty()) write(*table);
        }
        writeQuotes();
        // An empty workbook would get libxlsxwriter's English "Sheet1".
        if (m_sheets == 0) addSheet(m_report.title);
    }

private:
    lxw_format* bodyFormat(bool bold, lxw_color_t fill, bool filled, bool lightText = false) {
        lxw_format* format = workbook_add_format(m_workbook);
        if (bold) format_set_bold(format);
        format_set_text_wrap(format);
        format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
        // Gridlines do not print; borders do, as in the Word table.
        format_set_border(format, LXW_BORDER_THIN);
        format_set_border_color(format, kBorderColour);
        if (filled) format_set_bg_color(format, fill);
        if (filled && lightText) format_set_font_color(format, LXW_COLOR_WHITE);
        return format;
    }

    lxw_format* shaded(const std::string& colour, bool bold) {
        const std::string key = colour + (bold ? "b" : "");
        auto found = m_shaded.find(key);
        if (found != m_shaded.end()) return found->second;
        const auto fill = static_cast<lxw_color_t>(std::stoul(colour, nullptr, 16));
        return m_shaded[key] = bodyFormat(bold, fill, true, needsLightText(colour));
    }

    lxw_worksheet* addSheet(const std::string& wanted) {
        m_sheetName = m_namer.name(wanted);
        lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, m_sheetName.c_str());
        if (!sheet) throwCannotWrite(m_fileLabel, "the workbook refused the sheet name \"" + m_sheetName + "\"");
        ++m_sheets;
        return sheet;
    }

    void check(lxw_error error) const {
        if (error != LXW_NO_ERROR) throwCannotWrite(m_fileLabel, lxw_strerror(error));
    }

    // Cuts text that Excel could not hold, keeping the note marks and adding a visible marker.
    std::string fitted(std::string text, const std::string& suffix, std::size_t row, std::size_t column) {
        const std::size_t length = utf16Length(text) + utf16Length(suffix);
        if (length <= kMaxCellLength) return text + suffix;
        const std::string marker = " " + m_report.labels.truncationMarker;
        const std::size_t room = kMaxCellLength - std::min(kMaxCellLength, utf16Length(marker) + utf16Length(suffix));
        std::string kept = std::string(utf16Prefix(text, room)) + marker + suffix;
        m_outcome.truncatedCells.push_back(
            TruncatedCell{m_sheetName, cellReference(row, column), length, utf16Length(kept)});
        return kept;
    }

    void writeText(lxw_worksheet* sheet, std::size_t row, std::size_t column, const std::string& text,
                   lxw_format* format) {
        const auto r = static_cast<lxw_row_t>(row);
        const auto c = static_cast<lxw_col_t>(column);
        if (text.empty()) check(worksheet_write_blank(sheet, r, c, format));
        else check(worksheet_write_string(sheet, r, c, text.c_str(), format));
    }

    void write(const ReportTable& table) {
        const std::string wanted = !table.title.empty() ? table.title : m_report.title;
        lxw_worksheet* sheet = addSheet(wanted);
        if (table.rows.size() + 1 > LXW_ROW_MAX || table.columns.size() > LXW_COL_MAX)
            throwCannotWrite(m_fileLabel, "the table \"" + table.title + "\" is larger than a worksheet");

        std::vector<std::vector<std::string>> written(table.rows.size() + 1);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            written[0].push_back(fitted(table.columns[c], {}, 0, c));
            writeText(sheet, 0, c, written[0].back(), m_header);
        }
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            const auto& row = table.rows[r];
            for (std::size_t c = 0; c < row.size(); ++c) {
                const ReportCell& cell = row[c];
                const bool bold = c == 0 && table.firstColumnIsRowHeader;
                lxw_format* format = !cell.shading.empty() ? shaded(cell.shading, bold) : bold ? m_rowHeader : m_body;
                const std::string text = cellText(cell);
                written[r + 1].push_back(text);
                if (cell.notes.empty() && isPlainWholeNumber(text)) {
                    check(worksheet_write_number(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                                                 std::stod(text), format));
                    continue;
                }
                const std::string marks = cell.notes.empty() ? "" : (text.empty() ? "[" : " [") + noteList(cell.notes) + "]";
                written[r + 1].back() = fitted(text, marks, r + 1, c);
                writeText(sheet, r + 1, c, written[r + 1].back(), format);
            }
        }
        const bool wide = isWide(table);
        layOut(sheet, columnWeights(table, kMinColumnWidth, wide ? kMaxWideColumnWidth : kMaxColumnWidth), written,
               table.firstColumnIsRowHeader, wide);
    }

    // Column widths, row heights, frozen panes and page set-up for a sheet just written.
    // Row heights are set rather than left to the reader: LibreOffice shows rows without a
    // height one line tall, however much wrapped text they hold.
    void layOut(lxw_worksheet* sheet, const std::vector<double>& widths,
                const std::vector<std::vector<std::string>>& written, bool freezeFirstColumn, bool landscape) {
        double totalWidth = 0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c], nullptr));
            totalWidth += widths[c];
        }
        for (std::size_t r = 0; r < written.size(); ++r) {
            std::size_t lines = 1;
            for (std::size_t c = 0; c < written[r].size() && c < widths.size(); ++c)
                lines = std::max(lines, wrappedLines(written[r][c], widths[c]));
            if (lines > 1)
                check(worksheet_set_row(sheet, static_cast<lxw_row_t>(r),
                                        std::min(kMaxRowHeight, kLineHeight * static_cast<double>(lines)), nullptr));
        }
        // Scrolling keeps the headings and the case column in view; printing repeats them.
        worksheet_freeze_panes(sheet, 1, freezeFirstColumn ? 1 : 0);
        worksheet_set_paper(sheet, 9);  // A4
        if (landscape) worksheet_set_landscape(sheet);
        check(worksheet_repeat_rows(sheet, 0, 0));
        if (freezeFirstColumn) check(worksheet_repeat_columns(sheet, 0, 0));
        // Shrinking a wide matrix onto one page width makes it unreadable; past that, it
        // prints across pages with the headings and cases repeated.
        if (totalWidth <= (landscape ? kFitWidthLandscape : kFitWidthPortrait)) worksheet_fit_to_pages(sheet, 1, 0);
    }

    void writeQuotes() {
        if (m_report.notes.empty()) return;
        const ReportLabels& l = m_report.labels;
        lxw_worksheet* sheet = addSheet(l.notesHeading);
        const std::vector<std::string> headings = {l.noteNumber, l.caseName, l.document, l.speaker, l.position, l.quote};
        std::vector<std::vector<std::string>> written = {headings};
        for (std::size_t c = 0; c < headings.size(); ++c) writeText(sheet, 0, c, headings[c], m_header);
        for (std::size_t i = 0; i < m_report.notes.size(); ++i) {
            const ReportNote& note = m_report.notes[i];
            const auto row = static_cast<lxw_row_t>(i + 1);
            check(worksheet_write_number(sheet, row, 0, static_cast<double>(i + 1), m_rowHeader));
            written.push_back({std::to_string(i + 1)});
            const std::vector<const std::string*> fields = {&note.caseName, &note.document, &note.speaker,
                                                            &note.position, &note.quote};
            for (std::size_t f = 0; f < fields.size(); ++f) {
                written.back().push_back(fitted(*fields[f], {}, i + 1, f + 1));
                writeText(sheet, i + 1, f + 1, written.back().back(), m_body);
            }
        }
        ReportTable shape;  // measured like any table, so the quote column gets the room
        shape.columns = headings;
        for (std::size_t r = 1; r < written.size(); ++r) {
            std::vector<ReportCell> cells(written[r].size());
            for (std::size_t c = 0; c < cells.size(); ++c) cells[c].paragraphs = {written[r][c]};
            shape.rows.push_back(std::move(cells));
        }
        std::vector<double> widths = columnWeights(shape, 6, kMaxQuoteWidth);
        widths[0] = std::min(widths[0], 8.0);
        layOut(sheet, widths, written, true, true);
    }

    const Report& m_report;
    lxw_workbook* m_workbook;
    const std::string& m_fileLabel;
    ExportReport& m_outcome;
    lxw_format* m_header = nullptr;
    lxw_format* m_body = nullptr;
    lxw_format* m_rowHeader = nullptr;
    std::map<std::string, lxw_format*> m_shaded;
    SheetNamer m_namer;
    std::string m_sheetName;
    int m_sheets = 0;
};

// libxlsxwriter writes nothing until workbook_close(); a workbook abandoned part-way through
// is freed without being written.
struct WorkbookOwner {
    lxw_workbook* workbook = nullptr;
    ~WorkbookOwner() {
        if (workbook) lxw_workbook_free(workbook);
    }
};

}  // namespace

ExportReport writeXlsx(const Report& report, const std::string& path) {
    const PreparedReport prepared = prepareReport(report, WrittenParts::TablesAndNotes, path);
    ExportReport outcome;
    outcome.removedCharacters = prepared.removed;
    outcome.notesRenumbered = prepared.notesRenumbered;

    AtomicFile file(path);
    file.create();
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = nullptr;
    options.use_zip64 = LXW_FALSE;
    WorkbookOwner owner;
    owner.workbook = workbook_new_opt(file.tempPath().c_str(), &options);
    if (!owner.workbook) throwCannotWrite(path, lxw_strerror(LXW_ERROR_MEMORY_MALLOC_FAILED));

    XlsxBuilder(prepared, owner.workbook, path, outcome).build();

    lxw_doc_properties properties{};
    std::string title = prepared.report.title, subject = prepared.report.subtitle;
    properties.title = title.empty() ? nullptr : title.data();
    properties.subject = subject.empty() ? nullptr : subject.data();
    workbook_set_properties(owner.workbook, &properties);

    lxw_workbook* workbook = owner.workbook;
    owner.workbook = nullptr;  // workbook_close frees it, whatever it returns
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR) throwCannotWrite(path, lxw_strerror(error));
    file.commit();
    return outcome;
}

}  // namespace edau
