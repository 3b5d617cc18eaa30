"""Generate the binary / extracted documents of the heldout10 corpus and their truth files.

Run with:  /work/main/.venv/bin/python generate.py
Deterministic: running it twice gives byte-identical files.

Hand-written Markdown documents (04-09, 14) and their truth files are NOT written
here; this script writes 01-03 (L1: PDF built with reportlab, text extracted with
pdfminer, only the .txt kept), 10 (.docx), 11 (.pdf), 12 (.xlsx), 13 (.csv) and
their *.truth.json.  The truth of each task (lead / cooperating split, timeframe)
is written by hand in the data below, next to the cell text it comes from.
"""
import csv
import io
import json
import os
import re
import textwrap
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

import font_roboto  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.fonts import addMapping  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph,
    SimpleDocTemplate, Spacer, Table, TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
for _n, _f in (("Roboto", "Roboto-Regular.ttf"), ("Roboto-Bold", "Roboto-Bold.ttf"),
               ("Roboto-Italic", "Roboto-Italic.ttf"), ("Roboto-BoldItalic", "Roboto-BoldItalic.ttf")):
    pdfmetrics.registerFont(TTFont(_n, os.path.join(FONT_DIR, _f)))
addMapping("Roboto", 0, 0, "Roboto")
addMapping("Roboto", 1, 0, "Roboto-Bold")
addMapping("Roboto", 0, 1, "Roboto-Italic")
addMapping("Roboto", 1, 1, "Roboto-BoldItalic")

Q27 = {"number": "27/QĐ-TTg", "date": "2025-01-03"}
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- shared helpers
def six(text):
    """First six words of a task text (trailing punctuation of the 6th word dropped)."""
    return " ".join(text.split()[:6]).rstrip(",;:.")


def item_tasks(doc):
    """Section II items that are tasks (empty fields unless the item carries them)."""
    out = []
    for b in doc["body"]:
        if b[0] == "item":
            t = b[3] if len(b) > 3 else {}
            out.append({"id": b[1], "lead": list(t.get("lead", [])), "cooperating": list(t.get("coop", [])),
                        "timeframe": t.get("tf"), "text_starts": six(t.get("text", b[2]))})
    return out


def row_id(group, row):
    if group is None:
        return "PL." + row["id_no"]
    stt = row.get("stt", "")
    if not stt:
        return group["num"] + ".1"
    if stt.startswith(group["num"] + "."):
        return stt
    return group["num"] + "." + stt


def appendix_tasks(doc):
    out = []
    for g in doc.get("groups", []):
        for r in g["rows"]:
            out.append({"id": row_id(g if g.get("num") is not None else None, r),
                        "lead": list(r["lead"]), "cooperating": list(r["coop"]),
                        "timeframe": r.get("tf"), "text_starts": six(r["text"])})
    return out


def lead_cell(r):
    return r.get("lead_cell", "; ".join(r["lead"]))


def coop_cell(r):
    return r.get("coop_cell", "; ".join(r["coop"]))


def tf_cell(r):
    return r.get("tf_cell", r.get("tf") or "")


def write_truth(doc, file_name, tasks, appendix="present"):
    ids = [t["id"] for t in tasks]
    assert len(ids) == len(set(ids)), ids
    truth = {"file": file_name, "layout": doc["layout"], "plan": doc["plan"], "appendix": appendix,
             "tasks": tasks}
    with open(os.path.join(HERE, doc["name"] + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
        f.write("\n")
    return len(tasks)


def extract_pdf_text(pdf_bytes):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(pdf_bytes))


def write_text(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def normalize_zip(path, iso_date):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                s = data.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>" + iso_date + r"\g<3>", s)
                s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + iso_date + r"\g<2>", s)
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def body_lines(doc):
    """Plain text paragraphs of the body: headings, paragraphs and section II items."""
    out = []
    for b in doc["body"]:
        if b[0] == "item":
            out.append(("p", b[1] + ". " + b[2]))
        else:
            out.append((b[0], b[1]))
    return out


# ---------------------------------------------------------------- paragraph styles
def styles(size=12, leading=15):
    base = dict(fontName="Roboto", fontSize=size, leading=leading)
    return {
        "c": ParagraphStyle("c", alignment=TA_CENTER, **base),
        "cb": ParagraphStyle("cb", alignment=TA_CENTER, **dict(base, fontName="Roboto-Bold")),
        "h": ParagraphStyle("h", alignment=TA_LEFT, spaceBefore=6, spaceAfter=3, **dict(base, fontName="Roboto-Bold")),
        "p": ParagraphStyle("p", alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=4, **base),
        "l": ParagraphStyle("l", alignment=TA_LEFT, **base),
        "i": ParagraphStyle("i", alignment=TA_CENTER, **dict(base, fontName="Roboto-Italic")),
        "cell": ParagraphStyle("cell", alignment=TA_LEFT, fontName="Roboto", fontSize=9.5, leading=11.5),
        "cellb": ParagraphStyle("cellb", alignment=TA_LEFT, fontName="Roboto-Bold", fontSize=9.5, leading=11.5),
        "cellc": ParagraphStyle("cellc", alignment=TA_CENTER, fontName="Roboto-Bold", fontSize=9.5, leading=11.5),
    }


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


# ================================================================ L1a: platypus, Paragraph cells
def build_l1a(doc):
    """Portrait A4; header block as a two-column table; appendix table of Paragraph cells,
    header row repeated on every page (repeatRows=1); page numbers centred in the footer."""
    st = styles()
    buf = io.BytesIO()

    def footer(canv, d):
        canv.saveState()
        canv.setFont("Roboto", 9)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title=doc["name"], author="", creator="")
    story = []
    left = [Paragraph(esc(x), st["c"]) for x in doc["issuer"]] + [Paragraph(esc(doc["number_line"]), st["c"])]
    right = [Paragraph("<b>%s</b>" % esc(MOTTO[0]), st["c"]), Paragraph("<b>%s</b>" % esc(MOTTO[1]), st["c"]),
             Paragraph("<i>%s</i>" % esc(doc["date_line"]), st["c"])]
    hdr = Table([[left, right]], colWidths=[6.7 * cm, 10 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [hdr, Spacer(1, 12)]
    for t in doc["title"]:
        story.append(Paragraph("<b>%s</b>" % esc(t), st["c"]))
    story.append(Spacer(1, 10))
    for kind, text in body_lines(doc):
        story.append(Paragraph(esc(text), st["h" if kind == "h" else "p"]))
    story.append(Spacer(1, 8))
    story += closing_flowables(doc, st)
    # appendix
    story.append(PageBreak())
    for t in doc["appendix_title"]:
        story.append(Paragraph("<b>%s</b>" % esc(t), st["c"]))
    story.append(Paragraph("<i>%s</i>" % esc(doc["appendix_note"]), st["c"]))
    story.append(Spacer(1, 8))
    hdrs = doc["columns"]
    data = [[Paragraph(esc(h), st["cellc"]) for h in hdrs]]
    spans = []
    for g in doc["groups"]:
        data.append([Paragraph(esc(g["num"]), st["cellb"]), Paragraph(esc(g["title"]), st["cellb"]), "", "", ""])
        spans.append(len(data) - 1)
        for r in g["rows"]:
            data.append([Paragraph(esc(r.get("stt", "")), st["cell"]), Paragraph(esc(r["text"]), st["cell"]),
                         Paragraph(esc(lead_cell(r)), st["cell"]), Paragraph(esc(coop_cell(r)), st["cell"]),
                         Paragraph(esc(tf_cell(r)), st["cell"])])
    widths = doc.get("widths", [1.0 * cm, 6.4 * cm, 2.9 * cm, 3.9 * cm, 2.5 * cm])
    tbl = Table(data, colWidths=widths, repeatRows=1)
    ts = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7)]
    for i in spans:
        ts.append(("SPAN", (1, i), (4, i)))
    tbl.setStyle(TableStyle(ts))
    story.append(tbl)
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)
    return buf.getvalue()


def closing_flowables(doc, st):
    """Recipients on the left, signature block on the right (side by side, like a real letter)."""
    rec = [Paragraph("<b><i>Nơi nhận:</i></b>", st["l"])]
    rec += [Paragraph(esc(x), ParagraphStyle("r", parent=st["l"], fontSize=9.5, leading=11.5)) for x in doc["recipients"]]
    sig = [Paragraph("<b>%s</b>" % esc(x), st["c"]) for x in doc["sign_block"]]
    sig += [Spacer(1, 40), Paragraph("<b>%s</b>" % esc(doc["signer_line"]), st["c"])]
    t = Table([[rec, sig]], colWidths=[7.5 * cm, 8.5 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [t]


def make_pdf(doc):
    """L9: the PDF itself is the document (same platypus construction as L1a: ruled GRID table)."""
    fname = doc["name"] + ".pdf"
    with open(os.path.join(HERE, fname), "wb") as f:
        f.write(build_l1a(doc))
    tasks = item_tasks(doc) + appendix_tasks(doc)
    return fname, write_truth(doc, fname, tasks)


def make_l1(doc, builder):
    pdf_bytes = builder(doc)
    text = extract_pdf_text(pdf_bytes)
    fname = doc["name"] + ".txt"
    write_text(fname, text)
    tasks = item_tasks(doc) + appendix_tasks(doc)
    return fname, write_truth(doc, fname, tasks, doc.get("appendix", "present"))



# ================================================================ L1b: portrait body, landscape appendix, pre-wrapped strings
def wrap(s, width):
    return "\n".join(textwrap.wrap(s, width=width, break_long_words=False, break_on_hyphens=False)) if s else ""


def build_l1b(doc):
    """Body on portrait pages, appendix on landscape pages (two page templates); header block as
    plain centred / right-aligned paragraphs one under the other; table cells are plain strings
    wrapped beforehand with textwrap (no Paragraph); timeframe column BEFORE the lead column;
    header row printed once (not repeated); no page numbers."""
    st = styles(size=12.5, leading=16)
    buf = io.BytesIO()
    pw, ph = A4
    lw, lh = landscape(A4)
    pdf = BaseDocTemplate(buf, pagesize=A4, title=doc["name"], author="", creator="")
    pdf.addPageTemplates([
        PageTemplate(id="portrait", pagesize=A4,
                     frames=[Frame(2.8 * cm, 2 * cm, pw - 4.8 * cm, ph - 4 * cm, id="fp")]),
        PageTemplate(id="landscape", pagesize=landscape(A4),
                     frames=[Frame(1.5 * cm, 1.5 * cm, lw - 3 * cm, lh - 3 * cm, id="fl")]),
    ])
    right = ParagraphStyle("rt", parent=st["l"], alignment=2, fontName="Roboto-Italic")
    story = [Paragraph("<b>%s</b>" % esc(" ".join(doc["issuer"])), st["c"]),
             Paragraph("<b>%s</b>" % esc(MOTTO[0]), st["c"]), Paragraph(esc(MOTTO[1]), st["c"]),
             Spacer(1, 6), Paragraph(esc(doc["number_line"]), st["l"]), Paragraph(esc(doc["date_line"]), right),
             Spacer(1, 14)]
    for t in doc["title"]:
        story.append(Paragraph("<b>%s</b>" % esc(t), st["c"]))
    story.append(Spacer(1, 10))
    for kind, text in body_lines(doc):
        story.append(Paragraph(esc(text), st["h" if kind == "h" else "p"]))
    story += closing_flowables(doc, st)
    story += [NextPageTemplate("landscape"), PageBreak()]
    for t in doc["appendix_title"]:
        story.append(Paragraph("<b>%s</b>" % esc(t), st["c"]))
    story.append(Paragraph(esc(doc["appendix_note"]), st["i"]))
    story.append(Spacer(1, 8))
    W = doc["wrap"]  # characters per line for: task, timeframe, lead, cooperating
    data = [[wrap(h, w) for h, w in zip(doc["columns"], (4, W[0], W[1], W[2], W[3]))]]
    spans = []
    for g in doc["groups"]:
        data.append([g["num"], wrap(g["title"], W[0] + W[1] + W[2] + W[3]), "", "", ""])
        spans.append(len(data) - 1)
        for r in g["rows"]:
            data.append([r.get("stt", ""), wrap(r["text"], W[0]), wrap(tf_cell(r), W[1]),
                         wrap(lead_cell(r), W[2]), wrap(coop_cell(r), W[3])])
    tbl = Table(data, colWidths=doc["widths"])
    ts = [("FONT", (0, 0), (-1, -1), "Roboto", 10.5, 13), ("FONT", (0, 0), (-1, 0), "Roboto-Bold", 10.5, 13),
          ("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
          ("ALIGN", (0, 0), (0, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 8),
          ("RIGHTPADDING", (0, 0), (-1, -1), 8)]
    for i in spans:
        ts += [("SPAN", (1, i), (4, i)), ("FONT", (0, i), (-1, i), "Roboto-Bold", 10.5, 13)]
    tbl.setStyle(TableStyle(ts))
    story.append(tbl)
    pdf.build(story)
    return buf.getvalue()


# ================================================================ L1c: drawn directly on the canvas
class CanvasWriter:
    """A tiny page-layout helper on top of reportlab's canvas: text is measured and broken into
    lines with stringWidth, every line drawn with drawString, tables drawn cell by cell with lines."""

    def __init__(self, buf, title):
        self.c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.c.setAuthor("")
        self.c.setCreator("")
        self.W, self.H = A4
        self.left, self.right = 2.6 * cm, self.W - 1.6 * cm
        self.top, self.bottom = self.H - 2.2 * cm, 2.0 * cm
        self.y = self.top
        self.page = 1

    def split(self, text, width, font, size):
        lines = []
        for para in text.split("\n"):
            cur = ""
            for w in para.split():
                t = (cur + " " + w).strip()
                if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
                    cur = t
                else:
                    lines.append(cur)
                    cur = w
            lines.append(cur)
        return lines

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.c.setFont("Roboto", 10)
        self.c.drawCentredString(self.W / 2, self.H - 1.2 * cm, str(self.page))
        self.y = self.top

    def ensure(self, h):
        if self.y - h < self.bottom:
            self.new_page()

    def para(self, text, font="Roboto", size=12, leading=16, indent=1.0 * cm, align="justify", after=4):
        width = self.right - self.left
        text = " ".join(text.split())
        first = self.split(text, width - indent, font, size)[0] if text else ""
        rest = text[len(first):].strip()
        lines = [(indent, first)] + [(0, x) for x in (self.split(rest, width, font, size) if rest else [])]
        for k, (ind, ln) in enumerate(lines):
            self.ensure(leading)
            self.y -= leading
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            else:
                self.c.drawString(self.left + ind, self.y, ln)
        self.y -= after

    def table(self, headers, widths, rows, size=9.5, leading=11.5, pad=6):
        """rows: list of ("group", [cells]) or ("row", [cells]); group rows span columns 1..end."""
        xs = [self.left]
        for w in widths:
            xs.append(xs[-1] + w)

        def cell_lines(text, w, font):
            return self.split(text, w - 2 * pad, font, size) if text else []

        def draw_row(cells, font, span=False):
            if span:
                parts = [cell_lines(cells[0], widths[0], font), cell_lines(cells[1], sum(widths[1:]), font)]
            else:
                parts = [cell_lines(t, w, font) for t, w in zip(cells, widths)]
            h = max(len(p) for p in parts) * leading + 2 * pad - (leading - size)
            return parts, h

        def paint(parts, h, font, span=False):
            c = self.c
            top = self.y
            c.setLineWidth(0.5)
            edges = [xs[0], xs[1], xs[-1]] if span else xs
            c.line(xs[0], top, xs[-1], top)
            c.line(xs[0], top - h, xs[-1], top - h)
            for x in edges:
                c.line(x, top, x, top - h)
            c.setFont(font, size)
            for i, lines in enumerate(parts):
                x0 = edges[i] + pad
                yy = top - pad - size
                for ln in lines:
                    c.drawString(x0, yy, ln)
                    yy -= leading
            self.y = top - h

        hparts, hh = draw_row(headers, "Roboto-Bold")
        self.ensure(hh + 40)
        paint(hparts, hh, "Roboto-Bold")
        for kind, cells in rows:
            font = "Roboto-Bold" if kind == "group" else "Roboto"
            parts, h = draw_row(cells, font, span=(kind == "group"))
            if self.y - h < self.bottom:
                self.new_page()
                paint(hparts, hh, "Roboto-Bold")  # header row repeated on each page
            paint(parts, h, font, span=(kind == "group"))

    def save(self):
        self.c.showPage()
        self.c.save()


def build_l1c(doc):
    """Everything drawn on the canvas: issuer block and national motto side by side on the same
    baselines; page numbers at the top from page 2; a 'Ghi chú' (notes) column; header row repeated."""
    buf = io.BytesIO()
    w = CanvasWriter(buf, doc["name"])
    c = w.c
    lx, rx = w.left + 3.2 * cm, w.left + 11.6 * cm
    y = w.top
    left = [("Roboto", 12, x) for x in doc["issuer"]]
    right = [("Roboto-Bold", 12, MOTTO[0]), ("Roboto-Bold", 12.5, MOTTO[1])]
    for i in range(max(len(left), len(right))):
        y -= 15
        if i < len(left):
            c.setFont("Roboto-Bold" if i else "Roboto", left[i][1])
            c.drawCentredString(lx, y, left[i][2])
        if i < len(right):
            c.setFont(right[i][0], right[i][1])
            c.drawCentredString(rx, y, right[i][2])
    y -= 24
    c.setFont("Roboto", 12)
    c.drawCentredString(lx, y, doc["number_line"])
    c.setFont("Roboto-Italic", 12)
    c.drawCentredString(rx, y, doc["date_line"])
    w.y = y - 20
    for t in doc["title"]:
        w.para(t, font="Roboto-Bold", size=12.5, indent=0, align="center", after=0)
    w.y -= 10
    for kind, text in body_lines(doc):
        if kind == "h":
            w.para(text, font="Roboto-Bold", indent=0)
        else:
            w.para(text)
    w.y -= 10
    w.para("Nơi nhận:", font="Roboto-BoldItalic", size=11, indent=0, after=0)
    for x in doc["recipients"]:
        w.para(x, size=10, leading=12.5, indent=0, after=0)
    w.y -= 10
    for x in doc["sign_block"]:
        w.para(x, font="Roboto-Bold", indent=0, align="center", after=0)
    w.y -= 50
    w.para(doc["signer_line"], font="Roboto-Bold", indent=0, align="center")
    w.new_page()
    for t in doc["appendix_title"]:
        w.para(t, font="Roboto-Bold", indent=0, align="center", after=0)
    w.para(doc["appendix_note"], font="Roboto-Italic", size=11, indent=0, align="center", after=8)
    rows = []
    for g in doc["groups"]:
        rows.append(("group", [g["num"], g["title"]]))
        for r in g["rows"]:
            rows.append(("row", [r.get("stt", ""), r["text"], lead_cell(r), coop_cell(r), tf_cell(r),
                                 r.get("note", "")]))
    w.table(doc["columns"], doc["widths"], rows)
    w.save()
    return buf.getvalue()

# ================================================================ L8: Word document (python-docx)
def build_docx(doc, path):
    """Whole plan as Word paragraphs; header block in a borderless 2x2 table; appendix in a new
    landscape section as a real Word table (style 'Table Grid') with a header row; group rows keep the
    numeral in the first cell and the title merged across the other columns."""
    import datetime

    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    stl = d.styles["Normal"]
    stl.font.name = "Times New Roman"
    stl.font.size = Pt(13)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 9, 19, 8, 0, 0)
    cp.author = "UBND phường"
    cp.last_modified_by = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.comments = ""
    cp.title = doc["title"][1]

    def para(text, bold=False, italic=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    hdr = d.add_table(rows=2, cols=2)
    cells = [("\n".join(doc["issuer"]), True), ("\n".join(MOTTO), True),
             (doc["number_line"], False), (doc["date_line"], False)]
    for (text, bold), cell in zip(cells, [hdr.cell(0, 0), hdr.cell(0, 1), hdr.cell(1, 0), hdr.cell(1, 1)]):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        if cell is hdr.cell(1, 1):
            r.italic = True
    para("")
    para(doc["title"][0], bold=True, align="c", size=14)
    for t in doc["title"][1:]:
        para(t, bold=True, align="c")
    for kind, text in body_lines(doc):
        if kind == "h":
            para(text, bold=True)
        else:
            para(text, align="j")
    para("Nơi nhận:", bold=True, italic=True, size=12)
    for x in doc["recipients"]:
        para(x, size=11)
    for x in doc["sign_block"]:
        para(x, bold=True, align="c")
    para("")
    para("")
    para(doc["signer_line"], bold=True, align="c")
    sec = d.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for t in doc["appendix_title"]:
        para(t, bold=True, align="c")
    para(doc["appendix_note"], italic=True, align="c")
    cols = doc["columns"]
    tbl = d.add_table(rows=1, cols=len(cols))
    tbl.style = "Table Grid"
    for i, h in enumerate(cols):
        c = tbl.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
    for g in doc["groups"]:
        row = tbl.add_row().cells
        row[0].text = ""
        row[0].paragraphs[0].add_run(g["num"]).bold = True
        m = row[1].merge(row[len(cols) - 1])
        m.text = ""
        m.paragraphs[0].add_run(g["title"]).bold = True
        for r in g["rows"]:
            row = tbl.add_row().cells
            vals = [r.get("stt", ""), r["text"], lead_cell(r), coop_cell(r), tf_cell(r)]
            for i, v in enumerate(vals):
                row[i].text = v
    widths = [Cm(1.3), Cm(10.5), Cm(4.2), Cm(5.5), Cm(3.5)]
    for row in tbl.rows:
        for i, c in enumerate(row.cells):
            c.width = widths[min(i, len(widths) - 1)]
    d.save(path)
    normalize_zip(path, "2025-09-19T08:00:00Z")


def make_docx(doc):
    fname = doc["name"] + ".docx"
    build_docx(doc, os.path.join(HERE, fname))
    tasks = item_tasks(doc) + appendix_tasks(doc)
    return fname, write_truth(doc, fname, tasks)

# ================================================================ L10: task sheets (.xlsx, .csv)
def sheet_rows(doc):
    """Task table rows: header, then group rows (numeral, title, empty cells) and task rows."""
    cols = doc["columns"]
    rows = [list(cols)]
    for g in doc["groups"]:
        rows.append([g["num"], g["title"]] + [""] * (len(cols) - 2))
        for r in g["rows"]:
            vals = [r.get("stt", ""), r["text"], lead_cell(r), coop_cell(r), tf_cell(r)]
            if len(cols) > 5:
                vals.append(r.get("note", ""))
            rows.append(vals)
    return rows


def make_xlsx(doc):
    import datetime

    import openpyxl
    from openpyxl.styles import Alignment, Font

    fname = doc["name"] + ".xlsx"
    path = os.path.join(HERE, fname)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in doc["fields"]:
        ws.append([k, v if v != "" else None])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 110
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
    ws2 = wb.create_sheet("Nhiệm vụ")
    for r in sheet_rows(doc):
        ws2.append([v if v != "" else None for v in r])
    for c in ws2[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in ws2.iter_rows(min_row=2):
        if row[2].value in (None, "") and row[1].value:
            row[0].font = Font(bold=True)
            row[1].font = Font(bold=True)
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, wdt in zip("ABCDEF", (6, 60, 26, 34, 20, 30)):
        ws2.column_dimensions[col].width = wdt
    ws2.freeze_panes = "A2"
    fixed = datetime.datetime(2025, 7, 22, 9, 0, 0)
    wb.properties.creator = "Sở Y tế"
    wb.properties.lastModifiedBy = "Sở Y tế"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)
    normalize_zip(path, "2025-07-22T09:00:00Z")
    tasks = appendix_tasks(doc)
    return fname, write_truth(doc, fname, tasks)


def make_csv(doc):
    fname = doc["name"] + ".csv"
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in doc["fields"]:
        w.writerow([k, v])
    w.writerow([])
    for r in sheet_rows(doc):
        w.writerow(r)
    with open(os.path.join(HERE, fname), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())
    tasks = appendix_tasks(doc)
    return fname, write_truth(doc, fname, tasks)

# ================================================================ 01: national plan (L1a)
_BOS = "các Bộ, ngành liên quan"
D01 = {
    "name": "01_bo_ldtbxh_kh418", "layout": "L1",
    "issuer": ["BỘ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"],
    "number_line": "Số: 418/KH-BLĐTBXH",
    "date_line": "ngày 14 tháng 02 năm 2025",
    "title": ["KẾ HOẠCH",
              "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
              "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc"],
    "body": [
        ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (sau đây gọi là Quyết định số "
              "27/QĐ-TTg), Bộ Lao động - Thương binh và Xã hội ban hành Kế hoạch triển khai thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Xác định cụ thể nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời hạn hoàn thành đối với các "
              "nhiệm vụ được Thủ tướng Chính phủ giao cho Bộ Lao động - Thương binh và Xã hội tại Quyết định số 27/QĐ-TTg."),
        ("p", "2. Bảo đảm tính liên tục trong triển khai: trường hợp sau khi sắp xếp tổ chức bộ máy, chức năng, "
              "nhiệm vụ của đơn vị được chuyển giao thì cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("item", "1", "Nghiên cứu, rà soát, đề xuất sửa đổi, bổ sung pháp luật, chính sách về trẻ em, trẻ em khuyết tật, "
                      "lao động trẻ em, trẻ em có hoàn cảnh đặc biệt phù hợp với Công ước của Liên hợp quốc về quyền trẻ em."),
        ("item", "2", "Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em trên các cơ quan báo chí, "
                      "xuất bản và nền tảng số của Bộ."),
        ("item", "3", "Nâng cao năng lực cho đội ngũ cán bộ, nhân viên công tác xã hội làm công tác bảo vệ trẻ em; "
                      "tăng cường hiệu quả phối hợp liên ngành, trong đó có Tổng đài điện thoại quốc gia bảo vệ trẻ em 111."),
        ("item", "4", "Phát triển hệ thống dịch vụ bảo vệ trẻ em, trợ giúp xã hội, chăm sóc thay thế; phòng, chống "
                      "xâm hại, bóc lột, lao động trẻ em."),
        ("item", "5", "Thanh tra, kiểm tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ em liên thông "
                      "với cơ sở dữ liệu quốc gia về dân cư; chuẩn bị báo cáo quốc gia về thực hiện Công ước."),
        ("item", "6", "Ưu tiên bố trí kinh phí thực hiện các nhiệm vụ về trẻ em trong dự toán ngân sách hằng năm của Bộ."),
        ("item", "7", "Mở rộng hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em."),
        ("p", "Nhiệm vụ cụ thể và phân công thực hiện tại Phụ lục kèm theo Kế hoạch này."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước bố trí trong dự toán hằng năm của "
              "các cơ quan, đơn vị thuộc Bộ theo quy định; nguồn tài trợ của các tổ chức quốc tế và nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Cục Trẻ em: Là đơn vị đầu mối, chủ trì hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai "
              "Kế hoạch; tổng hợp, báo cáo Lãnh đạo Bộ để báo cáo Thủ tướng Chính phủ kết quả thực hiện hằng năm trước ngày 15/12."),
        ("p", "2. Các cơ quan, đơn vị thuộc Bộ: Căn cứ nhiệm vụ được phân công tại Phụ lục chủ động xây dựng kế hoạch "
              "chi tiết, tổ chức thực hiện; báo cáo kết quả về Cục Trẻ em trước ngày 30/11 hằng năm."),
        ("p", "3. Đề nghị Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố trực thuộc trung ương tham mưu Ủy ban "
              "nhân dân cấp tỉnh xây dựng kế hoạch thực hiện tại địa phương, báo cáo kết quả về Bộ (qua Cục Trẻ em) trước ngày 20/11 hằng năm."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Cục Trẻ em để tổng "
              "hợp, báo cáo Bộ trưởng xem xét, quyết định./."),
    ],
    "recipients": ["- Thủ tướng Chính phủ (để b/c);", "- Phó Thủ tướng Lê Thành Long (để b/c);", "- Bộ trưởng (để b/c);",
                   "- Các Thứ trưởng;", "- Các Bộ, cơ quan ngang Bộ;", "- Các đơn vị thuộc Bộ;",
                   "- Sở LĐTBXH các tỉnh, thành phố;", "- Lưu: VT, TE."],
    "sign_block": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
    "signer_line": "Trịnh Quang Hưng",
    "appendix_title": ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM",
                       "CỦA LIÊN HỢP QUỐC"],
    "appendix_note": "(Kèm theo Kế hoạch số 418/KH-BLĐTBXH ngày 14/02/2025 của Bộ Lao động - Thương binh và Xã hội)",
    "columns": ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"],
    "groups": [
        {"num": "I", "title": "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách", "rows": [
            {"stt": "1", "text": "Nghiên cứu, đề xuất sửa đổi Luật Trẻ em theo hướng nâng độ tuổi của trẻ em; "
                                 "bổ sung quy định bảo vệ trẻ em trên môi trường mạng",
             "lead": ["Vụ Pháp chế"], "coop": ["Cục Trẻ em", _BOS], "tf": "2025 - 2027"},
            {"stt": "2", "text": "Rà soát, đề xuất sửa đổi chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh "
                                 "đặc biệt, trẻ em khuyết tật",
             "lead": ["Cục Bảo trợ xã hội"], "coop": ["Vụ Pháp chế", "Vụ Kế hoạch - Tài chính"], "tf": "Năm 2025"},
        ]},
        {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "1", "text": "Truyền thông về Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên "
                                 "các cơ quan báo chí, cổng thông tin điện tử của Bộ",
             "lead": ["Trung tâm Thông tin"], "coop": ["Báo Lao động và Xã hội", "Cục Trẻ em"], "tf": "Thường xuyên"},
            {"stt": "2", "text": "Tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em quốc gia; lắng nghe ý kiến, "
                                 "nguyện vọng của trẻ em",
             "lead": ["Cục Trẻ em"],
             "coop": ["Trung ương Đoàn", "Bộ Giáo dục và Đào tạo",
                      "UBND các tỉnh, thành phố trực thuộc trung ương"],
             "tf": "Tháng 5 - tháng 6 hằng năm"},
        ]},
        {"num": "III", "title": "Nâng cao năng lực; phối hợp liên ngành", "rows": [
            {"stt": "1", "text": "Nâng cao hiệu quả hoạt động của Tổng đài điện thoại quốc gia bảo vệ trẻ em 111; "
                                 "kết nối, chuyển tuyến với các địa phương",
             "lead": ["Cục Trẻ em"], "coop": ["Bộ Công an", "Bộ Thông tin và Truyền thông"],
             "tf": "Thường xuyên hằng năm"},
            {"stt": "2", "text": "Đào tạo, bồi dưỡng kỹ năng quản lý trường hợp cho nhân viên công tác xã hội, "
                                 "người làm công tác bảo vệ trẻ em cấp xã",
             "lead": ["Cục Bảo trợ xã hội", "Cục Trẻ em"],
             "coop": ["Sở Lao động - Thương binh và Xã hội các tỉnh, thành phố"], "tf": "2025 - 2030"},
            {"stt": "3", "text": "Phát triển chương trình giáo dục nghề nghiệp phù hợp cho người chưa thành niên, "
                                 "trẻ em khuyết tật, trẻ em bỏ học",
             "lead": ["Tổng cục Giáo dục nghề nghiệp"], "coop": ["Cục Trẻ em"], "tf": "Năm 2025"},
        ]},
        {"num": "IV", "title": "Phát triển hệ thống dịch vụ", "rows": [
            {"stt": "1", "text": "Xây dựng tiêu chuẩn chăm sóc thay thế, tiêu chuẩn chăm sóc tối thiểu đối với trẻ "
                                 "em trong cơ sở trợ giúp xã hội",
             "lead": ["Cục Bảo trợ xã hội"], "coop": ["Vụ Pháp chế", "Cục Trẻ em"], "tf": "Quý IV/2025"},
            {"stt": "2", "text": "Phòng, chống xâm hại, bóc lột trẻ em; hỗ trợ trẻ em bị mua bán trở về tái hòa "
                                 "nhập cộng đồng",
             "lead": ["Cục Phòng, chống tệ nạn xã hội"],
             "coop": ["Bộ Công an", "Bộ Quốc phòng (Bộ Tư lệnh Bộ đội Biên phòng)"], "tf": "Thường xuyên"},
        ]},
        {"num": "V", "title": "Thanh tra, kiểm tra; cơ sở dữ liệu và báo cáo", "rows": [
            {"stt": "1", "text": "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về quyền trẻ em tại "
                                 "các bộ, ngành, địa phương",
             "lead": ["Thanh tra Bộ"], "coop": ["Cục Trẻ em"], "tf": "Hằng năm"},
            {"stt": "2", "text": "Xây dựng, cập nhật cơ sở dữ liệu về trẻ em, kết nối với cơ sở dữ liệu quốc gia "
                                 "về dân cư",
             "lead": ["Trung tâm Thông tin"], "coop": ["Cục Trẻ em", "Bộ Công an"], "tf": "Trước ngày 31/12/2025"},
            {"stt": "3", "text": "Chủ trì xây dựng báo cáo quốc gia lần thứ bảy về thực hiện Công ước của Liên hợp "
                                 "quốc về quyền trẻ em",
             "lead": ["Cục Trẻ em"], "coop": ["Bộ Ngoại giao", "Bộ Tư pháp", _BOS], "tf": "Năm 2027"},
        ]},
        {"num": "VI", "title": "Ưu tiên bố trí kinh phí", "rows": [
            {"stt": "", "text": "Tổng hợp, bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân "
                                "sách hằng năm của Bộ",
             "lead": ["Vụ Kế hoạch - Tài chính"], "coop": ["Cục Trẻ em", "Bộ Tài chính"], "tf": "Hằng năm"},
        ]},
        {"num": "VII", "title": "Hợp tác quốc tế", "rows": [
            {"stt": "1", "text": "Vận động nguồn lực của các tổ chức quốc tế cho các chương trình, dự án bảo vệ "
                                 "trẻ em",
             "lead": ["Vụ Hợp tác quốc tế"], "coop": ["Cục Trẻ em", "Quỹ Nhi đồng Liên hợp quốc (UNICEF)"],
             "tf": "2025 - 2030"},
        ]},
    ],
    "plan": {"number": "418/KH-BLĐTBXH", "date": "2025-02-14", "level": "national", "locality": "Việt Nam",
             "signer": "Trịnh Quang Hưng", "focal_agency": "Cục Trẻ em", "parent": Q27,
             "reporting": ["trước ngày 15/12", "trước ngày 30/11", "trước ngày 20/11"]},
}


# ================================================================ 02: Gia Lai province, February 2025 (L1b)
_HX = "UBND các huyện, thị xã, thành phố"
_SN = "các sở, ngành liên quan"
D02 = {
    "name": "02_gialai_kh356", "layout": "L1",
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH GIA LAI"],
    "number_line": "Số: 356/KH-UBND",
    "date_line": "Gia Lai, ngày 24 tháng 02 năm 2025",
    "title": ["KẾ HOẠCH",
              "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Gia Lai"],
    "body": [
        ("p", "Căn cứ Luật Trẻ em ngày 05/4/2016; Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định "
              "chi tiết một số điều của Luật Trẻ em;"),
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
              "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 95/TTr-SLĐTBXH ngày 12/02/2025, "
              "Ủy ban nhân dân tỉnh Gia Lai ban hành Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với điều kiện của tỉnh, "
              "nhất là vùng đồng bào dân tộc thiểu số Jrai, Bahnar và các xã biên giới."),
        ("p", "2. Phân công trách nhiệm cụ thể cho các sở, ban, ngành, địa phương; bảo đảm sự phối hợp chặt chẽ, "
              "thường xuyên trong quá trình thực hiện."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        ("item", "1", "Tham gia nghiên cứu, rà soát, góp ý hoàn thiện pháp luật, chính sách về trẻ em."),
        ("item", "2", "Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội về quyền trẻ em bằng tiếng Việt "
                      "và tiếng dân tộc thiểu số."),
        ("item", "3", "Nâng cao năng lực cho đội ngũ làm công tác trẻ em; tăng cường phối hợp liên ngành."),
        ("item", "4", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em."),
        ("item", "5", "Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ em."),
        ("item", "6", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em."),
        ("item", "7", "Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em."),
        ("p", "(Chi tiết tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Từ nguồn ngân sách nhà nước bố trí trong dự toán hằng năm của các cơ quan, đơn vị, địa phương theo "
              "phân cấp; lồng ghép trong Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
              "dân tộc thiểu số và miền núi; nguồn tài trợ hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Lao động - Thương binh và Xã hội: Chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, "
              "kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh "
              "và Xã hội định kỳ 6 tháng (trước ngày 18/6) và hằng năm (trước ngày 18/12)."),
        ("p", "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố: Xây dựng kế hoạch triển khai "
              "nhiệm vụ được phân công; báo cáo kết quả về Sở Lao động - Thương binh và Xã hội trước ngày 10/6 và "
              "trước ngày 10/12 hằng năm."),
        ("p", "3. Trường hợp sau sắp xếp tổ chức bộ máy, cơ quan được giao nhiệm vụ thay đổi tên gọi, chức năng "
              "thì cơ quan tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện."),
        ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp "
              "tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch./."),
    ],
    "recipients": ["- Bộ LĐTBXH (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                   "- Các sở, ban, ngành;", "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, KGVX."],
    "sign_block": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer_line": "Lê Quang Thịnh",
    "appendix_title": ["PHỤ LỤC", "NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC"],
    "appendix_note": "(Kèm theo Kế hoạch số 356/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân tỉnh Gia Lai)",
    "columns": ["STT", "Nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "Cơ quan phối hợp"],
    "widths": [1.3 * cm, 10.6 * cm, 3.6 * cm, 4.6 * cm, 6.5 * cm],
    "wrap": (58, 17, 23, 34),
    "groups": [
        {"num": "I", "title": "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách", "rows": [
            {"stt": "1", "text": "Rà soát, góp ý các dự thảo văn bản về chính sách đối với trẻ em khuyết tật, trẻ em "
                                 "lang thang, lao động trẻ em khi có đề nghị của cơ quan có thẩm quyền",
             "lead": ["Sở Lao động - Thương binh và Xã hội"], "coop": [_SN, _HX],
             "tf": "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội"},
            {"stt": "2", "text": "Góp ý sửa đổi, bổ sung Bộ luật Hình sự, quy định về quốc tịch, đăng ký khai sinh cho "
                                 "trẻ em không quốc tịch",
             "lead": ["Sở Tư pháp"], "coop": ["Công an tỉnh", "Sở Ngoại vụ"], "tf": "Khi có yêu cầu"},
        ]},
        {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "1", "text": "Truyền thông về quyền trẻ em, phòng, chống bạo lực, xâm hại trẻ em trên Báo Gia Lai, "
                                 "Đài Phát thanh - Truyền hình Gia Lai bằng tiếng Việt, tiếng Jrai, tiếng Bahnar",
             "lead": ["Sở Thông tin và Truyền thông"],
             "coop": ["Báo Gia Lai", "Đài Phát thanh - Truyền hình Gia Lai", "Sở Lao động - Thương binh và Xã hội"],
             "tf": "Thường xuyên hằng năm"},
            {"stt": "2", "text": "Giáo dục kỹ năng sống, kỹ năng ứng phó với thiên tai, biến đổi khí hậu cho học sinh "
                                 "các trường phổ thông dân tộc nội trú, bán trú",
             "lead": ["Sở Giáo dục và Đào tạo"], "coop": ["Sở Tài nguyên và Môi trường", "Tỉnh đoàn"],
             "tf": "Năm học 2024 - 2025, 2025 - 2026"},
        ]},
        {"num": "III", "title": "Nâng cao năng lực; phối hợp liên ngành", "rows": [
            {"stt": "1", "text": "Tập huấn kỹ năng quản lý trường hợp, hỗ trợ trẻ em bị xâm hại cho cán bộ cấp xã, "
                                 "cộng tác viên thôn, làng",
             "lead": ["Sở Lao động - Thương binh và Xã hội"], "coop": [_HX], "tf": "Quý II/2025"},
            {"stt": "2", "text": "Phối hợp liên ngành trong phát hiện, điều tra, xử lý các vụ việc mua bán trẻ em, "
                                 "đưa trẻ em qua biên giới trái phép",
             "lead": ["Công an tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
             "coop": ["Viện Kiểm sát nhân dân tỉnh", "UBND các huyện Đức Cơ, Chư Prông, Ia Grai"],
             "tf": "Thường xuyên"},
        ]},
        {"num": "IV", "title": "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", "rows": [
            {"stt": "1", "text": "Bảo đảm trẻ em khuyết tật được giáo dục hòa nhập; duy trì, mở rộng giáo dục song "
                                 "ngữ cho trẻ em dân tộc thiểu số",
             "lead": ["Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh và Xã hội"], "coop": [_HX],
             "tf": "2025 - 2030"},
            {"stt": "2", "text": "Giảm thiểu tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số",
             "lead": ["Ban Dân tộc tỉnh"], "coop": ["Sở Tư pháp", "Hội Liên hiệp Phụ nữ tỉnh", _HX],
             "tf": "Hằng năm"},
            {"stt": "3", "text": "Nâng cao chất lượng chăm sóc sức khỏe trẻ em; phòng, chống suy dinh dưỡng thấp còi; "
                                 "dự phòng lây truyền HIV từ mẹ sang con",
             "lead": ["Sở Y tế"], "coop": ["Sở Lao động - Thương binh và Xã hội", _HX], "tf": "Năm 2025"},
        ]},
        {"num": "V", "title": "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", "rows": [
            {"stt": "1", "text": "Kiểm tra liên ngành việc thực hiện chính sách, pháp luật về trẻ em tại các huyện, "
                                 "thị xã, thành phố",
             "lead": ["Sở Lao động - Thương binh và Xã hội"], "coop": ["Thanh tra tỉnh", _SN], "tf": "Quý III/2025"},
            {"stt": "2", "text": "Lồng ghép chỉ tiêu về trẻ em trong kế hoạch phát triển kinh tế - xã hội; tăng cường "
                                 "chất lượng số liệu thống kê về trẻ em",
             "lead": ["Sở Kế hoạch và Đầu tư"], "coop": ["Cục Thống kê tỉnh", "Sở Lao động - Thương binh và Xã hội"],
             "tf": "Hằng năm"},
        ]},
        {"num": "VI", "title": "Ưu tiên bố trí kinh phí", "rows": [
            {"stt": "", "text": "Tham mưu bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân "
                                "sách địa phương",
             "lead": ["Sở Tài chính"], "coop": ["Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư"],
             "tf": "Hằng năm"},
        ]},
        {"num": "VII", "title": "Hợp tác quốc tế", "rows": [
            {"stt": "", "text": "Vận động các tổ chức phi chính phủ nước ngoài tài trợ các dự án hỗ trợ trẻ em vùng "
                                "khó khăn",
             "lead": ["Sở Ngoại vụ"], "coop": ["Sở Lao động - Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư"],
             "tf": "2025 - 2030"},
        ]},
    ],
    "plan": {"number": "356/KH-UBND", "date": "2025-02-24", "level": "province", "locality": "Gia Lai",
             "signer": "Lê Quang Thịnh", "focal_agency": "Sở Lao động - Thương binh và Xã hội", "parent": Q27,
             "reporting": ["trước ngày 18/6", "trước ngày 18/12", "trước ngày 10/6", "trước ngày 10/12"]},
}

# ================================================================ 03: Krông Pắc district, April 2025 (L1c)
_XTT = "UBND các xã, thị trấn"
D03 = {
    "name": "03_krongpac_kh121", "layout": "L1",
    "issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC"],
    "number_line": "Số: 121/KH-UBND",
    "date_line": "Krông Pắc, ngày 15 tháng 4 năm 2025",
    "title": ["KẾ HOẠCH",
              "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
              "trên địa bàn huyện Krông Pắc"],
    "body": [
        ("p", "Thực hiện Kế hoạch số 1187/KH-UBND ngày 20/3/2025 của UBND tỉnh Đắk Lắk về triển khai thực hiện "
              "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị "
              "của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Đắk Lắk, UBND huyện Krông Pắc ban hành "
              "Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "- Triển khai có hiệu quả các nhiệm vụ UBND tỉnh giao; xác định rõ trách nhiệm của các cơ quan, đơn vị, "
              "UBND các xã, thị trấn trong việc thực hiện quyền trẻ em, nhất là trẻ em đồng bào dân tộc thiểu số tại "
              "các buôn."),
        ("p", "- Lồng ghép với Chương trình hành động vì trẻ em huyện giai đoạn 2021 - 2030 và các chương trình "
              "mục tiêu quốc gia đang triển khai trên địa bàn."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("h", "1. Nhiệm vụ, giải pháp chung"),
        ("item", "1.1", "Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em trên hệ thống truyền thanh "
                        "cơ sở, tại các buôn, tổ dân phố và trong trường học."),
        ("item", "1.2", "Kiện toàn đội ngũ làm công tác trẻ em cấp huyện, cấp xã sau sắp xếp tổ chức bộ máy; nâng cao "
                        "năng lực cho cộng tác viên bảo vệ trẻ em ở thôn, buôn."),
        ("item", "1.3", "Phát triển các dịch vụ y tế, giáo dục, trợ giúp xã hội bảo đảm quyền trẻ em; phòng, chống "
                        "xâm hại, đuối nước, tảo hôn."),
        ("item", "1.4", "Kiểm tra việc thực hiện chính sách về trẻ em; cập nhật cơ sở dữ liệu về trẻ em liên thông với "
                        "cơ sở dữ liệu quốc gia về dân cư."),
        ("h", "2. Nhiệm vụ cụ thể: (Có Phụ lục chi tiết kèm theo)."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị, UBND các xã, "
              "thị trấn theo phân cấp và lồng ghép các nguồn kinh phí hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Y tế: Chủ trì, phối hợp với các cơ quan, đơn vị theo dõi, đôn đốc việc thực hiện Kế hoạch; "
              "tổng hợp báo cáo UBND huyện và Sở Y tế tỉnh Đắk Lắk trước ngày 05/6 (báo cáo 6 tháng) và trước ngày "
              "25/11 (báo cáo năm)."),
        ("p", "2. Các cơ quan, đơn vị, UBND các xã, thị trấn: Thực hiện nhiệm vụ được phân công tại Phụ lục; báo cáo "
              "kết quả về UBND huyện (qua Phòng Y tế) trước ngày 01/6 và trước ngày 20/11 hằng năm."),
        ("p", "3. Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp tuyên truyền, "
              "vận động và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trên đây là Kế hoạch triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
              "trên địa bàn huyện Krông Pắc./."),
    ],
    "recipients": ["- Sở Y tế tỉnh Đắk Lắk;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, PCT UBND huyện;",
                   "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, YT."],
    "sign_block": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer_line": "Y Khuê Niê",
    "appendix_title": ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM",
                       "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN HUYỆN KRÔNG PẮC"],
    "appendix_note": "(Kèm theo Kế hoạch số 121/KH-UBND ngày 15/4/2025 của UBND huyện Krông Pắc)",
    "columns": ["TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Ghi chú"],
    "widths": [1.0 * cm, 5.6 * cm, 2.9 * cm, 3.4 * cm, 2.3 * cm, 2.3 * cm],
    "groups": [
        {"num": "I", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "1", "text": "Tuyên truyền Luật Trẻ em, phòng, chống xâm hại trẻ em bằng tiếng Việt và tiếng Ê Đê "
                                 "trên hệ thống truyền thanh các xã, thị trấn",
             "lead": ["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"], "coop": ["Phòng Y tế", _XTT],
             "tf": "Thường xuyên", "note": ""},
            {"stt": "2", "text": "Giáo dục kỹ năng phòng, chống đuối nước, xâm hại cho học sinh; tổ chức dạy bơi an toàn",
             "lead": ["Phòng Giáo dục và Đào tạo"], "coop": ["Huyện đoàn", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện"],
             "tf": "Tháng 5 - tháng 8 hằng năm", "note": "Ưu tiên các xã có sông, hồ, đập thủy lợi"},
            {"stt": "3", "text": "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống tại các buôn đồng bào "
                                 "dân tộc thiểu số",
             "lead": ["Phòng Dân tộc và Tôn giáo"], "coop": ["Phòng Tư pháp", "Hội Liên hiệp Phụ nữ huyện"],
             "tf": "Hằng năm", "note": "Lồng ghép Chương trình MTQG 1719"},
        ]},
        {"num": "II", "title": "Nâng cao năng lực, phối hợp liên ngành", "rows": [
            {"stt": "1", "text": "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức văn hóa - xã hội, cộng tác viên thôn, buôn",
             "lead": ["Phòng Y tế"], "coop": [_XTT], "tf": "Quý III/2025", "note": ""},
            {"stt": "2", "text": "Phối hợp tiếp nhận, xác minh, xử lý thông tin về trẻ em bị xâm hại, bạo lực từ Tổng "
                                 "đài 111 và đường dây nóng của huyện",
             "lead": ["Công an huyện", "Phòng Y tế"], "coop": [_XTT], "tf": "Khi có vụ việc",
             "note": ""},
        ]},
        {"num": "III", "title": "Dịch vụ bảo đảm thực hiện quyền trẻ em", "rows": [
            {"stt": "1", "text": "Tiêm chủng đầy đủ, phòng, chống suy dinh dưỡng thấp còi cho trẻ em dưới 5 tuổi",
             "lead": ["Trung tâm Y tế huyện"], "coop": ["Phòng Y tế", _XTT], "tf": "Hằng năm", "note": ""},
            {"stt": "2", "text": "Thực hiện chính sách trợ giúp xã hội, hỗ trợ học tập cho trẻ em mồ côi, trẻ em khuyết tật, "
                                 "trẻ em thuộc hộ nghèo",
             "lead": ["Phòng Y tế"], "coop": ["Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch"],
             "tf": "Thường xuyên hằng năm", "note": ""},
            {"stt": "3", "text": "Tổ chức vui chơi, giải trí, sinh hoạt văn hóa, thể thao cho trẻ em dịp hè và Tết Trung thu",
             "lead": ["Các cơ quan, đơn vị liên quan"], "coop": ["Huyện đoàn", _XTT], "tf": "Hằng năm",
             "note": ""},
        ]},
        {"num": "IV", "title": "Kiểm tra; cơ sở dữ liệu về trẻ em; kinh phí", "rows": [
            {"stt": "1", "text": "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các xã, thị trấn",
             "lead": ["Phòng Y tế"], "coop": ["Phòng Tư pháp", "Công an huyện"], "tf": "Quý IV/2025",
             "note": "Báo cáo kết quả trước ngày 30/11/2025"},
            {"stt": "2", "text": "Cập nhật thông tin trẻ em trên phần mềm cơ sở dữ liệu về trẻ em, đối chiếu với dữ liệu dân cư",
             "lead": [_XTT], "coop": ["Công an huyện", "Phòng Y tế"], "tf": "Trước ngày 30/6/2025", "note": ""},
            {"stt": "3", "text": "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện",
             "lead": ["Phòng Tài chính - Kế hoạch"], "coop": ["Phòng Y tế"], "tf": "Hằng năm", "note": ""},
        ]},
    ],
    "plan": {"number": "121/KH-UBND", "date": "2025-04-15", "level": "district", "locality": "Krông Pắc",
             "signer": "Y Khuê Niê", "focal_agency": "Phòng Y tế",
             "parent": {"number": "1187/KH-UBND", "date": "2025-03-20"},
             "reporting": ["trước ngày 05/6", "trước ngày 25/11", "trước ngày 01/6", "trước ngày 20/11"]},
}

# ================================================================ 10: phường Trấn Biên (Đồng Nai), September 2025 (L8)
_VH = "Phòng Văn hóa - Xã hội"
D10 = {
    "name": "10_tranbien_kh112", "layout": "L8",
    "issuer": ["ỦY BAN NHÂN DÂN", "PHƯỜNG TRẤN BIÊN"],
    "number_line": "Số: 112/KH-UBND",
    "date_line": "Trấn Biên, ngày 19 tháng 9 năm 2025",
    "title": ["KẾ HOẠCH",
              "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn phường Trấn Biên "
              "năm 2025 và giai đoạn 2026 - 2030"],
    "body": [
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
              "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Căn cứ Kế hoạch số 215/KH-UBND ngày 28/8/2025 của Ủy ban nhân dân tỉnh Đồng Nai về thực hiện Khuyến "
              "nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Đồng Nai;"),
        ("p", "Ủy ban nhân dân phường Trấn Biên ban hành Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Tổ chức thực hiện kịp thời các nhiệm vụ tỉnh giao cho cấp xã; bảo đảm công tác bảo vệ, chăm sóc "
              "trẻ em trên địa bàn phường được duy trì liên tục sau khi sắp xếp đơn vị hành chính."),
        ("p", "2. Phân công cụ thể nhiệm vụ cho các phòng, đơn vị thuộc UBND phường, các khu phố; chú trọng trẻ em "
              "là con công nhân lao động tại các khu công nghiệp, trẻ em sống ven sông Đồng Nai."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("item", "1", "Tăng cường truyền thông, giáo dục, vận động xã hội về quyền trẻ em đến từng khu phố, hộ gia "
                      "đình và trong trường học."),
        ("item", "2", "Kiện toàn tổ chức, nâng cao năng lực cho đội ngũ làm công tác trẻ em của phường và cộng tác "
                      "viên khu phố."),
        ("item", "3", "Bảo đảm các dịch vụ y tế, giáo dục, trợ giúp xã hội, vui chơi, giải trí cho trẻ em; phòng, "
                      "chống tai nạn thương tích, đuối nước."),
        ("item", "4", "Kiểm tra việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em; bố trí kinh phí thực hiện."),
        ("p", "(Có Phụ lục phân công nhiệm vụ kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện từ ngân sách phường được giao trong dự toán hằng năm; lồng ghép các chương trình, "
              "đề án và các nguồn vận động hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Văn hóa - Xã hội: Là cơ quan thường trực, tham mưu UBND phường tổ chức triển khai, theo dõi, "
              "đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND phường trước ngày 05/6 và trước ngày "
              "05/12 hằng năm để báo cáo Sở Y tế tỉnh Đồng Nai trước ngày 10/6 và trước ngày 10/12."),
        ("p", "2. Các phòng, đơn vị thuộc UBND phường; Ban điều hành các khu phố: Triển khai nhiệm vụ được phân công "
              "tại Phụ lục; gửi báo cáo về Phòng Văn hóa - Xã hội để tổng hợp."),
        ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phường phối hợp "
              "tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
              "phường Trấn Biên./."),
    ],
    "recipients": ["- UBND tỉnh Đồng Nai (b/c);", "- Sở Y tế tỉnh Đồng Nai;", "- TT Đảng ủy, TT HĐND phường;",
                   "- CT, các PCT UBND phường;", "- Các phòng, đơn vị thuộc UBND phường;", "- Các khu phố;",
                   "- Lưu: VT, VHXH."],
    "sign_block": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer_line": "Trương Thị Mỹ Linh",
    "appendix_title": ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM",
                       "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN PHƯỜNG TRẤN BIÊN"],
    "appendix_note": "(Kèm theo Kế hoạch số 112/KH-UBND ngày 19/9/2025 của UBND phường Trấn Biên)",
    "columns": ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    "groups": [
        {"num": "1", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "1.1", "text": "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên hệ thống "
                                   "loa truyền thanh, trang thông tin điện tử và trang mạng xã hội của phường",
             "lead": [_VH], "coop": ["Ủy ban MTTQ Việt Nam phường", "các khu phố"], "tf": "Thường xuyên"},
            {"stt": "1.2", "text": "Tổ chức Diễn đàn trẻ em phường để trẻ em phát biểu ý kiến về các vấn đề liên quan "
                                   "đến trẻ em",
             "lead": ["Đoàn Thanh niên phường"], "coop": [_VH, "các trường trung học cơ sở trên địa bàn"],
             "tf": "Tháng 6 hằng năm"},
            {"stt": "1.3", "text": "Tuyên truyền kỹ năng phòng, chống xâm hại trẻ em trên môi trường mạng cho học sinh "
                                   "và phụ huynh",
             "lead": ["Công an phường"], "coop": [_VH, "Đoàn Thanh niên phường"], "tf": "Quý IV/2025"},
        ]},
        {"num": "2", "title": "Kiện toàn tổ chức, nâng cao năng lực", "rows": [
            {"stt": "2.1", "text": "Kiện toàn Ban Bảo vệ trẻ em phường và nhóm thường trực bảo vệ trẻ em sau sắp xếp "
                                   "đơn vị hành chính",
             "lead": ["Văn phòng HĐND và UBND phường"], "coop": [_VH], "tf": "Trước ngày 15/10/2025"},
            {"stt": "2.2", "text": "Tập huấn kỹ năng phát hiện, báo cáo, hỗ trợ trẻ em bị xâm hại cho cộng tác viên "
                                   "khu phố",
             "lead": [_VH], "coop": ["Trạm Y tế phường"], "tf": "Năm 2026"},
        ]},
        {"num": "3", "title": "Dịch vụ bảo đảm thực hiện quyền trẻ em", "rows": [
            {"stt": "3.1", "text": "Khám sàng lọc, tiêm chủng, theo dõi dinh dưỡng cho trẻ em tại các trường mầm non, "
                                   "tiểu học",
             "lead": ["Trạm Y tế phường"], "coop": ["các trường mầm non, tiểu học trên địa bàn phường"],
             "tf": "Hằng năm"},
            {"stt": "3.2", "text": "Hỗ trợ nhóm trẻ độc lập, tư thục nhận trông giữ con công nhân lao động bảo đảm "
                                   "an toàn cho trẻ em",
             "lead": [_VH, "Phòng Kinh tế, Hạ tầng và Đô thị"],
             "coop": ["Công đoàn cơ sở các doanh nghiệp trên địa bàn"], "tf": "2025 - 2030"},
            {"stt": "3.3", "text": "Phòng, chống đuối nước trẻ em tại các khu vực ven sông Đồng Nai; cắm biển cảnh báo "
                                   "tại điểm nguy hiểm",
             "lead": ["Ban Chỉ huy Quân sự phường"], "coop": ["Công an phường", "các khu phố ven sông"],
             "tf": "Tháng 5 - tháng 8 hằng năm"},
        ]},
        {"num": "4", "title": "Kiểm tra, cơ sở dữ liệu và kinh phí", "rows": [
            {"stt": "4.1", "text": "Rà soát, cập nhật dữ liệu trẻ em của các phường cũ vào phần mềm cơ sở dữ liệu về "
                                   "trẻ em",
             "lead": [_VH], "coop": ["Công an phường", "Trung tâm Phục vụ hành chính công phường"],
             "tf": "Trước ngày 31/12/2025"},
            {"stt": "4.2", "text": "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường",
             "lead": ["Phòng Kinh tế, Hạ tầng và Đô thị"], "coop": [_VH], "tf": "Hằng năm"},
        ]},
    ],
    "plan": {"number": "112/KH-UBND", "date": "2025-09-19", "level": "commune", "locality": "Trấn Biên",
             "signer": "Trương Thị Mỹ Linh", "focal_agency": "Phòng Văn hóa - Xã hội",
             "parent": {"number": "215/KH-UBND", "date": "2025-08-28"},
             "reporting": ["trước ngày 05/6", "trước ngày 05/12", "trước ngày 10/6", "trước ngày 10/12"]},
}

# ================================================================ 11: Đồng Phú district (Bình Phước), June 2025 (L9)
_XTT2 = "UBND các xã, thị trấn"
D11 = {
    "name": "11_dongphu_kh176", "layout": "L9",
    "issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỒNG PHÚ"],
    "number_line": "Số: 176/KH-UBND",
    "date_line": "Đồng Phù, ngày 23 tháng 6 năm 2025",
    "title": ["KẾ HOẠCH",
              "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện Đồng Phú"],
    "body": [
        ("p", "Thực hiện Kế hoạch số 185/KH-UBND ngày 15/5/2025 của UBND tỉnh Bình Phước về thực hiện Quyết định "
              "số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban "
              "về quyền trẻ em của Liên hợp quốc, UBND huyện Đồng Phú ban hành Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "Triển khai đồng bộ các nhiệm vụ được giao; chú trọng trẻ em đồng bào S'tiêng, trẻ em là con công nhân "
              "các nông trường cao su; bảo đảm các nhiệm vụ được tiếp tục thực hiện sau khi sắp xếp đơn vị hành chính "
              "cấp xã và kết thúc hoạt động của chính quyền cấp huyện."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("item", "1", "Rà soát, đề xuất hoàn thiện chính sách đối với trẻ em trên địa bàn huyện."),
        ("item", "2", "Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em."),
        ("item", "3", "Nâng cao năng lực, tăng cường phối hợp liên ngành trong bảo vệ trẻ em."),
        ("item", "4", "Phát triển các dịch vụ bảo đảm thực hiện quyền trẻ em."),
        ("item", "5", "Kiểm tra việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em."),
        ("item", "6", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em."),
        ("p", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ"),
        ("p", "Ngân sách huyện, ngân sách xã bố trí trong dự toán của các cơ quan, đơn vị; lồng ghép các chương "
              "trình mục tiêu quốc gia và nguồn huy động hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Y tế: Chủ trì theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; báo cáo UBND huyện và "
              "Sở Y tế tỉnh Bình Phước định kỳ 6 tháng (trước ngày 12/6), hằng năm (trước ngày 08/12)."),
        ("p", "2. Các cơ quan, đơn vị và UBND các xã, thị trấn: Căn cứ Phụ lục xây dựng kế hoạch thực hiện; báo cáo "
              "kết quả về Phòng Y tế trước ngày 05/6 và trước ngày 01/12 hằng năm."),
        ("p", "3. Sau khi chính quyền cấp huyện kết thúc hoạt động, Ủy ban nhân dân các xã, phường mới tiếp tục thực "
              "hiện các nhiệm vụ của Kế hoạch này trên địa bàn và báo cáo Sở Y tế theo hướng dẫn."),
        ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
              "huyện Đồng Phú./."),
    ],
    "recipients": ["- Sở Y tế tỉnh Bình Phước;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, PCT UBND huyện;",
                   "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."],
    "sign_block": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer_line": "Điểu Minh Tâm",
    "appendix_title": ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM",
                       "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN HUYỆN ĐỒNG PHÚ"],
    "appendix_note": "(Kèm theo Kế hoạch số 176/KH-UBND ngày 23/6/2025 của UBND huyện Đồng Phú)",
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "widths": [1.2 * cm, 6.6 * cm, 3.2 * cm, 3.7 * cm, 2.5 * cm],
    "groups": [
        {"num": "I", "title": "Hoàn thiện chính sách", "rows": [
            {"stt": "1", "text": "Rà soát việc thực hiện chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt; đề xuất sửa "
                                 "đổi, bổ sung cho phù hợp",
             "lead": ["Phòng Y tế"], "coop": ["Phòng Tư pháp", "Phòng Tài chính - Kế hoạch"], "tf": "Năm 2025"},
        ]},
        {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "1", "text": "Tuyên truyền Luật Trẻ em, phòng, chống xâm hại trẻ em bằng tiếng Việt và tiếng "
                                 "S'tiêng trên hệ thống truyền thanh",
             "lead": ["Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"],
             "coop": ["Phòng Văn hóa, Khoa học và Thông tin", _XTT2], "tf": "Thường xuyên"},
            {"stt": "2", "text": "Giáo dục kỹ năng sống, kỹ năng tự bảo vệ, phòng, chống bạo lực học đường cho học sinh",
             "lead": ["Phòng Giáo dục và Đào tạo"], "coop": ["Huyện đoàn"], "tf": "Năm học 2025 - 2026"},
        ]},
        {"num": "III", "title": "Nâng cao năng lực, phối hợp liên ngành", "rows": [
            {"stt": "1", "text": "Tập huấn nghiệp vụ bảo vệ trẻ em, quản lý trường hợp cho cán bộ cấp xã và cộng tác viên",
             "lead": ["Phòng Y tế"], "coop": [_XTT2], "tf": "Quý III/2025"},
            {"stt": "2", "text": "Điều tra, xử lý các vụ việc xâm hại trẻ em theo hướng thân thiện với trẻ em",
             "lead": ["Công an huyện"], "coop": ["Viện Kiểm sát nhân dân huyện", "Tòa án nhân dân huyện"],
             "tf": "Hằng năm"},
        ]},
        {"num": "IV", "title": "Phát triển các dịch vụ bảo đảm quyền trẻ em", "rows": [
            {"stt": "1", "text": "Chăm sóc sức khỏe ban đầu, tiêm chủng, phòng, chống suy dinh dưỡng cho trẻ em",
             "lead": ["Trung tâm Y tế huyện"], "coop": ["Phòng Y tế", _XTT2], "tf": "Hằng năm"},
            {"stt": "2", "text": "Hỗ trợ phát triển nhóm trẻ, lớp mẫu giáo cho con công nhân tại các nông trường cao su",
             "lead": ["Phòng Y tế", "Phòng Giáo dục và Đào tạo"], "lead_cell": "Phòng Y tế;\nPhòng Giáo dục và Đào tạo",
             "coop": ["các công ty cao su trên địa bàn huyện"], "tf": "2025 - 2026"},
            {"stt": "3", "text": "Phòng, chống tảo hôn, hôn nhân cận huyết thống trong đồng bào S'tiêng",
             "lead": ["Phòng Dân tộc và Tôn giáo"], "coop": ["Phòng Tư pháp", "Hội Liên hiệp Phụ nữ huyện"],
             "tf": "Giai đoạn 2025-2030"},
        ]},
        {"num": "V", "title": "Kiểm tra; cơ sở dữ liệu về trẻ em", "rows": [
            {"stt": "1", "text": "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các xã, thị trấn",
             "lead": ["Phòng Y tế"], "coop": ["Các cơ quan, đơn vị liên quan"], "tf": "Quý IV/2025"},
            {"stt": "2", "text": "Cập nhật dữ liệu trẻ em trên phần mềm, bảo đảm khớp với cơ sở dữ liệu quốc gia về dân cư",
             "lead": [_XTT2], "coop": ["Công an huyện", "Phòng Y tế"], "tf": "Trước ngày 30/9/2025"},
        ]},
        {"num": "VI", "title": "Kinh phí thực hiện", "rows": [
            {"stt": "", "text": "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách",
             "lead": ["Phòng Tài chính - Kế hoạch"], "coop": ["Phòng Y tế"], "tf": "Hằng năm"},
        ]},
    ],
    "plan": {"number": "176/KH-UBND", "date": "2025-06-23", "level": "district", "locality": "Đồng Phú",
             "signer": "Điểu Minh Tâm", "focal_agency": "Phòng Y tế",
             "parent": {"number": "185/KH-UBND", "date": "2025-05-15"},
             "reporting": ["trước ngày 12/6", "trước ngày 08/12", "trước ngày 05/6", "trước ngày 01/12"]},
}

# ================================================================ 12: Bắc Ninh (merged province), July 2025 (L10 .xlsx)
_XP = "UBND các xã, phường"
D12 = {
    "name": "12_bacninh_kh203", "layout": "L10",
    "fields": [
        ("Số", "203/KH-UBND"),
        ("Ngày", "22/07/2025"),
        ("Loại văn bản", "Kế hoạch"),
        ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Bắc Ninh "
                      "(sau hợp nhất)"),
        ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Bắc Ninh"),
        ("Cấp", "tỉnh"),
        ("Địa bàn", "Bắc Ninh"),
        ("Thuộc tỉnh", ""),
        ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
        ("Căn cứ", "Kế hoạch số 1342/KH-UBND ngày 18/3/2025 của UBND tỉnh Bắc Ninh"),
        ("Căn cứ", "Kế hoạch số 2087/KH-UBND ngày 27/5/2025 của UBND tỉnh Bắc Giang"),
        ("Căn cứ", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh"),
        ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
        ("Người ký", "Trịnh Hữu Nghị"),
        ("Chức vụ người ký", "Phó Chủ tịch"),
        ("Cơ quan đầu mối", "Sở Y tế"),
        ("Ghi chú", "Thay thế các kế hoạch của tỉnh Bắc Ninh và tỉnh Bắc Giang (cũ); nhiệm vụ chưa hoàn thành được "
                    "chuyển tiếp vào Kế hoạch này"),
        ("Người nhập", "Phòng Bảo trợ xã hội - Sở Y tế"),
    ],
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"],
    "groups": [
        {"num": "I", "title": "Hoàn thiện thể chế, chính sách", "rows": [
            {"stt": "1", "text": "Rà soát, thống nhất các chính sách hỗ trợ trẻ em do tỉnh Bắc Ninh và tỉnh Bắc Giang "
                                 "(cũ) ban hành; đề xuất chính sách áp dụng chung sau hợp nhất",
             "lead": ["Sở Y tế"], "coop": ["Sở Tư pháp", "Sở Tài chính"], "tf": "Quý IV/2025",
             "note": "Trình HĐND tỉnh kỳ họp cuối năm"},
            {"stt": "2", "text": "Góp ý dự thảo văn bản quy phạm pháp luật về trẻ em khi có đề nghị",
             "lead": ["Sở Tư pháp"], "coop": ["Sở Y tế"], "tf": "Theo đề nghị của Bộ Tư pháp", "note": ""},
        ]},
        {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "1", "text": "Truyền thông về quyền trẻ em, phòng, chống bạo lực, xâm hại trẻ em trên báo chí, "
                                 "mạng xã hội và hệ thống thông tin cơ sở",
             "lead": ["Sở Văn hóa, Thể thao và Du lịch"],
             "coop": ["Báo và Phát thanh, Truyền hình Bắc Ninh", "Sở Y tế"], "tf": "Thường xuyên", "note": ""},
            {"stt": "2", "text": "Giáo dục quyền và bổn phận của trẻ em, kỹ năng phòng, chống xâm hại trong trường học",
             "lead": ["Sở Giáo dục và Đào tạo"], "coop": ["Tỉnh đoàn"], "tf": "Năm học 2025 - 2026", "note": ""},
        ]},
        {"num": "III", "title": "Nâng cao năng lực, phối hợp liên ngành", "rows": [
            {"stt": "1", "text": "Tập huấn nghiệp vụ công tác trẻ em cho công chức Phòng Văn hóa - Xã hội các xã, "
                                 "phường mới",
             "lead": ["Sở Y tế"], "coop": [_XP], "tf": "Quý IV/2025", "note": "Ưu tiên cán bộ mới được bố trí"},
            {"stt": "2", "text": "Điều tra, xử lý các vụ việc xâm hại trẻ em bảo đảm thân thiện với trẻ em",
             "lead": ["Công an tỉnh"], "coop": ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"],
             "tf": "Hằng năm", "note": ""},
        ]},
        {"num": "IV", "title": "Phát triển hệ thống dịch vụ bảo đảm quyền trẻ em", "rows": [
            {"stt": "1", "text": "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em có hoàn cảnh đặc biệt",
             "lead": ["Sở Y tế"], "coop": [_XP], "tf": "Thường xuyên hằng năm", "note": ""},
            {"stt": "2", "text": "Phát triển nhà trẻ, lớp mẫu giáo cho con công nhân tại các khu công nghiệp; bảo đảm "
                                 "giáo dục hòa nhập cho trẻ em khuyết tật",
             "lead": ["Sở Giáo dục và Đào tạo", "Ban Quản lý các khu công nghiệp tỉnh"],
             "coop": ["UBND các xã, phường có khu công nghiệp"], "tf": "2025 - 2030", "note": ""},
            {"stt": "3", "text": "Giảm thiểu tảo hôn, hôn nhân cận huyết thống tại các xã vùng đồng bào dân tộc thiểu số",
             "lead": ["Sở Dân tộc và Tôn giáo"],
             "coop": ["Hội Liên hiệp Phụ nữ tỉnh", "UBND các xã vùng đồng bào dân tộc thiểu số"],
             "tf": "Giai đoạn 2026-2030", "note": "Chuyển tiếp từ kế hoạch của tỉnh Bắc Giang (cũ)"},
        ]},
        {"num": "V", "title": "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", "rows": [
            {"stt": "1", "text": "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về trẻ em",
             "lead": ["Sở Y tế"], "coop": ["Thanh tra tỉnh"], "tf": "Hằng năm", "note": ""},
            {"stt": "2", "text": "Hợp nhất, làm sạch dữ liệu trẻ em của các xã, phường sau sắp xếp trên phần mềm cơ sở "
                                 "dữ liệu về trẻ em",
             "lead": [_XP], "coop": ["Công an tỉnh", "Sở Y tế"], "tf": "Trước ngày 31/12/2025", "note": ""},
        ]},
        {"num": "VI", "title": "Bố trí kinh phí", "rows": [
            {"stt": "1", "text": "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh",
             "lead": ["Sở Tài chính"], "coop": ["Sở Y tế"], "tf": "Hằng năm", "note": ""},
            {"stt": "2", "text": "Vận động doanh nghiệp, nhà tài trợ hỗ trợ trẻ em có hoàn cảnh khó khăn",
             "lead": ["Sở Y tế"], "coop": ["Ủy ban MTTQ Việt Nam tỉnh"], "tf": None, "note": ""},
        ]},
        {"num": "VII", "title": "Hợp tác quốc tế", "rows": [
            {"stt": "", "text": "Phối hợp với các tổ chức quốc tế triển khai các dự án hỗ trợ trẻ em trên địa bàn tỉnh",
             "lead": ["Sở Y tế"], "coop": ["Văn phòng UBND tỉnh", "Sở Tài chính"], "tf": "2025 - 2030", "note": ""},
        ]},
    ],
    "plan": {"number": "203/KH-UBND", "date": "2025-07-22", "level": "province", "locality": "Bắc Ninh",
             "signer": "Trịnh Hữu Nghị", "focal_agency": "Sở Y tế", "parent": Q27},
}

# ================================================================ 13: phường Thục Phán (Cao Bằng), October 2025 (L10 .csv)
_VH2 = "Phòng Văn hóa - Xã hội"
D13 = {
    "name": "13_thucphan_thang10", "layout": "L10",
    "fields": [
        ("Loại văn bản", "Kế hoạch"),
        ("Số", "     /KH-UBND"),
        ("Ngày", "10/2025"),
        ("Cơ quan ban hành", "Ủy ban nhân dân phường Thục Phán"),
        ("Trích yếu", "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                      "phường Thục Phán"),
        ("Cấp", "xã"),
        ("Địa bàn", "Thục Phán"),
        ("Thuộc tỉnh", "Cao Bằng"),
        ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
        ("Căn cứ", "Kế hoạch số 310/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Cao Bằng"),
        ("Triển khai", "Kế hoạch số 310/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Cao Bằng"),
        ("Người ký", "Bế Thị Hồng Vân"),
        ("Chức vụ người ký", "Chủ tịch"),
        ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
        ("Trạng thái", "Dự thảo lấy ý kiến"),
    ],
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"],
    "groups": [
        {"num": "1", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            {"stt": "a", "text": "Tuyên truyền Luật Trẻ em, kiến thức phòng, chống xâm hại trẻ em tại các tổ dân phố "
                                 "bằng tiếng phổ thông và tiếng Tày, Nùng",
             "lead": [_VH2], "coop": ["Ủy ban MTTQ Việt Nam phường", "các tổ dân phố"], "tf": "Thường xuyên",
             "note": ""},
            {"stt": "b", "text": "Tuyên truyền kỹ năng an toàn trên môi trường mạng cho học sinh trung học cơ sở",
             "lead": ["Công an phường"], "coop": [_VH2], "tf": "Quý IV/2025", "note": ""},
            {"stt": "c", "text": "Tổ chức Diễn đàn trẻ em phường, lắng nghe ý kiến của trẻ em về an toàn trường học",
             "lead": ["Đoàn Thanh niên phường"], "coop": ["các trường trung học cơ sở trên địa bàn phường"],
             "tf": "Tháng 6/2026", "note": "Gắn với Tháng hành động vì trẻ em"},
        ]},
        {"num": "2", "title": "Bảo vệ, chăm sóc trẻ em", "rows": [
            {"stt": "a", "text": "Kiện toàn nhóm thường trực bảo vệ trẻ em phường; công khai số điện thoại đường dây nóng",
             "lead": [_VH2], "coop": ["Công an phường", "Trạm Y tế phường"], "tf": "Trước ngày 30/11/2025",
             "note": "Sau sắp xếp đơn vị hành chính"},
            {"stt": "b", "text": "Khám sức khỏe, tiêm chủng, theo dõi tăng trưởng cho trẻ em dưới 6 tuổi",
             "lead": ["Trạm Y tế phường"], "coop": ["các trường mầm non trên địa bàn phường"], "tf": "Hằng năm",
             "note": ""},
            {"stt": "c", "text": "Phòng, chống đuối nước trẻ em dọc sông Bằng Giang, sông Hiến",
             "lead": ["Ban Chỉ huy Quân sự phường", "Công an phường"], "coop": ["các tổ dân phố ven sông"],
             "tf": "Tháng 5 - tháng 8 hằng năm", "note": ""},
            {"stt": "d", "text": "Giải quyết chính sách trợ giúp xã hội cho trẻ em có hoàn cảnh đặc biệt",
             "lead": [_VH2], "coop": ["Văn phòng HĐND và UBND phường"], "tf": "Thường xuyên hằng năm",
             "note": ""},
        ]},
        {"num": "3", "title": "Kiểm tra, dữ liệu và kinh phí", "rows": [
            {"stt": "a", "text": "Kiểm tra điều kiện bảo đảm an toàn cho trẻ em tại các nhóm trẻ độc lập, tư thục",
             "lead": [_VH2], "coop": ["Trạm Y tế phường", "Công an phường"], "tf": "Quý I/2026", "note": ""},
            {"stt": "b", "text": "Cập nhật, chuẩn hóa dữ liệu trẻ em trên phần mềm cơ sở dữ liệu về trẻ em",
             "lead": [_VH2], "coop": ["Công an phường"], "tf": "Trước ngày 31/12/2025",
             "note": "Báo cáo Sở Y tế trước ngày 05/01/2026"},
            {"stt": "c", "text": "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường",
             "lead": ["Phòng Kinh tế, Hạ tầng và Đô thị"], "coop": [_VH2],
             "tf": "Năm 2026 và các năm tiếp theo", "note": ""},
        ]},
    ],
    "plan": {"number": None, "date": "2025-10", "level": "commune", "locality": "Thục Phán",
             "signer": "Bế Thị Hồng Vân", "focal_agency": "Phòng Văn hóa - Xã hội",
             "parent": {"number": "310/KH-UBND", "date": "2025-02-10"}},
}

# ================================================================ main
def main():
    results = []
    results.append(make_l1(D01, build_l1a))
    results.append(make_l1(D02, build_l1b))
    results.append(make_l1(D03, build_l1c))
    results.append(make_docx(D10))
    results.append(make_pdf(D11))
    results.append(make_xlsx(D12))
    results.append(make_csv(D13))
    total = 0
    for fname, n in results:
        print(f"{fname}: {n} tasks")
        total += n
    print("total", total)


if __name__ == "__main__":
    main()
