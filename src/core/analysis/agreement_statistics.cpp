// SPDX-License-Identifier: GPL-3.0-or-later
// Percentage agreement, Cohen's kappa, overlap and Krippendorff's nominal alpha from tables.
#include "edau/analysis/agreement_statistics.h"

#include <cstddef>
#include <map>

#include "edau/base/error.h"
#include "nominal_coincidences.h"

namespace edau {

AgreementTable& AgreementTable::operator+=(const AgreementTable& other) {
    both += other.both;
    firstOnly += other.firstOnly;
    secondOnly += other.secondOnly;
    neither += other.neither;
    return *this;
}

TwoCoderFigures twoCoderFigures(const AgreementTable& table) {
    TwoCoderFigures out;
    out.table = table;
    // Products of counts can pass 2^63 when characters are pooled over many codes, so the
    // arithmetic is in long double; whether a denominator is zero is decided on the integers.
    using Real = long double;
    const Real a = static_cast<Real>(table.both);
    const Real b = static_cast<Real>(table.firstOnly);
    const Real c = static_cast<Real>(table.secondOnly);
    const Real d = static_cast<Real>(table.neither);
    const std::int64_t total = table.total();

    if (total == 0) {
        out.notes.emplace_back(EDAU_MSG("Nothing to compare: there is no text or unit in this scope."));
    } else {
        const Real n = static_cast<Real>(total);
        out.agreement = static_cast<double>((a + d) / n);
        const Real pFirst = (a + b) / n;
        const Real pSecond = (a + c) / n;
        out.chanceAgreement = static_cast<double>(pFirst * pSecond + (1 - pFirst) * (1 - pSecond));
        // pe = 1 exactly when each coder put every item in the same class and both chose the
        // same class: then po = 1 too and kappa is 0/0.
        const bool firstConstant = table.both + table.firstOnly == 0 || table.secondOnly + table.neither == 0;
        const bool secondConstant = table.both + table.secondOnly == 0 || table.firstOnly + table.neither == 0;
        if (firstConstant && secondConstant) {
            out.notes.emplace_back(EDAU_MSG("Kappa is not defined: both coders coded all of this or none of it, "
                                            "so agreement by chance is complete (NVivo shows 1 here)."));
        } else {
            // The closed form of (po - pe) / (1 - pe), free of the rounding in po and pe.
            out.kappa = static_cast<double>(2 * (a * d - b * c) / ((a + b) * (b + d) + (a + c) * (c + d)));
        }
    }
    if (table.both + table.firstOnly + table.secondOnly == 0) {
        out.notes.emplace_back(EDAU_MSG("Overlap is not defined: neither coder applied this code here."));
    } else {
        out.overlap = static_cast<double>(a / (a + b + c));
        out.specificAgreement = static_cast<double>(2 * a / (2 * a + b + c));
    }
    return out;
}

AlphaFigures krippendorffAlphaNominal(const ReliabilityData& data) {
    std::size_t units = data.empty() ? 0 : data.front().size();
    for (const auto& row : data) {
        if (row.size() != units)
            throwError(ErrorKind::Usage,
                       Message(EDAU_MSG("Every coder needs a value or a gap for each of the {count} units."))
                           .arg("count", static_cast<long long>(units)));
    }
    analysis_detail::NominalCoincidences coincidences;
    std::map<std::int64_t, std::int64_t> counts;
    for (std::size_t unit = 0; unit < units; ++unit) {
        counts.clear();
        for (const auto& row : data) {
            if (row[unit]) ++counts[*row[unit]];
        }
        coincidences.addUnit(counts);
    }
    return coincidences.figures();
}

namespace analysis_detail {

void NominalCoincidences::addUnit(const std::map<std::int64_t, std::int64_t>& valueCounts) {
    std::int64_t m = 0;
    for (const auto& [value, count] : valueCounts) m += count;
    if (m < 2) return;
    // Each ordered pair of values from different coders in the unit is one coincidence,
    // weighted 1 / (m_u - 1) so that every pairable value contributes exactly 1 in total.
    for (const auto& [value, count] : valueCounts) {
        if (count == 0) continue;
        m_valueTotals[value] += count;
        m_agreeing += static_cast<double>(count) * static_cast<double>(count - 1) / static_cast<double>(m - 1);
    }
    ++m_units;
    m_values += m;
}

void NominalCoincidences::addBinaryUnit(std::int64_t ones, std::int64_t zeros) {
    addUnit({{0, zeros}, {1, ones}});
}

void NominalCoincidences::add(const NominalCoincidences& other) {
    for (const auto& [value, count] : other.m_valueTotals) m_valueTotals[value] += count;
    m_agreeing += other.m_agreeing;
    m_units += other.m_units;
    m_values += other.m_values;
}

AlphaFigures NominalCoincidences::figures() const {
    AlphaFigures out;
    out.units = m_units;
    out.values = m_values;
    if (m_units == 0) {
        out.notes.emplace_back(EDAU_MSG("Alpha is not defined: no unit has values from two or more coders."));
        return out;
    }
    using Real = long double;
    const Real n = static_cast<Real>(m_values);
    Real sumOfSquares = 0;
    for (const auto& [value, count] : m_valueTotals) sumOfSquares += static_cast<Real>(count) * static_cast<Real>(count);
    const Real observed = (n - static_cast<Real>(m_agreeing)) / n;
    out.observedDisagreement = static_cast<double>(observed);
    if (m_valueTotals.size() < 2) {
        // Only one value was ever used: expected disagreement is 0 and alpha 0/0.
        out.expectedDisagreement = 0.0;
        out.notes.emplace_back(EDAU_MSG("Alpha is not defined: every value is the same, so agreement cannot "
                                        "be told apart from chance."));
        return out;
    }
    const Real expected = (n * n - sumOfSquares) / (n * (n - 1));
    out.expectedDisagreement = static_cast<double>(expected);
    out.alpha = static_cast<double>(1 - observed / expected);
    return out;
}

}  // namespace analysis_detail

}  // namespace edau
