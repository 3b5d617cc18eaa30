"""The benchmark (`make bench`): build, reasoning, validation, named queries and server start on one
synthetic corpus, measured in one run; results in bench/results/<date>.json and <date>.md.

Each measurement that has a baseline is reported as a ratio to it, measured in the same run on the
same data (the machines are shared and noisy; absolute times are given for the record only):
reasoning, the fast engine against owlrl; the build, documents and triples per second against the
seed documents' build. Peak memory is each child process's own (RUSAGE_SELF, read by the child).

    .venv/bin/python bench/run.py [--scale F] [--seed N] [--out DIR] [--work DIR]

``--scale 1`` is the nation (34 provinces and 3,321 communes today, 63 provinces and 705 districts
before July 2025, 25 tasks a plan); ``--scale 0.1`` a tenth of the lower plans.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import http_load  # bench/http_load.py, beside this file

HOME = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

# Runs inside a child process so that its peak memory is its own.
CHILD_BUILD = """
import json, resource, sys
from pathlib import Path
from loaders.build import build
from plankg.settings import Settings
sources = [Path(sys.argv[2])] if sys.argv[2] != "-" else None
report = build(Settings(store=Path(sys.argv[1])), sources)
documents = sum(1 for load in report.loaded if load.plan)
print(json.dumps({"seconds": report.seconds, "triples": report.triples, "documents": documents,
                  "stages": report.stages, "failures": len(report.failures),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
CHILD_REASONING = """
import json, resource, sys, time
from pathlib import Path
import pyoxigraph as ox
from rdflib import Graph
from loaders.reasoning import inferences_graph
from plankg.namespaces import INFERENCES_GRAPH, ONTOLOGY_GRAPH
from plankg.store import open_read_only
# What the build's reasoning read, taken back from the built store: the ontology, and every
# statement of the predicates the axioms read (and the plans' types), its own output left out.
store = open_read_only(Path(sys.argv[1]))
def graph(query):
    data = store.query(query).serialize(format=ox.RdfFormat.N_TRIPLES)
    return Graph().parse(data=data, format="nt") if data else Graph()
ontology = graph(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")
read = "pk:implements pk:partOfPlan pk:subtaskOf pk:derivesFrom pk:addresses pk:level"
facts = graph(
    "PREFIX pk: <https://w3id.org/plankg/def#> CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
    f"FILTER(?g != <{INFERENCES_GRAPH}>) VALUES ?p {{ {read} }} }}"
) + graph(
    "PREFIX pk: <https://w3id.org/plankg/def#> CONSTRUCT { ?s a pk:Plan } WHERE { GRAPH ?g { ?s a pk:Plan } "
    f"FILTER(?g != <{INFERENCES_GRAPH}>) }}"
)
started = time.monotonic()
result = inferences_graph(ontology, [facts], engine=sys.argv[2])
print(json.dumps({"seconds": time.monotonic() - started, "triples": len(result),
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
CHILD_VALIDATION = """
import hashlib, json, resource, sys, time
from pathlib import Path
from plankg import reports
from plankg.settings import Settings
from plankg.store import open_read_only
from plankg.validation import validate_store
settings = Settings(store=Path(sys.argv[1]))
started = time.monotonic()
report = validate_store(open_read_only(settings.store_path), settings, engine=sys.argv[2])
seconds = time.monotonic() - started
digest = hashlib.sha256(reports.json_report(report).encode()).hexdigest()
print(json.dumps({"seconds": seconds, "results": len(report.results), "report_sha256": digest,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def child(code: str, *arguments: str, budget: float | None = None) -> dict[str, object]:
    """A measurement in its own process; one that runs past ``budget`` seconds is stopped and
    reported as over it (a reference engine at the nation's scale can take hours)."""
    try:
        completed = subprocess.run(
            [PYTHON, "-c", code, *arguments], capture_output=True, text=True, cwd=HOME, check=False,
            timeout=budget,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return {"seconds": None, "over_seconds": budget}
    if completed.returncode != 0:
        raise SystemExit(f"bench: a measurement failed:\n{completed.stderr[-3000:]}")
    return json.loads(completed.stdout.strip().splitlines()[-1])


CHILD_QUERY = """
import json, statistics, sys, time
from pathlib import Path
from plankg.named_queries import load_catalogue
from plankg.store import open_read_only
store = open_read_only(Path(sys.argv[1]))
query = load_catalogue(Path("queries"))[sys.argv[2]]
values = json.loads(sys.argv[3])
values = {p.name: values[p.name] for p in query.parameters if p.name in values}
samples = []
for _ in range(int(sys.argv[4]) + 1):
    started = time.perf_counter()
    result = query.run(store, values)
    rows = sum(1 for _row in result) if not isinstance(result, bool) else 1
    samples.append((time.perf_counter() - started) * 1000)
samples = sorted(samples[1:])  # the first run warms the store's caches; the cold start is measured apart
print(json.dumps({"rows": rows, "p50_ms": round(statistics.median(samples), 2),
                  "p95_ms": round(samples[min(len(samples) - 1, int(0.95 * len(samples)))], 2)}))
"""


def sample_resources(store: Path) -> dict[str, str]:
    """One plan, task and agency of the corpus: the lookups people make are about one of each."""
    sys.path.insert(0, str(HOME))
    import pyoxigraph as ox

    from plankg.store import open_read_only

    opened = open_read_only(store)
    found = opened.query(
        "PREFIX pk: <https://w3id.org/plankg/def#> SELECT ?plan ?task ?agency WHERE { "
        "?task pk:partOfPlan ?plan ; pk:leadAgency ?agency ; pk:sourceDocument ?d } LIMIT 1",
        use_default_graph_as_union=True,
    )
    assert isinstance(found, ox.QuerySolutions)
    first = next(iter(found))
    return {"plan": first["plan"].value, "task": first["task"].value, "agency": first["agency"].value}


def named_queries(store: Path, repeats: int, budget: float) -> dict[str, dict[str, float | None]]:
    """p50 and p95 latency of each named query, its parameters bound to one plan, task and agency of
    the corpus (the lookups people make; a subject is the task), confidence left open. Each query
    runs in its own process, stopped after ``budget`` seconds (pyoxigraph cannot cancel a query)."""
    from plankg.named_queries import load_catalogue

    values = sample_resources(store)
    values["subject"] = values["task"]  # inferred-facts: what is inferred about a task
    timings: dict[str, dict[str, float | None]] = {}
    for name in load_catalogue(HOME / "queries"):
        try:
            completed = subprocess.run(
                [PYTHON, "-c", CHILD_QUERY, str(store), name, json.dumps(values), str(repeats)],
                capture_output=True, text=True, cwd=HOME, timeout=budget, check=True,
            )  # fmt: skip
            timings[name] = json.loads(completed.stdout.strip().splitlines()[-1])
        except subprocess.TimeoutExpired:
            timings[name] = {"p50_ms": None, "p95_ms": None, "over_seconds": budget}
    return timings


def cold_start(store: Path) -> float:
    """Seconds from `plankg serve` starting to its first answer."""
    port = http_load.free_port()
    command = [str(Path(PYTHON).parent / "plankg"), "serve", "--store", str(store), "--port", str(port),
               "--log-level", "warning"]  # fmt: skip
    with http_load.server(command, f"http://127.0.0.1:{port}/sparql", HOME) as (seconds, _group):
        return round(seconds, 2)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="share of the nation's lower plans (default 1)"
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=HOME / "bench" / "results")
    parser.add_argument("--work", type=Path, help="where the corpus and stores go (default: a temporary dir)")
    parser.add_argument("--repeats", type=int, default=20, help="runs of each named query")
    parser.add_argument("--budget", type=float, default=120, help="seconds a named query's runs may take")
    parser.add_argument(
        "--identity-scale",
        type=float,
        default=0.025,
        help="scale of a second corpus on which pyshacl runs to the end, so that both engines' reports "
        "are compared whole (default 0.025: about 250,000 triples; 0 to skip)",
    )
    parser.add_argument(
        "--reference-budget",
        type=float,
        default=1800,
        help="seconds owlrl and pyshacl may take; past it the ratio is a lower bound (default 1800)",
    )
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="plankg-bench-"))
    corpus, store, seeds_store = work / "corpus", work / "store", work / "seeds-store"
    for path in (corpus, store, seeds_store):
        shutil.rmtree(path, ignore_errors=True)

    communes, districts, synth_seconds = synthesise(corpus, args.scale, args.seed)
    print(
        f"bench: corpus of {communes} communes and {districts} districts in {synth_seconds:.0f} s",
        file=sys.stderr,
    )

    seeds = child(CHILD_BUILD, str(seeds_store), "-")
    built = child(CHILD_BUILD, str(store), str(corpus))
    print(f"bench: built {built['triples']} triples in {float(built['seconds']):.0f} s", file=sys.stderr)  # type: ignore[arg-type]
    fast = child(CHILD_REASONING, str(store), "fast")
    reference = child(CHILD_REASONING, str(store), "owlrl", budget=args.reference_budget)
    fast_validation = child(CHILD_VALIDATION, str(store), "fast")
    validation = child(CHILD_VALIDATION, str(store), "pyshacl", budget=args.reference_budget)
    identity = identity_check(work, args.identity_scale, args.seed, args.reference_budget)
    queries = named_queries(store, args.repeats, args.budget)
    start_seconds = cold_start(store)
    sample = sample_resources(store)
    dump = max(store.glob("gen-*.files")) / "dumps" / "plankg.nq"
    http = http_load.measure(HOME, PYTHON, store, dump, sample["plan"], sample["task"])

    def per_second(count: object, seconds: object) -> float:
        return round(float(count) / float(seconds), 1)  # type: ignore[arg-type]

    results = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        },
        "scale": args.scale,
        "corpus": {"communes": communes, "districts": districts, "seconds": round(synth_seconds, 1)},
        "build": {
            **built,
            "documents_per_second": per_second(built["documents"], built["seconds"]),
            "triples_per_second": per_second(built["triples"], built["seconds"]),
            "baseline_seeds": seeds,
            "triples_per_second_vs_seeds": round(
                per_second(built["triples"], built["seconds"])
                / per_second(seeds["triples"], seeds["seconds"]),
                2,
            ),
        },
        "reasoning": {
            "fast": fast,
            "owlrl": reference,
            **speedup(reference, fast),
            "identical_size": same(reference, fast, "triples"),
        },
        "validation": {
            "pyshacl": validation,
            "fast": fast_validation,
            **speedup(validation, fast_validation),
            "identical_reports": same(validation, fast_validation, "report_sha256"),
            "at_identity_scale": identity,
        },
        "named_queries": queries,
        "server_cold_start_seconds": start_seconds,
        "http": http,
        "targets": {
            "named_query_p95_under_100ms": all(
                q["p95_ms"] is not None and q["p95_ms"] < 100 for q in queries.values()
            ),
            "build_peak_under_2gb": float(built["peak_mb"]) < 2048,  # type: ignore[arg-type]
            **http["targets"],  # type: ignore[dict-item]
            "validation_10x_pyshacl_identical": speedup(validation, fast_validation)["speedup"] >= 10
            and same(validation, fast_validation, "report_sha256") is True,
        },
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y-%m-%d")
    (args.out / f"{stamp}.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    (args.out / f"{stamp}.md").write_text(summary(results), encoding="utf-8")
    print(f"bench: {args.out / stamp}.json and .md", file=sys.stderr)
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def synthesise(corpus: Path, scale: float, seed: int) -> tuple[int, int, float]:
    """A synthetic corpus of ``scale`` of the nation's lower plans: (communes, districts, seconds)."""
    communes, districts = round(3321 * scale), round(705 * scale)
    started = time.monotonic()
    subprocess.run(
        [str(Path(PYTHON).parent / "plankg"), "synth", "--out", str(corpus), "--communes", str(communes),
         "--districts", str(districts), "--seed", str(seed)],
        check=True, cwd=HOME, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return communes, districts, time.monotonic() - started


def identity_check(work: Path, scale: float, seed: int, budget: float) -> dict[str, Any] | None:
    """Both validation engines on a corpus small enough for pyshacl to finish, the reports compared
    whole: at the nation's scale pyshacl runs for hours, and a ratio against a stopped run says
    nothing of whether the reports agree. None when ``scale`` is 0."""
    if scale <= 0:
        return None
    corpus, store = work / "identity-corpus", work / "identity-store"
    for path in (corpus, store):
        shutil.rmtree(path, ignore_errors=True)
    synthesise(corpus, scale, seed)
    built = child(CHILD_BUILD, str(store), str(corpus))
    fast = child(CHILD_VALIDATION, str(store), "fast")
    reference = child(CHILD_VALIDATION, str(store), "pyshacl", budget=budget)
    return {
        "scale": scale,
        "triples": built["triples"],
        "fast": fast,
        "pyshacl": reference,
        **speedup(reference, fast),
        "identical_reports": same(reference, fast, "report_sha256"),
    }


def speedup(reference: dict[str, Any], fast: dict[str, Any]) -> dict[str, Any]:
    """How many times faster; a lower bound when the reference was stopped at its budget."""
    stopped = reference["seconds"] is None
    seconds = reference["over_seconds"] if stopped else reference["seconds"]
    return {"speedup": round(float(seconds) / float(fast["seconds"]), 1), "speedup_is_lower_bound": stopped}


def same(reference: dict[str, Any], fast: dict[str, Any], key: str) -> bool | None:
    """Whether both engines gave the same (None: the reference was stopped before it gave any)."""
    return None if reference["seconds"] is None else reference[key] == fast[key]


def timed(measured: dict[str, Any], digits: int = 1) -> str:
    if measured["seconds"] is None:
        return f"stopped after {measured['over_seconds']:.0f} s"
    return f"{measured['seconds']:.{digits}f} s (peak {measured['peak_mb']:.0f} MB)"


def summary(results: dict[str, Any]) -> str:
    build, reasoning, machine = results["build"], results["reasoning"], results["machine"]
    validation = results["validation"]
    pyshacl, fast = validation["pyshacl"], validation["fast"]
    stages = ", ".join(f"{name} {seconds}" for name, seconds in build["stages"].items())
    lines = [
        f"# Benchmark {results['date']}",
        "",
        f"Machine: {machine['platform']}, Python {machine['python']}, {machine['cpus']} CPUs. "
        f"Scale {results['scale']} of the nation's lower plans.",
        "",
        "| measurement | value | against |",
        "|---|---|---|",
        f"| build | {build['documents']} documents, {build['triples']} triples in {build['seconds']:.1f} s; "
        f"{build['documents_per_second']} documents/s, {build['triples_per_second']} triples/s; "
        f"peak {build['peak_mb']:.0f} MB "
        f"| triples/s ×{build['triples_per_second_vs_seeds']} the seeds' build |",
        f"| build stages (s) | {stages} | |",
        f"| reasoning | fast {timed(reasoning['fast'], 2)}, owlrl {timed(reasoning['owlrl'], 2)} "
        f"| fast ×{reasoning['speedup']}{' at least' if reasoning['speedup_is_lower_bound'] else ''} owlrl "
        f"(same size: {reasoning['identical_size']}) |",
        f"| validation | fast {timed(fast, 2)}, pyshacl {timed(pyshacl)}; {fast['results']} results "
        f"| fast ×{validation['speedup']}{' at least' if validation['speedup_is_lower_bound'] else ''} "
        f"pyshacl, target ×10; identical reports: {validation['identical_reports']} |",
        *identity_row(validation["at_identity_scale"]),
        f"| server cold start | {results['server_cold_start_seconds']} s | |",
        "",
        "Each named query runs in its own process, its parameters bound to one plan, task and agency;",
        "the first run warms the store's caches and is not counted.",
        "",
        "| named query | rows | p50 ms | p95 ms | p95 < 100 ms |",
        "|---|---|---|---|---|",
    ]
    for name, timing in results["named_queries"].items():
        if timing["p95_ms"] is None:
            lines.append(f"| {name} | | over {timing['over_seconds']} s | | False |")
        else:
            lines.append(
                f"| {name} | {timing.get('rows', '')} | {timing['p50_ms']} | {timing['p95_ms']} "
                f"| {timing['p95_ms'] < 100} |"
            )
    lines += http_summary(results["http"])
    lines += ["", "Targets (each a ratio measured in this run):", ""]
    lines += [
        f"- {name.replace('_', ' ')}: {'met' if met else 'NOT met'}"
        for name, met in results["targets"].items()
    ]
    lines.append("")
    return "\n".join(lines)


def identity_row(identity: dict[str, Any] | None) -> list[str]:
    if identity is None:
        return []
    lower = " at least" if identity["speedup_is_lower_bound"] else ""
    return [
        f"| validation at scale {identity['scale']} ({identity['triples']} triples) "
        f"| fast {timed(identity['fast'], 2)}, pyshacl {timed(identity['pyshacl'])}; "
        f"{identity['fast']['results']} results "
        f"| fast ×{identity['speedup']}{lower} pyshacl; identical reports: {identity['identical_reports']} |"
    ]


def http_summary(http: dict[str, Any]) -> list[str]:
    servers = list(http["servers"])
    lines = [
        "",
        f"HTTP on loopback, ApacheBench with keep-alive; plankg with {http['workers']} workers. "
        f"Small queries: at most {http['loads']['small']['requests']} requests or "
        f"{http['loads']['small']['seconds']} s, {http['loads']['small']['concurrency']} at a time; "
        f"10,000 rows: at most {http['loads']['large']['requests']} requests or "
        f"{http['loads']['large']['seconds']} s, {http['loads']['large']['concurrency']} at a time. "
        f"Started in (s): "
        + ", ".join(f"{name} {seconds}" for name, seconds in http["started_in_seconds"].items())
        + ". Peak memory under load (MB, each server's processes together): "
        + ", ".join(f"{name} {mb}" for name, mb in http.get("peak_mb", {}).items()),
        "",
        "| query | "
        + " | ".join(f"{name} req/s (p95 ms)" for name in servers)
        + " | plankg ÷ oxigraph | plankg ÷ rdflib-endpoint |",
        "|---|" + "---|" * (len(servers) + 2),
    ]
    for query in http["ratios"]:
        measured = [http["servers"][name][query] for name in servers]
        cells = [f"{m['requests_per_second']:.0f} ({m['p95_ms']:.0f})" for m in measured]
        ratios = http["ratios"][query]
        lines.append(
            f"| {query} | " + " | ".join(cells) + f" | {ratios['oxigraph']} | {ratios['rdflib-endpoint']} |"
        )
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
