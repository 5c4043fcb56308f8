// SPDX-License-Identifier: GPL-3.0-or-later
/// "Show passages": every passage coded with a code, as rows for the bottom pane's list.
#include "presenters/passages_presenter.h"

#include <algorithm>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"
#include "presenters/coding_stripes_presenter.h"
#include "presenters/document_presenter.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {

std::string excerptOf(std::string_view passage, std::int64_t maxCodePoints) {
    std::string line;
    line.reserve(std::min<std::size_t>(passage.size(), static_cast<std::size_t>(maxCodePoints) * 4 + 4));
    bool pendingSpace = false;
    std::int64_t codePoints = 0;
    for (std::size_t i = 0; i < passage.size(); ++i) {
        const char c = passage[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            pendingSpace = !line.empty();
            continue;
        }
        const bool startsCharacter = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (startsCharacter) {
            if (codePoints + (pendingSpace ? 1 : 0) >= maxCodePoints) {
                line += "\xE2\x80\xA6";  // …
                return line;
            }
            if (pendingSpace) {
                line += ' ';
                ++codePoints;
                pendingSpace = false;
            }
            ++codePoints;
        }
        line += c;
    }
    return line;
}

std::vector<PassageRow> passagesOfCode(const Workbench& workbench, RowId codeId, bool withSubcodes) {
    const ProjectStore& store = workbench.store();
    const std::vector<Code> codes = store.codes();
    std::map<RowId, std::string> coderNames;
    for (const Coder& coder : store.coders()) coderNames[coder.id] = coder.name;

    std::map<RowId, std::vector<Coding>> byDocument;
    for (const Coding& coding : store.codings()) {
        const bool wanted = coding.codeId == codeId || (withSubcodes && isSameOrSubcode(codes, coding.codeId, codeId));
        if (wanted) byDocument[coding.documentId].push_back(coding);
    }

    std::map<RowId, std::string> paths;
    std::vector<PassageRow> rows;
    for (auto& [documentId, codings] : byDocument) {
        const std::optional<Document> document = store.documentById(documentId);
        if (!document) continue;
        const std::string text = store.documentText(documentId);
        std::vector<Turn> turns = store.turns(documentId);
        std::sort(turns.begin(), turns.end(), [](const Turn& a, const Turn& b) { return a.start < b.start; });
        std::sort(codings.begin(), codings.end(), [](const Coding& a, const Coding& b) {
            return a.start != b.start ? a.start < b.start : a.end < b.end;
        });
        for (const Coding& coding : codings) {
            PassageRow row;
            row.codingId = coding.id;
            row.documentId = documentId;
            row.codeId = coding.codeId;
            row.start = coding.start;
            row.end = coding.end;
            row.documentName = document->name;
            const auto after = std::upper_bound(turns.begin(), turns.end(), coding.start,
                                                [](std::int64_t p, const Turn& turn) { return p < turn.start; });
            if (after != turns.begin()) row.speaker = (after - 1)->speaker;
            auto path = paths.find(coding.codeId);
            if (path == paths.end()) path = paths.emplace(coding.codeId, codePath(codes, coding.codeId)).first;
            row.codePath = path->second;
            if (const auto coder = coderNames.find(coding.coderId); coder != coderNames.end()) row.coderName = coder->second;
            row.excerpt = excerptOf(text::sliceCodePoints(text, coding.start, coding.end));
            rows.push_back(std::move(row));
        }
    }
    std::stable_sort(rows.begin(), rows.end(), [](const PassageRow& a, const PassageRow& b) {
        if (a.documentName != b.documentName) return namesInDisplayOrder(a.documentName, b.documentName);
        return false;
    });
    return rows;
}

}  // namespace edau::gui
