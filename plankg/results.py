"""Query results for the command line: an aligned table, CSV or SPARQL JSON."""

from __future__ import annotations

from typing import TextIO

import pyoxigraph as ox

from .namespaces import PREFIXES

MAX_WIDTH = 60


def compact(term: object) -> str:
    """A short form for reading: prefixed IRIs, literal values without datatype."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_WIDTH else text[: MAX_WIDTH - 1] + "…"


def write_results(results: object, form: str, out: TextIO) -> None:
    if isinstance(results, ox.QueryBoolean):
        out.write(("true" if bool(results) else "false") + "\n")
        return
    if isinstance(results, ox.QueryTriples):
        out.write((results.serialize(format=ox.RdfFormat.TURTLE) or b"").decode("utf-8"))
        return
    assert isinstance(results, ox.QuerySolutions)
    if form == "json":
        out.write((results.serialize(format=ox.QueryResultsFormat.JSON) or b"").decode("utf-8") + "\n")
        return
    if form == "csv":
        out.write((results.serialize(format=ox.QueryResultsFormat.CSV) or b"").decode("utf-8"))
        return
    names = [variable.value for variable in results.variables]
    rows = [[_cut(compact(solution[name])) for name in names] for solution in results]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    out.write("  ".join(name.ljust(width) for name, width in zip(names, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * width for width in widths) + "\n")
    for row in rows:
        out.write(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip() + "\n"
        )
    out.write(f"({len(rows)} rows)\n")
