"""The SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graph-store (https://www.w3.org/TR/sparql11-http-rdf-update/).

A graph is named indirectly, ``/rdf-graph-store?graph=IRI`` or ``?default`` (§4.2), or directly by
a URL under ``/rdf-graph-store/`` which is itself the graph's IRI (§4.1). Reads (GET, HEAD) are
public like every read; writes (PUT, POST, DELETE) are for the holder of the admin token and are
made as every write is (server.writes: on a copy of the store, published whole, logged).

- GET (§5.2): the graph in the format negotiated (Turtle by default); 404 if no such graph.
- HEAD (§5.3): the same headers, no body (as for every GET route: server.middleware.HeadAsGet).
- PUT (§5.4): the graph's content replaced by the payload: 201 if the graph is new, else 204.
- POST (§5.5): the payload merged into the graph: 200, or 201 if the graph is new. To the graph
  store itself (no graph named): a new graph, named by the server, 201 with its IRI in Location.
  A ``multipart/form-data`` payload is the merge of its parts, each an RDF document.
- DELETE (§5.6): the graph removed: 200; 404 if there was none (nothing is written then).

The payload is an RDF graph (Turtle, N-Triples, RDF/XML, JSON-LD, N3), parsed whole before
anything is written: a payload that is not what its Content-Type says is a 400 naming the line.
Relative IRIs in it resolve against the graph's IRI.
"""

from __future__ import annotations

import email.parser
import email.policy
import urllib.parse
import uuid
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from plankg.query_job import OK, Choice, write_graph

from .answers import ProtocolError, answer_protocol, known_parameters, plain
from .deps import StoreDep, limits_of
from .negotiation import GRAPH_OFFERS, AcceptError, content_type, parse_media_type
from .sparql import BodyDep, negotiate_format, too_large_body
from .writes import authorise, write

router = APIRouter(dependencies=[Depends(known_parameters)])
METHODS = ["GET", "PUT", "POST", "DELETE"]  # HEAD: every GET route answers it (server.middleware)

GRAPH_STORE = "/rdf-graph-store"
MULTIPART = "multipart/form-data"
GRAPH_SYNTAXES = ("Turtle", "N-Triples", "RDF/XML", "JSON-LD", "N3")
GraphQuery = Annotated[
    str | None, Query(alias="graph", description="the graph's IRI (indirect naming, §4.2)")
]
DefaultQuery = Annotated[str | None, Query(alias="default", description="present: the default graph")]
Target = ox.NamedNode | ox.DefaultGraph


def _plain(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    return plain(status, message, "Accept", headers)


def _target(request: Request, graph: str | None, default: str | None, direct: str | None) -> Target | None:
    """The graph the request names (None: the graph store itself, for POST §5.5)."""
    if direct is not None:
        if graph is not None or default is not None:
            raise ProtocolError(
                400, "A graph named by its URL takes no 'graph' or 'default' parameter (§4.1)."
            )
        url = request.url
        return _named(f"{url.scheme}://{url.netloc}{url.path}")
    if graph is not None and default is not None:
        raise ProtocolError(400, "Give either 'graph' or 'default', not both (§4.2).")
    if default is not None:
        return ox.DefaultGraph()
    if graph is not None:
        # a relative IRI is resolved against the request's (RFC 3986 §5)
        return _named(urllib.parse.urljoin(str(request.url), graph))
    return None


def _named(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as error:
        raise ProtocolError(400, f"Invalid graph IRI {iri!r}: {error}.") from None


def _exists(store: ox.Store, target: Target) -> bool:
    return isinstance(target, ox.DefaultGraph) or store.contains_named_graph(target)


def _describe(target: Target) -> str:
    return "the default graph" if isinstance(target, ox.DefaultGraph) else f"<{target.value}>"


def graph_store(
    request: Request, store: StoreDep, body: BodyDep, graph: GraphQuery = None, default: DefaultQuery = None
) -> Response:
    return answer_protocol(lambda: _serve(request, store, body, _target(request, graph, default, None)))


def graph_by_url(request: Request, path: str, store: StoreDep, body: BodyDep) -> Response:
    return answer_protocol(lambda: _serve(request, store, body, _target(request, None, None, path)))


# The payload a write sends (§5.4, §5.5): described so that clients, and fuzzers, know to send one.
_PAYLOAD = {
    "requestBody": {
        "content": {
            **{
                media_type: {"schema": {"type": "string"}}
                for media_type in ("text/turtle", "application/n-triples")
            },
            MULTIPART: {"schema": {"type": "object"}},
        }
    }
}
# One route per method and way of naming, each with its own operation id in the OpenAPI description.
for _method in METHODS:
    _extra = _PAYLOAD if _method in ("PUT", "POST") else None
    router.add_api_route(
        GRAPH_STORE,
        graph_store,
        methods=[_method],
        operation_id=f"graph_store_{_method.lower()}",
        summary=f"Graph Store Protocol: {_method} of a graph named by ?graph= or ?default",
        openapi_extra=_extra,
    )
    router.add_api_route(
        GRAPH_STORE + "/{path:path}",
        graph_by_url,
        methods=[_method],
        name="graph_by_url",
        operation_id=f"graph_by_url_{_method.lower()}",
        summary=f"Graph Store Protocol: {_method} of a graph named by its URL",
        openapi_extra=_extra,
    )


def _serve(request: Request, store: ox.Store, body: bytes | None, target: Target | None) -> Response:
    method = request.method
    if method == "GET":
        if target is None:
            raise ProtocolError(400, "Name a graph: ?graph=IRI or ?default (§4.2).")
        return _get(request, store, target)
    authorise(request)
    if method == "DELETE":
        if target is None:
            raise ProtocolError(400, "Name the graph to delete: ?graph=IRI or ?default (§4.2).")
        if not _exists(store, target):
            raise ProtocolError(404, f"There is no graph {_describe(target)}; nothing was deleted.")
        named: Target = target
        write(request, "delete graph", _describe(named), lambda copy: _clear(copy, named))
        return _plain(200, f"Deleted {_describe(target)}.")
    if body is None:
        raise ProtocolError(413, too_large_body(request))
    location: dict[str, str] = {}
    if target is None:  # §5.5: POST to the graph store makes a new graph, named here
        target = _named(str(request.url_for("graph_by_url", path=f"new/{uuid.uuid4()}")))
        location = {"Location": target.value}
    iri = target.value if isinstance(target, ox.NamedNode) else str(request.url)
    triples = _payload(request, body, iri)
    graph: Target = target
    # new content: a graph that was not there, or a default graph that was empty (§5.4: 201)
    created = not _exists(store, target) or not any(
        True for _ in store.quads_for_pattern(None, None, None, target)
    )
    replace = method == "PUT"

    def change(copy: ox.Store) -> None:
        if replace:
            _clear(copy, graph)
        copy.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)

    text = f"{method} {_describe(target)}: {len(triples)} statements"
    write(request, "put graph" if replace else "post graph", text, change)
    if created:
        return _plain(201, f"Created {_describe(target)} with {len(triples)} statements.", location)
    if replace:
        return Response(status_code=204)
    return _plain(200, f"Added {len(triples)} statements to {_describe(target)}.")


def _clear(store: ox.Store, target: Target) -> None:
    if isinstance(target, ox.DefaultGraph):
        store.clear_graph(target)
    elif store.contains_named_graph(target):
        store.remove_graph(target)


def _get(request: Request, store: ox.Store, target: Target) -> Response:
    if not _exists(store, target):
        raise ProtocolError(404, f"There is no graph {_describe(target)}.")
    media_type, result_format = negotiate_format(request, GRAPH_OFFERS)
    triples = [
        ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, target)
    ]
    # written as /sparql writes a CONSTRUCT: whole, or refused past the size limit
    answer = write_graph(
        triples,
        Choice(content_type(media_type, result_format), result_format.key),
        limits_of(request).result_bytes,
    )
    if answer.outcome != OK:
        raise ProtocolError(422, answer.message)
    return Response(answer.body, media_type=answer.content_type, headers={"Vary": "Accept"})


def _payload(request: Request, body: bytes, base_iri: str) -> list[ox.Triple]:
    """The triples of the payload, parsed whole (a multipart payload: of all its parts)."""
    declared = request.headers.get("content-type")
    if not declared:
        raise ProtocolError(415, "No Content-Type: send the graph as Turtle, N-Triples, RDF/XML or JSON-LD.")
    try:
        media_type, _ = parse_media_type(declared)
    except AcceptError as error:
        raise ProtocolError(415, f"Malformed Content-Type: {error}.") from None
    if media_type == MULTIPART:
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + declared.encode("latin-1") + b"\r\n\r\n" + body
        )
        triples: list[ox.Triple] = []
        for number, part in enumerate(message.iter_parts(), start=1):
            content = part.get_payload(decode=True)
            assert isinstance(content, bytes)
            triples += _parse(content, part.get_content_type(), base_iri, f"part {number}")
        return triples
    return _parse(body, media_type, base_iri, "the payload")


def _parse(content: bytes, media_type: str, base_iri: str, where: str) -> list[ox.Triple]:
    rdf_format = ox.RdfFormat.from_media_type(media_type)
    if rdf_format is None or rdf_format.supports_datasets:
        raise ProtocolError(
            415,
            f"{where}: {media_type} is not a graph syntax read here ({', '.join(GRAPH_SYNTAXES)}).",
        )
    try:
        return [
            ox.Triple(q.subject, q.predicate, q.object)
            for q in ox.parse(content, format=rdf_format, base_iri=base_iri)
        ]
    except SyntaxError as error:
        raise ProtocolError(400, f"{where} is not valid {rdf_format.name}: {error}") from None
