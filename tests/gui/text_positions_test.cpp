// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of code point <-> UTF-8 byte positions (what wxStyledTextCtrl counts) and line lookup.
#include "presenters/text_positions.h"

#include <gtest/gtest.h>

#include <string>

namespace edau::gui {
namespace {

TEST(CodePointIndex, AsciiTextHasEqualBytesAndCodePoints) {
    const CodePointIndex index("Siân: helo");  // â is two bytes
    EXPECT_EQ(index.codePoints(), 10);
    EXPECT_EQ(index.byteOf(0), 0u);
    EXPECT_EQ(index.byteOf(3), 4u);  // after "Siâ"
    EXPECT_EQ(index.byteOf(4), 5u);  // the colon
    EXPECT_EQ(index.codePointOf(5), 4);
    EXPECT_EQ(index.byteOf(10), index.text().size());
}

TEST(CodePointIndex, ConvertsEveryWidthOfCharacterBothWays) {
    // One, two, three and four bytes: a, ŵ, ’ (U+2019), 😀 (U+1F600).
    const std::string text = "a\xC5\xB5\xE2\x80\x99\xF0\x9F\x98\x80z";
    const CodePointIndex index(text);
    ASSERT_EQ(index.codePoints(), 5);
    const std::size_t bytes[] = {0, 1, 3, 6, 10, 11};
    for (std::int64_t cp = 0; cp <= 5; ++cp) {
        EXPECT_EQ(index.byteOf(cp), bytes[cp]) << cp;
        EXPECT_EQ(index.codePointOf(bytes[cp]), cp) << cp;
    }
}

TEST(CodePointIndex, ABytePositionInsideACharacterCountsAsItsStart) {
    const CodePointIndex index("x\xE2\x80\x99y");
    EXPECT_EQ(index.codePointOf(2), 1);
    EXPECT_EQ(index.codePointOf(3), 1);
    EXPECT_EQ(index.codePointOf(4), 2);
}

TEST(CodePointIndex, PositionsOutsideTheTextAreClamped) {
    const CodePointIndex index("ŵy");
    EXPECT_EQ(index.byteOf(-5), 0u);
    EXPECT_EQ(index.byteOf(99), index.text().size());
    EXPECT_EQ(index.codePointOf(1000), 2);
    const CodePointIndex empty("");
    EXPECT_EQ(empty.codePoints(), 0);
    EXPECT_EQ(empty.byteOf(3), 0u);
    EXPECT_EQ(empty.codePointOf(0), 0);
}

TEST(CodePointIndex, LongMixedTextAgreesWithAPlainCountAcrossCheckpoints) {
    // 300,000 characters of Welsh-looking text: every position converts both ways.
    std::string text;
    const std::string pieces[] = {"Dw i\xE2\x80\x99n ", "gofalu am fy nhad. ", "D\xC5\xB5r ", "\xE2\x80\x93 ", "\n"};
    for (std::size_t i = 0; text.size() < 400000; ++i) text += pieces[i % 5];
    const CodePointIndex index(text);
    std::int64_t cp = 0;
    for (std::size_t byte = 0; byte < text.size(); ++byte) {
        if ((static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) continue;
        ASSERT_EQ(index.byteOf(cp), byte) << cp;
        ASSERT_EQ(index.codePointOf(byte), cp) << byte;
        ++cp;
    }
    EXPECT_EQ(index.codePoints(), cp);
}

TEST(LineIndex, FindsTheLineOfEachPosition) {
    const LineIndex lines("Siân: un\n\nLowri: dau\n");
    ASSERT_EQ(lines.lineCount(), 4);
    EXPECT_EQ(lines.lineOf(0), 0);
    EXPECT_EQ(lines.lineOf(8), 0);  // the '\n' ends line 0
    EXPECT_EQ(lines.lineOf(9), 1);
    EXPECT_EQ(lines.lineOf(10), 2);
    EXPECT_EQ(lines.lineStart(2), 10);
    EXPECT_EQ(lines.lineEnd(2), 20);
    EXPECT_EQ(lines.lineEnd(0), 8);
    EXPECT_EQ(lines.lineOf(21), 3);
    EXPECT_EQ(lines.lineEnd(3), 21);
}

}  // namespace
}  // namespace edau::gui
