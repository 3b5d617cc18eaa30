"""Admission: how many requests the server serves at once.

Past ``Limits.requests_in_flight`` requests in progress, a new one is answered at once with 503 and
``Retry-After`` (RFC 9110 §15.6.4, §10.2.3) instead of queueing without bound behind the others:
a client learns when to come back, and the server's memory and threads stay bounded. The
SPARQL endpoint has its own, tighter bound: its query workers (plankg.query_pool).

The health checks are always admitted: a saturated server is alive, and says so.
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from .middleware import HttpMiddleware

RETRY_AFTER_SECONDS = 2
ALWAYS_ADMITTED = frozenset({"/health", "/ready"})


class RequestsInFlight(HttpMiddleware):
    """ASGI middleware refusing requests beyond ``limit`` in progress."""

    def __init__(self, app: ASGIApp, limit: int):
        super().__init__(app)
        self.limit = limit
        self.in_flight = 0  # counted on the event loop's thread only: no lock needed

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["path"] in ALWAYS_ADMITTED:
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.limit:
            response = PlainTextResponse(
                f"The server is answering {self.limit} requests already, its limit; "
                f"nothing was done. Try again in {RETRY_AFTER_SECONDS} s.\n",
                status_code=503,
                headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
            )
            await response(scope, receive, send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1
