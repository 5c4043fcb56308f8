// SPDX-License-Identifier: GPL-3.0-or-later
/// The codebook on the right of the main window: codes with colour, name and coding count.
#include "views/codebook_panel.h"

#include <algorithm>
#include <set>

#include <wx/bitmap.h>
#include <wx/dnd.h>
#include <wx/button.h>
#include <wx/dcmemory.h>
#include <wx/imaglist.h>
#include <wx/intl.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/dnd.h>
#include <wx/treectrl.h>

#include "presenters/colours.h"
#include "views/coding_commands.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

/// Accepts text dragged out of a document view: the drop says "code my selection with this code"
/// (the text itself is not used: the selection in the document is the passage, exactly).
class SelectionDropTarget : public wxTextDropTarget {
public:
    explicit SelectionDropTarget(CodebookPanel& panel) : m_panel(panel) {}
    wxDragResult OnDragOver(wxCoord x, wxCoord y, wxDragResult def) override {
        if (!m_panel.codeAtPoint(wxPoint(x, y))) return wxDragNone;
        const wxTreeItemId item = m_panel.m_tree->HitTest(wxPoint(x, y));
        if (item.IsOk()) m_panel.m_tree->SelectItem(item);
        return def == wxDragMove ? wxDragCopy : def;
    }
    bool OnDropText(wxCoord x, wxCoord y, const wxString&) override {
        const auto code = m_panel.codeAtPoint(wxPoint(x, y));
        if (!code || !m_panel.onSelectionDropped) return false;
        // Coding changes the views the drag came from: do it after the drag has finished.
        const RowId id = *code;
        m_panel.CallAfter([panel = &m_panel, id] {
            if (panel->onSelectionDropped) panel->onSelectionDropped(id);
        });
        return true;
    }

private:
    CodebookPanel& m_panel;
};
namespace {

/// The code behind a tree item.
class CodeItemData : public wxTreeItemData {
public:
    explicit CodeItemData(RowId code) : m_code(code) {}
    RowId code() const { return m_code; }

private:
    RowId m_code;
};

/// A square of the code's colour, edged so that it shows on either theme.
wxBitmap swatchBitmap(const std::optional<Rgb>& colour, int size) {
    wxBitmap bitmap(size, size, 32);
    bitmap.UseAlpha();
    wxMemoryDC dc(bitmap);
    const wxColour window = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    dc.SetBackground(wxBrush(window));
    dc.Clear();
    const int inset = size / 8;
    if (colour) {
        const Rgb edge = mix(*colour, Rgb{text.Red(), text.Green(), text.Blue()}, 0.35);
        dc.SetBrush(wxBrush(wxColour(colour->red, colour->green, colour->blue)));
        dc.SetPen(wxPen(wxColour(edge.red, edge.green, edge.blue)));
    } else {
        dc.SetBrush(*wxTRANSPARENT_BRUSH);
        dc.SetPen(wxPen(text, 1, wxPENSTYLE_SHORT_DASH));
    }
    dc.DrawRoundedRectangle(inset, inset, size - 2 * inset, size - 2 * inset, 2);
    dc.SelectObject(wxNullBitmap);
    return bitmap;
}

}  // namespace

CodebookPanel::CodebookPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("codebook-panel");
    m_newButton = new wxButton(this, kNewCodeCommand, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_newButton->SetName("codebook-new-code");
    m_passagesButton = new wxButton(this, kShowPassagesCommand, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_passagesButton->SetName("codebook-show-passages");
    m_tree = new wxTreeCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                            wxTR_HAS_BUTTONS | wxTR_HIDE_ROOT | wxTR_NO_LINES | wxTR_FULL_ROW_HIGHLIGHT | wxTR_SINGLE |
                                wxBORDER_NONE);
    m_tree->SetName("codebook-tree");
    m_tree->SetDropTarget(new SelectionDropTarget(*this));  // the tree owns it
    m_hint = new wxStaticText(this, wxID_ANY, wxString());
    m_hint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_newButton, wxSizerFlags().Border(wxRIGHT, FromDIP(4)));
    buttons->Add(m_passagesButton);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buttons, wxSizerFlags().Border(wxALL, FromDIP(4)));
    sizer->Add(m_tree, wxSizerFlags(1).Expand());
    sizer->Add(m_hint, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    SetSizer(sizer);

    // The buttons' commands go up to the main window like menu commands.
    auto forward = [this](wxCommandEvent& event) {
        wxCommandEvent command(wxEVT_MENU, event.GetId());
        command.SetEventObject(this);
        ProcessWindowEvent(command);
    };
    m_newButton->Bind(wxEVT_BUTTON, forward);
    m_passagesButton->Bind(wxEVT_BUTTON, forward);

    m_tree->Bind(wxEVT_TREE_ITEM_ACTIVATED, [this](wxTreeEvent& event) {
        if (const auto code = codeOf(event.GetItem()); code && onActivated) onActivated(*code);
    });
    m_tree->Bind(wxEVT_TREE_ITEM_MENU, &CodebookPanel::onContextMenu, this);
    m_tree->Bind(wxEVT_TREE_BEGIN_DRAG, &CodebookPanel::onBeginDrag, this);
    m_tree->Bind(wxEVT_TREE_END_DRAG, &CodebookPanel::onEndDrag, this);
    m_tree->Bind(wxEVT_MOTION, &CodebookPanel::onMouseMove, this);
    m_tree->Bind(wxEVT_LEFT_DOWN, &CodebookPanel::onLeftDown, this);
    m_tree->Bind(wxEVT_CONTEXT_MENU, [this](wxContextMenuEvent& event) {
        // On empty space (item menus come as wxEVT_TREE_ITEM_MENU).
        wxPoint point = event.GetPosition();
        point = point == wxDefaultPosition ? wxPoint(0, 0) : m_tree->ScreenToClient(point);
        int flags = 0;
        if (!m_tree->HitTest(point, flags).IsOk()) showMenu(point, false);
    });
    // A collapsed theme counts its sub-codes' passages too; an open one only its own.
    m_tree->Bind(wxEVT_TREE_ITEM_EXPANDED, [this](wxTreeEvent& event) { relabel(event.GetItem()); });
    m_tree->Bind(wxEVT_TREE_ITEM_COLLAPSED, [this](wxTreeEvent& event) { relabel(event.GetItem()); });
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        // The hint wraps to the pane's width.
        const int width = std::max(FromDIP(120), event.GetSize().GetWidth() - FromDIP(8));
        if (width != m_hintWidth) {
            m_hintWidth = width;
            m_hint->SetLabel(_("Select text, then click a code's colour (or press Enter on it) to code it."));
            m_hint->Wrap(width);
            Layout();
        }
        event.Skip();
    });
    m_tree->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        // The menu's shortcuts for the selected code, where the tree has the keyboard.
        int command = 0;
        if (event.GetKeyCode() == WXK_F2) command = kRenameCodeCommand;
        if (event.GetKeyCode() == WXK_DELETE) command = kDeleteCodeCommand;
        if (command == 0) {
            event.Skip();
            return;
        }
        wxCommandEvent menu(wxEVT_MENU, command);
        menu.SetEventObject(this);
        ProcessWindowEvent(menu);
    });

    updateTexts();
}

void CodebookPanel::updateTexts() {
    m_newButton->SetLabel(_("&New code…"));
    m_newButton->SetToolTip(_("Add a code to the codebook"));
    m_passagesButton->SetLabel(_("Show &passages"));
    m_passagesButton->SetToolTip(_("List every passage coded with the chosen code in the bottom pane"));
    m_hint->SetLabel(_("Select text, then click a code's colour (or press Enter on it) to code it."));
    m_hintWidth = std::max(FromDIP(120), GetClientSize().GetWidth() - FromDIP(8));
    m_hint->Wrap(m_hintWidth);
    if (!m_rows.empty()) fill();
    Layout();
}

const CodebookRow* CodebookPanel::rowOf(RowId codeId) const {
    const auto row = std::find_if(m_rows.begin(), m_rows.end(), [&](const CodebookRow& r) { return r.code.id == codeId; });
    return row == m_rows.end() ? nullptr : &*row;
}

std::optional<RowId> CodebookPanel::codeAtPoint(const wxPoint& point) const {
    int flags = 0;
    const wxTreeItemId item = m_tree->HitTest(point, flags);
    if (!item.IsOk()) return std::nullopt;
    return codeOf(item);
}

std::optional<RowId> CodebookPanel::codeOf(const wxTreeItemId& item) const {
    if (!item.IsOk()) return std::nullopt;
    const auto* data = dynamic_cast<const CodeItemData*>(m_tree->GetItemData(item));
    if (data == nullptr) return std::nullopt;
    return data->code();
}

std::optional<RowId> CodebookPanel::selectedCode() const {
    return codeOf(m_tree->GetSelection());
}

void CodebookPanel::selectCode(RowId codeId) {
    if (const auto item = m_items.find(codeId); item != m_items.end()) {
        m_tree->EnsureVisible(item->second);
        m_tree->SelectItem(item->second);
    }
}

void CodebookPanel::expandAllAndFocus() {
    m_tree->ExpandAll();
    if (!m_tree->GetSelection().IsOk() && !m_rows.empty()) selectCode(m_rows.front().code.id);
    m_tree->SetFocus();
}

void CodebookPanel::clear() {
    m_rows.clear();
    m_pinned.clear();
    m_items.clear();
    m_tree->DeleteAllItems();
}

void CodebookPanel::showRows(std::vector<CodebookRow> rows, std::vector<RowId> pinned) {
    m_rows = std::move(rows);
    m_pinned = std::move(pinned);
    fill();
}

wxString CodebookPanel::labelOf(const CodebookRow& row, bool expanded) const {
    wxString label = toWx(row.code.name);
    if (row.code.name.empty()) label = _("(no name)");
    // The count as a label in brackets reads the same in Welsh, where a numeral would mutate a noun.
    label << " (" << (row.hasChildren && !expanded ? row.codingsWithin : row.codings) << ")";
    const auto pin = std::find(m_pinned.begin(), m_pinned.end(), row.code.id);
    if (pin != m_pinned.end()) label = wxString::Format("%d \u00B7 %s", static_cast<int>(pin - m_pinned.begin()) + 1, label);
    return label;
}

void CodebookPanel::fill() {
    // Keep what was unfolded and selected, by code.
    std::set<RowId> expanded;
    for (const auto& [code, item] : m_items) {
        if (m_tree->IsExpanded(item)) expanded.insert(code);
    }
    const bool firstFill = m_items.empty();
    std::set<RowId> known;
    for (const auto& [code, item] : m_items) known.insert(code);
    const std::optional<RowId> selected = selectedCode();

    m_tree->Freeze();
    m_tree->DeleteAllItems();
    m_items.clear();
    const int size = FromDIP(16);
    m_swatches = new wxImageList(size, size, false);
    std::map<std::string, int> imageOf;
    for (const CodebookRow& row : m_rows) {
        if (imageOf.contains(row.colour)) continue;
        imageOf[row.colour] = m_swatches->Add(swatchBitmap(parseHexColour(row.colour), size));
    }
    m_tree->AssignImageList(m_swatches);

    const wxTreeItemId root = m_tree->AddRoot(wxString());
    std::map<RowId, wxTreeItemId> parents;
    for (const CodebookRow& row : m_rows) {
        wxTreeItemId parent = root;
        if (row.depth > 0 && row.code.parentId) {
            if (const auto found = m_items.find(*row.code.parentId); found != m_items.end()) parent = found->second;
        }
        const int image = imageOf[row.colour];
        const wxTreeItemId item =
            m_tree->AppendItem(parent, labelOf(row, false), image, image, new CodeItemData(row.code.id));
        m_items[row.code.id] = item;
    }
    for (const auto& [code, item] : m_items) {
        // A new project opens with the themes unfolded: the first look shows the sub-themes;
        // so does a theme just made, with its first sub-code.
        const bool fresh = firstFill || !known.contains(code);
        if ((fresh || expanded.contains(code)) && m_tree->HasChildren(item)) m_tree->Expand(item);
        relabel(item);
    }
    if (selected) selectCode(*selected);
    m_tree->Thaw();
}

void CodebookPanel::relabel(const wxTreeItemId& item) {
    const std::optional<RowId> code = codeOf(item);
    if (!code) return;
    if (const CodebookRow* row = rowOf(*code)) m_tree->SetItemText(item, labelOf(*row, m_tree->IsExpanded(item)));
}

void CodebookPanel::onMouseMove(wxMouseEvent& event) {
    event.Skip();
    int flags = 0;
    const std::optional<RowId> code = codeOf(m_tree->HitTest(event.GetPosition(), flags));
    wxString tip;
    if (code) {
        if (const CodebookRow* row = rowOf(*code)) {
            tip = toWx(row->path);
            if (row->hasChildren) {
                tip << "\n" << wxString::Format(_("Coded passages: %lld (with sub-codes: %lld)"),
                                                static_cast<long long>(row->codings),
                                                static_cast<long long>(row->codingsWithin));
            } else {
                tip << "\n" << wxString::Format(_("Coded passages: %lld"), static_cast<long long>(row->codings));
            }
            if (!row->code.description.empty()) tip << "\n\n" << toWx(row->code.description);
            if ((flags & wxTREE_HITTEST_ONITEMICON) != 0) tip << "\n\n" << _("Click the colour to code the selected text.");
        }
    }
    if (tip == m_tooltip) return;
    m_tooltip = tip;
    if (tip.empty()) {
        m_tree->UnsetToolTip();
    } else {
        m_tree->SetToolTip(tip);
    }
}

void CodebookPanel::onLeftDown(wxMouseEvent& event) {
    int flags = 0;
    const wxTreeItemId item = m_tree->HitTest(event.GetPosition(), flags);
    const std::optional<RowId> code = codeOf(item);
    if (code && (flags & wxTREE_HITTEST_ONITEMICON) != 0 && onSwatchClicked) {
        m_tree->SelectItem(item);
        onSwatchClicked(*code);
        return;
    }
    event.Skip();
}

void CodebookPanel::onBeginDrag(wxTreeEvent& event) {
    m_dragged = codeOf(event.GetItem());
    if (m_dragged) event.Allow();
}

void CodebookPanel::onEndDrag(wxTreeEvent& event) {
    const std::optional<RowId> dragged = m_dragged;
    m_dragged.reset();
    if (!dragged || !onMoved) return;
    const std::optional<RowId> target = codeOf(event.GetItem());
    if (target == dragged) return;
    onMoved(*dragged, target);
}

void CodebookPanel::onContextMenu(wxTreeEvent& event) {
    m_tree->SelectItem(event.GetItem());
    showMenu(event.GetPoint(), codeOf(event.GetItem()).has_value());
}

void CodebookPanel::showMenu(const wxPoint& point, bool onCode) {
    wxMenu menu;
    if (onCode) {
        menu.Append(kCodeSelectionCommand, _("&Code selection with this code"));
        menu.Append(kShowPassagesCommand, _("Show &passages"));
        menu.AppendSeparator();
        menu.Append(kNewSubcodeCommand, _("New &sub-code…"));
        menu.Append(kRenameCodeCommand, _("&Rename…") + "\tF2");
        menu.Append(kCodeColourCommand, _("C&olour…"));
        const std::optional<RowId> code = selectedCode();
        const bool pinned = code && std::find(m_pinned.begin(), m_pinned.end(), *code) != m_pinned.end();
        menu.Append(kTogglePinCommand, pinned ? _("Unpin from keys 1–9") : _("Pin to keys 1–9"));
        menu.AppendSeparator();
        menu.Append(kMergeCodeCommand, _("&Merge into…"));
        menu.Append(kMoveCodeToTopCommand, _("Move to the &top level"));
        menu.Append(kDeleteCodeCommand, _("&Delete…") + "\tDel");
    } else {
        menu.Append(kNewCodeCommand, _("&New code…"));
    }
    // The commands reach the main window as menu events from this panel.
    PopupMenu(&menu, m_tree->GetPosition() + point);
}

}  // namespace edau::gui
