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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from plankg.text import PARAGRAPH_BREAK, squash
from plankg.text import fold as _fold

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
            # A line break inside a paragraph (the signature's "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")
            # parts lines as a paragraph break does.
            paragraphs = [line for p in cell.paragraphs for line in p.text.split("\n")]
            cells.append("" if merged_from_above else _cell(paragraphs))
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
                for box, row_text in _open_rows(page, table):
                    boxes.append(box)
                    after = box[3] > table.bbox[1]  # a row's head at a page's foot, or its tail
                    items.append((box[1], position * 10_000 + (9_999 if after else -1), row_text))
            outside = page.filter(_outside(boxes))
            previous_bottom: float | None = None
            for top, bottom, order, text in _signature_columns(_text_lines(outside)):
                edge = top < page.height * 0.06 or top > page.height * 0.92
                if edge and _PAGE_NUMBER.match(text):
                    continue  # page numbers in the margins are not part of the text
                gap = top - previous_bottom if previous_bottom is not None else 0.0
                if order == 0 and gap > 0.45 * (bottom - top):
                    # More space than between the lines of a paragraph: a paragraph ends here. A
                    # line of one space is how the text view marks it (see loaders.paragraphs).
                    items.append((top - 0.01, 0, " "))
                previous_bottom = bottom
                items.append((top, order, text))
            for _, _, text in sorted(items, key=lambda item: (item[0], item[1])):
                if "\t" in text:
                    # A table continued on the next page repeats its header: keep it once. The
                    # rest of a row split across the pages may share the header's cells (no rule
                    # between them): it is kept without the header's words.
                    if header is None and _looks_like_header(text):
                        header = text
                    elif text == header:
                        continue
                    elif header is not None and (rest := _after_header(text, header)) is not None:
                        if not rest.strip():
                            continue
                        text = rest
                lines.append(text)
    if not any(line.strip() for line in lines):
        raise DocumentError(name, None, "the PDF has no text layer (a scanned image?): run OCR on it first")
    return "\n".join(lines)


Box = tuple[float, float, float, float]
# Words further apart than this (in points, about four spaces) on one line belong to side-by-side
# blocks of the layout, not to one sentence.
_COLUMN_GAP = 15.0


@dataclass
class _TextLine:
    top: float
    bottom: float
    segments: list[tuple[float, float, str]]  # (x0, x1, text) of the pieces a wide gap separates

    @property
    def text(self) -> str:
        return " ".join(text for _, _, text in self.segments)


def _text_lines(page: Any) -> list[_TextLine]:
    lines: list[_TextLine] = []
    for line in page.extract_text_lines(keep_blank_chars=False, return_chars=True):
        chars = [char for char in line["chars"] if char["text"].strip()]
        segments: list[list[dict[str, Any]]] = []
        for char in chars:
            if segments and float(char["x0"]) - float(segments[-1][-1]["x1"]) <= _COLUMN_GAP:
                segments[-1].append(char)
            else:
                segments.append([char])
        pieces = [(float(seg[0]["x0"]), float(seg[-1]["x1"]), _words(seg)) for seg in segments]
        pieces = pieces or [(0.0, 0.0, line["text"])]
        lines.append(_TextLine(float(line["top"]), float(line["bottom"]), pieces))
    return lines


def _words(chars: list[dict[str, Any]]) -> str:
    """The text of a run of characters, a space where the gap between two is a space's width."""
    text = ""
    for previous, char in zip([None, *chars[:-1]], chars, strict=True):
        if previous is not None and float(char["x0"]) - float(previous["x1"]) > 0.15 * float(char["size"]):
            text += " "
        text += char["text"]
    return text


def _signature_columns(lines: list[_TextLine]) -> list[tuple[float, float, int, str]]:
    """(top, bottom, order, text) of each line, with the recipients ("Nơi nhận:") and the signature
    beside them (Decree 30/2020/NĐ-CP, the layout of an administrative document's foot) read one
    column after the other instead of line by line across both."""
    result: list[tuple[float, float, int, str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if not _fold(line.segments[0][2]).startswith("noi nhan"):
            result.append((line.top, line.bottom, 0, line.text))
            index += 1
            continue
        split = _column_split(lines[index:])
        left: list[str] = []
        right: list[str] = []
        while index < len(lines):
            segments = lines[index].segments
            if any(x0 < split < x1 for x0, x1, _ in segments):
                break  # a line across both columns: the block has ended
            left += [text for x0, _, text in segments if x0 < split]
            right += [text for x0, _, text in segments if x0 >= split]
            index += 1
        result += [(line.top, line.bottom, order, text) for order, text in enumerate([*left, *right], 1)]
    return result


def _column_split(lines: list[_TextLine]) -> float:
    """Where the recipients' column ends and the signature's begins: just left of where the
    signature's lines start, the leftmost of them (they are centred, so each starts elsewhere, and
    a long recipient may run past the middle of the gap of the first line); else halfway across
    the text."""
    pairs = [line.segments for line in lines[:40] if len(line.segments) >= 2]
    if pairs:
        middle = (pairs[0][0][1] + pairs[0][1][0]) / 2
        return min(segments[1][0] for segments in pairs if segments[1][0] >= middle) - 1
    edges = [x for line in lines for x0, x1, _ in line.segments for x in (x0, x1)]
    return (min(edges) + max(edges)) / 2


def _open_rows(page: Any, table: Any) -> list[tuple[Box, str]]:
    """The part of a row split across pages that the table finder leaves out: a row with no
    ruling line below it (at the foot of a page) or above it (at the head of the next page).
    Its column lines run on past the table, so the words between them are read as its cells."""
    columns = sorted({round(x, 1) for cell in table.cells for x in (cell[0], cell[2])})
    if len(columns) < 3:
        return []
    x0, top, x1, bottom = table.bbox
    below: float = bottom
    above: float = top
    for edge in page.edges:
        if edge["orientation"] != "v" or not any(abs(float(edge["x0"]) - x) < 1.5 for x in columns):
            continue
        if float(edge["top"]) >= bottom - 1 and float(edge["bottom"]) > bottom + 2:
            below = max(below, float(edge["bottom"]))
        if float(edge["bottom"]) <= top + 1 and float(edge["top"]) < top - 2:
            above = min(above, float(edge["top"]))
    rows: list[tuple[Box, str]] = []
    for box in ((x0, bottom, x1, below), (x0, above, x1, top)):
        if box[3] - box[1] < 2:
            continue
        words = page.within_bbox(box).extract_words(keep_blank_chars=False)
        if not words:
            continue
        lines: list[list[list[str]]] = []  # line -> column -> words
        last_top: float | None = None
        for word in sorted(words, key=lambda w: (round(float(w["top"])), float(w["x0"]))):
            if last_top is None or float(word["top"]) - last_top > 2:
                lines.append([[] for _ in columns[:-1]])
                last_top = float(word["top"])
            centre = (float(word["x0"]) + float(word["x1"])) / 2
            column = max(0, min(len(columns) - 2, sum(centre > x for x in columns) - 1))
            lines[-1][column].append(word["text"])
        cells = [_cell([" ".join(line[column]) for line in lines]) for column in range(len(columns) - 1)]
        rows.append((box, "\t".join(cells)))
    return rows


def _outside(boxes: list[Box]) -> Callable[[dict[str, Any]], bool]:
    """A filter keeping the page objects whose centre lies outside every table."""

    def keep(obj: dict[str, Any]) -> bool:
        x = (float(obj.get("x0", 0)) + float(obj.get("x1", 0))) / 2
        y = (float(obj.get("top", 0)) + float(obj.get("bottom", 0))) / 2
        return not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)

    return keep


def _after_header(row: str, header: str) -> str | None:
    """The row without the header's text, if each of its cells starts with the header's cell."""
    cells, names = row.split("\t"), header.split("\t")
    if len(cells) != len(names):
        return None
    rest: list[str] = []
    for cell, name in zip(cells, names, strict=True):
        if cell == name:
            rest.append("")
        elif name and cell.startswith((name + PARAGRAPH_BREAK, name + " ")):
            rest.append(cell[len(name) + 1 :])
        else:
            return None
    return "\t".join(rest)


def _looks_like_header(row: str) -> bool:
    key = _fold(row)
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
