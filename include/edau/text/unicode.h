// SPDX-License-Identifier: GPL-3.0-or-later
/// UTF-8 validation, NFC normalisation and code point offsets: how text enters the project.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace edau::text {

/// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, truncated), or nullopt.
std::optional<std::size_t> findInvalidUtf8(std::string_view bytes);

/// Returns the NFC form of valid UTF-8 text. Throws Error(BadInput) naming the byte offset
/// of the first invalid sequence.
std::string toNfc(std::string_view utf8);

/// True when the text is valid UTF-8 already in NFC.
bool isNfc(std::string_view utf8);

/// Number of Unicode code points in valid UTF-8 text.
std::int64_t codePointCount(std::string_view utf8);

/// Byte offset of code point index `codePoint` (clamped to the end of the text).
std::size_t byteOffsetOfCodePoint(std::string_view utf8, std::int64_t codePoint);

/// The text between two code point offsets (end exclusive), clamped to the text.
std::string_view sliceCodePoints(std::string_view utf8, std::int64_t start, std::int64_t end);

}  // namespace edau::text
