// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the desktop app's command line.
#include "presenters/launch_options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "edau/base/error.h"

namespace edau::gui {
namespace {

TEST(LaunchOptions, NoArgumentsOpenNothing) {
    const LaunchOptions options = parseLaunchOptions({});
    EXPECT_TRUE(options.projectPath.empty());
    EXPECT_TRUE(options.language.empty());
    EXPECT_FALSE(options.smokeTest);
    EXPECT_TRUE(options.screenshotPath.empty());
    EXPECT_FALSE(options.unattended());
}

TEST(LaunchOptions, AcceptsEveryDocumentedForm) {
    struct Row {
        std::vector<std::string> arguments;
        std::string project;
        std::string language;
        bool smokeTest;
        std::string screenshot;
    };
    const std::vector<Row> rows{
        {{"--open", "a.edau"}, "a.edau", "", false, ""},
        {{"--open=a.edau"}, "a.edau", "", false, ""},
        {{"a.edau"}, "a.edau", "", false, ""},
        {{"--language", "cy", "a.edau"}, "a.edau", "cy", false, ""},
        {{"--language=en"}, "", "en", false, ""},
        {{"--smoke-test", "--open", "Prosiect Siân.edau"}, "Prosiect Siân.edau", "", true, ""},
        {{"--screenshot", "out.png", "--open", "a.edau"}, "a.edau", "", false, "out.png"},
        {{"--screenshot=out.png"}, "", "", false, "out.png"},
        {{"--", "--odd-name.edau"}, "--odd-name.edau", "", false, ""},
        {{"--open", "a.edau", "a.edau"}, "a.edau", "", false, ""},  // the same project twice is fine
    };
    for (const Row& row : rows) {
        const LaunchOptions options = parseLaunchOptions(row.arguments);
        EXPECT_EQ(options.projectPath, row.project) << row.arguments.front();
        EXPECT_EQ(options.language, row.language) << row.arguments.front();
        EXPECT_EQ(options.smokeTest, row.smokeTest) << row.arguments.front();
        EXPECT_EQ(options.screenshotPath, row.screenshot) << row.arguments.front();
    }
}

TEST(LaunchOptions, SmokeTestsAndScreenshotsRunUnattended) {
    EXPECT_TRUE(parseLaunchOptions({"--smoke-test"}).unattended());
    EXPECT_TRUE(parseLaunchOptions({"--screenshot", "x.png"}).unattended());
    EXPECT_FALSE(parseLaunchOptions({"x.edau"}).unattended());
}

TEST(LaunchOptions, ShowsADocumentOrTheCodebook) {
    EXPECT_EQ(parseLaunchOptions({"--show", "document", "a.edau"}).show, "document");
    EXPECT_EQ(parseLaunchOptions({"--show=codebook"}).show, "codebook");
    for (const char* view : {"search", "import", "cases", "matrix", "agreement", "msc", "counts", "cooccurrence", "team"}) EXPECT_EQ(parseLaunchOptions({"--show", view}).show, view);
    EXPECT_TRUE(parseLaunchOptions({"a.edau"}).show.empty());
    EXPECT_THROW(parseLaunchOptions({"--show", "no-such-view"}), Error);
    EXPECT_THROW(parseLaunchOptions({"--show"}), Error);
    EXPECT_FALSE(parseLaunchOptions({"--show", "document"}).unattended());  // shown to a person
}

TEST(LaunchOptions, SelfTestsRunUnattended) {
    const LaunchOptions options = parseLaunchOptions({"--self-test", "coding", "a.edau"});
    EXPECT_EQ(options.selfTest, "coding");
    EXPECT_TRUE(options.unattended());
    EXPECT_EQ(parseLaunchOptions({"--self-test", "team"}).selfTest, "team");
    EXPECT_THROW(parseLaunchOptions({"--self-test", "everything"}), Error);
}

TEST(LaunchOptions, HelpAndVersion) {
    EXPECT_TRUE(parseLaunchOptions({"--help"}).showHelp);
    EXPECT_TRUE(parseLaunchOptions({"-h"}).showHelp);
    EXPECT_TRUE(parseLaunchOptions({"--version"}).showVersion);
}

TEST(LaunchOptions, RefusesWhatItCannotDoNamingTheArgument) {
    struct Row {
        std::vector<std::string> arguments;
        std::string mentioned;  // the message must name what was wrong
    };
    const std::vector<Row> rows{
        {{"--frobnicate"}, "--frobnicate"},
        {{"--language", "fr"}, "fr"},
        {{"--language"}, "--language"},
        {{"--open"}, "--open"},
        {{"--screenshot"}, "--screenshot"},
        {{"--screenshot="}, "--screenshot"},
        {{"--smoke-test=yes"}, "--smoke-test"},
        {{"a.edau", "b.edau"}, "b.edau"},
        {{"--open", "a.edau", "b.edau"}, "a.edau"},
        {{"--open="}, "empty"},
    };
    for (const Row& row : rows) {
        try {
            parseLaunchOptions(row.arguments);
            ADD_FAILURE() << "accepted " << row.arguments.front();
        } catch (const Error& error) {
            EXPECT_EQ(error.kind(), ErrorKind::Usage);
            EXPECT_NE(error.message().str().find(row.mentioned), std::string::npos)
                << error.message().str() << " does not mention " << row.mentioned;
        }
    }
}

TEST(LaunchOptions, TheLanguageAskedForIsFoundEvenBesideAWrongArgument) {
    EXPECT_EQ(languageOptionIn({"--language", "cy", "--bogus"}), "cy");
    EXPECT_EQ(languageOptionIn({"--bogus", "--language=cy"}), "cy");
    EXPECT_EQ(languageOptionIn({"--language", "fr"}), "");
    EXPECT_EQ(languageOptionIn({"--language"}), "");
    EXPECT_EQ(languageOptionIn({"--", "--language=cy"}), "");  // after "--" it is a file name
    EXPECT_EQ(languageOptionIn({}), "");
}

}  // namespace
}  // namespace edau::gui
