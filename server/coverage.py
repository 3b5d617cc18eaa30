"""The coverage matrix: plans read from documents × Decision 27's task groups, and × the
recommendation groups of CRC/C/VNM/CO/5-6, drawn as a heat map (the named query ``coverage``).

A cell is "covered" when tasks of the plan with a lead agency come from (or answer) the group,
shaded by how many; "named" when only a section II item without an assignment does; "missing"
when none does. The links behind it are inferred (the query ``inferred-facts`` lists them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse

from plankg.named_queries import resolve

from .answers import known_parameters, page
from .deps import SettingsDep, StoreDep
from .describe import labels, page_path
from .i18n import choose_language
from .validation import store_report

router = APIRouter(dependencies=[Depends(known_parameters)])


@dataclass
class Cell:
    status: str  # covered | named | missing
    assigned: int
    named: int

    @property
    def shade(self) -> int:
        """The heat map's colour: 1 for one task, 2 for 2–3, 3 for 4–5, 4 for six or more."""
        if self.status != "covered":
            return 0
        return min(4, 1 + self.assigned // 2)  # 1 -> 1, 2-3 -> 2, 4-5 -> 3, 6+ -> 4


@dataclass
class Matrix:
    groups: list[tuple[str, str, str | None]]  # (IRI, notation, label)
    rows: list[tuple[str, str, str | None, dict[str, Cell]]] = field(
        default_factory=list
    )  # plan, label, href


def coverage(store: ox.Store, query_dir: object, plans: list[str], language: str) -> dict[str, Matrix]:
    query = resolve("coverage", query_dir)  # type: ignore[arg-type]
    matrices: dict[str, Matrix] = {}
    cells: dict[str, dict[str, dict[str, Cell]]] = {}
    groups: dict[str, dict[str, str]] = {}
    for plan in plans:
        result = query.run(store, {"plan": plan})
        assert isinstance(result, ox.QuerySolutions)
        for row in result:
            kind, group = row["kind"].value, row["group"].value
            groups.setdefault(kind, {})[group] = row["notation"].value
            cells.setdefault(kind, {}).setdefault(plan, {})[group] = Cell(
                row["status"].value, int(row["assigned"].value), int(row["named"].value)
            )
    names = labels(store, [*plans, *(g for kind in groups.values() for g in kind)], language)
    for kind, members in groups.items():
        ordered = sorted(members.items(), key=lambda item: (len(item[1]) > 2, item[1]))
        matrix = Matrix([(iri, notation, names.get(iri)) for iri, notation in ordered])
        for plan in plans:
            matrix.rows.append(
                (plan, names.get(plan, plan), page_path(plan), cells.get(kind, {}).get(plan, {}))
            )
        matrices[kind] = matrix
    return matrices


@router.get("/coverage", response_class=HTMLResponse, summary="Coverage matrix: plans × groups (heat map)")
def coverage_page(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    lang: Annotated[str | None, Query(description="vi or en")] = None,
    accept_language: Annotated[str | None, Header()] = None,
) -> HTMLResponse:
    language = choose_language(lang, accept_language)
    plans = [summary.iri for summary in store_report(request, store).plans]
    return page(
        request,
        "coverage.html",
        language,
        {"matrices": coverage(store, settings.queries_dir, plans, language)},
    )
