"""One SPARQL query as a job: run over a store and written out whole, or refused with a reason.

The SPARQL endpoint runs the queries people send through ``run_job``, either in the server's own
process (a store in memory or another endpoint) or in a query worker (``plankg.query_pool``) that
can be killed when the time limit passes. A job is plain data so that it can be sent to a worker;
its answer is either the whole serialised body or an error, never part of a body: the body is
written to memory first and given out only when complete, and a body past the size limit is
refused, not cut (SPARQL 1.1 Protocol §2.1.7 asks for an error status when a query fails).

This module imports no web framework and no rdflib: a worker process starts quickly.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, cast

import pyoxigraph as ox

from .namespaces import PREFIXES

RESULT_SERIALIZERS: Mapping[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_SERIALIZERS: Mapping[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "n-triples": ox.RdfFormat.N_TRIPLES,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdf-xml": ox.RdfFormat.RDF_XML,
}

# The three kinds of results a query form gives (SPARQL 1.1 Query §16): the answer's format is
# chosen per kind, before the query runs, because the kind is known only once it has been parsed.
SOLUTIONS = "solutions"  # SELECT
BOOLEAN = "boolean"  # ASK
GRAPH = "graph"  # CONSTRUCT, DESCRIBE

# How an answer ended, besides success (OK).
OK = "ok"
SYNTAX = "syntax"  # the parser refused the query: the message is the parser's
NOT_ACCEPTABLE = "not-acceptable"  # no format of the result's kind is acceptable
TOO_LARGE = "too-large"  # the written result would pass the size limit
ENGINE = "engine"  # the engine failed (an OSError from pyoxigraph, or a failing store)
TIMEOUT = "timeout"  # the query ran past the time limit and was stopped (set by the pool)
STOPPED = "stopped"  # the worker running the query ended unexpectedly (set by the pool)


@dataclass(frozen=True)
class Choice:
    """The format chosen for one kind of result: the Content-Type to send and the serialiser's key."""

    content_type: str
    key: str


@dataclass(frozen=True)
class QueryJob:
    """A query, its dataset and how to write its result; plain data, so it can go to a worker."""

    query: str
    base_iri: str
    choices: Mapping[str, Choice | None]  # per kind (SOLUTIONS, BOOLEAN, GRAPH); None: not acceptable
    max_result_bytes: int
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    # With no dataset given, the default graph is the union of the named graphs (DESIGN.md).
    union_default_graph: bool = False

    def options(self) -> dict[str, Any]:
        options: dict[str, Any] = {"base_iri": self.base_iri}
        if self.default_graphs or self.named_graphs:
            options["default_graph"] = [ox.NamedNode(iri) for iri in self.default_graphs]
            options["named_graphs"] = [ox.NamedNode(iri) for iri in self.named_graphs]
        elif self.union_default_graph:
            options["use_default_graph_as_union"] = True
        return options


@dataclass(frozen=True)
class Answer:
    """What became of a job: the whole body (OK) or an outcome with a message for people."""

    outcome: str
    body: bytes = b""
    content_type: str = ""
    message: str = ""
    kind: str = ""  # the result's kind, when known (for NOT_ACCEPTABLE)


class _SizeLimitReached(OSError):
    pass


class _CappedBuffer(io.RawIOBase):
    """A writable buffer that refuses to grow past ``limit`` bytes (pyoxigraph writes in chunks)."""

    def __init__(self, limit: int):
        self.buffer = bytearray()
        self.limit = limit
        self.reached = False

    def writable(self) -> bool:
        return True

    def write(self, chunk: Any) -> int:
        if len(self.buffer) + len(chunk) > self.limit:
            self.reached = True
            raise _SizeLimitReached(f"more than {self.limit} bytes")
        self.buffer += chunk
        return len(chunk)


def too_large(limit: int) -> Answer:
    return Answer(
        TOO_LARGE,
        message=(
            f"The result is larger than {limit:,} bytes, the limit of this endpoint, and was not sent. "
            "Ask for less (LIMIT and OFFSET page through a result; ORDER BY keeps the pages stable), "
            "or download the whole dataset from /dumps."
        ),
    )


def run_job(store: ox.Store, job: QueryJob) -> Answer:
    """Run ``job`` over ``store`` and write its result whole, or say why not."""
    try:
        result = store.query(job.query, **job.options())
    except SyntaxError as error:
        return Answer(SYNTAX, message=str(error))
    except Exception as error:  # any failure of the engine is the server's, reported as such
        return Answer(ENGINE, message=f"The query engine failed: {error}")
    if isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
        kind = SOLUTIONS if isinstance(result, ox.QuerySolutions) else BOOLEAN
    else:
        kind = GRAPH
    choice = job.choices.get(kind)
    if choice is None:
        return Answer(NOT_ACCEPTABLE, kind=kind)
    try:
        if not isinstance(result, ox.QuerySolutions | ox.QueryBoolean):
            return write_graph(result, choice, job.max_result_bytes)
        buffer = _CappedBuffer(job.max_result_bytes)
        try:
            result.serialize(cast(IO[bytes], buffer), RESULT_SERIALIZERS[choice.key])
        except OSError:
            if buffer.reached:
                return too_large(job.max_result_bytes)
            raise
        return Answer(OK, bytes(buffer.buffer), choice.content_type, kind=kind)
    except Exception as error:  # results are computed lazily, while they are written
        return Answer(ENGINE, message=f"The query engine failed: {error}")


def write_graph(triples: Any, choice: Choice, limit: int) -> Answer:
    """Triples are gathered first, to declare only the prefixes they use; their size is counted as
    they come (as N-Triples, about the size of any serialisation), so memory stays bounded."""
    gathered: list[ox.Triple] = []
    size = 0
    for triple in triples:
        size += sum(len(str(term)) for term in triple) + 3
        if size > limit:
            return too_large(limit)
        gathered.append(triple)
    body = ox.serialize(gathered, format=GRAPH_SERIALIZERS[choice.key], prefixes=used_prefixes(gathered))
    assert body is not None  # no output given: the bytes are returned
    if len(body) > limit:
        return too_large(limit)
    return Answer(OK, body, choice.content_type, kind=GRAPH)


def used_prefixes(triples: list[ox.Triple]) -> dict[str, str]:
    """The project's prefixes that some IRI in ``triples`` starts with (for Turtle and RDF/XML)."""
    iris = {term.value for triple in triples for term in triple if isinstance(term, ox.NamedNode)}
    return {
        prefix: namespace
        for prefix, namespace in PREFIXES.items()
        if any(iri.startswith(namespace) for iri in iris)
    }
