"""The validation report a build saves beside its generation, and reads back whole.

At the nation's scale the report takes the fast engine over a minute and 700 MB: made on the
first page that needed it, by every server worker, it held that page for a minute. The build makes
it once (``loaders.build``) and the server reads it (``server.validation.ReportCache``), unless
the shapes it was made with are not the shapes in service: each saved report names the digest of
its shapes file, and a report of other shapes is made afresh.

The file is the report's JSON (``plankg.reports.json_report``, what ``plankg validate --format
json`` prints) with what that leaves out for people but the SHACL report in RDF needs: each
result's focus node and value as RDF terms (N-Triples syntax) and its constraint component.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from rdflib.term import Node
from rdflib.util import from_n3

from .report_model import PlanSummary, Report, Result

FORMAT = "plankg-validation-report/1"


def shapes_digest(shapes_path: Path) -> str:
    return hashlib.sha256(shapes_path.read_bytes()).hexdigest()


def save(report: Report, path: Path, shapes_path: Path) -> None:
    """Write the report to ``path``, whole or not at all (a reader never sees half a file)."""
    data = {
        "format": FORMAT,
        "shapes_sha256": shapes_digest(shapes_path),
        "report": report.to_json(),
        "terms": [[_n3(r.focus_term), _n3(r.value_term), r.component] for r in report.results],
    }
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    os.replace(partial, path)


def load(path: Path, shapes_path: Path) -> Report | None:
    """The report saved at ``path``, or None when there is none, or it was made with other shapes
    or by another version of this format."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != FORMAT or data.get("shapes_sha256") != shapes_digest(shapes_path):
        return None
    report = data["report"]
    results = [_result(r, terms) for r, terms in zip(report["results"], data["terms"], strict=True)]
    return Report(results, [_plan(p) for p in report["plans"]])


def _n3(term: Node | None) -> str | None:
    return term.n3() if term is not None else None


def _term(text: str | None) -> Node | None:
    term = from_n3(text) if text is not None else None
    assert term is None or isinstance(term, Node)  # what ``_n3`` wrote: an RDF term
    return term


# The fields whose JSON name is the field's own; the others are renamed or shaped below.
_RESULT_FIELDS = (
    "focus",
    "source",
    "plan",
    "task",
    "path",
    "severity",
    "message",
    "shape",
    "lines",
    "text",
    "value",
    "name",
)
_PLAN_FIELDS = ("label", "number", "issued", "source", "tasks", "counts")


def _result(data: dict[str, Any], terms: list[str | None]) -> Result:
    focus, value, component = terms
    return Result(
        **{name: data[name] for name in _RESULT_FIELDS},
        fix=data["suggestedFix"],
        value_label=data["valueLabel"] or {},
        component=component,
        focus_term=_term(focus),
        value_term=_term(value),
    )


def _plan(data: dict[str, Any]) -> PlanSummary:
    return PlanSummary(
        **{name: data[name] for name in _PLAN_FIELDS},
        iri=data["plan"],
        locality=data["locality"] or {},
        incomplete=data["incompleteTasks"],
    )
