#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the Markdown fixtures for markdown_reader_test.cpp. Run from this folder; the files are committed."""

# A transcript kept in Markdown (one turn per line, bold speaker labels), with the
# surrounding markup people use in notes: front matter, headings, lists, a quote, a code
# fence, links, an image, a table and HTML comments.
TRANSCRIPT = """---
title: Cyfweliad 3
date: 2024-03-05
---

# Cyfweliad 3

<!-- trawsgrifiad
wedi'i wirio -->
**Interviewer:** Sut mae pethau yn y pentref?
**Siân:** Mae'r *dŵr* yn oer ond mae'r _tŷ_ yn gynnes.
__Llŷr__: Dw i'n cytuno \\*wir\\*.

## Nodiadau

- Gwaith: [y ffatri](https://example.org/ffatri "Ffatri")
- Teulu: gweler [y goeden][coeden]
1. ![Llun o'r pentref](pentref.jpg)

> Dyfyniad o'r dyddiadur
> > ail lefel

```text
cod_heb_ei_newid *fel hyn*
```

Termau: `snake_case` a file_name_here a 2 * 3 = 6.

| Enw | Oed |
|-----|----:|
| Aled | 42 |

***

[coeden]: https://example.org/coeden
"""

with open("transcript.md", "wb") as f:
    f.write(TRANSCRIPT.encode("utf-8"))
