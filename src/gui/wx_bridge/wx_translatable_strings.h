// SPDX-License-Identifier: GPL-3.0-or-later
/// wxWidgets' own strings that Edau shows, listed so xgettext puts them in Edau's catalogue.
///
/// wx looks every string it shows up in all loaded catalogues, ours included. wx ships no
/// Welsh (Debian's wx3.2-i18n has none), so these must be translated in locale/cy.po.
/// Only strings Edau can actually show are listed; add one when a new wx dialog or stock
/// button comes into use. Nothing includes this file: it exists for xgettext.
#pragma once

#include <wx/intl.h>

namespace edau::gui {

inline constexpr const char* kWxStringsEdauShows[] = {
    // Stock button labels (wxGetStockLabel), for buttons wx makes itself.
    wxTRANSLATE("&OK"),
    wxTRANSLATE("OK"),
    wxTRANSLATE("&Cancel"),
    wxTRANSLATE("Cancel"),
    wxTRANSLATE("&Yes"),
    wxTRANSLATE("&No"),
    wxTRANSLATE("&Close"),
    wxTRANSLATE("Close"),
    wxTRANSLATE("&Open"),
    wxTRANSLATE("&Save"),
    wxTRANSLATE("&Help"),

    // The About box (wxGenericAboutDialog, wxAboutDialogInfo).
    // TRANSLATORS: title of the About box; %s is the program's name, "Edau".
    wxTRANSLATE("About %s"),
    wxTRANSLATE("License"),
    // TRANSLATORS: %s is a version number such as 0.1.0.
    wxTRANSLATE("Version %s"),

    // wx's own log window, should wx ever report a problem itself.
    wxTRANSLATE("&Details"),
    // Titles of wx's own log windows, should wx ever report a problem itself; %s is "Edau".
    wxTRANSLATE("%s Error"),
    wxTRANSLATE("%s Warning"),
    wxTRANSLATE("%s Information"),
};

}  // namespace edau::gui
