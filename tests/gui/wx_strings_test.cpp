// SPDX-License-Identifier: GPL-3.0-or-later
// Tests of the UTF-8 <-> wxString bridge and message translation (no display needed).
#include "wx_bridge/wx_strings.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

#include "edau/base/error.h"

namespace edau::gui {
namespace {

TEST(WxStrings, WelshTextSurvivesTheRoundTrip) {
    const std::string texts[] = {"", "plain", "dŵr tŷ ŵyn", "Siân a’r ŷd", "Ẁ ẃ ẅ ỳ", "日本語", "emoji 😀"};
    for (const std::string& text : texts) {
        EXPECT_EQ(toUtf8(toWx(text)), text) << text;
    }
    EXPECT_EQ(toWx("dŵr").length(), 3u);  // code points, not bytes
}

TEST(WxStrings, InvalidUtf8ShowsAReplacementCharacterInsteadOfNothing) {
    const wxString shown = toWx("caf\xE9 ok");  // Latin-1 é
    EXPECT_EQ(toUtf8(shown), "caf\xEF\xBF\xBD ok");
    EXPECT_EQ(toUtf8(toWx("\xC5")), "\xEF\xBF\xBD");  // a truncated sequence
}

TEST(WxStrings, AMessageWithoutACatalogueIsItsEnglishWithArguments) {
    Message message(EDAU_MSG("Cannot open {file}: {reason}"));
    message.arg("file", "Cyfweliad Siân.edau").arg("reason", "locked");
    EXPECT_EQ(toUtf8(translate(message)), "Cannot open Cyfweliad Siân.edau: locked");
}

TEST(WxStrings, FailuresAreDescribedInWords) {
    const Error error(ErrorKind::NotFound, Message(EDAU_MSG("No project at {path}")).arg("path", "/tmp/x.edau"));
    EXPECT_EQ(toUtf8(describeFailure(error)), "No project at /tmp/x.edau");
    const std::runtime_error other("disk on fire");
    EXPECT_NE(toUtf8(describeFailure(other)).find("disk on fire"), std::string::npos);
}

}  // namespace
}  // namespace edau::gui
