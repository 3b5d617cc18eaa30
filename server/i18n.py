"""The two languages of the pages: Vietnamese and English, chosen by ?lang= or Accept-Language."""

from __future__ import annotations

import re
from collections.abc import Callable

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

TEXT: dict[str, dict[str, str]] = {
    "site_title": {
        "vi": "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em",
        "en": "Plans implementing the recommendations of the Committee on the Rights of the Child",
    },
    "hierarchy": {"vi": "Cây kế hoạch", "en": "Plan hierarchy"},
    "intro": {
        "vi": "Các kế hoạch triển khai Quyết định số 27/QĐ-TTg, từ cấp quốc gia đến tỉnh, huyện và xã.",
        "en": "The plans that implement Decision 27/QĐ-TTg, from the national level down to provinces, "
        "districts and communes.",
    },
    "tasks": {"vi": "nhiệm vụ", "en": "tasks"},
    "incomplete": {
        "vi": "thiếu cơ quan chủ trì hoặc thời gian",
        "en": "missing a lead agency or a timeframe",
    },
    "complete": {"vi": "đủ cơ quan chủ trì và thời gian", "en": "every task has a lead and a timeframe"},
    "no_number": {"vi": "chưa có số", "en": "no number"},
    "no_date": {"vi": "chưa có ngày", "en": "no date"},
    "cited_only": {"vi": "chỉ biết qua trích dẫn", "en": "known only from citation"},
    "appendix_missing": {
        "vi": "phụ lục được nhắc đến nhưng không có",
        "en": "appendix referred to but absent",
    },
    "level_national": {"vi": "cấp trung ương", "en": "national"},
    "level_province": {"vi": "cấp tỉnh", "en": "province level"},
    "level_district": {"vi": "cấp huyện", "en": "district level"},
    "level_commune": {"vi": "cấp xã", "en": "commune level"},
    "sparql": {"vi": "Truy vấn SPARQL", "en": "SPARQL query"},
    "sparql_intro": {
        "vi": "Điểm truy cập SPARQL 1.1: /sparql. Ví dụ: các kế hoạch triển khai Quyết định 27.",
        "en": "SPARQL 1.1 endpoint: /sparql. Example: the plans that implement Decision 27.",
    },
    "run": {"vi": "Chạy truy vấn", "en": "Run the query"},
    "language": {"vi": "English", "en": "Tiếng Việt"},
    "validation": {"vi": "Kiểm tra kế hoạch", "en": "Validation"},
    "validation_intro": {
        "vi": "Những gì còn thiếu trong từng kế hoạch: nhiệm vụ chưa có cơ quan chủ trì hoặc thời gian, "
        "số hoặc ngày còn trống, nhóm nhiệm vụ của cấp trên chưa có nhiệm vụ, cơ quan đã được thay thế.",
        "en": "What each plan still lacks: tasks without a lead agency or a timeframe, a number or a day "
        "left blank, groups of the higher plan without a task, agencies since replaced.",
    },
    "other_formats": {"vi": "Tải về", "en": "Download"},
    "not_found": {"vi": "Không tìm thấy", "en": "Not found"},
    "empty": {"vi": "Chưa có kế hoạch nào trong kho dữ liệu.", "en": "The store holds no plans yet."},
}


def parse_accept_language(header: str) -> list[str]:
    """Language ranges by preference (RFC 9110 §12.5.4); q=0 ranges are left out."""
    ranked: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")):
        pieces = [piece.strip() for piece in part.split(";")]
        if not pieces[0]:
            continue
        quality = 1.0
        for parameter in pieces[1:]:
            match = re.fullmatch(r"q\s*=\s*([01](?:\.\d{0,3})?)", parameter)
            if match:
                quality = float(match.group(1))
        if quality > 0:
            ranked.append((-quality, position, pieces[0].lower()))
    return [tag for _, _, tag in sorted(ranked)]


def choose_language(lang: str | None, accept_language: str | None) -> str:
    """?lang= first, then the first Accept-Language range we speak, then Vietnamese."""
    if lang in LANGUAGES:
        return lang
    for tag in parse_accept_language(accept_language or ""):
        primary = tag.split("-", 1)[0]
        if primary in LANGUAGES:
            return primary
    return DEFAULT_LANGUAGE


def translator(language: str) -> Callable[[str], str]:
    def t(key: str) -> str:
        return TEXT[key][language]

    return t
