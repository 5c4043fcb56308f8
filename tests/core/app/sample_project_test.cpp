// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample project builds into a sound project with turns, cases and attributes.
#include "edau/app/sample_project.h"

#include <gtest/gtest.h>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "temp_dir.h"

namespace edau {
namespace {

TEST(SampleProject, BuildsEveryTranscriptWithTurnsAndACase) {
    test::TempDir dir;
    std::string path = buildSampleProject(dir.file("demo"));
    auto bench = Workbench::open(path);
    ProjectSummary s = bench->summary();
    EXPECT_GE(s.counts.documents, 5);
    EXPECT_EQ(s.counts.cases, s.counts.documents);
    ASSERT_TRUE(s.currentCoder);
    EXPECT_TRUE(bench->check().empty());
    const auto& store = bench->store();
    bool sawWelsh = false;
    for (const auto& doc : bench->documents()) {
        EXPECT_TRUE(doc.caseId) << doc.name;
        auto turns = store.turns(doc.id);
        EXPECT_GE(turns.size(), 4u) << doc.name;
        std::string text = store.documentText(doc.id);
        for (const auto& t : turns) {
            EXPECT_LT(t.start, t.end) << doc.name;
            EXPECT_LE(t.end, doc.characters) << doc.name;
        }
        if (doc.language == "cy") sawWelsh = true;
        EXPECT_EQ(text.find('\r'), std::string::npos);
    }
    EXPECT_TRUE(sawWelsh) << "the sample must show Welsh text";
    EXPECT_FALSE(store.attributes().empty());
    auto firstCase = bench->cases().front();
    EXPECT_FALSE(store.attributeValues(firstCase.id).empty());
    // A finished example: a codebook, two coders' codings, matrices with cited summaries.
    EXPECT_GE(s.counts.codes, 6);
    EXPECT_GE(s.counts.codings, 20);
    EXPECT_EQ(s.counts.coders, 2);
    EXPECT_GE(s.counts.matrices, 1);
    std::size_t cited = 0;
    for (const auto& m : bench->matrices())
        for (const auto& cell : store.cells(m.id)) cited += cell.citedCodingUuids.size();
    EXPECT_GT(cited, 10u);
    ASSERT_EQ(store.mscRounds().size(), 1u);
    auto selections = store.mscSelections(store.mscRounds().front().id);
    ASSERT_EQ(selections.size(), 2u);
    EXPECT_TRUE(selections[0].chosen || selections[1].chosen);
    EXPECT_FALSE(selections[0].reason.empty());
    for (const auto& c : store.codings()) EXPECT_LE(c.end, store.documentById(c.documentId)->characters);
}

TEST(SampleProject, RefusesToOverwriteAnEarlierSample) {
    test::TempDir dir;
    std::string first = buildSampleProject(dir.file("demo"));
    std::string before = test::readFile(first);
    EXPECT_THROW(buildSampleProject(dir.file("demo")), Error);
    EXPECT_EQ(test::readFile(first), before);
}

}  // namespace
}  // namespace edau
