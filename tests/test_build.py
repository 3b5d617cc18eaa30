"""Building the on-disk store: named graphs per file, union queries, atomic generations, bad input."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

from loaders.build import build
from plankg import store as store_module
from plankg.namespaces import source_graph
from plankg.settings import Settings
from plankg.store import (
    ACTIVE,
    GenerationFiles,
    StoreError,
    StoreHandle,
    current_generation,
    open_read_only,
)

from .conftest import HOME, SEEDS, SOURCES

ROOT_PLAN = "https://w3id.org/plankg/id/plan/ttg-2025-qd-27"
IMPLEMENTS = (
    f"PREFIX pk: <https://w3id.org/plankg/def#> SELECT ?plan WHERE {{ ?plan pk:implements+ <{ROOT_PLAN}> }}"
)


def graph_names(store: ox.Store) -> set[str]:
    return {graph.value for graph in store.named_graphs()}


def test_one_named_graph_per_source_document(seed_store: ox.Store) -> None:
    names = graph_names(seed_store)
    for seed in SEEDS:
        assert str(source_graph(seed)) in names
    assert any(name.endswith("/reference/plans.ttl") for name in names)
    assert any(name.endswith("/graph/ontology") for name in names)


def test_queries_see_the_union_of_the_named_graphs(seed_store: ox.Store) -> None:
    plans = {row["plan"].value for row in seed_store.query(IMPLEMENTS, use_default_graph_as_union=True)}
    slugs = {plan.rsplit("/", 1)[1] for plan in plans}
    assert slugs == {
        "hai-phong-quan-hai-an-kh",
        "lai-chau-huyen-tam-duong-2025-03-kh",
        "binh-thuan-2025-04-kh",
        "kon-tum-2025-02-kh",
        "can-tho-2025-kh-97",
        "hai-phong-2025-kh-90",
        "lai-chau-2025-kh-1005",
    }


def test_agencies_have_one_identity_per_body_and_jurisdiction(seed_store: ox.Store) -> None:
    query = (
        "PREFIX pk: <https://w3id.org/plankg/def#> SELECT DISTINCT ?agency WHERE "
        "{ ?task pk:leadAgency ?agency . "
        "?agency pk:agencyKind <https://w3id.org/plankg/id/agency-kind/so-y-te> }"
    )
    agencies = {
        row["agency"].value.rsplit("/id/agency/", 1)[1]
        for row in seed_store.query(query, use_default_graph_as_union=True)
    }
    assert agencies == {"kon-tum/so-y-te", "can-tho/so-y-te"}


def _settings(tmp_path: Path) -> Settings:
    return Settings(home=HOME, store=tmp_path / "store")


def _copy_seeds(tmp_path: Path) -> Path:
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    return sources


def test_a_broken_document_keeps_its_previous_graph(tmp_path: Path) -> None:
    sources = _copy_seeds(tmp_path)
    settings = _settings(tmp_path)
    first = build(settings, [sources])
    assert not first.failures
    kon_tum = sources / "003_7c52f3a31f0c58f8.txt"
    before = set(
        open_read_only(settings.store_path).quads_for_pattern(
            None, None, None, ox.NamedNode(str(source_graph(kon_tum.name)))
        )
    )

    kon_tum.write_bytes(b"\xff\xfe not a plan")
    second = build(settings, [sources])
    assert [failure.source for failure in second.failures] == [kon_tum.name]
    assert "expected UTF-8" in second.failures[0].message
    assert second.kept_previous == [kon_tum.name]
    after = set(
        open_read_only(settings.store_path).quads_for_pattern(
            None, None, None, ox.NamedNode(str(source_graph(kon_tum.name)))
        )
    )
    assert after == before and after


def four_builds(tmp_path: Path) -> tuple[Settings, Path, list[Path | None]]:
    """The seeds built four times in a row: the settings, the sources, each build's generation."""
    sources = _copy_seeds(tmp_path)
    settings = _settings(tmp_path)
    generations = []
    for _ in range(4):
        build(settings, [sources])
        generations.append(current_generation(settings.store_path))
    return settings, sources, generations


def test_build_switches_generations_atomically_and_prunes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "READERS_GRACE", 0.0)  # no reader lingers here
    settings, sources, generations = four_builds(tmp_path)
    root = settings.store_path
    assert (root / ACTIVE).is_symlink()
    assert len(set(generations)) == 4
    remaining = sorted(p for p in root.glob("gen-*"))
    kept = sorted(generations[-2:])  # the current one and the one before it, each with its files
    assert remaining == sorted([*kept, *(GenerationFiles.of(g).root for g in kept if g is not None)])
    current = GenerationFiles.of(generations[-1])  # type: ignore[arg-type]
    assert sorted(p.name for p in current.documents.iterdir()) == sorted(p.name for p in sources.iterdir())
    lines = current.lines_of("003_7c52f3a31f0c58f8.txt").read_text(encoding="utf-8").splitlines()
    assert lines[397] == "Sở Tư pháp "  # line 398 as written, its trailing space too


def test_generations_left_lately_are_kept_for_their_readers(tmp_path: Path) -> None:
    """Four builds in a row: the generations they retired stay while readers may be on them,
    and go at the next publication once they have been out of service longer than the grace."""
    settings, sources, generations = four_builds(tmp_path)
    assert all(g is not None and g.is_dir() for g in generations)
    for generation in generations[:2]:
        assert generation is not None
        marker = generation.with_name(f".{generation.name}.retired")
        past = time.time() - store_module.READERS_GRACE - 1
        os.utime(marker, (past, past))
    build(settings, [sources])
    left = [g for g in generations if g is not None and g.is_dir()]
    assert left == generations[2:]  # the two retired long ago went; the latest stay
    assert not generations[0].with_name(f".{generations[0].name}.retired").exists()  # type: ignore[union-attr]


def test_a_handle_follows_new_builds(tmp_path: Path) -> None:
    sources = _copy_seeds(tmp_path)
    settings = _settings(tmp_path)
    build(settings, [sources])
    handle = StoreHandle(settings.store_path, check_every=0.0)
    first = handle.generation
    (sources / "000_4771082b4e3a2d82.txt").unlink()
    build(settings, [sources])
    assert handle.store is not None and handle.generation != first
    assert str(source_graph("000_4771082b4e3a2d82.txt")) not in graph_names(handle.store)


def test_broken_reference_data_stops_the_build_and_keeps_the_store(tmp_path: Path) -> None:
    sources = _copy_seeds(tmp_path)
    home = tmp_path / "home"
    shutil.copytree(HOME / "ontology", home / "ontology")
    shutil.copytree(HOME / "data" / "reference", home / "data" / "reference")
    settings = Settings(home=home, store=tmp_path / "store")
    build(settings, [sources])
    active = current_generation(settings.store_path)
    (home / "data" / "reference" / "plans.ttl").write_text("@prefix pk: <x#> .\npk:a pk:b ", encoding="utf-8")
    from loaders.model import DocumentError

    with pytest.raises(DocumentError) as raised:
        build(settings, [sources])
    assert raised.value.source == "plans.ttl"
    assert current_generation(settings.store_path) == active


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="run `plankg build"):
        open_read_only(tmp_path / "nowhere")


@pytest.mark.parametrize("corpus", ["seeds", "synthetic"])
def test_what_a_build_derives_in_its_store_is_what_the_documents_in_memory_give(
    corpus: str, tmp_path: Path
) -> None:
    """The build derives successions and links from the documents as it reads them back from the
    store it writes; made from the same files held in memory, they are the same graphs."""
    from rdflib import Graph
    from rdflib.compare import isomorphic

    from loaders.build import ontology_and_reference, read_fixed, source_files
    from loaders.gazetteer import load_gazetteer
    from loaders.links import links_graph
    from loaders.rdf import document_graph
    from loaders.reader import read_path
    from loaders.successions import successions_graph
    from loaders.synth import write_corpus
    from plankg.namespaces import LINKS_GRAPH, SUCCESSIONS_GRAPH
    from plankg.sparql_source import named_graph

    sources = SOURCES
    if corpus == "synthetic":
        sources = tmp_path / "synth"
        write_corpus(
            sources, HOME / "data" / "reference", provinces_count=3, districts=6, communes=9, tasks=12
        )
    settings = _settings(tmp_path)
    assert not build(settings, [sources]).failures
    store = open_read_only(settings.store_path)

    def stored(graph_name: object) -> Graph:
        return named_graph(store, str(graph_name))

    def as_stored(graph: Graph) -> Graph:
        """The graph as a store gives it back (pyoxigraph writes "1.0"^^xsd:decimal as "1")."""
        memory, name = ox.Store(), "urn:x-plankg:memory"
        data = graph.serialize(format="nt", encoding="utf-8")
        memory.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(name))
        return named_graph(memory, name)

    gazetteer = load_gazetteer(settings.reference_dir)
    _ontology, reference = ontology_and_reference(read_fixed(settings))
    documents = [document_graph(read_path(path, gazetteer), gazetteer) for path in source_files([sources])]
    links = links_graph(reference, documents)
    assert len(links) > 100 and isomorphic(stored(LINKS_GRAPH), as_stored(links))
    successions = successions_graph(reference, documents, gazetteer)
    assert len(successions) > 20 and isomorphic(stored(SUCCESSIONS_GRAPH), as_stored(successions))
