"""The validation report in the server (/validation, /validation/{plan}) and POST /shacl."""

from __future__ import annotations

import csv
import io
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Namespace
from rdflib.namespace import RDF

from loaders.drafts import draft_derivations
from plankg.settings import Settings
from server.app import create_app

from .conftest import HOME

SH = Namespace("http://www.w3.org/ns/shacl#")
CAN_THO = "can-tho-2025-kh-97"
CAN_THO_IRI = f"https://w3id.org/plankg/id/plan/{CAN_THO}"


@pytest.fixture(scope="module")
def client(seed_settings: Settings) -> TestClient:
    return TestClient(create_app(seed_settings, derive_for_draft=draft_derivations(seed_settings)))


@pytest.fixture(scope="module")
def draft() -> bytes:
    """Cần Thơ's plan as its office would post it before publishing: `plankg extract --format ttl`."""
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "plankg.cli",
            "extract",
            str(HOME / "data/sources/004_b35691891eae5750.txt"),
            "--format",
            "ttl",
        ],
        capture_output=True,
        check=True,
    )
    return completed.stdout


def test_overview_page_ranks_the_plans_and_links_to_each(client: TestClient) -> None:
    response = client.get("/validation", headers={"Accept-Language": "en"})
    assert response.status_code == 200 and response.headers["content-language"] == "en"
    html = response.text
    assert "Plans by completeness" in html and "Counts by problem" in html
    assert html.index("Kon Tum") < html.index("Cần Thơ")  # 25/25 before 0/23
    assert f'href="/validation/{CAN_THO}?lang=en"' in html
    assert 'href="/static/report/validation.css"' in html


def test_plan_page_names_each_incomplete_task_in_vietnamese(client: TestClient) -> None:
    html = client.get(f"/validation/{CAN_THO}").text
    assert '<html lang="vi">' in html
    assert "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em" in html  # task 6, its opening words
    assert "Nhiệm vụ chưa có cơ quan chủ trì." in html and "Nhiệm vụ chưa có thời gian thực hiện." in html
    assert "0/23" in html


@pytest.mark.parametrize(
    ("query", "accept", "media_type"),
    [
        ("", "application/json", "application/json"),
        ("", "text/csv", "text/csv; charset=utf-8"),
        ("", "text/turtle", "text/turtle; charset=utf-8"),
        ("", "text/html,application/xhtml+xml,*/*;q=0.8", "text/html; charset=utf-8"),
        ("", None, "text/html; charset=utf-8"),
        ("?_format=json", "text/html", "application/json"),
        ("?_format=csv", None, "text/csv; charset=utf-8"),
        ("?_format=ttl", None, "text/turtle; charset=utf-8"),
    ],
)
def test_the_same_report_by_accept_or_format(
    client: TestClient, query: str, accept: str | None, media_type: str
) -> None:
    headers = {"Accept": accept} if accept else {}
    for path in ("/validation", f"/validation/{CAN_THO}"):
        response = client.get(path + query, headers=headers)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == media_type
        assert "Accept" in response.headers["vary"]


def test_formats_count_the_same_problems(client: TestClient) -> None:
    body = client.get(f"/validation/{CAN_THO}?_format=json").json()
    assert {r["plan"] for r in body["results"]} == {CAN_THO_IRI}
    rows = list(csv.reader(io.StringIO(client.get(f"/validation/{CAN_THO}?_format=csv&lang=en").text)))
    assert len(rows) - 1 == len(body["results"]) == sum(body["counts"].values())
    graph = Graph().parse(data=client.get(f"/validation/{CAN_THO}?_format=ttl").text, format="turtle")
    assert len(list(graph.subjects(RDF.type, SH.ValidationResult))) == len(body["results"])


@pytest.mark.parametrize(
    ("path", "headers", "status", "says"),
    [
        ("/validation?_format=xml", {}, 400, "_format='xml' is not one of: html, json, csv, ttl"),
        ("/validation", {"Accept": "application/sparql-results+xml"}, 406, "text/html"),
        ("/validation/nowhere?_format=json", {}, 404, "plan/nowhere"),
        ("/validation/nowhere", {}, 404, "plan/nowhere"),
    ],
)
def test_report_errors_name_what_was_wrong(
    client: TestClient, path: str, headers: dict[str, str], status: int, says: str
) -> None:
    response = client.get(path, headers=headers)
    assert response.status_code == status and says in response.text


def test_home_badges_come_from_the_report_and_link_to_it(client: TestClient) -> None:
    html = client.get("/?lang=en").text
    assert f'href="/validation/{CAN_THO}?lang=en"' in html


# -- POST /shacl ------------------------------------------------------------------------------


def test_a_posted_draft_gets_the_report_a_build_would_give(client: TestClient, draft: bytes) -> None:
    response = client.post("/shacl?_format=json", content=draft, headers={"Content-Type": "text/turtle"})
    assert response.status_code == 200, response.text
    published = client.get(f"/validation/{CAN_THO}?_format=json").json()
    assert response.json()["results"] == published["results"]
    assert response.json()["plans"] == published["plans"]


def test_shacl_answers_the_standard_report_in_turtle_by_default(client: TestClient, draft: bytes) -> None:
    response = client.post("/shacl", content=draft, headers={"Content-Type": "text/turtle; charset=utf-8"})
    assert response.headers["content-type"] == "text/turtle; charset=utf-8"
    graph = Graph().parse(data=response.text, format="turtle")
    (report,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert str(graph.value(report, SH.conforms)) == "false"
    focus = {str(graph.value(r, SH.focusNode)) for r in graph.objects(report, SH.result)}
    assert f"https://w3id.org/plankg/id/task/{CAN_THO}/6" in focus


def test_shacl_reads_json_ld(client: TestClient, draft: bytes) -> None:
    as_json_ld = Graph().parse(data=draft, format="turtle").serialize(format="json-ld")
    response = client.post(
        "/shacl?_format=json", content=as_json_ld.encode(), headers={"Content-Type": "application/ld+json"}
    )
    assert response.status_code == 200, response.text
    assert response.json()["counts"]["Violation"] == 25


def test_a_conforming_draft_conforms(client: TestClient) -> None:
    draft = """
    @prefix pk: <https://w3id.org/plankg/def#> .
    @prefix dct: <http://purl.org/dc/terms/> .
    @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
    <plan> a pk:Plan ; pk:level pk:commune ; pk:sourceDocument <doc> ; pk:issuedBy <committee> ;
        pk:jurisdiction <commune> ; pk:documentNumber "12/KH-UBND" ; dct:issued "2025-09-02"^^xsd:date ;
        pk:implements <https://w3id.org/plankg/id/plan/elsewhere> .
    """
    response = client.post(
        "/shacl?_format=json", content=draft.encode(), headers={"Content-Type": "text/turtle"}
    )
    assert response.status_code == 200 and response.json()["conforms"] is True


@pytest.mark.parametrize(
    ("body", "content_type", "status", "says"),
    [
        (
            b'@prefix pk: <https://w3id.org/plankg/def#> .\n<a> a pk:Plan .\n<a> pk:level "x .\n',
            "text/turtle",
            400,
            "line 3",
        ),
        (b'{\n  "@id": "http://e/a",\n  "http://e/b": [1, }\n', "application/ld+json", 400, "line 3"),
        (b"<a> <b> <c> .", "text/plain", 415, "text/turtle or application/ld+json"),
        (b"", "text/turtle", 400, "empty"),
        (b'<a> <b> "\xff" .', "text/turtle", 400, "not UTF-8"),
    ],
)
def test_a_malformed_draft_is_refused_naming_where(
    client: TestClient, body: bytes, content_type: str, status: int, says: str
) -> None:
    response = client.post("/shacl", content=body, headers={"Content-Type": content_type})
    assert response.status_code == status and says in response.text, response.text


def test_the_draft_report_does_not_change_the_store(client: TestClient, draft: bytes) -> None:
    before = client.get("/validation?_format=json").json()
    client.post(
        "/shacl", content=draft.replace(b"97/KH-UBND", b"98/KH-UBND"), headers={"Content-Type": "text/turtle"}
    )
    assert client.get("/validation?_format=json").json() == before
