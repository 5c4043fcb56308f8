// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli agreement: how far two or more coders agree, per code, with how each figure is made.
#include <cmath>
#include <cstdio>

#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/agreement_service.h"
#include "edau/base/json.h"

namespace edau::cli {

namespace {

Json figure(const std::optional<double>& v) {
    if (!v) return Json();
    return Json(std::round(*v * 10000.0) / 10000.0);
}

std::string shown(const std::optional<double>& v, bool percent) {
    if (!v) return "-";
    char buf[32];
    std::snprintf(buf, sizeof buf, percent ? "%.1f%%" : "%.3f", percent ? *v * 100.0 : *v);
    return buf;
}

std::vector<std::string> splitCommas(const std::string& s) {
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == ',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

}  // namespace

Command agreementCommand() {
    return {"agreement",
            "agreement PROJECT.edau --coders A,B[,C...] [--code PATH] [--unit character|sentence|turn] [--shared-only] "
            "[--json]",
            N_("Intercoder agreement per code: percentage agreement, Cohen's kappa and Krippendorff's alpha. "
               "--shared-only compares each pair of coders only on the sources both of them coded, as the desktop "
               "app does (a source one coder never opened does not count against the other)."),
            1, 1, {"--coders", "--code", "--unit"}, {"--json", "--shared-only"},
            [](const Arguments& args, const Io& io) -> int {
                auto bench = openForReading(args.positionals[0], io);
                AgreementQuery query;
                query.coderNames = splitCommas(args.option("--coders").value_or(""));
                query.codePath = args.option("--code").value_or("");
                query.unit = args.option("--unit").value_or("character");
                query.sharedDocumentsOnly = args.has("--shared-only");
                ProjectAgreement result = computeProjectAgreement(*bench, query);
                const AgreementReport& r = result.report;
                const bool units = query.unit != "character";
                auto pathOf = [&](RowId id) {
                    for (const auto& [cid, path] : result.codePaths)
                        if (cid == id) return path;
                    return std::string();
                };
                auto nameOf = [&](RowId id) {
                    for (std::size_t k = 0; k < r.coderIds.size() && k < result.coderNames.size(); ++k)
                        if (r.coderIds[k] == id) return result.coderNames[k];
                    return std::string();
                };
                auto methodOf = [&](const char* key) {
                    for (const auto& m : r.methods)
                        if (m.figure == key) return render(m.explanation);
                    return std::string();
                };
                Json list = Json::array();
                for (const auto& pair : r.pairs) {
                    for (std::size_t i = 0; i < pair.codes.size(); ++i) {
                        const CodeAgreement& c = pair.codes[i];
                        const TwoCoderFigures& all = units ? c.allUnits : c.wholeText;
                        const TwoCoderFigures& coded = units ? c.codedUnits : c.codedText;
                        std::optional<double> alpha;
                        for (const auto& a : r.alpha)
                            if (a.codeId == c.codeId) alpha = a.allUnits.alpha;
                        Json j = Json::object();
                        j["code"] = pathOf(c.codeId);
                        j["coders"] = Json(Json::Array{Json(nameOf(pair.firstCoderId)), Json(nameOf(pair.secondCoderId))});
                        j["unit"] = query.unit;
                        j["percent"] = all.agreement ? Json(std::round(*all.agreement * 1000.0) / 10.0) : Json();
                        j["kappa"] = figure(all.kappa);
                        j["alpha"] = units ? figure(alpha) : Json();
                        j["percent_coded_only"] = coded.agreement ? Json(std::round(*coded.agreement * 1000.0) / 10.0) : Json();
                        j["kappa_coded_only"] = figure(coded.kappa);
                        j["overlap"] = figure(all.overlap);
                        list.push(std::move(j));
                    }
                }
                if (args.has("--json")) {
                    io.printJson(list);
                    return kSuccess;
                }
                for (const auto& j : list.asArray()) {
                    auto value = [&](const char* k) {
                        const Json* v = j.find(k);
                        return v && v->isNumber() ? std::optional<double>(v->asNumber()) : std::nullopt;
                    };
                    auto pct = value("percent"), pctCoded = value("percent_coded_only");
                    io.out << j.find("code")->asString() << '\t' << j.find("coders")->asArray()[0].asString() << '/'
                           << j.find("coders")->asArray()[1].asString() << '\t' << tr("agreement") << ' '
                           << shown(pct ? std::optional<double>(*pct / 100.0) : std::nullopt, true) << '\t' << "kappa "
                           << shown(value("kappa"), false) << '\t' << tr("coded text only") << ' '
                           << shown(pctCoded ? std::optional<double>(*pctCoded / 100.0) : std::nullopt, true) << " / "
                           << shown(value("kappa_coded_only"), false);
                    if (units) io.out << "\talpha " << shown(value("alpha"), false);
                    io.out << '\n';
                }
                io.out << '\n' << tr("How the figures are made:") << '\n';
                for (const char* key : units ? std::vector<const char*>{"allUnits", "codedUnits", "alpha", "notDefined"}
                                             : std::vector<const char*>{"wholeText", "codedText", "notDefined"})
                    io.out << "- " << methodOf(key) << '\n';
                return kSuccess;
            }};
}

}  // namespace edau::cli
