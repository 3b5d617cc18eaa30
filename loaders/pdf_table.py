"""Appendix tables in text extracted from PDF, where the table layout is gone.

The extractor writes a row's cells as runs of lines in reading order (number, task, lead,
cooperating, timeframe), but a tall cell's lines are interleaved with its neighbours', and a line
can hold the end of one cell and the start of the next ("... quy trình Công an tỉnh Các sở, ban,
ngành, đơn vị"). So each row is read fragment by fragment:

1. Rows start at the expected next number ("1", "2", ...) and groups at the next numeral ("I",
   "II", ...); a group whose first line is not "1" holds one unnumbered row.
2. A line is split where its tail can only be column material: words of agency names (from the
   gazetteer) or timeframe words, opened by a name, a collective ("Các sở ...") or a timeframe cue.
3. Each fragment gets the columns its words allow: prose is task text; a fragment made only of
   agency words is a name; only of timeframe words, a timeframe. Where several fit, a fragment that
   continues an unfinished one (lower-case start) stays in that column, then timeframe cues decide.
4. The names of a row, in order, split into the lead (the longest known name at the start) and the
   cooperating agencies (the rest).
"""

from __future__ import annotations

import re

from plankg.text import join_fragments, squash

from .fragments import (
    NAMES,
    TASK,
    TIME,
    Fragment,
    column,
    continues,
    only_header_words,
    roles_in_header,
    split_line,
)
from .gazetteer import Gazetteer
from .model import Span
from .paragraphs import ROMAN
from .pdf_numbers import ROMAN_SEQUENCE
from .source import Line
from .tables import Table, TableRow, number_header_at, numbering_problems

_GROUP_LINE = re.compile(rf"^\s*(?P<numeral>(?=(?:{ROMAN})\b)[IVXL]+)\.?(?:\s+(?P<rest>\S.*))?$")
_ROW_LINE = re.compile(r"^\s*(?P<number>\d{1,2})\.?(?:\s+(?P<rest>\S.*))?$")


def read_pdf_table(lines: list[Line], gazetteer: Gazetteer) -> Table | None:
    """The column roles and rows of the appendix table in PDF text, or None if there is no header."""
    content = [line for line in lines if not line.blank]
    header_at = number_header_at([line.stripped for line in content])
    if header_at is None:
        return None
    header_text = content[header_at].stripped
    position = header_at + 1
    while position < len(content) and only_header_words(content[position].stripped):
        header_text += " " + content[position].stripped
        position += 1
    roles = roles_in_header(header_text)

    rows: list[TableRow] = []
    blocks = _row_blocks(content[position:])
    for marker, is_group, block in blocks:
        span = Span(block[0].number, block[-1].number)
        if is_group:
            rows.append(
                TableRow(marker, True, {"task": squash(" ".join(line.stripped for line in block))}, span)
            )
        else:
            rows.append(TableRow(marker, False, _read_row(block, roles, gazetteer), span))
    return Table(roles, rows, numbering_problems(rows))


def _row_blocks(lines: list[Line]) -> list[tuple[str, bool, list[Line]]]:
    """Cut the table body into (marker, is_group, lines) blocks, the group title lines apart."""
    blocks: list[tuple[str, bool, list[Line]]] = []
    group_index = -1
    expected_row = 1
    index = 0
    while index < len(lines):
        line = lines[index]
        group = _GROUP_LINE.match(line.text)
        next_numeral = ROMAN_SEQUENCE[group_index + 1] if group_index + 1 < len(ROMAN_SEQUENCE) else None
        if group and group.group("numeral") == next_numeral:
            group_index += 1
            expected_row = 1
            title = [Line(line.number, line.raw, group.group("rest") or "")]
            index += 1
            if not group.group("rest") and index < len(lines):
                title = [lines[index]]
                index += 1
            # The title wraps onto lines that continue its sentence (they start in lower case).
            while index < len(lines) and continues(lines[index].stripped):
                title.append(lines[index])
                index += 1
            blocks.append((group.group("numeral"), True, [t for t in title if t.stripped]))
            if index < len(lines) and not _starts_row(lines[index], 1):
                # A group whose first line is not row "1" holds one unnumbered row.
                start = index
                index = _block_end(lines, index + 1, 1, group_index)
                blocks.append(("", False, lines[start:index]))
            continue
        if _starts_row(line, expected_row):
            start = index
            index = _block_end(lines, index + 1, expected_row + 1, group_index)
            blocks.append((str(expected_row), False, lines[start:index]))
            expected_row += 1
            continue
        if blocks:
            # A stray line between blocks belongs to the block before it.
            marker, is_group, block = blocks[-1]
            blocks[-1] = (marker, is_group, [*block, line])
        index += 1
    return blocks


def _starts_row(line: Line, number: int) -> bool:
    match = _ROW_LINE.match(line.text)
    return match is not None and int(match.group("number")) == number


def _block_end(lines: list[Line], index: int, next_row: int, group_index: int) -> int:
    next_numeral = ROMAN_SEQUENCE[group_index + 1] if group_index + 1 < len(ROMAN_SEQUENCE) else None
    while index < len(lines):
        group = _GROUP_LINE.match(lines[index].text)
        if (group and group.group("numeral") == next_numeral) or _starts_row(lines[index], next_row):
            return index
        index += 1
    return index


# -- one row ------------------------------------------------------------------------------------


def _read_row(block: list[Line], roles: list[str], gazetteer: Gazetteer) -> dict[str, str]:
    fragments: list[Fragment] = []
    for position, line in enumerate(block):
        text = line.text
        if position == 0:
            match = _ROW_LINE.match(text)
            text = (match.group("rest") or "") if match else text
        for segment, forced in split_line(text.strip(), fragments, gazetteer):
            fragments.append(Fragment(segment, line.number, column(segment, forced, fragments, gazetteer)))

    cells: dict[str, str] = {}
    task = join_fragments([f.text for f in fragments if f.column == TASK])
    if task:
        cells["task"] = task
    time = squash(" ".join(f.text for f in fragments if f.column == TIME))
    if time and "timeframe" in roles:
        cells["timeframe"] = time
    elif time:
        cells["task"] = join_fragments([cells.get("task", ""), time])
    names = [f.text for f in fragments if f.column == NAMES]
    lead, cooperating = _split_lead(names, roles, gazetteer)
    if lead:
        cells["lead"] = lead
    if cooperating:
        cells["cooperating"] = cooperating
    return cells


def _split_lead(names: list[str], roles: list[str], gazetteer: Gazetteer) -> tuple[str, str]:
    """Divide the name fragments of a row into the lead cell and the cooperating cell."""
    text = squash(" ".join(names))
    if not text:
        return "", ""
    if "lead" not in roles:
        return "", text
    if "cooperating" not in roles:
        return text, ""
    words = text.split(" ")
    for k in range(len(words), 0, -1):
        head = " ".join(words[:k]).rstrip(" ;,")
        if gazetteer.agency(head)[0] and not gazetteer.is_name_prefix(" ".join(words[: k + 1])):
            return head, " ".join(words[k:]).lstrip(" ;,")
    # An unknown lead: its first fragment and the lower-case lines that continue it.
    lead = [names[0]]
    for name in names[1:]:
        if not continues(name):
            break
        lead.append(name)
    return squash(" ".join(lead)), squash(" ".join(names[len(lead) :]))
