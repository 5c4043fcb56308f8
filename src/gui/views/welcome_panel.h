// SPDX-License-Identifier: GPL-3.0-or-later
/// What the centre of the main window shows when no project is open.
#pragma once

#include <wx/panel.h>

class wxButton;
class wxStaticText;

namespace edau::gui {

/// A greeting and the three ways in: open a project, create one, or try the sample.
/// Its buttons send wxEVT_BUTTON with wxID_OPEN, wxID_NEW and kOpenSampleId to the parent.
class WelcomePanel : public wxPanel {
public:
    /// The id of the "Try the sample project" button.
    static constexpr int kOpenSampleId = wxID_HIGHEST + 1;

    explicit WelcomePanel(wxWindow* parent);

    /// Re-creates the texts in the current interface language.
    void updateTexts();

private:
    wxStaticText* m_title = nullptr;
    wxStaticText* m_intro = nullptr;
    wxButton* m_openButton = nullptr;
    wxButton* m_newButton = nullptr;
    wxStaticText* m_sampleText = nullptr;
    wxButton* m_sampleButton = nullptr;
    wxStaticText* m_terminalText = nullptr;
};

}  // namespace edau::gui
