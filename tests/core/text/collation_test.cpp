// SPDX-License-Identifier: GPL-3.0-or-later
// text::collation: Welsh digraph order, the Bangor exceptions, accents and case as tie-breakers, sort keys.
#include "edau/text/collation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

namespace {

using namespace edau::text;

int sign(int x) { return (x > 0) - (x < 0); }

struct Order {
    const char* first;
    const char* second;  // sorts after `first`
    const char* why;
};

TEST(Collation, WelshDigraphsSortAsLetters) {
    const Collator cy("cy");
    const Order cases[] = {
        {"cyw", "chwech", "c < ch"},
        {"chwech", "dafad", "ch < d"},
        {"dyn", "ddoe", "d < dd"},
        {"gwyn", "ngardd", "g < ng"},
        {"angen", "anad", "ng < n: angen is a, ng, e, n"},
        {"dangos", "danfon", "dangos keeps its letter ng"},
        {"lol", "llaw", "l < ll"},
        {"lwc", "llaw", "l < ll even before w"},
        {"llyn", "mam", "ll < m"},
        {"pwy", "phen", "p < ph"},
        {"rwan", "rhan", "r < rh"},
        {"tywydd", "theatr", "t < th"},
        {"Tomos", "Thomas", "English names follow Welsh rules: Thomas under th"},
    };
    for (const auto& c : cases) {
        EXPECT_LT(cy.compare(c.first, c.second), 0) << c.first << " < " << c.second << " (" << c.why << ")";
        EXPECT_GT(cy.compare(c.second, c.first), 0) << c.why;
    }
}

TEST(Collation, KnownNPlusGWordsSortAsTwoLetters) {
    const Collator cy("cy");
    // Bangor is b, a, n, g, o, r: after Banal. Read with the letter ng it would come first.
    EXPECT_LT(cy.compare("Banal", "Bangor"), 0);
    EXPECT_LT(cy.compare("Llanelli", "Llangollen"), 0);
    EXPECT_LT(cy.compare("Llanelli", "Llangefni"), 0);
    EXPECT_LT(cy.compare("Brynaman", "Bryngwran"), 0);
    // Inside a longer text too, and whatever the case.
    EXPECT_LT(cy.compare("Prifysgol Banal", "Prifysgol BANGOR"), 0);
    // The joiner changes only the order, never the text: Bangor still equals itself.
    EXPECT_EQ(cy.compare("Bangor", "Bangor"), 0);
    // English has no letter ng: no exception needed, and none applied.
    const Collator en("en");
    EXPECT_LT(en.compare("Banal", "Bangor"), 0);
    EXPECT_LT(en.compare("anad", "angen"), 0);
}

TEST(Collation, AccentsAndCaseOnlyBreakTies) {
    const Collator cy("cy");
    EXPECT_LT(cy.compare("wyr", "\xC5\xB5yr"), 0);   // wyr < ŵyr: same letters, accent second
    EXPECT_LT(cy.compare("\xC5\xB5yr", "wys"), 0);   // ŵyr < wys: the accent never outranks a letter
    EXPECT_LT(cy.compare("t\xC5\xB7", "tyb"), 0);    // tŷ < tyb
    EXPECT_NE(cy.compare("ysgol", "Ysgol"), 0);      // case is a difference...
    EXPECT_LT(cy.compare("Ysgol", "ysgolion"), 0);   // ...but only a tie-breaker
    EXPECT_LT(cy.compare("apple", "Zebra"), 0);
    EXPECT_LT(cy.compare("tw\xCC\x82r", "twrw"), 0);  // NFD input sorts like NFC
    EXPECT_EQ(cy.compare("tw\xCC\x82r", "t\xC5\xB5r"), 0);
}

TEST(Collation, EnglishOrderIgnoresWelshDigraphs) {
    const Collator en("en");
    EXPECT_LT(en.compare("llaw", "lol"), 0);
    EXPECT_LT(en.compare("Thomas", "Tomos"), 0);
    EXPECT_LT(en.compare("chwech", "cyw"), 0);
    EXPECT_EQ(en.language(), "en");
}

TEST(Collation, NumbersSortByTheirValue) {
    // Sources and cases are often numbered: a researcher expects 2 before 10, in either language.
    for (const char* language : {"cy", "en"}) {
        SCOPED_TRACE(language);
        const Collator c(language);
        std::vector<std::string> items{"Cyfweliad 10", "Cyfweliad 2", "P10", "P9", "cyfweliad-100", "cyfweliad-20"};
        c.sort(items);
        const std::vector<std::string> expected{"Cyfweliad 2", "Cyfweliad 10", "cyfweliad-20", "cyfweliad-100", "P9", "P10"};
        EXPECT_EQ(items, expected);
        EXPECT_LT(c.sortKey("P9"), c.sortKey("P10"));
    }
}

TEST(Collation, SortKeysOrderLikeCompare) {
    const Collator cy("cy");
    const std::vector<std::string> words{"llaw",  "lol",    "Bangor", "Banal", "angen", "anad", "chwech", "cyw",
                                         "\xC5\xB5yr", "wyr", "wys", "Thomas", "Tomos", "rhan", "rwan", "", "a"};
    for (const auto& a : words) {
        const std::string ka = cy.sortKey(a);
        EXPECT_EQ(std::memchr(ka.data(), 0, ka.size()), nullptr) << "no NUL inside or at the end: " << a;
        for (const auto& b : words) {
            const std::string kb = cy.sortKey(b);
            const int byKey = sign(ka.compare(kb));
            EXPECT_EQ(byKey, sign(cy.compare(a, b))) << a << " vs " << b;
        }
    }
}

TEST(Collation, SortsAListInWelshOrder) {
    const Collator cy("cy");
    std::vector<std::string> items{"Thomas", "rhan", "Bangor", "llaw", "Banal", "chwech", "cyw", "lol", "Tomos",
                                   "dafad", "ddoe", "ngardd", "gwyn", "hen", "\xC5\xB5yr", "wyr"};
    cy.sort(items);
    const std::vector<std::string> expected{"Banal", "Bangor", "cyw", "chwech", "dafad", "ddoe", "gwyn", "ngardd",
                                            "hen", "lol", "llaw", "rhan", "Tomos", "Thomas", "wyr", "\xC5\xB5yr"};
    EXPECT_EQ(items, expected);
}

TEST(Collation, CollatorsMove) {
    Collator a("cy");
    Collator b(std::move(a));
    EXPECT_EQ(b.language(), "cy");
    EXPECT_LT(b.compare("lol", "llaw"), 0);
}

}  // namespace
