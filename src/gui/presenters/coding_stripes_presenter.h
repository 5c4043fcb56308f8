// SPDX-License-Identifier: GPL-3.0-or-later
/// Coding stripes: where each coded passage of a document is drawn beside its text, free of wx.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edau/model/entities.h"
#include "presenters/text_positions.h"

namespace edau::gui {

/// Which codings the stripes show. Empty optionals show everything.
struct StripeFilter {
    std::optional<RowId> coderId;  ///< only this coder's codings
    std::optional<RowId> codeId;   ///< only this code's codings and its sub-codes'
};

/// One coded passage as a bar beside the text.
struct Stripe {
    RowId codingId = 0;
    RowId codeId = 0;
    RowId coderId = 0;
    std::int64_t start = 0;      ///< code points, end exclusive, as in Coding
    std::int64_t end = 0;
    std::int64_t firstLine = 0;  ///< the lines (paragraphs) the passage touches
    std::int64_t lastLine = 0;
    int lane = 0;                ///< column beside the text, 0 nearest to it
};

/// The stripes of one document: one lane (column) per code, shared by codes whose passages
/// never touch the same line, so that passages of different codes never hide each other.
/// Built once per change of codings or filter; the view asks only for what is on screen.
class StripeLayout {
public:
    StripeLayout() = default;
    /// Lays out `codings` (of one document) as filtered; `codes` tells sub-codes apart for
    /// the code filter, `lines` the lines of the document's text.
    StripeLayout(const std::vector<Coding>& codings, const std::vector<Code>& codes, const LineIndex& lines,
                 const StripeFilter& filter = {});

    /// How many lanes the stripes need (0 when none is shown).
    int laneCount() const { return m_laneCount; }
    /// Sorted by start, then lane.
    const std::vector<Stripe>& stripes() const { return m_stripes; }
    /// Indices into stripes() of those touching lines [firstLine, lastLine]: what a view
    /// scrolled to those lines paints.
    std::vector<std::size_t> stripesOnLines(std::int64_t firstLine, std::int64_t lastLine) const;
    /// Indices of the stripes whose passage holds code point `position` (start <= position < end).
    std::vector<std::size_t> stripesAt(std::int64_t position) const;
    /// The lane of `codeId`'s stripes, if it has any here.
    std::optional<int> laneOf(RowId codeId) const;

private:
    std::vector<Stripe> m_stripes;
    std::vector<std::int64_t> m_lastLineSoFar;  ///< running maximum of lastLine, for lookups
    std::vector<std::int64_t> m_endSoFar;       ///< running maximum of end, likewise
    std::vector<std::pair<RowId, int>> m_laneOfCode;
    int m_laneCount = 0;
};

/// Whether `codeId` is `ancestorId` or one of its sub-codes (at any depth).
bool isSameOrSubcode(const std::vector<Code>& codes, RowId codeId, RowId ancestorId);

}  // namespace edau::gui
