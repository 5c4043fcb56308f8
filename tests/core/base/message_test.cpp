// SPDX-License-Identifier: GPL-3.0-or-later
// Message and Error: named-argument substitution into English or translated templates.
#include "edau/base/message.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "edau/base/error.h"

namespace {

using edau::Message;

TEST(Message, SubstitutesNamedArguments) {
    Message m(EDAU_MSG("Cannot open {file}: {reason}"));
    m.arg("file", "cyfweliad.txt").arg("reason", "permission denied");
    EXPECT_EQ(m.str(), "Cannot open cyfweliad.txt: permission denied");
}

TEST(Message, FormatsNumericArgumentsAsPlainDigits) {
    Message m("{count} turns, first at {offset}, delta {delta}");
    m.arg("count", 12345678901LL).arg("offset", 0LL).arg("delta", -7LL);
    EXPECT_EQ(m.str(), "12345678901 turns, first at 0, delta -7");
}

TEST(Message, SubstitutesARepeatedPlaceholderEachTime) {
    EXPECT_EQ(Message("{name} and {name}").arg("name", "Siân").str(), "Siân and Siân");
}

TEST(Message, KeepsUnknownAndMalformedPlaceholdersAsWritten) {
    struct Case {
        std::string tmpl;
        std::string expected;
    };
    const Case cases[] = {
        {"Hello {who}", "Hello {who}"},
        {"{file} and {missing}", "a.txt and {missing}"},
        {"unclosed {file", "unclosed {file"},
        {"empty {} braces", "empty {} braces"},
        {"{{file}}", "{a.txt}"},
        {"} stray {", "} stray {"},
        {"", ""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.tmpl);
        EXPECT_EQ(Message(c.tmpl).arg("file", "a.txt").str(), c.expected);
    }
}

TEST(Message, DoesNotSubstituteInsideArgumentValues) {
    Message m("{a} then {b}");
    m.arg("a", "{b}").arg("b", "B");
    EXPECT_EQ(m.str(), "{b} then B");
}

TEST(Message, FormatUsesTheTranslatedTemplate) {
    Message m(EDAU_MSG("Cannot open {file}: {reason}"));
    m.arg("file", "nodiadau.txt").arg("reason", "dim caniatâd");
    EXPECT_EQ(m.format("Methu agor {file}: {reason}"), "Methu agor nodiadau.txt: dim caniatâd");
    // A translation may reorder the arguments.
    EXPECT_EQ(m.format("{reason} ({file})"), "dim caniatâd (nodiadau.txt)");
    // The id stays the untranslated English template.
    EXPECT_EQ(m.id(), "Cannot open {file}: {reason}");
}

TEST(Message, ArgsKeepTheirOrder) {
    Message m("x");
    m.arg("b", "2").arg("a", 1LL);
    const std::vector<std::pair<std::string, std::string>> expected = {{"b", "2"}, {"a", "1"}};
    EXPECT_EQ(m.args(), expected);
}

TEST(Error, CarriesKindAndEnglishMessage) {
    try {
        edau::throwError(edau::ErrorKind::NotFound,
                         Message(EDAU_MSG("There is no code called {name}")).arg("name", "Hiraeth"));
        FAIL() << "throwError returned";
    } catch (const edau::Error& e) {
        EXPECT_EQ(e.kind(), edau::ErrorKind::NotFound);
        EXPECT_STREQ(e.what(), "There is no code called Hiraeth");
        EXPECT_EQ(e.message().id(), "There is no code called {name}");
        EXPECT_EQ(e.message().format("Does dim cod o'r enw {name}"), "Does dim cod o'r enw Hiraeth");
    }
}

TEST(Error, IsARuntimeError) {
    EXPECT_THROW(edau::throwError(edau::ErrorKind::Internal, Message("bug")), std::runtime_error);
}

}  // namespace
