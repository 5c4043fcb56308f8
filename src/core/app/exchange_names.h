// SPDX-License-Identifier: GPL-3.0-or-later
// The names and derived GUIDs Edau's REFI-QDA export writes and its import reads back.
#pragma once

#include <string>
#include <string_view>

#include "edau/base/uuid.h"

namespace edau {

/// Starts the name of a set that is a framework matrix, and of a note that is a cell summary.
inline constexpr std::string_view kFrameworkPrefix = "Framework: ";
/// Link names: from a matrix's set to each row; from a cell's note to its row, its code and each cited passage.
inline constexpr std::string_view kFrameworkRowLink = "Framework row";
inline constexpr std::string_view kCellRowLink = "Framework cell row";
inline constexpr std::string_view kCellColumnLink = "Framework cell column";
inline constexpr std::string_view kCitationLink = "Framework citation";
/// Link from a memo's note to the case it is about (a case has no NoteRef in the schema).
inline constexpr std::string_view kMemoLink = "Memo";
/// The description that marks a Text variable as an Edau category attribute.
inline constexpr std::string_view kCategoryVariableDescription = "Category (Edau attribute type)";

/// The selection an Edau coding is written as: one per coding, its GUID the same on every export.
inline std::string selectionGuidOf(const std::string& codingUuid) { return uuidFromName("edau-selection:" + codingUuid); }

/// "Framework: MATRIX — ROW × CODE", a cell summary's note as other programs list it.
inline std::string frameworkCellName(const std::string& matrix, const std::string& row, const std::string& codePath) {
    return std::string(kFrameworkPrefix) + matrix + " \u2014 " + row + " \u00D7 " + codePath;
}

}  // namespace edau
