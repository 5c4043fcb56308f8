// SPDX-License-Identifier: GPL-3.0-or-later
/// A scripted run of the real main window (edau --self-test team), for the gui tests.
#pragma once

#include <ostream>

namespace edau::gui {

class MainFrame;

/// Syncs the open project with a copy of itself through a shared folder beside it: sets the
/// folder as Team > Shared folder… would, lets "another researcher" code a passage in the copy
/// and sync it, runs Team > Sync now, and checks the team log's line, the document's stripe
/// and the codebook's count; toggles Team > Blind coding and checks the other coder's passage
/// hides and comes back; then both write one cell's summary, and checks the conflict is
/// listed with both versions, that Show opens the cell and that Settle settles it. Writes what
/// it checked, and what failed, to `log`. Returns true when every check passed. Needs an open,
/// writable project with a source, a code, a framework matrix and a current coder (the sample).
bool runTeamSelfTest(MainFrame& frame, std::ostream& log);

}  // namespace edau::gui
