"""The command line as users run it: real processes, exit statuses, and clear errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from plankg.settings import Settings

from .conftest import SOURCES


def plankg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "plankg.cli", *args], capture_output=True, text=True, check=False
    )


def test_extract_prints_the_contract() -> None:
    completed = plankg("extract", str(SOURCES / "004_b35691891eae5750.txt"), "--format", "json")
    assert completed.returncode == 0, completed.stderr
    body = json.loads(completed.stdout)
    assert set(body) >= {"source", "plan", "appendix", "tasks"}
    assert set(body["plan"]) >= {
        "title",
        "number",
        "date",
        "issuer",
        "level",
        "locality",
        "signer",
        "focal_agency",
        "implements",
        "lines",
    }
    assert set(body["tasks"][0]) >= {"id", "parent", "text", "lead", "cooperating", "timeframe", "lines"}
    assert body["plan"]["implements"][0] == {**body["plan"]["implements"][0], "number": "27/QĐ-TTg"}


def test_extract_text_form() -> None:
    completed = plankg("extract", str(SOURCES / "003_7c52f3a31f0c58f8.txt"), "--format", "text")
    assert completed.returncode == 0
    assert "IV.2" in completed.stdout and "Sở Giáo dục và Đào tạo" in completed.stdout


def test_extract_names_the_file_and_line_of_a_broken_document(tmp_path: Path) -> None:
    broken = tmp_path / "broken.txt"
    broken.write_bytes("KẾ HOẠCH\nTriển khai\n".encode() + b"\xc3\x28 bad\n")
    completed = plankg("extract", str(broken))
    assert completed.returncode == 1
    assert "broken.txt:3: expected UTF-8 text" in completed.stderr
    assert "Traceback" not in completed.stderr
    missing = plankg("extract", str(tmp_path / "absent.txt"))
    assert missing.returncode == 1 and "absent.txt: cannot read the file" in missing.stderr


def test_build_reports_a_broken_document_and_loads_the_rest(tmp_path: Path) -> None:
    sources = tmp_path / "sources"
    shutil.copytree(SOURCES, sources)
    (sources / "zzz-draft.txt").write_text("Chỉ là ghi chú, không phải kế hoạch.\n", encoding="utf-8")
    completed = plankg("build", "--sources", str(sources), "--store", str(tmp_path / "store"))
    assert completed.returncode == 1
    assert "zzz-draft.txt" in completed.stderr and "KẾ HOẠCH" in completed.stderr
    assert completed.stdout.count("read ") == 5


def test_query_formats_and_errors(seed_settings: Settings) -> None:
    store = str(seed_settings.store_path)
    table = plankg("query", "plan-hierarchy", "--store", store)
    assert table.returncode == 0 and "(8 rows)" in table.stdout
    csv = plankg("query", "incomplete-tasks", "--store", store, "--format", "csv")
    assert csv.stdout.splitlines()[0].startswith("plan,planLabel,task")
    json_out = plankg(
        "query",
        "tasks-of-plan",
        "--store",
        store,
        "--format",
        "json",
        "--param",
        "plan=id:plan/can-tho-2025-kh-97",
    )
    assert len(json.loads(json_out.stdout)["results"]["bindings"]) == 28
    bad = plankg("query", "tasks-of-plan", "--store", store, "--param", "plan")
    assert bad.returncode == 2 and "name=value" in bad.stderr
    no_store = plankg("query", "plan-hierarchy", "--store", str(Path(store).parent / "nothing"))
    assert no_store.returncode == 2 and "run `plankg build" in no_store.stderr


def test_query_file_with_a_syntax_error(tmp_path: Path, seed_settings: Settings) -> None:
    path = tmp_path / "mine.rq"
    path.write_text(
        "# title@en: x\n# title@vi: x\n# description@en: x\n# description@vi: x\nSELECT * WHERE {",
        encoding="utf-8",
    )
    completed = plankg("query", str(path), "--store", str(seed_settings.store_path))
    assert completed.returncode == 2 and "mine.rq" in completed.stderr and "error at" in completed.stderr
