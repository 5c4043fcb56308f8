// SPDX-License-Identifier: GPL-3.0-or-later
/// "Where the coders differ": the places, and the one chosen as each coder coded it.
#include "views/agreement_differences_panel.h"

#include <utility>

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/splitter.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "presenters/colours.h"
#include "widgets/splitter_share.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

enum Column { kCodeColumn, kSourceColumn, kSpeakerColumn, kWhatColumn, kPassageColumn };

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

}  // namespace

AgreementDifferencesPanel::AgreementDifferencesPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* split = new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3DSASH);
    split->SetMinimumPaneSize(FromDIP(180));
    split->SetSashGravity(0.4);

    auto* listPanel = new wxPanel(split);
    m_label = new wxStaticText(listPanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_label->SetFont(m_label->GetFont().Bold());
    m_list = new wxListCtrl(listPanel, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxLC_REPORT | wxLC_SINGLE_SEL);
    auto* listSizer = new wxBoxSizer(wxVERTICAL);
    listSizer->Add(m_label, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    listSizer->Add(m_list, wxSizerFlags(1).Expand());
    listPanel->SetSizer(listSizer);

    auto* sidePanel = new wxPanel(split);
    m_sideHeading = new wxStaticText(sidePanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxST_ELLIPSIZE_END);
    m_sideHeading->SetFont(m_sideHeading->GetFont().Bold());
    m_open = new wxButton(sidePanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, wxBU_EXACTFIT);
    const long textStyle = wxTE_MULTILINE | wxTE_READONLY | wxTE_WORDWRAP | wxTE_RICH2;
    m_firstText = new wxTextCtrl(sidePanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, textStyle);
    m_secondText = new wxTextCtrl(sidePanel, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize, textStyle);
    auto* headingRow = new wxBoxSizer(wxHORIZONTAL);
    headingRow->Add(m_sideHeading, wxSizerFlags(1).CentreVertical());
    headingRow->Add(m_open, wxSizerFlags().CentreVertical());
    // Each coder's sentence about the passage heads their copy of it, so both wrap alike.
    auto* columns = new wxBoxSizer(wxHORIZONTAL);
    columns->Add(m_firstText, wxSizerFlags(1).Expand().Border(wxRIGHT, FromDIP(3)));
    columns->Add(m_secondText, wxSizerFlags(1).Expand().Border(wxLEFT, FromDIP(3)));
    auto* sideSizer = new wxBoxSizer(wxVERTICAL);
    sideSizer->Add(headingRow, wxSizerFlags().Expand().Border(wxALL, FromDIP(3)));
    sideSizer->Add(columns, wxSizerFlags(1).Expand().Border(wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(3)));
    sidePanel->SetSizer(sideSizer);
    split->SplitVertically(listPanel, sidePanel);
    keepSashShare(split, 0.4);  // two fifths for the list, the rest for the two passages

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(split, wxSizerFlags(1).Expand());
    SetSizer(sizer);

    m_list->Bind(wxEVT_LIST_ITEM_SELECTED, &AgreementDifferencesPanel::onSelected, this);
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        onSelected(event);
        openChosen();
    });
    m_open->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openChosen(); });
    updateTexts();
}

void AgreementDifferencesPanel::updateTexts() {
    m_open->SetLabel(_("&Open in the source"));
    m_open->SetToolTip(_("Open the source at this passage"));
    m_list->SetName(_("Where the coders differ"));
    showDifferences(m_rows, m_heading, m_withCodes);
    showSideBySide(m_side);
}

void AgreementDifferencesPanel::clear() {
    showDifferences({}, wxString(), false);
    showSideBySide(std::nullopt);
}

void AgreementDifferencesPanel::showDifferences(std::vector<DifferenceRow> rows, const wxString& heading, bool withCodes) {
    m_rows = std::move(rows);
    m_heading = heading;
    m_withCodes = withCodes;
    m_label->SetLabel(heading.empty() ? wxString(_("Where the coders differ")) : heading);
    m_list->ClearAll();
    m_list->AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, withCodes ? FromDIP(150) : 0);
    m_list->AppendColumn(_("Source"), wxLIST_FORMAT_LEFT, FromDIP(100));
    m_list->AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, FromDIP(70));
    m_list->AppendColumn(_("What"), wxLIST_FORMAT_LEFT, FromDIP(190));
    m_list->AppendColumn(_("Passage"), wxLIST_FORMAT_LEFT, FromDIP(420));
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        const DifferenceRow& d = m_rows[i];
        const long item = m_list->InsertItem(static_cast<long>(i), toWx(d.codePath));
        m_list->SetItem(item, kSourceColumn, toWx(d.documentName));
        m_list->SetItem(item, kSpeakerColumn, toWx(d.speaker));
        m_list->SetItem(item, kWhatColumn, translate(d.what));
        m_list->SetItem(item, kPassageColumn, toWx(d.excerpt));
    }
    Layout();
}

void AgreementDifferencesPanel::selectRow(std::size_t row) {
    if (row >= m_rows.size()) return;
    m_list->SetItemState(static_cast<long>(row), wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED,
                         wxLIST_STATE_SELECTED | wxLIST_STATE_FOCUSED);
    m_list->EnsureVisible(static_cast<long>(row));
    // GTK sends the selection event itself, maybe later: a test or --show may look before.
    if (onChosen) onChosen(m_rows[row]);
}

void AgreementDifferencesPanel::onSelected(wxListEvent& event) {
    const long row = event.GetIndex();
    if (row < 0 || static_cast<std::size_t>(row) >= m_rows.size()) return;
    if (onChosen) onChosen(m_rows[static_cast<std::size_t>(row)]);
}

void AgreementDifferencesPanel::openChosen() {
    const long row = m_list->GetNextItem(-1, wxLIST_NEXT_ALL, wxLIST_STATE_SELECTED);
    if (!m_side || row < 0 || static_cast<std::size_t>(row) >= m_rows.size() || !onOpen) return;
    onOpen(m_rows[static_cast<std::size_t>(row)].documentId, m_side->passageStart, m_side->passageEnd);
}

void AgreementDifferencesPanel::fillSide(const CoderSide& coder, const wxString& letter, wxTextCtrl* text,
                                         wxString& caption) {
    const SideBySide& side = *m_side;
    const Rgb background = toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    const Rgb marked = mix(background, toRgb(wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT)), isDark(background) ? 0.55 : 0.35);
    // Positions in wxTextCtrl count characters, as the presenter's code points do (GTK).
    caption = wxString::Format(L"%s \u00B7 %s", letter, translate(coder.caption));
    const long offset = static_cast<long>(caption.length()) + 2;
    text->ChangeValue(caption + "\n\n" + toWx(side.text));
    wxTextAttr heading;
    heading.SetFontWeight(wxFONTWEIGHT_BOLD);
    heading.SetFontStyle(wxFONTSTYLE_ITALIC);
    text->SetStyle(0, static_cast<long>(caption.length()), heading);
    // The place in question in bold on both sides; this coder's coding shaded.
    wxTextAttr bold;
    bold.SetFontWeight(wxFONTWEIGHT_BOLD);
    text->SetStyle(offset + static_cast<long>(side.passageTextStart), offset + static_cast<long>(side.passageTextEnd), bold);
    for (const auto& [start, end] : coder.coded) {
        wxTextAttr shade;
        shade.SetBackgroundColour(wxColour(marked.red, marked.green, marked.blue));
        text->SetStyle(offset + static_cast<long>(start), offset + static_cast<long>(end), shade);
    }
    text->ShowPosition(0);
}

void AgreementDifferencesPanel::showSideBySide(std::optional<SideBySide> side) {
    m_side = std::move(side);
    m_firstText->Clear();
    m_secondText->Clear();
    m_captions[0].clear();
    m_captions[1].clear();
    if (!m_side) {
        m_sideHeading->SetLabel(m_rows.empty() ? wxString() : _("Choose a place in the list to compare the two coders' passages."));
        m_open->Enable(false);
        Layout();
        return;
    }
    const wxString where = m_side->speaker.empty()
                               ? toWx(m_side->documentName)
                               : wxString::Format(L"%s \u00B7 %s", toWx(m_side->documentName), toWx(m_side->speaker));
    m_sideHeading->SetLabel(wxString::Format(_("%s, as each coder coded it"), where));
    m_open->Enable(onOpen != nullptr);
    fillSide(m_side->first, "A", m_firstText, m_captions[0]);
    fillSide(m_side->second, "B", m_secondText, m_captions[1]);
    Layout();
}

wxString AgreementDifferencesPanel::sideText(bool first) const {
    if (!m_side) return {};
    // What the control shows after the coder's sentence and the blank line below it.
    return (first ? m_firstText : m_secondText)->GetValue().Mid(m_captions[first ? 0 : 1].length() + 2);
}

wxString AgreementDifferencesPanel::sideCaption(bool first) const {
    return m_captions[first ? 0 : 1];
}

}  // namespace edau::gui
