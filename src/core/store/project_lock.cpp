// SPDX-License-Identifier: GPL-3.0-or-later
// flock()-based writer lock with a readable holder record.
#include "project_lock.h"

#include <fcntl.h>
#include <pwd.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/base/time.h"

namespace edau::store {

namespace {
std::string hostName() {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0) return "unknown";
    return buf;
}

std::string userName() {
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
    if (const char* u = std::getenv("USER")) return u;
    return "unknown";
}

std::string readAll(int fd) {
    std::string out;
    char buf[1024];
    if (lseek(fd, 0, SEEK_SET) < 0) return out;
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        if (n <= 0) break;
        out.append(buf, static_cast<std::size_t>(n));
        if (out.size() > 64 * 1024) break;
    }
    return out;
}

std::optional<LockHolder> parseHolder(const std::string& text) {
    try {
        Json j = Json::parse(text);
        LockHolder h;
        if (auto* v = j.find("host")) h.host = v->asString();
        if (auto* v = j.find("user")) h.user = v->asString();
        if (auto* v = j.find("pid")) h.pid = static_cast<long>(v->asInteger());
        if (auto* v = j.find("since")) h.since = v->asString();
        return h;
    } catch (const Error&) {
        return std::nullopt;
    }
}

[[noreturn]] void throwLocked(const std::string& projectPath, const std::optional<LockHolder>& holder) {
    if (holder)
        throwError(ErrorKind::Project,
                   Message(EDAU_MSG("{file} is open in another Edau (on {host}, by {user}, since {since}). "
                                    "Close it there first, or open this project read-only."))
                           .arg("file", projectPath)
                           .arg("host", holder->host)
                           .arg("user", holder->user)
                           .arg("since", holder->since));
    throwError(ErrorKind::Project,
               Message(EDAU_MSG("{file} is open in another Edau. Close it there first, or open this project read-only."))
                   .arg("file", projectPath));
}
}  // namespace

ProjectLock::ProjectLock(const std::string& projectPath) : m_lockPath(lockPathFor(projectPath)) {
    for (int attempt = 0; attempt < 5; ++attempt) {
        int fd = ::open(m_lockPath.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            throwError(ErrorKind::Environment,
                       Message(EDAU_MSG("Cannot create the lock file {file}: {reason}"))
                           .arg("file", m_lockPath)
                           .arg("reason", std::strerror(errno)));
        if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
            int err = errno;
            auto holder = parseHolder(readAll(fd));
            ::close(fd);
            if (err == EWOULDBLOCK) throwLocked(projectPath, holder);
            throwError(ErrorKind::Environment,
                       Message(EDAU_MSG("Cannot lock {file}: {reason}"))
                           .arg("file", m_lockPath)
                           .arg("reason", std::strerror(err)));
        }
        // The previous holder may have unlinked the file between our open() and flock():
        // then we locked an orphan inode and must try again on the file that is there now.
        struct stat opened {}, named {};
        if (fstat(fd, &opened) != 0 || stat(m_lockPath.c_str(), &named) != 0 ||
            opened.st_ino != named.st_ino || opened.st_dev != named.st_dev) {
            ::close(fd);
            continue;
        }
        // A leftover record from another machine may belong to a live session whose lock
        // this file system does not share with us: refuse rather than risk two writers.
        auto previous = parseHolder(readAll(fd));
        if (previous && !previous->host.empty() && previous->host != hostName()) {
            ::close(fd);
            throwLocked(projectPath, previous);
        }
        Json record = Json::object();
        record["host"] = hostName();
        record["user"] = userName();
        record["pid"] = static_cast<long long>(getpid());
        record["since"] = utcTimestampNow();
        std::string text = record.dump() + "\n";
        if (ftruncate(fd, 0) != 0 || pwrite(fd, text.data(), text.size(), 0) != static_cast<ssize_t>(text.size())) {
            int err = errno;
            ::close(fd);
            throwError(ErrorKind::Environment,
                       Message(EDAU_MSG("Cannot write the lock file {file}: {reason}"))
                           .arg("file", m_lockPath)
                           .arg("reason", std::strerror(err)));
        }
        fsync(fd);
        m_fd = fd;
        return;
    }
    throwLocked(projectPath, readHolder(m_lockPath));
}

ProjectLock::~ProjectLock() {
    if (m_fd >= 0) {
        ::unlink(m_lockPath.c_str());
        ::close(m_fd);
    }
}

std::optional<LockHolder> ProjectLock::readHolder(const std::string& lockPath) {
    int fd = ::open(lockPath.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    auto holder = parseHolder(readAll(fd));
    ::close(fd);
    return holder;
}

}  // namespace edau::store
