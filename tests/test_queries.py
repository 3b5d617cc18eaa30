"""The named-query catalogue: every query documented, parsed and run against the seed graph."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from plankg.named_queries import QueryError, check_parameters, load_catalogue, parse_query_file, resolve
from plankg.settings import Settings

from .conftest import HOME

QUERIES = sorted((HOME / "queries").glob("*.rq"))
REQUIRED = {
    "plan-hierarchy",
    "tasks-of-plan",
    "tasks-by-lead-agency",
    "incomplete-tasks",
    "responsible-now",
    "coverage",
    "recommendations-without-tasks",
    "inferred-facts",
}
KON_TUM = "https://w3id.org/plankg/id/plan/kon-tum-2025-02-kh"
CAN_THO_HEALTH = "https://w3id.org/plankg/id/agency/can-tho/so-y-te"


def rows(results: object) -> list[dict[str, str]]:
    assert isinstance(results, ox.QuerySolutions)
    names = [v.value for v in results.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in results]


def test_the_catalogue_has_the_required_queries(project: Settings) -> None:
    assert set(load_catalogue(project.queries_dir)) >= REQUIRED


@pytest.mark.parametrize("path", QUERIES, ids=[p.stem for p in QUERIES])
def test_each_query_is_documented_and_binds_its_parameters_safely(path: Path, seed_store: ox.Store) -> None:
    query = parse_query_file(path)
    assert set(query.title) == {"vi", "en"} and set(query.description) == {"vi", "en"}
    for parameter in query.parameters:
        assert set(parameter.description) == {"vi", "en"}
    assert check_parameters(query) == []
    values = {p.name: KON_TUM for p in query.parameters if p.required}
    query.run(seed_store, values)  # parses and runs


def test_plan_hierarchy(project: Settings, seed_store: ox.Store) -> None:
    result = rows(resolve("plan-hierarchy", project.queries_dir).run(seed_store))
    by_plan = {row["plan"].rsplit("/", 1)[1]: row for row in result}
    assert len(by_plan) == len(result) == 8
    assert by_plan["ttg-2025-qd-27"]["level"] == "national" and "parent" not in by_plan["ttg-2025-qd-27"]
    assert by_plan["hai-phong-quan-hai-an-kh"]["parent"].endswith("/hai-phong-2025-kh-90")
    assert by_plan["kon-tum-2025-02-kh"]["tasks"] == "32"


def test_tasks_of_plan_in_document_order(project: Settings, seed_store: ox.Store) -> None:
    result = rows(resolve("tasks-of-plan", project.queries_dir).run(seed_store, {"plan": KON_TUM}))
    assert [row["number"] for row in result][:8] == ["1", "2", "3", "4", "5", "6", "7", "I.1"]
    assert len(result) == 32
    row = next(row for row in result if row["number"] == "II.4")
    assert row["lead"] == "Công an tỉnh Kon Tum" and row["timeframe"] == "Thường xuyên hàng năm"


def test_tasks_by_lead_agency_with_a_bound_agency(project: Settings, seed_store: ox.Store) -> None:
    result = rows(
        resolve("tasks-by-lead-agency", project.queries_dir).run(seed_store, {"agency": CAN_THO_HEALTH})
    )
    assert sorted(row["number"] for row in result) == ["I.1", "II.1", "III.1", "IV.1", "IV.3", "V.1"]


def test_incomplete_tasks(project: Settings, seed_store: ox.Store) -> None:
    query = resolve("incomplete-tasks", project.queries_dir)
    assert len(rows(query.run(seed_store))) == 7 + 4 + 7 + 23
    assert rows(query.run(seed_store, {"plan": KON_TUM})) == []


def test_parameter_values_cannot_change_the_query(project: Settings, seed_store: ox.Store) -> None:
    query = resolve("tasks-of-plan", project.queries_dir)
    with pytest.raises(QueryError, match="expects an IRI"):
        query.run(seed_store, {"plan": "x> } UNION { ?s ?p ?o"})
    with pytest.raises(QueryError, match="no parameter 'planet'"):
        query.run(seed_store, {"plan": KON_TUM, "planet": "x"})
    with pytest.raises(QueryError, match="needs the parameter 'plan'"):
        query.run(seed_store, {})
    with pytest.raises(QueryError, match="no named query"):
        resolve("no-such-query", project.queries_dir)


def test_inferred_facts_about_one_subject(project: Settings, seed_store: ox.Store) -> None:
    query = resolve("inferred-facts", project.queries_dir)
    every = rows(query.run(seed_store))
    task = next(row["subject"] for row in every if row.get("predicate", "").endswith("#derivesFrom"))
    about = rows(query.run(seed_store, {"subject": task}))
    # the same rows as the whole list gives for that subject: its links and what the axioms add
    assert sorted(map(sorted, (r.items() for r in about))) == sorted(
        map(sorted, (r.items() for r in every if r.get("subject") == task))
    )
    assert {row["predicate"].rsplit("#", 1)[1] for row in about} >= {"derivesFrom", "addresses"}
    assert all(row["subject"] == task for row in about)


def test_coverage_of_every_plan_at_once_is_each_plans_coverage(
    project: Settings, seed_store: ox.Store
) -> None:
    """A group a plan has no task for keeps its row ("missing") when no plan is given, as when one is
    (the plan was once joined outside the counts: other plans' counts took the row away)."""
    query = resolve("coverage", project.queries_dir)
    every = rows(seed_store.query(query.text, use_default_graph_as_union=True))  # as on /sparql
    plans = sorted({row["plan"] for row in every})
    assert len(plans) > 1
    for plan in plans:
        one = rows(query.run(seed_store, {"plan": plan}))
        assert sorted(map(sorted, (r.items() for r in every if r["plan"] == plan))) == sorted(
            map(sorted, (r.items() for r in one))
        ), plan
    assert any(row["status"] == "missing" for row in every)
