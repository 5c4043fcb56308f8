// SPDX-License-Identifier: GPL-3.0-or-later
// HTML export: one standalone page that reads on screen and prints as a paper's table and notes.
#include <cstdio>
#include <variant>

#include "atomic_file.h"
#include "edau/export/report_writers.h"
#include "export_text.h"
#include "prepared_report.h"

namespace edau {

using namespace exporters;

namespace {

// Inline so the page stays one file that can be mailed or archived. Print rules: the header
// row repeats on every page (thead), rows are not split where avoidable, headings stay with
// what follows, wide tables get landscape pages (named pages, where the browser knows them).
constexpr std::string_view kStyle = R"(
body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.4;
       color: #111; margin: 2em; }
h1 { font-size: 1.8em; margin: 0 0 .2em; }
p.subtitle { font-size: 1.2em; color: #444; margin: 0 0 1.5em; }
h2 { font-size: 1.4em; margin: 1.4em 0 .5em; }
h3 { font-size: 1.2em; margin: 1.2em 0 .4em; }
h4 { font-size: 1.05em; margin: 1em 0 .3em; }
p.quote { margin: .2em 0 .8em 2em; font-style: italic; }
p.source { margin: .8em 0 0; color: #555; font-size: .9em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: .5em 0 1.5em; }
caption { caption-side: top; text-align: left; font-weight: bold; padding: 0 0 .4em; }
th, td { border: 1px solid #808080; padding: .3em .45em; vertical-align: top; text-align: left;
         overflow-wrap: break-word; }
thead th { background: #d9d9d9; }
tbody th { background: #f2f2f2; }
td p, th p { margin: 0 0 .4em; }
td p:last-child, th p:last-child { margin-bottom: 0; }
sup.cite { font-size: .75em; line-height: 0; }
sup.cite a, a.back { text-decoration: none; }
ol.notes li { margin-bottom: .6em; }
ol.notes p { margin: 0; }
ol.notes p.note-quote { margin: .15em 0 0 1em; font-style: italic; }
:target { background: #fff3b0; }
@page { size: A4; margin: 2cm; }
@page wide { size: A4 landscape; margin: 1.5cm; }
@media print {
  body { margin: 0; font-size: 10pt; }
  section.landscape { page: wide; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3, h4, caption, p.source { break-after: avoid; page-break-after: avoid; }
  section.notes { break-before: page; page-break-before: always; }
  a { color: inherit; }
  a.back { display: none; }
  :target { background: none; }
}
)";

class HtmlBuilder {
public:
    explicit HtmlBuilder(const PreparedReport& prepared) : m_prepared(prepared), m_report(prepared.report) {}

    std::string build() {
        m_out += "<!DOCTYPE html>\n<html lang=\"" + xmlEscaped(m_prepared.languageTag, true) + "\">\n<head>\n";
        m_out += "<meta charset=\"utf-8\">\n";
        m_out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
        m_out += "<meta name=\"generator\" content=\"Edau\">\n";
        m_out += "<title>" + xmlEscaped(m_report.title) + "</title>\n";
        m_out += "<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n";
        if (!m_report.title.empty()) m_out += "<h1>" + inlineHtml(m_report.title) + "</h1>\n";
        if (!m_report.subtitle.empty()) m_out += "<p class=\"subtitle\">" + inlineHtml(m_report.subtitle) + "</p>\n";
        writeBody();
        writeNotes();
        m_out += "</body>\n</html>\n";
        return std::move(m_out);
    }

private:
    // Text with line breaks as <br>; everything else escaped.
    static std::string inlineHtml(std::string_view text) {
        std::string out;
        const auto lines = splitOn(text, '\n');
        for (std::size_t i = 0; i < lines.size(); ++i) {
            if (i > 0) out += "<br>";
            appendXmlEscaped(out, lines[i]);
        }
        return out;
    }

    std::string citations(const std::vector<int>& notes) {
        if (notes.empty()) return {};
        std::string out = "<sup class=\"cite\">";
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const std::string n = std::to_string(notes[i]);
            if (i > 0) out += ", ";
            out += "<a href=\"#note-" + n + "\"";
            // The first citation is where the note's back link returns to.
            if (m_cited.size() <= static_cast<std::size_t>(notes[i])) m_cited.resize(static_cast<std::size_t>(notes[i]) + 1);
            if (!m_cited[static_cast<std::size_t>(notes[i])]) {
                out += " id=\"cite-" + n + "\"";
                m_cited[static_cast<std::size_t>(notes[i])] = true;
            }
            out += ">" + n + "</a>";
        }
        return out + "</sup>";
    }

    void writeBody() {
        const std::vector<bool> landscape = landscapeBlocks(m_report);
        bool open = false;
        bool current = false;
        for (std::size_t i = 0; i < m_report.blocks.size(); ++i) {
            if (!open || landscape[i] != current) {
                if (open) m_out += "</section>\n";
                current = landscape[i];
                m_out += current ? "<section class=\"landscape\">\n" : "<section>\n";
                open = true;
            }
            std::visit([&](const auto& block) { write(block); }, m_report.blocks[i]);
        }
        if (open) m_out += "</section>\n";
    }

    void write(const ReportHeading& heading) {
        const std::string tag = "h" + std::to_string(heading.level + 1);
        m_out += "<" + tag + ">" + inlineHtml(heading.text) + "</" + tag + ">\n";
    }

    void write(const ReportParagraph& paragraph) {
        switch (paragraph.role) {
            case ParagraphRole::Body: m_out += "<p>"; break;
            case ParagraphRole::Quote: m_out += "<p class=\"quote\">"; break;
            case ParagraphRole::Source: m_out += "<p class=\"source\">"; break;
        }
        m_out += inlineHtml(paragraph.text) + citations(paragraph.notes) + "</p>\n";
    }

    void writeCell(const char* tag, const ReportCell& cell, const char* scope) {
        m_out += "<";
        m_out += tag;
        if (scope) m_out += std::string(" scope=\"") + scope + "\"";
        if (!cell.shading.empty())
            m_out += " style=\"background: #" + cell.shading + (needsLightText(cell.shading) ? "; color: #fff" : "") + "\"";
        m_out += ">";
        std::vector<std::string> paragraphs = cell.paragraphs;
        if (paragraphs.empty() && !cell.notes.empty()) paragraphs.emplace_back();
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            const bool last = p + 1 == paragraphs.size();
            // A single paragraph needs no <p>: it keeps short cells compact.
            const bool wrap = paragraphs.size() > 1;
            if (wrap) m_out += "<p>";
            m_out += inlineHtml(paragraphs[p]);
            if (last) m_out += citations(cell.notes);
            if (wrap) m_out += "</p>";
        }
        m_out += "</";
        m_out += tag;
        m_out += ">";
    }

    void write(const ReportTable& table) {
        if (table.columns.empty()) return;
        m_out += "<table>\n";
        if (!table.title.empty()) m_out += "<caption>" + inlineHtml(table.title) + "</caption>\n";
        const std::vector<double> weights = columnWeights(table, 6, 60);
        double total = 0;
        for (double w : weights) total += w;
        m_out += "<colgroup>";
        for (double w : weights) {
            char width[32];
            std::snprintf(width, sizeof width, "%.1f", 100.0 * w / total);
            m_out += "<col style=\"width: " + std::string(width) + "%\">";
        }
        m_out += "</colgroup>\n<thead>\n<tr>";
        for (const auto& column : table.columns) {
            m_out += "<th scope=\"col\">" + inlineHtml(column) + "</th>";
        }
        m_out += "</tr>\n</thead>\n<tbody>\n";
        for (const auto& row : table.rows) {
            m_out += "<tr>";
            for (std::size_t c = 0; c < row.size(); ++c) {
                if (c == 0 && table.firstColumnIsRowHeader) writeCell("th", row[c], "row");
                else writeCell("td", row[c], nullptr);
            }
            m_out += "</tr>\n";
        }
        m_out += "</tbody>\n</table>\n";
    }

    void writeNotes() {
        if (m_report.notes.empty()) return;
        m_out += "<section class=\"notes\">\n";
        if (!m_report.labels.notesHeading.empty())
            m_out += "<h2>" + inlineHtml(m_report.labels.notesHeading) + "</h2>\n";
        m_out += "<ol class=\"notes\">\n";
        for (std::size_t i = 0; i < m_report.notes.size(); ++i) {
            const ReportNote& note = m_report.notes[i];
            const std::string n = std::to_string(i + 1);
            m_out += "<li id=\"note-" + n + "\" value=\"" + n + "\">";
            m_out += "<p class=\"note-source\">" + inlineHtml(noteSource(note));
            if (m_cited.size() > i + 1 && m_cited[i + 1]) m_out += " <a class=\"back\" href=\"#cite-" + n + "\">\u21A9</a>";
            m_out += "</p>";
            if (!trimmed(note.quote).empty()) m_out += "<p class=\"note-quote\">" + inlineHtml(trimmed(note.quote)) + "</p>";
            m_out += "</li>\n";
        }
        m_out += "</ol>\n</section>\n";
    }

    const PreparedReport& m_prepared;
    const Report& m_report;
    std::vector<bool> m_cited;  // by note number: cited already, so the anchor exists
    std::string m_out;
};

}  // namespace

ExportReport writeHtml(const Report& report, const std::string& path) {
    const PreparedReport prepared = prepareReport(report, WrittenParts::Everything, path);
    writeFileAtomically(path, HtmlBuilder(prepared).build());
    ExportReport outcome;
    outcome.removedCharacters = prepared.removed;
    outcome.notesRenumbered = prepared.notesRenumbered;
    return outcome;
}

}  // namespace edau
