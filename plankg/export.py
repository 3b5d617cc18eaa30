"""The whole dataset as downloads (dumps) and their description (VoID + DCAT 3).

Dumps, each of the generation in service:

- ``plankg.nq``: N-Quads, every named graph as stored (documents, reference data, ontology, shapes,
  and the inferred graphs), so that provenance survives: a quad's graph says where it came from;
- ``plankg.ttl``: Turtle, the union of the graphs (what a query's default graph holds);
- ``plankg.jsonld``: JSON-LD, every named graph, with the project's context (``context.jsonld``,
  also given alone).

``stats.json`` holds what the description counts, computed from the store when the dumps are
written; the description itself (``void.ttl``, or ``/.well-known/void`` on the server) is made from it
for a base URL, so that its links point where the dumps are served. Licence and provenance follow
DOMAIN.md §7: the graph under CC BY 4.0, each source document named with ``dct:source`` and
``prov:wasDerivedFrom``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, RDFS, XSD

from . import __version__
from .namespaces import ID, PK, PREFIXES

VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
LICENCE = URIRef("https://creativecommons.org/licenses/by/4.0/")
DATASET = URIRef(str(ID) + "dataset/plankg")
SERVICE = URIRef(str(ID) + "dataset/plankg/sparql")
DUMPS = {
    "plankg.nq": ("application/n-quads", "N-Quads: every named graph"),
    "plankg.ttl": ("text/turtle", "Turtle: the union of the graphs"),
    "plankg.jsonld": ("application/ld+json", "JSON-LD: every named graph, with context.jsonld"),
}
CONTEXT = "context.jsonld"
STATS = "stats.json"
FORMAT_FILES = {"nq": "plankg.nq", "ttl": "plankg.ttl", "jsonld": "plankg.jsonld"}


@dataclass
class Stats:
    """What the VoID description states, counted from the store when the dumps were written."""

    generated: str
    quads: int
    triples: int
    entities: int
    distinct_subjects: int
    distinct_objects: int
    properties: int
    graphs: int
    classes: dict[str, int] = field(default_factory=dict)  # class -> instances
    property_triples: dict[str, int] = field(default_factory=dict)  # property -> triples
    sources: list[str] = field(default_factory=list)  # source document IRIs
    files: dict[str, dict[str, Any]] = field(default_factory=dict)  # file -> bytes, sha256

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Stats:
        return cls(**data)


def _count(store: ox.Store, query: str) -> int:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return int(next(iter(result))[0].value)


def _pairs(store: ox.Store, query: str) -> dict[str, int]:
    result = store.query(query, use_default_graph_as_union=True)
    assert isinstance(result, ox.QuerySolutions)
    return {row[0].value: int(row[1].value) for row in result}


UNION_TRIPLES = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


class UnionTriples:
    """The distinct triples of the union of the named graphs, streamed (at the nation's scale a
    list of them took gigabytes), counted as they pass."""

    def __init__(self, store: ox.Store):
        self.store = store
        self.count = 0

    def __iter__(self) -> Iterator[ox.Triple]:
        self.count = 0
        solutions = self.store.query(UNION_TRIPLES)
        assert isinstance(solutions, ox.QuerySolutions)
        for row in solutions:
            self.count += 1
            yield ox.Triple(row[0], row[1], row[2])


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def context() -> dict[str, Any]:
    """The JSON-LD context of the dumps: the project's prefixes."""
    return {"@context": dict(sorted(PREFIXES.items()))}


def write_dumps(store: ox.Store, out: Path, formats: tuple[str, ...] = tuple(FORMAT_FILES)) -> Stats:
    """Write the dumps of ``formats`` (nq, ttl, jsonld), context.jsonld and stats.json into ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    triples = UnionTriples(store)
    if "nq" in formats:
        store.dump(out / "plankg.nq", format=ox.RdfFormat.N_QUADS)
    if "ttl" in formats:
        ox.serialize(triples, out / "plankg.ttl", format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    else:
        triples.count = _count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {UNION_TRIPLES} }}")
    if "jsonld" in formats:
        # pyoxigraph writes expanded JSON-LD (every named graph, full IRIs) fast; it is wrapped with
        # the project's context, which names the prefixes for whoever compacts or reads it (JSON-LD
        # 1.1 §4.1: full IRIs are unaffected by a context's terms).
        with (out / "plankg.jsonld").open("wb") as handle:
            handle.write(b'{"@context": ' + json.dumps(context()["@context"]).encode() + b', "@graph": ')
            store.dump(handle, format=ox.RdfFormat.JSON_LD)
            handle.write(b"}\n")
        (out / CONTEXT).write_text(json.dumps(context(), indent=2) + "\n", encoding="utf-8")

    id_prefix = str(ID)
    stats = Stats(
        generated=datetime.now(UTC).replace(microsecond=0).isoformat(),
        quads=len(store),
        triples=triples.count,
        entities=_count(
            store,
            "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o "
            f'FILTER(isIRI(?s) && STRSTARTS(STR(?s), "{id_prefix}")) }}',
        ),
        distinct_subjects=_count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        distinct_objects=_count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        properties=_count(store, "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?s ?p ?o }"),
        graphs=len(list(store.named_graphs())),
        classes=_pairs(
            store, "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"
        ),
        property_triples=_pairs(
            store,
            "SELECT ?p (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } } "
            "GROUP BY ?p ORDER BY ?p",
        ),
        sources=sorted(
            row[0].value
            for row in store.query(  # type: ignore[union-attr]
                f"SELECT DISTINCT ?d WHERE {{ ?d a <{PK.SourceDocument}> }}", use_default_graph_as_union=True
            )
        ),
    )
    for name in [*DUMPS, CONTEXT]:
        if not (out / name).is_file():
            continue
        stats.files[name] = {"bytes": (out / name).stat().st_size, "sha256": _sha256(out / name)}
    (out / STATS).write_text(json.dumps(stats.to_json(), indent=2) + "\n", encoding="utf-8")
    return stats


def read_stats(out: Path) -> Stats | None:
    path = out / STATS
    return Stats.from_json(json.loads(path.read_text(encoding="utf-8"))) if path.is_file() else None


def dataset_statements(sources: list[str]) -> Graph:
    """What is said of the dataset whatever serves it: titles, licence, rights, identifier space, and
    each source document it was derived from (DOMAIN.md §7). A build stores it as graph/dataset, so
    it travels in the dumps and answers queries."""
    g = Graph()
    g.add((DATASET, RDF.type, VOID.Dataset))
    g.add((DATASET, RDF.type, DCAT.Dataset))
    g.add(
        (
            DATASET,
            DCTERMS.title,
            Literal("plankg: plans implementing the CRC recommendations in Viet Nam", lang="en"),
        )
    )
    g.add(
        (
            DATASET,
            DCTERMS.title,
            Literal("plankg: các kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em", lang="vi"),
        )
    )
    g.add(
        (
            DATASET,
            DCTERMS.description,
            Literal(
                "Decision 27/QĐ-TTg (2025) and the provincial, district and commune plans that implement it: "
                "tasks, "
                "lead and cooperating agencies, timeframes, the recommendations they answer, and the 2025 "
                "reorganisation of ministries and provinces. Inferred facts are marked pk:inferred.",
                lang="en",
            ),
        )
    )
    g.add(
        (
            DATASET,
            DCTERMS.description,
            Literal(
                "Quyết định 27/QĐ-TTg (2025) và các kế hoạch cấp tỉnh, huyện, xã triển khai: nhiệm vụ, "
                "cơ quan chủ trì và phối hợp, thời gian thực hiện, khuyến nghị được đáp ứng, và việc sắp xếp "
                "bộ máy năm 2025. "
                "Thông tin suy luận được đánh dấu pk:inferred.",
                lang="vi",
            ),
        )
    )
    g.add((DATASET, DCTERMS.license, LICENCE))
    g.add(
        (
            DATASET,
            DCTERMS.rights,
            Literal(
                "The plans are administrative documents, excluded from copyright protection by Viet Nam's "
                "Law on "
                "Intellectual Property (2005, art. 15); the graph is offered under CC BY 4.0.",
                lang="en",
            ),
        )
    )
    g.add((DATASET, VOID.uriSpace, Literal(str(ID))))
    g.add((DATASET, VOID.vocabulary, URIRef(str(PK))))
    g.add((DATASET, VOID.rootResource, URIRef(str(ID) + "plan/ttg-2025-qd-27")))
    g.add((DATASET, VOID.exampleResource, URIRef(str(ID) + "plan/ttg-2025-qd-27")))
    for source in sources:
        g.add((DATASET, DCTERMS.source, URIRef(source)))
        g.add((DATASET, PROV.wasDerivedFrom, URIRef(source)))
    return g


def description(stats: Stats, base_url: str) -> Graph:
    """VoID and DCAT 3 description of the dataset, its dumps and its SPARQL service, for dumps
    served at ``{base_url}dumps/`` and the endpoint at ``{base_url}sparql``."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    g = Graph()
    for prefix, namespace in {
        "void": VOID,
        "dcat": DCAT,
        "dct": DCTERMS,
        "prov": PROV,
        "sd": SD,
        "foaf": FOAF,
    }.items():
        g.bind(prefix, namespace)
    g.bind("pk", PK)
    endpoint = URIRef(base + "sparql")
    g += dataset_statements(stats.sources)
    g.add((DATASET, DCTERMS.modified, Literal(stats.generated, datatype=XSD.dateTime)))
    g.add((DATASET, VOID.sparqlEndpoint, endpoint))
    g.add((DATASET, VOID.triples, Literal(stats.triples)))
    g.add((DATASET, VOID.entities, Literal(stats.entities)))
    g.add((DATASET, VOID.distinctSubjects, Literal(stats.distinct_subjects)))
    g.add((DATASET, VOID.distinctObjects, Literal(stats.distinct_objects)))
    g.add((DATASET, VOID.properties, Literal(stats.properties)))
    g.add((DATASET, VOID.classes, Literal(len(stats.classes))))
    activity = BNode()
    g.add((DATASET, PROV.wasGeneratedBy, activity))
    g.add((activity, RDF.type, PROV.Activity))
    g.add((activity, PROV.endedAtTime, Literal(stats.generated, datatype=XSD.dateTime)))
    software = BNode()
    g.add((activity, PROV.wasAssociatedWith, software))
    g.add((software, RDF.type, PROV.SoftwareAgent))
    g.add((software, RDFS.label, Literal(f"plankg {__version__}")))
    for cls, count in stats.classes.items():
        partition = BNode()
        g.add((DATASET, VOID.classPartition, partition))
        g.add((partition, VOID["class"], URIRef(cls)))
        g.add((partition, VOID.entities, Literal(count)))
    for prop, count in stats.property_triples.items():
        partition = BNode()
        g.add((DATASET, VOID.propertyPartition, partition))
        g.add((partition, VOID.property, URIRef(prop)))
        g.add((partition, VOID.triples, Literal(count)))
    for name, (media_type, title) in DUMPS.items():
        if stats.files and name not in stats.files:
            continue  # a dump not written
        url = URIRef(base + "dumps/" + name)
        g.add((DATASET, VOID.dataDump, url))
        distribution = URIRef(str(DATASET) + "/distribution/" + name.rsplit(".", 1)[-1])
        g.add((DATASET, DCAT.distribution, distribution))
        g.add((distribution, RDF.type, DCAT.Distribution))
        g.add((distribution, DCTERMS.title, Literal(title, lang="en")))
        g.add((distribution, DCAT.downloadURL, url))
        g.add((distribution, DCAT.accessURL, URIRef(base + "dumps/")))
        g.add(
            (
                distribution,
                DCAT.mediaType,
                URIRef("https://www.iana.org/assignments/media-types/" + media_type),
            )
        )
        g.add((distribution, DCTERMS.license, LICENCE))
        if name in stats.files:
            g.add(
                (
                    distribution,
                    DCAT.byteSize,
                    Literal(stats.files[name]["bytes"], datatype=XSD.nonNegativeInteger),
                )
            )
            checksum = BNode()
            g.add((distribution, URIRef("http://spdx.org/rdf/terms#checksum"), checksum))
            g.add(
                (
                    checksum,
                    URIRef("http://spdx.org/rdf/terms#algorithm"),
                    URIRef("http://spdx.org/rdf/terms#checksumAlgorithm_sha256"),
                )
            )
            g.add(
                (
                    checksum,
                    URIRef("http://spdx.org/rdf/terms#checksumValue"),
                    Literal(stats.files[name]["sha256"], datatype=XSD.hexBinary),
                )
            )
    g.add((SERVICE, RDF.type, DCAT.DataService))
    g.add((SERVICE, RDF.type, SD.Service))
    g.add((SERVICE, DCTERMS.title, Literal("plankg SPARQL 1.1 endpoint", lang="en")))
    g.add((SERVICE, DCAT.endpointURL, endpoint))
    g.add((SERVICE, SD.endpoint, endpoint))
    g.add((SERVICE, DCAT.endpointDescription, endpoint))
    g.add((SERVICE, DCAT.servesDataset, DATASET))
    g.add((SERVICE, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    g.add((SERVICE, DCTERMS.license, LICENCE))
    return g
