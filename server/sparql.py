"""The SPARQL 1.1 Protocol at /sparql (https://www.w3.org/TR/sparql11-protocol/).

Three ways to send a query (§2.1): GET with ``query`` in the URL (§2.1.1), POST of an HTML form
(§2.1.2) and POST of the query itself as ``application/sparql-query`` (§2.1.3). A GET without any
query string answers the service description (server.service_description).

Updates (§2.2) are for the holder of the admin token only (server.sparql_update, server.writes):
without a token configured they are refused with 403, without the token given with 401; never by
GET. Status codes follow Oxigraph's server:

- 400: malformed request: missing or repeated ``query``, both ``query`` and ``update``, invalid
  UTF-8, a malformed form or Accept header, an invalid graph IRI, a query the parser rejects (the
  body is the parser's message);
- 401: an update without the admin token, when one is configured (with ``WWW-Authenticate``);
- 403: an update to a read-only endpoint or by GET, or a query that would make the server call
  other services (SERVICE);
- 405: a method other than GET and POST (with ``Allow``);
- 406: nothing we can write is acceptable (the body lists what is offered);
- 413: a body larger than the limit (``Limits.body_bytes``, 1 MiB by default as in Oxigraph's server);
- 422: a result larger than ``Limits.result_bytes``: refused whole, never cut;
- 415: a POST body of an unsupported or missing media type, or not in UTF-8;
- 500: only for errors of the engine (OSError from pyoxigraph) or a query worker lost;
- 503: a query stopped at the time limit (``Limits.query_seconds``; its worker is killed, see
  plankg.query_pool), or, with ``Retry-After``, every worker busy and the waiting queue full.

Errors (§2.1.7: 4xx for the client's faults, 5xx for the server's) are text/plain, UTF-8. Every
answer carries ``Vary: Accept``. Store calls block, so the routes are plain ``def`` functions, which
FastAPI runs in its thread pool; only reading the request body (a dependency) is async.
"""

from __future__ import annotations

import logging
import urllib.parse
from collections.abc import Mapping
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from plankg.query_job import (
    BOOLEAN,
    ENGINE,
    GRAPH,
    GRAPH_SERIALIZERS,
    NOT_ACCEPTABLE,
    OK,
    SOLUTIONS,
    STOPPED,
    SYNTAX,
    TIMEOUT,
    TOO_LARGE,
    Answer,
    Choice,
    QueryJob,
    run_job,
)
from plankg.query_pool import Saturated
from plankg.sparql_text import keywords
from plankg.store import StoreError, StoreHandle

from .admission import RETRY_AFTER_SECONDS
from .answers import ProtocolError, answer_protocol, check_iris, plain, refuse_deep_nesting
from .deps import StoreDep, limits_of, query_pool, store_of
from .negotiation import (
    ASK_OFFERS,
    GRAPH_OFFERS,
    SELECT_OFFERS,
    AcceptError,
    ResultFormat,
    choose,
    content_type,
    parse_accept,
    parse_media_type,
)
from .service_description import SERIALIZATION_PREFIXES, service_description
from .sparql_update import run_update

log = logging.getLogger(__name__)

router = APIRouter()

ENDPOINT = "/sparql"
ALLOW = "GET, HEAD, POST"  # HEAD: as GET without content (server.middleware.HeadAsGet)

QUERY_MEDIA_TYPE = "application/sparql-query"
UPDATE_MEDIA_TYPE = "application/sparql-update"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
DEFAULT_GRAPH_URI = "default-graph-uri"
NAMED_GRAPH_URI = "named-graph-uri"

_VARY = {"Vary": "Accept"}


async def _read_body(request: Request) -> bytes | None:
    """The request body, or None if it is larger than the limit (read no further than that)."""
    limit = limits_of(request).body_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


BodyDep = Annotated[bytes | None, Depends(_read_body)]


def too_large_body(request: Request) -> str:
    limit = limits_of(request).body_bytes
    return f"The request body is larger than {limit:,} bytes, the limit of this server."


_GET_DOC: dict[str, Any] = {
    "parameters": [
        {"name": "query", "in": "query", "schema": {"type": "string"}, "description": "the SPARQL query"},
        {
            "name": DEFAULT_GRAPH_URI,
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string"}},
            "description": "graphs whose merge is the default graph (overrides FROM)",
        },
        {
            "name": NAMED_GRAPH_URI,
            "in": "query",
            "schema": {"type": "array", "items": {"type": "string"}},
            "description": "the named graphs (overrides FROM NAMED)",
        },
    ]
}
_POST_DOC: dict[str, Any] = {
    "requestBody": {
        "content": {
            QUERY_MEDIA_TYPE: {"schema": {"type": "string"}},
            FORM_MEDIA_TYPE: {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string"},
                        DEFAULT_GRAPH_URI: {"type": "array", "items": {"type": "string"}},
                        NAMED_GRAPH_URI: {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["query"],
                }
            },
        }
    }
}


@router.get(
    ENDPOINT,
    summary="SPARQL query by GET, or the service description",
    response_class=Response,
    openapi_extra=_GET_DOC,
)
def sparql_get(request: Request, store: StoreDep) -> Response:
    """SPARQL 1.1 Protocol §2.1.1; without a query string, the service description (Turtle by default)."""
    return answer_protocol(lambda: _get(request, store))


@router.post(
    ENDPOINT,
    summary="SPARQL query by POST (form or application/sparql-query)",
    response_class=Response,
    openapi_extra=_POST_DOC,
)
def sparql_post(request: Request, store: StoreDep, body: BodyDep) -> Response:
    """SPARQL 1.1 Protocol §2.1.2 (form) and §2.1.3 (direct)."""
    return answer_protocol(lambda: _post(request, store, body))


class SparqlByGet:
    """GET /sparql with a query string, answered before FastAPI's routing and dependency solving.

    The answer is the route's own (``_get`` with the same request), so the two cannot differ; the
    route stays for everything else (the service description, POST, the OpenAPI description).
    Routing, dependency solving and request validation cost a small query (a task by its IRI) more
    than the query itself: `make bench` measures the requests per second this wins.
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not (
            scope["type"] == "http"
            and scope["method"] == "GET"
            and scope["path"] == ENDPOINT
            and scope["query_string"]
        ):
            await self.app(scope, receive, send)
            return
        handle: StoreHandle = scope["app"].state.store_handle
        store = await store_of(handle)
        request = Request(scope, receive)
        response = await run_in_threadpool(answer_protocol, lambda: _get(request, store))
        await response(scope, receive, send)


class _MethodNotAllowed:
    """An ASGI app answering 405 to any method (§2.1: queries are sent by GET or POST)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        response = plain(
            405, f"{method} is not allowed on {ENDPOINT}; use {ALLOW}.", "Accept", {"Allow": ALLOW}
        )
        await response(scope, receive, send)


# Every other method on the same path. A route whose endpoint is an ASGI app and has no method list
# matches every method; the router tries the GET and POST routes above first.
router.routes.append(Route(ENDPOINT, endpoint=_MethodNotAllowed(), include_in_schema=False))


def _get(request: Request, store: ox.Store) -> Response:
    raw = request.scope["query_string"]
    if not raw:
        # Service Description §2: GET "without any query parameter strings" describes the service.
        return _describe_service(request, store)
    params = _parse_form(raw, "URL query string")
    if _update_parameter(params) is not None:
        # §2.2: updates are sent by POST only.
        raise ProtocolError(
            403, "Updates are never sent by GET (SPARQL 1.1 Protocol §2.2): GET is read-only; none was run."
        )
    query = _single(params, "query")
    return _execute(request, store, query, params.get(DEFAULT_GRAPH_URI, []), params.get(NAMED_GRAPH_URI, []))


def _post(request: Request, store: ox.Store, body: bytes | None) -> Response:
    if body is None:
        raise ProtocolError(413, too_large_body(request))
    url_params = _parse_form(request.scope["query_string"], "URL query string")
    header = request.headers.get("content-type")
    if header is None:
        raise ProtocolError(415, _unsupported("No Content-Type given."))
    try:
        media_type, parameters = parse_media_type(header)
    except AcceptError as error:
        raise ProtocolError(415, _unsupported(f"Malformed Content-Type: {error}.")) from None
    if media_type not in (QUERY_MEDIA_TYPE, UPDATE_MEDIA_TYPE, FORM_MEDIA_TYPE):
        raise ProtocolError(415, _unsupported(f"Unsupported Content-Type {media_type}."))
    charset = parameters.get("charset")
    if charset is not None and charset.lower() not in ("utf-8", "utf8"):
        # §2.1.3: the body of a direct POST is the query "unencoded"; SPARQL is UTF-8 (SPARQL 1.1
        # Query §19.1). Form bodies are ASCII with UTF-8 percent-escapes. Nothing else is read.
        raise ProtocolError(415, _unsupported(f"Unsupported charset {charset}; send UTF-8."))
    for name in ("query", "update"):
        if name in url_params:
            raise ProtocolError(400, f"In a POST request, '{name}' goes in the body, not in the URL.")

    default_graphs = url_params.get(DEFAULT_GRAPH_URI, [])
    named_graphs = url_params.get(NAMED_GRAPH_URI, [])
    if media_type in (QUERY_MEDIA_TYPE, UPDATE_MEDIA_TYPE):
        # §2.1.3 and §2.2.2: the body is the query or the update; its dataset comes from the URL.
        what = "query" if media_type == QUERY_MEDIA_TYPE else "update"
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ProtocolError(400, f"The {what} is not valid UTF-8: {error}.") from None
        if media_type == UPDATE_MEDIA_TYPE:
            return run_update(request, text, _endpoint(request), url_params)
        return _execute(request, store, text, default_graphs, named_graphs)

    # §2.1.2 and §2.2.1: the parameters are in the body; dataset parameters may also be in the URL.
    params = _parse_form(body, "form body")
    update = _update_parameter(params)
    if update is not None:
        return run_update(request, update, _endpoint(request), url_params, params)
    query = _single(params, "query")
    return _execute(
        request,
        store,
        query,
        default_graphs + params.get(DEFAULT_GRAPH_URI, []),
        named_graphs + params.get(NAMED_GRAPH_URI, []),
    )


def _unsupported(reason: str) -> str:
    return (
        f"{reason} A query is sent by POST as {QUERY_MEDIA_TYPE} (the query itself, UTF-8) "
        f"or as {FORM_MEDIA_TYPE} (a 'query' parameter)."
    )


def _parse_form(raw: bytes, where: str) -> dict[str, list[str]]:
    """Decode ``application/x-www-form-urlencoded`` bytes (a URL query string or a form body).

    Percent-escapes are decoded once, as UTF-8 (HTML's form encoding); invalid UTF-8 is an error,
    never replaced. Empty fields and fields without "=" are read as the WHATWG URL standard and
    browsers do (skipped; a name with an empty value), hence ``strict_parsing=False``.
    """
    try:
        text = raw.decode("utf-8")
        return urllib.parse.parse_qs(
            text, keep_blank_values=True, strict_parsing=False, encoding="utf-8", errors="strict"
        )
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"The {where} is not valid UTF-8: {error}.") from None
    except ValueError as error:
        raise ProtocolError(400, f"Malformed {where}: {error}.") from None


def _update_parameter(params: Mapping[str, list[str]]) -> str | None:
    """The one ``update`` parameter (§2.2.1), or None; both a query and an update is an error."""
    if "update" not in params:
        return None
    if "query" in params:
        raise ProtocolError(400, "Give either a 'query' or an 'update' parameter, not both.")
    if len(params["update"]) > 1:
        raise ProtocolError(400, "The 'update' parameter is repeated; exactly one is allowed.")
    return params["update"][0]


def _single(params: Mapping[str, list[str]], name: str) -> str:
    # §2.1.1 and §2.1.2: the request includes exactly one 'query' parameter.
    values = params.get(name, [])
    if not values:
        raise ProtocolError(
            400, f"Missing '{name}' parameter. GET {ENDPOINT} without parameters describes the service."
        )
    if len(values) > 1:
        raise ProtocolError(400, f"The '{name}' parameter is repeated; exactly one is allowed.")
    return values[0]


def _execute(
    request: Request, store: ox.Store, query: str, default_graphs: list[str], named_graphs: list[str]
) -> Response:
    accept = ", ".join(request.headers.getlist("accept")) or None
    if accept is not None:
        try:
            parse_accept(accept)
        except AcceptError as error:
            raise ProtocolError(400, str(error)) from None
    job = _job(
        query,
        # Relative IRIs in the query resolve against the endpoint's IRI (the service-defined base
        # that the W3C suite's update_base_uri test allows).
        _endpoint(request),
        {kind: _choice(accept, offers) for kind, offers in _OFFERS.items()},
        limits_of(request).result_bytes,
        default_graphs,
        named_graphs,
    )
    check_iris(default_graphs, DEFAULT_GRAPH_URI)
    check_iris(named_graphs, NAMED_GRAPH_URI)
    answer = _run(request, store, job)
    if answer.outcome == OK:
        return Response(answer.body, media_type=answer.content_type, headers=_VARY)
    if answer.outcome == NOT_ACCEPTABLE:
        raise _not_acceptable(_OFFERS[answer.kind])
    if answer.outcome == ENGINE:
        log.error("query engine error: %s", answer.message)
    raise ProtocolError(ANSWER_STATUS[answer.outcome], answer.message)


# The statuses of the answers that are not results. §2.1.7 asks for 4xx for the client's faults
# and 5xx for the server's, a refusal included: a query stopped at the time limit is 503, as in
# Fuseki (it may finish on a quieter server); a result past the size limit is 422 (RFC 9110
# §15.5.21: understood, well formed, not processed), since only a smaller query will do.
ANSWER_STATUS = {SYNTAX: 400, TOO_LARGE: 422, ENGINE: 500, STOPPED: 500, TIMEOUT: 503}
_OFFERS: Mapping[str, Mapping[str, ResultFormat]] = {
    SOLUTIONS: SELECT_OFFERS,
    BOOLEAN: ASK_OFFERS,
    GRAPH: GRAPH_OFFERS,
}
SATURATED = (
    "Every query worker of this endpoint is busy and the queue of waiting queries is full; "
    f"nothing was run. Try again in {RETRY_AFTER_SECONDS} s."
)


# The query page reads the answers back: results as SPARQL JSON, graphs as N-Triples.
_FOR_PAGES = {
    SOLUTIONS: Choice("application/sparql-results+json", "json"),
    BOOLEAN: Choice("application/sparql-results+json", "json"),
    GRAPH: Choice("application/n-triples", "n-triples"),
}


def run_for_page(request: Request, store: ox.Store, query: str) -> Answer:
    """A query of the query page, run as /sparql runs one (in a query worker, within the limits),
    its answer written for the page to read back. Raises ProtocolError for what /sparql refuses
    before running (a query nested too deep, SERVICE, every worker busy)."""
    job = _job(query, str(request.url_for("sparql_get")), _FOR_PAGES, limits_of(request).result_bytes)
    return _run(request, store, job)


def _job(
    query: str,
    base_iri: str,
    choices: Mapping[str, Choice | None],
    max_result_bytes: int,
    default_graphs: list[str] | None = None,
    named_graphs: list[str] | None = None,
) -> QueryJob:
    """The query as a job for a worker, once past what is refused before anything runs."""
    refuse_deep_nesting(query, "query")
    used = keywords(query)
    if "SERVICE" in used:
        # pyoxigraph would call the remote service itself: a public endpoint must not fetch URLs
        # (internal ones included) on anyone's behalf.
        raise ProtocolError(403, "Federated queries (SERVICE) are not allowed on this endpoint.")
    return QueryJob(
        query,
        base_iri=base_iri,
        choices=choices,
        max_result_bytes=max_result_bytes,
        # §2.1.4: default-graph-uri / named-graph-uri make up the dataset and override FROM and
        # FROM NAMED; with only one kind given, the other part of the dataset is empty.
        default_graphs=tuple(default_graphs or ()),
        named_graphs=tuple(named_graphs or ()),
        # No dataset in the request or the query (§2.1.4 leaves it to the service): the default
        # graph is the union of the named graphs (DESIGN.md, "Data flow"). Only then, because
        # pyoxigraph's union option would also override the query's own FROM.
        union_default_graph="FROM" not in used,
    )


def _choice(accept: str | None, offers: Mapping[str, ResultFormat]) -> Choice | None:
    # §2.1.5: the response format is chosen by HTTP content negotiation among the formats of the
    # query form (SELECT/ASK: SPARQL results; CONSTRUCT/DESCRIBE: RDF).
    chosen = choose(accept, offers)
    if chosen is None:
        return None
    media_type, result_format = chosen
    return Choice(content_type(media_type, result_format), result_format.key)


def _run(request: Request, store: ox.Store, job: QueryJob) -> Answer:
    """The job run by a query worker (killed at the time limit) when the store is on disk, else here."""
    pool = query_pool(request.app)  # None for a store in memory or another endpoint's
    generation = request.app.state.store_handle.generation_path
    if pool is None or generation is None:
        return run_job(store, job)
    try:
        return pool.run(generation, job)
    except Saturated:
        raise ProtocolError(503, SATURATED, {"Retry-After": str(RETRY_AFTER_SECONDS)}) from None


def _not_acceptable(offers: Mapping[str, ResultFormat]) -> ProtocolError:
    offered = "\n".join(f"  {media_type}" for media_type in offers)
    return ProtocolError(406, f"None of the media types in Accept can be written here. Offered:\n{offered}")


def negotiate_format(request: Request, offers: Mapping[str, ResultFormat]) -> tuple[str, ResultFormat]:
    """The media type and format of the answer, by the request's Accept among ``offers``
    (400 for a malformed Accept, 406 when nothing offered is acceptable)."""
    accept = ", ".join(request.headers.getlist("accept")) or None
    try:
        chosen = choose(accept, offers)
    except AcceptError as error:
        raise ProtocolError(400, str(error)) from None
    if chosen is None:
        raise _not_acceptable(offers)
    return chosen


def _engine_fault(error: Exception) -> ProtocolError:
    log.error("query engine error: %s", error)
    return ProtocolError(500, f"The query engine failed: {error}")


def _endpoint(request: Request) -> str:
    """The endpoint's IRI: the request URL without its query string."""
    url = request.url
    return f"{url.scheme}://{url.netloc}{url.path}"


def _describe_service(request: Request, store: ox.Store) -> Response:
    media_type, result_format = negotiate_format(request, GRAPH_OFFERS)
    try:
        graphs = [g for g in store.named_graphs() if isinstance(g, ox.NamedNode)]
    except (OSError, StoreError) as error:
        raise _engine_fault(error) from None
    triples = service_description(_endpoint(request), graphs)
    body = ox.serialize(triples, format=GRAPH_SERIALIZERS[result_format.key], prefixes=SERIALIZATION_PREFIXES)
    return Response(body, media_type=content_type(media_type, result_format), headers=_VARY)
