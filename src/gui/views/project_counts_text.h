// SPDX-License-Identifier: GPL-3.0-or-later
/// Counts of a project's contents in words, with the plural forms each language needs.
#pragma once

#include <vector>

#include <wx/string.h>

#include "edau/model/entities.h"

namespace edau::gui {

/// "3 sources" in the current interface language (Welsh has six plural forms).
wxString sourceCountText(std::int64_t count);

/// One line per kind of content: sources, cases, codes, codings, matrices, memos, coders.
std::vector<wxString> projectCountLines(const ProjectCounts& counts);

}  // namespace edau::gui
