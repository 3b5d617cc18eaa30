"""Faults: a build or a write killed at any moment (SIGKILL: no handler runs) leaves the generation
in service whole and served; a server keeps answering while builds are killed around it; a
damaged or missing store stops the server at startup with a message that says what to do.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from plankg.settings import Settings
from plankg.store import current_generation

from .conftest import SOURCES
from .support.cli import plankg
from .support.servers import count_served, free_port, reading_repeatedly, serving

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
# A build is killed as soon as it says a stage has ended (`plankg build` says each), i.e. early in
# the next one: before it has written anything, while reading the documents, while deriving, while
# writing the dumps, and after the validation, just before (or just after) it publishes.
KILL_AFTER = ["start", "reference", "documents", "successions", "links", "inferences", "summaries",
              "dataset", "dumps", "validation"]  # fmt: skip


def statements(store: Path) -> int:
    generation = current_generation(store)
    assert generation is not None
    return len(ox.Store.read_only(str(generation)))


def served_count(base: str) -> int:
    return count_served(base, COUNT)


def build_command(store: Path) -> list[str]:
    return [sys.executable, "-m", "plankg.cli", "build", "--store", str(store), "--sources", str(SOURCES)]


def killed_after(command: list[str], stage: str) -> bool:
    """Run ``command`` (a build) and SIGKILL it, with its children, as it says ``stage`` has ended
    ("start": at once); whether it was killed before it ended by itself."""
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True, text=True
    )
    assert process.stdout is not None
    if stage != "start":
        for line in process.stdout:
            if line.startswith(f"{stage}: "):
                break
    killed = process.poll() is None
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=30)
    return killed


@pytest.mark.slow
def test_a_build_killed_at_any_moment_leaves_the_served_store_whole(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = sorted(SOURCES.glob("*.txt"))[0]
    assert plankg("build", "--store", str(store), "--sources", str(first)).returncode == 0
    before = statements(store)
    assert plankg("build", "--store", str(tmp_path / "whole"), "--sources", str(SOURCES)).returncode == 0
    whole = statements(tmp_path / "whole")  # what a build of every document makes

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(store), "--port", str(port),
             "--log-level", "warning"]  # fmt: skip
    with serving(serve, base + "/ready"), reading_repeatedly(lambda: served_count(base)) as readings:
        for stage in KILL_AFTER:
            killed = killed_after(build_command(store), stage)
            in_service = statements(store)
            if killed and stage != "validation":
                assert in_service == before, f"killed after {stage}: {in_service} statements served"
            # after the validation it publishes at once: whole before, or whole after
            assert in_service in (before, whole), f"killed after {stage}: {in_service} statements served"
            if in_service == whole:  # it got to publish: start again from one document
                assert plankg("build", "--store", str(store), "--sources", str(first)).returncode == 0
                time.sleep(1.1)
        answers, failures = list(readings.answers), list(readings.failures)
        # the next build is not hindered by what the killed ones left: it publishes, and prunes
        assert plankg("build", "--store", str(store), "--sources", str(SOURCES)).returncode == 0
        time.sleep(1.5)  # the server looks at the disk at most once a second
        final = served_count(base)
    assert not failures, failures[:3]
    assert answers and set(answers) <= {before, whole}, "a reader saw a store neither whole before nor after"
    assert final == whole
    # what is left was served (current, or kept a while for its readers): the killed builds' went
    served_ones = [p for p in store.glob("gen-*") if not p.name.endswith(".files")]
    never_served = [
        p.name
        for p in served_ones
        if p != current_generation(store) and not (store / f".{p.name}.retired").exists()
    ]
    assert never_served == [], f"the killed builds' generations were not pruned: {never_served}"


SLOW_WRITE = (
    "INSERT { GRAPH <urn:plankg:test:copies> { ?a ?b ?c } } WHERE { SELECT ?a ?b ?c "
    "WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } } LIMIT 100000 }"
)
UPDATE = {"Content-Type": "application/sparql-update", "Authorization": "Bearer t"}


@pytest.mark.slow
def test_a_server_killed_during_a_write_serves_the_store_as_before(
    seed_settings: Settings, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    shutil.copytree(seed_settings.store_path, store, symlinks=True)
    served, before = current_generation(store), statements(store)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    serve = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(store), "--port", str(port),
             "--admin-token", "t", "--log-level", "warning"]  # fmt: skip
    with serving(serve, base + "/ready") as process:
        generations = set(store.glob("gen-*"))

        def write_slowly() -> None:
            with contextlib.suppress(httpx.HTTPError):  # the server is killed under it
                httpx.post(base + "/sparql", content=SLOW_WRITE, headers=UPDATE, timeout=120)

        writer = threading.Thread(target=write_slowly)
        writer.start()
        deadline = time.monotonic() + 60
        while set(store.glob("gen-*")) == generations:  # the copy being written has appeared
            assert time.monotonic() < deadline, "the write did not start"
            time.sleep(0.01)
        time.sleep(0.2)
        os.killpg(process.pid, signal.SIGKILL)
        writer.join()
    assert (current_generation(store), statements(store)) == (served, before)
    with serving(serve, base + "/ready"):
        assert served_count(base) == before
        small = "INSERT DATA { GRAPH <urn:plankg:test:w> { <urn:s> <urn:p> <urn:o> } }"
        written = httpx.post(base + "/sparql", content=small, headers=UPDATE, timeout=60)
        assert written.status_code == 204, written.text
        time.sleep(1.1)
        assert served_count(base) == before + 1


@pytest.mark.parametrize("damage", ["current-file", "table-files", "dangling-link"])
def test_a_damaged_store_stops_the_server_at_startup_with_a_clear_message(
    seed_settings: Settings, tmp_path: Path, damage: str
) -> None:
    store = tmp_path / "store"
    shutil.copytree(seed_settings.store_path, store, symlinks=True)
    generation = current_generation(store)
    assert generation is not None
    if damage == "current-file":
        (generation / "CURRENT").write_text("garbage\n")
    elif damage == "table-files":
        for table in generation.glob("*.sst"):
            table.write_bytes(os.urandom(100))
    else:
        shutil.rmtree(generation)
    result = plankg("serve", "--store", str(store), "--port", str(free_port()), timeout=60)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert str(store) in result.stderr and "plankg build" in result.stderr
