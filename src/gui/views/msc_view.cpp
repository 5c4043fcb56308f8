// SPDX-License-Identifier: GPL-3.0-or-later
/// The Most Significant Change view: stories by domains of change, the panel's choice and reasons.
#include "views/msc_view.h"

#include <algorithm>
#include <utility>

#include <wx/choice.h>
#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "presenters/colours.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

wxColour toColour(Rgb rgb) {
    return wxColour(rgb.red, rgb.green, rgb.blue);
}

/// `text` broken into lines no wider than `width` in `dc`'s font, at spaces.
wxString wrapped(wxDC& dc, const wxString& text, int width) {
    wxString out, line;
    for (const wxString& word : wxSplit(text, ' ', '\0')) {
        const wxString candidate = line.empty() ? word : line + " " + word;
        if (!line.empty() && dc.GetTextExtent(candidate).GetWidth() > width) {
            out << (out.empty() ? "" : "\n") << line;
            line = word;
        } else {
            line = candidate;
        }
    }
    if (!line.empty()) out << (out.empty() ? "" : "\n") << line;
    return out;
}

}  // namespace

MscView::MscView(wxWindow* parent, OpenDocument openDocument)
    : wxPanel(parent, wxID_ANY), m_openDocument(std::move(openDocument)) {
    m_roundLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_roundChoice = new wxChoice(this, wxID_ANY);
    m_heading = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_heading->SetFont(m_heading->GetFont().Bold().Larger());
    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_grid = new wxGrid(this, wxID_ANY);
    m_grid->CreateGrid(0, 0);
    m_grid->EnableEditing(false);
    m_grid->SetRowLabelSize(0);
    m_grid->EnableDragRowSize(false);
    m_grid->SetDefaultRenderer(new wxGridCellAutoWrapStringRenderer);
    m_grid->SetDefaultCellAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    m_hint = new wxStaticText(this, wxID_ANY, wxString());

    const int gap = FromDIP(6);
    auto* top = new wxBoxSizer(wxHORIZONTAL);
    top->Add(m_roundLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    top->Add(m_roundChoice, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(top, wxSizerFlags().Border(wxALL, gap));
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, gap));
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, gap));
    sizer->Add(m_grid, wxSizerFlags(1).Expand());
    sizer->Add(m_hint, wxSizerFlags().Expand().Border(wxALL, gap));
    SetSizer(sizer);

    m_roundChoice->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showRound(m_roundChoice->GetSelection()); });
    m_grid->Bind(wxEVT_GRID_CELL_LEFT_DCLICK, &MscView::onCellActivated, this);
    m_grid->Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        // Only a new width needs new columns (and laying them out must not start it again).
        if (event.GetSize().GetWidth() == m_laidOutWidth) return;
        CallAfter([this] { layoutColumns(); });
    });
    updateTexts();
}

wxString MscView::hintText() const {
    return _("★ marks the story the panel chose as the most significant change. Double-click a story to read it.");
}

void MscView::updateTexts() {
    m_roundLabel->SetLabel(_("Selection round:"));
    m_grid->SetName(_("Stories and the panel's choice"));
    m_hint->SetLabel(hintText());
    fillTable();
    Layout();
}

void MscView::setWorkbench(Workbench* bench) {
    m_bench = bench;
    m_round = -1;
    reload();
}

void MscView::reload() {
    const std::string shown = m_round >= 0 && static_cast<std::size_t>(m_round) < m_rounds.size()
                                  ? m_rounds[static_cast<std::size_t>(m_round)].round.uuid
                                  : std::string();
    m_rounds.clear();
    m_problem.clear();
    if (m_bench != nullptr) {
        try {
            m_rounds = readMscRounds(*m_bench);
        } catch (const std::exception& e) {
            m_problem = describeFailure(e);
        }
    }
    // The round shown before, else the latest.
    m_round = m_rounds.empty() ? -1 : static_cast<int>(m_rounds.size()) - 1;
    for (std::size_t i = 0; i < m_rounds.size(); ++i)
        if (m_rounds[i].round.uuid == shown) m_round = static_cast<int>(i);
    fillRounds();
    fillTable();
}

void MscView::fillRounds() {
    m_roundChoice->Clear();
    for (const auto& r : m_rounds) m_roundChoice->Append(toWx(r.round.name));
    if (m_round >= 0) m_roundChoice->SetSelection(m_round);
    m_roundChoice->Enable(m_rounds.size() > 1);
}

void MscView::showRound(int round) {
    if (round < 0 || static_cast<std::size_t>(round) >= m_rounds.size()) return;
    m_round = round;
    m_roundChoice->SetSelection(round);
    fillTable();
}

void MscView::fillTable() {
    m_grid->BeginBatch();
    if (m_grid->GetNumberRows() > 0) m_grid->DeleteRows(0, m_grid->GetNumberRows());
    if (m_grid->GetNumberCols() > 0) m_grid->DeleteCols(0, m_grid->GetNumberCols());
    if (m_round < 0) {
        m_heading->SetLabel(!m_problem.empty() ? m_problem : _("No selection rounds yet"));
        m_summary->SetLabel(m_bench == nullptr
                                ? _("Open a project to see its Most Significant Change rounds.")
                                : _("When a panel has read the stories and chosen the most significant change, record "
                                    "the round with edau-cli msc round and each story with edau-cli msc select; the "
                                    "round then shows here."));
        m_grid->EndBatch();
        Layout();
        return;
    }
    const MscRoundModel& round = m_rounds[static_cast<std::size_t>(m_round)];
    wxString heading = toWx(round.round.name);
    if (!round.round.panel.empty()) heading << L" \u2014 " << toWx(round.round.panel);
    if (!round.round.heldOn.empty()) heading << L" \u00B7 " << toWx(round.round.heldOn);
    m_heading->SetLabel(heading);
    m_summary->SetLabel(translate(round.summary()));

    // Each story takes two rows: its name and a mark under its domain, then the panel's
    // reason across the whole width, where it has room to be read.
    const int domains = static_cast<int>(round.domains.size());
    m_grid->AppendCols(domains + 1);
    m_grid->AppendRows(2 * static_cast<int>(round.stories.size()));
    m_grid->SetColLabelValue(0, _("Story"));
    for (int c = 0; c < domains; ++c) {
        const MscDomainColumn& domain = round.domains[static_cast<std::size_t>(c)];
        m_grid->SetColLabelValue(c + 1, domain.codeId ? toWx(domain.name) : _("No domain given"));
    }
    const Rgb background = toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    const wxColour chosenColour = toColour(mix(background, Rgb{232, 178, 38}, isDark(background) ? 0.45 : 0.30));
    const wxColour reasonColour = toColour(mix(background, toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE)), 0.5));
    const wxFont bold = m_grid->GetDefaultCellFont().Bold();
    const wxFont italic = m_grid->GetDefaultCellFont().Italic();
    for (std::size_t s = 0; s < round.stories.size(); ++s) {
        const MscStoryRow& story = round.stories[s];
        const int r = 2 * static_cast<int>(s);
        m_grid->SetCellValue(r, 0, story.chosen ? wxString(L"\u2605 ") + toWx(story.story) : toWx(story.story));
        if (const auto column = round.columnOf(story)) {
            const int c = static_cast<int>(*column) + 1;
            m_grid->SetCellValue(r, c, story.chosen ? _("★ Chosen") : _("Not chosen"));
            m_grid->SetCellAlignment(r, c, wxALIGN_CENTRE, wxALIGN_CENTRE);
        }
        m_grid->SetCellSize(r + 1, 0, 1, domains + 1);
        m_grid->SetCellValue(r + 1, 0, story.reason.empty() ? _("The panel's reason was not recorded.")
                                                            : wxString::Format(_("The panel's reason: %s"), toWx(story.reason)));
        m_grid->SetCellFont(r + 1, 0, italic);
        m_grid->SetCellBackgroundColour(r + 1, 0, reasonColour);
        for (int c = 0; c <= domains; ++c) {
            if (story.chosen) m_grid->SetCellBackgroundColour(r, c, chosenColour);
            if (story.chosen) m_grid->SetCellFont(r, c, bold);
        }
        if (story.chosen) m_grid->SetCellBackgroundColour(r + 1, 0, toColour(mix(toRgb(chosenColour), toRgb(reasonColour), 0.5)));
    }
    m_grid->EndBatch();
    layoutColumns();
}

void MscView::layoutColumns() {
    if (m_round < 0 || m_grid->GetNumberCols() == 0) return;
    const MscRoundModel& round = m_rounds[static_cast<std::size_t>(m_round)];
    m_laidOutWidth = m_grid->GetSize().GetWidth();
    const int width = std::max(m_grid->GetClientSize().GetWidth() - FromDIP(4), FromDIP(360));
    wxClientDC dc(m_grid);
    dc.SetFont(m_grid->GetDefaultCellFont().Bold());
    int storyWidth = dc.GetTextExtent(_("Story")).GetWidth();
    for (const auto& story : round.stories)
        storyWidth = std::max(storyWidth, dc.GetTextExtent(wxString(L"\u2605 ") + toWx(story.story)).GetWidth());
    storyWidth = std::clamp(storyWidth + FromDIP(16), FromDIP(100), FromDIP(220));
    const int domains = m_grid->GetNumberCols() - 1;
    const int domainWidth = domains > 0 ? std::max(FromDIP(86), (width - storyWidth) / domains) : 0;
    m_grid->BeginBatch();
    m_grid->SetColSize(0, storyWidth);
    dc.SetFont(m_grid->GetLabelFont());
    int headingLines = 1;
    for (int c = 1; c <= domains; ++c) {
        m_grid->SetColSize(c, domainWidth);
        const MscDomainColumn& domain = round.domains[static_cast<std::size_t>(c - 1)];
        const wxString label = wrapped(dc, domain.codeId ? toWx(domain.name) : _("No domain given"), domainWidth - FromDIP(10));
        m_grid->SetColLabelValue(c, label);
        headingLines = std::max(headingLines, static_cast<int>(wxSplit(label, '\n', '\0').size()));
    }
    m_grid->SetColLabelSize(headingLines * dc.GetCharHeight() + FromDIP(10));
    // The reasons' rows as tall as their text wrapped across the table.
    const int total = storyWidth + domains * domainWidth;
    dc.SetFont(m_grid->GetDefaultCellFont().Italic());
    for (std::size_t s = 0; s < round.stories.size(); ++s) {
        const int r = 2 * static_cast<int>(s);
        m_grid->SetRowSize(r, dc.GetCharHeight() + FromDIP(14));
        const wxString reason = m_grid->GetCellValue(r + 1, 0);
        const int lines = static_cast<int>(wxSplit(wrapped(dc, reason, total - FromDIP(12)), '\n', '\0').size());
        m_grid->SetRowSize(r + 1, std::max(1, lines) * dc.GetCharHeight() + FromDIP(12));
    }
    m_grid->EndBatch();
    m_grid->ForceRefresh();
    m_hint->SetLabel(hintText());
    m_hint->Wrap(std::max(FromDIP(200), GetClientSize().GetWidth() - FromDIP(12)));
    Layout();
}

void MscView::onCellActivated(wxGridEvent& event) {
    if (m_round < 0 || !m_openDocument) return;
    const auto& stories = m_rounds[static_cast<std::size_t>(m_round)].stories;
    const int row = event.GetRow() / 2;  // a story's row, or the reason below it
    if (event.GetRow() < 0 || static_cast<std::size_t>(row) >= stories.size()) return;
    const auto& documents = stories[static_cast<std::size_t>(row)].documentIds;
    if (!documents.empty()) m_openDocument(documents.front());
}

int MscView::tableRows() const {
    return m_grid->GetNumberRows();
}

int MscView::tableColumns() const {
    return m_grid->GetNumberCols();
}

wxString MscView::tableCell(int row, int column) const {
    if (row < 0 || column < 0 || row >= m_grid->GetNumberRows() || column >= m_grid->GetNumberCols()) return {};
    return m_grid->GetCellValue(row, column);
}

wxString MscView::columnHeading(int column) const {
    if (column < 0 || column >= m_grid->GetNumberCols()) return {};
    return m_grid->GetColLabelValue(column);
}

wxString MscView::heading() const {
    return m_heading->GetLabel() + "\n" + m_summary->GetLabel();
}

}  // namespace edau::gui
