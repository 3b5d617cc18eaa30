"""The SHACL shapes: valid SHACL, only real SHACL and pk: terms, and one case file per behaviour.

Each file in tests/shapes/ holds the data of one case and, under the ``case:`` namespace, the
results the shapes must give (``case:conforms true`` or ``case:result [ case:focus; case:path;
case:shape; case:value? ]``) and the nodes a shape applies to that it must pass
(``case:valid [ case:focus; case:shape ]``). Every shape has at least one of each.
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


def case_data(graph: Graph) -> Graph:
    """The data of a case file: its statements but those of the ``case:`` namespace."""
    data = Graph()
    for triple in graph:
        if not any(str(term).startswith(str(CASE)) for term in triple):
            data.add(triple)
    return data


def _declared(graph: Graph, kind: URIRef) -> list[tuple[str, str, str, str | None]]:
    """(focus, path, shape, value) of each case:result or case:valid of a case file."""
    found = []
    for node in graph.objects(CASE.expected, kind):
        value = graph.value(node, CASE.value)
        found.append(
            (
                str(graph.value(node, CASE.focus)),
                str(graph.value(node, CASE.path)),
                str(graph.value(node, CASE.shape)),
                str(value) if value is not None else None,
            )
        )
    return found


def test_every_shape_has_a_valid_and_an_invalid_case(project: Settings) -> None:
    shapes = {str(shape) for shape in load_shapes(project).subjects(URIRef(SH + "targetClass"), None)}
    invalid, valid = set(), set()
    for case in CASES:
        graph = Graph().parse(case)
        invalid |= {shape for _, _, shape, _ in _declared(graph, CASE.result)}
        valid |= {shape for _, _, shape, _ in _declared(graph, CASE.valid)}
    assert shapes - invalid == set(), "shapes no case shows failing"
    assert shapes - valid == set(), "shapes no case shows passing"
    assert (invalid | valid) - shapes == set(), "cases naming shapes that do not exist"


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_shape_case(case: Path, project: Settings) -> None:
    graph = Graph().parse(case)
    declared = _declared(graph, CASE.result)
    expected = {(focus, path, shape) for focus, path, shape, _ in declared}
    conforms = graph.value(CASE.expected, CASE.conforms)
    assert bool(expected) != bool(conforms and conforms.toPython()), (
        "a case states results or conforms, not both"
    )
    data = case_data(graph)
    shapes = load_shapes(project)
    report = validate_graph(data, shapes)
    assert {(r.focus, r.path or "", r.shape or "") for r in report.results} == expected
    for focus, path, shape, value in declared:
        if value is not None:
            values = {r.value for r in report.results if (r.focus, r.path, r.shape) == (focus, path, shape)}
            assert value in values, f"{shape} on {focus}: value {value} expected, got {values}"
    for focus, _, shape, _ in _declared(graph, CASE.valid):
        target = shapes.value(URIRef(shape), URIRef(SH + "targetClass"))
        assert (URIRef(focus), RDF.type, target) in data, f"{focus} is not a target of {shape}"
        assert not [r for r in report.results if (r.focus, r.shape) == (focus, shape)]
