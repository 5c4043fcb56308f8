// SPDX-License-Identifier: GPL-3.0-or-later
/// Reading a source file into text and speaker turns, ready to be stored.
#pragma once

#include <string>
#include <vector>

#include "edau/model/entities.h"

namespace edau {

/// How to read a source file.
struct SourceReadOptions {
    std::string encoding = "auto";  ///< "auto", "utf-8", "utf-16", ...
    bool detectTurns = true;        ///< find speaker turns ("Name: ...") in the text
    std::string language = "auto";  ///< "auto", "cy", "en"
};

/// A source file read into memory: the document to store and its speaker turns.
struct SourceContent {
    DocumentDraft draft;
    std::vector<Turn> turns;
};

/// Reads a plain-text source (UTF-8 with or without BOM, UTF-16 with BOM). Line endings
/// become LF; the text becomes NFC. Throws Error(BadInput) naming the file and the reason
/// (for invalid UTF-8: the byte offset), Error(NotFound) when the file is missing.
SourceContent readSourceFile(const std::string& path, const SourceReadOptions& options = {});

/// Finds speaker turns in NFC text: paragraphs that open with a label such as
/// "Interviewer:", "Siân:", "P1:", "Speaker 1:". Text up to the next label belongs to the turn.
std::vector<Turn> detectTurns(const std::string& text);

/// A rough language guess for a passage from its function words: "cy", "en", "mixed" or "".
std::string guessLanguage(const std::string& text);

/// RFC 4180 CSV (UTF-8, optional BOM, quoted fields with commas, quotes and line breaks).
std::vector<std::vector<std::string>> parseCsv(const std::string& text);

}  // namespace edau

namespace edau {

/// The attribute type that fits every non-empty value: date (ISO 8601 YYYY-MM-DD), number,
/// category (few distinct values), else text.
AttributeType inferAttributeType(const std::vector<std::string>& values);

}  // namespace edau
