// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Word .docx import: whole files, and raw document.xml wrapped in a valid package.
//
// The first byte picks the mode. Mode 0 feeds the bytes to readDocx as a file, exercising the
// zip layer and the package checks. Otherwise the rest becomes word/document.xml (and, in
// mode 2, also word/numbering.xml and word/footnotes.xml) inside a stored zip with correct
// checksums, so mutations reach the XML parser and the text walker instead of dying at a
// zip CRC. Only edau::Error may escape readDocx; anything else is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "edau/base/error.h"
#include "format_readers.h"
#include "stored_zip.h"

using edau::fuzz::storedZip;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const auto mode = static_cast<unsigned char>(all[0]) % 3;
    const std::string_view rest = all.substr(1);
    edau::importers::ZipLimits limits;
    limits.maxTotalUncompressed = 64ull * 1024 * 1024;  // keep each run quick and small
    limits.maxEntryUncompressed = 32ull * 1024 * 1024;
    try {
        if (mode == 0) {
            (void)edau::importers::readDocx(rest, "fuzz.docx", limits);
        } else {
            std::vector<std::pair<std::string, std::string_view>> entries{{"word/document.xml", rest}};
            if (mode == 2) {
                entries.emplace_back("word/numbering.xml", rest);
                entries.emplace_back("word/footnotes.xml", rest);
                entries.emplace_back("word/endnotes.xml", rest);
                entries.emplace_back("word/styles.xml", rest);
            }
            (void)edau::importers::readDocx(storedZip(entries), "fuzz.docx", limits);
        }
    } catch (const edau::Error&) {
        // refusing bad input with a message is the expected outcome
    }
    return 0;
}
