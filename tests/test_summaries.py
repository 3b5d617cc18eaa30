"""graph/plan-summaries: each plan's listed values, chosen and counted by the build, and the
outline order the plan hierarchy is listed in."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import URIRef

from loaders.summaries import summaries
from plankg.named_queries import resolve
from plankg.namespaces import PLAN_SUMMARIES_GRAPH
from plankg.plan_outline import depth_first, sibling_key
from plankg.report_model import Report
from plankg.settings import Settings
from server.pages import PlanNode, plan_tree

NAMES = ("plan", "label", "level", "number", "issued", "locality", "parent", "tasks")
PREFIXES = """PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
"""


def select(store: ox.Store, query: str) -> list[tuple[str, ...]]:
    solutions = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(solutions, ox.QuerySolutions)
    return [tuple(term.value for term in row) for row in solutions]


def in_summaries(store: ox.Store, pattern: str) -> list[tuple[str, ...]]:
    """The pattern's matches in graph/plan-summaries: (?plan, ?value) pairs."""
    return select(store, f"SELECT ?plan ?value WHERE {{ GRAPH <{PLAN_SUMMARIES_GRAPH}> {{ {pattern} }} }}")


def test_depth_first_lists_each_node_under_its_parent_ordered_by_key() -> None:
    parents = {"a": None, "b": "a", "c": "a", "d": "b", "e": "gone", "f": "g", "g": "f", "h": "h"}
    order = depth_first(parents, parents.get, lambda node: (0, "", {"c": "0"}.get(node, node)))
    # roots a, e (parent unknown), h (its own parent) in key order; c before b; the cycle f-g last
    assert order == ["a", "c", "b", "d", "e", "h", "f", "g"]


def test_a_long_chain_of_plans_does_not_exhaust_the_stack() -> None:
    chain = {n: (n - 1 if n else None) for n in range(20_000)}
    assert depth_first(chain, chain.get, lambda node: (0, "", str(node))) == list(range(20_000))


def test_every_plan_has_one_position_and_comes_after_the_plan_it_is_listed_under(
    seed_store: ox.Store,
) -> None:
    plans = {row[0] for row in select(seed_store, "SELECT DISTINCT ?plan WHERE { ?plan a pk:Plan }")}
    positions = {plan: int(n) for plan, n in in_summaries(seed_store, "?plan pk:outlinePosition ?value")}
    assert set(positions) == plans and sorted(positions.values()) == list(range(1, len(plans) + 1))
    for plan, parent in in_summaries(seed_store, "?plan pk:implements ?value"):
        if parent in positions:
            assert positions[parent] < positions[plan]


def test_the_task_count_is_the_plans_distinct_tasks(seed_store: ox.Store) -> None:
    counted = dict(
        select(
            seed_store,
            "SELECT ?plan (STR(COUNT(DISTINCT ?task)) AS ?n) "
            "WHERE { ?task pk:partOfPlan ?plan } GROUP BY ?plan",
        )
    )
    summarised = dict(in_summaries(seed_store, "?plan pk:taskCount ?value"))
    assert summarised == {plan: counted.get(plan, "0") for plan in summarised}
    assert summarised["https://w3id.org/plankg/id/plan/kon-tum-2025-02-kh"] == "32"


def test_each_copied_value_is_the_least_the_documents_state(seed_store: ox.Store) -> None:
    for predicate in ("pk:level", "pk:documentNumber", "dct:issued", "pk:implements", "pk:jurisdiction"):
        stated: dict[str, set[str]] = {}
        query = f"SELECT DISTINCT ?plan ?value WHERE {{ ?plan a pk:Plan ; {predicate} ?value }}"
        for plan, value in select(seed_store, query):
            stated.setdefault(plan, set()).add(value)
        copied = in_summaries(seed_store, f"?plan {predicate} ?value")
        assert {plan for plan, _ in copied} == set(stated), predicate
        for plan, value in copied:
            assert value == min(stated[plan]), (predicate, plan)


def test_the_listed_label_is_the_plans_own_and_no_label_is_copied(seed_store: ox.Store) -> None:
    listed = dict(in_summaries(seed_store, "?plan skos:prefLabel ?value"))
    assert listed["https://w3id.org/plankg/id/plan/ttg-2025-qd-27"] == "Quyết định số 27/QĐ-TTg"
    assert in_summaries(seed_store, "?plan rdfs:label|skos:altLabel ?value") == []
    own = select(
        seed_store,
        'SELECT ?plan ?label WHERE { ?plan a pk:Plan ; rdfs:label ?label FILTER(lang(?label) = "vi") }',
    )
    for plan, label in own:
        assert listed[plan] <= label  # the least of its own labels


def test_the_hierarchy_query_lists_the_plans_in_outline_order(
    project: Settings, seed_store: ox.Store
) -> None:
    result = resolve("plan-hierarchy", project.queries_dir).run(seed_store)
    assert isinstance(result, ox.QuerySolutions)
    rows = {}
    for row in result:
        values = {name: (row[name].value if row[name] is not None else None) for name in NAMES}
        rows[values["plan"]] = values
    listed = list(rows)

    def key(plan: str) -> tuple[int, str, str]:
        return sibling_key(rows[plan]["level"] or "", rows[plan]["locality"], rows[plan]["label"] or plan)

    def parent(plan: str) -> str | None:
        return rows[plan]["parent"]

    assert listed == depth_first(sorted(rows), parent, key)
    assert listed[0] == "https://w3id.org/plankg/id/plan/ttg-2025-qd-27"
    assert [summary.plan for summary in summaries(seed_store)] == [URIRef(plan) for plan in listed]


def test_the_home_page_shows_the_plans_in_outline_order(project: Settings, seed_store: ox.Store) -> None:
    def walk(nodes: list[PlanNode]) -> list[str]:
        return [iri for node in nodes for iri in (node.iri, *walk(node.children))]

    result = resolve("plan-hierarchy", project.queries_dir).run(seed_store)
    assert isinstance(result, ox.QuerySolutions)
    listed = [row["plan"].value for row in result]  # type: ignore[union-attr]
    for language in ("vi", "en"):
        assert walk(plan_tree(seed_store, language, Report())) == listed
