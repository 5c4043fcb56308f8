// SPDX-License-Identifier: GPL-3.0-or-later
// Matrix coding counts and code co-occurrence over the project's codings.
#include "edau/app/query_service.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <map>
#include <set>

#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"
#include "edau/text/unicode.h"

namespace edau {

namespace {

/// Words in [start, end) of the text: runs of letters, digits and apostrophes.
std::int64_t wordsIn(const std::string& textValue, const std::vector<std::pair<std::int64_t, std::int64_t>>& ranges) {
    std::int64_t words = 0;
    for (const auto& [start, end] : ranges) {
        std::string_view part = text::sliceCodePoints(textValue, start, end);
        bool inWord = false;
        for (char ch : part) {
            auto c = static_cast<unsigned char>(ch);
            bool wordChar = std::isalnum(c) || c >= 0x80 || c == '\'';
            if (wordChar && !inWord) ++words;
            inWord = wordChar;
        }
    }
    return words;
}

/// Merges overlapping ranges so overlapping codings of one code count their words once.
std::vector<std::pair<std::int64_t, std::int64_t>> merged(std::vector<std::pair<std::int64_t, std::int64_t>> r) {
    std::sort(r.begin(), r.end());
    std::vector<std::pair<std::int64_t, std::int64_t>> out;
    for (const auto& x : r) {
        if (!out.empty() && x.first <= out.back().second) out.back().second = std::max(out.back().second, x.second);
        else out.push_back(x);
    }
    return out;
}

}  // namespace

std::vector<CodingCount> countCodings(const Workbench& bench, const CodingCountQuery& query) {
    const ProjectStore& store = bench.store();
    const std::string& rows = query.rows;
    const bool byCoder = rows == "coders";
    std::optional<Attribute> attribute;
    if (rows != "cases" && !byCoder) {
        attribute = store.attributeByName(rows);
        if (!attribute)
            throwError(ErrorKind::NotFound,
                       Message(EDAU_MSG("Rows are cases, coders or a case attribute; there is no attribute called {name}")).arg("name", rows));
    }
    auto codes = store.codes();
    std::set<RowId> chosenCodes;  // empty: every code
    if (!query.codePath.empty()) {
        auto root = findCodeByPath(codes, query.codePath);
        if (!root)
            throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", query.codePath));
        chosenCodes.insert(root->id);
        for (const auto& c : codes)  // parents come before children in codes()
            if (c.parentId && chosenCodes.count(*c.parentId)) chosenCodes.insert(c.id);
    }
    std::map<RowId, std::string> rowOfDocument;
    if (!byCoder) {
        for (const auto& d : store.documents()) {
            std::string row;
            if (d.caseId) {
                if (!attribute) {
                    if (auto c = store.caseById(*d.caseId)) row = c->name;
                } else {
                    for (const auto& v : store.attributeValues(*d.caseId))
                        if (v.attributeId == attribute->id) row = v.value;
                }
            }
            rowOfDocument[d.id] = row;
        }
    }
    std::map<RowId, std::string> coderNames;
    if (byCoder)
        for (const auto& c : store.coders()) coderNames[c.id] = c.name;
    struct Acc {
        std::int64_t codings = 0;
        std::set<RowId> documents;
        std::map<RowId, std::vector<std::pair<std::int64_t, std::int64_t>>> ranges;
    };
    std::map<std::pair<std::string, RowId>, Acc> acc;
    for (const auto& c : store.codings()) {
        if (!chosenCodes.empty() && !chosenCodes.count(c.codeId)) continue;
        Acc& a = acc[{byCoder ? coderNames[c.coderId] : rowOfDocument[c.documentId], c.codeId}];
        ++a.codings;
        a.documents.insert(c.documentId);
        a.ranges[c.documentId].emplace_back(c.start, c.end);
    }
    std::map<RowId, std::string> texts;
    std::vector<CodingCount> out;
    for (auto& [key, a] : acc) {
        CodingCount cc;
        cc.row = key.first;
        cc.code = codePath(codes, key.second);
        cc.codings = a.codings;
        cc.documents = static_cast<std::int64_t>(a.documents.size());
        for (auto& [doc, ranges] : a.ranges) {
            if (!texts.count(doc)) texts[doc] = store.documentText(doc);
            auto once = merged(ranges);
            cc.words += wordsIn(texts[doc], once);
            for (const auto& [start, end] : once) cc.characters += end - start;
        }
        out.push_back(std::move(cc));
    }
    return out;
}

std::vector<CodingCount> countCodings(const Workbench& bench, const std::string& rows) {
    return countCodings(bench, CodingCountQuery{rows, {}});
}

std::vector<CodingCount> countCodingsByCoder(const Workbench& bench, const std::string& codePathText) {
    return countCodings(bench, CodingCountQuery{"coders", codePathText});
}

std::vector<CodePair> codeCooccurrence(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    auto codes = store.codes();
    std::map<std::pair<RowId, RowId>, CodePair> pairs;
    for (const auto& doc : store.documents()) {
        auto codings = store.codingsOfDocument(doc.id);
        auto turns = store.turns(doc.id);
        auto turnOf = [&](std::int64_t pos) -> std::int64_t {
            for (const auto& t : turns)
                if (t.start <= pos && pos < t.end) return t.ordinal;
            return -1;
        };
        for (std::size_t i = 0; i < codings.size(); ++i)
            for (std::size_t j = i + 1; j < codings.size(); ++j) {
                const Coding& a = codings[i];
                const Coding& b = codings[j];
                if (a.codeId == b.codeId) continue;
                bool overlap = a.start < b.end && b.start < a.end;
                std::int64_t ta = turnOf(a.start), tb = turnOf(b.start);
                bool sameTurn = ta >= 0 && ta == tb;
                if (!overlap && !sameTurn) continue;
                auto key = std::minmax(a.codeId, b.codeId);
                CodePair& p = pairs[{key.first, key.second}];
                if (p.first.empty()) {
                    p.first = codePath(codes, key.first);
                    p.second = codePath(codes, key.second);
                }
                if (overlap) ++p.overlapping;
                if (sameTurn) ++p.sameTurn;
            }
    }
    std::vector<CodePair> out;
    for (auto& [k, p] : pairs) out.push_back(std::move(p));
    std::stable_sort(out.begin(), out.end(), [](const CodePair& x, const CodePair& y) {
        return x.overlapping + x.sameTurn > y.overlapping + y.sameTurn;
    });
    return out;
}

}  // namespace edau
