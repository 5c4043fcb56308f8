// SPDX-License-Identifier: GPL-3.0-or-later
/// The project tree (sources, cases, codes, matrices, memos) as plain data, free of wx.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "edau/model/entities.h"

namespace edau {
class Workbench;
}
namespace edau::text {
class Collator;
}

namespace edau::gui {

/// What a tree node stands for; the view picks its label and icon from this.
enum class ProjectTreeNodeKind {
    SourcesGroup,
    CasesGroup,
    CodesGroup,
    MatricesGroup,
    MemosGroup,
    Source,
    Case,
    Code,
    Matrix,
    Memo
};

/// One node. Group nodes carry a count and no name: the view translates their heading.
struct ProjectTreeNode {
    ProjectTreeNodeKind kind = ProjectTreeNodeKind::SourcesGroup;
    std::string name;      ///< as stored (UTF-8); empty for groups and for an untitled memo
    std::string uuid;      ///< stable identity of the entity; empty for groups
    std::size_t count = 0; ///< groups: how many entities of that kind (all levels for codes)
    std::vector<ProjectTreeNode> children;
};

/// The five groups, always present and always in this order: Sources, Cases, Codes,
/// Matrices, Memos.
struct ProjectTreeModel {
    std::vector<ProjectTreeNode> groups;
};

/// Everything the tree shows, as read from a project.
struct ProjectContents {
    std::vector<Document> documents;
    std::vector<Case> cases;
    std::vector<Code> codes;
    std::vector<Matrix> matrices;
    std::vector<Memo> memos;
};

/// Whether `a` sorts before `b` in lists shown to the user. Case-insensitive for now;
/// the one place to swap in the UI language's collation (Welsh: ch after c, ll after l).
bool namesInDisplayOrder(std::string_view a, std::string_view b);
/// Sorts names from now on by this interface language's collation ("cy" or "en").
void setDisplayLanguage(const std::string& language);
/// The collation namesInDisplayOrder uses now, for sorting helpers of the core such as
/// codesInDisplayOrder (edau/app/code_paths.h).
std::shared_ptr<const text::Collator> currentDisplayCollator();

/// True for group kinds (SourcesGroup ... MemosGroup).
bool isGroup(ProjectTreeNodeKind kind);

/// Builds the tree: names sorted with namesInDisplayOrder; codes nested by parentId and
/// ordered among siblings by their ordinal, then name. A code whose parent is missing (or
/// whose ancestry loops) is shown at the top level rather than lost.
ProjectTreeModel buildProjectTree(const ProjectContents& contents);

/// Reads the project's entities and builds its tree.
ProjectTreeModel buildProjectTree(const Workbench& workbench);

}  // namespace edau::gui
