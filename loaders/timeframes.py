"""Timeframes: the text as written, its kind, and the dates it names where it names any.

Kinds (ontology/vocabularies.ttl, scheme pk:TimeframeKinds): ongoing every year ("Thường xuyên hằng
năm"), on request of a higher body ("Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan"), a year
("Năm 2025"), a range of years ("2025 - 2030"), a quarter ("Quý IV/2025"), a school year ("Năm học
2025 - 2026") or one of its terms ("Học kỳ I năm học 2025 - 2026"), months of each year ("Tháng 5 -
tháng 8 hằng năm"), a deadline ("Trước ngày 30/9/2025"); recurring reports ("Định kỳ 6 tháng, hằng
năm") count as ongoing; anything else is kept with the kind "unrecognised" so a report can point at it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from plankg.text import fold, nfc, squash

ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
QUARTER_MONTHS = {1: ("01-01", "03-31"), 2: ("04-01", "06-30"), 3: ("07-01", "09-30"), 4: ("10-01", "12-31")}

# Words that make up timeframe cells, in lower case with diacritics (so "quý", a quarter, is not
# "quy" of "quy định"); used to recognise timeframe fragments in PDF text.
TIMEFRAME_WORDS = frozenset(
    [
        "thường",
        "xuyên",
        "hàng",
        "hằng",
        "năm",
        "theo",
        "đề",
        "nghị",
        "hướng",
        "dẫn",
        "của",
        "các",
        "bộ",
        "ngành",
        "liên",
        "quan",
        "quý",
        "trước",
        "ngày",
        "tháng",
        "học",
        "từ",
        "đến",
        "giai",
        "đoạn",
        "định",
        "kỳ",
        "khi",
        "có",
        "yêu",
        "cầu",
        "trong",
        "và",
        "sau",
        "hoàn",
        "thành",
        "tiếp",
        "tục",
        "hoặc",
        "đột",
        "xuất",
        "mỗi",
        "thực",
        "hiện",
        "i",
        "ii",
        "iii",
        "iv",
        "vụ",
        "việc",
        "phát",
        "sinh",
        "xảy",
        "ra",
        # holidays and parts of a year: "Dịp Tết Nguyên đán Bính Ngọ 2026", "6 tháng cuối năm 2025",
        # "Đến hết năm 2026", "Hằng quý" ("hè", "trung thu" are task words too: "dạy bơi dịp hè.";
        # "Hè năm 2025" is a timeframe because it reads as one, see ``reads_as_timeframe``)
        "dịp",
        "tết",
        "nguyên",
        "đán",
        "cuối",
        "đầu",
        "hết",
        "mùa",
        "mưa",
        "lũ",
        "khô",
        "triệu",
        "tập",
        # the years of the sexagenary cycle that name a Tết ("Bính Ngọ")
        *"giáp ất bính đinh mậu kỷ canh tân nhâm tý sửu dần mão thìn tỵ ngọ mùi thân dậu tuất hợi".split(),
    ]
)
# Openings that only a timeframe has (a cell starting with one is a timeframe, not a name or a task).
TIMEFRAME_CUES = (
    "thường xuyên",
    "hàng năm",
    "hằng năm",
    "theo đề nghị",
    "theo yêu cầu",
    "theo kế",
    "theo chỉ đạo",
    "theo triệu tập",
    "mùa mưa",
    "theo hướng dẫn",
    "khi có yêu cầu",
    "khi có vụ việc",
    "khi phát sinh",
    "khi xảy ra",
    "dịp ",
    "tết ",
    "đến hết",
    "trong năm",
    "hằng quý",
    "hàng quý",
    "năm 20",
    "năm học",
    "học kỳ",
    "quý ",
    "trước ngày",
    "giai đoạn",
    "định kỳ",
    "6 tháng",
    "tháng ",
)
_YEAR = r"(20\d\d)"


# Parts of a given year, as months: a season, a half, a holiday.
_PERIODS = (
    (r"(?:dip )?he(?: nam)?", "06", "08"),
    (r"6 thang dau(?: nam)?", "01", "06"),
    (r"6 thang cuoi(?: nam)?", "07", "12"),
    (r"(?:dip )?tet nguyen dan(?: \w+ \w+)?", "01", "02"),
    (r"(?:dip )?tet trung thu(?: nam)?", "09", "09"),
)


def _period(key: str) -> tuple[str, str] | None:
    for pattern, first, last in _PERIODS:
        if match := re.fullmatch(rf"{pattern} {_YEAR}", key):
            year = match.group(1)
            return f"{year}-{first}", f"{year}-{last}"
    return None


@dataclass(frozen=True)
class Timeframe:
    text: str  # as written (runs of spaces joined)
    kind: str  # local name of a concept in pk:TimeframeKinds
    start: str | None = None  # xsd:date, or xsd:gYear / xsd:gYearMonth lexical forms
    end: str | None = None


def is_timeframe_word(word: str) -> bool:
    word = nfc(word).casefold().strip(",.;:()")
    return (
        not word
        or word in TIMEFRAME_WORDS
        or bool(re.fullmatch(r"[\d/\-–]+", word))
        or bool(re.fullmatch(r"(?:iv|iii|ii|i)/\d{4}", word))  # "Quý III/2025"
    )


def opens_timeframe(text: str) -> bool:
    """A timeframe, or the first words of one whose cell wrapped ("Khi có yêu" / "cầu")."""
    key = squash(nfc(text).casefold())
    return has_timeframe_cue(text) or (
        len(key.split()) >= 2 and any(cue.startswith(key + " ") for cue in TIMEFRAME_CUES)
    )


def reads_as_timeframe(text: str) -> bool:
    """Whether the whole text is a timeframe of a known kind ("Hè năm 2025")."""
    return normalise(text).kind != "unrecognised"


def has_timeframe_cue(text: str) -> bool:
    key = squash(nfc(text).casefold())
    return (
        key.startswith(TIMEFRAME_CUES)
        or bool(re.match(r"^(\d{1,2}/)?\d{1,2}/20\d\d", key))
        or bool(re.fullmatch(r"20\d\d(\s*[-–]\s*20\d\d)?\.?", key))
    )


def normalise(text: str) -> Timeframe:
    written = squash(text)
    key = fold(written).rstrip(".")

    if match := re.search(rf"truoc ngay (\d{{1,2}})/(\d{{1,2}})/{_YEAR}", key):
        day, month, year = match.groups()
        try:
            deadline = dt.date(int(year), int(month), int(day))
        except ValueError:  # "30/2/2025": a typo to point at, not a date to guess
            return Timeframe(written, "unrecognised")
        return Timeframe(written, "deadline", None, deadline.isoformat())
    if match := re.search(rf"hoc ky (ii|i|1|2)\s*(?:cua\s*)?(?:,\s*)?nam hoc {_YEAR}\s*[-–]\s*{_YEAR}", key):
        # Vietnamese schools' first term runs September to January, the second January to May.
        term, first_year, second_year = match.groups()
        if term in ("i", "1"):
            return Timeframe(written, "schoolTerm", f"{first_year}-09", f"{second_year}-01")
        return Timeframe(written, "schoolTerm", f"{second_year}-01", f"{second_year}-05")
    if match := re.search(rf"nam hoc {_YEAR}\s*[-–]\s*{_YEAR}", key):
        return Timeframe(written, "schoolYear", f"{match.group(1)}-09", f"{match.group(2)}-05")
    if match := re.search(rf"quy (iv|iii|ii|i|[1-4])\s*/\s*(?:nam )?{_YEAR}", key):
        quarter = ROMAN_QUARTERS[match.group(1)]
        first, last = QUARTER_MONTHS[quarter]
        year = match.group(2)
        return Timeframe(written, "quarter", f"{year}-{first}", f"{year}-{last}")
    if re.search(r"thang \d{1,2}\s*(?:[-–]|den)\s*thang \d{1,2}.*hang nam", key):
        return Timeframe(written, "monthsEveryYear")
    if re.search(r"truoc ngay \d{1,2}\s*/\s*\d{1,2}\s+hang nam", key):
        return Timeframe(written, "deadline")  # a day of every year
    if match := re.fullmatch(rf"nam {_YEAR} va cac nam tiep theo", key):
        return Timeframe(written, "yearRange", match.group(1), None)
    if key.startswith(("thuong xuyen", "hang nam", "dinh ky")):  # "định kỳ 6 tháng, hằng năm": recurring
        return Timeframe(written, "ongoing")
    if key.startswith(
        (
            "theo de nghi",
            "theo huong dan",
            "theo yeu cau",
            "theo trieu tap",
            "khi co yeu cau",
            "khi co de nghi",
        )
    ):
        return Timeframe(written, "onRequest")
    if key.startswith(("khi co vu viec", "khi phat sinh", "khi xay ra")):
        return Timeframe(written, "whenArising")
    if key.startswith(("hang quy", "hang thang")):
        return Timeframe(written, "ongoing")
    if match := re.search(rf"den het nam {_YEAR}", key):
        return Timeframe(written, "deadline", None, f"{match.group(1)}-12-31")
    if period := _period(key):
        return Timeframe(written, "period", *period)
    if re.fullmatch(r"thang \d{1,2} hang nam", key):
        return Timeframe(written, "monthsEveryYear")
    if match := re.fullmatch(rf"(?:giai doan |tu nam |nam )?{_YEAR}\s*[-–]\s*(?:nam )?{_YEAR}", key):
        return Timeframe(written, "yearRange", match.group(1), match.group(2))
    if match := re.fullmatch(rf"(?:nam |trong nam )?{_YEAR}", key):
        return Timeframe(written, "year", match.group(1), match.group(1))
    return Timeframe(written, "unrecognised")
