// SPDX-License-Identifier: GPL-3.0-or-later
/// The user's settings file (~/.config/edau/edau.conf) through wxConfig.
#pragma once

#include <string>
#include <vector>

class wxFileHistory;

namespace edau::gui {

/// Makes wxConfig read and write $XDG_CONFIG_HOME/edau/edau.conf (~/.config/edau/edau.conf).
/// A missing file is not an error: it is made on the first save.
void openSettings();

/// The language chosen with View > Language; empty when none was saved.
std::string savedUiLanguage();

/// Remembers the language chosen with View > Language for the next start. Returns false
/// when the settings file could not be written (the choice then holds for this session).
bool saveUiLanguage(const std::string& languageCode);

/// The uuids of the codes this user pinned to keys 1–9 in the project `projectUuid`, in key
/// order; empty when none were.
std::vector<std::string> savedPinnedCodes(const std::string& projectUuid);

/// The main window's pane layout (wxAUI perspective) saved when it last closed; empty for none.
std::string savedWindowLayout();

/// Remembers the main window's pane layout for the next start.
bool saveWindowLayout(const std::string& perspective);

/// Reads Project > Open recent from the settings file.
void loadRecentProjects(wxFileHistory& history);
/// Writes Project > Open recent to the settings file (creating its folder). False on failure.
bool saveRecentProjects(wxFileHistory& history);
/// Remembers the pinned codes of a project. Returns false when the settings could not be written.
bool savePinnedCodes(const std::string& projectUuid, const std::vector<std::string>& codeUuids);

}  // namespace edau::gui
