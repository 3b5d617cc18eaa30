"""Pages for people: the plan hierarchy from Decision 27 down (Vietnamese and English).

Server-rendered with Jinja2 (autoescaped: every piece of document text is escaped), usable
without JavaScript. The language comes from ?lang=, then Accept-Language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Header, Query, Request
from fastapi.responses import HTMLResponse

from plankg import reports
from plankg.plan_outline import sibling_key
from plankg.validation import Report

from .answers import page
from .deps import StoreDep
from .i18n import choose_language
from .validation import store_report

router = APIRouter()


# One row per plan and parent. Labels come from LABELS_QUERY: putting them in OPTIONALs here
# would multiply every label by every cited label and locality name (tens of thousands of rows).
PLANS_QUERY = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?plan ?level ?number ?issued ?parent ?appendix ?document
WHERE {
  ?plan a pk:Plan ; pk:level ?levelConcept .
  BIND(STRAFTER(STR(?levelConcept), "#") AS ?level)
  OPTIONAL { ?plan pk:documentNumber ?number }
  OPTIONAL { ?plan dct:issued ?issued }
  OPTIONAL { ?plan pk:implements ?parent }
  OPTIONAL { ?plan pk:appendixStatus ?appendix }
  OPTIONAL { ?plan pk:sourceDocument/pk:fileName ?document }
}
"""

# Each plan's own labels, the labels other documents cite it by, and its locality's names.
LABELS_QUERY = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?plan ?kind ?text
WHERE {
  ?plan a pk:Plan .
  { ?plan rdfs:label ?text BIND("label" AS ?kind) }
  UNION { ?plan skos:altLabel ?text BIND("citedLabel" AS ?kind) }
  UNION { ?plan pk:jurisdiction/skos:prefLabel ?text BIND("locality" AS ?kind) }
}
"""


@dataclass
class PlanNode:
    iri: str
    label: str
    level: str
    number: str | None
    issued: str | None
    locality: str | None
    parent: str | None
    appendix: str | None
    document: str | None
    tasks: int = 0
    incomplete: int = 0
    children: list[PlanNode] = field(default_factory=list)


def _value(solution: ox.QuerySolution, name: str) -> str | None:
    term = solution[name]
    return term.value if term is not None else None


def _in_language(solution: ox.QuerySolution, name: str, language: str) -> str | None:
    """A literal's value if it is in ``language`` (or has no language), else None."""
    term = solution[name]
    if isinstance(term, ox.Literal) and term.language in (None, language):
        return term.value
    return None


def _solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    results = store.query(query, use_default_graph_as_union=True)
    assert isinstance(results, ox.QuerySolutions)
    return results


def plan_tree(store: ox.Store, language: str, report: Report) -> list[PlanNode]:
    """The plans as a forest: each plan under the plan it implements; roots are the national plans
    and plans whose parent is unknown. Completeness is the validation report's."""
    completeness = {summary.iri: (summary.tasks, summary.incomplete) for summary in report.plans}
    nodes: dict[str, PlanNode] = {}
    for row in _solutions(store, PLANS_QUERY):
        iri = _value(row, "plan") or ""
        if iri in nodes:
            continue  # a second parent: the tree shows the plan once, under its first
        tasks, incomplete = completeness.get(iri, (0, 0))
        nodes[iri] = PlanNode(
            iri=iri,
            label="",
            level=_value(row, "level") or "",
            number=_value(row, "number"),
            issued=_value(row, "issued"),
            locality=None,
            parent=_value(row, "parent"),
            appendix=(_value(row, "appendix") or "").rsplit("#", 1)[-1] or None,
            document=_value(row, "document"),
            tasks=tasks,
            incomplete=incomplete,
        )
    texts: dict[tuple[str, str], list[str]] = {}
    for row in _solutions(store, LABELS_QUERY):
        text = _in_language(row, "text", language)
        if text:
            texts.setdefault((_value(row, "plan") or "", _value(row, "kind") or ""), []).append(text)
    for iri, node in nodes.items():
        # Several texts of one kind: take the least in code-point order, so a page is the same
        # on every request whatever order the store answers in.
        def first(kind: str, iri: str = iri) -> str | None:
            return min(texts.get((iri, kind), []), default=None)

        node.locality = first("locality")
        node.label = first("label") or first("citedLabel") or node.number or iri.rsplit("/", 1)[-1]
    roots: list[PlanNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent or "")
        (parent.children if parent else roots).append(node)

    def key(node: PlanNode) -> tuple[int, str, str]:
        return sibling_key(node.level, node.locality, node.label)

    for node in [*nodes.values()]:
        node.children.sort(key=key)
    roots.sort(key=key)
    return roots


@router.get("/", response_class=HTMLResponse, summary="The plan hierarchy (vi, en)")
def home(
    request: Request,
    store: StoreDep,
    lang: Annotated[str | None, Query(description="vi or en")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    language = choose_language(lang, accept_language)
    example = (
        "PREFIX pk: <https://w3id.org/plankg/def#>\n"
        "SELECT ?plan WHERE {\n"
        "  ?plan pk:implements+ <https://w3id.org/plankg/id/plan/ttg-2025-qd-27>\n"
        "}"
    )
    return page(
        request,
        "index.html",
        language,
        {
            "roots": plan_tree(store, language, store_report(request, store)),
            "slug": reports.slug,
            "example_query": example,
        },
    )
