"""Each seed with an appendix, written as .docx, .pdf, .xlsx and .csv, reads back as its text version.

The body and the appendix table of the text version are written the way offices make such files
(a Word table with merged group rows, a PDF with a ruled table, the task-sheet template); reading
them back must give the same plan and the same tasks: same ids, texts, agencies and timeframes.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from loaders.gazetteer import Gazetteer
from loaders.paragraphs import paragraphs
from loaders.reader import read_document, read_path, text_view_lines
from loaders.source import SourceText
from loaders.structure import split_structure

from .conftest import SOURCES
from .support.writers import PlanParts, sheet_metadata, write_csv, write_docx, write_pdf, write_xlsx

SEEDS_WITH_APPENDIX = ["003_7c52f3a31f0c58f8.txt", "004_b35691891eae5750.txt"]
PLAN_FIELDS = ("number", "date", "level", "locality", "issuer", "signer", "focal_agency")


def seed_parts(name: str, gazetteer: Gazetteer) -> tuple[PlanParts, dict[str, Any]]:
    """The body paragraphs and the appendix table of a seed, as its text version reads."""
    source = SourceText.read(SOURCES / name)
    structure = split_structure(source, gazetteer.is_name_prefix)
    extracted = read_document(source, gazetteer).to_json()
    header = [line.stripped for line in structure.header if not line.blank]
    last_header = structure.header[-1].number if structure.header else 0
    foot = {line.number for line in [*structure.recipients, *structure.signature]}
    body_lines = [line for line in structure.body if line.number > last_header and line.number not in foot]
    body = [p.text for p in paragraphs(source, body_lines, gazetteer.is_name_prefix)]
    recipients = [line.stripped for line in structure.recipients if line.stripped]
    signature = [line.stripped for line in structure.signature if line.stripped]
    assert structure.appendix_heading is not None
    heading = [structure.appendix_heading.stripped]
    for line in structure.appendix:
        if line.stripped.startswith("STT") or "\t" in line.text:
            break
        if line.stripped and not line.footnote:
            heading.append(line.stripped)
    has_timeframe = any(task["timeframe"] for task in extracted["tasks"])
    timeframe_column = ["Thời gian thực hiện"] if has_timeframe else []
    table = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", *timeframe_column]]
    rows = [t for t in extracted["tasks"] if t["source"] == "appendix"]
    for group in extracted["appendix_groups"]:
        table.append([group["numeral"], group["title"], "", "", *[""] * len(timeframe_column)])
        for task in (t for t in rows if t["id"].split(".")[0] == group["numeral"]):
            number = "" if _unnumbered_in_source(source, task) else task["id"].split(".", 1)[1]
            timeframe = [task["timeframe"] or ""] if has_timeframe else []
            table.append(
                [number, task["text"], "; ".join(task["lead"]), "; ".join(task["cooperating"]), *timeframe]
            )
    return PlanParts([*header, *body], table, heading, recipients, signature), extracted


def _unnumbered_in_source(source: SourceText, task: dict[str, Any]) -> bool:
    first = source.line(task["lines"][0]).stripped
    return not first[:1].isdigit()


def same_tasks(extracted: dict[str, Any], read_back: dict[str, Any], with_parents: bool) -> None:
    def key(task: dict[str, Any]) -> tuple[Any, ...]:
        return (
            task["id"],
            task["text"],
            task["lead"],
            task["cooperating"],
            task["timeframe"],
            task["parent"] if with_parents else None,
        )

    expected = [key(t) for t in extracted["tasks"] if with_parents or t["source"] == "appendix"]
    got = [key(t) for t in read_back["tasks"] if with_parents or "." in t["id"]]
    assert got == expected


def same_plan(extracted: dict[str, Any], read_back: dict[str, Any]) -> None:
    for field in PLAN_FIELDS:
        assert read_back["plan"][field] == extracted["plan"][field], field

    def cited(plan: dict[str, Any]) -> list[tuple[Any, ...]]:
        return [(c["number"], c["date"], c["direct"]) for c in plan["implements"]]

    assert cited(read_back["plan"]) == cited(extracted["plan"])


@pytest.mark.parametrize("name", SEEDS_WITH_APPENDIX)
@pytest.mark.parametrize("form", [".docx", ".pdf", ".pdf with rows split across pages"])
def test_documents_read_back_as_the_text_version(
    name: str, form: str, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    parts, extracted = seed_parts(name, gazetteer)
    path = tmp_path / (Path(name).stem + form.split()[0])
    if form == ".docx":
        write_docx(path, parts)
    else:
        write_pdf(path, parts, split_rows=form != ".pdf")
    if form.endswith("split across pages"):
        # The table finder leaves out the parts of a split row: the view must have read them.
        view = text_view_lines(path)
        assert any(line.startswith("\t") and line.strip() for line in view), "no row was split"
    read_back = read_path(path, gazetteer).to_json()
    assert read_back["appendix"] == "present"
    same_plan(extracted, read_back)
    same_tasks(extracted, read_back, with_parents=True)


@pytest.mark.parametrize("name", SEEDS_WITH_APPENDIX)
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_task_sheets_read_back_as_the_text_version(
    name: str, suffix: str, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    parts, extracted = seed_parts(name, gazetteer)
    path = tmp_path / (Path(name).stem + suffix)
    (write_xlsx if suffix == ".xlsx" else write_csv)(path, sheet_metadata(extracted["plan"]), parts.table)
    read_back = read_path(path, gazetteer).to_json()
    same_plan(extracted, read_back)
    same_tasks(extracted, read_back, with_parents=False)
    # The groups keep their numerals and titles.
    assert [(g["numeral"], g["title"]) for g in read_back["appendix_groups"]] == [
        (g["numeral"], g["title"]) for g in extracted["appendix_groups"]
    ]
