"""Where validation and reports read the data from: a store on disk, or a graph held in memory.

Both engines of validation and the report's details (which plan a task belongs to, its number,
its lines, the labels of its values) read through a :class:`SparqlSource`: SPARQL SELECT
queries, and the statements about a set of subjects.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Node, URIRef

from .namespaces import SHAPES_GRAPH

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

Row = Mapping[str, ox.NamedNode | ox.BlankNode | ox.Literal]
# subject -> predicate IRI -> objects, in the order the source gave them
Facts = dict[ox.NamedNode | ox.BlankNode, dict[str, list[ox.NamedNode | ox.BlankNode | ox.Literal]]]


class SparqlSource(Protocol):
    def select(self, query: str) -> list[Row]:
        """The solutions of a SELECT query over the data, unbound variables left out of each row."""
        ...

    def facts(self, subjects: Iterable[ox.NamedNode | ox.BlankNode], predicates: Sequence[str]) -> Facts:
        """The objects of each of ``predicates`` for each subject."""
        ...

    def rdflib_graph(self) -> Graph:
        """The data as one rdflib graph, for the reference engine (pyshacl)."""
        ...


def rows_of(solutions: ox.QuerySolutions) -> list[Row]:
    """Each solution as a row of its bound variables (from a store, or parsed from an endpoint)."""
    names = [variable.value for variable in solutions.variables]
    rows: list[Row] = []
    for solution in solutions:
        row: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal] = {}
        for name in names:
            term = solution[name]
            if term is not None:
                assert not isinstance(term, ox.Triple)  # no query of the project projects a quoted triple
                row[name] = term
        rows.append(row)
    return rows


class StoreSource:
    """The data of a pyoxigraph store: the union of its named graphs, as its SPARQL users see it.

    The shapes graph is part of that union. It holds no instance of a class the shapes target and
    no statement their constraints read, so it changes no result: the tests hold the fast engine
    on the union to the reports of pyshacl on the data without it. Naming the other graphs one by
    one as the default graph instead made every query some fifty times slower in pyoxigraph.
    """

    def __init__(self, store: ox.Store):
        self.store = store

    def select(self, query: str) -> list[Row]:
        solutions = self.store.query(query, use_default_graph_as_union=True)
        if not isinstance(solutions, ox.QuerySolutions):
            raise ValueError("a SELECT query was expected")
        return rows_of(solutions)

    def facts(self, subjects: Iterable[ox.NamedNode | ox.BlankNode], predicates: Sequence[str]) -> Facts:
        # pattern lookups, not SPARQL: a blank node (a draft's task) cannot be named in a query
        wanted = [ox.NamedNode(p) for p in predicates]
        found: Facts = {}
        for subject in dict.fromkeys(subjects):
            by_predicate = found.setdefault(subject, {})
            for predicate in wanted:
                objects = {
                    q.object: None for q in self.store.quads_for_pattern(subject, predicate, None, None)
                }
                for term in objects:  # a statement made in two graphs, once
                    assert not isinstance(term, ox.Triple)
                    by_predicate.setdefault(predicate.value, []).append(term)
        return found

    def rdflib_graph(self) -> Graph:
        return store_graph(self.store)


class StoreView:
    """The statements of every graph of a store, looked up as in an rdflib graph (``value``,
    ``objects``, ``in``) without copying them into memory: what a build derives from the
    documents reads them this way from the store it is writing.

    Where a subject has several values, ``value`` gives the least (rdflib gives whichever it
    holds first), so that what is derived does not depend on the order statements were stored.
    """

    def __init__(self, store: ox.Store):
        self.store = store

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        found = self.store.quads_for_pattern(to_ox(subject), to_ox(predicate), None, None)  # type: ignore[arg-type]
        return sorted({to_rdflib(quad.object) for quad in found})  # type: ignore[arg-type, type-var]

    def value(self, subject: Node, predicate: Node) -> Node | None:
        objects = self.objects(subject, predicate)
        return objects[0] if objects else None

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool:
        s, p, o = (to_ox(term) for term in triple)
        return next(iter(self.store.quads_for_pattern(s, p, o, None)), None) is not None  # type: ignore[arg-type]


def named_graph(store: ox.Store, name: str) -> Graph:
    """One named graph of the store as an rdflib graph."""
    quads = store.quads_for_pattern(None, None, None, ox.NamedNode(name))
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in quads)
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt") if data else Graph()


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


def memory_source(graph: Graph) -> StoreSource:
    """An rdflib graph as a source: copied into a pyoxigraph store in memory, blank nodes kept."""
    store, name = ox.Store(), ox.NamedNode("urn:x-plankg:data")
    store.extend(ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph)  # type: ignore[arg-type]
    return StoreSource(store)


def to_ox(node: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    if isinstance(node, URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"not an RDF term: {node!r}")


def to_rdflib(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if (
        term.datatype.value == XSD_STRING
    ):  # RDF 1.1: a simple literal is an xsd:string (rdflib tells them apart)
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))
