// SPDX-License-Identifier: GPL-3.0-or-later
/// What the document view shows of one source: text, speaker labels, turns and codings.
#include "presenters/document_presenter.h"

#include <algorithm>
#include <string_view>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"

namespace edau::gui {
namespace {

/// How far into a turn its speaker's name may start (after a time mark, say), in bytes.
constexpr std::size_t kLabelSearchBytes = 200;

}  // namespace

DocumentViewModel loadDocumentView(const Workbench& workbench, RowId documentId) {
    const ProjectStore& store = workbench.store();
    const std::optional<Document> document = store.documentById(documentId);
    if (!document) {
        throwError(ErrorKind::NotFound,
                   Message(EDAU_MSG("The document {document} is no longer in the project"))
                       .arg("document", std::to_string(documentId)));
    }
    DocumentViewModel model;
    model.document = *document;
    model.text = CodePointIndex(store.documentText(documentId));
    model.lines = LineIndex(model.text.text());
    model.turns = store.turns(documentId);
    std::sort(model.turns.begin(), model.turns.end(),
              [](const Turn& a, const Turn& b) { return a.start < b.start; });
    model.speakerLabels = findSpeakerLabels(model.text, model.turns);
    model.codings = store.codingsOfDocument(documentId);
    return model;
}

void reloadCodings(const Workbench& workbench, DocumentViewModel& model) {
    model.codings = workbench.store().codingsOfDocument(model.document.id);
}

std::vector<TextRange> findSpeakerLabels(const CodePointIndex& text, const std::vector<Turn>& turns) {
    std::vector<TextRange> labels;
    const std::string_view all = text.text();
    for (const Turn& turn : turns) {
        if (turn.speaker.empty() || turn.end <= turn.start) continue;
        const std::size_t from = text.byteOf(turn.start);
        const std::size_t to = std::min(text.byteOf(turn.end), from + kLabelSearchBytes + turn.speaker.size() + 1);
        const std::string_view head = all.substr(from, to - from);
        const std::size_t name = head.find(turn.speaker);
        if (name == std::string_view::npos || name > kLabelSearchBytes) continue;
        const std::size_t colon = name + turn.speaker.size();
        if (colon >= head.size() || head[colon] != ':') continue;
        labels.push_back({turn.start, text.codePointOf(from + colon + 1)});
    }
    return labels;
}

std::optional<TextRange> turnAround(const std::vector<Turn>& turns, std::int64_t position) {
    // The last turn starting at or before the position.
    const auto after = std::upper_bound(turns.begin(), turns.end(), position,
                                        [](std::int64_t p, const Turn& turn) { return p < turn.start; });
    if (after == turns.begin()) return std::nullopt;
    const Turn& turn = *(after - 1);
    if (position > turn.end || turn.end <= turn.start) return std::nullopt;
    return TextRange{turn.start, turn.end};
}

std::optional<TextRange> passageAround(const DocumentViewModel& model, std::int64_t position) {
    if (auto turn = turnAround(model.turns, position)) return turn;
    const std::int64_t line = model.lines.lineOf(position);
    TextRange range{model.lines.lineStart(line), model.lines.lineEnd(line)};
    // Trailing spaces and a carriage return are not part of the passage.
    const std::string_view all = model.text.text();
    while (range.end > range.start) {
        const char last = all[model.text.byteOf(range.end - 1)];
        if (last != ' ' && last != '\t' && last != '\r') break;
        --range.end;
    }
    if (range.end <= range.start) return std::nullopt;
    return range;
}

}  // namespace edau::gui
