#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the HTML fixtures for html_reader_test.cpp. Run from this folder; the files are committed."""

# A transcript page the way a content system or "Save as web page" writes one: head with
# title, style and script, navigation, entities, a table, preformatted notes, comments.
PAGE = """<!DOCTYPE html>
<html lang="cy">
<head>
  <meta charset="utf-8">
  <title>Cyfweliad 3</title>
  <style>p { margin: 0 } .speaker::after { content: ":" }</style>
  <script>if (a < b && c > d) { document.write("<p>not text</p>"); }</script>
</head>
<body>
<!-- cyfweliad wedi'i drawsgrifio -->
<h1>Cyfweliad&nbsp;3</h1>
<p><b>Interviewer:</b> Sut mae pethau yn
   y pentref?</p>
<p><b>Si&acirc;n:</b> Mae&rsquo;r d&wcirc;r yn oer ond mae&rsquo;r t&#375;
yn gynnes &ndash; wir&hellip;</p>
<p>Ll&#x177;r: &ldquo;Dw i&rsquo;n cytuno.&rdquo;<br>Ail linell.</p>
<ul><li>Gwaith</li><li>Teulu &amp; ffrindiau</li></ul>
<table>
  <tr><th>Enw</th><th>Oed</th></tr>
  <tr><td>Aled</td><td>42</td></tr>
</table>
<pre>
  Nodyn:  bylchau
  yn aros</pre>
<noscript><p>Galluogwch JavaScript</p></noscript>
<template><p>cudd</p></template>
</body>
</html>
"""

with open("transcript.html", "wb") as f:
    f.write(PAGE.encode("utf-8"))
