// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli REFI-QDA exchange: export-qdpx, export-qdc, import-qdpx.
#include <unistd.h>

#include <cstdio>
#include <algorithm>
#include <filesystem>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/exchange_service.h"
#include "edau/app/search_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"

namespace edau::cli {

namespace {

namespace fs = std::filesystem;

Json countsJson(const ExchangeCounts& n) {
    Json j = Json::object();
    j["sources"] = n.sources;
    j["codes"] = n.codes;
    j["codings"] = n.codings;
    j["cases"] = n.cases;
    j["notes"] = n.notes;
    j["coders"] = n.coders;
    j["attributes"] = n.attributes;
    j["matrices"] = n.matrices;
    j["summaries"] = n.summaries;
    return j;
}

/// Adds the counts' fields to an object at its top level.
void putCounts(Json& j, const ExchangeCounts& n) {
    const Json counts = countsJson(n);
    for (const auto& [key, value] : counts.asObject()) j[key] = value;
}

Json messagesJson(const std::vector<Message>& messages) {
    Json list = Json::array();
    for (const auto& m : messages) list.push(render(m));
    return list;
}

std::string codePointName(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

int printExport(const QdpxExportReport& report, const Arguments& args, const Io& io) {
    if (args.has("--json")) {
        Json j = Json::object();
        j["file"] = report.path;
        putCounts(j, report.written);
        Json replaced = Json::array();
        for (const auto& r : report.file.replaced) {
            Json e = Json::object();
            e["character"] = codePointName(r.codePoint);
            e["in_source_text"] = static_cast<long long>(r.inSourceText);
            e["elsewhere"] = static_cast<long long>(r.elsewhere);
            replaced.push(std::move(e));
        }
        j["replaced"] = std::move(replaced);
        Json changed = Json::array();
        for (const auto& s : report.file.sourcesChanged) changed.push(s);
        j["sources_changed"] = std::move(changed);
        j["changes"] = messagesJson(report.changes);
        io.printJson(j);
    } else {
        io.out << report.path << '\n';
        for (const auto& c : report.changes) io.err << tr("Warning:") << ' ' << render(c) << '\n';
    }
    return kSuccess;
}

}  // namespace

Command exportQdpxCommand() {
    return {"export-qdpx", "export-qdpx PROJECT.edau OUT.qdpx [--json]",
            N_("Export the whole project as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA, QualCoder and other programs."),
            2, 2, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                return printExport(exportQdpx(*bench, args.positionals[1]), args, io);
            }};
}

Command exportQdcCommand() {
    return {"export-qdc", "export-qdc PROJECT.edau OUT.qdc [--json]",
            N_("Export the codebook as a REFI-QDA codebook (.qdc)."), 2, 2, {}, {"--json"},
            [](const Arguments& args, const Io& io) {
                auto bench = openForReading(args.positionals[0], io);
                return printExport(exportQdc(*bench, args.positionals[1]), args, io);
            }};
}

Command importQdpxCommand() {
    return {"import-qdpx", "import-qdpx IN.qdpx PROJECT.edau [--name NAME] [--no-index] [--json]",
            N_("Import a REFI-QDA project (.qdpx) from another program; the project is created if it does not exist, "
               "otherwise the file is merged into it (things it has already, by identifier, are kept as they are)."),
            2, 2, {"--name"}, {"--json", "--no-index", "--quiet"},
            [](const Arguments& args, const Io& io) {
                const std::string& in = args.positionals[0];
                std::string projectPath = args.positionals[1];
                // Everything is read and checked before the project is touched (or made).
                QdaReadResult read = readQdpxForImport(in);
                std::unique_ptr<Workbench> bench;
                bool created = false;
                std::error_code ec;
                if (!fs::exists(projectPath, ec)) {
                    if (fs::path(projectPath).extension() != ".edau") projectPath += ".edau";
                    if (!fs::exists(projectPath, ec)) {
                        std::string name = args.option("--name").value_or(read.project.name);
                        if (name.find_first_not_of(" \t\r\n") == std::string::npos) name = fs::path(in).stem().string();
                        bench = Workbench::create(projectPath, name);
                        for (const auto& w : bench->warnings()) io.err << tr("Warning:") << ' ' << render(w) << '\n';
                        created = true;
                    }
                }
                if (!bench) bench = openForWriting(projectPath, io);
                QdpxImportReport report;
                try {
                    report = storeQdpx(*bench, std::move(read), in);
                } catch (...) {
                    if (created) {
                        // A project made for this import and left empty by its failure is removed.
                        bench.reset();
                        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) fs::remove(projectPath + suffix, ec);
                    }
                    throw;
                }
                if (report.added.sources > 0) updateIndexAfterAdding(*bench, args, io);
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["file"] = in;
                    j["project"] = projectPath;
                    j["created"] = created;
                    putCounts(j, report.added);
                    j["already"] = countsJson(report.already);
                    j["offsets"] = report.offsets;
                    Json readings = Json::array();
                    for (const auto& r : report.readings) {
                        Json e = Json::object();
                        e["source"] = r.sourceName;
                        e["id"] = r.sourceGuid;
                        e["text_from"] = r.textFrom;
                        e["encoding"] = r.encoding;
                        e["offsets"] = r.conventionName;
                        e["boundaries"] = static_cast<long long>(r.boundaries);
                        e["aligned"] = static_cast<long long>(r.aligned);
                        readings.push(std::move(e));
                    }
                    j["readings"] = std::move(readings);
                    j["dropped"] = messagesJson(report.dropped);
                    j["warnings"] = messagesJson(report.warnings);
                    io.printJson(j);
                } else {
                    io.out << render(Message(EDAU_MSG("Imported into {project}: sources {sources}, codes {codes}, codings {codings}, cases {cases}, memos {notes}, framework matrices {matrices}"))
                                         .arg("project", projectPath)
                                         .arg("sources", report.added.sources)
                                         .arg("codes", report.added.codes)
                                         .arg("codings", report.added.codings)
                                         .arg("cases", report.added.cases)
                                         .arg("notes", report.added.notes)
                                         .arg("matrices", report.added.matrices))
                           << '\n';
                    // TRANSLATORS: {offsets} names how the file counted character positions, e.g. "utf-16+crlf-as-2".
                    io.out << render(Message(EDAU_MSG("Character positions read as: {offsets}")).arg("offsets", report.offsets)) << '\n';
                    for (const auto& w : report.warnings) io.err << tr("Warning:") << ' ' << render(w) << '\n';
                    for (const auto& d : report.dropped) io.err << tr("Left out:") << ' ' << render(d) << '\n';
                }
                return kSuccess;
            }};
}

Command mergeCommand() {
    return {"merge", "merge PROJECT.edau OTHER.edau [--keep-apart CODE-PATH]... [--no-index] [--json]",
            N_("Merge a colleague's copy of a project (or any other Edau project) into this one: things matched by "
               "identifier (coders, codes and cases also by name) are kept, the rest is added; merging twice adds nothing. "
               "The other file is only read. A code at the same path under another identifier is taken to be the same "
               "code (and listed) unless --keep-apart names its path."),
            2, 2, {"--keep-apart"}, {"--json", "--no-index", "--quiet"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForWriting(args.positionals[0], io);
                const std::string& other = args.positionals[1];
                CodeMatching matching;
                if (auto it = args.options.find("--keep-apart"); it != args.options.end()) {
                    const auto matches = codePathMatches(*bench, other);
                    for (const auto& path : it->second) {
                        auto m = std::find_if(matches.begin(), matches.end(), [&](const CodePathMatch& x) { return x.path == path; });
                        if (m == matches.end()) {
                            io.err << render(Message(EDAU_MSG("{path} is not a code both projects have under different identifiers"))
                                                 .arg("path", path))
                                   << '\n';
                            return kUserError;
                        }
                        matching.keepApart.insert(m->otherGuid);
                    }
                }
                const QdpxImportReport report = mergeProjectFile(*bench, other, matching);
                if (report.added.sources > 0) updateIndexAfterAdding(*bench, args, io);
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["file"] = other;
                    j["project"] = args.positionals[0];
                    putCounts(j, report.added);
                    j["already"] = countsJson(report.already);
                    j["dropped"] = messagesJson(report.dropped);
                    j["warnings"] = messagesJson(report.warnings);
                    Json byPath = Json::array();
                    for (const auto& p : report.codesMatchedByPath) byPath.push(p);
                    j["matched_by_path"] = std::move(byPath);
                    io.printJson(j);
                } else {
                    for (const auto& p : report.codesMatchedByPath)
                        io.out << render(Message(EDAU_MSG("Code {path} was taken to be the same code in both projects (same path, "
                                                          "different identifiers); --keep-apart {path} keeps them apart"))
                                             .arg("path", p))
                               << '\n';
                    io.out << render(Message(EDAU_MSG("Merged {file}: new sources {sources}, codes {codes}, codings {codings}, cases {cases}, memos {notes}, framework matrices {matrices}"))
                                         .arg("file", other)
                                         .arg("sources", report.added.sources)
                                         .arg("codes", report.added.codes)
                                         .arg("codings", report.added.codings)
                                         .arg("cases", report.added.cases)
                                         .arg("notes", report.added.notes)
                                         .arg("matrices", report.added.matrices))
                           << '\n';
                    for (const auto& w : report.warnings) io.err << tr("Warning:") << ' ' << render(w) << '\n';
                    for (const auto& d : report.dropped) io.err << tr("Left out:") << ' ' << render(d) << '\n';
                }
                return kSuccess;
            }};
}

}  // namespace edau::cli
