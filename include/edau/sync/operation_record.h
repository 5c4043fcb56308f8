// SPDX-License-Identifier: GPL-3.0-or-later
/// One operation as a sync journal carries it: a JSON object with the operation's identity,
/// Lamport time, author, kind, thing and details, plus the text of an imported document
/// (the project's own log keeps only its checksum).
#pragma once

#include <string>
#include <string_view>

#include "edau/model/entities.h"
#include "edau/store/project_store.h"

namespace edau::sync {

/// The record for `op`; `documentText` only for "document.add".
std::string encodeOperationRecord(const Operation& op, const std::string& documentText = {});

/// The operation in a record written by the copy `origin`. Throws Error(BadInput) for a record
/// that is not an operation (not JSON, or without identity, time or kind).
IncomingOperation decodeOperationRecord(std::string_view record, const std::string& origin);

}  // namespace edau::sync
