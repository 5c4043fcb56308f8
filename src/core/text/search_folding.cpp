// SPDX-License-Identifier: GPL-3.0-or-later
// Search folding through ICU: full case folding and NFC/NFD on UTF-8, accent removal by script.
#include "edau/text/search_folding.h"

#include <unicode/bytestream.h>
#include <unicode/casemap.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include "edau/base/error.h"
#include "edau/text/unicode.h"

namespace edau::text {

namespace {

void requireValid(std::string_view utf8) {
    if (auto bad = findInvalidUtf8(utf8))
        throwError(ErrorKind::BadInput, Message(EDAU_MSG("The text is not valid UTF-8 at byte {offset}"))
                                            .arg("offset", static_cast<long long>(*bad)));
}

[[noreturn]] void icuFailed(UErrorCode status) {
    throwError(ErrorKind::Internal,
               Message(EDAU_MSG("Unicode folding failed: {reason}")).arg("reason", u_errorName(status)));
}

const icu::Normalizer2& nfd() {
    // getNFDInstance returns a process-wide immutable singleton: safe to share between threads.
    static const icu::Normalizer2* instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
        if (U_FAILURE(status)) icuFailed(status);
        return n;
    }();
    return *instance;
}

bool isAscii(std::string_view s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}

// Scripts whose combining marks are optional decoration of a base letter, the way ŵ is w with a
// to bach. In Devanagari or Hebrew a nonspacing mark is part of the spelling: keep those.
bool marksAreDecoration(UScriptCode script) {
    return script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC;
}

}  // namespace

std::string foldApostrophes(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        const auto next = [&](std::size_t k) {
            return i + k < utf8.size() ? static_cast<unsigned char>(utf8[i + k]) : 0;
        };
        if (c == 0x60) {  // ` U+0060
            out += '\'';
        } else if (c == 0xE2 && next(1) == 0x80 && (next(2) == 0x98 || next(2) == 0x99)) {  // ‘ ’
            out += '\'';
            i += 2;
        } else if ((c == 0xCA && next(1) == 0xBC) || (c == 0xC2 && next(1) == 0xB4)) {  // ʼ ´
            out += '\'';
            i += 1;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out;
}

std::string foldForSearch(std::string_view utf8) {
    requireValid(utf8);
    if (isAscii(utf8)) {
        std::string out(utf8);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            else if (c == '`') c = '\'';
        }
        return out;
    }
    std::string folded;
    icu::StringByteSink<std::string> sink(&folded, static_cast<int32_t>(utf8.size()));
    UErrorCode status = U_ZERO_ERROR;
    icu::CaseMap::utf8Fold(U_FOLD_CASE_DEFAULT, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())),
                           sink, nullptr, status);
    if (U_FAILURE(status)) icuFailed(status);
    // Folding can decompose (İ → i + U+0307), so normalise afterwards, not before.
    return foldApostrophes(toNfc(folded));
}

std::string foldAccents(std::string_view utf8) {
    requireValid(utf8);
    if (isAscii(utf8)) return std::string(utf8);
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString decomposed =
        nfd().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
                        status);
    if (U_FAILURE(status)) icuFailed(status);
    icu::UnicodeString kept;
    UScriptCode baseScript = USCRIPT_COMMON;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 c = decomposed.char32At(i);
        i += U16_LENGTH(c);
        if (u_charType(c) == U_NON_SPACING_MARK) {
            if (marksAreDecoration(baseScript)) continue;
        } else {
            UErrorCode scriptStatus = U_ZERO_ERROR;
            baseScript = uscript_getScript(c, &scriptStatus);
            if (U_FAILURE(scriptStatus)) baseScript = USCRIPT_COMMON;
        }
        kept.append(c);
    }
    std::string out;
    kept.toUTF8String(out);
    return toNfc(out);
}

}  // namespace edau::text
