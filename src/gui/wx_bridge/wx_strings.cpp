// SPDX-License-Identifier: GPL-3.0-or-later
/// Conversions between the core's UTF-8 std::string and wxString, and translated messages.
#include "wx_bridge/wx_strings.h"

#include <clocale>
#include <cstring>

#if defined(__UNIX__)
#include <langinfo.h>
#endif

#include <wx/intl.h>
#include <wx/translation.h>

#include "edau/base/error.h"
#include "edau/text/unicode.h"

namespace edau::gui {

void useUtf8ForNarrowStrings() {
#if defined(__UNIX__)
    const char* codeset = ::nl_langinfo(CODESET);
    if (codeset != nullptr && (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0)) return;
    if (std::setlocale(LC_CTYPE, "C.UTF-8") == nullptr) std::setlocale(LC_CTYPE, "C.utf8");
#endif
}

wxString toWx(std::string_view utf8) {
    if (utf8.empty()) return {};
    if (!text::findInvalidUtf8(utf8)) return wxString::FromUTF8(utf8.data(), utf8.size());

    // Not valid UTF-8: replace each bad byte with U+FFFD rather than show nothing.
    std::string repaired;
    std::string_view rest = utf8;
    while (const auto bad = text::findInvalidUtf8(rest)) {
        repaired.append(rest.substr(0, *bad));
        repaired.append("\xEF\xBF\xBD");
        rest.remove_prefix(*bad + 1);
    }
    repaired.append(rest);
    return wxString::FromUTF8(repaired.data(), repaired.size());
}

std::string toUtf8(const wxString& text) {
    return text.ToStdString(wxConvUTF8);
}

wxString translate(const Message& message) {
    const wxString translatedTemplate = wxGetTranslation(toWx(message.id()));
    return toWx(message.format(toUtf8(translatedTemplate)));
}

wxString describeFailure(const std::exception& failure) {
    if (const auto* error = dynamic_cast<const Error*>(&failure)) return translate(error->message());
    return wxString::Format(_("Something went wrong that Edau did not expect. Technical detail: %s"),
                            toWx(failure.what()));
}

}  // namespace edau::gui
