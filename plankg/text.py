"""Text helpers shared by the loaders, the RDF writer and the server.

Documents keep their Vietnamese text exactly as written; these functions only produce keys for
matching (``fold``), identifiers (``slugify``) and the joined form of names and timeframes
(``squash``: line breaks and runs of spaces become one space).
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def squash(text: str) -> str:
    """Join line breaks and runs of whitespace into single spaces."""
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """A matching key: lower case, no diacritics, đ→d, single spaces.

    "Sở Lao động - Thương binh và Xã hội" and "SỞ LAO ĐỘNG -  THƯƠNG BINH VÀ XÃ HỘI" fold alike.
    """
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return squash(stripped.casefold())


def slugify(text: str) -> str:
    """An ASCII slug for IRIs: "Kon Tum" -> "kon-tum", "Sở Y tế" -> "so-y-te"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def nfc(text: str) -> str:
    """Unicode NFC, so that composed and decomposed Vietnamese letters compare equal."""
    return unicodedata.normalize("NFC", text)


def opening_words(text: str, count: int = 12) -> str:
    """The first ``count`` words of a text, with an ellipsis when it was cut."""
    words = squash(text).split(" ")
    if len(words) <= count:
        return " ".join(words)
    return " ".join(words[:count]) + " …"


PARAGRAPH_BREAK = "\u2029"  # a paragraph break inside one table cell (Word paragraphs, HTML <p>)
BULLETS = ("- ", "+ ", "• ", "– ")


def join_fragments(parts: list[str]) -> str:
    """Join the pieces of one text (lines of a PDF cell, paragraphs of a Word cell): spaces
    between them, except that a bullet ("- ...") after a finished sentence starts a new line, as
    the document shows it. (A line that merely wraps before " - ", as in "kinh tế - xã hội",
    follows a piece that did not end a sentence.) A date or number wrapped at its slash ("30/" /
    "9/2025", "30" / "/9/2025", "Quý IV" / "/2025", "27/" / "QĐ-TTg") is joined without a space."""
    text = ""
    for part in (squash(p) for p in parts):
        if not part:
            continue
        if text and part.startswith(BULLETS) and text.endswith((".", ";", ":", "!", "?")):
            text += "\n" + part
        elif (re.search(r"\d/$", text) and part[:1].isalnum()) or (
            text[-1:].isalnum() and re.match(r"/\w", part)
        ):
            text += part  # a date or number wrapped at its slash ("30/" / "9/2025", "27/" / "QĐ-TTg")
        else:
            text = f"{text} {part}" if text else part
    return text


def cell_text(cell: str) -> str:
    """The text of a table cell whose paragraphs are separated by PARAGRAPH_BREAK."""
    return join_fragments(cell.split(PARAGRAPH_BREAK))
