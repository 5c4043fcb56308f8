// SPDX-License-Identifier: GPL-3.0-or-later
/// The desktop app's command line, parsed without wx so it can be tested.
#pragma once

#include <string>
#include <vector>

namespace edau::gui {

/// What `edau [--open PROJECT.edau] [--language en|cy] [--show VIEW] [--smoke-test]
/// [--screenshot FILE.png] [--self-test coding] [PROJECT.edau]` asked for.
struct LaunchOptions {
    std::string projectPath;     ///< from --open or the one positional argument; empty for none
    std::string language;        ///< "en", "cy", or empty to use the saved or system choice
    bool smokeTest = false;      ///< show the window briefly, then exit (0 unless opening failed)
    std::string screenshotPath;  ///< save a PNG of the window, then exit; empty for none
    /// A view to bring forward once the project is open: "document" (the first source in the
    /// tree, with its coding stripes), "codebook" (the codebook panel, unfolded), "search"
    /// (a sample search, its hits and word forms), "import" (the import dialog previewing a
    /// sample transcript), "cases" (the cases sheet), "matrix" (the first framework matrix,
    /// at a cell with passages), "agreement" (intercoder agreement of the two coders who coded
    /// most, at the first code they differ on), "msc" (the latest Most Significant Change
    /// round), "counts" (coding counts by case), "cooccurrence" (codes that occur together) or
    /// "team" (the team log, after one sync round when the project has a shared folder);
    /// empty for none.
    std::string show;
    /// A scripted run of the real window that checks itself and exits (for tests): "coding"
    /// opens a document, codes a passage, checks its stripe, undoes and checks it went; "team"
    /// syncs the project with a copy of itself through a shared folder and checks what arrives.
    std::string selfTest;
    bool showHelp = false;
    bool showVersion = false;

    /// True when nobody is there to answer a dialog (smoke test, screenshot).
    bool unattended() const { return smokeTest || !screenshotPath.empty() || !selfTest.empty(); }
};

/// Parses the arguments after the program name. Accepts "--open PATH" and "--open=PATH"
/// (likewise --language, --show, --self-test and --screenshot) and "--" before a path that starts with "-".
/// Throws Error(Usage) with a message naming the offending argument.
LaunchOptions parseLaunchOptions(const std::vector<std::string>& arguments);

/// The supported language asked for with --language, even when other arguments are wrong,
/// so that the complaint about them is in the language asked for. Empty when none was.
std::string languageOptionIn(const std::vector<std::string>& arguments);

}  // namespace edau::gui
