// SPDX-License-Identifier: GPL-3.0-or-later
/// A read-only table of counts coloured as a heat map, with its legend.
#include "widgets/heat_map_grid.h"

#include <algorithm>

#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "edau/app/code_paths.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

wxColour toColour(Rgb rgb) {
    return wxColour(rgb.red, rgb.green, rgb.blue);
}

Rgb windowBackground() {
    return toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
}

Rgb accentColour() {
    return toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT));
}

/// Text that reads on a cell's colour: the theme's text colour, or black or white.
wxColour textOn(Rgb background) {
    const Rgb text = toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    const Rgb fallback = isDark(background) ? Rgb{255, 255, 255} : Rgb{0, 0, 0};
    return toColour(readableOn(background, text, fallback));
}

/// A code path as a column heading: one part a line, so long paths stay narrow.
wxString headingOf(const std::string& path) {
    wxString heading;
    for (const std::string& part : splitCodePath(path)) {
        if (!heading.empty()) heading << "\n";
        heading << toWx(part);
    }
    return heading;
}

}  // namespace

/// The legend: a swatch per step with the counts it stands for.
class HeatLegend : public wxPanel {
public:
    explicit HeatLegend(wxWindow* parent) : wxPanel(parent, wxID_ANY) { SetSizer(new wxBoxSizer(wxHORIZONTAL)); }

    void show(const std::vector<HeatLegendStep>& steps) {
        GetSizer()->Clear(true);
        const Rgb background = windowBackground();
        for (const HeatLegendStep& step : steps) {
            auto* swatch = new wxPanel(this, wxID_ANY, wxDefaultPosition, FromDIP(wxSize(22, 14)), wxBORDER_SIMPLE);
            swatch->SetBackgroundColour(toColour(heatColour(background, accentColour(), step.level)));
            const wxString range = step.low == step.high ? wxString::Format("%lld", static_cast<long long>(step.low))
                                                         : wxString::Format(L"%lld\u2013%lld", static_cast<long long>(step.low),
                                                                            static_cast<long long>(step.high));
            GetSizer()->Add(swatch, wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(8)));
            GetSizer()->Add(new wxStaticText(this, wxID_ANY, range), wxSizerFlags().CentreVertical().Border(wxLEFT, FromDIP(3)));
        }
        Layout();
    }
};

HeatMapGrid::HeatMapGrid(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    m_grid = new wxGrid(this, wxID_ANY);
    m_grid->CreateGrid(0, 0);
    m_grid->EnableEditing(false);
    m_grid->EnableDragRowSize(false);
    m_grid->DisableDragGridSize();
    m_grid->SetDefaultCellAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
    m_grid->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    m_legendLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_legend = new HeatLegend(this);

    auto* legendRow = new wxBoxSizer(wxHORIZONTAL);
    legendRow->Add(m_legendLabel, wxSizerFlags().CentreVertical());
    legendRow->Add(m_legend, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_grid, wxSizerFlags(1).Expand());
    sizer->Add(legendRow, wxSizerFlags().Border(wxALL, FromDIP(6)));
    SetSizer(sizer);
    Bind(wxEVT_SYS_COLOUR_CHANGED, &HeatMapGrid::onSysColourChanged, this);
    updateTexts();
}

void HeatMapGrid::updateTexts() {
    m_legendLabel->SetLabel(m_table.maximum > 0 ? _("Shading (darker: more):") : _("Nothing to count yet."));
    m_grid->SetName(_("Counts"));
    Layout();
}

void HeatMapGrid::showTable(const HeatTable& table, const std::function<wxString(const std::string&)>& rowLabel,
                            const wxString& cornerLabel) {
    m_table = table;
    m_grid->BeginBatch();
    if (m_grid->GetNumberRows() > 0) m_grid->DeleteRows(0, m_grid->GetNumberRows());
    if (m_grid->GetNumberCols() > 0) m_grid->DeleteCols(0, m_grid->GetNumberCols());
    m_grid->AppendRows(static_cast<int>(table.rows.size()));
    m_grid->AppendCols(static_cast<int>(table.columns.size()));
    m_grid->SetCornerLabelValue(cornerLabel);
    int headingLines = 1;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        m_grid->SetColLabelValue(static_cast<int>(c), headingOf(table.columns[c]));
        headingLines = std::max(headingLines, static_cast<int>(splitCodePath(table.columns[c]).size()));
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        m_grid->SetRowLabelValue(static_cast<int>(r), rowLabel(table.rows[r]));
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const auto& value = table.values[r][c];
            m_grid->SetCellValue(static_cast<int>(r), static_cast<int>(c),
                                 value ? wxString::Format("%lld", static_cast<long long>(*value)) : wxString());
        }
    }
    colourCells();

    // Headings one part of the code path a line; the row labels as wide as the longest.
    wxClientDC dc(m_grid);
    dc.SetFont(m_grid->GetLabelFont());
    m_grid->SetColLabelSize(headingLines * dc.GetCharHeight() + FromDIP(10));
    int labelWidth = dc.GetTextExtent(cornerLabel).GetWidth();
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        labelWidth = std::max(labelWidth, dc.GetTextExtent(rowLabel(table.rows[r])).GetWidth());
    m_grid->SetRowLabelSize(std::min(labelWidth + FromDIP(16), FromDIP(260)));
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        int width = FromDIP(56);
        for (const std::string& part : splitCodePath(table.columns[c]))
            width = std::max(width, dc.GetTextExtent(toWx(part)).GetWidth() + FromDIP(14));
        m_grid->SetColSize(static_cast<int>(c), std::min(width, FromDIP(170)));
    }
    m_grid->EndBatch();
    m_legend->show(heatLegend(table.maximum));
    updateTexts();
}

void HeatMapGrid::colourCells() {
    const Rgb background = windowBackground();
    const Rgb accent = accentColour();
    for (std::size_t r = 0; r < m_table.rows.size(); ++r) {
        for (std::size_t c = 0; c < m_table.columns.size(); ++c) {
            const Rgb colour = m_table.values[r][c] ? heatColour(background, accent, m_table.level(r, c))
                                                    : toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_BTNFACE));
            m_grid->SetCellBackgroundColour(static_cast<int>(r), static_cast<int>(c), toColour(colour));
            // Zeros faint, so the counts stand out.
            const wxColour text = textOn(colour);
            m_grid->SetCellTextColour(static_cast<int>(r), static_cast<int>(c),
                                      m_table.value(r, c) == 0 ? toColour(mix(toRgb(text), colour, 0.6)) : text);
        }
    }
}

wxString HeatMapGrid::cellText(int row, int column) const {
    if (row < 0 || column < 0 || row >= m_grid->GetNumberRows() || column >= m_grid->GetNumberCols()) return {};
    return m_grid->GetCellValue(row, column);
}

wxColour HeatMapGrid::cellColour(int row, int column) const {
    if (row < 0 || column < 0 || row >= m_grid->GetNumberRows() || column >= m_grid->GetNumberCols()) return {};
    return m_grid->GetCellBackgroundColour(row, column);
}

void HeatMapGrid::onSysColourChanged(wxSysColourChangedEvent& event) {
    colourCells();
    m_legend->show(heatLegend(m_table.maximum));
    m_grid->ForceRefresh();
    event.Skip();
}

}  // namespace edau::gui
