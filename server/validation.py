"""Validation in the server: the report pages and ``POST /shacl``, a draft's check before publishing.

``/validation`` is the overview (plans ranked by completeness, counts by problem) and
``/validation/{plan}`` one plan's problems, as HTML (vi or en, by ?lang= or Accept-Language), JSON,
CSV or the SHACL report in Turtle, chosen by ``?_format=`` or ``Accept`` (RFC 9110 §12.5.1).

The report of a store generation is computed once, by the fast engine on the store itself
(``plankg.shacl_sparql``), and kept until the store changes.

``POST /shacl`` is shaped like Fuseki's SHACL service (a POST whose answer is a SHACL validation
report, Turtle by default) with the roles turned round: the body is the data, a draft plan in Turtle
or JSON-LD, and the shapes are the project's. The draft is checked as a build would see it: beside
the published graph (without the document it would replace), with the links and successions a
build derives for it when the server was given a way to derive them (``plankg serve`` gives the
loaders'). Only results about the draft's own nodes are reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from plankg import reports, saved_report
from plankg.namespaces import (
    GRAPH,
    ID,
    INFERENCES_GRAPH,
    LINKS_GRAPH,
    PK,
    PLAN_SUMMARIES_GRAPH,
    SHAPES_GRAPH,
    SUCCESSIONS_GRAPH,
)
from plankg.settings import Settings
from plankg.sparql_source import named_graph
from plankg.validation import Report, load_shapes, validate_graph, validate_store

from .answers import Unanswerable, error_response, known_parameters, negotiate, page
from .deps import SettingsDep, StoreDep, get_store_handle
from .i18n import choose_language
from .negotiation import (
    CSV,
    HTML,
    JSON_DOCUMENT,
    JSON_LD,
    TURTLE,
    AcceptError,
    ResultFormat,
    content_type,
    parse_media_type,
)
from .sparql import BodyDep, too_large_body

router = APIRouter(dependencies=[Depends(known_parameters)])

REPORT_OFFERS = {"text/html": HTML, "application/json": JSON_DOCUMENT, "text/csv": CSV, "text/turtle": TURTLE}
SHACL_OFFERS = {
    "text/turtle": TURTLE,
    "application/ld+json": JSON_LD,
    "application/json": JSON_DOCUMENT,
    "text/csv": CSV,
}
FORMAT_NAMES = {"html": HTML, "json": JSON_DOCUMENT, "csv": CSV, "ttl": TURTLE, "jsonld": JSON_LD}
# Graphs a build derives from the documents: a draft gets its own, made for it, instead.
DERIVED_GRAPHS = {
    str(g) for g in (SHAPES_GRAPH, LINKS_GRAPH, INFERENCES_GRAPH, SUCCESSIONS_GRAPH, PLAN_SUMMARIES_GRAPH)
}
SOURCE_GRAPHS = str(GRAPH["source/"])

Derive = Callable[[Graph, Graph], Graph]  # (published graph, draft) -> what a build adds for the draft


class ReportCache:
    """The report and the published graphs of the store generation in service, made once each:
    the report is the one the build saved beside the generation (``plankg.saved_report``) when
    there is one made with the shapes in service."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key: object = None
        self._report: Report | None = None
        self._graphs: dict[str, Graph] | None = None

    def _fresh(self, key: object) -> None:
        if key != self._key:
            self._key, self._report, self._graphs = key, None, None

    def report(self, key: object, store: ox.Store, settings: Settings, saved: Path | None = None) -> Report:
        with self._lock:
            self._fresh(key)
            if self._report is None and saved is not None:
                self._report = saved_report.load(saved, settings.shapes_path)
            if self._report is None:
                self._report = validate_store(store, settings)
            return self._report

    def graphs(self, key: object, store: ox.Store) -> dict[str, Graph]:
        """The published named graphs in rdflib, for a draft's check (made on the first draft)."""
        with self._lock:
            self._fresh(key)
            if self._graphs is None:
                self._graphs = named_graphs(store)
            return self._graphs


def named_graphs(store: ox.Store) -> dict[str, Graph]:
    """Each named graph of the store but the shapes, as rdflib graphs."""
    graphs: dict[str, Graph] = {}
    for name in store.named_graphs():
        if name.value == str(SHAPES_GRAPH):
            continue
        graphs[name.value] = named_graph(store, name.value)
    return graphs


def published(graphs: dict[str, Graph], leave_out: Collection[str] = ()) -> Graph:
    union = Graph()
    for name, graph in graphs.items():
        if name not in leave_out:
            union += graph
    return union


def _cache(request: Request) -> ReportCache:
    cache: ReportCache = request.app.state.report_cache
    return cache


def _key(request: Request, store: ox.Store) -> object:
    return get_store_handle(request).generation or id(store)


def store_report(request: Request, store: ox.Store) -> Report:
    """The validation report of the store in service (computed once per store generation)."""
    files = get_store_handle(request).files
    saved = files.report if files is not None else None
    return _cache(request).report(_key(request, store), store, request.app.state.settings, saved)


def _answer(
    report: Report,
    language: str,
    chosen: tuple[str, ResultFormat],
    render_html: Callable[[], HTMLResponse],
) -> Response:
    media_type, result_format = chosen
    if result_format is HTML:
        response: Response = render_html()
    elif result_format is JSON_DOCUMENT:
        response = Response(reports.json_report(report), media_type=media_type)
    elif result_format is CSV:
        response = Response(reports.csv_report(report, language), media_type=content_type(media_type, CSV))
    elif result_format is JSON_LD:
        response = Response(reports.report_graph(report).serialize(format="json-ld"), media_type=media_type)
    else:
        response = Response(reports.turtle_report(report), media_type=content_type(media_type, TURTLE))
    response.headers["Vary"] = "Accept, Accept-Language"
    response.headers["Content-Language"] = language
    return response


def _page(request: Request, template: str, language: str, context: dict[str, object]) -> HTMLResponse:
    report: Report = context["report"]  # type: ignore[assignment]
    links = reports.html_context(
        report, language, lambda iri: f"/validation/{reports.slug(iri)}?lang={language}"
    )
    return page(request, template, language, {**links, **context}, vary="Accept, Accept-Language")


LangQuery = Annotated[str | None, Query(description="vi or en (HTML and CSV)")]
FormatQuery = Annotated[
    str | None, Query(alias="_format", description="html, json, csv or ttl; else by Accept")
]


@router.get("/validation", summary="The validation report: plans ranked by completeness, counts by problem")
def validation_overview(
    request: Request,
    store: StoreDep,
    lang: LangQuery = None,
    format_name: FormatQuery = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    language = choose_language(lang, accept_language)
    try:
        chosen = negotiate(request, format_name, REPORT_OFFERS, FORMAT_NAMES)
    except Unanswerable as error:
        return error_response(error)
    report = store_report(request, store)
    return _answer(
        report, language, chosen, lambda: _page(request, "validation.html", language, {"report": report})
    )


@router.get("/validation/{plan}", summary="The validation report of one plan")
def validation_of_plan(
    request: Request,
    store: StoreDep,
    plan: str,
    lang: LangQuery = None,
    format_name: FormatQuery = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    language = choose_language(lang, accept_language)
    try:
        chosen = negotiate(request, format_name, REPORT_OFFERS, FORMAT_NAMES)
        report = store_report(request, store)
        summary = report.plan(str(ID[f"plan/{plan}"]))
        if summary is None:
            raise Unanswerable(404, f"no plan read from a document has the identifier {ID}plan/{plan}")
    except Unanswerable as error:
        if error.status == 404 and chosen[1] is HTML:
            return _page_not_found(request, language, error.message)
        return error_response(error)
    one = report.for_plan(summary.iri)
    return _answer(
        one,
        language,
        chosen,
        lambda: _page(request, "validation_plan.html", language, {"report": one, "summary": summary}),
    )


def _page_not_found(request: Request, language: str, message: str) -> HTMLResponse:
    return page(request, "not_found.html", language, {"message": message}, status_code=404)


# -- POST /shacl ------------------------------------------------------------------------------

DRAFT_MEDIA_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD}
DRAFT_BASE = "https://w3id.org/plankg/draft/"  # relative IRIs of a draft resolve here


def parse_draft(body: bytes, media_type: str) -> Graph:
    """The posted draft, or Unanswerable naming what is wrong and where (line, column)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body[: error.start].count(b"\n") + 1
        raise Unanswerable(400, f"the body is not UTF-8 (line {line}, byte {error.start})") from None
    if not text.strip():
        raise Unanswerable(400, "the body is empty: post the draft plan's data (Turtle or JSON-LD)")
    syntax = DRAFT_MEDIA_TYPES[media_type]
    try:
        # pyoxigraph's parsers name the line and column of a syntax error, in Turtle and JSON-LD
        # alike; what they read is then handed to rdflib, for pyshacl.
        quads = ox.parse(body, format=syntax, base_iri=DRAFT_BASE)
        data = ox.serialize(
            (ox.Triple(q.subject, q.predicate, q.object) for q in quads), format=ox.RdfFormat.N_TRIPLES
        )
    except SyntaxError as error:
        name = "Turtle" if syntax is ox.RdfFormat.TURTLE else "JSON-LD"
        raise Unanswerable(400, f"invalid {name}: {error.msg}") from None
    return Graph().parse(data=data, format="nt") if data else Graph()


@router.post(
    "/shacl",
    summary="Validate a draft plan (Turtle or JSON-LD) against the project's shapes",
    openapi_extra={
        "requestBody": {
            "content": {
                "text/turtle": {"schema": {"type": "string"}},
                "application/ld+json": {"schema": {"type": "object"}},
            },
            "required": True,
        }
    },
)
def shacl(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    body: BodyDep,
    lang: LangQuery = None,
    format_name: FormatQuery = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    language = choose_language(lang, accept_language)
    try:
        chosen = negotiate(request, format_name, SHACL_OFFERS, FORMAT_NAMES)
        if body is None:
            raise Unanswerable(413, too_large_body(request))
        declared = request.headers.get("content-type")
        try:
            media_type = parse_media_type(declared)[0] if declared else ""
        except AcceptError:
            media_type = ""
        if media_type not in DRAFT_MEDIA_TYPES:
            raise Unanswerable(
                415,
                f"post the draft as {' or '.join(DRAFT_MEDIA_TYPES)}, not {declared or 'no Content-Type'}",
            )
        draft = parse_draft(body, media_type)
    except Unanswerable as error:
        return error_response(error)
    report = check_draft(request, store, settings, draft)
    return _answer(report, language, chosen, lambda: HTMLResponse(""))


def check_draft(request: Request, store: ox.Store, settings: Settings, draft: Graph) -> Report:
    graphs = _cache(request).graphs(_key(request, store), store)
    plans = {str(plan) for plan in draft.subjects(RDF.type, PK.Plan)}
    # the published document of the same plan, which the draft would replace, is left out
    replaced = {
        name
        for name, graph in graphs.items()
        if name.startswith(SOURCE_GRAPHS)
        and any((URIRef(plan), RDF.type, PK.Plan) in graph for plan in plans)
    }
    context = published(graphs, DERIVED_GRAPHS | replaced)
    data = context + draft
    derive: Derive | None = request.app.state.derive_for_draft
    if derive is not None:
        data += derive(context, draft)
    report = validate_graph(data, load_shapes(settings))
    own = set(draft.subjects())
    return Report(
        [r for r in report.results if r.focus_term in own], [s for s in report.plans if s.iri in plans]
    )
