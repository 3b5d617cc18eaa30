"""Properties of the normalisers of names, document numbers, dates and timeframes (hypothesis).

The examples in test_loader_parts.py pin particular readings; these check what must hold for any
input: a normaliser is total, stable under the ways officials' text varies (case, Unicode
normalisation form, runs of spaces, line breaks) and returns values of the right shape.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph
from rdflib.namespace import SKOS

from loaders.citations import normalise_number, parse_date
from loaders.gazetteer import ABBREVIATIONS, name_key
from loaders.paragraphs import Paragraph
from loaders.reporting import reporting_deadlines
from loaders.source import Line
from loaders.timeframes import normalise
from plankg.namespaces import PK
from plankg.text import fold, squash

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology"

VIETNAMESE_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
words = st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=8)
phrases = st.lists(words, min_size=1, max_size=6).map(" ".join)
# Whitespace as text extracted from documents has it: runs of spaces, tabs, line breaks.
gaps = st.sampled_from([" ", "  ", "\t", "\n", " \n "])
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2099, 12, 31))


def respaced(text: str, gap: str) -> str:
    return gap.join(text.split(" "))


def decomposed(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# -- names ---------------------------------------------------------------------------------------


@given(phrases, gaps)
def test_a_name_key_ignores_case_unicode_form_and_spacing(name: str, gap: str) -> None:
    key = name_key(name)
    assert name_key(name.upper()) == key
    assert name_key(decomposed(name)) == key
    assert name_key(respaced(name, gap)) == key


@given(phrases)
def test_a_name_key_is_plain_words(name: str) -> None:
    key = name_key(name)
    assert key == squash(key)
    assert all(ch.isascii() for ch in key), key
    assert name_key(key) == key  # stable: a key is its own key


@given(st.sampled_from(sorted(ABBREVIATIONS)), phrases)
def test_an_abbreviation_matches_its_expansion(abbreviation: str, rest: str) -> None:
    expansion = ABBREVIATIONS[abbreviation]
    assert name_key(f"{abbreviation.upper()} {rest}") == name_key(f"{expansion} {rest}")


@given(phrases)
def test_folding_is_stable_and_keeps_the_words(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded
    assert len(folded.split()) == len(text.split())


# -- document numbers ----------------------------------------------------------------------------

document_numbers = st.builds(
    lambda number, kind, issuer: f"{number}/{kind}-{issuer}",
    st.integers(min_value=1, max_value=9999),
    st.sampled_from(["KH", "QĐ", "CV", "TB"]),
    st.sampled_from(["UBND", "TTg", "BLĐTBXH", "SYT"]),
)


@given(document_numbers, st.lists(st.integers(min_value=0, max_value=12), max_size=3), gaps)
def test_a_document_number_ignores_spaces_inside_it(number: str, cuts: list[int], gap: str) -> None:
    spaced = number
    for cut in sorted(cuts, reverse=True):
        spaced = spaced[:cut] + gap + spaced[cut:]
    assert normalise_number(spaced) == number
    assert normalise_number(number) == number


@given(st.sampled_from(["KH", "QĐ", "TTg"]), st.sampled_from(["", " ", "  "]))
def test_a_blank_placeholder_number_is_none(kind: str, space: str) -> None:
    assert normalise_number(f"{space}/{kind}-UBND") is None
    assert normalise_number(f"{kind}-UBND") is None


# -- dates ---------------------------------------------------------------------------------------


@given(dates)
def test_a_full_date_is_its_iso_form(day: dt.date) -> None:
    assert parse_date(str(day.day), str(day.month), str(day.year)) == day.isoformat()
    assert parse_date(f"{day.day:02d}", f"{day.month:02d}", str(day.year)) == day.isoformat()


@given(dates)
def test_a_blank_day_or_month_keeps_what_is_known(day: dt.date) -> None:
    assert parse_date(None, str(day.month), str(day.year)) == day.isoformat()[:7]
    assert parse_date(None, None, str(day.year)) == str(day.year)
    assert parse_date(str(day.day), str(day.month), None) is None


@given(
    st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=14), st.integers(2000, 2099)
)
def test_a_date_keeps_only_its_calendar_parts(day: int, month: int, year: int) -> None:
    value = parse_date(str(day), str(month), str(year))
    try:
        expected = dt.date(year, month, day).isoformat()
    except ValueError:
        expected = f"{year}-{month:02d}" if month <= 12 else str(year)
    assert value == expected


# -- timeframes ----------------------------------------------------------------------------------


def timeframe_kinds() -> set[str]:
    graph = Graph().parse(ONTOLOGY / "vocabularies.ttl")
    return {
        str(notation)
        for concept in graph.subjects(SKOS.inScheme, PK.TimeframeKinds)
        for notation in graph.objects(concept, SKOS.notation)
    }


KINDS = timeframe_kinds()
LEXICAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def comparable(value: str, end: bool) -> dt.date:
    """A gYear, gYearMonth or date lexical form as its first (or last) day."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        if not end:
            return first
        following = dt.date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31) if end else dt.date(parts[0], 1, 1)


@settings(max_examples=300)
@given(st.text(max_size=60))
def test_any_text_gets_a_known_kind_and_valid_dates(text: str) -> None:
    timeframe = normalise(text)
    assert timeframe.text == squash(text)
    assert timeframe.kind in KINDS
    for value in (timeframe.start, timeframe.end):
        if value is not None:
            assert LEXICAL.match(value), value
            comparable(value, end=False)  # a real date: no 31 February
    if timeframe.start and timeframe.end:
        assert comparable(timeframe.start, end=False) <= comparable(timeframe.end, end=True)


@given(
    st.integers(min_value=1, max_value=40),
    st.integers(min_value=1, max_value=14),
    st.integers(min_value=2000, max_value=2099),
)
def test_a_deadline_that_is_no_date_is_not_read_as_one(day: int, month: int, year: int) -> None:
    timeframe = normalise(f"Trước ngày {day}/{month}/{year}")
    try:
        real = dt.date(year, month, day)
    except ValueError:
        assert timeframe.end is None
    else:
        assert (timeframe.kind, timeframe.end) == ("deadline", real.isoformat())


timeframe_texts = st.one_of(
    dates.map(lambda d: (f"Trước ngày {d.day}/{d.month}/{d.year}", "deadline", None, d.isoformat())),
    st.builds(
        lambda q, y: (
            f"Quý {q}/{y}",
            "quarter",
            *{
                "I": (f"{y}-01-01", f"{y}-03-31"),
                "II": (f"{y}-04-01", f"{y}-06-30"),
                "III": (f"{y}-07-01", f"{y}-09-30"),
                "IV": (f"{y}-10-01", f"{y}-12-31"),
            }[q],
        ),
        st.sampled_from(["I", "II", "III", "IV"]),
        st.integers(min_value=2000, max_value=2099),
    ),
    st.integers(min_value=2000, max_value=2098).map(
        lambda y: (f"Năm học {y} - {y + 1}", "schoolYear", f"{y}-09", f"{y + 1}-05")
    ),
    st.integers(min_value=2000, max_value=2090).map(
        lambda y: (f"Giai đoạn {y}-{y + 5}", "yearRange", str(y), str(y + 5))
    ),
    st.integers(min_value=2000, max_value=2099).map(lambda y: (f"Năm {y}", "year", str(y), str(y))),
    st.sampled_from(
        [
            ("Thường xuyên hằng năm", "ongoing", None, None),
            ("Hàng năm", "ongoing", None, None),
            ("Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan", "onRequest", None, None),
        ]
    ),
)


@given(timeframe_texts, gaps, st.booleans(), st.booleans())
def test_a_timeframe_reads_the_same_however_it_is_typed(
    case: tuple[str, str, str | None, str | None], gap: str, upper: bool, nfd: bool
) -> None:
    text, kind, start, end = case
    typed = respaced(text, gap)
    typed = typed.upper() if upper else typed
    typed = decomposed(typed) if nfd else typed
    timeframe = normalise(typed + ".")
    assert (timeframe.kind, timeframe.start, timeframe.end) == (kind, start, end)


@given(st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=14))
def test_a_reporting_deadline_is_a_day_of_the_year_or_none(day: int, month: int) -> None:
    text = f"Định kỳ hằng năm (trước ngày {day}/{month}) báo cáo Ủy ban nhân dân tỉnh."
    (deadline,) = reporting_deadlines([Paragraph([Line(1, text, text)])])
    try:
        dt.date(2000, month, day)
    except ValueError:
        assert (deadline.month, deadline.day) == (None, None)
    else:
        assert (deadline.recurrence, deadline.month, deadline.day) == ("annual", month, day)
