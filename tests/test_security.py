"""What the server refuses and what it never lets through: markup in document text reaches pages
only escaped, pages carry a content security policy, reads are open to any origin (without
credentials), unknown parameters are errors, and no path leads outside the served directories."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plankg.settings import Limits, Settings
from server.app import create_app
from server.security import CONTENT_SECURITY_POLICY

from .conftest import HOME, SOURCES
from .support.cli import plankg

SCRIPT = "<script>alert('plankg')</script>"
MARKUP = '<img src=x onerror="alert(1)"><b>đậm</b> & </script><!--'
PLAN = "can-tho-2025-kh-97"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> TestClient:
    """A store built from a plan whose title and task texts hold markup and script."""
    root = tmp_path_factory.mktemp("hostile")
    sources = root / "sources"
    sources.mkdir()
    (seed,) = SOURCES.glob("004_*.txt")
    text = seed.read_text(encoding="utf-8")
    # every numbered item (tasks and aims) begins with markup, and one ends with a script
    text = re.sub(r"(?m)^(\d+)\. ", lambda match: f"{match.group(1)}. {MARKUP} ", text)
    text = text.replace("bố trí kinh phí", f"bố trí kinh phí {SCRIPT}", 1)
    (sources / seed.name).write_text(text, encoding="utf-8")
    shutil.copy(next(SOURCES.glob("000_*.txt")), sources)  # Decision 27, which the plan implements
    settings = Settings(home=HOME, store=root / "store").with_limits(Limits(query_workers=0))
    built = plankg("build", "--store", str(settings.store_path), "--sources", str(sources))
    assert built.returncode == 0, built.stderr
    return TestClient(create_app(settings))


def task_paths(client: TestClient) -> list[str]:
    page = client.get(f"/page/plan/{PLAN}?lang=vi").text
    return sorted(set(re.findall(rf'href="(/page/task/{PLAN}/[^"?#]+)', page)))


def test_markup_in_document_text_reaches_every_page_escaped(hostile: TestClient) -> None:
    paths = ["/?lang=vi", "/?lang=en", f"/page/plan/{PLAN}?lang=vi", f"/page/plan/{PLAN}?lang=en",
             "/validation?lang=vi", f"/validation/{PLAN}?lang=en", "/coverage?lang=vi",
             *task_paths(hostile)]  # fmt: skip
    seen_markup = 0
    for path in paths:
        response = hostile.get(path)
        assert response.status_code == 200, path
        page = response.text
        assert SCRIPT not in page and "<img src=x" not in page and "<b>đậm</b>" not in page, path
        assert "onerror=" not in page.replace("onerror=&#34;", "").replace("onerror=&quot;", ""), path
        seen_markup += "&lt;script&gt;alert(" in page or "&lt;!--" in page
        for block in re.findall(r"<script[^>]*>(.*?)</script>", page, flags=re.DOTALL):
            assert "<" not in block, f"{path}: a data block holds markup"
    assert seen_markup >= 10, "the hostile text did not reach the pages (the test would prove nothing)"


def test_pages_carry_a_content_security_policy_and_reads_are_open_to_any_origin(hostile: TestClient) -> None:
    page = hostile.get("/?lang=en")
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY and "unsafe-eval" not in CONTENT_SECURITY_POLICY
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    results = hostile.get("/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.org"})
    assert results.headers["access-control-allow-origin"] == "*"
    assert "access-control-allow-credentials" not in results.headers
    assert "content-security-policy" not in results.headers  # data, not a page
    preflight = hostile.options(
        "/sparql",
        headers={
            "Origin": "https://example.org",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-methods"] == "GET, HEAD, POST"
    assert "authorization" not in preflight.headers["access-control-allow-headers"].lower()
    # an OPTIONS that is no preflight is still what the endpoint says of other methods
    assert hostile.options("/sparql").status_code == 405


@pytest.mark.parametrize(
    ("path", "unknown"),
    [
        ("/validation?format=json", "format"),
        ("/?lang=en&page=2", "page"),
        (f"/page/plan/{PLAN}?_fromat=ttl", "_fromat"),
        ("/dumps/?x=1", "x"),
    ],
)
def test_an_unknown_parameter_is_400_naming_it(hostile: TestClient, path: str, unknown: str) -> None:
    response = hostile.get(path)
    assert response.status_code == 400
    assert f"unknown query parameter {unknown} " in response.text
    assert response.headers["content-type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize(
    "path",
    [
        "/documents/..%2f..%2f..%2fetc%2fpasswd",
        "/documents/%2e%2e%2fstore%2factive",
        "/documents/.%2e/.%2e/pyproject.toml",
        "/static/..%2f..%2fpyproject.toml",
        "/static/report/..%2f..%2fsettings.py",
        "/dumps/..%2f..%2fbuild.lock",
        "/static/%2e%2e/%2e%2e/plankg/settings.py",
    ],
)
def test_no_path_leads_outside_the_served_directories(hostile: TestClient, path: str) -> None:
    response = hostile.get(path)
    assert response.status_code in (400, 404), (path, response.status_code)
    assert (
        "root:" not in response.text and "[project]" not in response.text and "Settings" not in response.text
    )


def test_the_served_documents_are_the_builds_own(hostile: TestClient) -> None:
    (name,) = [p.name for p in SOURCES.glob("004_*.txt")]
    document = hostile.get(f"/documents/{name}")
    assert document.status_code == 200 and SCRIPT in document.text  # as published, but…
    assert document.headers["content-type"] == "text/plain; charset=utf-8"  # …never read as HTML
    assert document.headers["x-content-type-options"] == "nosniff"


def test_the_project_directory_is_not_served(hostile: TestClient) -> None:
    for path in ("/pyproject.toml", "/data/sources/", "/var/store/active"):
        assert hostile.get(path).status_code == 404, path
    assert Path(HOME, "pyproject.toml").is_file()


@pytest.mark.parametrize(
    "path", ["/?lang=en", f"/page/plan/{PLAN}", "/sparql?query=ASK%7B%7D", "/dumps/", "/health"]
)
def test_head_is_get_without_content(hostile: TestClient, path: str) -> None:
    """RFC 9110 §9.3.2: the same status and header fields as GET, and no content."""
    got, head = hostile.get(path), hostile.head(path)
    assert head.status_code == got.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == got.headers["content-type"]
    assert head.headers["content-length"] == str(len(got.content))
