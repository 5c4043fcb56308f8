// SPDX-License-Identifier: GPL-3.0-or-later
/// The project tree on the left of the main window: sources, cases, codes, matrices, memos.
#include "views/project_tree_panel.h"

#include <set>
#include <string>

#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/treectrl.h>

#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// What a tree item stands for, so later features (open on double-click, context menus)
/// know the entity without parsing labels.
class ProjectTreeItemData : public wxTreeItemData {
public:
    ProjectTreeItemData(ProjectTreeNodeKind kind, std::string uuid) : m_kind(kind), m_uuid(std::move(uuid)) {}
    ProjectTreeNodeKind kind() const { return m_kind; }
    const std::string& uuid() const { return m_uuid; }

private:
    ProjectTreeNodeKind m_kind;
    std::string m_uuid;
};

wxString nodeLabel(const ProjectTreeNode& node) {
    if (isGroup(node.kind)) {
        // A count in brackets reads the same in Welsh, where a number before a noun would mutate it.
        return wxString::Format("%s (%zu)", projectTreeGroupHeading(node.kind), node.count);
    }
    if (node.name.empty()) {
        return node.kind == ProjectTreeNodeKind::Memo ? _("(untitled memo)") : _("(no name)");
    }
    return toWx(node.name);
}

/// A key for an item that survives re-creating the tree: its kind and uuid.
std::string itemKey(ProjectTreeNodeKind kind, const std::string& uuid) {
    return std::to_string(static_cast<int>(kind)) + ":" + uuid;
}

}  // namespace

wxString projectTreeGroupHeading(ProjectTreeNodeKind kind) {
    switch (kind) {
    case ProjectTreeNodeKind::SourcesGroup: return _("Sources");
    case ProjectTreeNodeKind::CasesGroup: return _("Cases");
    case ProjectTreeNodeKind::CodesGroup: return _("Codes");
    case ProjectTreeNodeKind::MatricesGroup: return _("Matrices");
    case ProjectTreeNodeKind::MemosGroup: return _("Memos");
    case ProjectTreeNodeKind::Source:
    case ProjectTreeNodeKind::Case:
    case ProjectTreeNodeKind::Code:
    case ProjectTreeNodeKind::Matrix:
    case ProjectTreeNodeKind::Memo:
        break;
    }
    return {};
}

ProjectTreePanel::ProjectTreePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_NO_LINES | wxTR_FULL_ROW_HIGHLIGHT | wxTR_SINGLE | wxBORDER_NONE);
    m_tree->SetName("project-tree");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_tree, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, [this](wxTreeEvent& event) {
        const auto* data = static_cast<const ProjectTreeItemData*>(m_tree->GetItemData(event.GetItem()));
        if (data == nullptr || isGroup(data->kind())) {
            event.Skip();  // a group unfolds as usual
            return;
        }
        if (onActivated) onActivated(data->kind(), data->uuid());
    });
}

void ProjectTreePanel::showModel(const ProjectTreeModel& model) {
    m_model = model;
    m_tree->DeleteAllItems();
    fill();
    // A fresh project opens with every group unfolded one level: the first look shows what is there.
    wxTreeItemIdValue cookie;
    for (wxTreeItemId group = m_tree->GetFirstChild(m_tree->GetRootItem(), cookie); group.IsOk();
         group = m_tree->GetNextChild(m_tree->GetRootItem(), cookie)) {
        if (m_tree->HasChildren(group)) m_tree->Expand(group);
    }
}

void ProjectTreePanel::updateModel(const ProjectTreeModel& model) {
    if (m_model.groups.empty()) {
        showModel(model);
        return;
    }
    m_model = model;
    updateTexts();  // re-creates the items, keeping what is unfolded and selected
}

void ProjectTreePanel::clear() {
    m_model = {};
    m_tree->DeleteAllItems();
}

void ProjectTreePanel::updateTexts() {
    if (m_model.groups.empty()) return;

    // Remember what was unfolded and selected, by entity, not by position.
    std::set<std::string> expanded;
    std::string selected;
    auto remember = [&](auto&& self, const wxTreeItemId& parent) -> void {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = m_tree->GetFirstChild(parent, cookie); item.IsOk();
             item = m_tree->GetNextChild(parent, cookie)) {
            const auto* data = static_cast<const ProjectTreeItemData*>(m_tree->GetItemData(item));
            if (data == nullptr) continue;
            const std::string key = itemKey(data->kind(), data->uuid());
            if (m_tree->IsExpanded(item)) expanded.insert(key);
            if (m_tree->IsSelected(item)) selected = key;
            self(self, item);
        }
    };
    remember(remember, m_tree->GetRootItem());

    m_tree->Freeze();
    m_tree->DeleteAllItems();
    fill();
    auto restore = [&](auto&& self, const wxTreeItemId& parent) -> void {
        wxTreeItemIdValue cookie;
        for (wxTreeItemId item = m_tree->GetFirstChild(parent, cookie); item.IsOk();
             item = m_tree->GetNextChild(parent, cookie)) {
            const auto* data = static_cast<const ProjectTreeItemData*>(m_tree->GetItemData(item));
            if (data == nullptr) continue;
            const std::string key = itemKey(data->kind(), data->uuid());
            if (expanded.contains(key)) m_tree->Expand(item);
            if (key == selected) m_tree->SelectItem(item);
            self(self, item);
        }
    };
    restore(restore, m_tree->GetRootItem());
    m_tree->Thaw();
}

void ProjectTreePanel::fill() {
    const wxTreeItemId root = m_tree->AddRoot(wxString());
    auto add = [&](auto&& self, const wxTreeItemId& parent, const ProjectTreeNode& node) -> void {
        const wxTreeItemId item =
            m_tree->AppendItem(parent, nodeLabel(node), -1, -1, new ProjectTreeItemData(node.kind, node.uuid));
        if (isGroup(node.kind)) m_tree->SetItemBold(item);
        for (const ProjectTreeNode& child : node.children) self(self, item, child);
    };
    for (const ProjectTreeNode& group : m_model.groups) add(add, root, group);
}

}  // namespace edau::gui
