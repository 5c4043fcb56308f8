// SPDX-License-Identifier: GPL-3.0-or-later
/// The cases sheet without wx: cases by attributes, sorting by a column, checking a value.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// A column of the sheet: the case's name (first), then one per attribute.
struct CasesSheetColumn {
    std::string name;                  ///< empty for the case-name column (the view names it)
    std::optional<RowId> attributeId;  ///< empty for the case-name column
    AttributeType type = AttributeType::Text;
};

/// A row: one case and its values, one per column (the name first).
struct CasesSheetRow {
    RowId caseId = 0;
    std::vector<std::string> values;
};

/// Cases × attributes, as the sheet shows them.
class CasesSheetModel {
public:
    /// Reads every case and attribute; rows sorted by case name in display order.
    static CasesSheetModel read(const Workbench& bench);
    /// For tests and for the view after an edit: the model from plain data.
    CasesSheetModel(std::vector<CasesSheetColumn> columns, std::vector<CasesSheetRow> rows);
    CasesSheetModel() = default;

    const std::vector<CasesSheetColumn>& columns() const { return m_columns; }
    const std::vector<CasesSheetRow>& rows() const { return m_rows; }

    /// Sorts the rows by `column`: numbers by value for Number attributes, ISO dates as
    /// written, everything else in the interface language's collation; empty values last
    /// either way; ties keep the case-name order. Remembers the column and direction.
    void sortBy(std::size_t column, bool ascending);
    /// The column sorted by, if any, and its direction.
    std::optional<std::size_t> sortColumn() const { return m_sortColumn; }
    bool sortAscending() const { return m_sortAscending; }

    /// Why `value` does not fit `column` (a Number column takes numbers, a Date column
    /// YYYY-MM-DD), or nullopt when it does. An empty value always fits (it clears the cell).
    std::optional<Message> checkValue(std::size_t column, const std::string& value) const;
    /// Changes a value in the model (after the store accepted it).
    void setValue(std::size_t row, std::size_t column, std::string value);

private:
    std::vector<CasesSheetColumn> m_columns;
    std::vector<CasesSheetRow> m_rows;
    std::optional<std::size_t> m_sortColumn;
    bool m_sortAscending = true;
};

/// Orders two values of a column of `type` (see CasesSheetModel::sortBy): negative, 0, positive.
int compareCellValues(AttributeType type, const std::string& a, const std::string& b);

}  // namespace edau::gui
