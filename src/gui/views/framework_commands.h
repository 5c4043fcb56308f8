// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu command ids of the Framework menu (framework matrices), for the main window's
/// menus, the matrix editor's buttons and scripted runs.
#pragma once

#include <wx/defs.h>

namespace edau::gui {

/// Clear of View > Language (wxID_HIGHEST + 100...), coding (+ 2000...), the document
/// panel's context menu (+ 2100...) and search (+ 2300...).
enum FrameworkCommand : int {
    kNewMatrixCommand = wxID_HIGHEST + 2700,  ///< Framework > New matrix…
    kOpenMatrixCommand,                       ///< Framework > Open matrix…
    kSaveSummaryCommand,                      ///< write the summary being edited
    kCitePassageCommand,                      ///< cite the selected passage at the caret
    kStartFromCodedTextCommand,               ///< draft an empty cell's summary from its passages
    kCheckEvidenceCommand,                    ///< the evidence check, as a list
    kNextProblemCommand,
    kPreviousProblemCommand,
    kExportMatrixCommand,                     ///< Framework > Export matrix…
};

}  // namespace edau::gui
