// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of what the document view shows: speaker labels, turns, "Code this turn", loading.
#include "presenters/document_presenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

Turn turn(const std::string& speaker, std::int64_t start, std::int64_t end) {
    Turn t;
    t.speaker = speaker;
    t.start = start;
    t.end = end;
    return t;
}

std::string slice(const CodePointIndex& index, const TextRange& range) {
    return std::string(text::sliceCodePoints(index.text(), range.start, range.end));
}

TEST(DocumentPresenter, FindsSpeakerLabelsInEveryStyle) {
    const std::string text =
        "Siân: Dw i’n gofalu.\n"            // 0-19
        "[00:01:02] Cyfwelydd: Diolch.\n"  // 21-49
        "*GAI:\tHelo.\n"                   // 51-62
        "Dim siaradwr yma.";                // 63-
    const CodePointIndex index(text);
    const std::vector<Turn> turns{turn("Siân", 0, 20), turn("Cyfwelydd", 21, 50), turn("GAI", 51, 62),
                                  turn("", 63, 80), turn("Rhywun", 63, 80)};
    const std::vector<TextRange> labels = findSpeakerLabels(index, turns);
    ASSERT_EQ(labels.size(), 3u);
    EXPECT_EQ(slice(index, labels[0]), "Siân:");
    EXPECT_EQ(slice(index, labels[1]), "[00:01:02] Cyfwelydd:");
    EXPECT_EQ(slice(index, labels[2]), "*GAI:");
}

TEST(DocumentPresenter, ANameWithoutItsColonIsNoLabel) {
    const CodePointIndex index("Siân yn siarad heb golon.");
    EXPECT_TRUE(findSpeakerLabels(index, {turn("Siân", 0, 25)}).empty());
}

TEST(DocumentPresenter, TurnAroundFindsTheTurnHoldingTheCaret) {
    const std::vector<Turn> turns{turn("A", 0, 10), turn("B", 12, 30)};
    EXPECT_EQ(turnAround(turns, 0), (TextRange{0, 10}));
    EXPECT_EQ(turnAround(turns, 10), (TextRange{0, 10}));  // the caret at the end of its line
    EXPECT_FALSE(turnAround(turns, 11).has_value());       // the blank line between
    EXPECT_EQ(turnAround(turns, 20), (TextRange{12, 30}));
    EXPECT_FALSE(turnAround(turns, 31).has_value());
    EXPECT_FALSE(turnAround({}, 3).has_value());
}

TEST(DocumentPresenter, WithoutTurnsTheParagraphIsThePassage) {
    DocumentViewModel model;
    const std::string text = "Llinell gyntaf.  \r\nAil linell\n\nOlaf";
    model.text = CodePointIndex(text);
    model.lines = LineIndex(text);
    EXPECT_EQ(passageAround(model, 3), (TextRange{0, 15}));  // trailing spaces and \r left out
    EXPECT_EQ(passageAround(model, 20), (TextRange{19, 29}));
    EXPECT_FALSE(passageAround(model, 30).has_value());  // an empty line
    EXPECT_EQ(passageAround(model, 33), (TextRange{31, 35}));
}

TEST(DocumentPresenter, LoadsTheSampleTranscriptWithLabelsOnItsTurns) {
    const test::TempDir dir;
    const auto workbench = Workbench::open(buildSampleProject(dir.path().string()), OpenOptions{.readOnly = true});
    const std::vector<Document> documents = workbench->documents();
    ASSERT_FALSE(documents.empty());
    const Document* sian = nullptr;
    for (const Document& d : documents) {
        if (d.name == "carer-01-sian") sian = &d;
    }
    ASSERT_NE(sian, nullptr);
    const DocumentViewModel model = loadDocumentView(*workbench, sian->id);
    EXPECT_EQ(model.text.codePoints(), sian->characters);
    EXPECT_FALSE(model.turns.empty());
    EXPECT_EQ(model.speakerLabels.size(), model.turns.size());
    EXPECT_EQ(slice(model.text, model.speakerLabels.front()), "Cyfwelydd:");
    EXPECT_FALSE(model.codings.empty());
    for (const Coding& coding : model.codings) EXPECT_LE(coding.end, model.text.codePoints());

    EXPECT_THROW(loadDocumentView(*workbench, 999999), Error);
}

}  // namespace
}  // namespace edau::gui
