// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes REFI-QDA .qdpx import: whole packages, project.qde alone, and source texts alone.
//
// The first byte picks the mode. Mode 0 feeds the bytes to readQdpx as a file, exercising the
// zip layer and the package checks. Mode 1 makes the rest project.qde inside a stored zip that
// also holds a source text, so mutations reach the XML reader, GUIDs, references and positions.
// Mode 2 makes the rest the text of a source whose fixed project.qde holds selections in several
// places, so mutations reach text decoding, NFC and the offset-convention detection. Only
// edau::Error may escape readQdpx; anything else (a crash, another exception) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "edau/base/error.h"
#include "edau/exchange/qdpx_reader.h"
#include "stored_zip.h"

namespace {

constexpr const char* kSource = "0b4d3a1c-5a35-4f0c-9d52-2f1f6e0c9a01";

/// A project.qde whose one source has selections at the start, in the middle, past the end,
/// reversed, and in a UTF-16-looking place, with codings, notes and a framework-like set.
const std::string& fixedProject() {
    static const std::string qde = [] {
        std::string sels;
        const int ranges[][2] = {{0, 5}, {6, 20}, {21, 40}, {40, 21}, {3, 3}, {100, 4000}, {-1, 2}, {2, 9}};
        int n = 0;
        for (const auto& r : ranges) {
            std::string g = "aaaaaaaa-0000-4000-8000-0000000000" + std::to_string(10 + n++);
            sels += "<PlainTextSelection guid=\"" + g + "\" startPosition=\"" + std::to_string(r[0]) + "\" endPosition=\"" +
                    std::to_string(r[1]) + "\"><Coding guid=\"" + g.substr(0, 35) + "c\"><CodeRef targetGUID=\"" +
                    "cccccccc-0000-4000-8000-000000000001\"/></Coding><NoteRef targetGUID=\"dddddddd-0000-4000-8000-000000000001\"/>"
                    "</PlainTextSelection>";
        }
        return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"fuzz\">") +
               "<CodeBook><Codes><Code guid=\"cccccccc-0000-4000-8000-000000000001\" name=\"c\" isCodable=\"true\"/></Codes></CodeBook>" +
               "<Sources><TextSource guid=\"" + kSource + "\" plainTextPath=\"internal://" + kSource + ".txt\">" + sels +
               "</TextSource></Sources><Notes><Note guid=\"dddddddd-0000-4000-8000-000000000001\" name=\"Framework: M — r × c\">"
               "<PlainTextContent>n</PlainTextContent></Note></Notes></Project>";
    }();
    return qde;
}

const std::string kText = "\xEF\xBB\xBF\xF0\x9F\x98\x80 Si\xC3\xA2n: Roedd y d\xC5\xB5r yn oer.\r\nLl\xC5\xB7r: Ie wir.\r\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string_view all(reinterpret_cast<const char*>(data), size);
    const auto mode = static_cast<unsigned char>(all[0]) % 3;
    const std::string_view rest = all.substr(1);
    edau::QdaReadLimits limits;  // keep each run quick and small
    limits.maxTotalUncompressed = 64ull * 1024 * 1024;
    limits.maxEntryUncompressed = 32ull * 1024 * 1024;
    limits.maxXmlBytes = 8ull * 1024 * 1024;
    const std::string textEntry = std::string("sources/") + kSource + ".txt";
    try {
        if (mode == 0) {
            (void)edau::readQdpx(rest, "fuzz.qdpx", limits);
        } else if (mode == 1) {
            (void)edau::readQdpx(edau::fuzz::storedZip({{"project.qde", rest}, {textEntry, kText}}), "fuzz.qdpx", limits);
        } else {
            (void)edau::readQdpx(edau::fuzz::storedZip({{"project.qde", fixedProject()}, {textEntry, rest}}), "fuzz.qdpx", limits);
        }
    } catch (const edau::Error&) {
        // refusing bad input with a message is the expected outcome
    }
    return 0;
}
