// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes Markdown import: block and inline markup, link and code matching, and the HTML it hands on.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "edau/base/error.h"
#include "format_readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        const auto result = edau::importers::readMarkdown(text, "fuzz.md");
        if (result.text.find("\n\n") != std::string::npos) __builtin_trap();  // blank lines are dropped
    } catch (const edau::Error&) {
    }
    return 0;
}
