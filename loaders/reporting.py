"""Reporting deadlines from "Tổ chức thực hiện" and the closing: when units report on the plan.

"Định kỳ 6 tháng (trước ngày 10 tháng 6), hằng năm (trước ngày 05 tháng 12)" gives two deadlines:
every six months, by 10 June; every year, by 5 December. "báo cáo ... trước ngày 15/12 hằng năm"
gives one. A recurrence named without a date ("Định kỳ gửi báo cáo (6 tháng, năm)") is kept too.
"""

from __future__ import annotations

import datetime as dt
import re

from plankg.text import fold, squash

from .model import ReportingDeadline
from .paragraphs import Paragraph

RECURRENCES = (
    ("semiannual", ("6 thang", "sau thang", "nua nam")),
    ("quarterly", ("hang quy", "quy")),
    ("monthly", ("hang thang",)),
    ("annual", ("hang nam", "nam")),
)
_PERIOD = (
    r"(?P<period>(?:định kỳ\s+)?"
    r"(?:6 tháng(?: đầu năm)?|sáu tháng|hằng năm|hàng năm|hằng quý|hàng quý|hằng tháng|hàng tháng|năm))"
)
_DUE = r"trước ngày\s*(?P<day>\d{1,2})\s*(?:/|tháng)\s*(?P<month>\d{1,2})(?!\s*/\s*\d)(?!\s*năm\s*\d)"
PERIOD_THEN_DUE = re.compile(rf"{_PERIOD}\s*[(:,]?\s*{_DUE}\s*\)?", re.IGNORECASE)
DUE_THEN_PERIOD = re.compile(rf"{_DUE}\s*,?\s*(?P<period>(?:hằng|hàng) (?:năm|quý|tháng))", re.IGNORECASE)
PERIODS_ONLY = re.compile(r"định kỳ[^.;()]{0,40}\((?P<periods>[^)]*(?:tháng|năm|quý)[^)]*)\)", re.IGNORECASE)


def recurrence(period: str) -> str | None:
    key = fold(period).replace("dinh ky ", "")
    for name, words in RECURRENCES:
        if any(key == word or key.startswith(word + " ") for word in words):
            return name
    return None


def _month_day(month: int, day: int) -> tuple[int | None, int | None]:
    """The month and day if they are a day of some year (29 February is), else neither."""
    try:
        dt.date(2000, month, day)
    except ValueError:
        return None, None
    return month, day


def reporting_deadlines(paragraphs: list[Paragraph]) -> list[ReportingDeadline]:
    found: list[ReportingDeadline] = []
    for paragraph in paragraphs:
        text = paragraph.text
        spans: list[tuple[int, int]] = []
        for pattern in (PERIOD_THEN_DUE, DUE_THEN_PERIOD):
            for match in pattern.finditer(text):
                if any(start <= match.start() < end for start, end in spans):
                    continue
                spans.append((match.start(), match.end()))
                month, day = _month_day(int(match.group("month")), int(match.group("day")))
                found.append(
                    ReportingDeadline(
                        text=squash(match.group(0)).rstrip(" ,;"),
                        recurrence=recurrence(match.group("period")),
                        month=month,
                        day=day,
                        lines=paragraph.span,
                    )
                )
        if not spans:
            for match in PERIODS_ONLY.finditer(text):
                for period in re.split(r",|\bvà\b", match.group("periods")):
                    name = recurrence(period.strip())
                    if name:
                        found.append(ReportingDeadline(squash(period), name, None, None, paragraph.span))
    unique: dict[tuple[str | None, int | None, int | None], ReportingDeadline] = {}
    for deadline in found:
        unique.setdefault((deadline.recurrence, deadline.month, deadline.day), deadline)
    return list(unique.values())
