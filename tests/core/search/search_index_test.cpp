// SPDX-License-Identifier: GPL-3.0-or-later
// The search index through its public API: Welsh mutations, clitics, accents, modes, English
// stems, query syntax, fields, exact hit positions, and an index that knows its own state.
#include "edau/search/search_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace edau::search {
namespace {

/// A project in memory: documents, their cases, attributes and coded ranges.
class MemoryContext : public SearchContext {
public:
    std::map<std::string, std::string> texts;                                   // document uuid → text
    std::map<std::string, std::map<std::string, std::string>> caseAttributes;  // case uuid → attribute → value
    std::map<std::string, std::vector<CodedRange>> codes;                       // path → ranges

    std::optional<std::vector<std::string>> casesMatching(const std::string& field, const std::string& value) override {
        std::vector<std::string> out;
        bool known = field == "case";
        for (const auto& [uuid, attributes] : caseAttributes) {
            if (field == "case" && uuid == value) out.push_back(uuid);
            auto it = attributes.find(field);
            if (it == attributes.end()) continue;
            known = true;
            if (it->second == value) out.push_back(uuid);
        }
        if (!known) return std::nullopt;
        return out;
    }
    std::optional<std::vector<CodedRange>> rangesCodedWith(const std::string& path) override {
        auto it = codes.find(path);
        if (it == codes.end()) return std::nullopt;
        return it->second;
    }
    std::string documentText(const std::string& uuid) override {
        auto it = texts.find(uuid);
        return it == texts.end() ? std::string() : it->second;
    }
};

class SearchIndexTest : public ::testing::Test {
protected:
    void SetUp() override { index = SearchIndex::open(dir.file("index")); }

    void add(const std::string& uuid, const std::string& text, const std::string& language,
             std::vector<IndexedTurn> turns = {}, const std::string& caseUuid = {}, bool languageSetByUser = false) {
        IndexedDocument d;
        d.uuid = uuid;
        d.caseUuid = caseUuid;
        d.text = text::toNfc(text);
        d.turns = std::move(turns);
        d.language = language;
        d.languageSetByUser = languageSetByUser;
        context.texts[uuid] = d.text;
        index->addOrReplace(d);
        index->commit({});
    }

    SearchResult run(const std::string& query, SearchMode mode = SearchMode::Welsh,
                     std::vector<std::string> excluded = {}) {
        SearchRequest r;
        r.query = query;
        r.mode = mode;
        r.excludedForms = std::move(excluded);
        return index->search(r, context);
    }

    /// A first screen of results: the best `maxHits` hits, without counting the rest.
    SearchResult firstScreen(const std::string& query, std::size_t maxHits) {
        SearchRequest r;
        r.query = query;
        r.maxHits = maxHits;
        r.countAll = false;
        return index->search(r, context);
    }

    /// The matched text of every hit, in result order.
    std::vector<std::string> matched(const std::string& query, SearchMode mode = SearchMode::Welsh) {
        std::vector<std::string> out;
        for (const auto& h : run(query, mode).hits) out.push_back(h.matched);
        return out;
    }

    test::TempDir dir;
    std::unique_ptr<SearchIndex> index;
    MemoryContext context;
};

using Hits = std::vector<std::string>;

// ------------------------------------------------------------------ Welsh words

TEST_F(SearchIndexTest, FindsEveryMutationOfAWordAndOnlyThose) {
    add("cy1",
        "Dw i'n byw yng Nghaerdydd. Es i i Gaerdydd ddoe. Mae hi'n dod o Gaerdydd a Chaerdydd. "
        "Caerdydd yw'r brifddinas. Mae fy nhad yn hen, ac mae ei dad e'n hŷn, a'i thad hi hefyd. "
        "Mae'r tad yn gweithio. Gaeodd ei hysgol hi ac mae'r ysgol ar gau. "
        "Mae'n braf heddiw, mae hi'n dwym, mae'r plant yn y bae. Mae dŵr yn y tŷ. "
        "Ydych chi'n hoffi'r ci? Ewch chi adref.",
        "cy");
    struct Case {
        const char* query;
        Hits expected;
    };
    const Case cases[] = {
        {"Caerdydd", {"Nghaerdydd", "Gaerdydd", "Gaerdydd", "Chaerdydd", "Caerdydd"}},
        {"Nghaerdydd", {"Nghaerdydd", "Gaerdydd", "Gaerdydd", "Chaerdydd", "Caerdydd"}},
        {"tad", {"nhad", "dad", "thad", "tad"}},
        {"ysgol", {"hysgol", "ysgol"}},
        {"dwr", {"dŵr"}},
        {"dŵr", {"dŵr"}},
        // precision: bae is not every mae; ci is not every chi
        {"bae", {"bae"}},
        {"ci", {"ci"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        EXPECT_EQ(matched(c.query), c.expected);
    }
}

TEST_F(SearchIndexTest, FollowsTheGuidesExceptionsAndTriggers) {
    add("t1",
        "Mae nhw'n dod ddoe. Dydw i ddim yn siŵr. Roedd hi ar fin gadael. Mae'r ferch yn y dref. "
        "Yr oedd y bont ar gau. Mae mam yn y llyfrgell. Dw i'n mynd bob dydd, a nos Fercher hefyd. "
        "Dw i'n dod gyda chi. Roedd hi'n saith. Mae'r tŵr yn uchel ac mae'r dŵr yn oer.",
        "cy");
    struct Case {
        const char* query;
        Hits expected;
    };
    const Case cases[] = {
        {"tw", {}},                 // nhw is not a nasal mutation
        {"doe", {}},                // ddoe and ddim are words in their own right
        {"dim", {}},
        {"min", {"fin"}},           // after the trigger "ar", even a reading the word list doubts
        {"merch", {"ferch"}},       // the article softens feminine nouns: y ferch
        {"pont", {"bont"}},
        {"tref", {"dref"}},
        {"goedd", {}},              // "yr oedd" is not a mutated "goedd"
        {"llyfrgell", {"llyfrgell"}},
        {"pob", {"bob"}},           // expressions of time: bob dydd, nos Fercher
        {"mercher", {"Fercher"}},
        {"ci", {}},                 // gyda chi: the pronoun, not a dog
        {"bae", {}},                // a trigger in the sentence before does not count ("saith. Mae'r")
        {"dwr", {"dŵr"}},           // dwr typed for dŵr, not read as a soft-mutated tŵr
        {"twr", {"tŵr"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        EXPECT_EQ(matched(c.query), c.expected);
    }
}

TEST_F(SearchIndexTest, FindsCliticFormsWithEveryApostrophe) {
    add("c1", "Mae'r plant yma. Mae’r athro yna. Maeʼr drws ar agor. Mae‘r tywydd yn wael. Mae'n braf. Mae hi.", "cy");
    EXPECT_EQ(matched("mae"), (Hits{"Mae'r", "Mae’r", "Maeʼr", "Mae‘r", "Mae'n", "Mae"}));
    EXPECT_EQ(matched("mae'r"), (Hits{"Mae'r", "Mae’r", "Maeʼr", "Mae‘r"}));
    EXPECT_EQ(matched("mae’r"), (Hits{"Mae'r", "Mae’r", "Maeʼr", "Mae‘r"}));
}

TEST_F(SearchIndexTest, DecomposedTextAndQueriesMeetTheirComposedForms) {
    add("n1", "Roedd y dw\u0302r yn oer ac roedd y ty\u0302 yn gynnes.", "cy");  // stored NFC by add()
    EXPECT_EQ(matched("dŵr"), (Hits{"dŵr"}));
    EXPECT_EQ(matched("dw\u0302r"), (Hits{"dŵr"}));
    EXPECT_EQ(matched("ty"), (Hits{"tŷ"}));
}

TEST_F(SearchIndexTest, ModesDecideHowCloseAWordMustBe) {
    add("m1", "Mae dŵr yn y nant. Roedd y dwr yn oer. Yng Nghaerdydd mae hi. Caerdydd yw hi.", "cy");
    struct Case {
        const char* query;
        SearchMode mode;
        Hits expected;
    };
    const Case cases[] = {
        {"dwr", SearchMode::Welsh, {"dŵr", "dwr"}},
        {"dwr", SearchMode::Accents, {"dwr"}},
        {"dŵr", SearchMode::Accents, {"dŵr"}},
        {"dŵr", SearchMode::Exact, {"dŵr"}},
        {"caerdydd", SearchMode::Accents, {"Nghaerdydd", "Caerdydd"}},
        {"caerdydd", SearchMode::Exact, {"Caerdydd"}},
        {"CAERDYDD", SearchMode::Exact, {"Caerdydd"}},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.query) + " " + toString(c.mode));
        EXPECT_EQ(matched(c.query, c.mode), c.expected);
    }
}

TEST_F(SearchIndexTest, EnglishPassagesAreStemmedAndNeverDemutated) {
    add("en1", "The carers were caring for their dads. Tea was served at the well.", "en");
    EXPECT_EQ(matched("caring"), (Hits{"carers", "caring"}));
    EXPECT_EQ(matched("te"), Hits{});      // "the" is English here, not a mutation of te
    EXPECT_EQ(matched("tad"), Hits{});     // nor is "dads"
    EXPECT_EQ(matched("gwell"), Hits{});   // nor "well"
    EXPECT_EQ(matched("caring", SearchMode::Exact), (Hits{"caring"}));
}

TEST_F(SearchIndexTest, EachTurnIsJudgedInItsOwnLanguage) {
    const std::string text =
        "Siân: Mae fy nhad yn byw gyda ni ac mae e'n hapus iawn yn y tŷ.\n"
        "Interviewer: And the carers were coming in to see your dad and the family every day?\n";
    add("mix", text, "mixed",
        {{"Siân", 0, 63}, {"Interviewer", 64, static_cast<std::int64_t>(text::codePointCount(text))}});
    auto r = run("tad");
    ASSERT_EQ(r.hits.size(), 1u);  // nhad in the Welsh turn; "dad" in the English turn is English
    EXPECT_EQ(r.hits[0].matched, "nhad");
    EXPECT_EQ(r.hits[0].speaker, "Siân");
    EXPECT_EQ(matched("caring"), (Hits{"carers"}));
    EXPECT_EQ(matched("lang:en carers"), (Hits{"carers"}));
    EXPECT_EQ(matched("lang:cy carers"), Hits{});
}

TEST_F(SearchIndexTest, ALanguageTheUserChoseHoldsForEveryPassage) {
    // Guessing would call this English; the user said Welsh, so "the" is read as a mutated "te".
    add("u1", "Gyda the and the tea and the milk and it was what we had.", "cy", {}, {}, true);
    EXPECT_EQ(matched("te"), (Hits{"the"}));
}

// ------------------------------------------------------------------ hits and forms

TEST_F(SearchIndexTest, HitsGiveExactCodePointPositionsAndContext) {
    const std::string text = "Siân: Rydw i'n byw yng Nghaerdydd ers deng mlynedd.";
    add("p1", text, "cy", {{"Siân", 0, static_cast<std::int64_t>(text::codePointCount(text))}});
    auto r = run("Caerdydd");
    ASSERT_EQ(r.hits.size(), 1u);
    const auto& h = r.hits[0];
    EXPECT_EQ(h.start, 23);
    EXPECT_EQ(h.end, 33);
    EXPECT_EQ(std::string(text::sliceCodePoints(text, h.start, h.end)), "Nghaerdydd");
    EXPECT_EQ(h.matched, "Nghaerdydd");
    EXPECT_EQ(h.before, "Rydw i'n byw yng ");  // the speaker's label is not part of the passage
    EXPECT_EQ(h.after, " ers deng mlynedd.");
    EXPECT_EQ(h.form, "nghaerdydd");
    EXPECT_EQ(h.speaker, "Siân");
    EXPECT_EQ(h.documentUuid, "p1");
}

TEST_F(SearchIndexTest, SaysWhichFormsMatchedAndDropsAnExcludedOne) {
    add("f1", "Yng Nghaerdydd, i Gaerdydd, o Gaerdydd, Caerdydd.", "cy");
    auto r = run("caerdydd");
    ASSERT_EQ(r.forms.size(), 3u);
    EXPECT_EQ(r.forms[0].form, "gaerdydd");
    EXPECT_EQ(r.forms[0].hits, 2u);
    EXPECT_EQ(r.totalHits, 4u);
    auto without = run("caerdydd", SearchMode::Welsh, {"Gaerdydd"});
    EXPECT_EQ(without.totalHits, 2u);
    for (const auto& h : without.hits) EXPECT_NE(h.form, "gaerdydd");
}

TEST_F(SearchIndexTest, ReadsXapianQuerySyntax) {
    add("q1", "Mae'r gymuned yn gryf. Roedd y plant yn chwarae yn yr ysgol.", "cy");
    add("q2", "Mae'r cymunedau yn newid. Dim plant yma o gwbl, dim ond oedolion.", "cy");
    struct Case {
        const char* query;
        std::size_t hits;
    };
    const Case cases[] = {
        {"cymuned", 1},              // gymuned (soft) in q1
        {"cymun*", 2},               // gymuned, cymunedau
        {"plant ysgol", 2},          // both words, same passage: two hits
        {"plant AND ysgol", 2},
        {"plant OR oedolion", 3},
        {"plant NOT ysgol", 1},      // q2's plant only
        {"plant -ysgol", 1},
        {"\"yn yr ysgol\"", 1},
        {"\"yr ysgol yn\"", 0},
        {"chwarae NEAR ysgol", 2},
        {"plant NEAR/1 ysgol", 0},   // three words apart
        {"plant NEAR/4 ysgol", 2},
        {"(plant OR gymuned) AND cryf", 3},  // one passage: gymuned, gryf, plant
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        EXPECT_EQ(run(c.query).totalHits, c.hits);
    }
}

TEST_F(SearchIndexTest, RefusesQueriesItCannotReadWithAClearReason) {
    add("e1", "testun", "cy");
    for (const char* bad : {"\"heb ei gau", "(plant", "plant)", "plant OR", "AND plant", "", "   ", "lang:fr plant",
                            "nosuchfield:x", "\"a b\" NEAR c"}) {
        SCOPED_TRACE(bad);
        try {
            run(bad);
            ADD_FAILURE() << "accepted";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Usage);
            EXPECT_FALSE(e.message().str().empty());
        }
    }
    try {
        run("code:Nothing");
        ADD_FAILURE() << "accepted";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
    }
}

TEST_F(SearchIndexTest, FieldsNarrowToSpeakersCasesAttributesAndCodedText) {
    const std::string a = "Siân: Dw i'n gofalu am fy nhad.\nCyfwelydd: Sut mae eich tad?\n";
    const std::string b = "Gwyn: Roedd fy nhad yn gweithio yn y pwll.\n";
    add("a", a, "cy", {{"Siân", 0, 31}, {"Cyfwelydd", 32, 60}}, "case-sian");
    add("b", b, "cy", {{"Gwyn", 0, 42}}, "case-gwyn");
    context.caseAttributes["case-sian"] = {{"la", "Gwynedd"}, {"role", "young carer"}};
    context.caseAttributes["case-gwyn"] = {{"la", "Caerdydd"}, {"role", "storyteller"}};
    context.codes["Cymorth"] = {{"a", 0, 31}};
    EXPECT_EQ(run("tad").totalHits, 3u);

    EXPECT_EQ(run("speaker:Siân tad").totalHits, 1u);
    EXPECT_EQ(run("speaker:sian tad").totalHits, 1u);  // accents and case folded
    EXPECT_EQ(run("speaker:Cyfwelydd tad").hits.at(0).matched, "tad");
    EXPECT_EQ(run("la:Caerdydd tad").hits.at(0).documentUuid, "b");
    EXPECT_EQ(run("role:\"young carer\" tad").totalHits, 2u);
    EXPECT_EQ(run("case:case-gwyn tad").totalHits, 1u);
    EXPECT_EQ(run("code:Cymorth tad").hits.at(0).matched, "nhad");
    EXPECT_EQ(run("code:Cymorth tad").totalHits, 1u);  // the interviewer's "tad" is outside the coding
    // fields alone: the passages themselves (or their coded part)
    auto coded = run("code:Cymorth");
    ASSERT_EQ(coded.hits.size(), 1u);
    EXPECT_EQ(coded.hits[0].start, 6);
    EXPECT_EQ(coded.hits[0].end, 31);
    auto turns = run("speaker:Gwyn");
    ASSERT_EQ(turns.hits.size(), 1u);
    EXPECT_EQ(turns.hits[0].matched, "Roedd fy nhad yn gweithio yn y pwll.");
}

TEST_F(SearchIndexTest, RanksDocumentsAndCountsHitsPerDocument) {
    add("one", "Mae un ysgol yma.", "cy");
    add("many", "Ysgol fach, ysgol fawr, ysgol newydd, ysgol Gymraeg.", "cy");
    auto r = run("ysgol");
    ASSERT_EQ(r.documents.size(), 2u);
    EXPECT_EQ(r.documents[0].documentUuid, "many");
    EXPECT_EQ(r.documents[0].hits, 4u);
    EXPECT_EQ(r.documents[1].hits, 1u);
    EXPECT_EQ(r.hits.front().documentUuid, "many");

    auto quick = firstScreen("ysgol", 2);
    EXPECT_EQ(quick.hits.size(), 2u);
    EXPECT_GE(quick.totalHits, 2u);
}

TEST_F(SearchIndexTest, EachPassageOfADocumentIsJudgedOnItsOwn) {
    // One transcript, four turns: what one turn says must not make or break a hit in another.
    const std::vector<std::pair<std::string, std::string>> lines = {
        {"Sian", "Mae'r plant yn yr ysgol bob dydd."}, {"Gwyn", "Mae'r plant adref gyda fi."},
        {"Sian", "Mae hi'n ysgol"}, {"Gwyn", "newydd sbon, a'r plant yn hapus."}};
    std::string text;
    std::vector<IndexedTurn> turns;
    for (const auto& [speaker, words] : lines) {
        const auto start = static_cast<std::int64_t>(text.size());
        text += speaker + ": " + words + "\n";
        turns.push_back({speaker, start, static_cast<std::int64_t>(text.size()) - 1});
    }
    add("t", text, "cy", turns);
    EXPECT_EQ(index->passageCount(), 4);

    struct Case {
        const char* query;
        std::size_t hits;
    };
    const Case cases[] = {
        {"plant", 3},
        {"plant NOT ysgol", 2},             // Gwyn's turns: the first turn has ysgol, the document too
        {"plant AND ysgol", 2},             // only the first turn has both
        {"\"ysgol newydd\"", 0},            // the end of one turn and the start of the next
        {"ysgol NEAR newydd", 0},
        {"speaker:Gwyn plant", 2},
        {"speaker:Gwyn ysgol", 0},          // the document has Gwyn and ysgol, no turn has both
        {"speaker:Sian NOT ysgol", 0},      // both of Sian's turns name the school
        {"newy*", 1},
        {"newy* NOT plant", 0},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.query);
        EXPECT_EQ(run(c.query).totalHits, c.hits);
        // A first screen larger than the answer finds the same hits and knows it has them all.
        const SearchResult quick = firstScreen(c.query, 50);
        EXPECT_EQ(quick.totalHits, c.hits);
        EXPECT_TRUE(quick.totalExact);
    }
    // Other modes and a form left out: NOT is then decided word by word, with the same answers.
    EXPECT_EQ(run("plant NOT ysgol", SearchMode::Exact).totalHits, 2u);
    EXPECT_EQ(run("plant NOT ysgol", SearchMode::Accents).totalHits, 2u);
    EXPECT_EQ(run("plant NOT ysgol", SearchMode::Welsh, {"ysgol"}).totalHits, 3u);  // ysgol left out: nothing excludes

    // A first screen of one hit: the document's first hit, and a total that may be higher.
    auto quick = firstScreen("plant", 1);
    ASSERT_EQ(quick.hits.size(), 1u);
    EXPECT_EQ(quick.hits[0].start, 12);
    EXPECT_EQ(quick.hits[0].speaker, "Sian");
    EXPECT_FALSE(quick.totalExact);
}

TEST_F(SearchIndexTest, HitsKnownFromTheIndexMatchHitsFoundByReadingTheWords) {
    // Queries of words, wildcards, AND, OR, NOT and fields take their hits from the index's
    // terms; leaving out a form that occurs nowhere makes the search read every word instead.
    // Both must give the same hits, forms and counts.
    const std::vector<std::string> lines = {
        "Siân: Dw i'n byw yng Nghaerdydd gyda fy nhad. Mae'r ysgol yn agos, ac mae'n dda.",
        "Gwyn: Roedd ein tad ni'n mynd i Gaerdydd bob dydd. Es i i'r ysgol yn y Bae.",
        "Siân: Care is hard; caring for dad, the carers' group helps, and my carer is kind.",
        "Gwyn: Dw i'n gofalu amdano fe. Mae'r gofal yn anodd, a Chaerdydd yn bell."};
    auto codePoints = [](const std::string& s) {
        return static_cast<std::int64_t>(std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
    };
    std::string welsh;
    std::vector<IndexedTurn> turns;
    for (const auto& line : lines) {
        const std::int64_t start = codePoints(welsh);
        welsh += line + "\n";
        turns.push_back({line.substr(0, line.find(':')), start, start + codePoints(line)});
    }
    add("w", welsh, "", turns, "case-a");
    add("e", "We cared for Mum at home. Respite care was rare; carers need a break.\n\n"
             "A word longer than any index term: " + std::string(80, 'x') + " and then care again.", "en", {}, "case-b");
    context.caseAttributes["case-a"] = {{"la", "Caerdydd"}};
    context.caseAttributes["case-b"] = {{"la", "Gwynedd"}};
    for (const char* query : {"Caerdydd", "tad", "ysgol", "mae", "bae", "care", "caring", "carer", "cared", "gofal*",
                              "cymun*", "tad OR ysgol", "tad AND ysgol", "ysgol NOT tad", "care -carers",
                              "speaker:Gwyn tad", "speaker:Siân NOT ysgol", "lang:en care", "la:Caerdydd ysgol",
                              "(Caerdydd OR care) AND NOT bae", "again"}) {
        SCOPED_TRACE(query);
        const SearchResult byIndex = run(query);
        const SearchResult byReading = run(query, SearchMode::Welsh, {"zzzzzz"});
        ASSERT_EQ(byIndex.totalHits, byReading.totalHits);
        ASSERT_EQ(byIndex.hits.size(), byReading.hits.size());
        for (std::size_t i = 0; i < byIndex.hits.size(); ++i) {
            EXPECT_EQ(byIndex.hits[i].documentUuid, byReading.hits[i].documentUuid);
            EXPECT_EQ(byIndex.hits[i].start, byReading.hits[i].start);
            EXPECT_EQ(byIndex.hits[i].end, byReading.hits[i].end);
            EXPECT_EQ(byIndex.hits[i].matched, byReading.hits[i].matched);
            EXPECT_EQ(byIndex.hits[i].form, byReading.hits[i].form);
            EXPECT_EQ(byIndex.hits[i].before, byReading.hits[i].before);
        }
        ASSERT_EQ(byIndex.forms.size(), byReading.forms.size());
        for (std::size_t i = 0; i < byIndex.forms.size(); ++i) {
            EXPECT_EQ(byIndex.forms[i].form, byReading.forms[i].form);
            EXPECT_EQ(byIndex.forms[i].hits, byReading.forms[i].hits);
        }
    }
    EXPECT_EQ(run("again").totalHits, 1u) << "words after an over-long word keep their places";
    EXPECT_GE(run("Caerdydd").totalHits, 3u);
}

// ------------------------------------------------------------------ the index itself

TEST_F(SearchIndexTest, ReplacingAndRemovingADocumentChangesWhatIsFound) {
    add("d", "Mae'r ysgol ar gau.", "cy");
    EXPECT_EQ(run("ysgol").totalHits, 1u);
    add("d", "Mae'r capel ar agor.", "cy");
    EXPECT_EQ(run("ysgol").totalHits, 0u);
    EXPECT_EQ(run("capel").totalHits, 1u);
    index->remove("d");
    index->commit({});
    EXPECT_EQ(run("capel").totalHits, 0u);
    EXPECT_EQ(index->passageCount(), 0);
}

TEST_F(SearchIndexTest, RemembersTheStoreStateItWasBuiltFrom) {
    add("d", "testun", "cy");
    IndexState s;
    s.projectUuid = "p-uuid";
    s.sequence = 42;
    s.operationUuid = "op-42";
    s.lexiconSignature = SearchIndex::currentLexiconSignature();
    index->commit(s);
    index.reset();
    auto reopened = SearchIndex::open(dir.file("index"));
    const IndexState got = reopened->state();
    EXPECT_EQ(got.projectUuid, "p-uuid");
    EXPECT_EQ(got.sequence, 42);
    EXPECT_EQ(got.operationUuid, "op-42");
    EXPECT_EQ(got.lexiconSignature, s.lexiconSignature);
    EXPECT_TRUE(got.formatCurrent);
    EXPECT_EQ(reopened->documentUuids(), std::vector<std::string>{"d"});
}

TEST(SearchIndexDamage, ADamagedIndexIsReportedAsAProjectProblem) {
    // Either of the index's two databases: the documents, or the passage list inside it.
    for (const std::string part : {"", "passages"}) {
        SCOPED_TRACE("damaged: " + (part.empty() ? std::string("documents") : part));
        test::TempDir dir;
        {
            auto index = SearchIndex::open(dir.file("index"));
            IndexedDocument d{"d", {}, "Mae'r ysgol ar gau.", {}, "cy", false};
            index->addOrReplace(d);
            index->commit({});
        }
        const std::filesystem::path folder = std::filesystem::path(dir.file("index")) / part;
        for (const auto& entry : std::filesystem::directory_iterator(folder))
            if (entry.path().extension() == ".glass" || entry.path().filename() == "iamglass")
                test::writeFile(entry.path().string(), "not a xapian table");
        try {
            auto index = SearchIndex::open(dir.file("index"));
            MemoryContext context;
            SearchRequest r;
            r.query = "ysgol";
            index->search(r, context);
            ADD_FAILURE() << "a damaged index was used";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::Project);
            EXPECT_FALSE(isIndexBusy(e));
        }
    }
}

TEST(SearchIndexDamage, AMissingPassageListMakesTheIndexOutOfDate) {
    // A crash between the two databases' commits, or a passage list removed by hand: the index
    // no longer counts as current, so the app rebuilds it rather than miss hits.
    test::TempDir dir;
    {
        auto index = SearchIndex::open(dir.file("index"));
        IndexedDocument d{"d", {}, "Mae'r ysgol ar gau.", {}, "cy", false};
        index->addOrReplace(d);
        index->commit({"project", 7, "op-7", "lexicon", true});
        EXPECT_TRUE(index->state().formatCurrent);
    }
    std::filesystem::remove_all(std::filesystem::path(dir.file("index")) / "passages");
    auto index = SearchIndex::open(dir.file("index"));
    EXPECT_FALSE(index->state().formatCurrent);
}

TEST(SearchIndexLock, ASecondWriterIsToldTheIndexIsBusy) {
    test::TempDir dir;
    auto first = SearchIndex::open(dir.file("index"));
    try {
        auto second = SearchIndex::open(dir.file("index"));
        ADD_FAILURE() << "two writers";
    } catch (const Error& e) {
        EXPECT_TRUE(isIndexBusy(e));
    }
}

}  // namespace
}  // namespace edau::search
