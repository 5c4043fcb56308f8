// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the colour arithmetic that keeps code colours and labels readable on any theme.
#include "presenters/colours.h"

#include <gtest/gtest.h>

namespace edau::gui {
namespace {

const Rgb kWhite{255, 255, 255};
const Rgb kBlack{0, 0, 0};
const Rgb kDarkTheme{0x2D, 0x2D, 0x2D};

TEST(Colours, ParsesAndWritesHexColours) {
    EXPECT_EQ(parseHexColour("#1F5FA8"), (Rgb{0x1F, 0x5F, 0xA8}));
    EXPECT_EQ(parseHexColour("#1f5fa8"), (Rgb{0x1F, 0x5F, 0xA8}));
    EXPECT_FALSE(parseHexColour("").has_value());
    EXPECT_FALSE(parseHexColour("1F5FA8").has_value());
    EXPECT_FALSE(parseHexColour("#1F5FAZ").has_value());
    EXPECT_EQ(toHexColour(Rgb{0x1F, 0x5F, 0xA8}), "#1F5FA8");
}

TEST(Colours, ContrastFollowsWcag) {
    EXPECT_NEAR(contrastRatio(kWhite, kBlack), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(kWhite, kWhite), 1.0, 0.01);
    EXPECT_TRUE(isDark(kDarkTheme));
    EXPECT_FALSE(isDark(kWhite));
}

TEST(Colours, AnAccentTooFaintForTheBackgroundMovesTowardsTheTextColour) {
    const Rgb paleBlue{0x9E, 0xC5, 0xFE};
    const Rgb onWhite = readableOn(kWhite, paleBlue, kBlack);
    EXPECT_GE(contrastRatio(onWhite, kWhite), 4.5);
    const Rgb darkBlue{0x1F, 0x3F, 0x8F};
    const Rgb onDark = readableOn(kDarkTheme, darkBlue, kWhite);
    EXPECT_GE(contrastRatio(onDark, kDarkTheme), 4.5);
    // A colour that already reads is kept.
    EXPECT_EQ(readableOn(kWhite, darkBlue, kBlack), darkBlue);
}

TEST(Colours, TintsAreStrongerOnDarkBackgrounds) {
    EXPECT_GT(tintAlpha(kDarkTheme), tintAlpha(kWhite));
    EXPECT_EQ(mix(kBlack, kWhite, 0.5), (Rgb{128, 128, 128}));
}

}  // namespace
}  // namespace edau::gui
