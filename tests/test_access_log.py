"""Structured access logs: one JSON line per request, with the id the answer carries in X-Request-Id."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from plankg.settings import Limits, Settings
from server.access_log import QUERY_STRING_LOGGED
from server.app import create_app

from .support.servers import free_port, serving


def access_lines(records: list[logging.LogRecord]) -> list[dict[str, object]]:
    return [json.loads(record.getMessage()) for record in records if record.name == "plankg.access"]


def test_every_request_is_logged_once_as_json_with_its_id(
    seed_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    client = TestClient(create_app(seed_settings.with_limits(Limits(query_workers=0))))
    with caplog.at_level(logging.INFO, logger="plankg.access"):
        page = client.get("/?lang=en")
        missing = client.get("/page/plan/no-such-plan")
        refused = client.get("/sparql", params={"query": "SELECT nonsense"})
        long_query = client.get("/sparql", params={"query": "ASK {}" + " " * 2 * QUERY_STRING_LOGGED})
    lines = access_lines(caplog.records)
    assert [line["status"] for line in lines] == [200, 404, 400, 200]
    assert [line["id"] for line in lines] == [
        response.headers["x-request-id"] for response in (page, missing, refused, long_query)
    ]
    first = lines[0]
    assert first["method"] == "GET" and first["path"] == "/" and first["query"] == "lang=en"
    assert first["bytes"] == len(page.content) and isinstance(first["ms"], float)
    assert str(first["time"]).endswith("+00:00")
    assert len(str(lines[3]["query"])) == QUERY_STRING_LOGGED and lines[3]["queryTruncated"] is True


@pytest.mark.slow
def test_the_server_writes_the_access_lines_to_standard_error(
    seed_settings: Settings, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(seed_settings.store_path),
               "--port", str(port), "--log-level", "info"]  # fmt: skip
    log = tmp_path / "stderr.log"
    with log.open("wb") as stderr, serving(command, base + "/health", stderr=stderr):
        answer = httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    (asked,) = [line for line in lines if line["path"] == "/sparql"]
    assert asked["id"] == answer.headers["x-request-id"] and asked["status"] == 200
    assert asked["client"] == "127.0.0.1"
    assert all(line["path"] == "/health" for line in lines if line is not asked)
