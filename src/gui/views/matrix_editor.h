// SPDX-License-Identifier: GPL-3.0-or-later
/// The framework matrix editor: the grid of rows × codes above, the passages behind the
/// selected cell and its summary below, citations as numbered marks, the evidence check.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "edau/app/export_service.h"
#include "edau/export/export_report.h"
#include "presenters/matrix_presenter.h"

class wxButton;
class wxGrid;
class wxGridEvent;
class wxListEvent;
class wxSplitterWindow;
class wxStaticText;
class wxStyledTextCtrl;
class wxStyledTextEvent;
class wxTextCtrl;

namespace edau {
class Workbench;
}

namespace edau::gui {

class EvidenceList;
class MatrixTable;
class MatrixPassageList;

/// One matrix of the project the frame lends it, as a centre tab (UI thread only).
///
/// The grid is virtual: it asks for the cells on screen only, and the counts and summaries
/// come from one aggregation (MatrixGridModel), so 1,000 rows × 50 codes scroll smoothly;
/// the passages are read for the selected cell alone. A summary is written when the user
/// saves, leaves the cell or the editor, or the project closes; every write is one step of
/// Edit > Undo, after which the frame calls reload().
class MatrixEditor : public wxPanel {
public:
    /// What the editor asks of the main window.
    struct Actions {
        /// Opens a document at a passage [start, end) in code points, the passage selected.
        std::function<void(RowId document, std::int64_t start, std::int64_t end)> showPassage;
        /// The editor wrote to the project: the frame refreshes what it shows.
        std::function<void()> projectChanged;
        /// Makes sure a coder is chosen (summaries are undone per coder); false to give up.
        std::function<bool()> ensureCoder;
        /// Tells the user that something failed (a dialog, or standard error when unattended).
        std::function<void(const wxString& headline, const wxString& detail)> reportProblem;
    };

    MatrixEditor(wxWindow* parent, Workbench& bench, const std::string& matrixName, Actions actions);
    ~MatrixEditor() override;

    const std::string& matrixName() const { return m_model.matrix().name; }
    const std::string& matrixUuid() const { return m_model.matrix().uuid; }
    const MatrixGridModel& model() const { return m_model; }

    /// Reads the matrix again if the project changed since (an undo, coding elsewhere),
    /// keeping the selected cell. Text being typed stays unless the cell itself changed.
    void reload();
    /// Re-creates every text in the current interface language.
    void updateTexts();

    // --- cells and passages (also for --show and tests)
    bool selectCell(MatrixCellIndex at);
    std::optional<MatrixCellIndex> selectedCell() const { return m_selected; }
    const std::vector<CellPassage>& passages() const { return m_passages; }
    bool selectPassage(std::size_t index);
    std::optional<std::size_t> selectedPassage() const;
    /// Opens the selected passage in its document.
    bool openSelectedPassage();

    // --- the summary
    /// Puts the selected passage's citation mark at the caret of the summary.
    bool citeSelectedPassage();
    /// Writes the summary if it changed; false, having said why, when it could not be.
    bool saveSummary();
    bool hasUnsavedSummary() const;
    /// For an empty cell: the passages as a draft summary citing each ("Start from coded text").
    bool startFromCodedText();
    bool canStartFromCodedText() const;
    bool canCite() const;
    bool canWrite() const;
    /// Opens the passage cited by the mark at byte `at` of the summary; false when none is there.
    bool openCitationAt(std::size_t at);
    const SummaryDraft& draft() const { return m_draft; }
    wxStyledTextCtrl* summaryEditor() const { return m_summary; }
    /// Edit > Undo and Redo while typing in the summary undo the typing; false when the
    /// summary does not have the keyboard or has nothing unsaved, so the project's undo runs.
    bool undoTyping(bool undo);

    // --- the evidence check
    /// Checks the matrix and shows the problems beside the grid.
    void checkEvidence();
    const EvidenceWalk& evidence() const { return m_evidence; }
    bool goToProblem(std::size_t index);
    bool nextProblem();
    bool previousProblem();

    // --- export
    /// Asks where, then exports the matrix (docx, xlsx, csv, html or md, by the file type chosen).
    void exportMatrix();
    /// Exports the matrix to `path` in the format its extension names; none, having said why, on failure.
    std::optional<ExportReport> exportTo(const wxString& path);

    /// How many cells the grid has asked about since the editor opened: a virtual grid asks
    /// for those on screen only, however big the matrix.
    std::size_t cellsAsked() const { return m_cellsAsked; }
    wxGrid* grid() const { return m_grid; }

private:
    friend class MatrixTable;
    friend class MatrixCellRenderer;
    friend class MatrixPassageList;
    friend class EvidenceList;

    void buildGrid();
    void loadCell();
    void showSummary(const SummaryDraft& draft);
    void updateHeadings();
    void wrapHint(int width);
    void updateButtons();
    void styleSummary();
    void showEvidence();
    wxString cellTooltip(MatrixCellIndex at) const;
    wxString rowHeading() const;
    void announceChange();

    void onSelectCell(wxGridEvent& event);
    void onSummaryChanged(wxStyledTextEvent& event);
    void onPassageDrag(wxListEvent& event);

    Workbench& m_bench;
    Actions m_actions;
    MatrixGridModel m_model;
    std::optional<MatrixCellIndex> m_selected;
    std::vector<CellPassage> m_passages;
    std::vector<std::string> m_missingCitations;  ///< cited codings of the cell no longer coded
    SummaryDraft m_draft;
    std::string m_loadedText;  ///< the editor's text as loaded: typing since makes it unsaved
    std::string m_storedSummary;
    std::vector<std::string> m_storedCitations;
    EvidenceWalk m_evidence;
    bool m_loading = false;
    std::size_t m_cellsAsked = 0;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);

    wxStaticText* m_title = nullptr;
    wxStaticText* m_shape = nullptr;
    wxButton* m_newMatrix = nullptr;
    wxButton* m_checkEvidence = nullptr;
    wxButton* m_export = nullptr;
    wxSplitterWindow* m_vertical = nullptr;    ///< grid area above, passages and summary below
    wxSplitterWindow* m_top = nullptr;         ///< grid, and the evidence list when shown
    wxSplitterWindow* m_bottom = nullptr;      ///< passages, summary
    wxGrid* m_grid = nullptr;
    MatrixTable* m_table = nullptr;            ///< owned by the grid

    wxPanel* m_evidencePanel = nullptr;
    wxStaticText* m_evidenceHeading = nullptr;
    EvidenceList* m_evidenceList = nullptr;
    wxButton* m_previousProblem = nullptr;
    wxButton* m_nextProblem = nullptr;
    wxButton* m_closeEvidence = nullptr;

    wxStaticText* m_cellHeading = nullptr;      ///< the selected cell: row × code
    wxStaticText* m_passagesHeading = nullptr;
    MatrixPassageList* m_passageList = nullptr;
    wxTextCtrl* m_passageText = nullptr;
    wxButton* m_cite = nullptr;
    wxButton* m_openPassage = nullptr;

    wxStaticText* m_summaryHeading = nullptr;
    wxStaticText* m_summaryState = nullptr;
    wxStyledTextCtrl* m_summary = nullptr;
    wxStaticText* m_summaryHint = nullptr;
    wxButton* m_save = nullptr;
    wxButton* m_startFromCoded = nullptr;
};

}  // namespace edau::gui
