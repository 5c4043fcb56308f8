// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the agreement view's presenter: figures in plain words, rows per code, and the
// places two coders differ, side by side (on projects built in temporary folders).
#include "presenters/agreement_presenter.h"

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

using Kind = CodingDifference::Kind;

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(AgreementPresenter, KappaIsReadWithLandisAndKochsWords) {
    struct Row {
        double kappa;
        KappaBand band;
        const char* words;
    };
    const std::vector<Row> rows = {
        {-0.10, KappaBand::Poor, "less agreement than chance"},
        {0.00, KappaBand::Slight, "slight agreement"},
        {0.20, KappaBand::Slight, "slight agreement"},
        {0.35, KappaBand::Fair, "fair agreement"},
        {0.41, KappaBand::Moderate, "moderate agreement"},
        {0.62, KappaBand::Substantial, "substantial agreement beyond chance (Landis & Koch)"},
        {0.80, KappaBand::Substantial, "substantial agreement"},
        {0.93, KappaBand::AlmostPerfect, "almost perfect agreement"},
    };
    for (const Row& row : rows) {
        EXPECT_EQ(kappaBand(row.kappa), row.band) << row.kappa;
        const std::string meaning = kappaMeaning(row.kappa, 0.7).str();
        EXPECT_TRUE(contains(meaning, row.words)) << meaning;
        EXPECT_TRUE(contains(meaning, "κ " + kappaShown(row.kappa))) << meaning;
        EXPECT_TRUE(contains(meaning, "Chance alone would give 70.0% agreement")) << meaning;
    }
    EXPECT_TRUE(contains(kappaMeaning(std::nullopt, 1.0).str(), "not defined"));
}

TEST(AgreementPresenter, FiguresAreShownAsResearchersWriteThem) {
    struct Row {
        std::string shown;
        std::string expected;
    };
    const std::vector<Row> rows = {
        {percentShown(0.9234), "92.3%"}, {percentShown(1.0), "100.0%"}, {percentShown(std::nullopt), "–"},
        {kappaShown(0.6249), "0.62"},    {kappaShown(-0.05), "-0.05"},  {kappaShown(std::nullopt), "–"},
        {alphaShown(0.66666), "0.667"},  {alphaShown(std::nullopt), "–"},
    };
    for (const Row& row : rows) EXPECT_EQ(row.shown, row.expected);
}

TEST(AgreementPresenter, AlphaAndPercentageSayWhatTheyCount) {
    EXPECT_TRUE(contains(alphaMeaning(0.85, "sentence").str(), "reliable (Krippendorff asks for at least 0.800)"));
    EXPECT_TRUE(contains(alphaMeaning(0.70, "turn").str(), "tentative"));
    EXPECT_TRUE(contains(alphaMeaning(0.40, "sentence").str(), "not reliable enough"));
    EXPECT_TRUE(contains(alphaMeaning(0.85, "character").str(), "choose sentences or speaker turns"));
    EXPECT_TRUE(contains(alphaMeaning(std::nullopt, "sentence").str(), "not defined"));

    // Uncoded text is not agreement, unless the user asks for NVivo's whole-text figure.
    const std::string coded = agreementMeaning(0.9, 9, 10, "sentence", true).str();
    EXPECT_TRUE(contains(coded, "90.0% agreement"));
    EXPECT_TRUE(contains(coded, "(10)"));
    EXPECT_TRUE(contains(coded, "in 9"));
    EXPECT_TRUE(contains(coded, "are not counted as agreement"));
    const std::string whole = agreementMeaning(0.99, 99, 100, "character", false).str();
    EXPECT_TRUE(contains(whole, "counts as agreement here, as in NVivo"));
    EXPECT_TRUE(contains(agreementMeaning(std::nullopt, 0, 0, "turn", true).str(), "not defined"));
}

/// Lowri and Ben code one transcript; Lowri also codes one Ben never opened.
class AgreementModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        bench = Workbench::create(dir.file("p.edau"), "p");
        auto& s = bench->store();
        lowri = bench->useCoder("Lowri");
        ben = s.addCoder("Ben");
        const Code support = s.addCode("Support", std::nullopt);
        respite = s.addCode("Respite", support.id);
        peer = s.addCode("Peer support", support.id);
        faith = s.addCode("Faith", std::nullopt);
        sian = s.addDocument({"sian", "sian.txt", "txt", "utf-8", kSian, "en"},
                             {Turn{0, {}, 0, 0, "Siân", 0, text::codePointCount(kSian), std::nullopt}});
        gwyn = s.addDocument({"gwyn", "gwyn.txt", "txt", "utf-8", kGwyn, "en"});
        code(sian, kSian, "There was no respite at all.", respite, lowri);
        code(sian, kSian, "no respite at all", respite, ben);
        code(sian, kSian, "The grŵp was a great help.", peer, lowri);
        code(sian, kSian, "The grŵp was a great help.", faith, ben);
        code(sian, kSian, "I went to chapel every week.", faith, lowri);
        code(sian, kSian, "I went to chapel every week.", faith, ben);
        code(gwyn, kGwyn, "a week away", respite, lowri);
    }

    void code(const Document& d, const std::string& text, const std::string& passage, const Code& c, const Coder& coder) {
        const std::int64_t start = text::codePointCount(text.substr(0, text.find(passage)));
        bench->store().addCoding(d.id, start, start + text::codePointCount(passage), c.id, coder.id);
    }

    const AgreementRow* rowOf(const AgreementModel& model, const std::string& path) {
        for (const auto& row : model.rows())
            if (row.codePath == path) return &row;
        return nullptr;
    }

    static inline const std::string kSian =
        "Siân: The grŵp was a great help. There was no respite at all. I went to chapel every week.";
    static inline const std::string kGwyn = "We had a week away once a year.";
    test::TempDir dir;
    std::unique_ptr<Workbench> bench;
    Coder lowri, ben;
    Code respite, peer, faith;
    Document sian, gwyn;
};

TEST_F(AgreementModelTest, ChoosesTheTwoCodersWhoCodedMost) {
    EXPECT_EQ(AgreementModel::codersWithCodings(*bench), (std::vector<std::string>{"Lowri", "Ben"}));
    const AgreementSettings settings = AgreementModel::defaultSettings(*bench);
    EXPECT_EQ(settings.firstCoder, "Lowri");
    EXPECT_EQ(settings.secondCoder, "Ben");
    EXPECT_EQ(settings.unit, "sentence");
    EXPECT_TRUE(settings.codedTextOnly);
    EXPECT_TRUE(settings.sharedSourcesOnly);
}

TEST_F(AgreementModelTest, RowsPerCodeInCodebookOrderWithCountsAndMeanings) {
    AgreementSettings settings = AgreementModel::defaultSettings(*bench);
    settings.unit = "character";
    const AgreementModel model = AgreementModel::compute(*bench, settings);
    EXPECT_EQ(model.sourcesCompared(), 1u);  // Gwyn's transcript: Ben never coded it
    std::vector<std::string> paths;
    for (const auto& row : model.rows()) paths.push_back(row.codePath);
    EXPECT_EQ(paths, (std::vector<std::string>{"Faith", "Support/Peer support", "Support/Respite"}));

    const AgreementRow* r = rowOf(model, "Support/Respite");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->firstCoded, text::codePointCount("There was no respite at all."));
    EXPECT_EQ(r->secondCoded, text::codePointCount("no respite at all"));
    EXPECT_EQ(r->bothCoded, r->secondCoded);
    EXPECT_EQ(r->differences, 1u);
    ASSERT_TRUE(r->kappa.has_value());
    EXPECT_EQ(r->kappaText.shown, kappaShown(r->kappa));
    EXPECT_TRUE(contains(r->agreementText.meaning.str(), "Text neither coder coded is not counted as agreement"));
    EXPECT_FALSE(r->alpha.has_value());  // alpha needs units
    EXPECT_TRUE(contains(r->alphaText.meaning.str(), "choose sentences"));
    EXPECT_EQ(model.overall().differences, 3u);
    EXPECT_TRUE(contains(model.summary().str(), "Lowri (A) and Ben (B)"));
    EXPECT_FALSE(model.methods().empty());

    // By sentence, the shorter span in the same sentence agrees, and alpha is there.
    settings.unit = "sentence";
    const AgreementModel bySentence = AgreementModel::compute(*bench, settings);
    const AgreementRow* s = rowOf(bySentence, "Support/Respite");
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->differences, 0u);
    EXPECT_EQ(s->firstCoded, 1);
    EXPECT_EQ(s->bothCoded, 1);
    EXPECT_TRUE(s->alpha.has_value());
}

TEST_F(AgreementModelTest, EveryDocumentCountsWhenAskedLikeNVivo) {
    AgreementSettings settings = AgreementModel::defaultSettings(*bench);
    settings.sharedSourcesOnly = false;
    settings.codedTextOnly = false;
    const AgreementModel model = AgreementModel::compute(*bench, settings);
    EXPECT_EQ(model.sourcesCompared(), 2u);
    const AgreementRow* r = rowOf(model, "Support/Respite");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->differences, 1u);  // Lowri's week away, which Ben never saw
    EXPECT_TRUE(contains(r->agreementText.meaning.str(), "as in NVivo"));
}

TEST_F(AgreementModelTest, DifferencesListedAndShownSideBySide) {
    const AgreementModel model = AgreementModel::compute(*bench, AgreementModel::defaultSettings(*bench));
    const std::vector<DifferenceRow> all = model.differences();
    ASSERT_EQ(all.size(), 2u);  // by sentence: Faith (Ben only) and Peer support (Lowri only)
    EXPECT_EQ(all[0].codePath, "Faith");
    EXPECT_EQ(all[0].kind, Kind::SecondOnly);
    EXPECT_EQ(all[0].what.str(), "Only Ben coded this");
    EXPECT_EQ(all[0].documentName, "sian");
    EXPECT_EQ(all[0].speaker, "Siân");
    EXPECT_TRUE(contains(all[0].excerpt, "grŵp was a great help"));
    EXPECT_EQ(model.differences(peer.id).size(), 1u);
    EXPECT_TRUE(model.differences(respite.id).empty());

    const DifferenceRow peerRow = model.differences(peer.id).front();
    const SideBySide side = model.sideBySide(*bench, peerRow.index);
    EXPECT_EQ(side.documentName, "sian");
    EXPECT_EQ(side.codePath, "Support/Peer support");
    EXPECT_EQ(side.first.coderName, "Lowri");
    EXPECT_EQ(side.second.coderName, "Ben");
    EXPECT_EQ(side.first.caption.str(), "Lowri coded it as Support/Peer support.");
    EXPECT_EQ(side.second.caption.str(), "Ben did not code it as Support/Peer support, but as Faith.");
    // The same stretch of text on both sides, the whole turn here; Lowri's coding marked in it.
    EXPECT_EQ(side.text, kSian);
    ASSERT_EQ(side.first.coded.size(), 1u);
    EXPECT_TRUE(side.second.coded.empty());
    const auto [start, end] = side.first.coded.front();
    EXPECT_EQ(std::string(text::sliceCodePoints(side.text, start, end)), "The grŵp was a great help.");
    // By sentence, the passage is the whole sentence the codings touch.
    EXPECT_EQ(std::string(text::sliceCodePoints(side.text, side.passageTextStart, side.passageTextEnd)),
              std::string(text::sliceCodePoints(kSian, peerRow.start, peerRow.end)));
    EXPECT_LE(side.passageTextStart, start);
    EXPECT_GE(side.passageTextEnd, end);
}

TEST_F(AgreementModelTest, RefusesTheSameCoderTwice) {
    AgreementSettings settings = AgreementModel::defaultSettings(*bench);
    settings.secondCoder = settings.firstCoder;
    EXPECT_THROW(AgreementModel::compute(*bench, settings), Error);
    settings.secondCoder = "";
    EXPECT_THROW(AgreementModel::compute(*bench, settings), Error);
}

TEST(AgreementPresenterOnSample, LowriAndBenDifferWhereTheSampleSaysTheyDo) {
    const test::TempDir dir;
    const auto bench = Workbench::open(buildSampleProject(dir.path().string()), OpenOptions{.readOnly = true});
    const AgreementSettings settings = AgreementModel::defaultSettings(*bench);
    EXPECT_EQ(settings.firstCoder, "Lowri");
    EXPECT_EQ(settings.secondCoder, "Ben");
    const AgreementModel model = AgreementModel::compute(*bench, settings);
    EXPECT_EQ(model.sourcesCompared(), 3u);  // the three transcripts Ben coded blind
    EXPECT_FALSE(model.rows().empty());
    for (const auto& row : model.rows()) {
        EXPECT_FALSE(row.codePath.empty());
        EXPECT_FALSE(row.agreementText.meaning.id().empty());
    }

    // Ben codes Gwyn's pride in the estate's history as Confidence where Lowri codes Belonging.
    bool found = false;
    for (const DifferenceRow& d : model.differences()) {
        if (d.codePath != "Change/Belonging" || d.kind != Kind::FirstOnly) continue;
        const SideBySide side = model.sideBySide(*bench, d.index);
        if (!contains(side.second.caption.str(), "but as Change/Confidence")) continue;
        found = true;
        EXPECT_EQ(side.documentName, "msc-01-gwyn");
        EXPECT_FALSE(side.first.coded.empty());
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace edau::gui
