// SPDX-License-Identifier: GPL-3.0-or-later
// import::readRtf: text, Welsh letters and code pages, destinations, tables, footnotes, and hostile files.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <random>
#include <string>

#include "edau/base/error.h"
#include "format_readers.h"
#include "legacy_codepages.h"
#include "temp_dir.h"

namespace {

using edau::importers::readRtf;

/// The text of an RTF document whose body (after the header) is `body`.
std::string rtfText(const std::string& body) { return readRtf("{\\rtf1\\ansi\\ansicpg1252\\deff0 " + body + "}", "test.rtf").text; }

std::optional<edau::Error> rtfError(const std::string& bytes) {
    try {
        readRtf(bytes, "cyfweliad.rtf");
    } catch (const edau::Error& e) {
        return e;
    }
    return std::nullopt;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

TEST(RtfReader, ReadsAWordDocumentWithWelshLettersTablesListsAndAFootnote) {
    const auto result = readRtf(edau::test::readFile(edau::test::dataFile("import/rtf/word_like.rtf")), "word_like.rtf");
    EXPECT_EQ(result.text,
              "Cyfweliad 3\n"
              "Interviewer:\tSut mae pethau yn y pentref?\n"
              "Siân:\tMae’r dŵr yn oer ond mae’r tŷ yn gynnes.\n"
              "\n"
              "Llŷr:\tDw i’n cytuno – wir.\n"
              "•\tGwaith\n"
              "•\tTeulu\n"
              "Enw\nOed\nAled\n42\n"
              "Gwel y wefan.\n"
              "Diwedd.\n"
              "Cofnodwyd yn Nhregaron.");
    EXPECT_EQ(result.encoding, "windows-1252");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "Footnotes")) << result.notes[0];
    EXPECT_FALSE(result.formatHasTurns);
}

TEST(RtfReader, ReadsWordPadCurlyQuotesAndDashesFromWindows1252Escapes) {
    const auto result = readRtf(edau::test::readFile(edau::test::dataFile("import/rtf/wordpad.rtf")), "wordpad.rtf");
    EXPECT_EQ(result.text,
              "Interviewer: “Beth yw’r stori?”\n"
              "Siân: Stori hir – ac un dda — wrth gwrs.\n"
              "Ail linell.");
    EXPECT_TRUE(result.notes.empty());
}

TEST(RtfReader, DecodesUnicodeEscapesAndSkipsTheirFallbacks) {
    struct Case {
        const char* body;
        const char* text;
    };
    const Case cases[] = {
        {R"(d\u373?r a t\u375?)", "dŵr a tŷ"},
        {R"(\u372?\u374?)", "ŴŶ"},
        {R"(\uc0 d\u373 r)", "dŵr"},                          // no fallback to skip
        {R"(\uc2 d\u373\'77\'77r)", "dŵr"},                    // two fallback bytes
        {R"({\uc2 a\u373 xx}b\u375?c)", "aŵbŷc"},              // \uc is scoped to its group
        {R"(\u8217\'92)", "’"},                                // Word's own pairing
        {R"(\u-10179?\u-8704?)", "\xF0\x9F\x98\x80"},          // a surrogate pair: U+1F600
        {R"(\u-10179?x)", "\xEF\xBF\xBDx"},                    // a lone high surrogate
        {R"(\u-8704?)", "\xEF\xBF\xBD"},                       // a lone low surrogate
        {R"(\u-1?)", "\xEF\xBF\xBF"},                          // -1 is U+FFFF
        {R"(\u99999999999 x)", "\xEF\xBF\xBD"},               // absurd, and its fallback 'x' skipped
        {R"(\u0?ok)", "ok"},                                   // NUL is not text
    };
    for (const auto& c : cases) EXPECT_EQ(rtfText(c.body), c.text) << c.body;
}

TEST(RtfReader, DecodesHexEscapesInTheCodePageOfTheDocumentOrFont) {
    struct Case {
        const char* document;
        const char* text;
    };
    const Case cases[] = {
        {R"({\rtf1\ansi\ansicpg1252 \'93Si\'e2n\'94 \'96 \'85})", "“Siân” – …"},
        {R"({\rtf1\ansi\ansicpg1250 Zaj\'b9c \'9cle \'9a})", "Zając śle š"},
        {R"({\rtf1\ansi\ansicpg1251 \'cf\'f0\'e8\'e2\'e5\'f2})", "Привет"},
        {R"({\rtf1\ansi\ansicpg1252{\fonttbl{\f0\fcharset0 Arial;}{\f1\fcharset238 Arial CE;}}\f1 Zaj\'b9c\f0  \'b9})",
         "Zając ¹"},
        {R"({\rtf1\ansi\ansicpg1252\deff1{\fonttbl{\f0 Arial;}{\f1\fcharset204 Arial Cyr;}}\'cf\'f0\'e8})", "При"},
        {R"({\rtf1\ansi{\fonttbl{\f0\fcharset0\cpg1250 X;}}\f0 \'b9})", "ą"},       // \cpg wins
        {R"({\rtf1\ansi{\fonttbl\f0\fcharset238 Flat;\f1\fcharset0 B;}\f0 \'b9})", "ą"},  // table without groups
        {R"({\rtf1\mac \'8e})", "é"},
        {R"({\rtf1\pc \'82})", "é"},
        {R"({\rtf1\ansi\ansicpg932 \'82\'a0})", "あ"},                              // both bytes decode together
        {R"({\rtf1\ansi\ansicpg1252 raw \xe2})", "raw â"},                          // unescaped 8-bit text
        {R"({\rtf1\ansi{\fonttbl{\f3\fcharset2 Symbol;}}{\f3\'b7}})", "•"},
    };
    for (const auto& c : cases) {
        std::string document = c.document;
        if (auto raw = document.find("\\xe2"); raw != std::string::npos) document.replace(raw, 4, "\xE2");
        EXPECT_EQ(readRtf(document, "t.rtf").text, c.text) << c.document;
    }
}

TEST(RtfReader, ReadsAppleTextEditOutput) {
    // TextEdit ends paragraphs with a backslash before the line end and writes \uc0\uN.
    const std::string textEdit =
        "{\\rtf1\\ansi\\ansicpg1252\\cocoartf2639\n\\cocoatextscaling0\\cocoaplatform0"
        "{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;}\n{\\colortbl;\\red255\\green255\\blue255;}\n"
        "{\\*\\expandedcolortbl;;}\n\\paperw11900\\paperh16840\\margl1440\\margr1440\n"
        "\\pard\\tx566\\pardirnatural\\partightenfactor0\n\n\\f0\\fs24 \\cf0 Si\\'e2n: Mae'r d\\uc0\\u373 r yn oer.\\\n"
        "Aled: Ydy, wir.}";
    EXPECT_EQ(readRtf(textEdit, "textedit.rtf").text, "Siân: Mae'r dŵr yn oer.\nAled: Ydy, wir.");
}

TEST(RtfReader, DecodeCodePageKnowsWindowsDosAndMacPages) {
    using edau::importers::decodeCodePage;
    EXPECT_EQ(decodeCodePage("\x93\xe2\x94", 1252), "“â”");
    EXPECT_EQ(decodeCodePage("\xb9\x9c", 1250), "ąś");
    EXPECT_EQ(decodeCodePage("\xcf", 1251), "П");
    EXPECT_EQ(decodeCodePage("\x82\x83", 437), "éâ");
    EXPECT_EQ(decodeCodePage("\x82", 850), "é");
    EXPECT_EQ(decodeCodePage("\x8e", 10000), "é");
    EXPECT_EQ(decodeCodePage("\xf0\xfe", 28604), "ŵŷ");  // ISO-8859-14, Welsh
    EXPECT_EQ(decodeCodePage("\x82\xa0", 932), "あ");
    EXPECT_EQ(decodeCodePage("\xc5\xb5", 65001), "ŵ");
    EXPECT_EQ(decodeCodePage("", 1252), "");
    EXPECT_EQ(decodeCodePage("x", 4242), std::nullopt);
    EXPECT_EQ(decodeCodePage("\x82", 65001), "\xEF\xBF\xBD");  // broken UTF-8 becomes U+FFFD
    EXPECT_TRUE(edau::importers::isSingleByteCodePage(1252));
    EXPECT_FALSE(edau::importers::isSingleByteCodePage(932));
}

TEST(RtfReader, AnUnknownCodePageFallsBackToWindows1252WithANote) {
    const auto result = readRtf(R"({\rtf1\ansi\ansicpg4242 caf\'e9})", "t.rtf");
    EXPECT_EQ(result.text, "café");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "4242")) << result.notes[0];
}

TEST(RtfReader, MakesOneLinePerParagraphWithEmptyParagraphsKeptOnce) {
    struct Case {
        const char* body;
        const char* text;
    };
    const Case cases[] = {
        {R"(Un\par Dau\par)", "Un\nDau"},
        {R"(Un\line Dau)", "Un\nDau"},
        {R"(Un\par\par Dau)", "Un\n\nDau"},
        {R"(Un\par\par\par\par Dau)", "Un\n\nDau"},           // runs of empty paragraphs shrink to one
        {R"(\par\par Un\par\par)", "Un"},                      // none at the start or end
        {R"(Un   \par Dau)", "Un\nDau"},                       // trailing spaces trimmed
        {"Un\r\nDau\n", "UnDau"},                              // line ends in the source are not text
        {"Un\\\r\nDau", "Un\nDau"},                            // backslash + line end is \par
        {R"(Un\sect Dau\page\par Tri)", "Un\nDau\nTri"},       // section and page ends break once
        {R"(A\tab B)", "A\tB"},
    };
    for (const auto& c : cases) EXPECT_EQ(rtfText(c.body), c.text) << c.body;
}

TEST(RtfReader, PutsEveryTableCellOnItsOwnLineInReadingOrder) {
    EXPECT_EQ(rtfText(R"(\trowd\cellx100\cellx200\intbl Si\'e2n\cell Helo\cell\row)"
                      R"(\trowd\cellx100\cellx200\intbl Aled\cell Hwyl\cell\row Wedyn\par)"),
              "Siân\nHelo\nAled\nHwyl\nWedyn");
    EXPECT_EQ(rtfText(R"(\intbl A\nestcell B\nestcell\nestrow C\cell\row)"), "A\nB\nC");
}

TEST(RtfReader, TurnsSymbolWordsIntoTheirCharacters) {
    struct Case {
        const char* body;
        const char* text;
    };
    const Case cases[] = {
        {R"(a\emdash b)", "a—b"},       {R"(a\endash b)", "a–b"},     {R"(\lquote x\rquote)", "‘x’"},
        {R"(\ldblquote x\rdblquote)", "“x”"}, {R"(\bullet)", "•"},      {R"(Mr\~Jones)", "Mr Jones"},
        {R"(un\_dau)", "un-dau"},      {R"(cyf\-weliad)", "cyfweliad"}, {R"(\{\}\\)", "{}\\"},
        {R"(a\emspace b)", "a\xE2\x80\x83" "b"},
    };
    for (const auto& c : cases) EXPECT_EQ(rtfText(c.body), c.text) << c.body;
}

TEST(RtfReader, SkipsDestinationsThatAreNotDocumentText) {
    const char* const skipped[] = {
        R"({\fonttbl{\f0 Arial;}})",           R"({\colortbl;\red0\green0\blue0;})",
        R"({\stylesheet{\s0 Normal;}})",        R"({\info{\title Teitl}{\author Siân}})",
        R"({\header Pennawd\par})",             R"({\footerl Troedyn\par})",
        R"({\headerf Cyntaf\par})",             R"({\pict\pngblip 89504e47})",
        R"({\object\objemb{\*\objdata 0102}{\result Canlyniad}})",
        R"({\*\themedata 504b03})",             R"({\*\datastore 0105})",
        R"({\*\xmlnstbl {\xmlns1 http://x}})",  R"({\*\listtable{\list\listid1}})",
        R"({\*\listoverridetable{\listoverride}})", R"({\*\rsidtbl \rsid1})",
        R"({\*\generator Msftedit 5.41;})",     R"({\*\anything-unknown hidden text})",
        R"({\*\annotation Sylw})",              R"({\*\bkmkstart nod})",
        R"({\v cudd})",                          R"({\deleted wedi'i ddileu})",
    };
    for (const char* group : skipped) EXPECT_EQ(rtfText(std::string("A") + group + "B"), "AB") << group;
}

TEST(RtfReader, KeepsAFieldsResultButNotItsInstruction) {
    EXPECT_EQ(rtfText(R"(Gwel {\field{\*\fldinst {HYPERLINK "https://example.org/"}}{\fldrslt {y wefan}}}.)"),
              "Gwel y wefan.");
    EXPECT_EQ(rtfText(R"({\field{\fldinst PAGE}{\fldrslt 3}})"), "3");
}

TEST(RtfReader, HiddenTextEndsWhereFormattingIsReset) {
    EXPECT_EQ(rtfText(R"(A\v cudd\v0 B\v eto\plain C)"), "ABC");
}

TEST(RtfReader, MovesFootnotesToTheEndAndSaysSo) {
    const auto result =
        readRtf(R"({\rtf1 Testun{\footnote\pard {\chftn} Nodyn un.}\par Mwy{\footnote Nodyn dau.}.\par})", "t.rtf");
    EXPECT_EQ(result.text, "Testun\nMwy.\nNodyn un.\nNodyn dau.");
    ASSERT_EQ(result.notes.size(), 1u);
}

TEST(RtfReader, SkipsBinaryDataWhateverItContains) {
    EXPECT_EQ(rtfText("A{\\pict\\bin5 }{\\}x}B"), "AB");
    EXPECT_EQ(rtfText("A{\\pict\\bin-5 }B"), "AB");
    // A length past the end of the file, or absurdly large: the rest is binary, not a crash.
    const auto result = readRtf("{\\rtf1 A{\\pict\\bin99999999999999999999 xyz", "t.rtf");
    EXPECT_EQ(result.text, "A");
}

TEST(RtfReader, SurvivesAbsurdParameters) {
    EXPECT_EQ(rtfText(R"(\fs-2147483649 A\fs99999999999999999999999 B\uc99999999999 C\f-99999999999 D\ansicpg-1 E)"),
              "ABCDE");
    EXPECT_EQ(rtfText(std::string("\\") + std::string(100000, 'x') + " A"), "A");  // a huge control word
    EXPECT_EQ(rtfText(std::string("\\fs") + std::string(100000, '9') + " A"), "A");
}

TEST(RtfReader, RefusesFilesThatAreNotRtf) {
    struct Case {
        std::string bytes;
        const char* reason;
    };
    const Case cases[] = {
        {"", "it is empty"},
        {"Interviewer: helo", "does not begin"},
        {"PK\x03\x04 a zip", "does not begin"},
        {"{\\rt", "does not begin"},
        {std::string("\0\0\0", 3), "does not begin"},
    };
    for (const auto& c : cases) {
        const auto error = rtfError(c.bytes);
        ASSERT_TRUE(error) << c.bytes;
        EXPECT_EQ(error->kind(), edau::ErrorKind::BadInput);
        EXPECT_TRUE(contains(error->what(), "cyfweliad.rtf is not an RTF file")) << error->what();
        EXPECT_TRUE(contains(error->what(), c.reason)) << error->what();
    }
    // A byte order mark or blank lines before the signature are tolerated.
    EXPECT_EQ(readRtf("\xEF\xBB\xBF\r\n {\\rtf1 Helo}", "t.rtf").text, "Helo");
}

TEST(RtfReader, RefusesNestingDeeperThanAnyRealDocument) {
    const std::string deep = "{\\rtf1 " + std::string(1000000, '{') + "x" + std::string(1000000, '}') + "}";
    const auto start = std::chrono::steady_clock::now();
    const auto error = rtfError(deep);
    ASSERT_TRUE(error);
    EXPECT_EQ(error->kind(), edau::ErrorKind::BadInput);
    EXPECT_TRUE(contains(error->what(), "is nested too deeply to be a real document")) << error->what();
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
    // Nesting that real files use is fine.
    EXPECT_EQ(rtfText(std::string(500, '{') + "dwfn" + std::string(500, '}')), "dwfn");
}

TEST(RtfReader, ThousandsOfFontsCostNoMoreThanTheirCap) {
    std::string table = "{\\rtf1\\ansi{\\fonttbl";
    for (int f = 0; f < 200000; ++f) table += "{\\f" + std::to_string(f) + "\\fcharset238 F;}";
    const std::string early = table + "}\\f10 \\'b9}";
    const std::string late = table + "}\\f199999 \\'b9}";
    EXPECT_EQ(readRtf(early, "t.rtf").text, "ą");
    // Fonts past the cap are not remembered; their text reads in the document code page.
    EXPECT_EQ(readRtf(late, "t.rtf").text, "¹");
}

TEST(RtfReader, ReadsACutShortFileUpToWhereItEndsAndSaysSo) {
    const auto result = readRtf("{\\rtf1 Interviewer: Helo\\par Si\\'e2n: Dw i'n", "t.rtf");
    EXPECT_EQ(result.text, "Interviewer: Helo\nSiân: Dw i'n");
    ASSERT_EQ(result.notes.size(), 1u);
    EXPECT_TRUE(contains(result.notes[0], "cut short")) << result.notes[0];
    // Text after the document's closing brace is not part of it.
    EXPECT_EQ(readRtf("{\\rtf1 Helo}ignored", "t.rtf").text, "Helo");
}

TEST(RtfReader, BrokenEscapesAreIgnoredNotFatal) {
    EXPECT_EQ(rtfText(R"(a\'zz b\'4)"), "azz b4");
    EXPECT_EQ(readRtf("{\\rtf1 end\\", "t.rtf").text, "end");
    EXPECT_EQ(readRtf("{\\rtf1 a}}}}", "t.rtf").text, "a");
}

TEST(RtfReader, RandomBytesAfterTheSignatureNeverCrash) {
    std::mt19937 random(20240305);
    const std::string alphabet = "{}\\'*uc0123456789abcdefpar bin-?\xe2\x80\r\n";
    for (int round = 0; round < 300; ++round) {
        std::string bytes = "{\\rtf1 ";
        const int length = static_cast<int>(random() % 2000);
        for (int i = 0; i < length; ++i) bytes += alphabet[random() % alphabet.size()];
        try {
            (void)readRtf(bytes, "random.rtf");
        } catch (const edau::Error& e) {
            EXPECT_EQ(e.kind(), edau::ErrorKind::BadInput);
        }
    }
}

}  // namespace
