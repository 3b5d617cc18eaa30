"""A store elsewhere: the data of a SPARQL 1.1 endpoint, read over the SPARQL 1.1 Protocol.

``--store`` may name an endpoint instead of a directory (``http://host:7878/query`` for
``oxigraph serve``, ``http://host:3030/ds/sparql`` for Fuseki, ...), so that validation runs on an
existing triple store, by the store's own engine: the fast engine's queries are sent as they are,
and the report's details are read in batches (``VALUES``), a few requests for a whole report.

The endpoint's default graph must be the union of its named graphs, as the project's own
endpoint's is (``oxigraph serve --union-default-graph``; Fuseki's ``tdb2:unionDefaultGraph``);
:func:`open_endpoint` checks it and says so when it is not.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Sequence

import pyoxigraph as ox
from rdflib import Graph

from .namespaces import PK, SHAPES_GRAPH
from .sparql_source import Facts, Row
from .store import StoreError

RESULTS = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
BATCH = 200  # subjects named in one VALUES block
TIMEOUT = 600  # seconds a request may take (a whole report's query at nation scale takes seconds)


def is_endpoint(location: str) -> bool:
    return location.startswith(("http://", "https://"))


class RemoteSource:
    """The data behind a SPARQL 1.1 query endpoint (SPARQL 1.1 Protocol §2.1.2, POST form)."""

    def __init__(self, url: str):
        self.url = url

    def _post(self, query: str, accept: str) -> bytes:
        body = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(
            self.url,
            data=body,
            headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT) as response:
                data: bytes = response.read()
                return data
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", errors="replace")[:500]
            raise StoreError(f"the endpoint {self.url} answered {error.code}: {detail}") from None
        except OSError as error:
            raise StoreError(f"cannot reach the endpoint {self.url}: {error}") from None

    def select(self, query: str) -> list[Row]:
        answer = ox.parse_query_results(self._post(query, RESULTS), format=ox.QueryResultsFormat.JSON)
        if not isinstance(answer, ox.QuerySolutions):
            raise StoreError(f"the endpoint {self.url} answered a SELECT query with a boolean")
        names = [variable.value for variable in answer.variables]
        rows: list[Row] = []
        for solution in answer:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None and not isinstance(term, ox.Triple):
                    row[name] = term
            rows.append(row)
        return rows

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
