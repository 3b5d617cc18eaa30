"""The main pages in a real browser (headless Chromium from Debian's packages, `make browser`):
each rendered, its scripts run, screenshotted, and checked for what it must show."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from plankg.settings import Settings
from server.vendor import installed

from .test_e2e_server import running_server

# path, words the rendered page must contain
PAGES = [
    (
        "/?lang=vi",
        ["Cây kế hoạch", "Quyết định số 27/QĐ-TTg", "25 nhiệm vụ: đủ cơ quan chủ trì và thời gian"],
    ),
    ("/?lang=en", ["Plan hierarchy", "Plan 97/KH-UBND"]),
    ("/page/plan/can-tho-2025-kh-97?lang=vi", ["97/KH-UBND", "0/23 · 0%", "Ưu tiên bố trí kinh phí"]),
    ("/page/task/kon-tum-2025-02-kh/II.2?lang=en", ["Derived from, up to Decision 27", "Sở Tư pháp", "392"]),
    (
        "/page/agency/kon-tum/so-lao-dong-thuong-binh-va-xa-hoi?lang=en",
        ["Who holds its duties now", "Quảng Ngãi"],
    ),
    ("/validation?lang=en", ["Plans by completeness", "Task without a timeframe"]),
    ("/coverage?lang=en", ["Plans × Decision 27 task groups", "Plans × recommendation groups"]),
    ("/dumps/?lang=en", ["plankg.nq", "CC BY 4.0"]),
]


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("headless Chromium is missing: `make browser` installs Debian's chromium")
    return found


def browse(browser: str, url: str, profile: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--window-size=1280,1600",
        "--virtual-time-budget=5000",
        "--enable-logging=stderr",  # the console, where a blocked script or style is reported
        "--v=0",
        *arguments,
        url,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def policy_violations(console: str) -> list[str]:
    """What the page's Content-Security-Policy blocked, as the browser's console reported it."""
    return [line for line in console.splitlines() if "Content Security Policy" in line]


@pytest.fixture(scope="module")
def server(seed_settings: Settings) -> Iterator[str]:
    with running_server(seed_settings) as base:
        yield base


@pytest.mark.slow
@pytest.mark.parametrize(("path", "words"), PAGES)
def test_page_in_a_browser(server: str, tmp_path: Path, path: str, words: list[str]) -> None:
    browser = chromium()
    shot = tmp_path / "page.png"
    taken = browse(browser, server + path, tmp_path / "profile", f"--screenshot={shot}")
    assert shot.is_file() and shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", taken.stderr[-2000:]
    assert shot.stat().st_size > 20_000  # a rendered page, not a blank one
    rendered = browse(browser, server + path, tmp_path / "profile", "--dump-dom")
    dom = rendered.stdout
    assert not policy_violations(rendered.stderr), policy_violations(rendered.stderr)
    for word in words:
        assert word in dom, f"{path}: {word!r} not on the rendered page"


@pytest.mark.slow
def test_the_query_editor_runs_in_the_browser(server: str, tmp_path: Path) -> None:
    if not installed():
        pytest.skip("the editor was not fetched (offline install): the page keeps its plain form")
    rendered = browse(chromium(), server + "/query?lang=en", tmp_path / "profile", "--dump-dom")
    dom = rendered.stdout
    assert not policy_violations(rendered.stderr), policy_violations(rendered.stderr)
    assert "CodeMirror" in dom, "YASGUI did not render"
    (form,) = re.findall(r'<form id="plain-form"[^>]*>', dom)
    assert "hidden" in form  # the editor took the plain form's place
