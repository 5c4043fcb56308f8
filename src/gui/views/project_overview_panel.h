// SPDX-License-Identifier: GPL-3.0-or-later
/// What the centre of the main window shows for an open project: what it is and what it holds.
#pragma once

#include <optional>

#include <wx/panel.h>

#include "edau/app/workbench.h"

class wxStaticText;

namespace edau::gui {

/// The project's name, file, counts and current coder, from a ProjectSummary.
class ProjectOverviewPanel : public wxPanel {
public:
    explicit ProjectOverviewPanel(wxWindow* parent);

    /// Shows `summary`; keeps it to re-create the texts when the language changes.
    void showSummary(const ProjectSummary& summary);
    /// Re-creates the texts in the current interface language.
    void updateTexts();

private:
    std::optional<ProjectSummary> m_summary;
    wxStaticText* m_name = nullptr;
    wxStaticText* m_file = nullptr;
    wxStaticText* m_readOnly = nullptr;
    wxStaticText* m_contents = nullptr;
    wxStaticText* m_coder = nullptr;
};

}  // namespace edau::gui
