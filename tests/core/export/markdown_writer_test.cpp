// SPDX-License-Identifier: GPL-3.0-or-later
// Markdown export: a pipe table with escaped bars and line breaks, and footnotes for the notes.
#include <gtest/gtest.h>

#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

std::string writtenMarkdown(const Report& report) {
    test::TempDir dir;
    writeMarkdown(report, dir.file("matrics.md"));
    return test::readFile(dir.file("matrics.md"));
}

TEST(MarkdownWriter, WritesTheTableAsAPipeTableWithFootnotes) {
    const std::string md = writtenMarkdown(test::welshMatrixReport());
    EXPECT_EQ(md.rfind("# Profiadau gofalwyr ifanc\n\n*Matrics fframwaith: cefnogaeth a lles*\n\n"
                       "## Thema 1: Cefnogaeth\n\nCrynodeb o’r achosion, gyda dyfyniadau.\n\n",
                       0),
              0u);
    EXPECT_NE(md.find("**Tabl 1: Cefnogaeth / lles**\n\n"
                      "| Achos | Teulu | Ysgol | Gwasanaethau | Dŵr a bwyd |\n"
                      "| --- | --- | --- | --- | --- |\n"
                      "| **Siân** | Mae’n teimlo “yn unig” weithiau, ond mae ei mam-gu’n help.<br><br>"
                      "Ail baragraff \\| gyda bar[^1] | Athrawon yn deall, ar y cyfan[^2] | "
                      "Dim cyswllt<br>â’r gwasanaethau | Prynu bwyd: ŵ ŷ[^3] |\n"
                      "| **Gwŷn** | Brawd yn helpu |  | Gweithiwr cymdeithasol[^4] | \"Dim problem\", meddai |\n"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("## Dyfyniadau\n\n[^1]: Siân, Cyfweliad Siân, Siân, ¶ 12–14: "
                      "*Dw i’n teimlo’n unig weithiau, ti’n gwybod?*\n"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("[^3]: Siân, Cyfweliad Siân, Siân, 00:14:05: *Dŵr a bwyd — dyna’r peth.*\n"), std::string::npos);
}

TEST(MarkdownWriter, EscapesWhatMarkdownWouldReadAsSyntax) {
    Report report = test::welshMatrixReport();
    report.blocks[1] = ReportParagraph{"# nid pennawd *na* [dolen] <b>", ParagraphRole::Body, {}};
    report.blocks.emplace_back(ReportParagraph{"1. nid rhestr", ParagraphRole::Quote, {}});
    const std::string md = writtenMarkdown(report);
    EXPECT_NE(md.find("\n\\# nid pennawd \\*na\\* \\[dolen\\] \\<b\\>\n"), std::string::npos) << md;
    EXPECT_NE(md.find("\n> 1\\. nid rhestr\n"), std::string::npos) << md;
}

}  // namespace
}  // namespace edau
