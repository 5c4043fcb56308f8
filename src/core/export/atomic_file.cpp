// SPDX-License-Identifier: GPL-3.0-or-later
// A file written under a temporary name beside its destination and renamed into place when complete.
#include "atomic_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

#include "edau/base/uuid.h"
#include "prepared_report.h"

namespace edau::exporters {

namespace fs = std::filesystem;

namespace {

fs::path pathFromUtf8(const std::string& utf8) {
    return fs::path(std::u8string(reinterpret_cast<const char8_t*>(utf8.data()), utf8.size()));
}

std::string utf8FromPath(const fs::path& path) {
    const std::u8string text = path.u8string();
    return std::string(reinterpret_cast<const char*>(text.data()), text.size());
}

#ifndef _WIN32
// The rename must not reach the disk before the data does, or a crash could leave an empty file
// under the destination's name.
bool syncToDisk(const std::string& path, bool directory) {
    const int fd = ::open(path.c_str(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0) return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}
#endif

}  // namespace

AtomicFile::AtomicFile(std::string path) : m_path(std::move(path)) {
    const fs::path destination = pathFromUtf8(m_path);
    const std::string name = utf8FromPath(destination.filename());
    const fs::path temp = destination.parent_path() / pathFromUtf8("." + name + "." + newUuid().substr(0, 8) + ".tmp");
    m_tempPath = utf8FromPath(temp);
}

AtomicFile::~AtomicFile() {
    if (m_committed) return;
    std::error_code ignored;
    fs::remove(pathFromUtf8(m_tempPath), ignored);
}

void AtomicFile::create() { write({}); }

void AtomicFile::write(std::string_view bytes) {
    std::FILE* file = std::fopen(m_tempPath.c_str(), "wb");
    if (!file) throwCannotWrite(m_path, std::strerror(errno));
    const std::size_t written = bytes.empty() ? 0 : std::fwrite(bytes.data(), 1, bytes.size(), file);
    const int writeError = written == bytes.size() ? 0 : errno;
    const bool flushed = std::fflush(file) == 0;
    const int flushError = errno;
    const bool closed = std::fclose(file) == 0;
    if (written != bytes.size()) throwCannotWrite(m_path, std::strerror(writeError ? writeError : EIO));
    if (!flushed || !closed) throwCannotWrite(m_path, std::strerror(flushError ? flushError : EIO));
}

void AtomicFile::commit() {
    const fs::path temp = pathFromUtf8(m_tempPath);
    const fs::path destination = pathFromUtf8(m_path);
    std::error_code ec;
    if (!fs::is_regular_file(temp, ec)) throwCannotWrite(m_path, std::strerror(ENOENT));
#ifndef _WIN32
    if (!syncToDisk(m_tempPath, false)) throwCannotWrite(m_path, std::strerror(errno));
#endif
    if (fs::is_directory(destination, ec)) throwCannotWrite(m_path, std::strerror(EISDIR));
    fs::rename(temp, destination, ec);
    if (ec) throwCannotWrite(m_path, ec.message());
    m_committed = true;
#ifndef _WIN32
    const fs::path folder = destination.has_parent_path() ? destination.parent_path() : fs::path(".");
    syncToDisk(utf8FromPath(folder), true);  // best effort: the file is already in place
#endif
}

void writeFileAtomically(const std::string& path, std::string_view bytes) {
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

}  // namespace edau::exporters
