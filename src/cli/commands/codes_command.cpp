// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli codes: list the codebook, or import one from CSV, XLSX or a text list.
#include <map>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/code_paths.h"
#include "edau/app/import_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

namespace edau::cli {

Command codesCommand() {
    return {"codes", "codes PROJECT.edau [--json] | codes import PROJECT.edau FILE.csv|xlsx|txt [--json]",
            N_("List the codebook with coding counts, or import codes from a file."), 1, 3, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                if (args.positionals[0] == "import") {
                    if (args.positionals.size() != 3)
                        throwError(ErrorKind::Usage, Message(EDAU_MSG("Usage: edau-cli {usage}"))
                                                         .arg("usage", "codes import PROJECT.edau FILE.csv|xlsx|txt"));
                    auto bench = openForWriting(args.positionals[1], io);
                    CodebookReport r = importCodebook(*bench, args.positionals[2]);
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["codes_created"] = r.codesCreated;
                        j["codes_existing"] = r.codesExisting;
                        j["descriptions_set"] = r.descriptionsSet;
                        io.printJson(j);
                    } else {
                        io.out << render(Message(EDAU_MSG("{created} new codes, {existing} already there, {descriptions} descriptions set"))
                                             .arg("created", r.codesCreated)
                                             .arg("existing", r.codesExisting)
                                             .arg("descriptions", r.descriptionsSet))
                               << '\n';
                    }
                    return kSuccess;
                }
                if (args.positionals.size() != 1)
                    throwError(ErrorKind::Usage, Message(EDAU_MSG("Usage: edau-cli {usage}")).arg("usage", "codes PROJECT.edau [--json]"));
                auto bench = openForReading(args.positionals[0], io);
                auto codes = bench->codes();
                std::map<RowId, std::int64_t> counts;
                for (const auto& c : bench->store().codings()) ++counts[c.codeId];
                Json list = Json::array();
                for (const auto& c : codes) {
                    std::string path = codePath(codes, c.id);
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["id"] = c.uuid;
                        j["path"] = path;
                        j["description"] = c.description;
                        j["colour"] = c.colour;
                        j["codings"] = counts[c.id];
                        list.push(std::move(j));
                    } else {
                        io.out << path << '\t' << counts[c.id] << '\t' << c.description << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return kSuccess;
            }};
}

}  // namespace edau::cli
