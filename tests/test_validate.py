"""Validation of the seed graph: which plans and tasks are flagged, and the report's contract."""

from __future__ import annotations

import json
from collections import defaultdict

import pyoxigraph as ox
import pytest

from plankg.settings import Settings
from plankg.validation import Report, task_sort_key, validate_store

from .support.cli import validate_json

KON_TUM = "003_7c52f3a31f0c58f8.txt"
CAN_THO = "004_b35691891eae5750.txt"
PK = "https://w3id.org/plankg/def#"


@pytest.fixture(scope="module")
def report(seed_store: ox.Store, seed_settings: Settings) -> Report:
    return validate_store(seed_store, seed_settings)


def flagged(report: Report, source: str, path: str) -> set[str]:
    return {
        r.task
        for r in report.results
        if r.source == source and r.path == PK + path and r.task and r.severity == "Violation"
    }


def test_kon_tum_has_no_lead_or_timeframe_violation(report: Report) -> None:
    assert not [r for r in report.results if r.source == KON_TUM and r.severity == "Violation"]


def test_kon_tum_draft_number_and_month_only_date_are_warned(report: Report) -> None:
    plan = [r for r in report.results if r.source == KON_TUM and r.task is None]
    assert {(r.path, r.severity) for r in plan} == {
        (PK + "documentNumber", "Warning"),
        ("http://purl.org/dc/terms/issued", "Warning"),
    }


def test_a_lead_since_replaced_points_to_the_body_of_today(report: Report) -> None:
    replaced = [
        r for r in report.results if r.source == KON_TUM and r.shape and r.shape.endswith("TaskLeadReplaced")
    ]
    assert {r.severity for r in replaced} == {"Info"}
    labour = [r for r in replaced if r.value == "https://w3id.org/plankg/id/agency/quang-ngai/so-y-te"]
    assert labour and all(set(r.message) == {"vi", "en"} for r in labour)


def test_can_tho_flags_every_appendix_task_and_the_items_without_rows(report: Report) -> None:
    appendix = {
        f"{g}.{n}"
        for g, count in {"I": 1, "II": 4, "III": 5, "IV": 9, "V": 2}.items()
        for n in range(1, count + 1)
    }
    assert flagged(report, CAN_THO, "timeframe") == appendix | {"6", "7"}
    assert flagged(report, CAN_THO, "leadAgency") == {"6", "7"}


@pytest.mark.parametrize(
    ("source", "tasks"),
    [
        ("000_4771082b4e3a2d82.txt", {str(n) for n in range(1, 8)}),
        ("001_ebb8e676a705545b.txt", {"1.1", "1.2", "1.3", "1.4"}),
        ("002_a14cb56ae114c9a0.txt", {str(n) for n in range(1, 8)}),
    ],
)
def test_every_task_of_plans_without_appendix_is_flagged(
    report: Report, source: str, tasks: set[str]
) -> None:
    assert flagged(report, source, "leadAgency") == tasks
    assert flagged(report, source, "timeframe") == tasks
    plan_results = [
        r for r in report.results if r.source == source and r.task is None and r.severity == "Violation"
    ]
    assert [r.path for r in plan_results] == [PK + "appendixStatus"]


def test_results_carry_bilingual_messages_lines_and_text(report: Report) -> None:
    assert report.has_violations
    for result in report.results:
        assert set(result.message) == {"vi", "en"}
        assert result.plan and result.source and result.lines
        if result.task:
            assert result.text


def test_results_are_in_document_order(report: Report) -> None:
    by_source = defaultdict(list)
    for result in report.results:
        by_source[result.source].append(task_sort_key(result.task))
    for keys in by_source.values():
        assert keys == sorted(keys)


def test_natural_order_of_task_numbers() -> None:
    ordered = ["1", "1.1", "1.2", "2", "10", "I.1", "I.2", "II.1", "IV.1", "V.1", "IX.1"]
    assert sorted(reversed(ordered), key=task_sort_key) == ordered


def test_cli_validate_json_contract_and_exit_status(seed_settings: Settings) -> None:
    completed = validate_json(str(seed_settings.store_path))
    assert completed.returncode == 1, completed.stderr
    body = json.loads(completed.stdout)
    assert body["conforms"] is False
    result = body["results"][0]
    assert set(result) >= {"focus", "source", "plan", "task", "path", "severity", "message"}
    assert result["severity"] in {"Violation", "Warning", "Info"}
    assert set(result["message"]) == {"vi", "en"}


def test_can_tho_is_warned_of_decision_27_groups_6_and_7_without_tasks(report: Report) -> None:
    groups = {
        r.value
        for r in report.results
        if r.source == CAN_THO and r.shape and r.shape.endswith("PlanLeavesGroupWithoutTask")
    }
    assert groups == {f"https://w3id.org/plankg/id/task/ttg-2025-qd-27/{n}" for n in (6, 7)}
