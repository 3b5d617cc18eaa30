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
    "nothing_known": {"vi": "Không có thông tin về", "en": "Nothing is known of"},
    "plan": {"vi": "Kế hoạch", "en": "Plan"},
    "number": {"vi": "Số", "en": "No."},
    "task": {"vi": "Nhiệm vụ", "en": "Task"},
    "lead": {"vi": "Cơ quan chủ trì", "en": "Lead agency"},
    "cooperating": {"vi": "Cơ quan phối hợp", "en": "Cooperating agencies"},
    "timeframe": {"vi": "Thời gian thực hiện", "en": "Timeframe"},
    "missing": {"vi": "chưa có", "en": "missing"},
    "see_subtasks": {"vi": "xem nhiệm vụ con", "en": "see subtasks"},
    "implements": {"vi": "Triển khai", "en": "Implements"},
    "implemented_by": {"vi": "Được triển khai bởi", "en": "Implemented by"},
    "document": {"vi": "Văn bản", "en": "Document"},
    "tasks_heading": {"vi": "Các nhiệm vụ", "en": "Tasks"},
    "part_of": {"vi": "thuộc", "en": "under"},
    "derivation": {"vi": "Cụ thể hóa nhiệm vụ cấp trên", "en": "Derived from, up to Decision 27"},
    "addresses": {"vi": "Khuyến nghị được thực hiện", "en": "Recommendations addressed"},
    "inferred": {"vi": "suy luận", "en": "inferred"},
    "score": {"vi": "điểm", "en": "score"},
    "subtasks": {"vi": "Nhiệm vụ con", "en": "Subtasks"},
    "source_lines": {"vi": "Nguyên văn trong văn bản", "en": "As written in the document"},
    "lines": {"vi": "dòng", "en": "lines"},
    "now": {"vi": "Cơ quan đang giữ nhiệm vụ hiện nay", "en": "Who holds its duties now"},
    "changes": {"vi": "Sự kiện thay đổi", "en": "Change events"},
    "tasks_led": {"vi": "Nhiệm vụ chủ trì", "en": "Tasks it leads"},
    "tasks_cooperating": {"vi": "Nhiệm vụ phối hợp", "en": "Tasks it cooperates on"},
    "unit_within": {"vi": "Thuộc", "en": "Within"},
    "unit_units": {"vi": "Đơn vị trực thuộc", "en": "Units within"},
    "unit_plans": {"vi": "Kế hoạch của địa bàn", "en": "Plans for this unit"},
    "unit_agencies": {"vi": "Cơ quan", "en": "Agencies"},
    "unit_events": {"vi": "Sự kiện thay đổi", "en": "Change events"},
    "answered_by": {"vi": "Nhiệm vụ thực hiện khuyến nghị", "en": "Tasks that answer it"},
    "no_tasks": {"vi": "Chưa có nhiệm vụ nào.", "en": "No task yet."},
    "statements": {"vi": "Thông tin", "en": "Statements"},
    "referred_by": {"vi": "Được nhắc đến bởi", "en": "Referred to by"},
    "coverage": {"vi": "Mức độ bao quát", "en": "Coverage"},
    "coverage_intro": {
        "vi": "Mỗi ô: số nhiệm vụ có cơ quan chủ trì của kế hoạch xuất phát từ nhóm nhiệm vụ của "
        "Quyết định 27, hoặc đáp ứng nhóm khuyến nghị. Các liên kết là suy luận từ nội dung nhiệm vụ.",
        "en": "Each cell: how many tasks of the plan with a lead agency come from the Decision 27 task "
        "group, or answer the recommendation group. The links are inferred from the tasks' text.",
    },
    "coverage_covered": {"vi": "có nhiệm vụ", "en": "covered"},
    "coverage_named": {"vi": "chỉ nêu, chưa giao", "en": "named, not assigned"},
    "coverage_missing": {"vi": "bỏ sót", "en": "missing"},
    "coverage_decision-27-group": {
        "vi": "Kế hoạch × nhóm nhiệm vụ Quyết định 27",
        "en": "Plans × Decision 27 task groups",
    },
    "coverage_recommendation-group": {
        "vi": "Kế hoạch × nhóm khuyến nghị CRC/C/VNM/CO/5-6",
        "en": "Plans × recommendation groups of CRC/C/VNM/CO/5-6",
    },
    "dumps": {"vi": "Tải toàn bộ dữ liệu", "en": "Downloads"},
    "dumps_intro": {
        "vi": "Toàn bộ đồ thị của kho dữ liệu đang phục vụ: N-Quads (mỗi đồ thị có tên giữ nguồn gốc), "
        "Turtle (hợp các đồ thị) và JSON-LD (với ngữ cảnh context.jsonld).",
        "en": "The whole graph of the store in service: N-Quads (each named graph, keeping where it came "
        "from), Turtle (the union of the graphs) and JSON-LD (with the context context.jsonld).",
    },
    "file": {"vi": "Tệp", "en": "File"},
    "media_type": {"vi": "Kiểu", "en": "Media type"},
    "size": {"vi": "Dung lượng (byte)", "en": "Size (bytes)"},
    "triples": {"vi": "bộ ba", "en": "triples"},
    "graphs": {"vi": "đồ thị", "en": "graphs"},
    "licence": {"vi": "Giấy phép", "en": "Licence"},
    "licence_note": {
        "vi": "Các kế hoạch là văn bản hành chính, không thuộc đối tượng bảo hộ quyền tác giả "
        "(Luật Sở hữu trí tuệ 2005, Điều 15).",
        "en": "The plans are administrative documents, not protected by copyright (Law on Intellectual "
        "Property 2005, art. 15).",
    },
    "void": {"vi": "Mô tả bộ dữ liệu (VoID, DCAT)", "en": "Dataset description (VoID, DCAT)"},
    "query_intro": {
        "vi": "Soạn truy vấn SPARQL trên toàn bộ đồ thị (đồ thị mặc định là hợp của các đồ thị có tên). "
        "Các truy vấn mẫu bên dưới; điểm truy cập cho chương trình: /sparql.",
        "en": "Write a SPARQL query over the whole graph (the default graph is the union of the named "
        "graphs). Examples below; the endpoint for programs: /sparql.",
    },
    "query_error": {"vi": "Truy vấn không hợp lệ", "en": "The query is not valid"},
    "results": {"vi": "Kết quả", "en": "Results"},
    "rows": {"vi": "dòng", "en": "rows"},
    "first_rows": {"vi": "chỉ hiển thị", "en": "showing the first"},
    "yes": {"vi": "Có", "en": "Yes"},
    "no": {"vi": "Không", "en": "No"},
    "catalogue": {"vi": "Các truy vấn mẫu", "en": "Named queries"},
    "shapes": {"vi": "Các ràng buộc kiểm tra (SHACL)", "en": "Validation shapes (SHACL)"},
    "shapes_intro": {
        "vi": "Mỗi ràng buộc là một vấn đề mà cán bộ có thể khắc phục, với mức độ, điều được kiểm tra, "
        "thông báo và cách khắc phục.",
        "en": "Each shape is a problem an official can fix, with its severity, what it checks, its message "
        "and what to do.",
    },
    "ontology": {"vi": "Bản thể học", "en": "Ontology"},
    "shape": {"vi": "Ràng buộc", "en": "Shape"},
    "severity": {"vi": "Mức độ", "en": "Severity"},
    "checks": {"vi": "Điều được kiểm tra", "en": "What it checks"},
    "message": {"vi": "Thông báo", "en": "Message"},
    "fix": {"vi": "Cách khắc phục", "en": "Suggested fix"},
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
