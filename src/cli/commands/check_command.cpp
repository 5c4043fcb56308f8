// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli check: a full integrity check of the project file.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/search_service.h"
#include "edau/base/json.h"

namespace edau::cli {

Command checkCommand() {
    return {"check", "check PROJECT.edau [--json]", N_("Check the project file for damage and inconsistencies, and say how its search index stands."), 1, 1,
            {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                auto problems = bench->check();
                // The index is derived data: its state is reported, never counted as a problem.
                const SearchIndexStatus index = searchIndexStatus(*bench);
                Message indexLine;
                switch (index.state) {
                    case SearchIndexStatus::State::Missing:
                        indexLine = Message(EDAU_MSG("Search index: not built yet; the first search builds it"));
                        break;
                    case SearchIndexStatus::State::Current:
                        indexLine = Message(EDAU_MSG("Search index: up to date (passages: {passages})"))
                                        .arg("passages", static_cast<long long>(index.passages));
                        break;
                    case SearchIndexStatus::State::Behind:
                        indexLine = Message(EDAU_MSG("Search index: behind the project (changes not yet indexed: {changes}); the next search catches up"))
                                        .arg("changes", static_cast<long long>(index.changesBehind));
                        break;
                    case SearchIndexStatus::State::NeedsRebuild:
                        indexLine = Message(EDAU_MSG("Search index: will be rebuilt at the next search ({reason})"))
                                        .arg("reason", index.reason ? render(*index.reason) : std::string());
                        break;
                    case SearchIndexStatus::State::Busy:
                        indexLine = Message(EDAU_MSG("Search index: being updated by another Edau just now"));
                        break;
                }
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["ok"] = problems.empty();
                    Json list = Json::array();
                    for (const auto& p : problems) list.push(render(p));
                    j["problems"] = std::move(list);
                    Json ij = Json::object();
                    ij["state"] = toString(index.state);
                    ij["folder"] = index.folder;
                    ij["detail"] = render(indexLine);
                    j["index"] = std::move(ij);
                    io.printJson(j);
                } else if (problems.empty()) {
                    io.out << render(Message(EDAU_MSG("No problems found in {file}")).arg("file", bench->path())) << '\n';
                    io.out << render(indexLine) << '\n';
                } else {
                    for (const auto& p : problems) io.out << render(p) << '\n';
                    io.out << render(indexLine) << '\n';
                }
                return problems.empty() ? kSuccess : kProjectError;
            }};
}

}  // namespace edau::cli
