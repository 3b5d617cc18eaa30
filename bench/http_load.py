"""HTTP load on three SPARQL servers over the same data, measured side by side in one run.

- ours: ``plankg serve --workers N`` (N = the machine's CPUs) over the store;
- ``oxigraph serve-read-only`` (the PyPI package ``oxigraph``: the same engine behind a Rust
  server) over the same store directory, with the union default graph as ours;
- rdflib-endpoint (the PyPI package ``rdflib-endpoint``) over the store's N-Quads dump, loaded into
  an rdflib Dataset whose default graph is the union.

The load generator is ApacheBench (``ab``, Debian's apache2-utils: C, keep-alive), bounded both in
requests (``-n``) and in seconds (``-t``), on loopback only. Each query is first sent once to every
server and the number of solutions compared, so that the servers are measured doing the same work.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.support.servers import (  # the tests' helpers for servers as processes
    free_port,
    group_memory_mb,
    serving,
)

ACCEPT = "application/sparql-results+json"
PK = "https://w3id.org/plankg/def#"


@dataclass(frozen=True)
class Load:
    requests: int  # at most this many requests ...
    seconds: int  # ... and for at most this long
    concurrency: int


SMALL = Load(requests=5000, seconds=15, concurrency=8)
LARGE = Load(requests=300, seconds=30, concurrency=4)


def queries(plan: str, task: str) -> dict[str, tuple[str, Load]]:
    return {
        "ask": ("ASK { ?s ?p ?o }", SMALL),
        "task-by-iri": (f"SELECT ?p ?o WHERE {{ <{task}> ?p ?o }}", SMALL),
        "tasks-of-a-plan": (
            f"SELECT ?task ?number WHERE {{ ?task <{PK}partOfPlan> <{plan}> ; <{PK}taskNumber> ?number }}",
            SMALL,
        ),
        "rows-10000": ("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10000", LARGE),
    }


@contextmanager
def server(command: list[str], url: str, cwd: Path) -> Iterator[tuple[float, int]]:
    """A server started as its own process group; yields the seconds it took to answer, and its
    process group (to read its memory)."""
    started = time.monotonic()
    # polled every 50 ms: the time to the first answer is a measurement (the cold start)
    with serving(command, url + "?query=ASK%7B%7D", seconds=1800, cwd=cwd, interval=0.05) as process:
        yield time.monotonic() - started, process.pid


def group_peak_mb(group: int) -> float:
    """The peak resident memory of a process group: the sum of each of its processes' peaks
    (VmHWM), an upper bound of the group's peak (a supervisor and its workers)."""
    return group_memory_mb(group, "VmHWM")


def solutions(url: str, query: str) -> int:
    request = urllib.request.Request(
        url + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": ACCEPT}
    )
    with urllib.request.urlopen(request, timeout=600) as response:
        answer = json.load(response)
    return 1 if "boolean" in answer else len(answer["results"]["bindings"])


def apache_bench(url: str, query: str, load: Load) -> dict[str, float | int]:
    target = url + "?" + urllib.parse.urlencode({"query": query})
    completed = subprocess.run(
        ["ab", "-q", "-k", "-t", str(load.seconds), "-n", str(load.requests), "-c", str(load.concurrency),
         "-H", f"Accept: {ACCEPT}", target],
        capture_output=True, text=True, check=False, timeout=load.seconds + 120,
    )  # fmt: skip
    output = completed.stdout
    if completed.returncode != 0 or "Requests per second" not in output:
        raise SystemExit(f"bench: ab failed on {url}: {completed.stderr[-500:]}")

    def number(pattern: str) -> float:
        found = re.search(pattern, output, re.MULTILINE)
        return float(found.group(1)) if found else 0.0

    return {
        "requests": int(number(r"^Complete requests:\s+(\d+)")),
        "failed": int(number(r"^Failed requests:\s+(\d+)")),
        "non_2xx": int(number(r"^Non-2xx responses:\s+(\d+)")),
        "requests_per_second": number(r"^Requests per second:\s+([\d.]+)"),
        "p95_ms": number(r"^\s+95%\s+(\d+)"),
    }


def measure(home: Path, python: str, store: Path, dump: Path, plan: str, task: str) -> dict[str, object]:
    """Every query on every server; ratios of ours to each peer."""
    workers = os.cpu_count() or 1
    binaries = Path(python).parent
    ports = {name: free_port() for name in ("plankg", "oxigraph", "rdflib-endpoint")}
    urls = {
        "plankg": f"http://127.0.0.1:{ports['plankg']}/sparql",
        "oxigraph": f"http://127.0.0.1:{ports['oxigraph']}/query",
        "rdflib-endpoint": f"http://127.0.0.1:{ports['rdflib-endpoint']}/",
    }
    if shutil.which("ab") is None:
        raise SystemExit("bench: ApacheBench (ab) is missing: `make bench` installs Debian's apache2-utils")
    commands = {
        "plankg": [str(binaries / "plankg"), "serve", "--store", str(store), "--port", str(ports["plankg"]),
                   "--workers", str(workers), "--log-level", "warning"],
        "oxigraph": [str(binaries / "oxigraph"), "serve-read-only", "--location", str(store / "active"),
                     "--bind", f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
        "rdflib-endpoint": [str(binaries / "rdflib-endpoint"), "serve", "--host", "127.0.0.1",
                            "--port", str(ports["rdflib-endpoint"]), str(dump)],
    }  # fmt: skip
    measured: dict[str, dict[str, object]] = {name: {} for name in urls}
    counts: dict[str, dict[str, int]] = {}
    started_in: dict[str, float] = {}
    groups: dict[str, int] = {}
    with ExitStack() as running:
        for name, command in commands.items():
            seconds, groups[name] = running.enter_context(server(command, urls[name], home))
            started_in[name] = round(seconds, 2)
        for query_name, (text, load) in queries(plan, task).items():
            counts[query_name] = {name: solutions(url, text) for name, url in urls.items()}
            for name, url in urls.items():
                measured[name][query_name] = apache_bench(url, text, load)
        peak_mb = {name: group_peak_mb(group) for name, group in groups.items()}

    def ratio(peer: str, query_name: str) -> float:
        ours = measured["plankg"][query_name]["requests_per_second"]  # type: ignore[index]
        theirs = measured[peer][query_name]["requests_per_second"]  # type: ignore[index]
        return round(float(ours) / float(theirs), 3) if theirs else float("inf")

    small = [name for name, (_, load) in queries(plan, task).items() if load is SMALL]
    return {
        "workers": workers,
        "loads": {"small": SMALL.__dict__, "large": LARGE.__dict__},
        "started_in_seconds": started_in,
        "peak_mb": peak_mb,
        "solutions": counts,
        "servers": measured,
        "ratios": {
            query_name: {peer: ratio(peer, query_name) for peer in ("oxigraph", "rdflib-endpoint")}
            for query_name in queries(plan, task)
        },
        "targets": {
            "small_at_least_25pct_of_oxigraph": all(ratio("oxigraph", q) >= 0.25 for q in small),
            "small_at_least_3x_rdflib_endpoint": all(ratio("rdflib-endpoint", q) >= 3 for q in small),
            "rows_10000_at_least_90pct_of_oxigraph": ratio("oxigraph", "rows-10000") >= 0.9,
            "serve_peak_under_2gb": peak_mb["plankg"] < 2048,
            "no_failed_requests": all(
                int(m["failed"]) == 0 and int(m["non_2xx"]) == 0  # type: ignore[index]
                for by_query in measured.values()
                for m in by_query.values()  # type: ignore[attr-defined]
            ),
        },
    }
