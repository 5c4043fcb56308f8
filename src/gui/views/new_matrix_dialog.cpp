// SPDX-License-Identifier: GPL-3.0-or-later
/// Framework > New matrix…: a name, a theme whose codes become the columns, and which cases
/// (or sources) become the rows, filtered and sorted by a case attribute.
#include "views/new_matrix_dialog.h"

#include <utility>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/intl.h>
#include <wx/radiobut.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "wx_bridge/wx_strings.h"

namespace edau::gui {

NewMatrixDialog::NewMatrixDialog(wxWindow* parent, NewMatrixChoices choices)
    : wxDialog(parent, wxID_ANY, _("New framework matrix"), wxDefaultPosition, wxDefaultSize,
               wxDEFAULT_DIALOG_STYLE | wxRESIZE_BORDER),
      m_choices(std::move(choices)) {
    const int gap = FromDIP(6);
    m_name = new wxTextCtrl(this, wxID_ANY);
    m_theme = new wxChoice(this, wxID_ANY);
    for (const std::string& theme : m_choices.themes) m_theme->Append(toWx(theme));
    m_caseRows = new wxRadioButton(this, wxID_ANY, _("A row per c&ase"), wxDefaultPosition, wxDefaultSize, wxRB_GROUP);
    m_documentRows = new wxRadioButton(this, wxID_ANY, _("A row per &source"));
    m_filterAttribute = new wxChoice(this, wxID_ANY);
    m_filterAttribute->Append(_("(every row)"));
    m_sortAttribute = new wxChoice(this, wxID_ANY);
    m_sortAttribute->Append(_("(the row's name)"));
    for (const std::string& attribute : m_choices.attributes) {
        m_filterAttribute->Append(toWx(attribute));
        m_sortAttribute->Append(toWx(attribute));
    }
    m_filterAttribute->SetSelection(0);
    m_sortAttribute->SetSelection(0);
    m_filterValue = new wxChoice(this, wxID_ANY);
    m_preview = new wxStaticText(this, wxID_ANY, wxString());
    m_problem = new wxStaticText(this, wxID_ANY, wxString());
    m_problem->SetForegroundColour(wxColour(170, 30, 30));

    auto* form = new wxFlexGridSizer(2, gap, 2 * gap);
    form->AddGrowableCol(1, 1);
    auto label = [&](const wxString& text) {
        form->Add(new wxStaticText(this, wxID_ANY, text), wxSizerFlags().CentreVertical());
    };
    label(_("&Name:"));
    form->Add(m_name, wxSizerFlags().Expand());
    label(_("&Theme (its codes are the columns):"));
    form->Add(m_theme, wxSizerFlags().Expand());
    label(_("Rows:"));
    auto* rows = new wxBoxSizer(wxHORIZONTAL);
    rows->Add(m_caseRows, wxSizerFlags().Border(wxRIGHT, 2 * gap));
    rows->Add(m_documentRows);
    form->Add(rows);
    label(_("Only rows &where:"));
    auto* filter = new wxBoxSizer(wxHORIZONTAL);
    filter->Add(m_filterAttribute, wxSizerFlags(1).Border(wxRIGHT, gap));
    filter->Add(new wxStaticText(this, wxID_ANY, "="), wxSizerFlags().CentreVertical().Border(wxRIGHT, gap));
    filter->Add(m_filterValue, wxSizerFlags(1));
    form->Add(filter, wxSizerFlags().Expand());
    label(_("S&ort rows by:"));
    form->Add(m_sortAttribute, wxSizerFlags().Expand());

    auto* create = new wxButton(this, wxID_OK, _("C&reate"));
    auto* cancel = new wxButton(this, wxID_CANCEL, _("&Cancel"));
    create->SetDefault();
    SetEscapeId(wxID_CANCEL);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->AddStretchSpacer();
    buttons->Add(cancel, wxSizerFlags().Border(wxRIGHT, gap));
    buttons->Add(create);

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(form, wxSizerFlags().Expand().Border(wxALL, 2 * gap));
    sizer->Add(m_preview, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT, 2 * gap));
    sizer->Add(m_problem, wxSizerFlags().Expand().Border(wxLEFT | wxRIGHT | wxTOP, 2 * gap));
    sizer->Add(buttons, wxSizerFlags().Expand().Border(wxALL, 2 * gap));
    SetSizer(sizer);

    if (m_choices.cases == 0) {
        m_caseRows->Disable();
        m_documentRows->SetValue(true);
    } else {
        m_caseRows->SetValue(true);
    }
    if (!m_choices.themes.empty()) m_theme->SetSelection(0);
    onThemeChanged();
    onFilterAttributeChanged();

    m_name->Bind(wxEVT_TEXT, [this](wxCommandEvent&) {
        m_nameTyped = true;
        updatePreview();
    });
    m_theme->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onThemeChanged(); });
    m_filterAttribute->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onFilterAttributeChanged(); });
    for (wxWindow* control : std::initializer_list<wxWindow*>{m_filterValue, m_sortAttribute})
        control->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { updatePreview(); });
    for (wxRadioButton* button : {m_caseRows, m_documentRows})
        button->Bind(wxEVT_RADIOBUTTON, [this](wxCommandEvent&) { updatePreview(); });
    create->Bind(wxEVT_BUTTON, [this](wxCommandEvent& event) {
        if (checkNewMatrix(m_choices, spec())) {
            updatePreview();  // says why
            return;
        }
        event.Skip();
    });

    SetMinSize(FromDIP(wxSize(520, -1)));
    Fit();
    CentreOnParent();
    m_name->SetFocus();
}

MatrixSpec NewMatrixDialog::spec() const {
    MatrixSpec spec;
    spec.name = toUtf8(m_name->GetValue().Strip(wxString::both));
    const int theme = m_theme->GetSelection();
    if (theme != wxNOT_FOUND) spec.themePath = m_choices.themes[static_cast<std::size_t>(theme)];
    spec.rowKind = m_documentRows->GetValue() ? MatrixRowKind::Document : MatrixRowKind::Case;
    const int attribute = m_filterAttribute->GetSelection();
    const int value = m_filterValue->GetSelection();
    if (attribute > 0 && value != wxNOT_FOUND)
        spec.where.emplace_back(m_choices.attributes[static_cast<std::size_t>(attribute - 1)],
                                toUtf8(m_filterValue->GetString(static_cast<unsigned>(value))));
    const int sort = m_sortAttribute->GetSelection();
    if (sort > 0) spec.sortBy.push_back(m_choices.attributes[static_cast<std::size_t>(sort - 1)]);
    return spec;
}

void NewMatrixDialog::choose(const std::string& name, const std::string& themePath) {
    for (std::size_t i = 0; i < m_choices.themes.size(); ++i)
        if (m_choices.themes[i] == themePath) m_theme->SetSelection(static_cast<int>(i));
    m_name->ChangeValue(toWx(name));
    m_nameTyped = true;
    updatePreview();
}

void NewMatrixDialog::onThemeChanged() {
    const int theme = m_theme->GetSelection();
    if (!m_nameTyped && theme != wxNOT_FOUND)
        m_name->ChangeValue(toWx(suggestedMatrixName(m_choices, m_choices.themes[static_cast<std::size_t>(theme)])));
    updatePreview();
}

void NewMatrixDialog::onFilterAttributeChanged() {
    m_filterValue->Clear();
    const int attribute = m_filterAttribute->GetSelection();
    if (attribute > 0) {
        const auto it = m_choices.values.find(m_choices.attributes[static_cast<std::size_t>(attribute - 1)]);
        if (it != m_choices.values.end())
            for (const std::string& value : it->second) m_filterValue->Append(toWx(value));
        if (m_filterValue->GetCount() > 0) m_filterValue->SetSelection(0);
    }
    m_filterValue->Enable(attribute > 0);
    updatePreview();
}

void NewMatrixDialog::updatePreview() {
    const MatrixSpec wanted = spec();
    const std::size_t rows = previewRowCount(m_choices, wanted);
    m_preview->SetLabel(wxString::Format(wanted.rowKind == MatrixRowKind::Document ? _("Rows (sources): %zu")
                                                                                     : _("Rows (cases): %zu"),
                                         rows));
    const auto problem = checkNewMatrix(m_choices, wanted);
    m_problem->SetLabel(problem ? translate(*problem) : wxString());
    m_problem->Show(problem.has_value());
    if (FindWindow(wxID_OK) != nullptr) FindWindow(wxID_OK)->Enable(!problem);
    Layout();
}

}  // namespace edau::gui
