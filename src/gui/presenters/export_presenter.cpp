// SPDX-License-Identifier: GPL-3.0-or-later
/// Exports chosen from the menus, without wx: formats and file names.
#include "presenters/export_presenter.h"

#include <algorithm>
#include <cctype>

namespace edau::gui {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

}  // namespace

const std::vector<std::string>& exportFormats() {
    static const std::vector<std::string> formats = {"docx", "xlsx", "csv", "html", "md"};
    return formats;
}

std::string defaultExportFormat(ExportKind kind) {
    return kind == ExportKind::Codebook ? "xlsx" : "docx";
}

std::string withExportExtension(const std::string& path, const std::string& format) {
    if (path.empty()) return path;
    const std::size_t slash = path.find_last_of("/\\");
    const std::size_t dot = path.rfind('.');
    std::string stem = path;
    if (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1)) {
        const std::string extension = lower(path.substr(dot + 1));
        const auto& known = exportFormats();
        if (std::find(known.begin(), known.end(), extension) != known.end() || extension == "htm" ||
            extension == "markdown")
            stem = path.substr(0, dot);
    }
    return stem + "." + format;
}

std::string suggestedExportFileName(const std::string& item, const std::string& fallback, const std::string& format) {
    std::string name;
    for (char c : item.empty() ? fallback : item) {
        if (c == '/')
            name += " - ";
        else if (c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|' ||
                 static_cast<unsigned char>(c) < 0x20)
            name += '_';
        else
            name += c;
    }
    while (!name.empty() && (name.front() == '.' || name.front() == ' ')) name.erase(name.begin());
    while (!name.empty() && (name.back() == '.' || name.back() == ' ')) name.pop_back();
    if (name.empty()) name = "export";
    return name + "." + format;
}

}  // namespace edau::gui
