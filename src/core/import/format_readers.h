// SPDX-License-Identifier: GPL-3.0-or-later
// The per-format readers behind readSourceFile. Each turns a file's bytes into plain UTF-8
// text (paragraphs separated by "\n", LF only, NFC not required: the caller normalises) and,
// for captions, speaker turns. Every reader is hostile-input safe: caps on sizes, depth and
// counts; no entity expansion; no network; and on bad input it throws
// edau::Error(ErrorKind::BadInput) whose message names the file (`fileLabel`) and the reason
// in words a researcher understands.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace edau::importers {

/// A speaker turn found by a reader that knows turns (captions), in code points of `text`.
struct ReaderTurn {
    std::string speaker;
    std::int64_t start = 0;
    std::int64_t end = 0;
    std::optional<std::int64_t> timestampMs;
};

/// What a reader extracted.
struct ExtractedText {
    std::string text;                 ///< UTF-8, "\n" between paragraphs
    std::vector<ReaderTurn> turns;    ///< only when the format itself marks speakers/cues
    bool formatHasTurns = false;      ///< true: use `turns`, skip text-based turn detection
    std::string encoding = "utf-8";   ///< what the bytes were decoded from
    std::vector<std::string> notes;   ///< things the user should know (e.g. "footnotes moved to the end")
};

/// Limits shared by the zip-based readers.
struct ZipLimits {
    std::uint64_t maxTotalUncompressed = 512ull * 1024 * 1024;  ///< bytes over all entries read
    std::uint64_t maxEntryUncompressed = 256ull * 1024 * 1024;
    std::uint64_t maxRatio = 200;                              ///< uncompressed / compressed per entry
    std::uint64_t maxEntries = 10000;
};

/// Word .docx: body paragraphs, line breaks, tabs, tables (cells in reading order),
/// footnotes and endnotes appended at the end; headers and footers left out.
ExtractedText readDocx(std::string_view bytes, const std::string& fileLabel, const ZipLimits& limits = {});

/// OpenDocument .odt: the same rules as readDocx.
ExtractedText readOdt(std::string_view bytes, const std::string& fileLabel, const ZipLimits& limits = {});

/// Rich Text Format: \uN escapes, \'hh in the document's code page (\ansicpg), groups,
/// tables; destinations such as fonts, pictures and headers skipped. Caps depth and sizes.
ExtractedText readRtf(std::string_view bytes, const std::string& fileLabel);

/// PDF with a text layer, in reading order, one paragraph per block. Extraction runs in a
/// separate process with memory and time limits; a PDF with no text (scanned) is refused
/// with a message saying so.
ExtractedText readPdf(const std::string& path, const std::string& fileLabel);

/// WebVTT (.vtt) and SubRip (.srt) captions: cue text joined into turns by speaker
/// (`<v Name>` or a leading `Name:`), each turn keeping its first cue's start time.
ExtractedText readCaptions(std::string_view utf8, bool webVtt, const std::string& fileLabel);

/// HTML as text: markup stripped, block elements become paragraphs, entities decoded,
/// script/style dropped.
ExtractedText readHtml(std::string_view utf8, const std::string& fileLabel);

/// Markdown as text: emphasis, headings' #, link targets and code fences' markers removed.
ExtractedText readMarkdown(std::string_view utf8, const std::string& fileLabel);

}  // namespace edau::importers
