// SPDX-License-Identifier: GPL-3.0-or-later
/// A fingerprint of what a project holds, independent of local row ids, history and timestamps.
#pragma once

#include <string>

namespace edau {

class Workbench;

/// SHA-256 (hex) of the project's content in a canonical form: every entity by its uuid with
/// the values a user sees (names, texts' hashes, ranges, codes, attributes, memos, matrices with
/// their summaries and citations, selection rounds), sorted by uuid. Two projects that hold the
/// same things have the same digest whatever order their changes arrived in: the test of
/// convergence for sync and of loss-free exchange. Not included: local ids, the operation log,
/// creation and modification times, the current coder.
std::string projectDigest(const Workbench& bench);

/// The same canonical form as text (JSON), for finding where two projects differ.
std::string projectDigestSource(const Workbench& bench);

}  // namespace edau
