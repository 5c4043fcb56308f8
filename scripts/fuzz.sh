#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the importers' fuzz targets with clang + libFuzzer (ASan, UBSan) in build-fuzz/ and
# runs each for a few seconds on a copy of its seed corpus. Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
seconds=${1:-10}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DEDAU_FUZZ=ON -DEDAU_BUILD_GUI=OFF -DEDAU_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target edau_fuzzers
status=0
for fuzzer in build-fuzz/tests/fuzz/*_fuzzer; do
  name=$(basename "$fuzzer" _fuzzer)
  work=$(mktemp -d)
  [ -d "tests/fuzz/corpus/$name" ] && cp -r "tests/fuzz/corpus/$name/." "$work/"
  echo "fuzzing $name for ${seconds}s"
  if ! "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -artifact_prefix="build-fuzz/$name-" \
       "$work" >"build-fuzz/$name.log" 2>&1; then
    echo "FAILED: $name (see build-fuzz/$name.log and build-fuzz/$name-* for the input)" >&2
    tail -30 "build-fuzz/$name.log" >&2
    status=1
  fi
  rm -rf "$work"
done
exit $status
