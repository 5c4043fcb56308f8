// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of the tests that drive real wx views: wx started without its main loop (the tests
// run the event loop themselves while they wait), then GoogleTest.
#include <gtest/gtest.h>

#include <cstdio>

#include <wx/app.h>
#include <wx/init.h>

#include "wx_bridge/wx_strings.h"

namespace {

class ViewsTestApp : public wxApp {
public:
    bool OnInit() override { return true; }
};

}  // namespace

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    wxApp::SetInstance(new ViewsTestApp);
    if (!wxEntryStart(argc, argv) || !wxTheApp->CallOnInit()) {
        std::fprintf(stderr, "wx could not start (is there a display?)\n");
        return 2;
    }
    edau::gui::useUtf8ForNarrowStrings();
    const int result = RUN_ALL_TESTS();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return result;
}
