// SPDX-License-Identifier: GPL-3.0-or-later
#include "wx_views_test_support.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include <wx/app.h>
#include <wx/evtloop.h>
#include <wx/window.h>

#include "wx_bridge/wx_strings.h"
#include "wx_bridge/wx_window_capture.h"

namespace edau::gui::views_test {

bool pumpUntil(const std::function<bool()>& done, std::chrono::milliseconds limit) {
    wxGUIEventLoop loop;
    wxEventLoopActivator active(&loop);
    const auto end = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > end) return false;
        while (loop.Pending()) loop.Dispatch();
        wxTheApp->ProcessPendingEvents();
        loop.DispatchTimeout(10);
    }
    wxTheApp->ProcessPendingEvents();
    return true;
}

void pumpFor(std::chrono::milliseconds time) {
    const auto until = std::chrono::steady_clock::now() + time;
    pumpUntil([&] { return std::chrono::steady_clock::now() > until; });
}

void saveShot(wxWindow& window, const std::string& name) {
    const char* folder = std::getenv("EDAU_VIEWS_TEST_SHOTS");
    if (folder == nullptr || *folder == '\0') return;
    // Let GTK lay out and paint what changed last (it does so on its own frame clock).
    window.Raise();
    window.Refresh();
    const char* hold = std::getenv("EDAU_VIEWS_TEST_HOLD");
    pumpFor(std::chrono::milliseconds(hold != nullptr ? 1000 * std::atoi(hold) : 400));
    window.Update();
    const wxString problem = saveWindowImage(window, toWx(std::string(folder) + "/" + name + ".png"));
    if (!problem.empty()) ADD_FAILURE() << toUtf8(problem);
}

}  // namespace edau::gui::views_test
