// SPDX-License-Identifier: GPL-3.0-or-later
// import::source_reader: decoding source files, speaker turns, language guess, CSV and attribute types.
#include "edau/import/source_reader.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace {

using edau::AttributeType;
using edau::ErrorKind;
using edau::test::dataFile;

// The text of the transcript fixtures, as stored: LF line endings, NFC.
const std::string kTranscript =
    "Interviewer: Sut mae pethau yn y pentref?\n"
    "Siân: Mae'r dŵr yn oer ond mae'r tŷ yn gynnes.\n"
    "Llŷr: Dw i'n cytuno.\n"
    "Siân: Diolch, Llŷr.\n"
    "Llŷr: Croeso.\n";

// The error readSourceFile throws for `path`, or nullopt when it reads.
std::optional<edau::Error> readError(const std::string& path, const edau::SourceReadOptions& options = {}) {
    try {
        edau::readSourceFile(path, options);
    } catch (const edau::Error& e) {
        return e;
    }
    return std::nullopt;
}

std::string argValue(const edau::Error& e, const std::string& name) {
    for (const auto& [key, value] : e.message().args())
        if (key == name) return value;
    return "";
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

edau::SourceReadOptions withEncoding(const std::string& encoding) {
    edau::SourceReadOptions options;
    options.encoding = encoding;
    return options;
}

// ---------------------------------------------------------------- readSourceFile

TEST(ReadSourceFile, DecodesEveryEncodingAndLineEndingToTheSameText) {
    struct Case {
        const char* file;
        const char* encoding;
    };
    const Case cases[] = {
        {"import/utf8.txt", "utf-8"},
        {"import/utf8_bom.txt", "utf-8-bom"},
        {"import/crlf.txt", "utf-8"},
        {"import/cr_only.txt", "utf-8"},
        {"import/utf16le_bom_crlf.txt", "utf-16le"},
        {"import/utf16be_bom.txt", "utf-16be"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.file);
        const edau::SourceContent content = edau::readSourceFile(dataFile(c.file));
        EXPECT_EQ(content.draft.text, kTranscript);
        EXPECT_EQ(content.draft.encoding, c.encoding);
        EXPECT_FALSE(contains(content.draft.text, "\r"));
        EXPECT_FALSE(contains(content.draft.text, "\xEF\xBB\xBF")) << "BOM kept in the text";
        EXPECT_EQ(content.turns.size(), 5u);
    }
}

TEST(ReadSourceFile, FillsTheDraftFromTheFile) {
    const edau::SourceContent content = edau::readSourceFile(dataFile("import/utf8.txt"));
    EXPECT_EQ(content.draft.name, "utf8");
    EXPECT_EQ(content.draft.originalFileName, "utf8.txt");
    EXPECT_EQ(content.draft.format, "txt");
    EXPECT_EQ(content.draft.language, "cy");
}

TEST(ReadSourceFile, FindsTurnsWithExactCodePointOffsets) {
    const edau::SourceContent content = edau::readSourceFile(dataFile("import/utf16be_bom.txt"));
    struct Expected {
        const char* speaker;
        std::int64_t start;
        std::int64_t end;
        const char* line;
    };
    const Expected expected[] = {
        {"Interviewer", 0, 41, "Interviewer: Sut mae pethau yn y pentref?"},
        {"Siân", 42, 88, "Siân: Mae'r dŵr yn oer ond mae'r tŷ yn gynnes."},
        {"Llŷr", 89, 109, "Llŷr: Dw i'n cytuno."},
        {"Siân", 110, 129, "Siân: Diolch, Llŷr."},
        {"Llŷr", 130, 143, "Llŷr: Croeso."},
    };
    ASSERT_EQ(content.turns.size(), std::size(expected));
    for (std::size_t i = 0; i < std::size(expected); ++i) {
        SCOPED_TRACE(i);
        const edau::Turn& turn = content.turns[i];
        EXPECT_EQ(turn.speaker, expected[i].speaker);
        EXPECT_EQ(turn.start, expected[i].start);
        EXPECT_EQ(turn.end, expected[i].end);
        EXPECT_EQ(edau::text::sliceCodePoints(content.draft.text, turn.start, turn.end), expected[i].line);
    }
}

TEST(ReadSourceFile, HonoursTurnAndLanguageOptions) {
    edau::SourceReadOptions options;
    options.detectTurns = false;
    options.language = "en";
    const edau::SourceContent content = edau::readSourceFile(dataFile("import/utf8.txt"), options);
    EXPECT_TRUE(content.turns.empty());
    EXPECT_EQ(content.draft.language, "en");
    EXPECT_EQ(content.draft.text, kTranscript);
}

TEST(ReadSourceFile, StoresDecomposedInputAsNfc) {
    const std::string raw = edau::test::readFile(dataFile("import/nfd.txt"));
    ASSERT_FALSE(edau::text::isNfc(raw)) << "the fixture should be NFD";
    const edau::SourceContent content = edau::readSourceFile(dataFile("import/nfd.txt"));
    EXPECT_EQ(content.draft.text, "Siân: Mae'r dŵr yn y tŷ.\n");
    EXPECT_TRUE(edau::text::isNfc(content.draft.text));
}

TEST(ReadSourceFile, InvalidUtf8InAFileDeclaredUtf8NamesTheFileAndTheByteOffset) {
    // "Siân" in ISO-8859-14: 'S' 'i' 0xE2 'n'; 0xE2 opens a 3-byte sequence that 'n' breaks.
    const std::string path = dataFile("import/welsh_iso8859_14.txt");
    const auto error = readError(path, withEncoding("utf-8"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    EXPECT_EQ(argValue(*error, "file"), path);
    EXPECT_EQ(argValue(*error, "offset"), "2");
    EXPECT_TRUE(contains(error->what(), path)) << error->what();
    EXPECT_TRUE(contains(error->what(), "offset 2")) << error->what();
}

TEST(ReadSourceFile, InvalidUtf8AfterABomIsRefusedWithTheFileOffset) {
    edau::test::TempDir dir;
    const std::string path = dir.file("bom_then_bad.txt");
    edau::test::writeFile(path, "\xEF\xBB\xBF" "ab\xC0\x80");
    const auto error = readError(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    EXPECT_EQ(argValue(*error, "offset"), "5");  // a byte offset into the file, BOM included
}

TEST(ReadSourceFile, ReplacesInvalidBytesWhenAsked) {
    edau::test::TempDir dir;
    const std::string path = dir.file("bad.txt");
    edau::test::writeFile(path, "\xEF\xBB\xBF" "ab\xFF" "c");
    edau::SourceReadOptions options;
    options.replaceInvalid = true;
    EXPECT_EQ(edau::readSourceFile(path, options).draft.text, "ab\xEF\xBF\xBD" "c");  // U+FFFD
}

TEST(ReadSourceFile, AutoDetectsWelshLatin8) {
    const edau::SourceContent content = edau::readSourceFile(dataFile("import/welsh_iso8859_14.txt"));
    EXPECT_EQ(content.draft.text, "Siân: Mae'r dŵr yn oer.\n");
    EXPECT_EQ(content.draft.encoding, "iso-8859-14");
}

TEST(ReadSourceFile, DecodesARequestedLegacyEncoding) {
    edau::test::TempDir dir;
    const std::string path = dir.file("cp1252.txt");
    edau::test::writeFile(path, "caf\xE9 \x80 \x93yes\x94");
    const edau::SourceContent content = edau::readSourceFile(path, withEncoding("windows-1252"));
    EXPECT_EQ(content.draft.text, "café € “yes”");
    EXPECT_EQ(content.draft.encoding, "windows-1252");
}

TEST(ReadSourceFile, RefusesAnUnknownEncodingName) {
    const auto error = readError(dataFile("import/utf8.txt"), withEncoding("klingon-8"));
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::Usage);
}

TEST(ReadSourceFile, RefusesAnEmptyFile) {
    const std::string path = dataFile("import/empty.txt");
    const auto error = readError(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    EXPECT_EQ(argValue(*error, "file"), path);
}

TEST(ReadSourceFile, RefusesAFileWithNothingButBlankSpaceOrABom) {
    const std::string blanks[] = {
        "\r\n \t\n\n",
        "\xEF\xBB\xBF",
        "\xEF\xBB\xBF\r\n",
        "\xFF\xFE",
        std::string("\xFE\xFF\0 \0\n", 6),
    };
    edau::test::TempDir dir;
    for (const auto& bytes : blanks) {
        SCOPED_TRACE(bytes.size());
        const std::string path = dir.file("blank.txt");
        edau::test::writeFile(path, bytes);
        const auto error = readError(path);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    }
}

TEST(ReadSourceFile, RefusesABinaryFileWithNulBytes) {
    // The start of a ZIP archive (a .docx renamed to .txt).
    const std::string path = dataFile("import/binary_nul.txt");
    const auto error = readError(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    EXPECT_EQ(argValue(*error, "file"), path);
    EXPECT_TRUE(contains(error->what(), "binary")) << error->what();
}

TEST(ReadSourceFile, RefusesUtf16ThatDecodesToNul) {
    edau::test::TempDir dir;
    const std::string path = dir.file("nul16.txt");
    edau::test::writeFile(path, std::string("\xFF\xFE" "a\0\0\0b\0", 8));
    const auto error = readError(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
}

TEST(ReadSourceFile, MissingFileIsNotFound) {
    edau::test::TempDir dir;
    const std::string path = dir.file("nid-yw-yma.txt");
    const auto error = readError(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::NotFound);
    EXPECT_EQ(argValue(*error, "file"), path);
}

TEST(ReadSourceFile, RefusesAFolder) {
    edau::test::TempDir dir;
    const std::string folder = dir.file("looks-like-a-file.txt");
    std::filesystem::create_directory(folder);
    const auto error = readError(folder);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
}

TEST(ReadSourceFile, RefusesAnUnsupportedExtension) {
    edau::test::TempDir dir;
    const std::string path = dir.file("interview.wav");
    edau::test::writeFile(path, "RIFF");
    const auto error = readError(path);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    EXPECT_EQ(argValue(*error, "file"), path);
}

TEST(ReadSourceFile, DecodesUtf16SurrogatePairs) {
    edau::test::TempDir dir;
    const std::string le = dir.file("emoji_le.txt");
    const std::string be = dir.file("emoji_be.txt");
    // "ŵ😀" : U+0175, then U+1F600 as the pair D83D DE00.
    edau::test::writeFile(le, std::string("\xFF\xFE\x75\x01\x3D\xD8\x00\xDE", 8));
    edau::test::writeFile(be, std::string("\xFE\xFF\x01\x75\xD8\x3D\xDE\x00", 8));
    EXPECT_EQ(edau::readSourceFile(le).draft.text, "ŵ\xF0\x9F\x98\x80");
    EXPECT_EQ(edau::readSourceFile(be).draft.text, "ŵ\xF0\x9F\x98\x80");
}

TEST(ReadSourceFile, RecognisesBomlessUtf16WithWelshLetters) {
    edau::test::TempDir dir;
    const std::string path = dir.file("no_bom_le.txt");
    // "Siân a'r tŷ" in UTF-16LE without a BOM: â (E2 00) makes the bytes invalid UTF-8.
    const std::string bytes("S\0i\0\xE2\0n\0 \0a\0'\0r\0 \0t\0\x77\x01", 22);
    edau::test::writeFile(path, bytes);
    const edau::SourceContent content = edau::readSourceFile(path);
    EXPECT_EQ(content.draft.text, "Siân a'r tŷ");
    EXPECT_EQ(content.draft.encoding, "utf-16le");
}

TEST(ReadSourceFile, RefusesBrokenUtf16) {
    struct Case {
        const char* what;
        std::string bytes;
    };
    const Case cases[] = {
        {"odd number of bytes", std::string("\xFF\xFE" "a\0b", 5)},
        {"lone high surrogate at the end", "\xFF\xFE\x3D\xD8"},
        {"high surrogate before a letter", std::string("\xFF\xFE\x3D\xD8" "a\0", 6)},
        {"lone low surrogate", std::string("\xFE\xFF\xDE\x00", 4)},
    };
    edau::test::TempDir dir;
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const std::string path = dir.file("broken.txt");
        edau::test::writeFile(path, c.bytes);
        const auto error = readError(path);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind(), ErrorKind::BadInput);
        EXPECT_EQ(argValue(*error, "file"), path);
    }
}

// ---------------------------------------------------------------- detectTurns

struct ExpectedTurn {
    std::string speaker;
    std::int64_t start;
    std::int64_t end;
    std::optional<std::int64_t> timestampMs = std::nullopt;
};

struct TurnCase {
    const char* what;
    std::string text;
    std::vector<ExpectedTurn> turns;
};

void expectTurns(const std::vector<edau::Turn>& turns, const std::vector<ExpectedTurn>& expected) {
    ASSERT_EQ(turns.size(), expected.size());
    for (std::size_t i = 0; i < turns.size(); ++i) {
        SCOPED_TRACE("turn " + std::to_string(i));
        EXPECT_EQ(turns[i].speaker, expected[i].speaker);
        EXPECT_EQ(turns[i].start, expected[i].start);
        EXPECT_EQ(turns[i].end, expected[i].end);
        EXPECT_EQ(turns[i].timestampMs, expected[i].timestampMs);
    }
}

TEST(DetectTurns, FindsLabelsAndExactOffsets) {
    const TurnCase cases[] = {
        {"a known role counts even once", "Interviewer: hi", {{"Interviewer", 0, 15}}},
        {"Welsh names that recur", "Siân: helo\nLlŷr: shwmae\nSiân: sut wyt ti?\nLlŷr: iawn\n",
         {{"Siân", 0, 10}, {"Llŷr", 11, 23}, {"Siân", 24, 41}, {"Llŷr", 42, 52}}},
        {"participant ids", "P1: yes\nP2: no\nP1: maybe\nP2: ok",
         {{"P1", 0, 7}, {"P2", 8, 14}, {"P1", 15, 24}, {"P2", 25, 31}}},
        {"numbered speakers", "Speaker 1: hello\nSpeaker 2: hi\nSpeaker 1: bye\nSpeaker 2: bye",
         {{"Speaker 1", 0, 16}, {"Speaker 2", 17, 30}, {"Speaker 1", 31, 45}, {"Speaker 2", 46, 60}}},
        {"single-letter roles", "I: Sut wyt ti?\nR: Iawn.", {{"I", 0, 14}, {"R", 15, 23}}},
        {"punctuated names", "Dr. Jones: Hello\nMary-Ann O'Neil: Hi\nDr. Jones: Bye\nMary-Ann O'Neil: Bye",
         {{"Dr. Jones", 0, 16}, {"Mary-Ann O'Neil", 17, 36}, {"Dr. Jones", 37, 51}, {"Mary-Ann O'Neil", 52, 72}}},
        {"trailing newlines are not part of the turn", "Interviewer: Bore da\n\n\n", {{"Interviewer", 0, 20}}},
        {"trailing spaces are not part of the turn", "P1: ok  \n\nP2: fine \nP1: yes\nP2: no",
         {{"P1", 0, 6}, {"P2", 10, 18}, {"P1", 20, 27}, {"P2", 28, 34}}},
        {"continuation paragraphs belong to the previous turn",
         "Interviewer: First question?\n\nSiân: First paragraph.\n\nSecond paragraph of Siân.\n\n"
         "Interviewer: Next.\n\nSiân: Ie.",
         {{"Interviewer", 0, 28}, {"Siân", 30, 79}, {"Interviewer", 81, 99}, {"Siân", 101, 110}}},
        {"a label alone on its line", "Interviewer:\nSut mae?", {{"Interviewer", 0, 21}}},
        {"text before the first label is no turn", "Transcript of interview 3\n\nInterviewer: Hi",
         {{"Interviewer", 27, 42}}},
        {"colons that are not labels stay inside the turn",
         "Interviewer: When?\nThe time was 10:30 and we left.\nShe said to me after the meeting: go home.\n"
         "Interviewer: Why?\n",
         {{"Interviewer", 0, 93}, {"Interviewer", 94, 111}}},
        {"CRLF line ends are not part of the turn", "I: Helo\r\nR: Shwmae\r\n", {{"I", 0, 7}, {"R", 9, 18}}},
        {"labels with a timestamp", "Siân (00:01:23): Helo.\nLlŷr (00:01:30): Shwmae.",
         {{"Siân", 0, 22, 83000}, {"Llŷr", 23, 47, 90000}}},
        {"speaker and clock alone on a line",
         "Siân  00:00:05\nHelo.\nLlŷr  00:00:09\nShwmae.\nSiân  00:00:15\nIawn.\nLlŷr  00:00:20\nDa.",
         {{"Siân", 0, 20, 5000}, {"Llŷr", 21, 43, 9000}, {"Siân", 44, 64, 15000}, {"Llŷr", 65, 83, 20000}}},
        {"bracketed ids", "[id1] Helo\n[id2] Shwmae", {{"id1", 0, 10}, {"id2", 11, 23}}},
        {"CHAT speakers", "*CHI:\tmore juice\n*MOT:\there you are", {{"CHI", 0, 16}, {"MOT", 17, 35}}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        expectTurns(edau::detectTurns(c.text), c.turns);
    }
}

TEST(DetectTurns, IgnoresProseWithAColon) {
    const std::string texts[] = {
        "",
        "The time was 10:30 and we left.",
        "She told me something important yesterday: never give up.",
        "Note: this is prose with a colon.",
        "What I said was: no",
        "We met at 10:30",
        "Note:no space after the colon",
        "  Indented: not at the start of the line",
        "See http://example.org for details",
        "The ratio was 3:1 overall",
        ": starts with a colon",
        "Mae'r cloc yn dweud 10:30 nawr",
        "One two three four five: too many words",
        "[inaudible] and then we left",
    };
    for (const auto& text : texts) {
        SCOPED_TRACE(text);
        EXPECT_TRUE(edau::detectTurns(text).empty());
    }
}

TEST(DetectTurns, ProseLinesInsideATranscriptStayInTheTurn) {
    // Two recurring speakers make this clearly a transcript; the lines with colons are not labels.
    const std::string text =
        "Siân: Helo.\n"
        "Llŷr: Shwmae.\n"
        "Siân: The time was 10:30 and the bus was late.\n"
        "She told me something important yesterday: never give up.\n"
        "Note:no space.\n"
        "Llŷr: Ie.\n";
    const std::vector<edau::Turn> turns = edau::detectTurns(text);
    ASSERT_EQ(turns.size(), 4u);
    EXPECT_EQ(turns[2].speaker, "Siân");
    EXPECT_EQ(edau::text::sliceCodePoints(text, turns[2].start, turns[2].end),
              "Siân: The time was 10:30 and the bus was late.\n"
              "She told me something important yesterday: never give up.\n"
              "Note:no space.");
    EXPECT_EQ(turns[3].speaker, "Llŷr");
}

TEST(DetectTurns, TurnsSliceBackToTheirParagraphs) {
    const std::string text = "Siân: Roedd hi'n 😀 braf.\n\nDw i'n cofio.\nLlŷr: Ie.\nSiân: Do.\nLlŷr: Wel.\n";
    const std::vector<edau::Turn> turns = edau::detectTurns(text);
    ASSERT_EQ(turns.size(), 4u);
    EXPECT_EQ(edau::text::sliceCodePoints(text, turns[0].start, turns[0].end),
              "Siân: Roedd hi'n 😀 braf.\n\nDw i'n cofio.");
    EXPECT_EQ(edau::text::sliceCodePoints(text, turns[1].start, turns[1].end), "Llŷr: Ie.");
    EXPECT_EQ(edau::text::sliceCodePoints(text, turns[3].start, turns[3].end), "Llŷr: Wel.");
}

TEST(DetectTurnsWithPattern, UsesTheFirstGroupAsTheSpeaker) {
    const std::string text = "Q> Sut mae?\nA> Iawn.\nnot a turn\nQ> Pam?";
    expectTurns(edau::detectTurnsWithPattern(text, "([A-Z])> "),
                {{"Q", 0, 11}, {"A", 12, 31}, {"Q", 32, 39}});
}

TEST(DetectTurnsWithPattern, RefusesBadPatternsAsUsageErrors) {
    for (const char* pattern : {"(unclosed", "no group: "}) {
        SCOPED_TRACE(pattern);
        try {
            (void)edau::detectTurnsWithPattern("x", pattern);
            ADD_FAILURE() << "pattern accepted";
        } catch (const edau::Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Usage);
        }
    }
}

// ---------------------------------------------------------------- parseCsv

using Rows = std::vector<std::vector<std::string>>;

TEST(ParseCsv, ReadsRfc4180Fields) {
    struct Case {
        const char* what;
        std::string text;
        Rows rows;
    };
    const Case cases[] = {
        {"plain rows", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}},
        {"no trailing newline", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}},
        {"quoted field with commas", "\"Jones, Siân\",42\n", {{"Jones, Siân", "42"}}},
        {"doubled quotes", "\"Said \"\"hiraeth\"\" twice\",x\n", {{"Said \"hiraeth\" twice", "x"}}},
        {"only a doubled quote", "\"\"\"\"\n", {{"\""}}},
        {"embedded newline", "\"line one\nline two\",x\ny,z\n", {{"line one\nline two", "x"}, {"y", "z"}}},
        {"CRLF rows", "a,b\r\nc,d\r\n", {{"a", "b"}, {"c", "d"}}},
        {"CR-only rows", "a,b\rc,d", {{"a", "b"}, {"c", "d"}}},
        {"BOM is dropped", "\xEF\xBB\xBFname,age\nSiân,30\n", {{"name", "age"}, {"Siân", "30"}}},
        {"empty fields", ",,\na,,c\na,\n", {{"", "", ""}, {"a", "", "c"}, {"a", ""}}},
        {"empty quoted field", "\"\",x\n", {{"", "x"}}},
        {"blank lines are skipped", "a\n\nb\n", {{"a"}, {"b"}}},
        {"spaces are kept", " a , b \n", {{" a ", " b "}}},
        {"empty input", "", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(edau::parseCsv(c.text), c.rows);
    }
}

TEST(ParseCsv, ReadsACaseSheetWithBomAndCrlf) {
    const Rows rows = edau::parseCsv(edau::test::readFile(dataFile("import/cases_bom_crlf.csv")));
    const Rows expected = {
        {"Case", "Age band", "Ardal", "Notes"},
        {"P1", "25-34", "Gwynedd", "Siarad Cymraeg, gartref"},
        {"P2", "35-44", "Caerdydd", "Said \"hiraeth\" often"},
        {"P3", "", "Ynys Môn", "Two\r\nlines"},  // line breaks inside quotes are kept as written
    };
    EXPECT_EQ(rows, expected);
}

// ---------------------------------------------------------------- inferAttributeType

TEST(InferAttributeType, PicksTheTypeThatFitsEveryValue) {
    struct Case {
        const char* what;
        std::vector<std::string> values;
        AttributeType type;
    };
    std::vector<std::string> manyNames;
    for (int i = 0; i < 20; ++i) manyNames.push_back("Participant name " + std::to_string(i));
    const Case cases[] = {
        {"ISO dates", {"2024-01-31", "1999-12-01", "2023-06-15"}, AttributeType::Date},
        {"dates with blanks", {"2024-01-31", "", "2023-06-15"}, AttributeType::Date},
        {"integers", {"1", "22", "-3"}, AttributeType::Number},
        {"decimals and exponents", {"2.5", "0.125", "1e3", "", "7"}, AttributeType::Number},
        {"month 13 is not a date", {"2024-13-01"}, AttributeType::Category},
        {"UK date order is not ISO", {"31/01/2024", "01/02/2024"}, AttributeType::Category},
        {"dates mixed with numbers", {"2024-01-01", "5"}, AttributeType::Category},
        {"local authorities", {"Gwynedd", "Caerdydd", "Gwynedd", "Ynys Môn"}, AttributeType::Category},
        {"age bands", {"25-34", "35-44", "25-34", "65+"}, AttributeType::Category},
        {"free-text answers",
         {"Symudais i Gaerdydd ar ôl gorffen yn y brifysgol ym Mangor.",
          "I moved back home to help with the farm after my father fell ill."},
         AttributeType::Text},
        {"many distinct short values", manyNames, AttributeType::Text},
        {"all blank", {"", ""}, AttributeType::Text},
        {"no values", {}, AttributeType::Text},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(edau::inferAttributeType(c.values), c.type);
    }
}

}  // namespace
