"""The SPARQL 1.1 Service Description of /sparql (https://www.w3.org/TR/sparql11-service-description/).

§2 of that spec: a service "should return a service description document at the service endpoint
when dereferenced using the HTTP GET operation without any query parameter strings provided".
server.sparql answers such a request with these triples, in the negotiated RDF format.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from plankg.namespaces import PREFIXES

from .negotiation import ASK_OFFERS, GRAPH_OFFERS, SELECT_OFFERS, W3C_FORMATS, offered_formats

SD = PREFIXES["sd"]
DCT = PREFIXES["dct"]
RDF_TYPE = ox.NamedNode(PREFIXES["rdf"] + "type")

TITLES = {
    "en": "plankg SPARQL endpoint: plans that implement plans (read-only)",
    "vi": "Điểm truy vấn SPARQL của plankg: các kế hoạch thực hiện kế hoạch (chỉ đọc)",
}
DESCRIPTIONS = {
    "en": "The default graph is the union of all named graphs, one per source document or reference file.",
    "vi": "Đồ thị mặc định là hợp của mọi đồ thị có tên, "
    "mỗi đồ thị ứng với một văn bản nguồn hoặc tệp tham chiếu.",
}

# Prefixes for the Turtle and RDF/XML forms.
SERIALIZATION_PREFIXES = {"sd": SD, "dct": DCT, "formats": W3C_FORMATS, "rdf": PREFIXES["rdf"]}


def _sd(name: str) -> ox.NamedNode:
    return ox.NamedNode(SD + name)


def service_description(endpoint: str, named_graphs: Iterable[ox.NamedNode] = ()) -> list[ox.Triple]:
    """The description of the service at ``endpoint`` (the request URL without its query string).

    ``named_graphs`` are listed in the default dataset (sd:namedGraph with sd:name); the default
    graph is described as the union of them (sd:UnionDefaultGraph).
    """
    service = ox.BlankNode()
    dataset = ox.BlankNode()
    default_graph = ox.BlankNode()
    triples = [
        ox.Triple(service, RDF_TYPE, _sd("Service")),
        ox.Triple(service, _sd("endpoint"), ox.NamedNode(endpoint)),
        ox.Triple(service, _sd("supportedLanguage"), _sd("SPARQL11Query")),
        ox.Triple(service, _sd("feature"), _sd("UnionDefaultGraph")),
        ox.Triple(service, _sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, _sd("Dataset")),
        ox.Triple(dataset, _sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, _sd("Graph")),
    ]
    for result_format in offered_formats(SELECT_OFFERS, ASK_OFFERS, GRAPH_OFFERS):
        triples.append(ox.Triple(service, _sd("resultFormat"), ox.NamedNode(result_format.iri)))
    for language, title in TITLES.items():
        triples.append(ox.Triple(service, ox.NamedNode(DCT + "title"), ox.Literal(title, language=language)))
    for language, text in DESCRIPTIONS.items():
        triples.append(
            ox.Triple(default_graph, ox.NamedNode(DCT + "description"), ox.Literal(text, language=language))
        )
    for graph in sorted(named_graphs, key=str):
        named_graph = ox.BlankNode()
        triples.append(ox.Triple(dataset, _sd("namedGraph"), named_graph))
        triples.append(ox.Triple(named_graph, RDF_TYPE, _sd("NamedGraph")))
        triples.append(ox.Triple(named_graph, _sd("name"), graph))
    return triples
