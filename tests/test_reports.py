"""The validation report in each form (CSV, HTML, SHACL Turtle, JSON), checked against the data.

What an incomplete task is, is read from the store here with SPARQL, independently of the shapes:
a task of a document without subtasks and without a lead agency, or without a timeframe. Every
report must name each of them by number and opening words, with what is missing, in Vietnamese
and in English, and count what the JSON counts.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from html.parser import HTMLParser

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef, namespace
from rdflib.namespace import RDF

from loaders.build import read_fixed, source_files
from loaders.gazetteer import load_gazetteer
from loaders.rdf import document_graph
from loaders.reader import read_path
from plankg import reports
from plankg.namespaces import DATASET_GRAPH, INFERENCES_GRAPH, LINKS_GRAPH, SHAPES_GRAPH, SUCCESSIONS_GRAPH
from plankg.settings import Settings
from plankg.sparql_source import named_graph
from plankg.validation import Report, load_shapes, store_graph, validate_graph, validate_store

SEEDS = [
    "000_4771082b4e3a2d82.txt",
    "001_ebb8e676a705545b.txt",
    "002_a14cb56ae114c9a0.txt",
    "003_7c52f3a31f0c58f8.txt",
    "004_b35691891eae5750.txt",
]
PK = "https://w3id.org/plankg/def#"
SHAPES = Namespace("https://w3id.org/plankg/def/shapes#")
SH = Namespace("http://www.w3.org/ns/shacl#")

INCOMPLETE_TASKS = """
PREFIX pk: <https://w3id.org/plankg/def#>
SELECT ?file ?number ?text ?lead ?timeframe WHERE {
  ?task pk:sourceDocument/pk:fileName ?file ; pk:taskNumber ?number ; pk:text ?text .
  FILTER NOT EXISTS { ?subtask pk:subtaskOf ?task }
  BIND(EXISTS { ?task pk:leadAgency ?anyLead } AS ?lead)
  BIND(EXISTS { ?task pk:timeframe ?anyTimeframe } AS ?timeframe)
  FILTER(!?lead || !?timeframe)
}
"""


@pytest.fixture(scope="module")
def report(seed_store: ox.Store, seed_settings: Settings) -> Report:
    return validate_store(seed_store, seed_settings)


@pytest.fixture(scope="module")
def incomplete(seed_store: ox.Store) -> dict[str, list[tuple[str, str, bool, bool]]]:
    """Per source file: (task number, text, has a lead, has a timeframe) of each incomplete task."""
    found: dict[str, list[tuple[str, str, bool, bool]]] = {seed: [] for seed in SEEDS}
    solutions = seed_store.query(INCOMPLETE_TASKS, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    for row in solutions:
        found[row["file"].value].append(
            (
                row["number"].value,
                row["text"].value,
                row["lead"].value == "true",
                row["timeframe"].value == "true",
            )
        )
    return found


def message(project: Settings, shape: str, language: str) -> str:
    shapes = load_shapes(project)
    return next(
        str(m)
        for m in shapes.objects(SHAPES[shape], SH.message)
        if isinstance(m, Literal) and m.language == language
    )


def missing(has_lead: bool, has_timeframe: bool) -> list[str]:
    return [
        shape
        for shape, has in (("TaskWithoutLead", has_lead), ("TaskWithoutTimeframe", has_timeframe))
        if not has
    ]


def opening_words(text: str) -> str:
    return " ".join(text.split()[:6])


def plan_of(report: Report, source: str) -> str:
    return next(summary.iri for summary in report.plans if summary.source == source)


def test_the_seeds_have_incomplete_tasks_to_report(
    incomplete: dict[str, list[tuple[str, str, bool, bool]]],
) -> None:
    # Kon Tum's plan is complete; the four others are not (DOMAIN.md, the seeds).
    assert not incomplete["003_7c52f3a31f0c58f8.txt"]
    assert all(incomplete[seed] for seed in SEEDS if seed != "003_7c52f3a31f0c58f8.txt")


# -- CSV --------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("source", SEEDS)
def test_csv_names_every_incomplete_task_with_what_is_missing(
    report: Report, incomplete: dict, project: Settings, source: str, language: str
) -> None:
    rows = list(csv.reader(io.StringIO(reports.csv_report(report, language))))
    header, body = rows[0], rows[1:]
    column = {key: header.index(reports.word(key, language)) for key in reports.CSV_COLUMNS}
    plan = plan_of(report, source)
    mine = [row for row in body if row[column["plan_iri"]] == plan]
    for number, text, has_lead, has_timeframe in incomplete[source]:
        for shape in missing(has_lead, has_timeframe):
            assert [
                row
                for row in mine
                if row[column["task"]] == number
                and row[column["text"]].startswith(opening_words(text))
                and row[column["problem"]] == message(project, shape, language)
                and row[column["severity"]] == reports.word("Violation", language)
                and row[column["fix"]]
                and row[column["locality"]]
            ], f"{source} task {number}: no row saying {shape} in {language}"
    assert len(mine) == len([r for r in report.to_json()["results"] if r["plan"] == plan])


# -- HTML -------------------------------------------------------------------------------------


class ReportPage(HTMLParser):
    """The sections of the HTML report (by id) and the cells of each table row in them."""

    def __init__(self) -> None:
        super().__init__()
        self.sections: dict[str, list[list[str]]] = {}
        self.section: str | None = None
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.in_body = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "section":
            self.section = dict(attrs).get("id") or dict(attrs).get("aria-labelledby")
            self.sections[self.section or ""] = []
        elif tag == "tbody":
            self.in_body = True
        elif tag == "tr" and self.in_body:
            self.row = []
        elif tag == "td" and self.row is not None:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self.row is not None and self.cell is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.sections[self.section or ""].append(self.row)
            self.row = None
        elif tag == "tbody":
            self.in_body = False

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.cell.append(data)


def parse_page(html: str) -> ReportPage:
    page = ReportPage()
    page.feed(html)
    return page


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize("source", SEEDS)
def test_html_names_every_incomplete_task_with_what_is_missing(
    report: Report, incomplete: dict, project: Settings, source: str, language: str
) -> None:
    page = parse_page(reports.html_report(report, language))
    plan = plan_of(report, source)
    rows = page.sections[reports.slug(plan)]
    for number, text, has_lead, has_timeframe in incomplete[source]:
        for shape in missing(has_lead, has_timeframe):
            # columns: task, lines, text, severity, problem, value, fix
            assert [
                row
                for row in rows
                if row[0] == number
                and row[2].startswith(opening_words(text))
                and row[3] == reports.word("Violation", language)
                and row[4] == message(project, shape, language)
                and row[6]
            ], f"{source} task {number}: no row saying {shape} in {language}"
    results = [r for r in report.to_json()["results"] if r["plan"] == plan]
    assert len(rows) == len(results)
    # the overview's ranking row of this plan counts what the JSON counts
    summary = report.plan(plan)
    assert summary is not None
    ranking = {row[1]: row for row in page.sections["overview"] if len(row) == 8}
    row = ranking[reports.in_language(summary.label, language)]
    counts = [
        sum(r["severity"] == severity for r in results) for severity in ("Violation", "Warning", "Info")
    ]
    assert [int(cell) for cell in row[5:8]] == counts
    assert row[3] == f"{summary.complete}/{summary.tasks}"


def test_html_ranks_plans_by_completeness_and_counts_by_problem(report: Report) -> None:
    page = parse_page(reports.html_report(report, "en"))
    ranking = [row for row in page.sections["overview"] if len(row) == 8]
    shares = [report.plan(s.iri).completeness for s in report.plans]  # type: ignore[union-attr]
    assert shares == sorted(shares, reverse=True)  # type: ignore[type-var]
    assert [row[0] for row in ranking] == [str(n) for n in range(1, len(report.plans) + 1)]
    by_problem = {row[0]: int(row[2]) for row in page.sections["overview"] if len(row) == 4}
    for problem in report.to_json()["problems"]:
        assert by_problem[problem["name"]["en"]] == problem["count"]
    assert sum(by_problem.values()) == len(report.results)


def test_html_escapes_document_text() -> None:
    from plankg.validation import PlanSummary, Result

    hostile = "<script>alert(1)</script> & <b>Sở Y tế</b>"
    result = Result(
        focus="https://example.org/task",
        source="x.txt",
        plan="https://example.org/plan",
        task="1",
        path=PK + "leadAgency",
        severity="Violation",
        message={"vi": hostile, "en": hostile},
        text=hostile,
    )
    summary = PlanSummary("https://example.org/plan", {"vi": hostile}, None, None, {}, "x.txt", 1, 1)
    html = reports.html_report(Report([result], [summary]), "vi")
    assert "<script>" not in html and "&lt;script&gt;" in html


# -- Turtle and JSON --------------------------------------------------------------------------


def test_turtle_is_the_standard_report_with_both_languages(report: Report) -> None:
    graph = Graph().parse(data=reports.turtle_report(report), format="turtle")
    (root,) = graph.subjects(RDF.type, SH.ValidationReport)
    assert graph.value(root, SH.conforms) == Literal(False)
    results = list(graph.objects(root, SH.result))
    assert len(results) == len(report.results)
    for node in results:
        assert {m.language for m in graph.objects(node, SH.resultMessage)} == {"vi", "en"}  # type: ignore[attr-defined]
        assert graph.value(node, SH.focusNode) is not None
        assert graph.value(node, SH.resultSeverity) in {SH.Violation, SH.Warning, SH.Info}
        assert str(graph.value(node, SH.sourceShape)).startswith(str(SHAPES))


def test_json_counts_agree_with_results_and_plans(report: Report, incomplete: dict) -> None:
    body = report.to_json()
    assert sum(body["counts"].values()) == len(body["results"])
    assert sum(problem["count"] for problem in body["problems"]) == len(body["results"])
    for plan in body["plans"]:
        mine = [r for r in body["results"] if r["plan"] == plan["plan"]]
        assert sum(plan["counts"].values()) == len(mine)
        assert plan["incompleteTasks"] == len(incomplete[plan["source"]])
        for result in mine:
            assert set(result["name"]) == set(result["suggestedFix"]) == {"vi", "en"}


def test_one_plan_report_holds_only_that_plan(report: Report) -> None:
    plan = plan_of(report, "004_b35691891eae5750.txt")
    one = report.for_plan(plan)
    assert one.results and {r.plan for r in one.results} == {plan}
    assert [s.iri for s in one.plans] == [plan]


# -- before and after the store ---------------------------------------------------------------


def test_validating_before_and_after_the_store_agrees(seed_settings: Settings, seed_store: ox.Store) -> None:
    """pyoxigraph rewrites some literals on load (xsd:nonNegativeInteger to xsd:integer, for one):
    the shapes read nothing that such a rewrite changes, so the report is the same either way.
    Before: the reference data and documents as the loaders make them, in rdflib; what the build
    derives from them exists only in the store and is taken from there."""
    gazetteer = load_gazetteer(seed_settings.reference_dir)
    data = Graph()
    for _name, graph_name, graph in read_fixed(seed_settings):
        if graph_name != str(SHAPES_GRAPH):
            data += graph
    for path in source_files([seed_settings.sources_dir]):
        data += document_graph(read_path(path, gazetteer), gazetteer)
    for derived in (SUCCESSIONS_GRAPH, LINKS_GRAPH, INFERENCES_GRAPH, DATASET_GRAPH):
        data += named_graph(seed_store, str(derived))
    before = validate_graph(data, load_shapes(seed_settings))
    after = validate_graph(store_graph(seed_store), load_shapes(seed_settings))
    assert before.to_json() == after.to_json()
    assert before.results


def test_rewritten_literals_do_not_change_a_report(project: Settings) -> None:
    ex = Namespace("https://example.org/")
    data = Graph()
    data.add((ex.plan, RDF.type, URIRef(PK + "Plan")))
    data.add((ex.plan, URIRef(PK + "sourceDocument"), ex.doc))
    data.add(
        (
            ex.plan,
            URIRef("http://purl.org/dc/terms/issued"),
            Literal("2025-05", datatype=namespace.XSD.gYearMonth),
        )
    )
    data.add((ex.plan, URIRef(PK + "firstLine"), Literal("007", datatype=namespace.XSD.nonNegativeInteger)))
    data.add((ex.task, RDF.type, URIRef(PK + "Task")))
    data.add((ex.task, URIRef(PK + "partOfPlan"), ex.plan))
    data.add((ex.task, URIRef(PK + "sourceDocument"), ex.doc))
    data.add((ex.task, URIRef(PK + "firstLine"), Literal("12", datatype=namespace.XSD.positiveInteger)))
    data.add((ex.task, URIRef(PK + "lastLine"), Literal("+13", datatype=namespace.XSD.integer)))
    store = ox.Store()
    store.load(data.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(ex.g))
    shapes = load_shapes(project)
    assert validate_graph(data, shapes).to_json() == validate_graph(store_graph(store), shapes).to_json()


# -- the command line -------------------------------------------------------------------------


def validate(settings: Settings, *arguments: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        "-m",
        "plankg.cli",
        "validate",
        "--store",
        str(settings.store_path),
        *arguments,
    ]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def test_cli_writes_each_format(seed_settings: Settings, report: Report) -> None:
    plan = plan_of(report, "004_b35691891eae5750.txt")
    csv_run = validate(seed_settings, "--format", "csv", "--lang", "en", "--plan", plan)
    assert csv_run.returncode == 1, csv_run.stderr
    rows = list(csv.reader(io.StringIO(csv_run.stdout)))
    assert rows[0][0] == "Plan" and len(rows) - 1 == len(report.for_plan(plan).results)
    html_run = validate(seed_settings, "--format", "html", "--lang", "vi", "--plan", reports.slug(plan))
    assert html_run.returncode == 1 and html_run.stdout.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in html_run.stdout
    ttl_run = validate(seed_settings, "--format", "ttl")
    graph = Graph().parse(data=ttl_run.stdout, format="turtle")
    assert len(list(graph.subjects(RDF.type, SH.ValidationResult))) == len(report.results)
    json_run = validate(seed_settings, "--format", "json", "--plan", plan)
    assert json.loads(json_run.stdout) == report.for_plan(plan).to_json()


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        (("--format", "csv", "--lang", "both"), "--lang vi or --lang en"),
        (("--plan", "https://w3id.org/plankg/id/plan/nowhere"), "no such plan"),
    ],
)
def test_cli_refuses_what_it_cannot_do(
    seed_settings: Settings, arguments: tuple[str, ...], says: str
) -> None:
    completed = validate(seed_settings, *arguments)
    assert completed.returncode == 2 and says in completed.stderr and not completed.stdout
