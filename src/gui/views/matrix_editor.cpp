// SPDX-License-Identifier: GPL-3.0-or-later
/// The framework matrix editor: the grid of rows × codes above, the passages behind the
/// selected cell and its summary below, citations as numbered marks, the evidence check.
#include "views/matrix_editor.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <string_view>
#include <utility>

#include <wx/button.h>
#include <wx/control.h>
#include <wx/dataobj.h>
#include <wx/dc.h>
#include <wx/dcclient.h>
#include <wx/dnd.h>
#include <wx/filedlg.h>
#include <wx/filename.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/stc/stc.h>
#include <wx/textctrl.h>
#include <wx/utils.h>
#include <wx/wrapsizer.h>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/store/project_store.h"
#include "presenters/passages_presenter.h"
#include "views/framework_commands.h"
#include "views/menu_shortcuts.h"
#include "views/message_dialogs.h"
#include "wx_bridge/wx_export_wording.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

// Citation marks are boxes drawn under the text. A click on an indicator reports where it was.
constexpr int kTwinStyle = 1;  ///< looks as the default style does (see styleSummary)
constexpr int kMarkIndicator = wxSTC_INDIC_CONTAINER;         ///< a mark: a link to its passage
constexpr int kMissingIndicator = wxSTC_INDIC_CONTAINER + 1;  ///< a mark whose passage is no longer coded

/// How many lines of a summary a grid cell shows.
constexpr int kCellLines = 3;

/// The formats the export offers, in the file dialog's order.
constexpr const char* kExportExtensions[] = {"docx", "xlsx", "csv", "html", "md"};

wxColour mix(const wxColour& a, const wxColour& b, double share) {
    auto part = [&](unsigned char x, unsigned char y) {
        return static_cast<unsigned char>(x + (y - x) * share);
    };
    return wxColour(part(a.Red(), b.Red()), part(a.Green(), b.Green()), part(a.Blue(), b.Blue()));
}

/// Greedy word wrap of `text` into at most `maxLines` lines of `width` pixels; the last line
/// shown ends in "…" when the text goes on.
std::vector<wxString> wrapLines(wxDC& dc, const wxString& text, int width, int maxLines) {
    std::vector<wxString> lines;
    wxString line;
    const wxArrayString words = wxSplit(text, ' ', '\0');
    std::size_t i = 0;
    for (; i < words.size(); ++i) {
        const wxString candidate = line.empty() ? words[i] : line + " " + words[i];
        if (line.empty() || dc.GetTextExtent(candidate).GetWidth() <= width) {
            line = candidate;
            continue;
        }
        lines.push_back(line);
        line = words[i];
        if (static_cast<int>(lines.size()) == maxLines) break;
    }
    if (static_cast<int>(lines.size()) < maxLines) {
        if (!line.empty()) lines.push_back(line);
    } else if (i < words.size()) {
        lines.back() += " " + line + "…";  // cut below
    }
    for (wxString& l : lines) l = wxControl::Ellipsize(l, dc, wxELLIPSIZE_END, width);
    return lines;
}

}  // namespace

// --- the grid: a virtual table and a renderer that draws each cell from the model

/// The grid's view of the editor's model: it is asked only for what is on screen.
class MatrixTable : public wxGridTableBase {
public:
    explicit MatrixTable(MatrixEditor& editor) : m_editor(editor) {}

    int GetNumberRows() override { return static_cast<int>(m_editor.m_model.rowCount()); }
    int GetNumberCols() override { return static_cast<int>(m_editor.m_model.columnCount()); }

    /// The cell's text for wx's own uses (copying, accessibility); the renderer draws more.
    wxString GetValue(int row, int col) override {
        const auto at = index(row, col);
        if (!at) return {};
        ++m_editor.m_cellsAsked;
        return toWx(m_editor.m_model.firstLine(*at));
    }
    void SetValue(int, int, const wxString&) override {}
    bool IsEmptyCell(int row, int col) override {
        const auto at = index(row, col);
        return !at || m_editor.m_model.state(*at) == MatrixCellState::Empty;
    }

    wxString GetRowLabelValue(int row) override {
        return row >= 0 && static_cast<std::size_t>(row) < m_editor.m_model.rowCount()
                   ? toWx(m_editor.m_model.rowName(static_cast<std::size_t>(row)))
                   : wxString();
    }
    wxString GetColLabelValue(int col) override {
        return col >= 0 && static_cast<std::size_t>(col) < m_editor.m_model.columnCount()
                   ? toWx(m_editor.m_model.columnName(static_cast<std::size_t>(col)))
                   : wxString();
    }

    std::optional<MatrixCellIndex> index(int row, int col) const {
        if (row < 0 || col < 0 || static_cast<std::size_t>(row) >= m_editor.m_model.rowCount() ||
            static_cast<std::size_t>(col) >= m_editor.m_model.columnCount())
            return std::nullopt;
        return MatrixCellIndex{static_cast<std::size_t>(row), static_cast<std::size_t>(col)};
    }

private:
    MatrixEditor& m_editor;
};

/// Draws a cell: its summary's first lines, or "no summary yet" over a tint when passages
/// wait for one, or a dash; and in the corner, how many passages sit behind it.
class MatrixCellRenderer : public wxGridCellRenderer {
public:
    explicit MatrixCellRenderer(MatrixEditor& editor) : m_editor(editor) {}

    void Draw(wxGrid& grid, wxGridCellAttr& attr, wxDC& dc, const wxRect& rect, int row, int col,
              bool isSelected) override {
        const auto at = m_editor.m_table->index(row, col);
        if (!at) return;
        ++m_editor.m_cellsAsked;
        const MatrixGridModel& model = m_editor.m_model;
        const MatrixCellState state = model.state(*at);
        const wxColour window = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
        const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
        const wxColour grey = mix(text, window, 0.5);
        wxColour background = window;
        if (state == MatrixCellState::Waiting) background = mix(window, wxColour(255, 196, 64), 0.16);
        if (state == MatrixCellState::Empty) background = mix(window, text, 0.04);
        if (isSelected) background = mix(background, wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT), 0.3);
        dc.SetBrush(wxBrush(background));
        dc.SetPen(*wxTRANSPARENT_PEN);
        dc.DrawRectangle(rect);

        const int pad = grid.FromDIP(5);
        wxRect inner = rect.Deflate(pad, pad - grid.FromDIP(1));
        dc.SetFont(attr.GetFont());
        const std::int64_t passages = model.passageCount(*at);
        if (passages > 0) {
            // The count, in a pill at the top right.
            const wxString count = wxString::Format("%lld", static_cast<long long>(passages));
            wxFont small = attr.GetFont();
            small.SetFractionalPointSize(small.GetFractionalPointSize() * 0.85);
            dc.SetFont(small);
            const wxSize extent = dc.GetTextExtent(count);
            const wxRect pill(inner.GetRight() - extent.GetWidth() - grid.FromDIP(10), inner.GetTop(),
                              extent.GetWidth() + grid.FromDIP(10), extent.GetHeight() + grid.FromDIP(2));
            dc.SetBrush(wxBrush(mix(window, wxColour(31, 95, 168), 0.18)));
            dc.DrawRoundedRectangle(pill, pill.GetHeight() / 2.0);
            dc.SetTextForeground(mix(text, wxColour(31, 95, 168), 0.6));
            dc.DrawLabel(count, pill, wxALIGN_CENTRE);
            dc.SetFont(attr.GetFont());
            inner.SetWidth(std::max(0, inner.GetWidth() - pill.GetWidth() - grid.FromDIP(4)));
        }
        switch (state) {
        case MatrixCellState::Written: {
            dc.SetTextForeground(text);
            const int lineHeight = dc.GetCharHeight();
            int y = inner.GetTop();
            for (const wxString& line : wrapLines(dc, toWx(model.firstLine(*at)), inner.GetWidth(), kCellLines)) {
                dc.DrawText(line, inner.GetLeft(), y);
                y += lineHeight;
            }
            break;
        }
        case MatrixCellState::Waiting: {
            wxFont italic = attr.GetFont();
            italic.SetStyle(wxFONTSTYLE_ITALIC);
            dc.SetFont(italic);
            dc.SetTextForeground(grey);
            dc.DrawText(wxControl::Ellipsize(_("No summary yet"), dc, wxELLIPSIZE_END, inner.GetWidth()),
                        inner.GetLeft(), inner.GetTop());
            break;
        }
        case MatrixCellState::Empty:
            dc.SetTextForeground(grey);
            dc.DrawLabel(L"\u2013", rect, wxALIGN_CENTRE);
            break;
        }
    }

    wxSize GetBestSize(wxGrid& grid, wxGridCellAttr&, wxDC&, int, int) override {
        return grid.FromDIP(wxSize(230, 60));
    }
    wxGridCellRenderer* Clone() const override { return new MatrixCellRenderer(m_editor); }

private:
    MatrixEditor& m_editor;
};

// --- the passages behind the selected cell

/// A virtual list of the cell's passages: its citation number, source, speaker, coder, text.
class MatrixPassageList : public wxListCtrl {
public:
    explicit MatrixPassageList(wxWindow* parent, MatrixEditor& editor)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
          m_editor(editor) {}

    void setColumns() {
        ClearAll();
        // TRANSLATORS: heading of the column giving a passage's citation number in the summary.
        AppendColumn(_("Cited"), wxLIST_FORMAT_LEFT, FromDIP(76));
        AppendColumn(_("Source"), wxLIST_FORMAT_LEFT, FromDIP(120));
        AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, FromDIP(80));
        AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, FromDIP(70));
        AppendColumn(_("Passage"), wxLIST_FORMAT_LEFT, FromDIP(520));
        SetItemCount(static_cast<long>(m_editor.m_passages.size()));
    }
    void setCoders(std::map<RowId, std::string> coders) { m_coders = std::move(coders); }

private:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= m_editor.m_passages.size()) return {};
        const CellPassage& p = m_editor.m_passages[static_cast<std::size_t>(item)];
        switch (column) {
        case 0: {
            const auto number = m_editor.m_draft.shownNumberOf(p.coding.uuid);
            return number ? wxString::Format("[%d]", *number) : wxString();
        }
        case 1: return toWx(p.documentName);
        case 2: return toWx(p.speaker);
        case 3: {
            const auto it = m_coders.find(p.coding.coderId);
            return it == m_coders.end() ? wxString() : toWx(it->second);
        }
        case 4: return toWx(excerptOf(p.text));
        default: return {};
        }
    }

    MatrixEditor& m_editor;
    std::map<RowId, std::string> m_coders;
};

/// The evidence check's problems, one a line: row, code, what is wrong.
class EvidenceList : public wxListCtrl {
public:
    EvidenceList(wxWindow* parent, MatrixEditor& editor)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL),
          m_editor(editor) {}

    void setColumns() {
        ClearAll();
        AppendColumn(_("Cell"), wxLIST_FORMAT_LEFT, FromDIP(200));
        AppendColumn(_("Problem"), wxLIST_FORMAT_LEFT, FromDIP(260));
        SetItemCount(static_cast<long>(m_editor.m_evidence.items().size()));
    }

private:
    wxString OnGetItemText(long item, long column) const override {
        const auto& items = m_editor.m_evidence.items();
        if (item < 0 || static_cast<std::size_t>(item) >= items.size()) return {};
        const EvidenceProblem& p = items[static_cast<std::size_t>(item)].problem;
        switch (column) {
        case 0: {
            const std::vector<std::string> path = splitCodePath(p.codePath);
            return wxString::Format(L"%s \u00D7 %s", toWx(p.documentName.empty() ? p.caseName : p.documentName),
                                    toWx(path.empty() ? p.codePath : path.back()));
        }
        case 1: return p.kind == "no-citation" ? _("The summary cites no passage")
                                               : _("A cited passage is no longer coded");
        default: return {};
        }
    }

    MatrixEditor& m_editor;
};

// --- the editor

MatrixEditor::MatrixEditor(wxWindow* parent, Workbench& bench, const std::string& matrixName, Actions actions)
    : wxPanel(parent, wxID_ANY), m_bench(bench), m_actions(std::move(actions)) {
    SetName("matrix-editor");
    m_model = MatrixGridModel::read(m_bench, matrixName);  // throws NotFound: the frame says so

    // The heading row: the matrix, its shape, and what can be done with it.
    m_title = new wxStaticText(this, wxID_ANY, wxString());
    m_title->SetFont(m_title->GetFont().Bold().Scaled(1.15f));
    m_shape = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_newMatrix = new wxButton(this, kNewMatrixCommand, wxString());  // the frame runs the dialog
    m_checkEvidence = new wxButton(this, wxID_ANY, wxString());
    m_export = new wxButton(this, wxID_ANY, wxString());
    auto* heading = new wxBoxSizer(wxHORIZONTAL);
    const int gap = FromDIP(6);
    auto* titles = new wxBoxSizer(wxVERTICAL);
    titles->Add(m_title);
    titles->Add(m_shape);
    heading->Add(titles, wxSizerFlags(1).CentreVertical());
    heading->Add(m_newMatrix, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    heading->Add(m_checkEvidence, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    heading->Add(m_export, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));

    m_vertical = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_vertical->SetMinimumPaneSize(FromDIP(120));
    m_vertical->SetSashGravity(0.55);
    m_top = new wxSplitterWindow(m_vertical, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_top->SetMinimumPaneSize(FromDIP(160));
    m_top->SetSashGravity(1.0);
    auto* cellPanel = new wxPanel(m_vertical, wxID_ANY);
    m_cellHeading = new wxStaticText(cellPanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_cellHeading->SetFont(m_cellHeading->GetFont().Bold());
    m_bottom = new wxSplitterWindow(cellPanel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    m_bottom->SetMinimumPaneSize(FromDIP(200));
    m_bottom->SetSashGravity(0.5);

    // The grid.
    m_grid = new wxGrid(m_top, wxID_ANY);
    m_grid->SetName("matrix-grid");
    m_grid->EnableEditing(false);
    m_grid->EnableDragRowSize(false);
    m_grid->SetTabBehaviour(wxGrid::Tab_Wrap);
    m_grid->SetDefaultRenderer(new MatrixCellRenderer(*this));
    m_grid->SetCellHighlightPenWidth(FromDIP(2));

    // The evidence check, beside the grid once asked for.
    m_evidencePanel = new wxPanel(m_top, wxID_ANY);
    m_evidenceHeading = new wxStaticText(m_evidencePanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                         wxST_ELLIPSIZE_END);
    m_evidenceList = new EvidenceList(m_evidencePanel, *this);
    m_evidenceList->SetName("evidence-problems");
    m_previousProblem = new wxButton(m_evidencePanel, wxID_ANY, wxString());
    m_nextProblem = new wxButton(m_evidencePanel, wxID_ANY, wxString());
    m_closeEvidence = new wxButton(m_evidencePanel, wxID_ANY, wxString());
    auto* evidenceButtons = new wxBoxSizer(wxHORIZONTAL);
    evidenceButtons->Add(m_previousProblem, wxSizerFlags().Border(wxRIGHT, gap));
    evidenceButtons->Add(m_nextProblem, wxSizerFlags().Border(wxRIGHT, gap));
    evidenceButtons->AddStretchSpacer();
    evidenceButtons->Add(m_closeEvidence);
    auto* evidenceSizer = new wxBoxSizer(wxVERTICAL);
    evidenceSizer->Add(m_evidenceHeading, wxSizerFlags().Expand().Border(wxALL, gap));
    evidenceSizer->Add(m_evidenceList, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    evidenceSizer->Add(evidenceButtons, wxSizerFlags().Expand().Border(wxALL, gap));
    m_evidencePanel->SetSizer(evidenceSizer);
    m_evidencePanel->Hide();
    m_top->Initialize(m_grid);

    // The passages behind the selected cell.
    auto* passagesPanel = new wxPanel(m_bottom, wxID_ANY);
    m_passagesHeading = new wxStaticText(passagesPanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                         wxST_ELLIPSIZE_END);
    m_passageList = new MatrixPassageList(passagesPanel, *this);
    m_passageList->SetName("cell-passages");
    m_passageText = new wxTextCtrl(passagesPanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                   wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxTE_RICH2);
    m_passageText->SetName("passage-text");
    m_cite = new wxButton(passagesPanel, wxID_ANY, wxString());
    m_openPassage = new wxButton(passagesPanel, wxID_ANY, wxString());
    // Buttons wrap onto a second line in a narrow pane rather than being cut off.
    auto* passageButtons = new wxWrapSizer(wxHORIZONTAL);
    passageButtons->Add(m_cite, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap));
    passageButtons->Add(m_openPassage, wxSizerFlags().Border(wxBOTTOM, gap));
    auto* passagesSizer = new wxBoxSizer(wxVERTICAL);
    passagesSizer->Add(m_passagesHeading, wxSizerFlags().Expand().Border(wxALL, gap));
    m_passageList->SetMinSize(FromDIP(wxSize(-1, 60)));
    m_passageText->SetMinSize(FromDIP(wxSize(-1, 48)));
    passagesSizer->Add(m_passageList, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    passagesSizer->Add(m_passageText, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    passagesSizer->Add(passageButtons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    passagesPanel->SetSizer(passagesSizer);

    // The summary.
    auto* summaryPanel = new wxPanel(m_bottom, wxID_ANY);
    m_summaryHeading = new wxStaticText(summaryPanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                        wxST_ELLIPSIZE_END);
    m_summaryState = new wxStaticText(summaryPanel, wxID_ANY, wxString());
    m_summary = new wxStyledTextCtrl(summaryPanel, wxID_ANY);
    m_summary->SetName("cell-summary");
    m_summary->SetCodePage(wxSTC_CP_UTF8);
    // At spaces only: the styles change at every character (see styleSummary).
    m_summary->SetWrapMode(wxSTC_WRAP_WHITESPACE);
    m_summary->SetMarginCount(0);
    m_summary->SetMarginLeft(FromDIP(8));
    m_summary->SetMarginRight(FromDIP(8));
    m_summary->SetUseHorizontalScrollBar(false);
    m_summary->SetLexer(wxSTC_LEX_CONTAINER);  // styled in styleSummary(), as a whole
    {
        wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
        font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.1);  // as the document text
        m_summary->StyleSetFont(wxSTC_STYLE_DEFAULT, font);
        m_summary->StyleSetForeground(wxSTC_STYLE_DEFAULT, wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
        m_summary->StyleSetBackground(wxSTC_STYLE_DEFAULT, wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
        m_summary->StyleClearAll();
        const wxColour link(31, 95, 168), missing(190, 30, 30);
        for (const auto& [indicator, colour] : {std::pair{kMarkIndicator, link}, std::pair{kMissingIndicator, missing}}) {
            m_summary->IndicatorSetStyle(indicator, wxSTC_INDIC_ROUNDBOX);
            m_summary->IndicatorSetForeground(indicator, colour);
            m_summary->IndicatorSetUnder(indicator, true);
            m_summary->IndicatorSetAlpha(indicator, 60);
            m_summary->IndicatorSetOutlineAlpha(indicator, 160);
        }
    }
    m_summaryHint = new wxStaticText(summaryPanel, wxID_ANY, wxString());
    m_summaryHint->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_save = new wxButton(summaryPanel, wxID_ANY, wxString());
    m_startFromCoded = new wxButton(summaryPanel, wxID_ANY, wxString());
    auto* summaryTop = new wxBoxSizer(wxHORIZONTAL);
    summaryTop->Add(m_summaryHeading, wxSizerFlags(1).CentreVertical());
    summaryTop->Add(m_summaryState, wxSizerFlags().CentreVertical().Border(wxLEFT, gap));
    auto* summaryButtons = new wxWrapSizer(wxHORIZONTAL);
    summaryButtons->Add(m_save, wxSizerFlags().Border(wxRIGHT | wxBOTTOM, gap));
    summaryButtons->Add(m_startFromCoded, wxSizerFlags().Border(wxBOTTOM, gap));
    auto* summarySizer = new wxBoxSizer(wxVERTICAL);
    summarySizer->Add(summaryTop, wxSizerFlags().Expand().Border(wxALL, gap));
    summarySizer->Add(m_summary, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT, gap));
    summarySizer->Add(m_summaryHint, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    summarySizer->Add(summaryButtons, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    summaryPanel->SetSizer(summarySizer);
    // The hint wraps to the pane's width.
    summaryPanel->Bind(wxEVT_SIZE, [this, summaryPanel](wxSizeEvent& event) {
        event.Skip();
        wrapHint(summaryPanel->GetClientSize().GetWidth());
    });

    m_bottom->SplitVertically(passagesPanel, summaryPanel);
    auto* cellSizer = new wxBoxSizer(wxVERTICAL);
    cellSizer->Add(m_cellHeading, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    cellSizer->Add(m_bottom, wxSizerFlags(1).Expand());
    cellPanel->SetSizer(cellSizer);
    m_vertical->SplitHorizontally(m_top, cellPanel);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(heading, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(m_vertical, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    // Events.
    m_grid->Bind(wxEVT_GRID_SELECT_CELL, &MatrixEditor::onSelectCell, this);
    m_grid->Bind(wxEVT_GRID_CELL_LEFT_DCLICK, [this](wxGridEvent&) {
        if (canWrite()) m_summary->SetFocus();
    });
    m_grid->GetGridWindow()->Bind(wxEVT_MOTION, [this](wxMouseEvent& event) {
        event.Skip();
        const wxPoint at = m_grid->CalcUnscrolledPosition(event.GetPosition());
        const auto cell = m_table ? m_table->index(m_grid->YToRow(at.y), m_grid->XToCol(at.x)) : std::nullopt;
        const wxString tip = cell ? cellTooltip(*cell) : wxString();
        if (m_grid->GetGridWindow()->GetToolTipText() != tip) m_grid->GetGridWindow()->SetToolTip(tip);
    });
    m_passageList->Bind(wxEVT_LIST_ITEM_SELECTED, [this](wxListEvent& event) {
        const auto index = static_cast<std::size_t>(event.GetIndex());
        m_passageText->ChangeValue(index < m_passages.size() ? toWx(m_passages[index].text) : wxString());
        updateButtons();
    });
    m_passageList->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent&) { openSelectedPassage(); });
    m_passageList->Bind(wxEVT_LIST_BEGIN_DRAG, &MatrixEditor::onPassageDrag, this);
    m_cite->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { citeSelectedPassage(); });
    m_openPassage->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelectedPassage(); });
    m_save->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { saveSummary(); });
    m_startFromCoded->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { startFromCodedText(); });
    m_checkEvidence->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { checkEvidence(); });
    m_export->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { exportMatrix(); });
    m_previousProblem->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { previousProblem(); });
    m_nextProblem->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { nextProblem(); });
    m_closeEvidence->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        if (m_top->IsSplit()) m_top->Unsplit(m_evidencePanel);
    });
    m_evidenceList->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        goToProblem(static_cast<std::size_t>(event.GetIndex()));
    });

    m_summary->Bind(wxEVT_STC_CHANGE, &MatrixEditor::onSummaryChanged, this);
    m_summary->Bind(wxEVT_STC_INDICATOR_RELEASE, [this](wxStyledTextEvent& event) {
        const auto at = static_cast<std::size_t>(std::max(0, event.GetPosition()));
        // Opening a document moves the focus and the tab: not from inside Scintilla's click.
        std::weak_ptr<bool> alive = m_alive;
        CallAfter([this, alive, at] {
            if (alive.lock()) openCitationAt(at);
        });
    });
    m_summary->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& event) {
        const int key = event.GetKeyCode();
        if (event.ControlDown() && !event.AltDown()) {
            if (key == 'S') {
                saveSummary();
                return;
            }
            // The editing keys stay the text's own; the window's other shortcuts pass on.
            const bool editingKey = key == 'Z' || key == 'Y' || key == 'C' || key == 'V' || key == 'X' || key == 'A' ||
                                    key == WXK_LEFT || key == WXK_RIGHT || key == WXK_UP || key == WXK_DOWN ||
                                    key == WXK_HOME || key == WXK_END || key == WXK_BACK || key == WXK_DELETE;
            if (!editingKey && runMenuShortcut(*m_summary, event)) return;
        }
        event.Skip();
    });
    // Leaving the summary writes it (after the focus has settled where it is going).
    m_summary->Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& event) {
        event.Skip();
        std::weak_ptr<bool> alive = m_alive;
        CallAfter([this, alive] {
            if (alive.lock() && hasUnsavedSummary()) saveSummary();
        });
    });

    buildGrid();
    updateTexts();
    if (m_model.rowCount() > 0 && m_model.columnCount() > 0) {
        selectCell(m_model.firstCellWithPassages().value_or(MatrixCellIndex{0, 0}));
    } else {
        loadCell();
    }
}

MatrixEditor::~MatrixEditor() {
    m_alive.reset();
    // The grid's table and renderer read this editor: they go before its members do.
    DestroyChildren();
}

void MatrixEditor::buildGrid() {
    m_grid->BeginBatch();
    m_table = new MatrixTable(*this);
    m_grid->SetTable(m_table, true, wxGrid::wxGridSelectCells);
    m_grid->EnableEditing(false);
    // Fixed sizes: nothing is measured cell by cell, so a big matrix opens at once.
    wxClientDC dc(m_grid);
    dc.SetFont(m_grid->GetDefaultCellFont());
    m_grid->SetDefaultRowSize(dc.GetCharHeight() * kCellLines + FromDIP(12), true);
    m_grid->SetDefaultColSize(FromDIP(230), true);
    dc.SetFont(m_grid->GetLabelFont());
    int labelWidth = FromDIP(90);
    for (std::size_t r = 0; r < m_model.rowCount(); ++r)
        labelWidth = std::max(labelWidth, dc.GetTextExtent(toWx(m_model.rowName(r))).GetWidth() + FromDIP(16));
    m_grid->SetRowLabelSize(std::min(labelWidth, FromDIP(240)));
    m_grid->SetRowLabelAlignment(wxALIGN_LEFT, wxALIGN_CENTRE);
    m_grid->SetColLabelSize(dc.GetCharHeight() + FromDIP(12));
    m_grid->EndBatch();
    m_grid->ForceRefresh();
}

// --- texts

void MatrixEditor::updateTexts() {
    m_newMatrix->SetLabel(_("&New matrix…"));
    m_newMatrix->SetToolTip(_("Make another framework matrix: a theme's codes as columns, cases or sources as rows"));
    m_checkEvidence->SetLabel(_("Check &evidence"));
    m_checkEvidence->SetToolTip(_("List the summaries that cite no passage, and citations whose passage is no longer coded"));
    m_export->SetLabel(_("Export &matrix…"));
    m_export->SetToolTip(_("Save the matrix as a Word or Excel table with numbered quotations, or as CSV, HTML or Markdown"));
    m_previousProblem->SetLabel(_("&Previous"));
    m_nextProblem->SetLabel(_("Ne&xt"));
    m_closeEvidence->SetLabel(_("&Hide"));
    m_cite->SetLabel(_("&Cite in summary"));
    m_cite->SetToolTip(_("Put this passage's citation number in the summary at the cursor (or drag the passage there)"));
    m_openPassage->SetLabel(_("&Open in document"));
    m_openPassage->SetToolTip(_("Show the passage in its document, selected"));
    m_save->SetLabel(_("&Save summary"));
    m_save->SetToolTip(_("Write the summary and its citations (Ctrl+S); leaving the cell writes it too"));
    m_startFromCoded->SetLabel(_("Start from coded &text"));
    m_startFromCoded->SetToolTip(_("Put this cell's passages in the summary, each quoted and cited, to write over"));
    wrapHint(m_summaryHint->GetParent()->GetClientSize().GetWidth());
    m_grid->SetName(_("Framework matrix"));
    // The lists' columns are made again in the new words; what was chosen in them stays chosen.
    const auto passage = selectedPassage();
    m_passageList->setColumns();
    if (passage) selectPassage(*passage);
    m_evidenceList->setColumns();
    if (const auto problem = m_evidence.current(); problem && *problem < m_evidence.items().size())
        m_evidenceList->SetItemState(static_cast<long>(*problem), wxLIST_STATE_SELECTED, wxLIST_STATE_SELECTED);
    updateHeadings();
    if (m_evidencePanel->IsShown()) showEvidence();
    Layout();
}

void MatrixEditor::wrapHint(int width) {
    m_summaryHint->SetLabel(_("Cite a passage with the button or by dragging it here; click a number to open its passage."));
    m_summaryHint->Wrap(std::max(FromDIP(120), width - FromDIP(16)));
}

wxString MatrixEditor::rowHeading() const {
    if (!m_selected) return {};
    return wxString::Format(L"%s \u00D7 %s", toWx(m_model.rowName(m_selected->row)),
                            toWx(m_model.columnName(m_selected->column)));
}

void MatrixEditor::updateHeadings() {
    m_title->SetLabel(toWx(m_model.matrix().name));
    std::size_t written = 0;
    for (const CellView& c : m_model.view().cells)
        if (c.cell && !c.cell->summary.empty()) ++written;
    const wxString rows = m_model.documentRows() ? wxString::Format(_("Sources: %zu"), m_model.rowCount())
                                                 : wxString::Format(_("Cases: %zu"), m_model.rowCount());
    m_shape->SetLabel(rows + L" \u00B7 " + wxString::Format(_("Codes: %zu"), m_model.columnCount()) + L" \u00B7 " +
                      wxString::Format(_("Summaries: %zu"), written));
    m_shape->SetToolTip(m_shape->GetLabel());
    if (!m_selected) {
        m_cellHeading->SetLabel(_("Choose a cell to see the passages behind it."));
        m_passagesHeading->SetLabel(wxString());
        m_summaryHeading->SetLabel(_("Summary"));
        m_summaryState->SetLabel(wxString());
    } else {
        m_cellHeading->SetLabel(rowHeading());
        m_passagesHeading->SetLabel(wxString::Format(_("Coded passages: %zu"), m_passages.size()));
        m_summaryHeading->SetLabel(_("Summary"));
        if (!canWrite()) {
            m_summaryState->SetLabel(_("Read-only"));
        } else {
            m_summaryState->SetLabel(hasUnsavedSummary() ? _("Not saved yet") : wxString());
        }
    }
    updateButtons();
    // The headings sit in panels of their own, which lay out again only when told.
    for (wxWindow* heading : {static_cast<wxWindow*>(m_cellHeading), static_cast<wxWindow*>(m_passagesHeading),
                              static_cast<wxWindow*>(m_summaryState)})
        heading->GetParent()->Layout();
    Layout();
}

void MatrixEditor::updateButtons() {
    m_cite->Enable(canCite());
    m_openPassage->Enable(selectedPassage().has_value());
    m_save->Enable(canWrite() && hasUnsavedSummary());
    m_startFromCoded->Enable(canStartFromCodedText());
    m_newMatrix->Enable(!m_bench.readOnly());
}

wxString MatrixEditor::cellTooltip(MatrixCellIndex at) const {
    wxString tip = wxString::Format(L"%s \u00D7 %s", toWx(m_model.rowName(at.row)), toWx(m_model.columnPath(at.column)));
    tip << "\n" << wxString::Format(_("Coded passages: %lld"), static_cast<long long>(m_model.passageCount(at)));
    tip << L" \u00B7 " << wxString::Format(_("Cited: %zu"), m_model.citationCount(at));
    if (const auto& cell = m_model.cell(at).cell; cell && !cell->summary.empty())
        tip << "\n\n" << toWx(excerptOf(cell->summary, 400));
    return tip;
}

// --- cells

bool MatrixEditor::selectCell(MatrixCellIndex at) {
    if (at.row >= m_model.rowCount() || at.column >= m_model.columnCount()) return false;
    // SetGridCursor sends the selection event, which saves the cell being left and loads this one.
    m_grid->SetGridCursor(static_cast<int>(at.row), static_cast<int>(at.column));
    m_grid->MakeCellVisible(static_cast<int>(at.row), static_cast<int>(at.column));
    if (m_selected != at) {  // the event did not come (the cursor was there already)
        m_selected = at;
        loadCell();
    }
    return true;
}

void MatrixEditor::onSelectCell(wxGridEvent& event) {
    event.Skip();
    const auto at = m_table ? m_table->index(event.GetRow(), event.GetCol()) : std::nullopt;
    if (!at || at == m_selected) return;
    if (hasUnsavedSummary()) saveSummary();  // a failure has been said; the cell changes anyway
    m_selected = at;
    loadCell();
}

void MatrixEditor::loadCell() {
    m_loading = true;
    m_passages.clear();
    m_missingCitations.clear();
    SummaryDraft draft;
    m_storedSummary.clear();
    m_storedCitations.clear();
    if (m_selected) {
        const CellView& cell = m_model.cell(*m_selected);
        try {
            m_passages = passagesOfCell(m_bench, cell);
            std::map<RowId, std::string> coders;
            for (const Coder& c : m_bench.coders()) coders[c.id] = c.name;
            m_passageList->setCoders(std::move(coders));
        } catch (const std::exception& e) {
            if (m_actions.reportProblem) m_actions.reportProblem(_("Could not read the passages of this cell."), describeFailure(e));
        }
        if (cell.cell) {
            m_storedSummary = cell.cell->summary;
            m_storedCitations = cell.cell->citedCodingUuids;
        }
        for (const std::string& uuid : m_storedCitations) {
            const bool here = std::any_of(m_passages.begin(), m_passages.end(),
                                          [&](const CellPassage& p) { return p.coding.uuid == uuid; });
            if (!here && !m_bench.store().codingByUuid(uuid)) m_missingCitations.push_back(uuid);
        }
        draft = SummaryDraft::fromStored(m_storedSummary, m_storedCitations);
    }
    m_passageList->SetItemCount(static_cast<long>(m_passages.size()));
    m_passageList->Refresh();
    m_passageText->ChangeValue(wxString());
    if (!m_passages.empty()) selectPassage(0);
    showSummary(draft);
    m_loading = false;
    updateHeadings();
}

void MatrixEditor::showSummary(const SummaryDraft& draft) {
    const bool wasLoading = m_loading;
    m_loading = true;
    m_draft = draft;
    m_summary->SetReadOnly(false);
    m_summary->SetTextRaw(m_draft.text().c_str());
    m_summary->EmptyUndoBuffer();
    m_summary->SetReadOnly(!canWrite());
    m_loadedText = m_draft.text();
    m_loading = wasLoading;
    styleSummary();
}

bool MatrixEditor::selectPassage(std::size_t index) {
    if (index >= m_passages.size()) return false;
    m_passageList->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_passageList->EnsureVisible(static_cast<long>(index));
    m_passageText->ChangeValue(toWx(m_passages[index].text));
    updateButtons();
    return true;
}

std::optional<std::size_t> MatrixEditor::selectedPassage() const {
    const long item = m_passageList->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (item < 0 || static_cast<std::size_t>(item) >= m_passages.size()) return std::nullopt;
    return static_cast<std::size_t>(item);
}

bool MatrixEditor::openSelectedPassage() {
    const auto index = selectedPassage();
    if (!index || !m_actions.showPassage) return false;
    const Coding& c = m_passages[*index].coding;
    m_actions.showPassage(c.documentId, c.start, c.end);
    return true;
}

// --- the summary

bool MatrixEditor::canWrite() const {
    return m_selected.has_value() && !m_bench.readOnly();
}

bool MatrixEditor::canCite() const {
    return canWrite() && selectedPassage().has_value();
}

bool MatrixEditor::canStartFromCodedText() const {
    return canWrite() && !m_passages.empty() && m_draft.toStored().first.empty();
}

bool MatrixEditor::hasUnsavedSummary() const {
    return m_selected.has_value() && m_draft.text() != m_loadedText;
}

void MatrixEditor::onSummaryChanged(wxStyledTextEvent& event) {
    event.Skip();
    if (m_loading) return;
    const wxCharBuffer raw = m_summary->GetTextRaw();
    m_draft.setText(std::string(raw.data(), raw.length()));
    styleSummary();
    m_passageList->Refresh();  // the numbers cited may have changed
    updateHeadings();
}

void MatrixEditor::styleSummary() {
    const int length = m_summary->GetLength();
    // Under GTK, Scintilla places each character at widths it measured one by one, while Pango
    // draws a run of text whole, joining "ffi" or "fl" into one narrower glyph: the marks' boxes
    // (and the caret) would drift off their text along a line. Two identical styles taking
    // turns, character by character, make Scintilla draw each character where it measured it.
    // (It also leaves nothing for a lexer to do.)
    const wxCharBuffer raw = m_summary->GetTextRaw();
    const std::string_view bytes(raw.data(), raw.length());
    m_summary->StartStyling(0);
    bool other = false;
    for (std::size_t at = 0; at < bytes.size();) {
        std::size_t next = at + 1;
        while (next < bytes.size() && (static_cast<unsigned char>(bytes[next]) & 0xC0) == 0x80) ++next;
        m_summary->SetStyling(static_cast<int>(next - at), other ? kTwinStyle : wxSTC_STYLE_DEFAULT);
        other = !other;
        at = next;
    }
    for (const int indicator : {kMarkIndicator, kMissingIndicator}) {
        m_summary->SetIndicatorCurrent(indicator);
        m_summary->IndicatorClearRange(0, length);
    }
    for (const CitationMark& mark : m_draft.marks()) {
        if (mark.end > static_cast<std::size_t>(length)) break;  // the text is being replaced
        const auto uuid = m_draft.codingAt(mark.start);
        const bool missing = uuid && std::find(m_missingCitations.begin(), m_missingCitations.end(), *uuid) !=
                                         m_missingCitations.end();
        m_summary->SetIndicatorCurrent(missing ? kMissingIndicator : kMarkIndicator);
        m_summary->IndicatorFillRange(static_cast<int>(mark.start), static_cast<int>(mark.end - mark.start));
    }
}

bool MatrixEditor::citeSelectedPassage() {
    const auto index = selectedPassage();
    if (!index || !canWrite()) return false;
    const SummaryDraft::Insertion insertion =
        m_draft.citationAt(static_cast<std::size_t>(m_summary->GetCurrentPos()), m_passages[*index].coding.uuid);
    m_summary->InsertTextRaw(static_cast<int>(insertion.at), insertion.text.c_str());  // onSummaryChanged follows
    m_summary->GotoPos(static_cast<int>(insertion.caret));
    m_summary->SetFocus();
    return true;
}

void MatrixEditor::onPassageDrag(wxListEvent& event) {
    const auto index = static_cast<std::size_t>(event.GetIndex());
    if (index >= m_passages.size() || !canWrite()) return;
    // The summary takes the drop as text: the mark, numbered now, names the passage.
    wxTextDataObject data(toWx(m_draft.markFor(m_passages[index].coding.uuid)));
    wxDropSource source(data, m_passageList);
    source.DoDragDrop(wxDrag_CopyOnly);
}

bool MatrixEditor::saveSummary() {
    if (!m_selected || !hasUnsavedSummary()) return true;
    if (!canWrite()) return false;
    const auto [text, cited] = m_draft.toStored();
    if (text == m_storedSummary && cited == m_storedCitations) {
        m_loadedText = m_draft.text();  // only marks moved or spaces around them: nothing to write
        updateHeadings();
        return true;
    }
    if (m_actions.ensureCoder && !m_actions.ensureCoder()) return false;
    const CellView& cell = m_model.cell(*m_selected);
    // A document row is named by its uuid: two sources may share a name.
    const std::string row = cell.documentRow ? cell.documentRow->uuid : cell.rowName;
    try {
        // A model read before other changes stays behind them, to be read again in reload().
        const bool upToDate = projectChangeCounter(m_bench) == m_model.readAtChange();
        const MatrixCell written = writeSummary(m_bench, m_model.matrix().name, row, cell.codePath, text, cited);
        m_model.updateCell(*m_selected, written);
        if (upToDate) m_model.setReadAtChange(projectChangeCounter(m_bench));
    } catch (const std::exception& e) {
        if (m_actions.reportProblem) m_actions.reportProblem(_("Could not save the summary."), describeFailure(e));
        return false;
    }
    m_storedSummary = text;
    m_storedCitations = cited;
    m_loadedText = m_draft.text();
    m_grid->RefreshBlock(static_cast<int>(m_selected->row), static_cast<int>(m_selected->column),
                         static_cast<int>(m_selected->row), static_cast<int>(m_selected->column));
    updateHeadings();
    if (m_evidencePanel->IsShown()) checkEvidence();
    announceChange();
    return true;
}

bool MatrixEditor::startFromCodedText() {
    if (!canStartFromCodedText()) return false;
    SummaryDraft draft = draftFromPassages(m_passages);
    m_loading = true;
    m_draft = draft;
    m_summary->SetTextRaw(m_draft.text().c_str());  // one step of the text's own undo
    m_loading = false;
    m_summary->SetFocus();
    m_summary->DocumentEnd();
    m_passageList->Refresh();
    styleSummary();
    updateHeadings();
    return true;
}

bool MatrixEditor::openCitationAt(std::size_t at) {
    const auto uuid = m_draft.codingAt(at);
    if (!uuid) return false;
    const auto coding = m_bench.store().codingByUuid(*uuid);
    if (!coding) {
        if (m_actions.reportProblem)
            m_actions.reportProblem(_("This passage is no longer coded."),
                                    _("Its coding was removed after the summary cited it. Cite another passage, "
                                      "or delete the number from the summary."));
        return false;
    }
    if (m_actions.showPassage) m_actions.showPassage(coding->documentId, coding->start, coding->end);
    return true;
}

bool MatrixEditor::undoTyping(bool undo) {
    if (wxWindow::FindFocus() != m_summary || !hasUnsavedSummary()) return false;
    if (undo ? !m_summary->CanUndo() : !m_summary->CanRedo()) return false;
    if (undo) m_summary->Undo();
    else m_summary->Redo();
    return true;
}

void MatrixEditor::announceChange() {
    // Never from inside the grid's or the text's own event: the frame re-reads every view.
    std::weak_ptr<bool> alive = m_alive;
    CallAfter([this, alive] {
        if (alive.lock() && m_actions.projectChanged) m_actions.projectChanged();
    });
}

void MatrixEditor::reload() {
    if (projectChangeCounter(m_bench) == m_model.readAtChange()) return;
    const std::size_t rows = m_model.rowCount(), columns = m_model.columnCount();
    try {
        m_model = MatrixGridModel::read(m_bench, m_model.matrix().name);
    } catch (const std::exception& e) {
        if (m_actions.reportProblem) m_actions.reportProblem(_("Could not read the framework matrix again."), describeFailure(e));
        return;
    }
    if (m_model.rowCount() != rows || m_model.columnCount() != columns) {
        buildGrid();
        if (m_selected && (m_selected->row >= m_model.rowCount() || m_selected->column >= m_model.columnCount()))
            m_selected.reset();
    } else {
        m_grid->ForceRefresh();
    }
    if (m_selected) {
        const CellView& cell = m_model.cell(*m_selected);
        const std::string summary = cell.cell ? cell.cell->summary : std::string();
        const std::vector<std::string> cited = cell.cell ? cell.cell->citedCodingUuids : std::vector<std::string>{};
        if (hasUnsavedSummary() && summary == m_storedSummary && cited == m_storedCitations) {
            // Typing in progress, and the cell itself did not change: keep the text, refresh the passages.
            const SummaryDraft typed = m_draft;
            const std::string loaded = m_loadedText;
            loadCell();
            m_loading = true;
            m_draft = typed;
            m_summary->SetTextRaw(m_draft.text().c_str());
            m_loadedText = loaded;
            m_loading = false;
            styleSummary();
        } else {
            loadCell();
        }
    }
    if (m_evidencePanel->IsShown()) checkEvidence();
    updateHeadings();
}

// --- the evidence check

void MatrixEditor::checkEvidence() {
    if (hasUnsavedSummary()) saveSummary();
    try {
        m_evidence = EvidenceWalk::check(m_bench, m_model);
    } catch (const std::exception& e) {
        if (m_actions.reportProblem) m_actions.reportProblem(_("Could not check the evidence."), describeFailure(e));
        return;
    }
    showEvidence();
}

void MatrixEditor::showEvidence() {
    m_evidenceList->SetItemCount(static_cast<long>(m_evidence.items().size()));
    m_evidenceList->Refresh();
    m_evidenceHeading->SetLabel(m_evidence.empty()
                                    ? _("Every summary cites passages that are still coded.")
                                    : wxString::Format(_("Evidence check: problems found: %zu"), m_evidence.items().size()));
    m_previousProblem->Enable(!m_evidence.empty());
    m_nextProblem->Enable(!m_evidence.empty());
    if (!m_top->IsSplit()) {
        m_evidencePanel->Show();
        m_top->SplitVertically(m_grid, m_evidencePanel, -FromDIP(440));
    }
    m_evidencePanel->Layout();
}

bool MatrixEditor::goToProblem(std::size_t index) {
    if (index >= m_evidence.items().size()) return false;
    m_evidence.setCurrent(index);
    m_evidenceList->SetItemState(static_cast<long>(index), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                                 wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_evidenceList->EnsureVisible(static_cast<long>(index));
    const auto& cell = m_evidence.items()[index].cell;
    if (!cell) return false;
    return selectCell(*cell);
}

bool MatrixEditor::nextProblem() {
    if (!m_evidencePanel->IsShown()) checkEvidence();
    const auto index = m_evidence.next();
    return index && goToProblem(*index);
}

bool MatrixEditor::previousProblem() {
    if (!m_evidencePanel->IsShown()) checkEvidence();
    const auto index = m_evidence.previous();
    return index && goToProblem(*index);
}

// --- export

std::optional<ExportReport> MatrixEditor::exportTo(const wxString& path) {
    if (hasUnsavedSummary()) saveSummary();
    try {
        wxBusyCursor busy;
        const std::string file = toUtf8(path);
        return edau::exportMatrix(m_bench, m_model.matrix().name, exportFormat(file), file, exportWordingForInterface());
    } catch (const std::exception& e) {
        if (m_actions.reportProblem) m_actions.reportProblem(_("Could not export the matrix."), describeFailure(e));
        return std::nullopt;
    }
}

void MatrixEditor::exportMatrix() {
    wxString filter;
    const wxString names[] = {_("Word document"), _("Excel workbook"), _("CSV table"), _("Web page"), _("Markdown")};
    for (std::size_t i = 0; i < std::size(kExportExtensions); ++i) {
        if (i > 0) filter << "|";
        filter << wxString::Format("%s (*.%s)|*.%s", names[i], kExportExtensions[i], kExportExtensions[i]);
    }
    wxString name = toWx(m_model.matrix().name);
    for (const wxUniChar bad : wxString("/\\:*?\"<>|")) name.Replace(wxString(bad), "-");
    wxFileDialog dialog(this, _("Export the framework matrix"), wxFileName(toWx(m_bench.path())).GetPath(),
                        name + ".docx", filter, wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) return;
    wxFileName file(dialog.GetPath());
    const int chosen = std::clamp(dialog.GetFilterIndex(), 0, static_cast<int>(std::size(kExportExtensions)) - 1);
    const wxString extension = kExportExtensions[chosen];
    if (file.GetExt().Lower() != extension) file.SetFullName(file.GetFullName() + "." + extension);
    const auto report = exportTo(file.GetFullPath());
    if (!report) return;
    wxString detail = _("Quotations cited in the summaries are numbered notes, with source, speaker and position.");
    if (!report->truncatedCells.empty())
        detail << "\n\n" << wxString::Format(_("Cells cut to Excel's limit of 32,767 characters: %zu"), report->truncatedCells.size());
    if (!report->removedCharacters.empty())
        detail << "\n\n" << _("Some characters that the format cannot hold were left out.");
    showInformationDialog(this, wxString::Format(_("The matrix was exported to %s."), file.GetFullName()), detail);
}

}  // namespace edau::gui
