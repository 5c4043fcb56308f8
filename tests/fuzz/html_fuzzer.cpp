// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes HTML import: the tag-stripping state machine, raw-text elements, entities, whitespace.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "edau/base/error.h"
#include "format_readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto result = edau::importers::readHtml(text, "fuzz.html");
        // No empty lines, no line breaks at the ends, never longer than the input (plus a
        // few bytes for replacement characters and line breaks, bounded by the input too).
        if (result.text.find("\n\n") != std::string::npos) __builtin_trap();
        if (!result.text.empty() && (result.text.front() == '\n' || result.text.back() == '\n')) __builtin_trap();
        if (result.text.size() > 2 * size + 8) __builtin_trap();
    } catch (const edau::Error&) {
    }
    return 0;
}
