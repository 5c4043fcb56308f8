// SPDX-License-Identifier: GPL-3.0-or-later
/// The code co-occurrence view: codes by codes, how often two codes are applied together
/// (overlapping passages, or passages in the same speaker turn), shaded as a heat map.
#pragma once

#include <wx/panel.h>

#include "presenters/coding_query_presenter.h"

class wxChoice;
class wxStaticText;

namespace edau {
class Workbench;
}

namespace edau::gui {

class HeatMapGrid;

/// Co-occurrence over the project the frame lends it (UI thread only; read only).
class CooccurrenceView : public wxPanel {
public:
    explicit CooccurrenceView(wxWindow* parent);

    /// The project to look in, or nullptr.
    void setWorkbench(Workbench* bench);
    /// The project changed: counts again.
    void reload();
    /// Re-creates every text in the current interface language.
    void updateTexts();

    // --- for tests and --show
    /// Counts codings in the same speaker turn (true) or overlapping passages (false).
    void chooseSameTurn(bool sameTurn);
    const HeatMapGrid& grid() const { return *m_grid; }

private:
    void count();
    void wrapStatus();

    Workbench* m_bench = nullptr;
    std::vector<CodePair> m_pairs;
    wxStaticText* m_measureLabel = nullptr;
    wxChoice* m_measure = nullptr;
    wxStaticText* m_status = nullptr;
    wxString m_statusText;   ///< the note above the table, before wrapping
    int m_wrappedWidth = -1;
    HeatMapGrid* m_grid = nullptr;
};

}  // namespace edau::gui
