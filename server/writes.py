"""Writes, for the holder of the admin token only: SPARQL Update (at /sparql) and the Graph Store
Protocol's PUT, POST and DELETE (at /rdf-graph-store).

The public endpoint is read-only. Started with an admin token (``plankg serve --admin-token``, or
``PLANKG_ADMIN_TOKEN``), the server accepts writes from requests carrying it as a bearer token
(RFC 6750 §2.1), compared in constant time (``hmac.compare_digest``: how long the comparison takes
says nothing of how much of a guess was right). Without the token configured, a write is 403;
with it configured, a write without the token or with another is 401 with ``WWW-Authenticate``.

A write on a store on disk is made on a copy of the generation in service, which is then
published (``plankg.store.write_copy``): readers never see half a write, and a failing write
leaves nothing behind. The plan summaries are derived again in the copy, so that listings agree
with the data. Writes are made one at a time, and each is logged on ``plankg.writes`` (JSON: who,
what, the generation it made, how long it took), whether it succeeded or not.
"""

from __future__ import annotations

import hmac
import json
import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

import pyoxigraph as ox
from fastapi import Request

from plankg.store import StoreError, StoreHandle, write_copy

from .admission import RETRY_AFTER_SECONDS
from .answers import ProtocolError

WRITES = logging.getLogger("plankg.writes")
TEXT_LOGGED = 2000  # characters of an update's text kept in the log

AfterWrite = Callable[[ox.Store], None]

READ_ONLY = (
    "This server is read-only: nothing was written. Writes (SPARQL Update, the Graph Store "
    "Protocol) are accepted only when the server is started with an admin token "
    "(PLANKG_ADMIN_TOKEN) and the request carries it (Authorization: Bearer …)."
)
_WRITING = threading.Lock()  # one write at a time in this process (builds are kept out by their lock)


def authorise(request: Request) -> None:
    """Raise ProtocolError unless the request carries the configured admin token."""
    expected: str | None = request.app.state.settings.admin_token
    if expected is None:
        raise ProtocolError(403, READ_ONLY)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    challenge = 'Bearer realm="plankg"'
    if scheme.lower() != "bearer" or not given.strip():
        raise ProtocolError(
            401, "This write needs the admin token: Authorization: Bearer …", {"WWW-Authenticate": challenge}
        )
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        _log(request, "refused", "", status=401)
        raise ProtocolError(
            401,
            "The admin token given is not this server's; nothing was written.",
            {"WWW-Authenticate": f'{challenge}, error="invalid_token"'},
        )


def write(request: Request, operation: str, text: str, change: Callable[[ox.Store], None]) -> None:
    """Apply ``change`` to the store (a copy of it, published: see the module's docstring)."""
    handle: StoreHandle = request.app.state.store_handle
    after_write: AfterWrite | None = request.app.state.after_write
    started = time.perf_counter()
    status = 500
    generation = handle.generation
    try:
        with _WRITING:
            if handle.root is None:
                change(handle.store)  # a store in memory: pyoxigraph's update is a transaction
            else:

                def change_and_derive(store: ox.Store) -> None:
                    change(store)
                    if after_write is not None:
                        after_write(store)

                generation = write_copy(handle.root, change_and_derive).name
                handle.refresh()
        status = 204
    except SyntaxError as error:
        status = 400
        raise ProtocolError(400, str(error)) from None
    except StoreError as error:  # a build holds the store
        status = 503
        raise ProtocolError(
            503, f"{error}; nothing was written.", {"Retry-After": str(RETRY_AFTER_SECONDS)}
        ) from None
    except (OSError, ValueError) as error:
        raise ProtocolError(500, f"The write failed, and nothing was written: {error}") from None
    finally:
        _log(request, operation, text, status=status, generation=generation, started=started)


def _log(
    request: Request,
    operation: str,
    text: str,
    *,
    status: int,
    generation: str | None = None,
    started: float | None = None,
) -> None:
    client = request.client
    line: dict[str, object] = {
        "time": datetime.now(UTC).isoformat(timespec="milliseconds"),
        "client": client.host if client else None,
        "operation": operation,
        "status": status,
        "generation": generation,
        "text": text[:TEXT_LOGGED],
    }
    if started is not None:
        line["ms"] = round((time.perf_counter() - started) * 1000, 1)
    WRITES.info(json.dumps(line, ensure_ascii=False))
