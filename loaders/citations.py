"""Citations of other documents: "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ...".

A plan names its basis in the preamble ("Căn cứ ...", "Thực hiện ...") and often in its title. A
citation can nest another: "Kế hoạch số 90/KH-UBND ngày 08/4/2025 của Ủy ban nhân dân thành phố
triển khai thực hiện Quyết định số 27/QĐ-TTg ..." says that plan 90 implements Decision 27.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise

from plankg.text import fold, squash

DOCUMENT_KINDS = (
    "Kế hoạch",
    "Quyết định",
    "Chỉ thị",
    "Nghị quyết",
    "Công văn",
    "Thông tư",
    "Nghị định",
    "Luật",
    "Chương trình",
    "Đề án",
)
_NUMBER = r"(?P<number>(?:\d+\s*)?(?:/\s*\d{4}\s*)?/\s*[A-ZĐ][A-Za-zĐđ0-9\-]*)"
DATE = r"ngày\s*(?P<day>\d{1,2})?\s*(?:/|tháng)\s*(?P<month>\d{1,2})?\s*(?:/|năm)\s*(?P<year>(?:19|20)\d\d)"
CITATION = re.compile(
    rf"(?P<kind>{'|'.join(DOCUMENT_KINDS)})\s+số\s*{_NUMBER}(?:\s*,?\s*{DATE})?(?:\s+của\s+(?P<issuer>[^,;()]+?))?"
    rf"(?=\s+(?:ban hành|về|triển khai|trên địa bàn|thực hiện|việc|phê duyệt|quy định|hướng dẫn)\b"
    rf"|\s+và\s+(?:{'|'.join(DOCUMENT_KINDS)})\b|\s*[,;().]|\s*$)",
)
_NESTING = re.compile(r"(?:thực hiện|triển khai)\s*$")
_CLAUSE_END = re.compile(r"[,;()]|\.(?:\s|$)")


@dataclass
class Citation:
    kind: str
    number: str | None
    date: str | None
    issuer: str | None
    title: str | None
    start: int  # character offsets in the text it was found in
    end: int  # end of its title clause
    implements: str | None = None


def parse_date(day: str | None, month: str | None, year: str | None) -> str | None:
    """ "YYYY-MM-DD", "YYYY-MM" for a blank day ("ngày tháng 3 năm 2025"), "YYYY" or None.

    A part that is no calendar value (month 13, 30 February) is dropped with the parts below it,
    keeping what is known: the value is always a valid xsd:date, gYearMonth or gYear.
    """
    if not year:
        return None
    if not month or not 1 <= int(month) <= 12:
        return year
    if not day:
        return f"{year}-{int(month):02d}"
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return f"{year}-{int(month):02d}"


def normalise_number(raw: str | None) -> str | None:
    """ "97 /KH-UBND" -> "97/KH-UBND"; a blank placeholder ("/KH-UBND", "KH-UBND") -> None."""
    if not raw:
        return None
    number = re.sub(r"\s+", "", raw)
    return number if re.match(r"^\d", number) else None


def find_citations(text: str) -> list[Citation]:
    """Every citation in ``text``, in order, with nesting resolved and titles cut to their clause."""
    found: list[Citation] = []
    for match in CITATION.finditer(text):
        issuer = squash(match.group("issuer")) if match.group("issuer") else None
        clause_end = _CLAUSE_END.search(text, match.end())
        end = clause_end.start() if clause_end else len(text)
        found.append(
            Citation(
                kind=match.group("kind"),
                number=normalise_number(match.group("number")),
                date=parse_date(match.group("day"), match.group("month"), match.group("year")),
                issuer=issuer,
                title=None,
                start=match.start(),
                end=end,
            )
        )
        found[-1].title = squash(text[match.end() : end]) or None
    # A citation inside the clause of an earlier one, after "triển khai thực hiện", is what the
    # earlier cited document implements; its own title stops where the outer one resumes.
    for outer, inner in pairwise(found):
        if inner.start < outer.end:
            if _NESTING.search(text[outer.start : inner.start]):
                outer.implements = inner.number
            inner_text = text[inner.start : inner.end]
            cut = inner_text.find(" trên địa bàn ")
            if cut > 0 and inner.title:
                title_start = inner_text.find(inner.title)
                inner.title = squash(inner_text[title_start:cut]) if title_start >= 0 else inner.title
    return found


# What a plan can implement: plans, decisions issuing plans, programmes. Laws, decrees, resolutions,
# circulars and official letters are cited as a basis, not implemented as a parent plan.
IMPLEMENTABLE_KINDS = ("Kế hoạch", "Quyết định", "Chương trình", "Đề án")


def issuer_level(issuer: str | None) -> str | None:
    """National for the Government, the Prime Minister, ministries and the National Assembly."""
    if not issuer:
        return None
    key = fold(issuer)
    if key.startswith(("thu tuong", "chinh phu", "bo ", "quoc hoi", "uy ban thuong vu quoc hoi")):
        return "national"
    return None
