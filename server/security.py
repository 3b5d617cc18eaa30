"""Headers every answer carries: cross-origin reads allowed, pages locked to their own origin.

Reads are public data, so any origin may read them (CORS ``*``, never with credentials: the Fetch
standard §3.2.5 forbids ``*`` with credentials, and no cookie or token is ever honoured for a read).
Pages forbid what they do not use: scripts and styles come only from this server, no plugin, no
framing (Content-Security-Policy Level 3), no MIME sniffing. Document text is escaped by the
templates (Jinja's autoescape); the policy is the second line, should some text slip through.
"""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.types import Message, Receive, Scope, Send

from .middleware import HttpMiddleware

# YASGUI sets style attributes from its scripts: styles may be inline, scripts never.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
EVERY_ANSWER = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}
PAGES = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Frame-Options": "DENY",  # for browsers without frame-ancestors
}
# Fetch §3.2: what a cross-origin script may send and read. Reads only: GET, HEAD, and POST of a
# SPARQL query (a form or application/sparql-query, which needs the preflight answered below).
CORS = {"Access-Control-Allow-Origin": "*"}
PREFLIGHT = {
    **CORS,
    "Access-Control-Allow-Methods": "GET, HEAD, POST",
    "Access-Control-Allow-Headers": "Accept, Accept-Language, Content-Type",
    "Access-Control-Max-Age": "86400",
}


class SecurityHeaders(HttpMiddleware):
    """ASGI middleware adding the headers above, and answering CORS preflight requests (204)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "OPTIONS" and any(
            name == b"access-control-request-method" for name, _ in scope["headers"]
        ):
            await _preflight(send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                added = {**EVERY_ANSWER, **CORS}
                if headers.get("content-type", "").startswith("text/html"):
                    added.update(PAGES)
                for name, value in added.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, with_headers)


async def _preflight(send: Send) -> None:
    answer = {**PREFLIGHT, **EVERY_ANSWER}
    headers = [(name.lower().encode(), value.encode()) for name, value in answer.items()]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})
