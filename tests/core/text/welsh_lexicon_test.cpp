// SPDX-License-Identifier: GPL-3.0-or-later
// text::welsh_lexicon: aspell's compressed, gzip, ISO-8859-14 word list read into folded forms.
#include "edau/text/welsh_lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "edau/base/error.h"

namespace {

using namespace edau::text;

const std::string kDataDir = std::string(EDAU_TEST_DATA_DIR) + "/text/";

TEST(WelshLexicon, ReadsAnAspellCompressedGzipList) {
    const WelshLexicon lexicon = WelshLexicon::fromAspellFile(kDataDir + "aspell_sample.cwl.gz");
    EXPECT_EQ(lexicon.size(), 7u);
    EXPECT_TRUE(lexicon.contains("d\xC5\xB5r"));  // dŵr: ISO-8859-14 0xF0 decoded to U+0175
    EXPECT_TRUE(lexicon.contains("t\xC5\xB7"));   // tŷ: 0xFE to U+0177
    EXPECT_TRUE(lexicon.contains("dwr"));
    EXPECT_TRUE(lexicon.contains("maen"));        // shares "mae" with the word before it
    EXPECT_TRUE(lexicon.contains("'r"));
    EXPECT_TRUE(lexicon.contains("caerdydd"));    // folded
    EXPECT_TRUE(lexicon.isNameOnly("caerdydd"));
    EXPECT_FALSE(lexicon.isNameOnly("mae"));
    EXPECT_FALSE(lexicon.contains("ma"));
    EXPECT_FALSE(lexicon.contains("Caerdydd")) << "lookups take folded forms";
}

TEST(WelshLexicon, MissingOrMalformedFilesAreReported) {
    try {
        (void)WelshLexicon::fromAspellFile(kDataDir + "no_such_list.cwl.gz");
        FAIL() << "expected an error";
    } catch (const edau::Error& e) {
        EXPECT_EQ(e.kind(), edau::ErrorKind::Environment);
    }
    try {
        (void)WelshLexicon::fromAspellFile(kDataDir + "welsh_words.txt");  // plain text, not aspell's format
        FAIL() << "expected an error";
    } catch (const edau::Error& e) {
        EXPECT_EQ(e.kind(), edau::ErrorKind::BadInput);
    }
}

TEST(WelshLexicon, WordLinesFoldAndMarkNames) {
    const WelshLexicon lexicon = WelshLexicon::fromWordLines("Bangor\r\nbae\nBae\n  t\xC5\xB7  \n\nMAE\n");
    EXPECT_EQ(lexicon.size(), 4u);
    EXPECT_TRUE(lexicon.isNameOnly("bangor"));
    EXPECT_FALSE(lexicon.isNameOnly("bae")) << "also listed in lower case";
    EXPECT_TRUE(lexicon.contains("t\xC5\xB7"));
    EXPECT_TRUE(lexicon.contains("mae"));
    EXPECT_THROW((void)WelshLexicon::fromWordLines("d\xF0r\n"), edau::Error);
}

TEST(WelshLexicon, AnEmptyLexiconKnowsNothing) {
    const WelshLexicon empty;
    EXPECT_TRUE(empty.empty());
    EXPECT_FALSE(empty.contains("mae"));
    EXPECT_FALSE(empty.isNameOnly("caerdydd"));
}

TEST(WelshLexicon, InstalledListIsDebiansAspellCy) {
    if (!std::filesystem::exists(std::string(kAspellWelshWordList)))
        GTEST_SKIP() << "aspell-cy is not installed (" << kAspellWelshWordList << ")";
    const WelshLexicon& lexicon = WelshLexicon::installed();
    EXPECT_GT(lexicon.size(), 350000u);
    EXPECT_TRUE(lexicon.contains("fod"));
    EXPECT_TRUE(lexicon.contains("d\xC5\xB5r"));
    EXPECT_TRUE(lexicon.isNameOnly("caerdydd"));
    EXPECT_EQ(&lexicon, &WelshLexicon::installed()) << "built once";
}

}  // namespace
