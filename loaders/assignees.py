"""Reading the lead and cooperating cells of a task into names.

A cell may name one body ("Sở Y tế"), several ("Sở Lao động - Thương binh và Xã hội; các sở, ban,
ngành, đơn vị liên quan"), or bodies collectively ("UBND các huyện, thành phố"). Names are kept as
written; a list is split on ";" and, where every piece is a known name, on "," and "và". Commas
inside a single name ("Sở Văn hóa, Thể thao và Du lịch") are left alone because the pieces are not
names on their own.
"""

from __future__ import annotations

import re

from plankg.text import fold, nfc, squash

from .gazetteer import UNIT_TYPE_WORDS, Gazetteer

_LIST_SEPARATOR = re.compile(r"\s*;\s*|\n")
_INNER_SEPARATOR = re.compile(r",\s+|\s+và\s+")
_BODY_PLURALS = ("so", "ban", "nganh", "phong", "don vi", "co quan", "doan the", "dia phuong")
# The words a body's name starts with, diacritics kept ("Báo" a newspaper, "Bảo đảm" to ensure;
# "Vụ" a department, "Vũ" a name): a piece of a list that starts with one, in capitals, is the name
# of a body even when the gazetteer does not know it. Both tone placements ("Tòa"/"Toà") occur.
AGENCY_HEADS = tuple(
    "sở|phòng|ban|bộ|cục|vụ|viện|tòa|toà|công an|văn phòng|thanh tra|trung tâm|hội|đoàn|tỉnh đoàn|"
    "thành đoàn|huyện đoàn|thị đoàn|quận đoàn|liên đoàn|liên hiệp|ủy ban|uỷ ban|ubnd|hđnd|ubmttq|"
    "hội đồng|đài|báo|tạp chí|nhà xuất bản|"
    "bảo hiểm|ngân hàng|trường|bệnh viện|chi cục|kho bạc|mặt trận|hiệp hội|trạm y tế|nhà văn hóa|"
    "quỹ|tổng cục|đồn biên phòng|đồn công an|vườn quốc gia|khu bảo tồn|bộ chỉ huy|ban chỉ huy|"
    "thống kê|cảng vụ|kiểm lâm|hạt kiểm lâm|bưu điện|viễn thông|công chức".split("|")
)


# Body's words that name a body on their own ("Huyện đoàn", "Thanh tra"); the others need a name
# after them ("Sở ...", "Cục ...", "Thống kê tỉnh ...").
_BODIES_ALONE = frozenset(
    "tỉnh đoàn|thành đoàn|huyện đoàn|thị đoàn|quận đoàn|thanh tra|công an|kiểm lâm|hạt kiểm lâm|"
    "bưu điện|viễn thông|kho bạc|ubnd|hđnd|ubmttq".split("|")
)


def opens_with_head(text: str) -> bool:
    """Whether ``text`` starts with a body's word ("Trung tâm ...", "Đồn Biên phòng ..."). A comma
    right after the word ("Phòng, chống ...", to prevent) is no name."""
    key = " ".join(re.sub(r"[;:.()]", " ", nfc(text).casefold()).split())  # "Huyện đoàn;" opens one
    return any(key == head or key.startswith(head + " ") for head in AGENCY_HEADS)


_UNIT_AFTER_HEAD = {"tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "trung", "đặc"}


def shaped_like_a_name(text: str) -> bool:
    """A body's name the gazetteer may not know, by its shape: a body's word followed by a word in
    capitals or a unit ("Vụ Pháp chế", "Cục Bà mẹ và Trẻ em", "Công an tỉnh"), unlike a task that
    opens with the same word ("Ban hành ...", "Báo cáo ...", "Thanh tra việc ...")."""
    key = " ".join(re.sub(r"[;:.()]", " ", nfc(text).casefold()).split())
    words = nfc(text).replace(";", " ").split()
    for head in sorted(AGENCY_HEADS, key=len, reverse=True):
        if key == head:
            return True
        if key.startswith(head + " "):
            following = words[len(head.split())] if len(words) > len(head.split()) else ""
            return following[:1].isupper() or following.casefold() in _UNIT_AFTER_HEAD
    return False


def is_collective(name: str) -> bool:
    """Whether a name assigns bodies collectively ("các sở, ban, ngành", "UBND quận, huyện")."""
    key = " " + fold(name).replace(",", " , ") + " "
    if " cac " in key or " lien quan " in key or " nhung " in key:
        return True
    unit_words = sum(f" {word} " in key for word, _ in UNIT_TYPE_WORDS)
    plural_bodies = sum(f" {word} " in key for word in _BODY_PLURALS)
    return (unit_words >= 2 or plural_bodies >= 2) and " , " in key


def split_assignees(cell: str | None, gazetteer: Gazetteer) -> list[str]:
    """The names in a lead or cooperating cell, each as written (spaces joined)."""
    if not cell or not squash(cell):
        return []
    names: list[str] = []
    for part in _LIST_SEPARATOR.split(cell):
        part = squash(part).strip(" .,;")
        if part:
            names.extend(_split_names(part, gazetteer))
    return names


def _is_name(text: str, gazetteer: Gazetteer) -> bool:
    """A known name, a collective, or a capitalised name that opens with a body's word."""
    if gazetteer.agency(text)[0] or is_collective(text):
        return True
    return text[:1].isupper() and opens_with_head(text)


def _opens_name(piece: str, gazetteer: Gazetteer) -> bool:
    key = fold(piece)
    if key.startswith("cac ") and is_collective(piece):
        return True  # "Sở Y tế và các sở, ngành liên quan"
    if gazetteer.agency(piece)[0]:
        return piece[:1].isupper()
    # A body's word alone, unknown as a name, continues the name before it: "Cục Thông tin,
    # Thống kê" is one department, not "Cục Thông tin" and "Thống kê".
    key = nfc(piece).casefold().strip(" .;")
    bare_head = key in AGENCY_HEADS and key not in _BODIES_ALONE
    return piece[:1].isupper() and opens_with_head(piece) and not bare_head


def _split_names(part: str, gazetteer: Gazetteer) -> list[str]:
    """Split "Sở Y tế, Sở Tư pháp và UBND các huyện, thị xã" at the commas and "và" that stand
    between names, not at those inside one ("Sở Văn hóa, Thể thao và Du lịch", "các huyện, thị xã")."""
    pieces = _INNER_SEPARATOR.split(part)
    if len(pieces) == 1:
        return [part]
    groups: list[str] = []
    separators = _INNER_SEPARATOR.findall(part)
    current = pieces[0]
    for separator, piece in zip(separators, pieces[1:], strict=True):
        if (
            _is_name(current, gazetteer)
            and _opens_name(piece, gazetteer)
            and not _continues_name(current, separator, piece, gazetteer)
            and not _shares_the_body(current, separator, piece)
        ):
            groups.append(current)
            current = piece
        else:
            current = current + separator + piece
    groups.append(current)
    if len(groups) > 1 and all(_is_name(group, gazetteer) for group in groups):
        return groups
    return [part]


_UNIT_WORDS = {part for word, _ in UNIT_TYPE_WORDS for part in word.split()}


def _shares_the_body(current: str, separator: str, piece: str) -> bool:
    """ "UBND thành phố Thủ Đức và các quận, huyện": the People's Committees of the city and of the
    districts, one collective; "các quận, huyện" names no body of its own."""
    words = fold(piece).replace(",", " ").split()
    return (
        separator.strip() == "và"
        and fold(current).startswith(("ubnd ", "uy ban nhan dan "))
        and words[:1] == ["cac"]
        and len(words) > 1
        and all(word in _UNIT_WORDS for word in words[1:])
    )


def _continues_name(current: str, separator: str, piece: str, gazetteer: Gazetteer) -> bool:
    """Whether the separator is inside one known name ("Sở Giáo dục và Đào tạo")."""
    return gazetteer.is_name_prefix(current + separator + piece.split(" ")[0])
