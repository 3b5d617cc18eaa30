"""A synthetic corpus of plan documents at the nation's scale, for benchmarks (``plankg synth``).

Seeded and reproducible: the same options write the same bytes. Each province of the reference
data (the 34 of today, or the 63 before 1 July 2025) gets a provincial plan implementing Decision
27; under it, commune plans (today's structure) or district plans (before 2025), each implementing
its province's plan. Documents are written in the formats the loaders read, in turn: Markdown with
a pipe-table appendix, .docx with a Word table, task sheets as .xlsx and .csv. Tasks follow
Decision 27's seven groups; a known share lacks a lead agency or a timeframe, and ``manifest.json``
says which, so that a build and its validation can be checked against what was written.
"""

from __future__ import annotations

import io
import json
import random
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import SKOS

from plankg.namespaces import PK

from .sheet_template import write_sheet

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
GROUPS = [
    "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách",
    "Truyền thông, giáo dục, vận động xã hội",
    "Nâng cao năng lực; phối hợp liên ngành; nhân rộng mô hình",
    "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em",
    "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em",
    "Ưu tiên bố trí kinh phí",
    "Hợp tác quốc tế",
]
ITEMS = [
    "Tiếp tục nghiên cứu, rà soát, tham mưu hoàn thiện chính sách để thúc đẩy việc thực hiện quyền trẻ em.",
    "Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội về quyền trẻ em.",
    "Nâng cao năng lực cho đội ngũ làm công tác trẻ em; đẩy mạnh phối hợp liên ngành, nhân rộng các mô hình.",
    "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em.",
    "Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ em.",
    "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách.",
    "Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ trẻ em có hoàn cảnh khó khăn.",
]
TASK_TEXTS = [
    [
        "Rà soát, đề xuất sửa đổi, bổ sung chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt",
        "Góp ý dự thảo văn bản quy phạm pháp luật liên quan đến trẻ em khi có đề nghị",
        "Rà soát các quy định về hỗ trợ trẻ em khuyết tật, trẻ em mồ côi",
    ],
    [
        "Tuyên truyền, phổ biến Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em",
        "Truyền thông bảo đảm mọi trẻ em được đăng ký khai sinh đúng hạn",
        "Tổ chức các hoạt động phòng, chống đuối nước cho trẻ em trong dịp hè",
        "Truyền thông phòng, chống bạo lực, xâm hại trẻ em trên hệ thống truyền thanh cơ sở",
    ],
    [
        "Tập huấn nâng cao năng lực cho người làm công tác trẻ em",
        "Duy trì, nhân rộng mô hình trường học an toàn, thân thiện",
        "Tăng cường phối hợp liên ngành trong bảo vệ trẻ em",
    ],
    [
        "Thực hiện chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt",
        "Phòng, chống suy dinh dưỡng, tiêm chủng mở rộng cho trẻ em dưới 5 tuổi",
        "Phòng, chống bạo lực học đường, bảo đảm giáo dục hòa nhập cho trẻ em khuyết tật",
        "Phòng, chống mua bán trẻ em, xâm hại trẻ em trên không gian mạng",
    ],
    [
        "Kiểm tra việc thực hiện quyền trẻ em tại cơ sở",
        "Cập nhật cơ sở dữ liệu về trẻ em, liên thông với cơ sở dữ liệu quốc gia về dân cư",
    ],
    ["Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm"],
    ["Vận động nguồn lực của các tổ chức quốc tế hỗ trợ trẻ em có hoàn cảnh khó khăn"],
]
TIMEFRAMES = [
    "Năm 2025",
    "Hằng năm",
    "Thường xuyên",
    "Quý III/2025",
    "2025 - 2030",
    "Trước ngày 31/12/2025",
    "Năm học 2025 - 2026",
    "Tháng 5 - tháng 8 hằng năm",
]
PROVINCE_AGENCIES = [
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Tư pháp",
    "Công an tỉnh",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
]
COMMUNE_AGENCIES = [
    "Phòng Văn hóa - Xã hội",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã",
    "Công an xã",
    "Trạm Y tế xã",
    "Đoàn Thanh niên xã",
    "Hội Liên hiệp Phụ nữ xã",
]
DISTRICT_AGENCIES = [
    "Phòng Lao động - Thương binh và Xã hội",
    "Phòng Giáo dục và Đào tạo",
    "Phòng Y tế",
    "Phòng Tư pháp",
    "Công an huyện",
    "Phòng Văn hóa và Thông tin",
    "Huyện đoàn",
]
NAME_WORDS = [
    "An", "Bình", "Hòa", "Phú", "Tân", "Thạnh", "Lợi", "Phước", "Hưng", "Long", "Thịnh", "Đông",
    "Tây", "Nam", "Bắc", "Trung", "Sơn", "Thủy", "Hải", "Minh", "Quang", "Thuận", "Vĩnh", "Xuân",
]  # fmt: skip
FORMATS = ("md", "docx", "xlsx", "csv")
FIXED_TIME = datetime(2025, 1, 1)


@dataclass
class Task:
    id: str
    text: str
    lead: str | None
    cooperating: list[str]
    timeframe: str | None

    @property
    def missing(self) -> list[str]:
        return [name for name, value in (("lead", self.lead), ("timeframe", self.timeframe)) if not value]


@dataclass
class Plan:
    file: str
    level: str  # province | district | commune
    locality: str  # as written after its unit type: "Kon Tum", "Hòa Bình 3"
    province: str
    number: str
    issued: date
    parent: tuple[str, date, str] | None  # number, date, issuing locality of the plan it implements
    tasks: list[Task] = field(default_factory=list)

    @property
    def leaf_tasks(self) -> int:
        return len(self.tasks)


@dataclass
class Manifest:
    seed: int
    documents: list[dict[str, object]] = field(default_factory=list)

    tasks: int = 0
    incomplete: int = 0

    def add(self, plan: Plan, record: dict[str, object]) -> None:
        self.documents.append(record)
        self.tasks += plan.leaf_tasks
        self.incomplete += sum(1 for task in plan.tasks if task.missing)

    def to_json(self) -> dict[str, object]:
        return {
            "seed": self.seed,
            "documents": len(self.documents),
            "tasks": self.tasks,
            "incomplete": self.incomplete,
            "plans": self.documents,
        }


def provinces(reference: Path, today: bool) -> list[str]:
    """The provinces' Vietnamese names: today's 34, or the 63 before 1 July 2025."""
    graph = Graph().parse(reference / "units.ttl", format="turtle")
    names = set()
    for kind in (PK.unitTypeProvince, PK.unitTypeCentralCity):
        for unit in graph.subjects(PK.unitType, kind):
            if today and (unit, PK.validUntil, None) in graph:
                continue  # absorbed on 1 July 2025
            labels = graph.objects(unit, SKOS.prefLabel)
            names |= {str(label) for label in labels if isinstance(label, Literal) and label.language == "vi"}
    return sorted(set(names))


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    ascii_text = "".join(c for c in ascii_text if not unicodedata.combining(c))
    return "-".join("".join(c if c.isalnum() else " " for c in ascii_text.lower()).split())


class Writer:
    """Draws the plans from one random generator, so that a seed fixes every byte."""

    def __init__(self, seed: int, tasks: int, incomplete_share: float):
        self.random = random.Random(seed)
        self.tasks = tasks
        self.incomplete_share = incomplete_share

    def draw_tasks(self, agencies: list[str]) -> list[Task]:
        per_group = [1] * len(GROUPS)
        for _ in range(max(0, self.tasks - len(GROUPS))):
            per_group[self.random.randrange(len(GROUPS))] += 1
        drawn = []
        for group, count in enumerate(per_group):
            for row in range(1, count + 1):
                text = self.random.choice(TASK_TEXTS[group])
                lead: str | None = self.random.choice(agencies)
                cooperating = self.random.sample(
                    [a for a in agencies if a != lead], k=self.random.randint(0, 2)
                )
                timeframe: str | None = self.random.choice(TIMEFRAMES)
                if self.random.random() < self.incomplete_share:
                    if self.random.random() < 0.5:
                        lead = None
                    else:
                        timeframe = None
                drawn.append(
                    Task(f"{ROMAN[group]}.{row}", f"{text} (nội dung {row})", lead, cooperating, timeframe)
                )
        return drawn

    def date_after(self, start: date, days: int) -> date:
        return start + timedelta(days=self.random.randint(1, days))

    def commune_names(self, count: int) -> Iterator[str]:
        seen: set[str] = set()
        while len(seen) < count:
            name = " ".join(self.random.sample(NAME_WORDS, 2))
            if name in seen:
                name = f"{name} {len(seen) + 1}"
            seen.add(name)
            yield name


def draw(
    reference: Path,
    today: bool,
    provinces_count: int | None,
    lower: int,
    writer: Writer,
) -> list[Plan]:
    """One structure's plans: provinces (all of the structure, or the first ``provinces_count``)
    and ``lower`` commune plans (today) or district plans (before 1 July 2025) spread over them."""
    names = provinces(reference, today)[:provinces_count]
    # Before the reorganisation plans were issued in the first half of 2025; after it, in the second.
    start = date(2025, 7, 1) if today else date(2025, 1, 3)
    numbers = range(301, 600) if today else range(10, 300)  # a province's plans of each period differ
    share = [lower // len(names) + (1 if i < lower % len(names) else 0) for i in range(len(names))]
    prefix = "today" if today else "before-2025"
    level = "commune" if today else "district"
    agencies = COMMUNE_AGENCIES if today else DISTRICT_AGENCIES
    plans: list[Plan] = []
    for index, province in enumerate(names):
        issued = writer.date_after(start, 60)
        number = f"{writer.random.choice(numbers)}/KH-UBND"
        base = f"{prefix}-{index:03d}-{slug(province)}"
        decision = ("27/QĐ-TTg", date(2025, 1, 3), "")
        tasks = writer.draw_tasks(PROVINCE_AGENCIES)
        plans.append(Plan(base, "province", province, province, number, issued, decision, tasks))
        for position, name in enumerate(writer.commune_names(share[index])):
            local_number = f"{writer.random.randint(1, 200)}/KH-UBND"
            local_issued = writer.date_after(issued, 90)
            plans.append(
                Plan(
                    f"{base}-{position:04d}-{slug(name)}", level, name, province, local_number, local_issued,
                    (number, issued, province), writer.draw_tasks(agencies),
                )
            )  # fmt: skip
    return plans


# -- writing ------------------------------------------------------------------------------------

UNIT_WORD = {"province": ("TỈNH", "tỉnh"), "district": ("HUYỆN", "huyện"), "commune": ("XÃ", "xã")}


DECISION_27 = "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"
PURPOSE = "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc"


def cited(plan: Plan) -> str:
    """The plan it implements, as the document cites it."""
    if plan.parent is None or plan.parent[0] == "27/QĐ-TTg":
        return DECISION_27
    number, issued, province = plan.parent
    return f"Kế hoạch số {number} ngày {issued:%d/%m/%Y} của Ủy ban nhân dân tỉnh {province}"


def _header(plan: Plan) -> list[str]:
    upper, lower = UNIT_WORD[plan.level]
    citation = cited(plan) + (f" ban hành Kế hoạch thực hiện {PURPOSE}" if cited(plan) == DECISION_27 else "")
    where = f"{lower} {plan.locality}"
    return [
        "ỦY BAN NHÂN DÂN  ",
        f"{upper} {plan.locality.upper()}",
        "",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM  ",
        "Độc lập - Tự do - Hạnh phúc",
        "",
        f"Số: {plan.number}",
        "",
        f"{plan.locality}, ngày {plan.issued.day:02d} tháng {plan.issued.month} năm {plan.issued.year}",
        "",
        "## KẾ HOẠCH",
        "",
        f"### Thực hiện {PURPOSE} trên địa bàn {where}",
        "",
        f"Thực hiện {citation}, Ủy ban nhân dân {where} ban hành Kế hoạch thực hiện như sau:",
        "",
        "#### I. MỤC ĐÍCH, YÊU CẦU",
        "",
        "Cụ thể hóa các nhiệm vụ, giải pháp bảo đảm thực hiện quyền trẻ em phù hợp với điều kiện "
        "thực tế của địa phương.",
        "",
        "#### II. NHIỆM VỤ VÀ GIẢI PHÁP",
        "",
        *[line for number, item in enumerate(ITEMS, 1) for line in (f"{number}. {item}", "")],
        "*(Nhiệm vụ cụ thể, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục kèm theo)*",
        "",
        "#### III. TỔ CHỨC THỰC HIỆN",
        "",
        "Các cơ quan, đơn vị căn cứ nhiệm vụ được giao tại Phụ lục tổ chức thực hiện.",
        "",
        "**TM. ỦY BAN NHÂN DÂN  ",
        "KT. CHỦ TỊCH  ",
        "PHÓ CHỦ TỊCH**",
        "",
        "**Nguyễn Văn An**",
        "",
    ]


def _table(plan: Plan) -> list[list[str]]:
    rows = [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]
    group = None
    for task in plan.tasks:
        numeral, row = task.id.split(".")
        if numeral != group:
            group = numeral
            rows.append([numeral, GROUPS[ROMAN.index(numeral)], "", "", ""])
        rows.append([row, task.text, task.lead or "", "; ".join(task.cooperating), task.timeframe or ""])
    return rows


def write_markdown(plan: Plan, path: Path) -> None:
    _, lower = UNIT_WORD[plan.level]
    issued_by = f"UBND {lower} {plan.locality}"
    lines = _header(plan)
    lines += [
        "---",
        "",
        "**PHỤ LỤC**  ",
        "**PHÂN CÔNG NHIỆM VỤ**  ",
        f"*(Kèm theo Kế hoạch số {plan.number} ngày {plan.issued:%d/%m/%Y} của {issued_by})*",
        "",
    ]
    table = _table(plan)
    lines.append("| " + " | ".join(table[0]) + " |")
    lines.append("|" + "---|" * len(table[0]))
    for row in table[1:]:
        cells = [f"**{cell}**" if row[2:] == ["", "", ""] and cell else cell for cell in row]
        lines.append("| " + " | ".join(cells) + " |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_docx(plan: Plan, path: Path) -> None:
    from docx import Document

    document = Document()
    for line in _header(plan):
        document.add_paragraph(line.strip().strip("*").lstrip("#").strip())
    document.add_paragraph("PHỤ LỤC")
    document.add_paragraph("PHÂN CÔNG NHIỆM VỤ")
    table = _table(plan)
    word_table = document.add_table(rows=0, cols=len(table[0]))
    for row in table:  # row by row: Table.cell(r, c) walks the whole table each time
        for cell, text in zip(word_table.add_row().cells, row, strict=True):
            cell.text = text
    document.core_properties.created = FIXED_TIME
    document.save(str(path))
    fix_zip_times(path)


def write_sheet_plan(plan: Plan, path: Path) -> None:
    _, lower = UNIT_WORD[plan.level]
    fields = [
        ["Trường", "Giá trị"],
        ["Số", plan.number],
        ["Ngày", f"{plan.issued:%d/%m/%Y}"],
        ["Loại văn bản", "Kế hoạch"],
        [
            "Trích yếu",
            f"Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em trên địa bàn {lower} {plan.locality}",
        ],
        ["Cơ quan ban hành", f"Ủy ban nhân dân {lower} {plan.locality}"],
        ["Cấp", lower],
        ["Địa bàn", plan.locality],
        *([["Thuộc tỉnh", plan.province]] if plan.level != "province" else []),
        ["Căn cứ", cited(plan)],
        ["Triển khai", cited(plan)],
        ["Người ký", "Nguyễn Văn An"],
        ["Chức vụ người ký", "Phó Chủ tịch"],
    ]
    write_sheet(path, fields, _table(plan))
    if path.suffix == ".xlsx":
        fix_zip_times(path)


def fix_zip_times(path: Path) -> None:
    """Rewrite a .docx or .xlsx (zip) with fixed times, so that a seed fixes every byte."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    # openpyxl stamps the time of saving as the document's modification time
    entries = [
        (name, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>2025-01-01T00:00:00Z", data))
        if name == "docProps/core.xml"
        else (name, data)
        for name, data in entries
    ]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
    path.write_bytes(buffer.getvalue())


STRUCTURES = ("today", "before-2025", "both")


def write_corpus(
    out: Path,
    reference: Path,
    structure: str = "both",
    provinces_count: int | None = None,
    districts: int = 705,
    communes: int = 3321,
    tasks: int = 25,
    seed: int = 0,
    incomplete_share: float = 0.1,
) -> Manifest:
    """Write the documents and manifest.json into ``out``; return the manifest. ``structure``:
    today's (34 provinces and their communes), the one before 1 July 2025 (63 provinces and their
    districts), or both."""
    if structure not in STRUCTURES:
        raise ValueError(f"structure {structure!r}: one of {', '.join(STRUCTURES)}")
    out.mkdir(parents=True, exist_ok=True)
    writer = Writer(seed, tasks, incomplete_share)
    plans: list[Plan] = []
    if structure in ("before-2025", "both"):
        plans += draw(reference, False, provinces_count, districts, writer)
    if structure in ("today", "both"):
        plans += draw(reference, True, provinces_count, communes, writer)
    manifest = Manifest(seed)
    for index, plan in enumerate(plans):
        kind = FORMATS[index % len(FORMATS)]
        path = out / f"{plan.file}.{kind}"
        {"md": write_markdown, "docx": write_docx, "xlsx": write_sheet_plan, "csv": write_sheet_plan}[kind](
            plan, path
        )
        record = {k: v for k, v in asdict(plan).items() if k not in ("tasks", "parent", "issued", "file")}
        record.update(
            file=path.name,
            issued=plan.issued.isoformat(),
            parent=None
            if plan.parent is None
            else {"number": plan.parent[0], "date": plan.parent[1].isoformat()},
            tasks=plan.leaf_tasks,
            incomplete={task.id: task.missing for task in plan.tasks if task.missing},
        )
        manifest.add(plan, record)
    (out / "manifest.json").write_text(
        json.dumps(manifest.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return manifest
