// SPDX-License-Identifier: GPL-3.0-or-later
// readTable: case sheets and codebooks from CSV (any separator) and XLSX.
#include "edau/import/table_reader.h"

#include <gtest/gtest.h>

#include "edau/base/error.h"
#include "temp_dir.h"

namespace edau {
namespace {

using Rows = std::vector<std::vector<std::string>>;

TEST(TableReader, DetectsTheSeparatorOfACsvSheet) {
    test::TempDir dir;
    struct Row {
        const char* what;
        std::string content;
    };
    const Row table[] = {
        {"comma", "case,oed\nSiân,47\n"},
        {"semicolon (European Excel)", "case;oed\r\nSiân;47\r\n"},
        {"tab", "case\toed\nSiân\t47\n"},
    };
    for (const auto& row : table) {
        test::writeFile(dir.file("s.csv"), row.content);
        EXPECT_EQ(readTable(dir.file("s.csv")), (Rows{{"case", "oed"}, {"Siân", "47"}})) << row.what;
    }
}

TEST(TableReader, ReadsLegacyEncodedCsv) {
    test::TempDir dir;
    test::writeFile(dir.file("s.csv"), "case,lle\nLl\xFEr,Caerdydd\n");
    EXPECT_EQ(readTable(dir.file("s.csv")), (Rows{{"case", "lle"}, {"Llŷr", "Caerdydd"}}));
}

TEST(TableReader, ReadsTheFirstSheetOfAnXlsxWorkbook) {
    Rows rows = readTable(test::dataFile("import/xlsx/cases.xlsx"));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0], (std::vector<std::string>{"case", "local_authority", "age", "interview_date"}));
    EXPECT_EQ(rows[1], (std::vector<std::string>{"Siân", "Caerdydd", "47", "2020-10-14"}));
    EXPECT_EQ(rows[2], (std::vector<std::string>{"Llŷr", "", "35.1", "2020-11-03"}));
}

TEST(TableReader, RefusesWhatIsNotATable) {
    test::TempDir dir;
    test::writeFile(dir.file("x.xlsx"), "not a zip at all");
    test::writeFile(dir.file("x.docx"), "PK");
    test::writeFile(dir.file("b.csv"), std::string("a,b\n\0\0\0", 7));
    for (const char* name : {"x.xlsx", "x.docx", "b.csv", "missing.csv"}) {
        try {
            readTable(dir.file(name));
            ADD_FAILURE() << name;
        } catch (const Error& e) {
            EXPECT_NE(std::string(e.what()).find(name), std::string::npos) << e.what();
        }
    }
}

}  // namespace
}  // namespace edau
