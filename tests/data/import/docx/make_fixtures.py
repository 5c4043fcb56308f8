#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small .docx fixtures for tests/core/import/docx_reader_test.cpp.

Run from anywhere: python3 make_fixtures.py. Output is deterministic (fixed zip timestamps),
so regenerating leaves unchanged files byte-identical. Every document here is self-made.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
NS = (
    'xmlns:w="%s" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"'
) % W
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def content_types(main="/word/document.xml", extra=""):
    return (XML_DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="%s" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/>%s</Types>' % (main, extra))


def rels(*items):
    body = "".join('<Relationship Id="rId%d" Type="%s/%s" Target="%s"/>' % (i + 1, REL, t, target)
                   for i, (t, target) in enumerate(items))
    return XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % body


def document(body, ns=NS, sect=""):
    return XML_DECL + '<w:document %s><w:body>%s%s</w:body></w:document>' % (ns, body, sect)


def p(*runs, ppr=""):
    return "<w:p>%s%s</w:p>" % (ppr, "".join(runs))


def r(inner):
    return "<w:r>%s</w:r>" % inner


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % text


def write_zip(name, entries, compression=zipfile.ZIP_DEFLATED):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w") as z:
        for entry_name, data in entries:
            info = zipfile.ZipInfo(entry_name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def docx(name, body, parts=(), main_rels=(), sect=""):
    entries = [("[Content_Types].xml", content_types()),
               ("_rels/.rels", rels(("officeDocument", "word/document.xml"))),
               ("word/document.xml", document(body, sect=sect))]
    if main_rels:
        entries.append(("word/_rels/document.xml.rels", rels(*main_rels)))
    entries.extend(parts)
    write_zip(name, entries)


def notes_part(kind, notes):
    """kind: footnote or endnote; notes: list of (id, [paragraph texts], with_ref)."""
    out = ['<w:%s w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:%s>' % (kind, kind),
           '<w:%s w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:%s>'
           % (kind, kind)]
    for note_id, paras, with_ref in notes:
        ps = []
        for i, text in enumerate(paras):
            ref = r("<w:%sRef/>" % kind) if (i == 0 and with_ref) else ""
            ps.append(p(ref + r(t((" " if ref else "") + text))))
        out.append('<w:%s w:id="%d">%s</w:%s>' % (kind, note_id, "".join(ps), kind))
    return XML_DECL + "<w:%ss %s>%s</w:%ss>" % (kind, NS, "".join(out), kind)


def table(rows):
    cells = "".join("<w:tr>%s</w:tr>" % "".join("<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>%s</w:tc>" % c
                                                 for c in row) for row in rows)
    return '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid>%s</w:tbl>' % cells


TEXT_BOX = (
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" '
    'distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
    '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
    '<wp:extent cx="1828800" cy="914400"/><wp:wrapSquare wrapText="bothSides"/><wp:docPr id="1" name="Text Box 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
    '<wps:cNvSpPr txBox="1"/><wps:spPr/><wps:txbx><w:txbxContent><w:p><w:r><w:t>Boxed words.</w:t></w:r></w:p>'
    '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>'
    '</mc:Choice><mc:Fallback><w:pict><v:shape style="width:144pt;height:72pt"><v:textbox><w:txbxContent><w:p>'
    '<w:r><w:t>Boxed words.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
    '</mc:AlternateContent></w:r>')


def main():
    # Paragraphs and what LibreOffice does with run content.
    docx("basic.docx", "".join([
        p(r(t("Interviewer:") + "<w:tab/>" + t("How are you?"))),
        p(r(t("Siân: I\u2019m fine \u2014 diolch yn fawr, ŵ ŷ.") + "<w:br/>" + t("Second line") + "<w:cr/>" + t("third line"))),
        p(),
        p(r(t("well") + "<w:noBreakHyphen/>" + t("being, care") + "<w:softHyphen/>" + t("giver, tick ")
            + '<w:sym w:font="Wingdings" w:char="F0FC"/>' + t(" alpha ") + '<w:sym w:font="Symbol" w:char="03B1"/>')),
        p(r(t("Before page break")) + r('<w:br w:type="page"/>') + r(t("after page break."))),
        p(r('<w:br w:type="page"/>')),
        p(r('<w:br w:type="page"/>') + r(t("Starts a new page."))),
        p(r(t("Split ")) + r("<w:t>across</w:t>") + '<w:proofErr w:type="spellStart"/>'
          + r(t(" runs")) + '<w:hyperlink r:id="rIdLink">' + r(t(" and a link")) + "</w:hyperlink>"
          + '<w:sdt><w:sdtPr/><w:sdtContent>' + r(t(" in a control")) + "</w:sdtContent></w:sdt>"
          + '<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>RUBY</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>.</w:t></w:r>'
          + "</w:rubyBase></w:ruby></w:r>"),
        p(r(t("Last paragraph."))),
        p(), p(),
    ]), parts=[("word/header1.xml", XML_DECL + '<w:hdr %s><w:p><w:r><w:t>HEADER WORDS</w:t></w:r></w:p></w:hdr>' % NS),
               ("word/footer1.xml", XML_DECL + '<w:ftr %s><w:p><w:r><w:t>FOOTER WORDS</w:t></w:r></w:p></w:ftr>' % NS)],
        main_rels=[("header", "header1.xml"), ("footer", "footer1.xml")],
        sect='<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/></w:sectPr>')

    # Tables: cells in reading order, a nested table, several paragraphs in a cell.
    docx("tables.docx", "".join([
        p(r(t("Before the table."))),
        table([[p(r(t("Name"))), p(r(t("Answer")))],
               [p(r(t("Aled"))), p(r(t("First thought."))) + p(r(t("Second thought.")))],
               [p(r(t("Bethan"))), table([[p(r(t("Inner A"))), p(r(t("Inner B")))]]) + p(r(t("After inner.")))]]),
        p(r(t("After the table."))),
    ]))

    # Footnotes and endnotes: numbers inline, texts at the end.
    docx("notes.docx", "".join([
        p(r(t("Care homes")) + r('<w:footnoteReference w:id="1"/>') + r(t(" and respite")) + r('<w:footnoteReference w:id="2"/>')
          + r(t(" were discussed")) + r('<w:endnoteReference w:id="1"/>') + r(t("."))),
        p(r(t("Custom mark")) + r('<w:footnoteReference w:customMarkFollows="1" w:id="3"/><w:t>*</w:t>') + r(t(" here."))),
    ]), parts=[("word/footnotes.xml", notes_part("footnote", [(1, ["Run by the council.", "Since 2019."], True),
                                                             (2, ["Short stays."], True),
                                                             (3, ["Custom-marked note."], False),
                                                             (4, ["Never referenced."], True)])),
               ("word/endnotes.xml", notes_part("endnote", [(1, ["See the 2021 report."], True)]))],
        main_rels=[("footnotes", "footnotes.xml"), ("endnotes", "endnotes.xml")])

    # Tracked changes: insertions kept, deletions and moved-away text left out.
    docx("changes.docx", "".join([
        p(r(t("She said ")) + '<w:ins w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z">' + r(t("quite clearly ")) + "</w:ins>"
          + '<w:del w:id="2" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>OLD WORDS </w:delText></w:r></w:del>'
          + r(t("that it helped."))),
        p('<w:moveFrom w:id="3" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>MOVED AWAY</w:t></w:r></w:moveFrom>'
          + r(t("Moved "))
          + '<w:moveTo w:id="4" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t>here.</w:t></w:r></w:moveTo>'),
    ]))

    # Fields: the displayed result stays, instructions go.
    docx("fields.docx", "".join([
        p(r(t("Date: ")) + r('<w:fldChar w:fldCharType="begin"/>') + r('<w:instrText xml:space="preserve"> DATE \\@ "d MMMM yyyy" </w:instrText>')
          + r('<w:fldChar w:fldCharType="separate"/>') + r(t("5 May 2020")) + r('<w:fldChar w:fldCharType="end"/>') + r(t("."))),
        p(r(t("Author: ")) + '<w:fldSimple w:instr=" AUTHOR "><w:r><w:t>Jane Doe</w:t></w:r></w:fldSimple>'),
        p(r(t("Nested: ")) + r('<w:fldChar w:fldCharType="begin"/>') + r("<w:instrText>IF </w:instrText>")
          + r('<w:fldChar w:fldCharType="begin"/>') + r("<w:instrText>PAGE</w:instrText>") + r('<w:fldChar w:fldCharType="separate"/>')
          + r(t("HIDDEN")) + r('<w:fldChar w:fldCharType="end"/>') + r('<w:instrText> = 1 "one" "other"</w:instrText>')
          + r('<w:fldChar w:fldCharType="separate"/>') + r(t("one")) + r('<w:fldChar w:fldCharType="end"/>')),
        p(r(t("No result: ")) + r('<w:fldChar w:fldCharType="begin"/>') + r("<w:instrText>TC \"entry\"</w:instrText>")
          + r('<w:fldChar w:fldCharType="end"/>') + r(t("done."))),
    ]))

    # A text box (drawing with a VML fallback): left out, as LibreOffice's text export does.
    docx("textbox.docx", p(r(t("Anchor paragraph."))) + p(r(t("With a box ")) + TEXT_BOX + r(t("inside."))) + p(r(t("After."))))

    # List numbering: numbering.xml, restarts, bullets and numbering from a paragraph style.
    numbering = XML_DECL + (
        '<w:numbering %s>'
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="%%1.%%2)"/></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/>'
        '<w:lvlText w:val="(%%3)"/></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        '<w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl></w:abstractNum>'
        '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:lvlText w:val="Part %%1:"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        '<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>'
        '</w:numbering>') % NS
    styles = XML_DECL + (
        '<w:styles %s><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="PartHeading"><w:name w:val="Part Heading"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="SubPart"><w:basedOn w:val="PartHeading"/></w:style></w:styles>') % NS

    def item(num, level, text):
        return p(r(t(text)), ppr='<w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr></w:pPr>' % (level, num))

    def styled(style, text):
        return p(r(t(text)), ppr='<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style)

    docx("lists.docx", "".join([
        styled("PartHeading", "Background"),
        item(1, 0, "First point"), item(1, 1, "Detail"), item(1, 2, "Fine detail"), item(1, 1, "Another detail"),
        item(1, 0, "Second point"),
        item(2, 0, "A bullet"),
        p(r(t("Plain paragraph."))),
        item(3, 0, "Restarted"),
        styled("SubPart", "Findings"),
        p(r(t("Not numbered after all.")), ppr='<w:pPr><w:pStyle w:val="PartHeading"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>'),
    ]), parts=[("word/numbering.xml", numbering), ("word/styles.xml", styles)],
        main_rels=[("numbering", "numbering.xml"), ("styles", "styles.xml")])

    # The main part found through _rels/.rels in an unusual place, with its footnotes part
    # found through its own relationships (absolute and "../" targets).
    write_zip("relocated.docx", [
        ("[Content_Types].xml", content_types(main="/content/main.xml")),
        ("_rels/.rels", rels(("officeDocument", "/content/main.xml"))),
        ("content/main.xml", document(p(r(t("Body")) + r('<w:footnoteReference w:id="1"/>')))),
        ("content/_rels/main.xml.rels", rels(("footnotes", "../content/notes/foot.xml"))),
        ("content/notes/foot.xml", notes_part("footnote", [(1, ["Note found too."], True)])),
    ])

    # Strict Office Open XML: other namespace and relationship URIs.
    strict_ns = 'xmlns:w="%s"' % W_STRICT
    write_zip("strict.docx", [
        ("[Content_Types].xml", content_types()),
        ("_rels/.rels", XML_DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml", document(p(r(t("Strict words."))) + p(r(t("Second."))), ns=strict_ns)),
    ])

    # No _rels/.rels and no content types: the usual part name is enough.
    write_zip("bare.docx", [("word/document.xml", document(p(r(t("Only the document part.")))))])

    # Damaged or not Word at all.
    write_zip("no_document.docx", [("[Content_Types].xml", content_types()),
                                   ("_rels/.rels", rels(("officeDocument", "word/document.xml"))),
                                   ("docProps/core.xml", XML_DECL + "<cp:coreProperties xmlns:cp=\"urn:x\"/>")])
    write_zip("workbook.docx", [("[Content_Types].xml", XML_DECL + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
                                ("xl/workbook.xml", XML_DECL + "<workbook/>")])

    # Hostile XML inside an otherwise fine package.
    def hostile(name, xml_bytes, compression=zipfile.ZIP_DEFLATED):
        write_zip(name, [("[Content_Types].xml", content_types()),
                         ("_rels/.rels", rels(("officeDocument", "word/document.xml"))),
                         ("word/document.xml", xml_bytes)], compression)

    hostile("xxe.docx", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<w:document %s><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>' % NS)
    hostile("xxe_parameter.docx", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY %% p SYSTEM "file:///etc/passwd"> %%p;]>'
            '<w:document %s><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>' % NS)
    hostile("external_dtd.docx", '<?xml version="1.0"?><!DOCTYPE w:document SYSTEM "file:///etc/passwd">'
            '<w:document %s><w:body><w:p><w:r><w:t>Safe text.</w:t></w:r></w:p></w:body></w:document>' % NS)
    lol = "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10) for i in range(1, 10))
    hostile("billion_laughs.docx", '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY lol0 "lol">%s]>'
            '<w:document %s><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>' % (lol, NS))
    depth = 1000000
    hostile("deep_nesting.docx", ('<w:document %s><w:body>' % NS) + "<a>" * depth + "</a>" * depth
            + "</w:body></w:document>")
    hostile("bad_utf8.docx", (XML_DECL + '<w:document %s><w:body><w:p><w:r><w:t>caf' % NS).encode() + b"\xe9 \xff\xfe"
            + b"</w:t></w:r></w:p></w:body></w:document>")
    # 20 MB of spaces in the text part: a ratio of about 1000 to 1.
    bomb = (XML_DECL + '<w:document %s><w:body><w:p><w:r><w:t xml:space="preserve">' % NS).encode() + b" " * (20 * 1024 * 1024) \
        + b"</w:t></w:r></w:p></w:body></w:document>"
    hostile("bomb.docx", bomb)

    # Not zips: an OLE compound file (old .doc or an encrypted .docx) and an RTF file.
    def ole(name, stream_name):
        header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
        header += bytes(512 - len(header))
        directory = stream_name.encode("utf-16-le") + bytes(128 - 2 * len(stream_name))
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(header + directory)

    ole("encrypted.docx", "EncryptedPackage")
    ole("old_binary.docx", "WordDocument")
    with open(os.path.join(HERE, "rtf_renamed.docx"), "wb") as f:
        f.write(b"{\\rtf1\\ansi Hello}")


if __name__ == "__main__":
    main()
