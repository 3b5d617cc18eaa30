"""Appendix tables whose cells are delimited: tab-separated lines and Markdown pipe tables.

Both give ``TableRow``s, the same shape the PDF-text reader (``loaders.pdf_table``) gives, so the
appendix logic does not care where a table came from. Columns are recognised by their headers
("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"), not by position.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plankg.text import cell_text, fold, squash

from .model import Problem, Span
from .paragraphs import ROMAN
from .source import Line

COLUMN_ROLES = (
    ("lead", ("chu tri",)),
    ("cooperating", ("phoi hop",)),
    ("timeframe", ("thoi gian", "thoi han", "tien do")),
    ("number", ("stt", "so tt", "tt")),
    ("task", ("nhiem vu", "noi dung", "hoat dong")),
)
_ROMAN_MARKER = re.compile(rf"^(?=(?:{ROMAN})$)[IVXL]+\.?$")
_LETTER_GROUP = re.compile(r"^([A-ZĐ])\.?$")
_NUMBER_MARKER = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)\.?$")
_LETTER_ROW = re.compile(r"^([a-zđ])[.)]?$")
# The delimiter row of a pipe table: cells of dashes with optional alignment colons ("|:--:|---|",
# GitHub Flavored Markdown spec, tables extension: one dash per cell is enough).
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")


@dataclass
class Table:
    roles: list[str]
    rows: list[TableRow]
    problems: list[Problem] = field(default_factory=list)


@dataclass
class TableRow:
    marker: str  # "I" for a group, "3" for a numbered row, "" for an unnumbered row
    is_group: bool
    cells: dict[str, str] = field(default_factory=dict)  # role -> text
    span: Span = field(default_factory=lambda: Span(0, 0))


# The header of the numbers column: "STT", "TT", "Số TT", "Số thứ tự" (a line of its own in PDF text).
NUMBER_HEADER = re.compile(r"^\s*(?:STT|TT|Số\s+TT|Số\s+thứ\s+tự)(?:\s|$)", re.IGNORECASE)


def opens_with_number_header(text: str) -> bool:
    return bool(NUMBER_HEADER.match(text))


def number_header_at(texts: list[str]) -> int | None:
    """Where the numbers column's header is: a line "STT" (or "TT", "Số TT" ...), or the same word
    broken over two lines of a narrow column ("ST" / "T", "T" / "T")."""
    for index, text in enumerate(texts):
        if opens_with_number_header(text):
            return index
        following = next((t for t in texts[index + 1 : index + 3] if t.strip()), "")
        if text.strip() in ("S", "ST", "Số", "T") and following.strip() in ("T", "TT"):
            return index
    return None


def column_role(header: str) -> str:
    key = fold(header)
    for role, words in COLUMN_ROLES:
        if any(word == key or re.search(rf"\b{word}\b", key) for word in words):
            return role
    return "other"


def marker_kind(cell: str) -> tuple[str, str]:
    """("group", "IV") for a Roman numeral or a capital letter, ("row", "3") for a number ("3",
    "1.2") or a small letter ("a"), ("", "") otherwise."""
    text = squash(cell)
    if _ROMAN_MARKER.match(text):
        return "group", text.rstrip(".")
    if match := _LETTER_GROUP.match(text):
        return "group", match.group(1)
    if match := _NUMBER_MARKER.match(text) or _LETTER_ROW.match(text):
        return "row", match.group(1)
    return "", ""


def is_sub_marker(child: str, parent: str) -> bool:
    """Whether a row marker belongs under a group marker: "1.2" under "1", "a" under "1"."""
    return child.startswith(parent + ".") or bool(_LETTER_ROW.match(child))


def _assigned(row: TableRow) -> bool:
    return _has_assignees(row.cells)


def _has_assignees(cells: dict[str, str]) -> bool:
    return any(cells.get(role) for role in ("lead", "cooperating", "timeframe"))


def mark_numbered_groups(rows: list[TableRow]) -> None:
    """Groups numbered like rows ("1", "2" over "1.1", "1.2" or "a", "b"): a numbered row with
    only a title, followed by rows numbered under it (or by one unnumbered row with assignees),
    is a group, not a task without assignees."""
    for row, following in zip(rows, [*rows[1:], None], strict=True):
        if row.is_group or not row.marker or _assigned(row) or following is None:
            continue
        under = is_sub_marker(following.marker, row.marker)
        if under or (not following.marker and _assigned(following)):
            row.is_group = True


def is_delimited_header(line: Line) -> bool:
    cells = split_cells(line)
    roles = {column_role(cell) for cell in cells}
    return len(cells) >= 3 and "task" in roles and bool(roles & {"lead", "cooperating", "number"})


def split_cells(line: Line) -> list[str]:
    text = line.text
    if "\t" in text:
        return [cell_text(cell) for cell in text.split("\t")]
    stripped = text.strip()
    if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
        return [cell_text(cell) for cell in stripped[1:-1].split("|")]
    return []


_GROUP_IN_ONE_CELL = re.compile(
    rf"^\s*(?P<marker>(?=(?:{ROMAN})[.)]?\s)[IVXL]+|[A-ZĐ])[.)]?\s+(?P<title>\S.*)$"
)


def read_delimited_table(lines: list[Line]) -> Table | None:
    """The column roles and rows of the first delimited table in ``lines``, or None if there is none.

    A row merged into one cell ("I. NGHIÊN CỨU, RÀ SOÁT ...") is a group. Any other line inside
    the table that is not a row is reported, never glued to a row or dropped in silence.
    """
    header_at = next((i for i, line in enumerate(lines) if is_delimited_header(line)), None)
    if header_at is None:
        return None
    roles = [column_role(cell) for cell in split_cells(lines[header_at])]
    rows: list[TableRow] = []
    problems: list[Problem] = []
    for line in lines[header_at + 1 :]:
        if line.blank or _PIPE_SEPARATOR.match(line.text):
            continue
        cells = split_cells(line)
        filled = [cell for cell in cells if cell] or [line.stripped]  # a row merged into one cell
        if len(filled) == 1 and (group := _GROUP_IN_ONE_CELL.match(filled[0])):
            title = group.group("title")
            rows.append(
                TableRow(group.group("marker"), True, {"task": title}, Span(line.number, line.number))
            )
            continue
        if not cells:
            problems.append(
                Problem(line.number, f"a line inside the task table is not a row: {line.stripped[:80]!r}")
            )
            continue
        if len(cells) > len(roles) and any(cells[len(roles) :]):
            problems.append(
                Problem(line.number, f"the row has {len(cells)} cells but the table header has {len(roles)}")
            )
        values = dict(zip(roles, cells + [""] * (len(roles) - len(cells)), strict=False))
        marker_cell = values.pop("number", "") if "number" in roles else cells[0]
        kind, marker = marker_kind(marker_cell)
        content = {role: text for role, text in values.items() if role != "other" and text}
        if kind == "group":
            rows.append(TableRow(marker, True, content, Span(line.number, line.number)))
        elif kind == "row" or (
            content
            and (not rows or rows[-1].is_group or (not _assigned(rows[-1]) and _has_assignees(content)))
        ):
            rows.append(TableRow(marker, False, content, Span(line.number, line.number)))
        elif content and rows:
            # No number and a row above: the rest of that row, split over two lines.
            for role, text in content.items():
                rows[-1].cells[role] = squash(f"{rows[-1].cells.get(role, '')} {text}")
            rows[-1].span = rows[-1].span.union(Span(line.number, line.number))
    mark_numbered_groups(rows)
    return Table(roles, rows, problems + numbering_problems(rows))


def numbering_problems(rows: list[TableRow]) -> list[Problem]:
    """Rows whose numbers skip or repeat within a group: a row may have been lost in reading."""
    problems: list[Problem] = []
    previous: int | None = None
    for row in rows:
        if row.is_group:
            previous = None
            continue
        number = row.marker.rsplit(".", 1)[-1]
        if not number.isdigit():
            continue
        if previous is not None and int(number) != previous + 1:
            expected = previous + 1
            problems.append(
                Problem(row.span.first, f"row {row.marker} follows row {previous}: expected row {expected}")
            )
        previous = int(number)
    return problems
