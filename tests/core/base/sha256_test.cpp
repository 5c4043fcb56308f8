// SPDX-License-Identifier: GPL-3.0-or-later
// Sha256: the FIPS 180-4 / NIST test vectors, one-shot and incremental, across block boundaries.
#include "edau/base/sha256.h"

#include <gtest/gtest.h>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace {

constexpr std::string_view kMillionADigest = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

// Feeds `bytes` to a fresh hasher in chunks whose sizes cycle through `sizes`.
std::string chunkedHex(std::string_view bytes, std::initializer_list<std::size_t> sizes) {
    edau::Sha256 hash;
    std::size_t pos = 0;
    while (pos < bytes.size()) {
        for (std::size_t size : sizes) {
            if (pos >= bytes.size()) break;
            hash.update(bytes.substr(pos, size));
            pos += size;
        }
    }
    return hash.hexDigest();
}

TEST(Sha256, MatchesNistVectors) {
    struct Case {
        std::string_view input;
        std::string_view hex;
    };
    const Case cases[] = {
        {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
        {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
        {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
        {"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(std::string(c.input));
        EXPECT_EQ(edau::sha256Hex(c.input), c.hex);
        EXPECT_EQ(chunkedHex(c.input, {1}), c.hex);
    }
}

TEST(Sha256, HashesOneMillionAsInOneUpdate) {
    EXPECT_EQ(edau::sha256Hex(std::string(1000000, 'a')), kMillionADigest);
}

TEST(Sha256, HashesOneMillionAsFedInOddSizedChunks) {
    const std::string million(1000000, 'a');
    EXPECT_EQ(chunkedHex(million, {1, 3, 7, 63, 64, 65, 127, 1000, 4099}), kMillionADigest);
    EXPECT_EQ(chunkedHex(million, {55, 9}), kMillionADigest);
    EXPECT_EQ(chunkedHex(million, {0, 129}), kMillionADigest);
}

TEST(Sha256, PaddingBoundaryLengthsMatchReferenceDigests) {
    // Reference digests of n 'a' bytes, from an independent implementation (Python hashlib).
    struct Case {
        std::size_t length;
        std::string_view hex;
    };
    const Case cases[] = {
        {55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"},
        {56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"},
        {63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"},
        {64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"},
        {65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"},
        {119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"},
        {120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"},
        {128, "6836cf13bac400e9105071cd6af47084dfacad4e5e302c94bfed24e013afb73e"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.length);
        const std::string input(c.length, 'a');
        EXPECT_EQ(edau::sha256Hex(input), c.hex);
        EXPECT_EQ(chunkedHex(input, {1}), c.hex);
    }
}

TEST(Sha256, EverySplitPointGivesTheOneShotDigest) {
    for (std::size_t length : {55u, 56u, 63u, 64u, 65u}) {
        std::string input;
        for (std::size_t i = 0; i < length; ++i) input += static_cast<char>('A' + i % 26);
        const std::string expected = edau::sha256Hex(input);
        for (std::size_t split = 0; split <= length; ++split) {
            SCOPED_TRACE("length " + std::to_string(length) + ", split at " + std::to_string(split));
            edau::Sha256 hash;
            hash.update(std::string_view(input).substr(0, split));
            hash.update(std::string_view(input).substr(split));
            EXPECT_EQ(hash.hexDigest(), expected);
        }
        SCOPED_TRACE(length);
        EXPECT_EQ(chunkedHex(input, {1}), expected);
        EXPECT_EQ(chunkedHex(input, {3, 5}), expected);
    }
}

TEST(Sha256, HashesArbitraryBytesIncludingNulAndUtf8) {
    EXPECT_EQ(edau::sha256Hex(std::string_view("a\0b\xff", 4)),
              "a37cc3026aae4d519e0b19c298fa913b4dccfdf0658cbccbb7deaa0226d5acdb");
    EXPECT_EQ(edau::sha256Hex("Llŷr a'r dŵr"), "953f0d5ffad8cde1366f1f3462273944b952e16775c031328cce63c1f3aeee57");
}

TEST(Sha256, DigestBytesMatchHexDigest) {
    edau::Sha256 hash;
    hash.update("abc");
    const std::array<std::uint8_t, 32> bytes = hash.digest();
    const std::array<std::uint8_t, 8> expectedStart = {0xba, 0x78, 0x16, 0xbf, 0x8f, 0x01, 0xcf, 0xea};
    for (std::size_t i = 0; i < expectedStart.size(); ++i) EXPECT_EQ(bytes[i], expectedStart[i]) << "byte " << i;
    EXPECT_EQ(bytes[31], 0xad);
}

TEST(Sha256, EmptyUpdatesChangeNothing) {
    edau::Sha256 hash;
    hash.update("");
    hash.update("ab");
    hash.update("");
    hash.update("c");
    hash.update("");
    EXPECT_EQ(hash.hexDigest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
