// SPDX-License-Identifier: GPL-3.0-or-later
// A Report checked and cleaned once before any writer sees it, and the layout rules writers share.
#include "prepared_report.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <variant>

#include "edau/base/error.h"
#include "export_text.h"

namespace edau::exporters {

namespace {

std::string languageTagFor(std::string_view language) {
    std::string tag(trimmed(language));
    std::replace(tag.begin(), tag.end(), '_', '-');
    const bool wellFormed = !tag.empty() && std::all_of(tag.begin(), tag.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
    });
    if (!wellFormed) return "en-GB";
    const std::size_t dash = std::min(tag.find('-'), tag.size());
    for (std::size_t i = 0; i < dash; ++i) tag[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(tag[i])));
    // Spell checkers pick a dictionary by full locale, and the project's readers are in Wales.
    if (tag == "cy" || tag == "en") return tag + "-GB";
    return tag;
}

std::string normalisedColour(std::string_view colour) {
    colour = trimmed(colour);
    if (!colour.empty() && colour.front() == '#') colour.remove_prefix(1);
    if (colour.size() != 6) return {};
    std::string hex;
    for (char c : colour) {
        if (!std::isxdigit(static_cast<unsigned char>(c))) return {};
        hex.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    return hex;
}

class Preparer {
public:
    void cleanInPlace(std::string& text) { text = m_cleaner.clean(text); }

    void prepare(ReportHeading& heading) {
        heading.level = std::clamp(heading.level, 1, 3);
        cleanInPlace(heading.text);
    }

    void prepare(ReportParagraph& paragraph) {
        cleanInPlace(paragraph.text);
    }

    void prepare(ReportTable& table) {
        cleanInPlace(table.title);
        for (auto& column : table.columns) cleanInPlace(column);
        for (std::size_t r = 0; r < table.rows.size(); ++r) {
            auto& row = table.rows[r];
            if (row.size() > table.columns.size())
                throwError(ErrorKind::Usage,
                           Message(EDAU_MSG("Row {row} of the table \"{table}\" has {cells} cells but only "
                                            "{columns} column headings"))
                               .arg("row", static_cast<long long>(r + 1))
                               .arg("table", table.title)
                               .arg("cells", static_cast<long long>(row.size()))
                               .arg("columns", static_cast<long long>(table.columns.size())));
            row.resize(table.columns.size());
            for (auto& cell : row) {
                for (auto& paragraph : cell.paragraphs) cleanInPlace(paragraph);
                cell.shading = normalisedColour(cell.shading);
            }
        }
        if (table.columnWeights.size() != table.columns.size()) table.columnWeights.clear();
    }

    std::vector<RemovedCharacter> removed() const { return m_cleaner.removed(); }

private:
    TextCleaner m_cleaner;
};

// Every format numbers the notes the same way, so note 7 under the Word table is row 7 of the
// quotes sheet. Word numbers endnotes by where they are first cited and cannot be told
// otherwise reliably (LibreOffice misreads custom marks of two digits), so that order wins.
bool numberNotesByFirstCitation(Report& report) {
    const std::size_t count = report.notes.size();
    std::vector<int> newNumber(count + 1, 0);
    std::vector<ReportNote> ordered;
    ordered.reserve(count);
    auto renumber = [&](std::vector<int>& notes) {
        std::vector<int> renumbered;
        for (int n : notes) {
            if (n < 1 || static_cast<std::size_t>(n) > count)
                throwError(ErrorKind::Usage,
                           Message(EDAU_MSG("The export cites note {note}, but it holds {count} notes"))
                               .arg("note", static_cast<long long>(n))
                               .arg("count", static_cast<long long>(count)));
            int& assigned = newNumber[static_cast<std::size_t>(n)];
            if (assigned == 0) {
                ordered.push_back(std::move(report.notes[static_cast<std::size_t>(n - 1)]));
                assigned = static_cast<int>(ordered.size());
            }
            if (std::find(renumbered.begin(), renumbered.end(), assigned) == renumbered.end())
                renumbered.push_back(assigned);
        }
        notes = std::move(renumbered);
    };
    for (auto& block : report.blocks) {
        if (auto* paragraph = std::get_if<ReportParagraph>(&block)) renumber(paragraph->notes);
        if (auto* table = std::get_if<ReportTable>(&block))
            for (auto& row : table->rows)
                for (auto& cell : row) renumber(cell.notes);
    }
    bool changed = false;
    for (std::size_t n = 1; n <= count; ++n) {
        if (newNumber[n] == 0) {
            ordered.push_back(std::move(report.notes[n - 1]));
            newNumber[n] = static_cast<int>(ordered.size());
        }
        changed = changed || newNumber[n] != static_cast<int>(n);
    }
    report.notes = std::move(ordered);
    return changed;
}

void keepOnly(Report& report, WrittenParts parts, const std::string& file) {
    switch (parts) {
        case WrittenParts::Everything:
            return;
        case WrittenParts::TablesAndNotes:
            std::erase_if(report.blocks, [](const ReportBlock& b) { return !std::holds_alternative<ReportTable>(b); });
            return;
        case WrittenParts::FirstTable: {
            auto first = std::find_if(report.blocks.begin(), report.blocks.end(),
                                      [](const ReportBlock& b) { return std::holds_alternative<ReportTable>(b); });
            if (first == report.blocks.end())
                throwError(ErrorKind::Usage, Message(EDAU_MSG("There is no table to write to {file}")).arg("file", file));
            ReportBlock table = std::move(*first);
            report.blocks.clear();
            report.blocks.push_back(std::move(table));
            for (auto& note : report.notes) note = ReportNote{};  // numbers stay, text goes
            const std::string notesColumn = report.labels.notesColumn;
            report.labels = ReportLabels{};
            report.labels.notesColumn = notesColumn;
            report.title.clear();
            report.subtitle.clear();
            return;
        }
        case WrittenParts::NotesOnly:
            report.blocks.clear();
            report.title.clear();
            report.subtitle.clear();
            return;
    }
}

}  // namespace

PreparedReport prepareReport(const Report& report, WrittenParts parts, const std::string& file) {
    PreparedReport prepared;
    prepared.report = report;
    Report& r = prepared.report;
    prepared.notesRenumbered = numberNotesByFirstCitation(r);
    keepOnly(r, parts, file);
    Preparer preparer;
    preparer.cleanInPlace(r.title);
    preparer.cleanInPlace(r.subtitle);
    for (auto& block : r.blocks) std::visit([&](auto& b) { preparer.prepare(b); }, block);
    for (auto& note : r.notes) {
        for (auto* field : {&note.caseName, &note.document, &note.speaker, &note.position, &note.quote})
            preparer.cleanInPlace(*field);
    }
    ReportLabels& l = r.labels;
    for (auto* label : {&l.notesHeading, &l.noteNumber, &l.caseName, &l.document, &l.speaker, &l.position,
                        &l.quote, &l.notesColumn, &l.truncationMarker})
        preparer.cleanInPlace(*label);
    prepared.languageTag = languageTagFor(r.language);
    prepared.removed = preparer.removed();
    return prepared;
}

bool isWide(const ReportTable& table) { return table.columns.size() > 4; }

std::vector<bool> landscapeBlocks(const Report& report) {
    std::vector<bool> landscape(report.blocks.size(), false);
    bool next = false;
    bool seenTable = false;
    // Walk backwards so each block learns the orientation of the next table after it.
    for (std::size_t i = report.blocks.size(); i-- > 0;) {
        if (const auto* table = std::get_if<ReportTable>(&report.blocks[i])) {
            next = isWide(*table);
            if (!seenTable) {
                // Text after the last table follows it.
                for (std::size_t j = i + 1; j < report.blocks.size(); ++j) landscape[j] = next;
                seenTable = true;
            }
        }
        landscape[i] = next;
    }
    return landscape;
}

std::vector<double> columnWeights(const ReportTable& table, double minimum, double maximum) {
    const std::size_t columns = table.columns.size();
    if (table.columnWeights.size() == columns) {
        bool usable = true;
        for (double w : table.columnWeights) usable = usable && w > 0;
        if (usable) return table.columnWeights;
    }
    std::vector<double> longest(columns, 0.0);
    std::vector<double> longestWord(columns, 0.0);
    auto measure = [&](std::size_t c, std::string_view text) {
        longest[c] = std::max(longest[c], static_cast<double>(codePointLength(text)));
        for (std::string_view line : splitOn(text, '\n'))
            for (std::string_view word : splitOn(line, ' '))
                longestWord[c] = std::max(longestWord[c], static_cast<double>(codePointLength(word)));
    };
    for (std::size_t c = 0; c < columns; ++c) measure(c, table.columns[c]);
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size() && c < columns; ++c) {
            std::string text = cellText(row[c]);
            if (!row[c].notes.empty()) text += " [" + noteList(row[c].notes) + "]";
            measure(c, text);
        }
    }
    std::vector<double> weights(columns);
    for (std::size_t c = 0; c < columns; ++c) {
        // Long text wraps anyway, so past `maximum` a column only needs room for its longest
        // word; a heading may wrap too, so it counts like any other text.
        const double wanted = std::max(longest[c] * 1.1 + 1, std::min(longestWord[c] + 1, maximum));
        weights[c] = std::clamp(wanted, minimum, maximum);
    }
    return weights;
}

std::string noteSource(const ReportNote& note) {
    std::vector<std::string> parts;
    for (const std::string* field : {&note.caseName, &note.document, &note.speaker, &note.position}) {
        std::string_view text = trimmed(*field);
        if (!text.empty()) parts.emplace_back(text);
    }
    return joinWith(parts, ", ");
}

bool needsLightText(const std::string& shading) {
    if (shading.size() != 6) return false;
    const unsigned long rgb = std::stoul(shading, nullptr, 16);
    // Relative luminance with the sRGB curve (WCAG): below about 0.18 black text has less
    // contrast than white text.
    auto channel = [](unsigned long value) {
        const double c = static_cast<double>(value) / 255.0;
        return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const double luminance =
        0.2126 * channel((rgb >> 16) & 0xFF) + 0.7152 * channel((rgb >> 8) & 0xFF) + 0.0722 * channel(rgb & 0xFF);
    return luminance < 0.18;
}

std::string noteList(const std::vector<int>& notes) {
    std::string out;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        if (i > 0) out += ", ";
        out += std::to_string(notes[i]);
    }
    return out;
}

std::vector<int> rowNotes(const std::vector<ReportCell>& row) {
    std::vector<int> notes;
    for (const auto& cell : row)
        for (int n : cell.notes)
            if (std::find(notes.begin(), notes.end(), n) == notes.end()) notes.push_back(n);
    return notes;
}

std::string cellText(const ReportCell& cell) { return joinWith(cell.paragraphs, "\n"); }

void throwCannotWrite(const std::string& file, const std::string& reason) {
    throwError(ErrorKind::Environment,
               Message(EDAU_MSG("Cannot write {file}: {reason}")).arg("file", file).arg("reason", reason));
}

}  // namespace edau::exporters
