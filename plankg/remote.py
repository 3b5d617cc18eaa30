"""A store elsewhere: the data of a SPARQL 1.1 endpoint, read over the SPARQL 1.1 Protocol.

``--store`` may name an endpoint instead of a directory (``http://host:7878/query`` for
``oxigraph serve``, ``http://host:3030/ds/sparql`` for Fuseki, ...), so that a deployment sits on
an existing triple store:

- validation (:class:`RemoteSource`) runs by the store's own engine: the fast engine's queries are
  sent as they are, and the report's details are read in batches (``VALUES``);
- a build writes its graphs there by the Graph Store Protocol (:class:`GraphStore`);
- the server reads it as it reads a store on disk (:class:`RemoteStore`).

The endpoint's default graph must be the union of its named graphs, as the project's own
endpoint's is (``oxigraph serve --union-default-graph``; Fuseki's ``tdb2:unionDefaultGraph``);
:func:`open_endpoint` checks it and says so when it is not.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from .namespaces import PK, SHAPES_GRAPH
from .settings import Settings
from .sparql_source import Facts, Row, rows_of
from .sparql_text import pattern_start
from .store import StoreError

RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
BATCH = 200  # subjects named in one VALUES block
TIMEOUT = 600  # seconds a request may take (a whole report's query at nation scale takes seconds)


def is_endpoint(location: str) -> bool:
    return location.startswith(("http://", "https://"))


def store_location(location: str | None) -> tuple[Settings, str | None]:
    """What ``--store`` names: the settings, and the endpoint's URL when it is one (the settings
    then keep the default store directory, which such a command does not use)."""
    if location is not None and is_endpoint(location):
        return Settings(), location
    return Settings().with_store(Path(location) if location else None), None


class RemoteSource:
    """The data behind a SPARQL 1.1 query endpoint (SPARQL 1.1 Protocol §2.1.2, POST form)."""

    def __init__(self, url: str):
        self.url = url

    def _post(self, query: str, accept: str) -> bytes:
        return self.post([("query", query)], accept)[0]

    def post(self, fields: list[tuple[str, str]], accept: str) -> tuple[bytes, str]:
        """The body and media type of the answer to a form POST (query and dataset parameters)."""
        body = urllib.parse.urlencode(fields).encode()
        request = urllib.request.Request(
            self.url,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                data: bytes = response.read()
                return data, response.headers.get("Content-Type", "")
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", errors="replace")[:500]
            if error.code == 400:  # the query itself: the server's callers answer 400 for a SyntaxError
                raise SyntaxError(detail) from None
            raise StoreError(f"the endpoint {self.url} answered {error.code}: {detail}") from None
        except OSError as error:
            raise StoreError(f"cannot reach the endpoint {self.url}: {error}") from None

    def select(self, query: str) -> list[Row]:
        answer = ox.parse_query_results(self._post(query, RESULTS), format=ox.QueryResultsFormat.JSON)
        if not isinstance(answer, ox.QuerySolutions):
            raise StoreError(f"the endpoint {self.url} answered a SELECT query with a boolean")
        return rows_of(answer)

    def ask(self, query: str) -> bool:
        answer = ox.parse_query_results(self._post(query, RESULTS), format=ox.QueryResultsFormat.JSON)
        if not isinstance(answer, ox.QueryBoolean):
            raise StoreError(f"the endpoint {self.url} did not answer an ASK query with a boolean")
        return bool(answer)

    def facts(self, subjects: Iterable[ox.NamedNode | ox.BlankNode], predicates: Sequence[str]) -> Facts:
        wanted = list(dict.fromkeys(subjects))
        if any(isinstance(subject, ox.BlankNode) for subject in wanted):
            # a blank node is scoped to one answer of the endpoint: it cannot be asked about again
            raise StoreError(f"a blank node cannot be looked up on the endpoint {self.url}")
        found: Facts = {subject: {} for subject in wanted}
        properties = " ".join(f"<{predicate}>" for predicate in predicates)
        for start in range(0, len(wanted), BATCH):
            batch = " ".join(str(subject) for subject in wanted[start : start + BATCH])
            query = (
                f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {batch} }} VALUES ?p {{ {properties} }} ?s ?p ?o }}"
            )
            for row in self.select(query):
                subject, predicate, value = row["s"], row["p"], row["o"]
                assert isinstance(subject, ox.NamedNode)
                objects = found.setdefault(subject, {}).setdefault(predicate.value, [])
                if value not in objects:  # a statement held by two graphs, once
                    objects.append(value)
        return found

    def rdflib_graph(self) -> Graph:
        """The statements of every named graph but the shapes graph, for the reference engine."""
        construct = (
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{SHAPES_GRAPH}>) }}"
        )
        data = self._post(construct, N_TRIPLES)
        return Graph().parse(data=data.decode("utf-8"), format="nt") if data.strip() else Graph()


def open_endpoint(url: str, require_data: bool = True) -> RemoteSource:
    """The endpoint, checked: it answers, and its default graph is the union of its named graphs
    (a build may write to an empty one)."""
    source = RemoteSource(url)
    in_named_graphs = source.ask(f"ASK {{ GRAPH ?g {{ ?plan a <{PK.Plan}> }} }}")
    in_default_graph = source.ask(f"ASK {{ ?plan a <{PK.Plan}> }}")
    if in_named_graphs and not in_default_graph:
        raise StoreError(
            f"the endpoint {url} keeps the plans in named graphs but its default graph is not their "
            "union; configure it so (oxigraph: serve --union-default-graph)"
        )
    if not in_default_graph and require_data:
        raise StoreError(f"the endpoint {url} holds no plan: load the dataset (plankg export) into it first")
    return source


class GraphStore:
    """The graphs of an endpoint, written over the SPARQL 1.1 Graph Store HTTP Protocol.

    Each named graph is replaced by ``PUT ?graph=`` (GSP §5.3) and removed by ``DELETE ?graph=``
    (GSP §5.4); the graphs there are listed by a query on the query endpoint. Only graphs in the
    project's namespace are ever written or removed: the endpoint may hold other datasets.
    """

    def __init__(self, url: str, query: RemoteSource):
        self.url = url
        self.query = query

    def _send(self, method: str, graph: str, body: bytes | None = None) -> None:
        target = f"{self.url}?{urllib.parse.urlencode({'graph': graph})}"
        headers = {"Content-Type": N_TRIPLES} if body is not None else {}
        request = urllib.request.Request(target, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                response.read()
        except urllib.error.HTTPError as error:
            if method == "DELETE" and error.code == 404:
                return  # already gone
            detail = error.read().decode("utf-8", errors="replace")[:500]
            raise StoreError(
                f"{method} of the graph {graph} on {self.url} answered {error.code}: {detail}"
            ) from None
        except OSError as error:
            raise StoreError(f"cannot reach the graph store {self.url}: {error}") from None

    def put(self, graph: str, n_triples: bytes) -> None:
        self._send("PUT", graph, n_triples)

    def delete(self, graph: str) -> None:
        self._send("DELETE", graph)

    def graphs(self, namespace: str) -> set[str]:
        """The named graphs of the endpoint whose IRI starts with ``namespace``."""
        rows = self.query.select(
            f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), "{namespace}")) }}'
        )
        return {row["g"].value for row in rows if isinstance(row.get("g"), ox.NamedNode)}


def graph_store_url(query_url: str, given: str | None) -> str:
    """The Graph Store endpoint: the one given, or oxigraph's beside its query endpoint."""
    if given:
        return given
    if query_url.endswith("/query"):
        return query_url.removesuffix("/query") + "/store"
    raise StoreError(
        f"give the Graph Store endpoint of {query_url} with --graph-store "
        "(for oxigraph it is /store beside /query; for Fuseki, /ds/data beside /ds/sparql)"
    )


def with_values(query: str, substitutions: dict[ox.Variable, ox.NamedNode | ox.Literal]) -> str:
    """The query with the substitutions as a VALUES block opening its outermost pattern: joined
    with the pattern before any grouping, ordering or projection, as pyoxigraph joins them."""
    start = pattern_start(query)
    if start is None:
        raise SyntaxError("a query with parameters needs a WHERE pattern")
    names = " ".join(f"?{variable.value}" for variable in substitutions)
    values = " ".join(str(term) for term in substitutions.values())
    return f"{query[:start]} VALUES ({names}) {{ ({values}) }} {query[start:]}"


class RemoteTriples:
    """The triples of a CONSTRUCT or DESCRIBE answered by an endpoint, read as pyoxigraph's are."""

    def __init__(self, triples: list[ox.Triple]):
        self.triples = triples

    def __iter__(self) -> Iterator[ox.Triple]:
        return iter(self.triples)

    def serialize(self, format: ox.RdfFormat) -> bytes:
        return ox.serialize(self.triples, format=format) or b""


class RemoteStore:
    """A SPARQL endpoint with the part of ``pyoxigraph.Store``'s reading interface the server uses.

    A query is sent as it is (SPARQL 1.1 Protocol §2.1.2), answered as SPARQL JSON results or
    N-Triples, and read with pyoxigraph's parsers. A substitution (a named query's parameter)
    becomes a ``VALUES`` block opening the query's outermost pattern (:func:`with_values`; a
    trailing VALUES clause would do in principle, SPARQL 1.1 Query §18.2.4.3, but oxigraph's
    server then loses the ORDER BY); the default graph is the endpoint's, which
    :func:`open_endpoint` has checked to be the union.
    """

    def __init__(self, source: RemoteSource):
        self.source = source
        self.url = source.url

    def query(
        self,
        query: str,
        *,
        use_default_graph_as_union: bool = False,
        substitutions: dict[ox.Variable, ox.NamedNode | ox.Literal] | None = None,
        base_iri: str | None = None,
        default_graph: list[ox.NamedNode] | None = None,
        named_graphs: list[ox.NamedNode] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | RemoteTriples:
        del use_default_graph_as_union  # the endpoint's default graph is the union already
        if substitutions:
            query = with_values(query, substitutions)
        if base_iri:
            query = f"BASE <{base_iri}>\n{query}"
        fields = [("query", query)]
        fields += [("default-graph-uri", g.value) for g in default_graph or []]
        fields += [("named-graph-uri", g.value) for g in named_graphs or []]
        if (default_graph is not None or named_graphs is not None) and not (default_graph or named_graphs):
            raise SyntaxError("an empty dataset cannot be asked of a remote endpoint")
        body, content_type = self.source.post(fields, f"{RESULTS}, {N_TRIPLES};q=0.9")
        if content_type.startswith(N_TRIPLES):
            parsed = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
            return RemoteTriples([ox.Triple(q.subject, q.predicate, q.object) for q in parsed])
        return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        for row in self.source.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }"):
            graph = row.get("g")
            if isinstance(graph, ox.NamedNode):
                yield graph

    def quads_for_pattern(
        self,
        subject: object,
        predicate: object,
        object: object,
        graph_name: ox.NamedNode,
    ) -> Iterator[ox.Quad]:
        if (subject, predicate, object) != (None, None, None):
            raise NotImplementedError("only whole graphs are read from a remote endpoint")
        for row in self.source.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph_name} {{ ?s ?p ?o }} }}"):
            yield ox.Quad(row["s"], row["p"], row["o"], graph_name)  # type: ignore[arg-type]


# The answers to CONSTRUCT and DESCRIBE, from a store on disk or from an endpoint.
TRIPLE_RESULTS = (ox.QueryTriples, RemoteTriples)
