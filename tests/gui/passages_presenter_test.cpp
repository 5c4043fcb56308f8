// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of "Show passages": the rows listed for a code, and their one-line excerpts.
#include "presenters/passages_presenter.h"

#include <gtest/gtest.h>

#include "edau/app/code_paths.h"
#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "edau/text/unicode.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

TEST(PassagesPresenter, ExcerptsAreOneLineAndShortened) {
    EXPECT_EQ(excerptOf("  Siân:\n  Dw i’n\tgofalu  "), "Siân: Dw i’n gofalu");
    EXPECT_EQ(excerptOf("ŵŵŵŵŵŵ", 4), "ŵŵŵŵ…");
    EXPECT_EQ(excerptOf("ab cd", 5), "ab cd");
    EXPECT_EQ(excerptOf(""), "");
}

TEST(PassagesPresenter, ListsTheSampleCodesPassagesWithSpeakers) {
    const test::TempDir dir;
    const auto workbench = Workbench::open(buildSampleProject(dir.path().string()), OpenOptions{.readOnly = true});
    const std::vector<Code> codes = workbench->codes();
    const std::optional<Code> support = findCodeByPath(codes, "Support");
    const std::optional<Code> respite = findCodeByPath(codes, "Support/Respite");
    ASSERT_TRUE(support && respite);

    const std::vector<PassageRow> own = passagesOfCode(*workbench, respite->id, false);
    ASSERT_FALSE(own.empty());
    for (const PassageRow& row : own) {
        EXPECT_EQ(row.codePath, "Support/Respite");
        EXPECT_FALSE(row.documentName.empty());
        EXPECT_FALSE(row.speaker.empty());  // the sample's transcripts have turns
        EXPECT_FALSE(row.excerpt.empty());
        EXPECT_EQ(row.excerpt.find('\n'), std::string::npos);
        EXPECT_LT(row.start, row.end);
    }
    const std::vector<PassageRow> within = passagesOfCode(*workbench, support->id, true);
    EXPECT_GT(within.size(), own.size());
    EXPECT_LE(passagesOfCode(*workbench, support->id, false).size(), within.size());
}

}  // namespace
}  // namespace edau::gui
