// SPDX-License-Identifier: GPL-3.0-or-later
/// "Passages of a code" in the bottom pane: document, speaker and text of each coded passage.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <wx/panel.h>

#include "presenters/passages_presenter.h"

class wxStaticText;

namespace edau::gui {

class PassageList;

/// Lists PassageRows; double-click or Enter opens one (the main window shows it).
class PassagesPanel : public wxPanel {
public:
    explicit PassagesPanel(wxWindow* parent);

    /// Shows `rows`, the passages of `codeId` under the heading `path`.
    void showPassages(RowId codeId, const wxString& path, std::vector<PassageRow> rows);
    void clear();
    /// The code whose passages are listed, if any.
    std::optional<RowId> codeId() const { return m_codeId; }
    const std::vector<PassageRow>& rows() const;
    void updateTexts();

    std::function<void(const PassageRow&)> onOpen;

private:
    void updateHeading();

    std::optional<RowId> m_codeId;
    wxString m_path;
    wxStaticText* m_heading = nullptr;
    PassageList* m_list = nullptr;
};

}  // namespace edau::gui
