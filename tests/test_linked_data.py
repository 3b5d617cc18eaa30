"""Dereferenceable IRIs and the pages people read: content negotiation, every page reached by links."""

from __future__ import annotations

import json
import re
from collections import deque
from html.parser import HTMLParser
from urllib.parse import urldefrag, urlsplit

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from plankg.settings import Settings
from server.app import create_app

ID = "https://w3id.org/plankg/id/"
SH = Namespace("http://www.w3.org/ns/shacl#")
PLAN = "plan/can-tho-2025-kh-97"
TASK = "task/kon-tum-2025-02-kh/II.2"


@pytest.fixture(scope="module")
def client(seed_settings: Settings) -> TestClient:
    return TestClient(create_app(seed_settings), follow_redirects=False)


# (path, Accept, status, Content-Type, Location, Content-Location)
NEGOTIATION = [
    (f"/id/{PLAN}", "text/html", 303, None, f"/page/{PLAN}", None),
    (
        f"/id/{PLAN}",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
        303,
        None,
        f"/page/{PLAN}",
        None,
    ),
    (f"/id/{PLAN}", None, 303, None, f"/page/{PLAN}", None),
    (f"/id/{PLAN}?lang=en", "text/html", 303, None, f"/page/{PLAN}?lang=en", None),
    (f"/id/{PLAN}", "text/turtle", 200, "text/turtle; charset=utf-8", None, f"/data/{PLAN}.ttl"),
    (
        f"/id/{PLAN}",
        "application/n-triples",
        200,
        "application/n-triples; charset=utf-8",
        None,
        f"/data/{PLAN}.nt",
    ),
    (f"/id/{PLAN}", "application/ld+json", 200, "application/ld+json", None, f"/data/{PLAN}.jsonld"),
    (
        f"/id/{PLAN}",
        "application/rdf+xml",
        200,
        "application/rdf+xml; charset=utf-8",
        None,
        f"/data/{PLAN}.rdf",
    ),
    (
        f"/id/{PLAN}",
        "application/rdf+xml, text/rdf+n3;q=0.9, */*;q=0.1",
        200,
        "application/rdf+xml; charset=utf-8",
        None,
        f"/data/{PLAN}.rdf",
    ),
    (
        f"/id/{PLAN}",
        "text/html;q=0.5, text/turtle",
        200,
        "text/turtle; charset=utf-8",
        None,
        f"/data/{PLAN}.ttl",
    ),
    (f"/id/{PLAN}?_format=ttl", "text/html", 200, "text/turtle; charset=utf-8", None, f"/data/{PLAN}.ttl"),
    (f"/id/{PLAN}?_format=html", "text/turtle", 303, None, f"/page/{PLAN}", None),
    (f"/id/{TASK}", "text/turtle", 200, "text/turtle; charset=utf-8", None, f"/data/{TASK}.ttl"),
    (f"/data/{PLAN}.ttl", "text/html", 200, "text/turtle; charset=utf-8", None, None),
    (f"/data/{PLAN}.jsonld", None, 200, "application/ld+json", None, None),
    (f"/page/{PLAN}", "text/turtle", 200, "text/html; charset=utf-8", None, None),
    ("/id/plan/nowhere", "text/html", 404, "text/html; charset=utf-8", None, None),
    ("/id/plan/nowhere", "text/turtle", 404, "text/plain; charset=utf-8", None, None),
    ("/data/plan/nowhere.ttl", None, 404, "text/plain; charset=utf-8", None, None),
    (f"/data/{PLAN}.xml", None, 404, "text/plain; charset=utf-8", None, None),
    ("/page/plan/nowhere", None, 404, "text/html; charset=utf-8", None, None),
    (f"/id/{PLAN}", "image/png", 406, "text/plain; charset=utf-8", None, None),
    (f"/id/{PLAN}?_format=png", None, 400, "text/plain; charset=utf-8", None, None),
    (f"/id/{PLAN}", "text/turtle;q=2", 400, "text/plain; charset=utf-8", None, None),
]


@pytest.mark.parametrize(
    ("path", "accept", "status", "media_type", "location", "content_location"), NEGOTIATION
)
def test_content_negotiation(
    client: TestClient,
    path: str,
    accept: str | None,
    status: int,
    media_type: str | None,
    location: str | None,
    content_location: str | None,
) -> None:
    response = client.get(path, headers={"Accept": accept} if accept else {})
    assert response.status_code == status, response.text
    assert response.headers.get("content-type") == media_type
    assert response.headers.get("location") == location
    assert response.headers.get("content-location") == content_location
    if path.startswith("/id/"):
        assert "Accept" in response.headers["vary"]


def test_every_format_carries_the_same_description(client: TestClient) -> None:
    graphs = {
        syntax: Graph().parse(data=client.get(f"/data/{TASK}.{extension}").text, format=syntax)
        for extension, syntax in {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "rdf": "xml"}.items()
    }
    turtle = graphs.pop("turtle")
    assert all(isomorphic(turtle, other) for other in graphs.values())
    task = URIRef(ID + TASK)
    assert (task, URIRef("https://w3id.org/plankg/def#leadAgency"), None) in turtle
    # its timeframe (a fragment of the task's IRI) and what points at it come with it
    assert (URIRef(ID + TASK + "#timeframe"), None, None) in turtle
    assert (None, None, task) in turtle


def test_every_resource_dereferences(client: TestClient, seed_store: ox.Store) -> None:
    """Every IRI of this dataset in the served Turtle dump, as subject or object, dereferences."""
    dump = Graph().parse(data=client.get("/dumps/plankg.ttl").text, format="turtle")
    iris = {
        str(term)
        for triple in dump
        for term in (triple[0], triple[2])
        if isinstance(term, URIRef) and str(term).startswith(ID)
    }
    assert len(iris) > 500
    for iri in sorted(iris):
        path = urldefrag(iri)[0][len(ID) :]
        response = client.get(f"/id/{path}", headers={"Accept": "application/n-triples"})
        assert response.status_code == 200, iri
        assert (URIRef(iri), None, None) in Graph().parse(data=response.text, format="nt"), iri
        assert client.get(response.headers["content-location"]).text == response.text
    for name in {
        row["file"].value
        for row in seed_store.query(  # type: ignore[union-attr]
            "PREFIX pk: <https://w3id.org/plankg/def#> SELECT ?file WHERE { ?d pk:fileName ?file }",
            use_default_graph_as_union=True,
        )
    }:
        assert client.get(f"/documents/{name}").status_code == 200, name


# -- pages ------------------------------------------------------------------------------------


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.hrefs.append(value)


def internal_links(html: str) -> list[str]:
    parser = Links()
    parser.feed(html)
    return [urldefrag(href)[0] for href in parser.hrefs if href.startswith("/")]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_page_is_reached_from_home_by_links(
    client: TestClient, seed_store: ox.Store, language: str
) -> None:
    """A crawler from / in one language: no link answers 4xx or 5xx, and every plan, task, agency,
    recommendation group and unit has been reached. The data and document links of the pages are
    followed by test_every_resource_dereferences (each for every resource), not here."""
    start = f"/?lang={language}"
    seen, queue, broken = {start}, deque([start]), []
    pages: set[str] = set()
    while queue:
        url = queue.popleft()
        response = client.get(url, follow_redirects=True)
        if response.status_code >= 400:
            broken.append((url, response.status_code))
            continue
        if not response.headers.get("content-type", "").startswith("text/html"):
            continue
        path = urlsplit(url).path
        if path.startswith("/page/"):
            pages.add(path.removeprefix("/page/"))
            assert f'<html lang="{language}">' in response.text, url
        for link in internal_links(response.text):
            switches_language = "lang=" in link and f"lang={language}" not in link
            if (
                link not in seen
                and not switches_language
                and not link.startswith(("/sparql", "/data/", "/documents/"))
            ):
                seen.add(link)
                queue.append(link)
    assert broken == []
    wanted = {
        row["s"].value[len(ID) :]
        for row in seed_store.query(  # type: ignore[union-attr]
            "PREFIX pk: <https://w3id.org/plankg/def#> SELECT DISTINCT ?s WHERE { VALUES ?class "
            "{ pk:Plan pk:Task pk:Agency pk:Recommendation pk:AdministrativeUnit } ?s a ?class }",
            use_default_graph_as_union=True,
        )
    }
    assert wanted - pages == set()


def test_a_task_page_shows_its_chain_recommendations_and_source_lines(client: TestClient) -> None:
    html = client.get(f"/page/{TASK}?lang=en").text
    chain = html[html.index("Derived from") :]
    assert "2. Communication, education, social mobilisation" in chain and "Decision 27/QĐ-TTg" in chain
    assert "D. Civil rights and freedoms" in html
    assert '<a href="/documents/003_7c52f3a31f0c58f8.txt">' in html
    # lines 392-408 of the document as published, the lead as written among them
    assert re.search(r'<span class="line-number">\s*398</span>\s+Sở Tư pháp', html)


def test_the_document_is_served_as_published(client: TestClient, project: Settings) -> None:
    name = "003_7c52f3a31f0c58f8.txt"
    response = client.get(f"/documents/{name}")
    assert response.status_code == 200 and response.content == (project.sources_dir / name).read_bytes()
    for path in (
        "/documents/..%2Fpyproject.toml",
        "/documents/.hidden",
        "/documents/lines",
        "/documents/nowhere.pdf",
    ):
        assert client.get(path).status_code == 404, path


def test_pages_embed_schema_org(client: TestClient) -> None:
    html = client.get(f"/page/{PLAN}").text
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))  # type: ignore[union-attr]
    assert data["@type"] == "Legislation" and data["legislationIdentifier"] == "97/KH-UBND"
    assert data["legislationDate"] == "2025-04-26"
    agency = client.get("/page/agency/kon-tum/so-y-te").text
    assert '"@type": "GovernmentOrganization"' in agency


def test_an_agency_page_shows_who_holds_its_duties_now(client: TestClient) -> None:
    html = client.get("/page/agency/kon-tum/so-lao-dong-thuong-binh-va-xa-hoi?lang=en").text
    now = html[html.index("Who holds its duties now") : html.index("Change events")]
    for body in ("Department of Health, Quảng Ngãi", "Department of Home Affairs, Quảng Ngãi"):
        assert body in now
    assert "Tasks it leads" in html


def test_a_plan_page_lists_its_tasks_with_a_badge(client: TestClient) -> None:
    html = client.get(f"/page/{PLAN}?lang=vi").text
    assert "0/23 · 0%" in html and "Ưu tiên bố trí kinh phí" in html
    assert 'href="/validation/can-tho-2025-kh-97?lang=vi"' in html


def test_coverage_matrix_shows_can_tho_leaving_groups_6_and_7(client: TestClient) -> None:
    html = client.get("/coverage?lang=en").text
    assert "Plans × Decision 27 task groups" in html and "Plans × recommendation groups" in html
    row = html[html.index("Plan 97/KH-UBND") :]
    row = row[: row.index("</tr>")]
    cells = re.findall(r'<td class="cell ([\w-]+)"[^>]*>(\d+)</td>', row)
    # groups 1..7: covered with 1, 4, 5, 9, 2 tasks; 6 and 7 only named by an item without a lead
    assert cells == [
        ("shade-1", "1"),
        ("shade-3", "4"),
        ("shade-3", "5"),
        ("shade-4", "9"),
        ("shade-2", "2"),
        ("named", "0"),
        ("named", "0"),
    ]


def test_the_ontology_is_documented_and_served_as_rdf(client: TestClient) -> None:
    english = client.get("/ontology?lang=en")
    assert english.status_code == 200 and english.headers["content-type"].startswith("text/html")
    assert "The plankg ontology" in english.text and "Bản thể học plankg" not in english.text
    vietnamese = client.get("/ontology", headers={"Accept-Language": "vi"}).text
    assert "Bản thể học plankg" in vietnamese
    turtle = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert turtle.headers["content-type"] == "text/turtle; charset=utf-8"
    graph = Graph().parse(data=turtle.text, format="turtle")
    owl_class = URIRef("http://www.w3.org/2002/07/owl#Class")
    assert (URIRef("https://w3id.org/plankg/def#Plan"), RDF.type, owl_class) in graph


def test_the_shapes_are_documented(client: TestClient, project: Settings) -> None:
    from plankg.validation import load_shapes

    html = client.get("/ontology/shapes?lang=en").text
    shapes = load_shapes(project)
    for shape in set(shapes.subjects(SH.targetClass, None)):
        assert f'id="{str(shape).rsplit("#", 1)[-1]}"' in html
    assert "Task without a lead agency" in html and "Assign one lead agency" in html
    turtle = client.get("/ontology/shapes", headers={"Accept": "text/turtle"}).text
    assert len(Graph().parse(data=turtle, format="turtle")) == len(shapes)
