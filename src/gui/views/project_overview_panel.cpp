// SPDX-License-Identifier: GPL-3.0-or-later
/// What the centre of the main window shows for an open project: what it is and what it holds.
#include "views/project_overview_panel.h"

#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "views/project_counts_text.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {

ProjectOverviewPanel::ProjectOverviewPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));

    m_name = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_name->SetFont(m_name->GetFont().Scaled(1.6f).Bold());
    m_file = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_MIDDLE);
    m_file->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_readOnly = new wxStaticText(this, wxID_ANY, wxString());
    m_readOnly->SetFont(m_readOnly->GetFont().Bold());
    m_contents = new wxStaticText(this, wxID_ANY, wxString());
    m_coder = new wxStaticText(this, wxID_ANY, wxString());

    const int gap = FromDIP(10);
    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_name, wxSizerFlags().Expand().Border(wxBOTTOM, gap / 2));
    column->Add(m_file, wxSizerFlags().Expand().Border(wxBOTTOM, 2 * gap));
    column->Add(m_readOnly, wxSizerFlags().Border(wxBOTTOM, 2 * gap));
    column->Add(m_contents, wxSizerFlags().Border(wxBOTTOM, gap));
    column->Add(m_coder);

    auto* page = new wxBoxSizer(wxVERTICAL);
    page->Add(column, wxSizerFlags(1).Expand().Border(wxALL, FromDIP(32)));
    SetSizer(page);
}

void ProjectOverviewPanel::showSummary(const ProjectSummary& summary) {
    m_summary = summary;
    updateTexts();
}

void ProjectOverviewPanel::updateTexts() {
    if (!m_summary) return;
    const ProjectSummary& summary = *m_summary;

    m_name->SetLabel(toWx(summary.name));
    m_file->SetLabel(wxString::Format(_("File: %s"), toWx(summary.path)));
    m_readOnly->SetLabel(_("Opened read-only: you can look around, but nothing can be changed."));
    m_readOnly->Show(summary.readOnly);

    wxString contents = _("This project holds:");
    for (const wxString& line : projectCountLines(summary.counts)) contents << L"\n    \u2022 " << line;
    m_contents->SetLabel(contents);

    m_coder->SetLabel(summary.currentCoder ? wxString::Format(_("Coding as: %s"), toWx(summary.currentCoder->name))
                                           : wxString(_("No coder has been chosen yet.")));
    Layout();
}

}  // namespace edau::gui
