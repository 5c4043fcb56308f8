#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the small .odt fixtures for tests/core/import/odt_reader_test.cpp.

Run from anywhere: python3 make_fixtures.py. Output is deterministic (fixed zip timestamps),
so regenerating leaves unchanged files byte-identical. Every document here is self-made.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"')
MIME = "application/vnd.oasis.opendocument.text"
XML_DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'


def manifest(encrypted=False, mime=MIME, styles=False):
    enc = ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
           '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
           '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
           'manifest:salt="AAAA"/></manifest:encryption-data>') if encrypted else ""
    return (XML_DECL + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">%s'
            '</manifest:file-entry>%s</manifest:manifest>'
            % (mime, enc, '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' if styles else ""))


def content(body, automatic_styles=""):
    return (XML_DECL + '<office:document-content %s><office:automatic-styles>%s</office:automatic-styles>'
            '<office:body><office:text>%s</office:text></office:body></office:document-content>'
            % (NS, automatic_styles, body))


def write_zip(name, entries):
    with zipfile.ZipFile(os.path.join(HERE, name), "w") as z:
        for entry_name, data, compression in entries:
            info = zipfile.ZipInfo(entry_name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = compression
            z.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)


def odt(name, content_xml, mime=MIME, styles=None, encrypted=False, with_mimetype=True):
    entries = []
    if with_mimetype:
        entries.append(("mimetype", mime, zipfile.ZIP_STORED))
    entries.append(("content.xml", content_xml, zipfile.ZIP_DEFLATED))
    if styles is not None:
        entries.append(("styles.xml", styles, zipfile.ZIP_DEFLATED))
    entries.append(("META-INF/manifest.xml", manifest(encrypted, mime, styles is not None), zipfile.ZIP_DEFLATED))
    write_zip(name, entries)


def main():
    # Paragraphs, headings and the ODF white-space rules.
    odt("basic.odt", content(
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/></text:sequence-decls>'
        '<text:h text:outline-level="1">Interview with Siân</text:h>'
        '<text:p>  Leading   spaces\n   collapse <text:span>inside spans</text:span>  <text:s text:c="3"/>three'
        '<text:tab/>tab<text:line-break/>new line <text:s/> two</text:p>'
        '<text:p>I\u2019m fine \u2014 diolch, ŵ ŷ.<text:bookmark text:name="b1"/> See <text:a xlink:href="http://example.org">'
        'the link</text:a>. Recorded <text:date text:date-value="2020-05-05">5 May 2020</text:date>.</text:p>'
        '<text:p>Care<text:soft-hyphen/>giver, well\u2011being<text:soft-page-break/> and '
        '<text:ruby><text:ruby-base>base</text:ruby-base><text:ruby-text>RUBY</text:ruby-text></text:ruby>.</text:p>'
        '<text:p>Comment<office:annotation><dc:creator>A</dc:creator><text:p>COMMENT WORDS</text:p></office:annotation> left out.</text:p>'
        '<text:p/>'
        '<text:section text:name="S1"><text:p>In a section.</text:p></text:section>'
        '<text:p>Last.</text:p><text:p/>'))

    # Tables: cells in reading order, header rows, a nested table.
    odt("tables.odt", content(
        '<text:p>Before the table.</text:p>'
        '<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>'
        '<table:table-header-rows><table:table-row><table:table-cell><text:p>Name</text:p></table:table-cell>'
        '<table:table-cell><text:p>Answer</text:p></table:table-cell></table:table-row></table:table-header-rows>'
        '<table:table-row><table:table-cell><text:p>Aled</text:p></table:table-cell><table:table-cell>'
        '<text:p>First thought.</text:p><text:p>Second thought.</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell><text:p>Bethan</text:p></table:table-cell><table:table-cell>'
        '<table:table table:name="T2"><table:table-column table:number-columns-repeated="2"/><table:table-row>'
        '<table:table-cell><text:p>Inner A</text:p></table:table-cell><table:table-cell><text:p>Inner B</text:p>'
        '</table:table-cell></table:table-row></table:table><text:p>After inner.</text:p></table:table-cell>'
        '</table:table-row></table:table>'
        '<text:p>After the table.</text:p>'))

    # Footnotes and endnotes: citations inline, bodies at the end.
    odt("notes.odt", content(
        '<text:p>Care homes<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
        '<text:note-body><text:p>Run by the council.</text:p><text:p>Since 2019.</text:p></text:note-body></text:note>'
        ' were discussed<text:note text:id="edn1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
        '<text:note-body><text:p>See the 2021 report.</text:p></text:note-body></text:note>.</text:p>'
        '<text:p>Respite<text:note text:id="ftn2" text:note-class="footnote"><text:note-citation>2</text:note-citation>'
        '<text:note-body><text:p>Short stays.</text:p></text:note-body></text:note> too.</text:p>'))

    # Tracked changes: the deletion record is left out, insertions stay.
    odt("changes.odt", content(
        '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><office:change-info>'
        '<dc:creator>A</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info>'
        '<text:p>OLD WORDS </text:p></text:deletion></text:changed-region><text:changed-region text:id="ct2">'
        '<text:insertion><office:change-info><dc:creator>A</dc:creator><dc:date>2024-01-01T00:00:00</dc:date>'
        '</office:change-info></text:insertion></text:changed-region></text:tracked-changes>'
        '<text:p>She said <text:change-start text:change-id="ct2"/>quite clearly <text:change-end text:change-id="ct2"/>'
        '<text:change text:change-id="ct1"/>that it helped.</text:p>'))

    # Frames and text boxes: left out, as LibreOffice's text export does.
    odt("frames.odt", content(
        '<draw:frame draw:name="Page" text:anchor-type="page" text:anchor-page-number="1" svg:width="5cm" svg:height="2cm">'
        '<draw:text-box><text:p>PAGE FRAME</text:p></draw:text-box></draw:frame>'
        '<text:p>Anchor<draw:frame draw:name="F1" text:anchor-type="paragraph" svg:width="5cm" svg:height="2cm">'
        '<draw:text-box><text:p>BOXED WORDS</text:p></draw:text-box></draw:frame> and'
        '<draw:frame draw:name="F2" text:anchor-type="as-char" svg:width="5cm" svg:height="2cm"><draw:text-box>'
        '<text:p>INLINE BOX</text:p></draw:text-box></draw:frame> more.</text:p>'))

    # Lists: numbering, nesting, bullets, continued numbering, a restart and a header.
    list_styles = (
        '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">'
        '<style:list-level-properties/></text:list-level-style-number><text:list-level-style-number text:level="2" '
        'style:num-suffix=")" style:num-format="a" text:display-levels="2"><style:list-level-properties/>'
        '</text:list-level-style-number></text:list-style>'
        '<text:list-style style:name="L2"><text:list-level-style-bullet text:level="1" text:bullet-char="\u2022">'
        '<style:list-level-properties/></text:list-level-style-bullet></text:list-style>')
    named_styles = ('<office:document-styles %s><office:styles><text:list-style style:name="Roman">'
                    '<text:list-level-style-number text:level="1" style:num-prefix="(" style:num-suffix=")" '
                    'style:num-format="i" text:start-value="3"/></text:list-style></office:styles>'
                    '</office:document-styles>' % NS)
    odt("lists.odt", content(
        '<text:list xml:id="list1" text:style-name="L1"><text:list-item><text:p>First point</text:p>'
        '<text:p>More about it.</text:p></text:list-item><text:list-item><text:list><text:list-item>'
        '<text:p>Detail</text:p></text:list-item><text:list-item><text:p>Another detail</text:p></text:list-item>'
        '</text:list></text:list-item><text:list-item><text:p>Second point</text:p></text:list-item></text:list>'
        '<text:p>Interruption.</text:p>'
        '<text:list text:continue-list="list1" text:style-name="L1"><text:list-header><text:p>A header</text:p>'
        '</text:list-header><text:list-item><text:p>Third point</text:p></text:list-item></text:list>'
        '<text:list text:style-name="L1"><text:list-item><text:p>New list</text:p></text:list-item>'
        '<text:list-item text:start-value="7"><text:p>Jumps to seven</text:p></text:list-item></text:list>'
        '<text:list text:style-name="L2"><text:list-item><text:p>A bullet</text:p></text:list-item></text:list>'
        '<text:list text:style-name="Roman"><text:list-item><text:p>Named style</text:p></text:list-item></text:list>',
        automatic_styles=list_styles), styles=named_styles)

    # Package variants.
    odt("no_mimetype.odt", content("<text:p>No mimetype entry.</text:p>"), with_mimetype=False)
    odt("spreadsheet.odt", content("<text:p>x</text:p>"), mime="application/vnd.oasis.opendocument.spreadsheet")
    write_zip("no_content.odt", [("mimetype", MIME, zipfile.ZIP_STORED),
                                 ("META-INF/manifest.xml", manifest(), zipfile.ZIP_DEFLATED)])
    write_zip("encrypted.odt", [("mimetype", MIME, zipfile.ZIP_STORED),
                                ("content.xml", bytes(range(256)) * 4, zipfile.ZIP_DEFLATED),
                                ("META-INF/manifest.xml", manifest(encrypted=True), zipfile.ZIP_DEFLATED)])
    write_zip("word_renamed.odt", [("[Content_Types].xml", "<Types/>", zipfile.ZIP_DEFLATED),
                                   ("word/document.xml", "<w:document xmlns:w=\"urn:x\"/>", zipfile.ZIP_DEFLATED)])

    # Hostile content.xml.
    def hostile(name, xml):
        write_zip(name, [("mimetype", MIME, zipfile.ZIP_STORED), ("content.xml", xml, zipfile.ZIP_DEFLATED)])

    hostile("xxe.odt", '<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            '<office:document-content %s><office:body><office:text><text:p>&xxe;</text:p></office:text></office:body>'
            '</office:document-content>' % NS)
    lol = "".join('<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1)) * 10) for i in range(1, 10))
    hostile("billion_laughs.odt", '<?xml version="1.0"?><!DOCTYPE office:document-content [<!ENTITY lol0 "lol">%s]>'
            '<office:document-content %s><office:body><office:text><text:p>&lol9;</text:p></office:text></office:body>'
            '</office:document-content>' % (lol, NS))
    depth = 1000000
    hostile("deep_nesting.odt", '<office:document-content %s><office:body><office:text>' % NS
            + "<a>" * depth + "</a>" * depth + "</office:text></office:body></office:document-content>")
    hostile("bad_utf8.odt", (XML_DECL + '<office:document-content %s><office:body><office:text><text:p>caf' % NS).encode()
            + b"\xe9 \xff\xfe</text:p></office:text></office:body></office:document-content>")
    hostile("huge_space_count.odt", content('<text:p>a<text:s text:c="999999999999"/>b</text:p>'
                                            + '<text:p><text:s text:c="1000"/></text:p>' * 2000))
    hostile("bomb.odt", (XML_DECL + '<office:document-content %s><office:body><office:text><text:p>' % NS).encode()
            + b" " * (20 * 1024 * 1024) + b"</text:p></office:text></office:body></office:document-content>")
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16) + bytes.fromhex("3E000300FEFF0900")
    with open(os.path.join(HERE, "doc_renamed.odt"), "wb") as f:
        f.write(header + bytes(512 - len(header)) + "WordDocument".encode("utf-16-le") + bytes(104))


if __name__ == "__main__":
    main()
