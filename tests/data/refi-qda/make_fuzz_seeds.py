#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the seed corpus of tests/fuzz/qdpx_fuzzer.cpp into tests/fuzz/corpus/qdpx/.

Each seed starts with the fuzzer's mode byte: 0 a whole .qdpx, 1 a project.qde that the fuzzer
packs with a source text, 2 a source text that the fuzzer packs with a fixed project.qde.
Everything is self-made; the output is deterministic (fixed zip timestamps)."""
import io
import os
import zipfile

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "fuzz", "corpus", "qdpx")

SOURCE = "0b4d3a1c-5a35-4f0c-9d52-2f1f6e0c9a01"
CODE = "cccccccc-0000-4000-8000-000000000001"
USER = "eeeeeeee-0000-4000-8000-000000000001"
LINES = ["\U0001F600 Siân: Roedd y dŵr yn oer iawn.", "Llŷr: Ie wir, a’r tŷ yn llawn \U0001F642 heddiw."]
PHRASES = ["Roedd y dŵr", "oer iawn", "tŷ yn llawn", "heddiw"]


def units(text, unit):
    return {"cp": len(text), "u16": len(text.encode("utf-16-le")) // 2, "u8": len(text.encode("utf-8"))}[unit]


def selections(file_text, lf_text, unit, crlf2, bom):
    out = []
    for i, p in enumerate(PHRASES):
        at = lf_text.find(p)
        def off(k):
            before = lf_text[:k]
            n = units(before, unit) + (before.count("\n") if crlf2 else 0)
            return n + ((3 if unit == "u8" else 1) if bom else 0)
        g = "aaaaaaaa-0000-4000-8000-0000000000%02d" % (i + 10)
        out.append('<PlainTextSelection guid="%s" name="%s" startPosition="%d" endPosition="%d">'
                   '<Coding guid="%sc" creatingUser="%s"><CodeRef targetGUID="%s"/></Coding></PlainTextSelection>'
                   % (g, p, off(at), off(at + len(p)), g[:35], USER, CODE))
    return "".join(out)


def project(sources, extra=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="Hadau" origin="seed">'
            '<Users><User guid="%s" name="Siân"/></Users>'
            '<CodeBook><Codes><Code guid="%s" name="Gofal" isCodable="true" color="#336699"><Description>d</Description>'
            '<Code guid="cccccccc-0000-4000-8000-000000000002" name="Seibiant" isCodable="true"/></Code></Codes></CodeBook>'
            '<Sources>%s</Sources>%s</Project>' % (USER, CODE, sources, extra))


def qdpx(entries):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def text_source(name, sels, rich=""):
    return ('<TextSource guid="%s" name="%s" plainTextPath="internal://%s.txt"%s>%s</TextSource>'
            % (SOURCE, name, SOURCE, rich, sels))


def write(name, data):
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data)


lf = "\n".join(LINES)
crlf = "\r\n".join(LINES)
write("file_codepoints", b"\x00" + qdpx([("project.qde", project(text_source("cp", selections(lf, lf, "cp", False, False)))),
                                        ("sources/%s.txt" % SOURCE, lf.encode())]))
write("file_nvivo_windows", b"\x00" + qdpx([("project.qde", project(text_source("win", selections(crlf, lf, "u16", True, False)))),
                                           ("Sources/%s.txt" % SOURCE, b"\xef\xbb\xbf" + crlf.encode())]))
docx = qdpx([("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
              'wordprocessingml/2006/main"><w:body>' + "".join("<w:p><w:r><w:t>%s</w:t></w:r></w:p>" % l for l in LINES) +
              "</w:body></w:document>")])
write("file_nvivo_mac", b"\x00" + qdpx([("project.qde", project(text_source("mac", selections(lf, lf, "cp", False, False),
                                                                              ' richTextPath="internal://%s.docx"' % SOURCE))),
                                       ("sources/.root", b""), ("sources/%s.txt" % SOURCE, b"\n"),
                                       ("sources/%s.docx" % SOURCE, docx)]))
hostile = ('<PlainTextSelection guid="aaaaaaaa-0000-4000-8000-000000000001" startPosition="9" endPosition="2"/>'
           '<PlainTextSelection guid="aaaaaaaa-0000-4000-8000-000000000002" startPosition="1" endPosition="99999999999999999999"/>'
           '<PlainTextSelection guid="not-a-guid" startPosition="+1" endPosition=" 4 "><Coding guid="x"><CodeRef targetGUID="y"/></Coding></PlainTextSelection>')
write("file_hostile", b"\x00" + qdpx([("project.qde", project(text_source("drwg", hostile) +
                                                               '<TextSource guid="aaaaaaaa-0000-4000-8000-000000000009" plainTextPath="absolute:///etc/passwd"/>'
                                                               '<PictureSource guid="aaaaaaaa-0000-4000-8000-00000000000a" path="internal://x.png"/>')),
                                     ("../../escape.txt", b"x"), ("sources/%s.txt" % SOURCE, lf.encode())]))
edau_like = project('<TextSource guid="%s" name="cp" plainTextPath="internal://%s.txt">%s<NoteRef targetGUID="dddddddd-0000-4000-8000-000000000002"/></TextSource>'
                    % (SOURCE, SOURCE, selections(lf, lf, "cp", False, False)),
                    '<Notes><Note guid="dddddddd-0000-4000-8000-000000000001" name="Framework: M — Siân × Gofal"><PlainTextContent>Crynodeb</PlainTextContent>'
                    '<NoteRef targetGUID="dddddddd-0000-4000-8000-000000000003"/></Note>'
                    '<Note guid="dddddddd-0000-4000-8000-000000000002" name="Memo"><PlainTextContent>m</PlainTextContent></Note>'
                    '<Note guid="dddddddd-0000-4000-8000-000000000003" name="Ar gell"><PlainTextContent>c</PlainTextContent></Note></Notes>'
                    '<Links><Link guid="ffffffff-0000-4000-8000-000000000001" name="Framework row" originGUID="bbbbbbbb-0000-4000-8000-000000000001" targetGUID="%s"/>'
                    '<Link guid="ffffffff-0000-4000-8000-000000000002" name="Framework cell row" originGUID="dddddddd-0000-4000-8000-000000000001" targetGUID="%s"/>'
                    '<Link guid="ffffffff-0000-4000-8000-000000000003" name="Framework cell column" originGUID="dddddddd-0000-4000-8000-000000000001" targetGUID="%s"/></Links>'
                    '<Sets><Set guid="bbbbbbbb-0000-4000-8000-000000000001" name="Framework: M"><MemberCode targetGUID="%s"/>'
                    '<MemberNote targetGUID="dddddddd-0000-4000-8000-000000000001"/></Set></Sets>' % (SOURCE, SOURCE, CODE, CODE))
write("xml_edau_framework", b"\x01" + edau_like.encode())
write("xml_cases_variables", b"\x01" + project("", '<Variables><Variable guid="99999999-0000-4000-8000-000000000001" name="Oed" typeOfVariable="Float"/></Variables>'
                                                 ).replace("<Sources></Sources>", "").replace(
    "</CodeBook>", '</CodeBook><Variables><Variable guid="99999999-0000-4000-8000-000000000001" name="Oed" typeOfVariable="Float"/></Variables>'
                   '<Cases><Case guid="99999999-0000-4000-8000-000000000002" name="Siân"><VariableValue><VariableRef targetGUID="99999999-0000-4000-8000-000000000001"/>'
                   '<FloatValue>47.5</FloatValue></VariableValue><SourceRef targetGUID="%s"/></Case></Cases>' % SOURCE, 1).encode())
write("text_crlf_bom", b"\x02" + b"\xef\xbb\xbf" + crlf.encode())
write("text_utf16le", b"\x02" + b"\xff\xfe" + crlf.encode("utf-16-le"))
write("text_nfd_invalid", b"\x02" + "Roedd y dw\u0302r yn oer.".encode() + b"\xc3\x28\x00 iawn")
