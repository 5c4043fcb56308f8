// SPDX-License-Identifier: GPL-3.0-or-later
/// "Passages of a code" in the bottom pane: document, speaker and text of each coded passage.
#include "views/passages_panel.h"

#include <wx/intl.h>
#include <wx/listctrl.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include "wx_bridge/wx_strings.h"

namespace edau::gui {

/// A virtual list: it asks for the text of the rows on screen only, so thousands of passages
/// cost nothing to show.
class PassageList : public wxListCtrl {
public:
    explicit PassageList(wxWindow* parent)
        : wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                     wxLC_REPORT | wxLC_VIRTUAL | wxLC_SINGLE_SEL | wxBORDER_NONE) {
        SetName("passages-list");
    }

    void setRows(std::vector<PassageRow> rows) {
        m_rows = std::move(rows);
        SetItemCount(static_cast<long>(m_rows.size()));
        Refresh();
    }
    const std::vector<PassageRow>& rows() const { return m_rows; }

    void setColumns() {
        ClearAll();
        AppendColumn(_("Document"), wxLIST_FORMAT_LEFT, FromDIP(160));
        AppendColumn(_("Speaker"), wxLIST_FORMAT_LEFT, FromDIP(110));
        AppendColumn(_("Passage"), wxLIST_FORMAT_LEFT, FromDIP(560));
        AppendColumn(_("Code"), wxLIST_FORMAT_LEFT, FromDIP(160));
        AppendColumn(_("Coder"), wxLIST_FORMAT_LEFT, FromDIP(90));
        SetItemCount(static_cast<long>(m_rows.size()));
    }

private:
    wxString OnGetItemText(long item, long column) const override {
        if (item < 0 || static_cast<std::size_t>(item) >= m_rows.size()) return {};
        const PassageRow& row = m_rows[static_cast<std::size_t>(item)];
        switch (column) {
        case 0: return toWx(row.documentName);
        case 1: return toWx(row.speaker);
        case 2: return toWx(row.excerpt);
        case 3: return toWx(row.codePath);
        case 4: return toWx(row.coderName);
        default: return {};
        }
    }

    std::vector<PassageRow> m_rows;
};

PassagesPanel::PassagesPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("passages-panel");
    m_heading = new wxStaticText(this, wxID_ANY, wxString());
    m_list = new PassageList(this);
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_heading, wxSizerFlags().Expand().Border(wxALL, FromDIP(4)));
    sizer->Add(m_list, wxSizerFlags(1).Expand());
    SetSizer(sizer);
    m_list->Bind(wxEVT_LIST_ITEM_ACTIVATED, [this](wxListEvent& event) {
        const long item = event.GetIndex();
        if (item >= 0 && static_cast<std::size_t>(item) < m_list->rows().size() && onOpen) {
            onOpen(m_list->rows()[static_cast<std::size_t>(item)]);
        }
    });
    updateTexts();
}

void PassagesPanel::showPassages(RowId codeId, const wxString& path, std::vector<PassageRow> rows) {
    m_codeId = codeId;
    m_path = path;
    m_list->setRows(std::move(rows));
    updateHeading();
}

void PassagesPanel::clear() {
    m_codeId.reset();
    m_path.clear();
    m_list->setRows({});
    updateHeading();
}

const std::vector<PassageRow>& PassagesPanel::rows() const {
    return m_list->rows();
}

void PassagesPanel::updateTexts() {
    m_list->setColumns();
    updateHeading();
}

void PassagesPanel::updateHeading() {
    if (!m_codeId) {
        m_heading->SetLabel(_("Choose a code in the codebook and \u201CShow passages\u201D to list its coded passages here."));
    } else {
        m_heading->SetLabel(wxString::Format(_("Passages coded %s: %zu (double-click one to open it)"), m_path,
                                             m_list->rows().size()));
    }
    Layout();
}

}  // namespace edau::gui
