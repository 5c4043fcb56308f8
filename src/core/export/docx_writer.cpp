// SPDX-License-Identifier: GPL-3.0-or-later
// Word export: WordprocessingML written by hand into a zip, with real tables and endnotes.
//
// Citations are endnotes, not footnotes: each note carries a whole quoted passage, and Word
// keeps a footnote on the page of its reference, so a table row citing three long quotes would
// push the table apart or spill notes over pages. Endnotes gather the evidence after the text,
// where a paper's reader looks for sources anyway. Word numbers endnotes itself, in order of
// reference, which is the order prepareReport numbered the notes in, so note 7 in the Word
// table is row 7 of the quotes sheet in the workbook. Word holds one endnote per reference, so
// a note cited again repeats its number as a superscript mark beside the first reference's
// endnote. (Custom marks, customMarkFollows, would need no such order, but LibreOffice 7.4
// shows a two-digit custom mark twice: "1010".) Notes nobody cites have no place in Word.
#include <algorithm>
#include <cmath>
#include <variant>

#include "atomic_file.h"
#include "edau/base/time.h"
#include "edau/export/report_writers.h"
#include "export_text.h"
#include "prepared_report.h"
#include "zip_package_writer.h"

namespace edau {

using namespace exporters;

namespace {

constexpr std::string_view kXmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr std::string_view kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kRelNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// A4, in twentieths of a point; 2 cm margins (1.5 cm on landscape pages, which hold wide tables).
constexpr int kPageShort = 11906;
constexpr int kPageLong = 16838;
constexpr int kMarginPortrait = 1134;
constexpr int kMarginLandscape = 851;

std::string attr(std::string_view text) { return xmlEscaped(text, true); }

// Runs for text: tabs and line breaks become Word's own elements.
std::string textRuns(std::string_view text, std::string_view runProperties = {}) {
    std::string out;
    if (text.empty()) return out;
    out += "<w:r>";
    if (!runProperties.empty()) out += "<w:rPr>" + std::string(runProperties) + "</w:rPr>";
    std::string pending;
    auto flush = [&] {
        if (pending.empty()) return;
        out += "<w:t xml:space=\"preserve\">";
        appendXmlEscaped(out, pending);
        out += "</w:t>";
        pending.clear();
    };
    for (char c : text) {
        if (c == '\n') {
            flush();
            out += "<w:br/>";
        } else if (c == '\t') {
            flush();
            out += "<w:tab/>";
        } else {
            pending.push_back(c);
        }
    }
    flush();
    out += "</w:r>";
    return out;
}

std::string paragraph(std::string_view style, const std::string& runs, std::string_view extraProperties = {}) {
    std::string out = "<w:p><w:pPr>";
    if (!style.empty()) out += "<w:pStyle w:val=\"" + std::string(style) + "\"/>";
    out += std::string(extraProperties) + "</w:pPr>" + runs + "</w:p>";
    return out;
}

std::string sectionProperties(bool landscape) {
    const int margin = landscape ? kMarginLandscape : kMarginPortrait;
    std::string out = "<w:sectPr><w:endnotePr><w:numFmt w:val=\"decimal\"/></w:endnotePr><w:type w:val=\"nextPage\"/>";
    if (landscape)
        out += "<w:pgSz w:w=\"" + std::to_string(kPageLong) + "\" w:h=\"" + std::to_string(kPageShort) +
               "\" w:orient=\"landscape\"/>";
    else
        out += "<w:pgSz w:w=\"" + std::to_string(kPageShort) + "\" w:h=\"" + std::to_string(kPageLong) + "\"/>";
    const std::string m = std::to_string(margin);
    out += "<w:pgMar w:top=\"" + m + "\" w:right=\"" + m + "\" w:bottom=\"" + m + "\" w:left=\"" + m +
           "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/>";
    out += "<w:cols w:space=\"708\"/></w:sectPr>";
    return out;
}

int textWidth(bool landscape) {
    return landscape ? kPageLong - 2 * kMarginLandscape : kPageShort - 2 * kMarginPortrait;
}

// Column widths in twips that fill the text width, none narrower than about 1.6 cm unless
// there are too many columns for that.
std::vector<int> columnTwips(const ReportTable& table, int total) {
    const std::vector<double> weights = columnWeights(table, 6, 60);
    const std::size_t n = weights.size();
    const double minimum = std::min(900.0, static_cast<double>(total) / static_cast<double>(n));
    std::vector<double> widths(n);
    std::vector<bool> pinned(n, false);
    for (std::size_t pass = 0; pass < n; ++pass) {
        double free = total, weightSum = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (pinned[i]) free -= minimum;
            else weightSum += weights[i];
        }
        bool changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            if (pinned[i]) {
                widths[i] = minimum;
                continue;
            }
            widths[i] = free * weights[i] / weightSum;
            if (widths[i] < minimum) {
                pinned[i] = true;
                changed = true;
            }
        }
        if (!changed) break;
    }
    std::vector<int> twips(n);
    int used = 0;
    for (std::size_t i = 0; i < n; ++i) {
        twips[i] = static_cast<int>(std::floor(widths[i]));
        used += twips[i];
    }
    twips[n - 1] += total - used;
    return twips;
}

class DocxBuilder {
public:
    explicit DocxBuilder(const PreparedReport& prepared)
        : m_report(prepared.report), m_endnoteId(prepared.report.notes.size() + 1, 0) {}

    std::string document() {
        std::string body;
        if (!m_report.title.empty()) body += paragraph("Title", textRuns(m_report.title));
        if (!m_report.subtitle.empty()) body += paragraph("Subtitle", textRuns(m_report.subtitle));

        const std::vector<bool> landscape = landscapeBlocks(m_report);
        const std::size_t count = m_report.blocks.size();
        bool current = landscape.empty() ? false : landscape.front();
        for (std::size_t i = 0; i < count; ++i) {
            m_landscape = current;
            std::visit([&](const auto& block) { body += write(block); }, m_report.blocks[i]);
            const bool table = std::holds_alternative<ReportTable>(m_report.blocks[i]);
            const bool nextIsBareTable = i + 1 < count && std::holds_alternative<ReportTable>(m_report.blocks[i + 1]) &&
                                         std::get<ReportTable>(m_report.blocks[i + 1]).title.empty();
            if (i + 1 < count && landscape[i + 1] != current) {
                // A section ends with the paragraph that holds its properties; a small one, so
                // it cannot push a page of its own.
                body += "<w:p><w:pPr><w:pStyle w:val=\"TableEnd\"/>" + sectionProperties(current) + "</w:pPr></w:p>";
                current = landscape[i + 1];
            } else if (table && (nextIsBareTable || i + 1 == count)) {
                // Word merges tables that touch, and wants a paragraph after the last one.
                body += "<w:p><w:pPr><w:pStyle w:val=\"TableEnd\"/></w:pPr></w:p>";
            }
        }
        if (!m_report.labels.notesHeading.empty() && m_anyCited)
            body += paragraph("Heading1", textRuns(m_report.labels.notesHeading));

        std::string out(kXmlDeclaration);
        out += "<w:document xmlns:w=\"" + std::string(kWordNamespace) + "\" xmlns:r=\"" + std::string(kRelNamespace) +
               "\"><w:body>";
        out += body;
        out += sectionProperties(current);
        out += "</w:body></w:document>";
        return out;
    }

    std::string endnotes() const {
        std::string out(kXmlDeclaration);
        out += "<w:endnotes xmlns:w=\"" + std::string(kWordNamespace) + "\" xmlns:r=\"" + std::string(kRelNamespace) + "\">";
        out += "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" "
               "w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:endnote>";
        out += "<w:endnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" "
               "w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>";
        out += m_endnotes;
        out += "</w:endnotes>";
        return out;
    }

private:
    std::string noteReferences(const std::vector<int>& notes) {
        std::string out;
        const std::string style = "<w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr>";
        for (std::size_t i = 0; i < notes.size(); ++i) {
            const int n = notes[i];
            const std::string mark = std::to_string(n);
            // Superscript numbers that touch read as one number: "1" "3" would look like 13.
            if (i > 0) out += "<w:r>" + style + "<w:t>,</w:t></w:r>";
            m_anyCited = true;
            if (m_endnoteId[static_cast<std::size_t>(n)] != 0) {
                out += "<w:r>" + style + "<w:t>" + mark + "</w:t></w:r>";
                continue;
            }
            const int id = ++m_lastEndnoteId;
            m_endnoteId[static_cast<std::size_t>(n)] = id;
            out += "<w:r>" + style + "<w:endnoteReference w:id=\"" + std::to_string(id) + "\"/></w:r>";
            addEndnote(id, n);
        }
        return out;
    }

    void addEndnote(int id, int number) {
        const ReportNote& note = m_report.notes[static_cast<std::size_t>(number - 1)];
        const std::string style = "<w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr>";
        const std::string runs = "<w:r>" + style + "<w:endnoteRef/></w:r>" + textRuns(" ") + textRuns(noteSource(note));
        const std::string_view quote = trimmed(note.quote);
        m_endnotes += "<w:endnote w:id=\"" + std::to_string(id) + "\">";
        m_endnotes += paragraph("EndnoteText", runs, quote.empty() ? "" : "<w:keepNext/>");
        if (!quote.empty()) m_endnotes += paragraph("EndnoteQuote", textRuns(quote));
        m_endnotes += "</w:endnote>";
    }

    std::string write(const ReportHeading& heading) {
        return paragraph("Heading" + std::to_string(heading.level), textRuns(heading.text));
    }

    std::string write(const ReportParagraph& p) {
        const char* style = p.role == ParagraphRole::Quote ? "Quote" : p.role == ParagraphRole::Source ? "PassageSource" : "";
        return paragraph(style, textRuns(p.text) + noteReferences(p.notes));
    }

    std::string cell(const ReportCell& c, int width, std::string_view style, bool header) {
        std::string out = "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/>";
        if (!c.shading.empty()) out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"" + c.shading + "\"/>";
        else if (header) out += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>";
        out += "</w:tcPr>";
        std::vector<std::string> paragraphs = c.paragraphs;
        if (paragraphs.empty()) paragraphs.emplace_back();  // a cell must hold a paragraph
        const std::string runProperties = needsLightText(c.shading) ? "<w:color w:val=\"FFFFFF\"/>" : "";
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            std::string runs = textRuns(paragraphs[p], runProperties);
            if (p + 1 == paragraphs.size()) runs += noteReferences(c.notes);
            out += paragraph(style, runs);
        }
        return out + "</w:tc>";
    }

    std::string write(const ReportTable& table) {
        if (table.columns.empty()) return {};
        std::string out;
        if (!table.title.empty()) out += paragraph("Caption", textRuns(table.title));
        const int total = textWidth(m_landscape);
        const std::vector<int> widths = columnTwips(table, total);
        const std::string border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"";
        out += "<w:tbl><w:tblPr><w:tblW w:w=\"" + std::to_string(total) + "\" w:type=\"dxa\"/>";
        out += "<w:tblBorders><w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right " +
               border + "/><w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders>";
        out += "<w:tblLayout w:type=\"fixed\"/>";
        out += "<w:tblCellMar><w:top w:w=\"57\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/>"
               "<w:bottom w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>";
        out += std::string("<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"") +
               (table.firstColumnIsRowHeader ? "1" : "0") + "\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>";
        out += "</w:tblPr><w:tblGrid>";
        for (int w : widths) out += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
        out += "</w:tblGrid>";

        // The heading row repeats at the top of every page the table runs onto, and is never split.
        out += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            ReportCell heading;
            heading.paragraphs.push_back(table.columns[c]);
            out += cell(heading, widths[c], "TableHeading", true);
        }
        out += "</w:tr>";
        for (const auto& row : table.rows) {
            out += "<w:tr>";
            for (std::size_t c = 0; c < row.size(); ++c) {
                const bool rowHeader = c == 0 && table.firstColumnIsRowHeader;
                out += cell(row[c], widths[c], rowHeader ? "TableRowHeading" : "TableText", false);
            }
            out += "</w:tr>";
        }
        out += "</w:tbl>";
        return out;
    }

    const Report& m_report;
    bool m_anyCited = false;
    bool m_landscape = false;
    std::vector<int> m_endnoteId;  // by note number: the endnote holding it, 0 while uncited
    int m_lastEndnoteId = 0;
    std::string m_endnotes;
};

std::string styles(const std::string& language) {
    const std::string lang = attr(language);
    std::string out(kXmlDeclaration);
    out += "<w:styles xmlns:w=\"" + std::string(kWordNamespace) + "\">";
    // The document language sits in the defaults so every run inherits it: Word and
    // LibreOffice then spell-check Welsh text with the Welsh dictionary.
    out += "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" "
           "w:cs=\"Arial\"/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"" + lang +
           "\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing "
           "w:after=\"120\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>";
    auto style = [&](std::string_view type, std::string_view id, std::string_view name, std::string_view body,
                     std::string_view basedOn = "Normal", std::string_view extra = "<w:qFormat/>") {
        out += "<w:style w:type=\"" + std::string(type) + "\" w:styleId=\"" + std::string(id) + "\"><w:name w:val=\"" +
               std::string(name) + "\"/>";
        if (!basedOn.empty()) out += "<w:basedOn w:val=\"" + std::string(basedOn) + "\"/>";
        out += std::string(extra) + std::string(body) + "</w:style>";
    };
    out += "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>";
    out += "<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name "
           "w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>";
    out += "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
           "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
           "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" "
           "w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>";
    // Built-in names ("heading 1", "caption") let Word show its own, translated, style names
    // and put headings in the navigation pane and tables of contents.
    style("paragraph", "Title", "Title",
          "<w:pPr><w:spacing w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"40\"/><w:szCs w:val=\"40\"/></w:rPr>");
    style("paragraph", "Subtitle", "Subtitle",
          "<w:pPr><w:spacing w:after=\"240\"/></w:pPr><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/></w:rPr>");
    const char* headingSizes[] = {"32", "26", "23"};
    for (int level = 1; level <= 3; ++level) {
        const std::string size = headingSizes[level - 1];
        style("paragraph", "Heading" + std::to_string(level), "heading " + std::to_string(level),
              "<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"" + std::string(level == 1 ? "360" : "240") +
                  "\" w:after=\"120\"/><w:outlineLvl w:val=\"" + std::to_string(level - 1) +
                  "\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/></w:rPr>",
              "Normal", "<w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>");
    }
    style("paragraph", "Caption", "caption",
          "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"120\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/></w:rPr>");
    style("paragraph", "Quote", "Quote",
          "<w:pPr><w:spacing w:after=\"200\"/><w:ind w:left=\"567\" w:right=\"567\"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>");
    style("paragraph", "PassageSource", "Passage Source",
          "<w:pPr><w:keepNext/><w:spacing w:before=\"120\" w:after=\"40\"/></w:pPr><w:rPr><w:color w:val=\"595959\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/></w:rPr>");
    style("paragraph", "TableText", "Table Text",
          "<w:pPr><w:spacing w:after=\"60\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/></w:rPr>");
    style("paragraph", "TableHeading", "Table Heading", "<w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr>",
          "TableText");
    style("paragraph", "TableRowHeading", "Table Row Heading", "<w:rPr><w:b/><w:bCs/></w:rPr>", "TableText");
    style("paragraph", "TableEnd", "Table End",
          "<w:pPr><w:spacing w:after=\"0\" w:line=\"120\" w:lineRule=\"exact\"/></w:pPr><w:rPr><w:sz w:val=\"8\"/></w:rPr>",
          "Normal", "");
    style("paragraph", "EndnoteText", "endnote text",
          "<w:pPr><w:spacing w:before=\"120\" w:after=\"20\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:rPr><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/></w:rPr>",
          "Normal", "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>");
    style("paragraph", "EndnoteQuote", "Endnote Quote",
          "<w:pPr><w:spacing w:after=\"60\"/><w:ind w:left=\"284\"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>", "EndnoteText", "");
    style("character", "EndnoteReference", "endnote reference", "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>",
          "DefaultParagraphFont", "<w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>");
    out += "</w:styles>";
    return out;
}

std::string settings(const std::string& language) {
    std::string out(kXmlDeclaration);
    out += "<w:settings xmlns:w=\"" + std::string(kWordNamespace) + "\">";
    out += "<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>";
    // Endnotes count 1, 2, 3 (Word's default is i, ii, iii) and follow the end of the document.
    out += "<w:endnotePr><w:pos w:val=\"docEnd\"/><w:numFmt w:val=\"decimal\"/><w:endnote w:id=\"-1\"/>"
           "<w:endnote w:id=\"0\"/></w:endnotePr>";
    out += "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" "
           "w:val=\"15\"/></w:compat>";
    out += "<w:themeFontLang w:val=\"" + attr(language) + "\"/>";
    out += "</w:settings>";
    return out;
}

std::string contentTypes() {
    std::string out(kXmlDeclaration);
    out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
           "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
           "<Override PartName=\"/word/document.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
           "<Override PartName=\"/word/styles.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
           "<Override PartName=\"/word/settings.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
           "<Override PartName=\"/word/endnotes.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml\"/>"
           "<Override PartName=\"/docProps/core.xml\" "
           "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
           "<Override PartName=\"/docProps/app.xml\" "
           "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
           "</Types>";
    return out;
}

std::string packageRelationships() {
    std::string out(kXmlDeclaration);
    out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
           "Target=\"word/document.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" "
           "Target=\"docProps/core.xml\"/>"
           "<Relationship Id=\"rId3\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" "
           "Target=\"docProps/app.xml\"/>"
           "</Relationships>";
    return out;
}

std::string documentRelationships() {
    std::string out(kXmlDeclaration);
    out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" "
           "Target=\"styles.xml\"/>"
           "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" "
           "Target=\"settings.xml\"/>"
           "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes\" "
           "Target=\"endnotes.xml\"/>"
           "</Relationships>";
    return out;
}

std::string coreProperties(const PreparedReport& prepared) {
    std::string created = utcTimestampNow();
    if (const auto dot = created.find('.'); dot != std::string::npos) created = created.substr(0, dot) + "Z";
    std::string out(kXmlDeclaration);
    out += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">";
    if (!prepared.report.title.empty()) out += "<dc:title>" + xmlEscaped(prepared.report.title) + "</dc:title>";
    if (!prepared.report.subtitle.empty()) out += "<dc:subject>" + xmlEscaped(prepared.report.subtitle) + "</dc:subject>";
    out += "<dc:language>" + xmlEscaped(prepared.languageTag) + "</dc:language>";
    out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:created>";
    out += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + created + "</dcterms:modified>";
    out += "</cp:coreProperties>";
    return out;
}

std::string appProperties() {
    std::string out(kXmlDeclaration);
    out += "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>Edau</Application></Properties>";
    return out;
}

}  // namespace

ExportReport writeDocx(const Report& report, const std::string& path) {
    const PreparedReport prepared = prepareReport(report, WrittenParts::Everything, path);
    DocxBuilder builder(prepared);
    std::string document = builder.document();

    AtomicFile file(path);
    file.create();
    ZipPackageWriter zip(file.tempPath(), path);
    zip.add("[Content_Types].xml", contentTypes());
    zip.add("_rels/.rels", packageRelationships());
    zip.add("word/document.xml", std::move(document));
    zip.add("word/styles.xml", styles(prepared.languageTag));
    zip.add("word/settings.xml", settings(prepared.languageTag));
    zip.add("word/endnotes.xml", builder.endnotes());
    zip.add("word/_rels/document.xml.rels", documentRelationships());
    zip.add("docProps/core.xml", coreProperties(prepared));
    zip.add("docProps/app.xml", appProperties());
    zip.close();
    file.commit();

    ExportReport outcome;
    outcome.removedCharacters = prepared.removed;
    outcome.notesRenumbered = prepared.notesRenumbered;
    return outcome;
}

}  // namespace edau
