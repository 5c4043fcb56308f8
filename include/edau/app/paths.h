// SPDX-License-Identifier: GPL-3.0-or-later
/// Where the installed (or freshly built) program finds its data and translations.
#pragma once

#include <string>

namespace edau {

/// Folder holding sample/, help/, icons/. EDAU_DATA_DIR overrides; then next to the
/// executable (../share/edau), the build tree, and the install prefix.
std::string dataDirectory();

/// Folder holding <lang>/LC_MESSAGES/edau.mo. EDAU_LOCALE_DIR overrides; same search order.
std::string localeDirectory();

}  // namespace edau
