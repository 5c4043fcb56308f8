// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu bar's keyboard shortcuts, for controls that would otherwise keep the keys.
#pragma once

class wxKeyEvent;
class wxWindow;

namespace edau::gui {

/// If `event` (a key press with Ctrl or Alt in `window`) is the shortcut of an enabled item
/// of the menu bar of `window`'s frame, runs that item's command and returns true.
/// wxStyledTextCtrl keeps such keys to itself under GTK even when it has nothing bound to
/// them, so the document text passes them on with this.
bool runMenuShortcut(wxWindow& window, const wxKeyEvent& event);

}  // namespace edau::gui
