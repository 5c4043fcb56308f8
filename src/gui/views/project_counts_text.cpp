// SPDX-License-Identifier: GPL-3.0-or-later
/// Counts of a project's contents in words, with the plural forms each language needs.
#include "views/project_counts_text.h"

#include <limits>

#include <wx/intl.h>
#include <wx/translation.h>

namespace edau::gui {
namespace {

/// gettext picks plural forms by an unsigned n; counts never come near the limit.
unsigned pluralCount(std::int64_t count) {
    if (count < 0) return 0;
    if (count > std::numeric_limits<unsigned>::max()) return std::numeric_limits<unsigned>::max();
    return static_cast<unsigned>(count);
}

/// Formats a wxPLURAL template with the count (as int: "%d" in every catalogue).
wxString withCount(const wxString& pluralTemplate, std::int64_t count) {
    return wxString::Format(pluralTemplate, static_cast<int>(pluralCount(count)));
}

}  // namespace

wxString sourceCountText(std::int64_t count) {
    const unsigned n = pluralCount(count);
    return withCount(wxPLURAL("%d source", "%d sources", n), count);
}

std::vector<wxString> projectCountLines(const ProjectCounts& counts) {
    std::vector<wxString> lines;
    lines.push_back(sourceCountText(counts.documents));
    lines.push_back(withCount(wxPLURAL("%d case", "%d cases", pluralCount(counts.cases)), counts.cases));
    lines.push_back(withCount(wxPLURAL("%d code", "%d codes", pluralCount(counts.codes)), counts.codes));
    lines.push_back(withCount(wxPLURAL("%d coded passage", "%d coded passages", pluralCount(counts.codings)), counts.codings));
    lines.push_back(withCount(wxPLURAL("%d framework matrix", "%d framework matrices", pluralCount(counts.matrices)), counts.matrices));
    lines.push_back(withCount(wxPLURAL("%d memo", "%d memos", pluralCount(counts.memos)), counts.memos));
    lines.push_back(withCount(wxPLURAL("%d coder", "%d coders", pluralCount(counts.coders)), counts.coders));
    return lines;
}

}  // namespace edau::gui
