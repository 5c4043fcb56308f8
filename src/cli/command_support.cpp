// SPDX-License-Identifier: GPL-3.0-or-later
// Opening projects for commands, with their warnings on stderr; the index after adding documents.
#include "command_support.h"

#include <unistd.h>

#include "edau/app/search_service.h"
#include "edau/base/error.h"
#include "edau/store/project_store.h"

namespace edau::cli {

namespace {
void printWarnings(const Workbench& bench, const Io& io) {
    for (const auto& w : bench.warnings()) io.err << tr("Warning:") << ' ' << render(w) << '\n';
}
}  // namespace

std::unique_ptr<Workbench> openForReading(const std::string& path, const Io& io) {
    auto bench = Workbench::open(path, OpenOptions{.readOnly = false, .readOnlyIfLocked = true});
    printWarnings(*bench, io);
    return bench;
}

std::unique_ptr<Workbench> openForWriting(const std::string& path, const Io& io) {
    auto bench = Workbench::open(path, OpenOptions{.readOnly = false});
    printWarnings(*bench, io);
    return bench;
}

Document findDocument(const Workbench& bench, const std::string& nameOrUuid) {
    const auto& store = bench.store();
    if (auto d = store.documentByName(nameOrUuid)) return *d;
    if (auto d = store.documentByUuid(nameOrUuid)) return *d;
    throwError(ErrorKind::NotFound, Message(EDAU_MSG("There is no document called {document} in {file}"))
                                        .arg("document", nameOrUuid)
                                        .arg("file", bench.path()));
}

std::string interfaceLanguage() {
    // TRANSLATORS: the language code of this catalogue, written into exported documents ("cy" for Welsh).
    return tr(N_("en"));
}

text::Collator interfaceCollator() { return text::Collator(interfaceLanguage()); }

void updateIndexAfterAdding(Workbench& bench, const Arguments& args, const Io& io) {
    if (args.has("--no-index")) return;
    const bool showProgress = !args.has("--quiet") && isatty(STDERR_FILENO);
    try {
        updateSearchIndex(bench, false, [&](std::size_t done, std::size_t total) {
            if (showProgress) io.err << '\r' << tr("Indexing") << ' ' << done << '/' << total << ' ' << std::flush;
        });
        if (showProgress) io.err << '\r' << std::string(24, ' ') << '\r';
    } catch (const Error& e) {
        io.err << render(Message(EDAU_MSG("The documents are imported, but the search index could not be updated ({reason}); the next search will try again."))
                             .arg("reason", render(e.message())))
               << '\n';
    }
}

}  // namespace edau::cli
