"""The ontology's axioms applied at build time (OWL 2 RL, by owlrl), kept in a named graph.

What the axioms say that no document states: a plan implements transitively what its parent
implements; the inverses (a plan's tasks, a task's subtasks, the plans implementing a plan, the
tasks derived from a task); a task addresses what the task it derives from addresses (a property
chain); a plan of a level is a NationalPlan, ProvincialPlan, DistrictPlan or CommunePlan.

Two engines give the same graph (tested on the seeds and on a synthetic corpus): owlrl, the
reference, computes the whole OWL 2 RL closure, most of it of no use to a reader (every resource an
owl:Thing, every property its own sub-property), and grows too slow at the nation's scale (17 s for
100 plans); the fast engine (the default) applies only the OWL 2 RL rules the ontology's axioms
call for (OWL 2 Profiles §4.3: prp-spo1, prp-inv1/2, prp-trp, prp-spo2, prp-dom, prp-rng, cax-sco,
cax-eqc1/2, cls-int1/2, cls-hv1/2), read from the axioms themselves, to a fixpoint, with an index
by predicate. Both run on the ontology's axioms and the triples they read, and of what they derive
only the statements of the terms above are kept, in ``graph/inferences``. An ``addresses`` link
derived by the chain gets its ``rdf:Statement`` there, like the links of ``loaders.links``: method
``pk:methodOwlRules``, confidence inferred.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator

import owlrl
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from plankg.namespaces import PK
from plankg.sparql_source import to_rdflib

from .links import Link, link_statements

# The statements the axioms read.
_READ = (PK.implements, PK.partOfPlan, PK.subtaskOf, PK.derivesFrom, PK.addresses, PK.level)
# The statements kept from the closure.
_KEPT = (PK.implementsTransitively, PK.hasTask, PK.hasSubtask, PK.implementedBy, PK.derivedInto, PK.addresses)
_PLAN_CLASSES = (PK.NationalPlan, PK.ProvincialPlan, PK.DistrictPlan, PK.CommunePlan)


# What the axioms of the terms above are made of (labels, definitions and alignments left out: the
# closure's size, and so its time, grows with every triple it is given).
_AXIOM_PREDICATES = (
    RDF.type, RDF.first, RDF.rest, RDFS.subPropertyOf, RDFS.subClassOf, RDFS.domain, RDFS.range,
    OWL.inverseOf, OWL.propertyChainAxiom, OWL.equivalentClass, OWL.intersectionOf, OWL.onProperty,
    OWL.hasValue,
)  # fmt: skip


def _axioms(ontology: Graph) -> Graph:
    axioms = Graph()
    for predicate in _AXIOM_PREDICATES:
        for subject, value in ontology.subject_objects(predicate):
            if isinstance(subject, BNode) or str(subject).startswith(str(PK)):
                if (
                    predicate == RDFS.subClassOf
                    and not isinstance(value, BNode)
                    and not str(value).startswith(str(PK))
                ):
                    continue
                axioms.add((subject, predicate, value))
    return axioms


Triple = tuple[Node, Node, Node]
Pairs = set[tuple[Node, Node]]


def inferences_graph(ontology: Graph, facts: Iterable[Graph], engine: str = "fast") -> Graph:
    """What the ontology's axioms add to ``facts`` (the reference data, documents and links)."""
    out = Graph()
    for triple in inferred_triples(ontology, (t for graph in facts for t in statements_read(graph)), engine):
        out.add(triple)
    return out


def statements_read(graph: Graph) -> Iterator[Triple]:
    """The statements of ``graph`` the axioms read."""
    for predicate in _READ:
        yield from graph.triples((None, predicate, None))
    yield from graph.triples((None, RDF.type, PK.Plan))


def store_statements_read(store: ox.Store, leave_out: Collection[str] = ()) -> Iterator[Triple]:
    """The statements of every graph of a store the axioms read, but of the graphs ``leave_out``
    names; each IRI made once, however many statements name it (a task is named by several)."""
    terms: dict[str, Node] = {}

    def term(node: object) -> Node:
        if isinstance(node, ox.Literal):
            return to_rdflib(node)
        assert isinstance(node, ox.NamedNode | ox.BlankNode)
        key = node.value if isinstance(node, ox.NamedNode) else f"_:{node.value}"
        found = terms.get(key)
        if found is None:
            found = terms[key] = URIRef(node.value) if isinstance(node, ox.NamedNode) else BNode(node.value)
        return found

    patterns: list[tuple[ox.NamedNode, ox.NamedNode | None]] = [(ox.NamedNode(str(p)), None) for p in _READ]
    patterns.append((ox.NamedNode(str(RDF.type)), ox.NamedNode(str(PK.Plan))))
    for predicate, value in patterns:
        rdflib_predicate = URIRef(predicate.value)
        for quad in store.quads_for_pattern(None, predicate, value, None):
            if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value in leave_out:
                continue
            yield term(quad.subject), rdflib_predicate, term(quad.object)


def inferred_triples(ontology: Graph, read: Iterable[Triple], engine: str = "fast") -> Iterator[Triple]:
    """What the ontology's axioms add to the statements ``read``: the statements of the terms kept,
    and the ``rdf:Statement`` of each ``addresses`` link derived (repeated statements possible)."""
    facts: dict[Node, Pairs] = {}
    for s, p, o in read:
        facts.setdefault(p, set()).add((s, o))
    stated = {p: frozenset(facts.get(p, ())) for p in _KEPT}
    if engine == "owlrl":
        closure = Graph()
        closure += _axioms(ontology)
        for p, pairs in facts.items():
            for s, o in pairs:
                closure.add((s, p, o))
        owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(
            closure
        )
        facts = {}
        for s, p, o in closure:
            facts.setdefault(p, set()).add((s, o))
    elif engine == "fast":
        _fast_closure(_axioms(ontology), facts)
    else:
        raise ValueError(f"reasoning engine {engine!r}: fast or owlrl")
    for predicate in _KEPT:
        for subject, value in facts.get(predicate, ()):
            if (subject, value) not in stated[predicate] and isinstance(subject, URIRef):
                yield subject, predicate, value
                if predicate == PK.addresses and isinstance(value, URIRef):
                    yield from link_statements(Link(subject, PK.addresses, value, PK.methodOwlRules, None))
    for plan, plan_class in facts.get(RDF.type, ()):
        if plan_class in _PLAN_CLASSES and isinstance(plan, URIRef):
            yield plan, RDF.type, plan_class


def _list(axioms: Graph, head: Node | None) -> list[Node]:
    items: list[Node] = []
    while head != RDF.nil and head is not None:
        item, head = axioms.value(head, RDF.first), axioms.value(head, RDF.rest)
        if item is not None:
            items.append(item)
    return items


def _join(left: Pairs, right: Pairs) -> Pairs:
    """{(a, c) | (a, b) in left, (b, c) in right}"""
    by_start: dict[Node, list[Node]] = {}
    for b, c in right:
        by_start.setdefault(b, []).append(c)
    return {(a, c) for a, b in left for c in by_start.get(b, ())}


def _fast_closure(axioms: Graph, facts: dict[Node, Pairs]) -> None:
    """The OWL 2 RL rules the axioms call for, applied to ``facts`` (predicate -> pairs) until
    nothing new follows; what follows is added to ``facts``."""
    types = facts.setdefault(RDF.type, set())
    sub_properties = set(axioms.subject_objects(RDFS.subPropertyOf))
    inverses = {(p, q) for p, q in axioms.subject_objects(OWL.inverseOf)}
    inverses |= {(q, p) for p, q in inverses}
    transitive = set(axioms.subjects(RDF.type, OWL.TransitiveProperty))
    chains = [(p, _list(axioms, head)) for p, head in axioms.subject_objects(OWL.propertyChainAxiom)]
    domains = set(axioms.subject_objects(RDFS.domain))
    ranges = set(axioms.subject_objects(RDFS.range))
    sub_classes = set(axioms.subject_objects(RDFS.subClassOf))
    equivalent = set(axioms.subject_objects(OWL.equivalentClass))
    intersections = [(c, _list(axioms, head)) for c, head in axioms.subject_objects(OWL.intersectionOf)]
    has_values = [
        (r, on, v) for r, v in axioms.subject_objects(OWL.hasValue) if (on := axioms.value(r, OWL.onProperty))
    ]

    by_class: dict[Node, set[Node]] = {}

    def members(cls: Node) -> set[Node]:
        return by_class.get(cls, set())

    size = -1
    while size != sum(len(pairs) for pairs in facts.values()):
        size = sum(len(pairs) for pairs in facts.values())
        # The class index is rebuilt once a round, not scanned for every class a rule asks about;
        # what a round adds is seen by the next, and the loop runs until a round adds nothing.
        by_class = {}
        for x, c in types:
            by_class.setdefault(c, set()).add(x)
        for p, q in sub_properties:  # prp-spo1
            facts.setdefault(q, set()).update(facts.get(p, ()))
        for p, q in inverses:  # prp-inv1, prp-inv2
            facts.setdefault(q, set()).update((o, s) for s, o in facts.get(p, ()))
        for p in transitive:  # prp-trp, to its closure
            pairs = facts.setdefault(p, set())
            while True:
                more = _join(pairs, pairs) - pairs
                if not more:
                    break
                pairs |= more
        for p, chain in chains:  # prp-spo2
            if chain:
                joined = set(facts.get(chain[0], ()))
                for link in chain[1:]:
                    joined = _join(joined, facts.get(link, set()))
                facts.setdefault(p, set()).update(joined)
        for p, cls in domains:  # prp-dom
            types.update((s, cls) for s, _ in facts.get(p, ()))
        for p, cls in ranges:  # prp-rng
            types.update((o, cls) for _, o in facts.get(p, ()) if not isinstance(o, Literal))
        for r, p, v in has_values:  # cls-hv2: x p v => x a r; cls-hv1: x a r => x p v
            types.update((x, r) for x, value in facts.get(p, ()) if value == v)
            facts.setdefault(p, set()).update((x, v) for x in members(r))
        for cls, components in intersections:  # cls-int1, cls-int2
            if components:
                common = set.intersection(*(members(c) for c in components))
                types.update((x, cls) for x in common)
                types.update((x, c) for x in members(cls) for c in components)
        for a, b in equivalent:  # cax-eqc1, cax-eqc2
            types.update((x, b) for x in members(a))
            types.update((x, a) for x in members(b))
        for a, b in sub_classes:  # cax-sco
            types.update((x, b) for x in members(a))
