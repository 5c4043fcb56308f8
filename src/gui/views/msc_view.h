// SPDX-License-Identifier: GPL-3.0-or-later
/// The Most Significant Change view: a selection round's stories by domains of change, the
/// story the panel chose, and the panel's reasons (read only).
#pragma once

#include <functional>
#include <vector>

#include <wx/panel.h>

#include "edau/model/entities.h"
#include "presenters/msc_presenter.h"

class wxChoice;
class wxGrid;
class wxGridEvent;
class wxStaticText;

namespace edau {
class Workbench;
}

namespace edau::gui {

/// Shows one round at a time (the latest first; a choice switches between them) as a table:
/// a row per story with a column per domain, a star where the panel chose, and below each
/// story the panel's reason across the table. Double-clicking a story opens its source.
class MscView : public wxPanel {
public:
    /// Opens a document (the story's source).
    using OpenDocument = std::function<void(RowId documentId)>;

    MscView(wxWindow* parent, OpenDocument openDocument);

    /// The project to show, or nullptr.
    void setWorkbench(Workbench* bench);
    /// The project changed: reads the rounds again, keeping the round chosen.
    void reload();
    /// Re-creates every text in the current interface language.
    void updateTexts();

    // --- for tests and --show
    const std::vector<MscRoundModel>& rounds() const { return m_rounds; }
    /// The round shown (index into rounds()), or -1 when there is none.
    int shownRound() const { return m_round; }
    void showRound(int round);
    /// Rows of the table: two per story (the story, then the panel's reason).
    int tableRows() const;
    int tableColumns() const;
    wxString tableCell(int row, int column) const;
    wxString columnHeading(int column) const;
    /// The line above the table: panel, date and what was chosen.
    wxString heading() const;

private:
    void fillRounds();
    void fillTable();
    /// Fits the columns to the width and the reasons' rows to their text.
    void layoutColumns();
    void onCellActivated(wxGridEvent& event);
    wxString hintText() const;

    OpenDocument m_openDocument;
    Workbench* m_bench = nullptr;
    std::vector<MscRoundModel> m_rounds;
    int m_round = -1;
    wxString m_problem;
    int m_laidOutWidth = -1;  ///< the table's width when its columns were last fitted

    wxStaticText* m_roundLabel = nullptr;
    wxChoice* m_roundChoice = nullptr;
    wxStaticText* m_heading = nullptr;
    wxStaticText* m_summary = nullptr;
    wxGrid* m_grid = nullptr;
    wxStaticText* m_hint = nullptr;
};

}  // namespace edau::gui
