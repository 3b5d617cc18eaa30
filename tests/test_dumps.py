"""Dumps and their description: they reload to the same graph, and the VoID counts are true."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from plankg.settings import Settings
from server.app import create_app

VOID = Namespace("http://rdfs.org/ns/void#")
DCAT = Namespace("http://www.w3.org/ns/dcat#")
DATASET = URIRef("https://w3id.org/plankg/id/dataset/plankg")
ID = "https://w3id.org/plankg/id/"


@pytest.fixture(scope="module")
def exported(seed_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dumps")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg.cli",
            "export",
            "--store",
            str(seed_settings.store_path),
            "--out",
            str(out),
            "--base-url",
            "https://plans.example.org/",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return out


def graphs_of(dataset: Dataset) -> dict[str, Graph]:
    found: dict[str, Graph] = {}
    for context in dataset.graphs():
        if len(context):
            found[str(context.identifier)] = Graph() + context
    return found


def store_graphs(store: ox.Store) -> dict[str, Graph]:
    dataset = Dataset()
    dataset.parse(data=ox.serialize(store, format=ox.RdfFormat.N_QUADS), format="nquads")
    return graphs_of(dataset)


def test_n_quads_reload_into_an_empty_store_to_the_same_graphs(exported: Path, seed_store: ox.Store) -> None:
    empty = ox.Store()
    empty.load(path=exported / "plankg.nq", format=ox.RdfFormat.N_QUADS)
    assert len(empty) == len(seed_store)
    reloaded, original = store_graphs(empty), store_graphs(seed_store)
    assert reloaded.keys() == original.keys()
    assert all(isomorphic(reloaded[name], original[name]) for name in original)


def test_turtle_and_json_ld_hold_the_same_data(exported: Path, seed_store: ox.Store) -> None:
    turtle = Graph().parse(exported / "plankg.ttl", format="turtle")
    union = Graph()
    for graph in store_graphs(seed_store).values():
        union += graph
    assert isomorphic(turtle, union)
    json_ld = Dataset()
    json_ld.parse(exported / "plankg.jsonld", format="json-ld")
    from_json = graphs_of(json_ld)
    original = store_graphs(seed_store)
    assert from_json.keys() == original.keys()
    assert all(isomorphic(from_json[name], original[name]) for name in original)


def test_the_description_counts_what_the_dumps_hold(exported: Path) -> None:
    void = Graph().parse(exported / "void.ttl", format="turtle")
    turtle = Graph().parse(exported / "plankg.ttl", format="turtle")
    assert void.value(DATASET, VOID.triples) == Literal(len(turtle))
    assert void.value(DATASET, VOID.properties) == Literal(len(set(turtle.predicates())))
    assert void.value(DATASET, VOID.distinctSubjects) == Literal(len(set(turtle.subjects())))
    entities = {s for s in turtle.subjects() if str(s).startswith(ID)}
    assert void.value(DATASET, VOID.entities) == Literal(len(entities))
    for partition in void.objects(DATASET, VOID.classPartition):
        cls = void.value(partition, VOID["class"])
        assert void.value(partition, VOID.entities) == Literal(len(set(turtle.subjects(RDF.type, cls)))), cls
    total = sum(int(void.value(p, VOID.triples)) for p in void.objects(DATASET, VOID.propertyPartition))  # type: ignore[arg-type]
    assert total == len(turtle)
    for distribution in void.objects(DATASET, DCAT.distribution):
        url = str(void.value(distribution, DCAT.downloadURL))
        assert url.startswith("https://plans.example.org/dumps/")
        size = (exported / url.rsplit("/", 1)[-1]).stat().st_size
        assert void.value(distribution, DCAT.byteSize).toPython() == size  # type: ignore[union-attr]
    sources = set(void.objects(DATASET, URIRef("http://purl.org/dc/terms/source")))
    assert sources == set(turtle.subjects(RDF.type, URIRef("https://w3id.org/plankg/def#SourceDocument")))
    assert void.value(DATASET, URIRef("http://purl.org/dc/terms/license")) == URIRef(
        "https://creativecommons.org/licenses/by/4.0/"
    )
    assert void.value(DATASET, VOID.sparqlEndpoint) == URIRef("https://plans.example.org/sparql")
    (service,) = void.subjects(RDF.type, DCAT.DataService)
    assert void.value(service, DCAT.servesDataset) == DATASET


def test_the_server_gives_the_dumps_and_describes_them(seed_settings: Settings, exported: Path) -> None:
    client = TestClient(create_app(seed_settings))
    index = client.get("/dumps/?lang=en")
    assert index.status_code == 200 and "plankg.nq" in index.text and "CC BY 4.0" in index.text
    response = client.get("/.well-known/void")
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    void = Graph().parse(data=response.text, format="turtle")
    assert void.value(DATASET, VOID.sparqlEndpoint) == URIRef("http://testserver/sparql")
    for url in void.objects(DATASET, VOID.dataDump):
        download = client.get(str(url).removeprefix("http://testserver"))
        assert download.status_code == 200, url
    served = client.get("/dumps/plankg.ttl")
    assert isomorphic(
        Graph().parse(data=served.text, format="turtle"), Graph().parse(exported / "plankg.ttl")
    )
    json_ld = client.get("/.well-known/void", headers={"Accept": "application/ld+json"})
    assert json_ld.headers["content-type"] == "application/ld+json"
    assert isomorphic(Graph().parse(data=json_ld.text, format="json-ld"), void)
    assert client.get("/dumps/store.db").status_code == 404
    assert client.get("/dumps/..%2F..%2Fpyproject.toml").status_code == 404


def test_the_dumps_state_their_licence_and_sources(exported: Path) -> None:
    turtle = Graph().parse(exported / "plankg.ttl", format="turtle")
    dct = Namespace("http://purl.org/dc/terms/")
    assert turtle.value(DATASET, dct.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    documents = set(turtle.subjects(RDF.type, URIRef("https://w3id.org/plankg/def#SourceDocument")))
    assert len(documents) == 5 and set(turtle.objects(DATASET, dct.source)) == documents
    prov = Namespace("http://www.w3.org/ns/prov#")
    assert set(turtle.objects(DATASET, prov.wasDerivedFrom)) == documents
    nquads = Dataset()
    nquads.parse(exported / "plankg.nq", format="nquads")
    assert (DATASET, dct.license, None, URIRef("https://w3id.org/plankg/graph/dataset")) in nquads


def test_the_triples_counted_without_the_turtle_dump_are_those_it_holds(
    seed_store: ox.Store, tmp_path: Path
) -> None:
    """Without plankg.ttl the distinct triples are counted by a query of the same union."""
    from plankg.export import write_dumps

    with_turtle = write_dumps(seed_store, tmp_path / "all")
    without = write_dumps(seed_store, tmp_path / "nq", formats=("nq",))
    assert without.triples == with_turtle.triples > 1000
