"""Writes for the holder of the admin token: SPARQL Update over a store on disk, copy on write.

Without the token configured the endpoint is read-only (403); with it, a write without the token or
with another is 401 and changes nothing; with it, the write is a new generation (the one served
before is kept whole), the plan summaries follow the data, and every write is logged.
"""

from __future__ import annotations

import json
import logging
import shutil
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from loaders.summaries import derive_summaries_again
from plankg import store as store_module
from plankg.settings import Limits, Settings
from plankg.store import build_lock, current_generation
from server.app import create_app

from .support.servers import free_port, serving

TOKEN = "s3cret-admin-token"
PLAN = "https://w3id.org/plankg/id/plan/can-tho-2025-kh-97"
TASKS = (
    "PREFIX pk: <https://w3id.org/plankg/def#> "
    "SELECT ?n WHERE { GRAPH <https://w3id.org/plankg/graph/plan-summaries> "
    f"{{ <{PLAN}> pk:taskCount ?n }} }}"
)
NEW_TASK = (
    "PREFIX pk: <https://w3id.org/plankg/def#> "
    "INSERT DATA { GRAPH <https://w3id.org/plankg/graph/corrections> { "
    f"<{PLAN}/task/added> a pk:Task ; pk:partOfPlan <{PLAN}> }} }}"
)
UPDATE = {"Content-Type": "application/sparql-update"}
RESULTS = {"Accept": "application/sparql-results+json"}


@pytest.fixture
def settings(seed_settings: Settings, tmp_path: Path) -> Settings:
    """A store of its own (a copy of the seed store): these tests write."""
    shutil.copytree(seed_settings.store_path, tmp_path / "store", symlinks=True)
    return Settings(home=seed_settings.home, store=tmp_path / "store").with_limits(Limits(query_workers=1))


@pytest.fixture
def admin(settings: Settings) -> Iterator[TestClient]:
    app = create_app(settings.with_admin_token(TOKEN), after_write=derive_summaries_again)
    with TestClient(app) as client:
        yield client


def task_count(client: TestClient) -> int:
    answer = client.get(
        "/sparql", params={"query": TASKS}, headers={"Accept": "application/sparql-results+json"}
    )
    return int(answer.json()["results"]["bindings"][0]["n"]["value"])


def generations(settings: Settings) -> list[str]:
    """The generations and their files' directories."""
    return sorted(p.name for p in settings.store_path.glob("gen-*"))


def test_without_a_configured_token_every_write_is_refused(settings: Settings) -> None:
    with TestClient(create_app(settings.with_admin_token(None))) as client:
        answer = client.post(
            "/sparql", content=NEW_TASK, headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"}
        )
        assert answer.status_code == 403 and "read-only" in answer.text
        assert task_count(client) == 28


@pytest.mark.parametrize(
    ("authorization", "error"),
    [(None, None), ("Bearer wrong-token", "invalid_token"), (f"Basic {TOKEN}", None), ("Bearer ", None)],
    ids=["none", "wrong", "other-scheme", "empty"],
)
def test_a_write_without_the_token_is_401_and_changes_nothing(
    admin: TestClient, settings: Settings, authorization: str | None, error: str | None
) -> None:
    before = generations(settings)
    headers = {**UPDATE, **({"Authorization": authorization} if authorization else {})}
    answer = admin.post("/sparql", content=NEW_TASK, headers=headers)
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"].startswith('Bearer realm="plankg"')
    assert (f'error="{error}"' in answer.headers["www-authenticate"]) == (error is not None)
    assert generations(settings) == before and task_count(admin) == 28


def test_a_write_is_a_new_generation_and_the_summaries_follow_it(
    admin: TestClient, settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    served = current_generation(settings.store_path)
    assert served is not None
    with caplog.at_level(logging.INFO, logger="plankg.writes"):
        answer = admin.post(
            "/sparql", content=NEW_TASK, headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"}
        )
    assert answer.status_code == 204, answer.text
    now = current_generation(settings.store_path)
    assert now is not None and now != served and served.is_dir()  # the one served before is kept
    assert task_count(admin) == 29  # from the summaries, derived again in the new generation
    assert (now.with_name(now.name + ".files") / "documents").is_dir()  # the documents travel along
    (line,) = [json.loads(r.getMessage()) for r in caplog.records if r.name == "plankg.writes"]
    assert line["operation"] == "update" and line["status"] == 204 and line["generation"] == now.name
    assert "pk:partOfPlan" in line["text"] and line["client"] == "testclient"
    # the form (§2.2.1) is the same write
    form = admin.post(
        "/sparql",
        data={"update": NEW_TASK.replace("/task/added", "/task/added-2")},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert form.status_code == 204 and task_count(admin) == 30


@pytest.mark.parametrize(
    ("update", "params", "status", "says"),
    [
        ("INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> }", {}, 400, "error"),
        ("LOAD <http://example.org/data.ttl>", {}, 403, "LOAD"),
        (
            "INSERT { GRAPH <urn:g> { ?s ?p ?o } } WHERE { SERVICE <http://x/> { ?s ?p ?o } }",
            {},
            403,
            "SERVICE",
        ),
        (
            "WITH <urn:g> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
            {"using-graph-uri": "urn:h"},
            400,
            "one way only",
        ),
        ("CLEAR ALL", {"using-graph-uri": "not an iri"}, 400, "Invalid IRI"),
    ],
    ids=["syntax", "load", "service", "using-and-with", "bad-iri"],
)
def test_a_refused_or_failing_update_leaves_nothing_behind(
    admin: TestClient, settings: Settings, update: str, params: dict[str, str], status: int, says: str
) -> None:
    before = generations(settings)
    answer = admin.post(
        "/sparql", params=params, content=update, headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"}
    )
    assert answer.status_code == status and says in answer.text, answer.text
    assert generations(settings) == before  # the copy, and its files, are gone
    assert task_count(admin) == 28


def test_a_write_while_a_build_holds_the_store_is_503_with_retry_after(
    admin: TestClient, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "WRITE_WAIT", 0.3)
    with build_lock(settings.store_path):
        answer = admin.post(
            "/sparql", content=NEW_TASK, headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"}
        )
    assert answer.status_code == 503 and answer.headers["retry-after"] == "2"
    assert "another build" in answer.text and "nothing was written" in answer.text
    assert task_count(admin) == 28


def test_a_write_waits_for_another_to_finish(admin: TestClient, settings: Settings) -> None:
    """Two server processes writing at once: the second waits for the first's lock, then writes."""
    released = threading.Event()

    def hold_briefly() -> None:
        with build_lock(settings.store_path):
            released.wait(0.5)

    holder = threading.Thread(target=hold_briefly)
    holder.start()
    time.sleep(0.1)
    answer = admin.post("/sparql", content=NEW_TASK, headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"})
    holder.join()
    assert answer.status_code == 204, answer.text
    assert task_count(admin) == 29


def test_updates_are_never_sent_by_get(admin: TestClient) -> None:
    answer = admin.get("/sparql", params={"update": NEW_TASK}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert answer.status_code == 403 and "never sent by GET" in answer.text
    assert task_count(admin) == 28


def test_the_token_reaches_the_server_from_the_environment(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLANKG_ADMIN_TOKEN", TOKEN)
    fresh = Settings(home=settings.home, store=settings.store_path)
    assert fresh.admin_token == TOKEN and TOKEN not in repr(fresh)
    with TestClient(create_app(fresh.with_limits(Limits(query_workers=0)))) as client:
        answer = client.post(
            "/sparql", content=NEW_TASK, headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"}
        )
    assert answer.status_code == 204
    assert httpx.codes.is_success(answer.status_code)


@pytest.mark.slow
def test_a_served_write_is_seen_by_every_server_process(settings: Settings) -> None:
    """``serve --workers 2 --admin-token``: the write lands once, and both processes serve it."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(settings.store_path),
               "--port", str(port), "--workers", "2", "--admin-token", TOKEN,
               "--log-level", "warning"]  # fmt: skip
    with serving(command, base + "/ready"):
        refused = httpx.post(base + "/sparql", content=NEW_TASK, headers=UPDATE, timeout=30)
        written = httpx.post(
            base + "/sparql",
            content=NEW_TASK,
            headers={**UPDATE, "Authorization": f"Bearer {TOKEN}"},
            timeout=60,
        )
        time.sleep(1.5)  # each process looks at the disk at most once a second
        counts = {
            int(
                httpx.get(base + "/sparql", params={"query": TASKS}, headers=RESULTS, timeout=30).json()[
                    "results"
                ]["bindings"][0]["n"]["value"]
            )
            for _ in range(8)
        }
    assert refused.status_code == 401
    assert written.status_code == 204, written.text
    assert counts == {29}
