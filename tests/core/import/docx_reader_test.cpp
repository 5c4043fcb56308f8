// SPDX-License-Identifier: GPL-3.0-or-later
// Word .docx import: text as LibreOffice's text export lays it out, and hostile files refused.
#include <gtest/gtest.h>

#include <cctype>
#include <chrono>
#include <string>

#include "edau/base/error.h"
#include "format_readers.h"
#include "temp_dir.h"

namespace edau::importers {
namespace {

ExtractedText readFixture(const std::string& name, const ZipLimits& limits = {}) {
    return readDocx(test::readFile(test::dataFile("import/docx/" + name)), name, limits);
}

std::string errorFor(const std::string& bytes, const std::string& label, const ZipLimits& limits = {}) {
    try {
        (void)readDocx(bytes, label, limits);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find(label), std::string::npos) << e.what();
        return e.what();
    }
    ADD_FAILURE() << label << " was read without an error";
    return {};
}

std::string fixtureError(const std::string& name, const ZipLimits& limits = {}) {
    return errorFor(test::readFile(test::dataFile("import/docx/" + name)), name, limits);
}

bool hasNote(const ExtractedText& t, const std::string& words) {
    for (const auto& n : t.notes)
        if (n.find(words) != std::string::npos) return true;
    return false;
}

// ---- text ---------------------------------------------------------------------------------

TEST(DocxReader, KeepsParagraphsTabsBreaksAndSpecialCharacters) {
    ExtractedText t = readFixture("basic.docx");
    EXPECT_EQ(t.text,
              "Interviewer:\tHow are you?\n"
              "Si\u00e2n: I\u2019m fine \u2014 diolch yn fawr, \u0175 \u0177.\nSecond line\nthird line\n"
              "\n"
              "well\u2011being, caregiver, tick \uf0fc alpha \u03b1\n"  // soft hyphen dropped, symbols kept
              "Before page break\nafter page break.\n"                    // a page break inside splits the line
              "\n"                                                        // a paragraph holding only a page break
              "Starts a new page.\n"
              "Split across runs and a link in a control.\n"             // ruby text left out, its base kept
              "Last paragraph.");                                         // trailing empty paragraphs dropped
    EXPECT_EQ(t.encoding, "utf-8");
    EXPECT_TRUE(t.notes.empty());
}

TEST(DocxReader, LeavesOutHeadersAndFooters) {
    ExtractedText t = readFixture("basic.docx");
    EXPECT_EQ(t.text.find("HEADER WORDS"), std::string::npos);
    EXPECT_EQ(t.text.find("FOOTER WORDS"), std::string::npos);
}

TEST(DocxReader, PutsTableCellsInReadingOrderOnePerLine) {
    EXPECT_EQ(readFixture("tables.docx").text,
              "Before the table.\nName\nAnswer\nAled\nFirst thought.\nSecond thought.\nBethan\nInner A\nInner B\n"
              "After inner.\nAfter the table.");
}

TEST(DocxReader, LeavesNoteNumbersInlineAndAppendsNoteTexts) {
    ExtractedText t = readFixture("notes.docx");
    EXPECT_EQ(t.text,
              "Care homes1 and respite2 were discussedi.\n"
              "Custom mark* here.\n"
              "1 Run by the council.\nSince 2019.\n"
              "2 Short stays.\n"
              "Custom-marked note.\n"
              "i See the 2021 report.");  // endnotes are numbered i, ii, iii as in Word
    EXPECT_EQ(t.text.find("Never referenced"), std::string::npos);
    EXPECT_TRUE(hasNote(t, "3 footnotes and 1 endnote were moved to the end"));
}

TEST(DocxReader, KeepsInsertionsAndLeavesOutDeletions) {
    ExtractedText t = readFixture("changes.docx");
    EXPECT_EQ(t.text, "She said quite clearly that it helped.\nMoved here.");
    EXPECT_TRUE(hasNote(t, "deleted with tracked changes was left out"));
}

TEST(DocxReader, KeepsFieldResultsNotInstructions) {
    EXPECT_EQ(readFixture("fields.docx").text, "Date: 5 May 2020.\nAuthor: Jane Doe\nNested: one\nNo result: done.");
}

TEST(DocxReader, LeavesOutTextBoxesAsLibreOfficeDoesAndSaysSo) {
    ExtractedText t = readFixture("textbox.docx");
    EXPECT_EQ(t.text, "Anchor paragraph.\nWith a box inside.\nAfter.");
    EXPECT_TRUE(hasNote(t, "text boxes"));
}

TEST(DocxReader, WritesListLabelsBeforeNumberedParagraphs) {
    EXPECT_EQ(readFixture("lists.docx").text,
              "Part I: Background\n"   // numbering from the paragraph's style
              "1. First point\n1.a) Detail\n(i) Fine detail\n1.b) Another detail\n2. Second point\n"
              "\u2022 A bullet\n"      // Symbol-font bullet shown as U+2022
              "Plain paragraph.\n"
              "1. Restarted\n"         // w:startOverride restarts the list
              "Findings\n"             // a style that only inherits numbering is not numbered
              "Not numbered after all.");
}

TEST(DocxReader, FindsTheMainPartThroughRelationships) {
    ExtractedText t = readFixture("relocated.docx");
    EXPECT_EQ(t.text, "Body1\n1 Note found too.");
}

TEST(DocxReader, ReadsStrictOfficeOpenXml) { EXPECT_EQ(readFixture("strict.docx").text, "Strict words.\nSecond."); }

TEST(DocxReader, FallsBackToTheUsualPartNameWithoutPackageRelationships) {
    EXPECT_EQ(readFixture("bare.docx").text, "Only the document part.");
}

// ---- files that are not Word documents ---------------------------------------------------

TEST(DocxReader, RefusesAPackageWithoutADocumentPart) {
    EXPECT_NE(fixtureError("no_document.docx").find("is damaged or not a Word document"), std::string::npos);
}

TEST(DocxReader, NamesTheRealFormatOfAnExcelWorkbook) {
    EXPECT_NE(fixtureError("workbook.docx").find("is an Excel workbook"), std::string::npos);
}

TEST(DocxReader, ExplainsPasswordProtectedAndOldDocFiles) {
    for (const char* name : {"encrypted.docx", "old_binary.docx"})
        EXPECT_NE(fixtureError(name).find("is password-protected or an old .doc file; save it as .docx"), std::string::npos)
            << name;
}

TEST(DocxReader, ExplainsAnRtfFileWithTheWrongName) {
    EXPECT_NE(fixtureError("rtf_renamed.docx").find("Rich Text (RTF)"), std::string::npos);
}

struct BadBytes {
    const char* what;
    std::string bytes;
    const char* expected;
};

class DocxReaderBadBytes : public testing::TestWithParam<BadBytes> {};

TEST_P(DocxReaderBadBytes, RefusesWithAClearMessage) {
    EXPECT_NE(errorFor(GetParam().bytes, "bad.docx").find(GetParam().expected), std::string::npos) << GetParam().what;
}

INSTANTIATE_TEST_SUITE_P(
    DocxReader, DocxReaderBadBytes,
    testing::Values(BadBytes{"empty", "", "is empty"},
                    BadBytes{"plain text", "Interviewer: hello", "is not a Word document"},
                    BadBytes{"binary junk", std::string("\x00\x01\x02\xff\xfe", 5), "is not a Word document"},
                    BadBytes{"zip signature only", std::string("PK\x03\x04", 4), "damaged or incomplete"}),
    [](const testing::TestParamInfo<BadBytes>& param) {
        std::string name;
        for (char c : std::string(param.param.what)) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
        return name;
    });

TEST(DocxReader, RefusesATruncatedFile) {
    std::string bytes = test::readFile(test::dataFile("import/docx/basic.docx"));
    for (std::size_t keep : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 5})
        EXPECT_NE(errorFor(bytes.substr(0, keep), "cut.docx").find("damaged"), std::string::npos) << keep;
}

// ---- hostile files -----------------------------------------------------------------------

TEST(DocxReader, NeverReadsExternalEntities) {
    std::string msg = fixtureError("xxe.docx");
    EXPECT_NE(msg.find("declares XML entities"), std::string::npos) << msg;
    EXPECT_EQ(msg.find("root:"), std::string::npos);
}

TEST(DocxReader, NeverReadsExternalParameterEntities) {
    std::string msg = fixtureError("xxe_parameter.docx");
    EXPECT_NE(msg.find("declares XML entities"), std::string::npos) << msg;
    EXPECT_EQ(msg.find("root:"), std::string::npos);
}

TEST(DocxReader, NeverLoadsAnExternalDtd) {
    ExtractedText t = readFixture("external_dtd.docx");
    EXPECT_EQ(t.text, "Safe text.");
    EXPECT_EQ(t.text.find("root:"), std::string::npos);
}

TEST(DocxReader, RefusesBillionLaughsQuickly) {
    const auto start = std::chrono::steady_clock::now();
    EXPECT_NE(fixtureError("billion_laughs.docx").find("declares XML entities"), std::string::npos);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(DocxReader, RefusesAMillionLevelsOfNesting) {
    // The default ratio cap already stops this file; a looser one lets the XML depth cap show.
    EXPECT_NE(fixtureError("deep_nesting.docx").find("zip bomb"), std::string::npos);
    ZipLimits loose;
    loose.maxRatio = 100000;
    EXPECT_NE(fixtureError("deep_nesting.docx", loose).find("more than 256 levels deep"), std::string::npos);
}

TEST(DocxReader, RefusesInvalidUtf8InsideTheXml) {
    EXPECT_NE(fixtureError("bad_utf8.docx").find("not valid UTF-8"), std::string::npos);
}

TEST(DocxReader, RefusesAZipBomb) {
    EXPECT_NE(fixtureError("bomb.docx").find("looks like a zip bomb"), std::string::npos);
    ZipLimits small;
    small.maxRatio = 100000;
    small.maxEntryUncompressed = 1024 * 1024;
    EXPECT_NE(fixtureError("bomb.docx", small).find("expands to more than 1 MB"), std::string::npos);
}

}  // namespace
}  // namespace edau::importers
