// SPDX-License-Identifier: GPL-3.0-or-later
// The project digest: canonical JSON of the content keyed by uuid, then SHA-256.
#include "edau/app/project_digest.h"

#include <algorithm>
#include <map>

#include "edau/app/workbench.h"
#include "edau/base/json.h"
#include "edau/base/sha256.h"
#include "edau/store/project_store.h"

namespace edau {

namespace {

/// Builds a JSON array from entries keyed by uuid, in uuid order.
class SortedList {
public:
    void add(const std::string& key, Json value) { m_items.emplace(key, std::move(value)); }
    Json take() {
        Json out = Json::array();
        for (auto& [key, value] : m_items) out.push(std::move(value));
        return out;
    }

private:
    std::multimap<std::string, Json> m_items;
};

}  // namespace

std::string projectDigestSource(const Workbench& bench) {
    const ProjectStore& store = bench.store();
    std::map<RowId, std::string> coderUuid, documentUuid, caseUuid, attributeUuid, codeUuid, codingUuid;
    for (const auto& c : store.coders()) coderUuid[c.id] = c.uuid;
    for (const auto& d : store.documents()) documentUuid[d.id] = d.uuid;
    for (const auto& c : store.cases()) caseUuid[c.id] = c.uuid;
    for (const auto& a : store.attributes()) attributeUuid[a.id] = a.uuid;
    const auto codes = store.codes();
    for (const auto& c : codes) codeUuid[c.id] = c.uuid;
    auto uuidOf = [](const std::map<RowId, std::string>& m, std::optional<RowId> id) {
        if (!id) return std::string();
        auto it = m.find(*id);
        return it == m.end() ? std::string() : it->second;
    };

    Json root = Json::object();
    root["project"] = store.projectUuid();
    root["name"] = store.projectName();
    if (store.blindCoding()) root["blind_coding"] = true;

    SortedList coders;
    for (const auto& c : store.coders()) {
        Json j = Json::object();
        j["uuid"] = c.uuid;
        j["name"] = c.name;
        coders.add(c.uuid, std::move(j));
    }
    root["coders"] = coders.take();

    SortedList documents;
    for (const auto& d : store.documents()) {
        Json j = Json::object();
        j["uuid"] = d.uuid;
        j["name"] = d.name;
        j["format"] = d.format;
        j["language"] = d.language;
        j["content"] = d.contentHash;
        j["case"] = uuidOf(caseUuid, d.caseId);
        Json turns = Json::array();
        for (const auto& t : store.turns(d.id)) {
            Json tj = Json::object();
            tj["speaker"] = t.speaker;
            tj["start"] = t.start;
            tj["end"] = t.end;
            turns.push(std::move(tj));
        }
        j["turns"] = std::move(turns);
        documents.add(d.uuid, std::move(j));
    }
    root["documents"] = documents.take();

    SortedList attributes;
    for (const auto& a : store.attributes()) {
        Json j = Json::object();
        j["uuid"] = a.uuid;
        j["name"] = a.name;
        j["type"] = toString(a.type);
        attributes.add(a.uuid, std::move(j));
    }
    root["attributes"] = attributes.take();

    SortedList cases;
    for (const auto& c : store.cases()) {
        Json j = Json::object();
        j["uuid"] = c.uuid;
        j["name"] = c.name;
        j["description"] = c.description;
        std::map<std::string, std::string> values;
        for (const auto& v : store.attributeValues(c.id)) values[uuidOf(attributeUuid, v.attributeId)] = v.value;
        Json vj = Json::object();
        for (const auto& [attribute, value] : values) vj[attribute] = value;
        j["values"] = std::move(vj);
        cases.add(c.uuid, std::move(j));
    }
    root["cases"] = cases.take();

    SortedList codeList;
    for (const auto& c : codes) {
        Json j = Json::object();
        j["uuid"] = c.uuid;
        j["parent"] = uuidOf(codeUuid, c.parentId);
        j["name"] = c.name;
        j["description"] = c.description;
        j["colour"] = c.colour;
        codeList.add(c.uuid, std::move(j));
    }
    root["codes"] = codeList.take();

    SortedList codings;
    for (const auto& c : store.codings(CodingScope::All)) {
        codingUuid[c.id] = c.uuid;
        Json j = Json::object();
        j["uuid"] = c.uuid;
        j["document"] = uuidOf(documentUuid, c.documentId);
        j["start"] = c.start;
        j["end"] = c.end;
        j["code"] = uuidOf(codeUuid, c.codeId);
        j["coder"] = uuidOf(coderUuid, c.coderId);
        codings.add(c.uuid, std::move(j));
    }
    root["codings"] = codings.take();

    SortedList memos;
    for (const auto& m : store.memos()) {
        Json j = Json::object();
        j["uuid"] = m.uuid;
        j["target"] = toString(m.targetKind);
        j["target_uuid"] = m.targetUuid;
        j["title"] = m.title;
        j["text"] = m.text;
        j["coder"] = uuidOf(coderUuid, m.coderId);
        memos.add(m.uuid, std::move(j));
    }
    root["memos"] = memos.take();

    SortedList matrices;
    for (const auto& m : store.matrices()) {
        Json j = Json::object();
        j["uuid"] = m.uuid;
        j["name"] = m.name;
        j["description"] = m.description;
        Json rows = Json::array();
        for (RowId id : m.rowCaseIds) rows.push(uuidOf(caseUuid, id));
        for (RowId id : m.rowDocumentIds) rows.push(uuidOf(documentUuid, id));
        j["rows"] = std::move(rows);
        Json columns = Json::array();
        for (RowId id : m.columnCodeIds) columns.push(uuidOf(codeUuid, id));
        j["columns"] = std::move(columns);
        SortedList cells;
        for (const auto& cell : store.cells(m.id)) {
            Json cj = Json::object();
            const std::string row = cell.documentId ? uuidOf(documentUuid, cell.documentId) : uuidOf(caseUuid, cell.caseId);
            cj["row"] = row;
            cj["code"] = uuidOf(codeUuid, cell.codeId);
            cj["summary"] = cell.summary;
            std::vector<std::string> cited = cell.citedCodingUuids;
            std::sort(cited.begin(), cited.end());
            Json citations = Json::array();
            for (const auto& c : cited) citations.push(c);
            cj["citations"] = std::move(citations);
            cells.add(row + "/" + uuidOf(codeUuid, cell.codeId), std::move(cj));
        }
        j["cells"] = cells.take();
        matrices.add(m.uuid, std::move(j));
    }
    root["matrices"] = matrices.take();

    SortedList rounds;
    for (const auto& r : store.mscRounds()) {
        Json j = Json::object();
        j["uuid"] = r.uuid;
        j["name"] = r.name;
        j["panel"] = r.panel;
        j["held_on"] = r.heldOn;
        SortedList selections;
        for (const auto& s : store.mscSelections(r.id)) {
            Json sj = Json::object();
            sj["case"] = uuidOf(caseUuid, s.caseId);
            sj["domain"] = uuidOf(codeUuid, s.domainCodeId);
            sj["chosen"] = s.chosen;
            sj["reason"] = s.reason;
            selections.add(uuidOf(caseUuid, s.caseId), std::move(sj));
        }
        j["selections"] = selections.take();
        rounds.add(r.uuid, std::move(j));
    }
    root["msc_rounds"] = rounds.take();
    return root.dump(1);
}

std::string projectDigest(const Workbench& bench) {
    Sha256 hash;
    hash.update(projectDigestSource(bench));
    return hash.hexDigest();
}

}  // namespace edau
