"""Reading one plan document into the plan model (``PlanDocument``)."""

from __future__ import annotations

from pathlib import Path

from plankg.text import fold

from .formats import SHEET_SUFFIXES
from .gazetteer import Gazetteer
from .metadata import read_metadata
from .model import DocumentError, PlanDocument
from .plan_tasks import appendix_tasks, section_ii_tasks
from .sheets import read_sheet, sheet_view
from .source import SourceText, split_lines
from .structure import Structure, split_structure


def read_document(source: SourceText, gazetteer: Gazetteer) -> PlanDocument:
    structure = split_structure(source, gazetteer.is_name_prefix)
    meta = read_metadata(source, structure, gazetteer)
    items = section_ii_tasks(source, structure, gazetteer)
    groups, rows, problems = appendix_tasks(source, structure, items, gazetteer)
    body_text = fold(" ".join(line.text for line in structure.body))
    if not rows and structure.appendix_heading is not None and _looks_like_task_table(structure):
        heading = structure.appendix_heading
        raise DocumentError(
            source.name,
            heading.number,
            "the appendix has a task table that could not be read: expected a Markdown pipe table, "
            "tab-separated rows, or numbered rows with the columns task, lead agency "
            "(cơ quan chủ trì), cooperating agencies and timeframe",
        )
    if rows:
        appendix = "present"
    elif structure.appendix_heading is not None or "phu luc" in body_text:
        appendix = "referenced-missing"
    else:
        appendix = "none"
    return PlanDocument(
        source=source.name,
        format=source.format,
        sha256=source.sha256,
        line_count=len(source.lines),
        plan=meta,
        appendix=appendix,  # type: ignore[arg-type]
        tasks=items + rows,
        appendix_groups=groups,
        footnotes=source.footnotes,
        problems=problems,
    )


def _looks_like_task_table(structure: Structure) -> bool:
    """An appendix that names the lead-agency column holds a task table (an appendix without one,
    e.g. a list of documents, is not an error)."""
    return any("chu tri" in fold(line.text) for line in structure.appendix)


def text_view_lines(path: Path) -> list[str]:
    """The numbered lines the values read from ``path`` point to (for .docx, .pdf and sheets, the
    text view of the file; for text files, the file itself)."""
    if path.suffix.lower() in SHEET_SUFFIXES:
        return split_lines(sheet_view(path))
    return [line.raw for line in SourceText.read(path).lines]


def read_path(path: Path, gazetteer: Gazetteer) -> PlanDocument:
    """Any file officials hold: .txt, .md, .docx, .pdf (read as text views), .xlsx, .csv (task sheets)."""
    if path.suffix.lower() in SHEET_SUFFIXES:
        return read_sheet(path, gazetteer)
    return read_document(SourceText.read(path), gazetteer)
