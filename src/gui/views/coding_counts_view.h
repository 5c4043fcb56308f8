// SPDX-License-Identifier: GPL-3.0-or-later
/// The coding-counts view (a matrix coding query): cases, coders or an attribute's values by
/// codes, counted as coded passages, sources, words or characters, shaded as a heat map.
#pragma once

#include <string>
#include <vector>

#include <wx/panel.h>

#include "presenters/coding_query_presenter.h"

class wxChoice;
class wxStaticText;

namespace edau {
class Workbench;
}

namespace edau::gui {

class HeatMapGrid;

/// Counts over the project the frame lends it (UI thread only; read only).
class CodingCountsView : public wxPanel {
public:
    explicit CodingCountsView(wxWindow* parent);

    /// The project to count in, or nullptr.
    void setWorkbench(Workbench* bench);
    /// The project changed: counts again, keeping the choices where they still exist.
    void reload();
    /// Re-creates every text in the current interface language.
    void updateTexts();

    // --- for tests, --show and the Team menu
    /// Rows "cases", "coders" or an attribute's name; the measure; a theme's path or "" for all codes.
    void choose(const std::string& rows, CountMeasure measure, const std::string& theme);
    const HeatMapGrid& grid() const { return *m_grid; }

private:
    void fillChoices();
    void count();
    void wrapStatus();
    std::string chosenRows() const;
    std::string chosenTheme() const;
    CountMeasure chosenMeasure() const;

    Workbench* m_bench = nullptr;
    std::vector<std::string> m_rowChoices;    ///< "cases", "coders", attribute names
    std::vector<std::string> m_themeChoices;  ///< "" (every code), then the themes
    wxStaticText* m_rowsLabel = nullptr;
    wxChoice* m_rows = nullptr;
    wxStaticText* m_measureLabel = nullptr;
    wxChoice* m_measure = nullptr;
    wxStaticText* m_themeLabel = nullptr;
    wxChoice* m_theme = nullptr;
    wxStaticText* m_status = nullptr;
    wxString m_statusText;   ///< the note above the table, before wrapping
    int m_wrappedWidth = -1;
    HeatMapGrid* m_grid = nullptr;
};

}  // namespace edau::gui
