// SPDX-License-Identifier: GPL-3.0-or-later
/// The desktop app: reads the command line, sets the interface language, shows the main window.
#include <iostream>
#include <optional>
#include <string>
#include <vector>

#include <wx/app.h>
#include <wx/image.h>
#include <wx/intl.h>
#include <wx/stdpaths.h>
#include <wx/timer.h>
#include <wx/uilocale.h>

#include "edau/base/error.h"
#include "edau/base/version.h"
#include "presenters/launch_options.h"
#include "presenters/ui_language.h"
#include "views/coding_self_test.h"
#include "views/team_self_test.h"
#include "views/main_frame.h"
#include "views/message_dialogs.h"
#include "wx_bridge/wx_settings.h"
#include "wx_bridge/wx_strings.h"
#include "wx_bridge/wx_translations.h"
#include "wx_bridge/wx_window_capture.h"

namespace edau::gui {
namespace {

/// How long --smoke-test lets the event loop run before closing the window.
constexpr int kSmokeTestMilliseconds = 500;
/// How long --screenshot waits for the window to be laid out and painted.
constexpr int kScreenshotDelayMilliseconds = 900;
/// ...and then, while the view --show asked for is still getting ready, how often it looks
/// again, at most how many times (about 30 seconds).
constexpr int kScreenshotPollMilliseconds = 250;
constexpr int kScreenshotMaxWaits = 120;

wxString usageText() {
    return _("Usage: edau [--open PROJECT.edau] [--language en|cy] [--show VIEW] [--smoke-test] "
             "[--screenshot FILE.png] [PROJECT.edau]\n"
             "\n"
             "  --open PROJECT.edau       open this project (or give its path on its own)\n"
             "  --language en|cy          show Edau in English (en) or Welsh (cy) this time\n"
             "  --show VIEW               once the project is open, show VIEW: document (its first source\n"
             "                            with its coding stripes), codebook (the whole codebook), search\n"
             "                            (a sample search), import (the import dialog), cases (the cases sheet),\n"
             "                            matrix (the first framework matrix, at a cell with passages),\n"
             "                            agreement (intercoder agreement, at the first code the coders\n"
             "                            differ on), msc (the Most Significant Change round), counts\n"
             "                            (coding counts by case), cooccurrence (codes that occur together) or\n"
             "                            team (the team log, after one sync round)\n"
             "  --smoke-test              show the window, wait a moment and close it again (for tests)\n"
             "  --screenshot FILE.png     save a picture of the window as FILE.png, then close\n"
             "  --self-test coding|team   code a passage and undo it, or sync a colleague's change (for tests)\n"
             "  --version                 print the version of Edau\n"
             "  --help                    print this help\n");
}

}  // namespace

/// The wxApp. Unattended runs (--smoke-test, --screenshot) never wait for a person: problems
/// go to standard error and set the exit code.
class EdauApp : public wxApp {
public:
    bool OnInit() override;
    int OnRun() override;
    bool OnExceptionInMainLoop() override;
    void OnUnhandledException() override;

private:
    void start();
    void finishSmokeTest();
    void takeScreenshot();
    void runSelfTest();
    void reportUnexpected(const wxString& detail);

    LaunchOptions m_options;
    std::optional<int> m_exitBeforeLoop;  ///< set when there is nothing to show (help, usage error)
    int m_exitCode = 0;
    MainFrame* m_frame = nullptr;
    wxTimer m_unattendedTimer;
    int m_screenshotWaits = 0;  ///< 0: not waited; 1: waiting for --show's view; 2: giving it a moment to paint
    int m_screenshotPolls = 0;
};

bool EdauApp::OnInit() {
    // No wxApp::OnInit(): wx's own command-line parser would reject our options.
    SetAppName("edau");
    SetAppDisplayName("Edau");
    wxStandardPaths::Get().SetFileLayout(wxStandardPaths::FileLayout_XDG);
    wxUILocale::UseDefault();    // the user's locale from the environment (wx leaves GTK's unset)
    useUtf8ForNarrowStrings();   // ...with UTF-8 characters, which Edau's literals are
    wxInitAllImageHandlers();
    openSettings();

    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i) arguments.push_back(toUtf8(argv[i]));
    std::optional<Message> usageError;
    try {
        m_options = parseLaunchOptions(arguments);
    } catch (const Error& error) {
        usageError = error.message();
        m_options.language = languageOptionIn(arguments);  // complain in the language asked for
    }

    const std::string language = installTranslations(chooseUiLanguage(m_options.language, savedUiLanguage()));

    if (usageError) {
        std::cerr << "edau: " << toUtf8(translate(*usageError)) << "\n\n" << toUtf8(usageText());
        m_exitBeforeLoop = 2;
        return true;
    }
    if (m_options.showHelp) {
        std::cout << toUtf8(usageText());
        m_exitBeforeLoop = 0;
        return true;
    }
    if (m_options.showVersion) {
        std::cout << toUtf8(GetAppDisplayName()) << ' ' << versionString() << '\n';
        m_exitBeforeLoop = 0;
        return true;
    }

    m_frame = new MainFrame(m_options.unattended(), language);
    m_frame->Show();
    SetTopWindow(m_frame);
    // Opening may ask questions: do it once the window is up and the event loop runs.
    CallAfter(&EdauApp::start);
    return true;
}

void EdauApp::start() {
    const bool opened = !m_options.projectPath.empty() && m_frame->openProject(toWx(m_options.projectPath));
    if (!m_options.projectPath.empty() && !opened && m_options.unattended()) m_exitCode = 1;
    if (!m_options.show.empty()) {
        if (!opened) {
            std::cerr << toUtf8(_("--show needs a project: give one with --open.")) << '\n';
            if (m_options.unattended()) m_exitCode = 1;
        } else if (!m_frame->showView(m_options.show) && m_options.unattended()) {
            m_exitCode = 1;
        }
    }
    if (!m_options.selfTest.empty()) {
        m_unattendedTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { runSelfTest(); });
        m_unattendedTimer.StartOnce(kScreenshotDelayMilliseconds);
    } else if (!m_options.screenshotPath.empty()) {
        m_unattendedTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { takeScreenshot(); });
        m_unattendedTimer.StartOnce(kScreenshotDelayMilliseconds);
    } else if (m_options.smokeTest) {
        m_unattendedTimer.Bind(wxEVT_TIMER, [this](wxTimerEvent&) { finishSmokeTest(); });
        m_unattendedTimer.StartOnce(kSmokeTestMilliseconds);
    }
}

void EdauApp::finishSmokeTest() {
    if (!m_frame->IsShownOnScreen()) {
        std::cerr << toUtf8(_("The main window did not appear.")) << '\n';
        m_exitCode = 1;
    }
    m_frame->Close(true);
}

void EdauApp::takeScreenshot() {
    // A view still getting ready (--show search: the search runs on a worker) is waited for,
    // a while, and then given a moment to paint.
    if (m_options.selfTest.empty() && (m_frame->viewPending() || m_screenshotWaits == 1)) {
        m_screenshotWaits = m_frame->viewPending() ? 1 : 2;
        if (m_frame->viewPending()) ++m_screenshotPolls;
        if (m_screenshotPolls < kScreenshotMaxWaits) {
            m_unattendedTimer.StartOnce(kScreenshotPollMilliseconds);
            return;
        }
    }
    m_frame->Update();
    wxWindow& target = *m_frame->screenshotWindow();
    target.Update();
    const wxString problem = saveWindowImage(target, toWx(m_options.screenshotPath));
    if (!problem.empty()) {
        std::cerr << toUtf8(problem) << '\n';
        m_exitCode = 1;
    }
    m_frame->Close(true);
}

void EdauApp::runSelfTest() {
    const bool passed = m_frame->workbench() != nullptr && (m_options.selfTest == "team" ? runTeamSelfTest(*m_frame, std::cerr)
                                                                                         : runCodingSelfTest(*m_frame, std::cerr));
    if (!passed) m_exitCode = 1;
    if (!m_options.screenshotPath.empty()) {
        takeScreenshot();  // closes the window
        return;
    }
    m_frame->Close(true);
}

int EdauApp::OnRun() {
    if (m_exitBeforeLoop) return *m_exitBeforeLoop;
    const int loopResult = wxApp::OnRun();
    return m_exitCode != 0 ? m_exitCode : loopResult;
}

void EdauApp::reportUnexpected(const wxString& detail) {
    if (m_options.unattended() || m_frame == nullptr) {
        std::cerr << toUtf8(detail) << '\n';
        m_exitCode = 1;
        return;
    }
    showProblemDialog(m_frame, _("Something went wrong that Edau did not expect."), detail);
}

bool EdauApp::OnExceptionInMainLoop() {
    // Every user action catches its own failures; this is the last net, so that a missed
    // one is reported and the work in the window is not lost.
    try {
        throw;
    } catch (const std::exception& failure) {
        reportUnexpected(describeFailure(failure));
    } catch (...) {
        reportUnexpected(_("An unknown error happened."));
    }
    return true;  // keep running
}

void EdauApp::OnUnhandledException() {
    try {
        throw;
    } catch (const std::exception& failure) {
        std::cerr << toUtf8(describeFailure(failure)) << '\n';
    } catch (...) {
        std::cerr << toUtf8(_("An unknown error happened.")) << '\n';
    }
}

}  // namespace edau::gui

wxIMPLEMENT_APP(edau::gui::EdauApp);
