// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the Most Significant Change view's presenter: rounds, stories by domains, the
// panel's choice and reasons; and of the export choices' file names.
#include "presenters/msc_presenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/export_presenter.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

TEST(MscPresenter, TheSampleRoundShowsGwynChosenAndDonnaNotWithReasons) {
    const test::TempDir dir;
    const auto bench = Workbench::open(buildSampleProject(dir.path().string()), OpenOptions{.readOnly = true});
    const std::vector<MscRoundModel> rounds = readMscRounds(*bench);
    ASSERT_EQ(rounds.size(), 1u);
    const MscRoundModel& round = rounds.front();
    EXPECT_EQ(round.round.name, "Panel 1");
    EXPECT_EQ(round.round.panel, "Community heritage panel");
    EXPECT_EQ(round.round.heldOn, "2022-11-17");

    ASSERT_EQ(round.stories.size(), 2u);
    const MscStoryRow& gwyn = round.stories[0];  // the chosen story first
    EXPECT_EQ(gwyn.story, "msc-01-gwyn");
    EXPECT_TRUE(gwyn.chosen);
    EXPECT_EQ(gwyn.domain, "Change/Welsh language and identity");
    EXPECT_NE(gwyn.reason.find("treftadaeth leol"), std::string::npos);
    EXPECT_EQ(gwyn.documentIds.size(), 1u);
    const MscStoryRow& donna = round.stories[1];
    EXPECT_EQ(donna.story, "msc-02-donna");
    EXPECT_FALSE(donna.chosen);
    EXPECT_NE(donna.reason.find("next newsletter"), std::string::npos);

    // Every domain under Change, so the ones no story was filed under show as empty.
    std::vector<std::string> domains;
    for (const auto& d : round.domains) domains.push_back(d.path);
    EXPECT_EQ(domains, (std::vector<std::string>{"Change/Belonging", "Change/Confidence", "Change/Skills and learning",
                                                 "Change/Welsh language and identity"}));
    EXPECT_EQ(round.domains.back().name, "Welsh language and identity");
    EXPECT_EQ(round.columnOf(gwyn), std::optional<std::size_t>(3));
    EXPECT_EQ(round.columnOf(donna), std::optional<std::size_t>(2));
    EXPECT_EQ(round.chosenCount(), 1u);
    EXPECT_EQ(round.summary().str(), "Stories: 2 · Chosen: 1 (msc-01-gwyn)");
}

TEST(MscPresenter, StoriesWithoutADomainGetAColumnOfTheirOwn) {
    const test::TempDir dir;
    auto bench = Workbench::create(dir.file("p.edau"), "p");
    auto& s = bench->store();
    EXPECT_TRUE(readMscRounds(*bench).empty());
    const Case one = s.addCase("Story one");
    const Case two = s.addCase("Story two");
    const Code change = s.addCode("Change", std::nullopt);
    const Code hope = s.addCode("Hope", change.id);
    const MscRound round = s.addMscRound("Round A", "Staff", "2024-03-01");
    s.setMscSelection(round.id, one.id, hope.id, false, "Moving");
    s.setMscSelection(round.id, two.id, std::nullopt, false, "");
    const auto rounds = readMscRounds(*bench);
    ASSERT_EQ(rounds.size(), 1u);
    ASSERT_EQ(rounds[0].domains.size(), 2u);
    EXPECT_EQ(rounds[0].domains[0].path, "Change/Hope");
    EXPECT_FALSE(rounds[0].domains[1].codeId.has_value());
    EXPECT_EQ(rounds[0].columnOf(rounds[0].stories[1]), std::optional<std::size_t>(1));
    EXPECT_EQ(rounds[0].summary().str(), "Stories: 2 · Chosen: none yet");
}

TEST(ExportPresenter, FileNamesTakeTheFormatsExtension) {
    struct Row {
        std::string path;
        std::string format;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {"/tmp/Support.docx", "csv", "/tmp/Support.csv"},
        {"/tmp/Support.DOCX", "md", "/tmp/Support.md"},
        {"/tmp/Support", "xlsx", "/tmp/Support.xlsx"},
        {"/tmp/notes.v2", "html", "/tmp/notes.v2.html"},
        {"/tmp/page.htm", "docx", "/tmp/page.docx"},
        {"/tmp/.hidden", "csv", "/tmp/.hidden.csv"},
        {"/tmp/dir.d/file", "md", "/tmp/dir.d/file.md"},
        {"", "csv", ""},
    };
    for (const Row& row : rows) EXPECT_EQ(withExportExtension(row.path, row.format), row.expected) << row.path;

    EXPECT_EQ(suggestedExportFileName("Support/Respite", "Codebook", "docx"), "Support - Respite.docx");
    EXPECT_EQ(suggestedExportFileName("", "Llyfr codau", "xlsx"), "Llyfr codau.xlsx");
    EXPECT_EQ(suggestedExportFileName("a:b?", "x", "csv"), "a_b_.csv");
    EXPECT_EQ(suggestedExportFileName("..", "x", "csv"), "export.csv");
    EXPECT_EQ(exportFormats().front(), "docx");
    EXPECT_EQ(defaultExportFormat(ExportKind::Codebook), "xlsx");
    EXPECT_EQ(defaultExportFormat(ExportKind::Matrix), "docx");
}

}  // namespace
}  // namespace edau::gui
