// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes PDF import in-process: poppler extraction and layout, and the framed-output parser.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "edau/base/error.h"
#include "pdf_reader.h"
#include "pdf_text/pdf_text_extraction.h"

namespace {

// Reads the input as words for the layout code directly: extreme and non-finite boxes, all
// rotations, arbitrary text, far quicker than reaching them through whole PDFs.
std::vector<edau::pdftext::PlacedWord> wordsFrom(std::string_view bytes) {
    constexpr std::size_t kRecord = 4 * sizeof(float) + 2;
    std::vector<edau::pdftext::PlacedWord> words;
    while (bytes.size() >= kRecord) {
        float box[4];
        std::memcpy(box, bytes.data(), sizeof box);
        edau::pdftext::PlacedWord w;
        w.left = box[0];
        w.top = box[1];
        w.right = box[2];
        w.bottom = box[3];
        const auto flags = static_cast<unsigned char>(bytes[sizeof box]);
        w.rotation = static_cast<signed char>(flags) >> 1;
        w.spaceAfter = (flags & 1) != 0;
        const std::size_t length = static_cast<unsigned char>(bytes[sizeof box + 1]) % 8;
        bytes.remove_prefix(kRecord);
        const std::string_view text = bytes.substr(0, length);
        bytes.remove_prefix(text.size());
        // Real words are valid UTF-8 without control characters; keep to printable ASCII and
        // the two bytes of a soft hyphen so the layout sees line-end hyphens too.
        for (char c : text) w.text += (c == '\x01') ? std::string("\xC2\xAD") : std::string(1, static_cast<char>(0x20 + (static_cast<unsigned char>(c) % 95)));
        words.push_back(std::move(w));
    }
    return words;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    static const bool silenced = (edau::pdftext::silencePoppler(), true);
    (void)silenced;

    // 1. The extractor's work, as edau-pdf-text does it, then its output through the parser.
    const edau::pdftext::PdfText text = edau::pdftext::extractFromBytes(bytes);
    if (text.outcome == edau::pdftext::Outcome::Ok) {
        try {
            edau::importers::parsePdfTextOutput(edau::pdftext::framePages(text.pages), "fuzz.pdf");
        } catch (const edau::Error&) {
            __builtin_trap();  // the extractor's own output must always parse
        }
    }
    // 2. The parser on arbitrary bytes, as if a broken extractor had printed them.
    try {
        edau::importers::parsePdfTextOutput(bytes, "fuzz.pdf");
    } catch (const edau::Error&) {
    }
    // 3. The layout on arbitrary geometry.
    (void)edau::pdftext::layOutParagraphs(wordsFrom(bytes));
    return 0;
}
