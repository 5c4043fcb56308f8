// SPDX-License-Identifier: GPL-3.0-or-later
/// The main window: menus, project tree, centre area and status bar around one open project.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include <wx/frame.h>

#include "edau/app/workbench.h"

class wxSimplebook;
class wxSplitterWindow;

namespace edau::gui {

class ProjectOverviewPanel;
class ProjectTreePanel;
class WelcomePanel;

/// The main window. Owns the open project (an edau::Workbench) and every menu command on it.
class MainFrame : public wxFrame {
public:
    /// `unattended`: nobody will answer dialogs (smoke test, screenshot), so problems are
    /// written to standard error instead. `uiLanguage`: the language now in effect.
    MainFrame(bool unattended, std::string uiLanguage);
    ~MainFrame() override;

    /// Opens the project at `path` in place of the current one, asking what to do when it
    /// is locked or lives in a risky place. Returns false, having told the user why, when
    /// it could not be opened.
    bool openProject(const wxString& path);

private:
    void createMenuBar();
    /// Re-creates every text in the window in the current interface language.
    void updateTexts();

    void onNewProject(wxCommandEvent& event);
    void onOpenProject(wxCommandEvent& event);
    void onOpenSampleProject(wxCommandEvent& event);
    void onSaveCopy(wxCommandEvent& event);
    void onCloseProject(wxCommandEvent& event);
    void onQuit(wxCommandEvent& event);
    void onLanguage(wxCommandEvent& event);
    void onAbout(wxCommandEvent& event);
    void onUpdateNeedsProject(wxUpdateUIEvent& event);

    /// Runs a user action; any failure is reported under `headline`, never passed to wx.
    /// Returns true when the action finished.
    bool runGuarded(const wxString& headline, const std::function<void()>& action);
    /// Tells the user (or, unattended, standard error) that something failed and why.
    void reportProblem(const wxString& headline, const wxString& detail);
    /// Asks for a path to save a new .edau file at; empty when the user cancels.
    wxString askNewProjectPath(const wxString& title, const wxString& suggestedName);
    /// After opening: explains the workbench's warnings and offers to work on a local copy.
    void offerLocalCopy();
    /// Shows `workbench` (or, when null, the welcome page) in place of the open project.
    /// Returns false, having said why, when the project could not be read.
    bool setWorkbench(std::unique_ptr<Workbench> workbench);

    bool m_unattended;
    std::string m_uiLanguage;
    std::unique_ptr<Workbench> m_workbench;
    std::optional<ProjectSummary> m_summary;  ///< read when the project opened

    wxSplitterWindow* m_splitter = nullptr;
    ProjectTreePanel* m_treePanel = nullptr;
    wxSimplebook* m_centre = nullptr;
    WelcomePanel* m_welcomePanel = nullptr;
    ProjectOverviewPanel* m_overviewPanel = nullptr;
};

}  // namespace edau::gui
