// SPDX-License-Identifier: GPL-3.0-or-later
// Collation through ICU's Collator, with Welsh n + g exceptions marked by U+034F in the sort input.
#include "edau/text/collation.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <numeric>

#include "edau/base/error.h"

namespace edau::text {

namespace {

// U+034F COMBINING GRAPHEME JOINER: ignorable for collation, but it breaks ICU's "ng" contraction,
// so n and g sort as two letters. It goes only into what ICU compares, never into shown text.
constexpr UChar kGraphemeJoiner = 0x034F;

// Words whose n and g are two letters (n + g, said ŋ-g or n-g), unlike the letter ng of angen or
// llong. Place names built on llan "church", bryn "hill" and pen "head" followed by a g- word
// (Llangollen = Llan + Collen, Bryngwran, Pengam) are n + g as a rule; Bangor is the classic one.
struct NgException {
    std::u16string_view start;  // lower case
    bool wholeWord;             // the word must be exactly `start`, not only begin with it
};
constexpr std::array<NgException, 6> kNgExceptions{{
    {u"bangor", true},
    {u"llang", false},
    {u"bryng", false},
    {u"pengam", true},
    {u"penglin", false},
    {u"pengwern", true},
}};

bool isWelsh(std::string_view language) {
    return language.substr(0, 2) == "cy" && (language.size() == 2 || language[2] == '-' || language[2] == '_');
}

icu::UnicodeString toUnicode(std::string_view utf8) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
}

// Inserts the joiner between n and g in every word that is a known n + g exception.
icu::UnicodeString markWelshExceptions(icu::UnicodeString text) {
    icu::UnicodeString lower(text);
    lower.toLower(icu::Locale("cy"));
    if (lower.length() != text.length()) return text;  // exotic case mapping: leave it alone
    for (int32_t i = lower.length(); i-- > 0;) {
        // Find word starts right to left, so inserting keeps earlier offsets valid.
        if (!u_isalpha(lower.charAt(i)) || (i > 0 && u_isalpha(lower.char32At(i - 1)))) continue;
        int32_t end = i;
        while (end < lower.length() && u_isalpha(lower.charAt(end))) ++end;
        const std::u16string_view word(reinterpret_cast<const char16_t*>(lower.getBuffer()) + i,
                                       static_cast<std::size_t>(end - i));
        for (const auto& exception : kNgExceptions) {
            const bool matches = exception.wholeWord ? word == exception.start
                                                     : word.substr(0, exception.start.size()) == exception.start;
            if (!matches) continue;
            const std::size_t n = word.find(u"ng");
            if (n != std::u16string_view::npos) text.insert(i + static_cast<int32_t>(n) + 1, kGraphemeJoiner);
            break;
        }
    }
    return text;
}

}  // namespace

struct Collator::Impl {
    std::string language;
    bool welsh = false;
    std::unique_ptr<icu::Collator> collator;

    icu::UnicodeString prepare(std::string_view utf8) const {
        icu::UnicodeString text = toUnicode(utf8);
        return welsh ? markWelshExceptions(std::move(text)) : text;
    }
};

Collator::Collator(std::string_view language) : m_impl(std::make_unique<Impl>()) {
    m_impl->language = std::string(language);
    m_impl->welsh = isWelsh(language);
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(m_impl->language, status);
    if (U_FAILURE(status))
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Not a language tag: {tag}")).arg("tag", m_impl->language));
    m_impl->collator.reset(icu::Collator::createInstance(locale, status));
    if (U_FAILURE(status) || !m_impl->collator)
        throwError(ErrorKind::Internal, Message(EDAU_MSG("Cannot build a collator for {tag}: {reason}"))
                                            .arg("tag", m_impl->language)
                                            .arg("reason", u_errorName(status)));
    // Tertiary is ICU's default; set it anyway, since it is the promise in the header.
    m_impl->collator->setStrength(icu::Collator::TERTIARY);
    // Numbers by their value: Cyfweliad 2 before Cyfweliad 10, P9 before P10.
    m_impl->collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
}

Collator::~Collator() = default;
Collator::Collator(Collator&&) noexcept = default;
Collator& Collator::operator=(Collator&&) noexcept = default;

const std::string& Collator::language() const { return m_impl->language; }

int Collator::compare(std::string_view a, std::string_view b) const {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = m_impl->collator->compare(m_impl->prepare(a), m_impl->prepare(b), status);
    if (U_FAILURE(status))
        throwError(ErrorKind::Internal,
                   Message(EDAU_MSG("Collation failed: {reason}")).arg("reason", u_errorName(status)));
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

std::string Collator::sortKey(std::string_view text) const {
    const icu::UnicodeString prepared = m_impl->prepare(text);
    std::string key(static_cast<std::size_t>(prepared.length()) * 4 + 16, '\0');
    for (;;) {
        // getSortKey returns the length it needs, terminating zero included.
        const int32_t needed = m_impl->collator->getSortKey(prepared, reinterpret_cast<uint8_t*>(key.data()),
                                                            static_cast<int32_t>(key.size()));
        if (needed <= 0)
            throwError(ErrorKind::Internal, Message(EDAU_MSG("Collation failed: {reason}")).arg("reason", "sort key"));
        if (static_cast<std::size_t>(needed) <= key.size()) {
            key.resize(static_cast<std::size_t>(needed) - 1);
            return key;
        }
        key.assign(static_cast<std::size_t>(needed), '\0');
    }
}

void Collator::sort(std::vector<std::string>& items) const {
    std::vector<std::string> keys;
    keys.reserve(items.size());
    for (const auto& item : items) keys.push_back(sortKey(item));
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) { return keys[x] < keys[y]; });
    std::vector<std::string> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

}  // namespace edau::text
