// SPDX-License-Identifier: GPL-3.0-or-later
/// "Team log" in the bottom pane: the shared folder, who changed what (newest first), and the
/// conflicts waiting to be settled, with both versions of a cell's summary.
#include "views/team_panel.h"

#include <utility>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "widgets/splitter_share.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

namespace {

wxString kindText(TeamLogKind kind) {
    switch (kind) {
    case TeamLogKind::Change: return _("Change");
    case TeamLogKind::Conflict: return _("Conflict");
    case TeamLogKind::Problem: return _("Problem");
    case TeamLogKind::Note: return _("Note");
    }
    return {};
}

}  // namespace

/// The log as a virtual list: the newest row first, its text translated when it is drawn.
class TeamLogList : public wxListCtrl {
public:
    explicit TeamLogList(wxWindow* parent)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxBORDER_NONE) {
        SetName("team-log-list");
        // Problems in a dark red, conflicts in a dark amber: both readable on white.
        m_problem.SetTextColour(wxColour(0xA0, 0x1C, 0x1C));
        m_conflict.SetTextColour(wxColour(0x8A, 0x4B, 0x00));
        // A row too long for the column is read whole in its tooltip. (GTK's list is wx's
        // generic one: the rows are drawn in a child window below the header, which gets the
        // mouse; the header is the child at the top.)
        for (wxWindow* child : GetChildren()) {
            child->Bind(wxEVT_MOTION, [this, child](wxMouseEvent& event) {
                event.Skip();
                if (child->GetPosition().y == 0 && GetChildren().size() > 1) return;  // the header
                int flags = 0;
                const long item = HitTest(event.GetPosition(), flags);
                const wxString tip = item >= 0 && static_cast<std::size_t>(item) < m_rows.size()
                                         ? translate(m_rows[static_cast<std::size_t>(item)].text)
                                         : wxString();
                if (child->GetToolTipText() != tip) child->SetToolTip(tip);
            });
        }
    }

    void setRows(const std::deque<TeamLogRow>& rows) {
        m_rows.assign(rows.begin(), rows.end());
        SetItemCount(static_cast<long>(m_rows.size()));
        Refresh();
    }
    const std::vector<TeamLogRow>& rows() const { return m_rows; }

    void setColumns() {
        ClearAll();
        AppendColumn(_("Time"), wxLIST_FORMAT_LEFT, FromDIP(80));
        AppendColumn(_("Kind"), wxLIST_FORMAT_LEFT, FromDIP(80));
        AppendColumn(_("What happened"), wxLIST_FORMAT_LEFT, FromDIP(640));
        SetItemCount(static_cast<long>(m_rows.size()));
    }

private:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= m_rows.size()) return {};
        const TeamLogRow& row = m_rows[static_cast<std::size_t>(item)];
        switch (column) {
        case 0: return toWx(logTimeText(row.at, TeamClock::now()));
        case 1: return kindText(row.kind);
        case 2: return translate(row.text);
        default: return {};
        }
    }

    wxItemAttr* OnGetItemAttr(long item) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= m_rows.size()) return nullptr;
        switch (m_rows[static_cast<std::size_t>(item)].kind) {
        case TeamLogKind::Problem: return &m_problem;
        case TeamLogKind::Conflict: return &m_conflict;
        default: return nullptr;
        }
    }

    std::vector<TeamLogRow> m_rows;
    mutable wxItemAttr m_problem;
    mutable wxItemAttr m_conflict;
};

TeamPanel::TeamPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("team-panel");
    m_folderLabel = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                     wxST_ELLIPSIZE_MIDDLE);
    m_folderLabel->SetName("team-folder");
    m_syncButton = new wxButton(this, wxID_ANY, wxString());
    m_syncButton->SetName("team-sync-now");
    m_folderButton = new wxButton(this, wxID_ANY, wxString());
    m_folderButton->SetName("team-choose-folder");

    m_splitter = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_splitter->SetMinimumPaneSize(FromDIP(160));
    m_log = new TeamLogList(m_splitter);

    auto* conflicts = new wxPanel(m_splitter, wxID_ANY);
    m_conflictsHeading = new wxStaticText(conflicts, wxID_ANY, wxString());
    m_conflictsHeading->SetName("team-conflicts-heading");
    m_showButton = new wxButton(conflicts, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_showButton->SetName("team-show-conflict");
    m_settleButton = new wxButton(conflicts, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    m_settleButton->SetName("team-settle-conflict");
    m_conflictList = new wxListCtrl(conflicts, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                    wxLC_REPORT | wxLC_NO_HEADER | wxLC_SINGLE_SEL);
    m_conflictList->SetName("team-conflicts");
    m_conflictList->AppendColumn(wxString(), wxLIST_FORMAT_LEFT, FromDIP(900));
    m_detail = new wxTextCtrl(conflicts, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                              wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    m_detail->SetName("team-conflict-detail");
    m_detail->SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE));

    auto* heading = new wxBoxSizer(wxHORIZONTAL);
    heading->Add(m_conflictsHeading, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, FromDIP(6)));
    heading->Add(m_showButton, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(4)));
    heading->Add(m_settleButton, wxSizerFlags().CentreVertical());
    auto* conflictsSizer = new wxBoxSizer(wxVERTICAL);
    conflictsSizer->Add(heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(4)));
    // A few conflicts in the list; the one chosen, in full, below it (it gets what room there is).
    m_conflictList->SetMinSize(FromDIP(wxSize(-1, 72)));
    conflictsSizer->Add(m_conflictList, wxSizerFlags().Expand());
    conflictsSizer->Add(m_detail, wxSizerFlags(1).Expand().Border(wxTOP, FromDIP(4)));
    conflicts->SetSizer(conflictsSizer);

    m_splitter->SplitVertically(m_log, conflicts);
    m_splitter->SetSashGravity(0.6);
    keepSashShare(m_splitter, 0.6);

    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_folderLabel, wxSizerFlags(1).CentreVertical().Border(wxRIGHT, FromDIP(8)));
    top->Add(m_syncButton, wxSizerFlags().CentreVertical().Border(wxRIGHT, FromDIP(4)));
    top->Add(m_folderButton, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    sizer->Add(m_splitter, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    m_syncButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onSyncNow) onSyncNow();
    });
    m_folderButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (onChooseFolder) onChooseFolder();
    });
    m_settleButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const auto index = selectedConflict(); index && onSettle) onSettle(m_conflicts[*index]);
    });
    m_showButton->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (const auto index = selectedConflict(); index && onShow) onShow(m_conflicts[*index]);
    });
    m_conflictList->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent&) {
        showConflictDetail();
        updateButtons();
    });
    m_conflictList->Bind(wxEVT_LIST_ITEM_DESELECTED, [this](wxListEvent&) {
        showConflictDetail();
        updateButtons();
    });
    m_conflictList->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        const long item = event.GetIndex();
        if (item < 0 || static_cast<std::size_t>(item) >= m_conflicts.size()) return;
        const TeamConflictRow& row = m_conflicts[static_cast<std::size_t>(item)];
        if (row.cellSummary && onShow) onShow(row);
    });
    updateTexts();
}

void TeamPanel::showFolder(const std::string& folder) {
    m_folder = folder;
    updateTexts();
}

void TeamPanel::showLog(const TeamLog& log) {
    m_log->setRows(log.rows());
}

void TeamPanel::showConflicts(std::vector<TeamConflictRow> rows) {
    std::string selectedId;
    if (const auto index = selectedConflict()) selectedId = m_conflicts[*index].conflict.id;
    m_conflicts = std::move(rows);
    fillConflictList(selectedId);
    showConflictDetail();
    updateButtons();
}

void TeamPanel::setWritable(bool writable) {
    m_writable = writable;
    updateButtons();
}

void TeamPanel::fillConflictList(const std::string& selectedId) {
    m_conflictList->DeleteAllItems();
    for (std::size_t i = 0; i < m_conflicts.size(); ++i)
        m_conflictList->InsertItem(static_cast<long>(i), translate(m_conflicts[i].text));
    // The one selected before stays selected; with one conflict only, it is the one to read.
    for (std::size_t i = 0; i < m_conflicts.size(); ++i) {
        if (m_conflicts[i].conflict.id == selectedId || m_conflicts.size() == 1) {
            m_conflictList->SetItemState(static_cast<long>(i), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
            break;
        }
    }
    m_conflictsHeading->SetLabel(translate(conflictsHeading(m_conflicts.size())));
    const bool any = !m_conflicts.empty();
    m_conflictList->Show(any);
    m_detail->Show(any);
    m_conflictsHeading->GetParent()->Layout();
}

void TeamPanel::showConflictDetail() {
    const auto index = selectedConflict();
    if (!index) {
        m_detail->ChangeValue(m_conflicts.empty() ? wxString() : _("Choose a conflict to read it in full."));
        return;
    }
    const TeamConflictRow& row = m_conflicts[*index];
    wxString text = translate(row.text);
    if (row.cellSummary) {
        text << "\n\n"
             << wxString::Format(_("%s's version, shown in the cell:"), toWx(row.shownBy)) << "\n"
             << toWx(row.shownSummary) << "\n\n"
             << wxString::Format(_("%s's version, kept beside it:"), toWx(row.otherBy)) << "\n"
             << toWx(row.otherSummary);
    }
    m_detail->ChangeValue(text);
}

void TeamPanel::updateButtons() {
    const auto index = selectedConflict();
    m_settleButton->Enable(index.has_value() && m_writable);
    m_showButton->Enable(index.has_value() && m_conflicts[*index].cellSummary);
    m_showButton->Show(!m_conflicts.empty());
    m_settleButton->Show(!m_conflicts.empty());
    m_syncButton->Enable(m_writable && !m_folder.empty());
    m_conflictsHeading->GetParent()->Layout();
}

void TeamPanel::updateTexts() {
    m_folderLabel->SetLabel(m_folder.empty()
                                ? _("No shared folder: choose one to code together with your team.")
                                : wxString::Format(_("Shared folder: %s"), toWx(m_folder)));
    m_folderLabel->SetToolTip(m_folder.empty() ? wxString() : toWx(m_folder));
    m_syncButton->SetLabel(_("Sync now"));
    m_syncButton->SetToolTip(_("Send your new work to the shared folder and bring in your team's"));
    m_folderButton->SetLabel(_("Shared folder…"));
    m_folderButton->SetToolTip(_("Choose the folder you share with your team"));
    m_showButton->SetLabel(_("Show"));
    m_showButton->SetToolTip(_("Open the framework matrix at this cell"));
    m_settleButton->SetLabel(_("Settle"));
    m_settleButton->SetToolTip(
        _("Mark the conflict settled once you have decided; the other copies learn it at their next sync"));
    m_log->setColumns();
    std::string selectedId;
    if (const auto index = selectedConflict()) selectedId = m_conflicts[*index].conflict.id;
    fillConflictList(selectedId);
    showConflictDetail();
    updateButtons();
    Layout();
}

std::size_t TeamPanel::logRowCount() const {
    return m_log->rows().size();
}

std::string TeamPanel::logText(std::size_t row) const {
    if (row >= m_log->rows().size()) return {};
    return toUtf8(translate(m_log->rows()[row].text));
}

std::optional<std::size_t> TeamPanel::selectedConflict() const {
    const long item = m_conflictList->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0 || static_cast<std::size_t>(item) >= m_conflicts.size()) return std::nullopt;
    return static_cast<std::size_t>(item);
}

bool TeamPanel::selectConflict(std::size_t index) {
    if (index >= m_conflicts.size()) return false;
    m_conflictList->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_conflictList->EnsureVisible(static_cast<long>(index));
    showConflictDetail();
    updateButtons();
    return true;
}

std::string TeamPanel::conflictDetail() const {
    return toUtf8(m_detail->GetValue());
}

}  // namespace edau::gui
