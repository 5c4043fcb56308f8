// SPDX-License-Identifier: GPL-3.0-or-later
/// A scripted run of the real main window (edau --self-test coding), for the gui tests.
#pragma once

#include <ostream>

namespace edau::gui {

class MainFrame;

/// Opens the first source, selects a passage, codes it with key 1's code through the menu
/// command, checks the stripe and the codebook's count, undoes through Edit > Undo and
/// checks that both went, then redoes and undoes again. Writes what it checked, and what
/// failed, to `log`. Returns true when every check passed. Needs an open project with a
/// source, a code and a current coder (the sample project has them).
bool runCodingSelfTest(MainFrame& frame, std::ostream& log);

}  // namespace edau::gui
