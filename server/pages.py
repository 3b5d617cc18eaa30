"""Pages for people: the plan hierarchy from Decision 27 down (Vietnamese and English).

Server-rendered with Jinja2 (autoescaped: every piece of document text is escaped), usable
without JavaScript. The language comes from ?lang=, then Accept-Language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse

from plankg import reports
from plankg.plan_outline import LISTED_LANGUAGE
from plankg.validation import Report

from .answers import known_parameters, page
from .deps import StoreDep
from .i18n import choose_language
from .validation import store_report

router = APIRouter(dependencies=[Depends(known_parameters)])


# One row per plan, in outline order, from graph/plan-summaries (loaders/summaries.py): read from
# the documents' graphs, where every document citing a plan states its number and date again, the
# optional columns multiplied each other and the nation's tree took minutes. A plan's appendix
# status and document are stated once, in its own document's graph: looked up directly.
PLANS_QUERY = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?plan ?level ?label ?locality ?number ?issued ?parent ?appendix ?document
WHERE {
  GRAPH <https://w3id.org/plankg/graph/plan-summaries> {
    ?plan pk:outlinePosition ?position .
    OPTIONAL { SELECT ?plan ?levelConcept WHERE { ?plan pk:level ?levelConcept } }
    OPTIONAL { SELECT ?plan ?label WHERE { ?plan skos:prefLabel ?label } }
    OPTIONAL { SELECT ?plan ?locality WHERE { ?plan pk:localityName ?locality } }
    OPTIONAL { SELECT ?plan ?number WHERE { ?plan pk:documentNumber ?number } }
    OPTIONAL { SELECT ?plan ?issued WHERE { ?plan dct:issued ?issued } }
    OPTIONAL { SELECT ?plan ?parent WHERE { ?plan pk:implements ?parent } }
  }
  BIND(STRAFTER(STR(?levelConcept), "#") AS ?level)
  OPTIONAL { ?plan pk:appendixStatus ?appendix }
  OPTIONAL { ?plan pk:sourceDocument/pk:fileName ?document }
}
ORDER BY ?position
"""

# The summaries list plans in Vietnamese; in another language, each plan's own labels, the labels
# other documents cite it by, and its locality's names are read in that language.
LABELS_QUERY = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?plan ?kind ?text ?language  # ?language projected: pyoxigraph binds only projected variables
WHERE {
  GRAPH <https://w3id.org/plankg/graph/plan-summaries> { ?plan pk:outlinePosition ?position }
  { ?plan rdfs:label ?text BIND("label" AS ?kind) }
  UNION { ?plan skos:altLabel ?text BIND("citedLabel" AS ?kind) }
  UNION {
    GRAPH <https://w3id.org/plankg/graph/plan-summaries> { ?plan pk:jurisdiction ?unit }
    ?unit skos:prefLabel ?text BIND("locality" AS ?kind)
  }
  FILTER(lang(?text) = ?language)
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


def _solutions(store: ox.Store, query: str, **bound: ox.Literal) -> ox.QuerySolutions:
    results = store.query(
        query, use_default_graph_as_union=True, substitutions={ox.Variable(k): v for k, v in bound.items()}
    )
    assert isinstance(results, ox.QuerySolutions)
    return results


def plan_tree(store: ox.Store, language: str, report: Report) -> list[PlanNode]:
    """The plans as a forest: each plan under the plan it implements, in the outline order the
    build gave them (``plankg.plan_outline``); roots are the national plans and plans whose parent
    is unknown. Completeness is the validation report's."""
    completeness = {summary.iri: (summary.tasks, summary.incomplete) for summary in report.plans}
    nodes: dict[str, PlanNode] = {}
    roots: list[PlanNode] = []
    for row in _solutions(store, PLANS_QUERY):
        iri = _value(row, "plan") or ""
        if iri in nodes:
            continue  # a second appendix status or document: the plan is shown once
        tasks, incomplete = completeness.get(iri, (0, 0))
        node = PlanNode(
            iri=iri,
            label=_value(row, "label") or "",
            level=_value(row, "level") or "",
            number=_value(row, "number"),
            issued=_value(row, "issued"),
            locality=_value(row, "locality"),
            parent=_value(row, "parent"),
            appendix=(_value(row, "appendix") or "").rsplit("#", 1)[-1] or None,
            document=_value(row, "document"),
            tasks=tasks,
            incomplete=incomplete,
        )
        nodes[iri] = node
        # In outline order a plan's parent comes before it, and its siblings in their order.
        parent = nodes.get(node.parent or "")
        (parent.children if parent else roots).append(node)
    if language != LISTED_LANGUAGE:
        _relabel(store, language, nodes)
    for node in nodes.values():
        node.label = node.label or node.number or node.iri.rsplit("/", 1)[-1]
    return roots


def _relabel(store: ox.Store, language: str, nodes: dict[str, PlanNode]) -> None:
    """Labels and localities in ``language``: a plan's own label, else one it is cited by (the least
    in code-point order, so that a page is the same on every request)."""
    texts: dict[tuple[str, str], list[str]] = {}
    for row in _solutions(store, LABELS_QUERY, language=ox.Literal(language)):
        texts.setdefault((_value(row, "plan") or "", _value(row, "kind") or ""), []).append(
            _value(row, "text") or ""
        )
    for iri, node in nodes.items():

        def first(kind: str, iri: str = iri) -> str | None:
            return min(texts.get((iri, kind), []), default=None)

        node.locality = first("locality")
        node.label = first("label") or first("citedLabel") or ""


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
