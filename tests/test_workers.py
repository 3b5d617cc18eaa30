"""`plankg serve --workers N`: several processes over one store, each following new builds.

A build writes a new generation while the workers serve; every request sent meanwhile is
answered, and soon every worker answers from the new generation.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pytest

from .conftest import SOURCES
from .support.cli import plankg
from .support.servers import count_served, free_port, reading_repeatedly, serving

PLANS = (
    "PREFIX pk: <https://w3id.org/plankg/def#> "
    "SELECT (COUNT(DISTINCT ?plan) AS ?n) WHERE { ?plan pk:sourceDocument ?d }"
)


def plans_served(base: str) -> int:
    return count_served(base, PLANS)


def worker_processes(pid: int) -> list[str]:
    """The command lines of the server's children (uvicorn's workers are spawned processes)."""
    children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    return [Path(f"/proc/{child}/cmdline").read_bytes().decode(errors="replace") for child in children]


@pytest.mark.slow
def test_workers_serve_one_store_and_follow_a_new_build(tmp_path: Path) -> None:
    store = tmp_path / "store"
    documents = sorted(SOURCES.glob("*.txt"))
    first = plankg("build", "--store", str(store), "--sources", str(documents[0]))
    assert first.returncode == 0, first.stderr
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(store), "--port", str(port),
               "--workers", "2", "--log-level", "warning"]  # fmt: skip
    with serving(command, base + "/sparql?query=ASK%7B%7D") as process:
        workers = [line for line in worker_processes(process.pid) if "spawn_main" in line]
        assert len(workers) == 2, workers
        before = plans_served(base)

        with reading_repeatedly(lambda: plans_served(base), clients=4) as readings:
            second = plankg("build", "--store", str(store), "--sources", *map(str, documents[:2]))
            assert second.returncode == 0, second.stderr
            deadline = time.monotonic() + 20
            # both workers switch: a run of answers, spread over both, all from the new build
            after = plans_served(base)
            while time.monotonic() < deadline and (after == before or readings.answers[-20:] != [after] * 20):
                after = plans_served(base)
                time.sleep(0.2)
        answers = readings.answers
        assert readings.failures == []
        assert after > before  # the second document adds its plan and the plans it cites
        assert len(answers) > 20 and set(answers) == {before, after} and answers[-20:] == [after] * 20


def test_workers_must_be_one_or_more(tmp_path: Path) -> None:
    completed = plankg("serve", "--store", str(tmp_path), "--workers", "0")
    assert completed.returncode == 2 and "--workers 0" in completed.stderr
