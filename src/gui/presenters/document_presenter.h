// SPDX-License-Identifier: GPL-3.0-or-later
/// What the document view shows of one source: text, speaker labels, turns and codings.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "edau/model/entities.h"
#include "presenters/text_positions.h"

namespace edau {
class Workbench;
}

namespace edau::gui {

/// A range of a document's text in code points, end exclusive.
struct TextRange {
    std::int64_t start = 0;
    std::int64_t end = 0;
    bool operator==(const TextRange&) const = default;
};

/// One source, read for showing.
struct DocumentViewModel {
    Document document;
    CodePointIndex text;               ///< the stored NFC text, with its byte positions
    LineIndex lines;
    std::vector<Turn> turns;           ///< in text order
    std::vector<TextRange> speakerLabels;  ///< "Siân:" at the start of each turn that writes it
    std::vector<Coding> codings;
};

/// Reads a document for the view. Throws Error(NotFound) when it is not in the project.
DocumentViewModel loadDocumentView(const Workbench& workbench, RowId documentId);

/// Re-reads only the codings (they change; the text never does).
void reloadCodings(const Workbench& workbench, DocumentViewModel& model);

/// The speaker label that opens each turn: from the turn's start up to and including the
/// colon after the speaker's name ("Siân:", "[00:01:02] Siân:", "*GAI:"). Turns whose text
/// does not write the name (or has no speaker) get none.
std::vector<TextRange> findSpeakerLabels(const CodePointIndex& text, const std::vector<Turn>& turns);

/// The turn holding `position`, as a range; a position just after a turn's end (the caret at
/// the end of its line) still belongs to it. Nullopt between or without turns.
std::optional<TextRange> turnAround(const std::vector<Turn>& turns, std::int64_t position);

/// What "Code this turn" codes at `position`: the turn holding it, else the line
/// (paragraph) holding it; nullopt when that is empty.
std::optional<TextRange> passageAround(const DocumentViewModel& model, std::int64_t position);

}  // namespace edau::gui
