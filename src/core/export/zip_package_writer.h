// SPDX-License-Identifier: GPL-3.0-or-later
// Writing an Office Open XML package (a zip of XML parts) with libzip.
#pragma once

#include <deque>
#include <memory>
#include <string>

namespace edau::exporters {

/// A new zip file built from parts held in memory. Errors are Error(Environment) naming
/// `fileLabel`, the file the user asked for (not the temporary one written).
class ZipPackageWriter {
public:
    /// Creates (or truncates) the zip at `path`; nothing reaches the disk before close().
    ZipPackageWriter(const std::string& path, std::string fileLabel);
    /// Discards an archive that was never closed.
    ~ZipPackageWriter();
    ZipPackageWriter(const ZipPackageWriter&) = delete;
    ZipPackageWriter& operator=(const ZipPackageWriter&) = delete;

    /// Adds a part, deflated. Part names are relative ("word/document.xml").
    void add(const std::string& name, std::string content);
    /// Writes the archive out.
    void close();

private:
    struct Archive;
    std::unique_ptr<Archive> m_archive;
    std::string m_fileLabel;
    std::deque<std::string> m_contents;  // libzip reads the buffers only at close, so they stay put here
};

}  // namespace edau::exporters
