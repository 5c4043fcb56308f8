// SPDX-License-Identifier: GPL-3.0-or-later
// Tests for the Welsh/English guess used at import and per passage in the search index.
#include "edau/text/language_guess.h"

#include <gtest/gtest.h>

#include <string>

TEST(GuessLanguage, TellsWelshEnglishAndMixedApart) {
    struct Case {
        const char* what;
        std::string text;
        std::string language;
    };
    const Case cases[] = {
        {"Welsh paragraph",
         "Mae hi wedi bod yn byw yn y pentref ers blynyddoedd, ac mae hi'n hoffi'r bobl yno.", "cy"},
        {"English paragraph",
         "The people in the village have lived there for years and they like it that way.", "en"},
        {"mixed paragraph",
         "Dw i'n meddwl bod y project yn good, but the funding was just not there, ac mae hi'n anodd.", "mixed"},
        {"too short", "Bore da", ""},
        {"too short in English", "Yes, thanks", ""},
        {"empty", "", ""},
        {"no function words at all", "Caerdydd Abertawe Wrecsam Bangor Aberystwyth Casnewydd", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        EXPECT_EQ(edau::text::guessLanguage(c.text), c.language);
    }
}

TEST(GuessLanguage, IgnoresCase) {
    EXPECT_EQ(edau::text::guessLanguage("MAE HI WEDI BOD YN Y DRE AC MAE HI YN HAPUS"), "cy");
    EXPECT_EQ(edau::text::guessLanguage("THE CAT AND THE DOG WAS IN THE HOUSE"), "en");
}

