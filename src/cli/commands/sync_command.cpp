// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli sync and conflicts: coding together through a shared folder.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/sync_service.h"
#include "edau/app/workbench.h"
#include "edau/base/error.h"
#include "edau/base/json.h"
#include "edau/store/project_store.h"

namespace edau::cli {

namespace {

Json conflictJson(const Workbench& bench, const SyncConflict& c) {
    Json j = Json::object();
    j["id"] = c.id;
    j["kind"] = c.kind;
    j["settled"] = c.settled;
    j["text"] = render(describeConflict(bench, c));
    try {
        j["detail"] = Json::parse(c.detail);
    } catch (const Error&) {
        j["detail"] = Json::object();
    }
    return j;
}

}  // namespace

Command syncCommand() {
    return {"sync", "sync PROJECT.edau [--folder DIR] [--as NAME] [--no-index] [--json]",
            N_("One round of sync through a shared folder: write this copy's new work to its own journal there and "
               "apply what the other copies' journals hold (the folder is remembered for the next round)."),
            1, 1, {"--folder", "--as"}, {"--json", "--no-index", "--quiet"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForWriting(args.positionals[0], io);
                const SyncReport report = syncProject(*bench, args.option("--folder").value_or(""), args.option("--as").value_or(""));
                if (report.documentsChanged) updateIndexAfterAdding(*bench, args, io);
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["folder"] = report.folder;
                    j["journal"] = report.journal;
                    j["sent"] = report.sent;
                    j["received"] = report.received;
                    j["applied"] = report.applied;
                    j["already_known"] = report.alreadyKnown;
                    j["waiting"] = report.waiting;
                    j["refused"] = report.refused;
                    Json refusals = Json::array();
                    for (const auto& r : report.refusals) refusals.push(r);
                    j["refusals"] = std::move(refusals);
                    Json conflicts = Json::array();
                    for (const auto& c : report.newConflicts) conflicts.push(conflictJson(*bench, c));
                    j["conflicts"] = std::move(conflicts);
                    j["open_conflicts"] = report.openConflicts;
                    Json news = Json::array();
                    for (const auto& line : report.news) news.push(render(line));
                    j["news"] = std::move(news);
                    Json journals = Json::array();
                    for (const auto& s : report.journals) {
                        Json sj = Json::object();
                        sj["file"] = s.file;
                        sj["writer"] = s.writer;
                        sj["records"] = s.records;
                        sj["duplicate"] = s.conflictedCopy;
                        sj["incomplete"] = s.incompleteTail;
                        if (!s.problem.empty()) sj["problem"] = s.problem;
                        journals.push(std::move(sj));
                    }
                    j["journals"] = std::move(journals);
                    io.printJson(j);
                    return kSuccess;
                }
                io.out << render(Message(EDAU_MSG("Synced through {folder}: sent {sent} changes, received {received}, "
                                                  "applied {applied} new ones"))
                                     .arg("folder", report.folder)
                                     .arg("sent", report.sent)
                                     .arg("received", report.received)
                                     .arg("applied", report.applied))
                       << '\n';
                for (const auto& s : report.journals) {
                    if (!s.problem.empty())
                        io.err << render(Message(EDAU_MSG("Not used: {file} ({reason})")).arg("file", s.file).arg("reason", s.problem))
                               << '\n';
                    else if (s.incompleteTail)
                        io.out << render(Message(EDAU_MSG("{writer}'s journal is still arriving; the rest is read next time"))
                                             .arg("writer", s.writer))
                               << '\n';
                }
                if (report.waiting > 0)
                    io.out << render(Message(EDAU_MSG("{count} changes wait for others they depend on (not synced yet)"))
                                         .arg("count", report.waiting))
                           << '\n';
                for (const auto& line : report.news) io.out << "  " << render(line) << '\n';
                for (const auto& r : report.refusals) io.err << tr("Left out:") << ' ' << r << '\n';
                for (const auto& c : report.newConflicts) io.out << tr("Conflict:") << ' ' << render(describeConflict(*bench, c)) << '\n';
                if (report.openConflicts > 0)
                    io.out << render(Message(EDAU_MSG("{count} conflicts wait to be settled: edau-cli conflicts {project}"))
                                         .arg("count", report.openConflicts)
                                         .arg("project", args.positionals[0]))
                           << '\n';
                return kSuccess;
            }};
}

Command conflictsCommand() {
    return {"conflicts", "conflicts PROJECT.edau [--all] [--settle ID] [--json]",
            N_("List what two researchers changed at the same time (both versions are kept), or mark one settled once "
               "you have decided (--settle ID; other copies learn it at their next sync)."),
            1, 1, {"--settle"}, {"--json", "--all"},
            [](const Arguments& args, const Io& io) -> int {
                if (auto id = args.option("--settle")) {
                    auto bench = openForWriting(args.positionals[0], io);
                    bench->store().settleConflict(*id);
                    io.out << render(Message(EDAU_MSG("Conflict {id} is settled")).arg("id", *id)) << '\n';
                    return kSuccess;
                }
                auto bench = openForReading(args.positionals[0], io);
                const auto conflicts = bench->store().conflicts(args.has("--all"));
                if (args.has("--json")) {
                    Json list = Json::array();
                    for (const auto& c : conflicts) list.push(conflictJson(*bench, c));
                    io.printJson(list);
                    return kSuccess;
                }
                if (conflicts.empty()) io.out << tr("No conflicts wait to be settled.") << '\n';
                for (const auto& c : conflicts)
                    io.out << c.id << (c.settled ? std::string(" (") + tr("settled") + ")" : std::string()) << '\t'
                           << render(describeConflict(*bench, c)) << '\n';
                return kSuccess;
            }};
}

Command blindCommand() {
    return {"blind", "blind PROJECT.edau [on|off] [--json]",
            N_("Blind double coding: with on, every coder sees only their own codings (in every copy, after the next "
               "sync) so that agreement can be measured honestly; off reveals them all. Without on or off, say which."),
            1, 2, {}, {"--json"},
            [](const Arguments& args, const Io& io) -> int {
                if (args.positionals.size() == 2) {
                    const std::string& state = args.positionals[1];
                    if (state != "on" && state != "off") {
                        io.err << render(Message(EDAU_MSG("Say on or off, not {value}")).arg("value", state)) << '\n';
                        return kUserError;
                    }
                    auto bench = openForWriting(args.positionals[0], io);
                    bench->store().setBlindCoding(state == "on");
                }
                auto bench = openForReading(args.positionals[0], io);
                const bool on = bench->store().blindCoding();
                if (args.has("--json")) {
                    Json j = Json::object();
                    j["blind"] = on;
                    io.printJson(j);
                } else {
                    io.out << (on ? tr("Coding is blind: each coder sees only their own codings.")
                                  : tr("Coding is open: everyone's codings are shown."))
                           << '\n';
                }
                return kSuccess;
            }};
}

}  // namespace edau::cli
