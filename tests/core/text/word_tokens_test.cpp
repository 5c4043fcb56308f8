// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for word tokens: what counts as a word, and exact code point positions.
#include "edau/text/word_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace {

std::vector<std::string> words(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& t : edau::text::wordTokens(text)) out.emplace_back(t.text);
    return out;
}

using Words = std::vector<std::string>;

TEST(WordTokens, SplitsAsAWelshReaderWould) {
    struct Case {
        const char* what;
        std::string text;
        Words expected;
    };
    const Case cases[] = {
        {"plain words and punctuation", "Mae hi'n braf, on'd yw hi?", {"Mae", "hi'n", "braf", "on'd", "yw", "hi"}},
        {"clitics stay whole", "Es i i'r ysgol gyda'i thad.", {"Es", "i", "i'r", "ysgol", "gyda'i", "thad"}},
        {"curly apostrophe", "mae’r plant", {"mae’r", "plant"}},
        {"modifier letter apostrophe", "mae\u02BCr plant", {"mae\u02BCr", "plant"}},
        {"hyphens split", "Pen-y-bont ar Ogwr", {"Pen", "y", "bont", "ar", "Ogwr"}},
        {"bare clitic after a space keeps its apostrophe", "Dw i 'n mynd", {"Dw", "i", "'n", "mynd"}},
        {"quoted word is not a clitic", "he said 'no' twice", {"he", "said", "no", "twice"}},
        {"numbers are words", "tua 25 o bobl", {"tua", "25", "o", "bobl"}},
        {"accents", "dŵr a thŷ", {"dŵr", "a", "thŷ"}},
        {"empty", "", {}},
        {"only punctuation", " -- ... !", {}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(words(c.text), c.expected);
    }
}

TEST(WordTokens, PositionsAreCodePointsFromTheGivenStart) {
    const std::string text = "Siân: dŵr oer";
    const auto tokens = edau::text::wordTokens(text, 100);
    ASSERT_EQ(tokens.size(), 3u);
    EXPECT_EQ(tokens[0].start, 100);
    EXPECT_EQ(tokens[0].end, 104);  // S i â n
    EXPECT_EQ(tokens[1].start, 106);
    EXPECT_EQ(tokens[1].end, 109);  // d ŵ r
    EXPECT_EQ(tokens[2].start, 110);
    EXPECT_EQ(tokens[2].end, 113);
    EXPECT_EQ(text.substr(tokens[1].byteStart, tokens[1].byteEnd - tokens[1].byteStart), "dŵr");
}

TEST(WordTokens, DecomposedAccentStaysInsideTheWord) {
    const std::string nfd = "tw\u0302r";  // w + combining circumflex
    const auto tokens = edau::text::wordTokens(nfd + " mawr");
    ASSERT_EQ(tokens.size(), 2u);
    EXPECT_EQ(tokens[0].text, nfd);
    EXPECT_EQ(tokens[0].end, 4);
}

}  // namespace
