"""Who holds a duty today: change events applied to the agencies the documents name.

The reference data (data/reference/changes.ttl) states the 2025 changes the way the instruments
made them: ministry by ministry; for the provincial departments once, as a change of a *kind* of
body in every province (Decree 45/2025/NĐ-CP); for the provinces and districts as changes of
*units* (Resolution 202/2025/QH15, the commune resolutions). A plan names one province's body
("Sở Tài nguyên và Môi trường tỉnh Kon Tum"), so at build time each general change is applied to
the bodies the documents name, step after step, until no later change applies:

    Sở TN&MT Kon Tum --Decree 45 (1/3/2025)--> Sở NN&MT Kon Tum --NQ 202 (1/7/2025)--> Sở NN&MT Quảng Ngãi

Every step made here is an ``org:ChangeEvent`` of its own, marked inferred, with the method that
made it and the general event it applies (``prov:wasDerivedFrom``). Each path from a named agency
to a body with no later change is a ``pk:Succession``, limited to the duties its steps moved
(none when every step moved the whole body); the named query ``responsible-now`` reads them.
Everything goes into one named graph of its own, so inferred facts never mix with read ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from plankg.namespaces import ID, ORG, PK
from plankg.sparql_source import StoreView

from .gazetteer import AgencyName, Gazetteer, Unit
from .resolve import Resolver

NAMING_PROPERTIES = (PK.leadAgency, PK.cooperatingAgency, PK.focalAgency, PK.issuedBy)
_COPIED = (PK.changeKind, PK.effectiveDate, PK.legalInstrument)


class Known(Protocol):
    """What successions look up in the reference data and the documents: an rdflib graph holding
    them, or a :class:`plankg.sparql_source.StoreView` of the store a build writes them to."""

    def value(self, subject: Node, predicate: Node) -> Node | None: ...

    def objects(self, subject: Node, predicate: Node) -> Iterable[Node]: ...

    def __contains__(self, triple: tuple[Node, Node, Node]) -> bool: ...


@dataclass(frozen=True)
class Change:
    """A general change event of the reference data, and what it leads to."""

    event: URIRef
    results: tuple[URIRef, ...]  # resulting organisations, kinds or units
    duties: frozenset[URIRef]  # empty: the whole body moved


@dataclass(frozen=True)
class Step:
    event: URIRef  # the event of this step (general, or made here for one body)
    successor: URIRef
    duties: frozenset[URIRef]


class Successions:
    """Applies the reference data's change events to agencies, remembering what it made."""

    def __init__(self, reference: Graph, known: Known, gazetteer: Gazetteer) -> None:
        self.reference = reference
        self.known = known  # the reference data and the documents
        self.gazetteer = gazetteer
        self.resolver = Resolver(gazetteer)
        self.out = self.resolver.graph  # successor bodies described by the resolver land here too
        self.by_organisation = self._changes(ORG.originalOrganization, ORG.resultingOrganization)
        self.by_kind = self._changes(PK.originalKind, PK.resultingKind)
        self.by_unit = self._changes(PK.originalUnit, PK.resultingUnit)
        self.kinds = {URIRef(kind.iri): kind for kind in gazetteer.agencies}
        self._steps: dict[URIRef, list[Step]] = {}

    def _changes(self, original: URIRef, resulting: URIRef) -> dict[URIRef, list[Change]]:
        changes: dict[URIRef, list[Change]] = {}
        events = {e for e in self.reference.subjects(RDF.type, ORG.ChangeEvent) if isinstance(e, URIRef)}
        for event in sorted(events):
            results = tuple(
                sorted(o for o in self.reference.objects(event, resulting) if isinstance(o, URIRef))
            )
            if not results:
                continue
            duties = frozenset(d for d in self.reference.objects(event, PK.duty) if isinstance(d, URIRef))
            for source in self.reference.objects(event, original):
                if isinstance(source, URIRef):
                    changes.setdefault(source, []).append(Change(event, results, duties))
        return changes

    # -- one step -------------------------------------------------------------------------------

    def steps(self, agency: URIRef) -> list[Step]:
        """The changes that moved this agency's duties on, the earliest that apply."""
        if agency not in self._steps:
            self._steps[agency] = self._find_steps(agency)
        return self._steps[agency]

    def _find_steps(self, agency: URIRef) -> list[Step]:
        stated = [
            Step(change.event, result, change.duties)
            for change in self.by_organisation.get(agency, [])
            for result in change.results
            if result != agency
        ]
        if stated:
            return stated
        kind_iri = self._value(agency, PK.agencyKind)
        unit_iri = self._value(agency, PK.jurisdiction)
        kind = self.kinds.get(kind_iri) if isinstance(kind_iri, URIRef) else None
        unit = self._unit(unit_iri) if isinstance(unit_iri, URIRef) else None
        if kind is None or unit is None:
            return []
        # A change of the body's kind comes first (1 March 2025), a change of its unit after (1 July).
        by_kind = [
            self._apply(agency, change, self.kinds[result], unit, PK.methodKindChange)
            for change in self.by_kind.get(URIRef(kind.iri), [])
            for result in change.results
            if result in self.kinds
        ]
        if by_kind:
            return by_kind
        by_unit: list[Step] = []
        for change in self.by_unit.get(URIRef(unit.iri), []):
            for result in change.results:
                if str(result) == unit.iri:
                    continue  # the absorbing province: its bodies stay what they are
                target = self.gazetteer.unit_by_iri(str(result))
                if target is None:
                    continue
                successor_kind = kind
                if target.level != unit.level:  # a district's body goes to its commune counterpart
                    counterpart = self.reference.value(URIRef(kind.iri), PK.communeCounterpart)
                    if counterpart not in self.kinds:
                        continue
                    successor_kind = self.kinds[counterpart]  # type: ignore[index]
                by_unit.append(self._apply(agency, change, successor_kind, target, PK.methodUnitChange))
        return by_unit

    def _unit(self, iri: URIRef) -> Unit | None:
        """A unit of the reference data, or one a document described (a district not in the data)."""
        known = self.gazetteer.unit_by_iri(str(iri))
        if known is not None:
            return known
        name = self._label(iri, "vi")
        level, unit_type = self.known.value(iri, PK.level), self.known.value(iri, PK.unitType)
        if name is None or level is None:
            return None
        within = self.known.value(iri, PK.withinUnit)
        return Unit(
            str(iri),
            name,
            str(level).rsplit("#", 1)[-1],
            str(unit_type).rsplit("#", 1)[-1] if unit_type else None,
            str(within) if within else None,
        )

    def _apply(self, agency: URIRef, change: Change, kind: AgencyName, unit: Unit, method: URIRef) -> Step:
        """The general ``change`` made for one body: a new event from ``agency`` to its successor."""
        successor = self.resolver.kind_in_unit(kind, unit)
        path = str(agency).removeprefix(str(ID["agency/"]))
        if len(change.results) > 1:  # one body split between several units: one event for each
            path += "/to/" + str(successor).removeprefix(str(ID["agency/"]))
        event = URIRef(f"{change.event}/{path}")
        out = self.out
        out.add((event, RDF.type, ORG.ChangeEvent))
        out.add((event, ORG.originalOrganization, agency))
        out.add((event, ORG.resultingOrganization, successor))
        for predicate in _COPIED:
            for value in self.reference.objects(change.event, predicate):
                out.add((event, predicate, value))
        for duty in change.duties:
            out.add((event, PK.duty, duty))
        for language in ("vi", "en"):
            before, after = self._label(agency, language), self._label(successor, language)
            if before and after:
                out.add((event, RDFS.label, Literal(f"{before} → {after}", lang=language)))
        out.add((event, PROV.wasDerivedFrom, change.event))
        out.add((event, PK.method, method))
        out.add((event, PK.confidence, PK.inferred))
        if (successor, RDF.type, PK.Agency) not in self.known:
            out.add((successor, PK.confidence, PK.inferred))
        return Step(event, successor, change.duties)

    def _value(self, node: URIRef, predicate: URIRef) -> object:
        """A value the documents, the reference data or this graph (a successor made here) give."""
        value = self.known.value(node, predicate)
        return value if value is not None else self.out.value(node, predicate)

    def _label(self, node: URIRef, language: str) -> str | None:
        """The label in ``language``; of several (a collective wording met in several documents),
        the least, whatever order they were read in."""
        for graph in (self.known, self.out):
            labels = [
                str(label)
                for label in graph.objects(node, SKOS.prefLabel)
                if isinstance(label, Literal) and label.language == language
            ]
            if labels:
                return min(labels)
        return None

    # -- whole paths ----------------------------------------------------------------------------

    def paths(self, agency: URIRef) -> list[tuple[list[Step], frozenset[URIRef]]]:
        """Every path of steps from ``agency`` to a body no later change applies to, with the
        duties it is limited to (the steps' duties in common; none limit = the whole body)."""
        found: list[tuple[list[Step], frozenset[URIRef]]] = []
        self._walk(agency, [], None, {agency}, found)
        return found

    def _walk(
        self,
        current: URIRef,
        path: list[Step],
        duties: frozenset[URIRef] | None,
        seen: set[URIRef],
        found: list[tuple[list[Step], frozenset[URIRef]]],
    ) -> None:
        """The paths on from ``current`` into ``found``; ``duties`` None: every step so far moved
        the whole body. (A method, not a nested function: a function calling itself through its
        closure is a reference cycle, and it would keep this object and the store it reads alive
        after the build has closed it.)"""
        next_steps = [step for step in self.steps(current) if step.successor not in seen]
        if not next_steps and path:
            found.append((path, duties or frozenset()))
        for step in next_steps:
            carried = duties if not step.duties else step.duties if duties is None else duties & step.duties
            if carried is not None and not carried:
                continue  # this step moves none of the duties the path carries
            self._walk(step.successor, [*path, step], carried, seen | {step.successor}, found)

    def describe(self, agencies: Iterable[URIRef]) -> Graph:
        for agency in sorted(set(agencies)):
            for path, duties in self.paths(agency):
                node = BNode()
                self.out.add((node, RDF.type, PK.Succession))
                self.out.add((node, PK.fromAgency, agency))
                self.out.add((node, PK.holder, path[-1].successor))
                for step in path:
                    self.out.add((node, PK.step, step.event))
                for duty in duties:
                    self.out.add((node, PK.duty, duty))
                self.out.add((node, PK.method, PK.methodSuccessionPath))
                self.out.add((node, PK.confidence, PK.inferred))
        # What a document or the reference data already says stays there, said once: the union of
        # graphs that queries see does not merge repeated triples away.
        for triple in [t for t in self.out if t in self.known]:
            self.out.remove(triple)
        return self.out


def successions_graph(reference: Graph, documents: Iterable[Graph], gazetteer: Gazetteer) -> Graph:
    """The successions graph: for every agency a document names, the bodies holding its duties today."""
    known = Graph() + reference
    named: set[URIRef] = set()
    for document in documents:
        known += document
        named.update(o for p in NAMING_PROPERTIES for o in document.objects(None, p) if isinstance(o, URIRef))
    return Successions(reference, known, gazetteer).describe(named)


def store_successions(
    reference: Graph, store: ox.Store, documents: Iterable[str], gazetteer: Gazetteer
) -> Graph:
    """The successions graph of the agencies named in the ``documents`` graphs of a store that
    holds them and the reference data, read where they are stored."""
    named: set[URIRef] = set()
    for graph in documents:
        for predicate in NAMING_PROPERTIES:
            found = store.quads_for_pattern(None, ox.NamedNode(str(predicate)), None, ox.NamedNode(graph))
            named.update(URIRef(q.object.value) for q in found if isinstance(q.object, ox.NamedNode))
    return Successions(reference, StoreView(store), gazetteer).describe(named)
