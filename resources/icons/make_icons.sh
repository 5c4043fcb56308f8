#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Remakes Edau's bitmap icons from the hand-drawn SVG. Run it after changing the SVG and commit
# what it writes; the build only installs the files (so it needs none of these tools).
# Needs rsvg-convert (librsvg2-bin), convert (imagemagick) and python3.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
id=io.github.edau.Edau
svg="$here/hicolor/scalable/apps/$id.svg"

for size in 16 32 48 128 256 512; do
  mkdir -p "$here/hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" "$svg" -o "$here/hicolor/${size}x${size}/apps/$id.png"
done

# Windows: one .ico with the usual sizes (the installer's and the program's icon).
convert "$here"/hicolor/{16x16,32x32,48x48,256x256}/apps/$id.png -strip "$here/edau.ico"

# macOS: an .icns holding PNGs (ic07 128 px, ic08 256 px, ic09 512 px). The format is a
# four-byte type and a big-endian length, for the file and for each image.
python3 - "$here" "$id" <<'PY'
import pathlib, struct, sys
here, icon_id = pathlib.Path(sys.argv[1]), sys.argv[2]
chunks = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    png = (here / "hicolor" / f"{size}x{size}" / "apps" / f"{icon_id}.png").read_bytes()
    chunks += kind + struct.pack(">I", 8 + len(png)) + png
(here / "edau.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
PY
echo "Icons written under $here"
