"""The W3C SPARQL 1.1 Protocol test suite, replayed against the app.

The suite lives beside the project, in ../shared/conformance/sparql11-protocol/ (manifest.ttl and
its data files); it is read from there, never copied. Each mf:ProtocolTest entry is one test: its
ut:graphData files are loaded into a fresh in-memory store (each in the named graph given by its
rdfs:label), then its ht:Requests are sent in order and each answer is checked against
mf:expectedStatus (any of the listed classes), mf:expectedFormat and mf:expectedBoolean.

The public endpoint is read-only, so there the update tests cannot pass as written: see READ_ONLY
below. With the admin token (server.writes), every test passes as written, over a store in memory
and over a store on disk, where each update is a new generation (plankg.store.write_copy).
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import RDF, RDFS, Graph, Namespace
from rdflib.collection import Collection
from rdflib.term import Node

from plankg.settings import Limits, Settings
from plankg.store import StoreHandle, new_generation, publish
from server.app import create_app

from .conftest import HOME

SUITE = Path(__file__).parents[1].parent / "shared" / "conformance" / "sparql11-protocol"
MANIFEST = SUITE / "manifest.ttl"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
HTS = Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
RESULTS = "{http://www.w3.org/2005/sparql-results#}"

# The tests whose first request is a SPARQL update. Without the admin token the endpoint is
# read-only, so the update must be refused with a 4xx (403) and must not run. The follow-up
# requests check the update's effect; they are still sent, and must now answer the opposite
# boolean (the data the update would have written is absent). The bad_update_* tests expect a 4xx
# anyway and run unchanged.
READ_ONLY = {
    "update_dataset_default_graph": "CLEAR ALL + INSERT with using-graph-uri: refused with 4xx; "
    "the follow-up ASK finds no dc:BibliographicResource graph",
    "update_dataset_default_graphs": "DROP ALL + INSERT with two using-graph-uri: refused with 4xx; "
    "the data is still there and the follow-up ASK is false",
    "update_dataset_named_graphs": "DROP ALL + INSERT with using-named-graph-uri: refused with 4xx; "
    "the follow-up ASK is false",
    "update_dataset_full": "DROP ALL + INSERT with both using parameters: refused with 4xx; "
    "the follow-up ASK is false",
    "update_post_form": "update=CLEAR+ALL as a form: refused with 4xx (the suite expects 2xx); "
    "the store keeps its data",
    "update_post_direct": "CLEAR ALL as application/sparql-update: refused with 4xx "
    "(the suite expects 2xx); the store keeps its data",
    "update_base_uri": "INSERT DATA with a relative IRI: refused with 4xx; the follow-up ASK finds "
    "no graph, so the base IRI of updates is not tested here",
}
# These entries load no data, so a CLEAR ALL that slipped through would go unseen: for them the
# store also holds the suite's three data files, which must all still be there afterwards.
WITNESS = [(SUITE / f"data{n}.nt", f"http://kasei.us/2009/09/sparql/data/data{n}.rdf") for n in (1, 2, 3)]


@dataclass
class Expected:
    statuses: set[str]  # "2xx", "3xx", "4xx", ...
    format: str | None = None  # "boolean", "tabular" or "RDF"
    boolean: bool | None = None


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | None = None
    expected: Expected = field(default_factory=lambda: Expected(set()))


@dataclass
class Case:
    name: str
    graphs: list[tuple[Path, str]]  # (N-Triples file, graph IRI)
    requests: list[Request]


def _list(graph: Graph, head: Node | None) -> list[Node]:
    return list(Collection(graph, head)) if head is not None else []


def _one(graph: Graph, subject: Node, predicate: Node) -> Node:
    value = graph.value(subject, predicate)
    assert value is not None, f"{subject} has no {predicate}"
    return value


def load_cases() -> list[Case]:
    graph = Graph().parse(MANIFEST, format="turtle")
    manifest = graph.value(predicate=RDF.type, object=MF.Manifest)
    cases = []
    for entry in _list(graph, graph.value(manifest, MF.entries)):
        assert (entry, RDF.type, MF.ProtocolTest) in graph
        name = str(entry).rpartition("#")[2]
        graphs = [
            (SUITE / str(_one(graph, data, UT.graph)).rpartition("/")[2], str(_one(graph, data, RDFS.label)))
            for data in graph.objects(entry, UT.graphData)
        ]
        action = _one(graph, entry, MF.action)
        requests = []
        for node in _list(graph, graph.value(action, HT.requests)):
            path = str(_one(graph, node, HT.absolutePath))
            assert path.startswith("/sparql/")
            headers = {
                str(_one(graph, header, HT.fieldName)): str(_one(graph, header, HT.fieldValue))
                for header in _list(graph, graph.value(node, HT.headers))
            }
            body = None
            if (content := graph.value(node, HT.body)) is not None:
                encoding = str(graph.value(content, CNT.characterEncoding) or "UTF-8")
                body = str(_one(graph, content, CNT.chars)).encode(encoding)  # UTF-16 really as UTF-16
            response = _one(graph, node, HT.resp)
            statuses = {
                str(s).removeprefix(str(HTS)).removeprefix("StatusCode")
                for s in graph.objects(response, MF.expectedStatus)
            }
            expected_format = graph.value(response, MF.expectedFormat)
            expected_boolean = graph.value(response, MF.expectedBoolean)
            requests.append(
                Request(
                    method=str(_one(graph, node, HT.methodName)),
                    path="/sparql" + path.removeprefix("/sparql/"),
                    headers=headers,
                    body=body,
                    expected=Expected(
                        statuses,
                        str(expected_format) if expected_format is not None else None,
                        expected_boolean.toPython() if expected_boolean is not None else None,  # type: ignore[attr-defined]
                    ),
                )
            )
        cases.append(Case(name, graphs, requests))
    return cases


def _params() -> list:
    if not MANIFEST.is_file():
        reason = f"the W3C SPARQL 1.1 Protocol suite is not at {SUITE} (clone the project beside ../shared)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="suite-absent")]
    return [pytest.param(case, id=case.name) for case in load_cases()]


CASES = _params()


def load(store: ox.Store, graphs: list[tuple[Path, str]]) -> None:
    for path, graph_iri in graphs:
        graph = ox.NamedNode(graph_iri)
        store.extend(
            ox.Quad(quad.subject, quad.predicate, quad.object, graph)
            for quad in ox.parse(path=path, format=ox.RdfFormat.N_TRIPLES)
        )


def make_client(case: Case) -> tuple[TestClient, ox.Store]:
    store = ox.Store()
    load(store, case.graphs + (WITNESS if case.name in READ_ONLY else []))
    return TestClient(create_app(store_handle=StoreHandle(store=store))), store


ADMIN_TOKEN = "conformance-admin-token"


def admin_client(case: Case, kind: str, directory: Path) -> TestClient:
    """The app with the admin token, over the case's data in memory or in a store on disk."""
    settings = Settings(home=HOME, store=directory / "store").with_admin_token(ADMIN_TOKEN)
    if kind == "memory":
        store = ox.Store()
        load(store, case.graphs)
        return TestClient(create_app(settings, StoreHandle(store=store)))
    generation = new_generation(settings.store_path)
    store = ox.Store(str(generation))
    load(store, case.graphs)
    store.flush()
    del store
    publish(settings.store_path, generation)
    # one query worker: the queries run where they run when served, each over the generation in service
    return TestClient(create_app(settings.with_limits(Limits(query_workers=1))))


def status_class(status: int) -> str:
    return f"{status // 100}xx"


def media_type(response) -> str:
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def parse_boolean(response) -> bool:
    kind = media_type(response)
    if kind in ("application/sparql-results+json", "application/json"):
        value = json.loads(response.content)["boolean"]
        assert isinstance(value, bool)
        return value
    if kind in ("application/sparql-results+xml", "application/xml", "text/xml"):
        element = ET.fromstring(response.content).find(RESULTS + "boolean")
        assert element is not None and element.text in ("true", "false")
        return element.text == "true"
    raise AssertionError(f"a boolean result must be SPARQL JSON or XML, not {kind}")


def check_tabular(response) -> None:
    kind = media_type(response)
    if kind in ("application/sparql-results+json", "application/json"):
        data = json.loads(response.content)
        assert isinstance(data["head"]["vars"], list) and isinstance(data["results"]["bindings"], list)
    elif kind in ("application/sparql-results+xml", "application/xml", "text/xml"):
        root = ET.fromstring(response.content)
        assert root.find(RESULTS + "head") is not None and root.find(RESULTS + "results") is not None
    elif kind == "text/csv":
        rows = list(csv.reader(io.StringIO(response.content.decode("utf-8"), newline="")))
        assert rows and rows[0]
    elif kind == "text/tab-separated-values":
        header = response.content.decode("utf-8").split("\n")[0].split("\t")
        assert all(name.startswith("?") for name in header)
    else:
        raise AssertionError(f"tabular results must be SPARQL XML, JSON, CSV or TSV, not {kind}")


def check_rdf(response) -> None:
    rdf_format = ox.RdfFormat.from_media_type(media_type(response))
    assert rdf_format is not None, f"not an RDF media type: {media_type(response)}"
    list(ox.parse(response.content, format=rdf_format))  # raises SyntaxError if it does not parse


def send(client: TestClient, request: Request):
    return client.request(request.method, request.path, headers=request.headers, content=request.body)


def check(response, expected: Expected) -> None:
    assert status_class(response.status_code) in expected.statuses, (
        f"{response.status_code} not in {sorted(expected.statuses)}: {response.text[:500]}"
    )
    if expected.format == "boolean":
        value = parse_boolean(response)
        if expected.boolean is not None:
            assert value is expected.boolean
    elif expected.format == "tabular":
        check_tabular(response)
    elif expected.format == "RDF":
        check_rdf(response)
    elif expected.format is not None:
        raise AssertionError(f"unknown mf:expectedFormat {expected.format!r}")


@pytest.mark.parametrize("case", CASES)
def test_protocol(case: Case) -> None:
    client, store = make_client(case)
    if case.name in READ_ONLY:
        update, *follow_ups = case.requests
        before = set(store)
        assert len(before) == len(WITNESS)
        response = send(client, update)
        assert response.status_code == 403, response.text  # the read-only refusal, a 4xx
        assert set(store) == before
        count = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"})
        assert json.loads(count.content)["results"]["bindings"][0]["n"]["value"] == str(len(WITNESS))
        for request in follow_ups:
            # the update did not run, so what it would have written is absent
            assert request.expected.format == "boolean" and request.expected.boolean is True
            check(send(client, request), Expected(request.expected.statuses, "boolean", False))
        return
    for request in case.requests:
        check(send(client, request), request.expected)


@pytest.mark.parametrize("kind", ["memory", "disk"])
@pytest.mark.parametrize("case", CASES)
def test_protocol_with_the_admin_token(case: Case, kind: str, tmp_path: Path) -> None:
    with admin_client(case, kind, tmp_path) as client:
        for request in case.requests:
            authorised = Request(
                request.method,
                request.path,
                {**request.headers, "Authorization": f"Bearer {ADMIN_TOKEN}"},
                request.body,
                request.expected,
            )
            check(send(client, authorised), request.expected)


@pytest.mark.skipif(not MANIFEST.is_file(), reason=f"the suite is not at {SUITE}")
def test_read_only_list_names_exactly_the_update_tests() -> None:
    names = [case.name for case in load_cases()]
    assert len(names) == 34
    assert set(READ_ONLY) == {name for name in names if name.startswith("update_")}
