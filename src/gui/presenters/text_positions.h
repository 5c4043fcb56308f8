// SPDX-License-Identifier: GPL-3.0-or-later
/// Positions in a document's text: the core's code points against wxStyledTextCtrl's bytes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace edau::gui {

/// Converts between code point offsets (the unit of Turn and Coding: see edau/model/entities.h)
/// and UTF-8 byte offsets into the same text, which is what wxStyledTextCtrl's positions are
/// when it holds the text as UTF-8 (its default). A checkpoint every kStride code points keeps
/// each conversion to a short scan, so a 300,000-character transcript costs a few kilobytes.
class CodePointIndex {
public:
    CodePointIndex() = default;
    /// Indexes valid UTF-8 text (a copy is kept).
    explicit CodePointIndex(std::string utf8);

    const std::string& text() const { return m_text; }
    std::int64_t codePoints() const { return m_codePoints; }

    /// Byte offset where code point `codePoint` starts, clamped to [0, text().size()].
    std::size_t byteOf(std::int64_t codePoint) const;
    /// The code point whose bytes hold `byte`: a byte inside a multi-byte character counts
    /// as that character's start. Clamped to [0, codePoints()].
    std::int64_t codePointOf(std::size_t byte) const;

private:
    static constexpr std::int64_t kStride = 64;
    std::string m_text;
    std::int64_t m_codePoints = 0;
    std::vector<std::size_t> m_checkpoints;  ///< byte offset of code point k * kStride
};

/// The lines (paragraphs) of a text in code points: a line ends at '\n'.
class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view utf8);

    /// At least one: an empty text has one empty line.
    std::int64_t lineCount() const { return static_cast<std::int64_t>(m_starts.size()); }
    /// The 0-based line holding code point `position` (a '\n' belongs to the line it ends).
    std::int64_t lineOf(std::int64_t position) const;
    /// Code point where `line` starts, clamped to a real line.
    std::int64_t lineStart(std::int64_t line) const;
    /// Code point where `line` ends, before its '\n' (or at the end of the text).
    std::int64_t lineEnd(std::int64_t line) const;

private:
    std::vector<std::int64_t> m_starts{0};
    std::int64_t m_length = 0;
};

}  // namespace edau::gui
