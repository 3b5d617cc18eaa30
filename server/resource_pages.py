"""What each kind of page shows beyond a resource's statements: a plan's tasks, a task's derivation
chain and source lines, an agency's tasks then and now, a unit's plans, a recommendation's tasks.

Each function returns plain data for the templates; labels are in the page's language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from plankg.store import GenerationFiles
from plankg.validation import task_sort_key

from .describe import labels, page_path

PREFIXES = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
MAX_CHAIN = 12  # a derivation chain longer than this is a cycle in the data


def rows(store: ox.Store, query: str) -> list[dict[str, str]]:
    result = store.query(PREFIXES + query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    names = [variable.value for variable in result.variables]
    return [{name: row[name].value for name in names if row[name] is not None} for row in result]


@dataclass
class Link:
    """A resource as a link: its label and its page."""

    iri: str
    label: str
    href: str | None

    @classmethod
    def make(cls, iri: str, names: dict[str, str]) -> Link:
        return cls(iri, names.get(iri, iri), page_path(iri))


@dataclass
class TaskRow:
    task: Link
    number: str
    text: str
    leads: list[Link] = field(default_factory=list)
    cooperating: list[Link] = field(default_factory=list)
    timeframe: str | None = None
    has_subtasks: bool = False
    plan: Link | None = None


def task_rows(store: ox.Store, where: str, language: str) -> list[TaskRow]:
    """The tasks ``where`` selects (binding ?task), with their leads, cooperating agencies and timeframe."""
    found = rows(
        store,
        f"""
SELECT ?task ?number ?text ?plan ?lead ?cooperating ?timeframe ?sub WHERE {{
  {{ SELECT DISTINCT ?task WHERE {{ {where} }} }}
  OPTIONAL {{ ?task pk:taskNumber ?number }}
  OPTIONAL {{ ?task pk:text ?text }}
  OPTIONAL {{ ?task pk:partOfPlan ?plan }}
  OPTIONAL {{ ?task pk:leadAgency ?lead }}
  OPTIONAL {{ ?task pk:cooperatingAgency ?cooperating }}
  OPTIONAL {{ ?task pk:timeframe/pk:text ?timeframe }}
  OPTIONAL {{ ?sub pk:subtaskOf ?task }}
}}""",
    )
    names = labels(
        store, {r.get(k, "") for r in found for k in ("task", "plan", "lead", "cooperating")}, language
    )
    by_task: dict[str, TaskRow] = {}
    for row in found:
        task = by_task.setdefault(
            row["task"],
            TaskRow(
                Link.make(row["task"], names),
                row.get("number", ""),
                row.get("text", ""),
                plan=Link.make(row["plan"], names) if "plan" in row else None,
            ),
        )
        if "lead" in row and row["lead"] not in [link.iri for link in task.leads]:
            task.leads.append(Link.make(row["lead"], names))
        if "cooperating" in row and row["cooperating"] not in [link.iri for link in task.cooperating]:
            task.cooperating.append(Link.make(row["cooperating"], names))
        task.timeframe = task.timeframe or row.get("timeframe")
        task.has_subtasks = task.has_subtasks or "sub" in row
    return sorted(by_task.values(), key=lambda t: (t.plan.label if t.plan else "", task_sort_key(t.number)))


def plan_view(store: ox.Store, iri: str, language: str) -> dict[str, Any]:
    children = rows(store, f"SELECT DISTINCT ?child WHERE {{ ?child pk:implements <{iri}> }}")
    parents = rows(store, f"SELECT DISTINCT ?parent WHERE {{ <{iri}> pk:implements ?parent }}")
    document = rows(store, f"SELECT ?file WHERE {{ <{iri}> pk:sourceDocument/pk:fileName ?file }}")
    names = labels(store, [r["child"] for r in children] + [r["parent"] for r in parents], language)
    return {
        "parents": [Link.make(r["parent"], names) for r in parents],
        "children": sorted((Link.make(r["child"], names) for r in children), key=lambda link: link.label),
        "tasks": task_rows(store, f"?task pk:partOfPlan <{iri}>", language),
        "document": document[0]["file"] if document else None,
    }


def task_view(store: ox.Store, iri: str, language: str, files: GenerationFiles | None) -> dict[str, Any]:
    found = task_rows(store, f"BIND(<{iri}> AS ?task)", language)
    task = found[0] if found else None
    chain: list[str] = []
    current = iri
    while len(chain) < MAX_CHAIN:
        up = rows(store, f"SELECT ?up WHERE {{ <{current}> pk:derivesFrom ?up }} ORDER BY ?up LIMIT 1")
        if not up or up[0]["up"] in chain or up[0]["up"] == iri:
            break
        current = up[0]["up"]
        chain.append(current)
    plans = rows(
        store,
        "SELECT ?task ?plan WHERE { VALUES ?task { "
        + " ".join(f"<{t}>" for t in chain or [iri])
        + " } ?task pk:partOfPlan ?plan }",
    )
    addressed = rows(
        store,
        f"""
SELECT ?rec ?score ?confidence WHERE {{
  <{iri}> pk:addresses ?rec .
  OPTIONAL {{ ?statement rdf:subject <{iri}> ; rdf:predicate pk:addresses ; rdf:object ?rec .
             OPTIONAL {{ ?statement pk:score ?score }} OPTIONAL {{ ?statement pk:confidence ?confidence }} }}
}}""",
    )
    subtasks = task_rows(store, f"?task pk:subtaskOf <{iri}>", language)
    parent = rows(store, f"SELECT ?parent WHERE {{ <{iri}> pk:subtaskOf ?parent }}")
    source = rows(
        store,
        f"SELECT ?file ?first ?last WHERE {{ <{iri}> pk:sourceDocument/pk:fileName ?file ; "
        f"pk:firstLine ?first ; pk:lastLine ?last }}",
    )
    names = labels(
        store,
        [*chain, *(r["plan"] for r in plans), *(r["rec"] for r in addressed), *(r["parent"] for r in parent)],
        language,
    )
    plan_of = {r["task"]: Link.make(r["plan"], names) for r in plans}
    lines = None
    if source:
        lines = source_lines(files, source[0]["file"], int(source[0]["first"]), int(source[0]["last"]))
    return {
        "task": task,
        "chain": [(Link.make(t, names), plan_of.get(t)) for t in chain],
        "addressed": [
            (
                Link.make(r["rec"], names),
                r.get("score"),
                (r.get("confidence") or "").rsplit("#", 1)[-1] or None,
            )
            for r in sorted(addressed, key=lambda r: r["rec"])
        ],
        "subtasks": subtasks,
        "parent": Link.make(parent[0]["parent"], names) if parent else None,
        "source": source[0] if source else None,
        "lines": lines,
    }


def source_lines(
    files: GenerationFiles | None, file_name: str, first: int, last: int
) -> list[tuple[int, str]] | None:
    """Lines first..last of the document's text view as the build kept it, numbered."""
    if files is None:
        return None
    path = files.lines_of(file_name)
    if not path.is_file() or path.parent != files.lines:
        return None
    text = path.read_text(encoding="utf-8").split("\n")
    return [(number, text[number - 1]) for number in range(first, min(last, len(text)) + 1)]


def agency_view(store: ox.Store, iri: str, language: str) -> dict[str, Any]:
    successions = rows(
        store,
        f"""
SELECT ?succession ?holder ?step ?date ?duty WHERE {{
  ?succession pk:fromAgency <{iri}> ; pk:holder ?holder .
  OPTIONAL {{ ?succession pk:step ?step . OPTIONAL {{ ?step pk:effectiveDate ?date }} }}
  OPTIONAL {{ ?succession pk:duty ?duty }}
}}""",
    )
    events = rows(
        store,
        f"""
SELECT DISTINCT ?event ?date ?role WHERE {{
  {{ ?event org:originalOrganization <{iri}> BIND("original" AS ?role) }}
  UNION {{ ?event org:resultingOrganization <{iri}> BIND("resulting" AS ?role) }}
  OPTIONAL {{ ?event pk:effectiveDate ?date }}
}} ORDER BY ?date ?event""",
    )
    names = labels(
        store,
        [r.get(k, "") for r in successions for k in ("holder", "step", "duty")]
        + [r["event"] for r in events],
        language,
    )
    paths: dict[str, dict[str, Any]] = {}
    for row in successions:
        path = paths.setdefault(
            row["succession"], {"holder": Link.make(row["holder"], names), "steps": {}, "duties": set()}
        )
        if "step" in row:
            path["steps"][row["step"]] = (row.get("date", ""), Link.make(row["step"], names))
        if "duty" in row:
            path["duties"].add(names.get(row["duty"], row["duty"]))
    now = [
        {
            "holder": p["holder"],
            "steps": [s for _, s in sorted(p["steps"].values(), key=lambda x: (x[0], x[1].label))],
            "dates": sorted(d for d, _ in p["steps"].values()),
            "duties": sorted(p["duties"]),
        }
        for p in paths.values()
    ]
    return {
        "led": task_rows(store, f"?task pk:leadAgency <{iri}>", language),
        "cooperating": task_rows(store, f"?task pk:cooperatingAgency <{iri}>", language),
        "now": sorted(now, key=lambda p: (p["holder"].label, p["duties"])),
        "events": [(Link.make(r["event"], names), r.get("date"), r["role"]) for r in events],
    }


def unit_view(store: ox.Store, iri: str, language: str) -> dict[str, Any]:
    found = rows(
        store,
        f"""
SELECT DISTINCT ?kind ?resource WHERE {{
  {{ ?resource a pk:Plan ; pk:jurisdiction <{iri}> BIND("plans" AS ?kind) }}
  UNION {{ ?resource a pk:Agency ; pk:jurisdiction <{iri}> BIND("agencies" AS ?kind) }}
  UNION {{ ?resource pk:withinUnit <{iri}> BIND("units" AS ?kind) }}
  UNION {{ <{iri}> pk:withinUnit ?resource BIND("within" AS ?kind) }}
  UNION {{ ?resource pk:originalUnit <{iri}> BIND("events" AS ?kind) }}
  UNION {{ ?resource pk:resultingUnit <{iri}> BIND("events" AS ?kind) }}
}}""",
    )
    names = labels(store, [r["resource"] for r in found], language)
    grouped: dict[str, list[Link]] = {"plans": [], "agencies": [], "units": [], "within": [], "events": []}
    for row in found:
        grouped[row["kind"]].append(Link.make(row["resource"], names))
    return {kind: sorted(links, key=lambda link: link.label.casefold()) for kind, links in grouped.items()}


def recommendation_view(store: ox.Store, iri: str, language: str) -> dict[str, Any]:
    return {"tasks": task_rows(store, f"?task pk:addresses <{iri}>", language)}
