// SPDX-License-Identifier: GPL-3.0-or-later
// Attribute type inference for case sheets.
#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <string_view>

#include "edau/import/source_reader.h"

namespace edau {

AttributeType inferAttributeType(const std::vector<std::string>& values) {
    auto isDate = [](const std::string& v) {
        if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
        for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
            if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
        int year = std::stoi(v.substr(0, 4)), month = std::stoi(v.substr(5, 2)), day = std::stoi(v.substr(8, 2));
        static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (month < 1 || month > 12 || day < 1) return false;
        bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    };
    // Plain decimal numbers as people type them, independent of the C locale: -12, 3.5, 1e3.
    auto isNumber = [](const std::string& v) {
        std::size_t i = 0, digits = 0;
        if (i < v.size() && (v[i] == '-' || v[i] == '+')) ++i;
        while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i, ++digits;
        if (i < v.size() && v[i] == '.') {
            ++i;
            while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i, ++digits;
        }
        if (digits == 0) return false;
        if (i < v.size() && (v[i] == 'e' || v[i] == 'E')) {
            ++i;
            if (i < v.size() && (v[i] == '-' || v[i] == '+')) ++i;
            std::size_t expDigits = 0;
            while (i < v.size() && std::isdigit(static_cast<unsigned char>(v[i]))) ++i, ++expDigits;
            if (expDigits == 0) return false;
        }
        return i == v.size();
    };
    std::vector<std::string> present;
    for (const auto& v : values)
        if (!v.empty()) present.push_back(v);
    if (present.empty()) return AttributeType::Text;
    if (std::all_of(present.begin(), present.end(), isDate)) return AttributeType::Date;
    if (std::all_of(present.begin(), present.end(), isNumber)) return AttributeType::Number;
    std::vector<std::string> distinct = present;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    bool shortValues = std::all_of(distinct.begin(), distinct.end(), [](const std::string& v) { return v.size() <= 40; });
    if (shortValues && (distinct.size() <= 12 || distinct.size() * 2 <= present.size())) return AttributeType::Category;
    return AttributeType::Text;
}

}  // namespace edau
