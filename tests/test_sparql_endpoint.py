"""/sparql against an in-memory store: the SPARQL 1.1 Protocol, result formats and status codes.

Bodies are parsed (JSON, XML, CSV, TSV, RDF) and compared as data, never as strings.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from urllib.parse import quote

import pyoxigraph as ox
import pytest
import rdflib
from fastapi.testclient import TestClient

from plankg.settings import Limits
from plankg.sparql_text import keywords
from plankg.store import StoreHandle
from server.app import create_app

PK = "https://w3id.org/plankg/def#"
ID = "https://w3id.org/plankg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
DCT_ISSUED = "http://purl.org/dc/terms/issued"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
SD = "http://www.w3.org/ns/sparql-service-description#"
RESULTS = "{http://www.w3.org/2005/sparql-results#}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

G1 = "https://w3id.org/plankg/graph/test/one"
G2 = "https://w3id.org/plankg/graph/test/two"
PLAN_A = ID + "plan/a"
PLAN_B = ID + "plan/b"

FORM = "application/x-www-form-urlencoded"
DIRECT = "application/sparql-query"

QUADS: list[tuple[str, str, ox.NamedNode | ox.Literal, str]] = [
    (PLAN_A, RDF_TYPE, ox.NamedNode(PK + "Plan"), G1),
    (PLAN_A, RDFS_LABEL, ox.Literal("Kế hoạch A", language="vi"), G1),
    (PLAN_A, DCT_ISSUED, ox.Literal("2025-03-01", datatype=ox.NamedNode(XSD_DATE)), G1),
    (PLAN_B, RDF_TYPE, ox.NamedNode(PK + "Plan"), G2),
    (PLAN_B, PK + "implements", ox.NamedNode(PLAN_A), G2),
    (PLAN_B, RDFS_LABEL, ox.Literal("Plan B", language="en"), G2),
]

LABELS = f"SELECT ?plan ?label WHERE {{ ?plan <{RDFS_LABEL}> ?label }} ORDER BY ?plan"
# The expected rows of LABELS and ISSUED, as (type, value, language or datatype) per variable.
LABEL_ROWS = [
    {"plan": ("uri", PLAN_A, None), "label": ("literal", "Kế hoạch A", "vi")},
    {"plan": ("uri", PLAN_B, None), "label": ("literal", "Plan B", "en")},
]
ISSUED = f"SELECT ?plan ?issued WHERE {{ ?plan <{DCT_ISSUED}> ?issued }}"
ISSUED_ROWS = [{"plan": ("uri", PLAN_A, None), "issued": ("literal", "2025-03-01", XSD_DATE)}]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def make_store() -> ox.Store:
    store = ox.Store()
    for s, p, o, g in QUADS:
        store.add(ox.Quad(ox.NamedNode(s), ox.NamedNode(p), o, ox.NamedNode(g)))
    return store


@pytest.fixture
def store() -> ox.Store:
    return make_store()


@pytest.fixture
def client(store: ox.Store) -> TestClient:
    return TestClient(create_app(store_handle=StoreHandle(store=store)))


# --- parsing the result formats -------------------------------------------------------------------


def rows_from_json(body: bytes) -> list[dict]:
    data = json.loads(body)
    rows = []
    for binding in data["results"]["bindings"]:
        rows.append(
            {
                name: (term["type"], term["value"], term.get("xml:lang") or term.get("datatype"))
                for name, term in binding.items()
            }
        )
    return rows


def rows_from_xml(body: bytes) -> list[dict]:
    root = ET.fromstring(body)
    rows = []
    for result in root.iter(RESULTS + "result"):
        row = {}
        for binding in result.findall(RESULTS + "binding"):
            (term,) = list(binding)
            kind = term.tag.removeprefix(RESULTS)
            extra = term.get(XML_LANG) or term.get("datatype")
            row[binding.get("name")] = ("uri" if kind == "uri" else kind, term.text, extra)
        rows.append(row)
    return rows


def boolean_from_json(body: bytes) -> bool:
    return json.loads(body)["boolean"]


def boolean_from_xml(body: bytes) -> bool:
    element = ET.fromstring(body).find(RESULTS + "boolean")
    assert element is not None
    return element.text == "true"


def rows_from_csv(body: bytes) -> list[dict]:
    return list(csv.DictReader(io.StringIO(body.decode("utf-8"), newline="")))


def rows_from_tsv(body: bytes) -> tuple[list[str], list[list[str]]]:
    lines = body.decode("utf-8").rstrip("\n").split("\n")
    return lines[0].split("\t"), [line.split("\t") for line in lines[1:]]


def triples(body: bytes, media_type: str) -> set[ox.Triple]:
    return {quad.triple for quad in ox.parse(body, format=ox.RdfFormat.from_media_type(media_type))}


def get(client: TestClient, query: str, accept: str | None = None, /, **params: str | list[str]):
    headers = {"Accept": accept} if accept else {}
    return client.get("/sparql", params={"query": query, **params}, headers=headers)


def expected_triples(graph: str | None = None) -> set[ox.Triple]:
    return {
        ox.Triple(ox.NamedNode(s), ox.NamedNode(p), o) for s, p, o, g in QUADS if graph is None or g == graph
    }


# --- results in every format -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "content_type", "parse"),
    [
        (None, "application/sparql-results+json", rows_from_json),
        ("application/sparql-results+json", "application/sparql-results+json", rows_from_json),
        ("application/json", "application/json", rows_from_json),
        ("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8", rows_from_xml),
        ("application/xml", "application/xml; charset=utf-8", rows_from_xml),
        ("text/xml", "text/xml; charset=utf-8", rows_from_xml),
    ],
)
def test_select_results_keep_language_tags_and_datatypes(client, accept, content_type, parse):
    response = get(client, LABELS, accept)
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    assert response.headers["vary"] == "Accept"
    assert parse(response.content) == LABEL_ROWS
    assert parse(get(client, ISSUED, accept).content) == ISSUED_ROWS


def test_select_csv(client):
    response = get(client, LABELS, "text/csv")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    # SPARQL 1.1 CSV: plain lexical forms, no language tags or datatypes (by the format's design)
    assert rows_from_csv(response.content) == [
        {"plan": PLAN_A, "label": "Kế hoạch A"},
        {"plan": PLAN_B, "label": "Plan B"},
    ]


def test_select_tsv_keeps_language_tags_and_datatypes(client):
    response = get(client, LABELS, "text/tab-separated-values")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/tab-separated-values; charset=utf-8"
    header, rows = rows_from_tsv(response.content)
    assert header == ["?plan", "?label"]
    assert rows == [[f"<{PLAN_A}>", '"Kế hoạch A"@vi'], [f"<{PLAN_B}>", '"Plan B"@en']]
    _, rows = rows_from_tsv(get(client, ISSUED, "text/tab-separated-values").content)
    assert rows == [[f"<{PLAN_A}>", f'"2025-03-01"^^<{XSD_DATE}>']]


@pytest.mark.parametrize(
    ("accept", "parse"),
    [(None, boolean_from_json), ("application/sparql-results+xml", boolean_from_xml)],
)
def test_ask(client, accept, parse):
    yes = get(client, f"ASK {{ <{PLAN_B}> <{PK}implements> <{PLAN_A}> }}", accept)
    no = get(client, f"ASK {{ <{PLAN_A}> <{PK}implements> <{PLAN_B}> }}", accept)
    assert (yes.status_code, no.status_code) == (200, 200)
    assert (parse(yes.content), parse(no.content)) == (True, False)


@pytest.mark.parametrize("accept", ["text/csv", "text/tab-separated-values"])
def test_ask_has_no_csv_or_tsv(client, accept):
    response = get(client, "ASK {}", accept)
    assert response.status_code == 406
    assert "application/sparql-results+json" in response.text
    assert "text/csv" not in response.text


@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        (None, "text/turtle; charset=utf-8"),
        ("text/turtle", "text/turtle; charset=utf-8"),
        ("application/n-triples", "application/n-triples; charset=utf-8"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml; charset=utf-8"),
    ],
)
@pytest.mark.parametrize("form", ["CONSTRUCT WHERE { ?s ?p ?o }", f"DESCRIBE <{PLAN_A}> <{PLAN_B}>"])
def test_graph_results(client, form, accept, content_type):
    response = get(client, form, accept)
    assert response.status_code == 200
    assert response.headers["content-type"] == content_type
    media_type = content_type.split(";")[0]
    assert triples(response.content, media_type) == expected_triples()


def test_graph_results_parse_with_rdflib(client):
    # a second parser, for the language tag and the datatype
    response = get(client, f"CONSTRUCT WHERE {{ <{PLAN_A}> ?p ?o }}", "text/turtle")
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    a = rdflib.URIRef(PLAN_A)
    assert graph.value(a, rdflib.RDFS.label) == rdflib.Literal("Kế hoạch A", lang="vi")
    assert graph.value(a, rdflib.DCTERMS.issued) == rdflib.Literal("2025-03-01", datatype=rdflib.XSD.date)


def test_graph_results_not_acceptable(client):
    response = get(client, "CONSTRUCT WHERE { ?s ?p ?o }", "application/sparql-results+json")
    assert response.status_code == 406
    assert response.headers["vary"] == "Accept"
    for media_type in ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"):
        assert media_type in response.text


# --- the dataset -------------------------------------------------------------------------------------


def plans_in_default_graph(client, query_suffix: str = "", /, **params: str | list[str]) -> set[str]:
    query = f"SELECT ?plan {query_suffix} WHERE {{ ?plan a <{PK}Plan> }}"
    response = get(client, query, **params)
    assert response.status_code == 200, response.text
    return {row["plan"][1] for row in rows_from_json(response.content)}


def test_default_graph_is_the_union_of_named_graphs(client):
    assert plans_in_default_graph(client) == {PLAN_A, PLAN_B}


def test_from_in_the_query_is_respected(client):
    # regression: pyoxigraph's use_default_graph_as_union also overrides FROM, so it is set only
    # when neither the request nor the query gives a dataset
    assert plans_in_default_graph(client, f"FROM <{G2}>") == {PLAN_B}
    assert plans_in_default_graph(client, f"from <{G1}>") == {PLAN_A}
    # FROM NAMED alone: the default graph is empty (SPARQL 1.1 Query §13.2)
    assert plans_in_default_graph(client, f"FROM NAMED <{G1}>") == set()


def test_default_graph_uri(client):
    assert plans_in_default_graph(client, **{"default-graph-uri": G1}) == {PLAN_A}
    assert plans_in_default_graph(client, **{"default-graph-uri": [G1, G2]}) == {PLAN_A, PLAN_B}


def test_default_graph_uri_overrides_from(client):
    # SPARQL 1.1 Protocol §2.1.4
    assert plans_in_default_graph(client, f"FROM <{G2}>", **{"default-graph-uri": G1}) == {PLAN_A}


def test_named_graph_uri(client):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = get(client, query, **{"named-graph-uri": G2})
    assert {row["g"][1] for row in rows_from_json(response.content)} == {G2}
    # with only named graphs given, the default graph is empty
    assert plans_in_default_graph(client, **{"named-graph-uri": G2}) == set()
    # without dataset parameters every named graph is available
    response = get(client, query)
    assert {row["g"][1] for row in rows_from_json(response.content)} == {G1, G2}


def test_post_form_merges_dataset_parameters_from_url_and_body(client):
    query = f"SELECT ?plan WHERE {{ ?plan a <{PK}Plan> }}"
    body = f"query={quote(query, safe='')}&default-graph-uri={quote(G2, safe='')}"
    response = client.post(
        f"/sparql?default-graph-uri={quote(G1, safe='')}", content=body, headers={"Content-Type": FORM}
    )
    assert response.status_code == 200, response.text
    assert {row["plan"][1] for row in rows_from_json(response.content)} == {PLAN_A, PLAN_B}
    only_url = client.post(
        f"/sparql?default-graph-uri={quote(G1, safe='')}",
        content=f"query={quote(query, safe='')}",
        headers={"Content-Type": FORM},
    )
    assert {row["plan"][1] for row in rows_from_json(only_url.content)} == {PLAN_A}


def test_post_direct_takes_the_dataset_from_the_url(client):
    query = f"SELECT ?plan WHERE {{ ?plan a <{PK}Plan> }}"
    response = client.post(
        f"/sparql?default-graph-uri={quote(G2, safe='')}",
        content=query.encode(),
        headers={"Content-Type": f"{DIRECT}; charset=UTF-8"},
    )
    assert response.status_code == 200, response.text
    assert {row["plan"][1] for row in rows_from_json(response.content)} == {PLAN_B}


def test_form_body_is_decoded_once(client):
    # "%2B" is a plus sign in the query; decoding twice would turn it into a space
    query = 'SELECT ?x WHERE { BIND("a+b c" AS ?x) }'
    body = "query=" + quote(query, safe="").replace("%20", "+")
    response = client.post("/sparql", content=body, headers={"Content-Type": FORM, "Accept": "text/csv"})
    assert response.status_code == 200, response.text
    assert rows_from_csv(response.content) == [{"x": "a+b c"}]


def test_utf8_query_by_every_method(client):
    query = f'SELECT ?plan WHERE {{ ?plan <{RDFS_LABEL}> "Kế hoạch A"@vi }}'
    expected = [{"plan": ("uri", PLAN_A, None)}]
    assert rows_from_json(get(client, query).content) == expected
    form = client.post("/sparql", content="query=" + quote(query), headers={"Content-Type": FORM})
    assert rows_from_json(form.content) == expected
    direct = client.post("/sparql", content=query.encode("utf-8"), headers={"Content-Type": DIRECT})
    assert rows_from_json(direct.content) == expected


def test_relative_iris_resolve_against_the_endpoint(client):
    response = get(client, "SELECT ?x WHERE { BIND(<plans> AS ?x) }")
    assert rows_from_json(response.content) == [{"x": ("uri", "http://testserver/plans", None)}]


# --- the service description -------------------------------------------------------------------------


def test_service_description(client):
    response = client.get("/sparql")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    assert response.headers["vary"] == "Accept"
    graph = rdflib.Graph().parse(data=response.text, format="turtle")
    sd = rdflib.Namespace(SD)
    service = graph.value(predicate=rdflib.RDF.type, object=sd.Service)
    assert service is not None
    assert graph.value(service, sd.endpoint) == rdflib.URIRef("http://testserver/sparql")
    assert graph.value(service, sd.supportedLanguage) == sd.SPARQL11Query
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph
    formats = set(graph.objects(service, sd.resultFormat))
    assert formats == {
        rdflib.URIRef("http://www.w3.org/ns/formats/" + name)
        for name in (
            "SPARQL_Results_JSON",
            "SPARQL_Results_XML",
            "SPARQL_Results_CSV",
            "SPARQL_Results_TSV",
            "Turtle",
            "N-Triples",
            "JSON-LD",
            "RDF_XML",
        )
    }
    titles = set(graph.objects(service, rdflib.DCTERMS.title))
    assert {getattr(title, "language", None) for title in titles} == {"en", "vi"}
    dataset = graph.value(service, sd.defaultDataset)
    assert graph.value(dataset, sd.defaultGraph) is not None
    names = {graph.value(named, sd.name) for named in graph.objects(dataset, sd.namedGraph)}
    assert names == {rdflib.URIRef(G1), rdflib.URIRef(G2)}


@pytest.mark.parametrize(
    "media_type", ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
)
def test_service_description_formats(client, media_type):
    response = client.get("/sparql", headers={"Accept": media_type})
    assert response.status_code == 200
    assert response.headers["content-type"].split(";")[0] == media_type
    graph = triples(response.content, media_type)
    endpoints = {t.object for t in graph if t.predicate == ox.NamedNode(SD + "endpoint")}
    assert endpoints == {ox.NamedNode("http://testserver/sparql")}


def test_service_description_not_acceptable(client):
    assert client.get("/sparql", headers={"Accept": "text/csv"}).status_code == 406


# --- status codes -------------------------------------------------------------------------------------


def assert_error(response, status: int, *fragments: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "text/plain; charset=utf-8"
    assert response.headers["vary"] == "Accept"
    for fragment in fragments:
        assert fragment in response.text


def test_400_syntax_error_returns_the_parser_message(client):
    response = get(client, "ASK {")
    assert_error(response, 400, "error at 1:6")
    direct = client.post("/sparql", content=b"SELECT * WHERE {", headers={"Content-Type": DIRECT})
    assert_error(direct, 400, "error at")


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("/sparql?default-graph-uri=" + quote(G1, safe=""), "Missing 'query'"),
        ("/sparql?query=", "error at"),  # an empty query is a syntax error
        ("/sparql?query=ASK%20%7B%7D&query=SELECT%20%2A%20%7B%7D", "repeated"),
        ("/sparql?query=ASK%20%7B%7D&update=CLEAR%20ALL", "not both"),
        ("/sparql?query=%C3%28", "not valid UTF-8"),
        ("/sparql?query=ASK%20%7B%7D&default-graph-uri=not%20an%20iri", "Invalid IRI"),
        ("/sparql?query=ASK%20%7B%7D&named-graph-uri=relative", "Invalid IRI"),
    ],
)
def test_400_get(client, url, fragment):
    assert_error(client.get(url), 400, fragment)


@pytest.mark.parametrize(
    ("content_type", "body", "fragment"),
    [
        (FORM, b"default-graph-uri=x", "Missing 'query'"),
        (FORM, b"ASK {}", "Missing 'query'"),  # a raw query sent as a form
        (FORM, b"query=ASK%20%7B%7D&query=ASK%20%7B%7D", "repeated"),
        (FORM, b"query=ASK%20%7B%7D&update=CLEAR%20ALL", "not both"),
        (FORM, b"update=CLEAR%20ALL&update=CLEAR%20ALL", "repeated"),
        (FORM, b"query=%FF", "not valid UTF-8"),
        (FORM, b"query=\xff", "not valid UTF-8"),
        (DIRECT, b"ASK { \xff }", "not valid UTF-8"),
    ],
)
def test_400_post(client, content_type, body, fragment):
    assert_error(client.post("/sparql", content=body, headers={"Content-Type": content_type}), 400, fragment)


def test_400_query_in_the_url_of_a_post(client):
    response = client.post("/sparql?query=ASK%20%7B%7D", content=b"ASK {}", headers={"Content-Type": DIRECT})
    assert_error(response, 400, "goes in the body")


def test_400_malformed_accept(client):
    assert_error(get(client, "ASK {}", "text/csv;q=2"), 400, "q must be 0 to 1")


@pytest.mark.parametrize(
    "send",
    [
        lambda c: c.post("/sparql", content=b"update=CLEAR+ALL", headers={"Content-Type": FORM}),
        lambda c: c.post(
            "/sparql", content=b"CLEAR ALL", headers={"Content-Type": "application/sparql-update"}
        ),
        lambda c: c.get("/sparql?update=CLEAR%20ALL"),
        lambda c: c.post(
            "/sparql",
            content=f"INSERT DATA {{ GRAPH <{G1}> {{ <{PLAN_A}> <{PK}x> 1 }} }}".encode(),
            headers={"Content-Type": "application/sparql-update; charset=UTF-8"},
        ),
        lambda c: c.post(
            "/sparql",
            content=b"update=" + quote(f"INSERT DATA {{ <{PLAN_A}> <{PK}x> 1 }}").encode(),
            headers={"Content-Type": FORM},
        ),
    ],
)
def test_403_updates_are_refused_and_not_run(client, store, send):
    before = len(store)
    assert_error(send(client), 403, "read-only")
    assert len(store) == before
    count = rows_from_json(get(client, COUNT).content)
    assert count[0]["n"][1] == str(len(QUADS))


def test_403_service(client):
    response = get(client, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    assert_error(response, 403, "SERVICE")


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"])
def test_405_other_methods(client, method):
    response = client.request(method, "/sparql?query=ASK%20%7B%7D", headers={"Content-Type": FORM})
    assert_error(response, 405, method)
    assert response.headers["allow"] == "GET, HEAD, POST"


def test_406_lists_what_is_offered(client):
    response = get(client, LABELS, "text/html")
    assert_error(response, 406, "application/sparql-results+json", "text/csv", "text/tab-separated-values")


def test_413_body_too_large(client):
    too_large = b" " * (Limits().body_bytes + 1)
    response = client.post("/sparql", content=too_large, headers={"Content-Type": DIRECT})
    assert_error(response, 413)


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({}, b"query=ASK%20%7B%7D"),  # no Content-Type
        ({}, b"ASK {}"),
        ({"Content-Type": "text/plain"}, b"ASK {}"),
        ({"Content-Type": "application/json"}, b'{"query": "ASK {}"}'),
        ({"Content-Type": "multipart/form-data; boundary=x"}, b"--x--"),
        ({"Content-Type": "not a media type"}, b"ASK {}"),
        ({"Content-Type": f"{DIRECT}; charset=UTF-16"}, "ASK {}".encode("utf-16")),
        ({"Content-Type": f"{FORM}; charset=ISO-8859-1"}, b"query=ASK%20%7B%7D"),
    ],
)
def test_415(client, headers, body):
    assert_error(client.post("/sparql", content=body, headers=headers), 415)


class FailingStore:
    """A store whose engine fails as a damaged disk store would."""

    def query(self, *args, **kwargs):
        raise OSError("simulated I/O error")

    def named_graphs(self):
        raise OSError("simulated I/O error")


def test_500_only_for_engine_errors():
    client = TestClient(create_app(store_handle=StoreHandle(store=FailingStore())))  # type: ignore[arg-type]
    assert_error(get(client, "ASK {}"), 500, "simulated I/O error")
    assert_error(client.get("/sparql"), 500)


# --- the keyword scan that decides between the union default graph and FROM ---------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("SELECT * { ?s ?p ?o }", set()),
        ("SELECT * FROM <g> { ?s ?p ?o }", {"FROM"}),
        ("select *from<g>{}", {"FROM"}),
        ("ASK FROM NAMED <g> {}", {"FROM"}),
        ("CONSTRUCT { ?s ?p ?o }\nFROM <g> WHERE { ?s ?p ?o }", {"FROM"}),
        ("SELECT * { SERVICE <x> { ?s ?p ?o } }", {"SERVICE"}),
        ("SELECT * { service silent <x> {} }", {"SERVICE"}),
        ('SELECT * { ?s ?p "FROM <g>" }', set()),
        ("SELECT * { ?s ?p 'service' }", set()),
        ('SELECT * { ?s ?p """a " FROM "" b""" }', set()),
        ("SELECT * { ?s <http://x/FROM> ?o }", set()),
        ("PREFIX from: <x> SELECT * { ?s from:x ?o }", set()),
        ("PREFIX ex: <x> SELECT * { ?s ex:from ?o . ?s ex:a.from ?o }", set()),
        ("SELECT ?from ?service $from { ?from ?service 1 }", set()),
        ("SELECT * { ?s ?p 'x'@from }", set()),
        ("SELECT * { _:from ?p ?o }", set()),
        ("# FROM <g>\nSELECT * { ?s ?p ?o } # SERVICE", set()),
        ("SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) } ", set()),
        ("SELECT ?fromage { ?s ?p ?fromage }", set()),
        ("LOAD <http://x/data.ttl> INTO GRAPH <g>", {"LOAD"}),
        ("INSERT DATA { <s> <p> 'LOAD' } ; CLEAR GRAPH <load>", set()),
    ],
)
def test_keywords(query, expected):
    assert keywords(query) == expected
