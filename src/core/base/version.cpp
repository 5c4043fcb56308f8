// SPDX-License-Identifier: GPL-3.0-or-later
// The version string, passed in by CMake.
#include "edau/base/version.h"

namespace edau {

const char* versionString() { return EDAU_VERSION; }

}  // namespace edau
