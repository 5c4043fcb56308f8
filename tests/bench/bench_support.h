// SPDX-License-Identifier: GPL-3.0-or-later
// Shared pieces of Edau's benchmarks: generated transcripts and a ratio-to-baseline report.
#pragma once

#include <benchmark/benchmark.h>

#include <string>
#include <vector>

namespace edau::bench {

/// A synthetic interview transcript of about `words` words: alternating speakers, Welsh,
/// English and mixed turns with mutated forms, accents and clitics. Deterministic per seed.
std::string generateTranscript(int seed, int words);

/// Runs the registered benchmarks, then prints, for every benchmark whose name has the form
/// "Group/Variant", its median throughput as a ratio to "Group/Baseline" measured in the same run.
int runWithRatios(int argc, char** argv);

}  // namespace edau::bench
