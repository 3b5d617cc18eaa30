"""Limits that hold: a query past the time limit is stopped (its worker killed and replaced), a result
past the size limit is refused whole, a saturated endpoint answers 503 with Retry-After, a body past
the limit is 413, and the health checks say what they see.

The queries run in real worker processes over the seed store on disk (plankg.query_pool); the slow
query is a product of the store with itself three times, which no engine finishes.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from plankg.query_pool import QueryPool
from plankg.settings import Limits, Settings
from plankg.store import StoreHandle
from server.app import create_app

from .support.cli import plankg
from .support.servers import free_port, serving

SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
QUICK = "ASK { ?s ?p ?o }"
EVERYTHING = "SELECT * WHERE { ?s ?p ?o }"
RESULTS_JSON = {"Accept": "application/sparql-results+json"}


@contextmanager
def served(settings: Settings, **limits: float) -> Iterator[TestClient]:
    """A client of the application with ``limits``; entering runs the startup (the workers start)."""
    with TestClient(create_app(settings.with_limits(Limits(**limits)))) as client:  # type: ignore[arg-type]
        yield client


def pool_of(client: TestClient) -> QueryPool:
    pool = client.app.state.query_pool  # type: ignore[attr-defined]
    assert isinstance(pool, QueryPool)
    return pool


def ask(client: TestClient, query: str = QUICK, **headers: str) -> httpx.Response:
    return client.get("/sparql", params={"query": query}, headers={**RESULTS_JSON, **headers})


def in_background(client: TestClient, query: str) -> tuple[threading.Thread, list[httpx.Response]]:
    answers: list[httpx.Response] = []
    thread = threading.Thread(target=lambda: answers.append(ask(client, query)))
    thread.start()
    return thread, answers


def wait_for(condition: object, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "the condition did not hold in time"
        time.sleep(0.02)


def test_a_query_past_the_time_limit_gets_503_within_a_second_and_its_worker_is_replaced(
    seed_settings: Settings,
) -> None:
    with served(seed_settings, query_seconds=1, query_workers=1) as client:
        pool = pool_of(client)
        first_worker = pool.worker_pids
        started = time.monotonic()
        response = ask(client, SLOW)
        elapsed = time.monotonic() - started
        assert response.status_code == 503, response.text
        assert "ran longer than 1 s" in response.text and "was stopped" in response.text
        assert "retry-after" not in response.headers  # the same query would run as long again
        assert elapsed < 1 + 1, f"the error came {elapsed:.2f} s after the query was sent"
        # the worker that ran it is gone (killed, not left computing) and another serves
        for pid in first_worker:
            assert (
                not Path(f"/proc/{pid}").exists() or "Z" in Path(f"/proc/{pid}/stat").read_text().split()[2]
            )
        assert ask(client, QUICK).json() == {"head": {}, "boolean": True}
        wait_for(lambda: pool.idle == 1)
        assert pool.replaced == 1 and len(pool.worker_pids) == 1 and pool.worker_pids != first_worker


def test_other_queries_are_answered_while_one_runs_to_its_limit(seed_settings: Settings) -> None:
    with served(seed_settings, query_seconds=3, query_workers=2) as client:
        thread, slow = in_background(client, SLOW)
        wait_for(lambda: pool_of(client).idle == 1)
        answers = [ask(client).status_code for _ in range(20)]
        thread.join()
    assert answers == [200] * 20
    assert slow[0].status_code == 503


def test_a_saturated_endpoint_answers_503_with_retry_after_at_once(seed_settings: Settings) -> None:
    with served(seed_settings, query_seconds=2, query_workers=1, waiting_queries=0) as client:
        thread, slow = in_background(client, SLOW)
        wait_for(lambda: pool_of(client).idle == 0)
        refused = ask(client)
        thread.join()
        assert refused.status_code == 503, refused.text
        assert refused.headers["retry-after"] == "2"
        assert "busy" in refused.text and "nothing was run" in refused.text
        assert slow[0].status_code == 503  # the slow one, stopped at its limit
        assert ask(client).status_code == 200  # and the endpoint serves again


@pytest.mark.parametrize("workers", [0, 1], ids=["in-process", "worker"])
@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (EVERYTHING, "application/sparql-results+json"),
        (EVERYTHING, "text/csv"),
        ("CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle"),
        ("DESCRIBE ?s WHERE { ?s ?p ?o }", "application/n-triples"),
    ],
)
def test_a_result_past_the_size_limit_is_refused_whole(
    seed_settings: Settings, workers: int, query: str, accept: str
) -> None:
    with served(seed_settings, result_bytes=5000, query_workers=workers) as client:
        refused = ask(client, query, Accept=accept)
        assert refused.status_code == 422, refused.text
        assert refused.headers["content-type"].startswith("text/plain")
        assert "larger than 5,000 bytes" in refused.text and "LIMIT" in refused.text
        small = ask(client, query + " LIMIT 2", Accept=accept)
        assert small.status_code == 200 and len(small.content) < 5000


QUERIES = [
    (EVERYTHING + " ORDER BY ?s ?p ?o LIMIT 50", "application/sparql-results+json"),
    (EVERYTHING + " ORDER BY ?s ?p ?o LIMIT 50", "application/sparql-results+xml"),
    (EVERYTHING + " ORDER BY ?s ?p ?o LIMIT 50", "text/tab-separated-values"),
    (QUICK, "application/sparql-results+xml"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 30", "text/turtle"),
    ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 30", "application/ld+json"),
    ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1", "application/sparql-results+json"),
    ("SELECT * FROM <urn:nothing> WHERE { ?s ?p ?o }", "text/csv"),
    ("SELECT ?x WHERE { BIND(1/0 AS ?x) }", "application/sparql-results+json"),
    ("SELECT nonsense", "application/sparql-results+json"),
    (QUICK, "text/turtle"),
]


def test_a_worker_answers_as_the_server_itself_would(seed_settings: Settings) -> None:
    """The same queries, in the server's process and in a worker: the same status, type and body."""
    with served(seed_settings, query_workers=0) as here, served(seed_settings, query_workers=1) as there:
        for query, accept in QUERIES:
            ours, theirs = ask(here, query, Accept=accept), ask(there, query, Accept=accept)
            assert (ours.status_code, ours.headers["content-type"], ours.content) == (
                theirs.status_code,
                theirs.headers["content-type"],
                theirs.content,
            ), query


def test_a_worker_lost_mid_query_is_an_error_and_is_replaced(seed_settings: Settings) -> None:
    with served(seed_settings, query_seconds=60, query_workers=1) as client:
        pool = pool_of(client)
        thread, answers = in_background(client, SLOW)
        wait_for(lambda: pool.idle == 0)
        os.kill(pool.worker_pids[0], signal.SIGKILL)  # as the kernel's OOM killer would
        thread.join(timeout=30)
        assert answers[0].status_code == 500
        assert "stopped unexpectedly" in answers[0].text
        assert ask(client).status_code == 200


def test_a_body_past_the_limit_is_413_on_every_endpoint_that_reads_one(seed_settings: Settings) -> None:
    with served(seed_settings, body_bytes=100) as client:
        query = "ASK { " + " " * 200 + "}"
        sparql = client.post("/sparql", content=query, headers={"Content-Type": "application/sparql-query"})
        shacl = client.post("/shacl", content=" " * 200, headers={"Content-Type": "text/turtle"})
        fits = client.post("/sparql", content=QUICK, headers={"Content-Type": "application/sparql-query"})
    assert sparql.status_code == 413 and "larger than 100 bytes" in sparql.text
    assert shacl.status_code == 413 and "larger than 100 bytes" in shacl.text
    assert fits.status_code == 200


def test_requests_past_the_limit_in_flight_get_503_and_the_health_checks_still_answer(
    seed_settings: Settings,
) -> None:
    with served(seed_settings, requests_in_flight=1, query_seconds=2) as client:
        thread, slow = in_background(client, SLOW)
        wait_for(lambda: pool_of(client).idle == 1)
        page = client.get("/")
        health = client.get("/health")
        ready = client.get("/ready")
        thread.join()
        after = client.get("/")
    assert page.status_code == 503 and page.headers["retry-after"] == "2"
    assert "1 requests already" in page.text
    assert health.status_code == 200 and health.json()["status"] == "alive"
    assert ready.status_code == 200 and ready.json()["queryWorkers"]["size"] == 2
    assert slow[0].status_code == 503
    assert after.status_code == 200


def test_ready_says_what_is_wrong_when_the_store_in_service_is_gone(tmp_path: Path) -> None:
    from .conftest import HOME, SOURCES

    settings = Settings(home=HOME, store=tmp_path / "store")
    assert (
        plankg(
            "build", "--store", str(settings.store_path), "--sources", str(min(SOURCES.glob("*.txt")))
        ).returncode
        == 0
    )
    handle = StoreHandle(settings.store_path, check_every=0)
    with TestClient(create_app(settings.with_limits(Limits(query_workers=0)), handle)) as client:
        assert client.get("/ready").json()["status"] == "ready"
        active = settings.store_path / "active"
        active.unlink()
        active.symlink_to("gen-missing")
        ready = client.get("/ready")
        health = client.get("/health")
    assert ready.status_code == 503
    assert "gen-missing" in ready.json()["reason"] and "plankg build" in ready.json()["reason"]
    assert health.status_code == 200
    assert ready.headers["cache-control"] == "no-store"


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (("--query-seconds", "0"), "query-seconds must be at least 0.1, not 0.0"),
        (("--query-workers", "-1"), "query-workers must be at least 0, not -1"),
        (("--body-bytes", "0"), "body-bytes must be at least 1, not 0"),
    ],
)
def test_serve_refuses_a_limit_out_of_range(option: tuple[str, str], message: str) -> None:
    result = plankg("serve", *option)
    assert result.returncode == 2
    assert message in result.stderr


@pytest.mark.slow
def test_the_limits_reach_every_server_process(seed_settings: Settings) -> None:
    """``serve --workers 2``: each process has its own query workers, with the limits given."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(seed_settings.store_path),
               "--port", str(port), "--workers", "2", "--query-seconds", "1",
               "--log-level", "warning"]  # fmt: skip
    with serving(command, base + "/ready"):
        statuses = []
        for _ in range(4):  # the supervisor spreads them over both processes
            started = time.monotonic()
            response = httpx.get(base + "/sparql", params={"query": SLOW}, timeout=30)
            statuses.append((response.status_code, time.monotonic() - started < 2))
        quick = httpx.get(base + "/sparql", params={"query": QUICK}, headers=RESULTS_JSON, timeout=30)
    assert statuses == [(503, True)] * 4
    assert quick.status_code == 200


def test_the_query_page_runs_its_queries_within_the_same_limits(seed_settings: Settings) -> None:
    with served(seed_settings, query_seconds=1, query_workers=1) as client:
        started = time.monotonic()
        page = client.get("/query", params={"query": SLOW, "lang": "en"})
        elapsed = time.monotonic() - started
        assert page.status_code == 503 and "ran longer than 1 s" in page.text
        assert elapsed < 2
        assert pool_of(client).replaced == 1
        assert client.get("/query", params={"query": QUICK, "lang": "en"}).status_code == 200
