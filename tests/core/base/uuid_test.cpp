// SPDX-License-Identifier: GPL-3.0-or-later
// Uuid: random version 4 UUIDs in canonical form, and canonicalising UUIDs read from files.
#include "edau/base/uuid.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

const std::regex kCanonicalV4("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$");

TEST(Uuid, NewUuidIsCanonicalVersion4) {
    for (int i = 0; i < 1000; ++i) {
        const std::string uuid = edau::newUuid();
        ASSERT_EQ(uuid.size(), 36u) << uuid;
        EXPECT_TRUE(std::regex_match(uuid, kCanonicalV4)) << uuid;
    }
}

TEST(Uuid, TenThousandNewUuidsAreDistinct) {
    std::set<std::string> seen;
    for (int i = 0; i < 10000; ++i) seen.insert(edau::newUuid());
    EXPECT_EQ(seen.size(), 10000u);
}

TEST(Uuid, ThreadsGenerateDistinctUuids) {
    constexpr int kThreads = 4;
    constexpr int kPerThread = 2000;
    std::vector<std::vector<std::string>> results(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t)
        threads.emplace_back([&results, t] {
            for (int i = 0; i < kPerThread; ++i) results[static_cast<std::size_t>(t)].push_back(edau::newUuid());
        });
    for (auto& thread : threads) thread.join();
    std::set<std::string> seen;
    for (const auto& list : results) seen.insert(list.begin(), list.end());
    EXPECT_EQ(seen.size(), static_cast<std::size_t>(kThreads * kPerThread));
}

TEST(Uuid, CanonicalUuidOfANewUuidIsItself) {
    for (int i = 0; i < 100; ++i) {
        const std::string uuid = edau::newUuid();
        EXPECT_EQ(edau::canonicalUuid(uuid), uuid);
    }
}

TEST(Uuid, CanonicalUuidAcceptsBracesAndUpperCase) {
    struct Case {
        std::string_view input;
        std::string_view canonical;
    };
    const Case cases[] = {
        {"0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e"},
        {"0F8FAD5B-D9CB-469F-A165-70867728950E", "0f8fad5b-d9cb-469f-a165-70867728950e"},
        {"{0f8fad5b-d9cb-469f-a165-70867728950e}", "0f8fad5b-d9cb-469f-a165-70867728950e"},
        {"{0F8FAD5B-d9cb-469F-A165-70867728950e}", "0f8fad5b-d9cb-469f-a165-70867728950e"},
        // Other versions (e.g. version 1 from other QDA tools) are kept as they are.
        {"6BA7B810-9DAD-11D1-80B4-00C04FD430C8", "6ba7b810-9dad-11d1-80b4-00c04fd430c8"},
        {"00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.input));
        const auto result = edau::canonicalUuid(c.input);
        ASSERT_TRUE(result.has_value());
        EXPECT_EQ(*result, c.canonical);
    }
}

TEST(Uuid, CanonicalUuidRejectsMalformedText) {
    const std::string_view bad[] = {
        "",
        "0f8fad5b",
        "0f8fad5bd9cb469fa16570867728950e",         // no dashes
        "0f8fad5b-d9cb-469f-a165-70867728950",       // one digit short
        "0f8fad5b-d9cb-469f-a165-70867728950e0",     // one digit long
        "0f8fad5b-d9cb-469f-a165-70867728950g",      // not hex
        "0f8fad5bd-9cb-469f-a165-70867728950e",      // dash in the wrong place
        "0f8fad5b_d9cb_469f_a165_70867728950e",      // wrong separators
        " 0f8fad5b-d9cb-469f-a165-70867728950",      // leading space
        "0f8fad5b-d9cb-469f-a165-70867728950e ",     // trailing space
        "{0f8fad5b-d9cb-469f-a165-70867728950e",     // unbalanced brace
        "0f8fad5b-d9cb-469f-a165-70867728950e}",     // unbalanced brace
        "(0f8fad5b-d9cb-469f-a165-70867728950e)",    // wrong brackets
        "{{0f8fad5b-d9cb-469f-a165-70867728950e}}",  // doubled braces
        "urn:uuid:0f8fad5b-d9cb-469f-a165-7086772",  // 36 characters but not a UUID
        "+f8fad5b-d9cb-469f-a165-70867728950e",      // sign
    };
    for (std::string_view text : bad) {
        SCOPED_TRACE(std::string(text));
        EXPECT_FALSE(edau::canonicalUuid(text).has_value());
    }
}

}  // namespace
