// SPDX-License-Identifier: GPL-3.0-or-later
/// The cases sheet: every case with its attribute values, editable, sortable by any column.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include <wx/panel.h>

#include "presenters/cases_presenter.h"

class wxButton;
class wxCheckBox;
class wxChoice;
class wxGrid;
class wxGridEvent;
class wxStaticText;

namespace edau {
class Workbench;
}

namespace edau::gui {

class CasesTable;

/// A grid of cases × attributes over the project the frame lends it (UI thread only). Each
/// edit is written to the project at once; `projectChanged` tells the frame.
class CasesSheet : public wxPanel {
public:
    CasesSheet(wxWindow* parent, std::function<void()> projectChanged);
    ~CasesSheet() override;

    /// The project to show, or nullptr when none is open.
    void setWorkbench(Workbench* bench);
    /// Reads the cases again (the project changed), keeping the sort order chosen.
    void reload();
    /// Re-creates every text in the current interface language.
    void updateTexts();

    /// Sorts by a column as a click on its heading does.
    void sortBy(std::size_t column, bool ascending);
    /// Writes a value as typing it in the cell does; false (having said why) when refused.
    bool setCell(std::size_t row, std::size_t column, const std::string& value);
    /// Asks for a CSV or XLSX sheet and imports its attributes (edau-cli cases import).
    void importAttributes();
    /// Imports the attributes in the sheet at `path`; false (having said why) when it failed.
    bool importAttributesFrom(const wxString& path);
    const CasesSheetModel& model() const { return m_model; }

private:
    friend class CasesTable;
    void refreshGrid();
    void fillSortChoice();
    wxString columnTitle(std::size_t column) const;
    void announceChange();

    void onColumnSort(wxGridEvent& event);
    void onSortChoice(wxCommandEvent& event);

    std::function<void()> m_projectChanged;
    Workbench* m_bench = nullptr;
    CasesSheetModel m_model;
    CasesTable* m_table = nullptr;  ///< owned by the grid
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

    wxStaticText* m_summary = nullptr;
    wxStaticText* m_sortLabel = nullptr;
    wxChoice* m_sortColumn = nullptr;
    wxCheckBox* m_descending = nullptr;
    wxButton* m_import = nullptr;
    wxGrid* m_grid = nullptr;
};

}  // namespace edau::gui
