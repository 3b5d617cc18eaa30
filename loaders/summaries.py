"""Each plan's summary, made by the build: one value of each column the plan hierarchy lists.

A listing of every plan of the nation (four thousand) read from the documents' graphs took close
to a second: each column is a choice among many statements (a plan is cited by every document
below it, each stating its label, level and number again; its tasks are counted among a hundred
thousand), and pyoxigraph looks each plan up in each of them. The build makes the choices once and
writes them in graph/plan-summaries, where the ``plan-hierarchy`` query reads them in a few scans.

For each plan, each chosen as the least value (so a rebuild chooses the same): its level,
document number, date of issue, the plan it implements and its jurisdiction, each a copy of a
statement the documents make (and restate: the union of the graphs already holds each of them
about three times, once per document that cites the plan); and three statements only the build
makes: ``skos:prefLabel``, the label the plan is listed by in each language (its own label, else
the one it is cited by; plans have no preferred label otherwise), ``pk:localityName`` (its
jurisdiction's name in each language), ``pk:taskCount`` (its tasks, counted) and
``pk:outlinePosition`` (its place in the depth-first outline, as the home page lists it). Labels
and names are not copied: each is stated once, and a copy would make every query of them without
DISTINCT answer twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TypeVar

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS, XSD
from rdflib.term import Node

from plankg.namespaces import PK
from plankg.plan_outline import LISTED_LANGUAGE, depth_first, sibling_key
from plankg.sparql_source import to_rdflib

_PREFIXES = """PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
"""
K = TypeVar("K")
V = TypeVar("V", bound=Node)
# The plans, each once: a plan's type is stated by every document that cites it.
_PLANS = "{ SELECT DISTINCT ?plan WHERE { ?plan a pk:Plan } }"


def _pairs_query(pattern: str) -> str:
    """Each plan with each ?value the pattern gives it."""
    return _PREFIXES + f"SELECT DISTINCT ?plan ?value WHERE {{ {_PLANS} {pattern} }}"


# The columns copied, each the least value among the statements.
_COLUMNS = {
    PK.level: "?plan pk:level ?value",
    PK.documentNumber: "?plan pk:documentNumber ?value",
    DCTERMS.issued: "?plan dct:issued ?value",
    PK.implements: "?plan pk:implements ?value",
    PK.jurisdiction: "?plan pk:jurisdiction ?value",
}
# The texts a plan is listed by, in order of preference: its own label, then those it is cited by.
_LABELS = ("?plan rdfs:label ?value", "?plan skos:altLabel ?value")
_LOCALITY_NAMES = "?plan pk:jurisdiction/skos:prefLabel ?value"
_TASK_COUNTS = (
    _PREFIXES
    + f"""SELECT ?plan (COUNT(DISTINCT ?task) AS ?tasks) WHERE {{
  {_PLANS} ?task pk:partOfPlan ?plan
}} GROUP BY ?plan"""
)


@dataclass
class ListedPlan:
    plan: URIRef
    values: dict[URIRef, Node] = field(default_factory=dict)  # predicate -> the value chosen
    label: Literal | None = None  # the label it is listed by, in the listed language
    locality: Literal | None = None  # its jurisdiction's name, in the listed language
    tasks: int = 0

    def key(self) -> tuple[int, str, str]:
        """Where the plan comes among the plans under the same plan."""
        level = str(self.values.get(PK.level, "")).rsplit("#", 1)[-1]
        return sibling_key(level, str(self.locality or ""), str(self.label or self.plan))


def summaries(store: ox.Store) -> list[ListedPlan]:
    """Every plan of the store's union graph with its summary, in outline order."""
    every_plan = _pairs_query("BIND(true AS ?value)")
    found = {plan: ListedPlan(plan) for plan, _ in _pairs(store, every_plan)}
    for predicate, pattern in _COLUMNS.items():
        for plan, value in _pairs(store, _pairs_query(pattern)):
            _keep_least(found[plan].values, predicate, value)
    for pattern in reversed(_LABELS):  # the preferred kind last, so that it replaces the other
        for plan, label in _least_in_listed_language(store, pattern).items():
            found[plan].label = label
    for plan, locality in _least_in_listed_language(store, _LOCALITY_NAMES).items():
        found[plan].locality = locality
    for plan, count in _pairs(store, _TASK_COUNTS):
        found[plan].tasks = int(str(count))

    def parent(plan: URIRef) -> URIRef | None:
        value = found[plan].values.get(PK.implements)
        return value if isinstance(value, URIRef) else None

    return [found[plan] for plan in depth_first(found, parent, lambda plan: found[plan].key())]


def summary_statements(store: ox.Store) -> Iterator[tuple[Node, Node, Node]]:
    """The statements of graph/plan-summaries."""
    for position, summary in enumerate(summaries(store), start=1):
        for predicate, value in summary.values.items():
            yield summary.plan, predicate, value
        if summary.label is not None:
            yield summary.plan, SKOS.prefLabel, summary.label
        if summary.locality is not None:
            yield summary.plan, PK.localityName, summary.locality
        yield summary.plan, PK.taskCount, Literal(summary.tasks, datatype=XSD.integer)
        yield summary.plan, PK.outlinePosition, Literal(position, datatype=XSD.integer)


def _pairs(store: ox.Store, query: str) -> Iterator[tuple[URIRef, Node]]:
    """The (plan, value) rows of a query of two variables, the plan first."""
    solutions = store.query(query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    for plan, value in solutions:
        yield URIRef(plan.value), to_rdflib(value)


def _least_in_listed_language(store: ox.Store, pattern: str) -> dict[URIRef, Literal]:
    """For each plan, the least of the texts in the listed language the pattern gives it."""
    least: dict[URIRef, Literal] = {}
    for plan, value in _pairs(store, _pairs_query(pattern)):
        if isinstance(value, Literal) and value.language == LISTED_LANGUAGE:
            _keep_least(least, plan, value)
    return least


def _keep_least(chosen: dict[K, V], key: K, value: V) -> None:
    """Keep ``value`` under ``key`` if it is the least seen: the same choice on every build."""
    if key not in chosen or _order(value) < _order(chosen[key]):
        chosen[key] = value


def _order(value: Node) -> tuple[str, str]:
    """Values compared by their text, then by language or datatype."""
    if isinstance(value, Literal):
        return str(value), value.language or str(value.datatype or "")
    return str(value), ""


def derive_summaries_again(store: ox.Store) -> None:
    """The summaries of a store whose data was changed (an admin's write): the old ones dropped,
    the new ones made from the data as it is now."""
    from plankg.namespaces import PLAN_SUMMARIES_GRAPH

    from .derive import write_graph

    store.update(f"DROP SILENT GRAPH <{PLAN_SUMMARIES_GRAPH}>")
    write_graph(store, str(PLAN_SUMMARIES_GRAPH), summary_statements(store))
