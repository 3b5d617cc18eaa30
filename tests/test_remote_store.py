"""`--store URL`: the data of a SPARQL endpoint elsewhere, here `oxigraph serve` (the PyPI package
`oxigraph`) started by the tests as a separate process over the seeds' store."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from plankg.settings import Settings
from plankg.store import current_generation

from .conftest import free_port
from .support.servers import serving

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


@contextmanager
def oxigraph_serving(store: Path, *options: str) -> Iterator[str]:
    """`oxigraph serve-read-only` over a store's generation; yields its query endpoint's URL."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    command = [str(OXIGRAPH), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    with serving([*command, *options], url + "?query=ASK%7B%7D"):
        yield url


def validate(store: str, *options: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plankg.cli", "validate", "--store", store, "--format", "json", *options],
        capture_output=True, text=True, check=False, timeout=600,
    )  # fmt: skip


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
    local = validate(str(seed_settings.store_path), "--engine", engine)
    remote = validate(endpoint, "--engine", engine)
    assert local.returncode == remote.returncode == 1, remote.stderr  # the seeds have Violations
    assert remote.stdout == local.stdout
    assert '"focus"' in remote.stdout


def test_an_endpoint_whose_default_graph_is_not_the_union_is_refused(seed_settings: Settings) -> None:
    generation = current_generation(seed_settings.store_path)
    assert generation is not None
    with oxigraph_serving(generation) as url:
        completed = validate(url)
    assert completed.returncode == 2
    assert (
        "default graph is not their union" in completed.stderr and "--union-default-graph" in completed.stderr
    )


def test_an_unreachable_endpoint_is_named() -> None:
    url = f"http://127.0.0.1:{free_port()}/query"
    completed = validate(url)
    assert completed.returncode == 2 and f"cannot reach the endpoint {url}" in completed.stderr


@pytest.mark.parametrize("command", ["build", "serve", "query", "export"])
def test_commands_that_need_the_store_on_disk_refuse_a_url(command: str) -> None:
    arguments = {"query": ["tasks-of-plan"], "export": ["--out", "/nonexistent"]}.get(command, [])
    completed = subprocess.run(
        [sys.executable, "-m", "plankg.cli", command, *arguments, "--store", "http://127.0.0.1:1/query"],
        capture_output=True, text=True, check=False, timeout=60,
    )  # fmt: skip
    assert completed.returncode == 2
    assert "is a URL: this command needs a store directory" in completed.stderr
