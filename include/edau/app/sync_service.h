// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding together through a shared folder: one round of sync writes this copy's new work to
/// its own journal in the folder and applies what the other copies' journals hold.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/model/entities.h"

namespace edau {

class Workbench;

/// What a round found in one file of the shared folder.
struct JournalSeen {
    std::string file;          ///< file name in the folder
    std::string writer;        ///< the researcher who writes it
    std::string copyUuid;
    std::int64_t records = 0;  ///< new complete records read this round
    bool conflictedCopy = false;  ///< a duplicate a sync client made ("… (1).edau-journal")
    bool incompleteTail = false;  ///< its end is still being written or synced; read later
    std::string problem;          ///< set when the file was not used, in words
};

/// What one round did.
struct SyncReport {
    std::string folder;
    std::string journal;          ///< this copy's own journal file
    std::int64_t sent = 0;        ///< operations written to this copy's journal
    std::int64_t received = 0;    ///< records read from the other journals
    std::int64_t applied = 0;     ///< operations new to this copy
    std::int64_t alreadyKnown = 0;
    std::int64_t waiting = 0;     ///< operations waiting for others they depend on
    std::int64_t refused = 0;     ///< records that could not be used (see refusals)
    std::vector<std::string> refusals;
    std::vector<SyncConflict> newConflicts;
    std::int64_t openConflicts = 0;  ///< conflicts not yet settled
    std::vector<JournalSeen> journals;
    bool documentsChanged = false;   ///< documents arrived: the search index needs updating
    std::vector<Message> news;       ///< who changed what, one line per action, oldest first
};

/// One sync round through `folder` (empty: the folder this copy used last; Error(Usage) if
/// none). The folder must exist (Error(NotFound)). `writer` names this copy's researcher in its
/// journal (empty: the current coder). If the journal cannot be written, nothing changes in
/// the project and Error(Environment) says why.
SyncReport syncProject(Workbench& bench, const std::string& folder = {}, const std::string& writer = {});

/// The shared folder this copy synced through last, or empty.
std::string syncFolderOf(const Workbench& bench);

/// Who did what in `operations` (another copy's, as a round applied them), one line per user
/// action: "Llŷr coded passages with Respite (3)", "Sian wrote the summary of …".
std::vector<Message> describeChanges(const Workbench& bench, const std::vector<Operation>& operations);

/// A conflict in words for people ("Sian and Llŷr both wrote the summary of …").
Message describeConflict(const Workbench& bench, const SyncConflict& conflict);

}  // namespace edau
