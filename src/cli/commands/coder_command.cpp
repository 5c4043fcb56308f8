// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli coder: say who is coding (adds the coder if new), or list the coders.
#include "../command.h"
#include "../command_support.h"
#include "edau/base/json.h"

namespace edau::cli {

Command coderCommand() {
    return {"coder", "coder PROJECT.edau [NAME] [--json]",
            N_("Set the current coder (added if new); without NAME, list the coders."), 1, 2, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                if (args.positionals.size() == 2) {
                    auto bench = openForWriting(args.positionals[0], io);
                    Coder c = bench->useCoder(args.positionals[1]);
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["id"] = c.uuid;
                        j["name"] = c.name;
                        io.printJson(j);
                    } else {
                        io.out << render(Message(EDAU_MSG("The current coder is now {name}")).arg("name", c.name)) << '\n';
                    }
                    return 0;
                }
                auto bench = openForReading(args.positionals[0], io);
                auto current = bench->currentCoder();
                if (args.has("--json")) {
                    Json list = Json::array();
                    for (const auto& c : bench->coders()) {
                        Json j = Json::object();
                        j["id"] = c.uuid;
                        j["name"] = c.name;
                        j["current"] = current && current->id == c.id;
                        list.push(std::move(j));
                    }
                    io.printJson(list);
                    return 0;
                }
                for (const auto& c : bench->coders())
                    io.out << (current && current->id == c.id ? "* " : "  ") << c.name << '\n';
                return 0;
            }};
}

}  // namespace edau::cli
