// SPDX-License-Identifier: GPL-3.0-or-later
/// The user's settings file (~/.config/edau/edau.conf) through wxConfig.
#pragma once

#include <string>

namespace edau::gui {

/// Makes wxConfig read and write $XDG_CONFIG_HOME/edau/edau.conf (~/.config/edau/edau.conf).
/// A missing file is not an error: it is made on the first save.
void openSettings();

/// The language chosen with View > Language; empty when none was saved.
std::string savedUiLanguage();

/// Remembers the language chosen with View > Language for the next start. Returns false
/// when the settings file could not be written (the choice then holds for this session).
bool saveUiLanguage(const std::string& languageCode);

}  // namespace edau::gui
