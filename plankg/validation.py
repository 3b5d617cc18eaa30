"""SHACL validation of the graph (pyshacl, the reference engine) and the report people read.

The shapes (ontology/shapes.ttl) are one shape per problem an official can fix: its IRI names the
problem, ``sh:severity`` on the shape gives every result of it its severity (SHACL 2.1.5; for a
SPARQL-based constraint the shape's severity is the only one that counts, SHACL 5.3.2), and
``sh:name``, ``sh:message`` and ``pk:suggestedFix`` say, in Vietnamese and English, what the problem
is, what is wrong with this plan or task, and what to do.

Each result names the plan, the task (its number and opening words), the source file and the
lines. pyshacl drops the language tags of ``sh:resultMessage``, so the texts are taken from the
shape that produced the result, where each language is tagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

import pyoxigraph as ox
import pyshacl
from rdflib import Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from .namespaces import PK, SH, SHAPES_GRAPH
from .settings import Settings

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
LANGUAGES = ("vi", "en")

Texts = dict[str, str]  # language -> text


@dataclass
class Result:
    focus: str
    source: str | None
    plan: str | None
    task: str | None
    path: str | None
    severity: str
    message: Texts
    shape: str | None = None
    lines: list[int] | None = None
    text: str | None = None  # the opening of the task's text, to recognise it
    value: str | None = None  # the value the result is about (sh:value): a successor, a timeframe
    name: Texts = field(default_factory=dict)  # the problem, in a few words (the shape's sh:name)
    fix: Texts = field(default_factory=dict)  # what to do (the shape's pk:suggestedFix)
    value_label: Texts = field(default_factory=dict)  # the value as people read it
    component: str | None = None  # sh:sourceConstraintComponent
    # The RDF terms themselves, for the SHACL report in RDF (a draft's focus may be a blank node).
    focus_term: Node | None = field(default=None, repr=False, compare=False)
    value_term: Node | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "focus": self.focus,
            "source": self.source,
            "plan": self.plan,
            "task": self.task,
            "path": self.path,
            "severity": self.severity,
            "message": self.message,
            "shape": self.shape,
            "lines": self.lines,
            "text": self.text,
            "value": self.value,
            "valueLabel": self.value_label or None,
            "name": self.name,
            "suggestedFix": self.fix,
        }


@dataclass
class PlanSummary:
    """A plan read from a document, with how complete its tasks are."""

    iri: str
    label: Texts
    number: str | None
    issued: str | None
    locality: Texts
    source: str | None
    tasks: int  # tasks without subtasks: the ones that need a lead and a timeframe
    incomplete: int  # of those, the ones with a Violation
    counts: dict[str, int] = field(default_factory=dict)  # results by severity

    @property
    def complete(self) -> int:
        return self.tasks - self.incomplete

    @property
    def completeness(self) -> float | None:
        return self.complete / self.tasks if self.tasks else None

    def to_json(self) -> dict[str, Any]:
        return {
            "plan": self.iri,
            "label": self.label,
            "number": self.number,
            "issued": self.issued,
            "locality": self.locality or None,
            "source": self.source,
            "tasks": self.tasks,
            "completeTasks": self.complete,
            "incompleteTasks": self.incomplete,
            "completeness": None if self.completeness is None else round(self.completeness, 4),
            "counts": self.counts,
        }


@dataclass
class Problem:
    """One shape, as a kind of problem, with how often it was found."""

    shape: str
    severity: str
    name: Texts
    count: int
    plans: int

    def to_json(self) -> dict[str, Any]:
        return {
            "shape": self.shape,
            "severity": self.severity,
            "name": self.name,
            "count": self.count,
            "plans": self.plans,
        }


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    plans: list[PlanSummary] = field(default_factory=list)  # most complete first

    @property
    def conforms(self) -> bool:
        return not self.results

    @property
    def has_violations(self) -> bool:
        return any(result.severity == "Violation" for result in self.results)

    def counts(self) -> dict[str, int]:
        return {severity: sum(r.severity == severity for r in self.results) for severity in SEVERITY_ORDER}

    def problems(self) -> list[Problem]:
        by_shape: dict[str, list[Result]] = {}
        for result in self.results:
            by_shape.setdefault(result.shape or "", []).append(result)
        problems = [
            Problem(
                shape=shape,
                severity=results[0].severity,
                name=results[0].name,
                count=len(results),
                plans=len({r.plan for r in results}),
            )
            for shape, results in by_shape.items()
        ]
        return sorted(problems, key=lambda p: (SEVERITY_ORDER[p.severity], -p.count, p.shape))

    def plan(self, iri: str) -> PlanSummary | None:
        return self._plans_by_iri.get(iri)

    @cached_property
    def _plans_by_iri(self) -> dict[str, PlanSummary]:
        """Looked up for every result of a report (its locality, its label): once, not a scan."""
        return {summary.iri: summary for summary in self.plans}

    def for_plan(self, iri: str) -> Report:
        """The results about one plan and its tasks."""
        return Report([r for r in self.results if r.plan == iri], [p for p in self.plans if p.iri == iri])

    def to_json(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "counts": self.counts(),
            "problems": [problem.to_json() for problem in self.problems()],
            "plans": [summary.to_json() for summary in self.plans],
            "results": [result.to_json() for result in self.results],
        }


def load_shapes(settings: Settings) -> Graph:
    return Graph().parse(settings.shapes_path, format="turtle")


def store_graph(store: ox.Store) -> Graph:
    """The union of the store's named graphs as one rdflib graph (the shapes graph left out)."""
    triples = store.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{SHAPES_GRAPH}>) }}"
    )
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    if data:
        graph.parse(data=data, format="nt")
    return graph


@lru_cache(maxsize=128)
def _prepared(text: str) -> Query:
    return prepareQuery(text)


class _PreparedQueryGraph(Graph):
    """The data graph as pyshacl sees it: each SPARQL text parsed once.

    pyshacl (0.40) sends the text of a SPARQL-based constraint to ``Graph.query`` once per focus
    node, with ``$this`` pre-bound by ``initBindings``, and rdflib parses the text every time:
    ~90 % of a validation went to parsing the same few queries. The text is the same for every
    focus node, so its parsed form is kept; the answers do not change.
    """

    def query(self, query_object: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(query_object, str) and not kwargs.get("initNs"):
            query_object = _prepared(query_object)
        return super().query(query_object, *args, **kwargs)


def validate_graph(data: Graph, shapes: Graph) -> Report:
    viewed = _PreparedQueryGraph(store=data.store, identifier=data.identifier)
    _, report_graph, _ = pyshacl.validate(
        viewed, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True, meta_shacl=False
    )
    results = [
        _result(node, report_graph, shapes, data)
        for node in report_graph.subjects(RDF.type, SH.ValidationResult)
    ]
    results.sort(key=_order)
    return Report(results, _plan_summaries(data, results))


def validate_store(store: ox.Store, settings: Settings) -> Report:
    return validate_graph(store_graph(store), load_shapes(settings))


def texts(graph: Graph, subject: Node | None, *predicates: URIRef) -> Texts:
    """The language-tagged texts of the first predicate that has any (one per language)."""
    if subject is None:
        return {}
    for predicate in predicates:
        found: Texts = {}
        for literal in sorted(graph.objects(subject, predicate), key=str):
            if isinstance(literal, Literal) and literal.language in LANGUAGES:
                found.setdefault(literal.language, str(literal))
        if found:
            return found
    return {}


def _result(node: Node, report: Graph, shapes: Graph, data: Graph) -> Result:
    focus = report.value(node, SH.focusNode)
    path = report.value(node, SH.resultPath)
    severity_iri = report.value(node, SH.resultSeverity)
    severity = SEVERITIES.get(severity_iri, "Violation") if isinstance(severity_iri, URIRef) else "Violation"
    shape = report.value(node, SH.sourceShape)
    component = report.value(node, SH.sourceConstraintComponent)
    plan = focus if (focus, RDF.type, PK.Plan) in data else data.value(focus, PK.partOfPlan)
    task_number = data.value(focus, PK.taskNumber)
    document = data.value(focus, PK.sourceDocument) or (data.value(plan, PK.sourceDocument) if plan else None)
    file_name = data.value(document, PK.fileName) if document else None
    first, last = data.value(focus, PK.firstLine), data.value(focus, PK.lastLine)
    text = data.value(focus, PK.text)
    value = report.value(node, SH.value)
    message = texts(shapes, shape, SH.message)
    if not message:
        fallback = [str(m) for m in report.objects(node, SH.resultMessage)]
        message = {"en": fallback[0]} if fallback else {}
    return Result(
        focus=str(focus),
        source=str(file_name) if file_name else None,
        plan=str(plan) if plan else None,
        task=str(task_number) if task_number else None,
        path=str(path) if isinstance(path, URIRef) else None,
        severity=severity,
        message=message,
        shape=str(shape) if isinstance(shape, URIRef) else None,
        lines=[int(first), int(last)] if isinstance(first, Literal) and isinstance(last, Literal) else None,
        text=opening(str(text)) if text is not None else None,
        # a node shape's result has the focus node as its value (SHACL 5.3.2): nothing to show
        value=str(value) if value is not None and value != focus else None,
        name=texts(shapes, shape, SH.name),
        fix=texts(shapes, shape, PK.suggestedFix),
        value_label=_value_label(data, value) if value != focus else {},
        component=str(component) if isinstance(component, URIRef) else None,
        focus_term=focus,
        value_term=value,
    )


def _value_label(data: Graph, value: Node | None) -> Texts:
    """How a person reads a result's value: an agency's or unit's name, a task's number and words."""
    if not isinstance(value, URIRef):
        return {}
    labels = texts(data, value, SKOS.prefLabel, RDFS.label)
    if labels:
        return labels
    number, text = data.value(value, PK.taskNumber), data.value(value, PK.text)
    if number is not None or text is not None:
        words = " ".join(part for part in (str(number or ""), opening(str(text or ""), 10)) if part)
        return {language: words for language in LANGUAGES}
    return {}


def opening(text: str, words: int = 12) -> str:
    """The first words of a task's text, enough to find it in the document."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _plan_summaries(data: Graph, results: list[Result]) -> list[PlanSummary]:
    """Every plan read from a document, most complete first (then fewest problems, then name)."""
    incomplete: dict[str, set[str]] = {}
    counts: dict[str, dict[str, int]] = {}
    for result in results:
        if result.plan is None:
            continue
        by_severity = counts.setdefault(result.plan, dict.fromkeys(SEVERITY_ORDER, 0))
        by_severity[result.severity] += 1
        if result.severity == "Violation" and result.focus != result.plan:
            incomplete.setdefault(result.plan, set()).add(result.focus)
    leaves: dict[Node, int] = {}
    for task in set(data.subjects(PK.sourceDocument, None)):
        plan = data.value(task, PK.partOfPlan)
        if plan is not None and (None, PK.subtaskOf, task) not in data:
            leaves[plan] = leaves.get(plan, 0) + 1
    summaries = []
    for plan in set(data.subjects(RDF.type, PK.Plan)):
        document = data.value(plan, PK.sourceDocument)
        if document is None and str(plan) not in counts:
            continue  # reference data, or a plan known only because a document cites it
        file_name = data.value(document, PK.fileName) if document is not None else None
        number, issued = data.value(plan, PK.documentNumber), data.value(plan, DCTERMS.issued)
        summaries.append(
            PlanSummary(
                iri=str(plan),
                label=texts(data, plan, RDFS.label),
                number=str(number) if number is not None else None,
                issued=str(issued) if issued is not None else None,
                locality=texts(data, data.value(plan, PK.jurisdiction), SKOS.prefLabel, RDFS.label),
                source=str(file_name) if file_name is not None else None,
                tasks=leaves.get(plan, 0),
                incomplete=len(incomplete.get(str(plan), ())),
                counts=counts.get(str(plan), dict.fromkeys(SEVERITY_ORDER, 0)),
            )
        )
    summaries.sort(
        key=lambda s: (
            -(s.completeness if s.completeness is not None else -1),
            s.counts["Violation"],
            s.counts["Warning"],
            s.label.get("vi", s.iri),
        )
    )
    return summaries


def task_sort_key(task_id: str | None) -> tuple[Any, ...]:
    """Natural order of task numbers: 1 < 2 < 10 < I.1 < I.2 < II.1 < IV.1 < V.1."""
    if task_id is None:
        return (0,)
    roman = {"I": 1, "V": 5, "X": 10, "L": 50}
    key: list[Any] = [1]
    for part in task_id.split("."):
        if part.isdigit():
            key.append((0, int(part)))
        elif re.fullmatch(r"[IVXL]+", part):
            value = 0
            for char, following in zip(part, [*part[1:], ""], strict=True):
                value += -roman[char] if following and roman[following] > roman[char] else roman[char]
            key.append((1, value))
        else:
            key.append((2, part))
    return tuple(key)


def _order(result: Result) -> tuple[Any, ...]:
    return (
        result.source or "",
        result.plan or "",
        task_sort_key(result.task),
        SEVERITY_ORDER[result.severity],
        result.path or "",
        result.shape or "",
        result.value or "",
    )
