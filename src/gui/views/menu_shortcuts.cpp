// SPDX-License-Identifier: GPL-3.0-or-later
/// The menu bar's keyboard shortcuts, for controls that would otherwise keep the keys.
#include "views/menu_shortcuts.h"

#include <memory>

#include <wx/accel.h>
#include <wx/frame.h>
#include <wx/menu.h>

namespace edau::gui {
namespace {

bool matches(const wxAcceleratorEntry& accel, int flags, int key) {
    return accel.GetFlags() == flags && accel.GetKeyCode() == key;
}

/// The id of the item in `menu` (or its submenus) whose shortcut is flags + key, or wxID_NONE.
int findShortcut(const wxMenu& menu, int flags, int key) {
    for (const wxMenuItem* item : menu.GetMenuItems()) {
        if (const wxMenu* sub = item->GetSubMenu()) {
            if (const int id = findShortcut(*sub, flags, key); id != wxID_NONE) return id;
            continue;
        }
        if (const std::unique_ptr<wxAcceleratorEntry> accel{item->GetAccel()}; accel && matches(*accel, flags, key)) {
            return item->GetId();
        }
        for (const wxAcceleratorEntry& extra : item->GetExtraAccels()) {
            if (matches(extra, flags, key)) return item->GetId();
        }
    }
    return wxID_NONE;
}

}  // namespace

bool runMenuShortcut(wxWindow& window, const wxKeyEvent& event) {
    if (!event.ControlDown() && !event.AltDown()) return false;
    auto* frame = dynamic_cast<wxFrame*>(wxGetTopLevelParent(&window));
    wxMenuBar* bar = frame != nullptr ? frame->GetMenuBar() : nullptr;
    if (bar == nullptr) return false;
    int flags = 0;
    if (event.ControlDown()) flags |= wxACCEL_CTRL;
    if (event.AltDown()) flags |= wxACCEL_ALT;
    if (event.ShiftDown()) flags |= wxACCEL_SHIFT;
    int key = event.GetKeyCode();
    if (key >= 'a' && key <= 'z') key -= 'a' - 'A';
    for (std::size_t i = 0; i < bar->GetMenuCount(); ++i) {
        const int id = findShortcut(*bar->GetMenu(i), flags, key);
        if (id == wxID_NONE) continue;
        frame->UpdateWindowUI();  // so that a disabled item stays disabled
        if (!bar->IsEnabled(id)) return true;
        wxCommandEvent command(wxEVT_MENU, id);
        command.SetEventObject(frame);
        frame->ProcessWindowEvent(command);
        return true;
    }
    return false;
}

}  // namespace edau::gui
