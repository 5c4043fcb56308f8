// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu command ids of reading and coding, shared by the main window's menus and the
/// context menus of the document and codebook panels (whose events reach the window).
#pragma once

#include <wx/defs.h>

namespace edau::gui {

/// Far above View > Language's ids (wxID_HIGHEST + 100...) so other panels' ids stay clear.
enum CodingCommand : int {
    kCodeSelectionCommand = wxID_HIGHEST + 2000,  ///< code the selection with the codebook's selected code
    kQuickCodeCommand,              ///< put the keyboard in the quick-code box
    kNewCodeFromSelectionCommand,
    kCodeTurnCommand,
    kRemoveCodingCommand,           ///< remove a coding at the caret (asks which when several)
    kNewCodeCommand,
    kNewSubcodeCommand,
    kRenameCodeCommand,
    kCodeColourCommand,
    kDeleteCodeCommand,
    kMergeCodeCommand,
    kMoveCodeToTopCommand,
    kTogglePinCommand,
    kShowPassagesCommand,
    kChangeCoderCommand,
    kToolbarUndoCommand,            ///< the toolbar's Undo button (not wxID_UNDO: GTK would label it itself)
    kToolbarRedoCommand,
    kFocusCodebookCommand,
    kFocusDocumentCommand,
    kCloseDocumentCommand,
    kFirstPinnedCodeCommand,        ///< ...and the eight after it: keys 1–9
    kLastPinnedCodeCommand = kFirstPinnedCodeCommand + 8,
};

}  // namespace edau::gui
