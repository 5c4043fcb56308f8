// SPDX-License-Identifier: GPL-3.0-or-later
/// Reading REFI-QDA files from any program: .qdpx projects and .qdc codebooks.
///
/// Hostile input is expected: the package is read in memory only (no entry is ever written to
/// disk, so entry names cannot reach outside), with caps on sizes and compression ratios; the
/// XML is parsed without network, DTDs or entity expansion. Whatever can be read is returned;
/// every thing left out is said in `dropped`, in plain words.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edau/base/message.h"
#include "edau/exchange/offset_convention.h"
#include "edau/exchange/qda_project.h"

namespace edau {

/// Caps that keep a hostile file from exhausting memory.
struct QdaReadLimits {
    std::uint64_t maxFileBytes = 2048ull * 1024 * 1024;          ///< the .qdpx itself
    std::uint64_t maxTotalUncompressed = 2048ull * 1024 * 1024;  ///< all entries read, together
    std::uint64_t maxEntryUncompressed = 512ull * 1024 * 1024;   ///< one entry
    std::uint64_t maxRatio = 200;                                ///< uncompressed / compressed, per entry
    std::uint64_t maxEntries = 100000;
    std::uint64_t maxXmlBytes = 128ull * 1024 * 1024;            ///< project.qde (the DOM is several times larger)
};

/// How the positions of one source were read.
struct QdaSourceReading {
    std::string sourceGuid;
    std::string sourceName;
    std::string textFrom;  ///< where its text came from: "txt", "docx", "inline", "pdf"
    std::string encoding;  ///< of its text file, e.g. "utf-8", "utf-8-bom", "utf-16le"
    OffsetConvention convention;
    std::string conventionName;  ///< offsetConventionName() for this source's text
    std::size_t boundaries = 0;  ///< selection starts and ends
    std::size_t aligned = 0;     ///< of them on word boundaries under the convention used
};

/// A file read: the project, with positions in Edau's code points, and what was left out.
struct QdaReadResult {
    QdaProject project;
    std::vector<QdaSourceReading> readings;  ///< one per source that has selections
    std::string offsets;                     ///< the convention all those sources used, or "mixed"; "code-points" when none has selections
    std::vector<Message> dropped;            ///< each thing left out, and why
    std::vector<Message> warnings;           ///< things read but changed (a position moved off the middle of a character)
};

/// Reads a .qdpx held in memory. `fileLabel` names it in messages. Throws Error(BadInput) when
/// the file as a whole cannot be read (not a zip, no project.qde, XML not well-formed, over the
/// limits), with a message naming the file and the reason.
QdaReadResult readQdpx(std::string_view bytes, const std::string& fileLabel, const QdaReadLimits& limits = {});

/// Reads a .qdc (a codebook: urn:QDA-XML:codebook:1.0); also accepts a bare project.qde.
QdaReadResult readQdc(std::string_view bytes, const std::string& fileLabel, const QdaReadLimits& limits = {});

/// Reads a .qdpx (or, by its extension, a .qdc or .qde) from disk. Error(NotFound) when missing.
QdaReadResult readQdaFile(const std::string& path, const QdaReadLimits& limits = {});

}  // namespace edau
