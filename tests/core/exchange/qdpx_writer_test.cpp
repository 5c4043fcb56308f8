// SPDX-License-Identifier: GPL-3.0-or-later
// Writing .qdpx and .qdc: valid against the REFI-QDA schemas, XML-forbidden characters replaced
// without moving any position, and files replaced whole or not at all.
#include "edau/exchange/qdpx_writer.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "edau/base/error.h"
#include "edau/exchange/qdpx_reader.h"
#include "edau/text/unicode.h"
#include "qdpx_builder.h"
#include "temp_dir.h"

namespace edau {
namespace {

std::string guidN(int n) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-1111-4222-8333-4444444444%02x", n, n);
    return buf;
}

/// A project using every part of the schema Edau writes, with awkward text in every field.
QdaProject sampleProject() {
    QdaProject p;
    p.name = "Gofal \"yn y\" cyfnod clo <2020> & wedyn";
    p.origin = "Edau test";
    p.users = {{guidN(1), "Siân"}, {guidN(2), "Llŷr"}};
    QdaCode child{guidN(11), "Seibiant", "Egwyl\tfer\n(ail linell)", "#4C9BE8", true, {guidN(41)}, {}};
    p.codes = {{guidN(10), "Cymorth/Help", "Help gan eraill \x15", "#1F5FA8", true, {}, {child}}};
    p.variables = {{guidN(20), "Oed", "", QdaVariableType::Float},
                   {guidN(21), "Dyddiad", "", QdaVariableType::Date},
                   {guidN(22), "Rôl", "Category (Edau attribute type)", QdaVariableType::Text}};
    QdaCase c;
    c.guid = guidN(30);
    c.name = "Siân";
    c.description = "Gofalwr";
    c.values = {{guidN(20), "42.5"}, {guidN(21), "2020-05-01"}, {guidN(22), "gofalwr"}};
    c.sourceGuids = {guidN(50)};
    p.cases = {c};
    QdaSource s;
    s.guid = guidN(50);
    s.name = "Cyfweliad 1";
    s.text = "Siân: \x15" "00:01\x15 Roedd y dŵr yn oer \xEF\xBF\xBE iawn.\nLlŷr: Ie.";
    s.created = "2026-11-22T19:39:00.123Z";
    QdaSelection sel;
    sel.guid = guidN(60);
    sel.start = 22;  // "dŵr yn oer"
    sel.end = 32;
    sel.userGuid = guidN(1);
    sel.created = "2026-11-22T19:40:00.000Z";
    sel.modified = "not a date";
    sel.codings = {{guidN(61), guidN(11), guidN(1), "2026-11-22T19:40:00.000Z", {guidN(42)}}};
    sel.noteGuids = {guidN(43)};
    s.selections = {sel};
    s.noteGuids = {guidN(44)};
    p.sources = {s};
    p.notes = {{guidN(40), "Memo prosiect", "Nodyn ar y prosiect", guidN(1), "", "", {}},
               {guidN(41), "Ar god", "Cod", "", "", "", {}},
               {guidN(42), "Ar godio", "", "", "", "", {}},
               {guidN(43), "Framework: M — Siân × Cymorth", "Crynodeb \x01 byr", guidN(2), "", "", {guidN(45)}},
               {guidN(44), "", "Ar ddogfen", "", "", "", {}},
               {guidN(45), "Ar gell", "memo", "", "", "", {}},
               {guidN(46), "Ar achos", "memo", "", "", "", {}}};
    p.links = {{guidN(70), "Memo", guidN(46), guidN(30)}, {guidN(71), "Framework row", guidN(80), guidN(30)}};
    p.sets = {{guidN(80), "Framework: M", "Disgrifiad", {guidN(10)}, {}, {guidN(43)}}};
    p.noteGuids = {guidN(40)};
    return p;
}

TEST(QdpxWriter, ProjectXmlIsValidAgainstTheStandardSchema) {
    QdaWriteReport report;
    std::string xml = projectXml(sampleProject(), report);
    EXPECT_EQ(test::schemaErrors(xml, test::dataFile("refi-qda/Project.xsd")), "");
    // The source text is not in the XML (it goes to its .txt), so only names and notes count here.
    ASSERT_EQ(report.replaced.size(), 1u + 1u);
    EXPECT_EQ(report.replaced[0].codePoint, U'\x01');
    EXPECT_EQ(report.replaced[1].codePoint, U'\x15');
    EXPECT_EQ(report.replaced[1].elsewhere, 1u);
    EXPECT_EQ(xml.find('\x15'), std::string::npos);
    EXPECT_NE(xml.find("plainTextPath=\"internal://" + guidN(50) + ".txt\""), std::string::npos);
    EXPECT_NE(xml.find("Egwyl\tfer\n(ail linell)</Description>"), std::string::npos);  // element text keeps its layout
    EXPECT_NE(xml.find("name=\"Gofal &quot;yn y&quot; cyfnod clo &lt;2020&gt; &amp; wedyn\""), std::string::npos);
    EXPECT_EQ(xml.find("not a date"), std::string::npos);  // an invalid date is left out, not written
}

TEST(QdpxWriter, CodebookXmlIsValidAgainstTheCodebookSchema) {
    QdaWriteReport report;
    std::string xml = codebookXml(sampleProject(), report);
    EXPECT_EQ(test::schemaErrors(xml, test::dataFile("refi-qda/Codebook.xsd")), "");
    EXPECT_EQ(xml.find("NoteRef"), std::string::npos);
    QdaProject empty;
    try {
        codebookXml(empty, report);
        ADD_FAILURE() << "an empty codebook was written";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::BadInput);
    }
}

TEST(QdpxWriter, ForbiddenCharactersInTextBecomeOneReplacementEachSoPositionsHold) {
    QdaWriteReport report;
    const std::string text = sampleProject().sources[0].text;
    std::string written = sourceFileText(text, report, "Cyfweliad 1");
    EXPECT_EQ(text::codePointCount(written), text::codePointCount(text));
    EXPECT_EQ(written.find('\x15'), std::string::npos);
    EXPECT_EQ(text::sliceCodePoints(written, 22, 32), "dŵr yn oer");
    ASSERT_EQ(report.replaced.size(), 2u);
    EXPECT_EQ(report.replaced[0].codePoint, U'\x15');
    EXPECT_EQ(report.replaced[0].inSourceText, 2u);
    EXPECT_EQ(report.replaced[1].codePoint, U'\xFFFE');
    EXPECT_EQ(report.sourcesChanged, std::vector<std::string>{"Cyfweliad 1"});
}

TEST(QdpxWriter, QdpxHoldsTheProjectAndEachSourceTextAndReadsBack) {
    test::TempDir dir;
    std::string path = dir.file("allan.qdpx");
    QdaWriteReport report = writeQdpx(sampleProject(), path);
    EXPECT_FALSE(report.faithful());
    auto entries = test::unzipFile(path);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].first, "project.qde");
    EXPECT_EQ(test::schemaErrors(entries[0].second, test::dataFile("refi-qda/Project.xsd")), "");
    EXPECT_EQ(entries[1].first, "sources/" + guidN(50) + ".txt");
    EXPECT_EQ(entries[1].second.substr(0, 7), "Siân: ");  // no byte order mark

    QdaReadResult back = readQdaFile(path);
    EXPECT_EQ(back.offsets, "code-points");
    ASSERT_EQ(back.project.sources.size(), 1u);
    const auto& sel = back.project.sources[0].selections.at(0);
    EXPECT_EQ(text::sliceCodePoints(back.project.sources[0].text, sel.start, sel.end), "dŵr yn oer");
    EXPECT_EQ(back.project.codes.at(0).children.at(0).description, "Egwyl\tfer\n(ail linell)");
    EXPECT_EQ(back.project.name, sampleProject().name);
}

TEST(QdpxWriter, AFailedWriteLeavesTheOldFileAndNoTemporaryFile) {
    test::TempDir dir;
    std::string path = dir.file("hen.qdpx");
    test::writeFile(path, "hen gynnwys");
    QdaProject broken = sampleProject();
    broken.sources[0].selections[0].codings[0].codeGuid = "nid-guid";
    EXPECT_THROW(writeQdpx(broken, path), Error);
    EXPECT_EQ(test::readFile(path), "hen gynnwys");
    std::size_t files = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
        (void)e;
        ++files;
    }
    EXPECT_EQ(files, 1u);
    // A folder that does not exist: the error names the file the user asked for.
    try {
        writeQdpx(sampleProject(), dir.file("dim/yma.qdpx"));
        ADD_FAILURE() << "wrote into a missing folder";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Environment);
        EXPECT_NE(e.message().str().find("yma.qdpx"), std::string::npos) << e.message().str();
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("dim")));
}

}  // namespace
}  // namespace edau
