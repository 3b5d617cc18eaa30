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


def test_a_partly_readable_table_is_reported_row_by_row(tmp_path: Path) -> None:
    """A row lost from the appendix is named with its line by extract and by build (never silently
    dropped); the rest of the document still loads."""
    lines = (SOURCES / "004_b35691891eae5750.txt").read_text(encoding="utf-8").split("\n")
    lost = next(i for i, line in enumerate(lines) if line.startswith("2\tTruyền thông, giáo dục"))
    lines[lost] = ""  # row II.2 is lost, so II.3 follows II.1
    row_3 = next(i for i, line in enumerate(lines) if line.startswith("3\tNâng cao nhận thức")) + 1
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "can-tho.txt").write_text("\n".join(lines), encoding="utf-8")
    extracted = plankg("extract", str(sources / "can-tho.txt"), "--format", "text")
    assert extracted.returncode == 0, extracted.stderr
    assert f"warning: line {row_3}: row 3 follows row 1: expected row 2" in extracted.stdout
    built = plankg("build", "--sources", str(sources), "--store", str(tmp_path / "store"))
    assert built.returncode == 0, built.stderr
    assert f"warning: can-tho.txt:{row_3}: row 3 follows row 1: expected row 2" in built.stderr
    assert "read can-tho.txt" in built.stdout


def test_an_unreadable_task_table_names_the_appendix_line(tmp_path: Path) -> None:
    text = (SOURCES / "004_b35691891eae5750.txt").read_text(encoding="utf-8")
    heading = text.split("\n").index("**PHỤ LỤC**  ") + 1
    # The appendix keeps its heading and column names, but the rows are run into one paragraph.
    head, _, table = text.partition("STT\tNhiệm vụ")
    broken = tmp_path / "can-tho.txt"
    broken.write_text(head + "STT Nhiệm vụ " + " ".join(table.replace("\t", " ").split()), encoding="utf-8")
    completed = plankg("extract", str(broken))
    assert completed.returncode == 1
    assert f"can-tho.txt:{heading}: the appendix has a task table that could not be read" in completed.stderr


def test_the_task_sheet_template_reads_back(tmp_path: Path) -> None:
    for name in ("ke-hoach.xlsx", "ke-hoach.csv"):
        path = tmp_path / name
        written = plankg("template", str(path))
        assert written.returncode == 0, written.stderr
        extracted = plankg("extract", str(path))
        assert extracted.returncode == 0, extracted.stderr
        body = json.loads(extracted.stdout)
        assert body["plan"]["number"] is None  # the example is a draft
        assert (body["plan"]["level"], body["plan"]["locality"]) == ("district", "Tam Đường")
        assert [task["id"] for task in body["tasks"]] == ["I.1", "I.2", "II.1"]
        assert all(task["lead"] and task["timeframe"] for task in body["tasks"])
    again = plankg("template", str(tmp_path / "ke-hoach.csv"))
    assert again.returncode == 2 and "exists (--force to overwrite)" in again.stderr
    assert plankg("template", str(tmp_path / "ke-hoach.csv"), "--force").returncode == 0
    wrong = plankg("template", str(tmp_path / "ke-hoach.ods"))
    assert wrong.returncode == 2 and "a task sheet is .xlsx or .csv, not .ods" in wrong.stderr
