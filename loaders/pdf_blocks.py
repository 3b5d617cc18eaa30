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
   row's lead and cooperating agencies (``loaders.pdf_cells``).

The text does not say whether it was written box by box or row by row (``loaders.pdf_table``):
both readers read it and the more complete reading wins (``loaders.plan_tasks``). Counts that do
not match are reported row by row (``Problem``), never dropped in silence.
"""

from __future__ import annotations

import re

from plankg.text import fold, nfc

from .assignees import AGENCY_HEADS, is_collective
from .fragments import (
    NAMES,
    NOTES,
    TASK,
    TIME,
    Fragment,
    column,
    only_header_words,
    roles_in_header,
    shaped_like_a_name,
    split_line,
    starts_with_full_name,
    takes_an_object,
)
from .gazetteer import Gazetteer
from .model import Problem, Span
from .paragraphs import ROMAN, TERMINAL
from .pdf_cells import (
    Entry,
    Piece,
    divide_names,
    fit_column,
    in_capitals,
    placement_costs,
    promote_unknown_timeframes,
    set_aside_notes,
    set_aside_timed_notes,
)
from .pdf_numbers import (
    MARKER,
    Sequence,
    groups_are_numbers,
    next_number,
    numerals_joined,
    regrouped,
)
from .source import Line
from .tables import Table, TableRow, number_header_at, opens_with_number_header

# A number written on the first line of its row's text ("II Truyền thông ...", "b Duy trì ...").
_PREFIX = re.compile(
    rf"^(?P<marker>(?=(?:{ROMAN})[.)]?\s)[IVXL]+|[A-ZĐ]|\d{{1,2}}|[a-zđ])\.?\s+(?P<rest>[A-ZĐÀ-Ỹ]\S*.*)$"
)
_FOOTNOTE = re.compile(r"^\d{1,2}\s?[A-ZĐÀ-Ỹ]\S*(?:\s+\S+){7,}")


def starts_with_marker_run(lines: list[Line]) -> bool:
    """Whether the table's first cells after the header are bare numbers ("I", "1", "2"): the
    sign of box-by-box extraction (a row-ordered extraction puts each row's text after its number)."""
    content = [line.stripped for line in lines if not line.blank]
    start = number_header_at(content)
    if start is None:
        return False
    body = [text for text in content[start + 1 :] if not only_header_words(text)]
    # "I", "1", "2", ...; or a group's number with its title, then its rows' numbers ("1 Chính
    # sách, pháp luật về trẻ em", "a", "b").
    bare = [bool(MARKER.match(text)) for text in body[:3]]
    return len(body) >= 2 and (
        bare[:2] == [True, True] or (bool(_PREFIX.match(body[0])) and bare[1:] == [True, True])
    )


def read_block_table(
    lines: list[Line], gazetteer: Gazetteer, item_texts: list[str] | None = None
) -> Table | None:
    """The table, or None without numbered rows. ``item_texts``: the section II items, whose k-th
    the k-th group's title usually repeats (a help to tell titles from notes)."""
    header_at = number_header_at([line.stripped for line in lines])
    if header_at is None:
        return None
    blocks = _blocks(lines[_table_start(lines, header_at) :])
    header_text = " ".join(line.stripped for block in blocks if _is_header(block) for line in block)
    roles = roles_in_header(re.sub(r"(?<=[^\W\d])\d", "", header_text))
    time_header = _late_header_line(blocks, "timeframe")
    blocks = _without_furniture(blocks)
    # A note under the table ("Ghi chú: Trường hợp ... thay đổi thì ...") ends it.
    blocks = next(
        (blocks[:at] for at, block in enumerate(blocks) if _NOTE_UNDER_TABLE.match(block[0].stripped)), blocks
    )
    notes_header = _NOTES_HEADER.search(fold(header_text))
    has_notes = notes_header is not None
    entries, pieces, problems = _read_blocks(blocks, gazetteer, has_notes)
    if not entries:
        return None  # no numbered rows: not a table this reader can read
    entries = _with_unnumbered_rows(entries)
    if "timeframe" in roles:
        promote_unknown_timeframes(pieces, entries)
    if has_notes:
        before = roles_in_header(fold(header_text)[: notes_header.start()]) if notes_header else []
        left_of_notes = {"timeframe": TIME, "lead": NAMES, "cooperating": NAMES}.get(before[-1], TASK)
        set_aside_notes(pieces, entries, item_texts or [], left_of_notes)
        set_aside_timed_notes(pieces, sum(not entry.is_group for entry in entries), left_of_notes)
    texts = [p for p in pieces if p.column == TASK]
    times = [p for p in pieces if p.column == TIME]
    names = [p for p in pieces if p.column == NAMES]
    rows = [entry for entry in entries if not entry.is_group]

    notes = [p for p in pieces if p.column == NOTES]
    one_per_row = [cells for cells in (times, notes) if len(cells) == len(rows)]
    time_first = "timeframe" in roles and "lead" in roles and roles.index("timeframe") < roles.index("lead")
    placement = placement_costs(entries, pieces, names, one_per_row, frozenset({TIME} if time_first else ()))
    texts = fit_column(texts, len(entries), "task text", problems)
    cells: list[dict[str, str]] = [{} for _ in entries]
    for cell, piece in zip(cells, texts, strict=False):
        cell["task"] = piece.text
    row_cells = [cell for cell, entry in zip(cells, entries, strict=True) if not entry.is_group]
    leads, cooperating, left_over = divide_names(
        names, len(rows), "cooperating" in roles, gazetteer, placement
    )
    if "timeframe" in roles:
        if time_header is not None:
            times = _early_cells_placed(times, pieces, [*leads, *cooperating], time_header)
        times = fit_column(times, len(rows), "timeframe", problems)
        for cell, piece in zip(row_cells, times, strict=False):
            cell["timeframe"] = piece.text
    elif times:
        problems.append(
            Problem(times[0].span.first, "timeframes found in a table without a timeframe column")
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


def _late_header_line(blocks: list[list[Line]], role: str) -> int | None:
    """The line of a column's header written after cells of the table (an extractor that writes
    a page column by column may print a few short cells of that column, beside others on their
    line, before the column's header and the rest of its cells)."""
    seen_cells = False
    for block in blocks:
        if _is_header(block):
            if seen_cells and role in roles_in_header(_text(block)):
                return block[0].number
        elif not MARKER.match(block[0].stripped):
            seen_cells = True
    return None


def _early_cells_placed(
    cells: list[Piece], pieces: list[Piece], names_by_row: list[Piece | None], header_line: int
) -> list[Piece]:
    """A column's cells in row order when some were written before the column's header: each of
    those belongs to the row of the names written just before it, and the others fill the other
    rows in order. ``names_by_row``: the leads of the rows, then their cooperating cells."""
    rows = len(names_by_row) // 2
    early = [cell for cell in cells if cell.span.first < header_line]
    if not early or len(cells) != rows:
        return cells
    row_of = {id(piece): index % rows for index, piece in enumerate(names_by_row) if piece is not None}
    placed: list[Piece | None] = [None] * rows
    for cell in early:
        before = [p for p in pieces[: pieces.index(cell)] if id(p) in row_of]
        if not before or placed[row_of[id(before[-1])]] is not None:
            return cells
        placed[row_of[id(before[-1])]] = cell
    rest = iter(cell for cell in cells if cell not in early)
    return [cell if cell is not None else next(rest) for cell in placed]


# -- boxes -----------------------------------------------------------------------------------------


def _table_start(lines: list[Line], header_at: int) -> int:
    """Where the table begins: at its numbers column's header, or earlier at its first other header
    cell, when the extractor wrote the numbers column after the others (a page's cells, then the
    header "STT" with the page's numbers)."""
    blocks = _blocks(lines[:header_at])
    if blocks and MARKER.match(blocks[0][0].stripped):
        return lines.index(blocks[0][0])  # the numbers column written before the appendix heading
    for block in blocks:
        if _is_header(block) and roles_in_header(_text(block)):
            return lines.index(block[0])
    return header_at


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
    if len(block) == 1 and MARKER.match(block[0].stripped):
        return False  # "VI" is a group's number, though "vi" is a header word (of "Đơn vị")
    if "".join(_text(block).split()) in ("STT", "TT", "SốTT"):
        return True  # "ST" / "T": the header of a narrow numbers column, broken
    if all(_COLUMN_NUMBER.match(line.stripped) for line in block):
        return True  # "(1)", "(2)", ...: the row under the header that numbers the columns
    return only_header_words(_text(block))


def _without_furniture(blocks: list[list[Line]]) -> list[list[Line]]:
    """Leave out repeated headers, page numbers and page footnotes."""
    kept: list[list[Line]] = []
    # Where pages are numbered "Trang 4" or "- 4 -", a bare number is a row's, even just before a
    # repeated header (the numbers of a page's first rows may come before its header).
    footers = any(_PAGE_FOOTER.match(_text(block)) for block in blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        text = " ".join(line.stripped for line in block)
        if _is_header(block):
            continue
        if _PAGE_FOOTER.match(text):
            continue  # "Trang 4", "- 4 -", "4/12": a page's number written as such, anywhere
        before_header = following is None or _opens_header(following) or following[0].page_start
        # A number that carries on a run of numbers ("C" / "1", "1" / "2") is a row's, not a page's:
        # the numbers of a page may be written after its other cells, just before the next header.
        carries_on = bool(kept) and next_number(_text(kept[-1])) == text
        if text.isdigit() and not footers and before_header and not carries_on:
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
    return len(block) == 1 and (block[0].stripped.isdigit() or bool(_PAGE_FOOTER.match(block[0].stripped)))


# A collective assignment written in lower case: "các sở, ngành liên quan", "các cơ quan, đơn vị".
_LOWER_COLLECTIVE = re.compile(
    r"^các (?:sở|ban|ngành|cơ quan|đơn vị|tổ chức|địa phương|phòng|trường|tổ dân phố|doanh nghiệp)\b"
)
_COLUMN_NUMBER = re.compile(r"^\(\d{1,2}\)$")
_NOTE_UNDER_TABLE = re.compile(
    r"^(?:\*?\s*)?(?:Ghi chú|Lưu ý|Chú thích)\s*:\s*\S+(?:\s+\S+){4,}", re.IGNORECASE
)
# Page numbers that say so (a bare number may be a row's number: see ``_without_furniture``).
_PAGE_FOOTER = re.compile(
    r"^(?:(?:Trang|Page)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|[-–]\s*\d{1,3}\s*[-–]|\d{1,3}\s*/\s*\d{1,3})$", re.I
)


# -- pieces ----------------------------------------------------------------------------------------


def _read_blocks(
    blocks: list[list[Line]], gazetteer: Gazetteer, has_notes: bool = False
) -> tuple[list[Entry], list[Piece], list[Problem]]:
    entries: list[Entry] = []
    pieces: list[Piece] = []
    problems: list[Problem] = []
    expected = Sequence(groups_are_numbers(blocks))
    bare: list[tuple[str, int, bool]] = []  # every number, in the order written; titled or bare
    for block in blocks:
        fragments: list[Fragment] = []
        block_pieces: list[Piece] = []
        for line in numerals_joined(block):
            text = line.stripped
            if MARKER.match(text):
                marker = text.rstrip(".)")
                bare.append((marker, line.number, False))
                if expected.accept(marker):
                    entries.append(Entry(marker, expected.is_group(marker), Span(line.number, line.number)))
                else:
                    problems.append(
                        Problem(line.number, f"the number {marker!r} does not continue the table's numbering")
                    )
                continue
            if (prefix := _PREFIX.match(text)) and expected.accept(prefix.group("marker")):
                marker = prefix.group("marker")
                bare.append((marker, line.number, True))
                entries.append(
                    Entry(marker, expected.is_group(marker), Span(line.number, line.number), titled=True)
                )
                text = prefix.group("rest")
            elif prefix and expected.is_group(prefix.group("marker")) and in_capitals(prefix.group("rest")):
                # A group's numeral with its title, out of the order: kept for ``regrouped``.
                marker = prefix.group("marker")
                bare.append((marker, line.number, True))
                problems.append(
                    Problem(line.number, f"the number {marker!r} does not continue the table's numbering")
                )
                text = prefix.group("rest")
            line_fragments: list[Fragment] = []
            segments = split_line(text, fragments, gazetteer)
            if has_notes and (note := _TIMEFRAME_THEN_NOTE.match(text)):
                # A timeframe cell and the note beside it on one line ("Quý IV hằng năm Kiểm tra 03").
                segments = [(note.group("time"), TIME), (note.group("note"), NOTES)]
            elif has_notes and (note := _NOTE_THEN_TIMEFRAME.match(text)) and not fragments:
                # The other way round ("Dữ liệu được cập nhật Trước ngày" / "15/12/2025").
                segments = [(note.group("note"), NOTES), (note.group("time"), TIME)]
            for segment, forced in segments:
                kind = column(segment, forced, fragments, gazetteer, opens_row=False, in_box=True)
                parts = _split_adjacent_names(segment, gazetteer) if kind == NAMES else [segment]
                for part in parts:
                    fragment = Fragment(part, line.number, kind)
                    fragments.append(fragment)
                    line_fragments.append(fragment)
            _place(line_fragments, block_pieces)
        for piece in block_pieces:
            _append_piece(piece, pieces, gazetteer)
    if problems:
        regrouped_entries = regrouped(bare, expected)
        if regrouped_entries is not None:
            return regrouped_entries, pieces, []
    return entries, pieces, problems


_NOTE_THEN_TIMEFRAME = re.compile(
    r"^(?P<note>[A-ZĐÀ-Ỹ][^.;]*?[a-zà-ỹđ0-9])\s+(?P<time>(?:Trước ngày|Quý|Năm học|Năm 20|Hằng năm|Hàng năm|"
    r"Thường xuyên|Giai đoạn|Tháng \d|Theo (?:đề nghị|yêu cầu|kế hoạch))\b.*)$"
)
# The columns that hold neither a task nor an assignment: notes, products, expected results.
_NOTES_HEADER = re.compile(r"\b(?:ghi chu|san pham|ket qua|du kien)\b")
_TIMEFRAME_THEN_NOTE = re.compile(
    r"^(?P<time>(?:Quý\s+(?:IV|III|II|I)(?:\s*/\s*20\d\d|\s+(?:hằng|hàng) năm)|Năm\s+20\d\d|"
    r"Thường xuyên|(?:Hằng|Hàng) năm|20\d\d\s*[-–]\s*20\d\d))\s+(?P<note>[A-ZĐÀ-Ỹ]\S*(?:\s+\S+)*)$"
)


def _with_unnumbered_rows(entries: list[Entry]) -> list[Entry]:
    """A group followed by another group (or by nothing) holds one unnumbered row."""
    result: list[Entry] = []
    for entry, following in zip(entries, [*entries[1:], None], strict=False):
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


def _append_piece(piece: Piece, pieces: list[Piece], gazetteer: Gazetteer) -> None:
    """A piece that starts in lower case continues an unfinished piece: the last of its column,
    or, for a few words of no column's own ("miền núi" after "UBND các huyện"), the most recent
    unfinished piece of names or text, since a cell's stray last line lands near its box. A
    collective written in lower case ("các sở, ngành liên quan; ...") after a whole name is a
    cell of its own."""
    text = piece.text
    if not (text[:1].islower() or text[:1] in ",;"):
        pieces.append(piece)
        return
    unfinished = [p for p in pieces if not p.text.endswith(TERMINAL)]
    target = next((p for p in reversed(unfinished) if p.column == piece.column), None)
    if piece.column == TASK and len(text.split()) <= 4:
        target = next((p for p in reversed(unfinished) if p.column in (TASK, NAMES, NOTES)), target)
    if (
        target is not None
        and piece.column == NAMES == target.column
        and _LOWER_COLLECTIVE.match(text)
        and gazetteer.agency(last_name := re.split(r"[;,]\s*", target.text)[-1])[0]
        and not gazetteer.is_name_prefix(f"{last_name} {text.split()[0]}")
    ):
        target = None
    if target is None:
        pieces.append(piece)
        return
    for part in piece.parts:
        target.add(part, piece.span.last)


def _one_unknown_name(words: list[str]) -> bool:
    """Words that read as one whole name the gazetteer does not know ("Cục Phòng bệnh"): shaped
    like a name, no list separator, and not ending on a body's word that the next line carries on
    ("Hội" / "Liên hiệp Phụ nữ")."""
    text = " ".join(words)
    return (
        len(words) >= 2
        and not any(mark in text for mark in ",;")
        and shaped_like_a_name(text)
        and nfc(text).casefold() not in AGENCY_HEADS  # "Trung tâm" / "Văn hóa - Thông tin ..."
        and not shaped_like_a_name(words[-1])
    )


def _split_adjacent_names(text: str, gazetteer: Gazetteer) -> list[str]:
    """Cut two cells that share a line: "Ban Dân tộc tỉnh UBND các huyện" -> two names. A cut
    needs a whole name on the left, no separator (";", ",", "và") before the cut, and a name
    opening on the right that does not continue the left one."""
    words = text.split()
    for cut in range(1, len(words)):
        left, right = words[:cut], words[cut:]
        if left[-1].endswith((";", ",")) or left[-1] in {"và", "-", "–"} or not right[0][:1].isupper():
            continue
        if takes_an_object(left):
            continue  # "Các đơn vị thuộc Bộ": the name goes on
        left_text = " ".join(left)
        known = gazetteer.agency(left_text)[0] or is_collective(left_text)
        if not known and not _one_unknown_name(left):
            continue
        if gazetteer.is_name_prefix(f"{left_text} {right[0]}"):
            continue
        opens = starts_with_full_name(right, gazetteer) or gazetteer.is_name_prefix(" ".join(right[:2]))
        # An unknown name on the right needs three words before any separator: "Hội An;" closes
        # "Hiệp hội Du lịch Hội An", a place with a body's word in it.
        first_part = re.split(r"[;,]", " ".join(right))[0].split()
        if opens or (not known and len(first_part) >= 3 and shaped_like_a_name(" ".join(right))):
            return [left_text, *_split_adjacent_names(" ".join(right), gazetteer)]
    return [text]
