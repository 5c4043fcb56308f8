// SPDX-License-Identifier: GPL-3.0-or-later
/// What the centre of the main window shows when no project is open.
#include "views/welcome_panel.h"

#include <wx/button.h>
#include <wx/intl.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

namespace edau::gui {
namespace {
constexpr int kTextWidth = 460;  // keeps lines short enough to read at a glance
}

WelcomePanel::WelcomePanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetBackgroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));

    m_title = new wxStaticText(this, wxID_ANY, wxString());
    m_title->SetFont(m_title->GetFont().Scaled(1.8f).Bold());
    m_intro = new wxStaticText(this, wxID_ANY, wxString());
    m_openButton = new wxButton(this, wxID_OPEN, wxString(" "));
    m_newButton = new wxButton(this, wxID_NEW, wxString(" "));
    m_sampleText = new wxStaticText(this, wxID_ANY, wxString());
    m_sampleButton = new wxButton(this, kOpenSampleId, wxString(" "));
    m_terminalText = new wxStaticText(this, wxID_ANY, wxString());
    m_terminalText->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));

    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    buttons->Add(m_openButton, wxSizerFlags().Border(wxRIGHT));
    buttons->Add(m_newButton);

    auto* column = new wxBoxSizer(wxVERTICAL);
    column->Add(m_title, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(m_intro, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(buttons, wxSizerFlags().Border(wxBOTTOM, FromDIP(28)));
    column->Add(m_sampleText, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(m_sampleButton, wxSizerFlags().Border(wxBOTTOM, FromDIP(12)));
    column->Add(m_terminalText);

    // Centred on the page, a little above the middle, like a title page.
    auto* page = new wxBoxSizer(wxVERTICAL);
    page->AddStretchSpacer(2);
    page->Add(column, wxSizerFlags().Center().Border(wxALL, FromDIP(24)));
    page->AddStretchSpacer(3);
    SetSizer(page);

    updateTexts();
}

void WelcomePanel::updateTexts() {
    // The buttons get their words as text, not from the stock ids: GTK would otherwise
    // translate them itself, following the system language rather than Edau's.
    m_title->SetLabel(_("Welcome to Edau"));
    m_intro->SetLabel(_("Open a project or create a new one."));
    m_intro->Wrap(FromDIP(kTextWidth));
    m_openButton->SetLabel(_("&Open a project…"));
    m_newButton->SetLabel(_("&New project…"));
    m_sampleText->SetLabel(
        _("New to Edau? The sample project holds a few invented interviews to look around in "
          "before you start your own."));
    m_sampleText->Wrap(FromDIP(kTextWidth));
    m_sampleButton->SetLabel(_("Try the &sample project…"));
    m_terminalText->SetLabel(_("From a terminal, \"edau-cli demo FOLDER\" makes the same sample project in FOLDER."));
    m_terminalText->Wrap(FromDIP(kTextWidth));
    Layout();
}

}  // namespace edau::gui
