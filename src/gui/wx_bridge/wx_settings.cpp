// SPDX-License-Identifier: GPL-3.0-or-later
/// The user's settings file (~/.config/edau/edau.conf) through wxConfig.
#include "wx_bridge/wx_settings.h"

#include <wx/app.h>
#include <wx/filename.h>
#include <wx/fileconf.h>
#include <wx/log.h>
#include <wx/stdpaths.h>

#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

constexpr const char* kLanguageKey = "/Interface/Language";

wxFileName settingsFile() {
    wxFileName file(wxStandardPaths::Get().GetUserConfigDir(), "edau.conf");
    file.AppendDir("edau");
    return file;
}

}  // namespace

void openSettings() {
    // wx reports its own file errors in English dialogs; Edau's callers decide what to say.
    const wxLogNull quiet;
    auto* config = new wxFileConfig(wxTheApp != nullptr ? wxTheApp->GetAppName() : wxString("edau"), wxString(),
                                    settingsFile().GetFullPath(), wxString(), wxCONFIG_USE_LOCAL_FILE);
    delete wxConfigBase::Set(config);
}

std::string savedUiLanguage() {
    wxString saved;
    if (wxConfigBase* config = wxConfigBase::Get(false)) config->Read(kLanguageKey, &saved);
    return toUtf8(saved);
}

bool saveUiLanguage(const std::string& languageCode) {
    wxConfigBase* config = wxConfigBase::Get(false);
    if (config == nullptr) return false;
    const wxLogNull quiet;
    const wxString folder = settingsFile().GetPath();
    if (!wxFileName::DirExists(folder) && !wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL)) return false;
    return config->Write(kLanguageKey, toWx(languageCode)) && config->Flush();
}

}  // namespace edau::gui
