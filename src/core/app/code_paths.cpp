// SPDX-License-Identifier: GPL-3.0-or-later
// Code paths: the textual names of codes in a hierarchy.
#include "edau/app/code_paths.h"

#include "edau/text/unicode.h"

namespace edau {

std::vector<std::string> splitCodePath(const std::string& path) {
    std::vector<std::string> parts;
    std::string current;
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] == '\\' && i + 1 < path.size() && path[i + 1] == '/') {
            current += '/';
            ++i;
        } else if (path[i] == '/') {
            parts.push_back(current);
            current.clear();
        } else {
            current += path[i];
        }
    }
    parts.push_back(current);
    for (auto& p : parts) {
        auto first = p.find_first_not_of(" \t");
        auto last = p.find_last_not_of(" \t");
        p = first == std::string::npos ? std::string() : p.substr(first, last - first + 1);
    }
    return parts;
}

std::string codePath(const std::vector<Code>& codes, RowId codeId) {
    std::vector<std::string> names;
    std::optional<RowId> at = codeId;
    for (int guard = 0; at && guard < 1000; ++guard) {
        const Code* found = nullptr;
        for (const auto& c : codes)
            if (c.id == *at) found = &c;
        if (!found) break;
        std::string escaped;
        for (char ch : found->name) escaped += ch == '/' ? std::string("\\/") : std::string(1, ch);
        names.push_back(escaped);
        at = found->parentId;
    }
    std::string out;
    for (auto it = names.rbegin(); it != names.rend(); ++it) out += (out.empty() ? "" : "/") + *it;
    return out;
}

std::optional<Code> findCodeByPath(const std::vector<Code>& codes, const std::string& path) {
    std::optional<RowId> parent;
    std::optional<Code> found;
    for (const auto& raw : splitCodePath(path)) {
        std::string name = text::toNfc(raw);
        found.reset();
        for (const auto& c : codes)
            if (c.parentId == parent && c.name == name) found = c;
        if (!found) return std::nullopt;
        parent = found->id;
    }
    return found;
}

}  // namespace edau
