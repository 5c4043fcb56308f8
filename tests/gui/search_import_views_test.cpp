// SPDX-License-Identifier: GPL-3.0-or-later
// The real search panel and import dialog, driven as a user would drive them, on a virtual
// display (xvfb-run): search the sample project and open a hit; import a transcript with its preview.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <wx/app.h>
#include <wx/dataview.h>
#include <wx/frame.h>
#include <wx/init.h>
#include <wx/sizer.h>
#include <wx/textctrl.h>

#include "edau/app/paths.h"
#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "views/cases_sheet.h"
#include "views/import_dialog.h"
#include "views/search_panel.h"
#include "wx_bridge/wx_strings.h"
#include "temp_dir.h"
#include "wx_views_test_support.h"

namespace edau::gui {
namespace {

using views_test::pumpFor;
using views_test::pumpUntil;
using views_test::saveShot;

/// The code points [start, end) of UTF-8 `text`.
std::string codePointRange(const std::string& text, std::int64_t start, std::int64_t end) {
    std::size_t from = std::string::npos, to = text.size();
    std::int64_t index = 0;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (index == start) from = i;
        if (index == end) {
            to = i;
            break;
        }
        ++index;
    }
    return from == std::string::npos ? std::string() : text.substr(from, to - from);
}

struct Passage {
    RowId document = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

class ViewsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1100, 700));
        m_frame->Show();
    }
    void TearDown() override {
        m_frame->Destroy();
        pumpUntil([] { return true; });
    }
    test::TempDir m_dir;
    wxFrame* m_frame = nullptr;
};

TEST_F(ViewsTest, SearchTheSampleProjectAndOpenAHit) {
    auto bench = Workbench::open(buildSampleProject(m_dir.file("sample")));
    std::optional<Passage> opened;
    int changes = 0;
    auto* panel = new SearchPanel(
        m_frame, [&](RowId document, std::int64_t start, std::int64_t end) { opened = Passage{document, start, end}; },
        [&] { ++changes; });
    m_frame->SetSizer(new wxBoxSizer(wxVERTICAL));
    m_frame->GetSizer()->Add(panel, wxSizerFlags(1).Expand());
    m_frame->Layout();

    panel->setWorkbench(bench.get());
    panel->searchFor("Caerdydd");
    // The window stays responsive meanwhile: the index is built and the search runs on the worker.
    ASSERT_TRUE(pumpUntil([&] { return !panel->busy() && panel->presenter().hasResult(); }));
    ASSERT_GT(panel->hitRows(), 0u);
    const auto& forms = panel->presenter().forms().choices();
    const bool hasMutated = std::any_of(forms.begin(), forms.end(), [](const auto& f) { return f.form == "nghaerdydd"; });
    EXPECT_TRUE(hasMutated) << "Caerdydd finds the nasal mutation Nghaerdydd";

    // Double-click (activate) the first hit in the real list control.
    auto* list = dynamic_cast<wxDataViewCtrl*>(wxWindow::FindWindowByName("Search results", panel));
    ASSERT_NE(list, nullptr);
    const wxDataViewItem first = list->GetCurrentItem().IsOk() ? list->GetCurrentItem() : list->GetSelection();
    ASSERT_TRUE(first.IsOk());
    wxDataViewEvent activate(wxEVT_DATAVIEW_ITEM_ACTIVATED, list, first);
    list->ProcessWindowEvent(activate);
    ASSERT_TRUE(opened);
    const KwicRow& row = panel->presenter().rows().front();
    EXPECT_EQ(opened->document, row.documentId);
    EXPECT_EQ(opened->start, row.start);
    EXPECT_EQ(opened->end, row.end);
    // The range opened is exactly the text the list highlights.
    EXPECT_EQ(codePointRange(bench->store().documentText(opened->document), opened->start, opened->end), row.matched);

    // Untick the mutated form: the search runs again without it.
    const std::size_t before = panel->presenter().totalHits();
    panel->setFormIncluded("nghaerdydd", false);
    ASSERT_TRUE(pumpUntil([&] { return !panel->busy(); }));
    EXPECT_LT(panel->presenter().totalHits(), before);
    for (const auto& r : panel->presenter().rows()) EXPECT_NE(r.matched, "Nghaerdydd");
    EXPECT_EQ(changes, 0);
    saveShot(*m_frame, "search-form-unticked");

    // Code all hits (as the dialog does once answered): one undoable step, then the frame is told.
    const std::size_t codingsBefore = bench->store().codings().size();
    panel->codeAllHitsWith("Support/Respite", AutocodeUnit::Sentence);
    ASSERT_TRUE(pumpUntil([&] { return changes == 1; }));
    // The excluded form stays excluded: at most one coding per hit still listed.
    EXPECT_GT(bench->store().codings().size(), codingsBefore);
    EXPECT_LE(bench->store().codings().size(), codingsBefore + panel->presenter().totalHits());
    ASSERT_TRUE(bench->store().undo());
    EXPECT_EQ(bench->store().codings().size(), codingsBefore);
    panel->setWorkbench(nullptr);
}

TEST_F(ViewsTest, ImportATranscriptThroughTheDialogWithItsPreview) {
    auto bench = Workbench::create(m_dir.file("new.edau"), "new");
    int changes = 0;
    auto* dialog = new ImportDialog(m_frame, *bench, [&] { ++changes; });
    dialog->Show();
    const std::string transcript = dataDirectory() + "/sample/transcripts/carer-01-sian.txt";
    dialog->addPaths({transcript});
    ASSERT_EQ(dialog->choices().files.size(), 1u);
    ASSERT_FALSE(dialog->preview().problem);
    EXPECT_EQ(dialog->preview().encoding, "utf-8");
    EXPECT_GT(dialog->preview().turns.size(), 4u);
    EXPECT_EQ(dialog->preview().speakers.front().speaker, "Cyfwelydd");

    auto* text = dynamic_cast<wxTextCtrl*>(wxWindow::FindWindowByName("Preview", dialog));
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(toUtf8(text->GetValue()), dialog->preview().text);

    // Another encoding: the preview is read again (UTF-8 read as Latin-1 shows mojibake).
    dialog->setEncoding("iso-8859-1");
    EXPECT_EQ(dialog->preview().encoding, "iso-8859-1");
    EXPECT_NE(toUtf8(text->GetValue()).find("Ã"), std::string::npos);
    dialog->setEncoding("auto");
    EXPECT_EQ(dialog->preview().encoding, "utf-8");
    // A turn pattern that only knows the interviewer.
    dialog->setTurnPattern("^(Cyfwelydd):");
    EXPECT_EQ(dialog->preview().speakers.size(), 1u);
    dialog->setTurnPattern("");

    bool finished = false;
    dialog->onFinished([&] { finished = true; });
    ASSERT_TRUE(dialog->startImport());
    ASSERT_TRUE(pumpUntil([&] { return finished; }));
    ASSERT_EQ(dialog->report().imported.size(), 1u);
    EXPECT_TRUE(dialog->report().failed.empty());
    EXPECT_EQ(dialog->report().imported[0].caseName, "carer-01-sian");
    EXPECT_EQ(bench->documents().size(), 1u);
    EXPECT_GT(bench->store().turns(bench->documents()[0].id).size(), 4u);
    EXPECT_EQ(changes, 1);
    saveShot(*dialog, "import-report");
    dialog->Destroy();
}

TEST_F(ViewsTest, CasesSheetSortsAndWritesValues) {
    auto bench = Workbench::open(buildSampleProject(m_dir.file("sample")));
    int changes = 0;
    auto* sheet = new CasesSheet(m_frame, [&] { ++changes; });
    sheet->SetSize(m_frame->GetClientSize());
    sheet->setWorkbench(bench.get());
    const auto& columns = sheet->model().columns();
    std::size_t authority = 0;
    for (std::size_t c = 1; c < columns.size(); ++c)
        if (columns[c].name == "local_authority") authority = c;
    ASSERT_GT(authority, 0u);
    sheet->sortBy(authority, true);
    EXPECT_EQ(sheet->model().rows().front().values[authority], "Caerdydd");

    ASSERT_TRUE(sheet->setCell(0, authority, "Abertawe"));
    ASSERT_TRUE(pumpUntil([&] { return changes == 1; }, std::chrono::seconds(5)));
    const RowId caseId = sheet->model().rows().front().caseId;
    bool written = false;
    for (const auto& v : bench->store().attributeValues(caseId))
        if (v.value == "Abertawe") written = true;
    EXPECT_TRUE(written);
    sheet->reload();
    EXPECT_EQ(sheet->model().sortColumn(), authority);  // the order chosen survives a reload
    EXPECT_EQ(sheet->model().rows().front().values[authority], "Abertawe");
}

}  // namespace
}  // namespace edau::gui
