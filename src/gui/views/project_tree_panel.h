// SPDX-License-Identifier: GPL-3.0-or-later
/// The project tree on the left of the main window: sources, cases, codes, matrices, memos.
#pragma once

#include <functional>
#include <string>

#include <wx/panel.h>

#include "presenters/project_tree_presenter.h"

class wxTreeCtrl;

namespace edau::gui {

/// Shows a ProjectTreeModel. Holds no project itself: the frame hands it a new model
/// whenever the project changes.
class ProjectTreePanel : public wxPanel {
public:
    explicit ProjectTreePanel(wxWindow* parent);

    /// Replaces what the tree shows.
    void showModel(const ProjectTreeModel& model);
    /// Replaces what the tree shows after a change, keeping what is unfolded and selected.
    void updateModel(const ProjectTreeModel& model);
    /// Shows nothing (no project open).
    void clear();
    /// Re-creates the labels in the current interface language, keeping what is expanded.
    void updateTexts();

    /// Double-click or Enter on an entity (not a group): what it is and its uuid.
    std::function<void(ProjectTreeNodeKind kind, const std::string& uuid)> onActivated;

private:
    void fill();

    wxTreeCtrl* m_tree = nullptr;
    ProjectTreeModel m_model;
};

/// The heading of a group in the current language, without its count ("Sources").
wxString projectTreeGroupHeading(ProjectTreeNodeKind kind);

}  // namespace edau::gui
