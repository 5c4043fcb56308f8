// SPDX-License-Identifier: GPL-3.0-or-later
/// The desktop app's command line, parsed without wx so it can be tested.
#include "presenters/launch_options.h"

#include <algorithm>
#include <iterator>
#include <optional>
#include <string_view>

#include "edau/base/error.h"
#include "edau/base/message.h"
#include "presenters/ui_language.h"

namespace edau::gui {
namespace {

[[noreturn]] void usageError(Message message) {
    throwError(ErrorKind::Usage, std::move(message));
}

/// The views --show can bring forward, one a line.
const std::string_view kShowViews[] = {
    "document",
    "codebook",
    "search",
    "import",
    "cases",
    "matrix",
    "agreement",
    "msc",
    "counts",
    "cooccurrence",
    "team",
};

void setProjectPath(LaunchOptions& options, const std::string& path) {
    if (path.empty()) usageError(Message(EDAU_MSG("The project path is empty.")));
    if (!options.projectPath.empty() && options.projectPath != path) {
        usageError(Message(EDAU_MSG("Only one project can be opened at a time, but both {first} and {second} were given."))
                       .arg("first", options.projectPath)
                       .arg("second", path));
    }
    options.projectPath = path;
}

}  // namespace

LaunchOptions parseLaunchOptions(const std::vector<std::string>& arguments) {
    LaunchOptions options;
    bool onlyPathsFollow = false;

    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (onlyPathsFollow || argument.empty() || argument.front() != '-' || argument == "-") {
            setProjectPath(options, argument);
            continue;
        }
        if (argument == "--") {
            onlyPathsFollow = true;
            continue;
        }

        // Split "--name=value".
        std::string name = argument;
        std::optional<std::string> inlineValue;
        if (const std::size_t equals = argument.find('='); equals != std::string::npos) {
            name = argument.substr(0, equals);
            inlineValue = argument.substr(equals + 1);
        }
        auto takeValue = [&]() -> std::string {
            if (inlineValue) return *inlineValue;
            if (i + 1 >= arguments.size()) {
                usageError(Message(EDAU_MSG("The option {option} needs a value.")).arg("option", name));
            }
            return arguments[++i];
        };
        auto refuseValue = [&]() {
            if (inlineValue) {
                usageError(Message(EDAU_MSG("The option {option} takes no value.")).arg("option", name));
            }
        };

        if (name == "--open") {
            setProjectPath(options, takeValue());
        } else if (name == "--language") {
            const std::string language = takeValue();
            if (!isSupportedUiLanguage(language)) {
                usageError(Message(EDAU_MSG("Unknown interface language {language}: use en (English) or cy (Cymraeg)."))
                               .arg("language", language));
            }
            options.language = language;
        } else if (name == "--smoke-test") {
            refuseValue();
            options.smokeTest = true;
        } else if (name == "--screenshot") {
            options.screenshotPath = takeValue();
            if (options.screenshotPath.empty()) {
                usageError(Message(EDAU_MSG("The option {option} needs a value.")).arg("option", name));
            }
        } else if (name == "--show") {
            options.show = takeValue();
            if (std::find(std::begin(kShowViews), std::end(kShowViews), options.show) == std::end(kShowViews)) {
                std::string views;
                for (const std::string_view view : kShowViews) views += (views.empty() ? "" : ", ") + std::string(view);
                usageError(Message(EDAU_MSG("Unknown view {view}: use one of {views}."))
                               .arg("view", options.show)
                               .arg("views", views));
            }
        } else if (name == "--self-test") {
            options.selfTest = takeValue();
            if (options.selfTest != "coding" && options.selfTest != "team") {
                usageError(Message(EDAU_MSG("Unknown self-test {test}: use coding or team.")).arg("test", options.selfTest));
            }
        } else if (name == "--help" || name == "-h") {
            refuseValue();
            options.showHelp = true;
        } else if (name == "--version") {
            refuseValue();
            options.showVersion = true;
        } else {
            usageError(Message(EDAU_MSG("Unknown option {option}.")).arg("option", argument));
        }
    }
    return options;
}

std::string languageOptionIn(const std::vector<std::string>& arguments) {
    std::string language;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string& argument = arguments[i];
        if (argument == "--") break;
        std::string value;
        if (argument == "--language" && i + 1 < arguments.size()) {
            value = arguments[++i];
        } else if (argument.rfind("--language=", 0) == 0) {
            value = argument.substr(std::string("--language=").size());
        }
        if (isSupportedUiLanguage(value)) language = value;
    }
    return language;
}

}  // namespace edau::gui
