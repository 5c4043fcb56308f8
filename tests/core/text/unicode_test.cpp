// SPDX-License-Identifier: GPL-3.0-or-later
// text::unicode: UTF-8 validation with exact offsets, NFC for Welsh diacritics, code point offsets.
#include "edau/text/unicode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "edau/base/error.h"

namespace {

using namespace edau::text;

// Welsh precomposed letters (NFC) and their decomposed (NFD) spellings.
constexpr std::string_view kWCircumflex = "\xC5\xB5";     // ŵ U+0175
constexpr std::string_view kYCircumflex = "\xC5\xB7";     // ŷ U+0177
constexpr std::string_view kCombiningCircumflex = "\xCC\x82";  // U+0302
constexpr std::string_view kGrinningFace = "\xF0\x9F\x98\x80";  // 😀 U+1F600

std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (auto part : parts) out += part;
    return out;
}

TEST(Unicode, FindInvalidUtf8ReportsTheExactByteOffset) {
    struct Case {
        const char* what;
        std::string_view bytes;
        std::optional<std::size_t> offset;
    };
    const Case cases[] = {
        {"empty", "", std::nullopt},
        {"ASCII", "Bore da", std::nullopt},
        {"Welsh", "Mae'r dŵr yn y tŷ", std::nullopt},
        {"valid 4-byte emoji", "hi \xF0\x9F\x98\x80!", std::nullopt},
        {"BOM is valid UTF-8", "\xEF\xBB\xBFx", std::nullopt},
        {"U+D7FF, just below the surrogates", "\xED\x9F\xBF", std::nullopt},
        {"U+E000, just above the surrogates", "\xEE\x80\x80", std::nullopt},
        {"U+10FFFF, the last code point", "\xF4\x8F\xBF\xBF", std::nullopt},
        {"NUL is valid UTF-8", std::string_view("a\0b", 3), std::nullopt},
        {"overlong NUL C0 80", "\xC0\x80", 0},
        {"overlong C0 80 after text", "ab\xC0\x80", 2},
        {"overlong C1 BF", "\xC1\xBF", 0},
        {"overlong 3-byte E0 80 80", "xyz\xE0\x80\x80", 3},
        {"overlong 4-byte F0 80 80 80", "\xF0\x80\x80\x80", 0},
        {"surrogate ED A0 80", "\xED\xA0\x80", 0},
        {"surrogate ED BF BF after Welsh", "tŷ \xED\xBF\xBF", 4},
        {"truncated E2 82 at the end", "euro \xE2\x82", 5},
        {"truncated 4-byte at the end", "\xF0\x9F\x98", 0},
        {"bad continuation E2 82 41", "\xE2\x82\x41", 0},
        {"lone continuation byte", "a\x80", 1},
        {"F5 lead byte", "\xF5\x80\x80\x80", 0},
        {"above U+10FFFF (F4 90 80 80)", "\xF4\x90\x80\x80", 0},
        {"FF byte", "ok\xFF", 2},
        {"Latin-1 e acute", "caf\xE9 ", 3},
        {"first of two errors", "a\x80\xC0\x80", 1},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(findInvalidUtf8(c.bytes), c.offset);
    }
}

TEST(Unicode, ToNfcComposesWelshCircumflexes) {
    struct Case {
        std::string nfd;
        std::string nfc;
    };
    const Case cases[] = {
        {cat({"w", kCombiningCircumflex}), std::string(kWCircumflex)},
        {cat({"y", kCombiningCircumflex}), std::string(kYCircumflex)},
        {cat({"W", kCombiningCircumflex}), "\xC5\xB4"},  // Ŵ U+0174
        {cat({"Y", kCombiningCircumflex}), "\xC5\xB6"},  // Ŷ U+0176
        {cat({"a", kCombiningCircumflex}), "\xC3\xA2"},  // â
        {cat({"Ll", "y", kCombiningCircumflex, "r"}), cat({"Ll", kYCircumflex, "r"})},
        {cat({"d", "w", kCombiningCircumflex, "r a'r t", "y", kCombiningCircumflex}),
         cat({"d", kWCircumflex, "r a'r t", kYCircumflex})},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.nfc);
        EXPECT_EQ(toNfc(c.nfd), c.nfc);
        EXPECT_FALSE(isNfc(c.nfd));
        EXPECT_TRUE(isNfc(c.nfc));
    }
}

TEST(Unicode, ToNfcLeavesNfcTextUnchanged) {
    const std::string_view texts[] = {"", "Bore da", "Mae'r dŵr yn y tŷ", "Llŷr 😀", "caffi ☕ Siân"};
    for (std::string_view text : texts) {
        SCOPED_TRACE(std::string(text));
        EXPECT_EQ(toNfc(text), text);
        EXPECT_TRUE(isNfc(text));
    }
}

TEST(Unicode, ToNfcThrowsBadInputNamingTheByteOffset) {
    // "Siân " is 6 bytes, so the overlong sequence starts at byte 6.
    try {
        (void)toNfc("Siân \xC0\x80 ŵ");
        FAIL() << "toNfc accepted invalid UTF-8";
    } catch (const edau::Error& e) {
        EXPECT_EQ(e.kind(), edau::ErrorKind::BadInput);
        bool found = false;
        for (const auto& [name, value] : e.message().args())
            if (name == "offset") {
                found = true;
                EXPECT_EQ(value, "6");
            }
        EXPECT_TRUE(found) << "no offset argument";
        EXPECT_NE(std::string(e.what()).find("byte 6"), std::string::npos) << e.what();
    }
}

TEST(Unicode, ToNfcRefusesEveryKindOfInvalidSequence) {
    const std::string_view bad[] = {"\xC0\x80", "\xED\xA0\x80", "\xE2\x82", "\xF5\x80\x80\x80", "\x80", "\xFF"};
    for (std::string_view bytes : bad) {
        try {
            (void)toNfc(bytes);
            ADD_FAILURE() << "accepted invalid bytes of length " << bytes.size();
        } catch (const edau::Error& e) {
            EXPECT_EQ(e.kind(), edau::ErrorKind::BadInput);
        }
    }
}

TEST(Unicode, IsNfcIsFalseForInvalidUtf8) {
    EXPECT_FALSE(isNfc("\xC0\x80"));
    EXPECT_FALSE(isNfc("t\xED\xA0\x80"));
    EXPECT_TRUE(isNfc(""));
    EXPECT_TRUE(isNfc("ASCII only"));
}

TEST(Unicode, CodePointCountCountsCodePointsNotBytes) {
    struct Case {
        std::string text;
        std::int64_t count;
    };
    const Case cases[] = {
        {"", 0},
        {"abc", 3},
        {std::string(kWCircumflex), 1},
        {cat({"w", kCombiningCircumflex}), 2},
        {std::string(kGrinningFace), 1},
        {"Llŷr 😀", 6},
        {"Mae'r dŵr yn y tŷ", 17},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.text);
        EXPECT_EQ(codePointCount(c.text), c.count);
    }
}

// "Dŵr 😀 oer": D(1) ŵ(2) r(1) space(1) 😀(4) space(1) o e r(3) = 13 bytes, 9 code points.
constexpr std::string_view kWelshWithEmoji = "D\xC5\xB5r \xF0\x9F\x98\x80 oer";

TEST(Unicode, ByteOffsetOfCodePointSkipsMultiByteSequences) {
    struct Case {
        std::int64_t codePoint;
        std::size_t byteOffset;
    };
    const Case cases[] = {
        {-5, 0}, {0, 0}, {1, 1}, {2, 3}, {3, 4}, {4, 5}, {5, 9}, {6, 10}, {8, 12},
        {9, 13},    // one past the last code point: the end
        {10, 13},   // clamped
        {1000, 13}, // clamped
    };
    ASSERT_EQ(kWelshWithEmoji.size(), 13u);
    ASSERT_EQ(codePointCount(kWelshWithEmoji), 9);
    for (const auto& c : cases) {
        SCOPED_TRACE(c.codePoint);
        EXPECT_EQ(byteOffsetOfCodePoint(kWelshWithEmoji, c.codePoint), c.byteOffset);
    }
    EXPECT_EQ(byteOffsetOfCodePoint("", 3), 0u);
}

TEST(Unicode, SliceCodePointsReturnsWholeCharactersClampedToTheText) {
    struct Case {
        std::int64_t start;
        std::int64_t end;
        std::string_view slice;
    };
    const Case cases[] = {
        {0, 3, "D\xC5\xB5r"},
        {1, 2, "\xC5\xB5"},
        {4, 5, "\xF0\x9F\x98\x80"},
        {4, 9, "\xF0\x9F\x98\x80 oer"},
        {6, 100, "oer"},          // end clamped
        {9, 12, ""},              // start at the end
        {50, 60, ""},             // both past the end
        {-3, 1, "D"},             // start clamped to 0
        {3, 3, ""},               // empty range
        {5, 2, ""},               // reversed range gives nothing
        {0, 9, kWelshWithEmoji},  // everything
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::to_string(c.start) + ".." + std::to_string(c.end));
        EXPECT_EQ(sliceCodePoints(kWelshWithEmoji, c.start, c.end), c.slice);
    }
}

TEST(Unicode, SliceCodePointsOfWelshSentenceFindsWords) {
    const std::string text = "Mae'r dŵr yn y tŷ";
    EXPECT_EQ(sliceCodePoints(text, 6, 9), "dŵr");
    EXPECT_EQ(sliceCodePoints(text, 15, 17), "tŷ");
    EXPECT_EQ(sliceCodePoints(text, 15, 18), "tŷ");
}

}  // namespace
