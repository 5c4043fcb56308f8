// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli docs: the project's documents.
#include "../command.h"
#include "../command_support.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

namespace edau::cli {

int importCaseSheetCommand(const Arguments& args, const Io& io);

Command docsCommand() {
    return {"docs", "docs PROJECT.edau [--json]", N_("List the documents with their format, length, turns and case."), 1,
            1, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                const auto& store = bench->store();
                Json list = Json::array();
                auto documents = bench->documents();
                sortByName(documents, [](const Document& d) -> const std::string& { return d.name; });
                for (const auto& d : documents) {
                    std::string caseName;
                    if (d.caseId)
                        if (auto c = store.caseById(*d.caseId)) caseName = c->name;
                    auto turnCount = static_cast<long long>(store.turns(d.id).size());
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["id"] = d.uuid;
                        j["name"] = d.name;
                        j["format"] = d.format;
                        j["encoding"] = d.encoding;
                        j["characters"] = d.characters;
                        j["turns"] = turnCount;
                        j["case"] = caseName.empty() ? Json() : Json(caseName);
                        j["language"] = d.language;
                        j["language_source"] = d.languageSetByUser ? "user" : "guess";
                        list.push(std::move(j));
                    } else {
                        io.out << d.name << '\t' << d.format << '\t' << d.characters << '\t' << turnCount << '\t'
                               << caseName << '\t' << d.language << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return 0;
            }};
}

Command textCommand() {
    return {"text", "text PROJECT.edau DOCUMENT", N_("Print a document's stored text (positions count its characters)."),
            2, 2, {}, {},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                Document d = findDocument(*bench, args.positionals[1]);
                io.out << bench->store().documentText(d.id);
                return 0;
            }};
}

Command turnsCommand() {
    return {"turns", "turns PROJECT.edau DOCUMENT [--json]", N_("List a document's speaker turns with their positions."),
            2, 2, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                Document d = findDocument(*bench, args.positionals[1]);
                Json list = Json::array();
                for (const auto& t : bench->store().turns(d.id)) {
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["speaker"] = t.speaker;
                        j["start"] = t.start;
                        j["end"] = t.end;
                        if (t.timestampMs) j["timestamp_ms"] = *t.timestampMs;
                        list.push(std::move(j));
                    } else {
                        io.out << t.speaker << '\t' << t.start << '\t' << t.end << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return 0;
            }};
}

Command casesCommand() {
    return {"cases", "cases PROJECT.edau [--json] | cases import PROJECT.edau SHEET.csv|xlsx [--json]",
            N_("List the cases with their attributes and documents, or import a case sheet."), 1, 3, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                if (args.positionals[0] == "import") return importCaseSheetCommand(args, io);
                if (args.positionals.size() != 1)
                    throwError(ErrorKind::Usage, Message(EDAU_MSG("Usage: edau-cli {usage}"))
                                                     .arg("usage", "cases PROJECT.edau [--json]"));
                auto bench = openForReading(args.positionals[0], io);
                const auto& store = bench->store();
                auto attributes = store.attributes();
                auto attributeName = [&](RowId id) {
                    for (const auto& a : attributes)
                        if (a.id == id) return a.name;
                    return std::string();
                };
                Json list = Json::array();
                auto cases = bench->cases();
                sortByName(cases, [](const Case& c) -> const std::string& { return c.name; });
                for (const auto& c : cases) {
                    Json attrs = Json::object();
                    for (const auto& v : store.attributeValues(c.id)) attrs[attributeName(v.attributeId)] = v.value;
                    std::vector<std::string> documentNames;
                    for (auto id : store.caseDocuments(c.id))
                        if (auto d = store.documentById(id)) documentNames.push_back(d->name);
                    sortByName(documentNames, [](const std::string& n) -> const std::string& { return n; });
                    Json docs = Json::array();
                    for (auto& n : documentNames) docs.push(n);
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["id"] = c.uuid;
                        j["name"] = c.name;
                        j["attributes"] = std::move(attrs);
                        j["documents"] = std::move(docs);
                        list.push(std::move(j));
                    } else {
                        io.out << c.name;
                        for (const auto& [k, v] : attrs.asObject()) io.out << '\t' << k << '=' << v.asString();
                        io.out << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return 0;
            }};
}

}  // namespace edau::cli
