// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli matrix: framework matrices — create, write summaries, show, draft, check evidence.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/framework_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"

namespace edau::cli {

int exportMatrixCommand(const Arguments& args, const Io& io);

namespace {

std::string required(const Arguments& args, const char* option) {
    if (auto v = args.option(option)) return *v;
    throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", option));
}

std::vector<std::string> all(const Arguments& args, const char* option) {
    auto it = args.options.find(option);
    return it == args.options.end() ? std::vector<std::string>{} : it->second;
}

int showMatrix(const Workbench& bench, const std::string& name, const Arguments& args, const Io& io) {
    MatrixView view = viewMatrix(bench, name, false);
    Json j = Json::object();
    j["name"] = view.matrix.name;
    Json rows = Json::array(), columns = Json::array(), cells = Json::array();
    for (const auto& r : view.rows) rows.push(r.name);
    for (const auto& [code, path] : view.columns) columns.push(path);
    for (const auto& cv : view.cells) {
        Json c = Json::object();
        c["case"] = cv.caseRow.name;
        c["code"] = cv.codePath;
        c["summary"] = cv.cell ? cv.cell->summary : std::string();
        Json cites = Json::array();
        if (cv.cell)
            for (const auto& u : cv.cell->citedCodingUuids) cites.push(u);
        c["citations"] = std::move(cites);
        c["codings"] = cv.codings;
        cells.push(std::move(c));
    }
    j["rows"] = std::move(rows);
    j["columns"] = std::move(columns);
    j["cells"] = std::move(cells);
    if (args.has("--json")) {
        io.printJson(j);
        return kSuccess;
    }
    for (const auto& cv : view.cells) {
        io.out << cv.caseRow.name << " × " << cv.codePath << " (" << cv.codings << ")\n";
        if (cv.cell && !cv.cell->summary.empty()) io.out << "    " << cv.cell->summary << '\n';
    }
    return kSuccess;
}

}  // namespace

Command matrixCommand() {
    return {"matrix",
            "matrix new PROJECT.edau NAME --theme PATH [--where ATTR=VALUE]... [--sort ATTR]... | "
            "matrix summary PROJECT.edau NAME --case C --code PATH --text T [--cite CODING-ID]... | "
            "matrix show PROJECT.edau NAME [--json] | matrix fill PROJECT.edau NAME [--case C] [--code PATH] | "
            "matrix check PROJECT.edau NAME [--json] | "
            "matrix export PROJECT.edau NAME [--format xlsx|docx|csv|html|md] -o FILE",
            N_("Framework matrices: create one, write cell summaries citing passages, show, draft from coded text, "
               "check the evidence."),
            3, 3, {"--theme", "--where", "--sort", "--case", "--code", "--text", "--cite", "--format", "--output"},
            {"--json"},
            [](const Arguments& args, const Io& io) -> int {
                const std::string& verb = args.positionals[0];
                const std::string& project = args.positionals[1];
                const std::string& name = args.positionals[2];
                if (verb == "new") {
                    MatrixSpec spec;
                    spec.name = name;
                    spec.themePath = required(args, "--theme");
                    for (const auto& w : all(args, "--where")) {
                        auto eq = w.find('=');
                        if (eq == std::string::npos)
                            throwError(ErrorKind::Usage, Message(EDAU_MSG("--where takes ATTRIBUTE=VALUE, not {value}")).arg("value", w));
                        spec.where.emplace_back(w.substr(0, eq), w.substr(eq + 1));
                    }
                    spec.sortBy = all(args, "--sort");
                    auto bench = openForWriting(project, io);
                    Matrix m = createMatrix(*bench, spec);
                    io.out << render(Message(EDAU_MSG("Created the matrix {name}: {rows} cases × {columns} codes"))
                                         .arg("name", m.name)
                                         .arg("rows", static_cast<long long>(m.rowCaseIds.size()))
                                         .arg("columns", static_cast<long long>(m.columnCodeIds.size())))
                           << '\n';
                    return kSuccess;
                }
                if (verb == "summary") {
                    auto bench = openForWriting(project, io);
                    MatrixCell cell = writeSummary(*bench, name, required(args, "--case"), required(args, "--code"),
                                                   required(args, "--text"), all(args, "--cite"));
                    io.out << cell.uuid << '\n';
                    return kSuccess;
                }
                if (verb == "show") return showMatrix(*openForReading(project, io), name, args, io);
                if (verb == "fill") {
                    auto bench = openForWriting(project, io);
                    int filled = startFromCodedText(*bench, name, args.option("--case").value_or(""),
                                                    args.option("--code").value_or(""));
                    io.out << render(Message(EDAU_MSG("Cells drafted from coded text: {count}")).arg("count", static_cast<long long>(filled)))
                           << '\n';
                    return kSuccess;
                }
                if (verb == "export") return exportMatrixCommand(args, io);
                if (verb == "check") {
                    auto bench = openForReading(project, io);
                    auto problems = checkEvidence(*bench, name);
                    if (args.has("--json")) {
                        Json list = Json::array();
                        for (const auto& p : problems) {
                            Json j = Json::object();
                            j["case"] = p.caseName;
                            j["code"] = p.codePath;
                            j["problem"] = p.kind;
                            if (!p.codingUuid.empty()) j["coding"] = p.codingUuid;
                            list.push(std::move(j));
                        }
                        io.printJson(list);
                    } else {
                        for (const auto& p : problems)
                            io.out << render(p.kind == "no-citation"
                                                 ? Message(EDAU_MSG("{case} × {code}: the summary cites no passage"))
                                                       .arg("case", p.caseName)
                                                       .arg("code", p.codePath)
                                                 : Message(EDAU_MSG("{case} × {code}: a cited passage ({coding}) is no longer coded"))
                                                       .arg("case", p.caseName)
                                                       .arg("code", p.codePath)
                                                       .arg("coding", p.codingUuid))
                                   << '\n';
                        if (problems.empty()) io.out << tr("Every summary cites passages that are still coded.") << '\n';
                    }
                    return problems.empty() ? kSuccess : kUserError;
                }
                throwError(ErrorKind::Usage, Message(EDAU_MSG("matrix takes new, summary, show, fill, check or export, not {verb}")).arg("verb", verb));
            }};
}

}  // namespace edau::cli
