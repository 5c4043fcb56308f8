// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli import: bring transcripts and other sources into a project.
#include <unistd.h>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/import_service.h"
#include "edau/app/search_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"

namespace edau::cli {

Command importCommand() {
    return {"import",
            "import PROJECT.edau FILE|DIR... [--encoding auto|utf-8|utf-16|windows-1252|iso-8859-1|iso-8859-14] "
            "[--case-from filename|none] [--language auto|cy|en] [--turn-pattern REGEX] [--no-turns] "
            "[--replace-invalid] [--no-index] [--json]",
            N_("Import transcripts (txt, docx, odt, rtf, pdf, vtt, srt, md, html) from files or folders."), 2, 100000,
            {"--encoding", "--case-from", "--language", "--turn-pattern"},
            {"--json", "--no-turns", "--replace-invalid", "--no-index", "--quiet"},
            [](const Arguments& args, const Io& io) {
                ImportRequest request;
                request.paths.assign(args.positionals.begin() + 1, args.positionals.end());
                request.read.encoding = args.option("--encoding").value_or("auto");
                request.read.language = args.option("--language").value_or("auto");
                request.read.turnPattern = args.option("--turn-pattern").value_or("");
                request.read.detectTurns = !args.has("--no-turns");
                request.read.replaceInvalid = args.has("--replace-invalid");
                std::string caseFrom = args.option("--case-from").value_or("filename");
                if (caseFrom != "filename" && caseFrom != "none")
                    throwError(ErrorKind::Usage, Message(EDAU_MSG("--case-from takes filename or none, not {value}"))
                                                     .arg("value", caseFrom));
                request.caseFrom = caseFrom == "none" ? CaseFrom::None : CaseFrom::FileName;
                if (request.read.language != "auto" && request.read.language != "cy" && request.read.language != "en")
                    throwError(ErrorKind::Usage, Message(EDAU_MSG("--language takes auto, cy or en, not {value}"))
                                                     .arg("value", request.read.language));

                auto bench = openForWriting(args.positionals[0], io);
                bool showProgress = !args.has("--quiet") && isatty(STDERR_FILENO);
                ImportReport report = importSources(*bench, request, [&](std::size_t done, std::size_t total, const std::string&) {
                    if (showProgress) io.err << '\r' << done << '/' << total << ' ' << std::flush;
                    return true;
                });
                if (showProgress) io.err << '\r' << std::string(24, ' ') << '\r';
                // Scripts search right after importing: the index is current when this returns.
                if (!report.imported.empty()) updateIndexAfterAdding(*bench, args, io);

                if (args.has("--json")) {
                    Json j = Json::object();
                    Json imported = Json::array(), failed = Json::array(), skipped = Json::array();
                    for (const auto& s : report.imported) {
                        Json e = Json::object();
                        e["file"] = s.file;
                        e["document"] = s.documentName;
                        e["id"] = s.documentUuid;
                        e["format"] = s.format;
                        e["encoding"] = s.encoding;
                        e["language"] = s.language;
                        e["characters"] = s.characters;
                        e["turns"] = s.turns;
                        e["case"] = s.caseName.empty() ? Json() : Json(s.caseName);
                        Json notes = Json::array();
                        for (const auto& n : s.notes) notes.push(n);
                        e["notes"] = std::move(notes);
                        imported.push(std::move(e));
                    }
                    for (const auto& f : report.failed) {
                        Json e = Json::object();
                        e["file"] = f.file;
                        e["error"] = render(f.reason);
                        failed.push(std::move(e));
                    }
                    for (const auto& f : report.skipped) {
                        Json e = Json::object();
                        e["file"] = f.file;
                        e["reason"] = render(f.reason);
                        skipped.push(std::move(e));
                    }
                    j["imported"] = std::move(imported);
                    j["failed"] = std::move(failed);
                    j["skipped"] = std::move(skipped);
                    io.printJson(j);
                } else {
                    for (const auto& s : report.imported)
                        io.out << render(Message(EDAU_MSG("Imported {file} as {document}: {characters} characters, {turns} turns, {encoding}"))
                                             .arg("file", s.file)
                                             .arg("document", s.documentName)
                                             .arg("characters", s.characters)
                                             .arg("turns", s.turns)
                                             .arg("encoding", s.encoding))
                               << '\n';
                    for (const auto& f : report.skipped) io.out << tr("Skipped:") << ' ' << render(f.reason) << '\n';
                    for (const auto& f : report.failed) io.err << tr("Not imported:") << ' ' << render(f.reason) << '\n';
                }
                return report.failed.empty() ? kSuccess : kUserError;
            }};
}

}  // namespace edau::cli
