"""The ontology's axioms applied at build time (OWL 2 RL, by owlrl), kept in a named graph.

What the axioms say that no document states: a plan implements transitively what its parent
implements; the inverses (a plan's tasks, a task's subtasks, the plans implementing a plan, the
tasks derived from a task); a task addresses what the task it derives from addresses (a property
chain); a plan of a level is a NationalPlan, ProvincialPlan, DistrictPlan or CommunePlan.

owlrl computes the whole OWL 2 RL closure, most of it of no use to a reader (every resource an
owl:Thing, every property its own sub-property). It runs on the ontology and on the triples its
axioms read (so the closure stays small), and of what it derives only the statements of the terms
above are kept, in ``graph/inferences``. An ``addresses`` link derived by the chain gets its
``rdf:Statement`` there, like the links of ``loaders.links``: method ``pk:methodOwlRules``,
confidence inferred.
"""

from __future__ import annotations

from collections.abc import Iterable

import owlrl
from rdflib import BNode, Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from plankg.namespaces import GRAPH, PK

from .links import Link, describe_link

INFERENCES_GRAPH = GRAPH["inferences"]
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


def inferences_graph(ontology: Graph, facts: Iterable[Graph]) -> Graph:
    """What the ontology's axioms add to ``facts`` (the reference data, documents and links)."""
    read = Graph()
    for graph in facts:
        for predicate in _READ:
            for triple in graph.triples((None, predicate, None)):
                read.add(triple)
        for triple in graph.triples((None, RDF.type, PK.Plan)):
            read.add(triple)
    closure = Graph()
    closure += _axioms(ontology)
    closure += read
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(
        closure
    )
    out = Graph()
    for predicate in _KEPT:
        for subject, value in closure.subject_objects(predicate):
            if (subject, predicate, value) not in read and isinstance(subject, URIRef):
                out.add((subject, predicate, value))
    for plan_class in _PLAN_CLASSES:
        for plan in closure.subjects(RDF.type, plan_class):
            if isinstance(plan, URIRef):
                out.add((plan, RDF.type, plan_class))
    for task, recommendation in list(out.subject_objects(PK.addresses)):
        if isinstance(task, URIRef) and isinstance(recommendation, URIRef):
            describe_link(out, Link(task, PK.addresses, recommendation, PK.methodOwlRules, None))
    return out
