"""Reading SPARQL text without parsing it: where its keywords are, and where its pattern opens.

A keyword counts only in the query's code: string literals, IRIs and comments are blanked out
first (keeping every offset), so that ``"MINUS"``, ``<http://example.org/VALUES>`` or a comment
saying "no SERVICE here" are never taken for keywords.
"""

from __future__ import annotations

import re

OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)


def code_only(query: str) -> str:
    """The query with its strings, IRIs and comments blanked (same length, same offsets)."""
    return OPAQUE.sub(lambda match: " " * len(match.group()), query)


def pattern_start(query: str) -> int | None:
    """The offset just inside the brace that opens the query's outermost WHERE pattern (the first
    ``WHERE {``, or the first brace of a query written without the word WHERE)."""
    code = code_only(query)
    where = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE) or re.search(r"\{", code)
    return where.end() if where else None
