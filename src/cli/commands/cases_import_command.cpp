// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli cases import: case attributes from a CSV or XLSX sheet.
#include "../cli.h"
#include "../command.h"
#include "../command_support.h"
#include "edau/app/import_service.h"
#include "edau/base/error.h"
#include "edau/base/json.h"

namespace edau::cli {

int importCaseSheetCommand(const Arguments& args, const Io& io) {
    if (args.positionals.size() != 3)
        throwError(ErrorKind::Usage, Message(EDAU_MSG("Usage: edau-cli {usage}"))
                                         .arg("usage", "cases import PROJECT.edau SHEET.csv|xlsx"));
    auto bench = openForWriting(args.positionals[1], io);
    CaseSheetReport r = importCaseSheet(*bench, args.positionals[2]);
    if (args.has("--json")) {
        Json j = Json::object();
        j["cases_created"] = r.casesCreated;
        j["cases_updated"] = r.casesUpdated;
        Json attrs = Json::array();
        for (const auto& a : r.attributesCreated) attrs.push(a);
        j["attributes_created"] = std::move(attrs);
        j["values_set"] = r.valuesSet;
        j["documents_linked"] = r.documentsLinked;
        io.printJson(j);
    } else {
        io.out << render(Message(EDAU_MSG("{created} new cases, {updated} updated, {attributes} new attributes, {values} values set"))
                             .arg("created", r.casesCreated)
                             .arg("updated", r.casesUpdated)
                             .arg("attributes", static_cast<long long>(r.attributesCreated.size()))
                             .arg("values", r.valuesSet))
               << '\n';
    }
    return kSuccess;
}

}  // namespace edau::cli
