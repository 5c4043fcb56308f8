// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli demo: build the bundled sample project in a folder.
#include "../command.h"
#include "edau/app/sample_project.h"

namespace edau::cli {

Command demoCommand() {
    return {"demo", "demo DIR", N_("Build the sample project in DIR and print its path."), 1, 1, {}, {},
            [](const Arguments& args, const Io& io) {
                io.out << buildSampleProject(args.positionals[0]) << '\n';
                return 0;
            }};
}

}  // namespace edau::cli
