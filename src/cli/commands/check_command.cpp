// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli check: a full integrity check of the project file.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/base/json.h"

namespace edau::cli {

Command checkCommand() {
    return {"check", "check PROJECT.edau [--json]", N_("Check the project file for damage and inconsistencies."), 1, 1,
            {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                auto problems = bench->check();
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["ok"] = problems.empty();
                    Json list = Json::array();
                    for (const auto& p : problems) list.push(render(p));
                    j["problems"] = std::move(list);
                    io.printJson(j);
                } else if (problems.empty()) {
                    io.out << render(Message(EDAU_MSG("No problems found in {file}")).arg("file", bench->path())) << '\n';
                } else {
                    for (const auto& p : problems) io.out << render(p) << '\n';
                }
                return problems.empty() ? kSuccess : kProjectError;
            }};
}

}  // namespace edau::cli
