// SPDX-License-Identifier: GPL-3.0-or-later
/// The agreement coefficients themselves (percentage agreement, Cohen's kappa, Krippendorff's
/// alpha), computed from plain tables so they can be checked against published examples.
///
/// Proportions are 0..1 (front ends show them as percentages). A figure whose formula divides
/// by zero is std::nullopt rather than NaN (JSON cannot hold NaN, and "not defined" must not be
/// mistaken for a number); `notes` then says why.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "edau/base/message.h"

namespace edau {

/// Two coders' yes/no decisions about the same items (characters or units) for one code:
/// the 2 × 2 table every two-coder figure is computed from.
struct AgreementTable {
    std::int64_t both = 0;        ///< a: coded by both coders
    std::int64_t firstOnly = 0;   ///< b: coded by the first coder only
    std::int64_t secondOnly = 0;  ///< c: coded by the second coder only
    std::int64_t neither = 0;     ///< d: coded by neither coder

    /// n = a + b + c + d.
    std::int64_t total() const { return both + firstOnly + secondOnly + neither; }
    /// Adds another table cell by cell, for pooling documents or codes.
    AgreementTable& operator+=(const AgreementTable& other);
    /// Tables are equal when every cell is.
    friend bool operator==(const AgreementTable&, const AgreementTable&) = default;
};

/// Every two-coder figure of one AgreementTable.
/// With n = a + b + c + d, pFirst = (a + b) / n and pSecond = (a + c) / n:
///   agreement         po = (a + d) / n
///   chanceAgreement   pe = pFirst·pSecond + (1 − pFirst)(1 − pSecond)
///   kappa             κ = (po − pe) / (1 − pe) = 2(ad − bc) / ((a + b)(b + d) + (a + c)(c + d))
///   overlap           a / (a + b + c)          (Jaccard: d plays no part)
///   specificAgreement 2a / (2a + b + c)        (positive specific agreement: d plays no part)
struct TwoCoderFigures {
    AgreementTable table;                      ///< the counts the figures come from
    std::optional<double> agreement;           ///< po; none when n = 0
    std::optional<double> chanceAgreement;     ///< pe; none when n = 0
    std::optional<double> kappa;               ///< none when pe = 1 (both coders coded all or none)
    std::optional<double> overlap;             ///< none when a + b + c = 0 (nobody used the code)
    std::optional<double> specificAgreement;   ///< none when a + b + c = 0
    std::vector<Message> notes;                ///< why a figure above is missing, if one is
};

/// Computes percentage agreement, Cohen's kappa (Cohen 1960), overlap and specific agreement.
TwoCoderFigures twoCoderFigures(const AgreementTable& table);

/// Krippendorff's alpha and the quantities it is made of, so a report can show its working.
/// Over units with at least two values (m_u ≥ 2), with o_ck the coincidences of values c and k,
/// n_c = Σ_k o_ck and n = Σ_c n_c:
///   Do = Σ_{c≠k} o_ck / n,   De = Σ_{c≠k} n_c·n_k / (n(n − 1)),   α = 1 − Do / De.
struct AlphaFigures {
    std::optional<double> alpha;                 ///< none when De = 0 or nothing is pairable
    std::int64_t units = 0;                      ///< units with two or more values (the rest are not pairable)
    std::int64_t values = 0;                     ///< n: the pairable values
    std::optional<double> observedDisagreement;  ///< Do
    std::optional<double> expectedDisagreement;  ///< De
    std::vector<Message> notes;                  ///< why alpha is missing, if it is
};

/// Reliability data as Krippendorff tabulates it: data[coder][unit] is the value that coder
/// gave that unit, or std::nullopt when the coder gave none (missing data).
using ReliabilityData = std::vector<std::vector<std::optional<std::int64_t>>>;

/// Krippendorff's alpha for nominal values, any number of coders, missing values allowed
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
/// Throws Error(Usage) when the coders' rows differ in length.
AlphaFigures krippendorffAlphaNominal(const ReliabilityData& data);

}  // namespace edau
