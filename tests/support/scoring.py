"""Comparing what a loader read with a hand-written truth file (tests/corpus_spec.md).

Run as a script to see the differences for a whole corpus:
    .venv/bin/python -m tests.support.scoring tests/corpus
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loaders.gazetteer import load_gazetteer
from loaders.model import DocumentError
from loaders.reader import read_path
from plankg.text import squash

HOME = Path(__file__).resolve().parents[2]
PLAN_FIELDS = ("number", "date", "level", "locality", "signer", "focal_agency")
SCORED_PLAN_FIELDS = ("number", "date", "level", "parent")  # what the accuracy bar requires of every document


@dataclass
class Score:
    document: str
    differences: list[str] = field(default_factory=list)
    plan_errors: list[str] = field(default_factory=list)  # in SCORED_PLAN_FIELDS
    tasks: int = 0
    tasks_right: int = 0  # lead and timeframe exactly right


def _parent(plan: dict[str, Any]) -> dict[str, Any] | None:
    direct = [c for c in plan["implements"] if c["direct"]]
    return {"number": direct[0]["number"], "date": direct[0]["date"]} if direct else None


def _value(value: Any) -> Any:
    """A name or timeframe without the sentence's or list's final punctuation (tests/corpus_spec.md):
    "Thường xuyên." on a field line and "Thường xuyên" are the same timeframe."""
    if isinstance(value, list):
        return [_value(item) for item in value]
    return value.rstrip(" .;,") if isinstance(value, str) else value


def score(document: Path, truth: dict[str, Any]) -> Score:
    result = Score(document.name)
    try:
        extracted = read_path(document, load_gazetteer(HOME / "data" / "reference")).to_json()
    except DocumentError as error:
        result.differences.append(f"not read: {error}")
        result.plan_errors.append("not read")
        result.tasks = len(truth["tasks"])
        return result
    plan, expected = extracted["plan"], truth["plan"]
    got_plan = {**{name: plan.get(name) for name in PLAN_FIELDS}, "parent": _parent(plan)}
    for name in (*PLAN_FIELDS, "parent"):
        if name in expected and got_plan[name] != expected[name]:
            result.differences.append(f"plan.{name}: read {got_plan[name]!r}, truth {expected[name]!r}")
            if name in SCORED_PLAN_FIELDS:
                result.plan_errors.append(name)
    if extracted["appendix"] != truth["appendix"]:
        result.differences.append(f"appendix: read {extracted['appendix']!r}, truth {truth['appendix']!r}")

    read_tasks = {task["id"]: task for task in extracted["tasks"]}
    for task in truth["tasks"]:
        result.tasks += 1
        got = read_tasks.get(task["id"])
        if got is None:
            result.differences.append(f"task {task['id']}: not read")
            continue
        right = True
        for name in ("lead", "timeframe", "cooperating"):
            if _value(got[name]) != _value(task[name]):
                result.differences.append(
                    f"task {task['id']}.{name}: read {got[name]!r}, truth {task[name]!r}"
                )
                right = right and name == "cooperating"
        starts = task.get("text_starts")
        if starts and not squash(got["text"]).startswith(squash(starts).rstrip(" .…")):
            result.differences.append(
                f"task {task['id']}.text: read {got['text'][:60]!r}, truth starts {starts!r}"
            )
        result.tasks_right += right
    extra = sorted(set(read_tasks) - {task["id"] for task in truth["tasks"]})
    if extra:
        result.differences.append(f"tasks read but not in the truth: {', '.join(extra)}")
    return result


def corpus(directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    cases = []
    for truth_path in sorted(directory.glob("*.truth.json")):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        cases.append((directory / truth["file"], truth))
    return cases


def main(directory: str) -> int:
    scores = [score(path, truth) for path, truth in corpus(Path(directory))]
    for result in scores:
        status = "ok" if not result.differences else f"{len(result.differences)} differences"
        print(f"{result.document}: {result.tasks_right}/{result.tasks} tasks right; {status}")
        for difference in result.differences:
            print(f"    {difference}")
    tasks = sum(r.tasks for r in scores)
    right = sum(r.tasks_right for r in scores)
    plans_right = sum(not r.plan_errors for r in scores)
    print(
        f"\ntasks: {right}/{tasks} ({100 * right / max(tasks, 1):.1f}%) with lead and timeframe exactly right"
    )
    print(f"documents: {plans_right}/{len(scores)} with number, date, level and parent right")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "tests/corpus"))
