// SPDX-License-Identifier: GPL-3.0-or-later
// sentenceSpans: sentence units in code points, without the space between sentences.
#include "edau/text/sentences.h"

#include <gtest/gtest.h>

#include "edau/text/unicode.h"

namespace edau::text {
namespace {

TEST(Sentences, SplitsWelshAndEnglishSentencesInCodePoints) {
    std::string t = "Siân: Roedd y dŵr yn oer. Ond ro'n i'n hapus!\n\nGwyn: Why? Because.";
    auto spans = sentenceSpans(t);
    std::vector<std::string> got;
    for (auto [s, e] : spans) got.emplace_back(sliceCodePoints(t, s, e));
    EXPECT_EQ(got, (std::vector<std::string>{"Siân: Roedd y dŵr yn oer.", "Ond ro'n i'n hapus!", "Gwyn: Why?", "Because."}));
}

TEST(Sentences, EmptyAndBlankTextHaveNone) {
    EXPECT_TRUE(sentenceSpans("").empty());
    EXPECT_TRUE(sentenceSpans(" \n\t ").empty());
}

}  // namespace
}  // namespace edau::text
