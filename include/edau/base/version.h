// SPDX-License-Identifier: GPL-3.0-or-later
/// The version of Edau that was built.
#pragma once

namespace edau {

/// "MAJOR.MINOR.PATCH", from the CMake project version.
const char* versionString();

}  // namespace edau
