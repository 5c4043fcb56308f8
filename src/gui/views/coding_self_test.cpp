// SPDX-License-Identifier: GPL-3.0-or-later
/// A scripted run of the real main window (edau --self-test coding), for the gui tests.
#include "views/coding_self_test.h"

#include <algorithm>
#include <string>

#include <wx/app.h>

#include "edau/text/unicode.h"
#include "presenters/codebook_presenter.h"
#include "views/codebook_panel.h"
#include "views/coding_commands.h"
#include "views/document_panel.h"
#include "views/main_frame.h"
#include "widgets/coded_text_view.h"
#include "widgets/coding_stripes.h"
#include "wx_bridge/wx_settings.h"
#include "wx_bridge/wx_strings.h"

namespace edau::gui {
namespace {

/// Stripes of `code` exactly over `passage`.
std::size_t stripesOver(const DocumentPanel& panel, RowId code, const TextRange& passage) {
    const auto& stripes = panel.stripeLayout().stripes();
    return static_cast<std::size_t>(std::count_if(stripes.begin(), stripes.end(), [&](const Stripe& s) {
        return s.codeId == code && s.start == passage.start && s.end == passage.end;
    }));
}

std::int64_t codingsOf(const MainFrame& frame, RowId code) {
    const CodebookRow* row = frame.codebookPanel()->rowOf(code);
    return row != nullptr ? row->codings : -1;
}

}  // namespace

bool runCodingSelfTest(MainFrame& frame, std::ostream& log) {
    int failures = 0;
    auto check = [&](bool passed, const std::string& what) {
        log << (passed ? "ok: " : "FAILED: ") << what << '\n';
        if (!passed) ++failures;
        return passed;
    };

    if (!check(frame.workbench() != nullptr, "a project is open")) return false;
    if (!check(frame.showView("document"), "--show document opens the first source")) return false;
    DocumentPanel* panel = frame.currentDocument();
    if (!check(panel != nullptr, "its tab is in front")) return false;
    const DocumentViewModel& model = panel->model();
    CodedTextView& text = *panel->textView();

    if (!model.speakerLabels.empty()) {
        const TextRange& label = model.speakerLabels.front();
        check(text.GetStyleAt(text.positionOf(label.start)) != text.GetStyleAt(text.positionOf(label.end) + 1),
              "the first speaker label is styled apart from the speech after it");
    }

    // A passage just after the first speaker label: the sample's Welsh has curly apostrophes
    // and accents there, so byte and code point positions differ.
    const std::int64_t start = model.speakerLabels.empty() ? 0 : model.speakerLabels.front().end + 1;
    const TextRange passage{start, std::min<std::int64_t>(start + 60, model.text.codePoints())};
    const std::vector<RowId> pinned = pinnedCodes(frame.codebookPanel()->rows(),
                                                  savedPinnedCodes(frame.workbench()->summary().uuid));
    if (!check(!pinned.empty(), "key 1 has a code")) return false;
    const RowId code = pinned.front();
    const std::size_t stripesBefore = panel->stripeLayout().stripes().size();
    const std::size_t overBefore = stripesOver(*panel, code, passage);
    const std::int64_t countBefore = codingsOf(frame, code);

    text.selectRange(passage);
    check(panel->selection() == passage, "a selection made in the text control reads back in code points");
    check(toUtf8(text.GetSelectedText()) == std::string(text::sliceCodePoints(model.text.text(), passage.start, passage.end)),
          "the text control selects exactly that passage's characters");

    frame.runCommand(kFirstPinnedCodeCommand);  // Code > Code with a pinned code > 1
    panel = frame.currentDocument();
    check(panel != nullptr && panel->stripeLayout().stripes().size() == stripesBefore + 1, "coding adds one stripe");
    check(panel != nullptr && stripesOver(*panel, code, passage) == overBefore + 1, "the stripe covers the passage in key 1's code");
    check(codingsOf(frame, code) == countBefore + 1, "the codebook counts the new coding");
    if (panel != nullptr) {
        const auto lane = panel->stripeLayout().laneOf(code);
        check(lane && *lane < panel->stripeLayout().laneCount(), "the code has a lane of its own");
        panel->stripesView()->Refresh();
        panel->stripesView()->Update();
        if (panel->stripesView()->paintedCount() == 0) wxTheApp->SafeYield(nullptr, true);
        check(panel->stripesView()->paintedCount() > 0, "stripes are painted beside the text");
    }

    frame.runCommand(wxID_UNDO);  // Edit > Undo
    panel = frame.currentDocument();
    check(panel != nullptr && panel->stripeLayout().stripes().size() == stripesBefore, "undo takes the stripe away");
    check(codingsOf(frame, code) == countBefore, "undo takes the count back");
    frame.runCommand(wxID_REDO);
    panel = frame.currentDocument();
    check(panel != nullptr && stripesOver(*panel, code, passage) == overBefore + 1, "redo brings the stripe back");
    frame.runCommand(wxID_UNDO);

    // Code > Code this turn, with the caret in the first turn and key 1's code chosen.
    if (panel != nullptr && !model.turns.empty()) {
        const TextRange turn{model.turns.front().start, model.turns.front().end};
        frame.codebookPanel()->selectCode(code);
        panel->textView()->GotoPos(panel->textView()->positionOf(turn.start + 1));
        const std::size_t turnBefore = stripesOver(*panel, code, turn);
        frame.runCommand(kCodeTurnCommand);
        panel = frame.currentDocument();
        check(panel != nullptr && stripesOver(*panel, code, turn) == turnBefore + 1, "\"Code this turn\" codes the whole turn");
        frame.runCommand(wxID_UNDO);
        panel = frame.currentDocument();
        check(panel != nullptr && stripesOver(*panel, code, turn) == turnBefore, "and undo removes it");
    }
    return failures == 0;
}

}  // namespace edau::gui
