#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the PDF fixtures for tests/core/import/pdf_reader_test.cpp by hand, byte by byte.
#
# Every text line is placed at an exact position, and the fonts declare every glyph 0.5 em
# wide, so the layout (line ends, gaps, indents, columns) is known exactly. Run from anywhere:
#   python3 tests/data/import/pdf/make_fixtures.py
import hashlib
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
PAGE_W, PAGE_H = 612, 792
CHAR_EM = 0.5  # every glyph is 500/1000 em wide (see the fonts' /Widths and /DW)


# ---------------------------------------------------------------- PDF objects


class Pdf:
    """A PDF assembled from numbered objects; write() computes the xref offsets."""

    def __init__(self):
        self.objects = []  # bytes of each object's body, object n at index n-1

    def reserve(self):
        self.objects.append(None)
        return len(self.objects)

    def set(self, num, body):
        self.objects[num - 1] = body if isinstance(body, bytes) else body.encode("latin-1")

    def add(self, body):
        num = self.reserve()
        self.set(num, body)
        return num

    def add_stream(self, data, extra=""):
        num = self.reserve()
        self.objects[num - 1] = ("stream", extra, data)
        return num

    def write(self, path, root, encrypt=None):
        file_id = hashlib.md5(os.path.basename(path).encode()).digest()
        key = None
        encrypt_num = None
        if encrypt is not None:
            key, encrypt_dict = standard_security(encrypt[0], encrypt[1], file_id)
            encrypt_num = self.add(encrypt_dict)
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for num, body in enumerate(self.objects, start=1):
            offsets.append(len(out))
            if isinstance(body, tuple):
                _, extra, data = body
                if key is not None and num != encrypt_num:
                    data = rc4(object_key(key, num), data)
                body = b"<< /Length %d %s>>\nstream\n" % (len(data), extra.encode("latin-1")) + data + b"\nendstream"
            out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        trailer = "<< /Size %d /Root %d 0 R /ID [<%s> <%s>]" % (
            len(self.objects) + 1, root, file_id.hex(), file_id.hex())
        if encrypt_num is not None:
            trailer += " /Encrypt %d 0 R" % encrypt_num
        out += ("trailer\n" + trailer + " >>\nstartxref\n%d\n%%%%EOF\n" % xref).encode("latin-1")
        with open(path, "wb") as f:
            f.write(out)
        return bytes(out)


# ---------------------------------------------------------------- RC4 encryption (PDF 1.4, R2)

PADDING = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key, data):
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def pad(password):
    return (password.encode("latin-1") + PADDING)[:32]


PERMISSIONS = -4  # everything allowed


def standard_security(user, owner, file_id):
    """The 40-bit RC4 standard security handler (algorithms 2, 3 and 4 of ISO 32000-1 7.6.3)."""
    o = rc4(hashlib.md5(pad(owner)).digest()[:5], pad(user))
    p = (PERMISSIONS & 0xFFFFFFFF).to_bytes(4, "little")
    key = hashlib.md5(pad(user) + o + p + file_id).digest()[:5]
    u = rc4(key, PADDING)
    return key, "<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P %d >>" % (o.hex(), u.hex(), PERMISSIONS)


def object_key(key, num, gen=0):
    return hashlib.md5(key + num.to_bytes(3, "little") + gen.to_bytes(2, "little")).digest()[:10]


# ---------------------------------------------------------------- text placement


def latin_font():
    """Helvetica in WinAnsiEncoding, declared with every glyph 0.5 em wide."""
    return ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
            "/FirstChar 32 /LastChar 255 /Widths [%s] >>" % " ".join(["500"] * 224))


def pdf_string(text):
    raw = text.encode("cp1252")
    out = "("
    for b in raw:
        c = chr(b)
        if c in "()\\":
            out += "\\" + c
        elif 32 <= b < 127:
            out += c
        else:
            out += "\\%03o" % b
    return out + ")"


def width(text, size):
    return len(text) * CHAR_EM * size


class Content:
    """A content stream of single lines of text, each placed absolutely."""

    def __init__(self):
        self.ops = []

    def line(self, x, y, text, size=11, justify_to=None, font="F1"):
        spacing = 0.0
        if font == "F1":
            shown = pdf_string(text)
            if justify_to is not None and text.count(" "):
                spacing = (justify_to - width(text, size)) / text.count(" ")
        else:  # Identity-H: two bytes per character, the Unicode code point as the CID
            assert justify_to is None, "word spacing (Tw) only applies to one-byte codes"
            shown = "<" + text.encode("utf-16-be").hex() + ">"
        self.ops.append("BT /%s %g Tf %.3f Tw %.3f %.3f Td %s Tj ET" % (font, size, spacing, x, y, shown))

    def image(self, name, x, y, w, h):
        self.ops.append("q %g 0 0 %g %g %g cm /%s Do Q" % (w, h, x, y, name))

    def data(self):
        return ("\n".join(self.ops) + "\n").encode("latin-1")


def wrap(text, chars):
    """Greedy word wrap at `chars` characters per line."""
    lines, current = [], ""
    for word in text.split(" "):
        candidate = word if not current else current + " " + word
        if len(candidate) <= chars:
            current = candidate
        else:
            lines.append(current)
            current = word
    lines.append(current)
    return lines


def paragraph(content, lines, x, y, size, leading, column_width, indent=0, justify_last=False):
    """Places lines (already wrapped) as one paragraph, justified but for the last; returns the
    baseline below the last line."""
    for i, text in enumerate(lines):
        last = i == len(lines) - 1
        lx = x + (indent if i == 0 else 0)
        content.line(lx, y, text, size, None if (last and not justify_last) else x + column_width - lx)
        y -= leading
    return y


def make_pages(pdf, contents, fonts, images=None, rotate=0):
    pages_num = pdf.reserve()
    kids = []
    for content in contents:
        stream = pdf.add_stream(content.data())
        resources = "/Font << %s >>" % " ".join("/%s %d 0 R" % f for f in fonts.items())
        if images:
            resources += " /XObject << %s >>" % " ".join("/%s %d 0 R" % i for i in images.items())
        extra = " /Rotate %d" % rotate if rotate else ""
        kids.append(pdf.add("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << %s >> "
                            "/Contents %d 0 R%s >>" % (pages_num, PAGE_W, PAGE_H, resources, stream, extra)))
    pdf.set(pages_num, "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids)))
    return pdf.add("<< /Type /Catalog /Pages %d 0 R >>" % pages_num)


def gray_image(pdf):
    """An 8x8 grey picture: what a scanner puts on a page instead of text."""
    pixels = bytes((x * 32 + y * 4) % 256 for y in range(8) for x in range(8))
    return pdf.add_stream(pixels, "/Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                                  "/BitsPerComponent 8 ")


# ---------------------------------------------------------------- the fixtures

MARGIN = 72
BODY = 11
LEADING = 13.2
COLUMN = 440  # 80 characters at 11 pt


def paragraphs_pdf(path, encrypt=None):
    """One page: a heading, then four paragraphs separated in four different ways."""
    pdf = Pdf()
    c = Content()
    c.line(MARGIN, 740, "Cyfweliad: Siân a'r café", size=16)
    y = 700
    # 1: ends with a short line; the next paragraph follows at the normal spacing.
    y = paragraph(c, wrap("Siân: Mae'r café yn y pentref yn agor am naw bob bore, ac mae pawb yn dod yno "
                          "i siarad am y tywydd a'r newyddion. Mae'n lle pwysig i'r community.", 80),
                  MARGIN, y, BODY, LEADING, COLUMN)
    # 2: separated by extra space after the paragraph (block style); its lines break words:
    #    "commu-nity" (the document also writes "community") and "well-being" (written so elsewhere).
    y -= 8
    lines = ["Interviewer: And what does the café mean for the people who live in the commu-",
             "nity here? Does it help with loneliness, and with their sense of well-being, or is",
             "it mostly a place for visitors who come through in the summer months? Please say",
             "more about how that has changed since the bus service was cut back two years ago."]
    y = paragraph(c, lines, MARGIN, y, BODY, LEADING, COLUMN, justify_last=True)
    # 3: its first line is indented, and the line before it is full: only the indent says so.
    lines = ["Siân: It's where we meet. Older people especially come for the company and the",
             "warmth, and it makes a real difference to their well-",
             "being. The volunteers know everyone."]
    y = paragraph(c, lines, MARGIN, y, BODY, LEADING, COLUMN, indent=22)
    # 4: after the short line above, at the same spacing.
    y = paragraph(c, wrap("Interviewer: Diolch yn fawr.", 80), MARGIN, y, BODY, LEADING, COLUMN)
    root = make_pages(pdf, [c], {"F1": pdf.add(latin_font())})
    return pdf.write(path, root, encrypt)


def two_columns_pdf(path):
    """A full-width heading over two columns, drawn row by row across both columns so that the
    content stream's order is not the reading order."""
    pdf = Pdf()
    c = Content()
    c.line(MARGIN, 740, "Two columns of notes", size=16)
    col_w, gap = 210, 30
    left = wrap("Left one: the first paragraph of the left column runs over three lines before it ends.", 38)
    left2 = wrap("Left two: a second paragraph in the left column.", 38)
    right = wrap("Right one: the right column starts at the top again, beside the left column.", 38)
    right2 = wrap("Right two: and it ends here, at the bottom of the page.", 38)
    rows = []
    for col_x, paras in ((MARGIN, [left, left2]), (MARGIN + col_w + gap, [right, right2])):
        y = 700
        for p in paras:
            for i, text in enumerate(p):
                last = i == len(p) - 1
                rows.append((y, col_x, text, None if last else col_w))
                y -= LEADING
            y -= 10  # space between paragraphs
    for y, x, text, justify in sorted(rows, key=lambda r: (-r[0], r[1])):
        c.line(x, y, text, BODY, justify)
    root = make_pages(pdf, [c], {"F1": pdf.add(latin_font())})
    return pdf.write(path, root)


def double_spaced_pdf(path):
    """A double-spaced transcript: every line twice the usual distance apart, paragraphs told
    apart only by where lines end."""
    pdf = Pdf()
    c = Content()
    y = 720
    turns = ["Interviewer: Can you tell me about the support you had after leaving hospital, and who "
             "arranged it for you?",
             "Rhys: Not much at first. The social worker came once, then the care package started about "
             "three weeks later, which was a long time to manage on my own with the stairs.",
             "Interviewer: Right.",
             "Rhys: My daughter did the shopping."]
    for turn in turns:
        y = paragraph(c, wrap(turn, 80), MARGIN, y, BODY, 2 * LEADING, COLUMN)
    root = make_pages(pdf, [c], {"F1": pdf.add(latin_font())})
    return pdf.write(path, root)


def welsh_unicode_pdf(path):
    """Welsh with ŵ and ŷ, which no standard 14 font encoding has: a Type0 font whose character
    codes are the Unicode code points, with a ToUnicode map (and no font program, which text
    extraction does not need)."""
    pdf = Pdf()
    text = ["Mae'r dŵr yn oer ond mae'r tŷ yn gynnes.", "Ŵyr Siôn a ŷd y maes: ffŵl, ïe, ẃ, ỳ.",
            "Typeset ligatures: \ufb01nd, \ufb02at, o\ufb03ce."]
    chars = sorted(set("".join(text)))
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Edau-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            "%d beginbfchar\n%s\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop end end\n" % (
                len(chars), "\n".join("<%04X> <%04X>" % (ord(ch), ord(ch)) for ch in chars)))
    to_unicode = pdf.add_stream(cmap.encode("latin-1"))
    descendant = pdf.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /EdauSans "
                         "/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
                         "/DW 500 /CIDToGIDMap /Identity >>")
    font = pdf.add("<< /Type /Font /Subtype /Type0 /BaseFont /EdauSans /Encoding /Identity-H "
                   "/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode))
    c = Content()
    c.line(MARGIN, 720, text[0], BODY, font="F2")
    c.line(MARGIN, 720 - LEADING, text[1], BODY, font="F2")
    c.line(MARGIN, 720 - 2 * LEADING, text[2], BODY, font="F2")
    root = make_pages(pdf, [c], {"F2": font})
    return pdf.write(path, root)


def scanned_pdf(path, with_text_page=False):
    """Pages that are only pictures; optionally a text page before and after one."""
    pdf = Pdf()
    image = gray_image(pdf)
    scan = Content()
    scan.image("Im1", 0, 0, PAGE_W, PAGE_H)
    contents = [scan]
    if with_text_page:
        first, last = Content(), Content()
        first.line(MARGIN, 720, "Typed cover note before the scanned letter.")
        last.line(MARGIN, 720, "Typed reply after the scanned letter.")
        contents = [first, scan, last]
    root = make_pages(pdf, contents, {"F1": pdf.add(latin_font())}, images={"Im1": image})
    return pdf.write(path, root)


def running_headers_pdf(path):
    """Four pages with the same header and a numbered footer; a sentence crosses each page break."""
    pdf = Pdf()
    contents = []
    bodies = [["The first page of the report begins here and its last sentence runs on to the",
               "next page without a break in the middle of a"],
              ["sentence, which should read as one paragraph."],
              ["The third page has a paragraph of its own."],
              ["So does the fourth and last page."]]
    for n, body in enumerate(bodies, start=1):
        c = Content()
        c.line(MARGIN, 760, "Adroddiad gofal cymdeithasol - Caerdydd", size=9)
        paragraph(c, body, MARGIN, 700, BODY, LEADING, COLUMN, justify_last=False)
        c.line(MARGIN, 40, "Page %d of 4" % n, size=9)
        contents.append(c)
    root = make_pages(pdf, contents, {"F1": pdf.add(latin_font())})
    return pdf.write(path, root)


def speaker_table_pdf(path):
    """A transcript as transcription services lay it out: numbered lines down the left margin,
    speakers in a narrow column, what they said in a wide column beside it."""
    pdf = Pdf()
    c = Content()
    turns = [("Interviewer:", "Sut mae pethau yn y pentref ers i'r banc gau?"),
             ("Siân:", "It's been hard. People used to do their banking and then have a coffee, and now "
                       "they have to go into town on the bus, which only runs twice a day."),
             ("Interviewer:", "A beth am y siop?"),
             ("Rhys \u2013", "The shop is still open, but for how long nobody knows.")]
    y, number = 720, 1
    for speaker, said in turns:
        for i, text in enumerate(wrap(said, 58)):
            if i == 0:
                c.line(90, y, speaker)
            c.line(198, y, text)
            c.line(76 - width(str(number), BODY), y, str(number))
            y, number = y - LEADING, number + 1
        c.line(76 - width(str(number), BODY), y, str(number))  # the blank line between turns
        y, number = y - LEADING, number + 1
    root = make_pages(pdf, [c], {"F1": pdf.add(latin_font())})
    return pdf.write(path, root)


def rotated_pdf(path):
    """A page shown turned a quarter (/Rotate 90): reading order must not suffer."""
    pdf = Pdf()
    c = Content()
    y = paragraph(c, wrap("First paragraph on a page that is displayed in landscape, running over three "
                          "lines of forty characters or so.", 40), MARGIN, 720, BODY, LEADING, 220)
    paragraph(c, wrap("Second paragraph, after a gap.", 80), MARGIN, y - 12, BODY, LEADING, COLUMN)
    root = make_pages(pdf, [c], {"F1": pdf.add(latin_font())}, rotate=90)
    return pdf.write(path, root)


def main():
    def out(name):
        return os.path.join(HERE, name)

    whole = paragraphs_pdf(out("paragraphs.pdf"))
    paragraphs_pdf(out("encrypted.pdf"), encrypt=("agored", "perchennog"))
    paragraphs_pdf(out("owner_password_only.pdf"), encrypt=("", "perchennog"))
    two_columns_pdf(out("two_columns.pdf"))
    double_spaced_pdf(out("double_spaced.pdf"))
    welsh_unicode_pdf(out("welsh_unicode.pdf"))
    scanned_pdf(out("scanned.pdf"))
    scanned_pdf(out("partly_scanned.pdf"), with_text_page=True)
    running_headers_pdf(out("running_headers.pdf"))
    rotated_pdf(out("rotated.pdf"))
    speaker_table_pdf(out("speaker_table.pdf"))
    with open(out("truncated.pdf"), "wb") as f:
        f.write(whole[:120])  # the header and the start of the first object
    rng = random.Random(20240601)
    with open(out("junk.pdf"), "wb") as f:
        f.write(bytes(rng.randrange(256) for _ in range(2048)))


if __name__ == "__main__":
    main()
