// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding queries: matrix coding counts (cases or attribute values by codes) and code
/// co-occurrence (overlapping passages, or passages in the same speaker turn).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace edau {

class Workbench;

/// One row × code cell of a matrix coding query.
struct CodingCount {
    std::string row;   ///< a case name, or an attribute value
    std::string code;  ///< code path
    std::int64_t codings = 0;
    std::int64_t documents = 0;  ///< documents with at least one such coding
    std::int64_t words = 0;      ///< words inside the codings (overlaps of one code counted once)
};

/// Rows are cases ("cases") or the values of a case attribute (its name). Documents without
/// a case (or a value) form a row named "".
std::vector<CodingCount> countCodings(const Workbench& bench, const std::string& rows);

/// How often two codes are applied together.
struct CodePair {
    std::string first;
    std::string second;
    std::int64_t overlapping = 0;  ///< pairs of codings whose passages overlap
    std::int64_t sameTurn = 0;     ///< pairs of codings that start in the same speaker turn
};

/// Every pair of codes that occur together at least once, most frequent first.
std::vector<CodePair> codeCooccurrence(const Workbench& bench);

}  // namespace edau
