// SPDX-License-Identifier: GPL-3.0-or-later
/// The one API both front ends (edau-cli and the wx app) call to work on a project.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {

class ProjectStore;

/// How to open a project.
struct OpenOptions {
    bool readOnly = false;  ///< open without taking the writer's lock; every change is refused
    /// For reading only: take the lock when free, fall back to read-only when another Edau has it.
    bool readOnlyIfLocked = false;
};

/// What a front end shows about an open project.
struct ProjectSummary {
    std::string path;
    std::string uuid;
    std::string name;
    int schemaVersion = 0;
    ProjectCounts counts;
    std::optional<Coder> currentCoder;
    bool readOnly = false;
};

/// An open project. Owns the store and, unless read-only, the writer's lock on the file.
class Workbench {
public:
    /// Creates a new, empty project file (refuses to overwrite an existing file).
    static std::unique_ptr<Workbench> create(const std::string& path, const std::string& name);
    /// Opens an existing project. Throws Error(Project) when it is locked by another Edau,
    /// damaged, made by a newer Edau, or not an Edau project; Error(NotFound) when missing.
    static std::unique_ptr<Workbench> open(const std::string& path, OpenOptions options = {});

    ~Workbench();
    Workbench(const Workbench&) = delete;
    Workbench& operator=(const Workbench&) = delete;

    const std::string& path() const;
    bool readOnly() const;
    /// Things the user should know about where the project lives (e.g. a network or
    /// cloud-sync folder, where a local copy is safer).
    const std::vector<Message>& warnings() const;

    ProjectSummary summary() const;
    /// Problems found by a full integrity check of the store; empty when all is well.
    std::vector<Message> check() const;

    /// Makes NAME the current coder, adding them to the project if new.
    Coder useCoder(const std::string& name);
    std::optional<Coder> currentCoder() const;
    std::vector<Coder> coders() const;

    std::vector<Document> documents() const;
    std::vector<Case> cases() const;
    std::vector<Code> codes() const;
    std::vector<Matrix> matrices() const;
    std::vector<Memo> memos() const;

    /// Writes a consistent copy of the whole project to `destination` (must not exist).
    void saveCopy(const std::string& destination) const;

    /// The store, for app-layer services (import, demo) built on it.
    ProjectStore& store();
    const ProjectStore& store() const;

private:
    struct Impl;
    explicit Workbench(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace edau
