// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers several commands share: opening a project and printing its warnings.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "command.h"
#include "edau/app/workbench.h"
#include "edau/text/collation.h"

namespace edau::cli {

/// Opens a project for reading (no writer's lock, so it works beside an open desktop app).
std::unique_ptr<Workbench> openForReading(const std::string& path, const Io& io);
/// Opens a project for writing; prints storage warnings to stderr.
std::unique_ptr<Workbench> openForWriting(const std::string& path, const Io& io);
/// After documents were added (import, import-qdpx, merge): brings the search index up to date
/// unless --no-index was given, with progress on a terminal unless --quiet. The documents are
/// safe in the project either way, so an index problem is a warning on stderr, not a failure.
void updateIndexAfterAdding(Workbench& bench, const Arguments& args, const Io& io);

/// Finds a document by name or UUID; throws NotFound.
Document findDocument(const Workbench& bench, const std::string& nameOrUuid);

/// The language of the messages the CLI prints: the code of the catalogue gettext found (from
/// LANGUAGE, LC_ALL, LC_MESSAGES or LANG), "cy" for Welsh, or "en" when none was found.
std::string interfaceLanguage();
/// Orders names as a reader of the interface language expects (Welsh: ch after c, ll after l).
text::Collator interfaceCollator();
/// Sorts `items` by the name `nameOf` gives, in the interface language's order.
template <typename T, typename NameOf>
void sortByName(std::vector<T>& items, NameOf nameOf) {
    text::Collator collator = interfaceCollator();
    std::stable_sort(items.begin(), items.end(), [&](const T& a, const T& b) {
        const std::string& x = nameOf(a);
        const std::string& y = nameOf(b);
        if (int order = collator.compare(x, y); order != 0) return order < 0;
        return x < y;  // names the collator holds equal keep one fixed order
    });
}

}  // namespace edau::cli
