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

/// Folder holding the user guide (<lang>/index.html, its images, help.css): help/ in
/// dataDirectory(), so share/edau/help when installed and the build tree's copy otherwise.
std::string helpDirectory();

/// The user guide's page in `language` ("cy", "en"), or the English page when there is none in
/// that language. Returned even when the file is missing, so that the caller can say where it
/// should be.
std::string userGuidePath(const std::string& language);

}  // namespace edau
