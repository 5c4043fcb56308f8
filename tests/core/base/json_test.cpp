// SPDX-License-Identifier: GPL-3.0-or-later
// Json: strict parsing, compact and pretty writing, escapes, errors and member access.
#include "edau/base/json.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edau/base/error.h"

namespace {

using edau::ErrorKind;
using edau::Json;

// The error Json::parse throws for `text`, or nullopt when it parses.
std::optional<edau::Error> parseError(std::string_view text, int maxDepth = 256) {
    try {
        Json::parse(text, maxDepth);
    } catch (const edau::Error& e) {
        return e;
    }
    return std::nullopt;
}

// The value of a named message argument, or "" when absent.
std::string argValue(const edau::Error& e, const std::string& name) {
    for (const auto& [key, value] : e.message().args())
        if (key == name) return value;
    return "";
}

Json sampleDocument() {
    Json doc;
    doc["name"] = "Siân";
    doc["codes"].push(1);
    doc["codes"].push(2);
    doc["empty"] = Json::array();
    doc["memo"] = Json::object();
    return doc;
}

TEST(Json, CompactTextRoundTripsThroughParseAndDump) {
    const std::string_view texts[] = {
        "null",
        "true",
        "false",
        "0",
        "-12",
        "3.5",
        "-0.25",
        "1e+300",
        "\"\"",
        "\"x\"",
        "[]",
        "{}",
        "[1,2,[3,{\"a\":null}]]",
        "{\"b\":1,\"a\":[true,false],\"c\":{\"d\":\"e\"}}",
        "9223372036854775807",
        "-9223372036854775808",
        "\"Llŷr a'r dŵr 😀\"",
    };
    for (std::string_view text : texts) {
        SCOPED_TRACE(std::string(text));
        EXPECT_EQ(Json::parse(text).dump(), text);
    }
}

TEST(Json, ParseIgnoresWhitespaceBetweenTokens) {
    const Json value = Json::parse(" \t\r\n{ \"a\" :\n[ 1 ,\t2 ] , \"b\" : { } }\n ");
    EXPECT_EQ(value.dump(), "{\"a\":[1,2],\"b\":{}}");
}

TEST(Json, DumpedValuesParseBackEqual) {
    Json doc = sampleDocument();
    doc["nested"]["deeper"]["flag"] = false;
    doc["pi"] = 3.25;
    doc["nothing"] = nullptr;
    doc["big"] = std::numeric_limits<std::int64_t>::max();
    EXPECT_EQ(Json::parse(doc.dump()), doc);
    EXPECT_EQ(Json::parse(doc.dump(2)), doc);
    EXPECT_EQ(Json::parse(doc.dump(4)), doc);
}

TEST(Json, CompactDumpHasNoWhitespace) {
    EXPECT_EQ(sampleDocument().dump(), "{\"name\":\"Siân\",\"codes\":[1,2],\"empty\":[],\"memo\":{}}");
    EXPECT_EQ(sampleDocument().dump(0), sampleDocument().dump());
}

TEST(Json, PrettyDumpIndentsNestedValues) {
    const std::string expected =
        "{\n"
        "  \"name\": \"Siân\",\n"
        "  \"codes\": [\n"
        "    1,\n"
        "    2\n"
        "  ],\n"
        "  \"empty\": [],\n"
        "  \"memo\": {}\n"
        "}";
    EXPECT_EQ(sampleDocument().dump(2), expected);
    EXPECT_EQ(Json::parse("[[1]]").dump(1), "[\n [\n  1\n ]\n]");
    EXPECT_EQ(Json(5).dump(2), "5");
}

TEST(Json, EscapesDecodeToUtf8) {
    struct Case {
        std::string_view json;
        std::string_view value;
    };
    const Case cases[] = {
        {R"("\u00e9")", "é"},
        {R"("\u00E9")", "é"},
        {R"("\u0175\u0177")", "ŵŷ"},
        {R"("\u0041b")", "Ab"},
        {R"("\u20ac")", "\xE2\x82\xAC"},
        {R"("\ud83d\ude00")", "\xF0\x9F\x98\x80"},
        {R"("\uD83D\uDE00!")", "\xF0\x9F\x98\x80!"},
        {R"("\udbff\udfff")", "\xF4\x8F\xBF\xBF"},
        {R"("\"\\\/\b\f\n\r\t")", "\"\\/\b\f\n\r\t"},
        {R"("\u0000")", std::string_view("\0", 1)},
        {R"("a\u0000b")", std::string_view("a\0b", 3)},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.json));
        const Json value = Json::parse(c.json);
        ASSERT_TRUE(value.isString());
        EXPECT_EQ(value.asString(), c.value);
    }
}

TEST(Json, WritesNonAsciiUtf8AsIs) {
    EXPECT_EQ(Json("Mae'r dŵr yn y tŷ").dump(), "\"Mae'r dŵr yn y tŷ\"");
    EXPECT_EQ(Json("Llŷr \xF0\x9F\x98\x80").dump(), "\"Llŷr \xF0\x9F\x98\x80\"");
    EXPECT_EQ(Json::parse("\"ŵ\"").asString(), "ŵ");
}

TEST(Json, EscapesControlCharactersWhenWriting) {
    struct Case {
        std::string_view value;
        std::string_view quoted;
    };
    const Case cases[] = {
        {"\n", R"("\n")"},
        {"\r", R"("\r")"},
        {"\t", R"("\t")"},
        {"\b", R"("\b")"},
        {"\f", R"("\f")"},
        {"\"", R"("\"")"},
        {"\\", R"("\\")"},
        {"/", R"("/")"},
        {"\x01", R"("\u0001")"},
        {"\x1f", R"("\u001f")"},
        {std::string_view("\0", 1), R"("\u0000")"},
        {"a\x7f", "\"a\x7f\""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.quoted));
        EXPECT_EQ(edau::jsonQuote(c.value), c.quoted);
        EXPECT_EQ(Json(c.value).dump(), c.quoted);
    }
}

TEST(Json, EveryControlCharacterRoundTrips) {
    std::string all;
    for (int c = 0; c < 0x20; ++c) all += static_cast<char>(c);
    const std::string dumped = Json(all).dump();
    for (char c : dumped) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "raw control character in output";
    EXPECT_EQ(Json::parse(dumped).asString(), all);
}

TEST(Json, KeepsIntegersAndDoublesApart) {
    const Json integer = Json::parse("42");
    EXPECT_TRUE(integer.isInteger());
    EXPECT_TRUE(integer.isNumber());
    EXPECT_EQ(integer.asInteger(), 42);
    EXPECT_EQ(integer.asNumber(), 42.0);

    const Json fraction = Json::parse("42.5");
    EXPECT_FALSE(fraction.isInteger());
    EXPECT_TRUE(fraction.isNumber());
    EXPECT_EQ(fraction.asNumber(), 42.5);
    EXPECT_THROW((void)fraction.asInteger(), edau::Error);

    const Json exponent = Json::parse("1e2");
    EXPECT_FALSE(exponent.isInteger());
    EXPECT_EQ(exponent.asNumber(), 100.0);
    EXPECT_EQ(exponent.asInteger(), 100);  // a whole double reads as an integer

    EXPECT_EQ(Json::parse("-9223372036854775808").asInteger(), std::numeric_limits<std::int64_t>::min());
    const Json tooBig = Json::parse("9223372036854775808");
    EXPECT_FALSE(tooBig.isInteger());
    EXPECT_EQ(tooBig.asNumber(), 9223372036854775808.0);

    EXPECT_EQ(Json(7).dump(), "7");
    EXPECT_EQ(Json(-7LL).dump(), "-7");
    EXPECT_EQ(Json(7u).dump(), "7");
    EXPECT_EQ(Json(0.5).dump(), "0.5");
    EXPECT_EQ(Json(0.1).dump(), "0.1");
    EXPECT_EQ(Json::parse(Json(0.1).dump()).asNumber(), 0.1);
    EXPECT_FALSE(Json(1) == Json(1.5));
}

TEST(Json, WritesNonFiniteDoublesAsNull) {
    EXPECT_EQ(Json(std::numeric_limits<double>::infinity()).dump(), "null");
    EXPECT_EQ(Json(std::numeric_limits<double>::quiet_NaN()).dump(), "null");
}

TEST(Json, RefusesMalformedTextWithBadInput) {
    const std::string_view bad[] = {
        // trailing text
        "{} x", "[1] [2]", "1 2", "truex", "nullnull",
        // bad escapes
        R"("\x")", R"("\u12G4")", R"("\u12")", R"("\u")", R"("\U00e9")", R"("\')",
        // lone or broken surrogates
        R"("\ud83d")", R"("\ude00")", R"("\ud83d\u0041")", R"("\ud83dx")", R"("\ude00\ud83d")",
        // unterminated strings and containers
        R"("abc)", R"("abc\)", "\"", "[1,2", "{\"a\":1", "[", "{",
        // other syntax errors
        "", "   ", "tru", "nul", "-", "+1", "[1 2]", "[1,]", "{,}", "{\"a\":1,}", "{\"a\" 1}", "{a:1}",
        "{1:2}", "NaN", "Infinity", "'single'", "1-2",
        // raw control characters inside a string
        "\"a\nb\"", "\"a\tb\"",
    };
    for (std::string_view text : bad) {
        SCOPED_TRACE("input: " + std::string(text));
        const auto error = parseError(text);
        ASSERT_TRUE(error.has_value());
        EXPECT_EQ(error->kind(), ErrorKind::BadInput);
    }
}

TEST(Json, ParseErrorNamesTheByteOffset) {
    const auto trailing = parseError("{}  x");
    ASSERT_TRUE(trailing.has_value());
    EXPECT_EQ(argValue(*trailing, "offset"), "4");
    EXPECT_NE(std::string(trailing->what()).find("4"), std::string::npos) << trailing->what();
}

TEST(Json, ValuesInsideMaxDepthContainersParse) {
    const std::string ten = std::string(10, '[') + "1" + std::string(10, ']');
    EXPECT_EQ(Json::parse(ten, 10).dump(), ten);
    const std::string deep = std::string(200, '[') + std::string(200, ']');
    EXPECT_NO_THROW(Json::parse(deep));
}

TEST(Json, RefusesNestingDeeperThanMaxDepth) {
    const std::string eleven = std::string(11, '[') + "1" + std::string(11, ']');
    const auto error = parseError(eleven, 10);
    ASSERT_TRUE(error.has_value());
    EXPECT_EQ(error->kind(), ErrorKind::BadInput);

    std::string objects;
    for (int i = 0; i < 11; ++i) objects += "{\"a\":";
    objects += "1" + std::string(11, '}');
    EXPECT_TRUE(parseError(objects, 10).has_value());
}

TEST(Json, HundredThousandOpenBracketsThrowCleanly) {
    const auto unbalanced = parseError(std::string(100000, '['));
    ASSERT_TRUE(unbalanced.has_value());
    EXPECT_EQ(unbalanced->kind(), ErrorKind::BadInput);

    const auto balanced = parseError(std::string(100000, '[') + std::string(100000, ']'));
    ASSERT_TRUE(balanced.has_value());
    EXPECT_EQ(balanced->kind(), ErrorKind::BadInput);

    std::string objects;
    for (int i = 0; i < 100000; ++i) objects += "{\"k\":";
    EXPECT_TRUE(parseError(objects).has_value());
}

TEST(Json, SubscriptInsertsNullMembersAndKeepsOrder) {
    Json obj;
    EXPECT_TRUE(obj.isNull());
    obj["zebra"] = 1;
    obj["alpha"] = 2;
    obj["zebra"] = 3;  // replaces in place, does not move
    Json& added = obj["middle"];
    EXPECT_TRUE(added.isNull());
    EXPECT_TRUE(obj.isObject());
    EXPECT_EQ(obj.size(), 3u);
    EXPECT_EQ(obj.dump(), "{\"zebra\":3,\"alpha\":2,\"middle\":null}");
}

TEST(Json, SubscriptOnANonObjectThrowsBadInput) {
    Json values[] = {Json(1), Json("text"), Json::array(), Json(true)};
    for (Json& value : values) {
        SCOPED_TRACE(value.dump());
        try {
            value["key"] = 1;
            ADD_FAILURE() << "operator[] accepted a non-object";
        } catch (const edau::Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput);
        }
    }
}

TEST(Json, FindReturnsTheMemberOrNullptr) {
    const Json obj = Json::parse(R"({"a":1,"b":{"c":"d"}})");
    ASSERT_NE(obj.find("a"), nullptr);
    EXPECT_EQ(obj.find("a")->asInteger(), 1);
    ASSERT_NE(obj.find("b"), nullptr);
    ASSERT_NE(obj.find("b")->find("c"), nullptr);
    EXPECT_EQ(obj.find("b")->find("c")->asString(), "d");
    EXPECT_EQ(obj.find("missing"), nullptr);
    EXPECT_EQ(obj.find("A"), nullptr);
    EXPECT_EQ(Json().find("a"), nullptr);
    EXPECT_EQ(Json::parse("[\"a\"]").find("a"), nullptr);
    EXPECT_EQ(Json("a").find("a"), nullptr);
}

TEST(Json, PushAppendsAndTurnsNullIntoAnArray) {
    Json list;
    list.push(1);
    list.push("two");
    list.push(Json::object());
    EXPECT_TRUE(list.isArray());
    EXPECT_EQ(list.size(), 3u);
    EXPECT_EQ(list.dump(), "[1,\"two\",{}]");
    list.asArray().front() = "one";  // the mutable array is the value's own storage
    EXPECT_EQ(list.dump(), "[\"one\",\"two\",{}]");

    Json obj = Json::object();
    EXPECT_THROW(obj.push(1), edau::Error);
    Json number(3);
    EXPECT_THROW(number.push(1), edau::Error);
}

TEST(Json, ObjectKeyOrderIsPreservedThroughParseAndDump) {
    const std::string text = R"({"zulu":1,"alpha":2,"mike":3,"bravo":4})";
    const Json obj = Json::parse(text);
    const std::vector<std::string> expected = {"zulu", "alpha", "mike", "bravo"};
    std::vector<std::string> keys;
    for (const auto& [key, value] : obj.asObject()) keys.push_back(key);
    EXPECT_EQ(keys, expected);
    EXPECT_EQ(obj.dump(), text);
}

TEST(Json, AccessorsThrowBadInputOnTheWrongType) {
    const Json str("x");
    const Json num(1);
    const Json nul;
    const auto expectBadInput = [](auto&& call, const char* what) {
        try {
            call();
            ADD_FAILURE() << what << " did not throw";
        } catch (const edau::Error& e) {
            EXPECT_EQ(e.kind(), ErrorKind::BadInput) << what;
        }
    };
    expectBadInput([&] { (void)str.asBool(); }, "asBool on a string");
    expectBadInput([&] { (void)str.asInteger(); }, "asInteger on a string");
    expectBadInput([&] { (void)str.asNumber(); }, "asNumber on a string");
    expectBadInput([&] { (void)num.asString(); }, "asString on a number");
    expectBadInput([&] { (void)num.asArray(); }, "asArray on a number");
    expectBadInput([&] { (void)nul.asObject(); }, "asObject on null");
    expectBadInput([&] { (void)Json(true).asInteger(); }, "asInteger on a boolean");
}

TEST(Json, SizeCountsArrayElementsAndObjectMembersOnly) {
    EXPECT_EQ(Json::parse("[1,2,3]").size(), 3u);
    EXPECT_EQ(Json::parse(R"({"a":1,"b":2})").size(), 2u);
    EXPECT_EQ(Json("four").size(), 0u);
    EXPECT_EQ(Json().size(), 0u);
}

}  // namespace

namespace edau {
namespace {

TEST(JsonStrictness, RefusesNumbersOutsideTheGrammar) {
    for (const char* bad : {"01", "-01", "00", "1.", ".5", "-.5", "1.e5", "1e", "-", "+1", "0x10"})
        EXPECT_THROW(Json::parse(bad), Error) << bad;
    for (const char* good : {"0", "-0", "10", "1.5", "1e5", "1E-5", "-2.5e+3"}) EXPECT_NO_THROW(Json::parse(good)) << good;
}

TEST(JsonStrictness, DoublesStayDoublesThroughARoundTrip) {
    EXPECT_EQ(Json(2.0).dump(), "2.0");
    EXPECT_TRUE(Json::parse(Json(2.0).dump()) == Json(2.0));
    EXPECT_THROW(Json::parse("1e300").asInteger(), Error);
}

TEST(JsonStrictness, RefusesInvalidUtf8InsideStrings) {
    EXPECT_THROW(Json::parse("\"\xC0\x80\""), Error);
    EXPECT_THROW(Json::parse("\"\xED\xA0\x80\""), Error);
    EXPECT_EQ(Json::parse("\"d\xC5\xB5r\"").asString(), "d\xC5\xB5r");
}

}  // namespace
}  // namespace edau
