// SPDX-License-Identifier: GPL-3.0-or-later
/// The interface languages Edau offers and how the one to use is chosen.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace edau::gui {

/// A language the interface can be shown in.
struct UiLanguage {
    std::string code;     ///< ISO 639-1, the folder name of its catalogue ("cy")
    std::string autonym;  ///< its name in itself: a language menu lists "Cymraeg" in every language
};

/// English (the source language) first, then every language with a catalogue.
const std::vector<UiLanguage>& supportedUiLanguages();

/// True for a code in supportedUiLanguages().
bool isSupportedUiLanguage(std::string_view code);

/// The autonym for a supported code; the code itself otherwise.
std::string uiLanguageAutonym(std::string_view code);

/// The interface language for a locale or catalogue name such as "cy_GB.UTF-8", "cy" or
/// "en_US": its supported language, else English.
std::string uiLanguageForLocaleName(std::string_view localeName);

/// What to ask the translations for: the command line wins, then the choice saved by
/// View > Language, then (empty result) the system's language. Unsupported values are skipped.
std::string chooseUiLanguage(std::string_view commandLineChoice, std::string_view savedChoice);

}  // namespace edau::gui
