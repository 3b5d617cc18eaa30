"""FastAPI dependencies shared by the routers: the settings, the limits, the store and its query workers."""

from __future__ import annotations

import threading
from typing import Annotated, Any

import pyoxigraph as ox
from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from plankg.query_pool import QueryPool
from plankg.settings import Limits, Settings
from plankg.store import StoreHandle

# The dependencies are coroutines: FastAPI runs a plain function dependency in its thread pool,
# a hop per dependency per request, which cost a SPARQL request more than its query.


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def limits_of(request: Request) -> Limits:
    limits: Limits = request.app.state.settings.limits
    return limits


_POOL_LOCK = threading.Lock()


def query_pool(app: Any) -> QueryPool | None:
    """The application's query workers, started with its first query (or at startup, when served);
    None when the limits say queries run in the server's process."""
    pool: QueryPool | None = app.state.query_pool
    if pool is not None:
        return pool
    limits: Limits = app.state.settings.limits
    handle: StoreHandle = app.state.store_handle
    if limits.query_workers == 0 or handle.generation_path is None:
        return None
    with _POOL_LOCK:
        if app.state.query_pool is None:
            app.state.query_pool = QueryPool(
                limits.query_workers, limits.query_seconds, limits.waiting_queries, handle.generation_path
            )
        started: QueryPool = app.state.query_pool
        return started


def get_store_handle(request: Request) -> StoreHandle:
    handle: StoreHandle = request.app.state.store_handle
    return handle


async def _store_handle(request: Request) -> StoreHandle:
    return get_store_handle(request)


async def get_store(handle: Annotated[StoreHandle, Depends(_store_handle)]) -> ox.Store:
    """The store as of the start of this request (a new build is picked up by later requests)."""
    return await store_of(handle)


async def store_of(handle: StoreHandle) -> ox.Store:
    if handle.checked_recently:
        return handle.store
    # once a second: a look at the disk, and when a build has published, opening its generation
    return await run_in_threadpool(lambda: handle.store)


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[ox.Store, Depends(get_store)]
