// SPDX-License-Identifier: GPL-3.0-or-later
// The real agreement view, Most Significant Change view, coding counts and export dialog on a
// virtual display (xvfb-run), against the sample project, checked through their accessors.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>
#include <string>

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/init.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "views/agreement_differences_panel.h"
#include "views/agreement_view.h"
#include "views/coding_counts_view.h"
#include "views/export_dialog.h"
#include "views/msc_view.h"
#include "widgets/heat_map_grid.h"
#include "wx_bridge/wx_strings.h"
#include "temp_dir.h"
#include "wx_views_test_support.h"

namespace edau::gui {
namespace {

using views_test::pumpFor;
using views_test::pumpUntil;
using views_test::saveShot;

bool contains(const wxString& text, const std::string& part) {
    return toUtf8(text).find(part) != std::string::npos;
}

class QueryViewsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1200, 800));
        m_frame->SetSizer(new wxBoxSizer(wxVERTICAL));
        m_frame->Show();
        m_bench = Workbench::open(buildSampleProject(m_dir.file("sample")));
    }
    void TearDown() override {
        m_frame->Destroy();
        pumpUntil([] { return true; });
    }
    void fill(wxWindow* view) {
        m_frame->GetSizer()->Add(view, wxSizerFlags(1).Expand());
        m_frame->Layout();
        pumpUntil([] { return true; });
    }
    test::TempDir m_dir;
    std::unique_ptr<Workbench> m_bench;
    wxFrame* m_frame = nullptr;
};

TEST_F(QueryViewsTest, AgreementComparesLowriAndBenAndShowsWhereTheyDiffer) {
    struct Opened {
        RowId document = 0;
        std::int64_t start = 0, end = 0;
    };
    std::optional<Opened> opened;
    auto* view = new AgreementView(m_frame, [&](RowId document, std::int64_t start, std::int64_t end) {
        opened = Opened{document, start, end};
    });
    fill(view);
    view->setWorkbench(m_bench.get());

    EXPECT_TRUE(view->notice().empty()) << toUtf8(view->notice());
    EXPECT_EQ(view->model().settings().firstCoder, "Lowri");
    EXPECT_EQ(view->model().settings().secondCoder, "Ben");
    EXPECT_EQ(view->model().sourcesCompared(), 3u);
    // A row per code and the pooled row; the figures as the presenter shows them.
    ASSERT_EQ(view->tableRows(), static_cast<int>(view->model().rows().size()) + 1);
    EXPECT_TRUE(contains(view->columnHeading(1), "sentences"));
    for (int row = 0; row + 1 < view->tableRows(); ++row) {
        const AgreementRow& r = view->model().rows()[static_cast<std::size_t>(row)];
        EXPECT_EQ(toUtf8(view->tableCell(row, 0)), r.codePath);
        EXPECT_EQ(toUtf8(view->tableCell(row, 2)), r.agreementText.shown);
        EXPECT_EQ(toUtf8(view->tableCell(row, 3)), r.kappaText.shown);
    }
    EXPECT_EQ(toUtf8(view->tableCell(view->tableRows() - 1, 0)), "All codes (pooled)");

    // The first code they differ on is chosen: its figures explained, its places listed, the
    // first place shown side by side.
    const wxString explanation = view->explanation();
    EXPECT_TRUE(contains(explanation, "are not counted as agreement")) << toUtf8(explanation);
    EXPECT_TRUE(contains(explanation, "(Landis & Koch)") || contains(explanation, "Kappa is not defined"));
    AgreementDifferencesPanel* differences = view->differencesPanel();
    ASSERT_NE(differences, nullptr);
    ASSERT_FALSE(differences->rows().empty());
    EXPECT_TRUE(contains(differences->sideCaption(true), "A · Lowri"));
    EXPECT_TRUE(contains(differences->sideCaption(false), "B · Ben"));
    EXPECT_FALSE(differences->sideText(true).empty());
    EXPECT_EQ(differences->sideText(true), differences->sideText(false));  // one passage, marked twice
    saveShot(*m_frame, "agreement");

    // Change/Belonging: Ben coded Gwyn's pride in the estate as Confidence instead.
    int belonging = -1;
    for (int row = 0; row < view->tableRows(); ++row)
        if (view->tableCell(row, 0) == "Change/Belonging") belonging = row;
    ASSERT_GE(belonging, 0);
    view->selectRow(belonging);
    bool confidence = false;
    for (std::size_t i = 0; i < differences->rows().size(); ++i) {
        differences->selectRow(i);
        if (contains(differences->sideCaption(false), "but as Change/Confidence")) confidence = true;
    }
    EXPECT_TRUE(confidence);
    EXPECT_TRUE(contains(view->explanation(), "Change/Belonging"));

    // Characters as the unit: alpha is not given, and the view says why.
    AgreementSettings settings = view->model().settings();
    settings.unit = "character";
    view->setSettings(settings);
    EXPECT_EQ(view->tableCell(0, 4), wxString("–"));
    EXPECT_TRUE(contains(view->explanation(), "choose sentences or speaker turns"));
    EXPECT_FALSE(opened.has_value());
}

TEST_F(QueryViewsTest, AgreementExplainsThatItNeedsTwoCoders) {
    auto bench = Workbench::create(m_dir.file("one.edau"), "one");
    auto* view = new AgreementView(m_frame, nullptr);
    fill(view);
    view->setWorkbench(bench.get());
    EXPECT_TRUE(contains(view->notice(), "Agreement compares two coders")) << toUtf8(view->notice());
    EXPECT_EQ(view->tableRows(), 0);
}

TEST_F(QueryViewsTest, MscRoundShowsTheChosenStoryByDomainWithTheReasons) {
    std::optional<RowId> opened;
    auto* view = new MscView(m_frame, [&](RowId document) { opened = document; });
    fill(view);
    view->setWorkbench(m_bench.get());
    ASSERT_EQ(view->shownRound(), 0);
    EXPECT_TRUE(contains(view->heading(), "Panel 1"));
    EXPECT_TRUE(contains(view->heading(), "Community heritage panel"));
    EXPECT_TRUE(contains(view->heading(), "Chosen: 1 (msc-01-gwyn)"));
    // Story, four domains of change; two rows a story (the story, then the panel's reason).
    ASSERT_EQ(view->tableColumns(), 5);
    ASSERT_EQ(view->tableRows(), 4);
    EXPECT_EQ(view->columnHeading(0), wxString("Story"));
    EXPECT_TRUE(contains(view->columnHeading(4), "Welsh"));
    EXPECT_EQ(view->tableCell(0, 0), wxString::FromUTF8("★ msc-01-gwyn"));
    EXPECT_EQ(view->tableCell(0, 4), wxString::FromUTF8("★ Chosen"));
    EXPECT_TRUE(contains(view->tableCell(1, 0), "treftadaeth leol"));
    EXPECT_EQ(view->tableCell(2, 0), wxString("msc-02-donna"));
    EXPECT_EQ(view->tableCell(2, 3), wxString("Not chosen"));
    EXPECT_TRUE(contains(view->tableCell(3, 0), "next newsletter"));
    saveShot(*m_frame, "msc");
}

TEST_F(QueryViewsTest, CodingCountsByCoderAddUpToEveryCodedPassage) {
    auto* view = new CodingCountsView(m_frame);
    fill(view);
    view->setWorkbench(m_bench.get());
    view->choose("coders", CountMeasure::Codings, "");
    const HeatTable& table = view->grid().table();
    ASSERT_EQ(table.rows.size(), 2u);
    long long total = 0;
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < static_cast<int>(table.columns.size()); ++c) {
            long long n = 0;
            ASSERT_TRUE(view->grid().cellText(r, c).ToLongLong(&n));
            total += n;
        }
    EXPECT_EQ(total, 50);
    // The largest count is the most strongly shaded.
    std::size_t bestRow = 0, bestColumn = 0;
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            if (table.value(r, c) > table.value(bestRow, bestColumn)) bestRow = r, bestColumn = c;
    const wxColour strongest = view->grid().cellColour(static_cast<int>(bestRow), static_cast<int>(bestColumn));
    const wxColour window = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    EXPECT_NE(strongest, window);
    saveShot(*m_frame, "counts");
}

TEST_F(QueryViewsTest, ExportTheCodebookToCsvThroughTheDialog) {
    ExportDialog dialog(m_frame, *m_bench, ExportKind::Codebook, "en", /*unattended=*/true);
    EXPECT_TRUE(dialog.items().empty());
    EXPECT_EQ(dialog.format(), "xlsx");  // a spreadsheet first for the codebook
    dialog.setPath(toWx(m_dir.file("codes.xlsx")));
    dialog.setFormat("csv");
    EXPECT_TRUE(contains(dialog.path(), "codes.csv"));  // the extension follows the format
    dialog.setOpenAfterExport(false);
    if (std::getenv("EDAU_VIEWS_TEST_SHOTS") != nullptr) {
        dialog.Show();
        saveShot(dialog, "export-dialog");
        dialog.Hide();
    }
    ASSERT_TRUE(dialog.exportNow(false)) << toUtf8(dialog.lastProblem());

    std::ifstream file(m_dir.file("codes.csv"), std::ios::binary);
    ASSERT_TRUE(file.good());
    std::stringstream content;
    content << file.rdbuf();
    const std::string csv = content.str();
    EXPECT_NE(csv.find("Code"), std::string::npos);
    EXPECT_NE(csv.find("Description"), std::string::npos);
    EXPECT_NE(csv.find("Respite"), std::string::npos);
    EXPECT_NE(csv.find("Welsh language and identity"), std::string::npos);

    // A folder that is not there: refused, and said so.
    dialog.setPath(toWx(m_dir.file("no-such-folder/codes.csv")));
    EXPECT_FALSE(dialog.exportNow(false));
    EXPECT_TRUE(contains(dialog.lastProblem(), "Could not export the codebook."));
}

TEST_F(QueryViewsTest, ExportTheDialogsChoicesOfMatrixAndCode) {
    ExportDialog matrices(m_frame, *m_bench, ExportKind::Matrix, "en", true);
    ASSERT_FALSE(matrices.items().empty());
    matrices.setItem("Support");
    matrices.setFormat("md");
    EXPECT_TRUE(contains(matrices.path(), "Support.md"));
    ASSERT_TRUE(matrices.exportNow(false)) << toUtf8(matrices.lastProblem());
    std::ifstream file(m_dir.file("sample") + "/Support.md");
    EXPECT_TRUE(file.good());

    ExportDialog passages(m_frame, *m_bench, ExportKind::CodedPassages, "en", true);
    passages.setItem("Support/Respite");
    EXPECT_EQ(passages.item(), "Support/Respite");
    passages.setPath(toWx(m_dir.file("respite.html")));
    passages.setFormat("html");
    ASSERT_TRUE(passages.exportNow(false)) << toUtf8(passages.lastProblem());
    std::ifstream html(m_dir.file("respite.html"));
    std::stringstream text;
    text << html.rdbuf();
    EXPECT_NE(text.str().find("seibiant"), std::string::npos);
}

}  // namespace
}  // namespace edau::gui
