"""Canonical Turtle: one form for every graph, so hand-edited RDF diffs line by line.

The form (STYLE.md, point 5):

- ``@prefix`` lines for the prefixes actually used, sorted by name, then a blank line;
- subjects separated by a blank line: the ``owl:Ontology`` subjects first, then the other IRIs
  sorted, then the blank nodes that cannot be nested, under labels derived from their content;
- the subject on its own line, then one predicate-object pair per line, indented by four spaces,
  each ending `` ;`` and the last `` .``; ``rdf:type`` first (written ``a``), then the other
  predicates sorted by IRI; objects of one predicate sorted (IRIs, nested nodes by their text,
  labelled blank nodes, then literals by language, datatype and lexical form);
- a blank node used exactly once as an object is nested as ``[ ... ]`` (one pair per line, each
  ending `` ;``), a well-formed RDF list used once as ``( ... )``;
- an IRI is written as a prefixed name only when its local part is a Turtle ``PN_LOCAL`` that needs
  no escape; otherwise ``<...>``;
- literals with a line break use triple quotes.

The output parses back to an isomorphic graph, and formatting it again changes nothing.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import rdflib
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.namespace import OWL, RDF, XSD
from rdflib.term import Node

from plankg.namespaces import PREFIXES

__all__ = [
    "canonical_file_text",
    "canonical_turtle",
    "format_file",
    "non_canonical",
    "parse_turtle",
]

INDENT = "    "

# Turtle 1.1 grammar, productions 163-169 (PN_CHARS_BASE ... PN_LOCAL), without PLX: a local part
# that needs an escape or a percent sign is written as a full IRI instead.
_PN_CHARS_BASE = (
    "A-Za-z"
    "\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
PN_PREFIX = re.compile(f"[{_PN_CHARS_BASE}](?:[{_PN_CHARS}.]*[{_PN_CHARS}])?")
PN_LOCAL = re.compile(f"[{_PN_CHARS_U}:0-9](?:[{_PN_CHARS}.:]*[{_PN_CHARS}:])?")

# Bare forms that parse back to exactly the same lexical form and datatype.
_BARE = {
    XSD.integer: re.compile(r"[+-]?[0-9]+"),
    XSD.decimal: re.compile(r"[+-]?[0-9]*\.[0-9]+"),
    XSD.boolean: re.compile(r"true|false"),
}

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _escape_char(char: str, long: bool) -> str:
    if long and char == "\n":
        return char
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04X}"
    return char


def _string(lexical: str) -> str:
    if "\n" not in lexical:
        return '"' + "".join(_escape_char(char, False) for char in lexical) + '"'
    # Triple quotes keep the line breaks; a quote is escaped only where it could end the string
    # (before another quote, or last), so SPARQL text with quotes stays readable.
    out = []
    for index, char in enumerate(lexical):
        if char == '"':
            following = lexical[index + 1 : index + 2]
            out.append('\\"' if following in ('"', "") else '"')
        else:
            out.append(_escape_char(char, True))
    return '"""' + "".join(out) + '"""'


def _iri_ref(iri: str) -> str:
    out = []
    for char in iri:
        if ord(char) <= 0x20 or char in '<>"{}|^`\\':
            out.append(f"\\u{ord(char):04X}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08X}")
        else:
            out.append(char)
    return "<" + "".join(out) + ">"


class _Writer:
    def __init__(self, graph: Graph, prefixes: Mapping[str, str]):
        # Blank nodes are relabelled from their content (RDF graph canonicalisation), so the output
        # does not depend on the labels the parser happened to choose.
        self.graph = Graph(bind_namespaces="none")
        for triple in to_canonical_graph(graph):
            self.graph.add(triple)
        # Preference among prefixes for one namespace: the order of the mapping.
        self.prefixes = [
            (name, namespace)
            for name, namespace in prefixes.items()
            if name == "" or PN_PREFIX.fullmatch(name)
        ]
        self.used: set[str] = set()
        self.labels: dict[BNode, str] = {}
        self.inline: set[BNode] = set()
        self.lists: dict[BNode, list[Node]] = {}
        self._plan_blank_nodes()

    # -- blank nodes ---------------------------------------------------------------------------

    def _plan_blank_nodes(self) -> None:
        graph = self.graph
        as_object: Counter[BNode] = Counter(o for o in graph.objects() if isinstance(o, BNode))
        once = {node for node, count in as_object.items() if count == 1}

        # Well-formed lists: every cell has exactly one rdf:first and one rdf:rest and nothing else,
        # is used once as an object, and the chain ends in rdf:nil.
        cells_of: dict[BNode, list[BNode]] = {}
        for head in sorted(once):
            if (None, RDF.rest, head) in graph:
                continue  # a later cell, not the head
            items = self._list_items(head, once)
            if items is not None:
                self.lists[head] = items
                cells_of[head] = self._list_cells(head)

        # Blank nodes used once that no top-level subject reaches (a cycle of them) become top-level,
        # one at a time, until every nested node is reachable. A list with such a cell is written
        # as plain rdf:first / rdf:rest triples.
        while True:
            roots = {s for s in graph.subjects() if not (isinstance(s, BNode) and s in once)}
            lost = sorted(once - self._reachable(roots, once))
            if not lost:
                break
            for head, cells in list(cells_of.items()):
                if lost[0] in cells:
                    del self.lists[head], cells_of[head]
            once.discard(lost[0])

        in_lists = {cell for cells in cells_of.values() for cell in cells}
        self.inline = once - in_lists
        top_level = sorted(
            {node for node in graph.all_nodes() if isinstance(node, BNode) and node not in once}
        )
        width = 12
        while len({str(node)[2 : 2 + width] for node in top_level}) < len(top_level):
            width += 4
        self.labels = {node: "b" + str(node)[2 : 2 + width] for node in top_level}

    def _list_cells(self, head: BNode) -> list[BNode]:
        cells = []
        node: Node = head
        while node != RDF.nil:
            assert isinstance(node, BNode)
            cells.append(node)
            node = self.graph.value(node, RDF.rest)  # type: ignore[assignment]
        return cells

    def _list_items(self, head: BNode, candidates: set[BNode]) -> list[Node] | None:
        items: list[Node] = []
        seen: set[BNode] = set()
        node: Node = head
        while node != RDF.nil:
            if not isinstance(node, BNode) or node in seen or node not in candidates:
                return None
            seen.add(node)
            predicates = sorted(str(p) for p, _ in self.graph.predicate_objects(node))
            if predicates != [str(RDF.first), str(RDF.rest)]:
                return None
            items.append(self.graph.value(node, RDF.first))  # type: ignore[arg-type]
            node = self.graph.value(node, RDF.rest)  # type: ignore[assignment]
        return items

    def _reachable(self, roots: set[Node], candidates: set[BNode]) -> set[BNode]:
        reached: set[BNode] = set()
        stack = list(roots)
        while stack:
            node = stack.pop()
            for obj in self.graph.objects(node):
                if isinstance(obj, BNode) and obj in candidates and obj not in reached:
                    reached.add(obj)
                    stack.append(obj)
        return reached

    # -- terms ---------------------------------------------------------------------------------

    def iri(self, iri: URIRef) -> str:
        text = str(iri)
        best: tuple[int, int, str, str] | None = None
        for order, (name, namespace) in enumerate(self.prefixes):
            if text.startswith(namespace):
                local = text[len(namespace) :]
                if local == "" or PN_LOCAL.fullmatch(local):
                    key = (-len(namespace), order, name, local)
                    if best is None or key < best:
                        best = key
        if best is None:
            return _iri_ref(text)
        self.used.add(best[2])
        return f"{best[2]}:{best[3]}"

    def literal(self, literal: Literal) -> str:
        lexical = str(literal)
        if literal.language:
            return f"{_string(lexical)}@{literal.language}"
        datatype = literal.datatype
        if datatype is None or datatype == XSD.string:
            return _string(lexical)
        bare = _BARE.get(datatype)
        if bare is not None and bare.fullmatch(lexical):
            return lexical
        return f"{_string(lexical)}^^{self.iri(datatype)}"

    def object(self, node: Node, depth: int) -> str:
        if isinstance(node, URIRef):
            return "()" if node == RDF.nil else self.iri(node)
        if isinstance(node, Literal):
            return self.literal(node)
        assert isinstance(node, BNode)
        if node in self.lists:
            return self.collection(self.lists[node], depth)
        if node in self.inline:
            return self.nested(node, depth)
        return "_:" + self.labels[node]

    def collection(self, items: list[Node], depth: int) -> str:
        rendered = [self.object(item, depth + 1) for item in items]
        if not rendered:
            return "()"
        if all("\n" not in text for text in rendered):
            return "( " + " ".join(rendered) + " )"
        inner = INDENT * (depth + 1)
        return "(\n" + "".join(f"{inner}{text}\n" for text in rendered) + INDENT * depth + ")"

    def nested(self, node: BNode, depth: int) -> str:
        lines = self.pairs(node, depth + 1)
        if not lines:
            return "[]"
        inner = INDENT * (depth + 1)
        return "[\n" + "".join(f"{inner}{line} ;\n" for line in lines) + INDENT * depth + "]"

    # -- statements ----------------------------------------------------------------------------

    def _object_key(self, node: Node, text: str) -> tuple[int, str, str, str]:
        if isinstance(node, URIRef):
            return (0, str(node), "", "")
        if isinstance(node, BNode):
            if node in self.lists or node in self.inline:
                return (1, text, str(node), "")
            return (2, self.labels[node], "", "")
        assert isinstance(node, Literal)
        return (3, node.language or "", str(node.datatype or ""), str(node))

    def pairs(self, subject: Node, depth: int) -> list[str]:
        """``predicate object`` lines of one subject, in canonical order, without terminators."""
        by_predicate: dict[URIRef, list[Node]] = defaultdict(list)
        for predicate, obj in self.graph.predicate_objects(subject):
            by_predicate[predicate].append(obj)  # type: ignore[index]
        lines: list[str] = []
        for predicate in sorted(by_predicate, key=lambda p: (p != RDF.type, str(p))):
            verb = "a" if predicate == RDF.type else self.iri(predicate)
            rendered = [(obj, self.object(obj, depth)) for obj in by_predicate[predicate]]
            rendered.sort(key=lambda pair: self._object_key(*pair))
            lines.extend(f"{verb} {text}" for _, text in rendered)
        return lines

    def subjects(self) -> list[Node]:
        graph = self.graph
        ontologies = sorted(s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef))
        others = sorted({s for s in graph.subjects() if isinstance(s, URIRef)} - set(ontologies))
        blanks = sorted(
            {s for s in graph.subjects() if isinstance(s, BNode) and s in self.labels},
            key=lambda node: self.labels[node],
        )
        return [*ontologies, *others, *blanks]

    def statement(self, subject: Node) -> str:
        head = self.iri(subject) if isinstance(subject, URIRef) else "_:" + self.labels[subject]  # type: ignore[index]
        lines = self.pairs(subject, 1)
        body = "".join(f"{INDENT}{line} ;\n" for line in lines[:-1]) + f"{INDENT}{lines[-1]} .\n"
        return f"{head}\n{body}"

    def write(self) -> str:
        statements = [self.statement(subject) for subject in self.subjects()]
        namespaces = dict(self.prefixes)
        header = "".join(f"@prefix {name}: {_iri_ref(namespaces[name])} .\n" for name in sorted(self.used))
        parts = [header] if header else []
        parts.extend(statements)
        return "\n".join(parts)


def canonical_turtle(graph: Graph, prefixes: Mapping[str, str]) -> str:
    """The graph in canonical Turtle, using the given prefixes (name -> namespace IRI).

    When several prefixes fit an IRI the longest namespace wins, then the earlier entry of
    ``prefixes``. Only the prefixes actually used are declared.
    """
    return _Writer(graph, prefixes).write()


def _file_prefixes(graph: Graph) -> dict[str, str]:
    # The project's prefixes first (they win ties), then the ones the file declares (unit:, kind:, ...).
    # The parser's bindings are used, not a scan of the text: SPARQL in a literal may contain PREFIX lines.
    merged = dict(PREFIXES)
    for name, namespace in graph.namespaces():
        if merged.get(name, str(namespace)) != str(namespace):
            merged.pop(name)  # the file gives the name another meaning: the file wins
        merged[name] = str(namespace)
    return merged


@contextmanager
def _lexical_forms_kept() -> Iterator[None]:
    # rdflib rewrites literals to a canonical lexical form while parsing ("2.50" -> "2.5"); a formatter
    # must not change the triples, so the setting (module-global in rdflib) is off while it parses.
    saved = rdflib.NORMALIZE_LITERALS
    rdflib.NORMALIZE_LITERALS = False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS = saved


def parse_turtle(text: str, base: str | None = None) -> Graph:
    """Parse Turtle keeping every literal's lexical form as written (rdflib normalises by default)."""
    graph = Graph(bind_namespaces="none")
    with _lexical_forms_kept():
        graph.parse(data=text, format="turtle", publicID=base)
    return graph


def canonical_file_text(path: Path) -> str:
    """What ``path`` should contain: its graph in canonical Turtle."""
    text = path.read_text(encoding="utf-8")
    graph = parse_turtle(text, base=path.resolve().as_uri())
    return canonical_turtle(graph, _file_prefixes(graph))


def format_file(path: Path) -> bool:
    """Rewrite ``path`` in canonical Turtle; True when its text changed."""
    text = path.read_text(encoding="utf-8")
    canonical = canonical_file_text(path)
    if canonical == text:
        return False
    path.write_text(canonical, encoding="utf-8")
    return True


def non_canonical(paths: Iterable[Path]) -> list[Path]:
    """The files among ``paths`` whose text is not their canonical Turtle."""
    return [path for path in paths if canonical_file_text(path) != path.read_text(encoding="utf-8")]
