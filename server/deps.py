"""FastAPI dependencies shared by the routers: the settings and the store."""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import Depends, Request
from starlette.concurrency import run_in_threadpool

from plankg.settings import Settings
from plankg.store import StoreHandle

# The dependencies are coroutines: FastAPI runs a plain function dependency in its thread pool,
# a hop per dependency per request, which cost a SPARQL request more than its query.


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


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
