"""Structured access logs: one JSON object per request, on the ``plankg.access`` logger.

Each line says when, who, what was asked, how it ended and how long it took, so that a log can be
filtered and summed by machine (``jq``) as well as read. The request's id is sent back in
``X-Request-Id``: a person reporting an error can name the line that tells of it. ``plankg serve``
writes these lines to standard error in place of uvicorn's own access lines (``log_config``).
"""

from __future__ import annotations

import copy
import json
import logging
import time
import uuid
from datetime import UTC, datetime
from typing import Any

from starlette.datastructures import MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from .middleware import HttpMiddleware

ACCESS = logging.getLogger("plankg.access")
QUERY_STRING_LOGGED = 1000  # characters of the query string kept (SPARQL queries can be long)


def log_config(level: str) -> dict[str, Any]:
    """uvicorn's logging, with our access lines in place of its own, all at ``level`` (given to
    uvicorn.run, which applies it in each of its worker processes too). The access lines are
    INFO: ``--log-level warning`` silences them."""
    config = copy.deepcopy(_LOG_CONFIG)
    for logger in config["loggers"].values():
        if logger["level"] == "INFO":
            logger["level"] = level.upper()
    return config


_LOG_CONFIG: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "default": {"()": "uvicorn.logging.DefaultFormatter", "fmt": "%(levelprefix)s %(message)s"},
        "line": {"format": "%(message)s"},
    },
    "handlers": {
        "default": {"formatter": "default", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
        "access": {"formatter": "line", "class": "logging.StreamHandler", "stream": "ext://sys.stderr"},
    },
    "loggers": {
        "uvicorn": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "uvicorn.error": {"level": "INFO"},
        "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        "plankg": {"handlers": ["default"], "level": "INFO", "propagate": False},
        "plankg.access": {"handlers": ["access"], "level": "INFO", "propagate": False},
    },
}


class AccessLog(HttpMiddleware):
    """ASGI middleware writing the access line of every HTTP request, whatever became of it."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        started = time.perf_counter()
        request_id = uuid.uuid4().hex[:16]
        status = 500  # if the application fails before it answers, the server answers 500
        sent = 0

        async def observed(message: Message) -> None:
            nonlocal status, sent
            if message["type"] == "http.response.start":
                status = message["status"]
                MutableHeaders(scope=message).append("X-Request-Id", request_id)
            elif message["type"] == "http.response.body":
                sent += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive, observed)
        finally:
            ACCESS.info(json.dumps(_line(scope, request_id, status, sent, started), ensure_ascii=False))


def _line(scope: Scope, request_id: str, status: int, sent: int, started: float) -> dict[str, Any]:
    client = scope.get("client")
    query_string = scope.get("query_string", b"").decode("latin-1")
    line: dict[str, Any] = {
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "id": request_id,
        "client": client[0] if client else None,
        "method": scope["method"],
        "path": scope["path"],
        "status": status,
        "bytes": sent,
        "ms": round((time.perf_counter() - started) * 1000, 1),
    }
    if query_string:
        line["query"] = query_string[:QUERY_STRING_LOGGED]
        if len(query_string) > QUERY_STRING_LOGGED:
            line["queryTruncated"] = True
    return line
