"""Content negotiation (server.negotiation): Accept parsing and the choice of a result format."""

from __future__ import annotations

import pytest

from server.negotiation import (
    ASK_OFFERS,
    CSV,
    GRAPH_OFFERS,
    JSON,
    JSON_LD,
    N_TRIPLES,
    RDF_XML,
    SELECT_OFFERS,
    TSV,
    TURTLE,
    XML,
    AcceptError,
    MediaRange,
    choose,
    content_type,
    offered_formats,
    parse_accept,
    parse_media_type,
)

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

# (Accept header, offers, expected media type or None for "406 Not Acceptable")
CHOICES = [
    # no header, or an empty one: the first offer (the default)
    (None, SELECT_OFFERS, "application/sparql-results+json"),
    ("", SELECT_OFFERS, "application/sparql-results+json"),
    ("  ", ASK_OFFERS, "application/sparql-results+json"),
    (None, GRAPH_OFFERS, "text/turtle"),
    ("*/*", SELECT_OFFERS, "application/sparql-results+json"),
    ("*/*", GRAPH_OFFERS, "text/turtle"),
    # exact types
    ("application/sparql-results+xml", SELECT_OFFERS, "application/sparql-results+xml"),
    ("text/csv", SELECT_OFFERS, "text/csv"),
    ("text/tab-separated-values", SELECT_OFFERS, "text/tab-separated-values"),
    ("application/n-triples", GRAPH_OFFERS, "application/n-triples"),
    ("application/ld+json", GRAPH_OFFERS, "application/ld+json"),
    ("application/rdf+xml", GRAPH_OFFERS, "application/rdf+xml"),
    # case-insensitive type names
    ("Text/CSV", SELECT_OFFERS, "text/csv"),
    # aliases are answered with the type asked for
    ("application/json", SELECT_OFFERS, "application/json"),
    ("application/xml", ASK_OFFERS, "application/xml"),
    ("text/xml", SELECT_OFFERS, "text/xml"),
    # CSV and TSV are defined for SELECT only
    ("text/csv", ASK_OFFERS, None),
    ("text/tab-separated-values", ASK_OFFERS, None),
    ("text/csv, */*;q=0.1", ASK_OFFERS, "application/sparql-results+json"),
    # nothing acceptable
    ("text/html", SELECT_OFFERS, None),
    ("image/png", GRAPH_OFFERS, None),
    ("application/sparql-results+json", GRAPH_OFFERS, None),
    # q-values
    ("text/csv;q=0.5, application/sparql-results+xml", SELECT_OFFERS, "application/sparql-results+xml"),
    ("text/csv;q=0.9, application/sparql-results+xml;q=0.8", SELECT_OFFERS, "text/csv"),
    ("text/turtle;q=0.1, application/n-triples;q=0.2", GRAPH_OFFERS, "application/n-triples"),
    ("text/turtle;q=1.000, application/rdf+xml;q=0.999", GRAPH_OFFERS, "text/turtle"),
    # q=0: not acceptable, even when a wildcard would accept it
    ("text/csv;q=0", SELECT_OFFERS, None),
    ("*/*, application/sparql-results+json;q=0", SELECT_OFFERS, "application/sparql-results+xml"),
    ("*/*;q=0", SELECT_OFFERS, None),
    ("text/turtle;q=0, */*;q=0.1", GRAPH_OFFERS, "application/n-triples"),
    ("*/*;q=0.5, text/*;q=0", SELECT_OFFERS, "application/sparql-results+json"),
    ("text/*;q=0, */*", GRAPH_OFFERS, "application/n-triples"),
    # type/* wildcards, and the most specific range deciding
    ("text/*", SELECT_OFFERS, "text/csv"),
    ("text/*", GRAPH_OFFERS, "text/turtle"),
    ("application/*", GRAPH_OFFERS, "application/n-triples"),
    ("text/*;q=0.3, text/tab-separated-values", SELECT_OFFERS, "text/tab-separated-values"),
    ("text/*, text/csv;q=0.2", SELECT_OFFERS, "text/tab-separated-values"),
    ("*/*;q=0.1, text/*;q=0.5", SELECT_OFFERS, "text/csv"),
    # equal weight: the range that names the type beats a wildcard, then the server's order
    ("application/*, application/sparql-results+xml", SELECT_OFFERS, "application/sparql-results+xml"),
    ("application/rdf+xml, text/turtle", GRAPH_OFFERS, "text/turtle"),
    ("application/json, application/sparql-results+json", SELECT_OFFERS, "application/sparql-results+json"),
    # a browser prefers XML (0.9) over anything else (0.8)
    (BROWSER, SELECT_OFFERS, "application/xml"),
    (BROWSER, GRAPH_OFFERS, "text/turtle"),
    # parameters: charset must be UTF-8; others do not distinguish our representations
    ("text/csv;charset=utf-8", SELECT_OFFERS, "text/csv"),
    ('text/csv; charset="UTF-8"', SELECT_OFFERS, "text/csv"),
    ("text/csv;charset=iso-8859-1", SELECT_OFFERS, None),
    ("text/csv;charset=iso-8859-1, */*;q=0.1", SELECT_OFFERS, "application/sparql-results+json"),
    (
        'application/ld+json;profile="http://www.w3.org/ns/json-ld#compacted"',
        GRAPH_OFFERS,
        "application/ld+json",
    ),
    # the more specific range (with a parameter) decides
    (
        "text/turtle;q=0.2, text/turtle;charset=utf-8;q=0.9, application/n-triples;q=0.5",
        GRAPH_OFFERS,
        "text/turtle",
    ),
    # accept-extensions after q are ignored
    ("text/csv;q=0.5;ext=1, text/tab-separated-values;q=0.4", SELECT_OFFERS, "text/csv"),
    # empty list elements are allowed
    (", text/csv ,, ", SELECT_OFFERS, "text/csv"),
    # a quoted comma does not split the list
    ('text/csv;foo="a,b";q=0.5, text/tab-separated-values;q=0.4', SELECT_OFFERS, "text/csv"),
]


@pytest.mark.parametrize(("accept", "offers", "expected"), CHOICES)
def test_choose(accept, offers, expected):
    chosen = choose(accept, offers)
    assert (chosen[0] if chosen else None) == expected
    if chosen:
        assert chosen[1] is offers[chosen[0]]


@pytest.mark.parametrize(
    "accept",
    [
        "json",
        "text/",
        "/csv",
        "*/csv",
        "text/csv;q=2",
        "text/csv;q=-1",
        "text/csv;q=abc",
        "text/csv;q=0.1234",
        "text/csv;q=1.5",
        "text/csv;charset",
        "text/csv; =utf-8",
        "text csv",
        'text/csv;foo="unclosed',
    ],
)
def test_malformed_accept(accept):
    with pytest.raises(AcceptError):
        parse_accept(accept)
    with pytest.raises(AcceptError):
        choose(accept, SELECT_OFFERS)


PARSED = [
    ("text/csv", [MediaRange("text", "csv")]),
    ("*/*;q=0.8", [MediaRange("*", "*", (), 0.8)]),
    ("TEXT/*; Q=0", [MediaRange("text", "*", (), 0.0)]),
    ("text/csv;q=1.", [MediaRange("text", "csv", (), 1.0)]),
    (
        'text/plain; format=flowed; charset="utf-8"; q=0.4; ext=x',
        [MediaRange("text", "plain", (("format", "flowed"), ("charset", "utf-8")), 0.4)],
    ),
    ("a/b, c/d;q=0.5", [MediaRange("a", "b"), MediaRange("c", "d", (), 0.5)]),
]


@pytest.mark.parametrize(("header", "expected"), PARSED)
def test_parse_accept(header, expected):
    assert list(parse_accept(header)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("application/sparql-query", ("application/sparql-query", {})),
        ("Application/SPARQL-Query; Charset=UTF-16", ("application/sparql-query", {"charset": "UTF-16"})),
        (
            'application/x-www-form-urlencoded ; charset="utf-8"',
            ("application/x-www-form-urlencoded", {"charset": "utf-8"}),
        ),
    ],
)
def test_parse_media_type(value, expected):
    assert parse_media_type(value) == expected


@pytest.mark.parametrize("value", ["", "text", "*/*", "text/*", "text/plain; charset", "text/plain;;"])
def test_malformed_media_type(value):
    with pytest.raises(AcceptError):
        parse_media_type(value)


@pytest.mark.parametrize(
    ("media_type", "result_format", "expected"),
    [
        ("application/sparql-results+json", JSON, "application/sparql-results+json"),
        ("application/json", JSON, "application/json"),
        ("application/sparql-results+xml", XML, "application/sparql-results+xml; charset=utf-8"),
        ("text/xml", XML, "text/xml; charset=utf-8"),
        ("text/csv", CSV, "text/csv; charset=utf-8"),
        ("text/tab-separated-values", TSV, "text/tab-separated-values; charset=utf-8"),
        ("text/turtle", TURTLE, "text/turtle; charset=utf-8"),
        ("application/n-triples", N_TRIPLES, "application/n-triples; charset=utf-8"),
        ("application/ld+json", JSON_LD, "application/ld+json"),
        ("application/rdf+xml", RDF_XML, "application/rdf+xml; charset=utf-8"),
    ],
)
def test_content_type(media_type, result_format, expected):
    assert content_type(media_type, result_format) == expected


def test_tables():
    # the default of each table is its registered media type; aliases map to the same formats
    assert next(iter(SELECT_OFFERS)) == JSON.media_type
    assert next(iter(ASK_OFFERS)) == JSON.media_type
    assert next(iter(GRAPH_OFFERS)) == TURTLE.media_type
    assert set(SELECT_OFFERS.values()) == {JSON, XML, CSV, TSV}
    assert set(ASK_OFFERS.values()) == {JSON, XML}
    assert set(GRAPH_OFFERS.values()) == {TURTLE, N_TRIPLES, JSON_LD, RDF_XML}
    assert offered_formats(SELECT_OFFERS, ASK_OFFERS, GRAPH_OFFERS) == [
        JSON, XML, CSV, TSV, TURTLE, N_TRIPLES, JSON_LD, RDF_XML,
    ]  # fmt: skip
    for result_format in offered_formats(SELECT_OFFERS, GRAPH_OFFERS):
        assert result_format.iri.startswith("http://www.w3.org/ns/formats/")
