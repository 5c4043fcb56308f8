// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu command ids of queries, intercoder agreement, Most Significant Change,
/// Project > Export and Project > Exchange, for the main window's menus and for scripted runs.
#pragma once

#include <wx/defs.h>

namespace edau::gui {

/// Clear of View > Language (wxID_HIGHEST + 100...), coding (+ 2000...), the document
/// panel's context menu (+ 2100...), search (+ 2300...) and framework (+ 2700...).
enum QueryCommand : int {
    kCodingCountsCommand = wxID_HIGHEST + 2500,  ///< Search > Coding counts
    kCooccurrenceCommand,                        ///< Search > Codes that occur together
    kAgreementCommand,                           ///< Team > Intercoder agreement
    kCodersCountsCommand,                        ///< Team > What each coder coded
    kMscRoundsCommand,                           ///< View > Most Significant Change rounds
    kExportMatrixMenuCommand,                    ///< Project > Export > Framework matrix…
    kExportPassagesCommand,                      ///< Project > Export > Coded passages…
    kExportCodebookCommand,                      ///< Project > Export > Codebook…
    kExportQdpxCommand,                          ///< Project > Exchange > Export the project (.qdpx)…
    kExportQdcCommand,                           ///< Project > Exchange > Export the codebook (.qdc)…
    kImportQdpxCommand,                          ///< Project > Exchange > Import from another program…
};

}  // namespace edau::gui
