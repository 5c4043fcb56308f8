// SPDX-License-Identifier: GPL-3.0-or-later
// Searching a project: the index kept in step with the store, names in results, and autocoding.
#include "edau/app/search_service.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace edau {
namespace {

namespace fs = std::filesystem;

std::int64_t cps(const std::string& s) { return text::codePointCount(s); }

/// A small project: two interviews with turns, cases with a local authority, one code.
class SearchServiceTest : public ::testing::Test {
protected:
    void SetUp() override {
        bench = Workbench::create(dir.file("study.edau"), "study");
        auto& s = bench->store();
        bench->useCoder("Lowri");
        const std::string sian =
            "Siân: Dw i'n byw yng Nghaerdydd. Mae fy nhad yn sâl. Dw i'n gofalu amdano fe bob dydd.\n\n"
            "Cyfwelydd: Ac ydych chi'n cael seibiant?\n\n"
            "Siân: Dim seibiant o gwbl. Roedd y ganolfan ddydd wedi cau.";
        const std::int64_t t1 = cps("Siân: Dw i'n byw yng Nghaerdydd. Mae fy nhad yn sâl. Dw i'n gofalu amdano fe bob dydd.");
        const std::int64_t t2s = t1 + 2, t2 = t2s + cps("Cyfwelydd: Ac ydych chi'n cael seibiant?");
        const std::int64_t t3s = t2 + 2;
        sianDoc = s.addDocument({"sian", "sian.txt", "txt", "utf-8", sian, "cy"},
                                {Turn{0, {}, 0, 0, "Siân", 0, t1, std::nullopt},
                                 Turn{0, {}, 0, 1, "Cyfwelydd", t2s, t2, std::nullopt},
                                 Turn{0, {}, 0, 2, "Siân", t3s, cps(sian), std::nullopt}});
        const std::string jade = "Jade: I moved to Cardiff to be near Mum. The carers came twice a day.";
        jadeDoc = s.addDocument({"jade", "jade.txt", "txt", "utf-8", jade, "en"},
                                {Turn{0, {}, 0, 0, "Jade", 0, cps(jade), std::nullopt}});
        Attribute la = s.addAttribute("la", AttributeType::Category);
        Case c1 = s.addCase("Siân");
        Case c2 = s.addCase("Jade");
        s.setAttributeValue(c1.id, la.id, "Caerdydd");
        s.setAttributeValue(c2.id, la.id, "Rhondda Cynon Taf");
        s.setDocumentCase(sianDoc.id, c1.id);
        s.setDocumentCase(jadeDoc.id, c2.id);
        respite = s.addCode("Seibiant", std::nullopt);
    }

    ProjectSearchResult find(const std::string& query) {
        search::SearchRequest r;
        r.query = query;
        return searchProject(*bench, r);
    }

    test::TempDir dir;
    std::unique_ptr<Workbench> bench;
    Document sianDoc, jadeDoc;
    Code respite;
};

TEST_F(SearchServiceTest, TheIndexLivesBesideTheProjectAndIsBuiltOnFirstUse) {
    EXPECT_EQ(searchIndexFolder(*bench), fs::absolute(dir.file("study.edau")).string() + "-index");
    IndexUpdate first = updateSearchIndex(*bench);
    EXPECT_TRUE(first.rebuilt);
    ASSERT_TRUE(first.reason.has_value());
    EXPECT_EQ(first.documentsIndexed, 2u);
    EXPECT_GE(first.passages, 4);
    EXPECT_TRUE(fs::is_directory(first.folder));
    IndexUpdate second = updateSearchIndex(*bench);
    EXPECT_FALSE(second.rebuilt);
    EXPECT_EQ(second.documentsIndexed, 0u);
}

TEST_F(SearchServiceTest, ResultsCarryDocumentCaseAndSpeakerNames) {
    auto r = find("Caerdydd");
    ASSERT_EQ(r.hits.size(), 1u);
    EXPECT_EQ(r.hits[0].document, "sian");
    EXPECT_EQ(r.hits[0].caseName, "Siân");
    EXPECT_EQ(r.hits[0].speaker, "Siân");
    EXPECT_EQ(r.hits[0].matched, "Nghaerdydd");
    EXPECT_EQ(r.hits[0].documentId, sianDoc.id);
    ASSERT_EQ(r.cases.size(), 1u);
    EXPECT_EQ(r.cases[0].name, "Siân");
    EXPECT_EQ(r.cases[0].hits, 1u);
}

TEST_F(SearchServiceTest, AttributesAndCasesAreReadFromTheStoreWhenAsked) {
    EXPECT_EQ(find("la:Caerdydd seibiant").total, 2u);
    EXPECT_EQ(find("la:\"Rhondda Cynon Taf\" carers").total, 1u);
    // An attribute changed after indexing is seen at once: no re-indexing needed.
    auto& s = bench->store();
    s.setAttributeValue(s.caseByName("Jade")->id, s.attributeByName("la")->id, "Caerdydd");
    EXPECT_EQ(find("la:Caerdydd carers").total, 1u);
    EXPECT_EQ(find("case:Jade carers").total, 1u);
    EXPECT_THROW(find("ward:North x"), Error);
}

TEST_F(SearchServiceTest, CodeFieldKeepsHitsInsideCodedPassages) {
    auto& s = bench->store();
    const Coder lowri = *s.currentCoder();
    // Code Siân's last turn only: "Dim seibiant o gwbl..."
    const auto turns = s.turns(sianDoc.id);
    s.addCoding(sianDoc.id, turns[2].start, turns[2].end, respite.id, lowri.id);
    EXPECT_EQ(find("seibiant").total, 2u);
    auto coded = find("code:Seibiant seibiant");
    ASSERT_EQ(coded.total, 1u);
    EXPECT_EQ(coded.hits[0].speaker, "Siân");
}

TEST_F(SearchServiceTest, NewDocumentsAreIndexedIncrementally) {
    updateSearchIndex(*bench);
    EXPECT_EQ(find("Abertawe").total, 0u);
    bench->store().addDocument({"gwyn", "gwyn.txt", "txt", "utf-8", "Symudais i i Abertawe yn 1980.", "cy"});
    IndexUpdate u = updateSearchIndex(*bench);
    EXPECT_FALSE(u.rebuilt);
    EXPECT_EQ(u.documentsIndexed, 1u);
    EXPECT_EQ(find("Abertawe").total, 1u);
    // a document moved to a case is re-indexed with it
    auto& s = bench->store();
    Case g = s.addCase("Gwyn");
    s.setDocumentCase(s.documentByName("gwyn")->id, g.id);
    EXPECT_EQ(find("case:Gwyn Abertawe").total, 1u);
}

TEST_F(SearchServiceTest, StatusSaysHowTheIndexStandsWithoutChangingIt) {
    using State = SearchIndexStatus::State;
    EXPECT_EQ(searchIndexStatus(*bench).state, State::Missing);
    EXPECT_FALSE(fs::exists(searchIndexFolder(*bench)));  // looking did not build it
    updateSearchIndex(*bench);
    EXPECT_EQ(searchIndexStatus(*bench).state, State::Current);
    bench->store().addDocument({"new", "new.txt", "txt", "utf-8", "Testun newydd.", "cy"});
    const auto behind = searchIndexStatus(*bench);
    EXPECT_EQ(behind.state, State::Behind);
    EXPECT_EQ(behind.changesBehind, 1);
    for (const auto& entry : fs::directory_iterator(searchIndexFolder(*bench)))
        if (entry.path().extension() == ".glass") test::writeFile(entry.path().string(), "damaged");
    const auto damaged = searchIndexStatus(*bench);
    EXPECT_EQ(damaged.state, State::NeedsRebuild);
    EXPECT_TRUE(damaged.reason.has_value());
}

TEST_F(SearchServiceTest, ADamagedIndexIsRebuiltAndSaysWhy) {
    const IndexUpdate built = updateSearchIndex(*bench);
    for (const auto& entry : fs::directory_iterator(built.folder))
        if (entry.path().extension() == ".glass") test::writeFile(entry.path().string(), "damaged");
    const IndexUpdate again = updateSearchIndex(*bench);
    EXPECT_TRUE(again.rebuilt);
    EXPECT_EQ(find("Caerdydd").total, 1u);
    // and nothing is left of the rebuild's working folders
    for (const auto& entry : fs::directory_iterator(dir.path()))
        EXPECT_EQ(entry.path().filename().string().find(".new-"), std::string::npos) << entry.path();
}

TEST_F(SearchServiceTest, AnIndexOfAnotherCopyIsNotTrusted) {
    updateSearchIndex(*bench);
    // A copy of the project changes differently; its old index (copied along) must be rebuilt.
    bench->saveCopy(dir.file("copy.edau"));
    fs::copy(searchIndexFolder(*bench), dir.file("copy.edau-index"), fs::copy_options::recursive);
    auto copy = Workbench::open(dir.file("copy.edau"));
    copy->store().addDocument({"extra", "extra.txt", "txt", "utf-8", "Dogfen ychwanegol am Abertawe.", "cy"});
    EXPECT_FALSE(updateSearchIndex(*copy).rebuilt);  // same history so far, one step behind: caught up
    // the original moves on differently, then its index is swapped for the copy's
    bench->store().addDocument({"other", "other.txt", "txt", "utf-8", "Rhywbeth arall.", "cy"});
    fs::remove_all(searchIndexFolder(*bench));
    fs::copy(dir.file("copy.edau-index"), searchIndexFolder(*bench), fs::copy_options::recursive);
    const IndexUpdate u = updateSearchIndex(*bench);
    EXPECT_TRUE(u.rebuilt);
    search::SearchRequest r;
    r.query = "Abertawe";
    EXPECT_EQ(searchProject(*bench, r).total, 0u);
}

TEST_F(SearchServiceTest, AutocodeCodesEachUnitOnceInOneUndoableStep) {
    struct Case {
        AutocodeUnit unit;
        std::string firstCoded;
    };
    const Case cases[] = {
        {AutocodeUnit::Hit, "seibiant"},
        {AutocodeUnit::Sentence, "Ac ydych chi'n cael seibiant?"},
        {AutocodeUnit::Turn, "Cyfwelydd: Ac ydych chi'n cael seibiant?"},
        {AutocodeUnit::Paragraph, "Cyfwelydd: Ac ydych chi'n cael seibiant?"},
    };
    auto& s = bench->store();
    const std::string textValue = s.documentText(sianDoc.id);
    for (const auto& c : cases) {
        SCOPED_TRACE(toString(c.unit));
        search::SearchRequest r;
        r.query = "seibiant";
        AutocodeResult result = autocode(*bench, r, "Seibiant", c.unit);
        EXPECT_EQ(result.hits, 2u);
        EXPECT_EQ(result.codingsAdded, 2u);
        EXPECT_EQ(result.documents, 1u);
        auto codings = s.codingsOfDocument(sianDoc.id);
        ASSERT_EQ(codings.size(), 2u);
        std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) { return a.start < b.start; });
        EXPECT_EQ(std::string(text::sliceCodePoints(textValue, codings[0].start, codings[0].end)), c.firstCoded);
        // running it again codes nothing new
        EXPECT_EQ(autocode(*bench, r, "Seibiant", c.unit).alreadyCoded, 2u);
        EXPECT_EQ(s.codingsOfDocument(sianDoc.id).size(), 2u);
        // one undo takes back the whole autocode (the second run added nothing)
        ASSERT_TRUE(s.undo().has_value());
        EXPECT_EQ(s.codingsOfDocument(sianDoc.id).size(), 0u);
    }
}

TEST_F(SearchServiceTest, AutocodeRefusesUnknownCodesAndLeavesTheProjectAsItWas) {
    search::SearchRequest r;
    r.query = "seibiant";
    const auto before = bench->store().counts().codings;
    EXPECT_THROW(autocode(*bench, r, "No such code", AutocodeUnit::Hit), Error);
    r.query = "\"unclosed";
    EXPECT_THROW(autocode(*bench, r, "Seibiant", AutocodeUnit::Hit), Error);
    EXPECT_EQ(bench->store().counts().codings, before);
}

}  // namespace
}  // namespace edau
