// SPDX-License-Identifier: GPL-3.0-or-later
// The real framework matrix editor, driven as a user would drive it, on a virtual display
// (xvfb-run): write a summary citing a passage, see it stored, undo it, walk the evidence
// check, export the matrix to Word; and a 1,000 × 50 matrix whose grid asks only for what
// is on screen.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/init.h>
#include <wx/sizer.h>
#include <wx/stc/stc.h>
#include <wx/wfstream.h>
#include <wx/zipstrm.h>

#include "edau/app/framework_service.h"
#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "views/matrix_editor.h"
#include "views/new_matrix_dialog.h"
#include "wx_bridge/wx_strings.h"
#include "temp_dir.h"
#include "wx_views_test_support.h"

namespace edau::gui {
namespace {

using views_test::pumpFor;
using views_test::pumpUntil;
using views_test::saveShot;

/// The text of one entry of a zip file, or none when the file is not a zip or lacks it.
std::optional<std::string> zipEntry(const std::string& zipPath, const std::string& entryName) {
    wxFFileInputStream file(toWx(zipPath));
    if (!file.IsOk()) return std::nullopt;
    wxZipInputStream zip(file);
    if (!zip.IsOk()) return std::nullopt;
    while (std::unique_ptr<wxZipEntry> entry{zip.GetNextEntry()}) {
        if (entry->GetName(wxPATH_UNIX) != toWx(entryName)) continue;
        std::string content;
        char buffer[4096];
        while (zip.Read(buffer, sizeof buffer).LastRead() > 0) content.append(buffer, zip.LastRead());
        return content;
    }
    return std::nullopt;
}

struct Opened {
    RowId document = 0;
    std::int64_t start = 0;
    std::int64_t end = 0;
};

class MatrixViewsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_frame = new wxFrame(nullptr, wxID_ANY, "test", wxDefaultPosition, wxSize(1200, 800));
        m_frame->SetSizer(new wxBoxSizer(wxVERTICAL));
        m_frame->Show();
    }
    void TearDown() override {
        m_frame->Destroy();
        pumpUntil([] { return true; });
    }

    MatrixEditor* openEditor(Workbench& bench, const std::string& matrix) {
        MatrixEditor::Actions actions;
        actions.showPassage = [this](RowId document, std::int64_t start, std::int64_t end) {
            m_opened = Opened{document, start, end};
        };
        actions.projectChanged = [this] { ++m_changes; };
        actions.ensureCoder = [] { return true; };
        actions.reportProblem = [this](const wxString& headline, const wxString& detail) {
            m_problems.push_back(toUtf8(headline + " " + detail));
        };
        auto* editor = new MatrixEditor(m_frame, bench, matrix, std::move(actions));
        m_frame->GetSizer()->Add(editor, wxSizerFlags(1).Expand());
        m_frame->Layout();
        pumpFor(std::chrono::milliseconds(200));
        return editor;
    }

    test::TempDir m_dir;
    wxFrame* m_frame = nullptr;
    std::optional<Opened> m_opened;
    int m_changes = 0;
    std::vector<std::string> m_problems;
};

TEST_F(MatrixViewsTest, WritesASummaryCitingAPassageUndoesItAndExportsTheMatrix) {
    auto bench = Workbench::open(buildSampleProject(m_dir.file("sample")));
    MatrixEditor* editor = openEditor(*bench, "Support");
    // It opens at the first cell with passages behind it, its summary's citations as marks.
    ASSERT_EQ(editor->selectedCell(), (MatrixCellIndex{0, 0}));
    EXPECT_NE(toUtf8(editor->summaryEditor()->GetText()).find("[1] [2]"), std::string::npos);
    saveShot(*m_frame, "matrix-opened");

    // A cell with passages and no summary yet.
    const auto cell = editor->model().find("carer-02-llyr", "Support/Formal services");
    ASSERT_TRUE(cell);
    ASSERT_TRUE(editor->selectCell(*cell));
    ASSERT_FALSE(editor->passages().empty());
    EXPECT_TRUE(editor->summaryEditor()->GetText().empty());
    EXPECT_TRUE(editor->canStartFromCodedText());

    // Write, put the caret before the full stop, and cite the first passage there.
    wxStyledTextCtrl* summary = editor->summaryEditor();
    summary->SetFocus();
    summary->AddText(toWx("Ychydig o help gan y ffisiotherapydd."));
    summary->GotoPos(summary->GetLength() - 1);
    ASSERT_TRUE(editor->selectPassage(0));
    ASSERT_TRUE(editor->citeSelectedPassage());
    EXPECT_EQ(toUtf8(summary->GetText()), "Ychydig o help gan y ffisiotherapydd [1].");
    EXPECT_TRUE(editor->hasUnsavedSummary());
    const std::string cited = editor->passages()[0].coding.uuid;
    // The mark, and only the mark, is drawn as a link.
    const int mark = summary->GetText().Find("[1]");
    for (int at = 0; at < summary->GetLength(); ++at) {
        const bool onMark = at >= mark && at < mark + 3;
        EXPECT_EQ(summary->IndicatorAllOnFor(at) != 0, onMark) << "at " << at;
    }
    saveShot(*m_frame, "matrix-cited");

    // The mark opens its passage.
    ASSERT_TRUE(editor->openCitationAt(static_cast<std::size_t>(summary->GetText().Find("[1]"))));
    ASSERT_TRUE(m_opened);
    EXPECT_EQ(m_opened->document, editor->passages()[0].coding.documentId);
    EXPECT_EQ(m_opened->start, editor->passages()[0].coding.start);
    EXPECT_EQ(m_opened->end, editor->passages()[0].coding.end);

    // Saved: the app layer holds the summary without its mark, and the citation.
    ASSERT_TRUE(editor->saveSummary());
    EXPECT_FALSE(editor->hasUnsavedSummary());
    ASSERT_TRUE(pumpUntil([&] { return m_changes > 0; }, std::chrono::seconds(5)));
    const MatrixView stored = viewMatrix(*bench, "Support", false);
    const CellView& written = stored.at(cell->row, cell->column);
    ASSERT_TRUE(written.cell);
    EXPECT_EQ(written.cell->summary, "Ychydig o help gan y ffisiotherapydd.");
    EXPECT_EQ(written.cell->citedCodingUuids, std::vector<std::string>{cited});
    EXPECT_EQ(editor->model().state(*cell), MatrixCellState::Written);

    // Undo (as Edit > Undo does: the project's undo, then the frame asks the editor to reload).
    ASSERT_EQ(bench->store().undoableAction(), "matrix.cell-summary");
    bench->store().undo();
    editor->reload();
    EXPECT_EQ(editor->selectedCell(), cell);
    EXPECT_TRUE(summary->GetText().empty());
    EXPECT_EQ(editor->model().state(*cell), MatrixCellState::Waiting);
    const MatrixView undone = viewMatrix(*bench, "Support", false);
    EXPECT_FALSE(undone.at(cell->row, cell->column).cell && !undone.at(cell->row, cell->column).cell->summary.empty());

    // Export to Word: a zip holding word/document.xml with the matrix's summaries.
    const std::string docx = m_dir.file("Support.docx");
    const auto report = editor->exportTo(toWx(docx));
    ASSERT_TRUE(report);
    std::ifstream file(docx, std::ios::binary);
    ASSERT_TRUE(file.good());
    char signature[4] = {};
    file.read(signature, 4);
    EXPECT_EQ(std::string(signature, 4), std::string("PK\x03\x04", 4));
    const auto document = zipEntry(docx, "word/document.xml");
    ASSERT_TRUE(document) << "no word/document.xml in " << docx;
    EXPECT_NE(document->find("Cyn y cyfnod clo"), std::string::npos);
    EXPECT_TRUE(zipEntry(docx, "word/endnotes.xml"));  // the quotations the summaries cite
    EXPECT_TRUE(m_problems.empty()) << m_problems.front();
}

TEST_F(MatrixViewsTest, StartsFromCodedTextAndWalksTheEvidenceCheck) {
    auto bench = Workbench::open(buildSampleProject(m_dir.file("sample")));
    MatrixEditor* editor = openEditor(*bench, "Support");
    const auto cell = editor->model().find("carer-03-jade", "Support/Respite");
    ASSERT_TRUE(cell);
    ASSERT_TRUE(editor->selectCell(*cell));
    ASSERT_TRUE(editor->startFromCodedText());
    EXPECT_EQ(editor->draft().marks().size(), editor->passages().size());
    ASSERT_TRUE(editor->saveSummary());
    const MatrixView stored = viewMatrix(*bench, "Support", false);
    ASSERT_TRUE(stored.at(cell->row, cell->column).cell);
    EXPECT_EQ(stored.at(cell->row, cell->column).cell->citedCodingUuids.size(), editor->passages().size());

    // The sample has a summary citing nothing; the check lists it and goes to its cell.
    editor->checkEvidence();
    ASSERT_FALSE(editor->evidence().empty());
    ASSERT_TRUE(editor->nextProblem());
    const auto& first = editor->evidence().items().front();
    EXPECT_EQ(editor->selectedCell(), first.cell);
    EXPECT_EQ(first.problem.kind, "no-citation");
    EXPECT_FALSE(editor->summaryEditor()->GetText().empty());
    saveShot(*m_frame, "matrix-evidence");
    // Citing a passage there and saving clears the problem from the list.
    const std::size_t before = editor->evidence().items().size();
    if (!editor->passages().empty()) {
        editor->summaryEditor()->DocumentEnd();
        ASSERT_TRUE(editor->selectPassage(0));
        ASSERT_TRUE(editor->citeSelectedPassage());
        ASSERT_TRUE(editor->saveSummary());
        EXPECT_EQ(editor->evidence().items().size(), before - 1);
    }
    EXPECT_TRUE(m_problems.empty()) << m_problems.front();
}

TEST_F(MatrixViewsTest, TheNewMatrixDialogAsksForAFreeNameAndATheme) {
    auto bench = Workbench::open(buildSampleProject(m_dir.file("sample")));
    auto* dialog = new NewMatrixDialog(m_frame, readNewMatrixChoices(*bench));
    dialog->Show();
    wxWindow* create = dialog->FindWindow(wxID_OK);
    ASSERT_NE(create, nullptr);
    // It starts at the first theme with a name of its own.
    EXPECT_EQ(dialog->spec().themePath, "Change");
    EXPECT_EQ(dialog->spec().name, "Change");
    EXPECT_TRUE(create->IsEnabled());
    dialog->choose("Support", "Support");  // taken
    EXPECT_FALSE(create->IsEnabled());
    dialog->choose("Llesiant", "Wellbeing");
    EXPECT_TRUE(create->IsEnabled());
    const MatrixSpec spec = dialog->spec();
    EXPECT_EQ(spec.name, "Llesiant");
    EXPECT_EQ(spec.themePath, "Wellbeing");
    EXPECT_EQ(spec.rowKind, MatrixRowKind::Case);
    EXPECT_TRUE(spec.where.empty());
    saveShot(*dialog, "matrix-new-dialog");
    createMatrix(*bench, spec);
    dialog->Destroy();
    EXPECT_EQ(viewMatrix(*bench, "Llesiant", false).rowNames.size(), 7u);
}

TEST_F(MatrixViewsTest, AThousandRowsByFiftyCodesAsksOnlyForTheCellsOnScreen) {
    auto bench = Workbench::create(m_dir.file("big.edau"), "big");
    ProjectStore& store = bench->store();
    store.setBulkWrites(true);
    store.write([&] {
        bench->useCoder("Lowri");
        const RowId theme = store.addCode("Theme", std::nullopt).id;
        std::vector<RowId> codes;
        for (int c = 0; c < 50; ++c) codes.push_back(store.addCode("code " + std::to_string(c), theme).id);
        const Document d = store.addDocument({"doc", "d.txt", "txt", "utf-8", std::string(2000, 'a'), "en"});
        for (int i = 0; i < 1000; ++i) {
            const Case k = store.addCase("case " + std::to_string(1000 + i));
            if (i == 999) store.setDocumentCase(d.id, k.id);
        }
        for (int c = 0; c < 50; ++c) store.addCoding(d.id, c * 10, c * 10 + 5, codes[static_cast<std::size_t>(c)], bench->currentCoder()->id);
    });
    store.setBulkWrites(false);
    MatrixSpec spec;
    spec.name = "Big";
    spec.themePath = "Theme";
    createMatrix(*bench, spec);

    const auto started = std::chrono::steady_clock::now();
    MatrixEditor* editor = openEditor(*bench, "Big");
    const auto opened = std::chrono::steady_clock::now() - started;
    ASSERT_EQ(editor->model().rowCount(), 1000u);
    ASSERT_EQ(editor->model().columnCount(), 50u);
    // It opened at the last row, the one with passages: scrolled there, painted.
    ASSERT_EQ(editor->selectedCell(), (MatrixCellIndex{999, 0}));
    pumpFor(std::chrono::milliseconds(300));
    const std::size_t afterOpening = editor->cellsAsked();
    // Scroll across to the far corner and back to the top: only the cells passed on screen.
    ASSERT_TRUE(editor->selectCell({999, 49}));
    pumpFor(std::chrono::milliseconds(200));
    ASSERT_TRUE(editor->selectCell({0, 0}));
    pumpFor(std::chrono::milliseconds(200));
    const std::size_t asked = editor->cellsAsked();
    std::printf("1,000 × 50: editor opened in %lld ms; cells asked: %zu on opening, %zu after scrolling twice\n",
                static_cast<long long>(std::chrono::duration_cast<std::chrono::milliseconds>(opened).count()),
                afterOpening, asked);
    EXPECT_GT(afterOpening, 0u);
    EXPECT_LT(asked, 2500u);  // of 50,000: a few screens' worth
    saveShot(*m_frame, "matrix-big");
}

}  // namespace
}  // namespace edau::gui
