// SPDX-License-Identifier: GPL-3.0-or-later
// The operation log: every change is recorded, with coder, time and a Lamport clock; never rewritten.
#include <sqlite3.h>

#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

using test::TempDir;

struct Recorded {
    const char* kind;
    std::function<std::string(ProjectStore&)> change;  // returns the entity uuid it touched
};

TEST(OperationLog, RecordsEachKindOfChangeWithItsEntity) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Coder coder = s->addCoder("Lowri");
    s->setCurrentCoder(coder.id);
    Document doc = s->addDocument({"d", "d.txt", "txt", "utf-8", "Mae'r gofal yn anodd.", "cy"});
    Case c = s->addCase("Siân");
    Attribute attr = s->addAttribute("oed", AttributeType::Text);
    Code code = s->addCode("Gofal", std::nullopt);
    Coding coding = s->addCoding(doc.id, 0, 6, code.id, coder.id);
    Matrix m = s->addMatrix("M", {c.id}, {code.id});

    const std::vector<Recorded> table = {
        {"coder.add", [](ProjectStore& st) { return st.addCoder("Ben").uuid; }},
        {"document.add", [](ProjectStore& st) { return st.addDocument({"e", "e.txt", "txt", "utf-8", "x", ""}).uuid; }},
        {"document.set-case", [&](ProjectStore& st) { st.setDocumentCase(doc.id, c.id); return doc.uuid; }},
        {"case.add", [](ProjectStore& st) { return st.addCase("Gwyn").uuid; }},
        {"attribute.add", [](ProjectStore& st) { return st.addAttribute("rôl", AttributeType::Category).uuid; }},
        {"case.set-attribute", [&](ProjectStore& st) { st.setAttributeValue(c.id, attr.id, "45-54"); return c.uuid; }},
        {"code.add", [](ProjectStore& st) { return st.addCode("Tai", std::nullopt).uuid; }},
        {"code.update", [&](ProjectStore& st) { Code k = code; k.name = "Gofalu"; st.updateCode(k); return code.uuid; }},
        {"coding.add", [&](ProjectStore& st) { return st.addCoding(doc.id, 7, 12, code.id, coder.id).uuid; }},
        {"coding.remove", [&](ProjectStore& st) { st.removeCoding(coding.id); return coding.uuid; }},
        {"memo.add", [](ProjectStore& st) { return st.addMemo(MemoTarget::Project, "", "t", "memo").uuid; }},
        {"matrix.add", [&](ProjectStore& st) { return st.addMatrix("N", {c.id}, {code.id}).uuid; }},
        {"matrix.cell-summary", [&](ProjectStore& st) { return st.setCellSummary(m.id, c.id, code.id, "S", {}).uuid; }},
        {"project.rename", [](ProjectStore& st) { st.renameProject("Newydd"); return st.projectUuid(); }},
    };
    for (const auto& row : table) {
        auto before = s->operations();
        std::string entity = row.change(*s);
        auto after = s->operations(before.empty() ? 0 : before.back().sequence);
        ASSERT_EQ(after.size(), 1u) << row.kind;
        EXPECT_EQ(after[0].kind, row.kind);
        EXPECT_EQ(after[0].entityUuid, entity) << row.kind;
        EXPECT_EQ(after[0].coderUuid, coder.uuid) << row.kind;
        EXPECT_FALSE(after[0].at.empty());
        EXPECT_GT(after[0].lamport, before.back().lamport) << row.kind;
        EXPECT_NO_THROW(Json::parse(after[0].payload)) << row.kind;
    }
}

TEST(OperationLog, PayloadsCarryWhatUndoAndSyncNeed) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Code code = s->addCode("Gofal", std::nullopt, "", "#112233");
    Code renamed = code;
    renamed.name = "Gofalu";
    s->updateCode(renamed);
    Json payload = Json::parse(s->operations().back().payload);
    EXPECT_EQ(payload.find("before")->find("name")->asString(), "Gofal");
    EXPECT_EQ(payload.find("after")->find("name")->asString(), "Gofalu");
    EXPECT_EQ(payload.find("after")->find("colour")->asString(), "#112233");
}

TEST(OperationLog, ANoOpAttributeChangeIsNotLogged) {
    TempDir dir;
    auto s = ProjectStore::create(dir.file("p.edau"), "p");
    Case c = s->addCase("c");
    Attribute a = s->addAttribute("a", AttributeType::Text);
    s->setAttributeValue(c.id, a.id, "v");
    auto n = s->counts().operations;
    s->setAttributeValue(c.id, a.id, "v");
    EXPECT_EQ(s->counts().operations, n);
}

TEST(OperationLog, CannotBeRewrittenOrDeleted) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    ProjectStore::create(path, "p").reset();
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "UPDATE operation SET kind = 'forged'", nullptr, nullptr, nullptr), SQLITE_OK);
    EXPECT_NE(sqlite3_exec(db, "DELETE FROM operation", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    auto s = ProjectStore::open(path);
    ASSERT_EQ(s->operations().size(), 1u);
    EXPECT_EQ(s->operations()[0].kind, "project.create");
}

TEST(OperationLog, LamportClockSurvivesReopen) {
    TempDir dir;
    std::string path = dir.file("p.edau");
    std::int64_t clock = 0;
    {
        auto s = ProjectStore::create(path, "p");
        s->addCase("a");
        s->addCase("b");
        clock = s->lamportClock();
        EXPECT_EQ(clock, 3);
    }
    auto s = ProjectStore::open(path);
    s->addCase("c");
    EXPECT_EQ(s->lamportClock(), clock + 1);
}

}  // namespace
}  // namespace edau
