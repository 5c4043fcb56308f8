// SPDX-License-Identifier: GPL-3.0-or-later
/// The code co-occurrence view: codes by codes, shaded as a heat map.
#include "views/cooccurrence_view.h"

#include <algorithm>

#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/utils.h>

#include "edau/app/workbench.h"
#include "widgets/heat_map_grid.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

CooccurrenceView::CooccurrenceView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    m_measureLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_measure = new wxChoice(this, wxID_ANY);
    m_status = new wxStaticText(this, wxID_ANY, wxString());
    m_grid = new HeatMapGrid(this);

    const int gap = FromDIP(6);
    auto* choices = new wxBoxSizer(wxHORIZONTAL);
    choices->Add(m_measureLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    choices->Add(m_measure, wxSizerFlags().CentreVertical());
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

    m_measure->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { count(); });
    updateTexts();
}

void CooccurrenceView::updateTexts() {
    m_measureLabel->SetLabel(_("Count codings that:"));
    const int measure = m_measure->GetSelection();
    m_measure->Clear();
    m_measure->Append(_("overlap"));
    m_measure->Append(_("start in the same speaker turn"));
    m_measure->SetSelection(measure == wxNOT_FOUND ? 0 : measure);
    m_grid->updateTexts();
    count();
}

void CooccurrenceView::setWorkbench(Workbench* bench) {
    m_bench = bench;
    reload();
}

void CooccurrenceView::reload() {
    m_pairs.clear();
    if (m_bench != nullptr) {
        try {
            wxBusyCursor busy;
            m_pairs = codeCooccurrence(*m_bench);
        } catch (const std::exception& e) {
            m_status->SetLabel(describeFailure(e));
            return;
        }
    }
    count();
}

void CooccurrenceView::chooseSameTurn(bool sameTurn) {
    m_measure->SetSelection(sameTurn ? 1 : 0);
    count();
}

void CooccurrenceView::count() {
    const bool sameTurn = m_measure->GetSelection() == 1;
    const HeatTable table = cooccurrenceTable(m_pairs, sameTurn);
    wxString status;
    if (m_bench == nullptr)
        status = _("Open a project to see which codes occur together.");
    else if (table.rows.empty())
        status = _("No two codes occur together yet.");
    else
        status = sameTurn ? _("Each cell counts pairs of codings, one with each code, that start in the same speaker "
                              "turn, whoever coded them.")
                          : _("Each cell counts pairs of codings, one with each code, whose passages overlap, "
                              "whoever coded them.");
    m_statusText = status;
    wrapStatus();
    m_grid->showTable(table, [](const std::string& label) { return toWx(label); }, _("Code"));
    Layout();
}

void CooccurrenceView::wrapStatus() {
    m_wrappedWidth = GetSize().GetWidth();
    m_status->SetLabel(m_statusText);
    m_status->Wrap(std::max(FromDIP(200), GetClientSize().GetWidth() - FromDIP(12)));
    Layout();
}

}  // namespace edau::gui
