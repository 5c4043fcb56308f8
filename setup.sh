#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Edau's two set-up commands for a fresh Debian 12 machine (see README.md):
#   ./setup.sh run    install what is missing, build, and run Edau's main job
#   ./setup.sh test   install what is missing, build, and run the whole test suite
# Works as root or as a user with sudo. CI (CI=true) builds with warnings as errors.
set -euo pipefail

mode=${1:-}
case "$mode" in
  run|test) ;;
  *) echo "usage: $0 run|test" >&2; exit 64 ;;
esac

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"

# --- 1. Debian packages (the list lives in scripts/debian-packages.txt, one per line)
mapfile -t wanted < <(sed -e 's/#.*//' -e '/^\s*$/d' scripts/debian-packages.txt)
missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "Please run as root or install sudo." >&2; exit 1; }
    sudo_cmd=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- 2. Configure and build
# One build tree for both commands (so running after testing rebuilds nothing); CI also
# turns warnings into errors.
preset=default
if [ "${CI:-}" = true ]; then preset=ci; fi
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"

# --- 3. Run
if [ "$mode" = test ]; then
  ctest --preset "$preset" -j "$(nproc)"
  # A short libFuzzer run of every importer (clang build in build-fuzz/).
  scripts/fuzz.sh "${EDAU_FUZZ_SECONDS:-10}"
  exit 0
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  sample_dir="${XDG_DATA_HOME:-$HOME/.local/share}/edau/sample"
  sample="$sample_dir/edau-sample.edau"
  [ -f "$sample" ] || build/src/cli/edau-cli demo "$sample_dir" >/dev/null
  exec build/src/gui/edau --open "$sample"
else
  echo "No display: building the sample project with edau-cli instead of opening the window."
  out=$(mktemp -d)
  project=$(build/src/cli/edau-cli demo "$out")
  echo "Sample project: $project"
  build/src/cli/edau-cli info "$project"
fi
