// SPDX-License-Identifier: GPL-3.0-or-later
// Krippendorff's coincidences for nominal values, gathered unit by unit.
#pragma once

#include <cstdint>
#include <map>

#include "edau/analysis/agreement_statistics.h"

namespace edau::analysis_detail {

/// Gathers what nominal alpha needs (n_c per value and the agreeing coincidences Σ o_cc) one
/// unit at a time, so alpha can be pooled over thousands of (unit, code) pairs without ever
/// building the reliability matrix.
class NominalCoincidences {
public:
    /// Adds one unit: how many coders gave it each value (missing values are simply absent).
    /// A unit with fewer than two values is not pairable and adds nothing.
    void addUnit(const std::map<std::int64_t, std::int64_t>& valueCounts);
    /// Adds one unit that `ones` coders valued 1 (coded) and `zeros` coders valued 0.
    void addBinaryUnit(std::int64_t ones, std::int64_t zeros);
    /// Adds another accumulator's units, for pooling across codes.
    void add(const NominalCoincidences& other);
    /// Alpha and its parts from everything added so far.
    AlphaFigures figures() const;

private:
    std::map<std::int64_t, std::int64_t> m_valueTotals;  // n_c
    double m_agreeing = 0;                               // Σ_c o_cc
    std::int64_t m_units = 0;
    std::int64_t m_values = 0;                           // n
};

}  // namespace edau::analysis_detail
