"""The ontology's axioms applied at build time (``loaders.reasoning``): inverses, transitive
implementation, the property chain of ``addresses``, the plan classes by level, in their own named
graph and marked as inferred."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.namespace import RDF

from loaders.gazetteer import Gazetteer
from loaders.links import links_graph
from loaders.rdf import document_graph
from loaders.reader import read_path
from loaders.reasoning import Triple, inferences_graph, inferred_triples, store_statements_read
from plankg.namespaces import ID, INFERENCES_GRAPH, PK
from plankg.sparql_source import named_graph
from plankg.store import open_read_only

from .conftest import HOME
from .test_links import _reference

INFERENCES = "https://w3id.org/plankg/graph/inferences"


def _graph(triples: Iterable[Triple]) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def _ask(store: ox.Store, pattern: str) -> bool:
    return bool(store.query(f"ASK {{ GRAPH <{INFERENCES}> {{ {pattern} }} }}"))


def test_plans_are_classed_by_level(seed_store: ox.Store) -> None:
    assert _ask(seed_store, f"<{ID['plan/ttg-2025-qd-27']}> a <{PK.NationalPlan}>")
    assert _ask(seed_store, f"<{ID['plan/can-tho-2025-kh-97']}> a <{PK.ProvincialPlan}>")
    assert _ask(seed_store, f"<{ID['plan/hai-phong-quan-hai-an-kh']}> a <{PK.DistrictPlan}>")
    assert not _ask(seed_store, f"<{ID['plan/hai-phong-quan-hai-an-kh']}> a <{PK.ProvincialPlan}>")


def test_a_district_plan_implements_decision_27_through_its_province(seed_store: ox.Store) -> None:
    plan, root = ID["plan/hai-phong-quan-hai-an-kh"], ID["plan/ttg-2025-qd-27"]
    assert _ask(seed_store, f"<{plan}> <{PK.implementsTransitively}> <{root}>")
    assert _ask(seed_store, f"<{root}> <{PK.implementedBy}> <{ID['plan/hai-phong-2025-kh-90']}>")


def test_inverses_are_complete(seed_store: ox.Store) -> None:
    def count(query: str) -> int:
        return int(next(iter(seed_store.query(query)))["n"].value)  # type: ignore[index, union-attr]

    tasks = count(f"SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE {{ GRAPH ?g {{ ?t <{PK.partOfPlan}> ?p }} }}")
    inverse = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERENCES}> {{ ?p <{PK.hasTask}> ?t }} }}")
    assert inverse == tasks
    derived = count(f"SELECT (COUNT(DISTINCT *) AS ?n) WHERE {{ GRAPH ?g {{ ?t <{PK.derivesFrom}> ?u }} }}")
    into = count(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{INFERENCES}> {{ ?u <{PK.derivedInto}> ?t }} }}")
    assert into == derived > 0


def test_a_ward_task_addresses_what_the_provincial_task_it_derives_from_addresses(
    gazetteer: Gazetteer,
) -> None:
    directory = HOME / "tests" / "corpus_heldout9"
    documents = [
        document_graph(read_path(directory / name, gazetteer), gazetteer)
        for name in ("13_phu_tho.xlsx", "14_thanh_mieu.csv")
    ]
    links = links_graph(_reference(), documents)
    ontology = Graph().parse(HOME / "ontology" / "plankg.ttl")
    inferred = inferences_graph(ontology, [_reference(), *documents, links])
    chained = list(inferred.subject_objects(PK.addresses))
    assert chained, "no recommendation reached a ward task through its provincial task"
    for task, recommendation in chained:
        assert (task, PK.addresses, recommendation) not in links
        assert any(
            (parent, PK.addresses, recommendation) in links for parent in links.objects(task, PK.derivesFrom)
        )
        statements = set(inferred.subjects(RDF.subject, task)) & set(
            inferred.subjects(RDF.object, recommendation)
        )
        assert len(statements) == 1
        (statement,) = statements
        assert (statement, PK.method, PK.methodOwlRules) in inferred
        assert (statement, PK.confidence, PK.inferred) in inferred


@pytest.mark.parametrize("corpus", ["seeds", "synthetic"])
def test_the_fast_engine_infers_what_owlrl_infers(corpus: str, tmp_path: Path) -> None:
    from rdflib.compare import isomorphic

    from loaders.build import build, ontology_and_reference, read_fixed
    from loaders.synth import write_corpus
    from plankg.settings import Settings

    sources = None
    if corpus == "synthetic":
        sources = [tmp_path / "synth"]
        write_corpus(
            sources[0], HOME / "data" / "reference", provinces_count=3, districts=6, communes=9, tasks=12
        )
    settings = Settings(home=HOME, store=tmp_path / "store")
    build(settings, sources)
    store = open_read_only(settings.store_path)
    ontology, _reference = ontology_and_reference(read_fixed(settings))
    # what the build's reasoning read: every graph of the store but its own output
    read = list(store_statements_read(store, leave_out={str(INFERENCES_GRAPH)}))
    reference = _graph(inferred_triples(ontology, read, engine="owlrl"))
    fast = _graph(inferred_triples(ontology, read, engine="fast"))
    built = named_graph(store, str(INFERENCES_GRAPH))
    assert len(reference) > 100 and isomorphic(reference, fast)
    assert isomorphic(built, fast)  # the build wrote what the fast engine infers
