// SPDX-License-Identifier: GPL-3.0-or-later
/// A source's text, read-only, with speaker labels set apart and coded passages tinted.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>

#include <wx/stc/stc.h>

#include "presenters/coding_stripes_presenter.h"
#include "presenters/colours.h"
#include "presenters/document_presenter.h"

namespace edau::gui {

/// The text of one document on a wxStyledTextCtrl. It holds the stored UTF-8 bytes exactly
/// (AddTextRaw), so its positions are byte offsets into the stored text, and every position
/// that crosses to or from the core goes through the model's CodePointIndex.
class CodedTextView : public wxStyledTextCtrl {
public:
    explicit CodedTextView(wxWindow* parent);

    /// Shows `model`'s text with its speaker labels; `model` must outlive this view.
    void showDocument(const DocumentViewModel& model);
    /// Tints every passage in `layout` in its code's colour; a code without one is grey.
    void showCodings(const StripeLayout& layout, const std::function<std::optional<Rgb>(RowId)>& colourOfCode);

    /// The selected text in code points; nullopt when nothing is selected.
    std::optional<TextRange> selectedRange() const;
    /// Where the caret is, in code points.
    std::int64_t caretPosition() const;
    /// Selects `range` and scrolls it into view, its start near the top.
    void selectRange(const TextRange& range);

    /// Code points to this control's positions and back.
    int positionOf(std::int64_t codePoint) const;
    std::int64_t codePointAt(int position) const;
    /// The part of the text on screen, in code points (whole lines).
    TextRange visibleRange();
    /// The line (paragraph, as LineIndex counts them) holding a code point.
    std::int64_t lineOfCodePoint(std::int64_t codePoint) const;

    /// Colours from the system's theme: call again when it changes.
    void applyTheme();

private:
    void restyle();

    const DocumentViewModel* m_model = nullptr;
};

}  // namespace edau::gui
