// SPDX-License-Identifier: GPL-3.0-or-later
/// A source's text, read-only, with speaker labels set apart and coded passages tinted.
#include "widgets/coded_text_view.h"

#include <algorithm>

#include <wx/settings.h>

namespace edau::gui {
namespace {

constexpr int kSpeakerStyle = 1;
/// Tints use the container indicators from here, one layer per lane modulo kTintLayers, so
/// that overlapping passages (which are always in different lanes) blend instead of one
/// replacing the other.
constexpr int kFirstTintIndicator = wxSTC_INDIC_CONTAINER;
constexpr int kTintLayers = 4;

Rgb toRgb(const wxColour& colour) {
    return Rgb{colour.Red(), colour.Green(), colour.Blue()};
}

wxColour toColour(Rgb colour) {
    return wxColour(colour.red, colour.green, colour.blue);
}

/// Scintilla's colour value: red in the low byte.
int scintillaColour(Rgb colour) {
    return colour.red | (colour.green << 8) | (colour.blue << 16);
}

}  // namespace

CodedTextView::CodedTextView(wxWindow* parent)
    : wxStyledTextCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxBORDER_NONE) {
    SetName("document-text");
    UsePopUp(wxSTC_POPUP_NEVER);  // the document panel offers its own menu
    SetCodePage(wxSTC_CP_UTF8);
    SetUndoCollection(false);
    SetWrapMode(wxSTC_WRAP_WORD);
    SetMarginCount(0);
    SetMarginLeft(FromDIP(12));
    SetMarginRight(FromDIP(12));
    SetExtraAscent(FromDIP(2));
    SetExtraDescent(FromDIP(2));
    SetCaretWidth(FromDIP(2));
    SetEndAtLastLine(false);
    SetUseHorizontalScrollBar(false);
    SetScrollWidthTracking(false);
    for (int layer = 0; layer < kTintLayers; ++layer) {
        const int indicator = kFirstTintIndicator + layer;
        IndicatorSetStyle(indicator, wxSTC_INDIC_STRAIGHTBOX);
        IndicatorSetUnder(indicator, true);
        IndicatorSetFlags(indicator, wxSTC_INDICFLAG_VALUEFORE);
        IndicatorSetOutlineAlpha(indicator, 0);
    }
    // Scintilla's editing keys (undo, redo, transpose, case, delete line...) would swallow the
    // window's own shortcuts for the same keys; the text is read-only, so they go.
    for (const int key : {'Z', 'Y', 'T', 'L', 'U', 'D'}) {
        CmdKeyClear(key, wxSTC_KEYMOD_CTRL);
        CmdKeyClear(key, wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT);
    }
    for (const int key : {wxSTC_KEY_DELETE, wxSTC_KEY_BACK, wxSTC_KEY_RETURN}) {
        CmdKeyClear(key, wxSTC_KEYMOD_CTRL);
        CmdKeyClear(key, wxSTC_KEYMOD_CTRL | wxSTC_KEYMOD_SHIFT);
    }
    applyTheme();
    SetReadOnly(true);
}

void CodedTextView::applyTheme() {
    const wxColour background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    const wxColour highlight = wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHT);
    wxFont font = wxSystemSettings::GetFont(wxSYS_DEFAULT_GUI_FONT);
    font.SetFractionalPointSize(font.GetFractionalPointSize() * 1.1);  // a transcript is read for long

    StyleSetFont(wxSTC_STYLE_DEFAULT, font);
    StyleSetForeground(wxSTC_STYLE_DEFAULT, text);
    StyleSetBackground(wxSTC_STYLE_DEFAULT, background);
    StyleClearAll();
    // Speaker labels: bold, in the theme's accent made readable on its background.
    const Rgb accent = readableOn(toRgb(background), toRgb(highlight), toRgb(text));
    StyleSetForeground(kSpeakerStyle, toColour(accent));
    StyleSetBold(kSpeakerStyle, true);

    SetCaretForeground(text);
    SetSelBackground(true, highlight);
    SetSelForeground(true, wxSystemSettings::GetColour(wxSYS_COLOUR_HIGHLIGHTTEXT));
    const int alpha = tintAlpha(toRgb(background));
    for (int layer = 0; layer < kTintLayers; ++layer) IndicatorSetAlpha(kFirstTintIndicator + layer, alpha);
    restyle();
}

void CodedTextView::showDocument(const DocumentViewModel& model) {
    m_model = &model;
    SetReadOnly(false);
    ClearAll();
    const std::string& bytes = model.text.text();
    AddTextRaw(bytes.data(), static_cast<int>(bytes.size()));
    SetReadOnly(true);
    EmptyUndoBuffer();
    restyle();
    GotoPos(0);
}

void CodedTextView::restyle() {
    if (m_model == nullptr) return;
    // Style the whole text (default, then each label) so that nothing is left for a lexer.
    const int length = GetLength();
    StartStyling(0);
    int at = 0;
    for (const TextRange& label : m_model->speakerLabels) {
        const int start = std::clamp(positionOf(label.start), at, length);
        const int end = std::clamp(positionOf(label.end), start, length);
        if (start > at) SetStyling(start - at, wxSTC_STYLE_DEFAULT);
        if (end > start) SetStyling(end - start, kSpeakerStyle);
        at = end;
    }
    if (length > at) SetStyling(length - at, wxSTC_STYLE_DEFAULT);
}

void CodedTextView::showCodings(const StripeLayout& layout,
                                const std::function<std::optional<Rgb>(RowId)>& colourOfCode) {
    const int length = GetLength();
    for (int layer = 0; layer < kTintLayers; ++layer) {
        SetIndicatorCurrent(kFirstTintIndicator + layer);
        IndicatorClearRange(0, length);
    }
    const Rgb grey{128, 128, 128};
    for (const Stripe& stripe : layout.stripes()) {
        const int start = positionOf(stripe.start);
        const int end = positionOf(stripe.end);
        if (end <= start) continue;
        SetIndicatorCurrent(kFirstTintIndicator + stripe.lane % kTintLayers);
        SetIndicatorValue(wxSTC_INDICVALUEBIT | scintillaColour(colourOfCode(stripe.codeId).value_or(grey)));
        IndicatorFillRange(start, end - start);
    }
}

std::optional<TextRange> CodedTextView::selectedRange() const {
    const int from = GetSelectionStart();
    const int to = GetSelectionEnd();
    if (to <= from) return std::nullopt;
    return TextRange{codePointAt(from), codePointAt(to)};
}

std::int64_t CodedTextView::caretPosition() const {
    return codePointAt(GetCurrentPos());
}

void CodedTextView::selectRange(const TextRange& range) {
    const int start = positionOf(range.start);
    const int end = positionOf(range.end);
    const int line = VisibleFromDocLine(LineFromPosition(start));
    SetFirstVisibleLine(std::max(0, line - 2));
    // Caret at the start, so that the start is what stays in view. (wx's SetSelection(from, to)
    // sets the start then the end, which collapses a selection given end first.)
    SetAnchor(end);
    SetCurrentPos(start);
    ChooseCaretX();
    EnsureCaretVisible();
}

int CodedTextView::positionOf(std::int64_t codePoint) const {
    if (m_model == nullptr) return 0;
    return static_cast<int>(m_model->text.byteOf(codePoint));
}

std::int64_t CodedTextView::codePointAt(int position) const {
    if (m_model == nullptr) return 0;
    return m_model->text.codePointOf(static_cast<std::size_t>(std::max(0, position)));
}

std::int64_t CodedTextView::lineOfCodePoint(std::int64_t codePoint) const {
    return m_model != nullptr ? m_model->lines.lineOf(codePoint) : 0;
}

TextRange CodedTextView::visibleRange() {
    const int firstDisplayLine = GetFirstVisibleLine();
    const int lastDisplayLine = firstDisplayLine + LinesOnScreen();
    const int firstLine = DocLineFromVisible(firstDisplayLine);
    const int lastLine = std::min(DocLineFromVisible(lastDisplayLine), std::max(0, GetLineCount() - 1));
    return TextRange{codePointAt(PositionFromLine(firstLine)), codePointAt(GetLineEndPosition(lastLine))};
}

}  // namespace edau::gui
