// SPDX-License-Identifier: GPL-3.0-or-later
// text::welsh_clitics: Welsh clitic tokens split into host and clitic; English contractions stay whole.
#include "edau/text/welsh_clitics.h"

#include <gtest/gtest.h>

#include <string_view>

namespace {

using namespace edau::text;

TEST(WelshClitics, SplitsHostAndClitic) {
    struct Case {
        std::string_view token, host, clitic, fullForm;
    };
    const Case cases[] = {
        {"mae'r", "mae", "'r", "yr"},     {"mae'n", "mae", "'n", "yn"},   {"i'r", "i", "'r", "yr"},
        {"o'r", "o", "'r", "yr"},         {"sy'n", "sy", "'n", "yn"},     {"a'r", "a", "'r", "yr"},
        {"gyda'i", "gyda", "'i", "ei"},   {"i'w", "i", "'w", "ei"},       {"a'u", "a", "'u", "eu"},
        {"i'm", "i", "'m", "fy"},         {"a'th", "a", "'th", "dy"},     {"a'ch", "a", "'ch", "eich"},
        {"fan'ma", "fan", "'ma", "yma"},  {"fi'di", "fi", "'di", "wedi"},
        {"Mae'r", "Mae", "'r", "yr"},     {"MAE'R", "MAE", "'R", "yr"},
        {"mae\xE2\x80\x99r", "mae", "'r", "yr"},  // curly apostrophe
        {"sy\xCA\xBCn", "sy", "'n", "yn"},        // modifier letter apostrophe
    };
    for (const auto& c : cases) {
        const auto split = splitClitic(c.token);
        ASSERT_TRUE(split.has_value()) << c.token;
        EXPECT_EQ(split->host, c.host) << c.token;
        EXPECT_EQ(split->clitic, c.clitic) << c.token;
        EXPECT_EQ(split->fullForm, c.fullForm) << c.token;
    }
}

TEST(WelshClitics, BareCliticsHaveAnEmptyHost) {
    for (std::string_view token : {"'n", "'r", "'i", "'w"}) {
        const auto split = splitClitic(token);
        ASSERT_TRUE(split.has_value()) << token;
        EXPECT_EQ(split->host, "") << token;
        EXPECT_EQ(split->clitic, token);
    }
}

TEST(WelshClitics, EnglishContractionsAndOtherTokensStayWhole) {
    for (std::string_view token : {"don't", "it's", "we'll", "they're", "I've", "she'd", "o'clock", "rock'n'roll",
                                   "'n'", "mae", "mae'", "y'know", "'twas", ""})
        EXPECT_FALSE(splitClitic(token).has_value()) << token;
}

TEST(WelshClitics, EnglishImSplitsBecauseItIsSpeltLikeWelshIm) {
    // Documented choice: "I'm" and Welsh i'm "to my" are the same letters; the whole token is
    // indexed as well, so the split costs English search nothing.
    const auto split = splitClitic("I'm");
    ASSERT_TRUE(split.has_value());
    EXPECT_EQ(split->host, "I");
    EXPECT_EQ(split->fullForm, "fy");
}

}  // namespace
