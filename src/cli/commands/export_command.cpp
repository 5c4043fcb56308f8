// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli exports for papers: matrix export, report (coded passages), codes export.
#include <cstdio>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/export_service.h"
#include "edau/base/error.h"

namespace edau::cli {

namespace {

/// The exports' words in the interface language (gettext), with the catalogue's language code.
ExportWording wording() {
    ExportWording w;
    w.language = interfaceLanguage();
    w.caseColumn = tr(N_("Case"));
    w.documentColumn = tr(N_("Document"));
    w.matrixSubtitle = tr(N_("Framework matrix"));
    w.notCoded = "–";
    // TRANSLATORS: {count} is a number; shown in a matrix cell that has passages but no summary.
    w.passagesWaiting = tr(N_("Coded passages: {count}; no summary yet"));
    w.labels.notesHeading = tr(N_("Quotations"));
    w.labels.noteNumber = tr(N_("Note"));
    w.labels.caseName = tr(N_("Case"));
    w.labels.document = tr(N_("Source"));
    w.labels.speaker = tr(N_("Speaker"));
    w.labels.position = tr(N_("Position"));
    w.labels.quote = tr(N_("Quotation"));
    w.labels.notesColumn = tr(N_("Notes"));
    w.passageLabels = {tr(N_("Code")), tr(N_("Source")), tr(N_("Case")), tr(N_("Speaker")), tr(N_("Position")),
                       tr(N_("Passage"))};
    w.codebookLabels = {tr(N_("Code")), tr(N_("Description")), tr(N_("Colour")), tr(N_("Coded passages")),
                        tr(N_("Codebook"))};
    return w;
}

std::string output(const Arguments& args) {
    if (auto o = args.option("--output")) return *o;
    throwError(ErrorKind::Usage, Message(EDAU_MSG("Say where to write the export with -o FILE")));
}

void printOutcome(const ExportReport& report, const std::string& path, const Io& io) {
    io.out << path << '\n';
    for (const auto& t : report.truncatedCells)
        io.err << render(Message(EDAU_MSG("Warning: cell {cell} of sheet {sheet} was cut to Excel's limit of 32,767 characters"))
                             .arg("cell", t.cell)
                             .arg("sheet", t.sheet))
               << '\n';
    for (const auto& r : report.removedCharacters)
        io.err << render(Message(EDAU_MSG("Warning: {count} characters that the format cannot hold (U+{code}) were left out"))
                             .arg("count", static_cast<long long>(r.count))
                             .arg("code", [&] {
                                 char buf[16];
                                 std::snprintf(buf, sizeof buf, "%04X", static_cast<unsigned>(r.codePoint));
                                 return std::string(buf);
                             }()))
               << '\n';
}

}  // namespace

int exportMatrixCommand(const Arguments& args, const Io& io) {
    auto bench = openForReading(args.positionals[1], io);
    std::string path = output(args);
    std::string format = exportFormat(args.option("--format").value_or(path));
    printOutcome(exportMatrix(*bench, args.positionals[2], format, path, wording()), path, io);
    return kSuccess;
}

int exportCodebookCommand(const Arguments& args, const Io& io) {
    auto bench = openForReading(args.positionals[1], io);
    std::string path = output(args);
    std::string format = exportFormat(args.option("--format").value_or(path));
    printOutcome(exportCodebook(*bench, format, path, wording()), path, io);
    return kSuccess;
}

Command reportCommand() {
    return {"report", "report PROJECT.edau --code PATH [--format docx|html|csv|xlsx|md] -o FILE",
            N_("Export every passage coded with a code (and its sub-codes), with source, speaker and position."), 1, 1,
            {"--code", "--format", "--output"}, {},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                std::string path = output(args);
                std::string format = exportFormat(args.option("--format").value_or(path));
                auto code = args.option("--code");
                if (!code) throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", "--code"));
                printOutcome(exportCodedPassages(*bench, *code, format, path, wording()), path, io);
                return kSuccess;
            }};
}

}  // namespace edau::cli
