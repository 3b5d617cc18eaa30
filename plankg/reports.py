"""The validation report in the forms people pass around: text, JSON, CSV, SHACL Turtle, HTML.

Text, CSV and HTML are for one language at a time (text may show both); JSON and Turtle always
carry both. Every form names the plan, its locality and source file, and for a task its number,
lines and opening words, then the problem, its severity, the value it is about and what to do.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from .namespaces import SH
from .report_model import SEVERITY_ORDER, PlanSummary, Report, Result

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"  # the report's style sheet, inlined in the standalone report
FORMATS = ("text", "json", "csv", "ttl", "html")

WORDS: dict[str, dict[str, str]] = {
    "Violation": {"vi": "Vi phạm", "en": "Violation"},
    "Warning": {"vi": "Cảnh báo", "en": "Warning"},
    "Info": {"vi": "Thông tin", "en": "Info"},
    "title": {"vi": "Báo cáo kiểm tra kế hoạch", "en": "Plan validation report"},
    "overview": {"vi": "Tổng quan", "en": "Overview"},
    "ranking": {"vi": "Kế hoạch theo mức độ hoàn chỉnh", "en": "Plans by completeness"},
    "by_problem": {"vi": "Số lượng theo vấn đề", "en": "Counts by problem"},
    "rank": {"vi": "Hạng", "en": "Rank"},
    "plan": {"vi": "Kế hoạch", "en": "Plan"},
    "plan_iri": {"vi": "IRI kế hoạch", "en": "Plan IRI"},
    "locality": {"vi": "Địa bàn", "en": "Locality"},
    "number": {"vi": "Số", "en": "Number"},
    "issued": {"vi": "Ngày ban hành", "en": "Issued"},
    "source": {"vi": "Tệp nguồn", "en": "Source file"},
    "tasks": {"vi": "Nhiệm vụ", "en": "Tasks"},
    "complete_tasks": {"vi": "Nhiệm vụ đủ chủ trì và thời gian", "en": "Tasks with lead and timeframe"},
    "completeness": {"vi": "Mức độ hoàn chỉnh", "en": "Completeness"},
    "task": {"vi": "Nhiệm vụ số", "en": "Task"},
    "lines": {"vi": "Dòng", "en": "Lines"},
    "text": {"vi": "Nội dung nhiệm vụ (mở đầu)", "en": "Task text (opening)"},
    "problem": {"vi": "Vấn đề", "en": "Problem"},
    "severity": {"vi": "Mức độ", "en": "Severity"},
    "value": {"vi": "Giá trị liên quan", "en": "Value"},
    "fix": {"vi": "Cách khắc phục", "en": "Suggested fix"},
    "shape": {"vi": "Ràng buộc", "en": "Shape"},
    "count": {"vi": "Số lần", "en": "Count"},
    "plans_affected": {"vi": "Số kế hoạch", "en": "Plans"},
    "whole_plan": {"vi": "cả kế hoạch", "en": "whole plan"},
    "conforms": {"vi": "Mọi kế hoạch đều đạt.", "en": "Every plan conforms."},
    "no_problem": {"vi": "Không có vấn đề.", "en": "No problems."},
    "other": {"vi": "Ngoài các kế hoạch", "en": "Outside the plans"},
    "problems_total": {"vi": "vấn đề", "en": "problems"},
    "reference": {"vi": "dữ liệu tham chiếu", "en": "reference data"},
    "not_applicable": {"vi": "không áp dụng", "en": "n/a"},
}


def word(key: str, language: str) -> str:
    return WORDS[key][language]


def in_language(texts: dict[str, str], language: str) -> str:
    """The text in ``language``, else in the other one, else empty."""
    return texts.get(language) or next(iter(texts.values()), "")


def percent(summary: PlanSummary) -> str:
    return "–" if summary.completeness is None else f"{summary.completeness:.0%}"


def lines_of(result: Result) -> str:
    if not result.lines:
        return ""
    first, last = result.lines
    return str(first) if first == last else f"{first}–{last}"


def value_of(result: Result, language: str) -> str:
    return in_language(result.value_label, language) or result.value or ""


def locality_of(report: Report, result: Result, language: str) -> str:
    summary = report.plan(result.plan) if result.plan else None
    return in_language(summary.locality, language) if summary else ""


# -- text ---------------------------------------------------------------------------------------


def text_report(report: Report, languages: tuple[str, ...] = ("vi", "en")) -> str:
    """The report for a terminal: plan by plan, each problem with its task, lines and messages."""
    if report.conforms:
        return " / ".join(word("conforms", language) for language in languages) + "\n"
    lines: list[str] = []
    current: tuple[str | None, str | None] | None = None
    for result in report.results:
        if (result.source, result.plan) != current:
            current = (result.source, result.plan)
            summary = report.plan(result.plan) if result.plan else None
            lines.append("")
            heading = f"{result.plan or result.focus}  ({result.source or word('reference', 'en')})"
            if summary and summary.tasks:
                heading += f"  {summary.complete}/{summary.tasks} ({percent(summary)})"
            lines.append(heading)
        where = f"task {result.task}" if result.task else "plan"
        if result.lines:
            where += f", lines {result.lines[0]}-{result.lines[1]}"
        lines.append(f"  {result.severity:<9} {where}" + (f": {result.text}" if result.text else ""))
        for language in languages:
            if language in result.message:
                fix = result.fix.get(language)
                lines.append(f"      {language}: {result.message[language]}" + (f" {fix}" if fix else ""))
        if result.value:
            shown = " / ".join(dict.fromkeys(value_of(result, language) for language in languages))
            lines.append(f"      → {shown}")  # the successor, the timeframe as written, ...
    counts = report.counts()
    summary_line = ", ".join(f"{count} {severity}" for severity, count in counts.items() if count)
    lines.append("")
    lines.append(f"{len(report.results)} problems: {summary_line}")
    return "\n".join(lines).lstrip("\n") + "\n"


# -- JSON ---------------------------------------------------------------------------------------


def json_report(report: Report) -> str:
    return json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n"


# -- CSV ----------------------------------------------------------------------------------------

CSV_COLUMNS = (
    "plan",
    "plan_iri",
    "locality",
    "source",
    "task",
    "lines",
    "text",
    "problem",
    "severity",
    "value",
    "fix",
    "shape",
)


def csv_rows(report: Report, language: str) -> list[list[str]]:
    """One row per problem, headed by the column names in ``language``."""
    rows = [[word(column, language) for column in CSV_COLUMNS]]
    for result in report.results:
        summary = report.plan(result.plan) if result.plan else None
        rows.append(
            [
                in_language(summary.label, language) if summary else "",
                result.plan or "",
                locality_of(report, result, language),
                result.source or "",
                result.task or "",
                lines_of(result),
                result.text or "",
                in_language(result.message, language),
                word(result.severity, language),
                value_of(result, language),
                in_language(result.fix, language),
                (result.shape or "").rsplit("#", 1)[-1],
            ]
        )
    return rows


def csv_report(report: Report, language: str) -> str:
    """CSV as RFC 4180 has it (CRLF line ends), UTF-8, for spreadsheets."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(csv_rows(report, language))
    return out.getvalue()


# -- SHACL validation report in RDF -------------------------------------------------------------


def report_graph(report: Report) -> Graph:
    """The standard SHACL validation report (SHACL 3.6), with each message in both languages."""
    graph = Graph()
    graph.bind("sh", SH)
    root = BNode()
    graph.add((root, RDF.type, SH.ValidationReport))
    graph.add((root, SH.conforms, Literal(report.conforms, datatype=XSD.boolean)))
    for result in report.results:
        node = BNode()
        graph.add((root, SH.result, node))
        graph.add((node, RDF.type, SH.ValidationResult))
        graph.add((node, SH.focusNode, result.focus_term or URIRef(result.focus)))
        graph.add((node, SH.resultSeverity, SH[result.severity]))
        if result.path:
            graph.add((node, SH.resultPath, URIRef(result.path)))
        if result.shape:
            graph.add((node, SH.sourceShape, URIRef(result.shape)))
        if result.component:
            graph.add((node, SH.sourceConstraintComponent, URIRef(result.component)))
        if result.value_term is not None:
            graph.add((node, SH.value, result.value_term))
        for language, message in sorted(result.message.items()):
            graph.add((node, SH.resultMessage, Literal(message, lang=language)))
    return graph


def turtle_report(report: Report) -> str:
    return report_graph(report).serialize(format="turtle")


# -- HTML ---------------------------------------------------------------------------------------


def environment(*extra_directories: Path) -> Environment:
    """Templates of the report (and, for the server, of its pages), autoescaped: document text
    goes into the HTML as text, never as markup."""
    env = Environment(
        loader=FileSystemLoader([*extra_directories, TEMPLATES, STATIC]),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(report_context_functions())
    return env


def report_context_functions() -> dict[str, Any]:
    return {
        "in_language": in_language,
        "percent": percent,
        "lines_of": lines_of,
        "value_of": value_of,
        "severities": list(SEVERITY_ORDER),
    }


def plan_sections(report: Report) -> list[tuple[PlanSummary | None, list[Result]]]:
    """The plans in ranking order with their results; results outside any plan come last."""
    by_plan: dict[str | None, list[Result]] = {}
    for result in report.results:
        by_plan.setdefault(result.plan, []).append(result)
    sections: list[tuple[PlanSummary | None, list[Result]]] = [
        (summary, by_plan.pop(summary.iri, [])) for summary in report.plans
    ]
    others = [result for results in by_plan.values() for result in results]
    if others:
        sections.append((None, others))
    return sections


def slug(iri: str) -> str:
    """The last segment of a plan's IRI, used as its anchor and in /validation/{slug}."""
    return iri.rstrip("/").rsplit("/", 1)[-1]


def html_report(report: Report, language: str, plan_href: Callable[[str], str] | None = None) -> str:
    """A whole HTML document: the overview, then one section per plan (standalone, no scripts)."""
    template = environment().get_template("validation_report.html")
    return template.render(**html_context(report, language, plan_href or (lambda iri: f"#{slug(iri)}")))


def html_context(report: Report, language: str, plan_href: Callable[[str], str]) -> dict[str, Any]:
    return {
        "report": report,
        "lang": language,
        "w": lambda key: word(key, language),
        "sections": plan_sections(report),
        "problems": report.problems(),
        "counts": report.counts(),
        "plan_href": plan_href,
        "slug": slug,
    }
