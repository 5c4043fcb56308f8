// SPDX-License-Identifier: GPL-3.0-or-later
/// Keeping a splitter's sash at a share of its size until the user moves it.
#include "widgets/splitter_share.h"

#include <memory>

#include <wx/splitter.h>

namespace edau::gui {

void keepSashShare(wxSplitterWindow* splitter, double share) {
    auto userMoved = std::make_shared<bool>(false);
    splitter->Bind(wxEVT_SPLITTER_SASH_POS_CHANGED, [userMoved](wxSplitterEvent& event) {
        *userMoved = true;
        event.Skip();
    });
    splitter->Bind(wxEVT_SIZE, [splitter, userMoved, share](wxSizeEvent& event) {
        event.Skip();
        if (*userMoved) return;
        const bool across = splitter->GetSplitMode() == wxSPLIT_VERTICAL;
        const int size = across ? event.GetSize().GetWidth() : event.GetSize().GetHeight();
        // After the splitter's own handling of the size, which would move the sash again.
        splitter->CallAfter([splitter, size, share] { splitter->SetSashPosition(static_cast<int>(size * share)); });
    });
}

}  // namespace edau::gui
