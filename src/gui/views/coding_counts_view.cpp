// SPDX-License-Identifier: GPL-3.0-or-later
/// The coding-counts view: a matrix coding query shaded as a heat map.
#include "views/coding_counts_view.h"

#include <algorithm>
#include <utility>

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>
#include <wx/wrapsizer.h>

#include "edau/app/query_service.h"
#include "edau/app/workbench.h"
#include "widgets/heat_map_grid.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

CodingCountsView::CodingCountsView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    m_rowsLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_rows = new wxChoice(this, wxID_ANY);
    m_measureLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_measure = new wxChoice(this, wxID_ANY);
    m_themeLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_theme = new wxChoice(this, wxID_ANY);
    m_status = new wxStaticText(this, wxID_ANY, wxString());
    m_grid = new HeatMapGrid(this);

    const int gap = FromDIP(6);
    // Each label stays with its choice when the row wraps in a narrow window.
    auto* choices = new wxWrapSizer(wxHORIZONTAL);
    for (auto [label, choice] : {std::pair<wxWindow*, wxWindow*>{m_rowsLabel, m_rows}, {m_measureLabel, m_measure},
                                 {m_themeLabel, m_theme}}) {
        auto* pair = new wxBoxSizer(wxHORIZONTAL);
        pair->Add(label, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
        pair->Add(choice, wxSizerFlags().CentreVertical());
        choices->Add(pair, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap));
    }
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(choices, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_status, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_grid, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    // The note above the table wraps to the view's width, whatever it becomes.
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        if (event.GetSize().GetWidth() != m_wrappedWidth) CallAfter([this] { wrapStatus(); });
    });

    for (wxChoice* choice : {m_rows, m_measure, m_theme}) choice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { count(); });
    updateTexts();
}

void CodingCountsView::updateTexts() {
    m_rowsLabel->SetLabel(_("Rows:"));
    m_measureLabel->SetLabel(_("Count:"));
    m_themeLabel->SetLabel(_("Codes:"));
    const int measure = m_measure->GetSelection();
    m_measure->Clear();
    m_measure->Append(_("Coded passages"));
    m_measure->Append(_("Sources"));
    m_measure->Append(_("Words"));
    m_measure->Append(_("Characters"));
    m_measure->SetSelection(measure == wxNOT_FOUND ? 0 : measure);
    fillChoices();
    m_grid->updateTexts();
    count();
}

void CodingCountsView::setWorkbench(Workbench* bench) {
    m_bench = bench;
    m_rows->SetSelection(wxNOT_FOUND);
    m_theme->SetSelection(wxNOT_FOUND);
    fillChoices();
    count();
}

void CodingCountsView::reload() {
    fillChoices();
    count();
}

void CodingCountsView::fillChoices() {
    const std::string rows = chosenRows();
    const std::string theme = chosenTheme();
    m_rowChoices = {"cases", "coders"};
    m_themeChoices = {""};
    if (m_bench != nullptr) {
        try {
            m_rowChoices = countRowChoices(*m_bench);
            for (const std::string& t : countThemeChoices(*m_bench)) m_themeChoices.push_back(t);
        } catch (const std::exception& e) {
            m_status->SetLabel(describeFailure(e));
        }
    }
    m_rows->Clear();
    for (const std::string& r : m_rowChoices) {
        if (r == "cases") m_rows->Append(_("Cases"));
        else if (r == "coders") m_rows->Append(_("Coders"));
        else m_rows->Append(wxString::Format(_("Attribute: %s"), toWx(r)));
    }
    const auto row = std::find(m_rowChoices.begin(), m_rowChoices.end(), rows);
    m_rows->SetSelection(row == m_rowChoices.end() ? 0 : static_cast<int>(row - m_rowChoices.begin()));
    m_theme->Clear();
    for (const std::string& t : m_themeChoices) m_theme->Append(t.empty() ? _("All codes") : toWx(t));
    const auto chosen = std::find(m_themeChoices.begin(), m_themeChoices.end(), theme);
    m_theme->SetSelection(chosen == m_themeChoices.end() ? 0 : static_cast<int>(chosen - m_themeChoices.begin()));
    Layout();
}

std::string CodingCountsView::chosenRows() const {
    const int i = m_rows->GetSelection();
    return i == wxNOT_FOUND || static_cast<std::size_t>(i) >= m_rowChoices.size() ? "cases" : m_rowChoices[static_cast<std::size_t>(i)];
}

std::string CodingCountsView::chosenTheme() const {
    const int i = m_theme->GetSelection();
    return i == wxNOT_FOUND || static_cast<std::size_t>(i) >= m_themeChoices.size() ? "" : m_themeChoices[static_cast<std::size_t>(i)];
}

CountMeasure CodingCountsView::chosenMeasure() const {
    switch (m_measure->GetSelection()) {
        case 1: return CountMeasure::Documents;
        case 2: return CountMeasure::Words;
        case 3: return CountMeasure::Characters;
        default: return CountMeasure::Codings;
    }
}

void CodingCountsView::choose(const std::string& rows, CountMeasure measure, const std::string& theme) {
    const auto row = std::find(m_rowChoices.begin(), m_rowChoices.end(), rows);
    if (row != m_rowChoices.end()) m_rows->SetSelection(static_cast<int>(row - m_rowChoices.begin()));
    m_measure->SetSelection(static_cast<int>(measure));
    const auto chosen = std::find(m_themeChoices.begin(), m_themeChoices.end(), theme);
    if (chosen != m_themeChoices.end()) m_theme->SetSelection(static_cast<int>(chosen - m_themeChoices.begin()));
    count();
}

void CodingCountsView::count() {
    const std::string rows = chosenRows();
    HeatTable table;
    wxString status;
    if (m_bench == nullptr) {
        status = _("Open a project to count its coding.");
    } else {
        try {
            wxBusyCursor busy;
            table = codingCountsTable(countCodings(*m_bench, CodingCountQuery{rows, chosenTheme()}), chosenMeasure());
        } catch (const std::exception& e) {
            status = describeFailure(e);
        }
    }
    if (status.empty()) {
        switch (chosenMeasure()) {
            case CountMeasure::Codings: status = _("Each cell counts the passages coded with the code."); break;
            case CountMeasure::Documents: status = _("Each cell counts the sources with at least one passage coded with the code."); break;
            case CountMeasure::Words: status = _("Each cell counts the words coded with the code; text coded twice with one code counts once."); break;
            case CountMeasure::Characters: status = _("Each cell counts the characters coded with the code; text coded twice with one code counts once."); break;
        }
        status << " " << _("A theme's column counts only what was coded with the theme itself, not its sub-themes.");
    }
    m_statusText = status;
    wrapStatus();
    const wxString corner = rows == "cases" ? _("Case") : rows == "coders" ? _("Coder") : toWx(rows);
    const bool byCase = rows == "cases";
    m_grid->showTable(table, [byCase](const std::string& label) {
        if (!label.empty()) return toWx(label);
        return byCase ? _("(no case)") : _("(no value)");
    }, corner);
    Layout();
}

void CodingCountsView::wrapStatus() {
    m_wrappedWidth = GetSize().GetWidth();
    m_status->SetLabel(m_statusText);
    m_status->Wrap(std::max(FromDIP(200), GetClientSize().GetWidth() - FromDIP(12)));
    Layout();
}

}  // namespace edau::gui
