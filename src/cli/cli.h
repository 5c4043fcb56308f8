// SPDX-License-Identifier: GPL-3.0-or-later
// edau-cli's entry point as a function, so tests can run commands in-process.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace edau::cli {

/// Exit codes (../guide/CLI.md): success, user error, project problem, internal error.
enum ExitCode : int { kSuccess = 0, kUserError = 1, kProjectError = 2, kInternalError = 3 };

/// Runs one command line (without the program name) and returns the exit code.
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace edau::cli
