// SPDX-License-Identifier: GPL-3.0-or-later
/// REFI-QDA exchange with other QDA programs: a project out as .qdpx, its codebook as .qdc, and
/// .qdpx files from any program in, merged by GUID so Edau → .qdpx → Edau keeps everything.
///
/// Framework matrices have no place in the standard. Each is written as a Set named
/// "Framework: NAME" whose members are its column codes and its cell summaries, with a Link from
/// the set to each row (case or source) in order; each cell summary is a Note named
/// "Framework: MATRIX — ROW × CODE" with Links to its row, its code and the selections it cites,
/// and a NoteRef from each cited selection: other programs keep the text and its evidence, and
/// Edau's import rebuilds the matrix.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/exchange/qdpx_reader.h"
#include "edau/exchange/qdpx_writer.h"

namespace edau {

class Workbench;

/// How many of each thing.
struct ExchangeCounts {
    std::int64_t sources = 0;
    std::int64_t codes = 0;
    std::int64_t codings = 0;
    std::int64_t cases = 0;
    std::int64_t notes = 0;  ///< memos
    std::int64_t coders = 0;
    std::int64_t attributes = 0;
    std::int64_t matrices = 0;
    std::int64_t summaries = 0;  ///< framework cell summaries
};

/// What an export wrote and what it had to change.
struct QdpxExportReport {
    std::string path;
    ExchangeCounts written;
    QdaWriteReport file;          ///< characters XML cannot hold, replaced
    std::vector<Message> changes;  ///< everything the file says differently from the project, in words
};

/// The project as a REFI-QDA project: `changes` receives what had to be said differently
/// (an attribute whose values do not fit its type, written as text).
QdaProject qdaProjectOf(const Workbench& bench, std::vector<Message>& changes);

/// Writes the whole project as a .qdpx (atomically: a failure leaves no partial file).
QdpxExportReport exportQdpx(const Workbench& bench, const std::string& path);
/// Writes the codebook as a .qdc. Error(BadInput) for a project without codes.
QdpxExportReport exportQdc(const Workbench& bench, const std::string& path);

/// What an import brought in and what it left out.
struct QdpxImportReport {
    std::string file;
    ExchangeCounts added;    ///< new in the project
    ExchangeCounts already;  ///< in the file, and in the project already (same GUID, or same name for coders, codes and cases)
    std::string offsets;     ///< the position convention used: "code-points", "utf-16+crlf-as-2", ..., or "mixed"
    std::vector<QdaSourceReading> readings;  ///< per source with passages
    std::vector<Message> dropped;   ///< each thing left out, and why
    std::vector<Message> warnings;  ///< things read but changed
    /// Codes taken to be one the project has, because they sit at the same path, though their
    /// identifiers differ (e.g. made separately in two copies): their paths, for the report.
    std::vector<std::string> codesMatchedByPath;
};

/// How an import or merge matches codes that have another identifier than the project's.
struct CodeMatching {
    /// Identifiers (GUIDs) of the file's codes to keep apart from a same-path code here: they
    /// are added as codes of their own (with a name that tells them apart) instead of joined.
    std::set<std::string> keepApart;
};

/// A code of another file at the same path as one here, under another identifier: the question
/// a merge asks ("is this the same code?").
struct CodePathMatch {
    std::string path;
    std::string otherGuid;  ///< the code in the other file
    std::string ourUuid;    ///< the code here
};

/// Reads and checks a .qdpx (or .qdc, .qde) without touching any project: the slow part, which a
/// front end may run off the UI thread. Throws Error(BadInput) when the file cannot be read at all.
QdaReadResult readQdpxForImport(const std::string& file);

/// Stores what readQdpxForImport read into the project, in one transaction: things already there
/// (by GUID) are kept as they are, the rest is added. Throws (and changes nothing) only for a
/// problem with the project itself.
QdpxImportReport storeQdpx(Workbench& bench, QdaReadResult read, const std::string& file,
                           const CodeMatching& matching = {});

/// readQdpxForImport, then storeQdpx.
QdpxImportReport importQdpx(Workbench& bench, const std::string& file);

/// Merges another Edau project file (a colleague's copy sent by e-mail) into this one, through
/// the same path as a REFI-QDA import and by the same rules: things matched by GUID (coders,
/// codes and cases also by name) are kept as they are, the rest is added, in one transaction;
/// merging twice adds nothing. The other file is opened read-only and never changed. What the
/// exchange does not carry (Most Significant Change rounds, caption time marks) is reported in
/// `dropped`. Throws Error(Usage) when `otherPath` is this project itself.
QdpxImportReport mergeProjectFile(Workbench& bench, const std::string& otherPath, const CodeMatching& matching = {});

/// The other project's codes that sit at the path of one of this project's codes under another
/// identifier: what a merge would join unless told to keep them apart. Only reads both files.
std::vector<CodePathMatch> codePathMatches(const Workbench& bench, const std::string& otherPath);

/// The same question for a REFI-QDA file already read (readQdpxForImport): its codes that an
/// import would join with this project's code at the same path, though their GUIDs differ.
std::vector<CodePathMatch> codePathMatches(const Workbench& bench, const QdaProject& file);

}  // namespace edau
