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

namespace {

std::uint32_t crc32(std::string_view data) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char byte : data) {
        crc ^= byte;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

void put(std::string& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

/// A zip of stored (uncompressed) entries with correct sizes and checksums.
std::string storedZip(const std::vector<std::pair<std::string, std::string_view>>& entries) {
    std::string out, central;
    for (const auto& [name, data] : entries) {
        const auto offset = static_cast<std::uint32_t>(out.size());
        const std::uint32_t crc = crc32(data);
        const auto size = static_cast<std::uint32_t>(data.size());
        put(out, 0x04034b50, 4);
        put(out, 20, 2);
        put(out, 0, 2);
        put(out, 0, 2);
        put(out, 0, 2);
        put(out, 0x21, 2);
        put(out, crc, 4);
        put(out, size, 4);
        put(out, size, 4);
        put(out, static_cast<std::uint32_t>(name.size()), 2);
        put(out, 0, 2);
        out += name;
        out += data;
        put(central, 0x02014b50, 4);
        put(central, 20, 2);
        put(central, 20, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0x21, 2);
        put(central, crc, 4);
        put(central, size, 4);
        put(central, size, 4);
        put(central, static_cast<std::uint32_t>(name.size()), 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 2);
        put(central, 0, 4);
        put(central, offset, 4);
        central += name;
    }
    const auto centralOffset = static_cast<std::uint32_t>(out.size());
    out += central;
    put(out, 0x06054b50, 4);
    put(out, 0, 4);
    put(out, static_cast<std::uint32_t>(entries.size()), 2);
    put(out, static_cast<std::uint32_t>(entries.size()), 2);
    put(out, static_cast<std::uint32_t>(central.size()), 4);
    put(out, centralOffset, 4);
    put(out, 0, 2);
    return out;
}

}  // namespace

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
