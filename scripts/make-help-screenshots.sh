#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the user guide's pictures, resources/help/{en,cy}/images/VIEW.png, from the sample
# project, in English and in Welsh:
#
#   scripts/make-help-screenshots.sh [BUILD_DIR]     (default: build)
#
# For each view the guide shows it builds a fresh sample project with `edau-cli demo` in a
# temporary folder and runs
#
#   edau --open SAMPLE.edau --language LANG --show VIEW --screenshot OUT.png
#
# under xvfb-run when there is no display (packages xvfb and xauth), with a settings folder of
# its own so that the user's saved language and window layout do not change the pictures.
# Build first (edau, edau-cli and the catalogues): cmake --build BUILD_DIR --target edau edau-cli
# The pictures are checked into git; run this again after a change to a view the guide shows.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$repo/build}" && pwd)
edau=$build/src/gui/edau
edau_cli=$build/src/cli/edau-cli
# The views the guide shows, in the order it shows them (edau --help lists them all).
views=(import cases document codebook search matrix agreement)
languages=(en cy)
# What the guide's test (tests/core/app/help_guide_test.cpp) allows for one picture.
max_bytes=$((150 * 1024))

for program in "$edau" "$edau_cli"; do
  if [[ ! -x $program ]]; then
    echo "make-help-screenshots: $program is missing: build edau and edau-cli in $build first" >&2
    exit 1
  fi
done

run=()
if [[ -z ${DISPLAY:-} ]]; then
  if ! command -v xvfb-run >/dev/null; then
    echo "make-help-screenshots: no display, and xvfb-run is not installed (apt install xvfb xauth)" >&2
    exit 1
  fi
  # A screen as large as a laptop's, in true colour (xvfb-run's default is 640x480x8).
  run=(xvfb-run -a -s "-screen 0 1400x900x24")
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EDAU_DATA_DIR=$build/share/edau
export EDAU_LOCALE_DIR=$build/share/locale
export XDG_CONFIG_HOME=$work/config
export NO_AT_BRIDGE=1  # no accessibility bus on a virtual display: GTK would warn about it

status=0
for language in "${languages[@]}"; do
  out_dir=$repo/resources/help/$language/images
  mkdir -p "$out_dir"
  for view in "${views[@]}"; do
    sample_dir=$work/$language-$view
    # edau-cli demo prints the new project's path on its last line.
    project=$("$edau_cli" demo "$sample_dir" | tail -n 1)
    out=$out_dir/$view.png
    rm -f "$out"
    if ! "${run[@]}" "$edau" --open "$project" --language "$language" --show "$view" --screenshot "$out"; then
      echo "make-help-screenshots: edau --show $view --language $language failed" >&2
      status=1
      continue
    fi
    bytes=$(stat -c %s "$out")
    echo "$out ($((bytes / 1024)) KB)"
    if ((bytes > max_bytes)); then
      echo "make-help-screenshots: $out is larger than $((max_bytes / 1024)) KB" >&2
      status=1
    fi
  done
done
exit $status
