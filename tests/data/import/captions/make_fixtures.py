#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the caption fixtures for caption_reader_test.cpp. Run from this folder; the files are committed."""

# Shaped like a Microsoft Teams transcript: <v Name> voice tags, GUID cue identifiers.
TEAMS = """WEBVTT

3f2a9c1e-7b1d-4c55-9a0e-1d2c3b4a5f60/12-0
00:00:03.820 --> 00:00:05.390
<v Siân Jones>Bore da, a diolch am ddod.</v>

3f2a9c1e-7b1d-4c55-9a0e-1d2c3b4a5f60/13-0
00:00:05.500 --> 00:00:08.000
<v Siân Jones>Mae&apos;r dŵr yn oer.</v>

3f2a9c1e-7b1d-4c55-9a0e-1d2c3b4a5f60/14-0
00:00:08.210 --> 00:00:10.000
<v Llŷr Evans>Ond mae&apos;r tŷ yn gynnes.</v>
"""

# Shaped like a Zoom transcript: numbered cues, "Name: text".
ZOOM = """WEBVTT

1
00:00:01.530 --> 00:00:04.530
Interviewer: Sut mae pethau yn y pentref?

2
00:00:04.900 --> 00:00:07.200
Siân Jones: Da iawn, diolch.

3
00:00:07.300 --> 00:00:09.000
Siân Jones: Mae'r ysgol yn brysur.

4
00:00:09.100 --> 00:00:10.000
a'r siop hefyd.
"""

# A WebVTT file using most of the syntax: header metadata, NOTE, STYLE and REGION blocks,
# settings after the times, classes, language and timestamp tags, entities.
FEATURES = """WEBVTT - Cyfweliad prawf
Kind: captions
Language: cy

NOTE Nodyn
sy'n para dwy linell

STYLE
::cue(.loud) { font-weight: bold }

REGION
id:chwith width:40%

intro
00:01.000 --> 00:04.000 align:start position:10% region:chwith
<v.loud Interviewer>Croeso &amp; <i>diolch</i>!</v>

01:00:04.500 --> 01:00:06.000
<v Siân><lang en>OK</lang>, <c.yellow>iawn</c> &lt;3 <01:00:05.000>wir&nbsp;yr.
"""

# Shaped like a subtitle editor's SubRip output: BOM, CRLF, <i> tags, {\\an8} codes.
SRT = """1
00:00:01,000 --> 00:00:04,000
Interviewer: Sut mae'r teulu?

2
00:00:04,500 --> 00:00:06,250
Siân: <i>Mae pawb</i> yn iach,
diolch.

3
00:00:06,300 --> 00:00:08,000
{\\an8}Mae'r plant yn yr ysgol.
"""

files = {
    "teams.vtt": TEAMS.encode("utf-8"),
    "zoom.vtt": ZOOM.encode("utf-8"),
    "features.vtt": FEATURES.encode("utf-8"),
    "subtitles.srt": b"\xef\xbb\xbf" + SRT.replace("\n", "\r\n").encode("utf-8"),
}
for name, data in files.items():
    with open(name, "wb") as f:
        f.write(data)
