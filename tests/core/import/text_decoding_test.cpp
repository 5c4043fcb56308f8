// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-text sources in every encoding: BOMs, UTF-16, strict UTF-8, legacy Welsh encodings.
#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/import/source_reader.h"
#include "temp_dir.h"

namespace edau {
namespace {

struct DecodedText {
    std::string text;
    std::string encoding;
};

/// Reads bytes as a .txt source, the way an import does.
DecodedText decodeText(const std::string& bytes, const char* requested, const char* name, bool replace = false) {
    test::TempDir dir;
    test::writeFile(dir.file(name), bytes);
    SourceReadOptions options;
    options.encoding = requested;
    options.replaceInvalid = replace;
    SourceContent c = readSourceFile(dir.file(name), options);
    return {c.draft.text, c.draft.encoding};
}

std::string canonicalEncodingName(const char* name) {
    try {
        return decodeText("x", name, "f.txt").encoding;
    } catch (const Error&) {
        return "";
    }
}

struct DecodeCase {
    const char* what;
    std::string bytes;
    const char* requested;
    const char* expectedText;
    const char* expectedEncoding;
};

TEST(TextDecoding, DecodesEachEncodingToTheSameUtf8) {
    const std::vector<DecodeCase> table = {
        {"plain UTF-8", "d\xC5\xB5r", "auto", "dŵr", "utf-8"},
        {"UTF-8 with BOM", "\xEF\xBB\xBF" "t\xC5\xB7", "auto", "tŷ", "utf-8-bom"},
        {"UTF-16LE with BOM", std::string("\xFF\xFE" "d\x00\x75\x01r\x00", 8), "auto", "dŵr", "utf-16le"},
        {"UTF-16BE with BOM", std::string("\xFE\xFF\x00t\x01\x77", 6), "auto", "tŷ", "utf-16be"},
        {"UTF-16LE without BOM", std::string("H\x00" "e\x00l\x00l\x00o\x00 \x00" "f\x00" "a\x00", 16), "auto", "Hello fa",
         "utf-16le"},
        {"UTF-16 surrogate pair", std::string("\xFF\xFE\x3D\xD8\x00\xDE", 6), "auto", "\xF0\x9F\x98\x80", "utf-16le"},
        {"CRLF and CR line endings", "a\r\nb\rc\n", "auto", "a\nb\nc\n", "utf-8"},
        {"NFD stored as NFC", "dw\xCC\x82r", "auto", "dŵr", "utf-8"},
        {"Windows-1252 curly quotes and dash", "\x93Mae\x92n dda\x94 \x96 \x80", "auto", "“Mae’n dda” – €",
         "windows-1252"},
        {"ISO-8859-14 Welsh", "d\xF0r t\xFE \xD0yn \xDEr", "auto", "dŵr tŷ Ŵyn Ŷr", "iso-8859-14"},
        {"ISO-8859-14 Welsh graves and acutes", "\xA8 \xB8 \xAA \xBA \xAC \xBC \xBD \xBE", "iso-8859-14",
         "Ẁ ẁ Ẃ ẃ Ỳ ỳ Ẅ ẅ", "iso-8859-14"},
        {"Latin-1 French", "caf\xE9 cr\xE8me", "auto", "café crème", "iso-8859-1"},
        {"forced Latin-1 keeps ð", "d\xF0r", "iso-8859-1", "dðr", "iso-8859-1"},
        {"forced Windows-1252", "\x92", "cp1252", "’", "windows-1252"},
        {"UTF-16 asked, BOM decides", std::string("\xFE\xFF\x00" "A", 4), "utf-16", "A", "utf-16be"},
    };
    for (const auto& row : table) {
        DecodedText d = decodeText(row.bytes, row.requested, "f.txt");
        EXPECT_EQ(d.text, row.expectedText) << row.what;
        EXPECT_EQ(d.encoding, row.expectedEncoding) << row.what;
    }
}

TEST(TextDecoding, InvalidUtf8InAFileThatSaysUtf8NamesTheByteOffset) {
    for (const char* requested : {"utf-8", "auto"}) {
        std::string bytes = std::string(requested) == "auto" ? "\xEF\xBB\xBF" "abc\xFF" "def" : "abc\xFF" "def";
        try {
            decodeText(bytes, requested, "cyfweliad.txt");
            FAIL() << requested;
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput);
            std::string msg = e.what();
            EXPECT_NE(msg.find("cyfweliad.txt"), std::string::npos) << msg;
            EXPECT_NE(msg.find(std::string(requested) == "auto" ? "offset 6" : "offset 3"), std::string::npos) << msg;
        }
    }
}

TEST(TextDecoding, ReplacesInvalidBytesOnlyWhenAsked) {
    DecodedText d = decodeText("abc\xFF" "def", "utf-8", "f.txt", true);
    EXPECT_EQ(d.text, "abc\xEF\xBF\xBD" "def");
}

TEST(TextDecoding, UnknownEncodingNameIsAUsageError) {
    try {
        decodeText("x", "ebcdic", "f.txt");
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Usage);
        EXPECT_NE(std::string(e.what()).find("ebcdic"), std::string::npos);
    }
}

TEST(TextDecoding, TruncatedUtf16IsRefused) {
    EXPECT_THROW(decodeText(std::string("\xFF\xFE" "a\x00" "b", 5), "auto", "f.txt"), Error);
}

TEST(TextDecoding, CanonicalNamesAcceptCommonSpellings) {
    EXPECT_EQ(canonicalEncodingName("UTF8"), "utf-8");
    EXPECT_EQ(canonicalEncodingName("Latin1"), "iso-8859-1");
    EXPECT_EQ(canonicalEncodingName("latin8"), "iso-8859-14");
    EXPECT_EQ(canonicalEncodingName("CP1252"), "windows-1252");
    EXPECT_EQ(canonicalEncodingName("klingon"), "");
    
}

}  // namespace
}  // namespace edau
