// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli info: what a project holds.
#include "../command.h"
#include "../command_support.h"
#include "edau/base/json.h"

namespace edau::cli {

Command infoCommand() {
    return {"info", "info PROJECT.edau [--json]", N_("Show a project's name, format and how much it holds."), 1, 1, {},
            {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                ProjectSummary s = bench->summary();
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["name"] = s.name;
                    j["uuid"] = s.uuid;
                    j["path"] = s.path;
                    j["schema_version"] = s.schemaVersion;
                    j["documents"] = s.counts.documents;
                    j["cases"] = s.counts.cases;
                    j["codes"] = s.counts.codes;
                    j["codings"] = s.counts.codings;
                    j["coders"] = s.counts.coders;
                    j["memos"] = s.counts.memos;
                    j["matrices"] = s.counts.matrices;
                    j["operations"] = s.counts.operations;
                    j["current_coder"] = s.currentCoder ? Json(s.currentCoder->name) : Json();
                    io.printJson(j);
                    return 0;
                }
                auto line = [&](const char* label, const std::string& value) {
                    io.out << tr(label) << ' ' << value << '\n';
                };
                line(N_("Project:"), s.name);
                line(N_("File:"), s.path);
                line(N_("Project format:"), std::to_string(s.schemaVersion));
                line(N_("Current coder:"), s.currentCoder ? s.currentCoder->name : std::string(tr("(none)")));
                line(N_("Documents:"), std::to_string(s.counts.documents));
                line(N_("Cases:"), std::to_string(s.counts.cases));
                line(N_("Codes:"), std::to_string(s.counts.codes));
                line(N_("Codings:"), std::to_string(s.counts.codings));
                line(N_("Coders:"), std::to_string(s.counts.coders));
                line(N_("Memos:"), std::to_string(s.counts.memos));
                line(N_("Framework matrices:"), std::to_string(s.counts.matrices));
                line(N_("Changes recorded:"), std::to_string(s.counts.operations));
                return 0;
            }};
}

}  // namespace edau::cli
