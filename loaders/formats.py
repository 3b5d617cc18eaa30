"""The files officials hold, turned into a text view the loaders read: .txt, .md, .docx, .pdf.

A Word document or a PDF becomes numbered lines: one line per paragraph (a blank line between
paragraphs of a Word document), and each table row as one line of tab-separated cells, with the
paragraphs inside a cell kept apart (PARAGRAPH_BREAK). Tables are read as tables: a Word table
from its cells (merged cells counted once), a PDF table from its ruling lines (pdfplumber). The
line numbers a value records for such a file are those of this view, which ``plankg extract
--format lines`` prints, so anyone can check a value against it.
Spreadsheets (task sheets) have their own reader, ``loaders.sheets``.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from plankg.text import PARAGRAPH_BREAK, squash

from .model import DocumentError

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
DOCUMENT_SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".pdf")
SHEET_SUFFIXES = (".xlsx", ".csv")
ALL_SUFFIXES = (*DOCUMENT_SUFFIXES, *SHEET_SUFFIXES)
_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$|^\s*(?:Trang|Page)\s+\d+(?:\s*/\s*\d+)?\s*$", re.I
)


def _cell(paragraphs: list[str]) -> str:
    return PARAGRAPH_BREAK.join(squash(text) for text in paragraphs if squash(text)).replace("\t", " ")


# -- Word ------------------------------------------------------------------------------------------


def docx_view(data: bytes, name: str) -> str:
    """The paragraphs and tables of a .docx body, in order."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise DocumentError(name, None, f"not a readable Word document (.docx): {error}") from None
    except Exception as error:  # a damaged zip or XML raises several kinds of errors
        raise DocumentError(name, None, f"not a readable Word document (.docx): {error}") from None
    lines: list[str] = []
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(element, document).text
            lines.extend([*text.split("\n"), ""] if text.strip() else [])
        elif tag == "tbl":
            lines.extend([*_docx_table(Table(element, document)), ""])
    return "\n".join(lines)


def _docx_table(table: Any) -> list[str]:
    """A data table as tab-separated rows; a layout table (the header's issuer and motto side by
    side, the recipients beside the signature) as the paragraphs of its cells, column by column."""
    rows: list[list[str]] = []
    above: list[object] = []
    for row in table.rows:
        cells = []
        seen: list[object] = []
        for column, cell in enumerate(row.cells):
            if cell._tc in seen:
                continue  # a cell merged across columns is read once
            seen.append(cell._tc)
            merged_from_above = column < len(above) and above[column] is cell._tc
            cells.append("" if merged_from_above else _cell([p.text for p in cell.paragraphs]))
        above = [cell._tc for cell in row.cells]
        rows.append(cells)
    if rows and _looks_like_header("\t".join(rows[0])):
        return ["\t".join(cells) for cells in rows]
    lines: list[str] = []
    width = max((len(cells) for cells in rows), default=0)
    for column in range(width):
        for cells in rows:
            if column < len(cells) and cells[column]:
                lines.extend([*cells[column].split(PARAGRAPH_BREAK), ""])
    return lines


# -- PDF -------------------------------------------------------------------------------------------


def pdf_view(data: bytes, name: str) -> str:
    """The text layer of a PDF, top to bottom on each page, with ruled tables read as tables."""
    import pdfplumber

    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as error:  # pdfminer raises many kinds of syntax errors
        raise DocumentError(name, None, f"not a readable PDF: {error}") from None
    lines: list[str] = []
    header: str | None = None
    with pdf:
        for page in pdf.pages:
            items: list[tuple[float, int, str]] = []
            tables = page.find_tables()
            boxes = [table.bbox for table in tables]
            for position, table in enumerate(tables):
                for offset, row in enumerate(table.extract()):
                    cells = [_cell((cell or "").split("\n")) for cell in row]
                    items.append((table.bbox[1], position * 10_000 + offset, "\t".join(cells)))
            outside = page.filter(_outside(boxes))
            previous_bottom: float | None = None
            for text_line in outside.extract_text_lines(keep_blank_chars=False):
                top, bottom = float(text_line["top"]), float(text_line["bottom"])
                text = text_line["text"]
                edge = top < page.height * 0.06 or top > page.height * 0.92
                if edge and _PAGE_NUMBER.match(text):
                    continue  # page numbers in the margins are not part of the text
                if previous_bottom is not None and top - previous_bottom > 0.45 * (bottom - top):
                    # More space than between the lines of a paragraph: a paragraph ends here. A
                    # line of one space is how the text view marks it (see loaders.paragraphs).
                    items.append((top - 0.01, 0, " "))
                previous_bottom = bottom
                items.append((top, 0, text))
            for _, _, text in sorted(items, key=lambda item: (item[0], item[1])):
                if "\t" in text:
                    # A table continued on the next page repeats its header: keep it once.
                    if header is None and _looks_like_header(text):
                        header = text
                    elif text == header:
                        continue
                lines.append(text)
    if not any(line.strip() for line in lines):
        raise DocumentError(name, None, "the PDF has no text layer (a scanned image?): run OCR on it first")
    return "\n".join(lines)


Box = tuple[float, float, float, float]


def _outside(boxes: list[Box]) -> Callable[[dict[str, Any]], bool]:
    """A filter keeping the page objects whose centre lies outside every table."""

    def keep(obj: dict[str, Any]) -> bool:
        x = (float(obj.get("x0", 0)) + float(obj.get("x1", 0))) / 2
        y = (float(obj.get("top", 0)) + float(obj.get("bottom", 0))) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    return keep


def _looks_like_header(row: str) -> bool:
    from plankg.text import fold

    key = fold(row)
    return "stt" in key.split() or ("nhiem vu" in key and ("chu tri" in key or "phoi hop" in key))


# -- dispatch --------------------------------------------------------------------------------------


def text_view(path: Path, data: bytes) -> tuple[str, str | None]:
    """(format, text) of a document file; text is None for plain text files (read as they are)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return "docx", docx_view(data, path.name)
    if suffix == ".pdf":
        return "pdf", pdf_view(data, path.name)
    if suffix in TEXT_SUFFIXES:
        return "text", None
    raise DocumentError(
        path.name,
        None,
        f"unsupported file type {suffix or '(none)'}: expected one of {', '.join(ALL_SUFFIXES)}",
    )
