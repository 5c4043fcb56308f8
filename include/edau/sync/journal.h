// SPDX-License-Identifier: GPL-3.0-or-later
/// Sync journals: one append-only file per project copy in a shared folder, made of framed and
/// checksummed records, so a sync client copying it mid-write never causes harm.
///
/// Layout (UTF-8 text, so a curious researcher can open it):
///   EDAU-JOURNAL <format>\n
///   <header JSON>\n
///   then records: R <length, 8 hex digits> <SHA-256 of the payload, 64 hex digits>\n<payload>\n
/// A record is complete when its length, checksum and final newline are all there; a reader
/// stops at the first incomplete or damaged record (a torn tail, still being written or synced)
/// and picks up from the same byte next time. Existing bytes are never rewritten.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/message.h"

namespace edau::sync {

/// The journal format this Edau writes and the newest it reads.
inline constexpr int kJournalFormat = 1;

/// Who writes a journal: a project, and the copy of it on one researcher's machine.
struct JournalHeader {
    int format = kJournalFormat;
    std::string projectUuid;
    std::string copyUuid;   ///< the writing copy (one journal per copy)
    std::string writer;     ///< the researcher's name, for "who changed what"
    std::string createdAt;  ///< UTC timestamp
};

/// What a read found.
struct JournalRead {
    JournalHeader header;
    std::vector<std::string> records;  ///< complete records, in order
    std::uint64_t endOfComplete = 0;   ///< byte offset after the last complete record
    bool tornTail = false;             ///< bytes follow that are not (yet) a complete record
    std::optional<Message> refused;    ///< set when the file is not usable at all (then no records)
};

/// Reads the complete records from byte `from` on (0: the start; a later offset is one a
/// previous read returned as endOfComplete). Never throws for bad content: a file that is not a
/// journal, from a newer Edau, or with a damaged header is `refused` with the reason in plain
/// words. Throws Error(Environment) only when the file cannot be read at all.
JournalRead readJournal(const std::string& path, std::uint64_t from = 0);

/// Appends records to the journal at `path`, creating it with `header` when it does not exist.
/// Refuses (Error(Project)) a file that is not a journal, belongs to another project or copy,
/// or is from a newer Edau. A torn tail left by a crash is cut off first (it is this copy's own
/// journal: nobody else writes it). Each append is flushed to disk (fsync) before returning.
void appendToJournal(const std::string& path, const JournalHeader& header, const std::vector<std::string>& records);

/// What a file in the shared folder is, judged by its name.
enum class JournalFileKind {
    Journal,         ///< NAME.edau-journal
    ConflictedCopy,  ///< a duplicate a sync client made: "NAME (1).edau-journal", "NAME-conflict-…",
                     ///< "NAME (Conflicted copy …)", "NAME.sync-conflict-…", "NAME (Alice's conflicted copy …)"
    Other            ///< not a journal at all
};

/// Classifies a file name (not a path) found in the shared folder.
JournalFileKind classifyJournalFileName(const std::string& fileName);

/// The journal file name for a copy: "<projectUuid>-<copyUuid>.edau-journal".
std::string journalFileName(const std::string& projectUuid, const std::string& copyUuid);

}  // namespace edau::sync
