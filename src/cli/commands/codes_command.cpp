// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli codes: list the codebook, or import one from CSV, XLSX or a text list.
#include <map>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/code_paths.h"
#include "edau/app/workbench.h"
#include "edau/app/import_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

namespace edau::cli {

int exportCodebookCommand(const Arguments& args, const Io& io);

namespace {

Code requireCode(const Workbench& bench, const std::string& path) {
    if (auto c = findCodeByPath(bench.codes(), path)) return *c;
    throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no code {path} in the codebook")).arg("path", path));
}

int editCodebook(const Arguments& args, const Io& io) {
    const std::string& verb = args.positionals[0];
    std::size_t wanted = verb == "add" || verb == "delete" ? 3 : 4;
    if (args.positionals.size() != wanted)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Usage: edau-cli {usage}"))
                                         .arg("usage", "codes " + verb + " PROJECT.edau ..."));
    auto bench = openForWriting(args.positionals[1], io);
    ProjectStore& store = bench->store();
    const std::string& path = args.positionals[2];
    if (verb == "add") {
        auto names = splitCodePath(path);
        Code result;
        store.write([&] {
            std::optional<RowId> parent;
            for (std::size_t i = 0; i < names.size(); ++i) {
                std::optional<Code> existing;
                for (const auto& c : store.codes())
                    if (c.parentId == parent && c.name == names[i]) existing = c;
                bool last = i + 1 == names.size();
                if (existing && last)
                    throwError(ErrorKind::BadInput, Message(EDAU_MSG("The code {path} already exists")).arg("path", path));
                result = existing ? *existing
                                  : store.addCode(names[i], parent, last ? args.option("--description").value_or("") : "",
                                                  last ? args.option("--colour").value_or("") : "");
                parent = result.id;
            }
        });
        io.out << result.uuid << '\n';
    } else if (verb == "rename") {
        Code code = requireCode(*bench, path);
        code.name = args.positionals[3];
        store.updateCode(code);
        io.out << codePath(bench->codes(), code.id) << '\n';
    } else if (verb == "move") {
        Code code = requireCode(*bench, path);
        const std::string& to = args.positionals[3];
        code.parentId = to == "/" || to.empty() ? std::nullopt : std::optional<RowId>(requireCode(*bench, to).id);
        store.updateCode(code);
        io.out << codePath(bench->codes(), code.id) << '\n';
    } else if (verb == "merge") {
        Code source = requireCode(*bench, path);
        Code target = requireCode(*bench, args.positionals[3]);
        std::int64_t moved = store.codingsUnder(source.id);
        store.mergeCode(source.id, target.id);
        io.out << render(Message(EDAU_MSG("Merged {source} into {target}: {count} codings moved"))
                             .arg("source", path)
                             .arg("target", codePath(bench->codes(), target.id))
                             .arg("count", moved))
               << '\n';
    } else {
        Code code = requireCode(*bench, path);
        std::int64_t count = store.codingsUnder(code.id);
        if (!args.has("--yes")) {
            io.err << render(Message(EDAU_MSG("Deleting {path} would remove it, its sub-codes and {count} codings. "
                                              "Run again with --yes to delete (undo can bring them back)."))
                                 .arg("path", path)
                                 .arg("count", count))
                   << '\n';
            return kUserError;
        }
        store.removeCode(code.id);
        io.out << render(Message(EDAU_MSG("Deleted {path} and {count} codings")).arg("path", path).arg("count", count)) << '\n';
    }
    return kSuccess;
}

}  // namespace

Command codesCommand() {
    return {"codes",
            "codes PROJECT.edau [--json] | codes import PROJECT.edau FILE.csv|xlsx|txt | codes add PROJECT.edau PATH "
            "[--description D] [--colour #RRGGBB] | codes rename PROJECT.edau PATH NEW-NAME | codes move PROJECT.edau "
            "PATH NEW-PARENT-PATH|/ | codes merge PROJECT.edau SOURCE-PATH TARGET-PATH | codes delete PROJECT.edau PATH [--yes] | "
            "codes export PROJECT.edau [--format csv|docx|xlsx|html|md] -o FILE",
            N_("List the codebook with coding counts; import, add, rename, move, merge, delete or export codes."), 1, 4,
            {"--description", "--colour", "--format", "--output"}, {"--json", "--yes"},
            [](const Arguments& args, const Io& io) -> int {
                const std::string& verb = args.positionals[0];
                if (verb == "add" || verb == "rename" || verb == "move" || verb == "merge" || verb == "delete")
                    return editCodebook(args, io);
                if (verb == "export") return exportCodebookCommand(args, io);
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
                auto codes = codesInDisplayOrder(bench->codes(), interfaceCollator());
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
