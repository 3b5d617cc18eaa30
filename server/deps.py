"""FastAPI dependencies shared by the routers: the settings and the store."""

from __future__ import annotations

from typing import Annotated

import pyoxigraph as ox
from fastapi import Depends, Request

from plankg.settings import Settings
from plankg.store import StoreHandle


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def get_store_handle(request: Request) -> StoreHandle:
    handle: StoreHandle = request.app.state.store_handle
    return handle


def get_store(handle: Annotated[StoreHandle, Depends(get_store_handle)]) -> ox.Store:
    """The store as of the start of this request (a new build is picked up by later requests)."""
    return handle.store


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[ox.Store, Depends(get_store)]
