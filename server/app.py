"""The HTTP server: ``create_app(settings)`` builds the FastAPI application.

Routers per area: ``server.sparql`` (SPARQL 1.1 Protocol at /sparql) and ``server.pages`` (the
pages people read). Store calls are blocking, so the routes are plain ``def`` functions, which
FastAPI runs in its thread pool, off the event loop.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from plankg import __version__
from plankg.settings import Settings
from plankg.store import StoreHandle


def create_app(settings: Settings | None = None, store_handle: StoreHandle | None = None) -> FastAPI:
    settings = settings or Settings()
    app = FastAPI(
        title="plankg",
        version=__version__,
        summary="Plans that implement plans: a knowledge graph with a SPARQL 1.1 endpoint.",
        # No Swagger UI: it loads its scripts from a CDN. The description is at /openapi.json.
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.store_handle = store_handle or StoreHandle(settings.store_path)

    from . import pages, sparql

    app.include_router(sparql.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=Path(__file__).parent / "static"), name="static")
    return app
