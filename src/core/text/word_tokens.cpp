// SPDX-License-Identifier: GPL-3.0-or-later
// Word tokens through ICU's word break rules, read straight from UTF-8 (UText) without copying.
#include "edau/text/word_tokens.h"

#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <memory>

#include "edau/base/error.h"
#include "edau/text/welsh_clitics.h"

namespace edau::text {

namespace {

std::unique_ptr<icu::BreakIterator> makeWordBreaker() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Word breaking is unavailable: {reason}")).arg("reason", u_errorName(status)));
    return it;
}

// Building a break iterator loads its rules (tens of microseconds); each thread keeps one.
icu::BreakIterator& wordBreaker() {
    thread_local std::unique_ptr<icu::BreakIterator> it = makeWordBreaker();
    return *it;
}

bool isContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Length in bytes of an apostrophe look-alike that ends just before `pos`, or 0.
std::size_t apostropheBefore(std::string_view s, std::size_t pos) {
    if (pos >= 1 && (s[pos - 1] == '\'' || s[pos - 1] == '`')) return 1;
    if (pos >= 3 && static_cast<unsigned char>(s[pos - 3]) == 0xE2 && static_cast<unsigned char>(s[pos - 2]) == 0x80 &&
        (static_cast<unsigned char>(s[pos - 1]) == 0x98 || static_cast<unsigned char>(s[pos - 1]) == 0x99))
        return 3;
    if (pos >= 2 && static_cast<unsigned char>(s[pos - 2]) == 0xCA && static_cast<unsigned char>(s[pos - 1]) == 0xBC)
        return 2;
    return 0;
}

bool isSpaceOrStart(std::string_view s, std::size_t pos) {
    if (pos == 0) return true;
    const char c = s[pos - 1];
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '"' || c == '[';
}

}  // namespace

std::vector<WordToken> wordTokens(std::string_view utf8, std::int64_t firstCodePoint) {
    std::vector<WordToken> out;
    if (utf8.empty()) return out;
    UErrorCode status = U_ZERO_ERROR;
    UText* raw = utext_openUTF8(nullptr, utf8.data(), static_cast<int64_t>(utf8.size()), &status);
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Word breaking is unavailable: {reason}")).arg("reason", u_errorName(status)));
    std::unique_ptr<UText, UText* (*)(UText*)> text(raw, utext_close);
    icu::BreakIterator& it = wordBreaker();
    it.setText(text.get(), status);
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Word breaking is unavailable: {reason}")).arg("reason", u_errorName(status)));

    out.reserve(utf8.size() / 6);
    std::size_t countedTo = 0;  // code points are counted incrementally up to this byte
    std::int64_t cp = firstCodePoint;
    auto codePointAt = [&](std::size_t byte) {
        for (; countedTo < byte; ++countedTo)
            if (!isContinuationByte(utf8[countedTo])) ++cp;
        return cp;
    };
    int32_t start = it.first();
    for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
        if (it.getRuleStatus() < UBRK_WORD_NONE_LIMIT) continue;  // spaces and punctuation
        auto b = static_cast<std::size_t>(start);
        const auto e = static_cast<std::size_t>(end);
        // A clitic standing alone after a space ('n, 'r, 'na) loses its apostrophe to the word
        // rules; give it back, so it is indexed as the clitic it is.
        if (std::size_t a = apostropheBefore(utf8, b); a > 0 && isSpaceOrStart(utf8, b - a)) {
            std::string_view withApostrophe = utf8.substr(b - a, e - b + a);
            if (auto split = splitClitic(withApostrophe); split && split->host.empty()) b -= a;
        }
        WordToken token;
        token.byteStart = b;
        token.byteEnd = e;
        token.start = codePointAt(b);
        token.end = codePointAt(e);
        token.text = utf8.substr(b, e - b);
        out.push_back(token);
    }
    return out;
}

}  // namespace edau::text
