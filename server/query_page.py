"""The query page: a SPARQL editor (YASGUI, served locally) over a form that works without
JavaScript, the named-query catalogue as examples, and results as a table linking into the pages.

Without JavaScript (or before the editor is installed), the form sends the query back to this page,
which runs it and shows the first MAX_ROWS rows, saying so when there are more. With it, YASGUI
sends queries to /sparql and a click on a result IRI of this dataset opens its page.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse

from plankg.named_queries import load_catalogue
from plankg.query_job import GRAPH, OK

from .answers import ProtocolError, known_parameters, page
from .deps import SettingsDep, StoreDep
from .describe import page_path
from .i18n import choose_language
from .sparql import ANSWER_STATUS, run_for_page

router = APIRouter(dependencies=[Depends(known_parameters)])
MAX_ROWS = 1000
EDITOR = Path(__file__).parent / "static" / "vendor" / "yasgui" / "yasgui.min.js"
DEFAULT_QUERY = """PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?plan ?label WHERE {
  ?plan pk:implements+ <https://w3id.org/plankg/id/plan/ttg-2025-qd-27> ; rdfs:label ?label .
  FILTER(lang(?label) = "vi")
}"""


@dataclass
class Cell:
    text: str
    href: str | None = None
    kind: str = "literal"  # iri | literal | blank


@dataclass
class Results:
    variables: list[str]
    rows: list[list[Cell | None]]
    more: bool = False
    boolean: bool | None = None


def _cell(term: object) -> Cell:
    if isinstance(term, ox.NamedNode):
        return Cell(term.value, page_path(term.value), "iri")
    if isinstance(term, ox.BlankNode):
        return Cell("_:" + term.value, None, "blank")
    if isinstance(term, ox.Literal):
        return Cell(term.value)
    return Cell(str(term))


def run(request: Request, store: ox.Store, query: str) -> Results:
    """The query's answer, at most MAX_ROWS rows of it, run as /sparql runs it (server.sparql).
    Raises ProtocolError when it is refused or fails, with the status and the reason."""
    answer = run_for_page(request, store, query)
    if answer.outcome != OK:
        raise ProtocolError(ANSWER_STATUS[answer.outcome], answer.message)
    if answer.kind == GRAPH:
        triples = ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)
        rows: list[list[Cell | None]] = []
        for triple in triples:
            if len(rows) == MAX_ROWS:
                return Results(["subject", "predicate", "object"], rows, more=True)
            rows.append([_cell(triple.subject), _cell(triple.predicate), _cell(triple.object)])
        return Results(["subject", "predicate", "object"], rows)
    results = ox.parse_query_results(answer.body, format=ox.QueryResultsFormat.JSON)
    if isinstance(results, ox.QueryBoolean):
        return Results([], [], boolean=bool(results))
    assert isinstance(results, ox.QuerySolutions)
    variables = [variable.value for variable in results.variables]
    rows = []
    for solution in results:
        if len(rows) == MAX_ROWS:
            return Results(variables, rows, more=True)
        rows.append([_cell(solution[name]) if solution[name] is not None else None for name in variables])
    return Results(variables, rows)


@router.get(
    "/query", response_class=HTMLResponse, summary="The query page: an editor, the catalogue, results"
)
def query_page(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    query: Annotated[str | None, Query(description="a SPARQL query to run and show")] = None,
    lang: Annotated[str | None, Query(description="vi or en")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    language = choose_language(lang, accept_language)
    results, error, status = None, None, 200
    if query:
        try:
            results = run(request, store, query)
        except ProtocolError as problem:
            error, status = problem.message, problem.status
    catalogue = [
        (name, named.title.get(language, name), named.description.get(language, ""), named.text)
        for name, named in load_catalogue(settings.queries_dir).items()
    ]
    return page(
        request,
        "query.html",
        language,
        {
            "query": query or DEFAULT_QUERY,
            "results": results,
            "error": error,
            "max_rows": MAX_ROWS,
            "catalogue": catalogue,
            "editor": EDITOR.is_file(),
        },
        status_code=status,
    )
