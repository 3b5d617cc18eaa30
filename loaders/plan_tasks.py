"""Tasks: the numbered items of section II and the rows of the appendix table under them.

Section II ("NHIỆM VỤ VÀ GIẢI PHÁP") lists the task groups, mirroring Decision 27's seven. When
items are numbered in two levels ("1.1", "1.2"), the first level is a heading and the second the
tasks; an item that only points to the appendix ("Nhiệm vụ, giải pháp cụ thể: (Có phụ lục kèm
theo)") is not a task. Appendix groups I, II, ... correspond in order to the items of section II;
their rows become tasks "II.3" (group numeral, row number; an unnumbered row is "II.1") under them.
"""

from __future__ import annotations

import re

from plankg.text import fold, squash

from .assignees import split_assignees
from .gazetteer import Gazetteer
from .model import AppendixGroup, DocumentError, Problem, Span, Task
from .paragraphs import Paragraph
from .pdf_blocks import read_block_table, starts_with_marker_run
from .pdf_table import read_pdf_table
from .prose import Assignment, read_assignment
from .source import Line, SourceText
from .structure import Structure
from .tables import Table, TableRow, read_delimited_table
from .timeframes import normalise

ITEM = re.compile(r"^(?P<id>\d+(?:\.\d+)*)\s*[.)]\s*(?P<text>.*)$")
SUB_ITEM = re.compile(r"^(?P<letter>[a-zđ])\)\s*(?P<text>.*)$")


def section_ii_tasks(source: SourceText, structure: Structure, gazetteer: Gazetteer) -> list[Task]:
    section = structure.section("tasks")
    if section is None:
        raise DocumentError(
            source.name,
            None,
            'expected a section of tasks ("II. NHIỆM VỤ VÀ GIẢI PHÁP") before the signature',
        )
    items: list[tuple[str, list[Paragraph]]] = []
    for paragraph in section.body:
        match = ITEM.match(paragraph.text)
        if match:
            items.append((match.group("id"), [paragraph]))
        elif items and not _is_note(paragraph.text):
            items[-1][1].append(paragraph)
    nested = any("." in item_id for item_id, _ in items)
    tasks: list[Task] = []
    for item_id, paragraphs in items:
        text = _item_text(paragraphs)
        if nested and "." not in item_id:
            has_children = any(other.startswith(item_id + ".") for other, _ in items)
            if has_children or "phu luc" in fold(text):
                continue  # a heading over sub-items, or a pointer to the appendix
        tasks.extend(_item_tasks(item_id, paragraphs, gazetteer))
    return tasks


def _item_tasks(item_id: str, paragraphs: list[Paragraph], gazetteer: Gazetteer) -> list[Task]:
    """An item, with the assignment its prose carries. Its lettered sub-items ("a)", "b)") are
    tasks "2.a", "2.b" under it when each carries its own assignment; fields after a list of
    sub-items that have none ("a) ...", "b) ...", then "- Cơ quan chủ trì: ...") are the item's."""
    head: list[Paragraph] = []
    letters: list[tuple[str, list[Paragraph]]] = []
    for paragraph in paragraphs:
        match = SUB_ITEM.match(paragraph.text) if paragraph is not paragraphs[0] else None
        if match:
            letters.append((match.group("letter"), [paragraph]))
        elif letters:
            letters[-1][1].append(paragraph)
        else:
            head.append(paragraph)
    assignments = [read_assignment(_item_text(sub, SUB_ITEM), gazetteer) for _, sub in letters]
    if not letters or not all(assignment.found for assignment in assignments):
        return [
            _prose_task(
                item_id, None, paragraphs, read_assignment(_item_text(paragraphs), gazetteer), gazetteer
            )
        ]
    subtasks = [
        _prose_task(f"{item_id}.{letter}", item_id, sub_paragraphs, assignment, gazetteer)
        for (letter, sub_paragraphs), assignment in zip(letters, assignments, strict=True)
    ]
    return [
        _prose_task(item_id, None, head, read_assignment(_item_text(head), gazetteer), gazetteer),
        *subtasks,
    ]


def _prose_task(
    task_id: str,
    parent: str | None,
    paragraphs: list[Paragraph],
    assignment: Assignment,
    gazetteer: Gazetteer,
) -> Task:
    timeframe = assignment.timeframe
    return Task(
        id=task_id,
        parent=parent,
        text=assignment.text,
        lead=[name for lead in assignment.lead for name in split_assignees(lead, gazetteer)],
        cooperating=[name for names in assignment.cooperating for name in split_assignees(names, gazetteer)],
        timeframe=normalise(timeframe).text if timeframe else None,
        lines=Span(paragraphs[0].first, paragraphs[-1].last),
        source="section-ii",
    )


def _is_note(text: str) -> bool:
    """A remark in parentheses under the items ("(Chi tiết ... tại Phụ lục kèm theo)")."""
    return text.startswith("(") and text.rstrip(". ").endswith(")")


def _item_text(paragraphs: list[Paragraph], opening: re.Pattern[str] | None = None) -> str:
    first = (opening or ITEM).match(paragraphs[0].text)
    lines = [first.group("text") if first else paragraphs[0].text]
    lines += [paragraph.text for paragraph in paragraphs[1:]]
    return "\n".join(squash(line) for line in lines if squash(line))


def appendix_tasks(
    source: SourceText, structure: Structure, items: list[Task], gazetteer: Gazetteer
) -> tuple[list[AppendixGroup], list[Task], list[Problem]]:
    """The appendix table's groups and rows, as tasks under the section II items, and what in the
    table could not be read."""
    table = read_delimited_table(structure.appendix) or _likelier_pdf_table(
        structure.appendix, gazetteer, [item.text for item in items]
    )
    if table is None:
        return [], [], []
    groups, tasks = rows_to_tasks(table.rows, items, gazetteer, source.name)
    problems = list(table.problems)
    if len(groups) > len(items) and items:
        first = groups[len(items)]
        problems.append(
            Problem(
                first.lines.first,
                f"appendix group {first.numeral} has no section II item to belong to "
                f"(section II has {len(items)} items)",
            )
        )
    return groups, tasks, problems


def _likelier_pdf_table(lines: list[Line], gazetteer: Gazetteer, item_texts: list[str]) -> Table | None:
    """Text extracted from a PDF is written row by row or box by box, and nothing in the text says
    which: both readers read it, and the reading that makes the more complete rows wins."""
    by_boxes = read_block_table(lines, gazetteer, item_texts)
    by_rows = read_pdf_table(lines, gazetteer)
    # On a tie, a run of bare numbers after the header is the sign of box-by-box writing.
    order = [by_boxes, by_rows] if starts_with_marker_run(lines) else [by_rows, by_boxes]
    readings = [table for table in order if table is not None]
    return max(readings, key=_completeness, default=None)


def _completeness(table: Table) -> float:
    rows = [row for row in table.rows if not row.is_group]
    filled = sum(
        bool(row.cells.get("task")) + bool(row.cells.get("lead")) + bool(row.cells.get("timeframe"))
        for row in rows
    )
    return filled - 2 * len(table.problems)


def rows_to_tasks(
    rows: list[TableRow], items: list[Task], gazetteer: Gazetteer, source_name: str
) -> tuple[list[AppendixGroup], list[Task]]:
    """Table rows as tasks: "<group>.<row>" under the section II item the group corresponds to
    (the k-th group to the k-th item); "<group>.1" for a group's one unnumbered row; "PL.<n>" for
    rows of a table without groups (PL: phụ lục)."""
    groups: list[AppendixGroup] = []
    tasks: list[Task] = []
    group: AppendixGroup | None = None
    ungrouped = 0
    for row in rows:
        if row.is_group:
            item = items[len(groups)].id if len(groups) < len(items) else None
            group = AppendixGroup(row.marker, row.cells.get("task", ""), item, row.span)
            groups.append(group)
            continue
        if group is None:
            ungrouped += 1
            tasks.append(_row_task(row, f"PL.{row.marker or ungrouped}", None, gazetteer))
            continue
        number = row.marker or "1"
        task_id = number if number.startswith(group.numeral + ".") else f"{group.numeral}.{number}"
        tasks.append(_row_task(row, task_id, group.item, gazetteer))
    seen: set[str] = set()
    for task in tasks:
        if task.id in seen:
            raise DocumentError(
                source_name, task.lines.first, f"the appendix has two rows numbered {task.id}"
            )
        seen.add(task.id)
    return groups, tasks


def _row_task(row: TableRow, task_id: str, parent: str | None, gazetteer: Gazetteer) -> Task:
    timeframe = row.cells.get("timeframe")
    return Task(
        id=task_id,
        parent=parent,
        text=row.cells.get("task", ""),
        lead=split_assignees(row.cells.get("lead"), gazetteer),
        cooperating=split_assignees(row.cells.get("cooperating"), gazetteer),
        timeframe=normalise(timeframe).text if timeframe and squash(timeframe) else None,
        lines=row.span,
        source="appendix",
    )
