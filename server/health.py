"""Health checks for supervisors and load balancers: ``/health`` (alive) and ``/ready`` (able to answer).

``/health`` answers 200 whenever the process answers at all. ``/ready`` answers 200 when the store
in service opens and the query workers are running, else 503 with the reason, so that a balancer
sends no traffic to a server that could only answer with errors. Both are JSON, never cached.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from plankg import __version__
from plankg.query_pool import QueryPool
from plankg.store import StoreError, StoreHandle

from .answers import known_parameters
from .deps import query_pool

router = APIRouter(dependencies=[Depends(known_parameters)])
NO_STORE = {"Cache-Control": "no-store"}


@router.get("/health", summary="Whether the server is alive", tags=["health"])
async def health() -> JSONResponse:
    return JSONResponse({"status": "alive", "version": __version__}, headers=NO_STORE)


@router.get("/ready", summary="Whether the server can answer queries now", tags=["health"])
async def ready(request: Request) -> JSONResponse:
    status, body = await run_in_threadpool(_readiness, request.app)
    return JSONResponse(body, status_code=status, headers=NO_STORE)


def _readiness(app: Any) -> tuple[int, dict[str, Any]]:
    handle: StoreHandle = app.state.store_handle
    try:
        handle.store  # noqa: B018 — opens the generation in service if a build has published one
    except (StoreError, OSError) as error:
        return 503, {"status": "not ready", "reason": f"the store cannot be opened: {error}"}
    body: dict[str, Any] = {"status": "ready", "generation": handle.generation}
    try:
        pool: QueryPool | None = query_pool(app)
    except (RuntimeError, OSError) as error:
        return 503, {"status": "not ready", "reason": f"the query workers cannot start: {error}"}
    if pool is not None:
        body["queryWorkers"] = {"size": pool.size, "idle": pool.idle, "replaced": pool.replaced}
    return 200, body
