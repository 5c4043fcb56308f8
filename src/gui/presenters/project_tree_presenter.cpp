// SPDX-License-Identifier: GPL-3.0-or-later
/// Builds the project tree model from a project's entities.
#include "presenters/project_tree_presenter.h"

#include "edau/text/collation.h"

#include <algorithm>
#include <memory>
#include <mutex>
#include <functional>
#include <map>
#include <set>

#include "edau/app/workbench.h"

namespace edau::gui {
namespace {

/// Sorts `items` in display order by the name `nameOf` picks.
template <typename T, typename NameOf>
std::vector<const T*> sortedByName(const std::vector<T>& items, NameOf nameOf) {
    std::vector<const T*> sorted;
    sorted.reserve(items.size());
    for (const T& item : items) sorted.push_back(&item);
    std::stable_sort(sorted.begin(), sorted.end(), [&](const T* a, const T* b) {
        return namesInDisplayOrder(nameOf(*a), nameOf(*b));
    });
    return sorted;
}

ProjectTreeNode groupNode(ProjectTreeNodeKind kind, std::size_t count) {
    ProjectTreeNode node;
    node.kind = kind;
    node.count = count;
    return node;
}

ProjectTreeNode leafNode(ProjectTreeNodeKind kind, const std::string& name, const std::string& uuid) {
    ProjectTreeNode node;
    node.kind = kind;
    node.name = name;
    node.uuid = uuid;
    return node;
}

bool codesInSiblingOrder(const Code* a, const Code* b) {
    if (a->ordinal != b->ordinal) return a->ordinal < b->ordinal;
    return namesInDisplayOrder(a->name, b->name);
}

/// The codebook as a forest, each code shown exactly once. A code whose parent is missing
/// becomes a root; a loop of parents (which a damaged file could hold) is broken at its
/// first code in sibling order, so nothing is lost and nothing recurses for ever.
std::vector<ProjectTreeNode> buildCodeForest(const std::vector<Code>& codes) {
    std::map<RowId, const Code*> byId;
    for (const Code& code : codes) byId.emplace(code.id, &code);

    std::vector<const Code*> roots;
    std::map<RowId, std::vector<const Code*>> childrenOf;
    for (const Code& code : codes) {
        const bool hasParent = code.parentId && *code.parentId != code.id && byId.contains(*code.parentId);
        if (hasParent) {
            childrenOf[*code.parentId].push_back(&code);
        } else {
            roots.push_back(&code);
        }
    }
    for (auto& [parent, children] : childrenOf)
        std::stable_sort(children.begin(), children.end(), codesInSiblingOrder);

    std::set<const Code*> placed;
    std::function<ProjectTreeNode(const Code*)> makeNode = [&](const Code* code) {
        placed.insert(code);
        ProjectTreeNode node = leafNode(ProjectTreeNodeKind::Code, code->name, code->uuid);
        auto found = childrenOf.find(code->id);
        if (found != childrenOf.end()) {
            for (const Code* child : found->second) {
                if (!placed.contains(child)) node.children.push_back(makeNode(child));
            }
        }
        return node;
    };

    std::stable_sort(roots.begin(), roots.end(), codesInSiblingOrder);
    std::vector<ProjectTreeNode> forest;
    for (const Code* root : roots) forest.push_back(makeNode(root));

    // Whatever is still unplaced hangs from a loop of parents.
    std::vector<const Code*> unplaced;
    for (const Code& code : codes) {
        if (!placed.contains(&code)) unplaced.push_back(&code);
    }
    std::stable_sort(unplaced.begin(), unplaced.end(), codesInSiblingOrder);
    for (const Code* code : unplaced) {
        if (!placed.contains(code)) forest.push_back(makeNode(code));
    }
    return forest;
}

}  // namespace

namespace {
std::mutex& collatorMutex() {
    static std::mutex m;
    return m;
}
std::shared_ptr<const text::Collator>& displayCollator() {
    static std::shared_ptr<const text::Collator> collator = std::make_shared<const text::Collator>("en");
    return collator;
}
std::shared_ptr<const text::Collator> currentCollator() {
    std::lock_guard<std::mutex> lock(collatorMutex());
    return displayCollator();
}
}  // namespace

void setDisplayLanguage(const std::string& language) {
    auto collator = std::make_shared<const text::Collator>(language.empty() ? "en" : language);
    std::lock_guard<std::mutex> lock(collatorMutex());
    displayCollator() = std::move(collator);
}

std::shared_ptr<const text::Collator> currentDisplayCollator() {
    return currentCollator();
}

bool namesInDisplayOrder(std::string_view a, std::string_view b) {
    // The interface language's collation (Welsh: ch after c, ll after l, Bangor as n+g);
    // names equal to it keep a fixed byte order so the tree does not shuffle.
    int order = currentCollator()->compare(a, b);
    if (order != 0) return order < 0;
    return a < b;
}

bool isGroup(ProjectTreeNodeKind kind) {
    switch (kind) {
    case ProjectTreeNodeKind::SourcesGroup:
    case ProjectTreeNodeKind::CasesGroup:
    case ProjectTreeNodeKind::CodesGroup:
    case ProjectTreeNodeKind::MatricesGroup:
    case ProjectTreeNodeKind::MemosGroup:
        return true;
    case ProjectTreeNodeKind::Source:
    case ProjectTreeNodeKind::Case:
    case ProjectTreeNodeKind::Code:
    case ProjectTreeNodeKind::Matrix:
    case ProjectTreeNodeKind::Memo:
        return false;
    }
    return false;
}

ProjectTreeModel buildProjectTree(const ProjectContents& contents) {
    ProjectTreeModel model;

    ProjectTreeNode sources = groupNode(ProjectTreeNodeKind::SourcesGroup, contents.documents.size());
    for (const Document* document : sortedByName(contents.documents, [](const Document& d) -> const std::string& { return d.name; }))
        sources.children.push_back(leafNode(ProjectTreeNodeKind::Source, document->name, document->uuid));

    ProjectTreeNode cases = groupNode(ProjectTreeNodeKind::CasesGroup, contents.cases.size());
    for (const Case* item : sortedByName(contents.cases, [](const Case& c) -> const std::string& { return c.name; }))
        cases.children.push_back(leafNode(ProjectTreeNodeKind::Case, item->name, item->uuid));

    ProjectTreeNode codes = groupNode(ProjectTreeNodeKind::CodesGroup, contents.codes.size());
    codes.children = buildCodeForest(contents.codes);

    ProjectTreeNode matrices = groupNode(ProjectTreeNodeKind::MatricesGroup, contents.matrices.size());
    for (const Matrix* matrix : sortedByName(contents.matrices, [](const Matrix& m) -> const std::string& { return m.name; }))
        matrices.children.push_back(leafNode(ProjectTreeNodeKind::Matrix, matrix->name, matrix->uuid));

    ProjectTreeNode memos = groupNode(ProjectTreeNodeKind::MemosGroup, contents.memos.size());
    for (const Memo* memo : sortedByName(contents.memos, [](const Memo& m) -> const std::string& { return m.title; }))
        memos.children.push_back(leafNode(ProjectTreeNodeKind::Memo, memo->title, memo->uuid));

    model.groups.push_back(std::move(sources));
    model.groups.push_back(std::move(cases));
    model.groups.push_back(std::move(codes));
    model.groups.push_back(std::move(matrices));
    model.groups.push_back(std::move(memos));
    return model;
}

ProjectTreeModel buildProjectTree(const Workbench& workbench) {
    ProjectContents contents;
    contents.documents = workbench.documents();
    contents.cases = workbench.cases();
    contents.codes = workbench.codes();
    contents.matrices = workbench.matrices();
    contents.memos = workbench.memos();
    return buildProjectTree(contents);
}

}  // namespace edau::gui
