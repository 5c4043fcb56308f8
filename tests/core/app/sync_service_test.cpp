// SPDX-License-Identifier: GPL-3.0-or-later
// Shared-folder sync: copies of one project exchange their work through journals in a folder
// and end up holding the same content, whatever the order, with nothing coded lost.
#include "edau/app/sync_service.h"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>

#include "edau/app/project_digest.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"
#include "edau/sync/journal.h"
#include "temp_dir.h"

namespace edau {
namespace {

namespace fs = std::filesystem;

/// A small study: two transcripts, two cases, a theme with two sub-codes, a matrix.
std::string makeBaseProject(const test::TempDir& dir) {
    std::string path = dir.file("base.edau");
    auto bench = Workbench::create(path, "Gofalwyr");
    auto& s = bench->store();
    Coder lead = bench->useCoder("Arweinydd");
    Document a = s.addDocument({"sian", "sian.txt", "txt", "utf-8",
                                "Cyfwelydd: Sut mae pethau?\nSian: Dw i'n gofalu am fy nhad bob dydd. Does dim seibiant.", "cy"});
    Document b = s.addDocument({"jade", "jade.txt", "txt", "utf-8",
                                "Interviewer: How are things?\nJade: I care for my mum. There is no respite at all.", "en"});
    Case sian = s.addCase("Sian");
    Case jade = s.addCase("Jade");
    s.setDocumentCase(a.id, sian.id);
    s.setDocumentCase(b.id, jade.id);
    s.addAttribute("ardal", AttributeType::Text);
    Code theme = s.addCode("Gofalu", std::nullopt);
    Code respite = s.addCode("Seibiant", theme.id);
    Code family = s.addCode("Teulu", theme.id);
    s.addCoding(a.id, 28, 50, family.id, lead.id);
    s.addMatrix("Fframwaith", MatrixRowKind::Case, {sian.id, jade.id}, {respite.id, family.id});
    return path;
}

/// Copies of the base project, one per researcher, each with its own coder.
struct Team {
    std::vector<std::unique_ptr<Workbench>> copies;
    std::vector<std::string> names;
};

Team makeTeam(const test::TempDir& dir, const std::string& base, const std::vector<std::string>& names) {
    Team team;
    {
        auto bench = Workbench::open(base);
        for (const auto& n : names) bench->saveCopy(dir.file(n + ".edau"));
    }
    for (const auto& n : names) {
        auto bench = Workbench::open(dir.file(n + ".edau"));
        bench->useCoder(n);
        team.copies.push_back(std::move(bench));
        team.names.push_back(n);
    }
    return team;
}

Code codeNamed(const Workbench& bench, const std::string& name) {
    for (const auto& c : bench.codes())
        if (c.name == name) return c;
    throw std::runtime_error("no code " + name);
}

std::set<std::string> conflictIds(const Workbench& bench) {
    std::set<std::string> ids;
    for (const auto& c : bench.store().conflicts(true))
        ids.insert(c.kind + ":" + c.id + (c.settled ? "/settled" : "") + " " + c.detail);
    return ids;
}

TEST(Sync, TwoCopiesExchangeTheirWorkAndConverge) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    auto& lowri = *team.copies[0];
    auto& llyr = *team.copies[1];
    Document sian = *lowri.store().documentByName("sian");
    Coding coding = lowri.store().addCoding(sian.id, 56, 75, codeNamed(lowri, "Seibiant").id, lowri.currentCoder()->id);
    llyr.store().addCode("Arian", std::nullopt);

    SyncReport first = syncProject(lowri, folder);
    EXPECT_GT(first.sent, 0);
    EXPECT_EQ(first.applied, 0);  // nobody else has written yet
    SyncReport second = syncProject(llyr, folder);
    EXPECT_GT(second.sent, 0);
    EXPECT_EQ(second.received, first.sent);
    EXPECT_GT(second.applied, 0);
    SyncReport third = syncProject(lowri);  // the folder is remembered
    EXPECT_EQ(third.folder, folder);
    EXPECT_EQ(third.sent, 0);
    EXPECT_GT(third.applied, 0);

    EXPECT_EQ(projectDigest(lowri), projectDigest(llyr));
    EXPECT_TRUE(llyr.store().codingByUuid(coding.uuid));
    // Who changed what, in words.
    std::vector<std::string> news;
    for (const auto& m : second.news) news.push_back(m.str());
    EXPECT_NE(std::find(news.begin(), news.end(), "Lowri coded passages with Seibiant (1)"), news.end());
    ASSERT_FALSE(third.news.empty());
    EXPECT_EQ(third.news.back().str(), "Llyr added code Arian");
    EXPECT_NO_THROW(codeNamed(lowri, "Arian"));
    // A round with nothing new changes nothing.
    std::string digest = projectDigest(lowri);
    SyncReport quiet = syncProject(lowri);
    EXPECT_EQ(quiet.sent, 0);
    EXPECT_EQ(quiet.applied, 0);
    EXPECT_EQ(projectDigest(lowri), digest);
}

TEST(Sync, TwoSummariesOfOneCellAreBothKeptAsAConflict) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    auto write = [](Workbench& bench, const std::string& summary) {
        auto& s = bench.store();
        auto matrix = *s.matrixByName("Fframwaith");
        s.setCellSummary(matrix.id, s.caseByName("Sian")->id, codeNamed(bench, "Teulu").id, summary, {});
    };
    write(*team.copies[0], "Gofalu am ei thad bob dydd.");
    write(*team.copies[1], "Mae hi'n gofalu am ei thad.");
    syncProject(*team.copies[0], folder);
    SyncReport r = syncProject(*team.copies[1], folder);
    syncProject(*team.copies[0], folder);
    ASSERT_EQ(r.newConflicts.size(), 1u);
    EXPECT_EQ(r.newConflicts[0].kind, "cell-summary");
    EXPECT_EQ(projectDigest(*team.copies[0]), projectDigest(*team.copies[1]));
    EXPECT_EQ(conflictIds(*team.copies[0]), conflictIds(*team.copies[1]));
    // Both versions are there: one in the cell, the other in the conflict.
    auto conflicts = team.copies[0]->store().conflicts();
    ASSERT_EQ(conflicts.size(), 1u);
    Json detail = Json::parse(conflicts[0].detail);
    std::set<std::string> versions = {detail.find("shown")->find("summary")->asString(),
                                      detail.find("other")->find("summary")->asString()};
    EXPECT_EQ(versions, (std::set<std::string>{"Gofalu am ei thad bob dydd.", "Mae hi'n gofalu am ei thad."}));
    std::string words = describeConflict(*team.copies[0], conflicts[0]).str();
    EXPECT_NE(words.find("Lowri"), std::string::npos) << words;
    EXPECT_NE(words.find("Llyr"), std::string::npos) << words;

    // Settling in one copy settles it in the other.
    team.copies[0]->store().settleConflict(conflicts[0].id);
    syncProject(*team.copies[0], folder);
    syncProject(*team.copies[1], folder);
    EXPECT_TRUE(team.copies[1]->store().conflicts().empty());
    EXPECT_EQ(conflictIds(*team.copies[0]), conflictIds(*team.copies[1]));
}

TEST(Sync, ACodeRenamedInTwoCopiesTakesOneNameAndRecordsTheOther) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    for (auto [i, name] : {std::pair{0, "Egwyl"}, std::pair{1, "Hoe"}}) {
        Code c = codeNamed(*team.copies[static_cast<std::size_t>(i)], "Seibiant");
        c.name = name;
        team.copies[static_cast<std::size_t>(i)]->store().updateCode(c);
    }
    syncProject(*team.copies[1], folder);
    syncProject(*team.copies[0], folder);
    syncProject(*team.copies[1], folder);
    EXPECT_EQ(projectDigest(*team.copies[0]), projectDigest(*team.copies[1]));
    auto conflicts = team.copies[1]->store().conflicts();
    ASSERT_EQ(conflicts.size(), 1u);
    EXPECT_EQ(conflicts[0].kind, "code-rename");
    Json detail = Json::parse(conflicts[0].detail);
    const std::string kept = detail.find("kept")->asString();
    EXPECT_NO_THROW(codeNamed(*team.copies[0], kept));
    EXPECT_EQ(std::set<std::string>({kept, detail.find("other")->asString()}), (std::set<std::string>{"Egwyl", "Hoe"}));
}

TEST(Sync, ACodeRemovedInOneCopyWhileAnotherCodesWithItIsKeptWithTheNewCodings) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    auto& lowri = *team.copies[0];
    auto& llyr = *team.copies[1];
    const std::string oldCoding = lowri.store().codings().front().uuid;  // the lead's, under Teulu
    lowri.store().removeCode(codeNamed(lowri, "Teulu").id);
    Document jade = *llyr.store().documentByName("jade");
    Coding fresh = llyr.store().addCoding(jade.id, 40, 52, codeNamed(llyr, "Teulu").id, llyr.currentCoder()->id);
    // Either order of arrival gives the same result.
    syncProject(lowri, folder);
    syncProject(llyr, folder);
    syncProject(lowri, folder);
    for (auto* bench : {&lowri, &llyr}) {
        EXPECT_NO_THROW(codeNamed(*bench, "Teulu"));
        EXPECT_TRUE(bench->store().codingByUuid(fresh.uuid));        // the new coding lives
        EXPECT_FALSE(bench->store().codingByUuid(oldCoding));        // the removed one stays removed
        auto conflicts = bench->store().conflicts();
        ASSERT_EQ(conflicts.size(), 1u);
        EXPECT_EQ(conflicts[0].kind, "code-kept");
    }
    EXPECT_EQ(projectDigest(lowri), projectDigest(llyr));
    EXPECT_EQ(conflictIds(lowri), conflictIds(llyr));
}

TEST(Sync, TwoThingsGivenOneNameKeepItForTheOlderAndTagTheNewer) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    Code first = team.copies[0]->store().addCode("Unigrwydd", std::nullopt);
    Code second = team.copies[1]->store().addCode("Unigrwydd", std::nullopt);
    syncProject(*team.copies[0], folder);
    syncProject(*team.copies[1], folder);
    syncProject(*team.copies[0], folder);
    EXPECT_EQ(projectDigest(*team.copies[0]), projectDigest(*team.copies[1]));
    int plain = 0, tagged = 0;
    for (const auto& c : team.copies[0]->codes()) {
        if (c.name == "Unigrwydd") ++plain;
        if (c.name.rfind("Unigrwydd (", 0) == 0) ++tagged;
    }
    EXPECT_EQ(plain, 1);
    EXPECT_EQ(tagged, 1);
    ASSERT_EQ(team.copies[0]->store().conflicts().size(), 1u);
    EXPECT_EQ(team.copies[0]->store().conflicts()[0].kind, "name-clash");
    (void)first;
    (void)second;
}

TEST(Sync, TornTailsAndDuplicatesMadeBySyncClientsAreHandled) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "lowri-folder");
    fs::create_directory(dir.path() / "llyr-folder");
    auto& lowri = *team.copies[0];
    auto& llyr = *team.copies[1];
    Document sian = *lowri.store().documentByName("sian");
    for (int i = 0; i < 5; ++i)
        lowri.store().addCoding(sian.id, 28 + i, 40 + i, codeNamed(lowri, "Seibiant").id, lowri.currentCoder()->id);
    SyncReport sent = syncProject(lowri, (dir.path() / "lowri-folder").string());
    const fs::path journal = dir.path() / "lowri-folder" / sent.journal;
    const std::string bytes = test::readFile(journal.string());
    // The sync client has copied only part of the journal so far (cut inside a record).
    const fs::path there = dir.path() / "llyr-folder" / sent.journal;
    test::writeFile(there.string(), bytes.substr(0, bytes.size() - 40));
    SyncReport partial = syncProject(llyr, (dir.path() / "llyr-folder").string());
    EXPECT_EQ(partial.received, sent.sent - 1);
    ASSERT_FALSE(partial.journals.empty());
    EXPECT_TRUE(partial.journals[0].incompleteTail);
    // Now the rest arrives, and a duplicate the client made of it as well.
    test::writeFile(there.string(), bytes);
    fs::path duplicate = there;
    duplicate.replace_filename(sent.journal.substr(0, sent.journal.size() - 13) + " (1).edau-journal");
    test::writeFile(duplicate.string(), bytes);
    SyncReport rest = syncProject(llyr);
    EXPECT_EQ(rest.applied, 1);
    bool sawDuplicate = false;
    for (const auto& j : rest.journals) sawDuplicate |= j.conflictedCopy;
    EXPECT_TRUE(sawDuplicate);
    EXPECT_EQ(rest.alreadyKnown, sent.sent);  // the duplicate's records were all known
    EXPECT_EQ(llyr.store().codings().size(), lowri.store().codings().size());
}

TEST(Sync, JournalsFromANewerEdauOrAnotherProjectAreRefusedInWords) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    test::writeFile((dir.path() / "shared" / "future.edau-journal").string(),
                    "EDAU-JOURNAL 9\n{\"project\":\"x\",\"copy\":\"y\"}\n");
    sync::JournalHeader other;
    other.projectUuid = "0b8a3c1e-55d4-4a51-9d33-0d6f8c2a1b7e";
    other.copyUuid = "5a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    other.writer = "Rhywun";
    sync::appendToJournal((dir.path() / "shared" / "other.edau-journal").string(), other, {"{}"});
    std::string before = projectDigest(*team.copies[0]);
    SyncReport r = syncProject(*team.copies[0], folder);
    ASSERT_EQ(r.journals.size(), 2u);
    for (const auto& j : r.journals) EXPECT_FALSE(j.problem.empty()) << j.file;
    EXPECT_EQ(r.applied, 0);
    EXPECT_EQ(projectDigest(*team.copies[0]), before);
}

TEST(Sync, AMissingFolderIsAClearErrorAndChangesNothing) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri"});
    EXPECT_THROW(syncProject(*team.copies[0]), Error);  // no folder given, none remembered
    try {
        syncProject(*team.copies[0], (dir.path() / "nowhere").string());
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::NotFound);
        EXPECT_NE(e.message().str().find("nowhere"), std::string::npos);
    }
    EXPECT_TRUE(syncFolderOf(*team.copies[0]).empty());
}

TEST(Sync, ACopiedProjectFileWritesItsOwnJournal) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    SyncReport first = syncProject(*team.copies[0], folder);
    team.copies[0]->saveCopy(dir.file("copy.edau"));
    auto copy = Workbench::open(dir.file("copy.edau"));
    SyncReport second = syncProject(*copy, folder);
    EXPECT_NE(first.journal, second.journal);
}

TEST(Sync, BlindCodingHidesOtherCodersWorkInEveryCopyUntilRevealed) {
    test::TempDir dir;
    Team team = makeTeam(dir, makeBaseProject(dir), {"Lowri", "Llyr"});
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    auto& lowri = *team.copies[0];
    auto& llyr = *team.copies[1];
    lowri.store().setBlindCoding(true);
    syncProject(lowri, folder);
    syncProject(llyr, folder);
    EXPECT_TRUE(llyr.store().blindCoding());
    Document jade = *lowri.store().documentByName("jade");
    Coding mine = lowri.store().addCoding(jade.id, 40, 52, codeNamed(lowri, "Seibiant").id, lowri.currentCoder()->id);
    Coding theirs = llyr.store().addCoding(jade.id, 45, 60, codeNamed(llyr, "Seibiant").id, llyr.currentCoder()->id);
    syncProject(llyr, folder);
    syncProject(lowri, folder);
    syncProject(llyr, folder);
    // Each sees their own codings only (the lead's earlier coding is hidden too)...
    auto shown = [](const Workbench& bench) {
        std::set<std::string> uuids;
        for (const auto& c : bench.store().codings()) uuids.insert(c.uuid);
        return uuids;
    };
    EXPECT_EQ(shown(lowri), std::set<std::string>{mine.uuid});
    EXPECT_EQ(shown(llyr), std::set<std::string>{theirs.uuid});
    EXPECT_EQ(lowri.store().codingsOfDocument(jade.id).size(), 1u);
    // ...while both are there, and the copies agree.
    EXPECT_EQ(lowri.store().codings(CodingScope::All).size(), llyr.store().codings(CodingScope::All).size());
    EXPECT_EQ(projectDigest(lowri), projectDigest(llyr));
    // Revealing in one copy reveals in the other.
    llyr.store().setBlindCoding(false);
    syncProject(llyr, folder);
    syncProject(lowri, folder);
    EXPECT_FALSE(lowri.store().blindCoding());
    EXPECT_EQ(shown(lowri).size(), lowri.store().codings(CodingScope::All).size());
    EXPECT_TRUE(shown(lowri).count(theirs.uuid));
}

TEST(Sync, TwoProcessesSyncingThroughOneFolderAtTheSameTimeConverge) {
    test::TempDir dir;
    const std::string base = makeBaseProject(dir);
    for (const char* n : {"Lowri", "Llyr"}) fs::copy_file(base, dir.file(std::string(n) + ".edau"));
    fs::create_directory(dir.path() / "shared");
    const std::string folder = (dir.path() / "shared").string();
    // Each process opens its own copy after the fork and codes and syncs in a loop, so the
    // other's journal is often read while it is being written.
    auto work = [&](const std::string& name, int seed) {
        auto bench = Workbench::open(dir.file(name + ".edau"));
        bench->useCoder(name);
        std::mt19937 random(static_cast<unsigned>(seed));
        auto& s = bench->store();
        Document d = *s.documentByName("jade");
        for (int i = 0; i < 25; ++i) {
            std::int64_t start = std::uniform_int_distribution<std::int64_t>(0, d.characters - 10)(random);
            s.addCoding(d.id, start, start + 5, codeNamed(*bench, "Seibiant").id, bench->currentCoder()->id);
            syncProject(*bench, folder);
        }
    };
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        int status = 0;
        try {
            work("Llyr", 2);
        } catch (...) {
            status = 1;
        }
        std::_Exit(status);
    }
    work("Lowri", 1);
    int status = -1;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0);
    auto lowri = Workbench::open(dir.file("Lowri.edau"));
    auto llyr = Workbench::open(dir.file("Llyr.edau"));
    syncProject(*lowri, folder);
    syncProject(*llyr, folder);
    EXPECT_EQ(projectDigest(*lowri), projectDigest(*llyr));
    EXPECT_EQ(lowri->store().codings(CodingScope::All).size(), 1u + 50u);  // the lead's and both loops'
}

// --- the property: any number of researchers, random work, random sync orders, torn and
// duplicated journals; in the end everyone holds the same project and nothing coded is lost.

/// Each researcher's view of the shared folder (like a Dropbox folder on their laptop), and a
/// sync client that copies journals between the views a piece at a time.
class SimulatedSharedFolder {
public:
    SimulatedSharedFolder(const fs::path& root, std::size_t researchers) {
        for (std::size_t i = 0; i < researchers; ++i) {
            m_views.push_back(root / ("view-" + std::to_string(i)));
            fs::create_directories(m_views.back());
        }
    }
    std::string view(std::size_t i) const { return m_views[i].string(); }

    /// Copies each researcher's own journal into the others' views: whole, in part (cut
    /// anywhere, even inside a record), not at all, or as an extra duplicate.
    void propagate(std::mt19937& random, bool complete) {
        for (std::size_t from = 0; from < m_views.size(); ++from) {
            for (const auto& entry : fs::directory_iterator(m_views[from])) {
                const std::string name = entry.path().filename().string();
                if (m_owner.count(name) == 0) m_owner[name] = from;  // the first view it appears in
                if (m_owner[name] != from) continue;
                const std::string bytes = test::readFile(entry.path().string());
                for (std::size_t to = 0; to < m_views.size(); ++to) {
                    if (to == from) continue;
                    fs::path target = m_views[to] / name;
                    std::size_t have = fs::exists(target) ? fs::file_size(target) : 0;
                    std::size_t length = bytes.size();
                    if (!complete) {
                        int choice = std::uniform_int_distribution<int>(0, 9)(random);
                        if (choice < 3) continue;  // not yet
                        if (choice < 6 && bytes.size() > have)
                            length = std::uniform_int_distribution<std::size_t>(have, bytes.size())(random);
                        if (choice == 9)
                            test::writeFile((m_views[to] / (name.substr(0, name.size() - 13) + " (1).edau-journal")).string(),
                                            bytes.substr(0, length));
                    }
                    if (length >= have) test::writeFile(target.string(), bytes.substr(0, length));
                }
            }
        }
    }

private:
    std::vector<fs::path> m_views;
    std::map<std::string, std::size_t> m_owner;
};

/// One random change by a researcher, through the same store calls the front ends use.
void randomChange(Workbench& bench, std::mt19937& random, int step) {
    auto& s = bench.store();
    auto pick = [&](auto& list) -> auto& { return list[std::uniform_int_distribution<std::size_t>(0, list.size() - 1)(random)]; };
    static const std::vector<std::string> names = {"Seibiant", "Teulu", "Arian", "Unigrwydd", "Gwaith", "Iechyd", "Ysgol"};
    const RowId me = bench.currentCoder()->id;
    try {
        switch (std::uniform_int_distribution<int>(0, 11)(random)) {
            case 0: case 1: case 2: {  // code a passage
                auto docs = s.documents();
                auto codes = s.codes();
                if (codes.empty()) break;
                const Document& d = pick(docs);
                std::int64_t start = std::uniform_int_distribution<std::int64_t>(0, d.characters - 2)(random);
                std::int64_t end = std::uniform_int_distribution<std::int64_t>(start + 1, d.characters)(random);
                s.addCoding(d.id, start, end, pick(codes).id, me);
                break;
            }
            case 3: {  // remove one of my codings
                std::vector<Coding> mine;
                for (const auto& c : s.codings())
                    if (c.coderId == me) mine.push_back(c);
                if (!mine.empty()) s.removeCoding(pick(mine).id);
                break;
            }
            case 4: {  // a new code
                auto codes = s.codes();
                std::optional<RowId> parent;
                if (!codes.empty() && random() % 2) parent = pick(codes).id;
                s.addCode(pick(names) + (random() % 3 ? "" : std::to_string(step)), parent);
                break;
            }
            case 5: {  // rename a code
                auto codes = s.codes();
                if (codes.empty()) break;
                Code c = pick(codes);
                c.name = pick(names) + std::to_string(random() % 4);
                s.updateCode(c);
                break;
            }
            case 6: {  // remove a code (rarely a whole theme)
                auto codes = s.codes();
                if (codes.size() > 3 && random() % 3 == 0) s.removeCode(pick(codes).id);
                break;
            }
            case 7: case 8: {  // write a cell summary, citing a coding
                auto matrix = s.matrixByName("Fframwaith");
                if (!matrix || matrix->columnCodeIds.empty()) break;
                auto codings = s.codings();
                std::vector<std::string> cites;
                if (!codings.empty()) cites.push_back(pick(codings).uuid);
                s.setCellSummary(matrix->id, MatrixRowKey{MatrixRowKind::Case, pick(matrix->rowCaseIds)},
                                 pick(matrix->columnCodeIds), "Crynodeb " + std::to_string(step) + " gan " + bench.currentCoder()->name,
                                 cites);
                break;
            }
            case 9: {  // a memo, or an edit of one
                auto memos = s.memos();
                if (!memos.empty() && random() % 2) s.updateMemo(pick(memos).id, "Nodyn", "Newidiwyd " + std::to_string(step));
                else s.addMemo(MemoTarget::Project, s.projectUuid(), "Nodyn", "Syniad " + std::to_string(step));
                break;
            }
            case 10: {  // an attribute value
                auto cases = s.cases();
                s.setAttributeValue(pick(cases).id, s.attributeByName("ardal")->id, pick(names));
                break;
            }
            case 11:
                s.undo();
                break;
        }
    } catch (const Error&) {
        // A change the store refuses (a duplicate name, a code moved into itself): the user
        // would see the message and carry on.
    }
}

std::set<std::string> removedCodings(const std::vector<std::unique_ptr<Workbench>>& copies) {
    std::set<std::string> removed;
    for (const auto& c : copies)
        for (const auto& op : c->store().operations())
            if (op.kind == "coding.remove") removed.insert(op.entityUuid);
    return removed;
}

class SyncProperty : public ::testing::TestWithParam<unsigned> {};

TEST_P(SyncProperty, EveryoneConvergesAndNoCodingIsLost) {
    std::mt19937 random(GetParam());
    test::TempDir dir;
    const std::vector<std::string> names = {"Lowri", "Llyr", "Jade", "Dylan"};
    const std::size_t researchers = 3 + GetParam() % 2;
    Team team = makeTeam(dir, makeBaseProject(dir),
                         std::vector<std::string>(names.begin(), names.begin() + static_cast<long>(researchers)));
    SimulatedSharedFolder shared(dir.path() / "shared", researchers);
    for (int round = 0; round < 12; ++round) {
        for (std::size_t i = 0; i < researchers; ++i) {
            int changes = std::uniform_int_distribution<int>(0, 4)(random);
            for (int k = 0; k < changes; ++k) randomChange(*team.copies[i], random, round * 10 + k);
        }
        std::vector<std::size_t> order(researchers);
        for (std::size_t i = 0; i < researchers; ++i) order[i] = i;
        std::shuffle(order.begin(), order.end(), random);
        for (std::size_t i : order)
            if (random() % 4 != 0) syncProject(*team.copies[i], shared.view(i));
        shared.propagate(random, false);
    }
    // Codings that exist somewhere and that nobody removed must survive.
    std::set<std::string> alive;
    for (const auto& c : team.copies)
        for (const auto& coding : c->store().codings()) alive.insert(coding.uuid);
    // Everyone sends, the client finishes copying, everyone receives.
    for (std::size_t i = 0; i < researchers; ++i) syncProject(*team.copies[i], shared.view(i));
    shared.propagate(random, true);
    for (std::size_t i = 0; i < researchers; ++i) {
        SyncReport r = syncProject(*team.copies[i], shared.view(i));
        EXPECT_EQ(r.waiting, 0) << team.names[i];
        EXPECT_EQ(r.refused, 0) << team.names[i] << ": " << (r.refusals.empty() ? "" : r.refusals[0]);
    }
    const std::string digest = projectDigest(*team.copies[0]);
    for (std::size_t i = 1; i < researchers; ++i) {
        EXPECT_EQ(projectDigest(*team.copies[i]), digest) << team.names[i] << " differs from " << team.names[0];
        EXPECT_EQ(conflictIds(*team.copies[i]), conflictIds(*team.copies[0])) << team.names[i];
    }
    std::set<std::string> removed = removedCodings(team.copies);
    for (const auto& uuid : alive)
        if (!removed.count(uuid)) {
            EXPECT_TRUE(team.copies[0]->store().codingByUuid(uuid)) << "coding " << uuid << " was lost";
        }
    EXPECT_TRUE(team.copies[0]->check().empty());
}

INSTANTIATE_TEST_SUITE_P(Seeds, SyncProperty, ::testing::Range(1u, 13u));

}  // namespace
}  // namespace edau
