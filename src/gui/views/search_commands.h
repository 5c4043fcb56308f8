// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu command ids of search, import and the cases sheet (Search menu, Project > Import…,
/// View > Cases), for the main window's menus and for scripted runs.
#pragma once

#include <wx/defs.h>

namespace edau::gui {

/// Clear of View > Language (wxID_HIGHEST + 100...), coding (+ 2000...) and the document
/// panel's context menu (+ 2100...).
enum SearchCommand : int {
    kFindCommand = wxID_HIGHEST + 2300,  ///< Search > Find…: the keyboard in the query box
    kCodeAllHitsCommand,                 ///< Search > Code all hits…
    kImportSourcesCommand,               ///< Project > Import…
    kShowCasesCommand,                   ///< View > Cases
};

}  // namespace edau::gui
