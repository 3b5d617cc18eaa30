"""What the store says about one resource, for its data (RDF) and for its page (labels, links).

A resource's description is the triples whose subject is its IRI, those of the fragments
(``…/II.2#timeframe``) and blank nodes it points to (a concise bounded description, as DESCRIBE
gives), and the triples that point at it. Every part starts from the IRI, so the store's indexes
answer it without a scan. Labels are chosen per language: skos:prefLabel,
rdfs:label, dct:title, in the page's language first.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from plankg.namespaces import ID
from plankg.remote import TRIPLE_RESULTS

LABEL_PREDICATES = (
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://purl.org/dc/terms/title",
    "http://www.w3.org/2004/02/skos/core#notation",
)
ID_PREFIX = str(ID)


def description_query(iri: str) -> str:
    """CONSTRUCT of the resource's description (see the module's docstring)."""
    return f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ BIND(<{iri}> AS ?s) ?s ?p ?o }}
  UNION {{ <{iri}> ?via ?s . FILTER(isBlank(?s) || STRSTARTS(STR(?s), "{iri}#")) ?s ?p ?o }}
  UNION {{ ?s ?p <{iri}> . BIND(<{iri}> AS ?o) }}
}}"""


def is_iri(text: str) -> bool:
    """Whether ``text`` is an absolute IRI (RFC 3987), which alone may be written between < and >
    in a query: the path of a URL is the visitor's, and ``"``, ``>`` or a space in it would
    otherwise end the IRI and write SPARQL of their choosing."""
    try:
        ox.NamedNode(text)
    except ValueError:
        return False
    return True


def description(store: ox.Store, iri: str) -> list[ox.Triple]:
    if not is_iri(iri):
        return []
    result = store.query(description_query(iri), use_default_graph_as_union=True)
    assert isinstance(result, TRIPLE_RESULTS)
    return list(result)


def exists(store: ox.Store, iri: str) -> bool:
    """Whether the store says anything of ``iri`` (as subject or object)."""
    if not is_iri(iri):
        return False
    answer = store.query(
        f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}", use_default_graph_as_union=True
    )
    return bool(answer)


def page_path(iri: str) -> str | None:
    """The page of a resource of this dataset (/page/…), None for other IRIs."""
    if not iri.startswith(ID_PREFIX):
        return None
    rest = iri[len(ID_PREFIX) :]
    return "/page/" + rest


def labels(store: ox.Store, iris: Iterable[str], language: str) -> dict[str, str]:
    """The best label of each IRI in ``language`` (then the other language, then a plain literal)."""
    wanted = sorted({iri for iri in iris if iri})
    if not wanted:
        return {}
    values = " ".join(f"<{iri}>" for iri in wanted)
    predicates = " ".join(f"<{p}>" for p in LABEL_PREDICATES)
    query = (
        f"SELECT ?s ?p ?label WHERE {{ VALUES ?s {{ {values} }} VALUES ?p {{ {predicates} }} ?s ?p ?label }}"
    )
    ranked: dict[str, tuple[tuple[int, int, str], str]] = {}
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    for row in result:
        label = row["label"]
        if not isinstance(label, ox.Literal):
            continue
        lang_rank = 0 if label.language == language else 1 if label.language is None else 2
        rank = (lang_rank, LABEL_PREDICATES.index(row["p"].value), label.value)
        subject = row["s"].value
        if subject not in ranked or rank < ranked[subject][0]:
            ranked[subject] = (rank, label.value)
    return {iri: ranked[iri][1] if iri in ranked else local_name(iri) for iri in wanted}


def local_name(iri: str) -> str:
    for separator in ("#", "/"):
        if separator in iri:
            tail = iri.rsplit(separator, 1)[-1]
            if tail:
                return tail
    return iri


@dataclass
class Value:
    """One object of a statement, as the page shows it."""

    text: str
    href: str | None = None
    language: str | None = None
    datatype: str | None = None


@dataclass
class Statement:
    predicate: str
    predicate_label: str
    values: list[Value] = field(default_factory=list)


def statements(
    store: ox.Store, triples: list[ox.Triple], iri: str, language: str
) -> tuple[list[Statement], list[Statement]]:
    """The resource's own statements and those pointing at it, grouped by predicate, labelled."""
    outgoing = [t for t in triples if isinstance(t.subject, ox.NamedNode) and t.subject.value == iri]
    incoming = [t for t in triples if isinstance(t.object, ox.NamedNode) and t.object.value == iri]
    named = {t.predicate.value for t in triples}
    named |= {t.object.value for t in outgoing if isinstance(t.object, ox.NamedNode)}
    named |= {t.subject.value for t in incoming if isinstance(t.subject, ox.NamedNode)}
    names = labels(store, named, language)

    def group(
        pairs: list[tuple[str, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple]],
    ) -> list[Statement]:
        grouped: dict[str, Statement] = {}
        for predicate, term in pairs:
            statement = grouped.setdefault(
                predicate, Statement(predicate, names.get(predicate, local_name(predicate)))
            )
            statement.values.append(_value(term, names))
        for statement in grouped.values():
            statement.values.sort(key=lambda v: (v.text.casefold(), v.href or ""))
        return sorted(grouped.values(), key=lambda s: s.predicate_label.casefold())

    own = group([(t.predicate.value, t.object) for t in outgoing])
    pointing = group(
        [(t.predicate.value, t.subject) for t in incoming if isinstance(t.subject, ox.NamedNode)]
    )
    return own, pointing


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, names: dict[str, str]) -> Value:
    if isinstance(term, ox.NamedNode):
        return Value(names.get(term.value, local_name(term.value)), page_path(term.value))
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value.rsplit("#", 1)[-1] if term.language is None else None
        return Value(term.value, None, term.language, None if datatype == "string" else datatype)
    return Value("[…]")
