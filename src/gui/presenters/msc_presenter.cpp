// SPDX-License-Identifier: GPL-3.0-or-later
/// Most Significant Change selection rounds as the desktop app shows them, without wx.
#include "presenters/msc_presenter.h"

#include <algorithm>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/project_tree_presenter.h"

namespace edau::gui {

std::optional<std::size_t> MscRoundModel::columnOf(const MscStoryRow& story) const {
    for (std::size_t i = 0; i < domains.size(); ++i)
        if (domains[i].codeId == story.domainId) return i;
    return std::nullopt;
}

std::size_t MscRoundModel::chosenCount() const {
    return static_cast<std::size_t>(std::count_if(stories.begin(), stories.end(), [](const MscStoryRow& s) { return s.chosen; }));
}

Message MscRoundModel::summary() const {
    std::string chosen;
    for (const auto& s : stories)
        if (s.chosen) chosen += (chosen.empty() ? "" : ", ") + s.story;
    if (chosen.empty())
        return Message(EDAU_MSG("Stories: {stories} · Chosen: none yet"))
            .arg("stories", static_cast<long long>(stories.size()));
    return Message(EDAU_MSG("Stories: {stories} · Chosen: {chosen} ({names})"))
        .arg("stories", static_cast<long long>(stories.size()))
        .arg("chosen", static_cast<long long>(chosenCount()))
        .arg("names", chosen);
}

std::vector<MscRoundModel> readMscRounds(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    const std::vector<Code> codes = store.codes();
    const std::vector<Code> ordered = codesInDisplayOrder(codes, *currentDisplayCollator());
    const std::vector<Document> documents = store.documents();

    std::vector<MscRound> rounds = store.mscRounds();
    std::stable_sort(rounds.begin(), rounds.end(), [](const MscRound& a, const MscRound& b) { return a.ordinal < b.ordinal; });
    std::vector<MscRoundModel> out;
    for (const MscRound& round : rounds) {
        MscRoundModel model;
        model.round = round;
        std::set<RowId> used, parents;
        bool undomained = false;
        for (const MscSelection& s : store.mscSelections(round.id)) {
            MscStoryRow row;
            row.caseId = s.caseId;
            if (const auto c = store.caseById(s.caseId)) row.story = c->name;
            for (const Document& d : documents)
                if (d.caseId == s.caseId) row.documentIds.push_back(d.id);
            row.domainId = s.domainCodeId;
            if (s.domainCodeId) {
                row.domain = codePath(codes, *s.domainCodeId);
                used.insert(*s.domainCodeId);
                for (const Code& c : codes)
                    if (c.id == *s.domainCodeId && c.parentId) parents.insert(*c.parentId);
            } else {
                undomained = true;
            }
            row.chosen = s.chosen;
            row.reason = s.reason;
            model.stories.push_back(std::move(row));
        }
        std::stable_sort(model.stories.begin(), model.stories.end(), [](const MscStoryRow& a, const MscStoryRow& b) {
            if (a.chosen != b.chosen) return a.chosen;
            return namesInDisplayOrder(a.story, b.story);
        });
        for (const Code& c : ordered) {
            const bool sibling = c.parentId && parents.contains(*c.parentId);
            if (!sibling && !used.contains(c.id)) continue;
            model.domains.push_back({c.id, c.name, codePath(codes, c.id)});
        }
        if (undomained) model.domains.push_back({std::nullopt, {}, {}});
        out.push_back(std::move(model));
    }
    return out;
}

}  // namespace edau::gui
