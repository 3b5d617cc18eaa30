"""Appendix tables in text extracted from PDF box by box (as pdfminer writes it).

Such an extractor writes each cell as a text box (lines separated from the next box by a blank
line), in an order of its own: the numbers of a page's rows often come first as a run ("I", "1",
"2", "II", "1"), then the boxes of the other columns interleaved. What survives is the order of the
cells *within each column*: the k-th task text belongs to the k-th number, the k-th timeframe to
the k-th row. So the reader:

1. cuts the table into boxes (blank lines and page breaks), leaving out repeated headers, page
   numbers and page footnotes;
2. reads the numbers (kept only when they continue the sequence: I, 1, 2, II, 1, ...), and gives
   every other piece of text a column from its words (``loaders.fragments``); two cells that a box
   holds side by side on one line ("Ban Dân tộc tỉnh UBND các huyện") are cut apart at the name
   boundary; a piece that starts in lower case continues the last piece of its column;
3. pairs texts with numbers and timeframes with rows in order, and divides the names into each
   row's lead and cooperating agencies by dynamic programming: every row has one lead, at most one
   cooperating cell after it, and a lead cell rarely holds a list (";") or a collective.

Counts that do not match are reported row by row (``Problem``), never dropped in silence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from plankg.text import fold, join_fragments

from .assignees import is_collective, split_assignees
from .fragments import (
    HEADER_WORDS,
    NAMES,
    TASK,
    TIME,
    Fragment,
    column,
    roles_in_header,
    split_line,
    starts_with_full_name,
)
from .gazetteer import Gazetteer
from .model import Problem, Span
from .paragraphs import ROMAN, TERMINAL
from .source import Line
from .tables import Table, TableRow, opens_with_number_header

ROMAN_SEQUENCE = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_MARKER = re.compile(rf"^(?:(?=(?:{ROMAN})[.)]?$)[IVXL]+|[A-ZĐ]|\d{{1,2}}|[a-zđ])[.)]?$")
# A number written on the first line of its row's text ("II Truyền thông ...", "b Duy trì ...").
_PREFIX = re.compile(
    rf"^(?P<marker>(?=(?:{ROMAN})[.)]?\s)[IVXL]+|[A-ZĐ]|\d{{1,2}}|[a-zđ])\.?\s+(?P<rest>[A-ZĐÀ-Ỹ]\S*.*)$"
)
_FOOTNOTE = re.compile(r"^\d{1,2}\s?[A-ZĐÀ-Ỹ]\S*(?:\s+\S+){7,}")


@dataclass
class Piece:
    column: str
    parts: list[str]
    span: Span

    @property
    def text(self) -> str:
        return join_fragments(self.parts)

    def add(self, text: str, line: int) -> None:
        self.parts.append(text)
        self.span = self.span.union(Span(line, line))


@dataclass
class Entry:
    marker: str
    is_group: bool
    span: Span
    titled: bool = False  # the number shares its line with the text ("II Nâng cao năng lực ...")


def starts_with_marker_run(lines: list[Line]) -> bool:
    """Whether the table's first cells after the header are bare numbers ("I", "1", "2"): the
    sign of box-by-box extraction (a row-ordered extraction puts each row's text after its number)."""
    from .fragments import HEADER_WORDS as words

    content = [line.stripped for line in lines if not line.blank]
    start = next((i for i, text in enumerate(content) if opens_with_number_header(text)), None)
    if start is None:
        return False
    body = [
        text
        for text in content[start + 1 :]
        if not set(re.sub(r"(?<=[^\W\d])\d", "", fold(text)).split()) <= words
    ]
    # "I", "1", "2", ...; or a group's number with its title, then its rows' numbers ("1 Chính
    # sách, pháp luật về trẻ em", "a", "b").
    bare = [bool(_MARKER.match(text)) for text in body[:3]]
    return len(body) >= 2 and (
        bare[:2] == [True, True] or (bool(_PREFIX.match(body[0])) and bare[1:] == [True, True])
    )


def read_block_table(lines: list[Line], gazetteer: Gazetteer) -> Table | None:
    header_at = next(
        (i for i, line in enumerate(lines) if opens_with_number_header(line.stripped)),
        None,
    )
    if header_at is None:
        return None
    blocks = _blocks(lines[header_at:])
    header_text = " ".join(line.stripped for block in blocks if _is_header(block) for line in block)
    roles = roles_in_header(re.sub(r"(?<=[^\W\d])\d", "", header_text))
    blocks = _without_furniture(blocks)
    entries, pieces, problems = _read_blocks(blocks, gazetteer)
    entries = _with_unnumbered_rows(entries)
    texts = [p for p in pieces if p.column == TASK]
    times = [p for p in pieces if p.column == TIME]
    names = [p for p in pieces if p.column == NAMES]
    rows = [entry for entry in entries if not entry.is_group]

    texts = _fit(texts, len(entries), "task text", problems)
    cells: list[dict[str, str]] = [{} for _ in entries]
    for cell, piece in zip(cells, texts, strict=False):
        cell["task"] = piece.text
    row_cells = [cell for cell, entry in zip(cells, entries, strict=True) if not entry.is_group]
    if "timeframe" in roles:
        times = _fit(times, len(rows), "timeframe", problems)
        for cell, piece in zip(row_cells, times, strict=False):
            cell["timeframe"] = piece.text
    elif times:
        problems.append(
            Problem(times[0].span.first, "timeframes found in a table without a timeframe column")
        )
    leads, cooperating, left_over = _divide_names(
        names, len(rows), "cooperating" in roles, gazetteer, _group_bounds(entries, names)
    )
    problems.extend(
        Problem(piece.span.first, f"names that fit no row's lead or cooperating cell: {piece.text[:80]!r}")
        for piece in left_over
    )
    for cell, lead, partners in zip(row_cells, leads, cooperating, strict=True):
        if lead:
            cell["lead"] = lead.text
        if partners:
            cell["cooperating"] = partners.text
    if len([lead for lead in leads if lead]) < len(rows) and names:
        problems.append(
            Problem(
                rows[0].span.first, f"{len(rows)} rows but lead agencies for fewer; check the lead column"
            )
        )

    table_rows = []
    for position, (entry, cell) in enumerate(zip(entries, cells, strict=True)):
        span = entry.span.union(texts[position].span) if position < len(texts) else entry.span
        table_rows.append(TableRow(entry.marker, entry.is_group, cell, span))
    return Table(roles, table_rows, problems)


# -- boxes -----------------------------------------------------------------------------------------


def _blocks(lines: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.page_start and current:
            blocks.append(current)
            current = []
        if line.blank or line.footnote:
            if current:
                blocks.append(current)
                current = []
            continue
        current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _is_header(block: list[Line]) -> bool:
    words = set(re.sub(r"(?<=[^\W\d])\d", "", fold(" ".join(line.stripped for line in block))).split())
    return bool(words) and words <= HEADER_WORDS


def _without_furniture(blocks: list[list[Line]]) -> list[list[Line]]:
    """Leave out repeated headers, page numbers and page footnotes."""
    kept: list[list[Line]] = []
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        text = " ".join(line.stripped for line in block)
        if _is_header(block):
            continue
        if text.isdigit() and (following is None or _opens_header(following) or following[0].page_start):
            continue  # a page number, just before the next page's repeated header
        if _FOOTNOTE.match(text) and (
            following is None or following[0].page_start or _is_page_number(following)
        ):
            continue  # a footnote at the foot of a page
        kept.append(block)
    return kept


def _opens_header(block: list[Line]) -> bool:
    """The first cell of a repeated header: the numbers column's ("STT"), or the whole header in
    one box. (A later header cell can follow a row number: the numbers of a page's rows may be
    written between the header's first cell and the others.)"""
    return _is_header(block) and (
        opens_with_number_header(block[0].stripped) or len(set(roles_in_header(_text(block)))) > 2
    )


def _text(block: list[Line]) -> str:
    return " ".join(line.stripped for line in block)


def _is_page_number(block: list[Line]) -> bool:
    return len(block) == 1 and block[0].stripped.isdigit()


# -- pieces ----------------------------------------------------------------------------------------


def _read_blocks(
    blocks: list[list[Line]], gazetteer: Gazetteer
) -> tuple[list[Entry], list[Piece], list[Problem]]:
    entries: list[Entry] = []
    pieces: list[Piece] = []
    problems: list[Problem] = []
    expected = _Sequence(_groups_are_numbers(blocks))
    for block in blocks:
        fragments: list[Fragment] = []
        block_pieces: list[Piece] = []
        for line in block:
            text = line.stripped
            if _MARKER.match(text):
                marker = text.rstrip(".)")
                if expected.accept(marker):
                    entries.append(Entry(marker, expected.is_group(marker), Span(line.number, line.number)))
                else:
                    problems.append(
                        Problem(line.number, f"the number {marker!r} does not continue the table's numbering")
                    )
                continue
            if (prefix := _PREFIX.match(text)) and expected.accept(prefix.group("marker")):
                marker = prefix.group("marker")
                entries.append(
                    Entry(marker, expected.is_group(marker), Span(line.number, line.number), titled=True)
                )
                text = prefix.group("rest")
            line_fragments: list[Fragment] = []
            for segment, forced in split_line(text, fragments, gazetteer):
                kind = column(segment, forced, fragments, gazetteer, opens_row=False, in_box=True)
                parts = _split_adjacent_names(segment, gazetteer) if kind == NAMES else [segment]
                for part in parts:
                    fragment = Fragment(part, line.number, kind)
                    fragments.append(fragment)
                    line_fragments.append(fragment)
            _place(line_fragments, block_pieces)
        for piece in block_pieces:
            _append_piece(piece, pieces)
    return entries, pieces, problems


def _with_unnumbered_rows(entries: list[Entry]) -> list[Entry]:
    """A group followed by another group (or by nothing) holds one unnumbered row."""
    result: list[Entry] = []
    for entry, following in zip(entries, [*entries[1:], None], strict=True):
        result.append(entry)
        if entry.is_group and (following is None or following.is_group):
            result.append(Entry("", False, entry.span))
    return result


def _place(line_fragments: list[Fragment], block_pieces: list[Piece]) -> None:
    """Put a line's fragments in the box's pieces: side-by-side cells keep their own pieces."""
    same_shape = (
        len(line_fragments) > 1
        and len(line_fragments) == len(block_pieces)
        and all(
            fragment.column == piece.column
            for fragment, piece in zip(line_fragments, block_pieces, strict=True)
        )
    )
    for position, fragment in enumerate(line_fragments):
        if same_shape:
            block_pieces[position].add(fragment.text, fragment.line)
            continue
        last = next((piece for piece in reversed(block_pieces) if piece.column == fragment.column), None)
        if last is not None and position == 0 and len(line_fragments) == 1:
            last.add(fragment.text, fragment.line)
        else:
            block_pieces.append(Piece(fragment.column, [fragment.text], Span(fragment.line, fragment.line)))


def _append_piece(piece: Piece, pieces: list[Piece]) -> None:
    """A piece that starts in lower case continues an unfinished piece: the last of its column,
    or, for a few words of no column's own ("miền núi" after "UBND các huyện"), the most recent
    unfinished piece of names or text, since a cell's stray last line lands near its box."""
    text = piece.text
    if not (text[:1].islower() or text[:1] in ",;"):
        pieces.append(piece)
        return
    unfinished = [p for p in pieces if not p.text.endswith(TERMINAL)]
    target = next((p for p in reversed(unfinished) if p.column == piece.column), None)
    if piece.column == TASK and len(text.split()) <= 4:
        target = next((p for p in reversed(unfinished) if p.column in (TASK, NAMES)), target)
    if target is None:
        pieces.append(piece)
        return
    for part in piece.parts:
        target.add(part, piece.span.last)


def _split_adjacent_names(text: str, gazetteer: Gazetteer) -> list[str]:
    """Cut two cells that share a line: "Ban Dân tộc tỉnh UBND các huyện" -> two names. A cut
    needs a whole name on the left, no separator (";", ",", "và") before the cut, and a name
    opening on the right that does not continue the left one."""
    words = text.split()
    for cut in range(1, len(words)):
        left, right = words[:cut], words[cut:]
        if left[-1].endswith((";", ",")) or left[-1] in {"và", "-", "–"} or not right[0][:1].isupper():
            continue
        left_text = " ".join(left)
        if not (gazetteer.agency(left_text)[0] or is_collective(left_text)):
            continue
        if gazetteer.is_name_prefix(f"{left_text} {right[0]}"):
            continue
        if starts_with_full_name(right, gazetteer) or gazetteer.is_name_prefix(" ".join(right[:2])):
            return [left_text, *_split_adjacent_names(" ".join(right), gazetteer)]
    return [text]


def _groups_are_numbers(blocks: list[list[Line]]) -> bool:
    """Whether the groups are numbered 1, 2, ... over rows a, b, ...: the table has letters for
    rows and no Roman numeral or capital letter for groups."""
    lines = [line.stripped for block in blocks for line in block]
    markers = [text.rstrip(".)") for text in lines if _MARKER.match(text)]
    letters = any(len(m) == 1 and m.islower() for m in markers)
    groups = any(m in ROMAN_SEQUENCE or (len(m) == 1 and m.isupper()) for m in markers)
    return letters and not groups


class _Sequence:
    """The expected numbering: groups I, II, ... (or A, B, ..., or 1, 2, ... over rows a, b, ...),
    rows 1, 2, ... (or a, b, ...)."""

    def __init__(self, numbered_groups: bool = False) -> None:
        self.numbered_groups = numbered_groups
        self.groups: list[str] = []
        self.row: str | None = None

    def is_group(self, marker: str) -> bool:
        if self.numbered_groups:
            return marker.isdigit()
        return marker in ROMAN_SEQUENCE or (len(marker) == 1 and marker.isupper())

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
    return str(int(marker) + 1) if marker.isdigit() else chr(ord(marker) + 1)


# -- matching ---------------------------------------------------------------------------------------


def _fit(pieces: list[Piece], count: int, what: str, problems: list[Problem]) -> list[Piece]:
    """Make ``pieces`` ``count`` long by joining the likeliest continuations; report a shortfall."""
    pieces = list(pieces)
    while len(pieces) > count > 0:
        # Join the piece that least looks like the start of a cell into the one before it.
        index = min(range(1, len(pieces)), key=lambda i: _start_score(pieces[i], pieces[i - 1]))
        for part in pieces[index].parts:
            pieces[index - 1].add(part, pieces[index].span.last)
        del pieces[index]
    if len(pieces) < count:
        where = pieces[-1].span.last if pieces else 0
        problems.append(Problem(where, f"{count} cells expected in the {what} column, {len(pieces)} read"))
    return pieces


def _start_score(piece: Piece, before: Piece) -> float:
    text = piece.text
    score = 0.0
    score += 2 if text[:1].isupper() else 0
    score += 1 if before.text.endswith(TERMINAL) else 0
    return score


def _group_bounds(entries: list[Entry], names: list[Piece]) -> tuple[list[int], list[tuple[float, float]]]:
    """Each row's group (its ordinal), and for each piece of names the groups its row may be in.

    A group title written on its number's line spans the table's width, so the extractor writes
    it between the rows above and below: a piece of names read after group k's title belongs to a
    row of group k or later, one read before it to a row of an earlier group. (Bare numbers carry
    no such order: an extractor may write a page's numbers before all its cells.)"""
    row_groups: list[int] = []
    titles: list[tuple[int, int]] = []  # (line, group ordinal) of titles on their number's line
    group = -1
    for entry in entries:
        if entry.is_group:
            group += 1
            if entry.titled:
                titles.append((entry.span.first, group))
        else:
            row_groups.append(group)
    bounds: list[tuple[float, float]] = []
    for piece in names:
        line = piece.span.first
        low = max((ordinal for at, ordinal in titles if at < line), default=-math.inf)
        high = min((ordinal - 1 for at, ordinal in titles if at > line), default=math.inf)
        bounds.append((low, high))
    return row_groups, bounds


def _divide_names(
    names: list[Piece],
    rows: int,
    has_cooperating: bool,
    gazetteer: Gazetteer,
    groups: tuple[list[int], list[tuple[float, float]]] | None = None,
) -> tuple[list[Piece | None], list[Piece | None], list[Piece]]:
    """Each row's lead and cooperating cells, from the names in column order (dynamic programming).

    Costs: a lead cell that holds a list or a collective (3), a cooperating cell that holds one
    name (0.6), a row without a cooperating cell (1), a cooperating cell read more than one row
    after its lead (0.75 a row: an extractor mostly keeps a row's cells together, but may write a
    few rows' lead cells before their cooperating cells), a row left without a lead (4), and a
    piece of names left out of every row (6: it is returned, to be reported, rather than letting
    one misread piece empty every row), and a piece given to a row of a group its place in the
    text rules out (4, see ``_group_bounds``).
    """
    row_groups, bounds = groups or ([0] * rows, [(-math.inf, math.inf)] * len(names))

    def misplaced(index: int, row: int) -> float:
        low, high = bounds[index]
        return 0.0 if low <= row_groups[row] <= high else 4.0

    if rows == 0:
        return [], [], list(names)
    if not has_cooperating:
        leads: list[Piece | None] = [*names[:rows], *[None] * max(0, rows - len(names))]
        return leads, [None] * rows, names[rows:]
    looks_like_list = [len(split_assignees(p.text, gazetteer)) > 1 or is_collective(p.text) for p in names]
    # best[(a, b)]: the cheapest reading so far with leads given to rows < a and the cooperating
    # cell decided for rows < b (b <= a).
    best: dict[tuple[int, int], tuple[float, list[tuple[str, int]]]] = {(0, 0): (0.0, [])}
    for index in range(len(names)):
        following: dict[tuple[int, int], tuple[float, list[tuple[str, int]]]] = {}
        for (a, b), (cost, path) in best.items():
            _keep(following, (a, b), cost + 6.0, [*path, ("left over", -1)])
            if a < rows:
                step = (3.0 if looks_like_list[index] else 0.0) + misplaced(index, a)
                _keep(following, (a + 1, b), cost + step, [*path, ("lead", a)])
            for row in range(b, a):
                step = (row - b) + 0.75 * max(0, a - row - 1) + (0.0 if looks_like_list[index] else 0.6)
                _keep(
                    following,
                    (a, row + 1),
                    cost + step + misplaced(index, row),
                    [*path, ("cooperating", row)],
                )
        best = following
    _, path = min(
        ((cost + (rows - b) + 4.0 * (rows - a), path) for (a, b), (cost, path) in best.items()),
        key=lambda item: item[0],
        default=(0.0, []),
    )
    lead_cells: list[Piece | None] = [None] * rows
    cooperating: list[Piece | None] = [None] * rows
    left_over: list[Piece] = []
    for piece, (role, row) in zip(names, path, strict=True):
        if role == "left over":
            left_over.append(piece)
        else:
            (lead_cells if role == "lead" else cooperating)[row] = piece
    return lead_cells, cooperating, left_over


def _keep(
    table: dict[tuple[int, int], tuple[float, list[tuple[str, int]]]],
    state: tuple[int, int],
    cost: float,
    path: list[tuple[str, int]],
) -> None:
    if state not in table or cost < table[state][0]:
        table[state] = (cost, path)
