"""The synthetic corpus (`plankg synth`): reproducible, and read by the real build path exactly as
its manifest says it was written (tasks, what each lacks, levels, parents)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from loaders.build import build
from plankg.settings import Settings
from plankg.store import open_read_only
from plankg.validation import validate_store

from .conftest import HOME

OPTIONS = ["--provinces", "2", "--districts", "5", "--communes", "7", "--tasks", "14", "--seed", "11"]


def synth(out: Path, *options: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "plankg.cli", "synth", "--out", str(out), *options]
    return subprocess.run(command, capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("synth")
    completed = synth(out, *OPTIONS)
    assert completed.returncode == 0, completed.stderr
    return out


def digests(directory: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(directory.iterdir())}


def test_a_seed_fixes_every_byte(corpus: Path, tmp_path: Path) -> None:
    assert synth(tmp_path / "again", *OPTIONS).returncode == 0
    assert digests(tmp_path / "again") == digests(corpus)
    assert synth(tmp_path / "other", *OPTIONS[:-1], "12").returncode == 0
    assert digests(tmp_path / "other") != digests(corpus)


def test_the_corpus_has_both_structures_and_every_format(corpus: Path) -> None:
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    levels = [plan["level"] for plan in manifest["plans"]]
    assert levels.count("province") == 4 and levels.count("district") == 5 and levels.count("commune") == 7
    assert {Path(plan["file"]).suffix for plan in manifest["plans"]} == {".md", ".docx", ".xlsx", ".csv"}
    assert manifest["tasks"] == 16 * 14 and 0 < manifest["incomplete"] < manifest["tasks"]


def test_the_build_reads_what_was_written(corpus: Path, tmp_path: Path) -> None:
    settings = Settings(home=HOME, store=tmp_path / "store")
    report = build(settings, [corpus])
    assert not report.failures, report.failures
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    store = open_read_only(settings.store_path)
    rows = store.query(
        """PREFIX pk: <https://w3id.org/plankg/def#>
        SELECT ?file ?level ?number ?parentNumber (COUNT(DISTINCT ?task) AS ?tasks) WHERE {
          ?plan pk:sourceDocument/pk:fileName ?file ; pk:level ?level ; pk:documentNumber ?number ;
                pk:implements/pk:documentNumber ?parentNumber .
          ?task pk:partOfPlan ?plan ; pk:sourceDocument ?d .
          FILTER NOT EXISTS { ?sub pk:subtaskOf ?task }
        } GROUP BY ?file ?level ?number ?parentNumber""",
        use_default_graph_as_union=True,
    )
    read = {
        row["file"].value: (
            row["level"].value.rsplit("#", 1)[-1],
            row["number"].value,
            row["parentNumber"].value,
            int(row["tasks"].value),
        )  # type: ignore[index]
        for row in rows  # type: ignore[union-attr]
    }
    written = {
        plan["file"]: (plan["level"], plan["number"], plan["parent"]["number"], plan["tasks"])
        for plan in manifest["plans"]
    }
    assert read == written
    # validation finds exactly the tasks the manifest says lack a lead or a timeframe
    found: dict[str, dict[str, list[str]]] = {}
    for result in validate_store(store, settings).results:
        shape = (result.shape or "").rsplit("#", 1)[-1]
        if shape in ("TaskWithoutLead", "TaskWithoutTimeframe") and result.task:
            what = "lead" if shape == "TaskWithoutLead" else "timeframe"
            found.setdefault(result.source or "", {}).setdefault(result.task, []).append(what)
    expected = {plan["file"]: plan["incomplete"] for plan in manifest["plans"] if plan["incomplete"]}
    assert {
        name: {task: sorted(what) for task, what in tasks.items()} for name, tasks in found.items()
    } == expected


@pytest.mark.parametrize(
    ("options", "says"), [(["--tasks", "0"], "--tasks 0"), (["--incomplete-share", "2"], "share")]
)
def test_bad_options_are_refused(tmp_path: Path, options: list[str], says: str) -> None:
    completed = synth(tmp_path / "out", *options)
    assert completed.returncode == 2 and says in completed.stderr and not (tmp_path / "out").exists()
