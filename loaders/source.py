"""Reading a source document into numbered lines.

Two shapes of text arrive from officials' files: text extracted from PDF (sentences broken across
lines, table cells split and interleaved) and Markdown converted from word processors (headings,
``**bold**``, tables as tab-separated lines whose cells hold HTML). Each ``Line`` keeps its number in
the file and its text with the formatting markup removed, so every value read later can point
back to the lines it came from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from pathlib import Path

from plankg.text import PARAGRAPH_BREAK, nfc

from .html_tables import html_tables_as_rows
from .model import DocumentError, Footnote, Span

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_EMPHASIS = re.compile(r"\*\*|__")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
# Between two paragraphs of one cell; a tab between them is a cell boundary, not a paragraph break.
_HTML_PARAGRAPH = re.compile(r"</p>[ \r\n\u00a0]*<p>", re.IGNORECASE)
# Where the pieces of a layout table's row part in a line: line breaks in a cell, the cells of a
# Markdown row, tab-separated cells, Word paragraph marks.
PIECE_BREAK = re.compile(r"<br\s*/?>|\t|\u2029|\|", re.IGNORECASE)
_HTML_BREAK = re.compile(r"<br\s*/?>|</p>|<p>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")

MARKDOWN_SIGNS = (
    re.compile(r"^\s{0,3}#{1,6}\s+\S", re.MULTILINE),
    re.compile(r"\*\*\S"),
    re.compile(r"^[^\t\n]*\t[^\t\n]*\t", re.MULTILINE),
    re.compile(r"^\s*\|.*\|\s*$", re.MULTILINE),
)


def split_lines(text: str) -> list[str]:
    """Lines as editors number them: split at line feeds only (str.splitlines would also split at
    form feeds and at the paragraph separator that marks paragraphs inside table cells). A page's
    form feed, as PDF extractors write it, stays at the start of the line it begins."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass(frozen=True)
class Line:
    number: int  # 1-based line number in the file
    raw: str  # the line as it is in the file (without the newline)
    text: str  # markup removed, trailing spaces removed; leading spaces and tabs kept
    footnote: bool = False  # a page footnote (or its separator) lifted out of the running text
    page_start: bool = False  # the first line of a page (a form feed in text extracted from PDF)

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def strip_markup(raw: str, markdown: bool) -> str:
    """Remove formatting markup, keeping the words and the tab-separated cells."""
    text = raw.rstrip()
    if "<" in text:
        # Paragraphs inside a table cell stay apart (a bullet list in a cell keeps its lines).
        text = _HTML_PARAGRAPH.sub(PARAGRAPH_BREAK, text)
        text = _HTML_TAG.sub("", _HTML_BREAK.sub(" ", text))
    if markdown:
        text = _MD_HEADING.sub("", text)
        text = _MD_EMPHASIS.sub("", text)
        text = _MD_ITALIC.sub(r"\1", text)
    return text.rstrip()


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (with or without a byte-order mark); anything else is an error naming the line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise DocumentError(
            source, line, f"expected UTF-8 text, found byte 0x{data[error.start]:02x} at offset {error.start}"
        ) from None


# A footnote separator in PDF text: a line of spaces as wide as the rule printed above footnotes.
_FOOTNOTE_RULE = re.compile(r"^[ \t\u00a0]{10,}$")
_FOOTNOTE_START = re.compile(r"^\s*(?P<mark>\d{1,2})\s?(?P<text>[^\W\d_].*)$")


def lift_footnotes(lines: list[Line]) -> tuple[list[Line], list[Footnote]]:
    """Take page footnotes out of PDF text and remove their marks from the words they annotate.

    A footnote is a rule line (only spaces, at least ten), then "<mark><Sentence>" running to the
    first line that ends a sentence. Its mark is removed where it is glued to a word above it
    ("Xã hội1," -> "Xã hội,"), since the mark is not part of the name.
    """
    result = list(lines)
    notes: list[Footnote] = []
    index = 0
    while index < len(result):
        if not _FOOTNOTE_RULE.match(result[index].raw):
            index += 1
            continue
        start = index + 1
        while start < len(result) and not result[start].raw.strip():
            start += 1
        match = _FOOTNOTE_START.match(result[start].text) if start < len(result) else None
        if not match:
            index += 1
            continue
        end = start
        while end < min(len(result) - 1, start + 6) and not result[end].stripped.endswith("."):
            end += 1
        mark = match.group("mark")
        text = " ".join([match.group("text"), *(line.stripped for line in result[start + 1 : end + 1])])
        notes.append(Footnote(mark, " ".join(text.split()), Span(result[start].number, result[end].number)))
        for position in range(index, end + 1):
            line = result[position]
            result[position] = replace(line, text="", footnote=True)
        glued = re.compile(rf"(?<=[^\W\d_]){mark}(?=[\s,.;:)]|$)")
        for position in range(max(0, index - 120), index):
            line = result[position]
            cleaned = glued.sub("", line.text)
            if cleaned != line.text:
                result[position] = replace(line, text=cleaned)
        index = end + 1
    return result, notes


# How paragraphs are laid out in a view: "blocks" (blank lines between paragraphs: Markdown, Word)
# or "wrapped" (text extracted from PDF: lines broken at the page width, no reliable blank lines).
LAYOUTS = {"markdown": "blocks", "docx": "blocks", "pdf-text": "wrapped", "pdf": "wrapped"}


@dataclass
class SourceText:
    name: str
    lines: list[Line]
    format: str  # "markdown", "pdf-text" (text files); "docx", "pdf" (text views of those files)
    sha256: str  # of the file as published
    footnotes: list[Footnote]

    @property
    def layout(self) -> str:
        return LAYOUTS[self.format]

    @classmethod
    def from_bytes(cls, name: str, data: bytes) -> SourceText:
        """A text file (.txt or .md): Markdown when it shows Markdown signs, else text from PDF."""
        text = nfc(decode(data, name))
        markdown = any(sign.search(text) for sign in MARKDOWN_SIGNS)
        return cls.from_text(
            name, text, "markdown" if markdown else "pdf-text", hashlib.sha256(data).hexdigest()
        )

    @classmethod
    def from_text(cls, name: str, text: str, form: str, sha256: str) -> SourceText:
        markdown = form == "markdown"
        raws = split_lines(text)
        # HTML tables as tab-separated rows, each on its <tr> line (loaders.html_tables).
        readable = html_tables_as_rows(raws) if markdown else raws
        lines = [
            Line(number, raw, strip_markup(view.replace("\x0c", ""), markdown), page_start="\x0c" in raw)
            for number, (raw, view) in enumerate(zip(raws, readable, strict=True), 1)
        ]
        if not any(not line.blank for line in lines):
            raise DocumentError(name, None, "the document is empty: expected the text of a plan")
        footnotes: list[Footnote] = []
        if LAYOUTS[form] == "wrapped":
            lines, footnotes = lift_footnotes(lines)
        return cls(name=name, lines=lines, format=form, sha256=sha256, footnotes=footnotes)

    @classmethod
    def read(cls, path: Path) -> SourceText:
        """Any document file: text as it is, .docx and .pdf through their text view."""
        from .formats import text_view

        try:
            data = path.read_bytes()
        except OSError as error:
            raise DocumentError(path.name, None, f"cannot read the file: {error.strerror}") from None
        form, view = text_view(path, data)
        if view is None:
            return cls.from_bytes(path.name, data)
        return cls.from_text(path.name, nfc(view), form, hashlib.sha256(data).hexdigest())

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def between(self, first: int, last: int) -> list[Line]:
        """Lines ``first``..``last`` inclusive (1-based)."""
        return self.lines[first - 1 : last]
