// SPDX-License-Identifier: GPL-3.0-or-later
/// SHA-256 (FIPS 180-4), for content hashes of documents and project digests.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace edau {

/// Incremental SHA-256; call update() any number of times, then hexDigest() once.
class Sha256 {
public:
    Sha256();
    void update(std::string_view bytes);
    /// Finishes the hash; the object must not be updated afterwards.
    std::array<std::uint8_t, 32> digest();
    std::string hexDigest();

private:
    void compress(const std::uint8_t* block);
    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_totalBytes = 0;
};

/// One-shot helper: lower-case hex SHA-256 of bytes.
std::string sha256Hex(std::string_view bytes);

}  // namespace edau
