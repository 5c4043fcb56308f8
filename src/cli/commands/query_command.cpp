// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli counts and cooccurrence: coding queries across the project.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/query_service.h"
#include "edau/base/json.h"

namespace edau::cli {

Command countsCommand() {
    return {"counts", "counts PROJECT.edau [--rows cases|coders|ATTRIBUTE] [--code PATH] [--json]",
            N_("Matrix coding query: codings, documents, words and characters per case, coder or attribute value, "
               "and code (--code: that code and its sub-codes)."),
            1, 1, {"--rows", "--code"}, {"--json"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                CodingCountQuery query;
                query.rows = args.option("--rows").value_or("cases");
                query.codePath = args.option("--code").value_or("");
                auto counts = countCodings(*bench, query);
                Json list = Json::array();
                for (const auto& c : counts) {
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["row"] = c.row;
                        j["code"] = c.code;
                        j["codings"] = c.codings;
                        j["documents"] = c.documents;
                        j["words"] = c.words;
                        j["characters"] = c.characters;
                        list.push(std::move(j));
                    } else {
                        io.out << c.row << '\t' << c.code << '\t' << c.codings << '\t' << c.documents << '\t' << c.words
                               << '\t' << c.characters << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return kSuccess;
            }};
}

Command cooccurrenceCommand() {
    return {"cooccurrence", "cooccurrence PROJECT.edau [--json]",
            N_("Code co-occurrence: pairs of codes whose passages overlap or share a speaker turn."), 1, 1, {}, {"--json"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                Json list = Json::array();
                for (const auto& p : codeCooccurrence(*bench)) {
                    if (args.has("--json")) {
                        Json j = Json::object();
                        j["first"] = p.first;
                        j["second"] = p.second;
                        j["overlapping"] = p.overlapping;
                        j["same_turn"] = p.sameTurn;
                        list.push(std::move(j));
                    } else {
                        io.out << p.first << '\t' << p.second << '\t' << p.overlapping << '\t' << p.sameTurn << '\n';
                    }
                }
                if (args.has("--json")) io.printJson(list);
                return kSuccess;
            }};
}

}  // namespace edau::cli
