// SPDX-License-Identifier: GPL-3.0-or-later
/// The intercoder agreement view: figures per code explained, differences side by side.
#include "views/agreement_view.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <wx/aui/auibook.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/collpane.h>
#include <wx/dcclient.h>
#include <wx/grid.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/tokenzr.h>
#include <wx/utils.h>

#include "edau/app/workbench.h"
#include "presenters/colours.h"
#include "views/agreement_differences_panel.h"
#include "widgets/splitter_share.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

enum Column { kCodeColumn, kCodedColumn, kAgreementColumn, kKappaColumn, kAlphaColumn, kDifferencesColumn, kColumnCount };

/// The units the unit choice offers, in its order.
const std::vector<std::string>& unitCodes() {
    static const std::vector<std::string> units = {"sentence", "turn", "character"};
    return units;
}

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

wxColour toColour(Rgb rgb) {
    return wxColour(rgb.red, rgb.green, rgb.blue);
}

/// A cell's colour for how good a figure is: red (poor), amber (middling), green (good),
/// light enough over the window's background that the number reads.
wxColour bandColour(int goodness) {
    const Rgb background = toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    const Rgb tint = goodness <= 0 ? Rgb{214, 69, 65} : goodness == 1 ? Rgb{230, 162, 40} : Rgb{56, 158, 84};
    return toColour(mix(background, tint, isDark(background) ? 0.45 : 0.30));
}

std::optional<int> kappaGoodness(std::optional<double> kappa) {
    if (!kappa) return std::nullopt;
    switch (kappaBand(*kappa)) {
        case KappaBand::Poor:
        case KappaBand::Slight:
        case KappaBand::Fair: return 0;
        case KappaBand::Moderate: return 1;
        case KappaBand::Substantial:
        case KappaBand::AlmostPerfect: return 2;
    }
    return std::nullopt;
}

std::optional<int> alphaGoodness(std::optional<double> alpha) {
    if (!alpha) return std::nullopt;
    return *alpha >= 0.800 ? 2 : *alpha >= 0.667 ? 1 : 0;
}

wxString countText(std::int64_t n) {
    return wxString::Format("%lld", static_cast<long long>(n));
}

}  // namespace

AgreementView::AgreementView(wxWindow* parent, ShowPassage showPassage, wxWindow* differencesParent)
    : wxPanel(parent, wxID_ANY), m_showPassage(std::move(showPassage)) {
    m_firstLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_first = new wxChoice(this, wxID_ANY);
    m_secondLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_second = new wxChoice(this, wxID_ANY);
    m_unitLabel = new wxStaticText(this, wxID_ANY, wxString());
    m_unit = new wxChoice(this, wxID_ANY);
    // Made with their words (set again by updateTexts): GTK sizes a check box by its first label.
    m_codedOnly = new wxCheckBox(this, wxID_ANY, _("Leave out uncoded text"));
    m_codedOnly->SetValue(true);
    m_sharedOnly = new wxCheckBox(this, wxID_ANY, _("Only sources both coded"));
    m_sharedOnly->SetValue(true);
    m_summary = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_summary->SetFont(m_summary->GetFont().Bold());

    // The table above what its chosen row means; below them (when the differences have no
    // page of their own) the places the coders differ. Each band can be resized.
    const long splitStyle = wxSP_LIVE_UPDATE | wxSP_3DSASH;
    wxSplitterWindow* outer = nullptr;
    if (differencesParent == nullptr) {
        outer = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, splitStyle);
        outer->SetMinimumPaneSize(FromDIP(100));
        outer->SetSashGravity(0.6);
    }
    auto* split = new wxSplitterWindow(outer != nullptr ? static_cast<wxWindow*>(outer) : this, wxID_ANY,
                                       wxDefaultPosition, wxDefaultSize, splitStyle);
    split->SetMinimumPaneSize(FromDIP(60));
    split->SetSashGravity(0.5);
    m_table = new wxGrid(split, wxID_ANY);
    m_table->CreateGrid(0, kColumnCount);
    m_table->EnableEditing(false);
    m_table->SetRowLabelSize(0);
    m_table->EnableDragRowSize(false);
    m_table->SetSelectionMode(wxGrid::wxGridSelectRows);
    m_table->SetDefaultCellAlignment(wxALIGN_RIGHT, wxALIGN_CENTRE);
    m_explanation = new wxTextCtrl(split, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                   wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxTE_RICH2);
    split->SplitHorizontally(m_table, m_explanation);
    keepSashShare(split, 0.55);
    auto* differences = new AgreementDifferencesPanel(outer != nullptr ? static_cast<wxWindow*>(outer) : differencesParent);
    if (outer != nullptr) {
        outer->SplitHorizontally(split, differences);
        keepSashShare(outer, 0.6);
    }
    m_differences = differences;
    differences->onChosen = [this](const DifferenceRow& row) { showDifference(row); };
    differences->onOpen = m_showPassage;

    m_methodsPane = new wxCollapsiblePane(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                                          wxCP_DEFAULT_STYLE | wxCP_NO_TLW_RESIZE);
    m_methods = new wxTextCtrl(m_methodsPane->GetPane(), wxID_ANY, wxString(), wxDefaultPosition,
                               FromDIP(wxSize(-1, 150)), wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP);
    auto* methodsSizer = new wxBoxSizer(wxVERTICAL);
    methodsSizer->Add(m_methods, wxSizerFlags(1).Expand());
    m_methodsPane->GetPane()->SetSizer(methodsSizer);

    const int gap = FromDIP(6);
    // Who and how on one line, what to count on the next: the centre is often narrow.
    auto* choices = new wxBoxSizer(wxHORIZONTAL);
    choices->Add(m_firstLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    choices->Add(m_first, wxSizerFlags().CentreVertical().Border(wxRIGHT, 2 * gap));
    choices->Add(m_secondLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    choices->Add(m_second, wxSizerFlags().CentreVertical().Border(wxRIGHT, 2 * gap));
    choices->Add(m_unitLabel, wxSizerFlags().CentreVertical().Border(wxRIGHT, gap / 2));
    choices->Add(m_unit, wxSizerFlags().CentreVertical());
    auto* scope = new wxBoxSizer(wxHORIZONTAL);
    scope->Add(m_codedOnly, wxSizerFlags().CentreVertical().Border(wxRIGHT, 2 * gap));
    scope->Add(m_sharedOnly, wxSizerFlags().CentreVertical());
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(choices, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(scope, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, gap));
    sizer->Add(m_summary, wxSizerFlags().Expand().Border(wxALL, gap));
    sizer->Add(outer != nullptr ? static_cast<wxWindow*>(outer) : split, wxSizerFlags(1).Expand());
    sizer->Add(m_methodsPane, wxSizerFlags().Expand().Border(wxALL, gap / 2));
    SetSizer(sizer);

    for (wxChoice* choice : {m_first, m_second, m_unit}) choice->Bind(wxEVT_CHOICE, &AgreementView::onSettingChanged, this);
    for (wxCheckBox* box : {m_codedOnly, m_sharedOnly}) box->Bind(wxEVT_CHECKBOX, &AgreementView::onSettingChanged, this);
    m_table->Bind(wxEVT_GRID_SELECT_CELL, &AgreementView::onCellSelected, this);
    m_methodsPane->Bind(wxEVT_COLLAPSIBLEPANE_CHANGED, [this](wxCollapsiblePaneEvent&) { Layout(); });
    Bind(wxEVT_SHOW, [this](wxShowEvent& event) {
        event.Skip();
        if (event.IsShown() && m_stale) CallAfter([this] { compute(); });
    });

    updateTexts();
}

AgreementView::~AgreementView() {
    // A page of the bottom pane goes with the view that fills it.
    AgreementDifferencesPanel* differences = m_differences.get();
    if (differences == nullptr) return;
    if (auto* book = dynamic_cast<wxAuiNotebook*>(differences->GetParent())) {
        const int page = book->GetPageIndex(differences);
        if (page != wxNOT_FOUND) book->DeletePage(static_cast<std::size_t>(page));
    }
}

AgreementDifferencesPanel* AgreementView::differencesPanel() const {
    return m_differences.get();
}

void AgreementView::updateTexts() {
    m_firstLabel->SetLabel(_("Coder A:"));
    m_secondLabel->SetLabel(_("Coder B:"));
    m_unitLabel->SetLabel(_("Unit:"));
    const int unit = m_unit->GetSelection();
    m_unit->Clear();
    m_unit->Append(_("Sentences"));
    m_unit->Append(_("Speaker turns"));
    m_unit->Append(_("Characters"));
    m_unit->SetSelection(unit == wxNOT_FOUND ? 0 : unit);
    m_unit->SetToolTip(_("A sentence or turn counts as coded when any part of it is, so two coders who coded "
                         "a little more or less of the same sentence agree. Characters compare exact extents, "
                         "as NVivo does."));
    m_codedOnly->SetLabel(_("Leave out uncoded text"));
    m_codedOnly->SetToolTip(_("Text that nobody coded (greetings, questions) would otherwise count as agreement "
                              "on every code and make the figures look better than the coding is. "
                              "Untick it for the figures NVivo reports."));
    m_sharedOnly->SetLabel(_("Only sources both coded"));
    m_sharedOnly->SetToolTip(_("Compare only the sources in which both coders coded something, so a transcript one "
                               "of them has not coded yet does not count against the other."));
    m_methodsPane->SetLabel(_("How the figures are made"));
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_firstLabel, m_secondLabel, m_unitLabel, m_codedOnly, m_sharedOnly})
        control->InvalidateBestSize();
    m_table->SetName(_("Agreement per code"));
    if (AgreementDifferencesPanel* differences = m_differences.get()) differences->updateTexts();
    fillTable();
    fillDifferences();
    showExplanation();
    Layout();
}

wxString AgreementView::unitWords() const {
    const std::string& unit = m_model.settings().unit;
    if (unit == "turn") return _("speaker turns");
    if (unit == "character") return _("characters");
    return _("sentences");
}

void AgreementView::setWorkbench(Workbench* bench) {
    m_bench = bench;
    m_model = AgreementModel();
    readCoders();
    compute();
}

void AgreementView::reload() {
    if (!IsShownOnScreen()) {
        m_stale = true;  // counted again when shown: coding goes on while this tab waits behind
        return;
    }
    const wxString first = m_first->GetStringSelection();
    const wxString second = m_second->GetStringSelection();
    readCoders();
    if (!first.empty()) m_first->SetStringSelection(first);
    if (!second.empty()) m_second->SetStringSelection(second);
    compute();
}

void AgreementView::readCoders() {
    m_coders.clear();
    m_first->Clear();
    m_second->Clear();
    if (m_bench == nullptr) return;
    try {
        m_coders = AgreementModel::codersWithCodings(*m_bench);
    } catch (const std::exception& e) {
        m_notice = describeFailure(e);
        return;
    }
    for (const std::string& name : m_coders) {
        m_first->Append(toWx(name));
        m_second->Append(toWx(name));
    }
    // The two who coded most (AgreementModel::defaultSettings' choice).
    if (m_coders.size() >= 2) {
        m_first->SetSelection(0);
        m_second->SetSelection(1);
    }
}

AgreementSettings AgreementView::chosenSettings() const {
    AgreementSettings settings;
    settings.firstCoder = toUtf8(m_first->GetStringSelection());
    settings.secondCoder = toUtf8(m_second->GetStringSelection());
    const int unit = m_unit->GetSelection();
    settings.unit = unitCodes()[unit == wxNOT_FOUND ? 0 : static_cast<std::size_t>(unit)];
    settings.codedTextOnly = m_codedOnly->GetValue();
    settings.sharedSourcesOnly = m_sharedOnly->GetValue();
    return settings;
}

void AgreementView::setSettings(const AgreementSettings& settings) {
    m_first->SetStringSelection(toWx(settings.firstCoder));
    m_second->SetStringSelection(toWx(settings.secondCoder));
    const auto unit = std::find(unitCodes().begin(), unitCodes().end(), settings.unit);
    if (unit != unitCodes().end()) m_unit->SetSelection(static_cast<int>(unit - unitCodes().begin()));
    m_codedOnly->SetValue(settings.codedTextOnly);
    m_sharedOnly->SetValue(settings.sharedSourcesOnly);
    compute();
}

void AgreementView::compute() {
    m_stale = false;
    m_model = AgreementModel();
    m_notice.clear();
    m_selectedRow = -1;
    if (m_bench == nullptr) {
        m_notice = _("Open a project to compare its coders.");
    } else if (m_coders.empty()) {
        m_notice = _("Nobody has coded anything in this project yet. Agreement compares two coders who coded the "
                     "same sources.");
    } else if (m_coders.size() == 1) {
        m_notice = wxString::Format(_("Only %s has coded anything in this project so far. Agreement compares two "
                                      "coders who coded the same sources: ask a colleague to code some of them too, "
                                      "under their own name."),
                                    toWx(m_coders.front()));
    } else {
        const AgreementSettings settings = chosenSettings();
        if (settings.firstCoder == settings.secondCoder) {
            m_notice = _("Choose two different coders to compare.");
        } else {
            try {
                wxBusyCursor busy;
                m_model = AgreementModel::compute(*m_bench, settings);
                if (m_model.sourcesCompared() == 0)
                    m_notice = wxString::Format(_("%s and %s have not coded any source in common yet, so there is "
                                                  "nothing to compare."),
                                                toWx(settings.firstCoder), toWx(settings.secondCoder));
            } catch (const std::exception& e) {
                m_notice = describeFailure(e);
            }
        }
    }
    const bool usable = m_coders.size() >= 2;
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_first, m_second, m_unit, m_codedOnly, m_sharedOnly})
        control->Enable(usable);
    // The first code the coders differ on is chosen, so that the places below are not empty.
    if (m_notice.empty() && !m_model.rows().empty()) {
        m_selectedRow = 0;
        for (std::size_t r = 0; r < m_model.rows().size(); ++r)
            if (m_model.rows()[r].differences > 0) {
                m_selectedRow = static_cast<int>(r);
                break;
            }
    }
    fillTable();
    fillDifferences();
    showExplanation();
    Layout();
}

int AgreementView::tableRows() const {
    return m_table->GetNumberRows();
}

wxString AgreementView::tableCell(int row, int column) const {
    if (row < 0 || column < 0 || row >= m_table->GetNumberRows() || column >= m_table->GetNumberCols()) return {};
    return m_table->GetCellValue(row, column);
}

wxString AgreementView::columnHeading(int column) const {
    if (column < 0 || column >= m_table->GetNumberCols()) return {};
    return m_table->GetColLabelValue(column);
}

void AgreementView::fillTable() {
    const AgreementSettings& settings = m_model.settings();
    m_summary->SetLabel(m_notice.empty() && !settings.firstCoder.empty() ? translate(m_model.summary()) : m_notice);
    m_table->BeginBatch();
    if (m_table->GetNumberRows() > 0) m_table->DeleteRows(0, m_table->GetNumberRows());
    m_table->SetColLabelValue(kCodeColumn, _("Code"));
    // TRANSLATORS: a column heading over three counts such as "12 / 9 / 8": what coder A coded,
    // what coder B coded, and what both coded (the line below it names the unit counted).
    m_table->SetColLabelValue(kCodedColumn, wxString::Format("%s\n%s", _("A / B / both"), unitWords()));
    m_table->SetColLabelValue(kAgreementColumn, _("Agreement"));
    // TRANSLATORS: column headings, two lines each: the figure's name, then its symbol.
    m_table->SetColLabelValue(kKappaColumn, _("Kappa\nκ"));
    m_table->SetColLabelValue(kAlphaColumn, _("Alpha\nα"));
    // TRANSLATORS: a column heading on two lines: how many places the two coders differ.
    m_table->SetColLabelValue(kDifferencesColumn, _("Places\nthey differ"));
    if (m_notice.empty() && !m_model.rows().empty()) {
        std::vector<const AgreementRow*> rows;
        for (const auto& row : m_model.rows()) rows.push_back(&row);
        rows.push_back(&m_model.overall());
        m_table->AppendRows(static_cast<int>(rows.size()));
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const AgreementRow& row = *rows[i];
            const int r = static_cast<int>(i);
            m_table->SetCellValue(r, kCodeColumn, row.codeId == 0 ? _("All codes (pooled)") : toWx(row.codePath));
            m_table->SetCellAlignment(r, kCodeColumn, wxALIGN_LEFT, wxALIGN_CENTRE);
            m_table->SetCellValue(r, kCodedColumn, wxString::Format("%s / %s / %s", countText(row.firstCoded),
                                                                    countText(row.secondCoded), countText(row.bothCoded)));
            m_table->SetCellValue(r, kAgreementColumn, toWx(row.agreementText.shown));
            m_table->SetCellValue(r, kKappaColumn, toWx(row.kappaText.shown));
            m_table->SetCellValue(r, kAlphaColumn, toWx(row.alphaText.shown));
            m_table->SetCellValue(r, kDifferencesColumn, countText(static_cast<std::int64_t>(row.differences)));
            if (auto goodness = kappaGoodness(row.kappa)) m_table->SetCellBackgroundColour(r, kKappaColumn, bandColour(*goodness));
            if (auto goodness = alphaGoodness(row.alpha)) m_table->SetCellBackgroundColour(r, kAlphaColumn, bandColour(*goodness));
            if (row.codeId == 0)
                for (int c = 0; c < kColumnCount; ++c) m_table->SetCellFont(r, c, m_table->GetDefaultCellFont().Bold());
        }
    }
    // The code column as wide as its paths, within reason; the figures as wide as their headings.
    wxClientDC dc(m_table);
    dc.SetFont(m_table->GetLabelFont());
    m_table->SetColLabelSize(2 * dc.GetCharHeight() + FromDIP(10));
    m_table->AutoSizeColumn(kCodeColumn, false);
    m_table->SetColSize(kCodeColumn, std::clamp(m_table->GetColSize(kCodeColumn) + FromDIP(12), FromDIP(140), FromDIP(200)));
    for (int c = kCodedColumn; c < kColumnCount; ++c) {
        int width = FromDIP(50);
        wxStringTokenizer lines(m_table->GetColLabelValue(c), "\n");
        while (lines.HasMoreTokens()) width = std::max(width, dc.GetTextExtent(lines.GetNextToken()).GetWidth() + FromDIP(14));
        m_table->SetColSize(c, width);
    }
    m_table->EndBatch();
    if (m_selectedRow >= 0 && m_selectedRow < m_table->GetNumberRows()) {
        m_table->SelectRow(m_selectedRow);
        m_table->SetGridCursor(m_selectedRow, kCodeColumn);
        // Once the table has its size (the sash moves as the view is laid out).
        CallAfter([this, row = m_selectedRow] {
            if (row < m_table->GetNumberRows()) m_table->MakeCellVisible(row, kCodeColumn);
        });
    }
}

void AgreementView::selectRow(int row) {
    if (row < 0 || row >= m_table->GetNumberRows()) return;
    m_selectedRow = row;
    m_table->SelectRow(row);
    fillDifferences();
    showExplanation();
}

void AgreementView::onCellSelected(wxGridEvent& event) {
    event.Skip();
    if (event.GetRow() == m_selectedRow) return;
    // After the grid has moved its cursor: selecting from inside its own event confuses it.
    CallAfter([this, row = event.GetRow()] { selectRow(row); });
}

void AgreementView::fillDifferences() {
    AgreementDifferencesPanel* panel = m_differences.get();
    if (panel == nullptr) return;
    const std::size_t codes = m_model.rows().size();
    if (!m_notice.empty() || m_selectedRow < 0 || static_cast<std::size_t>(m_selectedRow) > codes) {
        panel->clear();
        return;
    }
    if (static_cast<std::size_t>(m_selectedRow) == codes) {
        const auto rows = m_model.differences();
        panel->showDifferences(rows, wxString::Format(_("Where the coders differ, on any code: %zu"), rows.size()), true);
    } else {
        const AgreementRow& row = m_model.rows()[static_cast<std::size_t>(m_selectedRow)];
        const auto rows = m_model.differences(row.codeId);
        panel->showDifferences(rows, wxString::Format(_("Where the coders differ on %s: %zu"), toWx(row.codePath), rows.size()),
                               false);
    }
    panel->showSideBySide(std::nullopt);
    if (!panel->rows().empty()) panel->selectRow(0);
}

void AgreementView::showDifference(const DifferenceRow& row) {
    AgreementDifferencesPanel* panel = m_differences.get();
    if (panel == nullptr || m_bench == nullptr) return;
    try {
        panel->showSideBySide(m_model.sideBySide(*m_bench, row.index));
    } catch (const std::exception& e) {
        panel->showSideBySide(std::nullopt);
        m_summary->SetLabel(describeFailure(e));
    }
}

void AgreementView::showExplanation() {
    m_explanation->Clear();
    wxString methods;
    for (const Message& m : m_model.methods()) methods << translate(m) << "\n\n";
    for (const Message& m : m_model.notes()) methods << translate(m) << "\n\n";
    m_methods->ChangeValue(methods.Strip(wxString::trailing));
    if (!m_notice.empty()) {
        m_explanation->ChangeValue(m_notice);
        return;
    }
    const std::size_t codes = m_model.rows().size();
    if (m_selectedRow < 0 || static_cast<std::size_t>(m_selectedRow) > codes) {
        m_explanation->ChangeValue(_("Choose a code in the table to see what its figures mean."));
        return;
    }
    const bool pooled = static_cast<std::size_t>(m_selectedRow) == codes;
    const AgreementRow& row = pooled ? m_model.overall() : m_model.rows()[static_cast<std::size_t>(m_selectedRow)];
    const AgreementSettings& settings = m_model.settings();
    const wxString heading = pooled ? _("All codes (pooled)") : toWx(row.codePath);
    wxString text;
    text << wxString::Format(_("%s (A) coded: %lld · %s (B) coded: %lld · Both: %lld (%s)"), toWx(settings.firstCoder),
                             static_cast<long long>(row.firstCoded), toWx(settings.secondCoder),
                             static_cast<long long>(row.secondCoded), static_cast<long long>(row.bothCoded), unitWords())
         << "\n\n";
    if (pooled)
        text << _("Every code together: each pair of a unit and a code is one decision, so codes used often "
                  "weigh more.")
             << "\n\n";
    text << L"\u2022 " << translate(row.agreementText.meaning) << "\n\n";
    text << L"\u2022 " << translate(row.kappaText.meaning) << "\n\n";
    text << L"\u2022 " << translate(row.alphaText.meaning) << "\n\n";
    if (row.differences == 0)
        text << _("The two coders coded this the same way everywhere they were compared.");
    else
        text << wxString::Format(_("Places where they differ: %zu. Choose one under “Where the coders differ” "
                                   "to read both coders' passages side by side."),
                                 row.differences);
    wxTextAttr bold;
    bold.SetFontWeight(wxFONTWEIGHT_BOLD);
    m_explanation->ChangeValue(heading + "\n" + text);
    m_explanation->SetStyle(0, static_cast<long>(heading.length()), bold);
    m_explanation->ShowPosition(0);
}

wxString AgreementView::explanation() const {
    return m_explanation->GetValue();
}

void AgreementView::onSettingChanged(wxCommandEvent&) {
    compute();
}

}  // namespace edau::gui
