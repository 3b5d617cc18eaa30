"""Queries built to break a server: nested past what the parser can take, too large for a body,
repeated or conflicting parameters, not UTF-8. Each gets a 4xx that says why, and the server lives on."""

from __future__ import annotations

import sys

import httpx
import pytest

from plankg.settings import Settings
from plankg.sparql_text import MAX_NESTING, nesting_depth

from .support.servers import free_port, serving

# Each of these, sent to pyoxigraph, kills the process parsing it (a stack overflow).
DEEP = {
    "group": "SELECT * WHERE " + "{" * 5000 + " ?s ?p ?o " + "}" * 5000,
    "expression": "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }",
    "update": "INSERT DATA { GRAPH <urn:g> { <urn:s> <urn:p> " + "(" * 5000 + "1" + ")" * 5000 + " } }",
}
QUERY = {"Content-Type": "application/sparql-query"}


def test_nesting_is_measured_in_the_code_only() -> None:
    assert nesting_depth('SELECT * WHERE { ?s ?p "{{{{" FILTER((1)) } # ((((') == 3
    assert nesting_depth(DEEP["group"]) == 5000
    shallow = "SELECT * WHERE " + "{" * MAX_NESTING + " ?s ?p ?o " + "}" * MAX_NESTING
    assert nesting_depth(shallow) == MAX_NESTING


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["0", "1"], ids=["in-process", "worker"])
def test_bad_queries_get_4xx_and_the_server_lives_on(seed_settings: Settings, workers: str) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(seed_settings.store_path),
               "--port", str(port), "--query-workers", workers, "--admin-token", "t",
               "--log-level", "warning"]  # fmt: skip
    with serving(command, base + "/ready") as process:
        answers = {
            "deep group": httpx.post(base + "/sparql", content=DEEP["group"], headers=QUERY, timeout=30),
            "deep expression": httpx.get(base + "/sparql", params={"query": DEEP["expression"]}, timeout=30),
            "deep update": httpx.post(
                base + "/sparql",
                content=DEEP["update"],
                headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer t"},
                timeout=30,
            ),
            "body too large": httpx.post(
                base + "/sparql", content=b" " * 2_000_000, headers=QUERY, timeout=30
            ),
            "repeated query": httpx.get(base + "/sparql?query=ASK{}&query=ASK{}", timeout=30),
            "query and update": httpx.post(base + "/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"}),
            "not UTF-8": httpx.post(base + "/sparql", content=b"ASK { \xff }", headers=QUERY, timeout=30),
        }
        # a long query in a URL (60 kB, as far as the client goes) is still a query
        long_url = httpx.get(base + "/sparql", params={"query": "ASK {}" + " " * 60_000}, timeout=30)
        alive = httpx.get(base + "/sparql", params={"query": "ASK {}"}, timeout=30)
        assert process.poll() is None
    statuses = {name: answer.status_code for name, answer in answers.items()}
    assert all(400 <= status < 500 for status in statuses.values()), statuses
    for name in ("deep group", "deep expression", "deep update"):
        assert f"up to {MAX_NESTING}" in answers[name].text, answers[name].text
    assert statuses["body too large"] == 413
    assert long_url.status_code == alive.status_code == 200
