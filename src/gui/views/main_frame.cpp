// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window: menus, project tree, centre area and status bar around one open project.
#include "views/main_frame.h"

#include <iostream>
#include <utility>

#include <wx/aboutdlg.h>
#include <wx/app.h>
#include <wx/aui/auibook.h>
#include <wx/button.h>
#include <wx/config.h>
#include <wx/dirdlg.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/generic/aboutdlgg.h>
#include <wx/intl.h>
#include <wx/log.h>
#include <wx/menu.h>
#include <wx/simplebook.h>
#include <wx/statusbr.h>
#include <wx/stdpaths.h>
#include <wx/utils.h>

#include "edau/app/paths.h"
#include "edau/app/sample_project.h"
#include "edau/base/error.h"
#include "edau/base/version.h"
#include "presenters/project_tree_presenter.h"
#include "presenters/ui_language.h"
#include "views/codebook_panel.h"
#include "views/document_panel.h"
#include "views/message_dialogs.h"
#include "views/passages_panel.h"
#include "views/project_counts_text.h"
#include "views/project_overview_panel.h"
#include "views/project_tree_panel.h"
#include "views/welcome_panel.h"
#include "wx_bridge/wx_settings.h"
#include "wx_bridge/wx_strings.h"
#include "wx_bridge/wx_translations.h"

namespace edau::gui {
namespace {

/// View > Language items take consecutive ids from here, one per supported language.
const int kFirstLanguageId = wxID_HIGHEST + 100;

enum StatusField { kProjectField, kCoderField, kSourcesField, kSyncField, kLanguageField, kStatusFieldCount };

constexpr const char* kProjectExtension = "edau";

/// The file-dialog filter for project files; the pattern itself is not for translators.
wxString projectFileFilter(bool withAllFiles) {
    wxString filter = wxString::Format("%s (*.edau)|*.edau", _("Edau projects"));
    if (withAllFiles) filter << wxString::Format("|%s (*)|*", _("All files"));
    return filter;
}

wxString documentsDirectory() {
    return wxStandardPaths::Get().GetDocumentsDir();
}

bool isSameFile(const wxString& a, const wxString& b) {
    return wxFileName(a).SameAs(wxFileName(b));
}

}  // namespace

namespace {

/// Files dropped anywhere on the main window.
class FileDropTarget : public wxFileDropTarget {
public:
    explicit FileDropTarget(MainFrame& frame) : m_frame(frame) {}
    bool OnDropFiles(wxCoord, wxCoord, const wxArrayString& names) override {
        std::vector<std::string> paths;
        for (const auto& n : names) paths.push_back(toUtf8(n));
        // Opening a project or a dialog inside a drop confuses some window systems: do it after.
        m_frame.CallAfter([frame = &m_frame, paths] { frame->openDroppedFiles(paths); });
        return true;
    }

private:
    MainFrame& m_frame;
};

}  // namespace

MainFrame::MainFrame(bool unattended, std::string uiLanguage)
    : wxFrame(nullptr, wxID_ANY, wxTheApp->GetAppDisplayName()),
      m_unattended(unattended),
      m_uiLanguage(std::move(uiLanguage)) {
    m_aui.SetManagedWindow(this);
    m_treePanel = new ProjectTreePanel(this);
    m_centre = new wxSimplebook(this);
    m_welcomePanel = new WelcomePanel(m_centre);
    m_overviewPanel = new ProjectOverviewPanel(m_centre);
    m_centre->AddPage(m_welcomePanel, wxString(), true);
    m_centre->AddPage(m_overviewPanel, wxString());
    createCodingPanes();
    createSearchPanes();
    createTeamPanes();

    // The side panes keep their width when the window grows; the bottom pane spans all three.
    // Their captions are set in updateTexts(); they show once a project is open.
    m_aui.AddPane(m_treePanel, wxAuiPaneInfo().Name("project-tree").Left().Layer(1).CloseButton(false)
                                   .BestSize(FromDIP(wxSize(220, -1))).MinSize(FromDIP(wxSize(140, -1))).Hide());
    m_aui.AddPane(m_centre, wxAuiPaneInfo().Name("centre").CentrePane());
    m_aui.AddPane(m_codebook, wxAuiPaneInfo().Name("codebook").Right().Layer(1).CloseButton(false)
                                  .BestSize(FromDIP(wxSize(320, -1))).MinSize(FromDIP(wxSize(160, -1))).Hide());
    m_aui.AddPane(m_bottom, wxAuiPaneInfo().Name("bottom").Bottom().Layer(2).CaptionVisible(false)
                                .BestSize(FromDIP(wxSize(-1, 190))).MinSize(FromDIP(wxSize(-1, 90))).Hide());
    // Where the user left the panes last time (unattended runs always use the default).
    if (!m_unattended) {
        if (const std::string layout = savedWindowLayout(); !layout.empty()) {
            m_aui.LoadPerspective(toWx(layout), false);
            showProjectPanes(false);  // until a project opens
        }
    }
    createCodingToolBar();

    CreateStatusBar(kStatusFieldCount);
    static_assert(kSyncField == kSyncStatusField);
    const int widths[kStatusFieldCount] = {-3, -2, -2, -2, -1};
    SetStatusWidths(kStatusFieldCount, widths);

    if (!m_unattended) loadRecentProjects(m_recent);
    SetDropTarget(new FileDropTarget(*this));  // the frame owns it
    createMenuBar();

    Bind(wxEVT_MENU, &MainFrame::onNewProject, this, wxID_NEW);
    Bind(wxEVT_MENU, &MainFrame::onOpenProject, this, wxID_OPEN);
    Bind(wxEVT_MENU, &MainFrame::onOpenRecent, this, wxID_FILE1, wxID_FILE9);
    Bind(wxEVT_MENU, &MainFrame::onSaveCopy, this, wxID_SAVEAS);
    Bind(wxEVT_MENU, &MainFrame::onCloseProject, this, wxID_CLOSE);
    Bind(wxEVT_MENU, &MainFrame::onQuit, this, wxID_EXIT);
    Bind(wxEVT_MENU, &MainFrame::onAbout, this, wxID_ABOUT);
    Bind(wxEVT_MENU, &MainFrame::onUserGuide, this, wxID_HELP);
    Bind(wxEVT_MENU, &MainFrame::onLanguage, this, kFirstLanguageId,
         kFirstLanguageId + static_cast<int>(supportedUiLanguages().size()) - 1);
    Bind(wxEVT_BUTTON, &MainFrame::onNewProject, this, wxID_NEW);
    Bind(wxEVT_BUTTON, &MainFrame::onOpenProject, this, wxID_OPEN);
    Bind(wxEVT_BUTTON, &MainFrame::onOpenSampleProject, this, WelcomePanel::kOpenSampleId);
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsProject, this, wxID_SAVEAS);
    Bind(wxEVT_UPDATE_UI, &MainFrame::onUpdateNeedsProject, this, wxID_CLOSE);
    bindCodingCommands();
    bindSearchCommands();
    bindFrameworkCommands();
    bindQueryCommands();
    bindExchangeCommands();
    bindTeamCommands();

    SetMinSize(FromDIP(wxSize(640, 420)));
    SetSize(FromDIP(wxSize(1100, 720)));
    updateTexts();
    m_aui.Update();
}

MainFrame::~MainFrame() {
    if (!m_unattended) saveWindowLayout(toUtf8(m_aui.SavePerspective()));
    m_aui.UnInit();
}

void MainFrame::createMenuBar() {
    auto* project = new wxMenu;
    project->Append(wxID_NEW, _("&New project…") + "\tCtrl+N", _("Create a new, empty project file"));
    project->Append(wxID_OPEN, _("&Open…") + "\tCtrl+O", _("Open a project file"));
    // The recent list lives in a submenu that is rebuilt with the bar (language switch).
    if (m_recentMenu != nullptr) m_recent.RemoveMenu(m_recentMenu);
    m_recentMenu = new wxMenu;
    m_recent.UseMenu(m_recentMenu);
    m_recent.AddFilesToMenu(m_recentMenu);
    project->AppendSubMenu(m_recentMenu, _("Open &recent"), _("Open a project you worked on lately"));
    project->Append(wxID_SAVEAS, _("Save a &copy…") + "\tCtrl+Shift+S",
                    _("Save a copy of the whole project to another file; you keep working on this one"));
    appendExportMenu(project);
    appendExchangeMenu(project);
    project->Append(wxID_CLOSE, _("&Close") + "\tCtrl+W", _("Close the project"));
    insertImportItem(project, 2);  // after Open…
    project->AppendSeparator();
    project->Append(wxID_EXIT, _("&Quit") + "\tCtrl+Q", _("Close the project and leave Edau"));

    auto* language = new wxMenu;
    const auto& languages = supportedUiLanguages();
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const int id = kFirstLanguageId + static_cast<int>(i);
        language->AppendRadioItem(id, toWx(languages[i].autonym));
        if (languages[i].code == m_uiLanguage) language->Check(id, true);
    }
    auto* view = new wxMenu;
    appendCodingViewItems(view);
    appendSearchViewItems(view);
    appendQueryViewItems(view);
    view->AppendSubMenu(language, _("&Language"), _("Choose the language of Edau's menus and windows"));

    auto* help = new wxMenu;
    help->Append(wxID_HELP, _("&User guide") + "\tF1",
                 _("How to do a first project in Edau, from importing transcripts to an exported matrix"));
    help->AppendSeparator();
    help->Append(wxID_ABOUT, _("&About Edau…"), _("Version and licence of Edau"));

    auto* bar = new wxMenuBar;
    bar->Append(project, _("&Project"));
    bar->Append(createEditMenu(), _("&Edit"));
    bar->Append(createCodeMenu(), _("&Code"));
    wxMenu* search = createSearchMenu();
    appendQuerySearchItems(search);
    bar->Append(search, _("&Search"));
    bar->Append(createFrameworkMenu(), _("&Framework"));
    wxMenu* team = createTeamMenu();
    appendTeamItems(team);
    bar->Append(team, _("&Team"));
    bar->Append(view, _("&View"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);  // deletes the previous bar, if any
}

void MainFrame::updateTexts() {
    const wxString appName = wxTheApp->GetAppDisplayName();
    if (m_summary) {
        const ProjectSummary& summary = *m_summary;
        wxString name = toWx(summary.name);
        if (summary.readOnly) name = wxString::Format(_("%s (read-only)"), name);
        SetTitle(wxString::Format(L"%s \u2014 %s", name, appName));  // wide: no locale conversion
        SetStatusText(name, kProjectField);
        SetStatusText(summary.currentCoder ? wxString::Format(_("Coder: %s"), toWx(summary.currentCoder->name))
                                           : wxString(_("No coder chosen")),
                      kCoderField);
        SetStatusText(sourceCountText(summary.counts.documents), kSourcesField);
    } else {
        SetTitle(appName);
        SetStatusText(_("No project open"), kProjectField);
        SetStatusText(wxString(), kCoderField);
        SetStatusText(wxString(), kSourcesField);
    }
    SetStatusText(toWx(uiLanguageAutonym(m_uiLanguage)), kLanguageField);

    m_welcomePanel->updateTexts();
    m_overviewPanel->updateTexts();
    m_treePanel->updateTexts();
    updateCodingTexts();
    updateSearchTexts();
    updateFrameworkTexts();
    updateQueryTexts();
    updateTeamTexts();
    Layout();
}

bool MainFrame::setWorkbench(std::unique_ptr<Workbench> workbench) {
    saveFrameworkEdits();  // while the project they belong to is still open
    if (!workbench) {
        m_workbench.reset();
        m_summary.reset();
        m_treePanel->clear();
        refreshCodingViews();
        showSearchProject();
        showTeamProject();
        m_centre->SetSelection(0);
        showProjectPanes(false);
        updateTexts();
        return true;
    }

    // Read everything the window shows first: a project that opens but cannot be read
    // is not shown half-way, and the one already open stays open.
    ProjectTreeModel tree;
    ProjectSummary summary;
    const wxString name = wxFileName(toWx(workbench->path())).GetFullName();
    if (!runGuarded(wxString::Format(_("Could not show %s."), name), [&] {
            tree = buildProjectTree(*workbench);
            summary = workbench->summary();
        })) {
        return false;
    }

    m_workbench = std::move(workbench);  // the previous project, and its lock, go here
    m_summary = summary;
    m_treePanel->showModel(tree);
    m_overviewPanel->showSummary(summary);
    m_documents->DeleteAllPages();  // the previous project's documents
    m_passages->clear();
    m_pinnedUuids = savedPinnedCodes(summary.uuid);
    runGuarded(wxString::Format(_("Could not show %s."), name), [&] { refreshCodingViews(); });
    showSearchProject();
    showTeamProject();
    m_centre->SetSelection(1);
    showProjectPanes(true);
    updateTexts();
    return true;
}

void MainFrame::showProjectPanes(bool show) {
    m_aui.GetPane(m_treePanel).Show(show);
    m_aui.GetPane(m_codebook).Show(show);
    m_aui.GetPane(m_bottom).Show(show);
    m_aui.Update();
}

bool MainFrame::openProject(const wxString& path) {
    const wxString headline = wxString::Format(_("Could not open %s."), wxFileName(path).GetFullName());
    if (m_workbench && isSameFile(path, toWx(m_workbench->path()))) {
        Raise();
        return true;
    }

    std::unique_ptr<Workbench> opened;
    try {
        opened = Workbench::open(toUtf8(path));
    } catch (const Error& error) {
        if (error.kind() != ErrorKind::Project || m_unattended) {
            reportProblem(headline, translate(error.message()));
            return false;
        }
        // Locked, damaged or too new: reading may still work, and the button says what it does.
        if (!askQuestionDialog(this, headline, translate(error.message()), _("Open &read-only"), _("&Cancel"), true)) {
            return false;
        }
        try {
            opened = Workbench::open(toUtf8(path), OpenOptions{.readOnly = true});
        } catch (const std::exception& failure) {
            reportProblem(headline, describeFailure(failure));
            return false;
        }
    } catch (const std::exception& failure) {
        reportProblem(headline, describeFailure(failure));
        return false;
    }

    if (!setWorkbench(std::move(opened))) return false;
    rememberRecent(path);
    if (!m_workbench->warnings().empty()) offerLocalCopy();
    return true;
}

void MainFrame::rememberRecent(const wxString& path) {
    if (m_unattended) return;  // tests and screenshots leave the user's list alone
    m_recent.AddFileToHistory(wxFileName(path).GetAbsolutePath());
    saveRecentProjects(m_recent);
}

void MainFrame::onOpenRecent(wxCommandEvent& event) {
    const std::size_t index = static_cast<std::size_t>(event.GetId() - wxID_FILE1);
    if (index >= m_recent.GetCount()) return;
    const wxString path = m_recent.GetHistoryFile(index);
    if (!wxFileName::FileExists(path)) {
        reportProblem(wxString::Format(_("Could not open %s."), wxFileName(path).GetFullName()),
                      _("The file is no longer there; it has been taken off the list."));
        m_recent.RemoveFileFromHistory(index);
        saveRecentProjects(m_recent);
        return;
    }
    openProject(path);
}


void MainFrame::openDroppedFiles(const std::vector<std::string>& paths) {
    if (paths.size() == 1 && wxFileName(toWx(paths.front())).GetExt().Lower() == "edau") {
        openProject(toWx(paths.front()));
        return;
    }
    if (!m_workbench) {
        reportProblem(_("Nothing to import into yet."),
                      _("Open or create a project first, then drop the transcripts on the window to import them."));
        return;
    }
    importPaths(paths);
}

void MainFrame::offerLocalCopy() {
    if (!m_workbench) return;
    wxString warnings;
    for (const Message& warning : m_workbench->warnings()) {
        if (!warnings.empty()) warnings << "\n\n";
        warnings << translate(warning);
    }
    if (m_unattended) {
        std::cerr << toUtf8(warnings) << '\n';
        return;
    }

    const wxString detail =
        warnings + "\n\n" +
        _("Edau can save a copy of the project on this computer and open that instead. "
          "The original file is left as it is.");
    if (!askQuestionDialog(this, _("Working on this project where it is could lose your work."), detail,
                           _("Work on a &local copy…"), _("&Keep working here"), true)) {
        return;
    }
    const wxString original = toWx(m_workbench->path());
    const wxString destination = askNewProjectPath(_("Where should the local copy go?"),
                                                   wxFileName(original).GetFullName());
    if (destination.empty()) return;
    if (!runGuarded(_("Could not make a local copy."), [&] { m_workbench->saveCopy(toUtf8(destination)); })) return;
    openProject(destination);
}

wxString MainFrame::askNewProjectPath(const wxString& title, const wxString& suggestedName) {
    wxString folder = documentsDirectory();
    wxString name = suggestedName;
    while (true) {
        wxFileDialog dialog(this, title, folder, name, projectFileFilter(false), wxFD_SAVE);
        if (dialog.ShowModal() != wxID_OK) return {};

        wxFileName file(dialog.GetPath());
        if (file.GetExt().Lower() != kProjectExtension) file.SetFullName(file.GetFullName() + "." + kProjectExtension);
        if (!file.Exists()) return file.GetFullPath();

        // Edau never replaces a file: the one there may be someone's project.
        showProblemDialog(this, wxString::Format(_("There is already a file called %s."), file.GetFullName()),
                          _("Edau never overwrites an existing file. Choose another name or folder."));
        folder = file.GetPath();
        name = file.GetFullName();
    }
}

bool MainFrame::runGuarded(const wxString& headline, const std::function<void()>& action) {
    try {
        action();
        return true;
    } catch (const std::exception& failure) {
        reportProblem(headline, describeFailure(failure));
    } catch (...) {
        reportProblem(headline, _("Something went wrong that Edau did not expect."));
    }
    return false;
}

void MainFrame::reportProblem(const wxString& headline, const wxString& detail) {
    if (m_unattended) {
        std::cerr << toUtf8(headline) << ' ' << toUtf8(detail) << '\n';
        return;
    }
    showProblemDialog(this, headline, detail);
}

void MainFrame::onNewProject(wxCommandEvent&) {
    const wxString path = askNewProjectPath(_("Create a new project"), _("New project") + "." + kProjectExtension);
    if (path.empty()) return;
    std::unique_ptr<Workbench> created;
    const bool ok = runGuarded(_("Could not create the project."), [&] {
        created = Workbench::create(toUtf8(path), toUtf8(wxFileName(path).GetName()));
    });
    if (!ok || !setWorkbench(std::move(created))) return;
    if (!m_workbench->warnings().empty()) offerLocalCopy();
}

void MainFrame::onOpenProject(wxCommandEvent&) {
    wxString folder = documentsDirectory();
    if (m_workbench) folder = wxFileName(toWx(m_workbench->path())).GetPath();
    wxFileDialog dialog(this, _("Open a project"), folder, wxString(), projectFileFilter(true),
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    openProject(dialog.GetPath());
}

void MainFrame::onOpenSampleProject(wxCommandEvent&) {
    wxDirDialog dialog(this, _("Choose a folder for the sample project"), documentsDirectory(),
                       wxDD_DEFAULT_STYLE);
    if (dialog.ShowModal() != wxID_OK) return;
    std::string built;
    if (!runGuarded(_("Could not make the sample project."),
                    [&] { built = buildSampleProject(toUtf8(dialog.GetPath())); })) {
        return;
    }
    openProject(toWx(built));
}

void MainFrame::onSaveCopy(wxCommandEvent&) {
    if (!m_workbench) return;
    const wxFileName original(toWx(m_workbench->path()));
    const wxString suggested = wxString::Format(_("%s (copy)"), original.GetName()) + "." + kProjectExtension;
    const wxString destination = askNewProjectPath(_("Save a copy of the project"), suggested);
    if (destination.empty()) return;
    if (!runGuarded(_("Could not save a copy of the project."),
                    [&] { m_workbench->saveCopy(toUtf8(destination)); })) {
        return;
    }
    showInformationDialog(this, wxString::Format(_("A copy was saved as %s."), destination),
                          _("You are still working on the original project. Open the copy to work on it instead."));
}

void MainFrame::onCloseProject(wxCommandEvent&) {
    setWorkbench(nullptr);
}

void MainFrame::onQuit(wxCommandEvent&) {
    Close();
}

void MainFrame::onLanguage(wxCommandEvent& event) {
    const auto& languages = supportedUiLanguages();
    const auto index = static_cast<std::size_t>(event.GetId() - kFirstLanguageId);
    if (index >= languages.size()) return;
    const std::string& code = languages[index].code;
    // If the settings cannot be written the choice still holds until Edau closes.
    saveUiLanguage(code);
    if (code == m_uiLanguage) return;
    runGuarded(_("Could not change the language."), [&] { m_uiLanguage = installTranslations(code); });
    // The menu bar is rebuilt after this menu event is over, never from inside it.
    CallAfter([this] {
        createMenuBar();
        updateTexts();
    });
}

void MainFrame::onUserGuide(wxCommandEvent&) {
    // The guide opens in the web browser: it reads the page's style sheet, lets people zoom,
    // search and print, and screen readers know it well (wxHtmlWindow does none of that).
    const wxString page = toWx(userGuidePath(m_uiLanguage));
    if (!wxFileName::FileExists(page)) {
        reportProblem(_("Could not open the user guide."),
                      wxString::Format(_("It should be here: %s. Installing Edau again brings it back."), page));
        return;
    }
    bool opened = false;
    {
        wxLogNull quiet;  // wx's own complaint is in English; ours follows
        opened = wxLaunchDefaultBrowser(wxFileName::FileNameToURL(wxFileName(page)));
    }
    if (!opened) {
        reportProblem(_("Could not open the user guide."),
                      wxString::Format(_("No web browser opened it. You can open %s in a web browser yourself."), page));
    }
}

void MainFrame::onAbout(wxCommandEvent&) {
    wxAboutDialogInfo info;
    info.SetName(wxTheApp->GetAppDisplayName());
    info.SetVersion(toWx(versionString()));
    info.SetDescription(_("A workbench for qualitative research, in Welsh and in English."));
    info.SetLicence(
        _("Edau is free software: you can redistribute it and/or modify it under the terms of the "
          "GNU General Public License as published by the Free Software Foundation, either version 3 "
          "of the License, or (at your option) any later version.\n\n"
          "Edau is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without "
          "even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the "
          "GNU General Public License for more details.\n\n"
          "You should have received a copy of the GNU General Public License along with Edau. "
          "If not, see <https://www.gnu.org/licenses/>."));

    // The generic dialog rather than GTK's own: GTK labels its About box from its own
    // catalogue, which may lack a language Edau has; this one takes every word from ours.
    // It deletes itself when closed.
    auto* dialog = new wxGenericAboutDialog;
    if (!dialog->Create(info, this)) {
        dialog->Destroy();
        return;
    }
    // Its button carries the stock OK id; a label of our own keeps GTK's stock wording off it.
    if (auto* button = dynamic_cast<wxButton*>(dialog->FindWindow(wxID_OK))) button->SetLabel(_("&Close"));
    dialog->Show();
}

void MainFrame::onUpdateNeedsProject(wxUpdateUIEvent& event) {
    event.Enable(m_workbench != nullptr);
}

}  // namespace edau::gui
