// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the cases sheet's presenter: reading, sorting by a column, checking values.
#include "presenters/cases_presenter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/app/sample_project.h"
#include "edau/app/workbench.h"
#include "presenters/project_tree_presenter.h"
#include "temp_dir.h"

namespace edau::gui {
namespace {

CasesSheetModel sheet() {
    std::vector<CasesSheetColumn> columns{{}, {"age", 1, AttributeType::Number}, {"town", 2, AttributeType::Text},
                                          {"interviewed", 3, AttributeType::Date}};
    std::vector<CasesSheetRow> rows{
        {1, {"Thomas", "9", "Llanelli", "2021-02-01"}},
        {2, {"Catrin", "45", "Caerdydd", ""}},
        {3, {"Dafydd", "", "Bangor", "2020-11-03"}},
        {4, {"Chris", "100", "Llandudno", "2020-01-15"}},
        {5, {"Zoe", "10.5", "", "2022-06-30"}},
    };
    return CasesSheetModel(std::move(columns), std::move(rows));
}

std::vector<std::string> column(const CasesSheetModel& model, std::size_t c) {
    std::vector<std::string> out;
    for (const auto& r : model.rows()) out.push_back(r.values[c]);
    return out;
}

class CasesSorting : public ::testing::Test {
protected:
    void TearDown() override { setDisplayLanguage("en"); }
};

TEST_F(CasesSorting, NumbersByValueAndEmptyCellsLast) {
    CasesSheetModel model = sheet();
    model.sortBy(1, true);
    EXPECT_EQ(column(model, 1), (std::vector<std::string>{"9", "10.5", "45", "100", ""}));
    model.sortBy(1, false);
    EXPECT_EQ(column(model, 1), (std::vector<std::string>{"100", "45", "10.5", "9", ""}));
    EXPECT_EQ(model.sortColumn(), 1u);
    EXPECT_FALSE(model.sortAscending());
}

TEST_F(CasesSorting, DatesInOrderOfTime) {
    CasesSheetModel model = sheet();
    model.sortBy(3, true);
    EXPECT_EQ(column(model, 3), (std::vector<std::string>{"2020-01-15", "2020-11-03", "2021-02-01", "2022-06-30", ""}));
}

TEST_F(CasesSorting, TextInTheInterfaceLanguagesCollation) {
    CasesSheetModel model = sheet();
    setDisplayLanguage("en");
    model.sortBy(0, true);
    EXPECT_EQ(column(model, 0), (std::vector<std::string>{"Catrin", "Chris", "Dafydd", "Thomas", "Zoe"}));
    model.sortBy(2, true);
    EXPECT_EQ(column(model, 2), (std::vector<std::string>{"Bangor", "Caerdydd", "Llandudno", "Llanelli", ""}));

    // Welsh: ch after c, th after t, ll after l (and after every other l-word).
    setDisplayLanguage("cy");
    model.sortBy(0, true);
    EXPECT_EQ(column(model, 0), (std::vector<std::string>{"Catrin", "Chris", "Dafydd", "Thomas", "Zoe"}));
    std::vector<CasesSheetRow> rows{{1, {"Thomas"}}, {2, {"Tudur"}}, {3, {"Llinos"}}, {4, {"Lowri"}}, {5, {"Ceri"}}, {6, {"Chloe"}}, {7, {"Dai"}}};
    CasesSheetModel names({{}}, std::move(rows));
    names.sortBy(0, true);
    EXPECT_EQ(column(names, 0), (std::vector<std::string>{"Ceri", "Chloe", "Dai", "Lowri", "Llinos", "Tudur", "Thomas"}));
}

TEST(CasesValues, NumbersAndDatesAreChecked) {
    const CasesSheetModel model = sheet();
    EXPECT_FALSE(model.checkValue(1, "42"));
    EXPECT_FALSE(model.checkValue(1, "-3.5"));
    EXPECT_FALSE(model.checkValue(1, "2,5"));
    EXPECT_FALSE(model.checkValue(1, ""));  // clears the cell
    auto problem = model.checkValue(1, "forty");
    ASSERT_TRUE(problem);
    EXPECT_NE(problem->id().find("is not a number"), std::string::npos);
    EXPECT_FALSE(model.checkValue(3, "2024-02-29"));
    EXPECT_TRUE(model.checkValue(3, "29/02/2024"));
    EXPECT_TRUE(model.checkValue(3, "2024-13-01"));
    EXPECT_FALSE(model.checkValue(2, "anything at all"));
}

TEST(CasesSheetModel, ReadsTheSampleProject) {
    test::TempDir dir;
    auto bench = Workbench::open(buildSampleProject(dir.file("sample")));
    CasesSheetModel model = CasesSheetModel::read(*bench);
    ASSERT_GT(model.columns().size(), 1u);
    EXPECT_FALSE(model.columns()[0].attributeId);
    EXPECT_EQ(model.rows().size(), bench->cases().size());
    EXPECT_FALSE(model.sortColumn());
    bool found = false;
    for (std::size_t c = 1; c < model.columns().size(); ++c) {
        if (model.columns()[c].name != "local_authority") continue;
        for (const auto& row : model.rows())
            if (row.values[0] == "carer-02-llyr") {
                EXPECT_EQ(row.values[c], "Caerdydd");
                found = true;
            }
    }
    EXPECT_TRUE(found);
}

}  // namespace
}  // namespace edau::gui
