// SPDX-License-Identifier: GPL-3.0-or-later
// The writer's lock: one Edau session writes a project at a time.
#pragma once

#include <optional>
#include <string>

#include "edau/store/project_store.h"

namespace edau::store {

/// Holds an exclusive flock() on "PROJECT.lock" for as long as the object lives; the file
/// names the holder (host, user, pid, since) so a refused second writer can say who has it.
class ProjectLock {
public:
    /// Takes the lock or throws Error(Project) naming the holder.
    explicit ProjectLock(const std::string& projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock&) = delete;
    ProjectLock& operator=(const ProjectLock&) = delete;

    /// The holder recorded in a lock file, if any (for messages).
    static std::optional<LockHolder> readHolder(const std::string& lockPath);
    static std::string lockPathFor(const std::string& projectPath) { return projectPath + ".lock"; }

private:
    std::string m_lockPath;
    int m_fd = -1;
};

}  // namespace edau::store
