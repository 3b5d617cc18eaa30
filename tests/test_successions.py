"""The 2025 reorganisation: reference data, the changes applied to the bodies the seeds name, and
the named query ``responsible-now`` (who must do a task today), on the store built from the seeds."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from loaders.gazetteer import Gazetteer
from loaders.successions import successions_graph
from plankg.named_queries import resolve
from plankg.namespaces import ID, ORG, PK
from plankg.settings import Settings

from .conftest import HOME

REFERENCE = HOME / "data" / "reference"
KON_TUM = "https://w3id.org/plankg/id/task/kon-tum-2025-02-kh/"
UNION = {"use_default_graph_as_union": True}


def rows(results: object) -> list[dict[str, str]]:
    assert isinstance(results, ox.QuerySolutions)
    names = [v.value for v in results.variables]
    return [{n: s[n].value for n in names if s[n] is not None} for s in results]


def responsible(project: Settings, store: ox.Store, task: str) -> list[dict[str, str]]:
    return rows(resolve("responsible-now", project.queries_dir).run(store, {"task": task}))


def task_led_by(store: ox.Store, plan: str, agency: str) -> str:
    plan_iri, agency_iri = ID["plan/" + plan], ID["agency/" + agency]
    query = f"SELECT ?t WHERE {{ ?t <{PK.partOfPlan}> <{plan_iri}> ; <{PK.leadAgency}> <{agency_iri}> }}"
    found = sorted(str(row["t"].value) for row in store.query(query, **UNION))  # type: ignore[union-attr]
    assert found, f"no task of {plan} led by {agency}"
    return found[0]


# -- reference data ----------------------------------------------------------------------------


def reference() -> Graph:
    graph = Graph()
    for path in sorted(REFERENCE.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def provinces_on(graph: Graph, day: str) -> set[str]:
    query = f"""
        PREFIX pk: <{PK}>
        SELECT ?unit WHERE {{
          ?unit a pk:AdministrativeUnit ; pk:level pk:province .
          OPTIONAL {{ ?unit pk:validUntil ?until }}
          OPTIONAL {{ ?unit pk:validFrom ?from }}
          FILTER((!BOUND(?until) || STR(?until) >= "{day}") && (!BOUND(?from) || STR(?from) <= "{day}"))
        }}"""
    return {str(row[0]) for row in graph.query(query)}  # type: ignore[index]


def test_63_provinces_before_1_july_2025_and_34_after() -> None:
    graph = reference()
    assert len(provinces_on(graph, "2025-06-30")) == 63
    after = provinces_on(graph, "2025-07-01")
    assert len(after) == 34
    assert str(ID["unit/quang-ngai"]) in after and str(ID["unit/kon-tum"]) not in after


def test_every_absorbed_province_has_its_change_event_and_instrument() -> None:
    graph = reference()
    ended = {u for u in graph.subjects(PK.validUntil, None) if (u, PK.level, PK.province) in graph}
    assert len(ended) == 29
    for unit in ended:
        events = list(graph.subjects(PK.originalUnit, unit))
        assert len(events) == 1, unit
        assert (events[0], RDF.type, ORG.ChangeEvent) in graph
        assert (events[0], PK.legalInstrument, ID["instrument/nq-202-2025-qh15"]) in graph
        assert str(graph.value(events[0], PK.effectiveDate)) == "2025-07-01"


def test_every_change_event_has_a_date_an_instrument_a_kind_and_a_confidence() -> None:
    graph = reference()
    events = set(graph.subjects(RDF.type, ORG.ChangeEvent))
    assert len(events) > 40
    for event in events:
        assert graph.value(event, PK.effectiveDate) is not None, event
        assert graph.value(event, PK.changeKind) is not None, event
        assert graph.value(event, PK.confidence) in (PK.confirmed, PK.partial), event
        instrument = graph.value(event, PK.legalInstrument)
        assert (instrument, RDF.type, PK.LegalInstrument) in graph, event


def test_only_confirmed_recommendation_paragraphs_and_the_urgent_ones() -> None:
    graph = reference()
    paragraphs = {int(p) for p in graph.objects(None, PK.paragraph)}
    assert paragraphs == {17, 30, 38, 40}
    urgent = {
        int(p) for r in graph.subjects(PK.urgent, Literal(True)) for p in graph.objects(r, PK.paragraph)
    }
    assert urgent == {17, 30}
    groups = {
        str(graph.value(r, SKOS.notation))
        for r in graph.subjects(RDF.type, PK.Recommendation)
        if graph.value(r, PK.paragraph) is None
    }
    assert groups == {*"ABCDEFGHIJ", "OPSC", "OPAC"}


# -- the changes applied at build time ---------------------------------------------------------


def test_the_steps_made_at_build_time_are_marked_inferred_with_their_method(seed_store: ox.Store) -> None:
    query = f"""
        SELECT ?event ?confidence ?method ?general WHERE {{
          GRAPH <https://w3id.org/plankg/graph/successions> {{ ?event a <{ORG.ChangeEvent}> }}
          OPTIONAL {{ ?event <{PK.confidence}> ?confidence }}
          OPTIONAL {{ ?event <{PK.method}> ?method }}
          OPTIONAL {{ ?event <http://www.w3.org/ns/prov#wasDerivedFrom> ?general }}
        }}"""
    found = list(seed_store.query(query, **UNION))  # type: ignore[arg-type]
    assert len(found) > 20
    for row in found:
        assert row["confidence"] == ox.NamedNode(str(PK.inferred)), row["event"]
        assert row["method"] in (
            ox.NamedNode(str(PK.methodKindChange)),
            ox.NamedNode(str(PK.methodUnitChange)),
        )
        assert row["general"] is not None


def test_an_agency_with_no_change_has_no_succession(gazetteer: Gazetteer) -> None:
    documents = Graph()
    task, agency = URIRef(KON_TUM + "x"), ID["agency/kon-tum/tinh-doan"]
    documents.add((task, PK.leadAgency, agency))
    documents.add((agency, PK.agencyKind, ID["agency-kind/tinh-doan"]))
    documents.add((agency, PK.jurisdiction, ID["unit/ha-noi"]))  # Hà Nội was not merged
    graph = successions_graph(reference(), [documents], gazetteer)
    assert list(graph.subjects(PK.fromAgency, agency)) == []


# -- responsible-now: the cases --------------------------------------------------------


def test_kon_tum_natural_resources_department_is_now_quang_ngai_agriculture_and_environment(
    project: Settings, seed_store: ox.Store
) -> None:
    task = task_led_by(seed_store, "kon-tum-2025-02-kh", "kon-tum/so-tai-nguyen-va-moi-truong")
    result = responsible(project, seed_store, task)
    assert {row["holder"] for row in result} == {str(ID["agency/quang-ngai/so-nong-nghiep-va-moi-truong"])}
    assert [(row["date"], row["instrument"]) for row in result] == [
        ("2025-03-01", "45/2025/NĐ-CP"),
        ("2025-07-01", "202/2025/QH15"),
    ]
    assert result[0]["to"] == "Sở Nông nghiệp và Môi trường tỉnh Kon Tum"


def test_kon_tum_labour_department_hands_child_affairs_to_quang_ngai_health(
    project: Settings, seed_store: ox.Store
) -> None:
    task = task_led_by(seed_store, "kon-tum-2025-02-kh", "kon-tum/so-lao-dong-thuong-binh-va-xa-hoi")
    result = responsible(project, seed_store, task)
    assert {row["holder"] for row in result} == {str(ID["agency/quang-ngai/so-y-te"])}
    assert all("Công tác trẻ em" in row["duties"] for row in result)
    assert [row["change"] for row in result] == ["Chuyển giao nhiệm vụ", "Sáp nhập"]


def test_hai_an_focal_agency_reaches_the_wards_hai_an_and_dong_hai(
    project: Settings, seed_store: ox.Store
) -> None:
    result = responsible(project, seed_store, str(ID["task/hai-phong-quan-hai-an-kh/1"]))
    assert {row["role"] for row in result} == {"focal"}
    assert {row["holderUnit"] for row in result} == {
        str(ID["unit/hai-phong/phuong-hai-an"]),
        str(ID["unit/hai-phong/phuong-dong-hai"]),
    }
    for row in result:
        assert set(row["instrument"].split(", ")) == {"1669/NQ-UBTVQH15", "203/2025/QH15", "72/2025/QH15"}


def test_a_lead_with_no_change_is_its_own_holder(project: Settings, seed_store: ox.Store) -> None:
    task = task_led_by(seed_store, "can-tho-2025-kh-97", "can-tho/so-y-te")
    result = responsible(project, seed_store, task)
    assert [(row["holder"], row.get("date")) for row in result] == [(str(ID["agency/can-tho/so-y-te"]), None)]


@pytest.mark.parametrize("task", ["not-a-task", str(ID["task/no-such-plan/1"])])
def test_an_unknown_task_gives_no_rows(project: Settings, seed_store: ox.Store, task: str) -> None:
    if ":" not in task:
        with pytest.raises(Exception, match="expects an IRI"):
            responsible(project, seed_store, task)
    else:
        assert responsible(project, seed_store, task) == []
