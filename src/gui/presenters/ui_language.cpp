// SPDX-License-Identifier: GPL-3.0-or-later
/// The interface languages Edau offers and how the one to use is chosen.
#include "presenters/ui_language.h"

#include <algorithm>

namespace edau::gui {

const std::vector<UiLanguage>& supportedUiLanguages() {
    // Autonyms are deliberately not translated: someone lost in a language they cannot
    // read still finds their own.
    static const std::vector<UiLanguage> languages{
        {"en", "English"},
        {"cy", "Cymraeg"},
    };
    return languages;
}

bool isSupportedUiLanguage(std::string_view code) {
    const auto& languages = supportedUiLanguages();
    return std::any_of(languages.begin(), languages.end(),
                       [&](const UiLanguage& language) { return language.code == code; });
}

std::string uiLanguageAutonym(std::string_view code) {
    for (const UiLanguage& language : supportedUiLanguages()) {
        if (language.code == code) return language.autonym;
    }
    return std::string(code);
}

std::string uiLanguageForLocaleName(std::string_view localeName) {
    // "cy_GB.UTF-8@euro" -> "cy"; language codes are two or three letters before any of _.@-
    const std::size_t end = localeName.find_first_of("_.@-");
    std::string language(localeName.substr(0, end));
    std::transform(language.begin(), language.end(), language.begin(),
                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
    return isSupportedUiLanguage(language) ? language : std::string("en");
}

std::string chooseUiLanguage(std::string_view commandLineChoice, std::string_view savedChoice) {
    if (isSupportedUiLanguage(commandLineChoice)) return std::string(commandLineChoice);
    if (isSupportedUiLanguage(savedChoice)) return std::string(savedChoice);
    return {};
}

}  // namespace edau::gui
