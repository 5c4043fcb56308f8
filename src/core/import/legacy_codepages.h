// SPDX-License-Identifier: GPL-3.0-or-later
// Decoding text in the legacy Windows, DOS and Mac code pages that RTF and old files name by number.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace edau::importers {

/// Decodes `bytes` written in Windows/DOS/Mac code page `codePage` (as RTF's \ansicpg and
/// \cpg name them: 437, 850, 852, 866, 874, 932, 936, 949, 950, 1250-1258, 10000 Mac Roman,
/// 10029 Mac Central European, 28591 ISO-8859-1, 28604 ISO-8859-14, 28605 ISO-8859-15,
/// 65001 UTF-8) into UTF-8. Bytes the code page does not define become U+FFFD. Returns
/// nullopt for a code page Edau does not know, so the caller can fall back and say so.
std::optional<std::string> decodeCodePage(std::string_view bytes, int codePage);

/// True when decodeCodePage knows `codePage`.
bool isKnownCodePage(int codePage);

/// True when every character of `codePage` is one byte, so bytes can be decoded one at a time.
bool isSingleByteCodePage(int codePage);

}  // namespace edau::importers
