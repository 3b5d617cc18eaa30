"""The ontology and the shapes, published: ``/ontology`` (HTML documentation made by pyLODE, in
Vietnamese or English, or the RDF by ``Accept``) and ``/ontology/shapes`` (what each SHACL shape
checks, or the shapes' Turtle).

pyLODE documents one language at a time well: the page of a language is made from the ontology with
the other language's literals left out. Pages are made once per file version and language.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse, Response
from rdflib import Graph, Literal
from rdflib.namespace import RDF

from plankg.namespaces import PK, SH
from plankg.report_assembly import texts
from plankg.reports import in_language, word
from plankg.settings import Settings

from .answers import Unanswerable, error_response, known_parameters, negotiate, page
from .deps import SettingsDep
from .i18n import choose_language
from .negotiation import HTML, JSON_LD, N_TRIPLES, RDF_XML, RDFLIB_FORMATS, TURTLE, ResultFormat, content_type

router = APIRouter(dependencies=[Depends(known_parameters)])
log = logging.getLogger(__name__)

ONTOLOGY_FILES = ("plankg.ttl", "alignments.ttl", "vocabularies.ttl")
OFFERS: dict[str, ResultFormat] = {
    "text/html": HTML,
    TURTLE.media_type: TURTLE,
    JSON_LD.media_type: JSON_LD,
    N_TRIPLES.media_type: N_TRIPLES,
    RDF_XML.media_type: RDF_XML,
}
_cache: dict[tuple[str, ...], str] = {}
_lock = threading.Lock()


def _version(paths: list[Path]) -> tuple[str, ...]:
    return tuple(f"{path}:{path.stat().st_mtime_ns}" for path in paths)


def ontology_graph(settings: Settings) -> Graph:
    graph = Graph()
    for name in ONTOLOGY_FILES:
        graph.parse(settings.ontology_dir / name, format="turtle")
    return graph


def documentation(settings: Settings, language: str) -> str:
    """pyLODE's page of the core ontology (plankg.ttl) in ``language``."""
    path = settings.ontology_dir / "plankg.ttl"
    key = (*_version([path]), language)
    with _lock:
        if key not in _cache:
            from pylode import OntPub  # imported when first asked for: it loads background ontologies

            graph = Graph().parse(path, format="turtle")
            for triple in list(graph):
                literal = triple[2]
                if isinstance(literal, Literal) and literal.language and literal.language != language:
                    graph.remove(triple)
            _cache[key] = OntPub(ontology=graph).make_html()
        return _cache[key]


FORMAT_NAMES = {"html": HTML, "ttl": TURTLE, "jsonld": JSON_LD, "nt": N_TRIPLES, "rdf": RDF_XML}


@router.get("/ontology", summary="The ontology: HTML documentation (pyLODE) or RDF by Accept")
def ontology(
    request: Request,
    settings: SettingsDep,
    lang: Annotated[str | None, Query(description="vi or en")] = None,
    format_name: Annotated[str | None, Query(alias="_format")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    try:
        media_type, result_format = negotiate(request, format_name, OFFERS, FORMAT_NAMES)
    except Unanswerable as error:
        return error_response(error, "Accept")
    if result_format is HTML:
        language = choose_language(lang, accept_language)
        response: Response = HTMLResponse(documentation(settings, language))
        response.headers["Content-Language"] = language
    else:
        body = ontology_graph(settings).serialize(format=RDFLIB_FORMATS[result_format.key])
        response = Response(body, media_type=content_type(media_type, result_format))
    response.headers["Vary"] = "Accept, Accept-Language"
    return response


@router.get("/ontology/shapes", summary="The SHACL shapes: what each checks (HTML), or their Turtle")
def shapes(
    request: Request,
    settings: SettingsDep,
    lang: Annotated[str | None, Query(description="vi or en")] = None,
    format_name: Annotated[str | None, Query(alias="_format")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    try:
        media_type, result_format = negotiate(request, format_name, OFFERS, FORMAT_NAMES)
    except Unanswerable as error:
        return error_response(error, "Accept")
    graph = Graph().parse(settings.shapes_path, format="turtle")
    if result_format is not HTML:
        body = graph.serialize(format=RDFLIB_FORMATS[result_format.key])
        return Response(body, media_type=content_type(media_type, result_format), headers={"Vary": "Accept"})
    language = choose_language(lang, accept_language)
    rows: list[dict[str, str | bool]] = []
    for shape in sorted(set(graph.subjects(SH.targetClass, None)), key=str):
        severity = str(graph.value(shape, SH.severity) or SH.Violation).rsplit("#", 1)[-1]
        rows.append(
            {
                "id": str(shape).rsplit("#", 1)[-1],
                "iri": str(shape),
                "target": str(graph.value(shape, SH.targetClass)).rsplit("#", 1)[-1],
                "severity": severity,
                "severity_word": word(severity, language),
                "name": in_language(texts(graph, shape, SH.name), language),
                "description": in_language(texts(graph, shape, SH.description), language),
                "message": in_language(texts(graph, shape, SH.message), language),
                "fix": in_language(texts(graph, shape, PK.suggestedFix), language),
                "kind": "SPARQL" if (shape, SH.sparql, None) in graph else "core",
                "property": (shape, RDF.type, SH.PropertyShape) in graph,
            }
        )
    order = {"Violation": 0, "Warning": 1, "Info": 2}
    rows.sort(key=lambda row: (order[str(row["severity"])], str(row["target"]), str(row["id"])))
    return page(request, "shapes.html", language, {"shapes": rows}, vary="Accept, Accept-Language")
