"""The canonical Turtle writer (plankg.turtle), and the check that the hand-edited Turtle is canonical."""

from __future__ import annotations

import difflib
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.compare import isomorphic
from rdflib.term import Node

from plankg.namespaces import PREFIXES
from plankg.turtle import (
    canonical_file_text,
    canonical_turtle,
    format_file,
    non_canonical,
    parse_turtle,
)

HOME = Path(__file__).resolve().parents[1]
EX = "http://example.org/"
PREFIXES_EX = {**PREFIXES, "ex": EX}

# Turtle texts that exercise every form the writer has: used for the round-trip properties.
SAMPLES = {
    "ontology header": """
        @prefix owl: <http://www.w3.org/2002/07/owl#> . @prefix dct: <http://purl.org/dc/terms/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix ex: <http://example.org/> .
        <http://example.org/def> a owl:Ontology ; dct:title "Tiêu đề"@vi , "Title"@en ;
            dct:created "2026-11-22"^^xsd:date ; owl:versionInfo "0.1.0" .
        ex:A a owl:Class ; ex:rank 3 , -4 , 2.50 , true , "1.5E3"^^xsd:double .
    """,
    "shacl shapes": '''
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:TaskShape a sh:NodeShape ; sh:targetClass ex:Task ;
            sh:property [ sh:path ex:lead ; sh:minCount 1 ; sh:maxCount 1 ;
                          sh:message "Nhiệm vụ chưa có cơ quan chủ trì"@vi , "No lead agency"@en ] ,
                        [ sh:path ( ex:timeframe ex:kind ) ; sh:in ( ex:a ex:b ) ] ;
            sh:or ( [ sh:class ex:Plan ] [ sh:class ex:Task ; sh:node [ sh:closed true ] ] ) ;
            sh:sparql [ a sh:SPARQLConstraint ;
                        sh:select """SELECT $this WHERE {
    $this ex:text ?text .
    FILTER (CONTAINS(?text, "\\"quoted\\"") || ?text = "a\\\\b")
}""" ] .
    ''',
    "blank nodes shared, cyclic and unreferenced": """
        @prefix ex: <http://example.org/> .
        ex:a ex:p _:shared . ex:b ex:p _:shared . _:shared ex:q "shared" .
        _:x ex:next _:y . _:y ex:next _:x .
        _:self ex:next _:self .
        [] ex:q "unreferenced" .
        ex:c ex:p [] , [] .
    """,
    "lists": """
        @prefix ex: <http://example.org/> .
        ex:s ex:empty () ; ex:items ( 1 "two" ex:three ( 4 5 ) [ ex:six 6 ] ) .
        ex:s ex:shared _:l . ex:t ex:shared _:l . _:l <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 1 ;
            <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> () .
        ex:s ex:odd [ <http://www.w3.org/1999/02/22-rdf-syntax-ns#first> 1 ;
            <http://www.w3.org/1999/02/22-rdf-syntax-ns#rest> () ; ex:extra 2 ] .
    """,
    "literals": r'''
        @prefix ex: <http://example.org/> .
        ex:s ex:text "tab\there" , "quote \" and backslash \\" , "bell \u0007" , """line one
line two with "quotes" and ""two"" quotes.""" , """"starts with a quote
"""@vi , "Hải An"@vi , "Hai An"@en , "plain" , "typed"^^ex:datatype , "ℕ𝕆"@en .
    ''',
    "iris": """
        @prefix unit: <https://w3id.org/plankg/id/unit/> . @prefix ex: <http://example.org/> .
        <https://w3id.org/plankg/id/unit/hai-phong/hai-an> ex:within unit:hai-phong .
        ex:s ex:p <http://example.org/ends.> , <http://example.org/a%20b> , <http://example.org/a~b> ,
            <http://example.org/> , <http://example.org/1st> , <http://example.org/Đà-Nẵng> ,
            <http://example.org/a:b> , <http://other.example/x> .
    """,
}


def parse(text: str) -> Graph:
    return parse_turtle(text)


def canonical(text: str) -> str:
    return canonical_turtle(parse(text), PREFIXES_EX)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_round_trip_is_isomorphic(name: str) -> None:
    graph = parse(SAMPLES[name])
    assert isomorphic(parse(canonical_turtle(graph, PREFIXES_EX)), graph)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_writing_is_idempotent(name: str) -> None:
    once = canonical(SAMPLES[name])
    assert canonical(once) == once


def oxigraph_view(text: str) -> Graph:
    """The graph as the store reads it (pyoxigraph canonicalises numeric lexical forms on load)."""
    store = pyoxigraph.Store()
    store.load(text.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    ntriples = pyoxigraph.serialize(store, format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert ntriples is not None
    return parse(ntriples.decode())


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_oxigraph_reads_the_output_as_it_reads_the_input(name: str) -> None:
    assert isomorphic(oxigraph_view(canonical(SAMPLES[name])), oxigraph_view(SAMPLES[name]))


def test_output_does_not_depend_on_blank_node_labels_or_triple_order() -> None:
    first = parse(SAMPLES["blank nodes shared, cyclic and unreferenced"])
    second = Graph()
    relabel: dict[Node, Node] = {node: BNode() for node in first.all_nodes() if isinstance(node, BNode)}
    for s, p, o in reversed(sorted(first)):
        second.add((relabel.get(s, s), p, relabel.get(o, o)))
    assert canonical_turtle(second, PREFIXES_EX) == canonical_turtle(first, PREFIXES_EX)


def test_layout_of_a_simple_graph() -> None:
    text = canonical("""
        @prefix ex: <http://example.org/> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        ex:Z rdfs:label "zed"@en . ex:B rdfs:label "Bê"@vi , "Bee"@en ; a owl:Class ; ex:n 2 , 10 .
        ex:onto a owl:Ontology .
    """)
    assert text == (
        "@prefix ex: <http://example.org/> .\n"
        "@prefix owl: <http://www.w3.org/2002/07/owl#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "\n"
        "ex:onto\n"
        "    a owl:Ontology .\n"
        "\n"
        "ex:B\n"
        "    a owl:Class ;\n"
        "    ex:n 10 ;\n"
        "    ex:n 2 ;\n"
        '    rdfs:label "Bee"@en ;\n'
        '    rdfs:label "Bê"@vi .\n'
        "\n"
        "ex:Z\n"
        '    rdfs:label "zed"@en .\n'
    )


def test_nested_blank_nodes_and_lists() -> None:
    text = canonical("""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S sh:property [ sh:path ex:p ; sh:minCount 1 ] ;
             sh:or ( [ sh:class ex:A ] [ sh:class ex:B ; sh:node [ sh:closed true ] ] ) ;
             sh:in ( ex:x "y" ( 1 2 ) ) ; ex:none () .
    """)
    assert text == (
        "@prefix ex: <http://example.org/> .\n"
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "\n"
        "ex:S\n"
        "    ex:none () ;\n"
        '    sh:in ( ex:x "y" ( 1 2 ) ) ;\n'
        "    sh:or (\n"
        "        [\n"
        "            sh:class ex:A ;\n"
        "        ]\n"
        "        [\n"
        "            sh:class ex:B ;\n"
        "            sh:node [\n"
        "                sh:closed true ;\n"
        "            ] ;\n"
        "        ]\n"
        "    ) ;\n"
        "    sh:property [\n"
        "        sh:minCount 1 ;\n"
        "        sh:path ex:p ;\n"
        "    ] .\n"
    )


def test_blank_nodes_used_twice_or_in_a_cycle_get_content_labels() -> None:
    text = canonical(SAMPLES["blank nodes shared, cyclic and unreferenced"])
    labels = {line.split()[0] for line in text.splitlines() if line.startswith("_:")}
    assert len(labels) == 4  # shared, one node of the two-node cycle, self-loop, unreferenced
    assert all(len(label) == len("_:b") + 12 for label in labels)
    assert "ex:c\n    ex:p [] ;\n    ex:p [] .\n" in text
    # the other node of the cycle is nested under the labelled one
    assert text.count("ex:next [\n") == 1


def test_rdflib_literal_normalisation_does_not_change_lexical_forms() -> None:
    text = canonical("""
        @prefix ex: <http://example.org/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
        ex:s ex:p 2.50 , "1.5E3"^^xsd:double , "True"^^xsd:boolean , "+1"^^xsd:integer .
    """)
    assert "    ex:p 2.50 ;\n" in text
    assert '    ex:p "1.5E3"^^xsd:double ;\n' in text
    assert '    ex:p "True"^^xsd:boolean ;\n' in text
    assert "    ex:p +1 .\n" in text


def test_a_list_used_twice_or_with_extra_properties_is_written_as_triples() -> None:
    text = canonical(SAMPLES["lists"])
    assert (
        "    ex:items (\n"
        "        1\n"
        '        "two"\n'
        "        ex:three\n"
        "        ( 4 5 )\n"
        "        [\n"
        "            ex:six 6 ;\n"
        "        ]\n"
        "    ) ;\n"
    ) in text
    assert "rdf:first 1 ;" in text  # the shared list and the list cell with ex:extra
    assert text.count("rdf:first") == 2


def test_multi_line_literals_use_triple_quotes() -> None:
    text = canonical('''
        @prefix ex: <http://example.org/> .
        ex:q ex:select """SELECT ?s WHERE {
  ?s ex:p "x" .
}""" .
    ''')
    assert '    ex:select """SELECT ?s WHERE {\n  ?s ex:p "x" .\n}""" .\n' in text


@pytest.mark.parametrize(
    ("lexical", "written"),
    [
        ("tab\there", r'"tab\there"'),
        ('say "hi"', r'"say \"hi\""'),
        ("back\\slash", r'"back\\slash"'),
        ("bell\u0007", r'"bell\u0007"'),
        ("cr\r", r'"cr\r"'),
        ("Hải An", '"Hải An"'),
        ('a\nb"', '"""a\nb\\""""'),
        ('a\n""b', '"""a\n\\""b"""'),
        ('"a\nb', '""""a\nb"""'),
        ("a\r\nb", '"""a\\r\nb"""'),
    ],
)
def test_string_escapes(lexical: str, written: str) -> None:
    graph = Graph()
    graph.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal(lexical)))
    text = canonical_turtle(graph, PREFIXES_EX)
    assert f"    ex:p {written} .\n" in text
    assert next(iter(parse(text).objects())) == Literal(lexical)


def test_language_tags_and_datatypes() -> None:
    graph = Graph()
    subject, predicate = URIRef(EX + "s"), URIRef(EX + "p")
    graph.add((subject, predicate, Literal("Việt Nam", lang="vi")))
    graph.add((subject, predicate, Literal("Viet Nam", lang="en")))
    graph.add((subject, predicate, Literal("2025-04", datatype=ns.XSD.gYearMonth)))
    graph.add((subject, predicate, Literal("7", datatype=ns.XSD.nonNegativeInteger)))
    graph.add((subject, predicate, Literal("x", datatype=URIRef("http://other.example/dt"))))
    text = canonical_turtle(graph, PREFIXES_EX)
    assert text.endswith(
        "ex:s\n"
        '    ex:p "x"^^<http://other.example/dt> ;\n'
        '    ex:p "2025-04"^^xsd:gYearMonth ;\n'
        '    ex:p "7"^^xsd:nonNegativeInteger ;\n'
        '    ex:p "Viet Nam"@en ;\n'
        '    ex:p "Việt Nam"@vi .\n'
    )
    assert isomorphic(parse(text), graph)


@pytest.mark.parametrize(
    ("iri", "written"),
    [
        (
            "https://w3id.org/plankg/id/unit/hai-phong/hai-an",
            "<https://w3id.org/plankg/id/unit/hai-phong/hai-an>",
        ),
        ("https://w3id.org/plankg/id/unit/hai-phong", "unit:hai-phong"),
        (
            "https://w3id.org/plankg/id/task/kon-tum-2025-kh/II.3",
            "<https://w3id.org/plankg/id/task/kon-tum-2025-kh/II.3>",
        ),
        ("http://example.org/II.3", "ex:II.3"),
        ("http://example.org/ends.", "<http://example.org/ends.>"),
        ("http://example.org/a%20b", "<http://example.org/a%20b>"),
        ("http://example.org/a~b", "<http://example.org/a~b>"),
        ("http://example.org/1st", "ex:1st"),
        ("http://example.org/Đà-Nẵng", "ex:Đà-Nẵng"),
        ("http://example.org/a:b", "ex:a:b"),
        ("http://example.org/", "ex:"),
        ("http://other.example/x", "<http://other.example/x>"),
        ("https://w3id.org/plankg/def#Plan", "pk:Plan"),
        ("https://w3id.org/plankg/id/unit/", "unit:"),
    ],
)
def test_iris_are_prefixed_only_when_the_local_part_needs_no_escape(iri: str, written: str) -> None:
    graph = Graph()
    graph.add((URIRef(EX + "s"), URIRef(EX + "p"), URIRef(iri)))
    text = canonical_turtle(graph, {**PREFIXES_EX, "unit": "https://w3id.org/plankg/id/unit/"})
    assert f"    ex:p {written} .\n" in text
    assert isomorphic(parse(text), graph)


def test_only_used_prefixes_are_declared_and_the_longest_namespace_wins() -> None:
    graph = Graph()
    graph.add((URIRef("https://w3id.org/plankg/id/unit/viet-nam"), ns.RDF.type, URIRef(PREFIXES["pk"] + "X")))
    text = canonical_turtle(graph, {**PREFIXES, "unit": "https://w3id.org/plankg/id/unit/"})
    assert text.splitlines()[:3] == [
        "@prefix pk: <https://w3id.org/plankg/def#> .",
        "@prefix unit: <https://w3id.org/plankg/id/unit/> .",
        "",
    ]
    assert "unit:viet-nam\n    a pk:X .\n" in text
    assert "rdf:" not in text  # rdf:type is written "a"


def test_an_earlier_prefix_wins_a_tie() -> None:
    graph = Graph()
    graph.add((URIRef(EX + "s"), URIRef(EX + "p"), URIRef(EX + "o")))
    assert canonical_turtle(graph, {"ex": EX, "alt": EX}).startswith("@prefix ex: ")
    assert canonical_turtle(graph, {"alt": EX, "ex": EX}).startswith("@prefix alt: ")


def test_an_empty_graph_is_an_empty_text() -> None:
    assert canonical_turtle(Graph(), PREFIXES) == ""


def test_format_file_keeps_the_files_own_prefixes(tmp_path: Path) -> None:
    path = tmp_path / "units.ttl"
    path.write_text(
        "@prefix unit: <https://w3id.org/plankg/id/unit/> .\n"
        "@prefix dcterms: <http://purl.org/dc/terms/> .\n"
        "@prefix unused: <http://unused.example/> .\n"
        'unit:viet-nam dcterms:title "Việt Nam"@vi ; <https://w3id.org/plankg/def#level> '
        "<https://w3id.org/plankg/def#national> .\n",
        encoding="utf-8",
    )
    before = Graph().parse(path)
    assert non_canonical([path]) == [path]
    assert format_file(path) is True
    assert path.read_text(encoding="utf-8") == (
        "@prefix dct: <http://purl.org/dc/terms/> .\n"
        "@prefix pk: <https://w3id.org/plankg/def#> .\n"
        "@prefix unit: <https://w3id.org/plankg/id/unit/> .\n"
        "\n"
        "unit:viet-nam\n"
        '    dct:title "Việt Nam"@vi ;\n'
        "    pk:level pk:national .\n"
    )
    assert isomorphic(Graph().parse(path), before)
    assert format_file(path) is False
    assert non_canonical([path]) == []


def hand_edited_turtle() -> list[Path]:
    """Every Turtle file people edit by hand: the ontology (shapes included) and the reference data."""
    return sorted([*(HOME / "ontology").glob("*.ttl"), *(HOME / "data" / "reference").glob("*.ttl")])


def test_there_are_hand_edited_files_to_check() -> None:
    names = {path.name for path in hand_edited_turtle()}
    assert {"plankg.ttl", "vocabularies.ttl", "alignments.ttl", "units.ttl", "agencies.ttl"} <= names


@pytest.mark.parametrize("path", hand_edited_turtle(), ids=lambda path: str(path.relative_to(HOME)))
def test_hand_edited_turtle_is_canonical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = canonical_file_text(path)
    if text != expected:
        diff = difflib.unified_diff(
            text.splitlines(), expected.splitlines(), "as written", "canonical", lineterm="", n=1
        )
        shown = "\n".join(list(diff)[:40])
        pytest.fail(f"{path.relative_to(HOME)} is not canonical Turtle (run `plankg fmt`):\n{shown}")
