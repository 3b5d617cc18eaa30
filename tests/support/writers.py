"""Writing a plan as the files officials hold (.docx, .pdf, .xlsx, .csv), for round-trip tests.

A plan is given as its paragraphs (the body, in order), its foot (the recipients and, beside them,
the signature) and its appendix table (a header row and rows; a group row has its numeral and
title and empty cells). The files are written the way offices make them: the foot as two columns
of a borderless table, a Word table with group titles merged across the columns, a PDF with a
ruled table in a font that has the Vietnamese letters (Roboto, from the font-roboto package),
whose rows may be split across pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import font_roboto

from loaders.sheet_template import write_sheet
from plankg.text import BULLETS

FONT = Path(font_roboto.__file__).parent / "files" / "Roboto-Regular.ttf"
FIXED_TIME = datetime(2025, 1, 1, tzinfo=UTC)


@dataclass
class PlanParts:
    paragraphs: list[str]
    table: list[list[str]] = field(default_factory=list)  # header first
    appendix_heading: list[str] = field(default_factory=list)  # paragraphs before the table
    recipients: list[str] = field(default_factory=list)  # "Nơi nhận:" and its list, bottom left
    signature: list[str] = field(default_factory=list)  # "TM. ỦY BAN NHÂN DÂN" ... name, bottom right


def _is_group(row: list[str]) -> bool:
    return bool(row[0]) and all(not cell for cell in row[2:])


def _cell_paragraphs(text: str) -> list[str]:
    return text.split("\n") if text else [""]


def write_docx(path: Path, parts: PlanParts) -> None:
    import docx

    document = docx.Document()
    for text in parts.paragraphs:
        document.add_paragraph(text)
    if parts.recipients or parts.signature:
        foot = document.add_table(rows=1, cols=2)  # no style: a layout table without borders
        for cell, lines in zip(foot.rows[0].cells, (parts.recipients, parts.signature), strict=True):
            cell.text = lines[0] if lines else ""
            for line in lines[1:]:
                cell.add_paragraph(line)
    if parts.table:
        for text in parts.appendix_heading:
            document.add_paragraph(text)
        table = document.add_table(rows=0, cols=len(parts.table[0]))
        table.style = "Table Grid"
        for row in parts.table:
            cells = table.add_row().cells
            if _is_group(row) and row is not parts.table[0]:
                cells[0].text = row[0]
                merged = cells[1].merge(cells[-1])
                merged.text = row[1]
                continue
            for cell, text in zip(cells, row, strict=False):
                lines = _cell_paragraphs(text)
                cell.text = lines[0]
                for line in lines[1:]:
                    cell.add_paragraph(line)
    document.core_properties.created = FIXED_TIME  # the same bytes on every run
    document.save(str(path))


def write_pdf(path: Path, parts: PlanParts, split_rows: bool = False) -> None:
    """With ``split_rows``, a row that does not fit at the foot of a page goes on on the next
    (ReportLab's splitInRow), as word processors print long tables."""
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(TTFont("Roboto", str(FONT)))
    body = ParagraphStyle("body", fontName="Roboto", fontSize=11, leading=14, spaceAfter=6)
    small = ParagraphStyle("cell", fontName="Roboto", fontSize=8.5, leading=10.5)
    story: list[object] = [Paragraph(escape(text), body) for text in parts.paragraphs]
    if parts.recipients or parts.signature:
        columns = [
            [Paragraph(escape(line), body) for line in lines] for lines in (parts.recipients, parts.signature)
        ]
        story.append(Table([columns], colWidths=[120 * mm, 100 * mm]))  # no grid: a layout table
        story.append(PageBreak())
        story.extend(Paragraph(escape(text), body) for text in parts.appendix_heading)
        data = [
            [Paragraph("<br/>".join(escape(line) for line in _cell_paragraphs(cell)), small) for cell in row]
            for row in parts.table
        ]
        width = landscape(A4)[0] - 30 * mm
        share = [0.06, 0.46, 0.16, 0.20, 0.12][: len(parts.table[0])]
        scale = 1 / sum(share)
        table = Table(
            data, colWidths=[width * s * scale for s in share], repeatRows=1, splitInRow=int(split_rows)
        )
        table.setStyle(
            TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")])
        )
        story.append(table)
    document = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm, invariant=1
    )
    document.build(story)


TEMPLATE_FIELDS = (
    ("Số", "number"),
    ("Ngày", "date"),
    ("Loại văn bản", "kind"),
    ("Trích yếu", "title"),
    ("Cơ quan ban hành", "issuer"),
    ("Cấp", "level"),
    ("Địa bàn", "locality"),
    ("Thuộc tỉnh", "parent_locality"),
    ("Người ký", "signer"),
    ("Chức vụ người ký", "signer_title"),
    ("Cơ quan đầu mối", "focal_agency"),
)
LEVEL_WORDS = {"national": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"}


def sheet_metadata(plan: dict) -> list[list[str]]:  # type: ignore[type-arg]
    """The "Kế hoạch" sheet of the task-sheet template for a plan given as extract JSON."""
    rows = [["Trường", "Giá trị"]]
    for label, key in TEMPLATE_FIELDS:
        value = plan.get(key)
        if key == "level":
            value = LEVEL_WORDS[value]
        if key == "date" and value:
            parts = value.split("-")
            value = "/".join(reversed(parts))
        rows.append([label, value or ""])
    for cited in plan["implements"]:
        label = "Triển khai" if cited["direct"] else "Căn cứ"
        day = "/".join(reversed(cited["date"].split("-"))) if cited["date"] else ""
        rows.append([label, f"{cited['kind']} số {cited['number']} ngày {day} của {cited['issuer']}"])
    return rows


def write_xlsx(path: Path, metadata: list[list[str]], table: list[list[str]]) -> None:
    write_sheet(path, metadata, table)


def write_csv(path: Path, metadata: list[list[str]], table: list[list[str]]) -> None:
    write_sheet(path, metadata, table)


__all__ = ["BULLETS", "PlanParts", "sheet_metadata", "write_csv", "write_docx", "write_pdf", "write_xlsx"]
