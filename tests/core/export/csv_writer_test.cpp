// SPDX-License-Identifier: GPL-3.0-or-later
// CSV export: byte-exact output that Excel opens with Welsh intact, and the quotes beside it.
#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "edau/export/report_writers.h"
#include "export_fixture.h"
#include "temp_dir.h"

namespace edau {
namespace {

TEST(CsvWriter, WritesBomQuotedFieldsCrlfRowsAndANotesColumn) {
    test::TempDir dir;
    const std::string path = dir.file("matrics.csv");
    const ExportReport outcome = writeCsv(test::welshMatrixReport(), path);
    EXPECT_EQ(test::readFile(path),
              "\xEF\xBB\xBF"
              "Achos,Teulu,Ysgol,Gwasanaethau,Dŵr a bwyd,nodiadau\r\n"
              "Siân,\"Mae’n teimlo “yn unig” weithiau, ond mae ei mam-gu’n help.\nAil baragraff | gyda bar\","
              "\"Athrawon yn deall, ar y cyfan\",\"Dim cyswllt\nâ’r gwasanaethau\",Prynu bwyd: ŵ ŷ,\"1, 2, 3\"\r\n"
              "Gwŷn,Brawd yn helpu,,Gweithiwr cymdeithasol,\"\"\"Dim problem\"\", meddai\",4\r\n");
    EXPECT_TRUE(outcome.removedCharacters.empty()) << "the table itself holds no control characters";
}

TEST(CsvWriter, WritesTheQuotesAndReportsTheControlCharacterItLeftOut) {
    test::TempDir dir;
    const std::string path = dir.file("dyfyniadau.csv");
    const ExportReport outcome = writeCsvQuotes(test::welshMatrixReport(), path);
    const std::string csv = test::readFile(path);
    EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_NE(csv.find("Rhif,Achos,Dogfen,Siaradwr,Safle,Dyfyniad\r\n"), std::string::npos);
    EXPECT_NE(csv.find("3,Siân,Cyfweliad Siân,Siân,00:14:05,Dŵr a bwyd — dyna’r peth.\r\n"), std::string::npos);
    EXPECT_NE(csv.find("1,Siân,Cyfweliad Siân,Siân,¶ 12–14,\"Dw i’n teimlo’n unig weithiau, ti’n gwybod?\"\r\n"),
              std::string::npos);
    EXPECT_EQ(csv.find('\x15'), std::string::npos);
    ASSERT_EQ(outcome.removedCharacters.size(), 1u);
    EXPECT_EQ(outcome.removedCharacters[0].codePoint, U'\u0015');
    EXPECT_EQ(outcome.removedCharacters[0].count, 1u);
    EXPECT_FALSE(outcome.faithful());
}

TEST(CsvWriter, RepairsBrokenUtf8AndLineEndingsInsideFields) {
    Report report = test::welshMatrixReport();
    auto& table = std::get<ReportTable>(report.blocks[2]);
    table.rows[1][1].paragraphs = {"un\r\ndau\rtri \xC3 pedwar"};
    test::TempDir dir;
    const ExportReport outcome = writeCsv(report, dir.file("a.csv"));
    EXPECT_NE(test::readFile(dir.file("a.csv")).find("\"un\ndau\ntri \xEF\xBF\xBD pedwar\""), std::string::npos);
    ASSERT_EQ(outcome.removedCharacters.size(), 1u);
    EXPECT_EQ(outcome.removedCharacters[0].codePoint, U'\uFFFD');
}

TEST(CsvWriter, RefusesAReportWithoutATable) {
    Report report = test::welshMatrixReport();
    report.blocks.resize(2);
    test::TempDir dir;
    try {
        writeCsv(report, dir.file("dim.csv"));
        FAIL() << "no error";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), ErrorKind::Usage);
    }
    EXPECT_FALSE(std::filesystem::exists(dir.file("dim.csv")));
}

}  // namespace
}  // namespace edau
