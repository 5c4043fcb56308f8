// SPDX-License-Identifier: GPL-3.0-or-later
/// The Welsh word forms Edau knows, read from Debian's aspell-cy list: which surfaces are real words.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace edau::text {

/// Where Debian's aspell-cy package installs its word list (prefix-compressed, gzip, ISO-8859-14).
inline constexpr std::string_view kAspellWelshWordList = "/usr/share/aspell/cy.cwl.gz";

/// A set of Welsh word forms, case-folded. aspell-cy lists mutated forms as well as radicals
/// (fod, nhad, chath) but no lemmas; the mutation rules use it to tell attested radicals from
/// accidental ones. Immutable once built, so one instance can be shared by every thread.
class WelshLexicon {
public:
    /// An empty lexicon: every form is unknown, and the rules fall back to letters alone.
    WelshLexicon();
    ~WelshLexicon();
    WelshLexicon(WelshLexicon&&) noexcept;
    WelshLexicon& operator=(WelshLexicon&&) noexcept;

    /// The installed aspell-cy list, read on first use (about 0.3 s) and kept for the
    /// life of the process; empty when the file is missing or unreadable, so search degrades rather
    /// than fails. The environment variable EDAU_WELSH_WORD_LIST names another aspell .cwl.gz file.
    static const WelshLexicon& installed();

    /// Reads an aspell compressed word list (.cwl, optionally gzip-compressed) in ISO-8859-14.
    /// Throws Error(Environment) when the file cannot be read, Error(BadInput) when it is malformed.
    static WelshLexicon fromAspellFile(const std::string& path);

    /// Builds a lexicon from UTF-8 text with one word per line (tests and other word lists). Lines
    /// that start with a capital letter are taken as names. Throws Error(BadInput) on invalid UTF-8.
    static WelshLexicon fromWordLines(std::string_view utf8Lines);

    /// Number of distinct folded forms.
    std::size_t size() const;
    /// True when there are no forms at all (no aspell-cy installed).
    bool empty() const { return size() == 0; }
    /// True when the foldForSearch form of `word` is listed, as a common word or as a name.
    bool contains(std::string_view foldedWord) const;
    /// True when some listed form loses its accents to become `accentFreeWord` (dwr ← dŵr,
    /// ty ← tŷ): a word typed without its accents, not a mutation. Built on first use (~0.1 s).
    bool isAccentStrippedForm(std::string_view accentFreeWord) const;
    /// True when the form is listed only with a capital (Caerdydd, Aberdaugleddyf): a name, which
    /// aspell-cy lists unmutated only, so its presence is evidence of a radical.
    bool isNameOnly(std::string_view foldedWord) const;

private:
    struct Data;
    std::unique_ptr<const Data> m_data;
    explicit WelshLexicon(std::unique_ptr<const Data> data);
};

}  // namespace edau::text
