// SPDX-License-Identifier: GPL-3.0-or-later
// Runs edau-cli in-process for tests: its exit code and what it printed.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "cli.h"

namespace edau::cli::harness {

/// One run of edau-cli.
struct CliRun {
    int code;
    std::string out;
    std::string err;
};

/// Runs edau-cli with `args` (without the program name).
inline CliRun run(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    int code = runCli(args, out, err);
    return {code, out.str(), err.str()};
}

}  // namespace edau::cli::harness
