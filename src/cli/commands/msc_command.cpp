// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli msc: Most Significant Change selection rounds — which story the panel chose, and why.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/code_paths.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

namespace edau::cli {

namespace {

MscRound requireRound(const ProjectStore& store, const std::string& name) {
    for (const auto& r : store.mscRounds())
        if (r.name == name) return r;
    throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no selection round called {name}")).arg("name", name));
}

}  // namespace

Command mscCommand() {
    return {"msc",
            "msc round PROJECT.edau NAME [--panel P] [--date D] | msc select PROJECT.edau ROUND --case C "
            "[--domain PATH] [--chosen yes|no] --reason R | msc show PROJECT.edau [--json]",
            N_("Most Significant Change: selection rounds, each story's domain of change, the panel's choice and reason."),
            2, 3, {"--panel", "--date", "--case", "--domain", "--chosen", "--reason"}, {"--json"},
            [](const Arguments& args, const Io& io) -> int {
                const std::string& verb = args.positionals[0];
                if (verb == "round" && args.positionals.size() == 3) {
                    auto bench = openForWriting(args.positionals[1], io);
                    MscRound r = bench->store().addMscRound(args.positionals[2], args.option("--panel").value_or(""),
                                                            args.option("--date").value_or(""));
                    io.out << r.uuid << '\n';
                    return kSuccess;
                }
                if (verb == "select" && args.positionals.size() == 3) {
                    auto bench = openForWriting(args.positionals[1], io);
                    auto& store = bench->store();
                    MscRound r = requireRound(store, args.positionals[2]);
                    auto caseName = args.option("--case");
                    if (!caseName) throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", "--case"));
                    auto c = store.caseByName(*caseName);
                    if (!c) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no case called {name}")).arg("name", *caseName));
                    std::optional<RowId> domain;
                    if (auto path = args.option("--domain")) {
                        auto code = findCodeByPath(store.codes(), *path);
                        if (!code) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", *path));
                        domain = code->id;
                    }
                    std::string chosen = args.option("--chosen").value_or("no");
                    if (chosen != "yes" && chosen != "no")
                        throwError(ErrorKind::Usage, Message(EDAU_MSG("--chosen takes yes or no, not {value}")).arg("value", chosen));
                    store.setMscSelection(r.id, c->id, domain, chosen == "yes", args.option("--reason").value_or(""));
                    return kSuccess;
                }
                if (verb == "show" && args.positionals.size() == 2) {
                    auto bench = openForReading(args.positionals[1], io);
                    const auto& store = bench->store();
                    auto codes = store.codes();
                    Json rounds = Json::array();
                    for (const auto& r : store.mscRounds()) {
                        Json jr = Json::object();
                        jr["name"] = r.name;
                        jr["panel"] = r.panel;
                        jr["date"] = r.heldOn;
                        Json stories = Json::array();
                        if (!args.has("--json")) io.out << r.name << (r.panel.empty() ? "" : " — " + r.panel) << '\n';
                        for (const auto& s : store.mscSelections(r.id)) {
                            auto c = store.caseById(s.caseId);
                            std::string domain = s.domainCodeId ? codePath(codes, *s.domainCodeId) : std::string();
                            Json js = Json::object();
                            js["story"] = c ? c->name : std::string();
                            js["domain"] = domain;
                            js["chosen"] = s.chosen;
                            js["reason"] = s.reason;
                            stories.push(std::move(js));
                            if (!args.has("--json"))
                                io.out << (s.chosen ? "  ★ " : "    ") << (c ? c->name : "") << '\t' << domain << '\t' << s.reason << '\n';
                        }
                        jr["stories"] = std::move(stories);
                        rounds.push(std::move(jr));
                    }
                    if (args.has("--json")) io.printJson(rounds);
                    return kSuccess;
                }
                throwError(ErrorKind::Usage, Message(EDAU_MSG("Usage: edau-cli {usage}"))
                                                 .arg("usage", "msc round|select|show PROJECT.edau ..."));
            }};
}

}  // namespace edau::cli
