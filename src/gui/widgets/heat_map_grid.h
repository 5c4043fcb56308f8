// SPDX-License-Identifier: GPL-3.0-or-later
/// A read-only table of counts coloured as a heat map (darker: more), with its legend.
#pragma once

#include <functional>

#include <wx/panel.h>

#include "presenters/coding_query_presenter.h"

class wxGrid;
class wxStaticText;

namespace edau::gui {

class HeatLegend;

/// Shows a HeatTable: row labels on the left, code paths as column headings, each count on a
/// background as strong as its step of the largest value, and a legend below saying which
/// counts each shade stands for.
class HeatMapGrid : public wxPanel {
public:
    explicit HeatMapGrid(wxWindow* parent);

    /// Shows `table`. `rowLabel` turns a row label into what to show (e.g. "" into "(no case)");
    /// `cornerLabel` heads the row labels.
    void showTable(const HeatTable& table, const std::function<wxString(const std::string&)>& rowLabel,
                   const wxString& cornerLabel);
    /// Re-creates the legend's words in the current interface language.
    void updateTexts();

    const HeatTable& table() const { return m_table; }
    /// What a cell shows (tests): the number, empty for a code with itself.
    wxString cellText(int row, int column) const;
    /// A cell's background colour (tests: darker for larger counts).
    wxColour cellColour(int row, int column) const;
    wxGrid* grid() const { return m_grid; }

private:
    void onSysColourChanged(wxSysColourChangedEvent& event);
    void colourCells();

    HeatTable m_table;
    wxGrid* m_grid = nullptr;
    wxStaticText* m_legendLabel = nullptr;
    HeatLegend* m_legend = nullptr;
};

}  // namespace edau::gui
