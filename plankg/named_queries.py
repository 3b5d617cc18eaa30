"""The named-query catalogue: ``queries/*.rq``, one documented query per file.

Each file opens with a header of comments::

    # title@en: Tasks of a plan
    # title@vi: Nhiệm vụ của một kế hoạch
    # description@en: ...
    # description@vi: ...
    # param plan: iri required | en: the plan | vi: kế hoạch

Parameters are bound with pyoxigraph substitutions (SEP-0007), never formatted into the text, so
a value cannot change the query. A substitution joins with the solutions (it is not visible inside
FILTER), so a parameter must be projected and used in a triple pattern; an optional parameter
left out then ranges over every value. ``check_parameters`` enforces this for the catalogue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from .namespaces import PREFIXES

_HEADER = re.compile(r"^#\s*(?P<key>title|description)@(?P<lang>[a-z]{2})\s*:\s*(?P<value>.+?)\s*$")
_PARAM = re.compile(r"^#\s*param\s+(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<spec>[^|]+?)\s*(?:\|(?P<docs>.*))?$")
PARAMETER_TYPES = ("iri", "string", "integer", "date")
XSD = "http://www.w3.org/2001/XMLSchema#"


class QueryError(Exception):
    """A named query that does not exist, or a parameter that is missing, unknown or malformed."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool
    description: dict[str, str]

    def term(self, value: str) -> ox.NamedNode | ox.Literal:
        if self.type == "iri":
            return ox.NamedNode(expand_iri(value, self.name))
        if self.type == "integer":
            if not re.fullmatch(r"[+-]?\d+", value):
                raise QueryError(f"parameter {self.name!r} expects an integer, got {value!r}")
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "integer"))
        if self.type == "date":
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise QueryError(f"parameter {self.name!r} expects a date YYYY-MM-DD, got {value!r}")
            return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
        return ox.Literal(value)


def expand_iri(value: str, name: str = "iri") -> str:
    """A full IRI, or a compact one with a known prefix ("id:plan/kon-tum-2025-02-kh")."""
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    prefix, _, local = value.partition(":")
    if prefix in PREFIXES and not local.startswith("//"):
        value = PREFIXES[prefix] + local
    if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", value):
        raise QueryError(f"parameter {name!r} expects an IRI, got {value!r}")
    return value


@dataclass
class NamedQuery:
    name: str
    path: Path
    text: str
    title: dict[str, str] = field(default_factory=dict)
    description: dict[str, str] = field(default_factory=dict)
    parameters: list[Parameter] = field(default_factory=list)

    def substitutions(
        self, values: dict[str, str]
    ) -> dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]:
        known = {parameter.name: parameter for parameter in self.parameters}
        unknown = sorted(set(values) - set(known))
        if unknown:
            expected = ", ".join(known) or "none"
            raise QueryError(f"query {self.name!r} has no parameter {unknown[0]!r} (parameters: {expected})")
        missing = [p.name for p in self.parameters if p.required and p.name not in values]
        if missing:
            raise QueryError(f"query {self.name!r} needs the parameter {missing[0]!r}")
        return {ox.Variable(name): known[name].term(value) for name, value in values.items()}

    def run(
        self, store: ox.Store, values: dict[str, str] | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        return store.query(
            self.text, use_default_graph_as_union=True, substitutions=self.substitutions(values or {})
        )


def parse_query_file(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    query = NamedQuery(name=path.stem, path=path, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if match := _HEADER.match(line):
            getattr(query, match.group("key"))[match.group("lang")] = match.group("value")
        elif match := _PARAM.match(line):
            spec = match.group("spec").split()
            if not spec or spec[0] not in PARAMETER_TYPES:
                raise QueryError(
                    f"{path.name}: parameter {match.group('name')!r} needs a type "
                    f"({', '.join(PARAMETER_TYPES)})"
                )
            docs = {}
            for part in (match.group("docs") or "").split("|"):
                lang, _, description = part.partition(":")
                if description:
                    docs[lang.strip()] = description.strip()
            query.parameters.append(Parameter(match.group("name"), spec[0], "required" in spec[1:], docs))
    for key in ("title", "description"):
        if not {"en", "vi"} <= set(getattr(query, key)):
            raise QueryError(f"{path.name}: the header needs {key}@en and {key}@vi")
    return query


def check_parameters(query: NamedQuery) -> list[str]:
    """Problems with how a query uses its parameters (each must be projected by the SELECT)."""
    select = re.search(r"\bSELECT\b(.*?)\bWHERE\b", query.text, re.IGNORECASE | re.DOTALL)
    projected = select.group(1) if select else ""
    return [
        f"{query.path.name}: parameter ?{p.name} is not in the SELECT projection"
        for p in query.parameters
        if not re.search(rf"\?{p.name}\b", projected)
    ]


def load_catalogue(directory: Path) -> dict[str, NamedQuery]:
    return {path.stem: parse_query_file(path) for path in sorted(directory.glob("*.rq"))}


def resolve(name_or_path: str, directory: Path) -> NamedQuery:
    """A catalogue name ("tasks-of-plan") or the path of a .rq file."""
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.is_file():
        return parse_query_file(path)
    catalogue = load_catalogue(directory)
    if name_or_path not in catalogue:
        raise QueryError(f"no named query {name_or_path!r}; known: {', '.join(catalogue)}")
    return catalogue[name_or_path]
