// SPDX-License-Identifier: GPL-3.0-or-later
/// Search forms of a word: NFC, case-folded, one apostrophe, and optionally without accents.
#pragma once

#include <string>
#include <string_view>

namespace edau::text {

/// The case- and apostrophe-insensitive search form of valid UTF-8 text: ICU full case folding
/// (so "Nghaerdydd" and "NGHAERDYDD" meet, and ß becomes ss), NFC, and every apostrophe look-alike
/// (U+2019, U+02BC, U+2018, U+0060, U+00B4) turned into U+0027, because Welsh clitics such as
/// mae'r are typed with all of them. Accents are kept. Throws Error(BadInput) on invalid UTF-8.
/// Thread-safe: the ICU objects it uses are built once and never modified.
std::string foldForSearch(std::string_view utf8);

/// The same text without diacritics on Latin, Greek and Cyrillic letters (ŵ→w, ŷ→y, â→a, é→e,
/// ï→i), in NFC, case unchanged: people often type dwr for dŵr. Marks on other scripts are kept,
/// since there they change the letter rather than decorate it. Throws Error(BadInput) on invalid
/// UTF-8. Thread-safe.
std::string foldAccents(std::string_view utf8);

/// Only the apostrophe step of foldForSearch: every look-alike becomes U+0027. Valid UTF-8 in,
/// valid UTF-8 out; nothing else changes. Thread-safe.
std::string foldApostrophes(std::string_view utf8);

}  // namespace edau::text
