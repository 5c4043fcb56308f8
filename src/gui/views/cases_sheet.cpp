// SPDX-License-Identifier: GPL-3.0-or-later
/// The cases sheet: every case with its attribute values, editable, sortable by any column.
#include "views/cases_sheet.h"

#include <algorithm>
#include <utility>

#include <wx/app.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/filedlg.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "edau/app/import_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "views/message_dialogs.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

/// The grid's view of the sheet's model: reads values from it; an edit goes to the sheet,
/// which writes it to the project first.
class CasesTable : public wxGridTableBase {
public:
    explicit CasesTable(CasesSheet& sheet) : m_sheet(sheet) {}

    int GetNumberRows() override { return static_cast<int>(m_sheet.m_model.rows().size()); }
    int GetNumberCols() override { return static_cast<int>(m_sheet.m_model.columns().size()); }

    wxString GetValue(int row, int col) override {
        const auto& rows = m_sheet.m_model.rows();
        if (row < 0 || col < 0 || static_cast<std::size_t>(row) >= rows.size()) return {};
        const auto& values = rows[static_cast<std::size_t>(row)].values;
        return static_cast<std::size_t>(col) < values.size() ? toWx(values[static_cast<std::size_t>(col)]) : wxString();
    }

    void SetValue(int row, int col, const wxString& value) override {
        if (row < 0 || col < 0) return;
        m_sheet.setCell(static_cast<std::size_t>(row), static_cast<std::size_t>(col), toUtf8(value));
    }

    wxString GetColLabelValue(int col) override { return m_sheet.columnTitle(static_cast<std::size_t>(col)); }
    wxString GetRowLabelValue(int row) override { return wxString::Format("%d", row + 1); }

private:
    CasesSheet& m_sheet;
};

CasesSheet::CasesSheet(wxWindow* parent, std::function<void()> projectChanged)
    : wxPanel(parent, wxID_ANY), m_projectChanged(std::move(projectChanged)) {
    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_sortLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_sortColumn = new wxChoice(this, wxID_ANY);
    m_descending = new wxCheckBox(this, wxID_ANY, wxString());
    m_import = new wxButton(this, wxID_ANY, wxString());
    m_grid = new wxGrid(this, wxID_ANY);
    m_grid->UseNativeColHeader();
    m_grid->SetRowLabelSize(FromDIP(44));
    m_grid->EnableDragRowSize(false);
    m_grid->SetTabBehaviour(wxGrid::Tab_Wrap);

    const int gap = FromDIP(6);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_sortLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    top->Add(m_sortColumn, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    top->Add(m_descending, wxSizerFlags().CentreVertical().Border(wxRIGHT, 2 * gap));
    top->AddStretchSpacer();
    top->Add(m_import, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(top, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_grid, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    m_grid->Bind(wxEVT_GRID_COL_SORT, &CasesSheet::onColumnSort, this);
    m_sortColumn->Bind(wxEVT_CHOICE, &CasesSheet::onSortChoice, this);
    m_descending->Bind(wxEVT_CHECKBOX, &CasesSheet::onSortChoice, this);
    m_import->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { importAttributes(); });

    updateTexts();
    refreshGrid();
}

CasesSheet::~CasesSheet() {
    m_alive.reset();
    // The grid's table reads m_model, which goes before wx would destroy the grid.
    DestroyChildren();
}

wxString CasesSheet::columnTitle(std::size_t column) const {
    const auto& columns = m_model.columns();
    if (column >= columns.size()) return {};
    if (column == 0) return _("Case");
    return toWx(columns[column].name);
}

void CasesSheet::updateTexts() {
    m_sortLabel->SetLabel(_("Sort by:"));
    m_sortColumn->SetName(_("Sort by"));
    m_descending->SetLabel(_("&Descending"));
    m_import->SetLabel(_("&Import attributes…"));
    m_import->SetToolTip(_("Read case attributes from a CSV or Excel sheet: the first column names the case, "
                           "the header row names the attributes"));
    m_grid->SetName(_("Cases and their attributes"));
    const std::size_t cases = m_model.rows().size();
    const std::size_t attributes = m_model.columns().empty() ? 0 : m_model.columns().size() - 1;
    m_summary->SetLabel(m_bench == nullptr ? wxString(_("Open a project to see its cases."))
                                           : wxString::Format(_("Cases: %zu · Attributes: %zu"), cases, attributes));
    fillSortChoice();
    if (m_grid->GetNumberCols() > 0) m_grid->ForceRefresh();
    Layout();
}

void CasesSheet::fillSortChoice() {
    m_sortColumn->Clear();
    for (std::size_t i = 0; i < m_model.columns().size(); ++i) m_sortColumn->Append(columnTitle(i));
    if (m_model.sortColumn()) m_sortColumn->SetSelection(static_cast<int>(*m_model.sortColumn()));
    else if (!m_model.columns().empty()) m_sortColumn->SetSelection(0);
    m_descending->SetValue(m_model.sortColumn() && !m_model.sortAscending());
    m_sortColumn->Enable(!m_model.columns().empty());
    m_descending->Enable(!m_model.columns().empty());
}

void CasesSheet::setWorkbench(Workbench* bench) {
    m_bench = bench;
    m_model = CasesSheetModel();
    reload();
}

void CasesSheet::reload() {
    const auto sortColumn = m_model.sortColumn();
    const bool ascending = m_model.sortAscending();
    const std::string sortName = sortColumn && *sortColumn < m_model.columns().size()
                                     ? m_model.columns()[*sortColumn].name
                                     : std::string();
    m_model = CasesSheetModel();
    if (m_bench) {
        try {
            m_model = CasesSheetModel::read(*m_bench);
        } catch (const std::exception& e) {
            m_summary->SetLabel(describeFailure(e));
        }
    }
    // Keep the order the user chose, by column name: columns may have been added.
    if (sortColumn) {
        for (std::size_t i = 0; i < m_model.columns().size(); ++i)
            if ((i == 0 && *sortColumn == 0) || (i > 0 && m_model.columns()[i].name == sortName)) m_model.sortBy(i, ascending);
    }
    m_import->Enable(m_bench != nullptr && !m_bench->readOnly());
    refreshGrid();
    updateTexts();
}

void CasesSheet::refreshGrid() {
    m_grid->BeginBatch();
    m_table = new CasesTable(*this);
    m_grid->SetTable(m_table, true, wxGrid::wxGridSelectCells);
    const bool editable = m_bench != nullptr && !m_bench->readOnly();
    m_grid->EnableEditing(editable);
    // The case's name is its identity here: it is renamed elsewhere, not typed over.
    for (int col = 0; col < m_grid->GetNumberCols(); ++col) {
        auto* attr = new wxGridCellAttr;
        if (col == 0) {
            attr->SetReadOnly(true);
            attr->SetFont(m_grid->GetDefaultCellFont().Bold());
        } else if (m_model.columns()[static_cast<std::size_t>(col)].type == AttributeType::Number) {
            attr->SetAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
        }
        m_grid->SetColAttr(col, attr);
    }
    if (m_model.sortColumn()) {
        m_grid->SetSortingColumn(static_cast<int>(*m_model.sortColumn()), m_model.sortAscending());
    } else {
        m_grid->UnsetSortingColumn();
    }
    // Wide enough for the values and the heading (with room for the sort arrow), within reason.
    wxClientDC dc(m_grid);
    dc.SetFont(m_grid->GetLabelFont());
    m_grid->AutoSizeColumns(false);
    for (int col = 0; col < m_grid->GetNumberCols(); ++col) {
        const int heading = dc.GetTextExtent(columnTitle(static_cast<std::size_t>(col))).GetWidth() + FromDIP(36);
        m_grid->SetColSize(col, std::clamp(std::max(m_grid->GetColSize(col) + FromDIP(16), heading), FromDIP(90),
                                           FromDIP(320)));
    }
    m_grid->EndBatch();
    m_grid->ForceRefresh();
}

void CasesSheet::sortBy(std::size_t column, bool ascending) {
    if (column >= m_model.columns().size()) return;
    m_model.sortBy(column, ascending);
    refreshGrid();
    fillSortChoice();
}

void CasesSheet::onColumnSort(wxGridEvent& event) {
    const int col = event.GetCol();
    if (col < 0) return;
    // A second click on the same heading turns the order round.
    const bool ascending = m_grid->IsSortingBy(col) ? !m_grid->IsSortOrderAscending() : true;
    sortBy(static_cast<std::size_t>(col), ascending);
}

void CasesSheet::onSortChoice(wxCommandEvent&) {
    const int col = m_sortColumn->GetSelection();
    if (col == wxNOT_FOUND) return;
    sortBy(static_cast<std::size_t>(col), !m_descending->GetValue());
}

bool CasesSheet::setCell(std::size_t row, std::size_t column, const std::string& value) {
    if (!m_bench || m_bench->readOnly() || row >= m_model.rows().size() || column == 0 ||
        column >= m_model.columns().size())
        return false;
    const CasesSheetRow& target = m_model.rows()[row];
    if (target.values[column] == value) return true;
    if (auto problem = m_model.checkValue(column, value)) {
        showProblemDialog(this, _("This value does not fit the attribute."), translate(*problem));
        return false;
    }
    try {
        m_bench->store().setAttributeValue(target.caseId, *m_model.columns()[column].attributeId, value);
    } catch (const std::exception& e) {
        showProblemDialog(this, _("Could not change the value."), describeFailure(e));
        return false;
    }
    m_model.setValue(row, column, value);
    announceChange();
    return true;
}

void CasesSheet::announceChange() {
    // Never from inside the grid's own edit: the frame may ask this sheet to reload.
    std::weak_ptr<bool> alive = m_alive;
    CallAfter([this, alive] {
        if (alive.lock() && m_projectChanged) m_projectChanged();
    });
}

void CasesSheet::importAttributes() {
    if (!m_bench || m_bench->readOnly()) return;
    const wxString filter = wxString::Format("%s (*.csv;*.tsv;*.xlsx)|*.csv;*.CSV;*.tsv;*.TSV;*.xlsx;*.XLSX|%s (*)|*",
                                             _("Case sheets"), _("All files"));
    wxFileDialog dialog(this, _("Choose a sheet of case attributes"), wxString(), wxString(), filter,
                        wxFD_OPEN | wxFD_FILE_MUST_EXIST);
    if (dialog.ShowModal() != wxID_OK) return;
    importAttributesFrom(dialog.GetPath());
}

bool CasesSheet::importAttributesFrom(const wxString& path) {
    if (!m_bench) return false;
    CaseSheetReport report;
    try {
        wxBusyCursor busy;
        report = importCaseSheet(*m_bench, toUtf8(path));
    } catch (const std::exception& e) {
        showProblemDialog(this, _("Could not import the case attributes."), describeFailure(e));
        return false;
    }
    reload();
    announceChange();
    showInformationDialog(
        this, _("The case attributes were imported."),
        wxString::Format(_("New cases: %lld · Cases updated: %lld · New attributes: %zu · Values set: %lld · "
                           "Sources linked to their case: %lld"),
                         static_cast<long long>(report.casesCreated), static_cast<long long>(report.casesUpdated),
                         report.attributesCreated.size(), static_cast<long long>(report.valuesSet),
                         static_cast<long long>(report.documentsLinked)));
    return true;
}

}  // namespace edau::gui
