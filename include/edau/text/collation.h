// SPDX-License-Identifier: GPL-3.0-or-later
/// Sorting by the interface language (Welsh or English), with Welsh digraphs as letters.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace edau::text {

/// Compares and sorts UTF-8 text the way a reader of one language expects. For Welsh ("cy") the
/// digraphs are letters (c < ch < d, g < ng < h, l < ll < m, p < ph, r < rh, t < th), so English
/// names follow Welsh rules too (Thomas files under th). Known words whose n and g are two letters
/// (Bangor, Llangollen and other Llan-g... and Bryn-g... names) sort as n + g. Digits sort by
/// the number they make (Cyfweliad 2 before Cyfweliad 10). Accents and then case only break
/// ties (ICU tertiary strength). compare() and sortKey() are const and safe to
/// call from several threads at once; the Collator itself is move-only.
class Collator {
public:
    /// A collator for a BCP 47 language tag such as "cy" or "en"; unknown tags fall back to the
    /// root order. Throws Error(Internal) if ICU cannot build one.
    explicit Collator(std::string_view language);
    ~Collator();
    Collator(Collator&&) noexcept;
    Collator& operator=(Collator&&) noexcept;

    /// The language tag it was built for.
    const std::string& language() const;

    /// Negative, zero or positive as `a` sorts before, with or after `b` (valid UTF-8 expected;
    /// invalid bytes compare as U+FFFD).
    int compare(std::string_view a, std::string_view b) const;

    /// Bytes whose memcmp order is compare()'s order: store them beside the text (SQLite BLOB
    /// column, ORDER BY key) instead of registering a collation. No trailing NUL.
    std::string sortKey(std::string_view text) const;

    /// Sorts the strings in place, stable for equal keys.
    void sort(std::vector<std::string>& items) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

}  // namespace edau::text
