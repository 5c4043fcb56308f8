// SPDX-License-Identifier: GPL-3.0-or-later
// Code paths: the textual names of codes in a hierarchy.
#include "edau/app/code_paths.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

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

std::vector<Code> codesInDisplayOrder(const std::vector<Code>& codes, const text::Collator& collator) {
    // Siblings go by name, not by Code::ordinal. The ordinal is only the number of siblings a
    // code had when it was made (and a moved code keeps the one from its old parent): nothing
    // lets a user set it, so it records history, not a chosen order, and sorting by it would
    // list codes in the order they happened to be typed or imported. When the codebook gains a
    // way to reorder codes, that explicit order should come first here.
    std::set<RowId> ids;
    for (const auto& c : codes) ids.insert(c.id);
    std::map<std::optional<RowId>, std::vector<const Code*>> childrenOf;
    for (const auto& c : codes) {
        bool hasParent = c.parentId && *c.parentId != c.id && ids.count(*c.parentId);
        childrenOf[hasParent ? c.parentId : std::nullopt].push_back(&c);
    }
    for (auto& [parent, children] : childrenOf)
        std::sort(children.begin(), children.end(), [&](const Code* a, const Code* b) {
            if (int order = collator.compare(a->name, b->name); order != 0) return order < 0;
            if (a->name != b->name) return a->name < b->name;  // equal to the collator: a fixed order
            return a->id < b->id;
        });
    std::vector<Code> out;
    out.reserve(codes.size());
    std::set<RowId> placed;
    std::function<void(const Code*)> visit = [&](const Code* c) {
        if (!placed.insert(c->id).second) return;
        out.push_back(*c);
        if (auto it = childrenOf.find(c->id); it != childrenOf.end())
            for (const Code* child : it->second) visit(child);
    };
    for (const Code* root : childrenOf[std::nullopt]) visit(root);
    // Codes on a loop of parents (only a damaged file holds one) are still listed, once each.
    for (auto& [parent, children] : childrenOf)
        for (const Code* c : children) visit(c);
    return out;
}

}  // namespace edau
