// SPDX-License-Identifier: GPL-3.0-or-later
/// Wall-clock timestamps as stored in the project: UTC, ISO 8601 with milliseconds.
#pragma once

#include <string>

namespace edau {

/// Now, as "2026-11-22T19:39:00.123Z".
std::string utcTimestampNow();

}  // namespace edau
