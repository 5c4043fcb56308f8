// SPDX-License-Identifier: GPL-3.0-or-later
// Excel export: sheet names Excel accepts, frozen headings, the quotes sheet and the cell limit.
#include <gtest/gtest.h>

#include <regex>

#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

struct WrittenXlsx {
    std::map<std::string, std::string> parts;
    ExportReport outcome;
    const std::string& part(const std::string& name) const { return parts.at(name); }
};

WrittenXlsx writtenXlsx(const Report& report) {
    test::TempDir dir;
    WrittenXlsx written;
    written.outcome = writeXlsx(report, dir.file("matrics.xlsx"));
    written.parts = test::readZip(dir.file("matrics.xlsx"));
    return written;
}

std::vector<std::string> sheetNames(const std::string& workbookXml) {
    std::vector<std::string> names;
    const std::regex sheet("<sheet name=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(workbookXml.begin(), workbookXml.end(), sheet); it != std::sregex_iterator(); ++it)
        names.push_back((*it)[1]);
    return names;
}

TEST(XlsxWriter, WritesATableSheetThenAQuotesSheet) {
    const WrittenXlsx xlsx = writtenXlsx(test::welshMatrixReport());
    EXPECT_EQ(sheetNames(xlsx.part("xl/workbook.xml")),
              (std::vector<std::string>{"Tabl 1 Cefnogaeth lles", "Dyfyniadau"}));
    ASSERT_TRUE(xlsx.parts.count("xl/worksheets/sheet2.xml"));
    const std::string& strings = xlsx.part("xl/sharedStrings.xml");
    for (const char* text : {"Siân", "Gwŷn", "Prynu bwyd: ŵ ŷ [3]", "Mae’n teimlo “yn unig” weithiau",
                             "Dw i’n teimlo’n unig weithiau, ti’n gwybod?", "Dŵr a bwyd — dyna’r peth.", "Rhif",
                             "Dyfyniad", "Cyfweliad Gwŷn"})
        EXPECT_NE(strings.find(text), std::string::npos) << text;
    EXPECT_EQ(strings.find('\x15'), std::string::npos);
    EXPECT_EQ(strings.find("_x0015_"), std::string::npos);
    ASSERT_EQ(xlsx.outcome.removedCharacters.size(), 1u);
    for (const auto& [name, xml] : xlsx.parts) EXPECT_EQ(test::xmlProblem(xml), "") << name;
}

TEST(XlsxWriter, FreezesTheHeadingRowAndTheCaseColumnAndWrapsText) {
    const WrittenXlsx xlsx = writtenXlsx(test::welshMatrixReport());
    const std::string& sheet = xlsx.part("xl/worksheets/sheet1.xml");
    EXPECT_NE(sheet.find("<pane xSplit=\"1\" ySplit=\"1\" topLeftCell=\"B2\" activePane=\"bottomRight\" state=\"frozen\"/>"),
              std::string::npos)
        << sheet;
    EXPECT_NE(xlsx.part("xl/worksheets/sheet2.xml").find("state=\"frozen\""), std::string::npos);
    EXPECT_NE(xlsx.part("xl/styles.xml").find("wrapText=\"1\""), std::string::npos);
    EXPECT_NE(sheet.find("<cols>"), std::string::npos) << "column widths are set";
    EXPECT_NE(sheet.find("orientation=\"landscape\""), std::string::npos);
    EXPECT_NE(xlsx.part("xl/workbook.xml").find("_xlnm.Print_Titles"), std::string::npos) << "headings repeat on paper";
}

TEST(XlsxWriter, CutsTextAtExcelsCellLimitWithAVisibleMarkerAndSaysSo) {
    Report report = test::welshMatrixReport();
    std::string longText;
    for (int i = 0; i < 40000; ++i) longText += "ŵ";
    std::get<ReportTable>(report.blocks[2]).rows[0][1].paragraphs = {longText};
    report.notes[0].quote = longText;
    const WrittenXlsx xlsx = writtenXlsx(report);

    ASSERT_EQ(xlsx.outcome.truncatedCells.size(), 2u);
    const TruncatedCell& cell = xlsx.outcome.truncatedCells[0];
    EXPECT_EQ(cell.sheet, "Tabl 1 Cefnogaeth lles");
    EXPECT_EQ(cell.cell, "B2");
    EXPECT_EQ(cell.originalLength, 40000u + 4u);  // the text and " [1]"
    EXPECT_EQ(cell.keptLength, 32767u);
    EXPECT_EQ(xlsx.outcome.truncatedCells[1].sheet, "Dyfyniadau");
    EXPECT_EQ(xlsx.outcome.truncatedCells[1].cell, "F2");

    const std::string& strings = xlsx.part("xl/sharedStrings.xml");
    std::string kept;
    for (int i = 0; i < 32767 - 4 - 4; ++i) kept += "ŵ";
    EXPECT_NE(strings.find(">" + kept + " […] [1]<"), std::string::npos) << "cut, marked, and the note mark kept";
    EXPECT_NE(strings.find(">" + kept + "ŵŵŵŵ […]<"), std::string::npos) << "the quote has no note mark to keep";
}

TEST(XlsxWriter, CountsCharactersOutsideTheBasicPlaneTwiceAndNeverSplitsThem) {
    Report report = test::welshMatrixReport();
    std::string longText;
    for (int i = 0; i < 20000; ++i) longText += "\U0001F600";  // two UTF-16 units each, as Excel counts
    std::get<ReportTable>(report.blocks[2]).rows[1][4].paragraphs = {longText};
    const WrittenXlsx xlsx = writtenXlsx(report);
    ASSERT_EQ(xlsx.outcome.truncatedCells.size(), 1u);
    EXPECT_EQ(xlsx.outcome.truncatedCells[0].cell, "E3");
    EXPECT_EQ(xlsx.outcome.truncatedCells[0].originalLength, 40000u);
    EXPECT_EQ(xlsx.outcome.truncatedCells[0].keptLength, 32766u) << "a whole pair would not fit in the last unit";
    EXPECT_EQ(test::xmlProblem(xlsx.part("xl/sharedStrings.xml")), "");
}

TEST(XlsxWriter, MakesSheetNamesExcelAccepts) {
    Report report = test::welshMatrixReport();
    ReportTable second = std::get<ReportTable>(report.blocks[2]);
    second.title = "Ŵyr [a] wyres: *gofal*? /\\ a llawer mwy o eiriau na ffitia";
    ReportTable third = second;
    third.title = "ŵyr [a] wyres: *gofal*? /\\ a llawer mwy o eiriau na ffitia";
    ReportTable fourth = second;
    fourth.title = "'";
    report.blocks.push_back(second);
    report.blocks.push_back(third);
    report.blocks.push_back(fourth);
    report.labels.notesHeading = "History";
    const std::vector<std::string> names = sheetNames(writtenXlsx(report).part("xl/workbook.xml"));
    EXPECT_EQ(names, (std::vector<std::string>{"Tabl 1 Cefnogaeth lles", "Ŵyr a wyres gofal a llawer mwy",
                                               "ŵyr a wyres gofal a llawer (2)", "4", "History (2)"}));
}

TEST(XlsxWriter, WritesPlainCountsAsNumbers) {
    Report report = test::welshMatrixReport();
    auto& table = std::get<ReportTable>(report.blocks[2]);
    table.rows[1][2].paragraphs = {"12"};
    table.rows[1][4].paragraphs = {"007"};
    const WrittenXlsx xlsx = writtenXlsx(report);
    const std::string& sheet = xlsx.part("xl/worksheets/sheet1.xml");
    EXPECT_TRUE(std::regex_search(sheet, std::regex("<c r=\"C3\" s=\"[0-9]+\"><v>12</v></c>"))) << sheet;
    EXPECT_NE(xlsx.part("xl/sharedStrings.xml").find(">007<"), std::string::npos);
}

}  // namespace
}  // namespace edau
