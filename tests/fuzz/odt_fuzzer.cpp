// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes OpenDocument .odt import: whole files, and raw content.xml wrapped in a valid package.
//
// The first byte picks the mode. Mode 0 feeds the bytes to readOdt as a file, exercising the
// zip layer and the package checks. Otherwise the rest becomes content.xml (and, in mode 2,
// also styles.xml, which holds list styles) inside a stored zip with correct checksums, so mutations reach the XML parser and the text walker instead of dying at a
// zip CRC. Only edau::Error may escape readOdt; anything else is a bug.
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
            (void)edau::importers::readOdt(rest, "fuzz.odt", limits);
        } else {
            std::vector<std::pair<std::string, std::string_view>> entries{
                {"mimetype", "application/vnd.oasis.opendocument.text"}, {"content.xml", rest}};
            if (mode == 2) entries.emplace_back("styles.xml", rest);
            (void)edau::importers::readOdt(storedZip(entries), "fuzz.odt", limits);
        }
    } catch (const edau::Error&) {
        // refusing bad input with a message is the expected outcome
    }
    return 0;
}
