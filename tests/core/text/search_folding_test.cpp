// SPDX-License-Identifier: GPL-3.0-or-later
// text::search_folding: case folding, NFC, apostrophe variants and accent removal for search terms.
#include "edau/text/search_folding.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "edau/base/error.h"

namespace {

using namespace edau::text;

struct FoldCase {
    const char* what;
    std::string_view input;
    std::string_view expected;
};

TEST(SearchFolding, FoldForSearchCaseFoldsNormalisesAndKeepsAccents) {
    const FoldCase cases[] = {
        {"ASCII capitals", "Nghaerdydd", "nghaerdydd"},
        {"all capitals", "CAERDYDD", "caerdydd"},
        {"capital w circumflex", "\xC5\xB4YR", "\xC5\xB5yr"},                    // ŴYR → ŵyr
        {"NFD w circumflex becomes NFC", "tw\xCC\x82r", "t\xC5\xB5r"},          // tŵr
        {"NFD capital Y circumflex", "TY\xCC\x82", "t\xC5\xB7"},                // TŶ → tŷ
        {"full case folding of sharp s", "Stra\xC3\x9F" "e", "strasse"},
        {"accents are kept", "d\xC5\xB5r", "d\xC5\xB5r"},
        {"empty", "", ""},
    };
    for (const auto& c : cases) EXPECT_EQ(foldForSearch(c.input), c.expected) << c.what;
}

TEST(SearchFolding, EveryApostropheVariantBecomesU0027) {
    const FoldCase cases[] = {
        {"U+0027 stays", "mae'r", "mae'r"},
        {"U+2019 right single quotation mark", "mae\xE2\x80\x99r", "mae'r"},
        {"U+02BC modifier letter apostrophe", "mae\xCA\xBCr", "mae'r"},
        {"U+2018 left single quotation mark", "\xE2\x80\x98n", "'n"},
        {"U+0060 grave accent", "i`r", "i'r"},
        {"U+00B4 acute accent", "sy\xC2\xB4n", "sy'n"},
        {"capitals and a curly apostrophe", "MAE\xE2\x80\x99R", "mae'r"},
    };
    for (const auto& c : cases) {
        EXPECT_EQ(foldForSearch(c.input), c.expected) << c.what;
    }
    EXPECT_EQ(foldApostrophes("Mae\xE2\x80\x99r T\xC5\xB7"), "Mae'r T\xC5\xB7") << "nothing but apostrophes changes";
}

TEST(SearchFolding, FoldAccentsRemovesWelshDiacriticsAndKeepsCase) {
    const FoldCase cases[] = {
        {"w circumflex", "d\xC5\xB5r", "dwr"},
        {"y circumflex", "t\xC5\xB7", "ty"},
        {"a circumflex", "c\xC3\xA2n", "can"},
        {"e acute", "caf\xC3\xA9", "cafe"},
        {"i diaeresis", "gw\xC3\xAFr", "gwir"},
        {"w grave", "\xE1\xBA\x81", "w"},
        {"capital W circumflex keeps its case", "\xC5\xB4yr", "Wyr"},
        {"NFD input", "tw\xCC\x82r", "twr"},
        {"Greek tonos", "\xCE\xAC", "\xCE\xB1"},  // ά → α
        {"plain ASCII untouched", "Bore da", "Bore da"},
    };
    for (const auto& c : cases) EXPECT_EQ(foldAccents(c.input), c.expected) << c.what;
}

TEST(SearchFolding, FoldAccentsKeepsMarksThatSpellOtherScripts) {
    // Devanagari ka + virama: the virama is a nonspacing mark that is part of the spelling.
    const std::string_view ka = "\xE0\xA4\x95\xE0\xA5\x8D";
    EXPECT_EQ(foldAccents(ka), ka);
}

TEST(SearchFolding, InvalidUtf8IsRejected) {
    const std::string_view latin8 = "d\xF0r";  // dŵr in ISO-8859-14
    try {
        (void)foldForSearch(latin8);
        FAIL() << "expected an error";
    } catch (const edau::Error& e) {
        EXPECT_EQ(e.kind(), edau::ErrorKind::BadInput);
    }
    EXPECT_THROW((void)foldAccents(latin8), edau::Error);
}

}  // namespace
