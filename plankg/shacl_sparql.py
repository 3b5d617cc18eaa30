"""The fast validation engine: each constraint of each shape compiled to one SPARQL query.

pyshacl, the reference engine, walks the focus nodes one by one and evaluates every constraint for
each of them in rdflib; a SPARQL-based constraint is one rdflib query per focus node. Here each
constraint becomes one SELECT over all its focus nodes together, run by the store's own engine
(pyoxigraph on disk or in memory, or any SPARQL 1.1 endpoint), and its solutions are the results.

The subset of SHACL compiled (anything else is refused by name, see :class:`UnsupportedShape`):

- targets (SHACL 2.1.3): ``sh:targetClass``, implicit class targets, ``sh:targetNode``,
  ``sh:targetSubjectsOf``, ``sh:targetObjectsOf``; the focus nodes are the DISTINCT solutions of
  their union, and a SHACL instance of a class is ``rdf:type/rdfs:subClassOf*`` (SHACL 3.2);
- property shapes, standing alone or reached by ``sh:property``, with any SHACL path
  (SHACL 2.3.1, written as the SPARQL property path it stands for);
- the core components ``sh:minCount``, ``sh:maxCount`` (4.2), ``sh:class``, ``sh:nodeKind``
  (4.1), ``sh:in``, ``sh:hasValue`` (4.8);
- SPARQL-based constraints (SHACL 5) over ``$this``. Pre-binding ``$this`` (5.3.1) is the same
  as joining the query's pattern with the focus nodes, because SHACL 5.3.1.1 forbids what would
  tell them apart (MINUS, VALUES, SERVICE, ``AS $this``, subqueries not projecting ``$this``);
  a query that uses them is refused;
- ``sh:deactivated``, ``sh:severity``, ``sh:message``.

A report lists each result once: the union of named graphs can hold a statement twice (a plan
described by its document and by the reference data), which a store's union default graph
returns twice where rdflib's merged graph holds it once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS

from .namespaces import SH
from .sparql_source import SparqlSource, to_ox
from .sparql_text import code_only, pattern_start

Term = ox.NamedNode | ox.BlankNode | ox.Literal


class ShapesError(ValueError):
    """The shapes cannot be used to validate: the message says which shape and why."""


class UnsupportedShape(ShapesError):
    """A shape uses SHACL the fast engine does not compile: validate it with pyshacl."""

    def __init__(self, shape: Node, what: str):
        super().__init__(
            f"shape {_name(shape)}: {what}; the fast engine does not compile it "
            "(validate with --engine pyshacl)"
        )


@dataclass(frozen=True)
class Finding:
    """One validation result before its details are looked up (SHACL 3.6)."""

    focus: Term
    shape: Node  # in the shapes graph: an IRI, or a blank node for a property shape in brackets
    severity: URIRef
    component: URIRef
    path: Node | None = None  # sh:resultPath
    value: Term | None = None  # sh:value
    message: str | None = None  # sh:resultMessage when the shape has none of its own


@dataclass(frozen=True)
class CompiledConstraint:
    shape: Node
    severity: URIRef
    component: URIRef
    path: Node | None  # the property shape's path, reported as sh:resultPath
    query: str  # projects ?this, and ?value / ?path when the component reports them
    message: str | None = None


# Parameters of a shape that the engine reads or that do not constrain (SHACL 2.1, 2.3, 3.5, 3.6).
TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
NON_VALIDATING = {SH.severity, SH.message, SH.name, SH.description, SH.order, SH.group, SH.defaultValue}
COMPONENTS = {
    SH.minCount: SH.MinCountConstraintComponent,
    SH.maxCount: SH.MaxCountConstraintComponent,
    SH["class"]: SH.ClassConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent,
    SH["in"]: SH.InConstraintComponent,
    SH.hasValue: SH.HasValueConstraintComponent,
    SH.sparql: SH.SPARQLConstraintComponent,
}
UNDERSTOOD = {*TARGETS, *NON_VALIDATING, *COMPONENTS, SH.property, SH.path, SH.deactivated}
NODE_KINDS = {  # SHACL 4.1.3
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}
INSTANCE_OF = f"<{RDF.type}>/<{RDFS.subClassOf}>*"
# What SHACL 5.3.1.1 forbids in a query with pre-bound variables, and what the engine does not bind.
FORBIDDEN = re.compile(r"\b(MINUS|VALUES|SERVICE)\b", re.IGNORECASE)
UNBOUND = re.compile(r"\$(shapesGraph|currentShape|value|PATH)\b")


def compile_shapes(shapes: Graph) -> list[CompiledConstraint]:
    """Every active constraint of every shape with focus nodes, as a query."""
    compiled: list[CompiledConstraint] = []
    shapes_with_targets = {s for target in TARGETS for s in shapes.subjects(target, None)}
    shapes_with_targets |= {s for s in _shape_nodes(shapes) if _is_class(shapes, s)}
    for shape in sorted(shapes_with_targets, key=str):
        if _deactivated(shapes, shape):
            continue
        focus = _focus_pattern(shapes, shape)
        compiled += _compile_shape(shapes, shape, focus)
        for nested in shapes.objects(shape, SH.property):
            if not _deactivated(shapes, nested):
                compiled += _compile_shape(shapes, nested, focus)
    return compiled


def run(source: SparqlSource, constraints: list[CompiledConstraint]) -> list[Finding]:
    findings: dict[Finding, None] = {}
    for constraint in constraints:
        # a SPARQL constraint of a node shape reports its focus node as the value when ?value is
        # unbound (SHACL 5.3.2)
        node_shape_query = constraint.path is None and constraint.component == SH.SPARQLConstraintComponent
        for row in source.select(constraint.query):
            path = constraint.path
            if path is None and isinstance(row.get("path"), ox.NamedNode):  # SHACL 5.3.2
                path = URIRef(row["path"].value)
            message = row.get("message")
            finding = Finding(
                focus=row["this"],
                shape=constraint.shape,
                severity=constraint.severity,
                component=constraint.component,
                path=path,
                value=row.get("value", row["this"] if node_shape_query else None),
                message=message.value if isinstance(message, ox.Literal) else constraint.message,
            )
            findings[finding] = None
    return list(findings)


def _compile_shape(shapes: Graph, shape: Node, focus: str) -> list[CompiledConstraint]:
    for predicate in set(shapes.predicates(shape, None)):
        if str(predicate).startswith(str(SH)) and predicate not in UNDERSTOOD:
            raise UnsupportedShape(shape, f"{_name(predicate)} is used")
    path_node = shapes.value(shape, SH.path)
    path = _path(shapes, path_node) if path_node is not None else None
    value_nodes = f"?this {path} ?value ." if path else "BIND(?this AS ?value)"
    severity = shapes.value(shape, SH.severity) or SH.Violation
    assert isinstance(severity, URIRef)

    def constraint(component: URIRef, query: str, message: str | None = None) -> CompiledConstraint:
        return CompiledConstraint(shape, severity, component, path_node, query, message)

    compiled = []
    for count, comparison, component in (
        (SH.minCount, "<", SH.MinCountConstraintComponent),
        (SH.maxCount, ">", SH.MaxCountConstraintComponent),
    ):
        for bound in shapes.objects(shape, count):
            if not isinstance(bound, Literal) or not isinstance(bound.toPython(), int):
                raise UnsupportedShape(shape, f"{_name(count)} {bound} is not an integer")
            if path is None:
                raise UnsupportedShape(shape, f"{_name(count)} on a node shape")
            optional = "OPTIONAL" if comparison == "<" else ""
            compiled.append(
                constraint(
                    component,
                    f"SELECT ?this WHERE {{ {focus} {optional} {{ ?this {path} ?value }} }} "
                    f"GROUP BY ?this HAVING (COUNT(DISTINCT ?value) {comparison} {bound.toPython()})",
                )
            )
    for members in shapes.objects(shape, SH["in"]):
        allowed = " || ".join(f"sameTerm(?value, {_term(shape, m)})" for m in Collection(shapes, members))
        compiled.append(
            constraint(
                SH.InConstraintComponent,
                f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {value_nodes} "
                f"FILTER(!({allowed or 'false'})) }}",
            )
        )
    for expected in shapes.objects(shape, SH.hasValue):
        term = _term(shape, expected)
        if path:
            check = f"FILTER NOT EXISTS {{ ?this {path} ?value . FILTER(sameTerm(?value, {term})) }}"
        else:
            check = f"FILTER(!sameTerm(?this, {term}))"
        compiled.append(
            constraint(SH.HasValueConstraintComponent, f"SELECT ?this WHERE {{ {focus} {check} }}")
        )
    for cls in shapes.objects(shape, SH["class"]):
        compiled.append(
            constraint(
                SH.ClassConstraintComponent,
                f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {value_nodes} "
                f"FILTER NOT EXISTS {{ ?value {INSTANCE_OF} {_term(shape, cls)} }} }}",
            )
        )
    for kind in shapes.objects(shape, SH.nodeKind):
        if not isinstance(kind, URIRef) or kind not in NODE_KINDS:
            raise UnsupportedShape(shape, f"sh:nodeKind {_name(kind)} is not a node kind")
        compiled.append(
            constraint(
                SH.NodeKindConstraintComponent,
                f"SELECT DISTINCT ?this ?value WHERE {{ {focus} {value_nodes} FILTER(!{NODE_KINDS[kind]}) }}",
            )
        )
    for sparql in shapes.objects(shape, SH.sparql):
        if _deactivated(shapes, sparql):
            continue
        query = _sparql_constraint(shapes, shape, sparql, focus, path is not None)
        message = shapes.value(sparql, SH.message)
        compiled.append(
            constraint(SH.SPARQLConstraintComponent, query, str(message) if message is not None else None)
        )
    return compiled


def _sparql_constraint(shapes: Graph, shape: Node, sparql: Node, focus: str, on_property: bool) -> str:
    select = shapes.value(sparql, SH.select)
    if select is None:
        raise UnsupportedShape(shape, "a SPARQL constraint without sh:select")
    text = str(select)
    code = code_only(text)
    if on_property:
        raise UnsupportedShape(shape, "a SPARQL constraint on a property shape ($PATH)")
    forbidden = FORBIDDEN.search(code)
    if forbidden:  # SHACL 5.3.1.1
        raise UnsupportedShape(shape, f"its SPARQL query uses {forbidden.group(1).upper()}")
    unbound = UNBOUND.search(code)
    if unbound:
        raise UnsupportedShape(shape, f"its SPARQL query uses ${unbound.group(1)}")
    start = pattern_start(text)
    if start is None:
        raise UnsupportedShape(shape, "its SPARQL query has no WHERE clause")
    prologue = "".join(f"PREFIX {prefix}: <{namespace}>\n" for prefix, namespace in _prefixes(shapes, sparql))
    # the focus nodes joined first in the query's own group: $this pre-bound (SHACL 5.3.1)
    return f"{prologue}{text[:start]} {focus} {text[start:]}"


def _prefixes(shapes: Graph, sparql: Node) -> Iterator[tuple[str, str]]:
    """The declarations of sh:prefixes, through owl:imports (SHACL 5.2.1)."""
    seen: set[Node] = set()
    pending = list(shapes.objects(sparql, SH.prefixes))
    while pending:
        node = pending.pop()
        if node in seen:
            continue
        seen.add(node)
        for declaration in shapes.objects(node, SH.declare):
            prefix, namespace = shapes.value(declaration, SH.prefix), shapes.value(declaration, SH.namespace)
            if prefix is not None and namespace is not None:
                yield str(prefix), str(namespace)
        pending += shapes.objects(node, OWL.imports)


def _focus_pattern(shapes: Graph, shape: Node) -> str:
    """The focus nodes of a shape as a subquery projecting ?this, each once (SHACL 2.1.3)."""
    parts = []
    classes = [*shapes.objects(shape, SH.targetClass)] + ([shape] if _is_class(shapes, shape) else [])
    parts += [f"{{ ?this {INSTANCE_OF} {_term(shape, cls)} }}" for cls in classes]
    parts += [
        f"{{ VALUES ?this {{ {_term(shape, node)} }} }}" for node in shapes.objects(shape, SH.targetNode)
    ]
    parts += [f"{{ ?this {_term(shape, p)} ?anyObject }}" for p in shapes.objects(shape, SH.targetSubjectsOf)]
    parts += [f"{{ ?anySubject {_term(shape, p)} ?this }}" for p in shapes.objects(shape, SH.targetObjectsOf)]
    return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"


def _path(shapes: Graph, node: Node) -> str:
    """A SHACL property path as the SPARQL property path it stands for (SHACL 2.3.1)."""
    if isinstance(node, URIRef):
        return f"<{node}>"
    if (node, RDF.first, None) in shapes:
        return "(" + "/".join(_path(shapes, step) for step in Collection(shapes, node)) + ")"
    for predicate, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = shapes.value(node, predicate)
        if inner is not None:
            return "(" + template.format(_path(shapes, inner)) + ")"
    alternatives = shapes.value(node, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(_path(shapes, step) for step in Collection(shapes, alternatives)) + ")"
    raise UnsupportedShape(node, "a path that is not a SHACL property path")


def _term(shape: Node, node: Node) -> str:
    if isinstance(node, BNode):
        raise UnsupportedShape(shape, "a blank node as a value to compare with")
    if isinstance(node, URIRef | Literal):
        return str(to_ox(node))
    raise UnsupportedShape(shape, f"{node!r} as a value")


def _shape_nodes(shapes: Graph) -> set[Node]:
    return set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))


def _is_class(shapes: Graph, shape: Node) -> bool:
    """A shape that is also a class targets its instances (SHACL 2.1.3.3)."""
    return isinstance(shape, URIRef) and any(
        (shape, RDF.type, kind) in shapes for kind in (RDFS.Class, OWL.Class)
    )


def _deactivated(shapes: Graph, shape: Node) -> bool:
    flag = shapes.value(shape, SH.deactivated)
    return isinstance(flag, Literal) and flag.toPython() is True


def _name(node: Node) -> str:
    text = str(node)
    return (
        "sh:" + text[len(str(SH)) :]
        if text.startswith(str(SH))
        else f"<{text}>"
        if isinstance(node, URIRef)
        else text
    )
