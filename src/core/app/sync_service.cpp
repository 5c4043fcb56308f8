// SPDX-License-Identifier: GPL-3.0-or-later
// One round of shared-folder sync: send this copy's new operations, apply the others'.
#include "edau/app/sync_service.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <filesystem>
#include <map>

#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/base/time.h"
#include "edau/base/uuid.h"
#include "edau/store/project_store.h"
#include "edau/sync/journal.h"
#include "edau/sync/operation_record.h"

namespace edau {

namespace fs = std::filesystem;

namespace {

constexpr const char* kFolderSetting = "sync.folder";
constexpr const char* kCopySetting = "sync.copy";
constexpr const char* kReadSettingPrefix = "sync.read/";

std::string hostName() {
    char buffer[HOST_NAME_MAX + 1] = {};
    if (::gethostname(buffer, sizeof buffer - 1) != 0) return "unknown";
    return buffer;
}

std::string stringField(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v && v->isString() ? v->asString() : std::string();
}

std::int64_t intField(const Json& j, std::string_view key) {
    const Json* v = j.find(key);
    return v && v->isInteger() ? v->asInteger() : 0;
}

/// This copy's identity in the shared folder. A project file copied to another place or
/// machine (both copies then hold the same settings) becomes a new copy with its own journal,
/// so two copies never write one journal; a file moved on the same disk stays the same copy.
struct CopyIdentity {
    std::string uuid;
    std::int64_t sent = 0;  ///< the last own operation (sequence) written to the journal
};

CopyIdentity copyIdentity(ProjectStore& store, const std::string& projectPath) {
    struct stat st{};
    const std::int64_t inode = ::stat(projectPath.c_str(), &st) == 0 ? static_cast<std::int64_t>(st.st_ino) : 0;
    std::error_code ec;
    std::string path = fs::weakly_canonical(fs::absolute(projectPath, ec), ec).string();
    const std::string host = hostName();
    Json copy;
    if (auto saved = store.localSetting(kCopySetting)) {
        try {
            copy = Json::parse(*saved);
        } catch (const Error&) {
        }
    }
    const bool same = copy.isObject() && stringField(copy, "host") == host &&
                      (stringField(copy, "path") == path || intField(copy, "inode") == inode) &&
                      canonicalUuid(stringField(copy, "uuid"));
    CopyIdentity id;
    if (same) {
        id.uuid = stringField(copy, "uuid");
        id.sent = intField(copy, "sent");
    } else {
        id.uuid = newUuid();
    }
    Json updated = Json::object();
    updated["uuid"] = id.uuid;
    updated["host"] = host;
    updated["path"] = path;
    updated["inode"] = inode;
    updated["sent"] = id.sent;
    store.setLocalSetting(kCopySetting, updated.dump());
    return id;
}

void saveSent(ProjectStore& store, std::int64_t sent) {
    Json copy = Json::parse(store.localSetting(kCopySetting).value_or("{}"));
    copy["sent"] = sent;
    store.setLocalSetting(kCopySetting, copy.dump());
}

std::string coderName(const Workbench& bench, const std::string& uuid) {
    for (const auto& c : bench.coders())
        if (c.uuid == uuid) return c.name;
    return uuid.empty() ? std::string("?") : uuid.substr(0, 8);
}

}  // namespace

std::string syncFolderOf(const Workbench& bench) {
    return bench.store().localSetting(kFolderSetting).value_or("");
}

SyncReport syncProject(Workbench& bench, const std::string& folderArgument, const std::string& writerArgument) {
    ProjectStore& store = bench.store();
    std::string folder = folderArgument.empty() ? syncFolderOf(bench) : folderArgument;
    if (folder.empty())
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Choose the shared folder to sync through (--folder DIR); Edau "
                                                      "remembers it for the next time")));
    std::error_code ec;
    if (!fs::is_directory(folder, ec))
        throwError(ErrorKind::NotFound,
                   Message(EDAU_MSG("The shared folder {folder} does not exist or is not a folder")).arg("folder", folder));
    if (store.readOnly())
        throwError(ErrorKind::Project, Message(EDAU_MSG("{file} is open read-only; changes are not allowed"))
                                           .arg("file", bench.path()));

    SyncReport report;
    report.folder = folder;
    const std::string projectUuid = store.projectUuid();
    CopyIdentity copy = copyIdentity(store, bench.path());
    store.setLocalSetting(kFolderSetting, folder);
    report.journal = sync::journalFileName(projectUuid, copy.uuid);

    // 1. Send: this copy's own operations since the last round, into its own journal.
    std::string writer = writerArgument;
    if (writer.empty())
        if (auto coder = bench.currentCoder()) writer = coder->name;
    if (writer.empty()) writer = "?";
    std::vector<std::string> records;
    std::int64_t lastSent = copy.sent;
    for (const auto& op : store.ownOperations(copy.sent)) {
        lastSent = op.sequence;
        if (op.kind == "project.current-coder") continue;  // each copy's own business
        std::string text;
        if (op.kind == "document.add")
            if (auto doc = store.documentByUuid(op.entityUuid)) text = store.documentText(doc->id);
        records.push_back(sync::encodeOperationRecord(op, text));
    }
    if (!records.empty() || !fs::exists(fs::path(folder) / report.journal, ec)) {
        sync::JournalHeader header;
        header.projectUuid = projectUuid;
        header.copyUuid = copy.uuid;
        header.writer = writer;
        header.createdAt = utcTimestampNow();
        sync::appendToJournal((fs::path(folder) / report.journal).string(), header, records);
    }
    report.sent = static_cast<std::int64_t>(records.size());
    if (lastSent != copy.sent) saveSent(store, lastSent);

    // 2. Receive: every other journal (and the duplicates sync clients make of them).
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        if (!entry.is_regular_file(ec)) continue;
        names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    std::vector<IncomingOperation> incoming;
    std::map<std::string, std::pair<std::string, std::uint64_t>> positions;  // file -> copy, offset
    for (const auto& name : names) {
        auto kind = sync::classifyJournalFileName(name);
        if (kind == sync::JournalFileKind::Other || name == report.journal) continue;
        JournalSeen seen;
        seen.file = name;
        seen.conflictedCopy = kind == sync::JournalFileKind::ConflictedCopy;
        std::string savedCopy;
        std::uint64_t from = 0;
        if (auto saved = store.localSetting(kReadSettingPrefix + name)) {
            try {
                Json j = Json::parse(*saved);
                savedCopy = stringField(j, "copy");
                from = static_cast<std::uint64_t>(std::max<std::int64_t>(0, intField(j, "offset")));
            } catch (const Error&) {
            }
        }
        sync::JournalRead read;
        try {
            read = sync::readJournal((fs::path(folder) / name).string(), from);
        } catch (const Error& e) {
            seen.problem = e.message().str();
            report.journals.push_back(seen);
            continue;
        }
        if (read.refused) {
            seen.problem = read.refused->str();
            report.journals.push_back(seen);
            continue;
        }
        if (read.header.copyUuid != savedCopy && from != 0) {
            // Another file now has this name (a sync client replaced it): read it from the start.
            read = sync::readJournal((fs::path(folder) / name).string(), 0);
            if (read.refused) {
                seen.problem = read.refused->str();
                report.journals.push_back(seen);
                continue;
            }
        }
        seen.writer = read.header.writer;
        seen.copyUuid = read.header.copyUuid;
        seen.incompleteTail = read.tornTail;
        if (read.header.projectUuid != projectUuid) {
            seen.problem = Message(EDAU_MSG("it belongs to another project")).str();
            report.journals.push_back(seen);
            continue;
        }
        if (read.header.copyUuid == copy.uuid) {
            // A duplicate of this copy's own journal: everything in it is already here.
            positions[name] = {read.header.copyUuid, read.endOfComplete};
            report.journals.push_back(seen);
            continue;
        }
        for (const auto& record : read.records) {
            try {
                incoming.push_back(sync::decodeOperationRecord(record, read.header.copyUuid));
            } catch (const Error& e) {
                ++report.refused;
                if (report.refusals.size() < 10) report.refusals.push_back(name + ": " + e.message().str());
            }
        }
        seen.records = static_cast<std::int64_t>(read.records.size());
        report.received += seen.records;
        positions[name] = {read.header.copyUuid, read.endOfComplete};
        report.journals.push_back(seen);
    }

    // 3. Apply, and remember how far each journal was read (after applying: a crash between
    // the two only means reading some records again, which changes nothing).
    IncomingReport applied = store.applyIncoming(incoming);
    for (const auto& [name, position] : positions) {
        Json j = Json::object();
        j["copy"] = position.first;
        j["offset"] = static_cast<std::int64_t>(position.second);
        store.setLocalSetting(kReadSettingPrefix + name, j.dump());
    }
    report.applied = applied.applied;
    report.alreadyKnown = applied.alreadyKnown;
    report.waiting = applied.waiting;
    report.refused += applied.refused;
    for (auto& r : applied.refusals)
        if (report.refusals.size() < 10) report.refusals.push_back(r);
    report.newConflicts = std::move(applied.newConflicts);
    report.openConflicts = static_cast<std::int64_t>(store.conflicts().size());
    for (const auto& in : incoming)
        if (in.operation.kind.rfind("document.", 0) == 0) report.documentsChanged = true;
    report.news = describeChanges(bench, applied.appliedOperations);
    return report;
}

std::vector<Message> describeChanges(const Workbench& bench, const std::vector<Operation>& operations) {
    const ProjectStore& store = bench.store();
    auto codeName = [&](const std::string& uuid) {
        if (auto c = store.codeByUuid(uuid)) return c->name;
        return std::string("?");
    };
    auto payloadOf = [](const Operation& op) {
        try {
            return Json::parse(op.payload);
        } catch (const Error&) {
            return Json::object();
        }
    };
    // One line per user action (the operations of one transaction), in the order they came.
    std::vector<std::pair<std::string, std::vector<const Operation*>>> actions;
    for (const auto& op : operations) {
        if (actions.empty() || actions.back().first != op.actionUuid || op.actionUuid.empty())
            actions.emplace_back(op.actionUuid, std::vector<const Operation*>{});
        actions.back().second.push_back(&op);
    }
    std::vector<Message> out;
    for (const auto& [action, ops] : actions) {
        const Operation& first = *ops.front();
        const std::string who = coderName(bench, first.coderUuid);
        std::map<std::string, int> kinds;
        for (const Operation* op : ops) ++kinds[op->kind];
        const Json p = payloadOf(first);
        const long long n = static_cast<long long>(ops.size());
        if (first.actionKind == "undo") {
            out.push_back(Message(EDAU_MSG("{coder} undid a change")).arg("coder", who));
        } else if (kinds.count("document.add")) {
            out.push_back(Message(EDAU_MSG("{coder} imported documents ({count})")).arg("coder", who).arg("count", static_cast<long long>(kinds["document.add"])));
        } else if (kinds.count("code.remove")) {
            const Json removed = payloadOf(**std::find_if(ops.begin(), ops.end(), [](const Operation* o) { return o->kind == "code.remove"; }));
            const Json* name = removed.find("name");
            out.push_back(Message(EDAU_MSG("{coder} removed code {code}")).arg("coder", who).arg("code", name && name->isString() ? name->asString() : "?"));
        } else if (first.kind == "coding.add") {
            const Json* code = p.find("code");
            out.push_back(Message(EDAU_MSG("{coder} coded passages with {code} ({count})"))
                              .arg("coder", who)
                              .arg("count", static_cast<long long>(kinds["coding.add"]))
                              .arg("code", codeName(code && code->isString() ? code->asString() : "")));
        } else if (first.kind == "coding.remove") {
            out.push_back(Message(EDAU_MSG("{coder} removed codings ({count})")).arg("coder", who).arg("count", static_cast<long long>(kinds["coding.remove"])));
        } else if (first.kind == "code.add") {
            out.push_back(Message(EDAU_MSG("{coder} added code {code}")).arg("coder", who).arg("code", codeName(first.entityUuid)));
        } else if (first.kind == "code.update") {
            out.push_back(Message(EDAU_MSG("{coder} changed code {code}")).arg("coder", who).arg("code", codeName(first.entityUuid)));
        } else if (first.kind == "matrix.cell-summary") {
            const Json* code = p.find("code");
            out.push_back(Message(EDAU_MSG("{coder} wrote a summary under {code}"))
                              .arg("coder", who)
                              .arg("code", codeName(code && code->isString() ? code->asString() : "")));
        } else if (first.kind.rfind("memo.", 0) == 0) {
            out.push_back(Message(EDAU_MSG("{coder} wrote a memo")).arg("coder", who));
        } else if (first.kind.rfind("case.", 0) == 0 || first.kind == "attribute.add" || first.kind == "document.set-case") {
            out.push_back(Message(EDAU_MSG("{coder} changed the cases")).arg("coder", who));
        } else if (first.kind == "project.blind-coding") {
            const Json* after = p.find("after");
            out.push_back(after && after->isBool() && after->asBool()
                              ? Message(EDAU_MSG("{coder} made coding blind")).arg("coder", who)
                              : Message(EDAU_MSG("{coder} revealed everyone's codings")).arg("coder", who));
        } else if (first.kind == "conflict.settle") {
            out.push_back(Message(EDAU_MSG("{coder} settled a conflict")).arg("coder", who));
        } else if (first.kind == "coder.add") {
            // The coder added, not whoever was coding in that copy when they were added.
            out.push_back(Message(EDAU_MSG("{coder} joined the project")).arg("coder", coderName(bench, first.entityUuid)));
        } else {
            out.push_back(Message(EDAU_MSG("{coder} made changes ({count})")).arg("coder", who).arg("count", n));
        }
    }
    return out;
}

Message describeConflict(const Workbench& bench, const SyncConflict& conflict) {
    Json d;
    try {
        d = Json::parse(conflict.detail);
    } catch (const Error&) {
        d = Json::object();
    }
    const ProjectStore& store = bench.store();
    auto codeName = [&](const std::string& uuid) {
        if (auto c = store.codeByUuid(uuid)) return c->name;
        return uuid.substr(0, 8);
    };
    if (conflict.kind == "cell-summary") {
        std::string matrix = stringField(d, "matrix"), row = stringField(d, "row");
        for (const auto& m : store.matrices())
            if (m.uuid == matrix) matrix = m.name;
        for (const auto& c : store.cases())
            if (c.uuid == row) row = c.name;
        if (auto doc = store.documentByUuid(row)) row = doc->name;
        const Json* shown = d.find("shown");
        const Json* other = d.find("other");
        return Message(EDAU_MSG("{first} and {second} both wrote the summary of {row} × {code} in {matrix}; "
                                "{first}'s version is shown, {second}'s is kept: \"{other}\""))
            .arg("first", shown ? coderName(bench, stringField(*shown, "coder")) : "?")
            .arg("second", other ? coderName(bench, stringField(*other, "coder")) : "?")
            .arg("row", row)
            .arg("code", codeName(stringField(d, "code")))
            .arg("matrix", matrix)
            .arg("other", other ? stringField(*other, "summary") : "");
    }
    if (conflict.kind == "code-rename")
        return Message(EDAU_MSG("Code {before} was renamed to {kept} by {keptBy} and to {other} by {otherBy}; "
                                "it is now called {kept}"))
            .arg("before", stringField(d, "before"))
            .arg("kept", stringField(d, "kept"))
            .arg("keptBy", coderName(bench, stringField(d, "kept_by")))
            .arg("other", stringField(d, "other"))
            .arg("otherBy", coderName(bench, stringField(d, "other_by")));
    if (conflict.kind == "code-kept")
        return Message(EDAU_MSG("{coder} removed code {code} while others were still coding with it; the code is "
                                "kept with their codings"))
            .arg("coder", coderName(bench, stringField(d, "removed_by")))
            .arg("code", stringField(d, "name"));
    if (conflict.kind == "code-move")
        return Message(EDAU_MSG("Code {code} was moved inside one of its own sub-codes in another copy; it stays where it was"))
            .arg("code", codeName(stringField(d, "code")));
    if (conflict.kind == "name-clash") {
        const std::string thing = stringField(d, "thing");
        const char* id = EDAU_MSG("Two different things were called {name} in two copies; one is now called {renamed}");
        if (thing == "code") id = EDAU_MSG("Two different codes were called {name} in two copies; one is now called {renamed}");
        else if (thing == "case") id = EDAU_MSG("Two different cases were called {name} in two copies; one is now called {renamed}");
        else if (thing == "document") id = EDAU_MSG("Two different documents were called {name} in two copies; one is now called {renamed}");
        else if (thing == "coder") id = EDAU_MSG("Two different coders were called {name} in two copies; one is now called {renamed}");
        else if (thing == "attribute") id = EDAU_MSG("Two different attributes were called {name} in two copies; one is now called {renamed}");
        else if (thing == "matrix") id = EDAU_MSG("Two different framework matrices were called {name} in two copies; one is now called {renamed}");
        return Message(id).arg("name", stringField(d, "name")).arg("renamed", stringField(d, "renamed_to"));
    }
    return Message(EDAU_MSG("A conflict of kind {kind}")).arg("kind", conflict.kind);
}

}  // namespace edau
