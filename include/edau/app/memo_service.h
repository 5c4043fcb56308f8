// SPDX-License-Identifier: GPL-3.0-or-later
/// Memos as front ends list them (what each is attached to, in words) and memos on matrix cells.
#pragma once

#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {

class Workbench;

/// What a memo is attached to, named the way users name things rather than by UUID.
struct MemoTargetView {
    MemoTarget kind = MemoTarget::Project;
    std::string uuid;    ///< empty for the project
    std::string name;    ///< a document or case name, a code path, "matrix: row × code" for a cell
    std::string matrix;  ///< for a cell: its matrix, row name and code path, so scripts need not parse `name`
    std::string row;
    std::string code;
    bool missing = false;  ///< the thing was removed after the memo was written
    Message description;   ///< the target in words, e.g. "the document {document}", for listings
};

/// A memo with its author and its target.
struct MemoView {
    Memo memo;
    std::string coder;  ///< who wrote it; empty when unknown
    MemoTargetView target;
};

/// Every memo in the order written, each with its target described.
std::vector<MemoView> listMemos(const Workbench& bench);

/// Writes a memo on the cell at row × code of a matrix (`rowName`: a case, or a document when
/// the rows are documents); the empty cell is created first when nothing is written there yet.
/// One undoable action.
Memo addCellMemo(Workbench& bench, const std::string& matrixName, const std::string& rowName,
                 const std::string& codePath, const std::string& title, const std::string& text);

}  // namespace edau
