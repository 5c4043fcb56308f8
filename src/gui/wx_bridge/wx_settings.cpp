// SPDX-License-Identifier: GPL-3.0-or-later
/// The user's settings file (~/.config/edau/edau.conf) through wxConfig.
#include "wx_bridge/wx_settings.h"


#include <wx/app.h>
#include <wx/filehistory.h>
#include <wx/filename.h>
#include <wx/fileconf.h>
#include <wx/log.h>
#include <wx/arrstr.h>
#include <wx/stdpaths.h>

#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

constexpr const char* kLanguageKey = "/Interface/Language";
/// Numbered so that a layout from a version whose panes differ is not restored.
constexpr const char* kLayoutKey = "/Interface/Layout1";

/// Pinned codes are the user's, per project: a project's uuid names its group.
wxString pinnedCodesKey(const std::string& projectUuid) {
    return "/Projects/" + toWx(projectUuid) + "/PinnedCodes";
}

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

void loadRecentProjects(wxFileHistory& history) {
    wxConfigBase* config = wxConfigBase::Get(false);
    if (config == nullptr) return;
    const wxLogNull quiet;
    config->SetPath("/RecentProjects");
    history.Load(*config);
    config->SetPath("/");
}

bool saveRecentProjects(wxFileHistory& history) {
    wxConfigBase* config = wxConfigBase::Get(false);
    if (config == nullptr) return false;
    const wxLogNull quiet;
    const wxString folder = settingsFile().GetPath();
    if (!wxFileName::DirExists(folder) && !wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL)) return false;
    config->SetPath("/RecentProjects");
    history.Save(*config);
    config->SetPath("/");
    return config->Flush();
}

std::string savedWindowLayout() {
    wxString saved;
    if (wxConfigBase* config = wxConfigBase::Get(false)) config->Read(kLayoutKey, &saved);
    return toUtf8(saved);
}

bool saveWindowLayout(const std::string& perspective) {
    wxConfigBase* config = wxConfigBase::Get(false);
    if (config == nullptr) return false;
    const wxLogNull quiet;
    const wxString folder = settingsFile().GetPath();
    if (!wxFileName::DirExists(folder) && !wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL)) return false;
    return config->Write(kLayoutKey, toWx(perspective)) && config->Flush();
}

std::vector<std::string> savedPinnedCodes(const std::string& projectUuid) {
    std::vector<std::string> uuids;
    wxString saved;
    if (wxConfigBase* config = wxConfigBase::Get(false); config != nullptr && !projectUuid.empty()) {
        config->Read(pinnedCodesKey(projectUuid), &saved);
    }
    for (const wxString& uuid : wxSplit(saved, ',', '\0')) {
        if (!uuid.empty()) uuids.push_back(toUtf8(uuid));
    }
    return uuids;
}

bool savePinnedCodes(const std::string& projectUuid, const std::vector<std::string>& codeUuids) {
    wxConfigBase* config = wxConfigBase::Get(false);
    if (config == nullptr || projectUuid.empty()) return false;
    const wxLogNull quiet;
    const wxString folder = settingsFile().GetPath();
    if (!wxFileName::DirExists(folder) && !wxFileName::Mkdir(folder, wxS_DIR_DEFAULT, wxPATH_MKDIR_FULL)) return false;
    wxString joined;
    for (const std::string& uuid : codeUuids) joined << (joined.empty() ? "" : ",") << toWx(uuid);
    return config->Write(pinnedCodesKey(projectUuid), joined) && config->Flush();
}

}  // namespace edau::gui
