// SPDX-License-Identifier: GPL-3.0-or-later
// Reading other programs' character positions: each counting convention is recognised from word
// boundaries alone, and positions land on the same words in Edau's text.
#include "edau/exchange/offset_convention.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/text/unicode.h"
#include "qdpx_builder.h"

namespace edau {
namespace {

/// UTF-8 of one code point, and of a UTF-32 string (through the fixture builder's encoder).
std::string utf8(const std::u32string& s) { return edau::test::toUtf8(s); }
std::string utf8(char32_t cp) { return edau::test::toUtf8(std::u32string(1, cp)); }

/// A Welsh transcript with accents, curly apostrophes and emoji (outside the BMP): every
/// counting convention gives different positions after the first line.
const std::vector<std::u32string> kLines = {
    U"\U0001F600 Siân: Roedd y dŵr yn oer iawn bore ’ma.",
    U"Llŷr: Ie wir, a’r tŷ yn llawn \U0001F642 heddiw, diolch byth.",
    U"Siân: Mae’r gwasanaeth yn cau am bump \U0001F615 felly rhaid brysio.",
    U"Llŷr: Dw i’n gweld. Beth am yr ŵyl yng Nghaerdydd?",
    U"Siân: Roedd hi’n wych \U0001F389 ond yn rhy ddrud i’r plant.",
};

/// The words the "researcher" selected, each found in the line-feed text.
const std::vector<std::u32string> kPhrases = {U"Roedd y dŵr",  U"oer iawn",    U"tŷ yn llawn",  U"heddiw",
                                              U"gwasanaeth",   U"felly rhaid", U"gweld",        U"ŵyl yng Nghaerdydd",
                                              U"wych",         U"rhy ddrud",   U"plant",        U"Llŷr"};

/// Where each phrase's first occurrence lies in the line-feed text, as [start, end) code points.
std::vector<std::pair<std::int64_t, std::int64_t>> phraseRanges(const std::u32string& lfText) {
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    for (const auto& p : kPhrases) {
        auto at = lfText.find(p);
        out.emplace_back(static_cast<std::int64_t>(at), static_cast<std::int64_t>(at + p.size()));
    }
    return out;
}

/// The offset, in `c`, of every boundary of the line-feed text (lines joined by CR LF in the file).
std::vector<std::int64_t> boundaryOffsets(const std::u32string& lfText, const OffsetConvention& c, bool fileHasBom,
                                          bool fileHasCrlf) {
    std::vector<std::int64_t> out;
    std::int64_t units = fileHasBom && c.bomCounted ? (c.unit == OffsetUnit::Utf8 ? 3 : 1) : 0;
    for (char32_t cp : lfText) {
        out.push_back(units);
        if (cp == U'\n' && fileHasCrlf && c.crlfAsTwo) units += 1;  // the CR before it
        if (c.unit == OffsetUnit::CodePoints) units += 1;
        else if (c.unit == OffsetUnit::Utf16) units += cp >= 0x10000 ? 2 : 1;
        else units += static_cast<std::int64_t>(utf8(cp).size());
    }
    out.push_back(units);
    return out;
}

struct Fixture {
    std::u32string lfText;
    std::string fileText;  ///< as the other program wrote it (CR LF when asked), BOM left off
};

Fixture makeFixture(bool crlf) {
    Fixture f;
    for (std::size_t i = 0; i < kLines.size(); ++i) {
        if (i) f.lfText += U'\n';
        f.lfText += kLines[i];
    }
    for (std::size_t i = 0; i < kLines.size(); ++i) {
        if (i) f.fileText += crlf ? "\r\n" : "\n";
        f.fileText += utf8(kLines[i]);
    }
    return f;
}

TEST(OffsetConvention, EveryConventionIsRecognisedAndLandsOnTheSameWords) {
    // Text with CR LF line breaks and a byte order mark: all twelve readings differ.
    const Fixture f = makeFixture(true);
    const auto ranges = phraseRanges(f.lfText);
    SourcePositions positions(f.fileText, true);
    ASSERT_TRUE(positions.hasCrlf());
    ASSERT_TRUE(positions.hasBom());
    for (const auto& convention : offsetConventions()) {
        const std::string name = offsetConventionName(convention, true, true);
        SCOPED_TRACE(name);
        const auto offsets = boundaryOffsets(f.lfText, convention, true, true);
        std::vector<std::pair<std::int64_t, std::int64_t>> written;
        std::vector<std::int64_t> flat;
        for (const auto& [s, e] : ranges) {
            written.emplace_back(offsets[static_cast<std::size_t>(s)], offsets[static_cast<std::size_t>(e)]);
            flat.push_back(written.back().first);
            flat.push_back(written.back().second);
        }
        EXPECT_EQ(positions.detect(written), convention);
        const auto mapped = positions.map(flat, convention);
        for (std::size_t i = 0; i < ranges.size(); ++i) {
            ASSERT_TRUE(mapped[2 * i].exact && mapped[2 * i + 1].exact);
            EXPECT_EQ(text::sliceCodePoints(positions.text(), mapped[2 * i].floor, mapped[2 * i + 1].ceil), utf8(kPhrases[i]));
        }
    }
}

TEST(OffsetConvention, PlainTextGivesEveryReadingTheSameScoreAndCodePointsWin) {
    const std::string text = "Interviewer: How was the day centre?\nSian: Closed since March, so no break at all.";
    SourcePositions positions(text, false);
    const std::vector<std::pair<std::int64_t, std::int64_t>> ranges = {{13, 36}, {43, 55}, {63, 74}};
    const auto scores = positions.score(ranges);
    for (const auto& s : scores) EXPECT_EQ(s.aligned, 6u);
    EXPECT_EQ(positions.detect(ranges), offsetConventions().front());
    EXPECT_EQ(offsetConventionName(positions.detect(ranges), positions.hasCrlf(), positions.hasBom()), "code-points");
}

TEST(OffsetConvention, TiesFollowThePreferredReading) {
    // No selection here tells the readings apart; the file's other sources said UTF-16.
    SourcePositions positions("Dim ond geiriau syml.", false);
    const OffsetConvention utf16{OffsetUnit::Utf16, true, false};
    EXPECT_EQ(positions.detect({{0, 3}, {4, 7}}, utf16), utf16);
}

TEST(OffsetConvention, NamesSayOnlyWhatMatteredForTheText) {
    const struct {
        OffsetConvention convention;
        bool crlf, bom;
        const char* name;
    } table[] = {
        {{OffsetUnit::CodePoints, true, false}, false, false, "code-points"},
        {{OffsetUnit::Utf16, true, false}, true, false, "utf-16+crlf-as-2"},
        {{OffsetUnit::Utf16, false, false}, true, true, "utf-16+crlf-as-1"},
        {{OffsetUnit::Utf8, true, true}, false, true, "utf-8+bom"},
        {{OffsetUnit::Utf8, true, true}, false, false, "utf-8"},
        {{OffsetUnit::CodePoints, false, true}, true, true, "code-points+crlf-as-1+bom"},
    };
    for (const auto& row : table) EXPECT_EQ(offsetConventionName(row.convention, row.crlf, row.bom), row.name);
}

TEST(OffsetConvention, PositionsOutsideTheTextOrInsideACharacterAreFlagged) {
    // "a😀b": in UTF-16 the emoji takes units 1 and 2; offset 2 falls inside it.
    SourcePositions positions("a\xF0\x9F\x98\x80" "b", false);
    const OffsetConvention utf16{OffsetUnit::Utf16, true, false};
    const auto mapped = positions.map({-1, 0, 1, 2, 3, 4, 5}, utf16);
    EXPECT_FALSE(mapped[0].inRange);
    EXPECT_EQ(mapped[1], (MappedPosition{0, 0, true, true}));
    EXPECT_EQ(mapped[2], (MappedPosition{1, 1, true, true}));
    EXPECT_EQ(mapped[3], (MappedPosition{1, 2, false, true}));
    EXPECT_EQ(mapped[4], (MappedPosition{2, 2, true, true}));
    EXPECT_EQ(mapped[5], (MappedPosition{3, 3, true, true}));
    EXPECT_FALSE(mapped[6].inRange);
}

TEST(OffsetConvention, DecomposedTextIsStoredInNfcAndPositionsFollow) {
    // "dw\u0302r" (ŵ as w + combining circumflex) is four code points in the file, three in NFC.
    const std::string file = "Y dw\xCC\x82r oer. Y t\xC5\xB7 mawr.";
    SourcePositions positions(file, false);
    EXPECT_EQ(positions.text(), "Y d\xC5\xB5r oer. Y t\xC5\xB7 mawr.");
    EXPECT_EQ(positions.length(), text::codePointCount(positions.text()));
    // "oer" starts at 7 in the file's code points and at 6 in NFC; "dŵr" is 2-6 in the file.
    const OffsetConvention cp{};
    const auto mapped = positions.map({2, 6, 7, 10}, cp);
    EXPECT_EQ(text::sliceCodePoints(positions.text(), mapped[0].floor, mapped[1].ceil), "d\xC5\xB5r");
    EXPECT_EQ(text::sliceCodePoints(positions.text(), mapped[2].floor, mapped[3].ceil), "oer");
}

TEST(OffsetConvention, LoneCarriageReturnsAreLineBreaks) {
    SourcePositions positions("un\rdau\r\ntri", false);
    EXPECT_EQ(positions.text(), "un\ndau\ntri");
    EXPECT_TRUE(positions.hasCrlf());
}

}  // namespace
}  // namespace edau
