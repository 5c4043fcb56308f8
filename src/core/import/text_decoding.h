// SPDX-License-Identifier: GPL-3.0-or-later
// Turning a text file's bytes into UTF-8: BOMs, UTF-16, strict UTF-8, and the legacy 8-bit
// encodings old Welsh and Windows files use (Windows-1252, ISO-8859-1, ISO-8859-14).
#pragma once

#include <string>
#include <string_view>

namespace edau::importers {

/// Text decoded from bytes, with the encoding that was used (canonical lower-case name).
struct DecodedText {
    std::string text;
    std::string encoding;  ///< "utf-8", "utf-8-bom", "utf-16le", "utf-16be", "windows-1252", ...
};

/// Decodes bytes. `requested` is "auto" or an encoding name (utf-8, utf-16, utf-16le,
/// utf-16be, windows-1252, cp1252, iso-8859-1, latin1, iso-8859-14, latin8).
/// auto: a BOM decides; else valid UTF-8 is UTF-8; else BOM-less UTF-16 is recognised by its
/// zero bytes; else a legacy encoding is guessed (ISO-8859-14 when the bytes for ŵ/ŷ appear
/// inside words, else Windows-1252). Invalid UTF-8 in a file declared UTF-8 (by a BOM or by
/// `requested`) throws Error(BadInput) naming the byte offset, unless `replaceInvalid`, which
/// substitutes U+FFFD. Line endings are not touched here.
DecodedText decodeText(std::string_view bytes, const std::string& requested, const std::string& fileLabel,
                       bool replaceInvalid = false);

/// The canonical name for an encoding the user typed, or "" if Edau does not know it.
std::string canonicalEncodingName(const std::string& name);

}  // namespace edau::importers
