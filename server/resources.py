"""Dereferenceable IRIs: ``/id/…`` by content negotiation, ``/data/…`` and ``/page/…``, documents.

Following "Cool URIs for the Semantic Web" (W3C Interest Group Note, 2008), an IRI under
``https://w3id.org/plankg/id/`` names a thing (a plan, an agency), not a document, and is served
here at the same path:

- a browser (``text/html`` preferred, or ``?_format=html``) gets **303 See Other** to the thing's
  page, ``/page/{kind}/{slug}`` (§4.3, the 303 solution), so the page's own URL names the document;
- a linked-data client (Turtle, N-Triples, JSON-LD, RDF/XML by ``Accept`` or ``?_format=``) gets
  **200** with the description and ``Content-Location: /data/{kind}/{slug}.{ext}``, the document it
  received (RFC 9110 §8.7), which saves it a second round trip. ``/data/…`` answers the same data
  directly.

An IRI the store says nothing of is 404: a page for browsers, plain text for others.
``/documents/{file}`` serves a source document as it was published, from the copies the build kept
beside the store generation.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response

from plankg.namespaces import ID
from plankg.query_job import GRAPH_SERIALIZERS, used_prefixes
from plankg.reports import slug, word

from . import resource_pages
from .answers import Unanswerable, error_response, known_parameters, negotiate, page, plain
from .deps import StoreDep, get_store_handle
from .describe import description, exists, labels, local_name, statements
from .i18n import LANGUAGES, choose_language, translator
from .negotiation import HTML, JSON_LD, N_TRIPLES, RDF_XML, TURTLE, ResultFormat, content_type
from .validation import store_report

router = APIRouter(dependencies=[Depends(known_parameters)])

RESOURCE_OFFERS: dict[str, ResultFormat] = {
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    TURTLE.media_type: TURTLE,
    N_TRIPLES.media_type: N_TRIPLES,
    JSON_LD.media_type: JSON_LD,
    RDF_XML.media_type: RDF_XML,
}
EXTENSIONS = {"ttl": TURTLE, "nt": N_TRIPLES, "jsonld": JSON_LD, "rdf": RDF_XML}
FORMAT_NAMES = {"html": HTML, **EXTENSIONS}
EXTENSION_OF = {f.key: ext for ext, f in EXTENSIONS.items()}
VARY = "Accept, Accept-Language"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

LangQuery = Annotated[str | None, Query(description="vi or en")]
FormatQuery = Annotated[str | None, Query(alias="_format", description="html, ttl, nt, jsonld or rdf")]
AcceptLanguage = Annotated[str | None, Header()]


def _plain(status: int, message: str) -> Response:
    return plain(status, message, VARY)


def data_response(store: ox.Store, iri: str, media_type: str, result_format: ResultFormat) -> Response:
    triples = description(store, iri)
    body = ox.serialize(triples, format=GRAPH_SERIALIZERS[result_format.key], prefixes=used_prefixes(triples))
    return Response(body, media_type=content_type(media_type, result_format), headers={"Vary": VARY})


@router.get("/id/{path:path}", summary="A resource: 303 to its page for browsers, its data for clients")
def resource(
    request: Request,
    store: StoreDep,
    path: str,
    lang: LangQuery = None,
    format_name: FormatQuery = None,
    accept_language: AcceptLanguage = None,
) -> Response:
    try:
        media_type, result_format = negotiate(request, format_name, RESOURCE_OFFERS, FORMAT_NAMES)
    except Unanswerable as error:
        return error_response(error, VARY)
    iri = str(ID) + path
    if not exists(store, iri):
        if result_format is HTML:
            return not_found(request, choose_language(lang, accept_language), iri)
        return _plain(404, f"nothing is known of {iri}")
    if result_format is HTML:
        target = f"/page/{path}" + (f"?lang={lang}" if lang in LANGUAGES else "")
        return RedirectResponse(target, status_code=303, headers={"Vary": VARY})
    response = data_response(store, iri, media_type, result_format)
    response.headers["Content-Location"] = f"/data/{path}.{EXTENSION_OF[result_format.key]}"
    return response


@router.get("/data/{path:path}", summary="A resource's data as a document: …/{slug}.ttl|nt|jsonld|rdf")
def resource_data(store: StoreDep, path: str) -> Response:
    base, _, extension = path.rpartition(".")
    result_format = EXTENSIONS.get(extension)
    if not base or result_format is None:
        return _plain(
            404,
            f"/data/{path}: the data of a resource is at /data/{{kind}}/{{slug}}.ttl, .nt, .jsonld or .rdf",
        )
    iri = str(ID) + base
    if not exists(store, iri):
        return _plain(404, f"nothing is known of {iri}")
    return data_response(store, iri, result_format.media_type, result_format)


def not_found(request: Request, language: str, iri: str) -> HTMLResponse:
    message = f"{translator(language)('nothing_known')} {iri}"
    return page(request, "not_found.html", language, {"message": message}, status_code=404, vary=VARY)


@router.get("/page/{path:path}", response_class=HTMLResponse, summary="The page of a resource (vi, en)")
def resource_page(
    request: Request,
    store: StoreDep,
    path: str,
    lang: LangQuery = None,
    accept_language: AcceptLanguage = None,
) -> HTMLResponse:
    language = choose_language(lang, accept_language)
    iri = str(ID) + path
    triples = description(store, iri)
    if not triples:
        return not_found(request, language, iri)
    own, pointing = statements(store, triples, iri, language)
    kind = path.split("/", 1)[0]
    types = [
        t.object.value
        for t in triples
        if t.subject == ox.NamedNode(iri) and t.predicate == RDF_TYPE and isinstance(t.object, ox.NamedNode)
    ]
    names = labels(store, [iri, *types], language)
    context: dict[str, Any] = {
        "w": lambda key: word(key, language),  # the report's words, for its badge
        "iri": iri,
        "path": path,
        "kind": kind,
        "title": names.get(iri, local_name(iri)),
        "types": sorted({names.get(t, local_name(t)) for t in types}),
        "own": own,
        "pointing": pointing,
        "data_links": [
            (ext.upper() if ext != "jsonld" else "JSON-LD", f"/data/{path}.{ext}") for ext in EXTENSIONS
        ],
    }
    files = get_store_handle(request).files
    if kind == "plan":
        context["view"] = resource_pages.plan_view(store, iri, language)
        context["summary"] = store_report(request, store).plan(iri)
        context["slug"] = slug
    elif kind == "task":
        context["view"] = resource_pages.task_view(store, iri, language, files)
        context["problems"] = [r for r in store_report(request, store).results if r.focus == iri]
    elif kind == "agency":
        context["view"] = resource_pages.agency_view(store, iri, language)
    elif kind == "unit":
        context["view"] = resource_pages.unit_view(store, iri, language)
    elif kind == "rec":
        context["view"] = resource_pages.recommendation_view(store, iri, language)
    context["schema_org"] = schema_org(kind, iri, context["title"], triples)
    return page(request, "resource.html", language, context, vary=VARY)


def schema_org(kind: str, iri: str, title: str, triples: list[ox.Triple]) -> str | None:
    """schema.org JSON-LD for a plan (Legislation) or an agency (GovernmentOrganization), escaped
    for a <script> element: no "<", ">" or "&" is left (JSON's \\u escapes), so no text of a
    document can close the element or open a comment in it (HTML §4.12.1.3)."""
    values: dict[str, str] = {}
    for triple in triples:
        if triple.subject == ox.NamedNode(iri) and isinstance(triple.object, ox.NamedNode | ox.Literal):
            values.setdefault(
                triple.predicate.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1], triple.object.value
            )
    if kind == "plan":
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Legislation",
            "@id": iri,
            "name": title,
            "legislationIdentifier": values.get("documentNumber"),
            "legislationDate": values.get("issued"),
            "legislationJurisdiction": {"@id": values["jurisdiction"]} if "jurisdiction" in values else None,
            "legislationPassedBy": {"@id": values["issuedBy"]} if "issuedBy" in values else None,
        }
    elif kind == "agency":
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOrganization",
            "@id": iri,
            "name": title,
            "areaServed": {"@id": values["jurisdiction"]} if "jurisdiction" in values else None,
        }
    else:
        return None
    text = json.dumps({k: v for k, v in data.items() if v is not None}, ensure_ascii=False, indent=1)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@router.get("/documents/{name}", summary="A source document as it was published")
def document(request: Request, name: str) -> Response:
    files = get_store_handle(request).files
    if files is None or "/" in name or name.startswith("."):
        return _plain(404, f"no document {name}")
    path = files.documents / name
    if not path.is_file() or path.parent != files.documents:
        return _plain(404, f"no document {name}")
    media_type = {".txt": "text/plain", ".md": "text/markdown", ".csv": "text/csv"}.get(path.suffix.lower())
    if media_type:
        media_type += "; charset=utf-8"
    return FileResponse(path, media_type=media_type, content_disposition_type="inline", filename=name)
