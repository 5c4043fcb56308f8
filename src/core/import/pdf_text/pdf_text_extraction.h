// SPDX-License-Identifier: GPL-3.0-or-later
// The poppler side of edau-pdf-text: a PDF's text layer as paragraphs per page, and its framing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace edau::pdftext {

/// How extraction ended; edau-pdf-text turns each into its exit code.
enum class Outcome {
    Ok,         ///< at least one page has text
    NotPdf,     ///< poppler could not open it: not a PDF, or damaged beyond repair
    Encrypted,  ///< opening needs a password
    NoText      ///< it opened, but no page has any text (a scanned document)
};

/// Exit codes of edau-pdf-text; pdf_reader.cpp maps them to messages.
inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitNotPdf = 10;
inline constexpr int kExitEncrypted = 11;
inline constexpr int kExitNoText = 12;
inline constexpr int kExitOutOfMemory = 13;
inline constexpr int kExitFailed = 14;

/// First line of edau-pdf-text's output; the number is the framing version.
inline constexpr std::string_view kFrameMagic = "EDAU-PDF-TEXT 1";

/// A PDF's text: one entry per page, paragraphs separated by "\n" (empty for a page without text).
struct PdfText {
    Outcome outcome = Outcome::NotPdf;
    std::vector<std::string> pages;
};

/// A word as poppler places it: UTF-8 text, its box in page space (points, y downwards),
/// its rotation in quarter turns, and whether a space follows it on its line.
struct PlacedWord {
    std::string text;
    double left = 0, top = 0, right = 0, bottom = 0;
    int rotation = 0;
    bool spaceAfter = false;
};

/// The page as the words' boxes see it: width and height in points, turned like the page.
struct PageSize {
    double width = 0, height = 0;
};

/// Groups words (in poppler's reading order) into lines and lines into paragraphs; returns the
/// paragraphs joined by "\n". One-line paragraphs in the page's top or bottom margin (running
/// headers, footers, page numbers) are put first or last, wherever poppler's order had them.
/// Line-end hyphens before a lowercase letter come out as '\x01', for the document-wide pass
/// in extractFrom*. Pure geometry, no poppler, so it can be fuzzed and reasoned about alone.
std::string layOutParagraphs(const std::vector<PlacedWord>& words, PageSize page = {});

/// Reads the PDF at `path`.
PdfText extractFromFile(const std::string& path);
/// Reads a PDF held in memory (the fuzzer's entry point).
PdfText extractFromBytes(std::string_view bytes);

/// The framed output: kFrameMagic, "pages N", then per page "page I BYTES" and the bytes, then "end".
std::string framePages(const std::vector<std::string>& pages);

/// Stops poppler printing its complaints about broken files to stderr.
void silencePoppler();

}  // namespace edau::pdftext
