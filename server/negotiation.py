"""Content negotiation for /sparql: parsing ``Accept`` and choosing a result format.

Pure functions and tables, no web framework, so that they can be tested on their own
(tests/test_negotiation.py).

``Accept`` follows RFC 9110 §12.5.1: a list of media ranges (``type/subtype``, ``type/*``, ``*/*``)
with parameters and an optional weight ``q`` (0 to 1, three decimals at most); ``q=0`` means "not
acceptable". For each media type we offer, the weight is taken from the *most specific* range that
matches it (``text/csv`` before ``text/*`` before ``*/*``; more parameters before fewer), so
``*/*, text/csv;q=0`` accepts anything but CSV. Among the acceptable offers the highest weight wins;
on a tie, the offer matched by the more specific range, then the server's order (the first offer in
a table is the default).

Parameters: every representation this server writes is UTF-8, so a range with a ``charset`` other
than UTF-8 matches nothing; other parameters (a JSON-LD ``profile``, say) do not distinguish our
representations and are ignored when matching, though they still count for specificity. Parameters
after ``q`` are accept-extensions and are ignored.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

W3C_FORMATS = "http://www.w3.org/ns/formats/"


class AcceptError(ValueError):
    """The ``Accept`` header (or a media type) is not well formed."""


@dataclass(frozen=True)
class ResultFormat:
    """A serialisation the endpoint can write."""

    key: str  # short name, used by server.sparql to pick the serialiser
    media_type: str  # the registered media type
    iri: str  # the W3C format IRI (https://www.w3.org/ns/formats/), used in the service description
    charset: bool  # whether Content-Type carries "; charset=utf-8"


JSON = ResultFormat("json", "application/sparql-results+json", W3C_FORMATS + "SPARQL_Results_JSON", False)
XML = ResultFormat("xml", "application/sparql-results+xml", W3C_FORMATS + "SPARQL_Results_XML", True)
CSV = ResultFormat("csv", "text/csv", W3C_FORMATS + "SPARQL_Results_CSV", True)
TSV = ResultFormat("tsv", "text/tab-separated-values", W3C_FORMATS + "SPARQL_Results_TSV", True)
TURTLE = ResultFormat("turtle", "text/turtle", W3C_FORMATS + "Turtle", True)
N_TRIPLES = ResultFormat("n-triples", "application/n-triples", W3C_FORMATS + "N-Triples", True)
JSON_LD = ResultFormat("json-ld", "application/ld+json", W3C_FORMATS + "JSON-LD", False)
RDF_XML = ResultFormat("rdf-xml", "application/rdf+xml", W3C_FORMATS + "RDF_XML", True)
# Documents for people and programs beside the RDF formats (pages, reports): no W3C format IRI.
HTML = ResultFormat("html", "text/html", "", True)
JSON_DOCUMENT = ResultFormat("json-document", "application/json", "", False)

# rdflib's names of the RDF formats, for graphs serialised with rdflib (reports, descriptions).
RDFLIB_FORMATS: Mapping[str, str] = {
    TURTLE.key: "turtle",
    JSON_LD.key: "json-ld",
    N_TRIPLES.key: "nt",
    RDF_XML.key: "xml",
}

# Offered media type -> format, in the server's order of preference (the first is the default).
# Aliases (application/json, application/xml, text/xml) come last: they are answered with the
# media type the client asked for.
SELECT_OFFERS: Mapping[str, ResultFormat] = {
    JSON.media_type: JSON,
    XML.media_type: XML,
    CSV.media_type: CSV,
    TSV.media_type: TSV,
    "application/json": JSON,
    "application/xml": XML,
    "text/xml": XML,
}
# SPARQL 1.1 Query Results CSV and TSV Formats define only SELECT results, so ASK has no CSV/TSV.
ASK_OFFERS: Mapping[str, ResultFormat] = {
    JSON.media_type: JSON,
    XML.media_type: XML,
    "application/json": JSON,
    "application/xml": XML,
    "text/xml": XML,
}
# CONSTRUCT and DESCRIBE results, and the service description.
GRAPH_OFFERS: Mapping[str, ResultFormat] = {
    TURTLE.media_type: TURTLE,
    N_TRIPLES.media_type: N_TRIPLES,
    JSON_LD.media_type: JSON_LD,
    RDF_XML.media_type: RDF_XML,
}

# RFC 9110 §5.6.2: token; §5.6.4: quoted-string.
_TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"'
_PARAMETER = re.compile(rf"\s*;\s*({_TOKEN})\s*=\s*({_TOKEN}|{_QUOTED})\s*", re.ASCII)
_TYPE = re.compile(rf"\s*({_TOKEN})/({_TOKEN})\s*", re.ASCII)
_QVALUE = re.compile(r"(?:0(?:\.[0-9]{0,3})?|1(?:\.0{0,3})?)\Z")


@dataclass(frozen=True)
class MediaRange:
    type: str  # lower case; "*" for a wildcard
    subtype: str  # lower case; "*" for a wildcard
    parameters: tuple[tuple[str, str], ...] = field(default=())  # names lower case, values unquoted
    q: float = 1.0

    @property
    def specificity(self) -> tuple[int, int]:
        """How specific the range is: (2 exact type, 1 type/*, 0 */*; number of parameters)."""
        level = 0 if self.type == "*" else 1 if self.subtype == "*" else 2
        return level, len(self.parameters)

    def matches(self, media_type: str) -> bool:
        """Whether ``media_type`` (a bare ``type/subtype`` we would write in UTF-8) is in this range."""
        type_, _, subtype = media_type.lower().partition("/")
        if self.type != "*" and self.type != type_:
            return False
        if self.subtype != "*" and self.subtype != subtype:
            return False
        return all(value.lower() in {"utf-8", "utf8"} for name, value in self.parameters if name == "charset")


def _unquote(value: str) -> str:
    if value.startswith('"'):
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def parse_media_type(value: str) -> tuple[str, dict[str, str]]:
    """Split a Content-Type value into the media type and its parameters.

    ``"Application/SPARQL-Query; charset=UTF-8"`` -> ``("application/sparql-query", {"charset": "UTF-8"})``.
    For Content-Type headers (RFC 9110 §8.3.1): type, subtype and parameter names are
    case-insensitive and returned in lower case; parameter values are returned unquoted, as written.
    Raises AcceptError if the value is not a media type.
    """
    match = _TYPE.match(value)
    if match is None or "*" in (match[1], match[2]):
        raise AcceptError(f"not a media type: {value!r}")
    parameters: dict[str, str] = {}
    position = match.end()
    while position < len(value):
        parameter = _PARAMETER.match(value, position)
        if parameter is None:
            raise AcceptError(f"malformed parameters in media type {value!r}")
        parameters[parameter[1].lower()] = _unquote(parameter[2])
        position = parameter.end()
    return f"{match[1]}/{match[2]}".lower(), parameters


@lru_cache(maxsize=512)
def parse_accept(header: str) -> tuple[MediaRange, ...]:
    """The media ranges of an ``Accept`` header value, in the order given.

    Empty list elements are allowed (RFC 9110 §5.6.1) and skipped. Raises AcceptError for an
    element that is not a media range or a weight that is not a qvalue (RFC 9110 §12.4.2).
    Memoised, as ``choose`` is: clients send the same few headers again and again, and reading
    one cost a small query a tenth of its time.
    """
    ranges = []
    for element in _split_list(header):
        match = _TYPE.match(element)
        if match is None:
            raise AcceptError(f"malformed media range in Accept: {element!r}")
        type_, subtype = match[1].lower(), match[2].lower()
        if type_ == "*" and subtype != "*":
            raise AcceptError(f"malformed media range in Accept: {element!r} (*/{subtype})")
        parameters: list[tuple[str, str]] = []
        q: float | None = None
        position = match.end()
        while position < len(element):
            parameter = _PARAMETER.match(element, position)
            if parameter is None:
                raise AcceptError(f"malformed parameters in Accept: {element!r}")
            name, value = parameter[1].lower(), _unquote(parameter[2])
            position = parameter.end()
            if q is not None:
                continue  # what follows the weight are accept-extensions, ignored
            if name == "q":
                if not _QVALUE.match(value):
                    raise AcceptError(f"malformed weight in Accept: {element!r} (q must be 0 to 1)")
                q = float(value)
            else:
                parameters.append((name, value))
        ranges.append(MediaRange(type_, subtype, tuple(parameters), 1.0 if q is None else q))
    return tuple(ranges)


def _split_list(header: str) -> list[str]:
    """Split a comma-separated field value, leaving commas inside quoted strings alone."""
    elements: list[str] = []
    current: list[str] = []
    quoted = escaped = False
    for char in header:
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            elements.append("".join(current))
            current = []
            continue
        current.append(char)
    elements.append("".join(current))
    return [element.strip() for element in elements if element.strip()]


def weight(ranges: tuple[MediaRange, ...], media_type: str) -> tuple[float, tuple[int, int]] | None:
    """The weight the client gives ``media_type``, with the specificity of the range that set it.

    None when no range matches. The most specific matching range decides; among equally specific
    ones, the highest weight.
    """
    matching = [r for r in ranges if r.matches(media_type)]
    if not matching:
        return None
    best = max(matching, key=lambda r: (r.specificity, r.q))
    return best.q, best.specificity


def choose(accept: str | None, offers: Mapping[str, ResultFormat]) -> tuple[str, ResultFormat] | None:
    """The media type (and format) to answer with, or None when nothing offered is acceptable.

    No ``Accept`` header (or an empty one) accepts anything: the first offer is the default.
    Raises AcceptError for a malformed header.
    """
    if accept is None or not accept.strip():
        media_type = next(iter(offers))
        return media_type, offers[media_type]
    return _choose(accept, tuple(offers.items()))


@lru_cache(maxsize=512)
def _choose(accept: str, offers: tuple[tuple[str, ResultFormat], ...]) -> tuple[str, ResultFormat] | None:
    ranges = parse_accept(accept)
    best: tuple[tuple[float, tuple[int, int], int], tuple[str, ResultFormat]] | None = None
    for index, offer in enumerate(offers):
        found = weight(ranges, offer[0])
        if found is None or found[0] <= 0:
            continue
        rank = (found[0], found[1], -index)
        if best is None or rank > best[0]:
            best = (rank, offer)
    return best[1] if best is not None else None


def content_type(media_type: str, result_format: ResultFormat) -> str:
    """The Content-Type header for an answer in ``result_format`` labelled ``media_type``."""
    return f"{media_type}; charset=utf-8" if result_format.charset else media_type


def offered_formats(*tables: Mapping[str, ResultFormat]) -> list[ResultFormat]:
    """The distinct formats of the tables, in order (aliases collapse to one format)."""
    formats: list[ResultFormat] = []
    for table in tables:
        formats.extend(f for f in table.values() if f not in formats)
    return formats
