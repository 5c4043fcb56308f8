// SPDX-License-Identifier: GPL-3.0-or-later
// UTF-8 checks and NFC through ICU's Normalizer2 (built once, reused).
#include "edau/text/unicode.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/unistr.h>

#include "edau/base/error.h"

namespace edau::text {

namespace {
const icu::Normalizer2& nfc() {
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status))
            throwError(ErrorKind::Internal, Message(EDAU_MSG("Unicode normaliser unavailable: {reason}"))
                                                .arg("reason", u_errorName(status)));
        return n;
    }();
    return *instance;
}

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }
}  // namespace

std::optional<std::size_t> findInvalidUtf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len;
        std::uint32_t cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n) return i;
        for (std::size_t k = 1; k < len; ++k) {
            if (!isContinuation(p[i + k])) return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::nullopt;
}

std::string toNfc(std::string_view utf8) {
    if (auto bad = findInvalidUtf8(utf8))
        throwError(ErrorKind::BadInput,
                   Message(EDAU_MSG("The text is not valid UTF-8 at byte {offset}"))
                       .arg("offset", static_cast<long long>(*bad)));
    // Fast path: pure ASCII is always NFC.
    bool ascii = true;
    for (char c : utf8)
        if (static_cast<unsigned char>(c) >= 0x80) {
            ascii = false;
            break;
        }
    if (ascii) return std::string(utf8);
    // Work on UTF-8 directly: no round trip through UTF-16 for the common, already-NFC case.
    UErrorCode status = U_ZERO_ERROR;
    icu::StringPiece piece(utf8.data(), static_cast<int32_t>(utf8.size()));
    if (nfc().isNormalizedUTF8(piece, status) && U_SUCCESS(status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    std::string out;
    icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
    nfc().normalizeUTF8(0, piece, sink, nullptr, status);
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Unicode normalisation failed: {reason}"))
                                            .arg("reason", u_errorName(status)));
    return out;
}

bool isNfc(std::string_view utf8) {
    if (findInvalidUtf8(utf8)) return false;
    UErrorCode status = U_ZERO_ERROR;
    return nfc().isNormalizedUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), status) &&
           U_SUCCESS(status);
}

std::int64_t codePointCount(std::string_view utf8) {
    std::int64_t count = 0;
    for (char c : utf8)
        if (!isContinuation(static_cast<unsigned char>(c))) ++count;
    return count;
}

std::size_t byteOffsetOfCodePoint(std::string_view utf8, std::int64_t codePoint) {
    if (codePoint <= 0) return 0;
    std::int64_t seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        if (!isContinuation(static_cast<unsigned char>(utf8[i]))) {
            if (seen == codePoint) return i;
            ++seen;
        }
    }
    return utf8.size();
}

std::string_view sliceCodePoints(std::string_view utf8, std::int64_t start, std::int64_t end) {
    std::size_t b = byteOffsetOfCodePoint(utf8, start);
    std::size_t e = byteOffsetOfCodePoint(utf8, end);
    if (e < b) e = b;
    return utf8.substr(b, e - b);
}

}  // namespace edau::text
