// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA through the app: Edau -> .qdpx -> Edau keeps everything, a second import merges by
// GUID, a failed import changes nothing, and what the standard cannot hold is said.
#include "edau/app/exchange_service.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "../exchange/qdpx_builder.h"
#include "edau/app/framework_service.h"
#include "edau/app/memo_service.h"
#include "edau/app/project_digest.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/import/source_reader.h"
#include "edau/store/project_store.h"
#include "edau/text/language_guess.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace edau {
namespace {

/// The project's content as projectDigestSource gives it, without its own identity (a project
/// made by an import is a new project holding the same things).
Json contentOf(const Workbench& bench) {
    Json all = Json::parse(projectDigestSource(bench));
    Json out = Json::object();
    for (const auto& [key, value] : all.asObject())
        if (key != "project") out[key] = value;
    return out;
}

class ExchangeServiceTest : public ::testing::Test {
protected:
    test::TempDir dir;
    std::unique_ptr<Workbench> bench = Workbench::create(dir.file("gwreiddiol.edau"), "Gofal yn y cyfnod clo");
    ProjectStore& store = bench->store();

    /// A document added as the importers add one: turns found in the text, language guessed.
    Document addDocument(const std::string& name, const std::string& text) {
        return store.addDocument({name, name + ".txt", "txt", "utf-8", text, text::guessLanguage(text)}, detectTurns(text));
    }

    void SetUp() override {
        Coder lowri = bench->useCoder("Lowri");
        Coder ben = store.addCoder("Ben");
        Code support = store.addCode("Cymorth", std::nullopt, "Help gan eraill", "#1F5FA8");
        Code respite = store.addCode("Seibiant", support.id, "Egwyl o ofalu\n(nid amser ar ei ben ei hun)", "#4C9BE8");
        Code money = store.addCode("Arian/Budd-daliadau", support.id);
        Code wellbeing = store.addCode("Lles", std::nullopt);
        Attribute age = store.addAttribute("Oed", AttributeType::Number);
        Attribute area = store.addAttribute("Awdurdod lleol", AttributeType::Category);
        Attribute joined = store.addAttribute("Ymunodd", AttributeType::Date);
        Attribute note = store.addAttribute("Nodyn", AttributeType::Text);
        Case sian = store.addCase("Siân", "Gofalwr i'w mam");
        Case llyr = store.addCase("Llŷr");
        store.setAttributeValue(sian.id, age.id, "47");
        store.setAttributeValue(sian.id, area.id, "Gwynedd");
        store.setAttributeValue(sian.id, joined.id, "2020-03-23");
        store.setAttributeValue(sian.id, note.id, "Siarad Cymraeg gartref; \"gofal\" llawn amser");
        store.setAttributeValue(llyr.id, age.id, "19.5");
        store.setAttributeValue(llyr.id, area.id, "Caerdydd");
        Document d1 = addDocument("carer-01-sian",
                                  "Cyfwelydd: Sut oedd y cyfnod clo?\nSiân: Doedd dim seibiant o gwbl. Roedd y ganolfan ddydd wedi cau.\n"
                                  "Cyfwelydd: A'r arian?\nSiân: Roedd y budd-daliadau yn hwyr bob mis. 😟\n");
        Document d2 = addDocument("leaver-01-llyr", "Cyfwelydd: Beth am y fflat?\nLlŷr: Mae’r ŵyl yng Nghaerdydd wedi helpu, a’r cymdogion hefyd.\n");
        store.setDocumentCase(d1.id, sian.id);
        store.setDocumentCase(d2.id, llyr.id);
        Coding c1 = store.addCoding(d1.id, 40, 66, respite.id, lowri.id);
        Coding c2 = store.addCoding(d1.id, 67, 99, respite.id, ben.id);
        Coding c3 = store.addCoding(d1.id, 128, 166, money.id, lowri.id);
        store.addCoding(d2.id, 34, 69, wellbeing.id, ben.id);
        store.addMemo(MemoTarget::Project, "", "Nodiadau'r prosiect", "Cyfweliadau dros y ffôn.");
        store.addMemo(MemoTarget::Document, d1.uuid, "Ansawdd", "Sŵn cefndir.");
        store.addMemo(MemoTarget::Code, respite.uuid, "Diffiniad", "Gweler y llyfr codau.");
        store.addMemo(MemoTarget::Case, sian.uuid, "Cefndir", "Mam yn 80 oed.");
        store.addMemo(MemoTarget::Coding, c3.uuid, "", "Dyfyniad da.");
        createMatrix(*bench, {"Cymorth", "Cymorth", {}, {}});
        writeSummary(*bench, "Cymorth", "Siân", "Cymorth/Seibiant", "Dim seibiant; y ganolfan wedi cau.", {c1.uuid, c2.uuid});
        writeSummary(*bench, "Cymorth", "Llŷr", "Cymorth/Arian\\/Budd-daliadau", "Dim sôn.", {});
        addCellMemo(*bench, "Cymorth", "Siân", "Cymorth/Seibiant", "Gwirio", "Holi Ben.");
        MatrixSpec byDocument{"Fesul dogfen", "Cymorth", {}, {}, MatrixRowKind::Document};
        createMatrix(*bench, byDocument);
        writeSummary(*bench, "Fesul dogfen", "leaver-01-llyr", "Cymorth/Seibiant", "Dim.", {});
    }
};

TEST_F(ExchangeServiceTest, EdauToQdpxToEdauKeepsEverything) {
    const std::string qdpx = dir.file("allan.qdpx");
    QdpxExportReport exported = exportQdpx(*bench, qdpx);
    EXPECT_TRUE(exported.changes.empty()) << exported.changes.front().str();
    EXPECT_EQ(exported.written.codings, 4);
    EXPECT_EQ(exported.written.matrices, 2);
    EXPECT_EQ(exported.written.summaries, 3);
    auto entries = test::unzipFile(qdpx);
    EXPECT_EQ(test::schemaErrors(entries.at(0).second, test::dataFile("refi-qda/Project.xsd")), "");

    auto copy = Workbench::create(dir.file("copi.edau"), "Gofal yn y cyfnod clo");  // as import-qdpx names it
    QdpxImportReport imported = importQdpx(*copy, qdpx);
    EXPECT_EQ(imported.offsets, "code-points");
    EXPECT_TRUE(imported.dropped.empty()) << imported.dropped.front().str();
    EXPECT_TRUE(imported.warnings.empty()) << imported.warnings.front().str();
    EXPECT_EQ(imported.added.sources, 2);
    EXPECT_EQ(imported.added.codes, 4);
    EXPECT_EQ(imported.added.codings, 4);
    EXPECT_EQ(imported.added.cases, 2);
    EXPECT_EQ(imported.added.notes, 6);
    EXPECT_EQ(imported.added.matrices, 2);
    EXPECT_EQ(imported.added.summaries, 3);

    // The plain checks first (counts, texts, ranges, tree, attributes), then everything at once.
    ProjectCounts a = store.counts(), b = copy->store().counts();
    EXPECT_EQ(a.documents, b.documents);
    EXPECT_EQ(a.cases, b.cases);
    EXPECT_EQ(a.codes, b.codes);
    EXPECT_EQ(a.codings, b.codings);
    EXPECT_EQ(a.coders, b.coders);
    EXPECT_EQ(a.memos, b.memos);
    EXPECT_EQ(a.matrices, b.matrices);
    for (const auto& d : store.documents()) {
        auto other = copy->store().documentByUuid(d.uuid);
        ASSERT_TRUE(other);
        EXPECT_EQ(copy->store().documentText(other->id), store.documentText(d.id));
    }
    for (const auto& c : store.codings()) {
        auto other = copy->store().codingByUuid(c.uuid);
        ASSERT_TRUE(other);
        EXPECT_EQ(other->start, c.start);
        EXPECT_EQ(other->end, c.end);
    }
    for (const auto& c : store.codes()) {
        auto other = copy->store().codeByUuid(c.uuid);
        ASSERT_TRUE(other);
        EXPECT_EQ(other->name, c.name);
        EXPECT_EQ(other->description, c.description);
        EXPECT_EQ(other->colour, c.colour);
        EXPECT_EQ(other->parentId.has_value(), c.parentId.has_value());
    }
    EXPECT_EQ(copy->store().attributes().size(), store.attributes().size());
    for (const auto& a2 : store.attributes()) EXPECT_EQ(copy->store().attributeByName(a2.name)->type, a2.type) << a2.name;
    EXPECT_EQ(contentOf(*copy).dump(2), contentOf(*bench).dump(2));
}

TEST_F(ExchangeServiceTest, ImportingTheSameFileAgainAddsNothing) {
    const std::string qdpx = dir.file("allan.qdpx");
    exportQdpx(*bench, qdpx);
    const std::string before = projectDigest(*bench);
    const auto operations = store.counts().operations;
    QdpxImportReport again = importQdpx(*bench, qdpx);
    EXPECT_EQ(again.added.sources + again.added.codes + again.added.codings + again.added.cases + again.added.notes +
                  again.added.matrices + again.added.summaries + again.added.coders + again.added.attributes,
              0);
    EXPECT_EQ(again.already.codings, 4);
    EXPECT_EQ(again.already.summaries, 3);
    EXPECT_EQ(projectDigest(*bench), before);
    EXPECT_EQ(store.counts().operations, operations);
}

TEST_F(ExchangeServiceTest, AColleaguesFileIsMergedByGuid) {
    const std::string qdpx = dir.file("allan.qdpx");
    exportQdpx(*bench, qdpx);
    auto colleague = Workbench::create(dir.file("ben.edau"), "copi Ben");
    importQdpx(*colleague, qdpx);
    Coder ben = colleague->useCoder("Ben");
    Document d = *colleague->store().documentByName("leaver-01-llyr");
    Code code = *colleague->store().codeByUuid(store.codes().front().uuid);
    Coding added = colleague->store().addCoding(d.id, 0, 10, code.id, ben.id);
    colleague->store().addCode("Newydd", std::nullopt);
    exportQdpx(*colleague, dir.file("ben.qdpx"));
    QdpxImportReport merged = importQdpx(*bench, dir.file("ben.qdpx"));
    EXPECT_EQ(merged.added.codings, 1);
    EXPECT_EQ(merged.added.codes, 1);
    EXPECT_EQ(merged.added.sources, 0);
    EXPECT_TRUE(store.codingByUuid(added.uuid));
    EXPECT_EQ(store.counts().documents, 2);
}

TEST_F(ExchangeServiceTest, AColleaguesCopyOfTheProjectMergesAndMergingAgainAddsNothing) {
    // A colleague takes a copy, adds a code and codes with it; the copy comes back by e-mail.
    bench->saveCopy(dir.file("cydweithiwr.edau"));
    {
        auto colleague = Workbench::open(dir.file("cydweithiwr.edau"));
        auto& theirs = colleague->store();
        Coder ben = *theirs.coderByName("Ben");
        Code faith = theirs.addCode("Grwpiau ffydd", theirs.codes().front().id);
        theirs.addCoding(theirs.documents().front().id, 0, 10, faith.id, ben.id);
    }
    const QdpxImportReport first = mergeProjectFile(*bench, dir.file("cydweithiwr.edau"));
    EXPECT_EQ(first.added.codes, 1);
    EXPECT_EQ(first.added.codings, 1);
    EXPECT_EQ(first.added.sources, 0);
    auto colleague = Workbench::open(dir.file("cydweithiwr.edau"), OpenOptions{.readOnly = true});
    EXPECT_EQ(projectDigest(*bench), projectDigest(*colleague));  // the same content now
    const auto operations = store.operations().size();
    const QdpxImportReport again = mergeProjectFile(*bench, dir.file("cydweithiwr.edau"));
    EXPECT_EQ(again.added.codes + again.added.codings + again.added.sources + again.added.cases, 0);
    EXPECT_EQ(store.operations().size(), operations);
    EXPECT_THROW(mergeProjectFile(*bench, bench->path()), Error);
}

TEST_F(ExchangeServiceTest, ACodeMadeSeparatelyAtTheSamePathIsListedAndCanBeKeptApart) {
    // Both made "Gwaith" at the top level on their own: same path, different identifiers.
    bench->saveCopy(dir.file("cydweithiwr.edau"));
    store.addCode("Gwaith", std::nullopt);
    {
        auto colleague = Workbench::open(dir.file("cydweithiwr.edau"));
        auto& theirs = colleague->store();
        Code work = theirs.addCode("Gwaith", std::nullopt);
        theirs.addCoding(theirs.documents().front().id, 0, 10, work.id, theirs.coderByName("Ben")->id);
    }
    const auto matches = codePathMatches(*bench, dir.file("cydweithiwr.edau"));
    ASSERT_EQ(matches.size(), 1u);
    EXPECT_EQ(matches[0].path, "Gwaith");
    const auto ours = store.codes();
    EXPECT_EQ(matches[0].ourUuid, std::find_if(ours.begin(), ours.end(), [](const Code& c) { return c.name == "Gwaith"; })->uuid);
    // Kept apart: the colleague's code comes in beside ours, with its codings.
    {
        bench->saveCopy(dir.file("prawf.edau"));
        auto trial = Workbench::open(dir.file("prawf.edau"));
        CodeMatching apart;
        apart.keepApart.insert(matches[0].otherGuid);
        const QdpxImportReport kept = mergeProjectFile(*trial, dir.file("cydweithiwr.edau"), apart);
        EXPECT_EQ(kept.added.codes, 1);
        EXPECT_TRUE(kept.codesMatchedByPath.empty());
        EXPECT_TRUE(trial->store().codeByUuid(matches[0].otherGuid));
    }
    // Joined (the default): reported by path, the codings land on our code.
    const QdpxImportReport joined = mergeProjectFile(*bench, dir.file("cydweithiwr.edau"));
    EXPECT_EQ(joined.codesMatchedByPath, std::vector<std::string>{"Gwaith"});
    EXPECT_EQ(joined.added.codes, 0);
    EXPECT_EQ(joined.added.codings, 1);
}

TEST_F(ExchangeServiceTest, ARefiFilesCodesAtOurPathsAreListedAsTheImportWouldJoinThem) {
    // Another program's codebook: "Gwaith" as we have it (another GUID) with a sub-code we have
    // too, "Cyflog" under it, and "Hamdden" that is new (its sub-code cannot be ours either).
    Code work = store.addCode("Gwaith", std::nullopt);
    Code pay = store.addCode("Cyflog", work.id);
    QdaProject file;
    QdaCode theirWork{"7f1c7a40-0000-4000-8000-000000000001", " Gwaith ", "", "", true, {}, {}};
    theirWork.children.push_back({"7f1c7a40-0000-4000-8000-000000000002", "Cyflog", "", "", true, {}, {}});
    QdaCode leisure{"7f1c7a40-0000-4000-8000-000000000003", "Hamdden", "", "", true, {}, {}};
    leisure.children.push_back({"7f1c7a40-0000-4000-8000-000000000004", "Gwaith", "", "", true, {}, {}});
    file.codes = {theirWork, leisure};
    const auto matches = codePathMatches(*bench, file);
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_EQ(matches[0].path, "Gwaith");  // the name is trimmed, as the import stores it
    EXPECT_EQ(matches[0].ourUuid, work.uuid);
    EXPECT_EQ(matches[0].otherGuid, theirWork.guid);
    EXPECT_EQ(matches[1].path, "Gwaith/Cyflog");
    EXPECT_EQ(matches[1].ourUuid, pay.uuid);
}

TEST_F(ExchangeServiceTest, AnImportThatFailsLeavesTheProjectAsItWas) {
    auto target = Workbench::create(dir.file("targed.edau"), "targed");
    target->store().addCode("Cymorth", std::nullopt);
    const std::string before = projectDigest(*target);
    // Sources and codings first, then a code the store refuses: everything is rolled back.
    QdaReadResult read = readQdpxForImport([&] {
        exportQdpx(*bench, dir.file("allan.qdpx"));
        return dir.file("allan.qdpx");
    }());
    read.project.codes.push_back(QdaCode{"f0000000-0000-4000-8000-000000000001", "Drwg", "", "", true, {}, {}});
    read.project.codes.back().colour = "coch";
    EXPECT_THROW(storeQdpx(*target, read, "allan.qdpx"), Error);
    EXPECT_EQ(projectDigest(*target), before);
    EXPECT_EQ(target->store().counts().documents, 0);
}

TEST_F(ExchangeServiceTest, WhatTheStandardCannotHoldIsSaid) {
    Document d = addDocument("siarad", "*SPK: bore da \x15" "1234_5678\x15 iawn.\n");
    Code c = store.codes().front();
    store.addCoding(d.id, 26, 30, c.id, store.coders().front().id);  // "iawn"
    Attribute age = *store.attributeByName("Oed");
    store.setAttributeValue(store.caseByName("Llŷr")->id, age.id, "tua 20");
    store.addMscRound("Rownd 1");
    QdpxExportReport report = exportQdpx(*bench, dir.file("allan.qdpx"));
    std::string said;
    for (const auto& m : report.changes) said += m.str() + "\n";
    EXPECT_NE(said.find("2 characters U+0015"), std::string::npos) << said;
    EXPECT_NE(said.find("The attribute Oed is written as text"), std::string::npos) << said;
    EXPECT_NE(said.find("Most Significant Change"), std::string::npos) << said;
    auto entries = test::unzipFile(dir.file("allan.qdpx"));
    EXPECT_EQ(test::schemaErrors(entries.at(0).second, test::dataFile("refi-qda/Project.xsd")), "");
    // The .txt keeps every position: the passage still reads "iawn" after the round trip.
    auto copy = Workbench::create(dir.file("copi.edau"), "copi");
    importQdpx(*copy, dir.file("allan.qdpx"));
    Document back = *copy->store().documentByName("siarad");
    EXPECT_EQ(copy->store().documentText(back.id), "*SPK: bore da \xEF\xBF\xBD" "1234_5678\xEF\xBF\xBD iawn.\n");
    for (const auto& coding : copy->store().codingsOfDocument(back.id))
        EXPECT_EQ(text::sliceCodePoints(copy->store().documentText(back.id), coding.start, coding.end), "iawn");
}

TEST_F(ExchangeServiceTest, TheCodebookAloneIsAValidQdc) {
    const std::string qdc = dir.file("llyfr.qdc");
    QdpxExportReport report = exportQdc(*bench, qdc);
    EXPECT_EQ(report.written.codes, 4);
    EXPECT_EQ(test::schemaErrors(test::readFile(qdc), test::dataFile("refi-qda/Codebook.xsd")), "");
    ASSERT_EQ(report.changes.size(), 1u);  // the memo on Seibiant has no place in a codebook
    auto other = Workbench::create(dir.file("arall.edau"), "arall");
    QdpxImportReport imported = importQdpx(*other, qdc);
    EXPECT_EQ(imported.added.codes, 4);
    EXPECT_EQ(other->store().codes().size(), 4u);
}

}  // namespace
}  // namespace edau
