// SPDX-License-Identifier: GPL-3.0-or-later
// Reading other programs' character positions: every counting convention, scored by word boundaries.
#include "edau/exchange/offset_convention.h"

#include <algorithm>
#include <numeric>

#include "edau/base/error.h"
#include "edau/text/unicode.h"
#include "edau/text/word_tokens.h"

namespace edau {

namespace {

/// Decodes the code point at `at` of valid UTF-8 and moves past it.
char32_t nextCodePoint(std::string_view s, std::size_t& at) {
    const auto b0 = static_cast<unsigned char>(s[at]);
    if (b0 < 0x80) {
        ++at;
        return b0;
    }
    const int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2;
    char32_t cp = b0 & (length == 4 ? 0x07 : length == 3 ? 0x0F : 0x1F);
    for (int i = 1; i < length && at + static_cast<std::size_t>(i) < s.size(); ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(s[at + static_cast<std::size_t>(i)]) & 0x3F);
    at += static_cast<std::size_t>(length);
    return cp;
}

std::int64_t unitsOf(char32_t cp, OffsetUnit unit) {
    switch (unit) {
        case OffsetUnit::CodePoints: return 1;
        case OffsetUnit::Utf16: return cp >= 0x10000 ? 2 : 1;
        case OffsetUnit::Utf8: return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }
    return 1;
}

std::int64_t bomUnits(OffsetUnit unit) { return unit == OffsetUnit::Utf8 ? 3 : 1; }

/// A run of the line-break-normalised text whose NFC form differs from it.
struct ChangedChunk {
    std::int64_t from = 0;  ///< in the normalised-line-break text, code points
    std::int64_t to = 0;
    std::int64_t nfcFrom = 0;  ///< in the NFC text
    std::int64_t nfcTo = 0;
};

/// Is `cp` a character NFC can never join to what comes before it? ASCII characters have
/// combining class 0 and are never the second of a composition, so NFC can work on the text
/// piece by piece, each piece starting at one of them.
bool isAscii(char32_t cp) { return cp < 0x80; }

}  // namespace

const std::vector<OffsetConvention>& offsetConventions() {
    static const std::vector<OffsetConvention> all = [] {
        std::vector<OffsetConvention> out;
        for (bool bom : {false, true})
            for (OffsetUnit unit : {OffsetUnit::CodePoints, OffsetUnit::Utf16, OffsetUnit::Utf8})
                for (bool crlfAsTwo : {true, false}) out.push_back(OffsetConvention{unit, crlfAsTwo, bom});
        return out;
    }();
    return all;
}

std::string offsetConventionName(const OffsetConvention& c, bool textHasCrlf, bool textHasBom) {
    std::string name = c.unit == OffsetUnit::CodePoints ? "code-points" : c.unit == OffsetUnit::Utf16 ? "utf-16" : "utf-8";
    if (textHasCrlf) name += c.crlfAsTwo ? "+crlf-as-2" : "+crlf-as-1";
    if (textHasBom && c.bomCounted) name += "+bom";
    return name;
}

struct SourcePositions::Impl {
    std::string lfText;         ///< line breaks normalised to "\n", not yet NFC
    std::vector<bool> crlfAt;   ///< per code point of lfText: this "\n" was a CR LF in the file (empty when none)
    std::int64_t lfLength = 0;  ///< code points of lfText
    bool hasCrlf = false;
    bool hasBom = false;
    std::string nfcText;
    std::int64_t nfcLength = 0;
    std::vector<ChangedChunk> changed;  ///< where NFC changed the text, in order
    mutable bool wordsFound = false;
    mutable std::vector<std::pair<std::int64_t, std::int64_t>> words;  ///< word spans in lfText, code points

    /// A position of lfText in the NFC text; inside a piece NFC changed, its start (`roundUp`: its end).
    std::int64_t toNfc(std::int64_t at, bool roundUp) const {
        if (changed.empty()) return at;
        auto it = std::upper_bound(changed.begin(), changed.end(), at,
                                   [](std::int64_t v, const ChangedChunk& c) { return v < c.from; });
        if (it == changed.begin()) return at;
        const ChangedChunk& c = *std::prev(it);
        if (at <= c.from) return c.nfcFrom;
        if (at < c.to) return roundUp ? c.nfcTo : c.nfcFrom;
        return c.nfcTo + (at - c.to);
    }

    /// True when `at` (in lfText) lies strictly inside a word.
    bool insideWord(std::int64_t at) const {
        if (!wordsFound) findWords();
        auto it = std::upper_bound(words.begin(), words.end(), at,
                                   [](std::int64_t v, const std::pair<std::int64_t, std::int64_t>& w) { return v < w.first; });
        if (it == words.begin()) return false;
        const auto& w = *std::prev(it);
        return at > w.first && at < w.second;
    }

    void findWords() const {
        // In pieces that end at line breaks: words never cross one, and the token list of one
        // piece at a time stays small however long the source is.
        constexpr std::size_t kPiece = 256 * 1024;
        std::string_view all(lfText);
        std::size_t from = 0;
        std::int64_t firstCodePoint = 0;
        while (from < all.size()) {
            std::size_t to = std::min(all.size(), from + kPiece);
            if (to < all.size()) {
                std::size_t lineEnd = all.find('\n', to);
                to = lineEnd == std::string_view::npos ? all.size() : lineEnd + 1;
            }
            std::string_view piece = all.substr(from, to - from);
            for (const auto& t : text::wordTokens(piece, firstCodePoint)) words.emplace_back(t.start, t.end);
            firstCodePoint += text::codePointCount(piece);
            from = to;
        }
        wordsFound = true;
    }
};

SourcePositions::SourcePositions(std::string_view fileText, bool hadBom) : m_impl(std::make_unique<Impl>()) {
    if (text::findInvalidUtf8(fileText))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("A source's text reached position reading without being decoded")));
    Impl& d = *m_impl;
    d.hasBom = hadBom;
    d.lfText.reserve(fileText.size());
    std::size_t at = 0;
    std::vector<std::int64_t> crlfPositions;
    while (at < fileText.size()) {
        if (fileText[at] == '\r') {
            if (at + 1 < fileText.size() && fileText[at + 1] == '\n') {
                crlfPositions.push_back(d.lfLength);
                d.hasCrlf = true;
                ++at;
            }
            ++at;
            d.lfText += '\n';
            ++d.lfLength;
            continue;
        }
        std::size_t start = at;
        nextCodePoint(fileText, at);
        d.lfText.append(fileText.substr(start, at - start));
        ++d.lfLength;
    }
    if (d.hasCrlf) {
        d.crlfAt.assign(static_cast<std::size_t>(d.lfLength), false);
        for (auto p : crlfPositions) d.crlfAt[static_cast<std::size_t>(p)] = true;
    }

    if (text::isNfc(d.lfText)) {
        d.nfcText = d.lfText;
        d.nfcLength = d.lfLength;
        return;
    }
    // Normalise piece by piece (each piece: an ASCII character and the non-ASCII run after it),
    // so positions outside the pieces NFC changes map exactly.
    std::string_view lf(d.lfText);
    std::size_t byte = 0;
    std::int64_t cpIndex = 0, nfcIndex = 0;
    d.nfcText.reserve(d.lfText.size());
    while (byte < lf.size()) {
        std::size_t pieceStart = byte;
        std::int64_t pieceFrom = cpIndex;
        std::size_t probe = byte;
        char32_t first = nextCodePoint(lf, probe);
        // An ASCII run that no non-ASCII character follows needs no normalisation.
        if (isAscii(first)) {
            std::size_t next = probe;
            if (next >= lf.size() || isAscii(static_cast<unsigned char>(lf[next]))) {
                d.nfcText += static_cast<char>(first);
                byte = probe;
                ++cpIndex;
                ++nfcIndex;
                continue;
            }
        }
        byte = probe;
        ++cpIndex;
        while (byte < lf.size() && !isAscii(static_cast<unsigned char>(lf[byte]))) {
            nextCodePoint(lf, byte);
            ++cpIndex;
        }
        std::string_view piece = lf.substr(pieceStart, byte - pieceStart);
        std::string normal = text::toNfc(piece);
        std::int64_t normalLength = text::codePointCount(normal);
        if (normal != piece) d.changed.push_back({pieceFrom, cpIndex, nfcIndex, nfcIndex + normalLength});
        d.nfcText += normal;
        nfcIndex += normalLength;
    }
    d.nfcLength = nfcIndex;
    if (!text::isNfc(d.nfcText)) {
        // Should not happen; if it ever does, trust ICU on the whole text and map every
        // position through one changed piece covering it all (ends clamp to the text).
        d.nfcText = text::toNfc(d.lfText);
        d.nfcLength = text::codePointCount(d.nfcText);
        d.changed = {{0, d.lfLength, 0, d.nfcLength}};
    }
}

SourcePositions::~SourcePositions() = default;
SourcePositions::SourcePositions(SourcePositions&&) noexcept = default;
SourcePositions& SourcePositions::operator=(SourcePositions&&) noexcept = default;

const std::string& SourcePositions::text() const { return m_impl->nfcText; }
std::int64_t SourcePositions::length() const { return m_impl->nfcLength; }
bool SourcePositions::hasCrlf() const { return m_impl->hasCrlf; }
bool SourcePositions::hasBom() const { return m_impl->hasBom; }

namespace {

/// Positions in the line-break-normalised text (not yet NFC) for offsets in a convention.
std::vector<MappedPosition> mapToLf(const std::string& lfText, const std::vector<bool>& crlfAt, bool hasBom,
                                    const std::vector<std::int64_t>& offsets, const OffsetConvention& c) {
    std::vector<MappedPosition> out(offsets.size());
    std::vector<std::size_t> order(offsets.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::size_t next = 0;
    // `units`: the offset, in the convention, of the boundary before code point `index`.
    std::int64_t units = hasBom && c.bomCounted ? bomUnits(c.unit) : 0;
    std::int64_t index = 0;
    std::string_view text(lfText);
    std::size_t byte = 0;
    auto place = [&](std::size_t i, MappedPosition p) { out[i] = p; };
    // Offsets before the first character (negative, or inside a counted BOM).
    while (next < order.size() && offsets[order[next]] < units) {
        bool negative = offsets[order[next]] < 0;
        place(order[next], MappedPosition{0, 0, false, !negative});
        ++next;
    }
    while (byte < text.size() && next < order.size()) {
        while (next < order.size() && offsets[order[next]] == units) {
            place(order[next], MappedPosition{index, index, true, true});
            ++next;
        }
        char32_t cp = nextCodePoint(text, byte);
        std::int64_t width = unitsOf(cp, c.unit);
        if (cp == '\n' && c.crlfAsTwo && !crlfAt.empty() && crlfAt[static_cast<std::size_t>(index)]) ++width;
        const std::int64_t after = units + width;
        while (next < order.size() && offsets[order[next]] < after) {
            place(order[next], MappedPosition{index, index + 1, false, true});
            ++next;
        }
        units = after;
        ++index;
    }
    while (next < order.size()) {
        const std::int64_t x = offsets[order[next]];
        if (x == units) place(order[next], MappedPosition{index, index, true, true});
        else place(order[next], MappedPosition{index, index, false, false});
        ++next;
    }
    return out;
}

}  // namespace

std::vector<MappedPosition> SourcePositions::map(const std::vector<std::int64_t>& offsets,
                                                 const OffsetConvention& convention) const {
    const Impl& d = *m_impl;
    std::vector<MappedPosition> out = mapToLf(d.lfText, d.crlfAt, d.hasBom, offsets, convention);
    for (auto& p : out) {
        p.floor = d.toNfc(p.floor, false);
        p.ceil = d.toNfc(p.ceil, true);
    }
    return out;
}

std::vector<ConventionScore> SourcePositions::score(const std::vector<std::pair<std::int64_t, std::int64_t>>& ranges) const {
    const Impl& d = *m_impl;
    std::vector<std::int64_t> offsets;
    offsets.reserve(ranges.size() * 2);
    for (const auto& [start, end] : ranges) {
        offsets.push_back(start);
        offsets.push_back(end);
    }
    std::vector<ConventionScore> out;
    for (const auto& c : offsetConventions()) {
        // A convention that cannot apply to this text amounts to another: same score.
        OffsetConvention effective = c;
        if (!d.hasCrlf) effective.crlfAsTwo = true;
        if (!d.hasBom) effective.bomCounted = false;
        auto same = std::find_if(out.begin(), out.end(), [&](const ConventionScore& s) { return s.convention == effective; });
        ConventionScore s{c, offsets.size(), 0};
        if (same != out.end() && !(c == effective)) {
            s.aligned = same->aligned;
        } else {
            std::vector<MappedPosition> mapped = mapToLf(d.lfText, d.crlfAt, d.hasBom, offsets, effective);
            for (std::size_t i = 0; i < mapped.size(); ++i) {
                const auto& p = mapped[i];
                bool valid = ranges[i / 2].first <= ranges[i / 2].second;
                if (valid && p.inRange && p.exact && !d.insideWord(p.floor)) ++s.aligned;
            }
        }
        out.push_back(s);
    }
    return out;
}

OffsetConvention SourcePositions::detect(const std::vector<std::pair<std::int64_t, std::int64_t>>& ranges,
                                         const std::optional<OffsetConvention>& preferred) const {
    std::vector<ConventionScore> scores = score(ranges);
    const ConventionScore* best = &scores.front();
    for (const auto& s : scores)
        if (s.aligned > best->aligned) best = &s;
    if (preferred) {
        for (const auto& s : scores)
            if (s.convention == *preferred && s.aligned == best->aligned) return s.convention;
    }
    return best->convention;
}

}  // namespace edau
