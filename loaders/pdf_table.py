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
from dataclasses import dataclass

from plankg.text import fold, join_fragments, squash

from .gazetteer import ABBREVIATIONS, Gazetteer, lower_words
from .model import Span
from .paragraphs import ROMAN, TERMINAL
from .source import Line
from .tables import TableRow
from .timeframes import has_timeframe_cue, is_timeframe_word

ROMAN_SEQUENCE = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_GROUP_LINE = re.compile(rf"^\s*(?P<numeral>(?=(?:{ROMAN})\b)[IVXL]+)\.?(?:\s+(?P<rest>\S.*))?$")
_ROW_LINE = re.compile(r"^\s*(?P<number>\d{1,2})\.?(?:\s+(?P<rest>\S.*))?$")
_HEADER_WORDS = frozenset(
    [
        "stt",
        "nhiem",
        "vu",
        "thuc",
        "hien",
        "cac",
        "noi",
        "dung",
        "khuyen",
        "nghi",
        "co",
        "quan",
        "chu",
        "tri",
        "phoi",
        "hop",
        "thoi",
        "gian",
        "han",
        "ghi",
        "chu",
        "san",
        "pham",
        "tien",
        "do",
        "don",
        "vi",
    ]
)
# Words of collective assignments (lower case, diacritics kept); with the gazetteer's name words
# they make up the name columns.
COLLECTIVE_WORDS = frozenset(
    [
        "các",
        "sở",
        "ban",
        "ngành",
        "đơn",
        "vị",
        "liên",
        "quan",
        "địa",
        "phương",
        "cơ",
        "quan",
        "đoàn",
        "thể",
        "tổ",
        "chức",
        "thành",
        "viên",
        "chính",
        "trị",
        "xã",
        "hội",
        "huyện",
        "thành",
        "phố",
        "tỉnh",
        "quận",
        "thị",
        "xã",
        "phường",
        "trấn",
        "đặc",
        "khu",
        "ubnd",
        "hđnd",
        "ủy",
        "nhân",
        "dân",
        "tp",
    ]
)
_COLLECTIVE_HEADS = ("cac ", "ubnd ", "uy ban nhan dan ", "hdnd ")

TASK, NAMES, TIME = "task", "names", "timeframe"


@dataclass
class Fragment:
    text: str
    line: int
    column: str = TASK


def read_pdf_table(lines: list[Line], gazetteer: Gazetteer) -> tuple[list[str], list[TableRow]] | None:
    """The column roles and rows of the appendix table in PDF text, or None if there is no header."""
    content = [line for line in lines if not line.blank]
    header_at = next((i for i, line in enumerate(content) if re.match(r"^\s*STT\b", line.stripped)), None)
    if header_at is None:
        return None
    header_text = content[header_at].stripped
    position = header_at + 1
    while position < len(content) and set(fold(content[position].stripped).split()) <= _HEADER_WORDS:
        header_text += " " + content[position].stripped
        position += 1
    roles = _roles_in_header(header_text)

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
    return roles, rows


def _roles_in_header(header: str) -> list[str]:
    key = fold(header)
    found = [("number", key.find("stt"))]
    for role, word in (
        ("task", "nhiem vu"),
        ("lead", "chu tri"),
        ("cooperating", "phoi hop"),
        ("timeframe", "thoi gian"),
    ):
        if word in key:
            found.append((role, key.find(word)))
    return [role for role, _ in sorted(found, key=lambda item: item[1])]


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
            while index < len(lines) and _continues(lines[index].stripped):
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


def _continues(text: str) -> bool:
    return bool(text) and not text[0].isupper() and not text[0].isdigit()


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
        for segment, forced in _split_line(text.strip(), fragments, gazetteer):
            fragments.append(Fragment(segment, line.number, _column(segment, forced, fragments, gazetteer)))

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


def _is_name_word(word: str, gazetteer: Gazetteer) -> bool:
    words = lower_words(word)
    return all(
        w in gazetteer.vocabulary
        or w in COLLECTIVE_WORDS
        or re.sub(r"[-&.]", "", fold(w)) in ABBREVIATIONS
        or w in {"-", "&", "–"}
        for w in words
    )


def _is_material(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether every word could belong to a name or timeframe cell."""
    return all(_is_name_word(w, gazetteer) or is_timeframe_word(w) for w in words)


def _starts_with_full_name(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words open with a whole known name ("Công an tỉnh ...") or a collective ("Các sở")."""
    if not words[0][:1].isupper():
        return False
    if fold(" ".join(words[:3])).startswith(_COLLECTIVE_HEADS):
        return True
    return any(gazetteer.agency(" ".join(words[:k]).rstrip(",;"))[0] for k in range(len(words), 0, -1))


def _split_line(text: str, before: list[Fragment], gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """Split a line where a task sentence ends and name or timeframe cells begin on the same line.

    A line made only of name and timeframe words is not split (only its timeframe is cut off). A
    split needs a whole known name at the start of the tail ("... quy trình Công an tỉnh Các sở"),
    or the end of a sentence before it followed by the start of a name or a timeframe ("... trẻ em.
    Sở Thông tin và"), or, once the row's names have begun, the end of a sentence before words that
    continue them ("... của trẻ em. huyện, thành phố hàng năm").
    """
    words = text.split()
    if not words:
        return []
    if _is_material(words, gazetteer):
        return _split_names_from_time(words)
    names_open = any(f.column == NAMES for f in before)
    for k in range(1, len(words)):
        tail = words[k:]
        if not _is_material(tail, gazetteer):
            continue
        sentence_ended = words[k - 1].endswith(".")
        tail_text = " ".join(tail)
        if (
            _starts_with_full_name(tail, gazetteer)
            or (sentence_ended and tail[0][:1].isupper() and gazetteer.is_name_prefix(tail_text))
            or (sentence_ended and has_timeframe_cue(tail_text))
            or (sentence_ended and names_open and not tail[0][:1].isupper())
        ):
            return [(" ".join(words[:k]), TASK), *_split_names_from_time(tail)]
    return [(text, None)]


def _split_names_from_time(words: list[str]) -> list[tuple[str, str | None]]:
    """Cut "huyện, thành phố hàng năm" into the names and the timeframe."""
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if has_timeframe_cue(tail) and all(is_timeframe_word(w) for w in words[k:]):
            return [(" ".join(words[:k]), None), (tail, TIME)]
    return [(" ".join(words), None)]


def _column(text: str, forced: str | None, before: list[Fragment], gazetteer: Gazetteer) -> str:
    if forced:
        return forced
    words = text.split()
    can_be_time = all(is_timeframe_word(w) for w in words)
    can_be_names = all(_is_name_word(w, gazetteer) for w in words)
    feasible = [column for column, ok in ((TIME, can_be_time), (NAMES, can_be_names)) if ok]
    if not feasible or not before:
        return TASK
    previous = before[-1]
    continues = not text[:1].isupper() and not previous.text.endswith(TERMINAL)
    if continues and (previous.column in feasible or previous.column == TASK):
        return previous.column
    if TIME in feasible and (has_timeframe_cue(text) or any(f.column == TIME for f in before)):
        return TIME
    return feasible[-1] if NAMES in feasible else feasible[0]


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
        if not _continues(name):
            break
        lead.append(name)
    return squash(" ".join(lead)), squash(" ".join(names[len(lead) :]))
