// SPDX-License-Identifier: GPL-3.0-or-later
// A file written under a temporary name beside its destination and renamed into place when complete.
#pragma once

#include <string>
#include <string_view>

namespace edau::exporters {

/// Reserves a temporary path in the destination's folder. Whoever writes the file writes to
/// tempPath(); commit() flushes it to disk and renames it over the destination, which on one
/// file system replaces the old file whole or not at all. Without commit() the temporary file
/// is removed, so a failed export leaves the destination as it was.
class AtomicFile {
public:
    /// `path` is UTF-8. Nothing is created yet.
    explicit AtomicFile(std::string path);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    /// The destination, as given.
    const std::string& path() const { return m_path; }
    /// Where to write: a hidden name in the same folder.
    const std::string& tempPath() const { return m_tempPath; }

    /// Creates tempPath() empty, so a library that writes it later cannot fail to open it:
    /// the error then names the user's file and says why, instead of a library's stderr line.
    void create();
    /// Writes all of `bytes` to tempPath(). Throws Error(Environment) naming path().
    void write(std::string_view bytes);
    /// Moves the finished temporary file into place. Throws Error(Environment) naming path().
    void commit();

private:
    std::string m_path;
    std::string m_tempPath;
    bool m_committed = false;
};

/// Writes bytes to `path` through an AtomicFile.
void writeFileAtomically(const std::string& path, std::string_view bytes);

}  // namespace edau::exporters
