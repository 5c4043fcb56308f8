// SPDX-License-Identifier: GPL-3.0-or-later
// Workbench: an open project as both front ends see it.
#include "edau/app/workbench.h"

#include "edau/base/error.h"
#include "edau/store/project_store.h"

namespace edau {

struct Workbench::Impl {
    std::unique_ptr<ProjectStore> store;
    std::vector<Message> warnings;
};

namespace {
std::vector<Message> storageWarnings(const ProjectStore& store) {
    std::vector<Message> out;
    StorageLocation where = store.storage();
    if (where.kind == StorageKind::Network)
        out.push_back(Message(EDAU_MSG("{file} is on a network drive ({detail}). Two people opening it at once, or a "
                                       "dropped connection, can damage it. Work on a local copy and share changes "
                                       "through a shared folder instead."))
                          .arg("file", store.path())
                          .arg("detail", where.detail));
    else if (where.kind == StorageKind::CloudSync)
        out.push_back(Message(EDAU_MSG("{file} is in a cloud-sync folder ({detail}). The sync program may copy it while "
                                       "Edau is writing, or make conflicting copies. Work on a local copy and share "
                                       "changes through a shared folder instead."))
                          .arg("file", store.path())
                          .arg("detail", where.detail));
    return out;
}
}  // namespace

Workbench::Workbench(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Workbench::~Workbench() = default;

std::unique_ptr<Workbench> Workbench::create(const std::string& path, const std::string& name) {
    auto impl = std::make_unique<Impl>();
    impl->store = ProjectStore::create(path, name);
    impl->warnings = storageWarnings(*impl->store);
    return std::unique_ptr<Workbench>(new Workbench(std::move(impl)));
}

std::unique_ptr<Workbench> Workbench::open(const std::string& path, OpenOptions options) {
    auto impl = std::make_unique<Impl>();
    impl->store = ProjectStore::open(path, StoreOpenOptions{options.readOnly, options.readOnlyIfLocked});
    impl->warnings = storageWarnings(*impl->store);
    return std::unique_ptr<Workbench>(new Workbench(std::move(impl)));
}

const std::string& Workbench::path() const { return m_impl->store->path(); }
bool Workbench::readOnly() const { return m_impl->store->readOnly(); }
const std::vector<Message>& Workbench::warnings() const { return m_impl->warnings; }

ProjectSummary Workbench::summary() const {
    const auto& s = *m_impl->store;
    ProjectSummary out;
    out.path = s.path();
    out.uuid = s.projectUuid();
    out.name = s.projectName();
    out.schemaVersion = s.schemaVersion();
    out.counts = s.counts();
    out.currentCoder = s.currentCoder();
    out.readOnly = s.readOnly();
    return out;
}

std::vector<Message> Workbench::check() const { return m_impl->store->integrityProblems(); }

Coder Workbench::useCoder(const std::string& name) {
    auto& s = *m_impl->store;
    Coder result;
    s.write([&] {
        auto existing = s.coderByName(name);
        result = existing ? *existing : s.addCoder(name);
        auto current = s.currentCoder();
        if (!current || current->id != result.id) s.setCurrentCoder(result.id);
    });
    return result;
}

std::optional<Coder> Workbench::currentCoder() const { return m_impl->store->currentCoder(); }
std::vector<Coder> Workbench::coders() const { return m_impl->store->coders(); }
std::vector<Document> Workbench::documents() const { return m_impl->store->documents(); }
std::vector<Case> Workbench::cases() const { return m_impl->store->cases(); }
std::vector<Code> Workbench::codes() const { return m_impl->store->codes(); }
std::vector<Matrix> Workbench::matrices() const { return m_impl->store->matrices(); }
std::vector<Memo> Workbench::memos() const { return m_impl->store->memos(); }

void Workbench::saveCopy(const std::string& destination) const { m_impl->store->backupTo(destination); }

ProjectStore& Workbench::store() { return *m_impl->store; }
const ProjectStore& Workbench::store() const { return *m_impl->store; }

}  // namespace edau
