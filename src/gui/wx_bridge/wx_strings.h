// SPDX-License-Identifier: GPL-3.0-or-later
/// Conversions between the core's UTF-8 std::string and wxString, and translated messages.
#pragma once

#include <exception>
#include <string>
#include <string_view>

#include <wx/string.h>

#include "edau/base/message.h"

namespace edau::gui {

/// wx turns narrow string literals (and so every _("…") msgid) into wxString through the C
/// locale's character set. Under a non-UTF-8 locale such as plain "C" every non-ASCII
/// character would be lost, so this keeps the user's locale but makes its character type
/// UTF-8. Call once at start-up, after the locale is set from the environment.
void useUtf8ForNarrowStrings();

/// UTF-8 from the core to wx. wx turns invalid UTF-8 into an empty string, so each bad
/// byte becomes U+FFFD instead: a damaged name still shows.
wxString toWx(std::string_view utf8);

/// wx text to the core's UTF-8.
std::string toUtf8(const wxString& text);

/// Translates a core message: looks up its id in the loaded catalogues, then substitutes
/// its arguments into the translated template.
wxString translate(const Message& message);

/// Words for a failure, fit to show the user: an edau::Error's own message translated,
/// otherwise a general sentence with the technical detail after it.
wxString describeFailure(const std::exception& failure);

}  // namespace edau::gui
