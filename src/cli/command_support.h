// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers several commands share: opening a project and printing its warnings.
#pragma once

#include <memory>
#include <string>

#include "command.h"
#include "edau/app/workbench.h"

namespace edau::cli {

/// Opens a project for reading (no writer's lock, so it works beside an open desktop app).
std::unique_ptr<Workbench> openForReading(const std::string& path, const Io& io);
/// Opens a project for writing; prints storage warnings to stderr.
std::unique_ptr<Workbench> openForWriting(const std::string& path, const Io& io);
/// Finds a document by name or UUID; throws NotFound.
Document findDocument(const Workbench& bench, const std::string& nameOrUuid);

}  // namespace edau::cli
