// SPDX-License-Identifier: GPL-3.0-or-later
/// Loads Edau's gettext catalogues into wxTranslations for the chosen interface language.
#include "wx_bridge/wx_translations.h"

#include <cstdlib>
#include <memory>

#if defined(__WXGTK__)
#include <libintl.h>
#endif

#include <wx/translation.h>

#include "edau/app/paths.h"
#include "presenters/project_tree_presenter.h"
#include "presenters/ui_language.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

namespace {

/// GTK draws its own words (stock buttons, the file chooser) from its own catalogues
/// through gettext, which follows LANGUAGE. Pointing LANGUAGE at the chosen language keeps
/// those in step with Edau's; re-setting the text domain makes gettext forget the
/// translations it has cached, so the change holds for windows made from now on.
void alignToolkitLanguage(const std::string& languageCode) {
#if defined(__WXGTK__)
    if (languageCode.empty()) return;  // the system's choice stands
    ::setenv("LANGUAGE", languageCode.c_str(), 1);
    const std::string domain = ::textdomain(nullptr);
    ::textdomain(domain.c_str());
#else
    (void)languageCode;
#endif
}

}  // namespace

std::string installTranslations(const std::string& languageCode) {
    static bool lookupPathAdded = false;
    if (!lookupPathAdded) {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(toWx(localeDirectory()));
        lookupPathAdded = true;
    }

    auto translations = std::make_unique<wxTranslations>();
    if (languageCode.empty()) {
        translations->SetLanguage(wxLANGUAGE_DEFAULT);
    } else {
        translations->SetLanguage(toWx(languageCode));
    }
    // wx ships no Welsh, so for cy the wx strings Edau shows come from edau.mo; wxstd
    // still serves any other language a catalogue is added for later.
    translations->AddStdCatalog();
    const bool loaded = translations->AddCatalog(kCatalogName);

    // The language the catalogue was found for, or English, the language of the msgids.
    std::string inEffect = "en";
    if (loaded) {
        inEffect = uiLanguageForLocaleName(toUtf8(translations->GetBestTranslation(kCatalogName)));
    }
    wxTranslations::Set(translations.release());  // wx takes ownership and deletes the old one
    alignToolkitLanguage(languageCode);
    setDisplayLanguage(inEffect);  // lists sort in the interface language's order
    return inEffect;
}

}  // namespace edau::gui
