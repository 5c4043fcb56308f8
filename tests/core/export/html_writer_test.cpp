// SPDX-License-Identifier: GPL-3.0-or-later
// HTML export: a standalone, printable page in the report's language, notes linked both ways.
#include <gtest/gtest.h>

#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

std::string writtenHtml(const Report& report, ExportReport* outcome = nullptr) {
    test::TempDir dir;
    const ExportReport written = writeHtml(report, dir.file("matrics.html"));
    if (outcome) *outcome = written;
    return test::readFile(dir.file("matrics.html"));
}

TEST(HtmlWriter, IsAStandalonePageInTheReportsLanguage) {
    const std::string html = writtenHtml(test::welshMatrixReport());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"cy-GB\">", 0), 0u);
    EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
    EXPECT_NE(html.find("<title>Profiadau gofalwyr ifanc</title>"), std::string::npos);
    EXPECT_NE(html.find("<style>"), std::string::npos);
    EXPECT_EQ(html.find("<link"), std::string::npos) << "nothing outside the file";
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_NE(html.find("@media print"), std::string::npos);
    EXPECT_NE(html.find("thead { display: table-header-group; }"), std::string::npos);
    EXPECT_NE(html.find("break-inside: avoid"), std::string::npos);
}

TEST(HtmlWriter, PutsTheHeadingsInTheadAndCasesInRowHeaders) {
    const std::string html = writtenHtml(test::welshMatrixReport());
    EXPECT_NE(html.find("<thead>\n<tr><th scope=\"col\">Achos</th><th scope=\"col\">Teulu</th>"), std::string::npos);
    EXPECT_NE(html.find("<tr><th scope=\"row\">Siân</th>"), std::string::npos);
    EXPECT_NE(html.find("<caption>Tabl 1: Cefnogaeth / lles</caption>"), std::string::npos);
    EXPECT_NE(html.find("<section class=\"landscape\">"), std::string::npos) << "five columns print landscape";
    EXPECT_NE(html.find("<td>Dim cyswllt<br>â’r gwasanaethau</td>"), std::string::npos);
    EXPECT_NE(html.find("<p>Ail baragraff | gyda bar<sup class=\"cite\">"), std::string::npos);
}

TEST(HtmlWriter, LinksCitationsToAnOrderedListOfNotesAndBack) {
    const std::string html = writtenHtml(test::welshMatrixReport());
    EXPECT_NE(html.find("<a href=\"#note-1\" id=\"cite-1\">1</a>"), std::string::npos);
    EXPECT_NE(html.find("<a href=\"#note-4\" id=\"cite-4\">4</a>"), std::string::npos);
    EXPECT_NE(html.find("<h2>Dyfyniadau</h2>\n<ol class=\"notes\">"), std::string::npos);
    EXPECT_NE(html.find("<li id=\"note-1\" value=\"1\"><p class=\"note-source\">Siân, Cyfweliad Siân, Siân, ¶ 12–14 "
                        "<a class=\"back\" href=\"#cite-1\">"),
              std::string::npos);
    EXPECT_NE(html.find("<p class=\"note-quote\">Dw i’n teimlo’n unig weithiau, ti’n gwybod?</p>"), std::string::npos);
}

TEST(HtmlWriter, EscapesMarkupAndLeavesOutControlCharacters) {
    Report report = test::welshMatrixReport();
    report.title = "<script>alert(1)</script> & “dyfyniad”";
    ExportReport outcome;
    const std::string html = writtenHtml(report, &outcome);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; “dyfyniad”"), std::string::npos);
    EXPECT_EQ(html.find('\x15'), std::string::npos);
    EXPECT_NE(html.find("Dŵr a bwyd — dyna’r peth."), std::string::npos);
    ASSERT_EQ(outcome.removedCharacters.size(), 1u);
    EXPECT_EQ(outcome.removedCharacters[0].codePoint, U'\u0015');
}

TEST(HtmlWriter, CitesNotesFromParagraphsAndStylesPassages) {
    Report report = test::welshMatrixReport();
    report.blocks.emplace_back(ReportParagraph{"Cyfweliad Siân, ¶ 12", ParagraphRole::Source, {}});
    report.blocks.emplace_back(ReportParagraph{"Dw i’n iawn.", ParagraphRole::Quote, {1, 4}});
    const std::string html = writtenHtml(report);
    EXPECT_NE(html.find("<p class=\"source\">Cyfweliad Siân, ¶ 12</p>\n<p class=\"quote\">Dw i’n iawn.<sup "
                        "class=\"cite\"><a href=\"#note-1\">1</a>, <a href=\"#note-4\">4</a></sup></p>"),
              std::string::npos)
        << "later citations link to the note without taking its back link";
}

TEST(HtmlWriter, KeepsNarrowTablesOnPortraitPages) {
    const std::string html = writtenHtml(test::narrowReport());
    EXPECT_EQ(html.find("<section class=\"landscape\">"), std::string::npos);
    EXPECT_EQ(html.find("<html lang=\"cy-GB\">"), 16u);
}

}  // namespace
}  // namespace edau
