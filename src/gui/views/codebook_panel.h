// SPDX-License-Identifier: GPL-3.0-or-later
/// The codebook on the right of the main window: codes with colour, name and coding count.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <vector>

#include <wx/panel.h>
#include <wx/treebase.h>

#include "presenters/codebook_presenter.h"

class wxButton;
class wxImageList;
class wxStaticText;
class wxTreeCtrl;
class wxTreeEvent;

namespace edau::gui {

/// Shows CodebookRows as a tree. Holds no project: the main window hands it rows and acts
/// on the selected code through its coding commands (views/coding_commands.h), which the
/// panel's buttons and context menu send.
class CodebookPanel : public wxPanel {
public:
    explicit CodebookPanel(wxWindow* parent);

    /// Replaces what the tree shows, keeping what was unfolded and selected. `pinned`: the
    /// codes of keys 1–9, in key order.
    void showRows(std::vector<CodebookRow> rows, std::vector<RowId> pinned);
    /// Shows nothing (no project open).
    void clear();
    const std::vector<CodebookRow>& rows() const { return m_rows; }
    /// The row of a code, or null.
    const CodebookRow* rowOf(RowId codeId) const;

    /// The code selected in the tree.
    std::optional<RowId> selectedCode() const;
    void selectCode(RowId codeId);
    /// Unfolds every code and puts the keyboard in the tree.
    void expandAllAndFocus();
    /// Re-creates the texts in the current interface language.
    void updateTexts();

    /// A click on a code's colour swatch: code the selection with it.
    std::function<void(RowId codeId)> onSwatchClicked;
    /// Text dragged from a document was dropped on a code: code the document's selection with it.
    std::function<void(RowId codeId)> onSelectionDropped;
    /// Double-click or Enter on a code.
    std::function<void(RowId codeId)> onActivated;
    /// A code dropped onto another (nullopt: onto empty space, the top level).
    std::function<void(RowId codeId, std::optional<RowId> newParent)> onMoved;

private:
    void fill();
    /// "Respite (7)"; a collapsed theme counts its sub-codes' passages too.
    wxString labelOf(const CodebookRow& row, bool expanded) const;
    void relabel(const wxTreeItemId& item);
    std::optional<RowId> codeOf(const wxTreeItemId& item) const;
    /// The code under a point of the tree (tree coordinates), if any.
    std::optional<RowId> codeAtPoint(const wxPoint& point) const;
    friend class SelectionDropTarget;
    void onMouseMove(wxMouseEvent& event);
    void onLeftDown(wxMouseEvent& event);
    void onBeginDrag(wxTreeEvent& event);
    void onEndDrag(wxTreeEvent& event);
    void onContextMenu(wxTreeEvent& event);
    void showMenu(const wxPoint& point, bool onCode);

    std::vector<CodebookRow> m_rows;
    std::vector<RowId> m_pinned;
    std::map<RowId, wxTreeItemId> m_items;
    std::optional<RowId> m_dragged;
    wxString m_tooltip;
    int m_hintWidth = 0;

    wxStaticText* m_hint = nullptr;
    wxButton* m_newButton = nullptr;
    wxButton* m_passagesButton = nullptr;
    wxTreeCtrl* m_tree = nullptr;
    wxImageList* m_swatches = nullptr;
};

}  // namespace edau::gui
