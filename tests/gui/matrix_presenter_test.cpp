// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the framework matrix editor's presenter: the grid of the sample's matrix, the
// passages behind a cell, citation marks in a summary, the evidence walk, the new-matrix choices.
#include "presenters/matrix_presenter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "edau/app/framework_service.h"
#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

// --- citation marks, as data

TEST(MatrixPresenter, FindsCitationMarks) {
    struct Case {
        const char* text;
        std::vector<int> numbers;
    };
    const Case cases[] = {
        {"", {}},
        {"[1]", {1}},
        {"Roedd seibiant yn bwysig [1] [2].", {1, 2}},
        {"a[12]b", {12}},
        {"[0] [01] [] [x] [1", {}},  // not numbers from 1
        {"Yng Nghaerdydd [3]\nail linell [4]", {3, 4}},
        {"[1234567]", {}},  // too long to be a mark
        {"“dyfyniad” [1]", {1}},
    };
    for (const Case& c : cases) {
        std::vector<int> found;
        for (const CitationMark& m : findCitationMarks(c.text)) found.push_back(m.number);
        EXPECT_EQ(found, c.numbers) << c.text;
    }
    const auto marks = findCitationMarks("ŵ [2]");
    ASSERT_EQ(marks.size(), 1u);
    EXPECT_EQ(marks[0].start, 3u);  // ŵ is two bytes, then a space
    EXPECT_EQ(marks[0].end, 6u);
}

TEST(MatrixPresenter, StoredSummariesComeBackWithTheirMarksAfterTheText) {
    struct Case {
        std::string summary;
        std::vector<std::string> cited;
        std::string shown;
    };
    const Case cases[] = {
        {"Cafodd y seibiant ei ganslo.", {"a", "b"}, "Cafodd y seibiant ei ganslo. [1] [2]"},
        {"Dim dyfyniad.", {}, "Dim dyfyniad."},
        {"", {"a"}, "[1]"},
        {"Llinell un\nllinell dau", {"a"}, "Llinell un\nllinell dau [1]"},
    };
    for (const Case& c : cases) {
        const SummaryDraft draft = SummaryDraft::fromStored(c.summary, c.cited);
        EXPECT_EQ(draft.text(), c.shown);
        // ...and saving it unchanged stores exactly what was there.
        const auto [text, cited] = draft.toStored();
        EXPECT_EQ(text, c.summary);
        EXPECT_EQ(cited, c.cited);
        EXPECT_FALSE(draft.differsFrom(c.summary, c.cited));
    }
}

TEST(MatrixPresenter, SavingTakesTheMarksOutAndCitesInTheOrderTheyAppear) {
    struct Case {
        std::string typed;
        std::string stored;
        std::vector<std::string> cited;
    };
    // The draft knows [1] = a, [2] = b, [3] = c.
    const Case cases[] = {
        {"Roedd y grŵp yn help [2] ond nid y cyngor [1].", "Roedd y grŵp yn help ond nid y cyngor.", {"b", "a"}},
        {"[3] Dechrau'r llinell", "Dechrau'r llinell", {"c"}},
        {"Dau [1][2] gyda'i gilydd", "Dau gyda'i gilydd", {"a", "b"}},
        {"Yr un eto [1], a [1] eto", "Yr un eto, a eto", {"a"}},
        {"Dim marc [7] o'r fath, na [2020]", "Dim marc [7] o'r fath, na [2020]", {}},
        {"Wedi'i ddileu", "Wedi'i ddileu", {}},
        {"glud[1]yn", "gludyn", {"a"}},
        {"llinell [1]\nnesaf [2]", "llinell\nnesaf", {"a", "b"}},
    };
    for (const Case& c : cases) {
        SummaryDraft draft = SummaryDraft::fromStored("", {"a", "b", "c"});
        draft.setText(c.typed);
        const auto [text, cited] = draft.toStored();
        EXPECT_EQ(text, c.stored) << c.typed;
        EXPECT_EQ(cited, c.cited) << c.typed;
    }
}

TEST(MatrixPresenter, InsertsACitationAtTheCaret) {
    struct Case {
        std::string text;
        std::size_t caret;
        std::string after;
        std::size_t caretAfter;
    };
    const Case cases[] = {
        {"", 0, "[1]", 3},
        {"Seibiant", 8, "Seibiant [1]", 12},
        {"Seibiant ", 9, "Seibiant [1]", 12},
        {"Seibiant.", 8, "Seibiant [1].", 12},
        {"un dau", 3, "un [1] dau", 6},     // before a word: a space after it too
        {"(gweler )", 8, "(gweler [1])", 11},
        {"(", 1, "([1]", 4},
        {"ŵ", 1, "[1] ŵ", 3},             // inside a character: moved to its start
    };
    for (const Case& c : cases) {
        SummaryDraft draft;
        draft.setText(c.text);
        const std::size_t caret = draft.insertCitation(c.caret, "a");
        EXPECT_EQ(draft.text(), c.after) << c.text;
        EXPECT_EQ(caret, c.caretAfter) << c.text;
    }
}

TEST(MatrixPresenter, NumbersCitationsInTheOrderCitedAndKeepsThem) {
    SummaryDraft draft = SummaryDraft::fromStored("Testun", {"a"});  // "Testun [1]"
    EXPECT_EQ(draft.numberFor("a"), 1);
    EXPECT_EQ(draft.numberFor("b"), 2);
    draft.setText("Testun [3] gan y llaw");  // a number typed by hand is not given out
    EXPECT_EQ(draft.numberFor("c"), 4);
    EXPECT_EQ(draft.markFor("b"), "[2]");
    // A deleted mark keeps its number: bringing the text back brings the citation back.
    draft.setText("Testun");
    EXPECT_EQ(draft.numberFor("d"), 3);  // 3 is free again, 2 and 4 are kept
    draft.setText("Testun [1] [3]");
    EXPECT_EQ(draft.toStored().second, (std::vector<std::string>{"a", "d"}));

    EXPECT_EQ(draft.codingAt(7), "a");   // on "[1]"
    EXPECT_EQ(draft.codingAt(9), "a");
    EXPECT_EQ(draft.codingAt(10), std::nullopt);  // the space between
    EXPECT_EQ(draft.codingAt(11), "d");
    EXPECT_EQ(draft.codingAt(0), std::nullopt);
    EXPECT_EQ(draft.shownNumberOf("d"), 3);
    EXPECT_EQ(draft.shownNumberOf("b"), std::nullopt);  // numbered, but not in the text
}

// --- the sample project

class MatrixPresenterSample : public ::testing::Test {
protected:
    void SetUp() override { m_bench = Workbench::open(buildSampleProject(m_dir.path().string())); }
    test::TempDir m_dir;
    std::unique_ptr<Workbench> m_bench;
};

TEST_F(MatrixPresenterSample, ReadsTheGridOfTheSupportMatrix) {
    const MatrixGridModel grid = MatrixGridModel::read(*m_bench, "Support");
    EXPECT_FALSE(grid.documentRows());
    ASSERT_EQ(grid.rowCount(), 5u);     // the cases with summaries in Support
    ASSERT_EQ(grid.columnCount(), 5u);  // Support's five sub-codes
    EXPECT_EQ(grid.rowName(0), "carer-01-sian");
    EXPECT_EQ(grid.columnName(0), "Respite");
    EXPECT_EQ(grid.columnPath(0), "Support/Respite");

    const auto respite = grid.find("carer-01-sian", "Support/Respite");
    ASSERT_TRUE(respite);
    EXPECT_EQ(grid.state(*respite), MatrixCellState::Written);
    EXPECT_EQ(grid.citationCount(*respite), 2u);
    EXPECT_EQ(grid.passageCount(*respite), 4);  // two coders, two passages each
    EXPECT_EQ(grid.firstLine(*respite).rfind("Cyn y cyfnod clo", 0), 0u);
    EXPECT_EQ(grid.firstCellWithPassages(), (MatrixCellIndex{0, 0}));

    // Every state appears somewhere, and the counts agree with the passages read per cell.
    std::set<MatrixCellState> states;
    for (std::size_t r = 0; r < grid.rowCount(); ++r) {
        for (std::size_t c = 0; c < grid.columnCount(); ++c) {
            states.insert(grid.state({r, c}));
            const auto passages = passagesOfCell(*m_bench, grid.cell({r, c}));
            EXPECT_EQ(static_cast<std::int64_t>(passages.size()), grid.passageCount({r, c}))
                << grid.rowName(r) << " × " << grid.columnPath(c);
        }
    }
    EXPECT_TRUE(states.count(MatrixCellState::Written));
    EXPECT_TRUE(states.count(MatrixCellState::Empty));

    const auto passages = passagesOfCell(*m_bench, grid.cell(*respite));
    ASSERT_EQ(passages.size(), 4u);
    for (std::size_t i = 0; i < passages.size(); ++i) {
        EXPECT_EQ(passages[i].documentName, "carer-01-sian");
        EXPECT_EQ(passages[i].speaker, "Siân");
        EXPECT_FALSE(passages[i].text.empty());
        if (i > 0) {
            EXPECT_LE(passages[i - 1].coding.start, passages[i].coding.start);
        }
    }
    // The summary cites two of them.
    for (const std::string& cited : grid.cell(*respite).cell->citedCodingUuids)
        EXPECT_TRUE(std::any_of(passages.begin(), passages.end(), [&](const CellPassage& p) { return p.coding.uuid == cited; }));
}

TEST_F(MatrixPresenterSample, AWrittenSummaryIsStoredWithItsCitationAndUndone) {
    MatrixGridModel grid = MatrixGridModel::read(*m_bench, "Support");
    const MatrixCellIndex at = *grid.find("carer-02-llyr", "Support/Formal services");
    ASSERT_EQ(grid.state(at), MatrixCellState::Waiting);
    const auto passages = passagesOfCell(*m_bench, grid.cell(at));
    ASSERT_FALSE(passages.empty());

    SummaryDraft draft = SummaryDraft::fromStored("", {});
    draft.setText("Ychydig o help gan y cyngor.");
    draft.insertCitation(draft.text().size() - 1, passages[0].coding.uuid);  // before the full stop
    EXPECT_EQ(draft.text(), "Ychydig o help gan y cyngor [1].");
    const auto [text, cited] = draft.toStored();
    const std::int64_t before = projectChangeCounter(*m_bench);
    const MatrixCell written = writeSummary(*m_bench, "Support", grid.rowName(at.row), grid.columnPath(at.column), text, cited);
    EXPECT_GT(projectChangeCounter(*m_bench), before);
    grid.updateCell(at, written);
    EXPECT_EQ(grid.state(at), MatrixCellState::Written);

    const MatrixGridModel again = MatrixGridModel::read(*m_bench, "Support");
    ASSERT_TRUE(again.cell(at).cell);
    EXPECT_EQ(again.cell(at).cell->summary, "Ychydig o help gan y cyngor.");
    EXPECT_EQ(again.cell(at).cell->citedCodingUuids, std::vector<std::string>{passages[0].coding.uuid});
    // The editor shows it back with its mark.
    EXPECT_EQ(SummaryDraft::fromStored(again.cell(at).cell->summary, again.cell(at).cell->citedCodingUuids).text(),
              "Ychydig o help gan y cyngor. [1]");

    ASSERT_EQ(m_bench->store().undoableAction(), "matrix.cell-summary");
    m_bench->store().undo();
    const MatrixGridModel undone = MatrixGridModel::read(*m_bench, "Support");
    EXPECT_EQ(undone.state(at), MatrixCellState::Waiting);
}

TEST_F(MatrixPresenterSample, StartingFromCodedTextStoresWhatTheCoreDrafts) {
    const MatrixGridModel grid = MatrixGridModel::read(*m_bench, "Support");
    const MatrixCellIndex at = *grid.find("carer-02-llyr", "Support/Formal services");
    const auto passages = passagesOfCell(*m_bench, grid.cell(at));
    ASSERT_GE(passages.size(), 1u);
    const SummaryDraft draft = draftFromPassages(passages);
    // Each passage quoted on its own line, its speaker after it, then its mark.
    const std::string firstLine = draft.text().substr(0, draft.text().find('\n'));
    EXPECT_EQ(firstLine, "“" + passages[0].text + "” (" + passages[0].speaker + ") [1]");
    EXPECT_EQ(draft.marks().size(), passages.size());

    // The editor's draft, saved, is exactly what edau-cli matrix fill writes.
    ASSERT_EQ(startFromCodedText(*m_bench, "Support", "carer-02-llyr", "Support/Formal services"), 1);
    const MatrixGridModel filled = MatrixGridModel::read(*m_bench, "Support");
    ASSERT_TRUE(filled.cell(at).cell);
    const auto [text, cited] = draft.toStored();
    EXPECT_EQ(text, filled.cell(at).cell->summary);
    EXPECT_EQ(cited, filled.cell(at).cell->citedCodingUuids);
}

TEST_F(MatrixPresenterSample, WalksTheEvidenceCheckInGridOrder) {
    const MatrixGridModel grid = MatrixGridModel::read(*m_bench, "Support");
    // Add a second problem further down: a summary that cites nothing.
    const MatrixCellIndex later = *grid.find("leaver-02-ffion", "Support/Personal adviser");
    writeSummary(*m_bench, "Support", "leaver-02-ffion", "Support/Personal adviser", "Heb ddyfyniad", {});
    EvidenceWalk walk = EvidenceWalk::check(*m_bench, MatrixGridModel::read(*m_bench, "Support"));
    ASSERT_GE(walk.items().size(), 2u);
    for (std::size_t i = 1; i < walk.items().size(); ++i) {
        ASSERT_TRUE(walk.items()[i].cell && walk.items()[i - 1].cell);
        const auto a = *walk.items()[i - 1].cell, b = *walk.items()[i].cell;
        EXPECT_TRUE(a.row < b.row || (a.row == b.row && a.column < b.column));
    }
    EXPECT_EQ(walk.items().front().problem.kind, "no-citation");
    EXPECT_EQ(walk.items().front().cell, grid.find("carer-01-sian", "Support/Family and community"));
    EXPECT_EQ(walk.items().back().cell, later);

    EXPECT_EQ(walk.current(), std::nullopt);
    EXPECT_EQ(walk.next(), 0u);
    EXPECT_EQ(walk.previous(), walk.items().size() - 1);  // wraps round
    EXPECT_EQ(walk.next(), 0u);
    walk.setCurrent(walk.items().size() - 1);
    EXPECT_EQ(walk.next(), 0u);

    EvidenceWalk none;
    EXPECT_EQ(none.next(), std::nullopt);
    EXPECT_EQ(none.previous(), std::nullopt);
}

TEST_F(MatrixPresenterSample, OffersThemesAttributesAndAFreeName) {
    const NewMatrixChoices choices = readNewMatrixChoices(*m_bench);
    EXPECT_EQ(choices.themes, (std::vector<std::string>{"Change", "Support", "Wellbeing"}));
    EXPECT_NE(std::find(choices.attributes.begin(), choices.attributes.end(), "local_authority"), choices.attributes.end());
    const auto& studies = choices.values.at("study");
    EXPECT_NE(std::find(studies.begin(), studies.end(), "Leaving care"), studies.end());
    EXPECT_EQ(choices.cases, 7u);

    EXPECT_EQ(suggestedMatrixName(choices, "Support"), "Support (2)");
    EXPECT_EQ(suggestedMatrixName(choices, "Wellbeing"), "Wellbeing");

    struct Case {
        MatrixSpec spec;
        std::optional<std::string> problem;  ///< the message id, or none
        std::size_t rows;
    };
    auto spec = [](std::string name, std::string theme, std::vector<std::pair<std::string, std::string>> where = {},
                   std::optional<MatrixRowKind> kind = std::nullopt) {
        MatrixSpec s;
        s.name = std::move(name);
        s.themePath = std::move(theme);
        s.where = std::move(where);
        s.rowKind = kind;
        return s;
    };
    const Case cases[] = {
        {spec("Llesiant", "Wellbeing"), std::nullopt, 7},
        {spec("Gofalwyr", "Wellbeing", {{"study", "Caring in lockdown"}}), std::nullopt, 3},
        {spec("Dim", "Wellbeing", {{"study", "Caring in lockdown"}, {"language", "en"}}), std::nullopt, 1},
        {spec("Dogfennau", "Wellbeing", {}, MatrixRowKind::Document), std::nullopt, choices.documents},
        {spec("  ", "Wellbeing"), "Give the matrix a name.", 7},
        {spec("Support", "Wellbeing"), "There is already a framework matrix called {name}", 7},
        {spec("Newydd", "Support/Respite"), "Choose the theme whose codes make the columns.", 7},
    };
    for (const Case& c : cases) {
        const auto problem = checkNewMatrix(choices, c.spec);
        EXPECT_EQ(problem ? std::optional<std::string>(problem->id()) : std::nullopt, c.problem) << c.spec.name;
        EXPECT_EQ(previewRowCount(choices, c.spec), c.rows) << c.spec.name;
    }

    // What the preview counts is what createMatrix makes.
    const MatrixSpec carers = spec("Gofalwyr", "Wellbeing", {{"study", "Caring in lockdown"}});
    createMatrix(*m_bench, carers);
    const MatrixGridModel grid = MatrixGridModel::read(*m_bench, "Gofalwyr");
    EXPECT_EQ(grid.rowCount(), 3u);
    EXPECT_EQ(grid.columnCount(), 4u);
}

TEST_F(MatrixPresenterSample, ADocumentRowShowsThePassagesOfThatDocument) {
    MatrixSpec spec;
    spec.name = "Fesul dogfen";
    spec.themePath = "Support";
    spec.rowKind = MatrixRowKind::Document;
    createMatrix(*m_bench, spec);
    const MatrixGridModel grid = MatrixGridModel::read(*m_bench, "Fesul dogfen");
    EXPECT_TRUE(grid.documentRows());
    const auto first = grid.firstCellWithPassages();
    ASSERT_TRUE(first);
    const auto passages = passagesOfCell(*m_bench, grid.cell(*first));
    ASSERT_EQ(static_cast<std::int64_t>(passages.size()), grid.passageCount(*first));
    for (const CellPassage& p : passages) EXPECT_EQ(p.documentName, grid.rowName(first->row));
}

}  // namespace
}  // namespace edau::gui
