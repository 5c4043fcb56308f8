// SPDX-License-Identifier: GPL-3.0-or-later
// Numbered schema migrations keyed on PRAGMA user_version.
#pragma once

#include "sqlite_connection.h"

namespace edau::store {

/// 'EDAU' in ASCII: PRAGMA application_id marks a database as an Edau project.
inline constexpr std::int64_t kApplicationId = 0x45444155;

/// Brings the schema from its current user_version up to kSchemaVersion inside one
/// transaction. Refuses a file from a newer Edau.
void migrate(const sqlite::Connection& db);

}  // namespace edau::store
