// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of readPdf, open to tests and the fuzzer: limits, the extractor's location, its output.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "format_readers.h"

namespace edau::importers {

/// What edau-pdf-text may spend on one file before it is stopped.
struct PdfLimits {
    std::chrono::milliseconds wallTime{60'000};            ///< from start to exit, enforced here
    unsigned cpuSeconds = 30;                              ///< enforced by the extractor (RLIMIT_CPU)
    unsigned memoryMb = 1024;                              ///< enforced by the extractor (RLIMIT_AS)
    std::uint64_t maxOutputBytes = 256ull * 1024 * 1024;  ///< text read back before giving up
};

/// readPdf with explicit limits and, when `extractor` is not empty, that program instead of
/// edau-pdf-text (tests use stand-ins that hang, crash or print nonsense).
ExtractedText readPdfWith(const std::string& path, const std::string& fileLabel, const PdfLimits& limits,
                          const std::string& extractor = {});

/// Where edau-pdf-text is: $EDAU_PDF_TEXT, else beside the running program, else the installed
/// libexec copy, else the one in the build tree. Throws Environment when there is none.
std::string findPdfExtractor();

/// Turns edau-pdf-text's framed output into text and notes; anything malformed is a BadInput
/// error saying the PDF reader failed on `fileLabel`.
ExtractedText parsePdfTextOutput(std::string_view output, const std::string& fileLabel);

}  // namespace edau::importers
