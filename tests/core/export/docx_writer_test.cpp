// SPDX-License-Identifier: GPL-3.0-or-later
// Word export: a well-formed package with a real table, endnotes, landscape pages and Welsh set.
#include <gtest/gtest.h>

#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

struct WrittenDocx {
    std::map<std::string, std::string> parts;
    ExportReport outcome;
    const std::string& part(const std::string& name) const { return parts.at(name); }
};

WrittenDocx writtenDocx(const Report& report) {
    test::TempDir dir;
    WrittenDocx written;
    written.outcome = writeDocx(report, dir.file("matrics.docx"));
    written.parts = test::readZip(dir.file("matrics.docx"));
    return written;
}

TEST(DocxWriter, WritesEveryPartAsWellFormedXml) {
    const WrittenDocx docx = writtenDocx(test::welshMatrixReport());
    for (const char* name : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                             "word/settings.xml", "word/endnotes.xml", "word/_rels/document.xml.rels",
                             "docProps/core.xml", "docProps/app.xml"}) {
        ASSERT_TRUE(docx.parts.count(name)) << name;
        EXPECT_EQ(test::xmlProblem(docx.part(name)), "") << name;
    }
    EXPECT_EQ(docx.parts.size(), 9u);
    EXPECT_NE(docx.part("[Content_Types].xml").find("/word/endnotes.xml"), std::string::npos);
    EXPECT_NE(docx.part("word/_rels/document.xml.rels").find("Target=\"endnotes.xml\""), std::string::npos);
}

TEST(DocxWriter, WritesATableWithARepeatingHeaderRowBordersAndWidths) {
    const std::string document = writtenDocx(test::welshMatrixReport()).part("word/document.xml");
    EXPECT_EQ(test::countOf(document, "<w:tbl>"), 1u);
    EXPECT_EQ(test::countOf(document, "<w:tblHeader/>"), 1u);
    EXPECT_NE(document.find("<w:tblBorders><w:top w:val=\"single\""), std::string::npos);
    EXPECT_EQ(test::countOf(document, "<w:gridCol w:w="), 5u);
    EXPECT_EQ(test::countOf(document, "<w:tr>"), 3u);
    EXPECT_NE(document.find("<w:pStyle w:val=\"Caption\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Tabl 1: Cefnogaeth / "
                            "lles</w:t>"),
              std::string::npos);
    EXPECT_NE(document.find("<w:pStyle w:val=\"TableRowHeading\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Siân</w:t>"),
              std::string::npos);
    EXPECT_NE(document.find("Dim cyswllt</w:t><w:br/><w:t xml:space=\"preserve\">â’r gwasanaethau"), std::string::npos);
    EXPECT_NE(document.find("<w:pStyle w:val=\"Title\"/>"), std::string::npos);
    EXPECT_NE(document.find("<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">Thema 1"),
              std::string::npos);
}

TEST(DocxWriter, CitesNotesAsNumberedEndnotesGivingTheirSource) {
    const WrittenDocx docx = writtenDocx(test::welshMatrixReport());
    const std::string& document = docx.part("word/document.xml");
    const std::string& endnotes = docx.part("word/endnotes.xml");
    EXPECT_EQ(test::countOf(document, "<w:endnoteReference w:id="), 4u);
    EXPECT_EQ(test::countOf(document, "customMarkFollows"), 0u) << "cited 1, 2, 3, 4 in order: Word numbers them";
    EXPECT_EQ(test::countOf(endnotes, "<w:endnote "), 6u) << "two separators and four notes";
    EXPECT_NE(endnotes.find("<w:endnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r><w:r><w:t "
                            "xml:space=\"preserve\">Siân, Cyfweliad Siân, Siân, ¶ 12–14</w:t>"),
              std::string::npos);
    EXPECT_NE(endnotes.find("Dŵr a bwyd — dyna’r peth."), std::string::npos);
    EXPECT_NE(docx.part("word/settings.xml").find("<w:numFmt w:val=\"decimal\"/>"), std::string::npos);
    // Marks for notes 1, 2 and 3 are in different cells; none run together.
    EXPECT_EQ(test::countOf(document, "<w:t>,</w:t>"), 0u);
}

TEST(DocxWriter, RepeatsTheNumberWhenANoteIsCitedAgain) {
    Report report = test::welshMatrixReport();
    auto& table = std::get<ReportTable>(report.blocks[2]);
    table.rows[1][1].notes = {1};  // note 1 again, in the second row
    const WrittenDocx docx = writtenDocx(report);
    const std::string& document = docx.part("word/document.xml");
    EXPECT_EQ(test::countOf(document, "<w:endnoteReference w:id="), 4u) << "one endnote per note";
    EXPECT_EQ(test::countOf(document, "customMarkFollows"), 0u);
    EXPECT_NE(document.find("Brawd yn helpu</w:t></w:r><w:r><w:rPr><w:rStyle w:val=\"EndnoteReference\"/></w:rPr>"
                            "<w:t>1</w:t></w:r>"),
              std::string::npos)
        << "the second citation of note 1 repeats its number";
    EXPECT_EQ(test::countOf(docx.part("word/endnotes.xml"), "<w:endnote w:id="), 4u);
    EXPECT_FALSE(docx.outcome.notesRenumbered);
    EXPECT_EQ(test::xmlProblem(document), "");
}

TEST(DocxWriter, SeparatesMarksOfSeveralNotesInOneCell) {
    Report report = test::welshMatrixReport();
    std::get<ReportTable>(report.blocks[2]).rows[0][1].notes = {1, 2};
    std::get<ReportTable>(report.blocks[2]).rows[0][2].notes = {};
    const std::string document = writtenDocx(report).part("word/document.xml");
    EXPECT_NE(document.find("<w:endnoteReference w:id=\"1\"/></w:r><w:r><w:rPr><w:rStyle "
                            "w:val=\"EndnoteReference\"/></w:rPr><w:t>,</w:t></w:r><w:r><w:rPr><w:rStyle "
                            "w:val=\"EndnoteReference\"/></w:rPr><w:endnoteReference w:id=\"2\"/>"),
              std::string::npos);
}

TEST(DocxWriter, PutsWideTablesOnLandscapePagesAndNarrowOnesOnPortrait) {
    const std::string wide = writtenDocx(test::welshMatrixReport()).part("word/document.xml");
    EXPECT_NE(wide.find("<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"), std::string::npos);
    const std::string narrow = writtenDocx(test::narrowReport()).part("word/document.xml");
    EXPECT_EQ(narrow.find("landscape"), std::string::npos);
    EXPECT_NE(narrow.find("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"), std::string::npos);
}

TEST(DocxWriter, StartsANewSectionWhereTheOrientationChanges) {
    Report report = test::narrowReport();
    report.blocks.emplace_back(ReportHeading{1, "Thema 2"});
    report.blocks.push_back(test::welshMatrixReport().blocks[2]);  // five columns
    report.notes = test::welshMatrixReport().notes;
    const std::string document = writtenDocx(report).part("word/document.xml");
    EXPECT_EQ(test::countOf(document, "<w:sectPr>"), 2u);
    const auto portraitEnds = document.find("<w:sectPr>");
    const auto landscapeEnds = document.rfind("<w:sectPr>");
    EXPECT_EQ(document.substr(portraitEnds, 200).find("landscape"), std::string::npos);
    EXPECT_NE(document.substr(landscapeEnds, 200).find("landscape"), std::string::npos);
    EXPECT_LT(portraitEnds, document.find("Thema 2")) << "the heading moves with its wide table";
}

TEST(DocxWriter, SetsTheDocumentLanguageForSpellChecking) {
    const WrittenDocx docx = writtenDocx(test::welshMatrixReport());
    EXPECT_NE(docx.part("word/styles.xml").find("<w:lang w:val=\"cy-GB\""), std::string::npos);
    EXPECT_NE(docx.part("word/settings.xml").find("<w:themeFontLang w:val=\"cy-GB\"/>"), std::string::npos);
    EXPECT_NE(docx.part("docProps/core.xml").find("<dc:language>cy-GB</dc:language>"), std::string::npos);
    Report english = test::welshMatrixReport();
    english.language = "en";
    EXPECT_NE(writtenDocx(english).part("word/styles.xml").find("<w:lang w:val=\"en-GB\""), std::string::npos);
}

TEST(DocxWriter, EscapesMarkupAndLeavesOutWhatXmlForbids) {
    Report report = test::welshMatrixReport();
    report.title = "A & B <c> \"d\" \x01\x1F";
    const WrittenDocx docx = writtenDocx(report);
    EXPECT_NE(docx.part("word/document.xml").find("A &amp; B &lt;c&gt; \"d\" </w:t>"), std::string::npos);
    EXPECT_NE(docx.part("docProps/core.xml").find("<dc:title>A &amp; B &lt;c&gt; \"d\" </dc:title>"), std::string::npos);
    EXPECT_EQ(docx.part("word/endnotes.xml").find('\x15'), std::string::npos);
    ASSERT_EQ(docx.outcome.removedCharacters.size(), 3u);
    EXPECT_EQ(docx.outcome.removedCharacters[0].codePoint, U'\u0001');
    EXPECT_EQ(docx.outcome.removedCharacters[1].codePoint, U'\u0015');
    EXPECT_EQ(docx.outcome.removedCharacters[2].codePoint, U'\u001F');
    for (const auto& [name, xml] : docx.parts) EXPECT_EQ(test::xmlProblem(xml), "") << name;
}

}  // namespace
}  // namespace edau
