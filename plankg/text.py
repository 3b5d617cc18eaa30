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
