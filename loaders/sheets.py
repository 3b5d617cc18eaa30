"""Task sheets: a plan kept in a spreadsheet (.xlsx) or CSV, following the template in the README.

The template: a sheet "Kế hoạch" of (Trường | Giá trị) rows with the plan's metadata, and a sheet
"Nhiệm vụ" with the task table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
thực hiện; group rows carry a numeral and a title). A CSV holds both blocks, the metadata rows first,
then an empty row, then the table. Values are read exactly as fields, not guessed from prose.

The lines a value records are those of the sheet's text view (``plankg extract --format lines``):
each sheet's name, then its rows as tab-separated cells, numbered from 1 across the workbook.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from pathlib import Path

from plankg.text import PARAGRAPH_BREAK, fold, join_fragments, nfc, squash

from .citations import find_citations, parse_date
from .gazetteer import Gazetteer
from .metadata import cited_plan, mark_direct
from .model import CitedPlan, DocumentError, PlanDocument, PlanMeta, Span
from .plan_tasks import rows_to_tasks
from .tables import TableRow, column_role, mark_numbered_groups, marker_kind

FIELDS = {
    "so": "number",
    "so ky hieu": "number",
    "ngay": "date",
    "ngay ban hanh": "date",
    "loai van ban": "kind",
    "trich yeu": "title",
    "tieu de": "title",
    "co quan ban hanh": "issuer",
    "cap": "level",
    "dia ban": "locality",
    "thuoc tinh": "parent_locality",
    "can cu": "cites",
    "trien khai": "implements",
    "nguoi ky": "signer",
    "chuc vu nguoi ky": "signer_title",
    "co quan dau moi": "focal_agency",
}
LEVELS = {
    "trung uong": "national",
    "quoc gia": "national",
    "tinh": "province",
    "thanh pho truc thuoc trung uong": "province",
    "huyen": "district",
    "quan": "district",
    "thi xa": "district",
    "xa": "commune",
    "phuong": "commune",
    "dac khu": "commune",
}
UNIT_WORDS = {"province": "tỉnh", "district": "huyện", "commune": "xã"}


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return nfc(str(value)).strip()


def sheet_rows(path: Path, data: bytes) -> list[tuple[str, list[list[str]]]]:
    """(sheet name, rows of cell texts) for each sheet of a workbook, or the one "sheet" of a CSV."""
    if path.suffix.lower() == ".csv":
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[: error.start].count(b"\n") + 1
            raise DocumentError(path.name, line, "expected a CSV file in UTF-8") from None
        return [(path.stem, [[nfc(cell).strip() for cell in row] for row in csv.reader(io.StringIO(text))])]
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # a damaged zip or XML raises several kinds of errors
        raise DocumentError(path.name, None, f"not a readable spreadsheet (.xlsx): {error}") from None
    return [
        (sheet.title, [[_text(cell) for cell in row] for row in sheet.iter_rows(values_only=True)])
        for sheet in workbook.worksheets
    ]


def read_sheet(path: Path, gazetteer: Gazetteer) -> PlanDocument:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DocumentError(path.name, None, f"cannot read the file: {error.strerror}") from None
    sheets = sheet_rows(path, data)
    lines: list[tuple[int, list[str]]] = []  # (line number in the text view, cells)
    number = 0
    for _name, sheet in sheets:
        number += 1  # the line with the sheet's name
        for row in sheet:
            number += 1
            lines.append((number, row))
    metadata, table = _split_blocks(lines)
    if not table:
        raise DocumentError(
            path.name,
            None,
            "expected a task table with the header STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | "
            "Thời gian thực hiện (see the task-sheet template in the README)",
        )
    fields, spans = _fields(metadata)
    meta = _meta(path.name, fields, spans, gazetteer, table[0][0])
    # A task sheet has no section II: its group rows keep their titles (appendix groups) and its
    # task rows are the plan's tasks, "I.1", "I.2", ... as in an appendix.
    groups, tasks = rows_to_tasks(_table_rows(table), [], gazetteer, path.name)
    return PlanDocument(
        source=path.name,
        format=path.suffix.lower().lstrip("."),
        sha256=hashlib.sha256(data).hexdigest(),
        line_count=number,
        plan=meta,
        appendix="present" if tasks else "none",
        tasks=tasks,
        appendix_groups=groups,
    )


def _split_blocks(
    lines: list[tuple[int, list[str]]],
) -> tuple[list[tuple[int, list[str]]], list[tuple[int, list[str]]]]:
    """The key/value rows before the task table's header row, and the table from its header on."""
    for index, (_, cells) in enumerate(lines):
        roles = {column_role(cell) for cell in cells if cell}
        if "task" in roles and roles & {"lead", "number"}:
            return lines[:index], lines[index:]
    return lines, []


def _fields(rows: list[tuple[int, list[str]]]) -> tuple[dict[str, list[str]], dict[str, Span]]:
    fields: dict[str, list[str]] = {}
    spans: dict[str, Span] = {}
    for number, cells in rows:
        filled = [cell for cell in cells if cell]
        if len(filled) < 2:
            continue
        key = FIELDS.get(fold(filled[0]).rstrip(":"))
        if key:
            fields.setdefault(key, []).append(squash(" ".join(filled[1:])))
            spans.setdefault(key, Span(number, number))
    return fields, spans


def _date(text: str) -> str | None:
    text = text.strip()
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?", text):
        return parse_date(match.group(3), match.group(2), match.group(1))
    if match := re.fullmatch(r"(?:(\d{1,2})\s*/\s*)?(\d{1,2})\s*/\s*(\d{4})", text):
        return parse_date(match.group(1), match.group(2), match.group(3))
    return None


def _meta(
    name: str,
    fields: dict[str, list[str]],
    spans: dict[str, Span],
    gazetteer: Gazetteer,
    first_table_line: int,
) -> PlanMeta:
    def one(key: str) -> str | None:
        values = fields.get(key)
        return values[0] if values and values[0] else None

    level_text = one("level")
    level = LEVELS.get(fold(level_text or ""))
    locality = one("locality")
    if level is None or locality is None:
        missing = "Cấp" if level is None else "Địa bàn"
        raise DocumentError(
            name,
            spans.get(
                "level" if level is None else "locality", Span(first_table_line, first_table_line)
            ).first,
            f'expected the field "{missing}" in the plan sheet '
            "(Cấp: trung ương | tỉnh | huyện | xã; Địa bàn: the locality)",
        )
    parent_name = one("parent_locality")
    parent = gazetteer.unit(parent_name, "province") if parent_name else None
    unit = gazetteer.unit(locality, level, parent.iri if parent else None)
    canonical = unit.name if unit else locality
    cited: list[CitedPlan] = []
    for key in ("implements", "cites"):
        for value in fields.get(key, []):
            for citation in find_citations(value):
                if citation.number and all(c.number != citation.number for c in cited):
                    plan = cited_plan(citation, spans[key], gazetteer)
                    plan.direct = key == "implements"
                    cited.append(plan)
    mark_direct(cited, level, _date(one("date") or ""))
    number = one("number")
    return PlanMeta(
        title=one("title") or "",
        kind=one("kind") or "Kế hoạch",
        number=number if number and re.match(r"^\d", number) else None,
        date=_date(one("date") or ""),
        issuer=one("issuer") or f"Ủy ban nhân dân {UNIT_WORDS.get(level, '')} {canonical}".replace("  ", " "),
        level=level,  # type: ignore[arg-type]
        locality=canonical,
        signer=one("signer"),
        signer_title=one("signer_title"),
        focal_agency=one("focal_agency"),
        implements=cited,
        lines=spans.get("title", Span(1, 1)),
        locality_type=None,
        locality_as_written=locality if locality != canonical else None,
        parent_locality=one("parent_locality"),
        evidence=dict(spans),
    )


def _table_rows(table: list[tuple[int, list[str]]]) -> list[TableRow]:
    roles = [column_role(cell) for cell in table[0][1]]
    rows: list[TableRow] = []
    for number, cells in table[1:]:
        if not any(cells):
            continue
        values = dict(zip(roles, [*cells, *[""] * (len(roles) - len(cells))], strict=False))
        marker_cell = values.pop("number", "")
        kind, marker = marker_kind(marker_cell)
        # A cell's lines (Alt+Enter in a spreadsheet) are joined like those of any table cell.
        content = {
            role: join_fragments(text.split("\n"))
            for role, text in values.items()
            if role != "other" and squash(text)
        }
        rows.append(TableRow(marker, kind == "group", content, Span(number, number)))
    mark_numbered_groups(rows)
    return rows


def sheet_view(path: Path) -> str:
    """The text view of a workbook or CSV, as its line numbers count."""
    lines: list[str] = []
    for name, rows in sheet_rows(path, path.read_bytes()):
        lines.append(f"# {name}")
        lines.extend("\t".join(cell.replace("\n", PARAGRAPH_BREAK) for cell in row) for row in rows)
    return "\n".join(lines)
