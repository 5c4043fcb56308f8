// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli new: create an empty project file.
#include <filesystem>

#include "../command.h"
#include "edau/app/workbench.h"

namespace edau::cli {

Command newCommand() {
    return {"new", "new PROJECT.edau [--name NAME] [--coder NAME]", N_("Create a new, empty project file."), 1, 1,
            {"--name", "--coder"}, {"--json"},
            [](const Arguments& args, const Io& io) {
                std::string path = args.positionals[0];
                if (std::filesystem::path(path).extension() != ".edau") path += ".edau";
                std::string name = args.option("--name").value_or(std::filesystem::path(path).stem().string());
                auto bench = Workbench::create(path, name);
                if (auto coder = args.option("--coder")) bench->useCoder(*coder);
                for (const auto& w : bench->warnings()) io.err << tr("Warning:") << ' ' << render(w) << '\n';
                io.out << path << '\n';
                return 0;
            }};
}

}  // namespace edau::cli
