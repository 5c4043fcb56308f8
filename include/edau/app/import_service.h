// SPDX-License-Identifier: GPL-3.0-or-later
/// Bringing sources, case sheets and codebooks into a project: one transaction per file, a
/// report per file, and a folder import that carries on past a bad file.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "edau/base/message.h"
#include "edau/import/source_reader.h"

namespace edau {

class Workbench;

/// Where a new document's case comes from.
enum class CaseFrom { FileName, None };

/// What to import and how.
struct ImportRequest {
    std::vector<std::string> paths;  ///< files and folders (folders are walked recursively)
    SourceReadOptions read;
    CaseFrom caseFrom = CaseFrom::FileName;
};

/// One file that became a document.
struct ImportedSource {
    std::string file;
    std::string documentUuid;
    std::string documentName;
    std::string format;
    std::string encoding;
    std::string language;
    std::int64_t characters = 0;
    std::int64_t turns = 0;
    std::string caseName;  ///< empty when none
    std::vector<std::string> notes;
};

/// One file that was not imported, and why.
struct FailedSource {
    std::string file;
    Message reason;
};

/// The outcome of an import, file by file.
struct ImportReport {
    std::vector<ImportedSource> imported;
    std::vector<FailedSource> failed;   ///< could not be read: the project is unchanged for these
    std::vector<FailedSource> skipped;  ///< left out on purpose (already imported, not a source format)
    bool cancelled = false;
};

/// Called before each file; return false to stop (files already imported stay).
using ImportProgress = std::function<bool(std::size_t done, std::size_t total, const std::string& file)>;

/// Imports each file in its own transaction: a file that fails leaves nothing behind.
ImportReport importSources(Workbench& bench, const ImportRequest& request, const ImportProgress& progress = {});

/// One source file read for import but not yet stored: what a worker thread hands to the
/// thread that owns the project (a ProjectStore is used by one thread only).
struct ReadSource {
    std::string file;
    std::optional<SourceContent> content;  ///< set when the file could be read
    std::optional<Message> failure;        ///< why it could not, otherwise
};

/// Reads one file as importSources does (decoding, turns, language). It touches no project, so
/// a front end may run it off the UI thread. Unreadable files come back with a failure;
/// only unexpected errors (Internal) are thrown.
ReadSource readSourceForImport(const std::string& file, const SourceReadOptions& options);

/// Stores files read by readSourceForImport as importSources does: one transaction each, the
/// same text from a file of the same name skipped, a case made from the file name when asked.
/// Use it on the thread that owns `bench`, for one import, and keep `bench` alive meanwhile.
class SourceStorer {
public:
    SourceStorer(Workbench& bench, const ImportRequest& request);
    ~SourceStorer();
    SourceStorer(const SourceStorer&) = delete;
    SourceStorer& operator=(const SourceStorer&) = delete;

    /// Adds `source` to the project, or to the report's failed or skipped files. Throws only
    /// for a problem with the project itself (Error(Project) or Internal): the import stops.
    void store(ReadSource source, ImportReport& report);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The files an import of `paths` would read, folders expanded (sorted), temporary files left out.
std::vector<std::string> expandImportPaths(const std::vector<std::string>& paths, std::vector<FailedSource>& skipped);

/// The outcome of a case-sheet import.
struct CaseSheetReport {
    std::int64_t casesCreated = 0;
    std::int64_t casesUpdated = 0;
    std::vector<std::string> attributesCreated;
    std::int64_t valuesSet = 0;
    std::int64_t documentsLinked = 0;  ///< documents named like a new case, linked to it
};

/// Reads a CSV (comma, semicolon or tab separated; UTF-8 or legacy encodings) or XLSX sheet:
/// the first column names the case, the header row names the attributes. New attributes get
/// a type inferred from their values; existing ones keep theirs and values must fit it.
/// Re-importing updates values without duplicating cases. One transaction for the sheet.
CaseSheetReport importCaseSheet(Workbench& bench, const std::string& path);

/// The outcome of a codebook import.
struct CodebookReport {
    std::int64_t codesCreated = 0;
    std::int64_t codesExisting = 0;
    std::int64_t descriptionsSet = 0;
};

/// Reads a codebook: CSV (a header with code/name/path and optional description, colour;
/// paths use "/" for hierarchy, "\/" inside a name) or plain text (indentation for
/// hierarchy, or "parent>>child" lines). Codes that exist already are kept. One transaction.
CodebookReport importCodebook(Workbench& bench, const std::string& path);

}  // namespace edau
