// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown export: pipe tables and footnotes as GitHub Flavored Markdown and pandoc read them.
#include <cctype>
#include <variant>

#include "atomic_file.h"
#include "edau/export/report_writers.h"
#include "export_text.h"
#include "prepared_report.h"

namespace edau {

using namespace exporters;

namespace {

// Characters Markdown could read as syntax inside a line; CommonMark lets any ASCII
// punctuation be escaped with a backslash, and GFM tables need \| for a literal bar.
bool needsEscape(char c) {
    switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
        case '|': case '~': case '&':
            return true;
        default:
            return false;
    }
}

// One line of text as Markdown inline content.
std::string escapeLine(std::string_view line) {
    std::string out;
    for (char c : line) {
        if (c == '\t') {
            out.push_back(' ');
            continue;
        }
        if (needsEscape(c)) out.push_back('\\');
        out.push_back(c);
    }
    return out;
}

// Text on one Markdown line: line breaks become <br>, which tables and paragraphs both accept.
std::string inlineMarkdown(std::string_view text) {
    std::string out;
    const auto lines = splitOn(text, '\n');
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0) out += "<br>";
        out += escapeLine(trimmed(lines[i]));
    }
    return out;
}

// At the start of a paragraph, '#', '-', '+', '=' and "12." would start a heading, list or rule.
std::string blockStartSafe(std::string text) {
    if (text.empty()) return text;
    const char first = text.front();
    if (first == '#' || first == '-' || first == '+' || first == '=') return "\\" + text;
    std::size_t digits = 0;
    while (digits < text.size() && std::isdigit(static_cast<unsigned char>(text[digits]))) ++digits;
    if (digits > 0 && digits < text.size() && (text[digits] == '.' || text[digits] == ')'))
        text.insert(digits, "\\");
    return text;
}

std::string footnoteRefs(const std::vector<int>& notes) {
    std::string out;
    for (int n : notes) out += "[^" + std::to_string(n) + "]";
    return out;
}

class MarkdownBuilder {
public:
    explicit MarkdownBuilder(const Report& report) : m_report(report) {}

    std::string build() {
        if (!m_report.title.empty()) m_out += "# " + inlineMarkdown(m_report.title) + "\n\n";
        if (!m_report.subtitle.empty()) m_out += "*" + inlineMarkdown(m_report.subtitle) + "*\n\n";
        for (const auto& block : m_report.blocks) std::visit([&](const auto& b) { write(b); }, block);
        writeNotes();
        return std::move(m_out);
    }

private:
    void write(const ReportHeading& heading) {
        m_out += std::string(static_cast<std::size_t>(heading.level) + 1, '#') + " " + inlineMarkdown(heading.text) + "\n\n";
    }

    void write(const ReportParagraph& paragraph) {
        const std::string text = inlineMarkdown(paragraph.text) + footnoteRefs(paragraph.notes);
        if (text.empty()) return;
        switch (paragraph.role) {
            case ParagraphRole::Body: m_out += blockStartSafe(text); break;
            case ParagraphRole::Quote: m_out += "> " + blockStartSafe(text); break;
            case ParagraphRole::Source: m_out += "*" + text + "*"; break;
        }
        m_out += "\n\n";
    }

    static std::string cell(const ReportCell& c) {
        std::string out;
        for (std::size_t p = 0; p < c.paragraphs.size(); ++p) {
            if (p > 0) out += "<br><br>";
            out += inlineMarkdown(c.paragraphs[p]);
        }
        return out + footnoteRefs(c.notes);
    }

    void write(const ReportTable& table) {
        if (table.columns.empty()) return;
        if (!table.title.empty()) m_out += "**" + inlineMarkdown(table.title) + "**\n\n";
        m_out += "|";
        for (const auto& column : table.columns) m_out += " " + inlineMarkdown(column) + " |";
        m_out += "\n|";
        for (std::size_t c = 0; c < table.columns.size(); ++c) m_out += " --- |";
        m_out += "\n";
        for (const auto& row : table.rows) {
            m_out += "|";
            for (std::size_t c = 0; c < row.size(); ++c) {
                const std::string text = cell(row[c]);
                // GFM has no row headers; bold marks the case that names the row.
                if (c == 0 && table.firstColumnIsRowHeader && !text.empty()) m_out += " **" + text + "** |";
                else m_out += " " + text + " |";
            }
            m_out += "\n";
        }
        m_out += "\n";
    }

    void writeNotes() {
        if (m_report.notes.empty()) return;
        if (!m_report.labels.notesHeading.empty()) m_out += "## " + inlineMarkdown(m_report.labels.notesHeading) + "\n\n";
        for (std::size_t i = 0; i < m_report.notes.size(); ++i) {
            const ReportNote& note = m_report.notes[i];
            m_out += "[^" + std::to_string(i + 1) + "]: " + inlineMarkdown(noteSource(note));
            const std::string quote = inlineMarkdown(trimmed(note.quote));
            if (!quote.empty()) m_out += (noteSource(note).empty() ? "*" : ": *") + quote + "*";
            m_out += "\n";
        }
    }

    const Report& m_report;
    std::string m_out;
};

}  // namespace

ExportReport writeMarkdown(const Report& report, const std::string& path) {
    const PreparedReport prepared = prepareReport(report, WrittenParts::Everything, path);
    writeFileAtomically(path, MarkdownBuilder(prepared.report).build());
    ExportReport outcome;
    outcome.removedCharacters = prepared.removed;
    outcome.notesRenumbered = prepared.notesRenumbered;
    return outcome;
}

}  // namespace edau
