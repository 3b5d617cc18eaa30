"""The numbers of a table's rows in text extracted from PDF: which numbers continue the table's
numbering (groups I, II or A, B or 1, 2; rows 1, 2 or a, b or 1.1, 1.2), numbers a narrow column
wrapped ("II" / "I", "1." / "1"), and the rows when an extractor wrote the groups' numerals apart
from their rows' numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Span
from .paragraphs import ROMAN
from .pdf_cells import Entry
from .source import Line

ROMAN_SEQUENCE = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
MARKER = re.compile(rf"^(?:(?=(?:{ROMAN})[.)]?$)[IVXL]+|[A-ZĐ]|\d{{1,2}}(?:\.\d{{1,2}})?|[a-zđ])[.)]?$")


def is_group_numeral(marker: str) -> bool:
    """A group's numeral in the usual numbering: a Roman numeral or a capital letter."""
    return marker in ROMAN_SEQUENCE or (len(marker) == 1 and marker.isupper())


def next_number(text: str) -> str | None:
    """The row number that follows a bare number: "1" after a group's numeral, n+1 after n."""
    marker = text.rstrip(".)")
    if is_group_numeral(marker):
        return "1"
    return str(int(marker) + 1) if marker.isdigit() and len(marker) <= 2 else None


def numerals_joined(block: list[Line]) -> list[Line]:
    """A Roman numeral wrapped in a narrow numbers column ("II" / "I" for "III", "I" / "V" for
    "IV"), or a row's number ("1." / "1" for "1.1"), as one line."""
    lines: list[Line] = []
    for line in block:
        if lines and re.fullmatch(r"[IVX]+", lines[-1].stripped) and re.fullmatch(r"[IVX]+", line.stripped):
            joined = lines[-1].stripped + line.stripped
            if joined in ROMAN_SEQUENCE:
                lines[-1] = replace(lines[-1], text=joined)
                continue
        wrapped_row = lines and re.fullmatch(r"\d{1,2}\.", lines[-1].stripped)
        if wrapped_row and re.fullmatch(r"\d{1,2}", line.stripped):
            lines[-1] = replace(lines[-1], text=lines[-1].stripped + line.stripped)  # "1." / "1"
            continue
        lines.append(line)
    return lines


def regrouped(bare: list[tuple[str, int, bool]], sequence: Sequence) -> list[Entry] | None:
    """The rows when the groups' numerals were written apart from their rows' numbers ("I", "1",
    "2", "1", "2", "3", ..., "II", "III"): each run of row numbers from 1 is a group's, and the
    groups take their numerals in order. None unless the runs and the numerals agree."""
    groups = {marker: (line, titled) for marker, line, titled in bare if sequence.is_group(marker)}
    rows = [(marker, line) for marker, line, _ in bare if not sequence.is_group(marker)]
    if rows and all("." in marker for marker, _ in rows):
        # Rows that carry their group's number ("4.1") belong to it wherever they were written.
        rows.sort(key=lambda row: tuple(int(part) for part in row[0].split(".")))
    runs: list[list[tuple[str, int]]] = []
    for marker, line in rows:
        if marker in ("1", "a") or marker.endswith(".1"):
            runs.append([])
        elif not runs or _successor(runs[-1][-1][0]) != marker:
            return None
        runs[-1].append((marker, line))
    if len(groups) != sum(sequence.is_group(marker) for marker, _, _ in bare):
        return None  # a numeral written twice
    numbering = Sequence(sequence.numbered_groups)
    in_order = sorted(groups, key=_group_rank)
    if len(in_order) != len(runs) or not all(numbering.accept(marker) for marker in in_order):
        return None
    entries: list[Entry] = []
    for numeral, run in zip(in_order, runs, strict=True):
        line, titled = groups[numeral]
        at = line if titled else run[0][1]  # a title on its numeral's line is where it was written
        entries.append(Entry(numeral, True, Span(at, at), titled=titled))
        entries += [Entry(marker, False, Span(line, line)) for marker, line in run]
    return entries


def _group_rank(marker: str) -> int:
    if marker in ROMAN_SEQUENCE:
        return ROMAN_SEQUENCE.index(marker)
    return int(marker) if marker.isdigit() else ord(marker)


def groups_are_numbers(blocks: list[list[Line]]) -> bool:
    """Whether the groups are numbered 1, 2, ... over rows a, b, ... or 1.1, 1.2, ...: the table has
    such rows and no Roman numeral or capital letter for groups."""
    lines = [line.stripped for block in blocks for line in numerals_joined(block)]
    markers = [text.rstrip(".)") for text in lines if MARKER.match(text)]
    letters = any((len(m) == 1 and m.islower()) or "." in m for m in markers)
    groups = any(is_group_numeral(m) for m in markers)
    return letters and not groups


class Sequence:
    """The expected numbering: groups I, II, ... (or A, B, ..., or 1, 2, ... over rows a, b, ...),
    rows 1, 2, ... (or a, b, ...)."""

    def __init__(self, numbered_groups: bool = False) -> None:
        self.numbered_groups = numbered_groups
        self.groups: list[str] = []
        self.row: str | None = None

    def is_group(self, marker: str) -> bool:
        if self.numbered_groups:
            return marker.isdigit()
        return is_group_numeral(marker)

    def accept(self, marker: str) -> bool:
        if self.is_group(marker):
            if self.numbered_groups:
                nxt = str(int(self.groups[-1]) + 1) if self.groups else "1"
            else:
                nxt = _next_group(self.groups[-1] if self.groups else None, marker)
            if marker == nxt:
                self.groups.append(marker)
                self.row = None
                return True
            return False
        if self.numbered_groups and marker.isdigit():
            return False
        if "." in marker:  # "1.1", "1.2" under group 1
            first = f"{self.groups[-1]}.1" if self.groups else "1.1"
            expected = first if self.row is None else _successor(self.row)
        else:
            expected = ("1" if marker.isdigit() else "a") if self.row is None else _successor(self.row)
        if marker == expected:
            self.row = marker
            return True
        return False


def _next_group(previous: str | None, marker: str) -> str:
    """The group numeral that may follow ``previous``, in the numbering ``marker`` belongs to."""
    if marker in ROMAN_SEQUENCE:
        if previous not in ROMAN_SEQUENCE:
            return "I"
        return ROMAN_SEQUENCE[min(ROMAN_SEQUENCE.index(previous) + 1, len(ROMAN_SEQUENCE) - 1)]
    return "A" if previous is None else chr(ord(previous) + 1)


def _successor(marker: str) -> str:
    if "." in marker:
        group, row = marker.rsplit(".", 1)
        return f"{group}.{int(row) + 1}"
    return str(int(marker) + 1) if marker.isdigit() else chr(ord(marker) + 1)
