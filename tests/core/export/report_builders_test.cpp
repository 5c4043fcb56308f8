// SPDX-License-Identifier: GPL-3.0-or-later
// Coded-passage and codebook reports: laid out as ordinary blocks, so every writer takes them.
#include <gtest/gtest.h>

#include "edau/export/report_builders.h"
#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

std::vector<CodedPassageGroup> groups() {
    return {
        CodedPassageGroup{"Cefnogaeth > Teulu", "Help gan y teulu agos.",
                          {CodedPassage{"Cyfweliad Siân", "Siân", "Siân", "¶ 12", "Mae mam-gu’n help."},
                           CodedPassage{"Nodiadau maes", "", "", "¶ 3", "Gwelwyd y brawd yn helpu."}}},
        CodedPassageGroup{"Lles", "", {CodedPassage{"Cyfweliad Gwŷn", "Gwŷn", "Gwŷn", "00:02:10", "Dw i’n iawn."}}},
    };
}

CodedPassageLabels labels() { return {"Cod", "Dogfen", "Achos", "Siaradwr", "Safle", "Darn"}; }

Report base() {
    Report r;
    r.title = "Darnau wedi’u codio";
    r.language = "cy";
    return r;
}

TEST(ReportBuilders, LaysOutPassagesByCodeAsHeadingsSourcesAndQuotes) {
    const Report report = buildCodedPassagesReport(base(), groups(), labels(), PassageLayout::ByCode);
    ASSERT_EQ(report.blocks.size(), 9u);
    EXPECT_EQ(std::get<ReportHeading>(report.blocks[0]).text, "Cefnogaeth > Teulu");
    EXPECT_EQ(std::get<ReportParagraph>(report.blocks[1]).text, "Help gan y teulu agos.");
    EXPECT_EQ(std::get<ReportParagraph>(report.blocks[2]).text, "Cyfweliad Siân, Siân, ¶ 12");
    EXPECT_EQ(std::get<ReportParagraph>(report.blocks[2]).role, ParagraphRole::Source);
    EXPECT_EQ(std::get<ReportParagraph>(report.blocks[3]).role, ParagraphRole::Quote);
    EXPECT_EQ(std::get<ReportParagraph>(report.blocks[4]).text, "Nodiadau maes, ¶ 3");
    EXPECT_EQ(std::get<ReportHeading>(report.blocks[6]).text, "Lles");

    test::TempDir dir;
    writeDocx(report, dir.file("darnau.docx"));
    const std::string document = test::readZip(dir.file("darnau.docx")).at("word/document.xml");
    EXPECT_EQ(test::xmlProblem(document), "");
    EXPECT_EQ(test::countOf(document, "<w:pStyle w:val=\"Quote\"/>"), 3u);
    EXPECT_EQ(test::countOf(document, "<w:pStyle w:val=\"PassageSource\"/>"), 3u);
    writeHtml(report, dir.file("darnau.html"));
    const std::string html = test::readFile(dir.file("darnau.html"));
    EXPECT_NE(html.find("<h2>Cefnogaeth &gt; Teulu</h2>"), std::string::npos);
    EXPECT_NE(html.find("<p class=\"quote\">Mae mam-gu’n help.</p>"), std::string::npos);
}

TEST(ReportBuilders, LaysOutPassagesFlatAsOneTableForCsv) {
    const Report report = buildCodedPassagesReport(base(), groups(), labels(), PassageLayout::Flat);
    test::TempDir dir;
    writeCsv(report, dir.file("darnau.csv"));
    EXPECT_EQ(test::readFile(dir.file("darnau.csv")),
              "\xEF\xBB\xBF"
              "Cod,Dogfen,Achos,Siaradwr,Safle,Darn,\r\n"
              "Cefnogaeth > Teulu,Cyfweliad Siân,Siân,Siân,¶ 12,Mae mam-gu’n help.,\r\n"
              "Cefnogaeth > Teulu,Nodiadau maes,,,¶ 3,Gwelwyd y brawd yn helpu.,\r\n"
              "Lles,Cyfweliad Gwŷn,Gwŷn,Gwŷn,00:02:10,Dw i’n iawn.,\r\n");
}

TEST(ReportBuilders, WritesACodebookWithColourSwatches) {
    const std::vector<CodebookEntry> entries = {{"Cefnogaeth", "Pwy sy’n helpu", "#1f77b4", 12},
                                                {"Cefnogaeth > Teulu", "", "", 3}};
    const Report report =
        buildCodebookReport(base(), entries, CodebookLabels{"Cod", "Disgrifiad", "Lliw", "Nifer", "Llyfr codau"});
    test::TempDir dir;
    writeCsv(report, dir.file("codau.csv"));
    EXPECT_EQ(test::readFile(dir.file("codau.csv")),
              "\xEF\xBB\xBF"
              "Cod,Disgrifiad,Lliw,Nifer,\r\n"
              "Cefnogaeth,Pwy sy’n helpu,#1f77b4,12,\r\n"
              "Cefnogaeth > Teulu,,,3,\r\n");
    writeDocx(report, dir.file("codau.docx"));
    const std::string document = test::readZip(dir.file("codau.docx")).at("word/document.xml");
    EXPECT_NE(document.find("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F77B4\"/>"), std::string::npos);
    EXPECT_EQ(document.find("landscape"), std::string::npos);
    EXPECT_EQ(test::xmlProblem(document), "");
}

}  // namespace
}  // namespace edau
