// SPDX-License-Identifier: GPL-3.0-or-later
/// Reading the character positions other programs write into REFI-QDA files.
///
/// The standard counts Unicode code points over a source's plain text, but real tools count
/// UTF-16 code units (NVivo for Windows) or UTF-8 bytes, count a CR LF line break as one or two,
/// and count a byte order mark or not. No file says which, so the reading is chosen by how well
/// the selections line up with word boundaries under each, as a person checking by eye would.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace edau {

/// What one position counts.
enum class OffsetUnit { CodePoints, Utf16, Utf8 };

/// One way of counting positions in a text.
struct OffsetConvention {
    OffsetUnit unit = OffsetUnit::CodePoints;
    bool crlfAsTwo = true;    ///< CR LF counts as two characters, as the file holds it (false: as one)
    bool bomCounted = false;  ///< a byte order mark at the start counts as a character (3 in UTF-8)
    friend bool operator==(const OffsetConvention&, const OffsetConvention&) = default;
};

/// Every convention, the likelier first: ties go to the earlier (code points, as the standard says).
const std::vector<OffsetConvention>& offsetConventions();

/// A stable name for reports and JSON: "code-points", "utf-16", "utf-8", with "+crlf-as-2" or
/// "+crlf-as-1" when the text has CR LF line breaks and "+bom" when a byte order mark was counted.
std::string offsetConventionName(const OffsetConvention& convention, bool textHasCrlf, bool textHasBom);

/// Where a position of the file lands in Edau's text.
struct MappedPosition {
    std::int64_t floor = 0;  ///< code point position in text() at or before the offset
    std::int64_t ceil = 0;   ///< at or after it (equal to floor when exact)
    bool exact = false;      ///< the offset falls between two characters of the file
    bool inRange = false;    ///< 0 <= offset <= the text's length in that convention
    friend bool operator==(const MappedPosition&, const MappedPosition&) = default;
};

/// How well one convention fits a source's selections.
struct ConventionScore {
    OffsetConvention convention;
    std::size_t boundaries = 0;  ///< selection starts and ends looked at
    std::size_t aligned = 0;     ///< of them: inside the text, between two characters, not inside a word
};

/// A source's plain text as another program wrote it, ready to read positions in any convention.
/// Thread-compatible; not thread-safe (word boundaries are found on first use).
class SourcePositions {
public:
    /// `fileText`: the decoded text with its line breaks as in the file (CR LF kept) and without
    /// the byte order mark, which `hadBom` records. Must be valid UTF-8.
    SourcePositions(std::string_view fileText, bool hadBom);
    ~SourcePositions();
    SourcePositions(SourcePositions&&) noexcept;
    SourcePositions& operator=(SourcePositions&&) noexcept;

    /// The text as Edau stores it: "\n" for every line break (CR LF and lone CR), then NFC.
    const std::string& text() const;
    /// Its length in code points.
    std::int64_t length() const;
    bool hasCrlf() const;
    bool hasBom() const;

    /// Maps positions counted in `convention` to positions in text().
    std::vector<MappedPosition> map(const std::vector<std::int64_t>& offsets, const OffsetConvention& convention) const;

    /// How well each of offsetConventions() fits these [start, end) ranges; conventions that
    /// cannot apply (CR LF counting without CR LF in the text, a BOM that is not there) get the
    /// score of the convention they amount to.
    std::vector<ConventionScore> score(const std::vector<std::pair<std::int64_t, std::int64_t>>& ranges) const;

    /// The best-fitting convention for the ranges; ties go to `preferred` when given (e.g. what
    /// the rest of the file's sources use), then to the earlier in offsetConventions().
    OffsetConvention detect(const std::vector<std::pair<std::int64_t, std::int64_t>>& ranges,
                            const std::optional<OffsetConvention>& preferred = std::nullopt) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace edau
