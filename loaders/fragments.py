"""Fragments of lines in text extracted from PDF, and the table column each can belong to.

A fragment's words decide what it can be: prose is task text; a fragment made only of words of
agency names (the gazetteer's, and those of collective assignments) is a name; one made only of
timeframe words is a timeframe. A line is split where its tail can only be names or a timeframe.
Both PDF-text table readers use these: ``loaders.pdf_table`` (rows in reading order) and
``loaders.pdf_blocks`` (text boxes, column by column).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plankg.text import fold, nfc

from .gazetteer import ABBREVIATIONS, Gazetteer, lower_words
from .paragraphs import TERMINAL
from .timeframes import has_timeframe_cue, is_timeframe_word, opens_timeframe, reads_as_timeframe

TASK, NAMES, TIME, NOTES = "task", "names", "timeframe", "notes"
HEADER_WORDS = frozenset(
    "stt tt so thu tu nhiem vu thuc hien cac noi dung khuyen nghi co quan chu tri phoi hop thoi gian han "
    "ghi chu cong viec ket qua du kien "
    "san pham tien do don vi hoan thanh".split()
)
# The same words as written: folded alone, "Sở Nội vụ" (a department) reads as header words
# ("Số", "Nội dung", "Nhiệm vụ").
_HEADER_WORDS_AS_WRITTEN = frozenset(
    "stt tt số thứ tự nhiệm vụ thực hiện các nội dung khuyến nghị cơ quan chủ trì phối hợp thời gian "
    "hạn ghi chú công việc kết quả dự kiến sản phẩm tiến độ đơn vị hoàn thành".split()
)
_DIGIT_IN_WORD = re.compile(r"(?<=[^\W\d])\d")  # a footnote mark: "Cơ quan chủ trì1"


def only_header_words(text: str) -> bool:
    """Whether a piece of text is (part of) a table's header row: only the header's words."""
    text = _DIGIT_IN_WORD.sub("", text)
    words = set(fold(text).split())
    return (
        bool(words) and words <= HEADER_WORDS and set(nfc(text).lower().split()) <= _HEADER_WORDS_AS_WRITTEN
    )


# Words of collective assignments (lower case, diacritics kept); with the gazetteer's name words
# they make up the name columns.
COLLECTIVE_WORDS = frozenset(
    "các sở ban ngành đơn vị liên quan địa phương cơ quan đoàn thể tổ chức thành viên chính trị xã hội "
    "huyện thành phố tỉnh quận thị xã phường trấn đặc khu ubnd hđnd ủy nhân dân tp trường hiệp hội trạm "
    "hợp tác công ty doanh nghiệp báo".split()
)
_COLLECTIVE_HEADS = ("cac ", "ubnd ", "uy ban nhan dan ", "hdnd ")


@dataclass
class Fragment:
    text: str
    line: int
    column: str = TASK


def roles_in_header(header: str) -> list[str]:
    """The columns a header's text names, in the order it names them (the numbers first)."""
    from .tables import COLUMN_ROLES

    key = f" {fold(header)} "
    found = [("number", -1)]
    for role, words in COLUMN_ROLES:
        places = [key.find(f" {word} ") for word in words if f" {word} " in key]
        if places and role != "number":
            found.append((role, min(places)))
    return [role for role, _ in sorted(found, key=lambda item: item[1])]


def continues(text: str) -> bool:
    return bool(text) and not text[0].isupper() and not text[0].isdigit()


def is_name_word(word: str, gazetteer: Gazetteer) -> bool:
    words = lower_words(word)
    return all(
        w in gazetteer.vocabulary
        or w in COLLECTIVE_WORDS
        or re.sub(r"[-&.]", "", fold(w)) in ABBREVIATIONS
        or w in {"-", "&", "–"}
        for w in words
    )


def is_material(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether every word could belong to a name or timeframe cell."""
    return all(is_name_word(w, gazetteer) or is_timeframe_word(w) for w in words)


def starts_with_full_name(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words open with a whole known name ("Công an tỉnh ...") or a collective ("Các sở")."""
    if not words[0][:1].isupper():
        return False
    if fold(" ".join(words[:3])).startswith(_COLLECTIVE_HEADS):
        return True
    return any(gazetteer.agency(" ".join(words[:k]).rstrip(",;"))[0] for k in range(len(words), 0, -1))


def split_line(text: str, before: list[Fragment], gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
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
    if is_material(words, gazetteer):
        return _split_time_from_names(words, gazetteer) or split_names_from_time(words)
    names_open = any(f.column == NAMES for f in before)
    for k in range(1, len(words)):
        tail = words[k:]
        if not is_material(tail, gazetteer):
            continue
        sentence_ended = words[k - 1].endswith(".")
        tail_text = " ".join(tail)
        head = " ".join(words[:k])
        if (
            tail[0][:1].isupper()
            and all(is_timeframe_word(w) for w in tail)
            and opens_timeframe(tail_text)
            and (shaped_like_a_name(head) or is_collective_cell(words[:k]))
        ):
            return [(head, NAMES), (tail_text, TIME)]  # "Các đơn vị thuộc Bộ Khi có yêu" / "cầu"
        if takes_an_object(words[:k]):
            continue  # "trình Thủ tướng Chính phủ", "báo cáo của Bộ Nội vụ": one sentence
        if any(
            words[j][:1].isupper() and gazetteer.is_name_prefix(" ".join(words[j : k + 1]))
            for j in range(max(0, k - 3), k)
        ):
            continue  # inside a name that began before ("Thủ tướng" / "Chính phủ")
        if (
            starts_with_full_name(tail, gazetteer)
            or (sentence_ended and tail[0][:1].isupper() and gazetteer.is_name_prefix(tail_text))
            or (sentence_ended and has_timeframe_cue(tail_text))
            or (sentence_ended and names_open and not tail[0][:1].isupper())
        ):
            # Two name cells side by side ("Cục Phòng bệnh Bộ Công an; ..."): the head is a name.
            head_column = NAMES if not sentence_ended and shaped_like_a_name(head) else TASK
            return [(head, head_column), *split_names_from_time(tail)]
    return [(text, None)]


# Words after which a name is the object of the sentence, not a cell beside it.
_TAKES_AN_OBJECT = {
    *("cua", "trinh", "voi", "cho", "tai", "ve", "den"),
    *("toi", "thuoc", "gui", "giup", "giao", "cung"),
}


def takes_an_object(head: list[str]) -> bool:
    """Whether the words end on one that a name follows as its object ("của", "trình"), not on a
    noun that ends a cell ("quy trình", a procedure)."""
    last = fold(head[-1].strip(","))
    return last in _TAKES_AN_OBJECT and not (len(head) > 1 and fold(head[-2]) + " " + last == "quy trinh")


def split_names_from_time(words: list[str]) -> list[tuple[str, str | None]]:
    """Cut "huyện, thành phố hàng năm" into the names and the timeframe."""
    for k in range(1, len(words)):
        tail = " ".join(words[k:])
        if all(is_timeframe_word(w) for w in words[:k]):
            continue  # the head is a timeframe too ("2025 - 2030"): nothing to cut
        if any(word.isdigit() for word in words[max(0, k - 2) : k]):
            continue  # "xã hội 5 năm 2026 - 2030": a phrase of a sentence, no name ends on a number
        if has_timeframe_cue(tail) and all(is_timeframe_word(w) for w in words[k:]):
            return [(" ".join(words[:k]), None), (tail, TIME)]
    return [(" ".join(words), None)]


def _split_time_from_names(words: list[str], gazetteer: Gazetteer) -> list[tuple[str, str | None]] | None:
    """Cut "Tháng 9 hằng năm Huyện đoàn" (a timeframe cell, then the lead's beside it on the line,
    where the timeframe column stands left of the names) into the timeframe and the names."""
    for k in range(len(words) - 1, 0, -1):
        head = " ".join(words[:k])
        if (
            all(is_timeframe_word(w) for w in words[:k])
            and has_timeframe_cue(head)
            and words[k][:1].isupper()
            and not takes_an_object(words[:k])  # "Theo đề nghị của" / "Bộ Y tế": one timeframe
            and (starts_with_full_name(words[k:], gazetteer) or shaped_like_a_name(" ".join(words[k:])))
        ):
            return [(head, TIME), (" ".join(words[k:]), NAMES)]
    return None


def is_collective_cell(words: list[str]) -> bool:
    """A short collective assignment in its own words ("Các trường mầm non, tiểu học, trung học cơ
    sở", "Các cơ sở lưu trú du lịch"): tasks do not open with "Các"."""
    return bool(words) and fold(words[0]) == "cac" and len(words) <= 12 and not words[-1].endswith(".")


def _extends_name(before: list[Fragment], word: str, gazetteer: Gazetteer) -> bool:
    """Whether ``word`` carries on the name the last name fragments began ("Sở Lao động -" /
    "Thương binh và" / "Xã hội")."""
    run: list[str] = []
    for fragment in reversed(before):
        if fragment.column != NAMES:
            break
        run[:0] = fragment.text.split()
    return any(
        gazetteer.is_name_prefix(" ".join([*run[start:], word]))
        for start in range(max(0, len(run) - 8), len(run))
    )


def shaped_like_a_name(text: str) -> bool:
    from .assignees import shaped_like_a_name as shaped

    return shaped(text)


def opens_like_name(words: list[str], gazetteer: Gazetteer) -> bool:
    """Whether the words open like an agency name: a known name, a collective, a body's word."""
    from .assignees import opens_with_head

    key = fold(" ".join(words[:3]))
    return (
        gazetteer.is_name_prefix(" ".join(words[:2]))
        or (len(words) == 1 and gazetteer.is_name_prefix(words[0]))  # "Công" alone, not "Công tác"
        or key.startswith(_COLLECTIVE_HEADS)
        or opens_with_head(" ".join(words[:3]))
    )


def column(
    text: str,
    forced: str | None,
    before: list[Fragment],
    gazetteer: Gazetteer,
    opens_row: bool = True,
    in_box: bool = False,
) -> str:
    """The column a fragment belongs to.

    With ``opens_row`` (rows read in order), the first fragment of a row is its task text;
    otherwise (a text box on its own) its words decide. With ``in_box``, ``before`` holds the
    earlier lines of the same text box, which is one cell: a line continues it whenever its words
    allow, whatever its capitals ("Phòng Giáo dục và" / "Đào tạo").
    """
    if forced:
        return forced
    words = text.split()
    previous = before[-1] if before else None
    unfinished = previous is not None and not previous.text.endswith(TERMINAL)
    continuing = unfinished and (in_box or not text[:1].isupper())
    can_be_time = all(is_timeframe_word(w) for w in words) or reads_as_timeframe(text)
    # Titles and tasks can consist of words that also occur in names ("Truyền thông, giáo dục, vận
    # động xã hội"): a name must also open like one, unless it continues a name.
    can_be_names = (
        (
            all(is_name_word(w, gazetteer) for w in words)
            and (
                not text[:1].isupper()
                or opens_like_name(words, gazetteer)
                or (continuing and previous is not None and previous.column == NAMES)
                or (unfinished and _extends_name(before, words[0], gazetteer))
            )
        )
        or is_collective_cell(words)
        or (in_box and not text.endswith(".") and shaped_like_a_name(text))
    )
    feasible = [column for column, ok in ((TIME, can_be_time), (NAMES, can_be_names)) if ok]
    clear_time = TIME in feasible and has_timeframe_cue(text)
    if in_box and unfinished and previous is not None and not clear_time:
        return previous.column  # one box, one cell: its lines go on in the same column
    names_go_on = previous is not None and previous.column == NAMES and previous.text.endswith((";", ","))
    if in_box and names_go_on and not clear_time:
        return NAMES  # a list of names goes on after its separator, whatever the words
    if previous is None:
        if in_box and has_timeframe_cue(text) and len(words) <= 4:
            return TIME  # the first line of a narrow timeframe cell ("Theo Kế" / "hoạch thanh tra")
        if not feasible or opens_row:
            return TASK
        if TIME in feasible and has_timeframe_cue(text):
            return TIME
        return NAMES if NAMES in feasible else TIME
    if continuing and (previous.column in feasible or previous.column == TASK):
        return previous.column
    if not feasible:
        return TASK
    if TIME in feasible and (has_timeframe_cue(text) or any(f.column == TIME for f in before)):
        return TIME
    return feasible[-1] if NAMES in feasible else feasible[0]
