// SPDX-License-Identifier: GPL-3.0-or-later
/// The cases sheet without wx: cases by attributes, sorting by a column, checking a value.
#include "presenters/cases_presenter.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <map>
#include <numeric>

#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {
namespace {

std::string trimmed(const std::string& s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

/// The number written in `s` (a comma is taken as a decimal point too), or nullopt.
std::optional<double> numberIn(const std::string& s) {
    std::string v = trimmed(s);
    std::replace(v.begin(), v.end(), ',', '.');
    if (v.empty()) return std::nullopt;
    double value = 0;
    const char* begin = v.data();
    if (*begin == '+') ++begin;
    const auto [end, error] = std::from_chars(begin, v.data() + v.size(), value);
    if (error != std::errc() || end != v.data() + v.size()) return std::nullopt;
    return value;
}

bool isIsoDate(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return false;
    const int month = std::atoi(s.substr(5, 2).c_str()), day = std::atoi(s.substr(8, 2).c_str());
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

int collated(const std::string& a, const std::string& b) {
    if (namesInDisplayOrder(a, b)) return -1;
    if (namesInDisplayOrder(b, a)) return 1;
    return 0;
}

}  // namespace

int compareCellValues(AttributeType type, const std::string& a, const std::string& b) {
    if (type == AttributeType::Number) {
        const auto x = numberIn(a), y = numberIn(b);
        if (x && y) return *x < *y ? -1 : (*y < *x ? 1 : 0);
        if (x) return -1;  // numbers before what is not one
        if (y) return 1;
    }
    if (type == AttributeType::Date && isIsoDate(a) && isIsoDate(b)) return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
    return collated(a, b);
}

CasesSheetModel::CasesSheetModel(std::vector<CasesSheetColumn> columns, std::vector<CasesSheetRow> rows)
    : m_columns(std::move(columns)), m_rows(std::move(rows)) {}

CasesSheetModel CasesSheetModel::read(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    std::vector<CasesSheetColumn> columns;
    columns.push_back({});
    auto attributes = store.attributes();
    std::stable_sort(attributes.begin(), attributes.end(),
                     [](const Attribute& a, const Attribute& b) { return a.ordinal < b.ordinal; });
    std::map<RowId, std::size_t> columnOf;
    for (const auto& a : attributes) {
        columnOf[a.id] = columns.size();
        columns.push_back({a.name, a.id, a.type});
    }
    std::vector<CasesSheetRow> rows;
    for (const auto& c : store.cases()) {
        CasesSheetRow row;
        row.caseId = c.id;
        row.values.assign(columns.size(), std::string());
        row.values[0] = c.name;
        for (const auto& v : store.attributeValues(c.id))
            if (auto it = columnOf.find(v.attributeId); it != columnOf.end()) row.values[it->second] = v.value;
        rows.push_back(std::move(row));
    }
    CasesSheetModel model(std::move(columns), std::move(rows));
    model.sortBy(0, true);
    model.m_sortColumn.reset();  // the natural order, not a choice the user made
    return model;
}

void CasesSheetModel::sortBy(std::size_t column, bool ascending) {
    if (column >= m_columns.size()) return;
    const AttributeType type = m_columns[column].type;
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const CasesSheetRow& a, const CasesSheetRow& b) {
        const std::string& x = a.values[column];
        const std::string& y = b.values[column];
        const bool xEmpty = trimmed(x).empty(), yEmpty = trimmed(y).empty();
        if (xEmpty != yEmpty) return yEmpty;  // empty cells last, in either direction
        int order = xEmpty ? 0 : compareCellValues(type, x, y);
        if (!ascending) order = -order;
        if (order != 0) return order < 0;
        return column != 0 && collated(a.values[0], b.values[0]) < 0;
    });
    m_sortColumn = column;
    m_sortAscending = ascending;
}

std::optional<Message> CasesSheetModel::checkValue(std::size_t column, const std::string& value) const {
    if (column >= m_columns.size() || trimmed(value).empty()) return std::nullopt;
    const CasesSheetColumn& c = m_columns[column];
    if (c.type == AttributeType::Number && !numberIn(value))
        return Message(EDAU_MSG("{value} is not a number, but the attribute {attribute} holds numbers"))
            .arg("value", trimmed(value))
            .arg("attribute", c.name);
    if (c.type == AttributeType::Date && !isIsoDate(trimmed(value)))
        return Message(EDAU_MSG("{value} is not a date written YYYY-MM-DD, but the attribute {attribute} holds dates"))
            .arg("value", trimmed(value))
            .arg("attribute", c.name);
    return std::nullopt;
}

void CasesSheetModel::setValue(std::size_t row, std::size_t column, std::string value) {
    if (row < m_rows.size() && column < m_rows[row].values.size()) m_rows[row].values[column] = std::move(value);
}

}  // namespace edau::gui
