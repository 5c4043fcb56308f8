// SPDX-License-Identifier: GPL-3.0-or-later
/// Saves what a window shows on screen to a PNG (for --screenshot and visual checks).
#include "wx_bridge/wx_window_capture.h"

#include <set>

#include <wx/bitmap.h>
#include <wx/dcclient.h>
#include <wx/dcmemory.h>
#include <wx/dcscreen.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/window.h>

namespace edau::gui {
namespace {

/// A capture that failed usually comes back all one colour (black where the window
/// had no backing store). A real window shows at least text and a background.
bool looksBlank(const wxImage& image) {
    std::set<unsigned long> colours;
    const unsigned char* data = image.GetData();
    const long pixels = static_cast<long>(image.GetWidth()) * image.GetHeight();
    for (long i = 0; i < pixels && colours.size() < 3; ++i) {
        const unsigned char* rgb = data + 3 * i;
        colours.insert((static_cast<unsigned long>(rgb[0]) << 16) | (static_cast<unsigned long>(rgb[1]) << 8) | rgb[2]);
    }
    return colours.size() < 3;
}

/// Copies `area` of the device context `source`, where `origin` is that area's top left.
wxImage copyArea(wxDC& source, const wxPoint& origin, const wxSize& area) {
    wxBitmap bitmap(area.GetWidth(), area.GetHeight(), 24);
    {
        wxMemoryDC target(bitmap);
        target.SetBackground(*wxWHITE_BRUSH);
        target.Clear();
        if (!target.Blit(0, 0, area.GetWidth(), area.GetHeight(), &source, origin.x, origin.y)) return {};
    }
    return bitmap.ConvertToImage();
}

}  // namespace

wxString saveWindowImage(wxWindow& window, const wxString& path) {
    window.Update();
    const wxRect onScreen = window.GetScreenRect();
    if (onScreen.IsEmpty() || !window.IsShownOnScreen()) {
        return _("The window is not on screen, so there is nothing to capture.");
    }

    // What the screen shows at the window's place has its menu bar and status bar too;
    // where the screen cannot be read (Wayland, compositors), draw the window itself.
    wxImage image;
    {
        wxScreenDC screen;
        image = copyArea(screen, onScreen.GetPosition(), onScreen.GetSize());
    }
    if (!image.IsOk() || looksBlank(image)) {
        wxWindowDC own(&window);
        image = copyArea(own, wxPoint(0, 0), window.GetSize());
    }
    if (!image.IsOk()) return _("The window's picture could not be copied.");
    if (looksBlank(image)) return _("The window's picture came out blank.");

    if (wxImage::FindHandler(wxBITMAP_TYPE_PNG) == nullptr) wxImage::AddHandler(new wxPNGHandler);
    // zlib's best: about 7% smaller than its default (the user guide installs these pictures).
    image.SetOption(wxIMAGE_OPTION_PNG_COMPRESSION_LEVEL, 9);
    bool saved = false;
    {
        const wxLogNull quiet;  // the failure is returned, not shown in a wx log window
        saved = image.SaveFile(path, wxBITMAP_TYPE_PNG);
    }
    if (!saved) {
        return wxString::Format(_("Could not save the picture to %s."), path);
    }
    return {};
}

}  // namespace edau::gui
