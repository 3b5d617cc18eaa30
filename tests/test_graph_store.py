"""The SPARQL 1.1 Graph Store HTTP Protocol at /rdf-graph-store, with the admin token.

``test_the_w3c_graph_store_tests_in_order`` restates the W3C Graph Store Protocol test suite
(rdf-tests, sparql/sparql11/http-rdf-update: its 19 requests, in its order, over one store), with
``$HOST$`` the test server and ``$GRAPHSTORE$`` /rdf-graph-store. Three requests are restated where
the suite's manifest contradicts itself, each noted where it is made: "graph already in store"
names ``person/1`` where the graph made before is ``person/1.ttl``; "mismatched payload" declares
``text/turtle`` for a body that is Turtle; "DELETE - existing graph" deletes ``person/2.ttl``,
which no request before made. And the payloads of "POST - existing graph" and of both parts of
"POST - multipart/form-data" end their one statement without the "." that Turtle requires
(Turtle §6.5, ``triples '.'``): they are sent here with it; as written they are refused with a 400
naming the end of the payload (``test_a_statement_without_its_final_dot_is_refused``). It runs
over a store in memory and over a store on disk, where each write is a new generation.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph
from rdflib.compare import isomorphic

from plankg.settings import Limits, Settings
from plankg.store import StoreHandle, new_generation, publish
from server.app import create_app

from .conftest import HOME

TOKEN = "graph-store-admin-token"
ADMIN = {"Authorization": f"Bearer {TOKEN}"}
TURTLE = {"Content-Type": "text/turtle; charset=utf-8"}
STORE = "/rdf-graph-store"
BASE = "http://testserver"
PREFIXES = "@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n@prefix v: <http://www.w3.org/2006/vcard/ns#> .\n"
PERSON = f"<{BASE}{STORE}/person/1>"
JOHN = f'{PREFIXES}{PERSON} a foaf:Person; foaf:businessCard [ a v:VCard; v:fn "John Doe" ].'
JANE = f'{PREFIXES}{PERSON} a foaf:Person; foaf:businessCard [ a v:VCard; v:fn "Jane Doe" ].'
ALICE = f'{PREFIXES}[] a foaf:Person; foaf:businessCard [ a v:VCard; v:given-name "Alice" ] .'
NAME = f'@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n{PERSON} foaf:name "Jane Doe"'
BOUNDARY = "a6fe4cd636164618814be9f8d3d1a0de"
MULTIPART = "\n".join(
    [
        f"--{BOUNDARY}",
        'Content-Disposition: form-data; name="lastName.ttl"; filename="lastName.ttl"',
        "Content-Type: text/turtle; charset=utf-8",
        "",
        f'@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n{PERSON} foaf:familyName "Doe" .',
        "",
        f"--{BOUNDARY}",
        'Content-Disposition: form-data; name="firstName.ttl"; filename="firstName.ttl"',
        "Content-Type: text/turtle; charset=utf-8",
        "",
        f'@prefix foaf: <http://xmlns.com/foaf/0.1/> .\n{PERSON} foaf:givenName "Jane" .',
        "",
        f"--{BOUNDARY}--",
        "",
    ]
)


@pytest.fixture(params=["memory", "disk"])
def client(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TestClient]:
    settings = Settings(home=HOME, store=tmp_path / "store").with_admin_token(TOKEN)
    if request.param == "memory":
        app = create_app(settings, StoreHandle(store=ox.Store()))
    else:
        generation = new_generation(settings.store_path)
        ox.Store(str(generation)).flush()  # an empty store, published
        publish(settings.store_path, generation)
        app = create_app(settings.with_limits(Limits(query_workers=0)))
    with TestClient(app) as served:
        yield served


def same_graph(response: httpx.Response, turtle: str) -> bool:
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/turtle")
    return isomorphic(
        Graph().parse(data=response.text, format="turtle"), Graph().parse(data=turtle, format="turtle")
    )


def test_the_w3c_graph_store_tests_in_order(client: TestClient) -> None:
    accept = {"Accept": "text/turtle"}
    # PUT - Initial state; GET of PUT - Initial state (the graph named indirectly, by a relative IRI)
    assert client.put(f"{STORE}/person/1.ttl", content=JOHN, headers={**TURTLE, **ADMIN}).status_code == 201
    assert same_graph(client.get(STORE, params={"graph": f"{STORE}/person/1.ttl"}, headers=accept), JOHN)
    # PUT - graph already in store (restated: person/1.ttl, the graph made just before); its GET
    assert client.put(f"{STORE}/person/1.ttl", content=JANE, headers={**TURTLE, **ADMIN}).status_code == 204
    assert same_graph(client.get(f"{STORE}/person/1.ttl", headers=accept), JANE)
    # PUT - default graph; GET of PUT - default graph
    assert client.put(f"{STORE}?default", content=ALICE, headers={**TURTLE, **ADMIN}).status_code == 201
    assert same_graph(client.get(f"{STORE}?default", headers=accept), ALICE)
    # PUT - mismatched payload (restated: Turtle declared as RDF/XML): 400, and nothing changed
    mismatched = client.put(
        f"{STORE}?default", content=JANE, headers={"Content-Type": "application/rdf+xml", **ADMIN}
    )
    assert mismatched.status_code == 400 and "not valid" in mismatched.text
    assert same_graph(client.get(f"{STORE}?default", headers=accept), ALICE)
    # DELETE - existing graph (restated: person/2.ttl made first); GET of it; DELETE - non-existent
    assert client.put(f"{STORE}/person/2.ttl", content=JOHN, headers={**TURTLE, **ADMIN}).status_code == 201
    assert client.delete(f"{STORE}/person/2.ttl", headers=ADMIN).status_code == 200
    assert client.get(f"{STORE}/person/2.ttl", headers=accept).status_code == 404
    assert client.delete(f"{STORE}/person/2.ttl", headers=ADMIN).status_code == 404
    # POST - existing graph; GET of it
    name = NAME + " .\n"  # restated: with the final "."
    assert client.post(f"{STORE}/person/1.ttl", content=name, headers={**TURTLE, **ADMIN}).status_code == 200
    jane_named = JANE + f'\n{PERSON} foaf:name "Jane Doe" .'
    assert same_graph(client.get(f"{STORE}/person/1.ttl", headers=accept), jane_named)
    # POST - multipart/form-data; GET of it
    multipart = {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}", **ADMIN}
    assert client.post(f"{STORE}/person/1.ttl", content=MULTIPART, headers=multipart).status_code == 200
    full = jane_named + f'\n{PERSON} foaf:givenName "Jane"; foaf:familyName "Doe" .'
    assert same_graph(client.get(f"{STORE}/person/1.ttl", headers=accept), full)
    # POST - create new graph: 201 and its IRI in Location; GET of it; GET after a no-op
    created = client.post(STORE, content=ALICE, headers={**TURTLE, **ADMIN})
    assert created.status_code == 201
    new_path = created.headers["location"]
    assert new_path.startswith(f"{BASE}{STORE}/new/")
    assert same_graph(client.get(new_path, headers=accept), ALICE)
    assert same_graph(client.get(new_path, headers=accept), ALICE)
    # HEAD on an existing graph; HEAD on a non-existing graph
    head = client.head(f"{STORE}/person/1.ttl")
    assert (
        head.status_code == 200
        and head.headers["content-type"].startswith("text/turtle")
        and not head.content
    )
    assert client.head(f"{STORE}/person/4.ttl").status_code == 404


@pytest.mark.parametrize(
    ("method", "path", "headers", "status"),
    [
        ("PUT", f"{STORE}/person/9.ttl", TURTLE, 401),
        ("PUT", f"{STORE}/person/9.ttl", {**TURTLE, "Authorization": "Bearer guess"}, 401),
        ("POST", STORE, TURTLE, 401),
        ("DELETE", f"{STORE}?default", {}, 401),
        ("PUT", f"{STORE}?graph=x&default", {**TURTLE, **ADMIN}, 400),
        ("PUT", f"{STORE}/person/9.ttl", {"Content-Type": "application/n-quads", **ADMIN}, 415),
        ("PUT", f"{STORE}/person/9.ttl", ADMIN, 415),
        ("PUT", f"{STORE}/person/9.ttl?graph=x", {**TURTLE, **ADMIN}, 400),
        ("GET", STORE, {}, 400),
        ("GET", f"{STORE}?default&x=1", {}, 400),
    ],
)
def test_what_the_graph_store_refuses(
    client: TestClient, method: str, path: str, headers: dict[str, str], status: int
) -> None:
    answer = client.request(method, path, content=JOHN, headers=headers)
    assert answer.status_code == status, answer.text
    if status == 401:
        assert answer.headers["www-authenticate"].startswith("Bearer")
    assert client.get(f"{STORE}/person/9.ttl").status_code == 404


def test_reads_are_public_and_writes_read_only_without_a_token(tmp_path: Path) -> None:
    store = ox.Store()
    graph = ox.NamedNode(f"{BASE}{STORE}/person/1.ttl")
    store.add(ox.Quad(ox.NamedNode(f"{BASE}/s"), ox.NamedNode(f"{BASE}/p"), ox.Literal("o"), graph))
    settings = Settings(home=HOME, store=tmp_path / "unused").with_admin_token(None)
    with TestClient(create_app(settings, StoreHandle(store=store))) as client:
        read = client.get(f"{STORE}/person/1.ttl", headers={"Accept": "application/n-triples"})
        write = client.delete(f"{STORE}/person/1.ttl", headers=ADMIN)
    assert read.status_code == 200 and read.text == f'<{BASE}/s> <{BASE}/p> "o" .\n'
    assert write.status_code == 403 and "read-only" in write.text
    assert len(store) == 1


def test_a_statement_without_its_final_dot_is_refused(client: TestClient) -> None:
    """The suite's "POST - existing graph" payload as written: not Turtle, so nothing is added."""
    assert client.put(f"{STORE}/person/1.ttl", content=JOHN, headers={**TURTLE, **ADMIN}).status_code == 201
    answer = client.post(f"{STORE}/person/1.ttl", content=NAME + "\n", headers={**TURTLE, **ADMIN})
    assert answer.status_code == 400
    assert "the payload is not valid Turtle" in answer.text and "line 3" in answer.text.lower()
    assert same_graph(client.get(f"{STORE}/person/1.ttl", headers={"Accept": "text/turtle"}), JOHN)
