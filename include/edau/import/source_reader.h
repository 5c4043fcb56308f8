// SPDX-License-Identifier: GPL-3.0-or-later
/// Reading a source file into text and speaker turns, ready to be stored.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "edau/model/entities.h"

namespace edau {

/// How to read a source file.
struct SourceReadOptions {
    std::string encoding = "auto";  ///< "auto", "utf-8", "utf-16", ...
    bool detectTurns = true;        ///< find speaker turns ("Name: ...") in the text
    std::string language = "auto";  ///< "auto", "cy", "en"
    /// A regular expression matched at the start of each line; its first group is the speaker.
    /// Empty: detect the common transcript styles automatically.
    std::string turnPattern;
    /// Substitute U+FFFD for bytes that are not valid in the file's encoding instead of refusing.
    bool replaceInvalid = false;
};

/// A source file read into memory: the document to store and its speaker turns.
struct SourceContent {
    DocumentDraft draft;
    std::vector<Turn> turns;
    std::vector<std::string> notes;  ///< what the user should know about how it was read
};

/// Reads a source file by its extension: .txt/.text/.cha (UTF-8 with or without BOM, UTF-16,
/// Windows-1252, ISO-8859-1, ISO-8859-14), .docx, .odt, .rtf, .pdf, .vtt, .srt, .md, .html.
/// Line endings become LF; the text becomes NFC. Throws Error(BadInput) naming the file and
/// the reason (for invalid UTF-8: the byte offset), Error(NotFound) when the file is missing.
SourceContent readSourceFile(const std::string& path, const SourceReadOptions& options = {});

/// Reads a source held in memory as readSourceFile reads a file, its format taken from the
/// extension of `fileName` (which also names the source in messages and in the draft): for
/// sources that arrive inside another file, such as a .docx inside a REFI-QDA .qdpx. PDF needs
/// a file of its own (its text is extracted by a separate process) and is refused here.
SourceContent readSourceBytes(std::string_view bytes, const std::string& fileName, const SourceReadOptions& options = {});

/// The format name readSourceFile would use for a path ("txt", "docx", ...), or "".
std::string sourceFormatOf(const std::string& path);
/// The file extensions Edau imports as sources, with their dots.
std::vector<std::string> supportedSourceExtensions();

/// Finds speaker turns in NFC text: lines that open with a label in a common transcript
/// style: "Interviewer:", "Siân:", "NAME:", "P1:", "Speaker 1:", "Q:", "[id1]",
/// "Name (00:01:23):", "Name  00:01:23" on its own line, CHAT "*GAI:". A label must recur
/// (or be a known role) so prose with a colon is not mistaken for a turn. Text up to the
/// next label belongs to the turn.
std::vector<Turn> detectTurns(const std::string& text);

/// Turns whose first line matches `pattern` (ECMAScript regex, anchored at the line start);
/// group 1 is the speaker. Throws Error(Usage) for an invalid pattern.
std::vector<Turn> detectTurnsWithPattern(const std::string& text, const std::string& pattern);

/// RFC 4180 CSV (UTF-8, optional BOM, quoted fields with commas, quotes and line breaks).
std::vector<std::vector<std::string>> parseCsv(const std::string& text);

}  // namespace edau

namespace edau {

/// The attribute type that fits every non-empty value: date (ISO 8601 YYYY-MM-DD), number,
/// category (few distinct values), else text.
AttributeType inferAttributeType(const std::vector<std::string>& values);

}  // namespace edau
