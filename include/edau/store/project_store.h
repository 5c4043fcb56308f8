// SPDX-License-Identifier: GPL-3.0-or-later
/// The project file: one SQLite database that is the whole project and the truth.
///
/// Every change runs in one transaction and appends to the operation log in that same
/// transaction, so the log and the data can never disagree. Positions are code point
/// offsets (see edau/model/entities.h).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {

/// The schema version this build writes (PRAGMA user_version).
inline constexpr int kSchemaVersion = 5;

/// Where a project file lives, as far as safe SQLite use is concerned.
enum class StorageKind { Local, Network, CloudSync };

/// What the store found out about the file's location.
struct StorageLocation {
    StorageKind kind = StorageKind::Local;
    std::string detail;  ///< e.g. "nfs", "cifs", "fuse", "OneDrive folder"
};

/// Classifies the folder holding `path`: network file systems (NFS, SMB/CIFS, FUSE mounts
/// such as sshfs or rclone) and folders of cloud-sync clients (OneDrive, Dropbox, Google
/// Drive, iCloud, Nextcloud, ownCloud, pCloud, MEGA, Box) are not safe for SQLite's locking.
StorageLocation classifyStorage(const std::string& path);

/// Options for opening a store.
struct StoreOpenOptions {
    bool readOnly = false;  ///< no lock is taken; every write is refused
    /// Take the writer's lock if it is free (so closing tidies the file), else open read-only.
    bool readOnlyIfLocked = false;
};

/// Which codings a listing returns: those the current coder may see (while coding is blind,
/// only their own), or all of them (comparing coders, exchange, the digest).
enum class CodingScope { Shown, All };

/// Who holds the writer's lock on a project.
struct LockHolder {
    std::string host;
    std::string user;
    long pid = 0;
    std::string since;  ///< UTC timestamp
};

/// An operation made in another copy of the project, as that copy's sync journal carries it.
struct IncomingOperation {
    Operation operation;       ///< as the other copy logged it (its sequence is ignored)
    std::string documentText;  ///< for "document.add": the text itself (the log keeps only its hash)
    std::string origin;        ///< the copy that made it (its journal's copy UUID)
};

/// What applying incoming operations did.
struct IncomingReport {
    std::int64_t applied = 0;       ///< operations new to this copy, now part of it
    std::int64_t alreadyKnown = 0;  ///< operations this copy had already (sent twice, or its own)
    std::int64_t waiting = 0;       ///< operations waiting for one they depend on (another journal)
    std::int64_t refused = 0;       ///< operations that make no sense here (damaged or hostile)
    std::vector<std::string> refusals;        ///< why, one line each (the first few)
    std::vector<SyncConflict> newConflicts;   ///< conflicts found in this round
    std::vector<Operation> appliedOperations;  ///< the operations applied, in the order applied
};

/// A project file opened by this process. Not thread-safe: one thread uses one store.
class ProjectStore {
public:
    /// Creates a new project file; refuses if `path` exists.
    static std::unique_ptr<ProjectStore> create(const std::string& path, const std::string& name);
    /// Opens an existing project; see Workbench::open for the errors.
    static std::unique_ptr<ProjectStore> open(const std::string& path, StoreOpenOptions options = {});

    ~ProjectStore();
    ProjectStore(const ProjectStore&) = delete;
    ProjectStore& operator=(const ProjectStore&) = delete;

    const std::string& path() const;
    bool readOnly() const;
    StorageLocation storage() const;

    // --- the project itself
    std::string projectUuid() const;
    std::string projectName() const;
    void renameProject(const std::string& name);
    int schemaVersion() const;
    ProjectCounts counts() const;
    /// Runs PRAGMA integrity_check and foreign_key_check plus Edau's own checks
    /// (NFC text, content hashes, ranges inside documents). Empty when all is well.
    std::vector<Message> integrityProblems() const;

    /// Runs `work` inside one transaction; nested calls join the outer one. Any exception
    /// rolls everything back, so the project is left as it was.
    void write(const std::function<void()>& work);

    /// For many transactions in a row (importing a folder): while `on`, commits are not
    /// flushed to disk one by one; turning it off flushes everything at once. Each
    /// transaction stays atomic and a program crash loses nothing committed; a power cut
    /// during the run may lose its last commits but never damages the file.
    void setBulkWrites(bool on);

    // Every add* below takes an optional `uuid`: the identity to keep when the thing comes from
    // elsewhere (a REFI-QDA file, a merge). Empty: a new one. A malformed UUID is a Usage error;
    // one the table already holds is BadInput.

    // --- coders
    Coder addCoder(const std::string& name, const std::string& uuid = {});
    std::optional<Coder> coderByName(const std::string& name) const;
    std::optional<Coder> coderById(RowId id) const;
    std::vector<Coder> coders() const;
    void setCurrentCoder(RowId coderId);
    std::optional<Coder> currentCoder() const;

    // --- documents and turns
    /// Stores a document; its text is NFC-normalised, hashed and never changed afterwards.
    Document addDocument(const DocumentDraft& draft, const std::vector<Turn>& turns = {}, const std::string& uuid = {});
    std::optional<Document> documentById(RowId id) const;
    std::optional<Document> documentByUuid(const std::string& uuid) const;
    std::optional<Document> documentByName(const std::string& name) const;
    std::vector<Document> documents() const;
    std::string documentText(RowId documentId) const;
    std::vector<Turn> turns(RowId documentId) const;
    void setDocumentCase(RowId documentId, std::optional<RowId> caseId);

    // --- cases and attributes
    Case addCase(const std::string& name, const std::string& description = {}, const std::string& uuid = {});
    std::optional<Case> caseByName(const std::string& name) const;
    std::optional<Case> caseById(RowId id) const;
    std::vector<Case> cases() const;
    std::vector<RowId> caseDocuments(RowId caseId) const;
    Attribute addAttribute(const std::string& name, AttributeType type, const std::string& uuid = {});
    std::optional<Attribute> attributeByName(const std::string& name) const;
    std::vector<Attribute> attributes() const;
    void setAttributeValue(RowId caseId, RowId attributeId, const std::string& value);
    std::vector<AttributeValue> attributeValues(RowId caseId) const;

    // --- codebook
    Code addCode(const std::string& name, std::optional<RowId> parentId,
                 const std::string& description = {}, const std::string& colour = {}, const std::string& uuid = {});
    std::optional<Code> codeById(RowId id) const;
    std::optional<Code> codeByUuid(const std::string& uuid) const;
    std::vector<Code> codes() const;  ///< parents before children, siblings by ordinal
    /// Renames, re-describes, recolours or moves a code (a new parent, a new position).
    void updateCode(const Code& code);
    /// Codings that a removal of the code would remove: its own and its sub-codes'.
    std::int64_t codingsUnder(RowId codeId) const;
    /// Removes a code, its sub-codes and all their codings.
    void removeCode(RowId codeId);
    /// Moves every coding of `source` to `target`, re-parents source's sub-codes under
    /// target, and removes source. Citations keep pointing at the same codings.
    void mergeCode(RowId source, RowId target);

    // --- codings
    Coding addCoding(RowId documentId, std::int64_t start, std::int64_t end, RowId codeId,
                     RowId coderId, const std::string& uuid = {});
    std::optional<Coding> codingByUuid(const std::string& uuid) const;
    std::vector<Coding> codings(CodingScope scope = CodingScope::Shown) const;
    std::vector<Coding> codingsOfDocument(RowId documentId, CodingScope scope = CodingScope::Shown) const;
    /// How many codings each (case, code) pair has, through the documents' cases: one SQL
    /// aggregation over the covering index, what a framework matrix's grid needs.
    std::vector<std::tuple<RowId, RowId, std::int64_t>> codingCountsByCaseAndCode() const;
    /// How many codings each (document, code) pair has: the grid of a matrix of document rows.
    std::vector<std::tuple<RowId, RowId, std::int64_t>> codingCountsByDocumentAndCode() const;
    void removeCoding(RowId codingId);

    // --- blind double coding: while on, listings show each coder only their own codings
    /// (CodingScope::Shown), so two coders can code the same transcripts without seeing each
    /// other's work; turning it off reveals everything for comparison. Synced to every copy.
    bool blindCoding() const;
    void setBlindCoding(bool on);

    // --- memos
    /// A memo by `coderId`, or by the current coder when none is given.
    Memo addMemo(MemoTarget target, const std::string& targetUuid, const std::string& title,
                 const std::string& text, const std::string& uuid = {}, std::optional<RowId> coderId = std::nullopt);
    std::vector<Memo> memos() const;
    void updateMemo(RowId memoId, const std::string& title, const std::string& text);
    void removeMemo(RowId memoId);

    // --- framework matrices
    /// A matrix with a row per case, the Framework Method's usual shape.
    Matrix addMatrix(const std::string& name, const std::vector<RowId>& rowCaseIds,
                     const std::vector<RowId>& columnCodeIds, const std::string& description = {});
    /// A matrix whose rows are cases or documents (`rowIds` are of that kind), for studies without cases.
    Matrix addMatrix(const std::string& name, MatrixRowKind rowKind, const std::vector<RowId>& rowIds,
                     const std::vector<RowId>& columnCodeIds, const std::string& description = {},
                     const std::string& uuid = {});
    std::optional<Matrix> matrixByName(const std::string& name) const;
    std::vector<Matrix> matrices() const;
    /// Writes a cell of a matrix whose rows are cases.
    MatrixCell setCellSummary(RowId matrixId, RowId caseId, RowId codeId, const std::string& summary,
                              const std::vector<std::string>& citedCodingUuids);
    /// Writes a cell of either kind of matrix; the row must be of the matrix's row kind (Usage error).
    /// `uuid` is the identity of a cell written for the first time (kept from an exchange file).
    MatrixCell setCellSummary(RowId matrixId, MatrixRowKey row, RowId codeId, const std::string& summary,
                              const std::vector<std::string>& citedCodingUuids, const std::string& uuid = {});
    std::vector<MatrixCell> cells(RowId matrixId) const;
    /// A cell by its identity, e.g. the target of a memo.
    std::optional<MatrixCell> cellByUuid(const std::string& uuid) const;

    // --- Most Significant Change selection rounds
    MscRound addMscRound(const std::string& name, const std::string& panel = {}, const std::string& heldOn = {});
    std::vector<MscRound> mscRounds() const;
    /// Records (or changes) one story's place in a round: its domain, whether it was chosen, why.
    MscSelection setMscSelection(RowId roundId, RowId caseId, std::optional<RowId> domainCodeId, bool chosen,
                                 const std::string& reason);
    std::vector<MscSelection> mscSelections(RowId roundId) const;

    // --- undo and redo: the current coder's own actions, from the operation log, so the
    // history survives closing the program. Importing and case sheets are not undone here.
    /// What undo would reverse: the first operation kind of that action, or nullopt.
    std::optional<std::string> undoableAction() const;
    std::optional<std::string> redoableAction() const;
    /// Reverses the current coder's latest action; returns its kind, or nullopt if none.
    std::optional<std::string> undo();
    /// Re-applies the latest undone action; returns its kind, or nullopt if none.
    std::optional<std::string> redo();

    // --- operation log
    std::vector<Operation> operations(std::int64_t afterSequence = 0) const;
    /// The newest operation in the log, or nullopt for a project with none: its sequence is the
    /// store's change counter, and its uuid tells this project's history from a copy's.
    std::optional<Operation> lastOperation() const;
    /// The highest Lamport time seen so far.
    std::int64_t lamportClock() const;

    // --- shared-folder sync (the journals themselves are edau/sync's)
    /// Applies operations other copies made, in Lamport order with the ones still waiting from
    /// earlier rounds, each at most once (by operation UUID), in one transaction. Every copy
    /// that has applied the same operations holds the same content, whatever order they came
    /// in: later writes win per thing and field (by Lamport time, then operation UUID);
    /// concurrent summaries of one cell keep both versions as a "cell-summary" conflict; a code
    /// renamed in two copies takes the later name and records the other ("code-rename"); a code
    /// removed in one copy while another coded with it stays, with the new codings ("code-kept");
    /// two different things given one name keep it for the older and add a short identifier
    /// to the newer ("name-clash"). Operations that need something not yet arrived wait.
    IncomingReport applyIncoming(const std::vector<IncomingOperation>& operations);
    /// Operations this copy made itself (not received from another copy), after a sequence.
    std::vector<Operation> ownOperations(std::int64_t afterSequence = 0) const;
    /// How many incoming operations wait for something they depend on.
    std::int64_t waitingOperations() const;
    /// Conflicts found by sync, newest first; settled ones only when asked.
    std::vector<SyncConflict> conflicts(bool withSettled = false) const;
    /// Marks a conflict settled (an operation, so other copies learn it too). Throws NotFound.
    void settleConflict(const std::string& id);
    /// Settings of this copy of the file only (never synced, not in the operation log).
    std::optional<std::string> localSetting(const std::string& key) const;
    void setLocalSetting(const std::string& key, const std::string& value);

    /// Writes a consistent copy of the project (SQLite online backup); `destination` must not exist.
    void backupTo(const std::string& destination) const;

    /// The private state, opaque here (named so the store's own source files can share it).
    struct Impl;

private:
    explicit ProjectStore(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace edau
