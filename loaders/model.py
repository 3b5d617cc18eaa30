"""The plan model: what a loader read from one document, before it becomes RDF.

Parsers fill these dataclasses; ``loaders.rdf`` turns them into triples; ``plankg extract`` prints
them as JSON (the contract of ``to_json`` is stable: fields may be added, never renamed).
Every value keeps the lines of the source file it was read from, so anyone can check it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Level = Literal["national", "province", "district", "commune"]
AppendixStatus = Literal["present", "referenced-missing", "none"]


@dataclass(frozen=True)
class Span:
    """Lines ``first``..``last`` (1-based, inclusive) of the source file."""

    first: int
    last: int

    def to_json(self) -> list[int]:
        return [self.first, self.last]

    def union(self, other: Span) -> Span:
        return Span(min(self.first, other.first), max(self.last, other.last))


@dataclass
class CitedPlan:
    """A plan the document names as its basis ("Căn cứ ...", "Thực hiện ...", "Triển khai ...")."""

    kind: str  # the document type as written: "Kế hoạch", "Quyết định", ...
    number: str | None  # "90/KH-UBND"; None for a blank placeholder
    date: str | None  # "YYYY-MM-DD", "YYYY-MM" or None
    title: str | None
    issuer: str | None
    level: Level | None
    locality: str | None
    lines: Span
    direct: bool = False  # the plan this document implements directly (the nearest level above)
    implements: str | None = None  # number of the plan the citation says the cited plan implements

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "date": self.date,
            "title": self.title,
            "kind": self.kind,
            "issuer": self.issuer,
            "level": self.level,
            "locality": self.locality,
            "direct": self.direct,
            "implements": self.implements,
            "lines": self.lines.to_json(),
        }


@dataclass
class ReportingDeadline:
    """When units report on the plan: "6 tháng (trước ngày 10 tháng 6)" -> semiannual, 10 June."""

    text: str  # as written
    recurrence: str | None  # "semiannual", "annual", "quarterly", "monthly"
    month: int | None
    day: int | None
    lines: Span

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "recurrence": self.recurrence,
            "month": self.month,
            "day": self.day,
            "lines": self.lines.to_json(),
        }


@dataclass
class PlanMeta:
    title: str
    kind: str  # "Kế hoạch", "Quyết định"
    number: str | None
    date: str | None
    issuer: str
    level: Level
    locality: str
    signer: str | None
    signer_title: str | None
    focal_agency: str | None
    implements: list[CitedPlan]
    lines: Span  # the title block
    locality_type: str | None = None  # the unit word as Vietnamese writes it: "tỉnh", "thành phố", "huyện"
    locality_as_written: str | None = None
    parent_locality: str | None = None  # the province of a district or commune, when known
    evidence: dict[str, Span] = field(default_factory=dict)  # field name -> where it was read
    reporting: list[ReportingDeadline] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind,
            "number": self.number,
            "date": self.date,
            "issuer": self.issuer,
            "level": self.level,
            "locality": self.locality,
            "locality_type": self.locality_type,
            "locality_as_written": self.locality_as_written,
            "parent_locality": self.parent_locality,
            "signer": self.signer,
            "signer_title": self.signer_title,
            "focal_agency": self.focal_agency,
            "implements": [cited.to_json() for cited in self.implements],
            "lines": self.lines.to_json(),
            "evidence": {name: span.to_json() for name, span in sorted(self.evidence.items())},
            "reporting": [deadline.to_json() for deadline in self.reporting],
        }


@dataclass
class Task:
    id: str  # "3", "1.2", "II.3" (appendix group numeral, row number)
    parent: str | None
    text: str
    lead: list[str]
    cooperating: list[str]
    timeframe: str | None
    lines: Span
    source: Literal["section-ii", "appendix"] = "section-ii"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "parent": self.parent,
            "text": self.text,
            "lead": self.lead,
            "cooperating": self.cooperating,
            "timeframe": self.timeframe,
            "source": self.source,
            "lines": self.lines.to_json(),
        }


@dataclass
class AppendixGroup:
    numeral: str  # "I", "II", ...
    title: str
    item: str | None  # the section II item it corresponds to (by order)
    lines: Span

    def to_json(self) -> dict[str, Any]:
        return {
            "numeral": self.numeral,
            "title": self.title,
            "item": self.item,
            "lines": self.lines.to_json(),
        }


@dataclass
class Problem:
    """Something the loader could read only in part: reported with its line, never silently dropped."""

    line: int
    message: str

    def to_json(self) -> dict[str, Any]:
        return {"line": self.line, "message": self.message}


@dataclass
class Footnote:
    mark: str
    text: str
    lines: Span

    def to_json(self) -> dict[str, Any]:
        return {"mark": self.mark, "text": self.text, "lines": self.lines.to_json()}


@dataclass
class PlanDocument:
    source: str  # the file name
    format: str  # "pdf-text", "markdown"
    sha256: str
    line_count: int
    plan: PlanMeta
    appendix: AppendixStatus
    tasks: list[Task]
    appendix_groups: list[AppendixGroup] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "format": self.format,
            "plan": self.plan.to_json(),
            "appendix": self.appendix,
            "appendix_groups": [group.to_json() for group in self.appendix_groups],
            "tasks": [task.to_json() for task in self.tasks],
            "footnotes": [note.to_json() for note in self.footnotes],
            "problems": [problem.to_json() for problem in self.problems],
        }

    def task(self, task_id: str) -> Task:
        for task in self.tasks:
            if task.id == task_id:
                return task
        raise KeyError(task_id)


class DocumentError(Exception):
    """A document that cannot be read: names the file, the line and what was expected."""

    def __init__(self, source: str, line: int | None, message: str):
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line else source
        super().__init__(f"{where}: {message}")
