"""The real server as a separate process, queried over HTTP."""

from __future__ import annotations

import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from rdflib import Graph, URIRef

from plankg.settings import Settings

from .support.servers import free_port, serving

ROOT = "https://w3id.org/plankg/id/plan/ttg-2025-qd-27"


@contextmanager
def running_server(settings: Settings) -> Iterator[str]:
    """`plankg serve` over the settings' store as a separate process; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(settings.store_path),
               "--port", str(port), "--log-level", "warning"]  # fmt: skip
    with serving(command, base + "/"):
        yield base


@pytest.mark.slow
def test_serve_answers_sparql_over_http(seed_settings: Settings) -> None:
    with running_server(seed_settings) as base:
        query = (
            "PREFIX pk: <https://w3id.org/plankg/def#> "
            f"SELECT ?plan WHERE {{ ?plan pk:implements+ <{ROOT}> }}"
        )
        request = urllib.request.Request(
            base + "/sparql",
            data=urllib.parse.urlencode({"query": query}).encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json",
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["Content-Type"].startswith("application/sparql-results+json")
            bindings = json.load(response)["results"]["bindings"]
        assert len({b["plan"]["value"] for b in bindings}) == 7
        with urllib.request.urlopen(base + "/?lang=en", timeout=10) as response:
            assert "Plan hierarchy" in response.read().decode()
        check_a_draft(base)
        check_a_linked_data_client(base)


def check_a_linked_data_client(base: str) -> None:
    """rdflib, as a linked-data client, gets a resource's data by content negotiation."""
    graph = Graph().parse(base + "/id/plan/can-tho-2025-kh-97")
    plan = URIRef("https://w3id.org/plankg/id/plan/can-tho-2025-kh-97")
    assert (plan, URIRef("https://w3id.org/plankg/def#implements"), None) in graph
    with urllib.request.urlopen(base + "/id/plan/can-tho-2025-kh-97", timeout=10) as response:
        assert response.url.endswith("/page/plan/can-tho-2025-kh-97")  # a browser is sent to the page
        assert "97/KH-UBND" in response.read().decode()


DRAFT = """@prefix pk: <https://w3id.org/plankg/def#> .
<https://w3id.org/plankg/id/plan/draft> a pk:Plan ; pk:level pk:commune ; pk:sourceDocument <doc> ;
    pk:implements <https://w3id.org/plankg/id/plan/ttg-2025-qd-27> .
<https://w3id.org/plankg/id/task/draft/1> a pk:Task ; pk:partOfPlan <https://w3id.org/plankg/id/plan/draft> ;
    pk:sourceDocument <doc> ; pk:taskNumber "1" ; pk:text "Tuyên truyền Luật Trẻ em"@vi .
"""


def check_a_draft(base: str) -> None:
    """POST /shacl on the running server: a draft's report, and a 400 naming the line."""
    request = urllib.request.Request(
        base + "/shacl",
        data=DRAFT.encode(),
        headers={"Content-Type": "text/turtle", "Accept": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        report = json.load(response)
    shapes = {(r["focus"].rsplit("/", 2)[-2], r["shape"].rsplit("#", 1)[-1]) for r in report["results"]}
    assert {
        ("draft", "TaskWithoutLead"),
        ("draft", "TaskWithoutTimeframe"),
        ("plan", "PlanWithoutIssuer"),
    } <= shapes
    broken = urllib.request.Request(
        base + "/shacl",
        data=DRAFT.replace("pk:Task ;", "pk:Task").encode(),
        headers={"Content-Type": "text/turtle"},
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(broken, timeout=30)
    assert refused.value.code == 400 and "line 4" in refused.value.read().decode()


@pytest.mark.slow
def test_serve_refuses_to_start_without_a_store(tmp_path) -> None:  # type: ignore[no-untyped-def]
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg.cli",
            "serve",
            "--store",
            str(tmp_path / "none"),
            "--port",
            str(free_port()),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert completed.returncode == 2
    assert "no store at" in completed.stderr and "Traceback" not in completed.stderr
