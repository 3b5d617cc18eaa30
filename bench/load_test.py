"""A load test: mixed traffic from many clients against ``plankg serve --workers 2``, on loopback.

Clients (threads, each with its own keep-alive connection) send, for a bounded time and number of
requests, a mix of what the server is for: pages in both languages, the named queries with their
parameters bound, small SPARQL queries, graphs by the Graph Store Protocol, malformed queries (a
400 is their right answer), queries that run past the time limit (a 503 is), and writes with the
admin token, each inserting one statement of its own. A 503 with Retry-After (the server shedding
load) is waited out and asked again, and counted. Every final answer is checked against what its
kind may answer; anything else (a 5xx, a wrong 4xx, a connection lost) is an unexpected error.
When the load ends, every write that was acknowledged (204) must be in the store: data lost is
the acknowledged writes missing. The server's memory (every process of it) is sampled each second.

    python bench/load_test.py --store var/store --seconds 120 --clients 24 --json out.json
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pyoxigraph as ox

HOME = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HOME))
from plankg.named_queries import load_catalogue  # noqa: E402
from plankg.remote import with_values  # noqa: E402
from plankg.store import current_generation, new_generation, publish  # noqa: E402
from tests.support.servers import free_port, group_memory_mb, serving  # noqa: E402

TOKEN = "load-test-admin-token"
RESULTS = {"Accept": "application/sparql-results+json"}
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LOAD_GRAPH = "urn:plankg:load-test"
PK = "https://w3id.org/plankg/def#"
RETRIES = 5  # times a client asks again after a 503 with Retry-After


@dataclass
class Sample:
    plan: str
    plan_slug: str
    task_path: str
    agency: str


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: dict[str, Counter[int]] = field(default_factory=lambda: defaultdict(Counter))
    unexpected: list[str] = field(default_factory=list)
    acknowledged: list[str] = field(default_factory=list)  # the subjects of writes answered 204
    shed: Counter[str] = field(default_factory=Counter)  # 503 with Retry-After, asked again
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, status: int, seconds: float, expected: set[int], detail: str) -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            self.statuses[kind][status] += 1
            if status not in expected:
                self.unexpected.append(f"{kind}: {status} {detail[:200]}")


def sample_of(base: str) -> Sample:
    query = f"""SELECT ?plan ?task ?agency WHERE {{
      ?task <{PK}partOfPlan> ?plan ; <{PK}leadAgency> ?agency .
      FILTER(STRSTARTS(STR(?task), "https://w3id.org/plankg/id/task/"))
    }} ORDER BY ?task LIMIT 1"""
    answer = httpx.get(base + "/sparql", params={"query": query}, headers=RESULTS, timeout=60).json()
    row = answer["results"]["bindings"][0]
    plan, task = row["plan"]["value"], row["task"]["value"]
    return Sample(
        plan, plan.rsplit("/", 1)[1], task.removeprefix("https://w3id.org/plankg/id/"), row["agency"]["value"]
    )


def request_kinds(
    sample: Sample,
) -> list[tuple[str, int, Callable[[httpx.Client, str, random.Random], tuple[httpx.Response, set[int]]]]]:
    """(kind, weight, send): what the clients send, and how often."""
    catalogue = load_catalogue(HOME / "queries")
    bindings = {"plan": sample.plan, "agency": sample.agency}
    named = []
    for name, query in catalogue.items():
        values = {p.name: bindings[p.name] for p in query.parameters if p.name in bindings}
        if any(p.required and p.name not in values for p in query.parameters):
            continue
        substitutions: dict[ox.Variable, ox.NamedNode | ox.Literal] = {
            ox.Variable(k): ox.NamedNode(v) for k, v in values.items()
        }
        named.append((name, with_values(query.text, substitutions) if substitutions else query.text))

    def page(path: str) -> Callable[[httpx.Client, str, random.Random], tuple[httpx.Response, set[int]]]:
        return lambda client, base, rng: (
            client.get(base + path + f"?lang={rng.choice(['vi', 'en'])}"),
            {200},
        )

    def named_query(client: httpx.Client, base: str, rng: random.Random) -> tuple[httpx.Response, set[int]]:
        _, text = rng.choice(named)
        return client.post(base + "/sparql", data={"query": text}, headers=RESULTS), {200}

    def small_query(client: httpx.Client, base: str, rng: random.Random) -> tuple[httpx.Response, set[int]]:
        text = f"SELECT ?p ?o WHERE {{ <https://w3id.org/plankg/id/{sample.task_path}> ?p ?o }}"
        return client.get(base + "/sparql", params={"query": text}, headers=RESULTS), {200}

    def graph_read(client: httpx.Client, base: str, rng: random.Random) -> tuple[httpx.Response, set[int]]:
        graph = "https://w3id.org/plankg/graph/reference/agency-kinds.ttl"
        return client.get(
            base + "/rdf-graph-store", params={"graph": graph}, headers={"Accept": "text/turtle"}
        ), {200}

    def malformed(client: httpx.Client, base: str, rng: random.Random) -> tuple[httpx.Response, set[int]]:
        text = rng.choice(
            ["SELECT * WHERE { ?s ?p }", "ASK {" * 400, "CONSTRUCT", "SELECT ?x WHERE { ?x a <bad iri> }"]
        )
        return client.get(base + "/sparql", params={"query": text}), {400}

    def too_slow(client: httpx.Client, base: str, rng: random.Random) -> tuple[httpx.Response, set[int]]:
        return client.get(base + "/sparql", params={"query": SLOW}), {503}

    def write(client: httpx.Client, base: str, rng: random.Random) -> tuple[httpx.Response, set[int]]:
        subject = f"urn:plankg:load-test:{rng.getrandbits(64):016x}"
        update = f"INSERT DATA {{ GRAPH <{LOAD_GRAPH}> {{ <{subject}> <urn:plankg:written> true }} }}"
        headers = {"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"}
        response = client.post(base + "/sparql", content=update, headers=headers)
        response.extensions["subject"] = subject
        return response, {204}

    return [
        ("page: home", 6, page("/")),
        ("page: plan", 8, page(f"/page/plan/{sample.plan_slug}")),
        ("page: task", 8, page(f"/page/{sample.task_path}")),
        ("page: validation", 3, page("/validation")),
        ("page: coverage", 2, page("/coverage")),
        ("named query", 25, named_query),
        ("small query", 30, small_query),
        ("graph read", 5, graph_read),
        ("malformed query", 5, malformed),
        ("query past the limit", 1, too_slow),
        ("write", 2, write),
    ]


def written_subjects(base: str) -> list[dict[str, dict[str, str]]]:
    """The statements the load's writes left in the store (asked until the server can answer)."""
    query = f"SELECT ?s WHERE {{ GRAPH <{LOAD_GRAPH}> {{ ?s ?p ?o }} }}"
    for _ in range(30):
        answer = httpx.get(base + "/sparql", params={"query": query}, headers=RESULTS, timeout=60)
        if answer.status_code == 200:
            rows: list[dict[str, dict[str, str]]] = answer.json()["results"]["bindings"]
            return rows
        time.sleep(float(answer.headers.get("retry-after", "1")))
    raise SystemExit(
        f"load test: the writes cannot be counted back: {answer.status_code} {answer.text[:300]}"
    )


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000, 1) if ordered else 0.0


def scratch_copy(store: Path, directory: Path) -> Path:
    """A store of the generation in service, for the writes (hard links: cheap, and the original
    untouched)."""
    generation = current_generation(store)
    if generation is None:
        raise SystemExit(f"load test: no store at {store}: run `plankg build --store {store}`")
    root = directory / "store"
    copy = new_generation(root, create=False)
    root.mkdir(parents=True)
    ox.Store.read_only(str(generation)).backup(str(copy))
    publish(root, copy)
    return root


def run(original: Path, seconds: float, max_requests: int, clients: int, seed: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="plankg-load-") as directory:
        return _run(original, scratch_copy(original, Path(directory)), seconds, max_requests, clients, seed)


def _run(
    original: Path, store: Path, seconds: float, max_requests: int, clients: int, seed: int
) -> dict[str, object]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "plankg.cli", "serve", "--store", str(store), "--port", str(port),
               "--workers", "2", "--query-seconds", "2", "--admin-token", TOKEN,
               "--log-level", "warning"]  # fmt: skip
    tally = Tally()
    memory: list[tuple[float, float]] = []
    sent = Counter[str]()
    with serving(command, base + "/ready", seconds=120) as process:
        sample = sample_of(base)
        kinds = request_kinds(sample)
        weights = [weight for _, weight, _ in kinds]
        started = time.monotonic()
        deadline = started + seconds
        budget = threading.Semaphore(max_requests)

        def client_loop(number: int) -> None:
            rng = random.Random(seed * 1000 + number)
            with httpx.Client(timeout=60) as client:
                while time.monotonic() < deadline and budget.acquire(blocking=False):
                    kind, _, send = rng.choices(kinds, weights)[0]
                    began = time.monotonic()
                    try:
                        # a 503 with Retry-After is the server shedding load: a client waits and
                        # asks again, as RFC 9110 §10.2.3 lets it; counted, and not an error
                        for _ in range(RETRIES):
                            response, expected = send(client, base, rng)
                            if response.status_code != 503 or "retry-after" not in response.headers:
                                break
                            with tally.lock:
                                tally.shed[kind] += 1
                            time.sleep(float(response.headers["retry-after"]))
                    except httpx.HTTPError as error:
                        tally.record(
                            kind, 0, time.monotonic() - began, set(), f"{type(error).__name__}: {error}"
                        )
                        continue
                    tally.record(
                        kind, response.status_code, time.monotonic() - began, expected, response.text
                    )
                    if kind == "write" and response.status_code == 204:
                        with tally.lock:
                            tally.acknowledged.append(response.extensions["subject"])
                    with tally.lock:
                        sent[kind] += 1

        threads = [threading.Thread(target=client_loop, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        while any(thread.is_alive() for thread in threads):
            memory.append((round(time.monotonic() - started, 1), group_memory_mb(process.pid, "VmRSS")))
            time.sleep(1)
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        time.sleep(1.5)  # every server process sees the last write
        found = written_subjects(base)
        alive = process.poll() is None
    present = {row["s"]["value"] for row in found}
    lost = [subject for subject in tally.acknowledged if subject not in present]
    everything = [s for values in tally.latencies.values() for s in values]
    settled = [mb for at, mb in memory if at >= 10] or [mb for _, mb in memory]
    quarter = max(1, len(settled) // 4)
    return {
        "command": " ".join(
            [
                "python",
                "bench/load_test.py",
                "--store",
                str(original),
                "--seconds",
                str(seconds),
                "--requests",
                str(max_requests),
                "--clients",
                str(clients),
                "--seed",
                str(seed),
            ]
        ),
        "server": "plankg serve --workers 2 --query-seconds 2 (2 query workers per process)",
        "clients": clients,
        "seconds": round(elapsed, 1),
        "requests": len(everything),
        "requests_per_second": round(len(everything) / elapsed, 1),
        "unexpected": len(tally.unexpected),
        "shed": sum(tally.shed.values()),
        "shed_by_kind": dict(sorted(tally.shed.items())),
        "unexpected_examples": tally.unexpected[:10],
        "server_alive": alive,
        "writes_acknowledged": len(tally.acknowledged),
        "data_lost": len(lost),
        "latency_ms": {
            "p50": percentile(everything, 0.5),
            "p95": percentile(everything, 0.95),
            "p99": percentile(everything, 0.99),
        },
        "by_kind": {
            kind: {
                "requests": len(values),
                "statuses": dict(sorted(tally.statuses[kind].items())),
                "p50_ms": percentile(values, 0.5),
                "p99_ms": percentile(values, 0.99),
            }
            for kind, values in sorted(tally.latencies.items())
        },
        "memory_mb": {
            "first_quarter_mean": round(statistics.mean(settled[:quarter]), 1) if settled else 0.0,
            "last_quarter_mean": round(statistics.mean(settled[-quarter:]), 1) if settled else 0.0,
            "peak": max((mb for _, mb in memory), default=0.0),
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--store", type=Path, required=True, help="a built store (it is copied: writes go to the copy)"
    )
    parser.add_argument("--seconds", type=float, default=120)
    parser.add_argument("--requests", type=int, default=100_000, help="at most this many requests")
    parser.add_argument("--clients", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    figures = run(args.store, args.seconds, args.requests, args.clients, args.seed)
    text = json.dumps(figures, indent=2, ensure_ascii=False)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0 if figures["unexpected"] == 0 and figures["data_lost"] == 0 and figures["server_alive"] else 1


if __name__ == "__main__":
    sys.exit(main())
