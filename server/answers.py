"""What every route answers with: a plain-text error, a format chosen by ``?_format=`` or ``Accept``
(RFC 9110 §12.5.1), and a page in Vietnamese or English with its language headers."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pyoxigraph as ox
from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.responses import HTMLResponse, Response
from fastapi.routing import APIRoute

from plankg.sparql_text import MAX_NESTING, nesting_depth

from .i18n import LANGUAGES, translator
from .negotiation import AcceptError, ResultFormat, choose
from .templating import templates


class Unanswerable(Exception):
    """A request answered with an error status; the message says what was wrong."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


class ProtocolError(Exception):
    """A request of a protocol (SPARQL, the Graph Store Protocol) answered with an error status
    and, perhaps, headers; the message is the response body."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def refuse_deep_nesting(text: str, what: str) -> None:
    """400 for SPARQL nested deeper than the parser can take (plankg.sparql_text.MAX_NESTING)."""
    depth = nesting_depth(text)
    if depth > MAX_NESTING:
        raise ProtocolError(
            400, f"The {what} nests brackets {depth} levels deep; this endpoint reads up to {MAX_NESTING}."
        )


_DECLARED: dict[int, frozenset[str]] = {}


async def known_parameters(request: Request) -> None:
    """Refuse a query parameter the route does not read: ``?format=json`` for ``?_format=json``
    would otherwise be ignored silently and answer something else than what was asked."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    declared = _DECLARED.get(id(route))
    if declared is None:
        declared = frozenset(_query_parameters(route.dependant))
        _DECLARED[id(route)] = declared
    unknown = sorted(set(request.query_params) - declared)
    if unknown:
        known = ", ".join(sorted(declared)) or "none"
        path = request.url.path
        raise Unanswerable(400, f"unknown query parameter {', '.join(unknown)} for {path}: it reads {known}")


def _query_parameters(dependant: Dependant) -> set[str]:
    """The names of the query parameters a route reads, its dependencies' included."""
    names = {field.alias for field in dependant.query_params}
    for dependency in dependant.dependencies:
        names |= _query_parameters(dependency)
    return names


def plain(
    status: int, message: str, vary: str | None = None, headers: Mapping[str, str] | None = None
) -> Response:
    return Response(
        message.rstrip("\n") + "\n",
        status_code=status,
        media_type="text/plain; charset=utf-8",
        headers={**({"Vary": vary} if vary else {}), **(headers or {})},
    )


def answer_protocol(handler: Callable[[], Response]) -> Response:
    """Run ``handler``, a protocol's route (SPARQL, the Graph Store Protocol), its errors answered
    as plain text that varies by Accept."""
    try:
        return handler()
    except ProtocolError as error:
        return plain(error.status, error.message, "Accept", error.headers)


def check_iris(iris: list[str], parameter: str) -> None:
    """400 unless every one of ``iris``, given as ``parameter``, is an IRI."""
    try:
        for iri in iris:
            ox.NamedNode(iri)
    except ValueError as error:
        raise ProtocolError(400, f"Invalid IRI in '{parameter}': {error}.") from None


def error_response(error: Unanswerable, vary: str | None = None) -> Response:
    return plain(error.status, error.message, vary)


def negotiate(
    request: Request,
    format_name: str | None,
    offers: Mapping[str, ResultFormat],
    names: Mapping[str, ResultFormat],
) -> tuple[str, ResultFormat]:
    """The media type and format to answer with: ``?_format=`` (one of ``names``) first, then
    ``Accept`` among ``offers`` (the first offer is the default). Raises Unanswerable: 400 for an
    unknown name or a malformed header, 406 when nothing offered is acceptable."""
    if format_name is not None:
        chosen = names.get(format_name)
        if chosen is None or chosen not in offers.values():
            known = ", ".join(name for name, f in names.items() if f in offers.values())
            raise Unanswerable(400, f"_format={format_name!r} is not one of: {known}")
        return chosen.media_type, chosen
    try:
        found = choose(request.headers.get("accept"), offers)
    except AcceptError as error:
        raise Unanswerable(400, f"malformed Accept header: {error}") from None
    if found is None:
        raise Unanswerable(406, "none of these is acceptable: " + ", ".join(offers))
    return found


def page(
    request: Request,
    template: str,
    language: str,
    context: Mapping[str, Any] | None = None,
    status_code: int = 200,
    vary: str = "Accept-Language",
) -> HTMLResponse:
    """A page in ``language``, with the switch to the other language and its headers."""
    response = templates.TemplateResponse(
        request,
        template,
        {
            "lang": language,
            "other_lang": next(other for other in LANGUAGES if other != language),
            "t": translator(language),
            **(context or {}),
        },
        status_code=status_code,
    )
    response.headers["Content-Language"] = language
    response.headers["Vary"] = vary
    return response
