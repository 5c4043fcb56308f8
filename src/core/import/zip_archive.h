// SPDX-License-Identifier: GPL-3.0-or-later
// A small read-only zip reader over libzip for documents held in memory, with bomb caps.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format_readers.h"

namespace edau::importers {

/// A zip archive read from bytes in memory. Nothing is extracted to disk. Every entry read is
/// measured while it is decompressed (declared sizes are never trusted) against ZipLimits:
/// per-entry size, total size over all reads, and the uncompressed/compressed ratio. Errors
/// are edau::Error(BadInput) whose messages name `fileLabel`.
class ZipArchive {
public:
    /// Opens the archive. `bytes` must outlive the archive. Throws BadInput when the bytes are
    /// not a readable zip, or hold more entries than `limits.maxEntries`.
    ZipArchive(std::string_view bytes, std::string fileLabel, ZipLimits limits);
    ~ZipArchive();
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;

    /// Names of all entries, in central-directory order.
    std::vector<std::string> entryNames() const;
    /// True when an entry has this name (ASCII case-insensitive, as OPC part names are).
    bool contains(std::string_view name) const;
    /// The whole uncompressed content of the named entry, or nullopt when there is none.
    /// Throws BadInput for encrypted entries, damaged data and anything over the limits.
    std::optional<std::string> read(std::string_view name);
    /// Total uncompressed bytes read so far through read().
    std::uint64_t totalRead() const { return m_totalRead; }

    /// True when the bytes start like a zip archive (a local file header or an empty archive).
    static bool looksLikeZip(std::string_view bytes);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::string m_fileLabel;
    ZipLimits m_limits;
    std::uint64_t m_totalRead = 0;
};

}  // namespace edau::importers
