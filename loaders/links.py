"""Links between plans' tasks: which task of a higher plan each task comes from
(``pk:derivesFrom``), and which recommendation groups it answers (``pk:addresses``).

No document states these links; they are inferred, each with its method and a score:

- a section II item of a plan derives from the top-level task of the nearest higher plan whose
  tasks are known (its parent if that plan was read, else Decision 27's groups), the one whose
  themes (``loaders.themes``) and words it shares most, the same number counting in its favour;
- an appendix row derives from the row of that higher plan it repeats, when the higher plan has
  rows and one shares most of its words; otherwise from what its group's item derives from;
- a task addresses the recommendation groups of CRC/C/VNM/CO/5-6 whose themes its text holds,
  and the confirmed paragraphs whose very subject it names.

Each link is a triple in the named graph ``graph/links`` with an ``rdf:Statement`` beside it
that says how it was made (``pk:method``, ``pk:score``, ``pk:confidence pk:inferred``), so a
query tells inferred links from confirmed ones.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

from plankg.namespaces import ID, PK
from plankg.sparql_source import SparqlSource, memory_source
from plankg.text import fold, slugify

from .themes import CRC_THEMES, D27_THEMES, PARAGRAPH_THEMES, theme_scores

# A row repeats a row of the higher plan when they share this much of their words (Dice).
ROW_MATCH = 0.5
# A recommendation group is addressed when it has this share of the themes found in a task's text.
ADDRESS_SHARE = 0.25
_SAME_NUMBER = 0.2  # the weight of the same number, beside themes and words (each up to 1)
_STOPWORDS = frozenset(
    "va cac cua cho tre em trong tren voi ve de the theo tai thuc hien nhung duoc co la mot".split()
)


@dataclass(frozen=True)
class TaskText:
    iri: URIRef
    plan: URIRef
    number: str
    text: str
    item: URIRef | None  # the task it is a subtask of


@dataclass(frozen=True)
class Link:
    task: URIRef
    predicate: URIRef
    target: URIRef
    method: URIRef
    score: float | None  # None: a rule's link, with no degree to it


_PREFIXES = f"PREFIX pk: <{PK}> PREFIX rdfs: <{RDFS}> PREFIX skos: <{SKOS}> PREFIX dct: <{DCTERMS}> "


class Linker:
    """Links the tasks of one plan at a time, reading what it needs (the plan's tasks, its
    higher plans' tasks, the recommendations) with SPARQL from the store that holds them, so
    that no more than a plan and its higher plans are in memory at once."""

    def __init__(self, source: SparqlSource) -> None:
        self.source = source
        self._higher_tasks: dict[URIRef, list[TaskText]] = {}  # the tasks of plans others implement
        self.recommendations = {
            str(row["number"].value): URIRef(row["group"].value)
            for row in source.select(
                _PREFIXES + "SELECT DISTINCT ?group ?number WHERE { ?group a pk:Recommendation ; "
                "skos:notation ?number ; dct:isPartOf ?whole FILTER NOT EXISTS { ?group pk:paragraph ?p } }"
            )
        }
        self.paragraphs = {
            str(row["number"].value): URIRef(row["paragraph"].value)
            for row in source.select(
                _PREFIXES + "SELECT DISTINCT ?paragraph ?number WHERE { ?paragraph pk:paragraph ?number }"
            )
        }

    def tasks(self, plan: URIRef) -> list[TaskText]:
        """The plan's tasks in the order the document gives them."""
        rows = self.source.select(
            _PREFIXES + "SELECT ?task ?number ?text ?label ?item ?line WHERE { "
            f"?task pk:partOfPlan <{plan}> ; a pk:Task . FILTER(isIRI(?task)) "
            "OPTIONAL { ?task pk:taskNumber ?number } OPTIONAL { ?task pk:text ?text } "
            'OPTIONAL { ?task rdfs:label ?label FILTER(LANG(?label) = "vi") } '
            "OPTIONAL { ?task pk:subtaskOf ?item FILTER(isIRI(?item)) } "
            "OPTIONAL { ?task pk:firstLine ?line } }"
        )
        # A statement held by two graphs comes twice; of several values, the least is taken.
        values: dict[str, dict[str, str]] = {}
        for row in rows:
            task = values.setdefault(row["task"].value, {})
            for name in ("number", "text", "label", "item", "line"):
                if name in row and (name not in task or row[name].value < task[name]):
                    task[name] = row[name].value
        found = [
            TaskText(
                URIRef(iri),
                plan,
                task.get("number", ""),
                task.get("text", task.get("label", "")),
                URIRef(task["item"]) if "item" in task else None,
            )
            for iri, task in values.items()
        ]
        lines = {iri: _integer(task.get("line")) for iri, task in values.items()}
        return sorted(found, key=lambda t: (lines[str(t.iri)], t.number, str(t.iri)))

    def _tasks_of_higher(self, plan: URIRef) -> list[TaskText]:
        if plan not in self._higher_tasks:
            self._higher_tasks[plan] = self.tasks(plan)
        return self._higher_tasks[plan]

    def _implemented(self, plan: URIRef) -> URIRef | None:
        rows = self.source.select(_PREFIXES + f"SELECT ?higher WHERE {{ <{plan}> pk:implements ?higher }}")
        higher = sorted(row["higher"].value for row in rows if isinstance(row["higher"], ox.NamedNode))
        return URIRef(higher[0]) if higher else None

    def _higher_plan(self, plan: URIRef) -> URIRef | None:
        """The nearest plan above ``plan`` whose tasks are known."""
        seen = {plan}
        current = self._implemented(plan)
        while current is not None and current not in seen:
            if self._tasks_of_higher(current):
                return current
            seen.add(current)
            current = self._implemented(current)
        return None

    def links(self, plan: URIRef) -> list[Link]:
        """The plan's tasks' derivations and recommendation groups."""
        own = self.tasks(plan)
        return [*self.derivations(plan, own), *self.addresses(own)]

    def derivations(self, plan: URIRef, own: list[TaskText]) -> list[Link]:
        higher = self._higher_plan(plan)
        if higher is None:
            return []
        higher_tasks = self._tasks_of_higher(higher)
        targets = [t for t in higher_tasks if t.item is None]
        rows_of: dict[URIRef, list[TaskText]] = {}
        for task in higher_tasks:
            if task.item is not None:
                rows_of.setdefault(task.item, []).append(task)
        links: dict[URIRef, Link] = {}
        for task in own:
            if task.item is None:
                best = _best_target(task, targets)
                if best is not None:
                    links[task.iri] = Link(task.iri, PK.derivesFrom, best[0], PK.methodTaskText, best[1])
        for task in own:
            if task.item is None:
                continue
            group_link = links.get(task.item)
            candidates = rows_of.get(group_link.target, []) if group_link else []
            repeated = max(
                ((c, _dice(task.text, c.text)) for c in candidates), key=lambda p: p[1], default=None
            )
            if repeated is not None and repeated[1] >= ROW_MATCH:
                links[task.iri] = Link(
                    task.iri, PK.derivesFrom, repeated[0].iri, PK.methodTaskText, repeated[1]
                )
            elif group_link is not None:
                links[task.iri] = Link(task.iri, PK.derivesFrom, group_link.target, PK.methodGroupOfRow, 1.0)
            else:
                best = _best_target(task, targets)
                if best is not None:
                    links[task.iri] = Link(task.iri, PK.derivesFrom, best[0], PK.methodTaskText, best[1])
        return list(links.values())

    def addresses(self, own: list[TaskText]) -> list[Link]:
        links = []
        for task in own:
            for found in theme_scores(task.text, CRC_THEMES):
                group = self.recommendations.get(found.theme)
                if isinstance(group, URIRef) and found.share >= ADDRESS_SHARE:
                    links.append(
                        Link(task.iri, PK.addresses, group, PK.methodTaskText, round(found.share, 3))
                    )
            for found in theme_scores(task.text, PARAGRAPH_THEMES):
                paragraph = self.paragraphs.get(found.theme)
                if isinstance(paragraph, URIRef):
                    score = round(found.score / (found.score + 1), 3)  # one phrase 0.5, more nearer 1
                    links.append(Link(task.iri, PK.addresses, paragraph, PK.methodTaskText, score))
        return links


def _item_number(number: str) -> str:
    """The number of the item a task is numbered under: "2.a" is under item 2."""
    return number.split(".", 1)[0]


def _integer(lexical: str | None) -> int:
    try:
        return int(lexical) if lexical is not None else 0
    except ValueError:
        return 0


# A higher plan's tasks are compared with each task of every plan below it: their words and
# themes are worked out once.
@lru_cache(maxsize=1 << 16)
def _words(text: str) -> frozenset[str]:
    return frozenset(fold(text).replace(",", " ").replace(";", " ").replace(".", " ").split()) - _STOPWORDS


def _dice(a: str, b: str) -> float:
    first, second = _words(a), _words(b)
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


@lru_cache(maxsize=1 << 16)
def _themes(text: str) -> Mapping[str, float]:
    return {found.theme: found.score for found in theme_scores(text, D27_THEMES)}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    dot = sum(value * b.get(key, 0.0) for key, value in a.items())
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def _best_target(task: TaskText, targets: list[TaskText]) -> tuple[URIRef, float] | None:
    """The target the task most likely comes from, with its score (0-1), or None when nothing
    (no theme, word or number) ties them."""
    own = _themes(task.text)
    scored = []
    for target in targets:
        themes = _cosine(own, _themes(target.text))
        words = _dice(task.text, target.text)
        same = _SAME_NUMBER if task.number and _item_number(task.number) == target.number else 0.0
        scored.append((themes + words + same, target))
    if not scored:
        return None
    value, best = max(scored, key=lambda pair: pair[0])
    return (best.iri, round(min(1.0, value / 2), 3)) if value > 0 else None


def links_graph(reference: Graph, documents: Iterable[Graph]) -> Graph:
    """The links graph: derivations and recommendation groups of every task the documents hold."""
    known = Graph() + reference
    plans: set[URIRef] = set()
    for document in documents:
        known += document
        plans.update(plans_of(document))
    out = Graph()
    linker = Linker(memory_source(known))
    for plan in sorted(plans):
        for link in linker.links(plan):
            describe_link(out, link)
    return out


def plans_of(document: Graph) -> list[URIRef]:
    """The plans a document's graph describes (the ones with their source document)."""
    return [
        p
        for p in document.subjects(PK.sourceDocument, None)
        if isinstance(p, URIRef) and (p, RDF.type, PK.Plan) in document
    ]


def describe_link(out: Graph, link: Link) -> None:
    """The link, and the ``rdf:Statement`` beside it that says how it was made."""
    for triple in link_statements(link):
        out.add(triple)


def link_statements(link: Link) -> list[tuple[URIRef, URIRef, Node]]:
    """The link, and the ``rdf:Statement`` beside it that says how it was made."""
    path = str(link.task).removeprefix(str(ID["task/"]))
    kind = (
        "derives-from"
        if link.predicate == PK.derivesFrom
        else "addresses/" + slugify(str(link.target).rsplit("/", 1)[-1])
    )
    statement = ID[f"link/{path}/{kind}"]
    triples: list[tuple[URIRef, URIRef, Node]] = [
        (link.task, link.predicate, link.target),
        (statement, RDF.type, RDF.Statement),
        (statement, RDF.subject, link.task),
        (statement, RDF.predicate, link.predicate),
        (statement, RDF.object, link.target),
        (statement, PK.method, link.method),
    ]
    if link.score is not None:
        triples.append((statement, PK.score, Literal(str(link.score), datatype=XSD.decimal)))
    triples.append((statement, PK.confidence, PK.inferred))
    return triples
