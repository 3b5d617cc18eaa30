"""Namespaces and the identifier scheme (DESIGN.md, "Identifiers").

Resource IRIs are ``{ID}{kind}/{slug}``; slugs are stable across rebuilds because they are made
from what the document says (locality, year, number, position), never from load order.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

PK = Namespace("https://w3id.org/plankg/def#")
ID = Namespace("https://w3id.org/plankg/id/")
GRAPH = Namespace("https://w3id.org/plankg/graph/")

ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
PPLAN = Namespace("http://purl.org/net/p-plan#")
CV = Namespace("http://data.europa.eu/m8g/")
TIME = Namespace("http://www.w3.org/2006/time#")
VANN = Namespace("http://purl.org/vocab/vann/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

# Prefixes used when writing Turtle and shown to SPARQL users; one place for all of them.
PREFIXES: dict[str, str] = {
    "pk": str(PK),
    "id": str(ID),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dct": str(DCTERMS),
    "dcat": str(DCAT),
    "prov": str(PROV),
    "org": str(ORG),
    "eli": str(ELI),
    "p-plan": str(PPLAN),
    "cv": str(CV),
    "time": str(TIME),
    "vann": str(VANN),
    "sh": str(SH),
    "sd": str(SD),
}

RESOURCE_KINDS = (
    "plan",
    "task",
    "agency",
    "agency-kind",
    "unit",
    "rec",
    "event",
    "doc",
    "instrument",
    "link",
)


def resource(kind: str, slug: str) -> URIRef:
    """The IRI of a resource of ``kind`` (one of RESOURCE_KINDS) with the given slug."""
    if kind not in RESOURCE_KINDS:
        raise ValueError(f"unknown resource kind {kind!r}; expected one of {', '.join(RESOURCE_KINDS)}")
    return ID[f"{kind}/{slug}"]


def source_graph(file_name: str) -> URIRef:
    """The named graph that holds what was read from one source document."""
    return GRAPH[f"source/{file_name}"]


def reference_graph(file_name: str) -> URIRef:
    """The named graph of one curated reference file (data/reference/*.ttl)."""
    return GRAPH[f"reference/{file_name}"]


ONTOLOGY_GRAPH = GRAPH["ontology"]
SHAPES_GRAPH = GRAPH["shapes"]
# The graphs a build derives from everything read (each inferred); the server makes its own for a
# draft posted to /shacl.
SUCCESSIONS_GRAPH = GRAPH["successions"]
LINKS_GRAPH = GRAPH["links"]
INFERENCES_GRAPH = GRAPH["inferences"]
PLAN_SUMMARIES_GRAPH = GRAPH["plan-summaries"]  # each plan's listed values, chosen and counted
DATASET_GRAPH = GRAPH["dataset"]  # the dataset's licence and sources
