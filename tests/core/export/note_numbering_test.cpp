// SPDX-License-Identifier: GPL-3.0-or-later
// Notes are numbered by first citation, the same way in every format, so the numbers agree.
#include <gtest/gtest.h>

#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

// The fixture's notes listed backwards, with citations still pointing at the same passages,
// plus one note nobody cites.
Report reversedNotes() {
    Report report = test::welshMatrixReport();
    std::reverse(report.notes.begin(), report.notes.end());
    report.notes.insert(report.notes.begin(), ReportNote{"Gwŷn", "Cyfweliad Gwŷn", "Gwŷn", "¶ 9", "Heb ei ddyfynnu."});
    auto& table = std::get<ReportTable>(report.blocks[2]);
    table.rows[0][1].notes = {5};
    table.rows[0][2].notes = {4, 4};
    table.rows[0][4].notes = {3};
    table.rows[1][3].notes = {2};
    return report;
}

TEST(NoteNumbering, NumbersNotesInTheOrderTheBodyFirstCitesThem) {
    test::TempDir dir;
    const ExportReport outcome = writeCsvQuotes(reversedNotes(), dir.file("q.csv"));
    EXPECT_TRUE(outcome.notesRenumbered);
    const std::string csv = test::readFile(dir.file("q.csv"));
    EXPECT_LT(csv.find("\r\n1,Siân,Cyfweliad Siân,Siân,¶ 12–14,"), csv.find("\r\n2,Siân,Cyfweliad Siân,Siân,¶ 20,"));
    EXPECT_NE(csv.find("\r\n4,Gwŷn,Cyfweliad Gwŷn,Gwŷn,¶ 3,"), std::string::npos);
    EXPECT_NE(csv.find("\r\n5,Gwŷn,Cyfweliad Gwŷn,Gwŷn,¶ 9,Heb ei ddyfynnu.\r\n"), std::string::npos) << "uncited last";
}

TEST(NoteNumbering, GivesEveryFormatTheSameNumbers) {
    test::TempDir dir;
    const Report report = reversedNotes();
    writeCsv(report, dir.file("t.csv"));
    EXPECT_NE(test::readFile(dir.file("t.csv")).find(",\"1, 2, 3\"\r\n"), std::string::npos)
        << "a repeated citation in one cell counts once";
    writeMarkdown(report, dir.file("t.md"));
    const std::string md = test::readFile(dir.file("t.md"));
    EXPECT_NE(md.find("Athrawon yn deall, ar y cyfan[^2] |"), std::string::npos) << md;
    EXPECT_NE(md.find("[^2]: Siân, Cyfweliad Siân, Siân, ¶ 20: "), std::string::npos);
    writeHtml(report, dir.file("t.html"));
    EXPECT_NE(test::readFile(dir.file("t.html")).find("<li id=\"note-4\" value=\"4\"><p class=\"note-source\">Gwŷn, "
                                                      "Cyfweliad Gwŷn, Gwŷn, ¶ 3"),
              std::string::npos);
    writeXlsx(report, dir.file("t.xlsx"));
    EXPECT_NE(test::readZip(dir.file("t.xlsx")).at("xl/sharedStrings.xml").find("Prynu bwyd: ŵ ŷ [3]"), std::string::npos);
    writeDocx(report, dir.file("t.docx"));
    const auto docx = test::readZip(dir.file("t.docx"));
    const std::string& endnotes = docx.at("word/endnotes.xml");
    EXPECT_LT(endnotes.find("¶ 12–14"), endnotes.find("¶ 20"));
    EXPECT_EQ(endnotes.find("Heb ei ddyfynnu"), std::string::npos) << "Word keeps no note without a reference";
}

}  // namespace
}  // namespace edau
