"""The fast validation engine against pyshacl, the reference: identical reports on the seeds, the
test corpus, every shape case and a synthetic corpus; the same results for every SHACL feature it
compiles; a clear refusal of what it does not compile."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Namespace
from rdflib.compare import isomorphic

from loaders.build import build
from plankg import reports
from plankg.settings import Settings
from plankg.shacl_sparql import ShapesError, UnsupportedShape, compile_shapes, run
from plankg.sparql_source import StoreSource, memory_source
from plankg.store import open_read_only
from plankg.validation import Report, load_shapes, pyshacl_findings, validate_graph, validate_store

from .conftest import HOME
from .support.cli import validate_json
from .support.scoring import corpus
from .test_shapes import CASES, case_data

TESTS = Path(__file__).parent
SYNTH = ["--provinces", "2", "--districts", "4", "--communes", "6", "--tasks", "12", "--seed", "5"]
EX = Namespace("https://example.org/")


def assert_identical(fast: Report, reference: Report) -> None:
    assert fast.to_json() == reference.to_json()
    assert [r.component for r in fast.results] == [r.component for r in reference.results]
    assert isomorphic(reports.report_graph(fast), reports.report_graph(reference))


def assert_identical_on_store(store: ox.Store, settings: Settings, shapes_expected: int) -> None:
    fast = validate_store(store, settings)
    reference = validate_store(store, settings, engine="pyshacl")
    assert_identical(fast, reference)
    # not a vacuous comparison: several kinds of problem, in several plans
    assert len({r.shape for r in fast.results}) >= shapes_expected
    assert len(fast.plans) > 1


def test_identical_reports_on_the_seeds(seed_store: ox.Store, seed_settings: Settings) -> None:
    assert_identical_on_store(seed_store, seed_settings, shapes_expected=5)


def test_identical_reports_on_the_test_corpus(tmp_path: Path) -> None:
    settings = Settings(home=HOME, store=tmp_path / "store")
    documents = [path for path, _ in corpus(TESTS / "corpus")]
    report = build(settings, documents)
    assert not report.failures, report.failures
    assert_identical_on_store(open_read_only(settings.store_path), settings, shapes_expected=5)


def test_identical_reports_on_a_synthetic_corpus(tmp_path: Path) -> None:
    command = [sys.executable, "-m", "plankg.cli", "synth", "--out", str(tmp_path / "corpus"), *SYNTH]
    subprocess.run(command, check=True, capture_output=True)
    settings = Settings(home=HOME, store=tmp_path / "store")
    assert not build(settings, [tmp_path / "corpus"]).failures
    assert_identical_on_store(open_read_only(settings.store_path), settings, shapes_expected=3)


@pytest.mark.parametrize("case", CASES, ids=[case.stem for case in CASES])
def test_identical_reports_on_every_shape_case(case: Path, project: Settings) -> None:
    data = case_data(Graph().parse(case))
    shapes = load_shapes(project)
    assert_identical(validate_graph(data, shapes), validate_graph(data, shapes, engine="pyshacl"))


# Every feature the fast engine compiles, each on data that passes and data that fails.
FEATURES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ex: <https://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

ex:Node a sh:NodeShape ; sh:targetNode ex:a, ex:z ; sh:nodeKind sh:IRI ; sh:class ex:Thing ;
    sh:in ( ex:a ex:b ) ; sh:severity sh:Warning .
ex:Subjects a sh:NodeShape ; sh:targetSubjectsOf ex:knows ; sh:property ex:KnowsTwo, [
    sh:path [ sh:inversePath ex:knows ] ; sh:maxCount 1 ; sh:severity sh:Info ] .
ex:KnowsTwo a sh:PropertyShape ; sh:path ex:knows ; sh:minCount 2 .
ex:Objects a sh:NodeShape ; sh:targetObjectsOf ex:knows ; sh:property ex:Named .
ex:Named a sh:PropertyShape ; sh:path ( ex:home ex:name ) ; sh:nodeKind sh:Literal ; sh:minCount 1 .
ex:Things a sh:NodeShape ; sh:targetClass ex:Thing ; sh:property ex:Reach, ex:Either, ex:Owner, ex:Off .
ex:Reach a sh:PropertyShape ; sh:path [ sh:oneOrMorePath ex:next ] ; sh:hasValue ex:end .
ex:Either a sh:PropertyShape ; sh:path [ sh:alternativePath ( ex:colour ex:color ) ] ;
    sh:in ( "red" "green" ) ; sh:maxCount 1 .
ex:Owner a sh:PropertyShape ; sh:path [ sh:zeroOrOnePath ex:owner ] ; sh:class ex:Person .
ex:Off a sh:PropertyShape ; sh:path ex:colour ; sh:minCount 5 ; sh:deactivated true .
ex:Person a rdfs:Class, sh:NodeShape ; sh:property ex:Aged .
ex:Aged a sh:PropertyShape ; sh:path [ sh:zeroOrMorePath ex:parent ] ; sh:nodeKind sh:BlankNodeOrIRI ;
    sh:hasValue ex:eve .
"""

DATA = """
@prefix ex: <https://example.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Special rdfs:subClassOf ex:Thing .
ex:a a ex:Special ; ex:knows ex:b, ex:c ; ex:next ex:m . ex:m ex:next ex:end .
ex:b a ex:Thing ; ex:knows ex:c ; ex:colour "red" ; ex:color "blue" ; ex:owner ex:bob ; ex:home ex:h .
ex:h ex:name "h" .
ex:c ex:home [ ex:name ex:notALiteral ] .
ex:bob a ex:Person ; ex:parent ex:eve .
ex:eve a ex:Person .
ex:ann a ex:Person ; ex:parent "literal" .
"""


def _comparable(report: Report) -> set[tuple[str, str | None, str | None, str | None, str | None]]:
    return {(r.focus, r.shape, r.component, r.path, r.value) for r in report.results}


def test_every_compiled_feature_gives_the_results_of_pyshacl() -> None:
    shapes = Graph().parse(data=FEATURES, format="turtle")
    data = Graph().parse(data=DATA, format="turtle")
    fast = validate_graph(data, shapes)
    reference = validate_graph(data, shapes, engine="pyshacl")
    assert _comparable(fast) == _comparable(reference)
    found = {(r.shape or "", r.component or "") for r in fast.results}
    for shape in ("Node", "KnowsTwo", "Named", "Reach", "Either", "Owner", "Aged"):
        assert any(s == f"{EX}{shape}" for s, _ in found), (
            f"{shape} never fails: the feature is not exercised"
        )
    assert not any(s == f"{EX}Off" for s, _ in found)
    components = {component.rsplit("#", 1)[1] for _, component in found}
    assert components >= {
        "ClassConstraintComponent",
        "NodeKindConstraintComponent",
        "InConstraintComponent",
        "HasValueConstraintComponent",
        "MinCountConstraintComponent",
        "MaxCountConstraintComponent",
    }


def test_a_statement_in_two_graphs_gives_one_result() -> None:
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:Thing ;
            sh:sparql [ sh:select "SELECT $this ?value WHERE { $this ex:p ?value }" ;
                        sh:prefixes ex:prefixes ] .
        ex:prefixes sh:declare [ sh:prefix "ex" ; sh:namespace "https://example.org/" ] .
        """,
        format="turtle",
    )
    store = ox.Store()
    for graph in ("https://example.org/g1", "https://example.org/g2"):
        store.load(
            b"<https://example.org/a> a <https://example.org/Thing> ; <https://example.org/p> 1 .",
            format=ox.RdfFormat.TURTLE,
            to_graph=ox.NamedNode(graph),
        )
    assert len(run(StoreSource(store), compile_shapes(shapes))) == 1


@pytest.mark.parametrize(
    ("shape", "refused"),
    [
        ("sh:targetClass ex:Thing ; sh:or ( [ sh:class ex:A ] [ sh:class ex:B ] )", "sh:or"),
        ("sh:targetClass ex:Thing ; sh:datatype ex:T", "sh:datatype"),
        (
            "sh:targetClass ex:Thing ; "
            'sh:sparql [ sh:select "SELECT $this WHERE { $this ?p ?o MINUS { $this ?q 1 } }" ]',
            "MINUS",
        ),
        (
            'sh:targetClass ex:Thing ; sh:sparql [ sh:select "SELECT $this WHERE { $this ?p $value }" ]',
            "$value",
        ),
        ("sh:targetNode ex:a ; sh:minCount 1", "sh:minCount on a node shape"),
    ],
)
def test_what_is_not_compiled_is_refused_by_name(shape: str, refused: str) -> None:
    shapes = Graph().parse(
        data=f"""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:Shape a sh:NodeShape ; {shape} .""",
        format="turtle",
    )
    with pytest.raises(UnsupportedShape) as raised:
        compile_shapes(shapes)
    assert refused in str(raised.value) and "<https://example.org/Shape>" in str(raised.value)
    assert "--engine pyshacl" in str(raised.value)


def test_keywords_in_strings_comments_and_iris_are_not_refused() -> None:
    shapes = Graph().parse(
        data="""@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:Shape a sh:NodeShape ; sh:targetClass ex:Thing ; sh:sparql [ sh:select '''SELECT $this WHERE {
            $this <https://example.org/VALUES> "MINUS" .  # no VALUES here
        }''' ] .""",
        format="turtle",
    )
    data = Graph().parse(
        data="<https://example.org/a> a <https://example.org/Thing> ; <https://example.org/VALUES> 'MINUS' .",
        format="turtle",
    )
    findings = run(memory_source(data), compile_shapes(shapes))
    assert [f.focus for f in findings] == [ox.NamedNode("https://example.org/a")]
    # pyshacl looks for the word anywhere, and refuses the shape
    with pytest.raises(ShapesError, match=r"pyshacl: .*VALUES"):
        pyshacl_findings(data, shapes)


def test_the_command_line_gives_the_same_report_with_either_engine(seed_settings: Settings) -> None:
    outputs = []
    for engine in ("fast", "pyshacl"):
        completed = validate_json(str(seed_settings.store_path), "--engine", engine)
        assert completed.returncode == 1, completed.stderr  # the seeds have Violations
        outputs.append(completed.stdout)
    assert outputs[0] == outputs[1]
