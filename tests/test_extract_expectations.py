"""What issue 2 requires of the seed extractions, asserted directly (not only through golden files)."""

from __future__ import annotations

import pytest

from loaders.gazetteer import Gazetteer
from loaders.model import PlanDocument
from loaders.reader import read_path

from .conftest import SOURCES

KON_TUM = "003_7c52f3a31f0c58f8.txt"
CAN_THO = "004_b35691891eae5750.txt"
WITHOUT_APPENDIX = ["000_4771082b4e3a2d82.txt", "001_ebb8e676a705545b.txt", "002_a14cb56ae114c9a0.txt"]


def read(name: str, gazetteer: Gazetteer) -> PlanDocument:
    return read_path(SOURCES / name, gazetteer)


def appendix_rows(doc: PlanDocument) -> list:  # type: ignore[type-arg]
    return [task for task in doc.tasks if task.source == "appendix"]


def test_kon_tum_has_25_appendix_tasks_each_with_one_lead_and_a_timeframe(gazetteer: Gazetteer) -> None:
    doc = read(KON_TUM, gazetteer)
    rows = appendix_rows(doc)
    assert doc.appendix == "present"
    assert len(rows) == 25
    assert all(len(task.lead) == 1 and task.timeframe for task in rows)
    assert [t.id for t in rows if t.id.endswith(".1") and t.parent in ("6", "7")] == ["VI.1", "VII.1"]
    assert doc.task("I.1").timeframe == "Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan."
    assert doc.task("IV.2").timeframe == "Thường xuyên hàng năm"
    # Interleaved cells put back together: the task text resumes after the timeframe's first line.
    assert "các trường vệ tinh ở vùng sâu, vùng xa" in doc.task("IV.2").text
    assert doc.task("V.2").cooperating == [
        "Sở Lao động - Thương binh và Xã hội",
        "các sở, ban, ngành, đơn vị liên quan",
        "UBND các huyện, thành phố",
    ]


def test_can_tho_has_21_appendix_tasks_with_one_lead_and_no_timeframe(gazetteer: Gazetteer) -> None:
    doc = read(CAN_THO, gazetteer)
    rows = appendix_rows(doc)
    assert doc.appendix == "present"
    assert len(rows) == 21
    assert all(len(task.lead) == 1 and task.timeframe is None for task in rows)
    # Groups I..V correspond to section II items 1..5; items 6 and 7 have no rows.
    assert sorted({task.parent for task in rows}) == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("name", WITHOUT_APPENDIX)
def test_appendix_referenced_but_missing(name: str, gazetteer: Gazetteer) -> None:
    doc = read(name, gazetteer)
    assert doc.appendix == "referenced-missing"
    assert doc.tasks and all(
        t.source == "section-ii" and not t.lead and t.timeframe is None for t in doc.tasks
    )


def test_tam_duong_tasks_are_the_second_level_items(gazetteer: Gazetteer) -> None:
    doc = read("001_ebb8e676a705545b.txt", gazetteer)
    assert [task.id for task in doc.tasks] == ["1.1", "1.2", "1.3", "1.4"]


@pytest.mark.parametrize(
    ("name", "number", "date", "level", "locality", "signer", "focal"),
    [
        ("000_4771082b4e3a2d82.txt", None, None, "district", "Hải An", "Bùi Quang Ngân", "Phòng Y tế"),
        (
            "001_ebb8e676a705545b.txt",
            None,
            "2025-03",
            "district",
            "Tam Đường",
            "Vũ Xuân Thịnh",
            "Văn phòng HĐND - UBND huyện",
        ),
        ("002_a14cb56ae114c9a0.txt", None, "2025-04", "province", "Bình Thuận", "Nguyễn Minh", "Sở Y tế"),
        (KON_TUM, None, "2025-02", "province", "Kon Tum", "Y Ngọc", "Sở Lao động - Thương binh và Xã hội"),
        (CAN_THO, "97/KH-UBND", "2025-04-26", "province", "Cần Thơ", "Nguyễn Thị Ngọc Diệp", "Sở Y tế"),
    ],
)
def test_plan_metadata(
    name: str,
    number: str | None,
    date: str | None,
    level: str,
    locality: str,
    signer: str,
    focal: str,
    gazetteer: Gazetteer,
) -> None:
    plan = read(name, gazetteer).plan
    assert (plan.number, plan.date, plan.level, plan.locality, plan.signer, plan.focal_agency) == (
        number,
        date,
        level,
        locality,
        signer,
        focal,
    )


@pytest.mark.parametrize(
    ("name", "direct", "nested"),
    [
        ("000_4771082b4e3a2d82.txt", ("90/KH-UBND", "2025-04-08", "Hải Phòng"), "27/QĐ-TTg"),
        ("001_ebb8e676a705545b.txt", ("1005/KH-UBND", "2025-03-11", "Lai Châu"), "27/QĐ-TTg"),
        ("002_a14cb56ae114c9a0.txt", ("27/QĐ-TTg", "2025-01-03", None), None),
        (KON_TUM, ("27/QĐ-TTg", "2025-01-03", None), None),
        (CAN_THO, ("27/QĐ-TTg", "2025-01-03", None), None),
    ],
)
def test_the_plan_each_seed_implements(
    name: str, direct: tuple, nested: str | None, gazetteer: Gazetteer
) -> None:  # type: ignore[type-arg]
    cited = read(name, gazetteer).plan.implements
    parents = [c for c in cited if c.direct]
    assert len(parents) == 1
    assert (parents[0].number, parents[0].date, parents[0].locality) == direct
    assert parents[0].implements == nested


def test_typing_error_in_locality_is_resolved_and_kept(gazetteer: Gazetteer) -> None:
    plan = read(CAN_THO, gazetteer).plan
    assert plan.locality == "Cần Thơ"
    assert plan.locality_as_written == "Càm Thơ"
    assert "bốn phật" in read(CAN_THO, gazetteer).task("II.3").text  # the document's words, kept


def test_every_value_records_its_lines(gazetteer: Gazetteer) -> None:
    for name in [KON_TUM, CAN_THO, *WITHOUT_APPENDIX]:
        doc = read(name, gazetteer)
        lines = (SOURCES / name).read_text(encoding="utf-8").splitlines()
        for task in doc.tasks:
            assert 1 <= task.lines.first <= task.lines.last <= len(lines)
            # The first words of the task are on its first lines.
            opening = task.text.split()[1] if task.text.startswith("- ") else task.text.split()[0]
            window = " ".join(lines[task.lines.first - 1 : task.lines.last])
            assert opening.strip(",.;:") in window, (name, task.id)
        assert doc.plan.evidence["signer"].first <= len(lines)
