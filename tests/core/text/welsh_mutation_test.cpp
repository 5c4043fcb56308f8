// SPDX-License-Identifier: GPL-3.0-or-later
// text::welsh_mutation: the mutation table forward and back, exceptions, digraphs, confidence, triggers.
#include "edau/text/welsh_mutation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace edau::text;
using K = MutationKind;
using C = Confidence;

// The fixture lexicon: a few dozen self-made forms, radicals with their mutations as aspell-cy
// lists them (see tests/data/text/SOURCES.part.md), so these tests never depend on the system list.
const WelshLexicon& fixture() {
    static const WelshLexicon lexicon = [] {
        std::ifstream in(std::string(EDAU_TEST_DATA_DIR) + "/text/welsh_words.txt", std::ios::binary);
        std::ostringstream text;
        text << in.rdbuf();
        return WelshLexicon::fromWordLines(text.str());
    }();
    return lexicon;
}

std::optional<RadicalCandidate> findCandidate(const std::vector<RadicalCandidate>& all, std::string_view radical,
                                              MutationKind kind) {
    for (const auto& c : all)
        if (c.radical == radical && c.kind == kind) return c;
    return std::nullopt;
}

std::string describe(const std::vector<RadicalCandidate>& all) {
    std::string out;
    for (const auto& c : all)
        out += c.radical + "/" + std::string(mutationKindName(c.kind)) + "/" + std::string(confidenceName(c.confidence)) + " ";
    return out;
}

TEST(WelshMutation, MutationsOfFollowsTheTable) {
    struct Case {
        const char* radical;
        std::vector<MutatedForm> forms;
    };
    const Case cases[] = {
        {"pen", {{"ben", K::Soft}, {"mhen", K::Nasal}, {"phen", K::Aspirate}}},
        {"tad", {{"dad", K::Soft}, {"nhad", K::Nasal}, {"thad", K::Aspirate}}},
        {"Caerdydd", {{"gaerdydd", K::Soft}, {"nghaerdydd", K::Nasal}, {"chaerdydd", K::Aspirate}}},
        {"Bangor", {{"fangor", K::Soft}, {"mangor", K::Nasal}}},
        {"dant", {{"ddant", K::Soft}, {"nant", K::Nasal}}},
        {"gardd", {{"ardd", K::Soft}, {"ngardd", K::Nasal}}},
        {"Gwynedd", {{"wynedd", K::Soft}, {"ngwynedd", K::Nasal}}},
        {"mam", {{"fam", K::Soft}}},
        {"llaw", {{"law", K::Soft}}},
        {"rhan", {{"ran", K::Soft}}},
        {"ysgol", {{"hysgol", K::HProthesis}}},
        {"afal", {{"hafal", K::HProthesis}}},
        {"\xC5\xB5yr", {{"h\xC5\xB5yr", K::HProthesis}}},  // ŵyr → hŵyr
        // letters that never mutate, digraphs included
        {"chwarae", {}}, {"ddoe", {}}, {"ffenest", {}}, {"ngardd", {}}, {"phen", {}}, {"thad", {}},
        {"nant", {}}, {"sant", {}}, {"haf", {}}, {"fel", {}}, {"", {}},
    };
    for (const auto& c : cases) EXPECT_EQ(mutationsOf(c.radical), c.forms) << c.radical;
}

TEST(WelshMutation, EveryMutatedFormLeadsBackToItsRadical) {
    const WelshLexicon empty;
    for (const char* radical : {"pen", "tad", "caerdydd", "bangor", "dant", "gardd", "gwynedd", "mam", "llaw", "rhan",
                                "ysgol", "glaw", "gwaith", "bod", "ci", "te", "gair"}) {
        for (const auto& form : mutationsOf(radical)) {
            for (const WelshLexicon* lexicon : {&empty, &fixture()}) {
                const auto all = radicalCandidates(form.form, *lexicon);
                EXPECT_TRUE(findCandidate(all, radical, form.kind).has_value())
                    << form.form << " should lead back to " << radical << "; got " << describe(all);
            }
        }
    }
}

TEST(WelshMutation, RadicalCandidatesWithTheirConfidence) {
    struct Case {
        const char* surface;
        const char* radical;
        MutationKind kind;
        Confidence confidence;
    };
    const Case cases[] = {
        {"mhen", "pen", K::Nasal, C::Certain},
        {"nghaerdydd", "caerdydd", K::Nasal, C::Certain},
        {"Nghaerdydd", "caerdydd", K::Nasal, C::Certain},
        {"gaerdydd", "caerdydd", K::Soft, C::Certain},  // a name: aspell-cy lists only Caerdydd
        {"nhad", "tad", K::Nasal, C::Certain},
        {"thad", "tad", K::Aspirate, C::Certain},
        {"fod", "bod", K::Soft, C::Certain},
        {"fod", "mod", K::Soft, C::Unlikely},  // mod is listed only as the nasal form of bod
        {"ardd", "gardd", K::Soft, C::Certain},  // the dropped g
        {"waith", "gwaith", K::Soft, C::Certain},
        {"hysgol", "ysgol", K::HProthesis, C::AfterTrigger},  // h- words are common radicals
        {"law", "llaw", K::Soft, C::AfterTrigger},  // law is also English
        {"law", "glaw", K::Soft, C::Unlikely},      // llaw is the commoner radical
        {"chi", "ci", K::Aspirate, C::Unlikely},    // the pronoun: "gyda chi" is never "with dog"
        {"mae", "bae", K::Nasal, C::AfterTrigger},  // ym Mae Colwyn
        {"dad", "tad", K::Soft, C::AfterTrigger},   // English dad
        {"de", "te", K::Soft, C::AfterTrigger},     // de "south" is a word
        {"the", "te", K::Aspirate, C::AfterTrigger},
        {"well", "gwell", K::Soft, C::AfterTrigger},
        {"air", "gair", K::Soft, C::AfterTrigger},
        {"nod", "dod", K::Nasal, C::AfterTrigger},
        {"ddim", "dim", K::Soft, C::AfterTrigger},  // exception: ddim is a word in its own right
    };
    for (const auto& c : cases) {
        const auto all = radicalCandidates(c.surface, fixture());
        const auto found = findCandidate(all, c.radical, c.kind);
        ASSERT_TRUE(found.has_value()) << c.surface << " → " << c.radical << "; got " << describe(all);
        EXPECT_EQ(found->confidence, c.confidence)
            << c.surface << " → " << c.radical << " is " << confidenceName(found->confidence);
    }
}

TEST(WelshMutation, TheSurfaceItselfComesFirst) {
    const auto all = radicalCandidates("Gaerdydd", fixture());
    ASSERT_GE(all.size(), 2u);
    EXPECT_EQ(all.front(), (RadicalCandidate{"gaerdydd", K::None, C::Certain}));
    EXPECT_TRUE(findCandidate(all, "caerdydd", K::Soft).has_value());
}

TEST(WelshMutation, ExceptionsAndDigraphs) {
    // nhw is not a mutation of anything; ll, rh, ff begin radicals only.
    for (const char* surface : {"nhw", "llaw", "rhan", "ffenest", "'r", "2024", ""}) {
        const auto all = radicalCandidates(surface, fixture());
        EXPECT_LE(all.size(), 1u) << surface << ": " << describe(all);
    }
    // Digraphs are read whole: ngardd is g → ng (not n + gardd), nhad is t → nh.
    EXPECT_EQ(radicalCandidates("ngardd", fixture()).at(1), (RadicalCandidate{"gardd", K::Nasal, C::Certain}));
    EXPECT_EQ(radicalCandidates("nhad", fixture()).at(1).radical, "tad");
    // ch, ph, th, dd come only from c, p, t, d: one reading each.
    EXPECT_EQ(radicalCandidates("chaerdydd", fixture()).size(), 2u);
    EXPECT_EQ(radicalCandidates("phen", fixture()).at(1).radical, "pen");
    EXPECT_EQ(radicalCandidates("ddod", fixture()).at(1), (RadicalCandidate{"dod", K::Soft, C::Certain}));
    // ddoe is a word of its own: not a certain mutation of *doe.
    for (const auto& c : radicalCandidates("ddoe", fixture())) {
        if (c.kind != K::None) {
            EXPECT_NE(c.confidence, C::Certain) << c.radical;
        }
    }
    // f, l, r and vowels have two readings each where the rules allow it.
    EXPECT_TRUE(findCandidate(radicalCandidates("fod", fixture()), "mod", K::Soft).has_value());
    EXPECT_TRUE(findCandidate(radicalCandidates("rym", fixture()), "rhym", K::Soft).has_value());
    EXPECT_TRUE(findCandidate(radicalCandidates("rym", fixture()), "grym", K::Soft).has_value());
}

TEST(WelshMutation, WithoutALexiconOnlyUnmistakableFormsAreCertain) {
    const WelshLexicon empty;
    EXPECT_EQ(findCandidate(radicalCandidates("nghaerdydd", empty), "caerdydd", K::Nasal)->confidence, C::Certain);
    EXPECT_EQ(findCandidate(radicalCandidates("mhen", empty), "pen", K::Nasal)->confidence, C::Certain);
    EXPECT_EQ(findCandidate(radicalCandidates("ddinas", empty), "dinas", K::Soft)->confidence, C::Certain);
    EXPECT_EQ(findCandidate(radicalCandidates("gaerdydd", empty), "caerdydd", K::Soft)->confidence,
              C::AfterTrigger);
    // A dropped g before an unknown vowel word is how every foreign name would look.
    EXPECT_EQ(findCandidate(radicalCandidates("aberystwyth", empty), "gaberystwyth", K::Soft)->confidence,
              C::Unlikely);
}

TEST(WelshMutation, AmbiguousSurfacesAreWordsInTheirOwnRight) {
    for (const char* surface : {"mae", "chi", "de", "nod", "Dad", "the", "of", "well", "air", "bees", "ddim"})
        EXPECT_TRUE(isAmbiguousSurface(surface, fixture())) << surface;
    for (const char* surface : {"gaerdydd", "nghaerdydd", "fod", "ardd", "thad", "mhen"})
        EXPECT_FALSE(isAmbiguousSurface(surface, fixture())) << surface;
}

TEST(WelshMutation, TriggersFollowTheWelshLists) {
    struct Case {
        const char* previous;
        MutationKind kind;
        bool triggers;
    };
    const Case cases[] = {
        {"i", K::Soft, true},        {"o", K::Soft, true},           {"ar", K::Soft, true},
        {"gan", K::Soft, true},      {"dros", K::Soft, true},        {"heb", K::Soft, true},
        {"dau", K::Soft, true},      {"dwy", K::Soft, true},         {"yn", K::Soft, true},
        {"fy", K::Nasal, true},      {"yng", K::Nasal, true},        {"ym", K::Nasal, true},
        {"a", K::Aspirate, true},    {"\xC3\xA2", K::Aspirate, true}, {"gyda", K::Aspirate, true},
        {"tri", K::Aspirate, true},  {"chwe", K::Aspirate, true},    {"ei", K::HProthesis, true},
        {"eu", K::HProthesis, true}, {"ein", K::HProthesis, true},
        // clitic tokens count by their clitic
        {"gyda'i", K::Aspirate, true}, {"a'i", K::HProthesis, true}, {"i'w", K::HProthesis, true},
        {"Gyda\xE2\x80\x99i", K::HProthesis, true},  // case and a curly apostrophe
        {"i'r", K::Soft, false},  // the article softens feminine nouns only: not a trigger
        {"y", K::Soft, false},
        {"ar", K::Nasal, false},     {"fy", K::Soft, false},        {"tri", K::Soft, false},
        {"mae", K::Soft, false},     {"", K::Soft, false},          {"i", K::None, false},
    };
    for (const auto& c : cases)
        EXPECT_EQ(triggersMutation(c.previous, c.kind), c.triggers)
            << "'" << c.previous << "' " << mutationKindName(c.kind);
}

TEST(WelshMutation, ShouldCountAppliesTheTrigger) {
    const auto bae = *findCandidate(radicalCandidates("Mae", fixture()), "bae", K::Nasal);
    EXPECT_TRUE(shouldCount(bae, "ym"));       // ym Mae Colwyn: Bae Colwyn
    EXPECT_FALSE(shouldCount(bae, "Heddiw"));  // Heddiw mae: the verb
    const auto caerdydd = *findCandidate(radicalCandidates("Nghaerdydd", fixture()), "caerdydd", K::Nasal);
    EXPECT_TRUE(shouldCount(caerdydd, ""));
    const auto mod = *findCandidate(radicalCandidates("fod", fixture()), "mod", K::Soft);
    EXPECT_FALSE(shouldCount(mod, "i"));
    EXPECT_TRUE(shouldCount(radicalCandidates("mae", fixture()).front(), ""));  // the surface itself
}

TEST(WelshMutation, InstalledAspellListGivesTheSameAnswers) {
    if (!std::filesystem::exists(std::string(kAspellWelshWordList)))
        GTEST_SKIP() << "aspell-cy is not installed (" << kAspellWelshWordList << ")";
    const WelshLexicon& installed = WelshLexicon::installed();
    ASSERT_GT(installed.size(), 300000u);
    EXPECT_EQ(findCandidate(radicalCandidates("fod", installed), "bod", K::Soft)->confidence, C::Certain);
    EXPECT_EQ(findCandidate(radicalCandidates("fod", installed), "mod", K::Soft)->confidence, C::Unlikely);
    EXPECT_EQ(findCandidate(radicalCandidates("Nghaerdydd", installed), "caerdydd", K::Nasal)->confidence,
              C::Certain);
    EXPECT_EQ(findCandidate(radicalCandidates("Gaerdydd", installed), "caerdydd", K::Soft)->confidence, C::Certain);
    EXPECT_EQ(findCandidate(radicalCandidates("ardd", installed), "gardd", K::Soft)->confidence, C::Certain);
    EXPECT_FALSE(shouldCount(*findCandidate(radicalCandidates("mae", installed), "bae", K::Nasal), "Heddiw"));
    EXPECT_TRUE(isAmbiguousSurface("mae", installed));
    EXPECT_FALSE(isAmbiguousSurface("ddinas", installed));
}

}  // namespace
