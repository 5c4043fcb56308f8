// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of how the interface language is chosen.
#include "presenters/ui_language.h"

#include <gtest/gtest.h>

namespace edau::gui {
namespace {

TEST(UiLanguage, OffersEnglishFirstThenWelshByTheirOwnNames) {
    const auto& languages = supportedUiLanguages();
    ASSERT_GE(languages.size(), 2u);
    EXPECT_EQ(languages[0].code, "en");
    EXPECT_EQ(languages[0].autonym, "English");
    EXPECT_TRUE(isSupportedUiLanguage("cy"));
    EXPECT_EQ(uiLanguageAutonym("cy"), "Cymraeg");
    EXPECT_FALSE(isSupportedUiLanguage("fr"));
    EXPECT_FALSE(isSupportedUiLanguage(""));
}

TEST(UiLanguage, TheCommandLineWinsThenTheSavedChoiceThenTheSystem) {
    struct Row {
        const char* commandLine;
        const char* saved;
        const char* chosen;
    };
    const Row rows[] = {
        {"cy", "en", "cy"},
        {"en", "cy", "en"},
        {"", "cy", "cy"},
        {"", "", ""},        // the system's language
        {"fr", "cy", "cy"},  // unsupported values are skipped
        {"", "xx", ""},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(chooseUiLanguage(row.commandLine, row.saved), row.chosen)
            << "command line '" << row.commandLine << "', saved '" << row.saved << "'";
    }
}

TEST(UiLanguage, LocaleNamesMapToAnInterfaceLanguage) {
    const std::pair<const char*, const char*> rows[] = {
        {"cy", "cy"}, {"cy_GB", "cy"}, {"cy_GB.UTF-8", "cy"}, {"CY_gb", "cy"},
        {"en_GB.UTF-8", "en"}, {"de_DE", "en"}, {"C", "en"}, {"", "en"},
    };
    for (const auto& [locale, language] : rows) EXPECT_EQ(uiLanguageForLocaleName(locale), language) << locale;
}

}  // namespace
}  // namespace edau::gui
