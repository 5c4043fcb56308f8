// SPDX-License-Identifier: GPL-3.0-or-later
/// The intercoder agreement view: two coders' figures per code with what each means, and the
/// places they differ, with both coders' passages side by side.
#pragma once

#include <cstdint>
#include <functional>

#include <wx/panel.h>
#include <wx/weakref.h>

#include "presenters/agreement_presenter.h"

class wxCheckBox;
class wxChoice;
class wxCollapsiblePane;
class wxGrid;
class wxGridEvent;
class wxStaticText;
class wxTextCtrl;

namespace edau {
class Workbench;
}

namespace edau::gui {

class AgreementDifferencesPanel;

/// Compares two coders over the project the frame lends it (UI thread only; read only).
/// The table has a row per code; the chosen row's figures are explained below it, and the
/// places the coders differ on that code are listed in an AgreementDifferencesPanel, with the
/// one chosen there shown as both coders marked it.
class AgreementView : public wxPanel {
public:
    /// Opens a document at a passage (code points, end exclusive).
    using ShowPassage = std::function<void(RowId documentId, std::int64_t start, std::int64_t end)>;

    /// `differencesParent`: where the differences panel goes (the main window's bottom pane,
    /// which adds it as a page); null: inside this view, below the explanation.
    AgreementView(wxWindow* parent, ShowPassage showPassage, wxWindow* differencesParent = nullptr);
    /// Takes its differences panel out of the bottom pane with it.
    ~AgreementView() override;

    /// The project to compare in, or nullptr: picks the two coders who coded most.
    void setWorkbench(Workbench* bench);
    /// The project changed: computes again with the same choices (where they still exist).
    /// While the view is hidden this waits until it is shown again.
    void reload();
    /// Re-creates every text in the current interface language.
    void updateTexts();
    /// The places the coders differ, as a page of its own when given a parent.
    AgreementDifferencesPanel* differencesPanel() const;

    // --- for tests and --show
    /// Compares as `settings` say, as choosing them in the controls would.
    void setSettings(const AgreementSettings& settings);
    const AgreementModel& model() const { return m_model; }
    /// Rows of the table: one per code, and the pooled row last.
    int tableRows() const;
    wxString tableCell(int row, int column) const;
    wxString columnHeading(int column) const;
    /// Chooses a row of the table as a click would: its explanation and its differences show.
    void selectRow(int row);
    /// The explanation of the row chosen.
    wxString explanation() const;
    /// What the view says instead of figures when there is nothing to compare; empty otherwise.
    wxString notice() const { return m_notice; }

private:
    void readCoders();
    void compute();
    void fillTable();
    void fillDifferences();
    void showExplanation();
    void showDifference(const DifferenceRow& row);
    AgreementSettings chosenSettings() const;
    wxString unitWords() const;

    void onSettingChanged(wxCommandEvent& event);
    void onCellSelected(wxGridEvent& event);

    ShowPassage m_showPassage;
    Workbench* m_bench = nullptr;
    std::vector<std::string> m_coders;
    AgreementModel m_model;
    int m_selectedRow = -1;
    wxString m_notice;
    bool m_stale = false;  ///< the project changed while the view was hidden

    wxStaticText* m_firstLabel = nullptr;
    wxChoice* m_first = nullptr;
    wxStaticText* m_secondLabel = nullptr;
    wxChoice* m_second = nullptr;
    wxStaticText* m_unitLabel = nullptr;
    wxChoice* m_unit = nullptr;
    wxCheckBox* m_codedOnly = nullptr;
    wxCheckBox* m_sharedOnly = nullptr;
    wxStaticText* m_summary = nullptr;
    wxGrid* m_table = nullptr;
    wxTextCtrl* m_explanation = nullptr;
    wxCollapsiblePane* m_methodsPane = nullptr;
    wxTextCtrl* m_methods = nullptr;
    wxWeakRef<AgreementDifferencesPanel> m_differences;
};

}  // namespace edau::gui
