"""SHACL validation of the graph (pyshacl, the reference engine) and the report people read.

Each result names the plan, the task (its number), the source file and the lines, and carries the
message in Vietnamese and English. pyshacl drops the language tags of ``sh:resultMessage`` when it
copies a SPARQL constraint's messages, so the messages are taken from the shape (or constraint)
that produced the result, where each language is tagged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox
import pyshacl
from rdflib import Graph, Literal, Node, URIRef
from rdflib.namespace import RDF

from .namespaces import PK, SH
from .settings import Settings

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
SHAPES_GRAPH_IRI = "https://w3id.org/plankg/graph/shapes"


@dataclass
class Result:
    focus: str
    source: str | None
    plan: str | None
    task: str | None
    path: str | None
    severity: str
    message: dict[str, str]
    shape: str | None = None
    lines: list[int] | None = None
    text: str | None = None  # the opening of the task's text, to recognise it
    value: str | None = None  # the value the result is about (sh:value): a successor, a timeframe

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
        }


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        return not self.results

    @property
    def has_violations(self) -> bool:
        return any(result.severity == "Violation" for result in self.results)

    def to_json(self) -> dict[str, Any]:
        return {"conforms": self.conforms, "results": [result.to_json() for result in self.results]}


def load_shapes(settings: Settings) -> Graph:
    return Graph().parse(settings.shapes_path, format="turtle")


def store_graph(store: ox.Store) -> Graph:
    """The union of the store's named graphs as one rdflib graph (the shapes graph left out)."""
    triples = store.query(
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{SHAPES_GRAPH_IRI}>) }}"
    )
    assert isinstance(triples, ox.QueryTriples)
    data = triples.serialize(format=ox.RdfFormat.N_TRIPLES)
    graph = Graph()
    if data:
        graph.parse(data=data, format="nt")
    return graph


def validate_graph(data: Graph, shapes: Graph) -> Report:
    _, report_graph, _ = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True, meta_shacl=False
    )
    results = [
        _result(node, report_graph, shapes, data)
        for node in report_graph.subjects(RDF.type, SH.ValidationResult)
    ]
    results.sort(key=_order)
    return Report(results)


def validate_store(store: ox.Store, settings: Settings) -> Report:
    return validate_graph(store_graph(store), load_shapes(settings))


def _messages(report: Graph, shapes: Graph, result: Node) -> dict[str, str]:
    for source in (report.value(result, SH.sourceConstraint), report.value(result, SH.sourceShape)):
        if source is None:
            continue
        for graph in (report, shapes):
            messages = {
                literal.language: str(literal)
                for literal in graph.objects(source, SH.message)
                if isinstance(literal, Literal) and literal.language
            }
            if messages:
                return messages
    fallback = [str(m) for m in report.objects(result, SH.resultMessage)]
    return {"en": fallback[0]} if fallback else {}


def _result(node: Node, report: Graph, shapes: Graph, data: Graph) -> Result:
    focus = report.value(node, SH.focusNode)
    path = report.value(node, SH.resultPath)
    severity_iri = report.value(node, SH.resultSeverity)
    severity = SEVERITIES.get(severity_iri, "Violation") if isinstance(severity_iri, URIRef) else "Violation"
    shape = report.value(node, SH.sourceConstraint) or report.value(node, SH.sourceShape)
    plan = focus if (focus, RDF.type, PK.Plan) in data else data.value(focus, PK.partOfPlan)
    task_number = data.value(focus, PK.taskNumber)
    document = data.value(focus, PK.sourceDocument) or (data.value(plan, PK.sourceDocument) if plan else None)
    file_name = data.value(document, PK.fileName) if document else None
    first, last = data.value(focus, PK.firstLine), data.value(focus, PK.lastLine)
    text = data.value(focus, PK.text)
    value = report.value(node, SH.value)
    return Result(
        focus=str(focus),
        source=str(file_name) if file_name else None,
        plan=str(plan) if plan else None,
        task=str(task_number) if task_number else None,
        path=str(path) if isinstance(path, URIRef) else None,
        severity=severity,
        message=_messages(report, shapes, node),
        shape=str(shape) if isinstance(shape, URIRef) else None,
        lines=[int(first), int(last)] if isinstance(first, Literal) and isinstance(last, Literal) else None,
        text=_opening(str(text)) if text is not None else None,
        value=str(value) if value is not None else None,
    )


def _opening(text: str, words: int = 12) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


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
    )


def text_report(report: Report, languages: tuple[str, ...] = ("vi", "en")) -> str:
    """The report for a terminal: plan by plan, each problem with its task, lines and messages."""
    if report.conforms:
        return "Mọi kế hoạch đều đạt. / Every plan conforms.\n"
    lines: list[str] = []
    current: tuple[str | None, str | None] | None = None
    for result in report.results:
        if (result.source, result.plan) != current:
            current = (result.source, result.plan)
            lines.append("")
            lines.append(f"{result.plan or result.focus}  ({result.source or 'reference data'})")
        where = f"task {result.task}" if result.task else "plan"
        if result.lines:
            where += f", lines {result.lines[0]}-{result.lines[1]}"
        lines.append(f"  {result.severity:<9} {where}" + (f": {result.text}" if result.text else ""))
        for language in languages:
            if language in result.message:
                lines.append(f"      {language}: {result.message[language]}")
        if result.value:
            lines.append(f"      → {result.value}")  # the successor, the timeframe as written, ...
    counts = {severity: sum(r.severity == severity for r in report.results) for severity in SEVERITY_ORDER}
    summary = ", ".join(f"{count} {severity}" for severity, count in counts.items() if count)
    lines.append("")
    lines.append(f"{len(report.results)} problems: {summary}")
    return "\n".join(lines).lstrip("\n") + "\n"
