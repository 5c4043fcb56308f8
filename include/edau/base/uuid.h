// SPDX-License-Identifier: GPL-3.0-or-later
/// Random (version 4) UUIDs, the stable identity of every entity across merge, sync and REFI-QDA.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace edau {

/// A new random UUID in canonical lower-case 8-4-4-4-12 form.
std::string newUuid();

/// A UUID that depends only on `name` (SHA-256 of it, as an RFC 9562 version 8 UUID): for
/// identities that must come out the same every time, such as one derived from another.
std::string uuidFromName(std::string_view name);

/// Accepts upper or lower case, with or without braces; returns canonical form, or nullopt.
std::optional<std::string> canonicalUuid(std::string_view text);

}  // namespace edau
