// SPDX-License-Identifier: GPL-3.0-or-later
// importSources, importCaseSheet, importCodebook: files in, a report out, nothing half-done.
#include "edau/app/import_service.h"

#include <gtest/gtest.h>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

class ImportServiceTest : public ::testing::Test {
protected:
    TempDir dir;
    std::unique_ptr<Workbench> bench = Workbench::create(dir.file("p.edau"), "p");
};

TEST_F(ImportServiceTest, AFolderImportCarriesOnPastABadFile) {
    std::filesystem::create_directories(dir.path() / "in" / "sub");
    test::writeFile(dir.file("in/carer-01.txt"), "Cyfwelydd: Sut mae?\nSiân: Iawn.\n");
    test::writeFile(dir.file("in/sub/carer-02.txt"), "Interviewer: Hi.\nJade: Hi.\n");
    test::writeFile(dir.file("in/broken.txt"), std::string("\xEF\xBB\xBF" "bad \xFF byte"));
    test::writeFile(dir.file("in/~$lock.docx"), "junk");
    test::writeFile(dir.file("in/photo.jpg"), "\xFF\xD8\xFF");
    auto before = bench->summary().counts;
    ImportRequest request;
    request.paths = {dir.file("in")};
    std::vector<std::string> progressFiles;
    ImportReport report = importSources(*bench, request, [&](std::size_t, std::size_t, const std::string& f) {
        progressFiles.push_back(f);
        return true;
    });
    ASSERT_EQ(report.imported.size(), 2u);
    ASSERT_EQ(report.failed.size(), 1u);
    EXPECT_NE(report.failed[0].reason.str().find("broken.txt"), std::string::npos);
    EXPECT_NE(report.failed[0].reason.str().find("offset 7"), std::string::npos) << report.failed[0].reason.str();
    ASSERT_EQ(report.skipped.size(), 1u);  // photo.jpg; the Office lock file is silently ignored
    EXPECT_NE(report.skipped[0].file.find("photo.jpg"), std::string::npos);
    auto after = bench->summary().counts;
    EXPECT_EQ(after.documents, before.documents + 2);
    EXPECT_EQ(after.cases, before.cases + 2);
    EXPECT_EQ(report.imported[0].turns, 2);
    EXPECT_EQ(report.imported[0].caseName, "carer-01");
    EXPECT_EQ(progressFiles.size(), 4u);  // three files, then the final call
}

TEST_F(ImportServiceTest, ImportingTheSameFileTwiceAddsItOnce) {
    test::writeFile(dir.file("a.txt"), "Siân: Helo.\nGwyn: Helo.\n");
    ImportRequest request;
    request.paths = {dir.file("a.txt")};
    EXPECT_EQ(importSources(*bench, request).imported.size(), 1u);
    ImportReport again = importSources(*bench, request);
    EXPECT_TRUE(again.imported.empty());
    ASSERT_EQ(again.skipped.size(), 1u);
    EXPECT_NE(again.skipped[0].reason.str().find("already in the project"), std::string::npos);
    // Different text under the same name gets a new, distinct document name.
    test::writeFile(dir.file("a.txt"), "Siân: Hwyl.\n");
    ImportReport changed = importSources(*bench, request);
    ASSERT_EQ(changed.imported.size(), 1u);
    EXPECT_EQ(changed.imported[0].documentName, "a (2)");
    EXPECT_EQ(bench->summary().counts.documents, 2);
}

TEST_F(ImportServiceTest, CancellingStopsBeforeTheNextFile) {
    test::writeFile(dir.file("a.txt"), "one");
    test::writeFile(dir.file("b.txt"), "two");
    ImportRequest request;
    request.paths = {dir.file("a.txt"), dir.file("b.txt")};
    ImportReport report = importSources(*bench, request, [](std::size_t done, std::size_t, const std::string&) { return done < 1; });
    EXPECT_TRUE(report.cancelled);
    EXPECT_EQ(report.imported.size(), 1u);
}

TEST_F(ImportServiceTest, ALanguageTheUserNamesIsMarkedAsTheirsAndAGuessIsNot) {
    struct Row {
        const char* file;
        const char* option;
        const char* language;
        bool setByUser;
    };
    const std::vector<Row> table = {
        {"auto.txt", "auto", "", false},  // whatever the guess, it is a guess
        {"cy.txt", "cy", "cy", true},
        {"en.txt", "en", "en", true},       // the user's word wins over the guess
    };
    for (const auto& row : table) {
        test::writeFile(dir.file(row.file), "Siân: Roedd hi'n anodd iawn ac roedd y gofal yn brin yn y pentref.\n");
        ImportRequest request;
        request.paths = {dir.file(row.file)};
        request.read.language = row.option;
        ImportReport report = importSources(*bench, request);
        ASSERT_EQ(report.imported.size(), 1u) << row.file;
        auto doc = bench->store().documentByUuid(report.imported[0].documentUuid);
        ASSERT_TRUE(doc) << row.file;
        if (*row.language) {
            EXPECT_EQ(doc->language, row.language) << row.file;
        }
        EXPECT_EQ(doc->languageSetByUser, row.setByUser) << row.file;
    }
}

TEST_F(ImportServiceTest, CaseFromNoneLeavesDocumentsWithoutCases) {
    test::writeFile(dir.file("a.txt"), "text");
    ImportRequest request;
    request.paths = {dir.file("a.txt")};
    request.caseFrom = CaseFrom::None;
    importSources(*bench, request);
    EXPECT_EQ(bench->summary().counts.cases, 0);
}

TEST_F(ImportServiceTest, CaseSheetCreatesTypedAttributesAndUpdatesOnReimport) {
    test::writeFile(dir.file("carer-01.txt"), "Siân: Helo.");
    ImportRequest request;
    request.paths = {dir.file("carer-01.txt")};
    request.caseFrom = CaseFrom::None;
    importSources(*bench, request);
    test::writeFile(dir.file("cases.csv"),
                    "case,local_authority,age,interview_date,role\n"
                    "carer-01,Gwynedd,47,2020-10-14,parent carer\n"
                    "carer-02,Caerdydd,35,2020-11-03,\"young carer, sibling\"\n");
    CaseSheetReport first = importCaseSheet(*bench, dir.file("cases.csv"));
    EXPECT_EQ(first.casesCreated, 2);
    EXPECT_EQ(first.attributesCreated.size(), 4u);
    EXPECT_EQ(first.documentsLinked, 1);
    const auto& store = bench->store();
    EXPECT_EQ(store.attributeByName("age")->type, AttributeType::Number);
    EXPECT_EQ(store.attributeByName("interview_date")->type, AttributeType::Date);
    EXPECT_EQ(store.attributeByName("local_authority")->type, AttributeType::Category);
    test::writeFile(dir.file("cases.csv"), "case,age\ncarer-01,48\n");
    CaseSheetReport second = importCaseSheet(*bench, dir.file("cases.csv"));
    EXPECT_EQ(second.casesCreated, 0);
    EXPECT_EQ(second.casesUpdated, 1);
    EXPECT_EQ(bench->summary().counts.cases, 2);
    auto values = store.attributeValues(store.caseByName("carer-01")->id);
    bool saw48 = false;
    for (const auto& v : values) saw48 |= v.value == "48";
    EXPECT_TRUE(saw48);
}

TEST_F(ImportServiceTest, ABadCaseSheetChangesNothing) {
    test::writeFile(dir.file("cases.csv"), "case,age\nSiân,47\nGwyn,not a number\n");
    test::writeFile(dir.file("first.csv"), "case,age\nLowri,30\n");
    importCaseSheet(*bench, dir.file("first.csv"));
    auto before = bench->summary().counts;
    try {
        importCaseSheet(*bench, dir.file("cases.csv"));
        FAIL();
    } catch (const Error& e) {
        std::string msg = e.what();
        EXPECT_NE(msg.find("cases.csv"), std::string::npos);
        EXPECT_NE(msg.find("row 3"), std::string::npos) << msg;
    }
    EXPECT_EQ(bench->summary().counts.cases, before.cases);
    EXPECT_EQ(bench->summary().counts.operations, before.operations);
}

TEST_F(ImportServiceTest, CodebooksFromCsvIndentedTextAndArrows) {
    test::writeFile(dir.file("codes.csv"),
                    "code,description,colour\nCymorth/Seibiant,Respite from caring,#ff7f0e\nCymorth/Arian,Money,\nUnigrwydd,,\n");
    test::writeFile(dir.file("codes.txt"), "Tai\n  Digartrefedd\n  Llety dros dro\nAddysg\n\tPrifysgol\n");
    test::writeFile(dir.file("qualcoder.txt"), "Feelings>>Anxious\r\nFeelings>>Hopeful\r\nTechnology\r\n");
    CodebookReport csv = importCodebook(*bench, dir.file("codes.csv"));
    EXPECT_EQ(csv.codesCreated, 4);
    EXPECT_EQ(csv.descriptionsSet, 2);
    CodebookReport txt = importCodebook(*bench, dir.file("codes.txt"));
    EXPECT_EQ(txt.codesCreated, 5);
    CodebookReport arrows = importCodebook(*bench, dir.file("qualcoder.txt"));
    EXPECT_EQ(arrows.codesCreated, 4);
    auto codes = bench->codes();
    auto respite = findCodeByPath(codes, "Cymorth/Seibiant");
    ASSERT_TRUE(respite);
    EXPECT_EQ(respite->description, "Respite from caring");
    EXPECT_EQ(respite->colour, "#ff7f0e");
    EXPECT_TRUE(findCodeByPath(codes, "Tai/Llety dros dro"));
    EXPECT_TRUE(findCodeByPath(codes, "Addysg/Prifysgol"));
    EXPECT_TRUE(findCodeByPath(codes, "Feelings/Hopeful"));
    CodebookReport again = importCodebook(*bench, dir.file("codes.csv"));
    EXPECT_EQ(again.codesCreated, 0);
    EXPECT_EQ(again.codesExisting, 3);
}

TEST(CodePaths, SplitAndFormatWithEscapedSlashes) {
    EXPECT_EQ(splitCodePath("Cymorth/Seibiant"), (std::vector<std::string>{"Cymorth", "Seibiant"}));
    EXPECT_EQ(splitCodePath("Before\\/after/Change"), (std::vector<std::string>{"Before/after", "Change"}));
    std::vector<Code> codes(2);
    codes[0].id = 1;
    codes[0].name = "Before/after";
    codes[1].id = 2;
    codes[1].parentId = 1;
    codes[1].name = "Change";
    EXPECT_EQ(codePath(codes, 2), "Before\\/after/Change");
    EXPECT_EQ(findCodeByPath(codes, "Before\\/after/Change")->id, 2);
}

}  // namespace
}  // namespace edau
