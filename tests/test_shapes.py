"""The SHACL shapes: valid SHACL, only real SHACL and pk: terms, and one case file per behaviour.

Each file in tests/shapes/ holds the data of one case and, under the ``case:`` namespace, the
results the shapes must give (``case:conforms true`` or ``case:result [ case:focus; case:path;
case:shape ]``).
"""

from __future__ import annotations

import re
from pathlib import Path

import pyshacl
import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from plankg.settings import Settings
from plankg.validation import load_shapes, validate_graph

CASES = sorted((Path(__file__).parent / "shapes").glob("*.ttl"))
CASE = Namespace("https://w3id.org/plankg/test#")
PYSHACL_ASSETS = Path(pyshacl.__file__).parent / "assets"
SH = "http://www.w3.org/ns/shacl#"
PK = "https://w3id.org/plankg/def#"


def test_shapes_pass_the_meta_shacl_check(project: Settings) -> None:
    shapes = load_shapes(project)
    shacl_shacl = Graph().parse(PYSHACL_ASSETS / "shacl-shacl.ttl")
    conforms, _, text = pyshacl.validate(shapes, shacl_graph=shacl_shacl)
    assert conforms, text


def test_shapes_use_only_terms_of_the_shacl_vocabulary(project: Settings) -> None:
    vocabulary = {
        str(s) for s in Graph().parse(PYSHACL_ASSETS / "shacl.ttl").subjects() if str(s).startswith(SH)
    }
    used = {str(term) for triple in load_shapes(project) for term in triple if str(term).startswith(SH)}
    assert used - vocabulary == set()


def test_shapes_and_queries_use_only_declared_pk_terms(project: Settings) -> None:
    ontology = Graph()
    for path in project.ontology_dir.glob("*.ttl"):
        if path.name != "shapes.ttl":
            ontology.parse(path)
    declared = {str(s) for s in ontology.subjects(RDF.type, None) if str(s).startswith(PK)}
    used = {
        str(t) for triple in load_shapes(project) for t in triple if str(t).startswith(PK) and str(t) != PK
    }
    texts = [str(o) for o in load_shapes(project).objects(None, URIRef(SH + "select"))]
    texts += [path.read_text(encoding="utf-8") for path in project.queries_dir.glob("*.rq")]
    for text in texts:
        used |= {PK + local for local in re.findall(r"\bpk:([A-Za-z][\w-]*)", text)}
    assert used - declared == set()


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_shape_case(case: Path, project: Settings) -> None:
    graph = Graph().parse(case)
    expected: set[tuple[str, str, str]] = set()
    for result in graph.objects(CASE.expected, CASE.result):
        expected.add(
            (
                str(graph.value(result, CASE.focus)),
                str(graph.value(result, CASE.path)),
                str(graph.value(result, CASE.shape)),
            )
        )
    conforms = graph.value(CASE.expected, CASE.conforms)
    assert bool(expected) != bool(conforms and conforms.toPython()), (
        "a case states results or conforms, not both"
    )
    data = Graph()
    for triple in graph:
        if not any(str(term).startswith(str(CASE)) for term in triple):
            data.add(triple)
    report = validate_graph(data, load_shapes(project))
    assert {(r.focus, r.path or "", r.shape or "") for r in report.results} == expected
