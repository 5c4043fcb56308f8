// SPDX-License-Identifier: GPL-3.0-or-later
/// Positions in a document's text: the core's code points against wxStyledTextCtrl's bytes.
#include "presenters/text_positions.h"

#include <algorithm>

namespace edau::gui {
namespace {

bool isContinuationByte(char byte) {
    return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

}  // namespace

CodePointIndex::CodePointIndex(std::string utf8) : m_text(std::move(utf8)) {
    m_checkpoints.reserve(m_text.size() / kStride + 2);
    for (std::size_t byte = 0; byte < m_text.size(); ++byte) {
        if (isContinuationByte(m_text[byte])) continue;
        if (m_codePoints % kStride == 0) m_checkpoints.push_back(byte);
        ++m_codePoints;
    }
    if (m_codePoints % kStride == 0) m_checkpoints.push_back(m_text.size());
}

std::size_t CodePointIndex::byteOf(std::int64_t codePoint) const {
    if (codePoint <= 0) return 0;
    if (codePoint >= m_codePoints) return m_text.size();
    std::size_t byte = m_checkpoints[static_cast<std::size_t>(codePoint / kStride)];
    for (std::int64_t left = codePoint % kStride; left > 0; --left) {
        ++byte;
        while (byte < m_text.size() && isContinuationByte(m_text[byte])) ++byte;
    }
    return byte;
}

std::int64_t CodePointIndex::codePointOf(std::size_t byte) const {
    if (byte >= m_text.size()) return m_codePoints;
    // The last checkpoint at or before `byte`, then count the characters that start after it.
    const auto after = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(), byte);
    const auto checkpoint = static_cast<std::size_t>(after - m_checkpoints.begin()) - 1;
    std::int64_t codePoint = static_cast<std::int64_t>(checkpoint) * kStride;
    for (std::size_t at = m_checkpoints[checkpoint] + 1; at <= byte; ++at) {
        if (!isContinuationByte(m_text[at])) ++codePoint;
    }
    return codePoint;
}

LineIndex::LineIndex(std::string_view utf8) {
    std::int64_t codePoint = 0;
    for (char byte : utf8) {
        if (isContinuationByte(byte)) continue;
        ++codePoint;
        if (byte == '\n') m_starts.push_back(codePoint);
    }
    m_length = codePoint;
}

std::int64_t LineIndex::lineOf(std::int64_t position) const {
    const auto after = std::upper_bound(m_starts.begin(), m_starts.end(), position);
    if (after == m_starts.begin()) return 0;
    return static_cast<std::int64_t>(after - m_starts.begin()) - 1;
}

std::int64_t LineIndex::lineStart(std::int64_t line) const {
    line = std::clamp<std::int64_t>(line, 0, lineCount() - 1);
    return m_starts[static_cast<std::size_t>(line)];
}

std::int64_t LineIndex::lineEnd(std::int64_t line) const {
    line = std::clamp<std::int64_t>(line, 0, lineCount() - 1);
    if (line + 1 < lineCount()) return m_starts[static_cast<std::size_t>(line + 1)] - 1;
    return m_length;
}

}  // namespace edau::gui
