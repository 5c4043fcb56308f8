// SPDX-License-Identifier: GPL-3.0-or-later
/// Codes named by path, as users and the CLI write them: "Theme/Sub-theme", "\/" for a slash.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "edau/model/entities.h"
#include "edau/text/collation.h"

namespace edau {

/// Splits "Cymorth/Seibiant" into its names; "\/" stands for a "/" inside a name.
std::vector<std::string> splitCodePath(const std::string& path);
/// The path of a code among `codes` (which must include its ancestors).
std::string codePath(const std::vector<Code>& codes, RowId codeId);
/// Finds the code at `path`, if any.
std::optional<Code> findCodeByPath(const std::vector<Code>& codes, const std::string& path);
/// The codebook as readers scan it: each parent followed by its children, siblings by name in
/// `collator`'s order (the interface language's). A code whose parent is missing is a root.
std::vector<Code> codesInDisplayOrder(const std::vector<Code>& codes, const text::Collator& collator);

}  // namespace edau
