"""Synthetic provincial plans printed to PDF and extracted as text by pdfminer, with their truth.

Text extracted from PDF is the layout whose readings vary most: the extractor writes a table's
cells in an order of its own, which depends on the columns' order and widths, the group rows,
repeated headers, page numbers and where pages break. Hand-written corpora meet a few of these
combinations; this generator draws many from a seed, each with its truth known by construction
(it holds the cells it printed), so the reader can be measured over layouts nobody wrote by hand.

    python -m tests.support.synthetic_pdf OUT_DIR [FIRST_SEED] [COUNT]

writes OUT_DIR/s<seed>.txt and OUT_DIR/s<seed>.truth.json (tests/corpus_spec.md); score them with
``python -m tests.support.scoring OUT_DIR``. The same seed gives the same files.
"""

from __future__ import annotations

import io
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import font_roboto

FONTS = Path(font_roboto.__file__).parent / "files"

PROVINCES = ("Bình Định", "Phú Yên", "Kiên Giang", "Hưng Yên", "Nam Định", "Long An", "Bình Dương", "Lào Cai")
SIGNERS = ("Nguyễn Văn Hải", "Trần Thị Thu Hà", "Lê Minh Tuấn", "Phạm Quốc Bảo", "Hoàng Thị Lan")
TASKS = (
    "Rà soát, đề xuất sửa đổi, bổ sung các chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt trên địa bàn tỉnh.",
    "Tuyên truyền Luật Trẻ em và các khuyến nghị của Ủy ban về quyền trẻ em trên báo chí, hệ thống "
    "thông tin cơ sở.",
    "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em cấp tỉnh.",
    "Giáo dục kỹ năng sống, kỹ năng phòng, chống xâm hại, đuối nước cho học sinh.",
    "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức cấp xã và cộng tác viên thôn, tổ dân phố.",
    "Bố trí phòng lấy lời khai thân thiện với trẻ em tại cơ quan điều tra.",
    "Nâng cao chất lượng khám, chữa bệnh cho trẻ em; phòng, chống suy dinh dưỡng thấp còi.",
    "Kiểm tra liên ngành việc thực hiện quyền trẻ em tại một số địa phương.",
    "Cập nhật cơ sở dữ liệu về trẻ em, kết nối với cơ sở dữ liệu quốc gia về dân cư.",
    "Xây dựng báo cáo của tỉnh phục vụ Báo cáo quốc gia về thực hiện Công ước về quyền trẻ em.",
    "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
    "Vận động nguồn lực của các tổ chức, cá nhân cho các chương trình, dự án về trẻ em.",
    "Duy trì mô hình trường học an toàn, thân thiện và phòng tham vấn tâm lý học đường.",
    "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống tại vùng đồng bào dân tộc thiểu số.",
    "Hỗ trợ trẻ em bị xâm hại, trẻ em bị bạo lực được tiếp cận dịch vụ tư vấn, trợ giúp pháp lý.",
    "Phát triển mạng lưới cơ sở cung cấp dịch vụ công tác xã hội đối với trẻ em.",
    "Tổ chức các hoạt động vui chơi, giải trí, thể thao cho trẻ em dịp hè.",
    "Đăng ký khai sinh đúng hạn, cấp mã số định danh cá nhân cho trẻ em.",
)
GROUPS = (
    "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH",
    "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI",
    "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH",
    "PHÁT TRIỂN DỊCH VỤ BẢO VỆ, CHĂM SÓC TRẺ EM",
    "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU",
    "NGUỒN LỰC VÀ HỢP TÁC QUỐC TẾ",
)
AGENCIES = (
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Tư pháp",
    "Sở Nội vụ",
    "Sở Tài chính",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Dân tộc và Tôn giáo",
    "Sở Khoa học và Công nghệ",
    "Công an tỉnh",
    "Tòa án nhân dân tỉnh",
    "Viện Kiểm sát nhân dân tỉnh",
    "Tỉnh đoàn",
    "Hội Liên hiệp Phụ nữ tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Văn phòng UBND tỉnh",
    "Báo và Phát thanh, Truyền hình tỉnh",
)
COLLECTIVES = ("UBND các xã, phường", "Các sở, ban, ngành liên quan", "UBND các huyện, thị xã, thành phố")
TIMEFRAMES = (
    "Hằng năm",
    "Thường xuyên",
    "Năm 2025",
    "2025 - 2030",
    "Quý IV/2025",
    "Quý III/2025 và hằng năm",
    "Năm học 2025 - 2026",
    "Tháng 6 hằng năm",
    "Trước ngày 30/9/2025",
    "Theo yêu cầu",
    "Giai đoạn 2026 - 2030",
)
NOTES = (
    "Báo cáo kết quả",
    "Kế hoạch, báo cáo",
    "Lớp tập huấn",
    "Chuyên mục, tin bài",
    "Dữ liệu được cập nhật",
    "",
)
HEADERS = {
    "number": ("STT", "TT"),
    "task": ("Nội dung nhiệm vụ", "Nhiệm vụ", "Nội dung công việc"),
    "lead": ("Cơ quan chủ trì", "Đơn vị chủ trì", "Chủ trì"),
    "cooperating": ("Cơ quan phối hợp", "Đơn vị phối hợp", "Phối hợp"),
    "timeframe": ("Thời gian thực hiện", "Thời gian hoàn thành", "Thời hạn"),
    "notes": ("Ghi chú", "Sản phẩm", "Sản phẩm dự kiến"),
}
ROMAN = ("I", "II", "III", "IV", "V", "VI")


@dataclass
class Layout:
    columns: list[str]  # roles, "number" first
    widths: list[float]  # shares of the table's width
    landscape: bool
    repeat_header: bool
    split_rows: bool
    group_spans: bool
    letters: bool  # groups A, B rather than I, II
    page_numbers: str  # "none", "bottom", "top", "trang"
    font_size: float
    dotted: bool = False  # groups 1, 2 over rows 1.1, 1.2 (overrides ``letters``)


def draw_layout(rng: random.Random) -> Layout:
    # The lead column comes before the cooperating one in every plan seen; the timeframe goes
    # last, first or between them.
    orders = (
        ["lead", "cooperating", "timeframe"],
        ["timeframe", "lead", "cooperating"],
        ["lead", "timeframe", "cooperating"],
    )
    fields = list(orders[0] if rng.random() < 0.5 else rng.choice(orders))
    columns = ["number", "task", *fields]
    if rng.random() < 0.5:
        columns.insert(rng.choice([2, len(columns)]), "notes")
    share = {"number": 0.05, "task": 0.36, "lead": 0.15, "cooperating": 0.2, "timeframe": 0.12, "notes": 0.12}
    widths = [share[c] * rng.uniform(0.8, 1.25) for c in columns]
    return Layout(
        columns=columns,
        widths=widths,
        landscape=rng.random() < 0.5,
        repeat_header=rng.random() < 0.5,
        split_rows=rng.random() < 0.4,
        group_spans=rng.random() < 0.6,
        letters=rng.random() < 0.3,
        page_numbers=rng.choice(("none", "bottom", "top", "trang")),
        font_size=rng.choice((9.0, 10.0, 11.0)),
    )


def draw_rows(rng: random.Random) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    texts = rng.sample(TASKS, len(TASKS))  # no task twice in a plan
    for group in rng.sample(GROUPS, rng.randint(3, 5)):
        rows.append({"group": group})
        for _ in range(rng.randint(1, 3)):
            leads = [rng.choice(AGENCIES)] if rng.random() < 0.85 else [rng.choice(COLLECTIVES)]
            if rng.random() < 0.08:
                leads.append(rng.choice([a for a in AGENCIES if a not in leads]))
            partners = rng.sample([a for a in (*AGENCIES, *COLLECTIVES) if a not in leads], rng.randint(0, 3))
            rows.append(
                {
                    "task": texts.pop(),
                    "lead": leads,
                    "cooperating": partners,
                    "timeframe": rng.choice(TIMEFRAMES),
                    "notes": rng.choice(NOTES),
                }
            )
    return rows


def plan(seed: int) -> tuple[str, dict[str, Any]]:
    """The extracted text of plan ``seed`` and its truth."""
    rng = random.Random(seed)
    layout = draw_layout(rng)
    # Drawn apart, so that the seeds drawn before this knob existed keep their layouts.
    layout.dotted = random.Random(f"{seed}-numbering").random() < 0.25
    rows = draw_rows(rng)
    province = rng.choice(PROVINCES)
    number = f"{rng.randint(10, 999)}/KH-UBND"
    day, month = rng.randint(1, 28), rng.randint(2, 12)
    signer = rng.choice(SIGNERS)
    groups = [row["group"] for row in rows if "group" in row]
    text = _extract(_pdf(layout, rows, province, number, (day, month), signer, groups))
    return text, _truth(seed, layout, rows, province, number, (day, month), signer, groups)


def _truth(
    seed: int,
    layout: Layout,
    rows: list[dict[str, Any]],
    province: str,
    number: str,
    date: tuple[int, int],
    signer: str,
    groups: list[str],
) -> dict[str, Any]:
    tasks: list[dict[str, Any]] = [
        {
            "id": str(k),
            "lead": [],
            "cooperating": [],
            "timeframe": None,
            "text_starts": _starts(title.capitalize()),
        }
        for k, title in enumerate(groups, 1)
    ]
    group, row_number = "", 0
    for row in rows:
        if "group" in row:
            group, row_number = _numerals(layout)[groups.index(row["group"])], 0
            continue
        row_number += 1
        tasks.append(
            {
                "id": f"{group}.{row_number}",
                "lead": row["lead"],
                "cooperating": row["cooperating"],
                "timeframe": row["timeframe"] if "timeframe" in layout.columns else None,
                "text_starts": _starts(row["task"]),
            }
        )
    return {
        "file": f"s{seed}.txt",
        "layout": "L1",
        "plan": {
            "number": number,
            "date": f"2025-{date[1]:02d}-{date[0]:02d}",
            "level": "province",
            "locality": province,
            "signer": signer,
            "parent": {"number": "27/QĐ-TTg", "date": "2025-01-03"},
        },
        "appendix": "present",
        "tasks": tasks,
    }


def _numerals(layout: Layout) -> tuple[str, ...]:
    if layout.dotted:
        return tuple(str(n) for n in range(1, 7))
    return tuple("ABCDEF") if layout.letters else ROMAN


def _starts(text: str) -> str:
    return " ".join(text.split()[:6])


def _body(province: str, number: str, date: tuple[int, int], groups: list[str]) -> list[tuple[str, str]]:
    day, month = date
    items = [("P", f"{k}. {title.capitalize()}.") for k, title in enumerate(groups, 1)]
    return [
        ("c", "ỦY BAN NHÂN DÂN"),
        ("c", f"TỈNH {province.upper()}"),
        ("n", f"Số: {number}"),
        ("i", f"{province}, ngày {day} tháng {month} năm 2025"),
        ("C", "KẾ HOẠCH"),
        ("c", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc"),
        (
            "P",
            "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
            "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
        ),
        ("P", f"Ủy ban nhân dân tỉnh {province} ban hành Kế hoạch thực hiện như sau:"),
        ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "P",
            "Cụ thể hóa các nhiệm vụ được giao tại Quyết định số 27/QĐ-TTg, phù hợp với tình hình của tỉnh.",
        ),
        ("H", "II. NHIỆM VỤ, GIẢI PHÁP"),
        *items,
        ("P", "(Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
        ("H", "III. KINH PHÍ THỰC HIỆN"),
        ("P", "Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp và các nguồn hợp pháp khác."),
        ("H", "IV. TỔ CHỨC THỰC HIỆN"),
        ("P", "Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Y tế trước ngày 15/12 hằng năm."),
    ]


def _pdf(
    layout: Layout,
    rows: list[dict[str, Any]],
    province: str,
    number: str,
    date: tuple[int, int],
    signer: str,
    groups: list[str],
) -> bytes:
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        BaseDocTemplate,
        Frame,
        NextPageTemplate,
        PageBreak,
        PageTemplate,
        Paragraph,
        Table,
        TableStyle,
    )

    rl_config.invariant = 1
    for name in ("Regular", "Bold", "Italic"):
        pdfmetrics.registerFont(TTFont(f"Roboto-{name}", str(FONTS / f"Roboto-{name}.ttf")))

    def style(font: str, size: float, align: int = TA_LEFT) -> ParagraphStyle:
        return ParagraphStyle(
            font + str(size) + str(align),
            fontName=font,
            fontSize=size,
            leading=size * 1.25,
            alignment=align,
            spaceAfter=3,
        )

    body = {
        "P": style("Roboto-Regular", 12),
        "H": style("Roboto-Bold", 12),
        "c": style("Roboto-Bold", 12, TA_CENTER),
        "C": style("Roboto-Bold", 14, TA_CENTER),
        "i": style("Roboto-Italic", 12, TA_CENTER),
        "n": style("Roboto-Regular", 12, TA_CENTER),
    }
    cell = style("Roboto-Regular", layout.font_size)
    bold = style("Roboto-Bold", layout.font_size)
    centred = style("Roboto-Regular", layout.font_size, TA_CENTER)

    def number_page(canvas: Any, document: Any) -> None:
        if layout.page_numbers == "none" or document.page == 1:
            return
        width, height = canvas._pagesize
        canvas.setFont("Roboto-Regular", 10)
        text = f"Trang {document.page}" if layout.page_numbers == "trang" else str(document.page)
        if layout.page_numbers == "top":
            canvas.drawCentredString(width / 2, height - 1.2 * cm, text)
        else:
            canvas.drawRightString(width - 2 * cm, 1.0 * cm, text)

    portrait_size = A4
    table_size = landscape(A4) if layout.landscape else A4
    buffer = io.BytesIO()
    document = BaseDocTemplate(buffer, pagesize=A4, invariant=1)
    document.addPageTemplates(
        [
            PageTemplate(
                id=name,
                frames=[Frame(2 * cm, 2 * cm, size[0] - 4 * cm, size[1] - 4 * cm)],
                onPage=number_page,
                pagesize=size,
            )
            for name, size in (("body", portrait_size), ("table", table_size))
        ]
    )
    story: list[Any] = [
        Paragraph(escape(text), body[kind]) for kind, text in _body(province, number, date, groups)
    ]
    foot = Table(
        [
            [
                [
                    Paragraph("Nơi nhận:", body["H"]),
                    Paragraph("- Sở Y tế;", body["P"]),
                    Paragraph("- Lưu: VT.", body["P"]),
                ],
                [
                    Paragraph("TM. ỦY BAN NHÂN DÂN", body["c"]),
                    Paragraph("CHỦ TỊCH", body["c"]),
                    Paragraph(signer, body["c"]),
                ],
            ]
        ]
    )
    story += [foot, NextPageTemplate("table"), PageBreak()]
    story += [
        Paragraph("PHỤ LỤC", body["c"]),
        Paragraph("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM", body["c"]),
        Paragraph(escape(f"(Kèm theo Kế hoạch số {number} của UBND tỉnh {province})"), body["i"]),
    ]
    rng = random.Random(len(rows))
    header = [Paragraph(rng.choice(HEADERS[role]), bold) for role in layout.columns]
    data: list[list[Any]] = [header]
    commands: list[Any] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    numerals = _numerals(layout)
    group_count, row_number = 0, 0
    for row in rows:
        if "group" in row:
            numeral = numerals[group_count]
            group_count, row_number = group_count + 1, 0
            line = [Paragraph(numeral, bold), Paragraph(escape(row["group"]), bold)]
            data.append(line + [""] * (len(layout.columns) - 2))
            if layout.group_spans:
                commands.append(("SPAN", (1, len(data) - 1), (-1, len(data) - 1)))
            continue
        row_number += 1
        values = {
            "number": f"{numerals[group_count - 1]}.{row_number}" if layout.dotted else str(row_number),
            "task": row["task"],
            "lead": "; ".join(row["lead"]),
            "cooperating": "; ".join(row["cooperating"]),
            "timeframe": row["timeframe"],
            "notes": row["notes"],
        }
        data.append(
            [
                Paragraph(escape(values[role]), centred if role == "number" else cell)
                for role in layout.columns
            ]
        )
    width = table_size[0] - 4 * cm
    scale = width / sum(layout.widths)
    table = Table(
        data,
        colWidths=[share * scale for share in layout.widths],
        repeatRows=int(layout.repeat_header),
        splitInRow=int(layout.split_rows),
    )
    table.setStyle(TableStyle(commands))
    story.append(table)
    document.build(story)
    return buffer.getvalue()


def _extract(pdf: bytes) -> str:
    from pdfminer.high_level import extract_text

    return str(extract_text(io.BytesIO(pdf)))


def main(directory: str, first: int = 0, count: int = 20) -> int:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    for seed in range(first, first + count):
        text, truth = plan(seed)
        (out / f"s{seed}.txt").write_text(text, encoding="utf-8")
        (out / f"s{seed}.truth.json").write_text(
            json.dumps(truth, ensure_ascii=False, indent=2), encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], *(int(arg) for arg in sys.argv[2:4])))
