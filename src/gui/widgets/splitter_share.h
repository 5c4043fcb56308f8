// SPDX-License-Identifier: GPL-3.0-or-later
/// Keeping a splitter's sash at a share of its width or height until the user moves it.
#pragma once

class wxSplitterWindow;

namespace edau::gui {

/// Puts the sash of `splitter` (already split) at `share` (0..1) of its width (vertical split)
/// or height (horizontal split) whenever it is resized, until the user drags the sash. A sash
/// position given when splitting is lost, because a new window is laid out at a tiny size first.
void keepSashShare(wxSplitterWindow* splitter, double share);

}  // namespace edau::gui
