// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu command ids of teamwork through a shared folder (the Team menu's first group),
/// for the main window's menus and for scripted runs.
#pragma once

#include <wx/defs.h>

namespace edau::gui {

/// Clear of View > Language (wxID_HIGHEST + 100...), coding (+ 2000...), the document
/// panel's context menu (+ 2100...), search (+ 2300...), queries (+ 2500...) and
/// framework (+ 2700...).
enum TeamCommand : int {
    kSharedFolderCommand = wxID_HIGHEST + 3100,  ///< Team > Shared folder…
    kSyncNowCommand,                             ///< Team > Sync now
    kBlindCodingCommand,                         ///< Team > Blind coding (a check item)
    kTeamLogCommand,                             ///< Team > Team log: the bottom pane's tab
    kMergeCopyCommand,                           ///< Team > Merge a colleague's copy…
};

}  // namespace edau::gui
