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


def _keyword(names: str) -> str:
    """A pattern of the keywords ``names`` (an alternation), each standing alone: not part of a
    prefixed name, variable, language tag or blank node label."""
    return rf"(?<![\w:?$@.\-])({names})(?![\w:\-])"


# The keywords that decide what a request may do: FROM (the dataset), SERVICE and LOAD (fetching).
_DECISIVE = re.compile(_keyword("FROM|SERVICE|LOAD"), re.IGNORECASE)


def keywords(text: str) -> set[str]:
    """Which of FROM, SERVICE and LOAD the code of a query or update uses (upper case)."""
    return {match.group(1).upper() for match in _DECISIVE.finditer(code_only(text))}


def pattern_start(query: str) -> int | None:
    """The offset just inside the brace that opens the query's outermost WHERE pattern (the first
    ``WHERE {``, or the first brace of a query written without the word WHERE)."""
    code = code_only(query)
    where = re.search(r"\bWHERE\s*\{", code, re.IGNORECASE) or re.search(r"\{", code)
    return where.end() if where else None


def _top_level_keywords(code: str, names: str) -> list[re.Match[str]]:
    """The matches of the keywords ``names`` (an alternation) outside any braces of ``code``."""
    found = []
    depth = 0
    for match in re.finditer(rf"[{{}}]|{_keyword(names)}", code, re.IGNORECASE):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0:
            found.append(match)
    return found


def dataset_clauses(update: str) -> set[str]:
    """Which of USING and WITH the operations of ``update`` use (upper case)."""
    return {match.group().upper() for match in _top_level_keywords(code_only(update), "USING|WITH")}


def with_using(update: str, default_graphs: list[str], named_graphs: list[str]) -> str:
    """``update`` with ``USING <g>`` and ``USING NAMED <g>`` clauses before the WHERE of each of
    its DELETE/INSERT operations (SPARQL 1.1 Update §3.1.3), as the protocol's using-graph-uri and
    using-named-graph-uri parameters ask (SPARQL 1.1 Protocol §2.2.3). ``DELETE WHERE`` takes no
    USING clause, and needs none: its pattern is also its template."""
    clauses = " ".join(
        [*(f"USING <{iri}>" for iri in default_graphs), *(f"USING NAMED <{iri}>" for iri in named_graphs)]
    )
    code = code_only(update)
    pieces = []
    start = 0
    for match in _top_level_keywords(code, "WHERE"):
        if re.search(r"\bDELETE\s*$", code[: match.start()], re.IGNORECASE):
            continue
        pieces += [update[start : match.start()], clauses, " "]
        start = match.start()
    return "".join([*pieces, update[start:]])


# pyoxigraph's SPARQL parser recurses once per bracket: a query nested a few thousand levels deep
# overflows the stack of the thread parsing it and kills the process (a segmentation fault, not an
# exception: measured between 2,000 and 3,000 levels on a thread). Real queries nest a dozen.
MAX_NESTING = 256


def nesting_depth(text: str) -> int:
    """How deep the brackets ``{ ( [`` of the SPARQL code in ``text`` nest (strings, IRIs and
    comments left out)."""
    depth = deepest = 0
    for character in code_only(text):
        if character in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif character in "})]":
            depth -= 1
    return deepest
