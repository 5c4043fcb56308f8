// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes WebVTT and SubRip import: block parsing, timestamps, tags, speaker labels, turn offsets.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "edau/base/error.h"
#include "format_readers.h"

namespace {

std::int64_t codePoints(std::string_view s) {
    std::int64_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

void readOnce(std::string_view text, bool webVtt) {
    try {
        const auto result = edau::importers::readCaptions(text, webVtt, "fuzz.vtt");
        // Turns are in order and inside the text. (A turn can be empty in code points only
        // when the input is not UTF-8, which the caller never passes.)
        const std::int64_t length = codePoints(result.text);
        std::int64_t previousEnd = 0;
        for (const auto& turn : result.turns) {
            if (turn.start < previousEnd || turn.end < turn.start || turn.end > length) __builtin_trap();
            previousEnd = turn.end;
        }
    } catch (const edau::Error&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    readOnce(text, true);
    readOnce(text, false);
    // Past the header check, so cue parsing sees every input.
    readOnce("WEBVTT\n\n" + std::string(text), true);
    return 0;
}
