// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes RTF import: the tokenizer, group states, code pages and caps, on raw and signed inputs.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "edau/base/error.h"
#include "format_readers.h"

namespace {

void readOnce(std::string_view bytes) {
    try {
        const auto result = edau::importers::readRtf(bytes, "fuzz.rtf");
        // At most one empty line in a row, none at the ends.
        if (result.text.find("\n\n\n") != std::string::npos) __builtin_trap();
        if (!result.text.empty() && (result.text.front() == '\n' || result.text.back() == '\n')) __builtin_trap();
    } catch (const edau::Error&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    readOnce(bytes);
    // Most random inputs fail the signature check; read them again as a document body too.
    if (bytes.substr(0, 5) != "{\\rtf") readOnce("{\\rtf1\\ansi " + std::string(bytes));
    return 0;
}
