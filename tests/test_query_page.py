"""The query page: results rendered on the server with links into the pages, the catalogue, the editor."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from plankg.named_queries import load_catalogue
from plankg.settings import Settings
from server.app import create_app
from server.vendor import installed


@pytest.fixture(scope="module")
def client(seed_settings: Settings) -> TestClient:
    return TestClient(create_app(seed_settings))


def test_results_link_into_the_pages(client: TestClient) -> None:
    query = (
        "PREFIX pk: <https://w3id.org/plankg/def#> "
        "SELECT ?plan ?number WHERE { ?plan pk:documentNumber ?number } ORDER BY ?number"
    )
    response = client.get(f"/query?lang=en&query={quote(query)}")
    assert response.status_code == 200
    table = response.text[response.text.index('<table class="results">') :]
    assert (
        '<a href="/page/plan/can-tho-2025-kh-97?lang=en">https://w3id.org/plankg/id/plan/can-tho-2025-kh-97</a>'
        in table
    )
    assert '<td><span class="literal">97/KH-UBND</span></td>' in table
    assert '<th scope="col">?number</th>' in table


def test_ask_and_construct_are_shown(client: TestClient) -> None:
    ask = client.get("/query?lang=en&query=" + quote("ASK { ?s ?p ?o }")).text
    assert "<p>Yes</p>" in ask
    construct = client.get("/query?query=" + quote("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 2")).text
    assert "?subject" in construct and "2 dòng" in construct


def test_long_answers_say_they_were_cut(client: TestClient) -> None:
    html = client.get("/query?lang=en&query=" + quote("SELECT * WHERE { ?s ?p ?o }")).text
    assert "1000 rows (showing the first 1000)" in html


@pytest.mark.parametrize(
    ("query", "status", "says"),
    [
        ("SELECT * WHERE { ?s ?p }", 400, "The query is not valid"),
        ("SELECT * WHERE " + "{" * 3000 + "?s ?p ?o" + "}" * 3000, 400, "levels deep"),
        ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", 403, "SERVICE"),
    ],
    ids=["syntax", "nesting", "service"],
)
def test_a_bad_query_gets_4xx_with_the_reason(client: TestClient, query: str, status: int, says: str) -> None:
    """The page runs queries as /sparql does: the same refusals, the same limits."""
    response = client.get("/query?lang=en&query=" + quote(query))
    assert response.status_code == status and says in response.text


def test_every_named_query_is_an_example(client: TestClient, project: Settings) -> None:
    html = client.get("/query?lang=en").text
    for name, named in load_catalogue(project.queries_dir).items():
        assert f"<code>{name}</code>" in html and named.title["en"] in html
    example = re.search(r'<a class="example" href="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert client.get(example.replace("&amp;", "&")).status_code == 200


def test_the_editor_is_served_locally(client: TestClient) -> None:
    if not installed():
        pytest.skip("the editor was not fetched (offline install): the page keeps its plain form")
    html = client.get("/query").text
    assert '<script src="/static/vendor/yasgui/yasgui.min.js" defer></script>' in html
    assert "https://" not in re.sub(r"https://w3id\.org/plankg/[^\"<\s]*", "", html.split("<main>")[0])
    assert client.get("/static/vendor/yasgui/yasgui.min.js").status_code == 200
    assert client.get("/static/query.js").status_code == 200


def test_the_language_switch_keeps_the_query(client: TestClient) -> None:
    html = client.get("/query?lang=en&query=" + quote("ASK { ?s ?p ?o }")).text
    switch = re.search(r'<a class="lang" href="([^"]+)"', html).group(1).replace("&amp;", "&")  # type: ignore[union-attr]
    assert switch.startswith("/query?") and "lang=vi" in switch and "query=ASK" in switch
    assert "<p>Có</p>" in client.get(switch).text
