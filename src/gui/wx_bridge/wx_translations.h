// SPDX-License-Identifier: GPL-3.0-or-later
/// Loads Edau's gettext catalogues into wxTranslations for the chosen interface language.
#pragma once

#include <string>

namespace edau::gui {

/// The gettext domain of Edau's own catalogue (locale/<lang>/LC_MESSAGES/edau.mo).
inline constexpr const char* kCatalogName = "edau";

/// Replaces the process's translations with `languageCode` ("en", "cy"), or the system's
/// language when empty. Loads the "edau" catalogue from edau::localeDirectory() and wx's own
/// "wxstd" catalogue where one exists. Safe to call again to switch language at run time.
/// Returns the interface language now in effect ("en" when nothing better was found).
std::string installTranslations(const std::string& languageCode);

}  // namespace edau::gui
