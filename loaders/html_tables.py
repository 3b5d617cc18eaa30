"""HTML tables inside a text file (Markdown converted from Word often keeps them as ``<table>``).

Each table row becomes one line of tab-separated cells, the form every other delimited table has
(``loaders.tables``), written on the line where the row's ``<tr>`` starts; the other lines the row
spans are left blank, so every line keeps its number in the file and values still point to it.
A cell spanning several columns (``colspan``, a group's title) is followed by empty cells. Inside
a cell, paragraphs stay apart (``<p>``, ``<br>``), and line breaks of the HTML source are spaces.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_TABLE_START = re.compile(r"<table\b", re.IGNORECASE)


class _Rows(HTMLParser):
    """Rows of one or more tables: (0-based line of the ``<tr>``, last line, cells as HTML)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.rows: list[tuple[int, int, list[str]]] = []
        self.depth = 0  # nested tables are read as text of their cell
        self.row: list[str] | None = None
        self.row_line = 0
        self.cell: list[str] | None = None
        self.span = 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.depth += 1
        if self.depth != 1:
            self._text(self.get_starttag_text() or "")
            return
        if tag == "tr":
            self.row, self.row_line = [], self.getpos()[0] - 1
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
            span = dict(attrs).get("colspan") or "1"
            self.span = int(span) if span.isdigit() and int(span) > 0 else 1
        elif self.cell is not None:
            self.cell.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self.depth -= 1
        if self.depth >= 1 and not (self.depth == 1 and tag in ("tr", "td", "th")):
            self._text(f"</{tag}>")
            return
        if tag in ("td", "th") and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.row.extend([""] * (self.span - 1))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append((self.row_line, self.getpos()[0] - 1, self.row))
            self.row = None

    def handle_data(self, data: str) -> None:
        self._text(data)

    def handle_entityref(self, name: str) -> None:
        self._text(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._text(f"&#{name};")

    def _text(self, text: str) -> None:
        if self.cell is not None:
            self.cell.append(text.replace("\t", " "))


def html_tables_as_rows(lines: list[str]) -> list[str]:
    """``lines`` with every HTML table written as tab-separated rows (see the module's doc)."""
    if not any(_TABLE_START.search(line) for line in lines):
        return lines
    result = list(lines)
    index = 0
    while index < len(result):
        if not _TABLE_START.search(result[index]):
            index += 1
            continue
        end = next((i for i in range(index, len(result)) if "</table>" in result[i].lower()), len(result) - 1)
        parser = _Rows()
        parser.feed("\n".join(lines[index : end + 1]))
        parser.close()
        for position in range(index, end + 1):
            result[position] = ""
        for first, _last, cells in parser.rows:
            result[index + first] = "\t".join(cells)
        index = end + 1
    return result
