// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli digest: a fingerprint of the project's content, equal for projects holding the same things.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/project_digest.h"
#include "edau/base/json.h"

namespace edau::cli {

Command digestCommand() {
    return {"digest", "digest PROJECT.edau [--json] [--show]",
            N_("Print a fingerprint of what the project holds: equal for two projects with the same content, whatever "
               "their history (--show prints the content it is made from)."),
            1, 1, {}, {"--json", "--show"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                if (args.has("--show")) {
                    io.out << projectDigestSource(*bench) << '\n';
                    return kSuccess;
                }
                const std::string digest = projectDigest(*bench);
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["digest"] = digest;
                    io.printJson(j);
                } else {
                    io.out << digest << '\n';
                }
                return kSuccess;
            }};
}

}  // namespace edau::cli
