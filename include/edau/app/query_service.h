// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding queries: matrix coding counts (cases, attribute values or coders by codes) and code
/// co-occurrence (overlapping passages, or passages in the same speaker turn).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace edau {

class Workbench;

/// One row × code cell of a matrix coding query.
struct CodingCount {
    std::string row;   ///< a case name, an attribute value, or a coder's name
    std::string code;  ///< code path
    std::int64_t codings = 0;
    std::int64_t documents = 0;   ///< documents with at least one such coding
    std::int64_t words = 0;       ///< words inside the codings (overlaps of one code counted once)
    std::int64_t characters = 0;  ///< characters (code points) coded, overlaps of one code counted once
};

/// What a matrix coding query counts by.
struct CodingCountQuery {
    /// "cases", "coders" (what each member of a team has coded, before comparing), or the name
    /// of a case attribute (its values are the rows).
    std::string rows = "cases";
    std::string codePath = {};  ///< only this code and its sub-codes; empty for every code
};

/// Rows as the query says, by code. Documents without a case (or a value) form a row named "".
/// Throws NotFound for an unknown attribute or code.
std::vector<CodingCount> countCodings(const Workbench& bench, const CodingCountQuery& query);
/// Rows are cases ("cases"), coders ("coders") or the values of a case attribute (its name).
std::vector<CodingCount> countCodings(const Workbench& bench, const std::string& rows);
/// Per coder and code: codings, documents and characters each coder has coded.
std::vector<CodingCount> countCodingsByCoder(const Workbench& bench, const std::string& codePath = {});

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
