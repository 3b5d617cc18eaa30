"""What a build derives from the documents, made in the store it is writing.

The documents are in the new generation's store as soon as they are read; the derivations read
them back from it (``plankg.sparql_source.StoreView``, SPARQL for the links, pattern lookups for
the reasoning) and write their own graphs into it in batches. So the build holds in memory one
document at a time, the plans a plan implements, and the reasoning's pairs of terms, never the
whole corpus as rdflib graphs: at the nation's scale (five million statements) that took over ten
gigabytes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from plankg.export import dataset_statements
from plankg.namespaces import (
    DATASET_GRAPH,
    INFERENCES_GRAPH,
    LINKS_GRAPH,
    PK,
    PLAN_SUMMARIES_GRAPH,
    SUCCESSIONS_GRAPH,
)
from plankg.sparql_source import StoreSource, to_ox

from .gazetteer import Gazetteer
from .links import Linker, link_statements
from .reasoning import inferred_triples, store_statements_read
from .successions import store_successions
from .summaries import summary_statements

BATCH = 50_000  # statements written to the store in one transaction, and then flushed to disk


def write_graph(store: ox.Store, graph_name: str, triples: Iterable[tuple[Node, Node, Node]]) -> int:
    """Write ``triples`` into the named graph, a batch per transaction; the graph's size after."""
    name = ox.NamedNode(graph_name)
    quads = (ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in triples)  # type: ignore[arg-type]
    while batch := list(islice(quads, BATCH)):
        store.extend(batch)
        # RocksDB keeps what was written in memory until it flushes, and a store being written
        # alone seldom does: without this, the memory grew with every statement (a build of 478
        # documents, 590,000 statements, peaked at 750 MB without, 306 MB with).
        store.flush()
    return graph_size(store, graph_name)


def graph_size(store: ox.Store, graph_name: str) -> int:
    solutions = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph_name}> {{ ?s ?p ?o }} }}")
    assert isinstance(solutions, ox.QuerySolutions)
    return int(next(iter(solutions))[0].value)


def derive(
    store: ox.Store,
    ontology: Graph,
    reference: Graph,
    gazetteer: Gazetteer,
    documents: list[str],
    lap: Callable[[str], None] = lambda _stage: None,
) -> list[tuple[str, str, int]]:
    """The successions, links, inferences, plan summaries and dataset graphs of a store holding the
    ontology, the reference data and the ``documents`` graphs (the first two also given here in
    memory: ``reference`` holds both); for each graph written, (name, graph IRI, statements).
    ``lap`` is told when each stage ends."""
    written: list[tuple[str, str, int]] = []

    def write(name: str, graph_name: object, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        written.append((name, str(graph_name), write_graph(store, str(graph_name), triples)))
        lap(name)

    # Who holds today the duties of the agencies named.
    write("successions", SUCCESSIONS_GRAPH, store_successions(reference, store, documents, gazetteer))
    write("links", LINKS_GRAPH, _links(store, documents))
    read = store_statements_read(store, leave_out={str(INFERENCES_GRAPH)})
    write("inferences", INFERENCES_GRAPH, inferred_triples(ontology, read))
    # One value of each column the plan hierarchy lists, chosen and counted once (loaders.summaries).
    write("summaries", PLAN_SUMMARIES_GRAPH, summary_statements(store))
    # The dataset's licence and sources, so that they travel with the data (DOMAIN.md §7).
    write("dataset", DATASET_GRAPH, dataset_statements(_source_documents(store, documents)))
    return written


def _links(store: ox.Store, documents: list[str]) -> Iterable[tuple[Node, Node, Node]]:
    """The links of the tasks of every plan the documents describe, a plan at a time."""
    linker = Linker(StoreSource(store))
    for plan in sorted(_plans(store, documents)):
        for link in linker.links(plan):
            yield from link_statements(link)


def _plans(store: ox.Store, documents: list[str]) -> set[URIRef]:
    """The plans the documents describe: each with its source document, in the document's graph."""
    plans: set[URIRef] = set()
    for graph in documents:
        name = ox.NamedNode(graph)
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(PK.sourceDocument)), None, name):
            plan = quad.subject
            if isinstance(plan, ox.NamedNode) and any(
                True for _ in store.quads_for_pattern(plan, _TYPE, _PLAN, name)
            ):
                plans.add(URIRef(plan.value))
    return plans


def _source_documents(store: ox.Store, documents: list[str]) -> list[str]:
    document = ox.NamedNode(str(PK.SourceDocument))
    return sorted(
        {
            quad.subject.value
            for graph in documents
            for quad in store.quads_for_pattern(None, _TYPE, document, ox.NamedNode(graph))
            if isinstance(quad.subject, ox.NamedNode)
        }
    )


_TYPE = ox.NamedNode(str(RDF.type))
_PLAN = ox.NamedNode(str(PK.Plan))
