// SPDX-License-Identifier: GPL-3.0-or-later
/// The writes behind the coding commands of the desktop app, each one undoable action.
#pragma once

#include <optional>
#include <string>

#include "edau/model/entities.h"
#include "presenters/document_presenter.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// Codes `passage` of a document with `codeId` as the current coder. Throws Error(Usage) when
/// the passage is empty or no coder is chosen, and whatever the store throws (read-only...).
Coding codePassage(Workbench& workbench, RowId documentId, const TextRange& passage, RowId codeId);

/// The code at `path` ("Theme/Sub-theme"), made with any missing parents in one undoable
/// action; an existing code is returned as it is. New codes take a colour no code uses yet.
Code codeAtPath(Workbench& workbench, const std::string& path);

/// Codes `passage` with the code at `path`, making it (and any missing parents) first when it
/// is not in the codebook: one action, so one undo removes the coding and the new codes.
Code codePassageAtPath(Workbench& workbench, RowId documentId, const TextRange& passage, const std::string& path);

/// Moves a code under `newParentId` (nullopt: to the top level). Moving into itself or one
/// of its own sub-codes throws Error(Usage).
void moveCode(Workbench& workbench, RowId codeId, std::optional<RowId> newParentId);

/// Renames a code. Throws Error(BadInput) when a sibling already has the name.
void renameCode(Workbench& workbench, RowId codeId, const std::string& newName);

}  // namespace edau::gui
