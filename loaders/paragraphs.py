"""Rebuilding paragraphs from lines.

Markdown separates paragraphs with blank lines. Text extracted from PDF does not: it breaks
sentences at the page width and scatters empty lines inside them. There a line continues the
paragraph unless it opens a list item or numbered heading, or it starts a new sentence after a line
that ended one (terminal punctuation) or stopped short of the page width, or a line of spaces
(an empty text run) stands before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from statistics import quantiles

from plankg.text import squash

from .model import Span
from .source import Line, SourceText

ROMAN = r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
# A line that opens a new block: a bullet, "1.", "1.1.", "a)", "II.", "*Lưu ý".
BLOCK_START = re.compile(rf"^\s*(?:[-+•*]\s|\d+(?:\.\d+)*[.)]\s?|[a-zđ]\)\s|(?={ROMAN}\b)[IVXL]+\.\s)")
BULLET = re.compile(r"^\s*[-+•*–]\s")
NamePrefix = Callable[[str], bool]
TERMINAL = (".", ":", ";", "!", "?", ".)", ";)", "./.")


@dataclass
class Paragraph:
    lines: list[Line]

    @property
    def text(self) -> str:
        return squash(" ".join(line.text for line in self.lines))

    @property
    def span(self) -> Span:
        return Span(self.lines[0].number, self.lines[-1].number)

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


def starts_upper(text: str) -> bool:
    stripped = text.lstrip(" \t*\"'“(")
    return bool(stripped) and stripped[0].isupper()


def typical_width(lines: list[Line]) -> int:
    """The width of a full line of body text: the upper quartile of line lengths."""
    lengths = [len(line.stripped) for line in lines if len(line.stripped) > 20]
    if len(lengths) < 4:
        return 80
    return int(quantiles(lengths, n=4)[2])


def paragraphs(
    source: SourceText, lines: list[Line] | None = None, names: NamePrefix | None = None
) -> list[Paragraph]:
    """Group ``lines`` (default: the whole document) into paragraphs. ``names`` tells whether some
    words start a known agency name, so that a name broken at its dash is not taken for a bullet."""
    lines = source.lines if lines is None else lines
    if source.layout == "blocks":
        return _markdown_paragraphs(lines)
    return _pdf_paragraphs(lines, typical_width(source.lines), names or (lambda _text: False))


def _markdown_paragraphs(lines: list[Line]) -> list[Paragraph]:
    result: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            if current:
                result.append(Paragraph(current))
                current = []
            continue
        if current and (BLOCK_START.match(line.text) or "\t" in line.text):
            result.append(Paragraph(current))
            current = []
        current.append(line)
    if current:
        result.append(Paragraph(current))
    return result


def _pdf_paragraphs(lines: list[Line], width: int, names: NamePrefix) -> list[Paragraph]:
    result: list[Paragraph] = []
    current: list[Line] = []
    for line in lines:
        if line.blank:
            # An empty line means nothing in PDF text (extractors scatter them inside sentences),
            # but a line holding only spaces is an empty text run the extractor kept: a break.
            if line.raw.strip(" \t\u00a0") == "" and line.raw and not line.footnote and current:
                result.append(Paragraph(current))
                current = []
            continue
        if current and _opens_paragraph(current[-1].stripped, line.stripped, width, names):
            result.append(Paragraph(current))
            current = []
        current.append(line)
    if current:
        result.append(Paragraph(current))
    return result


def _opens_paragraph(previous: str, text: str, width: int, names: NamePrefix) -> bool:
    ended = previous.endswith(TERMINAL) or len(previous) < 0.7 * width
    if BULLET.match(text) and not previous.endswith(TERMINAL):
        # A name broken at its dash ("Sở Lao động" / "- Thương binh và Xã hội") is not a bullet.
        words = previous.split()
        following = " ".join(text.split()[:3])
        if any(
            names(" ".join(words[start:]) + " " + following)
            for start in range(max(0, len(words) - 6), len(words))
        ):
            return False
    if BLOCK_START.match(text):
        return True
    return starts_upper(text) and ended
