// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument .odt import: text as LibreOffice's text export lays it out, and hostile files refused.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "edau/base/error.h"
#include "format_readers.h"
#include "temp_dir.h"

namespace edau::importers {
namespace {

ExtractedText readFixture(const std::string& name, const ZipLimits& limits = {}) {
    return readOdt(test::readFile(test::dataFile("import/odt/" + name)), name, limits);
}

std::string errorFor(const std::string& bytes, const std::string& label, const ZipLimits& limits = {}) {
    try {
        (void)readOdt(bytes, label, limits);
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        EXPECT_NE(std::string(e.what()).find(label), std::string::npos) << e.what();
        return e.what();
    }
    ADD_FAILURE() << label << " was read without an error";
    return {};
}

std::string fixtureError(const std::string& name, const ZipLimits& limits = {}) {
    return errorFor(test::readFile(test::dataFile("import/odt/" + name)), name, limits);
}

bool hasNote(const ExtractedText& t, const std::string& words) {
    for (const auto& n : t.notes)
        if (n.find(words) != std::string::npos) return true;
    return false;
}

// ---- text ---------------------------------------------------------------------------------

TEST(OdtReader, AppliesOdfWhiteSpaceRulesAndKeepsParagraphs) {
    ExtractedText t = readFixture("basic.odt");
    EXPECT_EQ(t.text,
              "Interview with Si\u00e2n\n"
              "Leading spaces collapse inside spans    three\ttab\nnew line   two\n"  // text:s and text:tab literal
              "I\u2019m fine \u2014 diolch, \u0175 \u0177. See the link. Recorded 5 May 2020.\n"
              "Caregiver, well\u2011being and base.\n"  // soft hyphen dropped, ruby text left out
              "Comment left out.\n"                      // office:annotation left out
              "\n"
              "In a section.\n"
              "Last.");
    EXPECT_TRUE(t.notes.empty());
}

TEST(OdtReader, PutsTableCellsInReadingOrderOnePerLine) {
    EXPECT_EQ(readFixture("tables.odt").text,
              "Before the table.\nName\nAnswer\nAled\nFirst thought.\nSecond thought.\nBethan\nInner A\nInner B\n"
              "After inner.\nAfter the table.");
}

TEST(OdtReader, LeavesNoteCitationsInlineAndAppendsNoteBodies) {
    ExtractedText t = readFixture("notes.odt");
    EXPECT_EQ(t.text,
              "Care homes1 were discussedi.\nRespite2 too.\n"
              "1 Run by the council.\nSince 2019.\n2 Short stays.\n"
              "i See the 2021 report.");
    EXPECT_TRUE(hasNote(t, "2 footnotes and 1 endnote were moved to the end"));
}

TEST(OdtReader, KeepsInsertionsAndLeavesOutDeletions) {
    ExtractedText t = readFixture("changes.odt");
    EXPECT_EQ(t.text, "She said quite clearly that it helped.");
    EXPECT_TRUE(hasNote(t, "deleted with tracked changes was left out"));
}

TEST(OdtReader, LeavesOutFramesAsLibreOfficeDoesAndSaysSo) {
    ExtractedText t = readFixture("frames.odt");
    EXPECT_EQ(t.text, "Anchor and more.");
    EXPECT_TRUE(hasNote(t, "frames"));
}

TEST(OdtReader, WritesListLabelsBeforeListItems) {
    EXPECT_EQ(readFixture("lists.odt").text,
              "1. First point\nMore about it.\n"  // only an item's first paragraph is labelled
              "1.a) Detail\n1.b) Another detail\n2. Second point\n"
              "Interruption.\n"
              "A header\n3. Third point\n"        // text:continue-list carries the count on
              "1. New list\n7. Jumps to seven\n"  // a new list restarts; text:start-value jumps
              "\u2022 A bullet\n"
              "(iii) Named style");               // a list style from styles.xml
}

TEST(OdtReader, ToleratesAMissingMimetypeEntry) {
    EXPECT_EQ(readFixture("no_mimetype.odt").text, "No mimetype entry.");
}

TEST(OdtReader, CapsAbsurdSpaceCounts) {
    ExtractedText t = readFixture("huge_space_count.odt");
    EXPECT_EQ(t.text.substr(0, 1), "a");
    EXPECT_EQ(t.text.find('b'), 1001u);  // one text:s gives at most 1000 spaces
    ZipLimits small;
    small.maxTotalUncompressed = 1024 * 1024;  // 2000 paragraphs of 1000 spaces exceed 1 MB of text
    EXPECT_NE(fixtureError("huge_space_count.odt", small).find("more than 1 MB of text"), std::string::npos);
}

// ---- files that are not OpenDocument texts -----------------------------------------------

TEST(OdtReader, RefusesOtherOpenDocumentKinds) {
    EXPECT_NE(fixtureError("spreadsheet.odt").find("another kind (spreadsheet)"), std::string::npos);
}

TEST(OdtReader, RefusesAPackageWithoutContent) {
    EXPECT_NE(fixtureError("no_content.odt").find("(content.xml) is missing"), std::string::npos);
}

TEST(OdtReader, ExplainsAPasswordProtectedDocument) {
    EXPECT_NE(fixtureError("encrypted.odt").find("is password-protected"), std::string::npos);
}

TEST(OdtReader, NamesTheRealFormatOfMisnamedFiles) {
    EXPECT_NE(fixtureError("word_renamed.odt").find("is a Word document"), std::string::npos);
    EXPECT_NE(fixtureError("doc_renamed.odt").find("old binary Word document (.doc)"), std::string::npos);
}

TEST(OdtReader, RefusesEmptyJunkAndTruncatedFiles) {
    EXPECT_NE(errorFor("", "empty.odt").find("is empty"), std::string::npos);
    EXPECT_NE(errorFor("just some text", "text.odt").find("is not an OpenDocument text"), std::string::npos);
    std::string bytes = test::readFile(test::dataFile("import/odt/basic.odt"));
    for (std::size_t keep : {bytes.size() / 3, bytes.size() / 2, bytes.size() - 5})
        EXPECT_NE(errorFor(bytes.substr(0, keep), "cut.odt").find("damaged"), std::string::npos) << keep;
}

// ---- hostile files -----------------------------------------------------------------------

TEST(OdtReader, NeverReadsExternalEntities) {
    std::string msg = fixtureError("xxe.odt");
    EXPECT_NE(msg.find("declares XML entities"), std::string::npos) << msg;
    EXPECT_EQ(msg.find("root:"), std::string::npos);
}

TEST(OdtReader, RefusesBillionLaughsQuickly) {
    const auto start = std::chrono::steady_clock::now();
    EXPECT_NE(fixtureError("billion_laughs.odt").find("declares XML entities"), std::string::npos);
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
}

TEST(OdtReader, RefusesAMillionLevelsOfNesting) {
    ZipLimits loose;
    loose.maxRatio = 100000;
    EXPECT_NE(fixtureError("deep_nesting.odt", loose).find("more than 256 levels deep"), std::string::npos);
}

TEST(OdtReader, RefusesInvalidUtf8InsideTheXml) {
    EXPECT_NE(fixtureError("bad_utf8.odt").find("not valid UTF-8"), std::string::npos);
}

TEST(OdtReader, RefusesAZipBomb) { EXPECT_NE(fixtureError("bomb.odt").find("looks like a zip bomb"), std::string::npos); }

}  // namespace
}  // namespace edau::importers
