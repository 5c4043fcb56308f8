// SPDX-License-Identifier: GPL-3.0-or-later
/// One open document: its text, its coding stripes and the stripes' filter, in a centre tab.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <wx/panel.h>

#include "presenters/codebook_presenter.h"
#include "presenters/coding_stripes_presenter.h"
#include "presenters/colours.h"
#include "presenters/document_presenter.h"

class wxChoice;
class wxStaticText;

namespace edau::gui {

class CodedTextView;
class CodingStripes;

/// Shows one DocumentViewModel. Holds no project: the main window hands it the codebook,
/// coders and codings, and acts on what it asks for (keys 1–9, removing a coding). Its
/// context menus send the main window's coding commands (views/coding_commands.h).
class DocumentPanel : public wxPanel {
public:
    DocumentPanel(wxWindow* parent, DocumentViewModel model);

    RowId documentId() const { return m_model.document.id; }
    const DocumentViewModel& model() const { return m_model; }
    CodedTextView* textView() const { return m_text; }
    CodingStripes* stripesView() const { return m_stripes; }
    /// The stripes as laid out now (after the filter).
    const StripeLayout& stripeLayout() const { return m_layout; }

    /// The codebook (paths, colours) and coders changed: refills the filter and repaints.
    void showCodebook(const std::vector<CodebookRow>& rows, const std::vector<Coder>& coders);
    /// The document's codings changed.
    void showCodings(std::vector<Coding> codings);

    StripeFilter filter() const { return m_filter; }
    void setFilter(const StripeFilter& filter);

    /// The selected text, nullopt when none.
    std::optional<TextRange> selection() const;
    /// Where the caret is, in code points.
    std::int64_t caret() const;
    /// Selects a passage and scrolls it into view.
    void selectRange(const TextRange& range);
    /// The codings shown (passing the filter) that hold `position`.
    std::vector<Coding> codingsAt(std::int64_t position) const;
    /// "Support/Respite — coded by Lowri": how a coding is named in menus and tooltips.
    wxString describeCoding(RowId codeId, RowId coderId) const;

    /// Re-creates its texts in the current interface language.
    void updateTexts();
    /// Puts the keyboard in the text.
    void focusText();

    /// Keys 1–9 typed in the text: `slot` 0–8.
    std::function<void(std::size_t slot)> onPinnedKey;
    /// "Remove coding" chosen in a context menu.
    std::function<void(RowId codingId)> onRemoveCoding;

private:
    void relayout();
    void fillFilters();
    void onFilterChosen();
    void showTextMenu(const wxPoint& screenPoint, std::int64_t position);
    void showStripeMenu(const std::vector<const Stripe*>& stripes, const wxPoint& point);
    std::optional<Rgb> colourOf(RowId codeId) const;

    DocumentViewModel m_model;
    StripeLayout m_layout;
    StripeFilter m_filter;
    std::vector<Code> m_codes;
    std::map<RowId, std::string> m_codePaths;
    std::map<RowId, Rgb> m_codeColours;
    std::vector<Coder> m_coders;
    std::vector<RowId> m_coderChoices;  ///< coder id behind each item after "All coders"
    std::vector<RowId> m_codeChoices;   ///< code id behind each item after "All codes"
    std::vector<RowId> m_menuCodings;   ///< codings behind the open context menu's remove items

    wxStaticText* m_filterLabel = nullptr;
    wxChoice* m_coderFilter = nullptr;
    wxChoice* m_codeFilter = nullptr;
    wxStaticText* m_countLabel = nullptr;
    CodedTextView* m_text = nullptr;
    CodingStripes* m_stripes = nullptr;
};

}  // namespace edau::gui
