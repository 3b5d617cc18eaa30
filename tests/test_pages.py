"""The plan hierarchy page, in Vietnamese and English, with document text escaped."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from loaders.build import build
from plankg.settings import Settings
from server.app import create_app

from .conftest import HOME


def client(settings: Settings) -> TestClient:
    return TestClient(create_app(settings))


def test_home_shows_the_hierarchy_in_vietnamese_by_default(seed_settings: Settings) -> None:
    response = client(seed_settings).get("/")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert response.headers["content-language"] == "vi"
    html = response.text
    assert '<html lang="vi">' in html
    assert (
        html.index("Quyết định số 27/QĐ-TTg")
        < html.index("Kế hoạch số 90/KH-UBND")
        < html.index("quận Hải An")
    )
    assert "chỉ biết qua trích dẫn" in html
    assert "25 nhiệm vụ: đủ cơ quan chủ trì và thời gian" in html  # Kon Tum
    assert "23/23 nhiệm vụ thiếu cơ quan chủ trì hoặc thời gian" in html  # Cần Thơ


def test_language_by_parameter_and_accept_language(seed_settings: Settings) -> None:
    assert 'lang="en"' in client(seed_settings).get("/?lang=en").text
    response = client(seed_settings).get("/", headers={"Accept-Language": "en-GB,en;q=0.9,vi;q=0.5"})
    assert response.headers["content-language"] == "en"
    assert "Plan hierarchy" in response.text and "known only from citation" in response.text
    assert "Vary" in response.headers


def test_document_text_is_escaped(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    sources.mkdir()
    text = (HOME / "data" / "sources" / "002_a14cb56ae114c9a0.txt").read_text(encoding="utf-8")
    text = text.replace("Bình Thuận, ngày", "<script>alert(1)</script> Bình Thuận, ngày", 1)
    text = text.replace("trên địa bàn tỉnh\n", "trên địa bàn tỉnh Bình Thuận <b>x</b>\n", 1)
    (sources / "markup.md").write_text(text, encoding="utf-8")
    settings = Settings(home=HOME, store=tmp_path / "store")
    report = build(settings, [sources])
    assert not report.failures, report.failures
    html = client(settings).get("/").text
    assert "<script>alert" not in html and "<b>x</b>" not in html
