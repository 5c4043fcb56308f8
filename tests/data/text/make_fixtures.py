#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes aspell_sample.cwl.gz: a seven-word list in aspell's compressed format (each word is a
# byte "shared prefix length + 1" and the rest of the word), ISO-8859-14, gzip. Run from this folder.
import gzip

words = ["'r", "Caerdydd", "dwr", "dŵr", "mae", "maen", "tŷ"]
packed = bytearray()
previous = b""
for word in words:
    raw = word.encode("iso-8859-14")
    shared = 0
    while shared < min(len(raw), len(previous)) and raw[shared] == previous[shared]:
        shared += 1
    packed.append(shared + 1)
    packed += raw[shared:]
    previous = raw
# mtime=0 keeps the file byte-for-byte reproducible.
with open("aspell_sample.cwl.gz", "wb") as out:
    out.write(gzip.compress(bytes(packed), mtime=0))
