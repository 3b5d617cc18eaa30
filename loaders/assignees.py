"""Reading the lead and cooperating cells of a task into names.

A cell may name one body ("Sở Y tế"), several ("Sở Lao động - Thương binh và Xã hội; các sở, ban,
ngành, đơn vị liên quan"), or bodies collectively ("UBND các huyện, thành phố"). Names are kept as
written; a list is split on ";" and, where every piece is a known name, on "," and "và". Commas
inside a single name ("Sở Văn hóa, Thể thao và Du lịch") are left alone because the pieces are not
names on their own.
"""

from __future__ import annotations

import re

from plankg.text import fold, squash

from .gazetteer import UNIT_TYPE_WORDS, Gazetteer

_LIST_SEPARATOR = re.compile(r"\s*;\s*|\n")
_INNER_SEPARATOR = re.compile(r",\s+|\s+và\s+")
_BODY_PLURALS = ("so", "ban", "nganh", "phong", "don vi", "co quan", "doan the", "dia phuong")


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
        if not part:
            continue
        names.extend([part] if is_collective(part) else _split_known_names(part, gazetteer))
    return names


def _split_known_names(part: str, gazetteer: Gazetteer) -> list[str]:
    """Split "Sở Y tế, Sở Tư pháp và Công an tỉnh" when every piece is a known name."""
    pieces = _INNER_SEPARATOR.split(part)
    if len(pieces) == 1:
        return [part]
    # Join neighbouring pieces until each group is a name the gazetteer knows, left to right.
    groups: list[str] = []
    separators = _INNER_SEPARATOR.findall(part)
    current = pieces[0]
    for separator, piece in zip(separators, pieces[1:], strict=True):
        if gazetteer.agency(current)[0] and piece[:1].isupper() and gazetteer.agency(piece)[0]:
            groups.append(current)
            current = piece
        else:
            current = current + separator + piece
    groups.append(current)
    if len(groups) > 1 and all(gazetteer.agency(group)[0] for group in groups):
        return groups
    return [part]
