"""Building the store: documents, reference data and the ontology, one named graph per file.

A build writes a new store generation and publishes it in one atomic switch (plankg.store), so
it is all-or-nothing for readers. Per document it is forgiving: a document that cannot be read is
reported (file, line, what was expected) and its graph from the previous generation is carried
over unchanged, so nothing already stored is lost.
"""

from __future__ import annotations

import gc
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from plankg import saved_report
from plankg.export import write_dumps
from plankg.namespaces import GRAPH, ONTOLOGY_GRAPH, SHAPES_GRAPH, reference_graph, source_graph
from plankg.settings import Settings
from plankg.store import (
    GenerationFiles,
    StoreError,
    build_lock,
    current_generation,
    new_generation,
    publish,
)
from plankg.validation import validate_store

from .derive import BATCH, derive
from .formats import ALL_SUFFIXES
from .gazetteer import Gazetteer, load_gazetteer
from .links import plans_of
from .model import DocumentError, Problem
from .rdf import document_graph
from .reader import read_path, text_view_lines

SOURCE_SUFFIXES = ALL_SUFFIXES


@dataclass
class GraphLoad:
    name: str  # the file name
    graph: str  # the named graph IRI
    triples: int
    plan: str | None = None
    tasks: int = 0
    problems: list[Problem] = field(default_factory=list)  # what the document's tables lost


@dataclass
class BuildReport:
    root: Path | str  # the store directory, or the endpoint written to
    generation: str = ""
    loaded: list[GraphLoad] = field(default_factory=list)
    failures: list[DocumentError] = field(default_factory=list)
    kept_previous: list[str] = field(default_factory=list)  # failed documents whose old graph was kept
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # seconds of each stage, for the benchmarks

    @property
    def triples(self) -> int:
        return sum(load.triples for load in self.loaded)


def source_files(paths: Iterable[Path]) -> list[Path]:
    """The documents under the given files and directories, in name order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.iterdir()) if p.suffix.lower() in SOURCE_SUFFIXES)
        elif path.is_file():
            files.append(path)
        else:
            raise StoreError(f"no such file or directory: {path}")
    return files


def parse_turtle(path: Path) -> Graph:
    """A hand-edited Turtle file; a syntax error names the file and line."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except Exception as error:  # rdflib raises several parser exception types
        raise DocumentError(path.name, getattr(error, "lines", None), f"invalid Turtle: {error}") from None
    return graph


StageEnded = Callable[[str, float], None]


class Stopwatch:
    """Seconds spent in each stage, lap by lap; ``on_lap`` is told of each as it ends."""

    def __init__(self, on_lap: StageEnded | None = None) -> None:
        self.stages: dict[str, float] = {}
        self._last = time.monotonic()
        self._on_lap = on_lap

    def lap(self, stage: str) -> None:
        now = time.monotonic()
        self.stages[stage] = round(now - self._last, 3)
        self._last = now
        if self._on_lap is not None:
            self._on_lap(stage, self.stages[stage])


def read_fixed(settings: Settings) -> list[tuple[str, str, Graph]]:
    """The ontology, shapes and reference files: (file name, graph IRI, graph) for each."""
    fixed: list[tuple[str, str, Graph]] = []
    for path in sorted(settings.ontology_dir.glob("*.ttl")):
        ontology_graph = SHAPES_GRAPH if path.name == "shapes.ttl" else ONTOLOGY_GRAPH
        fixed.append((path.name, str(ontology_graph), parse_turtle(path)))
    for path in sorted(settings.reference_dir.glob("*.ttl")):
        fixed.append((path.name, str(reference_graph(path.name)), parse_turtle(path)))
    return fixed


def ontology_and_reference(fixed: list[tuple[str, str, Graph]]) -> tuple[Graph, Graph]:
    """Of the files ``read_fixed`` read: the ontology (what the reasoning applies), and all of
    them as one graph (what successions and links look up)."""
    ontology, reference = Graph(), Graph()
    for _name, graph_name, graph in fixed:
        reference += graph
        if graph_name == str(ONTOLOGY_GRAPH):
            ontology += graph
    return ontology, reference


@dataclass
class DocumentsRead:
    loaded: list[GraphLoad] = field(default_factory=list)
    paths: dict[str, Path] = field(default_factory=dict)  # file name -> the file read
    failures: list[DocumentError] = field(default_factory=list)


def load_documents(
    store: ox.Store, files: list[Path], gazetteer: Gazetteer, step: Callable[[str], None]
) -> DocumentsRead:
    """Each document read, turned into its graph and written to the store before the next is read."""
    read = DocumentsRead()
    plans_seen: dict[str, str] = {}
    unflushed = 0  # statements written since the store last flushed (see loaders.derive.write_graph)
    for path in files:
        step(path.name)
        try:
            doc = read_path(path, gazetteer)
            graph = document_graph(doc, gazetteer)
        except DocumentError as error:
            read.failures.append(error)
            continue
        plan = _plan_of(graph)
        if plan in plans_seen:
            read.failures.append(
                DocumentError(
                    path.name,
                    doc.plan.lines.first,
                    f"it describes the same plan ({plan}) as {plans_seen[plan]}: "
                    "two documents for one plan need different numbers or dates",
                )
            )
            continue
        plans_seen[plan] = path.name
        graph_name = str(source_graph(path.name))
        _load(store, graph, graph_name)
        unflushed += len(graph)
        if unflushed >= BATCH:
            store.flush()
            unflushed = 0
        read.loaded.append(GraphLoad(path.name, graph_name, len(graph), plan, len(doc.tasks), doc.problems))
        read.paths[path.name] = path
    return read


def build(
    settings: Settings,
    sources: list[Path] | None = None,
    progress: Callable[[str], None] | None = None,
    keep_files: bool = True,
    stage_ended: StageEnded | None = None,
) -> BuildReport:
    """A new generation of the store, published when whole. ``keep_files``: the documents, their
    lines and the dumps are written beside it (a scratch build for an endpoint has no use for them).

    The ontology and the reference data are read before the store is touched, so that an error in
    them stops the build with the previous store in service. Then each document is written to the
    new generation as it is read, and what is derived from them is made there (``loaders.derive``);
    the generation is published only when all of it is written.
    """
    started = time.monotonic()
    root = settings.store_path
    report = BuildReport(root=root)
    clock = Stopwatch(stage_ended)
    fixed = read_fixed(settings)
    gazetteer = load_gazetteer(settings.reference_dir)
    files = source_files(sources or [settings.sources_dir])
    clock.lap("reference")

    with build_lock(root):
        previous_path = current_generation(root)
        generation = new_generation(root)
        store = ox.Store(str(generation))
        try:
            for name, graph_name, graph in fixed:
                _load(store, graph, graph_name)
                report.loaded.append(GraphLoad(name, graph_name, len(graph)))
            documents = load_documents(store, files, gazetteer, progress or (lambda _name: None))
            report.failures.extend(documents.failures)
            clock.lap("documents")
            failed = [error.source for error in documents.failures]
            if failed and previous_path is not None:
                report.kept_previous = _carry_over(previous_path, store, failed)
            ontology, reference = ontology_and_reference(fixed)
            in_store = [load.graph for load in documents.loaded]
            in_store += [str(source_graph(name)) for name in report.kept_previous]
            for name, graph_name, size in derive(store, ontology, reference, gazetteer, in_store, clock.lap):
                report.loaded.append(GraphLoad(name, graph_name, size))
            report.loaded.extend(documents.loaded)
            store.flush()
            # The batches flushed one by one left many small files that readers, who open the
            # generation read-only and never compact it, would all search: compacted once here
            # (11 s at the nation's scale, 87 files to 49).
            store.optimize()
        finally:
            # pyoxigraph closes the database when the Store is freed, and RocksDB does not let a
            # reader open it before (its compactions may still be moving files): the store is
            # dropped, and any reference cycle that could still hold it is collected.
            del store
            gc.collect()
        if keep_files:
            keep_documents(generation, documents.paths, previous_path, report.kept_previous)
            kept = GenerationFiles.of(generation)
            written = ox.Store.read_only(str(generation))
            write_dumps(written, kept.dumps)
            clock.lap("dumps")
            # Made once here rather than by every server worker on its first page (a minute at
            # the nation's scale); the server reads it while the shapes are the same.
            saved_report.save(validate_store(written, settings), kept.report, settings.shapes_path)
            del written
            clock.lap("validation")
        publish(root, generation)
    report.stages.update(clock.stages)
    report.generation = generation.name
    report.seconds = time.monotonic() - started
    return report


def _plan_of(graph: Graph) -> str:
    plans = sorted({str(plan) for plan in plans_of(graph)})
    return plans[0] if plans else ""


def _load(store: ox.Store, graph: Graph, graph_name: str) -> None:
    """Load one graph in one transaction (pyoxigraph's ``load`` is transactional)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph_name))


def keep_documents(
    generation: Path, paths: dict[str, Path], previous: Path | None, carried: list[str]
) -> None:
    """The documents as published beside the generation, with the numbered lines their values
    point to; a document carried over from the previous build keeps its copies."""
    files = GenerationFiles.of(generation)
    files.documents.mkdir(parents=True)
    files.lines.mkdir()
    for name, path in paths.items():
        shutil.copyfile(path, files.documents / name)
        files.lines_of(name).write_text("\n".join(text_view_lines(path)) + "\n", encoding="utf-8")
    if previous is None:
        return
    old = GenerationFiles.of(previous)
    for name in carried:
        for source, target in (
            (old.documents / name, files.documents / name),
            (old.lines_of(name), files.lines_of(name)),
        ):
            if source.is_file():
                shutil.copyfile(source, target)


def _carry_over(previous: Path, store: ox.Store, names: list[str]) -> list[str]:
    """Copy the previous graphs of documents that failed to read this time."""
    kept: list[str] = []
    old = ox.Store.read_only(str(previous))
    for name in names:
        graph = ox.NamedNode(str(source_graph(name)))
        quads = list(old.quads_for_pattern(None, None, None, graph))
        if quads:
            store.extend(quads)
            kept.append(name)
    return kept


def build_to_endpoint(
    settings: Settings,
    query_url: str,
    graph_store: str | None = None,
    sources: list[Path] | None = None,
    progress: Callable[[str], None] | None = None,
) -> BuildReport:
    """A build whose graphs go to a SPARQL endpoint elsewhere (``--store URL``).

    The whole build is made first in a local store of its own (so that a broken ontology or
    reference file stops it before the endpoint is touched), then each of its named graphs
    replaces the endpoint's graph of that name (Graph Store Protocol), and last the project's
    graphs the build no longer makes are removed. A document that could not be read keeps the
    graph the endpoint already holds for it. The Graph Store Protocol has no transaction over
    several graphs: while the graphs are sent, a reader may see some new and some old ones (never
    a graph half-written: each PUT replaces one graph whole); a failure stops the upload with the
    graph named, and the next build completes it.
    """
    from plankg.remote import GraphStore, graph_store_url, open_endpoint

    store_url = graph_store_url(query_url, graph_store)
    target = GraphStore(store_url, open_endpoint(query_url, require_data=False))
    with tempfile.TemporaryDirectory(prefix="plankg-build-") as scratch:
        # the documents, lines and dumps are not sent: the endpoint holds graphs only
        report = build(replace(settings, store=Path(scratch) / "store"), sources, progress, keep_files=False)
        clock = Stopwatch()
        generation = current_generation(Path(scratch) / "store")
        assert generation is not None
        local = ox.Store.read_only(str(generation))
        present = target.graphs(str(GRAPH))
        failed = {str(source_graph(error.source)) for error in report.failures}
        sent = set()
        for graph in sorted(g.value for g in local.named_graphs() if isinstance(g, ox.NamedNode)):
            triples = (
                ox.Triple(q.subject, q.predicate, q.object)
                for q in local.quads_for_pattern(None, None, None, ox.NamedNode(graph))
            )
            target.put(graph, ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"")
            sent.add(graph)
        for graph in sorted(present - sent - failed):
            target.delete(graph)
        report.kept_previous = sorted(
            e.source for e in report.failures if str(source_graph(e.source)) in present
        )
        del local
        clock.lap("endpoint")
    report.root = query_url
    report.stages.update(clock.stages)
    return report
