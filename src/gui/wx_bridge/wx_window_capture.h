// SPDX-License-Identifier: GPL-3.0-or-later
/// Saves what a window shows on screen to a PNG (for --screenshot and visual checks).
#pragma once

#include <wx/string.h>

class wxWindow;

namespace edau::gui {

/// Copies the window, menu bar and status bar included, into a PNG at `path`. Reads the
/// screen where the window is (so it should be on top, as it is on a test display) and
/// falls back to the window's own client area where the screen cannot be read.
/// Returns an empty string on success, otherwise why it failed (in words for the user),
/// including when the picture came out blank, which means nothing was really captured.
wxString saveWindowImage(wxWindow& window, const wxString& path);

}  // namespace edau::gui
