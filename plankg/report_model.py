"""The validation report as people read it: its results, its plans, its problems.

Each result names the plan, the task (its number and opening words), the source file and the
lines; each plan read from a document says how many of its tasks are complete. Both validation
engines give their results in this form (``plankg.report_assembly``), and every format of the
report (``plankg.reports``) and the server's pages read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from rdflib import Node

from .namespaces import SH

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
LANGUAGES = ("vi", "en")

Texts = dict[str, str]  # language -> text


@dataclass
class Result:
    focus: str
    source: str | None
    plan: str | None
    task: str | None
    path: str | None
    severity: str
    message: Texts
    shape: str | None = None
    lines: list[int] | None = None
    text: str | None = None  # the opening of the task's text, to recognise it
    value: str | None = None  # the value the result is about (sh:value): a successor, a timeframe
    name: Texts = field(default_factory=dict)  # the problem, in a few words (the shape's sh:name)
    fix: Texts = field(default_factory=dict)  # what to do (the shape's pk:suggestedFix)
    value_label: Texts = field(default_factory=dict)  # the value as people read it
    component: str | None = None  # sh:sourceConstraintComponent
    # The RDF terms themselves, for the SHACL report in RDF (a draft's focus may be a blank node).
    focus_term: Node | None = field(default=None, repr=False, compare=False)
    value_term: Node | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "focus": self.focus,
            "source": self.source,
            "plan": self.plan,
            "task": self.task,
            "path": self.path,
            "severity": self.severity,
            "message": self.message,
            "shape": self.shape,
            "lines": self.lines,
            "text": self.text,
            "value": self.value,
            "valueLabel": self.value_label or None,
            "name": self.name,
            "suggestedFix": self.fix,
        }


@dataclass
class PlanSummary:
    """A plan read from a document, with how complete its tasks are."""

    iri: str
    label: Texts
    number: str | None
    issued: str | None
    locality: Texts
    source: str | None
    tasks: int  # tasks without subtasks: the ones that need a lead and a timeframe
    incomplete: int  # of those, the ones with a Violation
    counts: dict[str, int] = field(default_factory=dict)  # results by severity

    @property
    def complete(self) -> int:
        return self.tasks - self.incomplete

    @property
    def completeness(self) -> float | None:
        return self.complete / self.tasks if self.tasks else None

    def to_json(self) -> dict[str, Any]:
        return {
            "plan": self.iri,
            "label": self.label,
            "number": self.number,
            "issued": self.issued,
            "locality": self.locality or None,
            "source": self.source,
            "tasks": self.tasks,
            "completeTasks": self.complete,
            "incompleteTasks": self.incomplete,
            "completeness": None if self.completeness is None else round(self.completeness, 4),
            "counts": self.counts,
        }


@dataclass
class Problem:
    """One shape, as a kind of problem, with how often it was found."""

    shape: str
    severity: str
    name: Texts
    count: int
    plans: int

    def to_json(self) -> dict[str, Any]:
        return {
            "shape": self.shape,
            "severity": self.severity,
            "name": self.name,
            "count": self.count,
            "plans": self.plans,
        }


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    plans: list[PlanSummary] = field(default_factory=list)  # most complete first

    @property
    def conforms(self) -> bool:
        return not self.results

    @property
    def has_violations(self) -> bool:
        return any(result.severity == "Violation" for result in self.results)

    def counts(self) -> dict[str, int]:
        return {severity: sum(r.severity == severity for r in self.results) for severity in SEVERITY_ORDER}

    def problems(self) -> list[Problem]:
        by_shape: dict[str, list[Result]] = {}
        for result in self.results:
            by_shape.setdefault(result.shape or "", []).append(result)
        problems = [
            Problem(
                shape=shape,
                severity=results[0].severity,
                name=results[0].name,
                count=len(results),
                plans=len({r.plan for r in results}),
            )
            for shape, results in by_shape.items()
        ]
        return sorted(problems, key=lambda p: (SEVERITY_ORDER[p.severity], -p.count, p.shape))

    def plan(self, iri: str) -> PlanSummary | None:
        return self._plans_by_iri.get(iri)

    @cached_property
    def _plans_by_iri(self) -> dict[str, PlanSummary]:
        """Looked up for every result of a report (its locality, its label): once, not a scan."""
        return {summary.iri: summary for summary in self.plans}

    def for_plan(self, iri: str) -> Report:
        """The results about one plan and its tasks."""
        return Report([r for r in self.results if r.plan == iri], [p for p in self.plans if p.iri == iri])

    def to_json(self) -> dict[str, Any]:
        return {
            "conforms": self.conforms,
            "counts": self.counts(),
            "problems": [problem.to_json() for problem in self.problems()],
            "plans": [summary.to_json() for summary in self.plans],
            "results": [result.to_json() for result in self.results],
        }


def opening(text: str, words: int = 12) -> str:
    """The first words of a task's text, enough to find it in the document."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def task_sort_key(task_id: str | None) -> tuple[Any, ...]:
    """Natural order of task numbers: 1 < 2 < 10 < I.1 < I.2 < II.1 < IV.1 < V.1."""
    if task_id is None:
        return (0,)
    roman = {"I": 1, "V": 5, "X": 10, "L": 50}
    key: list[Any] = [1]
    for part in task_id.split("."):
        if part.isdigit():
            key.append((0, int(part)))
        elif re.fullmatch(r"[IVXL]+", part):
            value = 0
            for char, following in zip(part, [*part[1:], ""], strict=True):
                value += -roman[char] if following and roman[following] > roman[char] else roman[char]
            key.append((1, value))
        else:
            key.append((2, part))
    return tuple(key)


def result_order(result: Result) -> tuple[Any, ...]:
    return (
        result.source or "",
        result.plan or "",
        task_sort_key(result.task),
        SEVERITY_ORDER[result.severity],
        result.path or "",
        result.shape or "",
        result.value or "",
    )
