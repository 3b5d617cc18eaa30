"""The dataset as downloads: ``/dumps/`` (the files of the generation in service) and its VoID +
DCAT 3 description at ``/.well-known/void`` (VoID §6.2: the well-known location of a site's
dataset descriptions), its links made from the request's base URL."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response

from plankg.export import CONTEXT, DUMPS, description, read_stats

from .answers import Unanswerable, error_response, known_parameters, negotiate, page, plain
from .deps import get_store_handle
from .i18n import choose_language
from .negotiation import JSON_LD, N_TRIPLES, RDF_XML, RDFLIB_FORMATS, TURTLE, content_type

router = APIRouter(dependencies=[Depends(known_parameters)])

VOID_OFFERS = {
    TURTLE.media_type: TURTLE,
    JSON_LD.media_type: JSON_LD,
    N_TRIPLES.media_type: N_TRIPLES,
    RDF_XML.media_type: RDF_XML,
}
MEDIA_TYPES = {
    **{name: media_type for name, (media_type, _) in DUMPS.items()},
    CONTEXT: "application/ld+json",
}


@router.get("/dumps/", response_class=HTMLResponse, summary="The dataset's downloads")
def dumps_index(
    request: Request,
    lang: Annotated[str | None, Query(description="vi or en")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> Response:
    language = choose_language(lang, accept_language)
    files = get_store_handle(request).files
    stats = read_stats(files.dumps) if files else None
    if stats is None:
        return plain(404, "no dumps for this store: run `plankg build` (or `plankg export`)")
    return page(
        request,
        "dumps.html",
        language,
        {
            "stats": stats,
            "dumps": [
                (name, MEDIA_TYPES[name], stats.files[name])
                for name in [*DUMPS, CONTEXT]
                if name in stats.files
            ],
        },
    )


@router.get("/dumps/{name}", summary="One download: plankg.nq, plankg.ttl, plankg.jsonld, context.jsonld")
def dump(request: Request, name: str) -> Response:
    files = get_store_handle(request).files
    if files is None or name not in MEDIA_TYPES or not (files.dumps / name).is_file():
        return plain(404, f"no download {name}: the downloads are {', '.join(MEDIA_TYPES)}")
    media_type = MEDIA_TYPES[name]
    if media_type.startswith("text/") or media_type == "application/n-quads":
        media_type += "; charset=utf-8"
    return FileResponse(
        files.dumps / name, media_type=media_type, filename=name, content_disposition_type="inline"
    )


@router.get("/.well-known/void", summary="VoID and DCAT description of the dataset")
def void(request: Request) -> Response:
    files = get_store_handle(request).files
    stats = read_stats(files.dumps) if files else None
    if stats is None:
        return plain(404, "no description for this store: run `plankg build`")
    try:
        media_type, result_format = negotiate(request, None, VOID_OFFERS, {})
    except Unanswerable as error:
        return error_response(error, "Accept")
    body = description(stats, str(request.base_url)).serialize(format=RDFLIB_FORMATS[result_format.key])
    return Response(body, media_type=content_type(media_type, result_format), headers={"Vary": "Accept"})
