"""Matching the cells of a table written box by box to its rows (``loaders.pdf_blocks`` reads
the boxes).

What survives box-by-box extraction is the order of the cells within each column: the k-th task
text belongs to the k-th entry (row or group), the k-th timeframe to the k-th row. Names are
divided into each row's lead and cooperating cells by dynamic programming, with what the order of
the text says about rows; a notes column ("Ghi chú", "Sản phẩm") is set aside the same way.
Counts that do not match are reported (``Problem``), never dropped in silence.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from plankg.text import fold, join_fragments, nfc

from .assignees import is_collective, split_assignees
from .fragments import NAMES, NOTES, TASK, TIME
from .gazetteer import Gazetteer
from .model import Problem, Span
from .paragraphs import TERMINAL
from .timeframes import has_timeframe_cue


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


def _shared_words(title: str, item: str) -> float:
    """The share of a title's words that the section II item also has."""
    words = set(fold(title).replace(",", " ").replace(";", " ").split())
    return len(words & set(fold(item).replace(",", " ").replace(";", " ").split())) / max(len(words), 1)


def in_capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def set_aside_notes(
    pieces: list[Piece], entries: list[Entry], item_texts: list[str], left_of_notes: str = TIME
) -> None:
    """With a notes column ("Ghi chú", "Sản phẩm"), the task pieces beyond one per row or group
    belong to it. Which ones: the choice that fits the rest best to the entries in order (dynamic
    programming), a group's title being short with no sentence end and a row's text rather longer
    or ending a sentence, and a note short, with no sentence end, written just after the cell of
    the column on its left (``left_of_notes``: the notes column is the last, and a box-by-box
    extractor writes a row's note after its other cells); a group's title shares words with the
    section II item it belongs to, and one written on its number's line is that group's."""
    tasks = [index for index, piece in enumerate(pieces) if piece.column == TASK]
    extra = len(tasks) - len(entries)
    if extra <= 0:
        return

    def title_like(piece: Piece) -> bool:
        return len(piece.text.split()) <= 15 and not piece.text.endswith(TERMINAL)

    ordinals = {id(entry): n for n, entry in enumerate(e for e in entries if e.is_group)}
    # A title written on its group's number's line ("II Nâng cao năng lực, ...") is that title.
    title_lines = {entry.span.first for entry in entries if entry.is_group and entry.titled}

    def is_title(piece: Piece) -> bool:
        return piece.span.first in title_lines

    def fit(piece: Piece, entry: Entry) -> float:
        if is_title(piece) and not entry.is_group:
            return 5.0
        if entry.is_group:
            ordinal = ordinals[id(entry)]
            item = item_texts[ordinal] if ordinal < len(item_texts) else None
            echoes = item is not None and _shared_words(piece.text, item) >= 0.5
            return (0.0 if title_like(piece) else 2.0) + (0.0 if echoes or item is None else 1.0)
        if in_capitals(piece.text):
            return 3.0  # a group's title ("NÂNG CAO NĂNG LỰC ...") is not a row's text
        return 0.5 if title_like(piece) and len(piece.text.split()) <= 8 else 0.0

    def note_cost(index: int) -> float:
        piece = pieces[index]
        after_time = index > 0 and pieces[index - 1].column in (left_of_notes, NOTES)
        short = len(piece.text.split()) <= 8 and not piece.text.endswith(TERMINAL)
        capitals = 3.0 if in_capitals(piece.text) else 0.0
        title = 10.0 if is_title(piece) else 0.0
        return 1.0 + (0.0 if after_time else 1.0) + (0.0 if short else 2.0) + capitals + title

    # best[k]: (cost, notes) after the pieces so far with k of them set aside.
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for position, index in enumerate(tasks):
        following: dict[int, tuple[float, list[int]]] = {}
        for skipped, (cost, notes) in best.items():
            kept = position - skipped
            if kept < len(entries):
                step = cost + fit(pieces[index], entries[kept])
                if skipped not in following or step < following[skipped][0]:
                    following[skipped] = (step, notes)
            if skipped < extra:
                step = cost + note_cost(index)
                if skipped + 1 not in following or step < following[skipped + 1][0]:
                    following[skipped + 1] = (step, [*notes, index])
        best = following
    for index in best.get(extra, (0.0, []))[1]:
        pieces[index].column = NOTES


# Words a timeframe opens with: periods, seasons, holidays (the timeframe words of
# ``loaders.timeframes`` are too many for this: "Hoàn thiện thể chế" opens like "Hoàn thành").
_TIME_OPENERS = frozenset(
    "hằng hàng thường quý năm tháng trước sau từ đến trong giai định khi học hè mùa dịp tết lễ ngày "
    "tuần đợt cuối đầu".split()
)


def _could_be_a_timeframe(piece: Piece) -> bool:
    """A short cell opening with a time word or a number and no sentence ("Hè năm 2025",
    "Dịp Tết Nguyên đán Bính Ngọ 2026", "Sau khi có hướng dẫn")."""
    words = piece.text.split()
    if not words or len(words) > 8 or piece.text.endswith(TERMINAL) or in_capitals(piece.text):
        return False
    first = nfc(words[0]).casefold().strip(",.;:()")
    return first[:1].isdigit() or first in _TIME_OPENERS or has_timeframe_cue(piece.text)


def promote_unknown_timeframes(pieces: list[Piece], entries: list[Entry]) -> None:
    """With fewer timeframes than rows and more texts than rows and groups, the short texts that
    open like a timeframe are the timeframes the vocabulary did not know (in reading order, as
    many as are missing): read as task text they would put every later cell of both columns one
    row out of step."""
    rows = sum(not entry.is_group for entry in entries)
    missing = rows - sum(piece.column == TIME for piece in pieces)
    extra = sum(piece.column == TASK for piece in pieces) - len(entries)
    if missing <= 0 or extra <= 0:
        return
    candidates = [piece for piece in pieces if piece.column == TASK and _could_be_a_timeframe(piece)]
    if len(candidates) > min(missing, extra):
        return  # more look like timeframes than are missing: no telling which
    for piece in candidates:
        piece.column = TIME


def set_aside_timed_notes(pieces: list[Piece], rows: int, left_of_notes: str) -> None:
    """A note that reads like a timeframe ("Theo hướng dẫn của Bộ Y tế"), when there are more
    timeframes than rows and the notes column follows the names: written row by row, the cells
    run timeframe, lead, partners, note, so a note is the first of two timeframes in a row with
    names before and after them."""
    if left_of_notes != NAMES:
        return
    extra = sum(piece.column == TIME for piece in pieces) - rows
    columns = [piece.column for piece in pieces]
    for index in range(1, len(pieces) - 1):
        if extra <= 0:
            return
        after = columns[index + 2] if index + 2 < len(pieces) else NAMES
        if columns[index - 1 : index + 2] == [NAMES, TIME, TIME] and after == NAMES:
            pieces[index].column = NOTES
            extra -= 1


def fit_column(pieces: list[Piece], count: int, what: str, problems: list[Problem]) -> list[Piece]:
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


def placement_costs(
    entries: list[Entry],
    pieces: list[Piece],
    names: list[Piece],
    row_cells: list[list[Piece]],
    left_of_names: frozenset[str] = frozenset(),
) -> Callable[[int, int], float]:
    """What the order of the text says about the row a piece of names belongs to (a cost of
    giving ``names[index]`` to row ``row``).

    - A group title written on its number's line spans the table's width, so the extractor mostly
      writes it between the rows above and below: names read after group k's title belong to a
      row of group k or later, names read before it to an earlier group (1: a weak sign, as an
      extractor may also write a title before the last cells of the rows above it). Bare numbers
      carry no such order: an extractor may write a page's numbers before all its cells.
    - A row's cells are written together: names read just before a timeframe or a note belong to
      that cell's row (2), for a column (in ``row_cells``) with one cell per row; where that column
      stands left of the names (its kind in ``left_of_names``), names read just after it do.
    """
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
    anchors: list[int | None] = []
    position = {id(piece): index for index, piece in enumerate(pieces)}
    time_rows = {id(piece): row for cells in row_cells for row, piece in enumerate(cells)}
    for piece in names:
        line = piece.span.first
        low = max((ordinal for at, ordinal in titles if at < line), default=-math.inf)
        high = min((ordinal - 1 for at, ordinal in titles if at > line), default=math.inf)
        bounds.append((low, high))
        anchors.append(_row_anchor(pieces, position[id(piece)], time_rows, left_of_names))

    def cost(index: int, row: int) -> float:
        low, high = bounds[index]
        misplaced = 0.0 if low <= row_groups[row] <= high else 1.0
        anchor = anchors[index]
        return misplaced + (2.0 if anchor is not None and anchor != row else 0.0)

    return cost


def _row_anchor(
    pieces: list[Piece], at: int, cell_rows: dict[int, int], left_of_names: frozenset[str]
) -> int | None:
    """The row of the one-per-row cell written beside ``pieces[at]``: the one just before it when
    that column stands left of the names, else the next one after it past any notes (a row's
    note may be written between its names and its timeframe)."""

    def row_of(index: int) -> int | None:
        return cell_rows.get(id(pieces[index])) if 0 <= index < len(pieces) else None

    if at > 0 and pieces[at - 1].column in left_of_names and row_of(at - 1) is not None:
        return row_of(at - 1)
    following = at + 1
    while (
        following < len(pieces) - 1
        and pieces[following].column == NOTES
        and id(pieces[following]) not in cell_rows
    ):
        following += 1
    return row_of(following)


def column_widths(names: list[Piece]) -> tuple[int, int] | None:
    """The widths (in characters) of the two name columns, from where their cells' lines wrap, or
    None when the cells do not tell two widths apart.

    A cell's text wraps when the next word does not fit: each line is at most its column's width,
    and each line with the next word is longer. So the narrower column is at most as wide as the
    shortest line-with-its-next-word of any wrapped cell, and the wider one at least as wide as
    the longest line of any cell."""
    overflows = [min(_overflows(piece)) for piece in names if _overflows(piece)]
    if not overflows:
        return None
    narrow, wide = min(overflows), max(max(len(part) for part in piece.parts) for piece in names)
    return (narrow, wide) if wide - narrow >= 3 else None


def _overflows(piece: Piece) -> list[int]:
    return [
        len(piece.parts[i]) + 1 + len(piece.parts[i + 1].split()[0])
        for i in range(len(piece.parts) - 1)
        if piece.parts[i + 1].split()
    ]


def fits_width(piece: Piece, width: int) -> bool:
    """Whether a cell could have been written in a column ``width`` characters wide (one
    character of slack either way: widths in characters stand for widths on the page)."""
    if max(len(part) for part in piece.parts) > width + 1:
        return False
    return all(overflow >= width - 1 for overflow in _overflows(piece))


def divide_names(
    names: list[Piece],
    rows: int,
    has_cooperating: bool,
    gazetteer: Gazetteer,
    placement: Callable[[int, int], float] | None = None,
) -> tuple[list[Piece | None], list[Piece | None], list[Piece]]:
    """Each row's lead and cooperating cells, from the names in column order (dynamic programming).

    Costs: a lead cell that holds a list (2.5) or a collective (1.5), a cooperating cell that holds
    one name (0.6), a row without a cooperating cell (1), a cooperating cell read more than one row
    after its lead (0.15 a row: an extractor may write a whole page's lead cells before its
    cooperating cells), a cooperating cell read just before its row's lead is (2.5; not when the
    lead's box follows it directly), a row left without a lead (4), a piece
    of names left out of every row (6: it is returned, to be reported, rather than letting one
    misread piece empty every row), a cell whose lines could not have wrapped as they do in the
    column it is given (3; the two columns' widths from ``column_widths``, narrower for the lead
    or for the cooperating agencies, whichever reads better), and what the order of the text says
    against a row (``placement_costs``).
    """
    if rows == 0:
        return [], [], list(names)
    if not has_cooperating:
        leads: list[Piece | None] = [*names[:rows], *[None] * max(0, rows - len(names))]
        return leads, [None] * rows, names[rows:]
    many = [len(split_assignees(p.text, gazetteer)) > 1 for p in names]
    collective = [is_collective(p.text) for p in names]
    # As a lead: a list is likelier two rows' cells run together than two leads; a collective
    # ("UBND các xã, phường") leads a commune's tasks in many a district's plan.
    shape_costs = [
        (2.5 if listed else 1.5 if whole else 0.0, 0.0 if listed or whole else 0.6)
        for listed, whole in zip(many, collective, strict=True)
    ]
    widths = column_widths(names)
    layouts = [widths, (widths[1], widths[0])] if widths else [None]
    readings = [
        _divide(names, rows, shape_costs, placement, _width_costs(names, layout)) for layout in layouts
    ]
    _, path = min(readings, key=lambda reading: reading[0])
    lead_cells: list[Piece | None] = [None] * rows
    cooperating: list[Piece | None] = [None] * rows
    left_over: list[Piece] = []
    for piece, (role, row) in zip(names, path, strict=True):
        if role == "left over":
            left_over.append(piece)
        else:
            (lead_cells if role == "lead" else cooperating)[row] = piece
    return lead_cells, cooperating, left_over


def _width_costs(names: list[Piece], layout: tuple[int, int] | None) -> list[tuple[float, float]]:
    """(as a lead, as cooperating agencies) cost of each piece, for the columns' widths."""
    if layout is None:
        return [(0.0, 0.0)] * len(names)
    lead_width, cooperating_width = layout
    return [
        (0.0 if fits_width(piece, lead_width) else 3.0, 0.0 if fits_width(piece, cooperating_width) else 3.0)
        for piece in names
    ]


def _divide(
    names: list[Piece],
    rows: int,
    shape_costs: list[tuple[float, float]],
    placement: Callable[[int, int], float] | None,
    width_costs: list[tuple[float, float]],
) -> tuple[float, list[tuple[str, int]]]:
    misplaced = placement or (lambda _index, _row: 0.0)
    # A cooperating cell read before its row's lead: the extractor wrote the lead's box later
    # (after the timeframe header, say), never right after it: two boxes side by side on the page
    # come out left to right, and the lead column stands left of the cooperating one.
    ahead = [
        math.inf
        if index + 1 < len(names) and names[index + 1].span.first <= names[index].span.last + 2
        else 2.5
        for index in range(len(names))
    ]
    # best[(a, b)]: the cheapest reading so far with leads given to rows < a and the cooperating
    # cell decided for rows < b (b <= a + 1).
    best: dict[tuple[int, int], tuple[float, list[tuple[str, int]]]] = {(0, 0): (0.0, [])}
    for index in range(len(names)):
        as_lead, as_partner = width_costs[index]
        following: dict[tuple[int, int], tuple[float, list[tuple[str, int]]]] = {}
        for (a, b), (cost, path) in best.items():
            _keep(following, (a, b), cost + 6.0, [*path, ("left over", -1)])
            if a < rows:
                step = shape_costs[index][0] + misplaced(index, a) + as_lead
                _keep(following, (a + 1, b), cost + step, [*path, ("lead", a)])
            for row in range(b, min(a + 1, rows)):
                step = (row - b) + 0.15 * max(0, a - row - 1) + shape_costs[index][1]
                step += ahead[index] if row == a else 0.0
                _keep(
                    following,
                    (a, row + 1),
                    cost + step + misplaced(index, row) + as_partner,
                    [*path, ("cooperating", row)],
                )
        best = following
    return min(
        ((cost + (rows - b) + 4.0 * (rows - a), path) for (a, b), (cost, path) in best.items()),
        key=lambda item: item[0],
        default=(0.0, []),
    )


def _keep(
    table: dict[tuple[int, int], tuple[float, list[tuple[str, int]]]],
    state: tuple[int, int],
    cost: float,
    path: list[tuple[str, int]],
) -> None:
    if state not in table or cost < table[state][0]:
        table[state] = (cost, path)
