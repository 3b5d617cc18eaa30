"""`--store URL`: the data of a SPARQL endpoint elsewhere, here `oxigraph serve` (the PyPI package
`oxigraph`) started by the tests as a separate process over the seeds' store."""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from plankg.namespaces import GRAPH
from plankg.settings import Settings
from plankg.store import current_generation

from .conftest import SOURCES
from .support.cli import plankg, validate_json
from .support.servers import free_port, serving

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


@contextmanager
def oxigraph_serving(store: Path, *options: str) -> Iterator[str]:
    """`oxigraph serve-read-only` over a store's generation; yields its query endpoint's URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    command = [str(OXIGRAPH), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    with serving([*command, *options], url + "?query=ASK%7B%7D"):
        yield url


@pytest.fixture(scope="module")
def endpoint(seed_settings: Settings) -> Iterator[str]:
    generation = current_generation(seed_settings.store_path)
    assert generation is not None
    with oxigraph_serving(generation, "--union-default-graph") as url:
        yield url


@pytest.mark.parametrize("engine", ["fast", "pyshacl"])
def test_validation_through_an_endpoint_gives_the_local_report(
    endpoint: str, seed_settings: Settings, engine: str
) -> None:
    local = validate_json(str(seed_settings.store_path), "--engine", engine)
    remote = validate_json(endpoint, "--engine", engine)
    assert local.returncode == remote.returncode == 1, remote.stderr  # the seeds have Violations
    assert remote.stdout == local.stdout
    assert '"focus"' in remote.stdout


def test_an_endpoint_whose_default_graph_is_not_the_union_is_refused(seed_settings: Settings) -> None:
    generation = current_generation(seed_settings.store_path)
    assert generation is not None
    with oxigraph_serving(generation) as url:
        completed = validate_json(url)
    assert completed.returncode == 2
    assert (
        "default graph is not their union" in completed.stderr and "--union-default-graph" in completed.stderr
    )


def test_an_unreachable_endpoint_is_named() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    completed = validate_json(url)
    assert completed.returncode == 2 and f"cannot reach the endpoint {url}" in completed.stderr


@pytest.mark.parametrize("command", ["query", "export"])
def test_commands_that_need_the_store_on_disk_refuse_a_url(command: str) -> None:
    arguments = {"query": ["tasks-of-plan"], "export": ["--out", "/nonexistent"]}.get(command, [])
    completed = subprocess.run(
        [sys.executable, "-m", "plankg.cli", command, *arguments, "--store", "http://127.0.0.1:1/query"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert completed.returncode == 2
    assert "is a URL: this command needs a store directory" in completed.stderr


@pytest.fixture
def writable_endpoint(tmp_path: Path) -> Iterator[str]:
    """`oxigraph serve` (read-write, empty) with its Graph Store at /store beside /query."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    command = [str(OXIGRAPH), "serve", "--location", str(tmp_path / "oxigraph"),
               "--bind", f"127.0.0.1:{port}", "--union-default-graph"]  # fmt: skip
    with serving(command, url + "?query=ASK%7B%7D"):
        yield url


def source_graphs(url: str) -> set[str]:
    from plankg.remote import RemoteSource

    rows = RemoteSource(url).select(
        f'SELECT ?g WHERE {{ GRAPH ?g {{ }} FILTER(STRSTARTS(STR(?g), "{GRAPH}source/")) }}'
    )
    return {row["g"].value.rsplit("/", 1)[1] for row in rows}


def test_a_build_written_to_an_endpoint_validates_as_the_local_one(
    writable_endpoint: str, seed_settings: Settings
) -> None:
    built = plankg("build", "--store", writable_endpoint)
    assert built.returncode == 0, built.stderr
    assert f"store {writable_endpoint}:" in built.stdout
    assert source_graphs(writable_endpoint) == {path.name for path in SOURCES.glob("*.txt")}
    remote = validate_json(writable_endpoint)
    local = validate_json(str(seed_settings.store_path))
    assert remote.returncode == local.returncode == 1 and remote.stdout == local.stdout


def test_a_build_to_an_endpoint_keeps_a_broken_document_and_removes_a_dropped_one(
    writable_endpoint: str, tmp_path: Path
) -> None:
    documents = sorted(SOURCES.glob("*.txt"))
    first = tmp_path / "first"
    first.mkdir()
    for path in documents[:3]:
        shutil.copy(path, first / path.name)
    assert plankg("build", "--store", writable_endpoint, "--sources", str(first)).returncode == 0
    assert source_graphs(writable_endpoint) == {path.name for path in documents[:3]}

    second = tmp_path / "second"
    second.mkdir()
    shutil.copy(documents[0], second / documents[0].name)  # the second is dropped
    (second / documents[2].name).write_text("not a plan at all\n", encoding="utf-8")  # the third broken
    rebuilt = plankg("build", "--store", writable_endpoint, "--sources", str(second))
    assert rebuilt.returncode == 1
    assert (
        f"error: {documents[2].name}" in rebuilt.stderr and "(its previous graph is kept)" in rebuilt.stderr
    )
    assert source_graphs(writable_endpoint) == {documents[0].name, documents[2].name}


def test_a_graph_store_is_needed_when_it_cannot_be_told() -> None:
    completed = plankg("build", "--store", f"http://127.0.0.1:{free_port()}/ds/sparql")
    assert completed.returncode == 2 and "--graph-store" in completed.stderr


def answer_rows(result: object) -> list[tuple[tuple[str, str], ...]]:
    if isinstance(result, ox.QueryBoolean):
        return [(("boolean", str(bool(result))),)]
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    return [tuple((name, str(s[name])) for name in names if s[name] is not None) for s in result]


def test_every_named_query_answers_through_an_endpoint_as_on_the_store(
    endpoint: str, seed_store: ox.Store, project: Settings
) -> None:
    from plankg.named_queries import load_catalogue
    from plankg.remote import RemoteStore, open_endpoint

    remote = RemoteStore(open_endpoint(endpoint))
    values = {
        "plan": "https://w3id.org/plankg/id/plan/can-tho-2025-kh-97",
        "task": "https://w3id.org/plankg/id/task/can-tho-2025-kh-97/5",
        "subject": "https://w3id.org/plankg/id/task/can-tho-2025-kh-97/5",
        "agency": "https://w3id.org/plankg/id/agency/can-tho/so-y-te",
    }
    for name, query in load_catalogue(project.queries_dir).items():
        for bound in ({}, {p.name: values[p.name] for p in query.parameters if p.name in values}):
            if any(p.required and p.name not in bound for p in query.parameters):
                continue
            local = answer_rows(query.run(seed_store, bound))
            assert answer_rows(query.run(remote, bound)) == local, (name, bound)  # type: ignore[arg-type]


def test_the_server_serves_pages_and_sparql_from_an_endpoint(endpoint: str) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", endpoint, "--port", str(port),
               "--log-level", "warning"]  # fmt: skip
    with serving(command, base + "/sparql?query=ASK%7B%7D"):
        for path, expected in (
            ("/?lang=en", "Plan hierarchy"),
            ("/page/plan/can-tho-2025-kh-97?lang=en", "97/KH-UBND"),
            ("/page/task/can-tho-2025-kh-97/5?lang=en", "ttg-2025-qd-27/5"),
            ("/validation?lang=en", "Task without a lead agency"),
        ):
            with urllib.request.urlopen(base + path, timeout=60) as response:
                assert expected in response.read().decode(), path
        construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5"
        request = urllib.request.Request(
            base + "/sparql?" + urllib.parse.urlencode({"query": construct}),
            headers={"Accept": "text/turtle"},
        )
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.headers["Content-Type"].startswith("text/turtle")
            assert len(Graph().parse(data=response.read().decode(), format="turtle")) == 5
        broken = urllib.request.Request(base + "/sparql?" + urllib.parse.urlencode({"query": "SELECT WHERE"}))
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(broken, timeout=60)
        assert refused.value.code == 400


def test_serve_names_an_unreachable_endpoint() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    completed = plankg("serve", "--store", url, "--port", str(free_port()))
    assert completed.returncode == 2 and f"cannot reach the endpoint {url}" in completed.stderr
