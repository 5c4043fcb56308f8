// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli search, index and autocode: the Welsh-aware full-text search over a project.
#include <unistd.h>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/search_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"

namespace edau::cli {

namespace {

search::SearchRequest requestFrom(const Arguments& args, const std::string& query) {
    search::SearchRequest request;
    request.query = query;
    if (auto mode = args.option("--mode")) {
        auto m = search::searchModeFromString(*mode);
        if (!m)
            throwError(ErrorKind::Usage,
                       Message(EDAU_MSG("--mode takes welsh, accents or exact, not {value}")).arg("value", *mode));
        request.mode = *m;
    }
    if (auto it = args.options.find("--exclude"); it != args.options.end()) request.excludedForms = it->second;
    return request;
}

std::size_t limitFrom(const Arguments& args) {
    auto value = args.option("--limit");
    if (!value) return 100;
    try {
        std::size_t used = 0;
        long long n = std::stoll(*value, &used);
        if (used == value->size() && n >= 0) return static_cast<std::size_t>(n);
    } catch (const std::exception&) {
    }
    throwError(ErrorKind::Usage,
               Message(EDAU_MSG("--limit takes a number of hits (0 for all), not {value}")).arg("value", *value));
}

search::IndexProgress progressFor(const Arguments& args, const Io& io) {
    if (args.has("--quiet") || !isatty(STDERR_FILENO)) return {};
    return [&io](std::size_t done, std::size_t total) {
        io.err << '\r' << tr("Indexing") << ' ' << done << '/' << total << (done == total ? "\n" : "") << std::flush;
    };
}

}  // namespace

Command searchCommand() {
    return {"search",
            "search PROJECT.edau QUERY [--mode welsh|accents|exact] [--limit N] [--exclude FORM]... [--first] [--json]",
            N_("Search the project's text: Welsh mutations, clitics and accents understood (mode welsh), English "
               "stems, \"phrases\", AND OR NOT NEAR, wildcards (cymun*), and fields speaker: case: code: lang: and "
               "case attributes (la:Caerdydd). Shows up to --limit hits (100; 0 for all) with their context, best "
               "sources first. --first shows the best hits without counting every hit (fast in a large project)."),
            2, 2, {"--mode", "--limit", "--exclude"}, {"--json", "--quiet", "--first"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                search::SearchRequest request = requestFrom(args, args.positionals[1]);
                request.maxHits = limitFrom(args);
                request.countAll = !args.has("--first") || request.maxHits == 0;
                updateSearchIndex(*bench, false, progressFor(args, io));
                const ProjectSearchResult result = searchProject(*bench, request);
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["query"] = result.query;
                    j["mode"] = search::toString(result.mode);
                    j["total"] = static_cast<std::int64_t>(result.total);
                    j["total_exact"] = result.totalExact;  // false with --first: at least `total`
                    Json forms = Json::array();
                    for (const auto& f : result.forms) {
                        Json e = Json::object();
                        e["form"] = f.form;
                        e["hits"] = static_cast<std::int64_t>(f.hits);
                        forms.push(std::move(e));
                    }
                    j["forms"] = std::move(forms);
                    Json documents = Json::array();
                    for (const auto& d : result.documents) {
                        Json e = Json::object();
                        e["document"] = d.name;
                        e["hits"] = static_cast<std::int64_t>(d.hits);
                        documents.push(std::move(e));
                    }
                    j["documents"] = std::move(documents);
                    Json cases = Json::array();
                    for (const auto& c : result.cases) {
                        Json e = Json::object();
                        e["case"] = c.name;
                        e["hits"] = static_cast<std::int64_t>(c.hits);
                        cases.push(std::move(e));
                    }
                    j["cases"] = std::move(cases);
                    Json hits = Json::array();
                    for (const auto& h : result.hits) {
                        Json e = Json::object();
                        e["document"] = h.document;
                        e["case"] = h.caseName;
                        e["speaker"] = h.speaker;
                        e["start"] = h.start;
                        e["end"] = h.end;
                        e["matched"] = h.matched;
                        e["before"] = h.before;
                        e["after"] = h.after;
                        e["form"] = h.form;
                        hits.push(std::move(e));
                    }
                    j["hits"] = std::move(hits);
                    io.printJson(j);
                    return kSuccess;
                }
                if (result.totalExact)
                    io.out << render(Message(EDAU_MSG("Hits: {hits}; documents: {documents}"))
                                         .arg("hits", static_cast<long long>(result.total))
                                         .arg("documents", static_cast<long long>(result.documents.size())));
                else
                    io.out << render(Message(EDAU_MSG("Hits: at least {hits} (not all counted: --first); documents so far: {documents}"))
                                         .arg("hits", static_cast<long long>(result.total))
                                         .arg("documents", static_cast<long long>(result.documents.size())));
                if (!result.forms.empty()) {
                    io.out << " — " << tr("forms:");
                    std::size_t shown = 0;
                    for (const auto& f : result.forms) {
                        if (shown++ == 12) {
                            io.out << " …";
                            break;
                        }
                        io.out << ' ' << f.form << " (" << f.hits << ')';
                    }
                }
                io.out << '\n';
                std::string lastDocument;
                for (const auto& h : result.hits) {
                    if (h.document != lastDocument) {
                        io.out << '\n' << h.document;
                        if (!h.caseName.empty()) io.out << " (" << h.caseName << ')';
                        io.out << '\n';
                        lastDocument = h.document;
                    }
                    io.out << "  " << h.start << '-' << h.end << '\t';
                    if (!h.speaker.empty()) io.out << h.speaker << ": ";
                    io.out << "…" << h.before << '[' << h.matched << ']' << h.after << "…\n";
                }
                if (result.totalExact && result.hits.size() < result.total)
                    io.out << '\n'
                           << render(Message(EDAU_MSG("Hits shown: {shown} of {hits}; --limit 0 shows them all."))
                                         .arg("shown", static_cast<long long>(result.hits.size()))
                                         .arg("hits", static_cast<long long>(result.total)))
                           << '\n';
                return kSuccess;
            }};
}

Command indexCommand() {
    return {"index", "index PROJECT.edau [--rebuild] [--json] [--quiet]",
            N_("Bring the search index up to date (--rebuild: build it again from the project). The index is kept "
               "beside the project and can always be rebuilt from it."),
            1, 1, {}, {"--rebuild", "--json", "--quiet"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                const IndexUpdate update = updateSearchIndex(*bench, args.has("--rebuild"), progressFor(args, io));
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["folder"] = update.folder;
                    j["rebuilt"] = update.rebuilt;
                    j["reason"] = update.reason ? render(*update.reason) : std::string();
                    j["documents_indexed"] = static_cast<std::int64_t>(update.documentsIndexed);
                    j["passages"] = update.passages;
                    io.printJson(j);
                    return kSuccess;
                }
                if (update.rebuilt)
                    io.out << render(Message(EDAU_MSG("Search index rebuilt ({reason}). Documents: {documents}; passages: {passages}; folder: {folder}"))
                                         .arg("reason", update.reason ? render(*update.reason) : std::string())
                                         .arg("documents", static_cast<long long>(update.documentsIndexed))
                                         .arg("passages", static_cast<long long>(update.passages))
                                         .arg("folder", update.folder))
                           << '\n';
                else
                    io.out << render(Message(EDAU_MSG("Search index up to date. Documents indexed now: {documents}; passages: {passages}; folder: {folder}"))
                                         .arg("documents", static_cast<long long>(update.documentsIndexed))
                                         .arg("passages", static_cast<long long>(update.passages))
                                         .arg("folder", update.folder))
                           << '\n';
                return kSuccess;
            }};
}

Command autocodeCommand() {
    return {"autocode",
            "autocode PROJECT.edau QUERY --code PATH [--unit hit|sentence|turn|paragraph] [--mode welsh|accents|exact] "
            "[--exclude FORM]... [--coder C] [--json]",
            N_("Code every hit of a search with a code, as the hit itself or the sentence, turn or paragraph around it, "
               "in one step that undo takes back."),
            2, 2, {"--code", "--unit", "--mode", "--exclude", "--coder"}, {"--json", "--quiet"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForWriting(args.positionals[0], io);
                search::SearchRequest request = requestFrom(args, args.positionals[1]);
                auto code = args.option("--code");
                if (!code) throwError(ErrorKind::Usage, Message(EDAU_MSG("The option {option} is needed")).arg("option", "--code"));
                AutocodeUnit unit = AutocodeUnit::Hit;
                if (auto u = args.option("--unit")) {
                    auto parsed = autocodeUnitFromString(*u);
                    if (!parsed)
                        throwError(ErrorKind::Usage,
                                   Message(EDAU_MSG("--unit takes hit, sentence, turn or paragraph, not {value}")).arg("value", *u));
                    unit = *parsed;
                }
                updateSearchIndex(*bench, false, progressFor(args, io));
                const AutocodeResult r = autocode(*bench, request, *code, unit, args.option("--coder").value_or(""));
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["hits"] = static_cast<std::int64_t>(r.hits);
                    j["codings_added"] = static_cast<std::int64_t>(r.codingsAdded);
                    j["already_coded"] = static_cast<std::int64_t>(r.alreadyCoded);
                    j["documents"] = static_cast<std::int64_t>(r.documents);
                    io.printJson(j);
                    return kSuccess;
                }
                io.out << render(Message(EDAU_MSG("Coded with {code}. Hits: {hits}; passages coded: {added}; documents: {documents}; already coded: {already}. edau-cli undo takes this back."))
                                     .arg("hits", static_cast<long long>(r.hits))
                                     .arg("added", static_cast<long long>(r.codingsAdded))
                                     .arg("code", *code)
                                     .arg("documents", static_cast<long long>(r.documents))
                                     .arg("already", static_cast<long long>(r.alreadyCoded)))
                       << '\n';
                return kSuccess;
            }};
}

}  // namespace edau::cli
