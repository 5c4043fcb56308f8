// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli matrix: framework matrices — create, write summaries, show, draft, check evidence.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/framework_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

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

}  // namespace

/// The row named on the command line: --case names a row of either kind; --document is the
/// clearer word when the rows are documents, and only then allowed. Empty when neither is given.
std::string rowOption(const Workbench& bench, const std::string& matrixName, const Arguments& args) {
    auto caseName = args.option("--case");
    auto documentName = args.option("--document");
    if (caseName && documentName)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Name the row with --case or with --document, not both")));
    if (!documentName) return caseName.value_or("");
    auto m = bench.store().matrixByName(matrixName);
    if (!m) throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no framework matrix called {name}")).arg("name", matrixName));
    if (m->rowKind != MatrixRowKind::Document)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("The rows of the framework matrix {matrix} are cases, not documents"))
                                         .arg("matrix", m->name));
    return *documentName;
}

namespace {

MatrixRowKind parseRowKind(const std::string& value) {
    if (value == "cases" || value == "case") return MatrixRowKind::Case;
    if (value == "documents" || value == "document") return MatrixRowKind::Document;
    throwError(ErrorKind::Usage, Message(EDAU_MSG("--rows takes cases or documents, not {value}")).arg("value", value));
}

int showMatrix(const Workbench& bench, const std::string& name, const Arguments& args, const Io& io) {
    MatrixView view = viewMatrix(bench, name, false);
    const bool documentRows = view.matrix.rowKind == MatrixRowKind::Document;
    Json j = Json::object();
    j["name"] = view.matrix.name;
    j["row_kind"] = toString(view.matrix.rowKind);
    Json rows = Json::array(), columns = Json::array(), cells = Json::array();
    for (const auto& r : view.rowNames) rows.push(r);
    for (const auto& [code, path] : view.columns) columns.push(path);
    for (const auto& cv : view.cells) {
        Json c = Json::object();
        // "case" names the row whatever its kind, so scripts written for case rows keep working.
        c["case"] = cv.rowName;
        if (documentRows) c["document"] = cv.rowName;
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
        io.out << cv.rowName << " × " << cv.codePath << " (" << cv.codings << ")\n";
        if (cv.cell && !cv.cell->summary.empty()) io.out << "    " << cv.cell->summary << '\n';
    }
    return kSuccess;
}

}  // namespace

Command matrixCommand() {
    return {"matrix",
            "matrix new PROJECT.edau NAME --theme PATH [--rows cases|documents] [--where ATTR=VALUE]... [--sort ATTR]... | "
            "matrix summary PROJECT.edau NAME --case C|--document D --code PATH --text T [--cite CODING-ID]... | "
            "matrix show PROJECT.edau NAME [--json] | "
            "matrix fill PROJECT.edau NAME [--case C|--document D] [--code PATH] | "
            "matrix check PROJECT.edau NAME [--json] | "
            "matrix export PROJECT.edau NAME [--format xlsx|docx|csv|html|md] -o FILE",
            N_("Framework matrices: create one (a row per case, or per document: --rows documents, and always "
               "when the project has no cases), write cell summaries citing passages, show, draft from coded text, "
               "check the evidence. --case names a row of either kind."),
            3, 3,
            {"--theme", "--rows", "--where", "--sort", "--case", "--document", "--code", "--text", "--cite", "--format",
             "--output"},
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
                    if (auto rows = args.option("--rows")) spec.rowKind = parseRowKind(*rows);
                    auto bench = openForWriting(project, io);
                    Matrix m = createMatrix(*bench, spec);
                    const bool documentRows = m.rowKind == MatrixRowKind::Document;
                    if (documentRows && !spec.rowKind)
                        io.out << tr("The project has no cases, so the matrix has a row per document.") << '\n';
                    io.out << render(Message(documentRows ? EDAU_MSG("Created the matrix {name}: {rows} documents × {columns} codes")
                                                          : EDAU_MSG("Created the matrix {name}: {rows} cases × {columns} codes"))
                                         .arg("name", m.name)
                                         .arg("rows", static_cast<long long>(documentRows ? m.rowDocumentIds.size()
                                                                                          : m.rowCaseIds.size()))
                                         .arg("columns", static_cast<long long>(m.columnCodeIds.size())))
                           << '\n';
                    return kSuccess;
                }
                if (verb == "summary") {
                    auto bench = openForWriting(project, io);
                    std::string row = rowOption(*bench, name, args);
                    if (row.empty())
                        throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", "--case"));
                    MatrixCell cell = writeSummary(*bench, name, row, required(args, "--code"), required(args, "--text"),
                                                   all(args, "--cite"));
                    io.out << cell.uuid << '\n';
                    return kSuccess;
                }
                if (verb == "show") return showMatrix(*openForReading(project, io), name, args, io);
                if (verb == "fill") {
                    auto bench = openForWriting(project, io);
                    int filled = startFromCodedText(*bench, name, rowOption(*bench, name, args),
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
                            if (!p.documentName.empty()) j["document"] = p.documentName;
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
