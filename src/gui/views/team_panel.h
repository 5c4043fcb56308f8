// SPDX-License-Identifier: GPL-3.0-or-later
/// "Team log" in the bottom pane: the shared folder, who changed what (newest first), and the
/// conflicts waiting to be settled, with both versions of a cell's summary.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "presenters/team_presenter.h"

class wxButton;
class wxListCtrl;
class wxListEvent;
class wxSplitterWindow;
class wxStaticText;
class wxTextCtrl;

namespace edau::gui {

class TeamLogList;

/// Shows a TeamLog and the open conflicts; its buttons ask the main window to act.
class TeamPanel : public wxPanel {
public:
    explicit TeamPanel(wxWindow* parent);

    /// The folder the project syncs through; empty when none is chosen.
    void showFolder(const std::string& folder);
    /// The log's rows, newest first (copied).
    void showLog(const TeamLog& log);
    /// The conflicts waiting to be settled; keeps the selected one selected if it still is.
    void showConflicts(std::vector<TeamConflictRow> rows);
    /// Whether the buttons that write (Settle, Sync now) may be used.
    void setWritable(bool writable);
    void updateTexts();

    // --- for tests and scripted runs
    std::size_t logRowCount() const;
    /// A log row's text in the interface language, UTF-8.
    std::string logText(std::size_t row) const;
    const std::vector<TeamConflictRow>& conflicts() const { return m_conflicts; }
    std::optional<std::size_t> selectedConflict() const;
    bool selectConflict(std::size_t index);
    /// What the detail box shows for the selected conflict, UTF-8.
    std::string conflictDetail() const;

    std::function<void()> onSyncNow;
    std::function<void()> onChooseFolder;
    std::function<void(const TeamConflictRow&)> onSettle;
    std::function<void(const TeamConflictRow&)> onShow;

private:
    /// Fills the list from m_conflicts, selecting the conflict `selectedId` if it is there.
    void fillConflictList(const std::string& selectedId);
    void showConflictDetail();
    void updateButtons();

    std::string m_folder;
    bool m_writable = true;
    std::vector<TeamConflictRow> m_conflicts;

    wxStaticText* m_folderLabel = nullptr;
    wxButton* m_syncButton = nullptr;
    wxButton* m_folderButton = nullptr;
    wxSplitterWindow* m_splitter = nullptr;
    TeamLogList* m_log = nullptr;
    wxStaticText* m_conflictsHeading = nullptr;
    wxButton* m_showButton = nullptr;
    wxButton* m_settleButton = nullptr;
    wxListCtrl* m_conflictList = nullptr;
    wxTextCtrl* m_detail = nullptr;
};

}  // namespace edau::gui
