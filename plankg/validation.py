"""SHACL validation of the graph: two engines, one report.

The shapes (ontology/shapes.ttl) are one shape per problem an official can fix: its IRI names the
problem, ``sh:severity`` on the shape gives every result of it its severity (SHACL 2.1.5; for a
SPARQL-based constraint the shape's severity is the only one that counts, SHACL 5.3.2), and
``sh:name``, ``sh:message`` and ``pk:suggestedFix`` say, in Vietnamese and English, what the problem
is, what is wrong with this plan or task, and what to do.

Engines (``--engine``):

- ``fast`` (the default): each constraint compiled to one SPARQL query over all its focus nodes and
  run by the store itself (``plankg.shacl_sparql``);
- ``pyshacl``: the reference, on a copy of the data in rdflib.

Both give their results as :class:`plankg.shacl_sparql.Finding` and the report is assembled from
them in one way (``plankg.report_assembly``), so the two reports are identical when the findings
are; the tests hold them to it on the seeds, the test corpus, every shape case and the synthetic
corpus.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import pyoxigraph as ox
import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.sparql import Query

from . import shacl_sparql
from .namespaces import SH
from .remote import RemoteStore
from .report_assembly import assemble
from .report_model import (  # noqa: F401  (the report's model, imported from here by callers)
    SEVERITY_ORDER,
    PlanSummary,
    Problem,
    Report,
    Result,
    opening,
    task_sort_key,
)
from .settings import Settings
from .sparql_source import SparqlSource, StoreSource, memory_source, store_graph, to_ox  # noqa: F401

ENGINES = ("fast", "pyshacl")


def load_shapes(settings: Settings) -> Graph:
    return Graph().parse(settings.shapes_path, format="turtle")


def validate_store(store: ox.Store, settings: Settings, engine: str = "fast") -> Report:
    """The report of the data in a store (its named graphs but the shapes graph), or of an
    endpoint the server reads as a store."""
    source = store.source if isinstance(store, RemoteStore) else StoreSource(store)
    return validate_source(source, settings, engine)


def validate_source(source: SparqlSource, settings: Settings, engine: str = "fast") -> Report:
    """The report of the data of a source: a store on disk, or a SPARQL endpoint elsewhere."""
    shapes = load_shapes(settings)
    if engine == "pyshacl":
        findings = pyshacl_findings(source.rdflib_graph(), shapes)
    else:
        findings = shacl_sparql.run(source, _compiled(shapes, engine))
    return assemble(findings, shapes, source)


def validate_graph(data: Graph, shapes: Graph, engine: str = "fast") -> Report:
    """The report of a graph held in memory (a draft beside the published graph, a test case)."""
    source = memory_source(data)
    if engine == "pyshacl":
        findings = pyshacl_findings(data, shapes)
    else:
        findings = shacl_sparql.run(source, _compiled(shapes, engine))
    return assemble(findings, shapes, source)


def _compiled(shapes: Graph, engine: str) -> list[shacl_sparql.CompiledConstraint]:
    if engine != "fast":
        raise ValueError(f"no validation engine {engine!r} (one of {', '.join(ENGINES)})")
    return shacl_sparql.compile_shapes(shapes)


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


def pyshacl_findings(data: Graph, shapes: Graph) -> list[shacl_sparql.Finding]:
    """The results of pyshacl, the reference engine, each once."""
    viewed = _PreparedQueryGraph(store=data.store, identifier=data.identifier)
    _, report, _ = pyshacl.validate(
        viewed, shacl_graph=shapes, inference="none", advanced=False, allow_warnings=True, meta_shacl=False
    )
    if not isinstance(report, Graph):  # pyshacl refuses shapes by returning the failure
        raise shacl_sparql.ShapesError(f"pyshacl: {report}")
    findings: dict[shacl_sparql.Finding, None] = {}
    for node in report.subjects(RDF.type, SH.ValidationResult):
        focus, value = report.value(node, SH.focusNode), report.value(node, SH.value)
        severity, component = (
            report.value(node, SH.resultSeverity),
            report.value(node, SH.sourceConstraintComponent),
        )
        messages = sorted(str(m) for m in report.objects(node, SH.resultMessage))
        shape = report.value(node, SH.sourceShape)
        assert focus is not None and shape is not None
        assert isinstance(severity, URIRef) and isinstance(component, URIRef)
        finding = shacl_sparql.Finding(
            focus=to_ox(focus),
            shape=shape,
            severity=severity,
            component=component,
            path=report.value(node, SH.resultPath),
            value=to_ox(value) if value is not None else None,
            message=messages[0] if messages else None,
        )
        findings[finding] = None
    return list(findings)
