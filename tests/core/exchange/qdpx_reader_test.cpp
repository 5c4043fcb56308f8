// SPDX-License-Identifier: GPL-3.0-or-later
// Reading .qdpx files as other programs write them, and refusing or trimming hostile ones.
#include "edau/exchange/qdpx_reader.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "qdpx_builder.h"

namespace edau {
namespace {

using test::toUtf8;
using test::zipBytes;

constexpr const char* kSource = "0b4d3a1c-5a35-4f0c-9d52-2f1f6e0c9a01";
constexpr const char* kCode = "6c1e2c4a-8f0b-4a77-a1f3-3b8e5a9d2c11";
constexpr const char* kUser = "9a7b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";

const std::vector<std::u32string> kLines = {
    U"\U0001F600 Siân: Roedd y dŵr yn oer iawn bore ’ma.",
    U"Llŷr: Ie wir, a’r tŷ yn llawn \U0001F642 heddiw, diolch byth.",
    U"Siân: Mae’r gwasanaeth yn cau am bump \U0001F615 felly rhaid brysio.",
    U"Llŷr: Dw i’n gweld. Beth am yr ŵyl yng Nghaerdydd?",
};
const std::vector<std::u32string> kPhrases = {U"Roedd y dŵr", U"oer iawn",    U"tŷ yn llawn", U"heddiw",
                                              U"gwasanaeth",  U"felly rhaid", U"gweld",       U"ŵyl yng Nghaerdydd"};

std::u32string lfText() {
    std::u32string t;
    for (std::size_t i = 0; i < kLines.size(); ++i) t += (i ? U"\n" : U"") + kLines[i];
    return t;
}

/// The unit offset of each boundary of the line-feed text under a convention.
std::int64_t offsetOf(const std::u32string& lf, std::size_t at, const OffsetConvention& c, bool bom, bool crlf) {
    std::int64_t units = bom && c.bomCounted ? (c.unit == OffsetUnit::Utf8 ? 3 : 1) : 0;
    for (std::size_t i = 0; i < at; ++i) {
        char32_t cp = lf[i];
        if (cp == U'\n' && crlf && c.crlfAsTwo) ++units;
        if (c.unit == OffsetUnit::CodePoints) ++units;
        else if (c.unit == OffsetUnit::Utf16) units += cp >= 0x10000 ? 2 : 1;
        else units += static_cast<std::int64_t>(toUtf8(std::u32string(1, cp)).size());
    }
    return units;
}

std::string projectXml(const std::string& sources, const std::string& more = {}) {
    return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"Prawf\" origin=\"Test\">") +
           "<Users><User guid=\"" + kUser + "\" name=\"Siân\"/></Users>" + "<CodeBook><Codes><Code guid=\"" + kCode +
           "\" name=\"Gofal\" isCodable=\"true\"/></Codes></CodeBook>" + "<Sources>" + sources + "</Sources>" + more +
           "</Project>";
}

std::string selectionXml(const std::string& guid, const std::string& start, const std::string& end) {
    return "<PlainTextSelection guid=\"" + guid + "\" startPosition=\"" + start + "\" endPosition=\"" + end +
           "\"><Coding guid=\"" + guid.substr(0, 35) + "f\" creatingUser=\"" + kUser + "\"><CodeRef targetGUID=\"" + kCode +
           "\"/></Coding></PlainTextSelection>";
}

std::string guidN(int n) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%08x-0000-4000-8000-0000000000%02x", n, n);
    return buf;
}

/// The text a selection of the read project covers.
std::string covered(const QdaSource& s, const QdaSelection& sel) {
    return std::string(text::sliceCodePoints(s.text, sel.start, sel.end));
}

TEST(QdpxReader, PositionsAreReadInTheConventionTheirProgramUsed) {
    const struct {
        OffsetConvention convention;
        bool crlf, bom;
        const char* expected;
    } table[] = {
        {{OffsetUnit::CodePoints, true, false}, false, false, "code-points"},           // the standard; Edau's own export
        {{OffsetUnit::Utf16, true, false}, true, false, "utf-16+crlf-as-2"},            // NVivo 12 for Windows
        {{OffsetUnit::Utf16, true, false}, true, true, "utf-16+crlf-as-2"},             // the same with a BOM not counted
        {{OffsetUnit::Utf8, true, false}, false, false, "utf-8"},                       // byte offsets
        {{OffsetUnit::CodePoints, false, false}, true, false, "code-points+crlf-as-1"},  // CR LF read as one
        {{OffsetUnit::CodePoints, true, true}, false, true, "code-points+bom"},         // BOM counted
        {{OffsetUnit::Utf16, false, true}, true, true, "utf-16+crlf-as-1+bom"},
    };
    const std::u32string lf = lfText();
    for (const auto& row : table) {
        SCOPED_TRACE(row.expected);
        std::string file = row.bom ? "\xEF\xBB\xBF" : "";
        for (std::size_t i = 0; i < kLines.size(); ++i) file += (i ? (row.crlf ? "\r\n" : "\n") : "") + toUtf8(kLines[i]);
        std::string selections;
        for (std::size_t i = 0; i < kPhrases.size(); ++i) {
            std::size_t at = lf.find(kPhrases[i]);
            selections += selectionXml(guidN(static_cast<int>(i) + 1),
                                       std::to_string(offsetOf(lf, at, row.convention, row.bom, row.crlf)),
                                       std::to_string(offsetOf(lf, at + kPhrases[i].size(), row.convention, row.bom, row.crlf)));
        }
        std::string qde = projectXml(std::string("<TextSource guid=\"") + kSource + "\" name=\"Cyfweliad\" plainTextPath=\"internal://" +
                                     kSource + ".txt\">" + selections + "</TextSource>");
        QdaReadResult r = readQdpx(zipBytes({{"project.qde", qde}, {std::string("sources/") + kSource + ".txt", file}}), "prawf.qdpx");
        EXPECT_EQ(r.offsets, row.expected);
        ASSERT_EQ(r.project.sources.size(), 1u);
        const QdaSource& s = r.project.sources.front();
        EXPECT_EQ(s.text, toUtf8(lf));
        ASSERT_EQ(s.selections.size(), kPhrases.size());
        for (std::size_t i = 0; i < kPhrases.size(); ++i) EXPECT_EQ(covered(s, s.selections[i]), toUtf8(kPhrases[i]));
        ASSERT_EQ(r.readings.size(), 1u);
        EXPECT_EQ(r.readings[0].aligned, r.readings[0].boundaries);
        EXPECT_TRUE(r.dropped.empty());
    }
}

TEST(QdpxReader, NvivoForMacTextComesFromTheDocxWhenTheTxtIsEmpty) {
    // Lower-case sources/, a .root file, an empty .txt (one line feed) and the text in the .docx.
    const std::string text = "Cyfwelydd: Sut oedd y gofal?\nSiân: Anodd, ond roedd y cymdogion yn help.";
    std::string qde = projectXml(std::string("<TextSource guid=\"") + kSource + "\" name=\"Siân\" plainTextPath=\"internal://" + kSource +
                                 ".txt\" richTextPath=\"internal://" + kSource + ".docx\">" + selectionXml(guidN(1), "35", "40") +
                                 "</TextSource>");
    QdaReadResult r = readQdpx(zipBytes({{"project.qde", qde},
                                         {"sources/.root", ""},
                                         {std::string("sources/") + kSource + ".txt", "\n"},
                                         {std::string("sources/") + kSource + ".docx", test::docxBytes(text)}}),
                               "nvivo-mac.qdpx");
    ASSERT_EQ(r.project.sources.size(), 1u);
    EXPECT_EQ(r.project.sources[0].text, text);
    EXPECT_EQ(r.project.sources[0].format, "docx");
    ASSERT_EQ(r.readings.size(), 1u);
    EXPECT_EQ(r.readings[0].textFrom, "docx");
    ASSERT_EQ(r.project.sources[0].selections.size(), 1u);
    EXPECT_EQ(covered(r.project.sources[0], r.project.sources[0].selections[0]), "Anodd");
}

TEST(QdpxReader, WindowsLayoutAnyQdeNameBracedGuidsAndInlineText) {
    // Sources/ in upper case, the XML named after the project, GUIDs in braces and capitals.
    std::string upperSource = "{0B4D3A1C-5A35-4F0C-9D52-2F1F6E0C9A01}";
    std::string qde = projectXml("<TextSource guid=\"" + upperSource + "\" name=\"Un\" plainTextPath=\"internal://" + upperSource +
                                 ".txt\">" + selectionXml(guidN(1), "0", "5") + "</TextSource>" +
                                 "<TextSource guid=\"" + guidN(9) + "\" name=\"Dau\"><PlainTextContent>Testun mewnol yma.</PlainTextContent>" +
                                 selectionXml(guidN(2), "7", "13") + "</TextSource>");
    QdaReadResult r = readQdpx(zipBytes({{"Fy mhrosiect.qde", qde}, {"Sources/" + upperSource + ".txt", "Bore da i chi."}}), "win.qdpx");
    ASSERT_EQ(r.project.sources.size(), 2u);
    EXPECT_EQ(r.project.sources[0].guid, kSource);
    EXPECT_EQ(covered(r.project.sources[0], r.project.sources[0].selections.at(0)), "Bore ");
    EXPECT_EQ(covered(r.project.sources[1], r.project.sources[1].selections.at(0)), "mewnol");
    EXPECT_EQ(r.project.sources[1].selections[0].codings.at(0).codeGuid, kCode);
    EXPECT_EQ(r.project.users.at(0).name, "Siân");
}

TEST(QdpxReader, WhatCannotBeReadIsLeftOutAndSaidInWords) {
    const std::string text = "Roedd y cyfnod clo yn anodd i bawb.";  // 35 code points
    std::string sels = selectionXml(guidN(1), "0", "5") +              // kept: "Roedd"
                       selectionXml(guidN(2), "20", "10") +            // ends before it starts
                       selectionXml(guidN(3), "30", "900") +           // past the end
                       selectionXml(guidN(4), "pump", "deg") +         // not numbers
                       selectionXml(guidN(5), "8", "8");               // empty
    std::string qde = projectXml(std::string("<TextSource guid=\"") + kSource + "\" name=\"Cyfweliad\" plainTextPath=\"internal://" +
                                     kSource + ".txt\">" + sels + "</TextSource>" +
                                     "<TextSource guid=\"" + guidN(20) + "\" name=\"Allanol\" plainTextPath=\"absolute:///etc/passwd\"/>" +
                                     "<TextSource guid=\"" + guidN(21) + "\" name=\"Ar goll\" plainTextPath=\"internal://nope.txt\"/>" +
                                     "<PictureSource guid=\"" + guidN(22) + "\" name=\"Llun\" path=\"internal://x.png\"/>",
                                 "<Graphs><Graph guid=\"" + guidN(23) + "\" name=\"Map\"/></Graphs>");
    QdaReadResult r = readQdpx(zipBytes({{"project.qde", qde}, {std::string("sources/") + kSource + ".txt", text}}), "rhannol.qdpx");
    ASSERT_EQ(r.project.sources.size(), 1u);
    ASSERT_EQ(r.project.sources[0].selections.size(), 1u);
    EXPECT_EQ(covered(r.project.sources[0], r.project.sources[0].selections[0]), "Roedd");
    std::string all;
    for (const auto& d : r.dropped) all += d.str() + "\n";
    for (const char* words : {"ends (10) before it starts (20)", "30-900 lies outside the text, which is 35 characters long",
                              "(pump-deg) is not a whole number", "it is empty (8-8)",
                              "in a file outside the package (absolute:///etc/passwd)", "its text (internal://nope.txt) is not in the file",
                              "The source Llun (PictureSource) was left out", "The graph Map was left out"})
        EXPECT_NE(all.find(words), std::string::npos) << words << "\nin:\n" << all;
}

TEST(QdpxReader, ABadByteInATextBecomesOneReplacementNotAGuessedEncoding) {
    // One stray byte must not turn every ŵ and ŷ of the text into Windows-1252 mojibake.
    std::string qde = projectXml(std::string("<TextSource guid=\"") + kSource + "\" plainTextPath=\"internal://" + kSource + ".txt\">" +
                                 selectionXml(guidN(1), "8", "11") + "</TextSource>");
    QdaReadResult r = readQdpx(zipBytes({{"project.qde", qde}, {std::string("sources/") + kSource + ".txt", "Y d\xC5\xB5r \xC3 oer: t\xC5\xB7."}}),
                               "drwg.qdpx");
    ASSERT_EQ(r.project.sources.size(), 1u);
    EXPECT_EQ(r.project.sources[0].text, "Y d\xC5\xB5r \xEF\xBF\xBD oer: t\xC5\xB7.");
    EXPECT_EQ(covered(r.project.sources[0], r.project.sources[0].selections.at(0)), "oer");
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].str().find("not valid UTF-8 (the first bad byte is at 7)"), std::string::npos) << r.warnings[0].str();
}

TEST(QdpxReader, EntryNamesReachNothingOutsideThePackage) {
    // Names that would climb out of a folder if anything were extracted: they are only looked up.
    std::filesystem::path outside = std::filesystem::temp_directory_path() / "edau-qdpx-escape.txt";
    std::filesystem::remove(outside);
    std::string qde = projectXml(std::string("<TextSource guid=\"") + kSource + "\" name=\"Dringo\" plainTextPath=\"internal://../../../../" +
                                 outside.string() + "\"/>");
    QdaReadResult r = readQdpx(zipBytes({{"project.qde", qde},
                                         {"../../../../" + outside.string(), "Testun o'r pecyn."},
                                         {"/etc/edau-absolute.txt", "dim"}}),
                               "dringo.qdpx");
    EXPECT_FALSE(std::filesystem::exists(outside));
    EXPECT_FALSE(std::filesystem::exists("/etc/edau-absolute.txt"));
    ASSERT_EQ(r.project.sources.size(), 1u);
    EXPECT_EQ(r.project.sources[0].text, "Testun o'r pecyn.");
}

TEST(QdpxReader, HostileOrBrokenFilesAreRefusedWithAReason) {
    const std::string text = std::string("sources/") + kSource + ".txt";
    const std::string source = std::string("<TextSource guid=\"") + kSource + "\" plainTextPath=\"internal://" + kSource + ".txt\"/>";
    const std::string xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
    const std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
                               "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&c;\"/>";
    const std::string badUtf8 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project name=\"\xC3\x28\"/>";
    QdaReadLimits small;
    small.maxXmlBytes = 1024;
    small.maxEntries = 5;
    const struct {
        const char* what;
        std::string bytes;
        QdaReadLimits limits;
        const char* words;
    } table[] = {
        {"not a zip", "Project name=x", {}, "it is not a zip archive"},
        {"no project.qde", zipBytes({{"sources/a.txt", "x"}}), {}, "it holds no project.qde"},
        {"two .qde", zipBytes({{"a.qde", "<Project/>"}, {"b.qde", "<Project/>"}}), {}, "holds 2 .qde files"},
        {"not well-formed", zipBytes({{"project.qde", "<Project name='x'><Sources>"}}), {}, "is not well-formed XML"},
        {"not a project", zipBytes({{"project.qde", "<html/>"}}), {}, "starts with <html> where <Project> belongs"},
        {"external entity", zipBytes({{"project.qde", xxe}}), {}, "declares XML entities"},
        {"billion laughs", zipBytes({{"project.qde", laughs}}), {}, "declares XML entities"},
        {"invalid UTF-8", zipBytes({{"project.qde", badUtf8}}), {}, "not valid UTF-8"},
        {"zip bomb", zipBytes({{"project.qde", projectXml(source)}, {text, std::string(300u * 1024 * 1024 / 10, ' ')}}), {}, "zip bomb"},
        {"huge XML", zipBytes({{"project.qde", projectXml(source) + std::string(4096, ' ')}}), small, "more than 1024 bytes of XML"},
        {"too many entries", zipBytes({{"project.qde", "<Project/>"}, {"1", ""}, {"2", ""}, {"3", ""}, {"4", ""}, {"5", ""}}), small,
         "more than 5 parts"},
    };
    for (const auto& row : table) {
        SCOPED_TRACE(row.what);
        try {
            readQdpx(row.bytes, "drwg.qdpx", row.limits);
            ADD_FAILURE() << "read without complaint";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput);
            EXPECT_NE(e.message().str().find(row.words), std::string::npos) << e.message().str();
            EXPECT_NE(e.message().str().find("drwg.qdpx"), std::string::npos) << e.message().str();
        }
    }
}

TEST(QdpxReader, SharedIdentifiersAreMadeUnique) {
    std::string sels = selectionXml(guidN(1), "0", "5") + selectionXml(guidN(1), "6", "8");
    std::string qde = projectXml(std::string("<TextSource guid=\"") + kSource + "\" plainTextPath=\"internal://" + kSource + ".txt\">" +
                                 sels + "</TextSource>");
    QdaReadResult r = readQdpx(zipBytes({{"project.qde", qde}, {std::string("sources/") + kSource + ".txt", "Roedd y cyfnod"}}), "dyblyg.qdpx");
    const auto& sel = r.project.sources.at(0).selections;
    ASSERT_EQ(sel.size(), 2u);
    EXPECT_NE(sel[0].guid, sel[1].guid);
    EXPECT_NE(sel[0].codings.at(0).guid, sel[1].codings.at(0).guid);
    ASSERT_FALSE(r.warnings.empty());
    EXPECT_NE(r.warnings[0].str().find("share the identifier"), std::string::npos);
}

TEST(QdpxReader, CodebooksAreReadWithTheirTree) {
    const std::string qdc =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\" origin=\"x\"><Codes>"
        "<Code guid=\"" + guidN(1) + "\" name=\"Cymorth\" isCodable=\"true\" color=\"#1f5\"><Description>Help</Description>"
        "<Code guid=\"" + guidN(2) + "\" name=\"Seibiant\" isCodable=\"false\"/></Code></Codes>"
        "<Sets><Set guid=\"" + guidN(3) + "\" name=\"S\"><MemberCode guid=\"" + guidN(2) + "\"/></Set></Sets></CodeBook>";
    QdaReadResult r = readQdc(qdc, "llyfr.qdc");
    ASSERT_EQ(r.project.codes.size(), 1u);
    EXPECT_EQ(r.project.codes[0].colour, "#11ff55");
    EXPECT_EQ(r.project.codes[0].description, "Help");
    ASSERT_EQ(r.project.codes[0].children.size(), 1u);
    EXPECT_FALSE(r.project.codes[0].children[0].codable);
    ASSERT_EQ(r.dropped.size(), 1u);
    EXPECT_NE(r.dropped[0].str().find("The set S was left out"), std::string::npos);
}

}  // namespace
}  // namespace edau
