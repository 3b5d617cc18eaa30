"""Every operation of the server's OpenAPI description, fuzzed: whatever is sent, never a 5xx.

schemathesis draws requests from the description (hypothesis strategies: valid and invalid
parameters, bodies, headers) and sends them to the application. Over the seed store on disk with
its query workers, anonymously (writes are refused with 401); and over a copy in memory with the
admin token, so that the writes themselves are fuzzed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plankg.settings import Limits, Settings
from plankg.store import StoreHandle
from server.app import create_app

from .conftest import HOME

EXAMPLES = 30  # per operation and mode; each run draws new ones
TOKEN = "fuzz-admin-token"
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)


def operation_labels() -> list[str]:
    app = create_app(Settings(home=HOME), StoreHandle(store=ox.Store()))
    return [
        result.ok().label
        for result in schemathesis.openapi.from_asgi("/openapi.json", app).get_all_operations()
    ]


@pytest.fixture(scope="module")
def anonymous(seed_settings: Settings) -> Iterator[FastAPI]:
    app = create_app(seed_settings.with_limits(Limits(query_workers=1, query_seconds=5)))
    with TestClient(app):  # starts and stops the query workers
        yield app


@pytest.fixture(scope="module")
def admin(seed_settings: Settings) -> FastAPI:
    store = ox.Store()
    store.extend(ox.Store.read_only(str(seed_settings.store_path / "active")))
    settings_ = Settings(home=HOME).with_admin_token(TOKEN).with_limits(Limits(query_workers=0))
    return create_app(settings_, StoreHandle(store=store))


def fuzz(app: FastAPI, label: str, headers: dict[str, str]) -> list[tuple[str, int, str]]:
    """The requests drawn for the operation ``label`` that got a 5xx: (request, status, body)."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    (operation,) = [r.ok() for r in schema.get_all_operations() if r.ok().label == label]
    failures: list[tuple[str, int, str]] = []

    @FUZZ
    @given(case=operation.as_strategy(), extra=st.just(headers))
    def send(case: Any, extra: dict[str, str]) -> None:
        response = case.call(headers=extra)
        if response.status_code >= 500:
            failures.append(
                (
                    f"{case.method} {case.formatted_path} {case.query} {case.body!r:.300}",
                    response.status_code,
                    response.text[:300],
                )
            )

    send()
    return failures


LABELS = operation_labels()


@pytest.mark.slow
@pytest.mark.parametrize("label", LABELS)
def test_no_request_gets_a_server_error(anonymous: FastAPI, label: str) -> None:
    assert fuzz(anonymous, label, {}) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    "label", [label for label in LABELS if label.split()[0] in ("PUT", "POST", "DELETE")]
)
def test_no_write_gets_a_server_error(admin: FastAPI, label: str) -> None:
    assert fuzz(admin, label, {"Authorization": f"Bearer {TOKEN}"}) == []
