// SPDX-License-Identifier: GPL-3.0-or-later
/// Random (version 4) UUIDs, the stable identity of every entity across merge, sync and REFI-QDA.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace edau {

/// A new random UUID in canonical lower-case 8-4-4-4-12 form.
std::string newUuid();

/// Accepts upper or lower case, with or without braces; returns canonical form, or nullopt.
std::optional<std::string> canonicalUuid(std::string_view text);

}  // namespace edau
