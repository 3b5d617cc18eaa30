"""From an engine's findings to the report people read: each result's plan, task, file and lines.

Whichever engine found them, the findings are completed in the same way, from the same data, so
two engines that find the same results give the same report. The details are read through the
source (pattern lookups on a local store, SPARQL on an endpoint): a few batched reads for every
finding together, never one query per result.

The texts of a result (what the problem is, what is wrong, what to do) come from the shape that
produced it, where each language is tagged: pyshacl drops the language tags of
``sh:resultMessage``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from .namespaces import PK, SH
from .report_model import (
    LANGUAGES,
    SEVERITIES,
    SEVERITY_ORDER,
    PlanSummary,
    Report,
    Result,
    Texts,
    opening,
    result_order,
)
from .shacl_sparql import Finding
from .sparql_source import Facts, SparqlSource, to_rdflib

Subject = ox.NamedNode | ox.BlankNode

# What a result says about its focus node (a task or a plan) and about its value.
DETAILS = (
    str(RDF.type),
    str(PK.partOfPlan),
    str(PK.taskNumber),
    str(PK.sourceDocument),
    str(PK.firstLine),
    str(PK.lastLine),
    str(PK.text),
    str(SKOS.prefLabel),
    str(RDFS.label),
)
PLAN_DETAILS = (
    str(PK.sourceDocument),
    str(PK.documentNumber),
    str(DCTERMS.issued),
    str(PK.jurisdiction),
    str(RDFS.label),
)
PLANS = f"SELECT DISTINCT ?plan WHERE {{ ?plan a <{PK.Plan}> }}"
# Tasks without subtasks are the ones that need a lead and a timeframe.
LEAF_TASKS = f"""SELECT ?plan (COUNT(DISTINCT ?task) AS ?tasks) WHERE {{
    ?task <{PK.sourceDocument}> ?document ; <{PK.partOfPlan}> ?plan .
    FILTER NOT EXISTS {{ ?subtask <{PK.subtaskOf}> ?task }}
}} GROUP BY ?plan"""


class Details:
    """The statements read about the subjects of a report, gathered in a few batched reads."""

    def __init__(self, source: SparqlSource):
        self.source = source
        self.known: Facts = {}

    def gather(self, subjects: Iterable[Subject], predicates: Sequence[str]) -> None:
        for subject, by_predicate in self.source.facts(subjects, predicates).items():
            self.known.setdefault(subject, {}).update(by_predicate)

    def values(self, subject: object, predicate: URIRef) -> list[ox.NamedNode | ox.BlankNode | ox.Literal]:
        return self.known.get(subject, {}).get(str(predicate), []) if isinstance(subject, Subject) else []

    def value(self, subject: object, predicate: URIRef) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
        """One value (the least, so that every run and every engine picks the same)."""
        values = self.values(subject, predicate)
        return min(values, key=str) if values else None

    def texts(self, subject: object, *predicates: URIRef) -> Texts:
        return first_texts(
            [(t.language, t.value) for t in self.values(subject, p) if isinstance(t, ox.Literal)]
            for p in predicates
        )


def texts(graph: Graph, subject: Node | None, *predicates: URIRef) -> Texts:
    """The language-tagged texts of the first predicate that has any (one per language)."""
    if subject is None:
        return {}
    return first_texts(
        [(o.language, str(o)) for o in graph.objects(subject, p) if isinstance(o, Literal)]
        for p in predicates
    )


def first_texts(candidates: Iterable[list[tuple[str | None, str]]]) -> Texts:
    for literals in candidates:
        found: Texts = {}
        for language, text in sorted(literals, key=lambda literal: literal[1]):
            if language in LANGUAGES:
                found.setdefault(language, text)
        if found:
            return found
    return {}


def assemble(findings: list[Finding], shapes: Graph, source: SparqlSource) -> Report:
    details = Details(source)
    values = [f.value for f in findings if isinstance(f.value, Subject)]
    details.gather([*(f.focus for f in findings if isinstance(f.focus, Subject)), *values], DETAILS)
    plans = [plan for row in source.select(PLANS) if isinstance(plan := row.get("plan"), Subject)]
    focus_plans = [plan for f in findings if isinstance(plan := _plan_of(details, f.focus), Subject)]
    details.gather([*plans, *focus_plans], PLAN_DETAILS)
    documents = [
        document
        for subject in details.known
        for document in details.values(subject, PK.sourceDocument)
        if isinstance(document, Subject)
    ]
    details.gather(documents, [str(PK.fileName)])
    units = [unit for plan in plans if isinstance(unit := details.value(plan, PK.jurisdiction), Subject)]
    details.gather(units, [str(SKOS.prefLabel), str(RDFS.label)])
    shape_texts = {
        shape: ShapeTexts(
            texts(shapes, shape, SH.message),
            texts(shapes, shape, SH.name),
            texts(shapes, shape, PK.suggestedFix),
        )
        for shape in {finding.shape for finding in findings}
    }
    results = sorted((_result(f, shape_texts[f.shape], details) for f in findings), key=result_order)
    leaves = {
        row["plan"].value: int(row["tasks"].value) for row in source.select(LEAF_TASKS) if "plan" in row
    }
    return Report(results, _plan_summaries(plans, details, leaves, results))


def _plan_of(details: Details, focus: object) -> ox.NamedNode | ox.BlankNode | ox.Literal | None:
    if ox.NamedNode(str(PK.Plan)) in details.values(focus, RDF.type):
        assert isinstance(focus, Subject)
        return focus
    return details.value(focus, PK.partOfPlan)


@dataclass(frozen=True)
class ShapeTexts:
    """What a shape says of each of its results: what is wrong, the problem's name, what to do."""

    message: Texts
    name: Texts
    fix: Texts


def _result(finding: Finding, shape_texts: ShapeTexts, details: Details) -> Result:
    focus, value, shape = finding.focus, finding.value, finding.shape
    plan = _plan_of(details, focus)
    document = details.value(focus, PK.sourceDocument) or details.value(plan, PK.sourceDocument)
    file_name = details.value(document, PK.fileName)
    first, last = details.value(focus, PK.firstLine), details.value(focus, PK.lastLine)
    text = details.value(focus, PK.text)
    task_number = details.value(focus, PK.taskNumber)
    message = shape_texts.message
    if not message and finding.message:
        message = {"en": finding.message}
    # a node shape's result has the focus node as its value (SHACL 5.3.2): nothing to show
    shown = value if value is not None and value != focus else None
    return Result(
        focus=focus.value,
        source=file_name.value if file_name is not None else None,
        plan=plan.value if plan is not None else None,
        task=task_number.value if task_number is not None else None,
        path=str(finding.path) if isinstance(finding.path, URIRef) else None,
        severity=SEVERITIES.get(finding.severity, "Violation"),
        message=message,
        shape=str(shape) if isinstance(shape, URIRef) else None,
        lines=[int(first.value), int(last.value)]
        if isinstance(first, ox.Literal) and isinstance(last, ox.Literal)
        else None,
        text=opening(text.value) if text is not None else None,
        value=shown.value if shown is not None else None,
        name=shape_texts.name,
        fix=shape_texts.fix,
        value_label=_value_label(details, shown),
        component=str(finding.component),
        focus_term=to_rdflib(focus),
        value_term=to_rdflib(value) if value is not None else None,
    )


def _value_label(details: Details, value: object) -> Texts:
    """How a person reads a result's value: an agency's or unit's name, a task's number and words."""
    if not isinstance(value, ox.NamedNode):
        return {}
    labels = details.texts(value, SKOS.prefLabel, RDFS.label)
    if labels:
        return labels
    number, text = details.value(value, PK.taskNumber), details.value(value, PK.text)
    if number is not None or text is not None:
        parts = (number.value if number else "", opening(text.value if text else "", 10))
        words = " ".join(part for part in parts if part)
        return {language: words for language in LANGUAGES}
    return {}


def _plan_summaries(
    plans: list[Subject], details: Details, leaves: dict[str, int], results: list[Result]
) -> list[PlanSummary]:
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
    summaries = []
    for plan in plans:
        document = details.value(plan, PK.sourceDocument)
        if document is None and plan.value not in counts:
            continue  # reference data, or a plan known only because a document cites it
        file_name = details.value(document, PK.fileName)
        number, issued = details.value(plan, PK.documentNumber), details.value(plan, DCTERMS.issued)
        summaries.append(
            PlanSummary(
                iri=plan.value,
                label=details.texts(plan, RDFS.label),
                number=number.value if number is not None else None,
                issued=issued.value if issued is not None else None,
                locality=details.texts(details.value(plan, PK.jurisdiction), SKOS.prefLabel, RDFS.label),
                source=file_name.value if file_name is not None else None,
                tasks=leaves.get(plan.value, 0),
                incomplete=len(incomplete.get(plan.value, ())),
                counts=counts.get(plan.value, dict.fromkeys(SEVERITY_ORDER, 0)),
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
