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

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from plankg.namespaces import ID, PK
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


class Linker:
    def __init__(self, known: Graph) -> None:
        self.known = known
        self.tasks: dict[URIRef, list[TaskText]] = {}
        for task in known.subjects(RDF.type, PK.Task):
            plan = known.value(task, PK.partOfPlan)
            if not isinstance(task, URIRef) or not isinstance(plan, URIRef):
                continue
            item = known.value(task, PK.subtaskOf)
            self.tasks.setdefault(plan, []).append(
                TaskText(
                    task,
                    plan,
                    str(known.value(task, PK.taskNumber) or ""),
                    self._text(task),
                    item if isinstance(item, URIRef) else None,
                )
            )
        for tasks in self.tasks.values():
            tasks.sort(key=lambda t: (_line(known, t.iri), t.number))
        self.recommendations = {
            str(known.value(group, SKOS.notation)): group
            for group in known.subjects(RDF.type, PK.Recommendation)
            if (group, DCTERMS.isPartOf, None) in known and known.value(group, PK.paragraph) is None
        }
        self.paragraphs = {
            str(number): paragraph for paragraph, number in known.subject_objects(PK.paragraph)
        }

    def _text(self, task: URIRef) -> str:
        text = self.known.value(task, PK.text)
        if text is not None:
            return str(text)
        labels = [
            label
            for label in self.known.objects(task, RDFS.label)
            if getattr(label, "language", None) == "vi"
        ]
        return str(labels[0]) if labels else ""

    def _higher_plan(self, plan: URIRef) -> URIRef | None:
        """The nearest plan above ``plan`` whose tasks are known."""
        seen = {plan}
        current = self.known.value(plan, PK.implements)
        while isinstance(current, URIRef) and current not in seen:
            if self.tasks.get(current):
                return current
            seen.add(current)
            current = self.known.value(current, PK.implements)
        return None

    def derivations(self, plan: URIRef) -> list[Link]:
        higher = self._higher_plan(plan)
        if higher is None:
            return []
        targets = [t for t in self.tasks[higher] if t.item is None]
        rows_of: dict[URIRef, list[TaskText]] = {}
        for task in self.tasks[higher]:
            if task.item is not None:
                rows_of.setdefault(task.item, []).append(task)
        links: dict[URIRef, Link] = {}
        own = self.tasks.get(plan, [])
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

    def addresses(self, plan: URIRef) -> list[Link]:
        links = []
        for task in self.tasks.get(plan, []):
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


def _line(graph: Graph, task: URIRef) -> int:
    line = graph.value(task, PK.firstLine)
    return int(line.toPython()) if isinstance(line, Literal) else 0


def _words(text: str) -> set[str]:
    return {
        word for word in fold(text).replace(",", " ").replace(";", " ").replace(".", " ").split()
    } - _STOPWORDS


def _dice(a: str, b: str) -> float:
    first, second = _words(a), _words(b)
    if not first or not second:
        return 0.0
    return 2 * len(first & second) / (len(first) + len(second))


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
    plans: list[URIRef] = []
    for document in documents:
        known += document
        plans.extend(
            p
            for p in document.subjects(PK.sourceDocument, None)
            if isinstance(p, URIRef) and (p, RDF.type, PK.Plan) in document
        )
    linker = Linker(known)
    out = Graph()
    for plan in sorted(set(plans)):
        for link in [*linker.derivations(plan), *linker.addresses(plan)]:
            describe_link(out, link)
    return out


def describe_link(out: Graph, link: Link) -> None:
    """The link, and the ``rdf:Statement`` beside it that says how it was made."""
    out.add((link.task, link.predicate, link.target))
    path = str(link.task).removeprefix(str(ID["task/"]))
    kind = (
        "derives-from"
        if link.predicate == PK.derivesFrom
        else "addresses/" + slugify(str(link.target).rsplit("/", 1)[-1])
    )
    statement = ID[f"link/{path}/{kind}"]
    out.add((statement, RDF.type, RDF.Statement))
    out.add((statement, RDF.subject, link.task))
    out.add((statement, RDF.predicate, link.predicate))
    out.add((statement, RDF.object, link.target))
    out.add((statement, PK.method, link.method))
    if link.score is not None:
        out.add((statement, PK.score, Literal(str(link.score), datatype=XSD.decimal)))
    out.add((statement, PK.confidence, PK.inferred))
