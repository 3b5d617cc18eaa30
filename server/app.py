"""The HTTP server: ``create_app(settings)`` builds the FastAPI application.

Routers per area: ``server.sparql`` (SPARQL 1.1 Protocol at /sparql), ``server.pages`` (the pages
people read) and ``server.validation`` (the validation report and POST /shacl). Store calls are
blocking, so the routes are plain ``def`` functions, which FastAPI runs in its thread pool, off the
event loop.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import cast

import pyoxigraph as ox
from fastapi import FastAPI, Request, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import State

from plankg import __version__, reports
from plankg.settings import Settings
from plankg.store import StoreHandle

from .access_log import AccessLog
from .admission import RequestsInFlight
from .answers import Unanswerable, error_response
from .deps import query_pool
from .middleware import HeadAsGet
from .security import SecurityHeaders
from .validation import Derive, ReportCache
from .writes import AfterWrite


def create_app(
    settings: Settings | None = None,
    store_handle: StoreHandle | None = None,
    derive_for_draft: Derive | None = None,
    after_write: AfterWrite | None = None,
) -> FastAPI:
    """The application over the store; ``derive_for_draft`` makes for a draft posted to /shacl what a
    build would derive for it (its links and successions), ``after_write`` derives again in a
    written copy of the store what depends on the data (the plan summaries); ``plankg serve``
    passes the loaders'."""
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # When served, the query workers start with the server, not with the first query.
        await run_in_threadpool(query_pool, app)
        yield
        close_query_pool(app)

    app = FastAPI(
        lifespan=lifespan,
        title="plankg",
        version=__version__,
        summary="Plans that implement plans: a knowledge graph with a SPARQL 1.1 endpoint.",
        # No Swagger UI: it loads its scripts from a CDN. The description is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.add_exception_handler(Unanswerable, _unanswerable)
    app.state.settings = settings
    app.state.store_handle = store_handle or StoreHandle(settings.store_path)
    app.state.report_cache = ReportCache()
    app.state.derive_for_draft = derive_for_draft
    app.state.after_write = after_write
    app.state.query_pool = None
    # an application dropped without a shutdown (a test's client) still stops its workers
    weakref.finalize(app, _close_pool_of, app.state)

    from . import (
        coverage,
        dumps,
        graph_store,
        health,
        ontology,
        pages,
        query_page,
        resources,
        sparql,
        validation,
    )

    app.add_middleware(sparql.SparqlByGet)
    app.add_middleware(HeadAsGet)
    # before the work (added later is further out): a refused request costs nothing further
    app.add_middleware(RequestsInFlight, limit=settings.limits.requests_in_flight)
    app.add_middleware(SecurityHeaders)  # refusals carry the headers too
    app.add_middleware(AccessLog)  # outermost: every request is logged, refused ones included
    app.include_router(health.router)
    app.include_router(sparql.router)
    app.include_router(graph_store.router)
    app.include_router(pages.router)
    app.include_router(validation.router)
    app.include_router(resources.router)
    app.include_router(coverage.router)
    app.include_router(dumps.router)
    app.include_router(query_page.router)
    app.include_router(ontology.router)
    # the report's style sheet first: the mount at /static would otherwise answer for it
    app.mount("/static/report", StaticFiles(directory=reports.STATIC), name="report-static")
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app


async def _unanswerable(request: Request, error: Exception) -> Response:
    assert isinstance(error, Unanswerable)
    return error_response(error)


def close_query_pool(app: FastAPI) -> None:
    _close_pool_of(app.state)


def _close_pool_of(state: State) -> None:
    pool = state.query_pool
    state.query_pool = None
    if pool is not None:
        pool.close()


STORE_VARIABLE = "PLANKG_STORE"


def app_from_environment() -> FastAPI:
    """The application of one worker of ``plankg serve --workers N``: each worker process makes its
    own, over the store named by ``PLANKG_STORE``, opened read-only (many readers may share a
    generation) and following new builds as a single server does."""
    from loaders.drafts import draft_derivations
    from loaders.summaries import derive_summaries_again

    location = os.environ.get(STORE_VARIABLE)
    settings, handle = store_handle(location)
    return create_app(
        settings, handle, derive_for_draft=draft_derivations(settings), after_write=derive_summaries_again
    )


def store_handle(location: str | None) -> tuple[Settings, StoreHandle]:
    """The settings and the store of ``--store``: a directory (the generation in service,
    followed), or a SPARQL endpoint (checked, then read over HTTP: no documents, lines or dumps
    kept beside it)."""
    from plankg.remote import RemoteStore, open_endpoint, store_location

    settings, endpoint = store_location(location)
    if endpoint is not None:
        remote = RemoteStore(open_endpoint(endpoint))
        return settings, StoreHandle(store=cast(ox.Store, remote))  # read as a store: the same calls
    return settings, StoreHandle(settings.store_path)
