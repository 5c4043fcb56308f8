// SPDX-License-Identifier: GPL-3.0-or-later
// Version 4 UUIDs from the operating system's random source.
#include "edau/base/uuid.h"

#include "edau/base/sha256.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <mutex>
#include <random>

#include <unistd.h>

namespace edau {

namespace {
const char kHex[] = "0123456789abcdef";

std::mt19937_64 seeded() {
    std::random_device rd;
    std::seed_seq seq{rd(), rd(), rd(), rd(), rd(), rd(), rd(), rd()};
    return std::mt19937_64(seq);
}

std::mt19937_64& generator() {
    // Seeded once per process from std::random_device (getrandom on Linux); a 64-bit
    // Mersenne Twister keeps UUID creation cheap inside bulk imports. A forked process seeds
    // its own: parent and child must never make the same identifiers (two copies syncing
    // through one folder would then write one journal).
    thread_local pid_t seededIn = ::getpid();
    thread_local std::mt19937_64 gen = seeded();
    if (seededIn != ::getpid()) {
        gen = seeded();
        seededIn = ::getpid();
    }
    return gen;
}
}  // namespace

std::string newUuid() {
    std::array<std::uint8_t, 16> bytes{};
    auto& gen = generator();
    std::uint64_t a = gen(), b = gen();
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<std::uint8_t>(a >> (8 * i));
        bytes[8 + i] = static_cast<std::uint8_t>(b >> (8 * i));
    }
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x40);  // version 4
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 0x0F];
    }
    return out;
}

namespace {
std::string format(std::array<std::uint8_t, 16> bytes) {
    std::string out;
    out.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[bytes[static_cast<std::size_t>(i)] >> 4];
        out += kHex[bytes[static_cast<std::size_t>(i)] & 0x0F];
    }
    return out;
}
}  // namespace

std::string uuidFromName(std::string_view name) {
    Sha256 hash;
    hash.update(name);
    auto digest = hash.digest();
    std::array<std::uint8_t, 16> bytes{};
    for (std::size_t i = 0; i < 16; ++i) bytes[i] = digest[i];
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x80);  // version 8: custom (RFC 9562)
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // RFC 4122 variant
    return format(bytes);
}

std::optional<std::string> canonicalUuid(std::string_view text) {
    if (text.size() == 38 && text.front() == '{' && text.back() == '}') text = text.substr(1, 36);
    if (text.size() != 36) return std::nullopt;
    std::string out;
    out.reserve(36);
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-') return std::nullopt;
            out += '-';
            continue;
        }
        if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace edau
