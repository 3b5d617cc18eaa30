"""Generate the binary and PDF-extracted documents of the development corpus.

Run with the project's interpreter, from anywhere:

    /work/main/.venv/bin/python tests/corpus/generate.py

It (re)writes, in this directory:

- quang-nam-2025-pdf.txt   L1: text extracted (pdfminer) from a PDF built here (PDF not kept)
- hoi-an-2025-pdf.txt      L1: same, PDF whose header block is missing (scanned header lost)
- bo-gddt-2025.docx        L8: Word document, appendix as a real Word table
- ha-noi-2025-grid.pdf     L9: PDF, appendix as a ruled (GRID) table
- lam-dong-2025-task-sheet.xlsx          L10: task sheet workbook
- huyen-kien-xuong-2025-task-sheet.csv   L10: task sheet as CSV

Output is deterministic: fixed document metadata, reportlab invariant mode, fixed
timestamps inside the .docx/.xlsx zip containers.
"""

import csv
import io
import os
import re
import zipfile
from datetime import datetime

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1  # no creation date / random id in PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- fonts / styles

_FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
pdfmetrics.registerFont(TTFont("Roboto", os.path.join(_FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(_FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(_FONT_DIR, "Roboto-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-BoldItalic", os.path.join(_FONT_DIR, "Roboto-BoldItalic.ttf")))
pdfmetrics.registerFontFamily(
    "Roboto", normal="Roboto", bold="Roboto-Bold", italic="Roboto-Italic", boldItalic="Roboto-BoldItalic"
)

ST_BODY = ParagraphStyle(
    "body",
    fontName="Roboto",
    fontSize=12,
    leading=16,
    alignment=TA_JUSTIFY,
    firstLineIndent=1 * cm,
    spaceAfter=4,
)
ST_HEAD = ParagraphStyle("head", parent=ST_BODY, fontName="Roboto-Bold", firstLineIndent=1 * cm)
ST_CENTER = ParagraphStyle("center", fontName="Roboto", fontSize=12, leading=15, alignment=TA_CENTER)
ST_CENTER_B = ParagraphStyle("centerb", parent=ST_CENTER, fontName="Roboto-Bold")
ST_TITLE = ParagraphStyle(
    "title", parent=ST_CENTER, fontName="Roboto-Bold", fontSize=14, leading=18, spaceBefore=10
)
ST_SMALL = ParagraphStyle("small", fontName="Roboto", fontSize=9, leading=11, alignment=TA_LEFT)
ST_CELL = ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12, alignment=TA_LEFT)
ST_CELL_C = ParagraphStyle("cellc", parent=ST_CELL, alignment=TA_CENTER)
ST_CELL_B = ParagraphStyle("cellb", parent=ST_CELL, fontName="Roboto-Bold")
ST_CELL_BC = ParagraphStyle("cellbc", parent=ST_CELL_B, alignment=TA_CENTER)
ST_FOOT = ParagraphStyle("foot", fontName="Roboto", fontSize=9, leading=11)


# ---------------------------------------------------------------- PDF machinery


class FootnoteMark(Flowable):
    """Zero-size flowable: registers a footnote text for the page it lands on."""

    def __init__(self, doc_state, text):
        super().__init__()
        self.state = doc_state
        self.text = text
        self.width = self.height = 0

    def wrap(self, availWidth, availHeight):
        return (0, 0)

    def draw(self):
        self.state.setdefault("notes", []).append(self.text)


def _page_end(state):
    def on_end(canv, doc):
        notes = state.pop("notes", [])
        if not notes:
            return
        y = 2.0 * cm
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(
            3 * cm, y + 0.35 * cm + 0.45 * cm * len(notes), 9 * cm, y + 0.35 * cm + 0.45 * cm * len(notes)
        )
        for i, note in enumerate(notes):
            p = Paragraph(note, ST_FOOT)
            w, h = p.wrap(16 * cm, 3 * cm)
            p.drawOn(canv, 3 * cm, y + 0.45 * cm * (len(notes) - 1 - i))
        canv.restoreState()

    return on_end


def _page_number(canv, doc):
    page = canv.getPageNumber()
    if page > 1:
        canv.saveState()
        canv.setFont("Roboto", 11)
        canv.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(page))
        canv.restoreState()


def build_pdf(flowables_fn, title, author):
    """Build a PDF into bytes. flowables_fn(state) returns the story."""
    state = {}
    buf = io.BytesIO()
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=3 * cm,
        rightMargin=2 * cm,
        topMargin=2 * cm,
        bottomMargin=2.6 * cm,
        title=title,
        author=author,
        subject=title,
        creator="plankg corpus generator",
        producer="ReportLab",
        invariant=1,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="main")
    doc.addPageTemplates(
        [PageTemplate(id="p", frames=[frame], onPage=_page_number, onPageEnd=_page_end(state))]
    )
    doc.build(flowables_fn(state))
    return buf.getvalue()


def P(text, style=ST_BODY):
    return Paragraph(text, style)


def header_table(left, right, widths=(6.3 * cm, 9.7 * cm)):
    rows = []
    n = max(len(left), len(right))
    left = left + [""] * (n - len(left))
    right = right + [""] * (n - len(right))
    for a, b in zip(left, right):
        rows.append([P(a, ST_CENTER) if a else "", P(b, ST_CENTER) if b else ""])
    t = Table(rows, colWidths=list(widths))
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return t


def signature_table(recipients, sign_lines, name):
    left = [P("<b><i>Nơi nhận:</i></b>", ST_SMALL)] + [P(r, ST_SMALL) for r in recipients]
    right = [P("<b>%s</b>" % s, ST_CENTER) for s in sign_lines] + [
        Spacer(1, 2.2 * cm),
        P("<b>%s</b>" % name, ST_CENTER),
    ]
    t = Table([[left, right]], colWidths=[7.5 * cm, 8.5 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def task_table(header, widths, rows, header_styles=None):
    """rows: ("g", numeral, title) group rows or ("r", stt, *cells) task rows."""
    ncol = len(header)
    data = [[P(h, ST_CELL_BC) for h in header]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in rows:
        r = len(data)
        if row[0] == "g":
            data.append(
                [P("<b>%s</b>" % row[1], ST_CELL_BC), P("<b>%s</b>" % row[2], ST_CELL_B)] + [""] * (ncol - 2)
            )
            style.append(("SPAN", (1, r), (ncol - 1, r)))
        else:
            cells = [P(row[1], ST_CELL_C)] + [P(c, ST_CELL) for c in row[2:]]
            data.append(cells)
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def extract_pdf_text(pdf_bytes):
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(pdf_bytes))


# ---------------------------------------------------------------- zip normalisation


def normalise_zip(path, core_date="2025-01-01T00:00:00Z"):
    """Rewrite an OOXML zip with fixed entry timestamps and fixed core.xml dates."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(
                    r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % core_date, text
                )
                text = re.sub(
                    r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % core_date, text
                )
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ================================================================ L1: Quảng Nam (province, Feb 2025)

QN_RECIPIENTS = [
    "- Bộ Lao động - Thương binh và Xã hội (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
    "- CT, các PCT UBND tỉnh;",
    "- UBMTTQ Việt Nam tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các huyện, thị xã, thành phố;",
    "- CPVP;",
    "- Lưu: VT, KGVX.",
]

QN_ROWS = [
    (
        "g",
        "I",
        "Tham gia xây dựng và hoàn thiện hệ thống pháp luật, chính sách để thúc đẩy việc thực hiện quyền trẻ em",
    ),
    (
        "r",
        "1",
        "Nghiên cứu, rà soát, góp ý xây dựng, sửa đổi, bổ sung pháp luật, chính sách về trẻ em, trẻ em khuyết tật, lao động trẻ em, trẻ em lang thang; đề xuất nâng độ tuổi trẻ em khi có đề nghị của cơ quan có thẩm quyền.",
        "Sở Lao động - Thương binh và Xã hội",
        "Các sở, ban, ngành liên quan; UBND các huyện, thị xã, thành phố",
        "Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan.",
    ),
    (
        "r",
        "2",
        "Nghiên cứu, góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự và khả năng gia nhập các công ước có liên quan về không quốc tịch.",
        "Sở Tư pháp",
        "Công an tỉnh; Sở Lao động - Thương binh và Xã hội",
        "Khi có yêu cầu",
    ),
    (
        "g",
        "II",
        "Đẩy mạnh công tác truyền thông, nâng cao nhận thức, trách nhiệm của các cấp, các ngành và Nhân dân trong thực hiện quyền trẻ em",
    ),
    (
        "r",
        "1",
        "Tuyên truyền sâu rộng nội dung Quyết định số 27/QĐ-TTg và Kế hoạch này; truyền thông về Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em.",
        "Sở LĐTBXH",
        "Sở Thông tin và Truyền thông; Báo Quảng Nam; Đài Phát thanh - Truyền hình Quảng Nam",
        "Thường xuyên hằng năm",
    ),
    (
        "r",
        "2",
        "Truyền thông, hướng dẫn kỹ năng phòng, chống đuối nước cho trẻ em, học sinh vùng ven biển, ven sông.",
        "Sở Giáo dục và Đào tạo",
        "Sở Lao động - Thương binh và Xã hội; Tỉnh đoàn",
        "Tháng 5 - tháng 8 hằng năm",
    ),
    (
        "r",
        "3",
        "Truyền thông về quyền trẻ em, phòng, chống tảo hôn cho đồng bào Cơ Tu, Xơ Đăng, Giẻ Triêng tại các huyện miền núi.",
        "Ban Dân tộc tỉnh",
        "UBND các huyện miền núi",
        "2025 - 2030",
    ),
    (
        "g",
        "III",
        "Nâng cao năng lực chuyên môn, nghiệp vụ; phối hợp liên ngành và xây dựng, triển khai mô hình bảo đảm thực hiện quyền trẻ em",
    ),
    (
        "r",
        "1",
        "Tăng cường hiệu quả hoạt động liên ngành, kết nối Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.",
        "Sở LĐTBXH",
        "Công an tỉnh; Sở Y tế",
        "Thường xuyên",
    ),
    (
        "r",
        "2",
        "Bồi dưỡng, nâng cao năng lực cho viên chức tư vấn học sinh; bồi dưỡng giáo viên về hỗ trợ học sinh khuyết tật học hòa nhập.",
        "Sở Giáo dục và Đào tạo",
        "Sở Lao động - Thương binh và Xã hội",
        "Năm học 2025 - 2026",
    ),
    ("g", "IV", "Triển khai dịch vụ đáp ứng thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em"),
    (
        "r",
        "1",
        "Tổ chức triển khai các chính sách trợ giúp xã hội, an sinh xã hội bảo đảm mức sống tối thiểu cho trẻ em; chăm sóc thay thế cho trẻ em có hoàn cảnh đặc biệt.",
        "Sở LĐTBXH",
        "Sở Tài chính; UBND các huyện, thị xã, thành phố",
        "Hằng năm",
    ),
    (
        "r",
        "2",
        "Tăng cường tiếp cận các dịch vụ y tế có chất lượng; phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng sữa mẹ; chăm sóc sức khỏe tâm thần trẻ em.",
        "Sở Y tế",
        "Sở LĐTBXH; Hội Liên hiệp Phụ nữ tỉnh",
        "Giai đoạn 2026-2030",
    ),
    (
        "r",
        "3",
        "Nghiên cứu đề xuất giải pháp giảm thiểu tác động của biến đổi khí hậu, thiên tai, ô nhiễm không khí ảnh hưởng đến sức khỏe của trẻ em.",
        "Sở Tài nguyên và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn; UBND các huyện, thị xã, thành phố",
        "2025 - 2030",
    ),
    ("g", "V", "Kiểm tra, thanh tra, xây dựng cơ sở dữ liệu về trẻ em"),
    (
        "r",
        "1",
        "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về bảo đảm quyền trẻ em.",
        "Sở LĐTBXH",
        "Thanh tra tỉnh; các sở, ngành liên quan",
        "Quý III/2025",
    ),
    (
        "r",
        "2",
        "Lồng ghép thu thập thông tin và khai thác dữ liệu hành chính hiện có về trẻ em; tăng cường chất lượng thống kê, theo dõi tình hình trẻ em.",
        "Sở Kế hoạch và Đầu tư; Cục Thống kê tỉnh",
        "Sở Lao động - Thương binh và Xã hội",
        "Trước ngày 30/9/2025",
    ),
    ("g", "VI", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em"),
    (
        "r",
        "",
        "Tham mưu ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em phù hợp với khả năng cân đối ngân sách nhà nước theo quy định.",
        "Sở Tài chính",
        "Sở Lao động - Thương binh và Xã hội",
        "Hằng năm",
    ),
    (
        "g",
        "VII",
        "Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em phù hợp với các chuẩn mực, thông lệ quốc tế",
    ),
    (
        "r",
        "",
        "Tăng cường vận động có hiệu quả sự hỗ trợ nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ thực hiện các dự án hỗ trợ trẻ em.",
        "Sở Ngoại vụ",
        "Sở LĐTBXH; các địa phương, đơn vị liên quan",
        "Thường xuyên",
    ),
]


def story_quang_nam(state):
    s = []
    s.append(
        header_table(
            ["ỦY BAN NHÂN DÂN", "<b>TỈNH QUẢNG NAM</b>", "", "Số: 1187/KH-UBND"],
            [
                "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>",
                "<b>Độc lập - Tự do - Hạnh phúc</b>",
                "",
                "<i>Quảng Nam, ngày 20 tháng 02 năm 2025</i>",
            ],
        )
    )
    s.append(P("KẾ HOẠCH", ST_TITLE))
    s.append(
        P(
            "<b>Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
            "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Quảng Nam</b>",
            ST_CENTER,
        )
    )
    s.append(Spacer(1, 0.4 * cm))
    s.append(
        P(
            "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
            "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (sau đây viết tắt là Quyết định số 27/QĐ-TTg); "
            "theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 35/TTr-SLĐTBXH ngày 10/02/2025, "
            "UBND tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh, cụ thể như sau:"
        )
    )
    s.append(P("I. MỤC ĐÍCH, YÊU CẦU", ST_HEAD))
    s.append(P("<b>1. Mục đích</b>"))
    s.append(
        P(
            "Cụ thể hóa và triển khai các nhiệm vụ, giải pháp thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
            "Liên hợp quốc theo chỉ đạo của Thủ tướng Chính phủ; nâng cao nhận thức, trách nhiệm của các cấp, các ngành "
            "và Nhân dân trong việc bảo đảm thực hiện quyền trẻ em."
        )
    )
    s.append(P("<b>2. Yêu cầu</b>"))
    s.append(
        P(
            "Bám sát nội dung Quyết định số 27/QĐ-TTg và tình hình thực tế của địa phương; xác định rõ nhiệm vụ, "
            "giải pháp và phân công trách nhiệm cụ thể cho từng cơ quan, đơn vị; lồng ghép với các chương trình, "
            "đề án về trẻ em đang triển khai trên địa bàn tỉnh."
        )
    )
    s.append(P("II. NHIỆM VỤ VÀ GIẢI PHÁP", ST_HEAD))
    items = [
        (
            "1. Tham gia xây dựng và hoàn thiện hệ thống pháp luật, chính sách về trẻ em",
            [
                "- Kịp thời nghiên cứu, tham gia góp ý xây dựng, hoàn thiện hệ thống pháp luật, chính sách để thúc đẩy việc "
                "thực hiện quyền trẻ em phù hợp với Công ước của Liên hợp quốc về quyền trẻ em.",
                "- Thường xuyên rà soát, kịp thời đề xuất cấp có thẩm quyền sửa đổi, bổ sung các chính sách đối với trẻ em "
                "bảo đảm phù hợp với tình hình thực tế của địa phương.",
            ],
        ),
        (
            "2. Đẩy mạnh công tác truyền thông, nâng cao nhận thức, trách nhiệm của các cấp, các ngành và Nhân dân trong thực hiện quyền trẻ em",
            [
                "- Tuyên truyền sâu rộng Quyết định số 27/QĐ-TTg và Kế hoạch này bằng nhiều hình thức phong phú, phù hợp "
                "với từng địa bàn, nhất là vùng đồng bào dân tộc thiểu số miền núi và vùng ven biển."
            ],
        ),
        (
            "3. Nâng cao năng lực cho cán bộ, người làm công tác bảo vệ trẻ em; tăng cường phối hợp liên ngành",
            [
                "- Tăng cường đào tạo, bồi dưỡng chuyên môn, nghiệp vụ cho đội ngũ làm công tác trẻ em ở các cấp; "
                "nghiên cứu áp dụng và nhân rộng các mô hình về chăm sóc, giáo dục và bảo vệ trẻ em."
            ],
        ),
        (
            "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em",
            [
                "- Tăng cường năng lực cho các cơ sở cung cấp dịch vụ chăm sóc và bảo vệ trẻ em; phát triển dịch vụ hỗ trợ "
                "phòng ngừa, phát hiện sớm, tư vấn, tham vấn cho trẻ em có hoàn cảnh đặc biệt."
            ],
        ),
        (
            "5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ em",
            [
                "- Xây dựng kế hoạch kiểm tra, giám sát, đánh giá việc thực hiện quyền trẻ em hằng năm; cập nhật cơ sở dữ "
                "liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư."
            ],
        ),
        (
            "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em",
            [
                "Tham mưu ưu tiên bố trí kinh phí phù hợp với tình hình thực tế và khả năng cân đối ngân sách nhà nước."
            ],
        ),
        (
            "7. Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em phù hợp với các chuẩn mực, thông lệ quốc tế",
            [
                "Tăng cường vận động sự hỗ trợ nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ cho các dự án về trẻ em."
            ],
        ),
    ]
    for head, bullets in items:
        s.append(P("<b>%s</b>" % head))
        for b in bullets:
            s.append(P(b))
    s.append(P("<i>(Chi tiết nội dung, thời gian và đơn vị thực hiện tại Phụ lục kèm theo)</i>"))
    s.append(P("III. KINH PHÍ THỰC HIỆN", ST_HEAD))
    s.append(
        P(
            "Kinh phí thực hiện Kế hoạch từ nguồn dự toán chi thường xuyên hằng năm của các sở, ban, ngành, địa "
            "phương theo phân cấp ngân sách hiện hành; lồng ghép trong các Chương trình mục tiêu quốc gia; nguồn "
            "đóng góp, hỗ trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác."
        )
    )
    s.append(P("IV. TỔ CHỨC THỰC HIỆN", ST_HEAD))
    s.append(P("<b>1. Sở Lao động - Thương binh và Xã hội</b>"))
    s.append(
        FootnoteMark(
            state,
            "<super>1</super> Trường hợp sau khi sắp xếp tổ chức bộ máy, báo cáo gửi Bộ được "
            "giao nhiệm vụ quản lý nhà nước về công tác trẻ em.",
        )
    )
    s.append(
        P(
            "- Làm cơ quan đầu mối hướng dẫn, kiểm tra, theo dõi, đôn đốc các đơn vị, địa phương triển khai thực "
            "hiện các nhiệm vụ được giao tại Kế hoạch; định kỳ tổng hợp báo cáo kết quả thực hiện về Bộ Lao động - "
            "Thương binh và Xã hội<super>1</super>, Ủy ban nhân dân tỉnh."
        )
    )
    s.append(
        P(
            "<b>2. Sở Tài chính:</b> Trên cơ sở dự toán của các cơ quan, đơn vị, tham mưu UBND tỉnh bố trí kinh phí "
            "thực hiện Kế hoạch phù hợp với khả năng cân đối ngân sách địa phương."
        )
    )
    s.append(P("<b>3. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố</b>"))
    s.append(
        P(
            "- Căn cứ nhiệm vụ, giải pháp và Phụ lục kèm theo Kế hoạch này để xây dựng kế hoạch, lộ trình tổ chức "
            "thực hiện bảo đảm kịp thời, hiệu quả."
        )
    )
    s.append(
        P(
            "- Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo kết quả thực hiện về Sở Lao "
            "động - Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh."
        )
    )
    s.append(
        P(
            "<b>4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh</b> trong "
            "phạm vi chức năng, nhiệm vụ phối hợp triển khai các nội dung tại Kế hoạch; giám sát, phản biện việc "
            "thực hiện chính sách, pháp luật về quyền trẻ em."
        )
    )
    s.append(
        P(
            "Trên đây là Kế hoạch triển khai thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh Quảng Nam. Quá "
            "trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương phản ánh kịp thời về Sở Lao động - "
            "Thương binh và Xã hội để tổng hợp, báo cáo UBND tỉnh xem xét, điều chỉnh phù hợp./."
        )
    )
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        signature_table(
            QN_RECIPIENTS, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Hồng Quang"
        )
    )
    s.append(PageBreak())
    s.append(P("<b>Phụ lục</b>", ST_CENTER))
    s.append(
        P(
            "<b>NHIỆM VỤ THỰC HIỆN CÁC KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC "
            "TRÊN ĐỊA BÀN TỈNH QUẢNG NAM</b>",
            ST_CENTER,
        )
    )
    s.append(
        P("<i>(Kèm theo Kế hoạch số 1187/KH-UBND ngày 20/02/2025 của UBND tỉnh Quảng Nam)</i>", ST_CENTER)
    )
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        FootnoteMark(
            state,
            "<super>2</super> Trong quá trình triển khai thực hiện, trường hợp sau sắp xếp tổ chức "
            "bộ máy tên gọi, nhiệm vụ của đơn vị có thay đổi thì thực hiện theo tên gọi, nhiệm vụ "
            "của đơn vị mới sau sắp xếp.",
        )
    )
    s.append(
        task_table(
            [
                "STT",
                "Nhiệm vụ thực hiện các nội dung khuyến nghị",
                "Cơ quan chủ trì<super>2</super>",
                "Cơ quan phối hợp",
                "Thời gian thực hiện",
            ],
            [1.0 * cm, 6.2 * cm, 2.8 * cm, 3.5 * cm, 2.5 * cm],
            QN_ROWS,
        )
    )
    return s


# ================================================================ L1: Hội An (thành phố thuộc tỉnh, May 2025, header lost)

HA_ROWS = [
    ("g", "I", "Truyền thông, giáo dục, vận động xã hội"),
    (
        "r",
        "1",
        "Tuyên truyền Luật Trẻ em, Kế hoạch thực hiện Khuyến nghị trên hệ thống truyền thanh, trang thông tin điện tử thành phố và mạng xã hội",
        "Phòng Văn hóa, Khoa học và Thông tin",
        "Trung tâm Văn hóa - Thể thao và Truyền thanh - Truyền hình Hội An; UBND các phường, xã",
    ),
    (
        "r",
        "2",
        "Tổ chức dạy bơi, phòng, chống đuối nước cho học sinh vùng ven sông, ven biển Cửa Đại, Tân Thành và xã đảo Tân Hiệp",
        "Phòng Giáo dục và Đào tạo",
        "Phòng Y tế; Thành đoàn Hội An",
    ),
    (
        "r",
        "3",
        "Phòng, chống xâm hại, bóc lột trẻ em trong hoạt động du lịch, trẻ em bán hàng rong tại khu phố cổ",
        "Phòng Văn hóa, Khoa học và Thông tin; Công an thành phố",
        "Hiệp hội Du lịch Hội An; UBND các phường, xã",
    ),
    ("g", "II", "Nâng cao năng lực; phối hợp liên ngành"),
    (
        "r",
        "1",
        "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức văn hóa - xã hội, cộng tác viên ở khối phố, thôn",
        "Phòng Y tế",
        "Phòng Nội vụ; UBND các phường, xã",
    ),
    (
        "r",
        "2",
        "Duy trì mô hình trường học an toàn, phòng, chống bạo lực học đường",
        "Phòng Giáo dục và Đào tạo",
        "Công an thành phố",
    ),
    ("g", "III", "Phát triển hệ thống dịch vụ"),
    (
        "r",
        "1",
        "Thực hiện chính sách trợ giúp xã hội, hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật",
        "Phòng Y tế",
        "UBND các phường, xã",
    ),
    (
        "r",
        "2",
        "Tiêm chủng mở rộng, phòng, chống suy dinh dưỡng, chăm sóc sức khỏe học đường",
        "Trung tâm Y tế thành phố",
        "Phòng Y tế; Hội Liên hiệp Phụ nữ thành phố",
    ),
    (
        "r",
        "3",
        "Bảo đảm trẻ em khuyết tật được học hòa nhập tại các cơ sở giáo dục",
        "Phòng Giáo dục và Đào tạo",
        "Các trường mầm non, tiểu học, trung học cơ sở",
    ),
    ("g", "IV", "Kiểm tra, giám sát; cơ sở dữ liệu"),
    (
        "r",
        "1",
        "Kiểm tra việc thực hiện quyền trẻ em tại các phường, xã",
        "Phòng Y tế",
        "Thanh tra thành phố",
    ),
    (
        "r",
        "2",
        "Cập nhật cơ sở dữ liệu về trẻ em, liên thông với cơ sở dữ liệu quốc gia về dân cư",
        "Công an thành phố",
        "Phòng Y tế; UBND các phường, xã",
    ),
]


def story_hoi_an(state):
    s = []
    # the header block (issuer, number, date) was an image in the source: nothing to extract
    s.append(Spacer(1, 2.5 * cm))
    s.append(P("KẾ HOẠCH", ST_TITLE))
    s.append(
        P(
            "<b>Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thành phố Hội An "
            "năm 2025</b>",
            ST_CENTER,
        )
    )
    s.append(Spacer(1, 0.4 * cm))
    s.append(
        P(
            "Thực hiện Kế hoạch số 1187/KH-UBND ngày 20/02/2025 của UBND tỉnh Quảng Nam về triển khai thực hiện "
            "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị "
            "của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Quảng Nam, UBND thành phố Hội An ban "
            "hành Kế hoạch thực hiện như sau:"
        )
    )
    s.append(P("I. MỤC ĐÍCH, YÊU CẦU", ST_HEAD))
    s.append(
        P(
            "- Xác định rõ trách nhiệm của các cơ quan, đơn vị, UBND các phường, xã trong việc thực hiện Khuyến nghị "
            "của Ủy ban về quyền trẻ em của Liên hợp quốc; tạo môi trường sống an toàn, thân thiện cho trẻ em tại "
            "đô thị di sản, du lịch."
        )
    )
    s.append(
        P(
            "- Lồng ghép hiệu quả với các chương trình, kế hoạch về trẻ em đã được UBND tỉnh, UBND thành phố ban hành."
        )
    )
    s.append(P("II. NHIỆM VỤ VÀ GIẢI PHÁP", ST_HEAD))
    s.append(P("<b>1. Nhiệm vụ, giải pháp chung</b>"))
    s.append(
        P(
            "1.1. Đẩy mạnh và đa dạng hóa các hình thức truyền thông, giáo dục, vận động xã hội về quyền trẻ em, "
            "chú trọng truyền thông trên môi trường số và tại các khu, điểm du lịch."
        )
    )
    s.append(
        P(
            "1.2. Củng cố đội ngũ làm công tác trẻ em; nâng cao năng lực chuyên môn cho cán bộ, cộng tác viên; tăng "
            "cường phối hợp liên ngành trong phòng ngừa, can thiệp các vụ việc xâm hại trẻ em."
        )
    )
    s.append(
        P(
            "1.3. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em, lồng ghép các dịch vụ y tế, giáo dục, "
            "tư pháp và an sinh xã hội; chú trọng trẻ em thuộc hộ nghèo, trẻ em vùng sông nước."
        )
    )
    s.append(
        P(
            "1.4. Kiểm tra việc thực hiện quyền trẻ em; xây dựng, nâng cao chất lượng cơ sở dữ liệu về trẻ em liên "
            "thông với cơ sở dữ liệu quốc gia về dân cư."
        )
    )
    s.append(P("<b>2. Nhiệm vụ, giải pháp cụ thể:</b> Chi tiết tại Phụ lục kèm theo."))
    s.append(P("III. KINH PHÍ THỰC HIỆN", ST_HEAD))
    s.append(
        P(
            "Kinh phí thực hiện từ nguồn ngân sách thành phố bố trí trong dự toán hằng năm của các cơ quan, đơn vị, "
            "địa phương và các nguồn hợp pháp khác."
        )
    )
    s.append(P("IV. TỔ CHỨC THỰC HIỆN", ST_HEAD))
    s.append(
        P(
            "<b>1. Phòng Y tế:</b> Chủ trì, phối hợp với các cơ quan, đơn vị, UBND các phường, xã tổ chức triển khai "
            "Kế hoạch; theo dõi, tổng hợp, tham mưu UBND thành phố báo cáo UBND tỉnh (qua Sở Y tế) theo quy định."
        )
    )
    s.append(
        P(
            "<b>2. Các cơ quan, đơn vị thuộc thành phố; UBND các phường, xã:</b> Căn cứ nhiệm vụ được phân công tại "
            "Phụ lục, chủ động xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về UBND thành phố (qua Phòng "
            "Y tế) trước ngày 05/6 và trước ngày 30/11 hằng năm."
        )
    )
    s.append(
        P(
            "<b>3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố</b> "
            "phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."
        )
    )
    s.append(
        P(
            "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
            "thành phố Hôi An năm 2025./."
        )
    )
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        signature_table(
            [
                "- UBND tỉnh Quảng Nam;",
                "- Sở Y tế tỉnh;",
                "- TT Thành ủy, TT HĐND thành phố;",
                "- CT, các PCT UBND thành phố;",
                "- Các cơ quan, đơn vị thuộc thành phố;",
                "- UBND các phường, xã;",
                "- Lưu: VT.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "Trần Đình Phúc",
        )
    )
    s.append(PageBreak())
    s.append(P("<b>PHỤ LỤC</b>", ST_CENTER))
    s.append(
        P(
            "<b>PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC "
            "TRÊN ĐỊA BÀN THÀNH PHỐ HỘI AN</b>",
            ST_CENTER,
        )
    )
    s.append(P("<i>(Kèm theo Kế hoạch của Ủy ban nhân dân thành phố Hội An)</i>", ST_CENTER))
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        task_table(
            ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp"],
            [1.0 * cm, 7.4 * cm, 3.4 * cm, 4.2 * cm],
            HA_ROWS,
        )
    )
    return s


# ================================================================ L9: Hà Nội (centrally-run city, May 2025)

HN_ROWS = [
    ("g", "1", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách"),
    (
        "r",
        "a",
        "Rà soát các cơ chế, chính sách đặc thù của Thành phố đối với trẻ em có hoàn cảnh đặc biệt, đề xuất sửa đổi, bổ sung theo Luật Thủ đô năm 2024",
        "Sở Y tế",
        "Sở Tư pháp; các sở, ngành liên quan",
        "Năm 2025",
    ),
    (
        "r",
        "b",
        "Tham gia góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự, Luật Trẻ em khi có đề nghị",
        "Sở Tư pháp",
        "Công an Thành phố",
        "Theo đề nghị của Bộ Tư pháp",
    ),
    ("g", "2", "Truyền thông, giáo dục, vận động xã hội"),
    (
        "r",
        "a",
        "Tuyên truyền về quyền và bổn phận của trẻ em trên các phương tiện thông tin đại chúng của Thành phố",
        "Sở Văn hóa và Thể thao",
        "Đài Phát thanh và Truyền hình Hà Nội; Báo Hànộimới",
        "Thường xuyên",
    ),
    (
        "r",
        "b",
        "Tổ chức Diễn đàn trẻ em Thủ đô, lắng nghe ý kiến, nguyện vọng của trẻ em",
        "Thành đoàn Hà Nội",
        "Sở Y tế; Sở Giáo dục và Đào tạo",
        "Quý III/2025",
    ),
    (
        "r",
        "c",
        "Truyền thông bảo đảm trẻ em được đăng ký khai sinh, có quốc tịch, kể cả trẻ em là con của người di cư",
        "Sở Tư pháp",
        "UBND các quận, huyện, thị xã",
        "Hằng năm",
    ),
    ("g", "3", "Nâng cao năng lực; phối hợp liên ngành; nhân rộng mô hình"),
    (
        "r",
        "a",
        "Bồi dưỡng nghiệp vụ cho đội ngũ làm công tác trẻ em cấp quận, huyện, cấp xã",
        "Sở Y tế",
        "Sở Nội vụ; UBND các quận, huyện, thị xã",
        "Hằng năm",
    ),
    (
        "r",
        "b",
        "Phát triển mạng lưới tư vấn tâm lý học đường tại các trường phổ thông",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Năm học 2025 - 2026",
    ),
    ("g", "4", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em"),
    (
        "r",
        "a",
        "Giảm thiểu ô nhiễm không khí, tiếng ồn ảnh hưởng đến sức khỏe trẻ em tại các trường học nội đô",
        "Sở Nông nghiệp và Môi trường",
        "Sở Y tế; Sở Xây dựng",
        "2025 - 2030",
    ),
    (
        "r",
        "b",
        "Phòng, chống xâm hại trẻ em trên môi trường mạng; xử lý nghiêm các hành vi vi phạm",
        "Công an Thành phố",
        "Sở Văn hóa và Thể thao; Sở Khoa học và Công nghệ",
        "Thường xuyên",
    ),
    (
        "r",
        "c",
        "Phát triển dịch vụ chăm sóc thay thế, trợ giúp xã hội dựa vào cộng đồng",
        "Sở Y tế",
        "UBND các quận, huyện, thị xã",
        "Giai đoạn 2026-2030",
    ),
    ("g", "5", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
    (
        "r",
        "a",
        "Kiểm tra, thanh tra việc thực hiện chính sách, pháp luật về quyền trẻ em",
        "Sở Y tế",
        "Thanh tra Thành phố",
        "Quý IV/2025",
    ),
    (
        "r",
        "b",
        "Xây dựng cơ sở dữ liệu trẻ em của Thành phố liên thông với cơ sở dữ liệu quốc gia về dân cư",
        "Sở Y tế; Công an Thành phố",
        "Sở Khoa học và Công nghệ",
        "Trước ngày 30/9/2025",
    ),
    ("g", "6", "Ưu tiên bố trí kinh phí"),
    (
        "r",
        "",
        "Tham mưu UBND Thành phố bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm",
        "Sở Tài chính",
        "Sở Y tế",
        "Hằng năm",
    ),
    ("g", "7", "Hợp tác quốc tế"),
    (
        "r",
        "",
        "Vận động các tổ chức quốc tế, các thành phố kết nghĩa hỗ trợ kỹ thuật, nguồn lực cho các chương trình vì trẻ em",
        "Sở Y tế",
        "Văn phòng UBND Thành phố; các cơ quan, đơn vị liên quan",
        "Khi có yêu cầu",
    ),
]


def story_ha_noi(state):
    s = []
    s.append(
        header_table(
            ["<b>ỦY BAN NHÂN DÂN</b>", "<b>THÀNH PHỐ HÀ NỘI</b>", "", "Số: 147/KH-UBND"],
            [
                "<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>",
                "<b>Độc lập - Tự do - Hạnh phúc</b>",
                "",
                "<i>Hà Nội, ngày 16 tháng 5 năm 2025</i>",
            ],
        )
    )
    s.append(P("KẾ HOẠCH", ST_TITLE))
    s.append(
        P(
            "<b>Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
            "hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thành phố Hà Nội</b>",
            ST_CENTER,
        )
    )
    s.append(Spacer(1, 0.4 * cm))
    s.append(P("Căn cứ Luật Trẻ em ngày 05/4/2016;"))
    s.append(P("Căn cứ Luật Thủ đô ngày 28/6/2024;"))
    s.append(
        P(
            "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
            "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"
        )
    )
    s.append(
        P("Ủy ban nhân dân Thành phố ban hành Kế hoạch thực hiện trên địa bàn thành phố Hà Nội như sau:")
    )
    s.append(P("I. MỤC ĐÍCH, YÊU CẦU", ST_HEAD))
    s.append(
        P(
            "1. Tổ chức thực hiện nghiêm túc, hiệu quả các nhiệm vụ được giao tại Quyết định số 27/QĐ-TTg; bảo đảm "
            "thực hiện quyền trẻ em một cách đồng bộ, toàn diện, vì lợi ích tốt nhất của trẻ em Thủ đô."
        )
    )
    s.append(
        P(
            "2. Phân công cụ thể nhiệm vụ cho các sở, ban, ngành Thành phố, UBND các quận, huyện, thị xã; gắn trách "
            "nhiệm người đứng đầu với kết quả thực hiện."
        )
    )
    s.append(P("II. NHIỆM VỤ VÀ GIẢI PHÁP", ST_HEAD))
    items = [
        "1. Tiếp tục nghiên cứu, rà soát, hoàn thiện cơ chế, chính sách của Thành phố để thúc đẩy việc thực hiện quyền trẻ em.",
        "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em.",
        "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ làm công tác trẻ em; đẩy mạnh phối hợp liên ngành, nhân rộng các mô hình hiệu quả.",
        "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em trong bối cảnh đô thị hóa nhanh.",
        "5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ em của Thành phố.",
        "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em.",
        "7. Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em.",
    ]
    for it in items:
        s.append(P(it))
    s.append(P("Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này."))
    s.append(P("III. KINH PHÍ THỰC HIỆN", ST_HEAD))
    s.append(
        P(
            "Kinh phí thực hiện từ ngân sách Thành phố và ngân sách các quận, huyện, thị xã theo phân cấp; nguồn xã "
            "hội hóa và các nguồn hợp pháp khác."
        )
    )
    s.append(P("IV. TỔ CHỨC THỰC HIỆN", ST_HEAD))
    s.append(P("<b>1. Sở Y tế</b>"))
    s.append(
        P(
            "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, UBND các quận, huyện, thị xã hướng dẫn, "
            "theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND Thành phố và Bộ Y tế theo quy định."
        )
    )
    s.append(P("<b>2. Các sở, ban, ngành Thành phố; UBND các quận, huyện, thị xã</b>"))
    s.append(
        P(
            "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả định kỳ 6 "
            "tháng (trước ngày 10/6) và năm (trước ngày 10/12) gửi Sở Y tế để tổng hợp."
        )
    )
    s.append(
        P(
            "<b>3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố</b> và các tổ chức chính trị - xã hội Thành "
            "phố phối hợp tuyên truyền, vận động và giám sát việc thực hiện."
        )
    )
    s.append(
        P(
            "Trên đây là Kế hoạch thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ trên địa "
            "bàn thành phố Hà Nội. UBND Thành phố yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."
        )
    )
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        signature_table(
            [
                "- Bộ Y tế;",
                "- Thường trực Thành ủy;",
                "- Thường trực HĐND Thành phố;",
                "- Chủ tịch, các PCT UBND Thành phố;",
                "- Các sở, ban, ngành Thành phố;",
                "- UBND các quận, huyện, thị xã;",
                "- VPUB: CVP, các PCVP, KGVX;",
                "- Lưu: VT, KGVX.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
            "Đỗ Thị Lan Anh",
        )
    )
    s.append(PageBreak())
    s.append(P("<b>PHỤ LỤC</b>", ST_CENTER))
    s.append(
        P(
            "<b>PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC</b>",
            ST_CENTER,
        )
    )
    s.append(
        P("<i>(Kèm theo Kế hoạch số 147/KH-UBND ngày 16/5/2025 của UBND thành phố Hà Nội)</i>", ST_CENTER)
    )
    s.append(Spacer(1, 0.3 * cm))
    s.append(
        task_table(
            ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
            [1.0 * cm, 6.0 * cm, 3.0 * cm, 3.5 * cm, 2.5 * cm],
            HN_ROWS,
        )
    )
    return s


# ================================================================ L8: Bộ Giáo dục và Đào tạo (.docx)

GD_ROWS = [
    ("g", "I", "NGHIÊN CỨU, RÀ SOÁT, HOÀN THIỆN PHÁP LUẬT, CHÍNH SÁCH"),
    (
        "r",
        "1",
        "Rà soát, đề xuất sửa đổi, bổ sung quy định về môi trường giáo dục an toàn, lành mạnh, thân thiện, phòng, chống bạo lực học đường",
        "Vụ Pháp chế",
        "Vụ Học sinh, sinh viên; Vụ Giáo dục Phổ thông",
        "Năm 2025",
        "Thông tư sửa đổi, bổ sung",
    ),
    (
        "r",
        "2",
        "Nghiên cứu, đề xuất chính sách hỗ trợ trẻ em khuyết tật, trẻ em người dân tộc thiểu số tiếp cận giáo dục mầm non và giáo dục phổ thông",
        "Vụ Giáo dục Phổ thông; Vụ Giáo dục Mầm non",
        "Vụ Kế hoạch - Tài chính",
        "2025 - 2030",
        "Đề án trình Chính phủ",
    ),
    ("g", "II", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI"),
    (
        "r",
        "1",
        "Tích hợp nội dung giáo dục về quyền và bổn phận của trẻ em, ứng phó với biến đổi khí hậu, thiên tai vào chương trình giáo dục mầm non, giáo dục phổ thông",
        "Vụ Giáo dục Phổ thông",
        "Vụ Giáo dục Mầm non; Viện Khoa học Giáo dục Việt Nam",
        "Năm học 2025 - 2026",
        "Tài liệu hướng dẫn",
    ),
    (
        "r",
        "2",
        "Truyền thông về quyền trẻ em, phòng, chống xâm hại trẻ em trên Báo Giáo dục và Thời đại, Cổng thông tin điện tử của Bộ",
        "Báo Giáo dục và Thời đại",
        "Văn phòng Bộ; Cục Khoa học, Công nghệ và Thông tin",
        "Thường xuyên",
        "Tin, bài, chuyên mục",
    ),
    (
        "r",
        "3",
        "Hướng dẫn các địa phương tổ chức hoạt động hè an toàn, phòng, chống đuối nước cho học sinh",
        "Vụ Học sinh, sinh viên",
        "Sở GDĐT các tỉnh, thành phố",
        "Tháng 5 - tháng 8 hằng năm",
        "Văn bản hướng dẫn",
    ),
    ("g", "III", "NÂNG CAO NĂNG LỰC; PHỐI HỢP LIÊN NGÀNH; NHÂN RỘNG MÔ HÌNH"),
    (
        "r",
        "1",
        "Bồi dưỡng giáo viên, cán bộ quản lý về tư vấn tâm lý, công tác xã hội trong trường học",
        "Cục Nhà giáo và Cán bộ quản lý giáo dục",
        "Vụ Học sinh, sinh viên; các cơ sở đào tạo giáo viên",
        "Giai đoạn 2026-2030",
        "Chương trình bồi dưỡng",
    ),
    (
        "r",
        "2",
        "Bồi dưỡng năng lực cho giáo viên về hỗ trợ trẻ em, học sinh khuyết tật học hòa nhập",
        "Vụ Giáo dục Phổ thông",
        "Các Trung tâm hỗ trợ phát triển giáo dục hòa nhập",
        "Hằng năm",
        "Lớp bồi dưỡng",
    ),
    (
        "r",
        "3",
        "Xây dựng và nhân rộng mô hình cung cấp dịch vụ công tác xã hội và tư vấn tâm lý cho học sinh dân tộc thiểu số",
        "Vụ Học sinh, sinh viên",
        "Sở GDĐT các tỉnh, thành phố",
        "2025 - 2030",
        "Mô hình",
    ),
    ("g", "IV", "PHÁT TRIỂN HỆ THỐNG DỊCH VỤ GIÁO DỤC BẢO ĐẢM THỰC HIỆN QUYỀN TRẺ EM"),
    (
        "r",
        "1",
        "Duy trì, mở rộng chương trình giáo dục đa ngôn ngữ, nâng cao chất lượng trường phổ thông dân tộc nội trú, bán trú",
        "Vụ Giáo dục Phổ thông",
        "Vụ Kế hoạch - Tài chính; Cục Cơ sở vật chất",
        "2025 - 2030",
        "Báo cáo đánh giá",
    ),
    (
        "r",
        "2",
        "Tăng cường giáo dục sức khỏe sinh sản, phòng, chống HIV/AIDS, ma túy, rượu, bia, thuốc lá trong trường học",
        "Vụ Học sinh, sinh viên",
        "Bộ Y tế",
        "Năm học 2025 - 2026",
        "Kế hoạch năm học",
    ),
    (
        "r",
        "3",
        "Hoàn thành phổ cập giáo dục các cấp học; tăng tỷ lệ nhập học, giảm tỷ lệ học sinh bỏ học",
        "Vụ Giáo dục Phổ thông",
        "Vụ Giáo dục nghề nghiệp và Giáo dục thường xuyên",
        "Hằng năm",
        "Báo cáo",
    ),
    ("g", "V", "KIỂM TRA, THANH TRA; CƠ SỞ DỮ LIỆU"),
    (
        "r",
        "1",
        "Thanh tra, kiểm tra việc thực hiện quy định về bảo đảm an toàn, phòng, chống bạo lực học đường",
        "Thanh tra Bộ",
        "Vụ Học sinh, sinh viên; Sở GDĐT các tỉnh, thành phố",
        "Quý IV/2025",
        "Kết luận thanh tra",
    ),
    (
        "r",
        "2",
        "Kết nối cơ sở dữ liệu ngành giáo dục với cơ sở dữ liệu quốc gia về dân cư, bảo đảm số liệu về trẻ em trong độ tuổi đi học",
        "Cục Khoa học, Công nghệ và Thông tin",
        "Bộ Công an; Văn phòng Bộ",
        "Trước ngày 31/12/2025",
        "Cơ sở dữ liệu được kết nối",
    ),
    ("g", "VI", "BỐ TRÍ KINH PHÍ"),
    (
        "r",
        "1",
        "Bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên của Bộ",
        "Vụ Kế hoạch - Tài chính",
        "Các đơn vị thuộc Bộ",
        "Hằng năm",
        "Dự toán được giao",
    ),
    ("g", "VII", "HỢP TÁC QUỐC TẾ"),
    (
        "r",
        "1",
        "Hợp tác với UNICEF, UNESCO và các tổ chức quốc tế trong các chương trình giáo dục hòa nhập, giáo dục an toàn",
        "Vụ Hợp tác quốc tế",
        "Vụ Học sinh, sinh viên",
        "Theo đề nghị của Bộ Y tế",
        "Chương trình hợp tác",
    ),
]


def write_docx_bo_gddt(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    cp = d.core_properties
    cp.author = "Bộ Giáo dục và Đào tạo"
    cp.last_modified_by = "Văn thư"
    cp.title = "Kế hoạch thực hiện Quyết định số 27/QĐ-TTg"
    cp.created = datetime(2025, 4, 8, 8, 0, 0)
    cp.modified = datetime(2025, 4, 8, 8, 0, 0)
    cp.revision = 3
    cp.comments = ""

    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

    def para(text, bold=False, italic=False, align=None, indent=True):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            if indent:
                p.paragraph_format.first_line_indent = Cm(1)
        return p

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement("w:%s" % edge)
            e.set(qn("w:val"), "nil")
            borders.append(e)
        tblPr.append(borders)

    # header: two-column borderless table
    ht = d.add_table(rows=2, cols=2)
    no_borders(ht)
    cells = [
        ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", True),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", True),
        ("Số: 512/KH-BGDĐT", False),
        ("Hà Nội, ngày 08 tháng 4 năm 2025", False),
    ]
    for i, (text, bold) in enumerate(cells):
        c = ht.cell(i // 2, i % 2)
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.italic = i == 3

    para("")
    para("KẾ HOẠCH", bold=True, align="c")
    para(
        "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
        "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trong ngành Giáo dục",
        bold=True,
        align="c",
    )
    para(
        "Căn cứ Nghị định số 37/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
        "hạn và cơ cấu tổ chức của Bộ Giáo dục và Đào tạo;"
    )
    para(
        "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
        "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"
    )
    para("Bộ Giáo dục và Đào tạo ban hành Kế hoạch thực hiện trong ngành Giáo dục như sau:")
    para("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para(
        "1. Triển khai đầy đủ, kịp thời các nhiệm vụ Thủ tướng Chính phủ giao Bộ Giáo dục và Đào tạo chủ trì tại "
        "Quyết định số 27/QĐ-TTg; bảo đảm quyền được học tập, quyền được bảo vệ của trẻ em trong môi trường giáo dục."
    )
    para(
        "2. Phân công rõ đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành và sản phẩm của từng nhiệm vụ; gắn với "
        "kế hoạch năm học và các chương trình, đề án của ngành."
    )
    para("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    items = [
        "1. Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách về giáo dục liên quan đến quyền trẻ em.",
        "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em trong nhà trường và cộng đồng.",
        "3. Nâng cao năng lực cho đội ngũ nhà giáo, cán bộ quản lý giáo dục; đẩy mạnh phối hợp liên ngành và nhân rộng mô hình.",
        "4. Phát triển hệ thống dịch vụ giáo dục bảo đảm thực hiện quyền trẻ em, chú trọng giáo dục hòa nhập và giáo dục vùng đồng bào dân tộc thiểu số.",
        "5. Tăng cường thanh tra, kiểm tra; hoàn thiện cơ sở dữ liệu ngành giáo dục về trẻ em.",
        "6. Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách của Bộ.",
        "7. Mở rộng hợp tác quốc tế trong lĩnh vực giáo dục vì trẻ em.",
    ]
    for it in items:
        para(it)
    para("(Nhiệm vụ cụ thể tại Phụ lục kèm theo)", italic=True)
    para("III. KINH PHÍ THỰC HIỆN", bold=True)
    para(
        "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán chi thường xuyên hằng năm của Bộ Giáo dục "
        "và Đào tạo, của các địa phương theo phân cấp và các nguồn tài trợ hợp pháp khác."
    )
    para("IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para("1. Vụ Học sinh, sinh viên", bold=True)
    para(
        "Là đơn vị đầu mối giúp Bộ trưởng theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch; tham mưu báo cáo "
        "Bộ Y tế và Thủ tướng Chính phủ theo quy định."
    )
    para("2. Các Vụ, Cục, đơn vị thuộc Bộ", bold=True)
    para(
        "Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động tổ chức thực hiện và gửi báo cáo kết quả về Vụ Học sinh, sinh "
        "viên trước ngày 15/11 hằng năm."
    )
    para("3. Các sở giáo dục và đào tạo", bold=True)
    para(
        "Tham mưu UBND cấp tỉnh lồng ghép nhiệm vụ thực hiện Khuyến nghị trong kế hoạch của địa phương; báo cáo kết "
        "quả thực hiện về Bộ Giáo dục và Đào tạo (qua Vụ Học sinh, sinh viên) trước ngày 30/11 hằng năm."
    )
    para(
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị các đơn vị phản ánh về Bộ Giáo dục và Đào tạo "
        "(qua Vụ Học sinh, sinh viên) để được hướng dẫn, giải quyết./."
    )

    st2 = d.add_table(rows=1, cols=2)
    no_borders(st2)
    left, right = st2.cell(0, 0), st2.cell(0, 1)
    left.text = ""
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    for line in [
        "- Thủ tướng Chính phủ (để b/c);",
        "- Phó Thủ tướng Lê Thành Long (để b/c);",
        "- Bộ trưởng (để b/c);",
        "- Bộ Y tế;",
        "- Các Thứ trưởng;",
        "- Các Vụ, Cục, đơn vị thuộc Bộ;",
        "- Các sở GDĐT;",
        "- Lưu: VT, Vụ HSSV.",
    ]:
        q = left.add_paragraph()
        q.add_run(line).font.size = Pt(10)
    right.text = ""
    for i, line in enumerate(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Lê Quang Minh"]):
        q = right.paragraphs[0] if i == 0 else right.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        q.add_run(line).bold = True

    d.add_page_break()
    para("PHỤ LỤC", bold=True, align="c")
    para(
        "NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRONG NGÀNH GIÁO DỤC",
        bold=True,
        align="c",
    )
    para(
        "(Kèm theo Kế hoạch số 512/KH-BGDĐT ngày 08 tháng 4 năm 2025 của Bộ Giáo dục và Đào tạo)",
        italic=True,
        align="c",
    )

    header = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in GD_ROWS:
        cells = t.add_row().cells
        if row[0] == "g":
            merged = cells[0].merge(cells[-1])
            merged.text = ""
            merged.paragraphs[0].add_run("%s. %s" % (row[1], row[2])).bold = True
        else:
            for i, val in enumerate(row[1:]):
                cells[i].text = val
    widths = [Cm(1.0), Cm(5.2), Cm(2.6), Cm(3.0), Cm(2.2), Cm(2.0)]
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    d.save(path)
    normalise_zip(path, "2025-04-08T08:00:00Z")


# ================================================================ L10: Lâm Đồng task sheet (.xlsx)

LD_META = [
    ("Số", "89/KH-UBND"),
    ("Ngày", "28/08/2025"),
    ("Loại văn bản", "Kế hoạch"),
    (
        "Trích yếu",
        "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
        "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Lâm Đồng",
    ),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Lâm Đồng"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Lâm Đồng"),
    ("Thuộc tỉnh", ""),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    (
        "Căn cứ",
        "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh",
    ),
    ("Căn cứ", "Kế hoạch số 1450/KH-UBND ngày 11/4/2025 của Ủy ban nhân dân tỉnh Bình Thuận"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Nguyễn Văn Chiến"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Sở Y tế"),
    ("Người nhập liệu", "Phòng Bảo trợ xã hội, trẻ em - Sở Y tế"),
]

LD_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"]
LD_ROWS = [
    ("I", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách", "", "", "", ""),
    (
        "1",
        "Rà soát các chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt đang áp dụng tại tỉnh Lâm Đồng, tỉnh Đắk Nông và tỉnh Bình Thuận (trước sắp xếp)",
        "Sở Y tế",
        "Sở Tư pháp; Sở Tài chính",
        "Năm 2025",
        "",
    ),
    (
        "2",
        "Đề xuất thay thế, bãi bỏ các văn bản về trẻ em của ba tỉnh trước hợp nhất không còn phù hợp",
        "Sở Tư pháp",
        "Sở Y tế; các sở, ngành liên quan",
        "Trước ngày 31/12/2025",
        "",
    ),
    ("II", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    (
        "1",
        "Truyền thông về quyền trẻ em bằng tiếng K'Ho, M'Nông, Chăm trên sóng phát thanh, truyền hình và tại cộng đồng",
        "Sở Dân tộc và Tôn giáo",
        "Báo và Phát thanh, Truyền hình Lâm Đồng; UBND các xã, phường, đặc khu",
        "Thường xuyên",
        "",
    ),
    (
        "2",
        "Phòng, chống đuối nước cho trẻ em vùng ven biển, hồ, đập thủy lợi",
        "Sở Giáo dục và Đào tạo",
        "Tỉnh đoàn; Sở Y tế",
        "Tháng 5 - tháng 8 hằng năm",
        "",
    ),
    ("III", "Nâng cao năng lực; phối hợp liên ngành", "", "", "", ""),
    (
        "1",
        "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức cấp xã sau sắp xếp",
        "Sở Y tế",
        "Sở Nội vụ; UBND các xã, phường, đặc khu",
        "Quý IV/2025",
        "",
    ),
    (
        "2",
        "Bồi dưỡng kỹ năng tư vấn tâm lý học đường cho giáo viên",
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế",
        "Năm học 2025 - 2026",
        "",
    ),
    (
        "3",
        "Áp dụng quy trình điều tra, xét xử thân thiện với trẻ em",
        "Công an tỉnh",
        "Tòa án nhân dân tỉnh; Viện Kiểm sát nhân dân tỉnh",
        "",
        "Chờ hướng dẫn của Bộ Công an",
    ),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", "", "", "", ""),
    (
        "1",
        "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em",
        "Sở Y tế",
        "UBND các xã, phường, đặc khu",
        "Hằng năm",
        "",
    ),
    (
        "2",
        "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống",
        "Sở Dân tộc và Tôn giáo",
        "Hội Liên hiệp Phụ nữ tỉnh",
        "2025 - 2030",
        "",
    ),
    (
        "3",
        "Giám sát tác động môi trường của các dự án khai thác bô-xít, titan đến sức khỏe trẻ em",
        "Sở Nông nghiệp và Môi trường",
        "Sở Y tế; Sở Công Thương",
        "Giai đoạn 2026-2030",
        "",
    ),
    (
        "4",
        "Phòng, chống xâm hại trẻ em trên môi trường mạng",
        "Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ",
        "Thường xuyên",
        "",
    ),
    (
        "5",
        "Bảo đảm trẻ em được vui chơi, giải trí; phòng, chống xâm hại trẻ em trong hoạt động du lịch",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Hiệp hội Du lịch tỉnh",
        "Hằng năm",
        "",
    ),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", "", "", "", ""),
    (
        "1",
        "Kiểm tra việc thực hiện quyền trẻ em tại các xã, phường, đặc khu",
        "Sở Y tế",
        "Thanh tra tỉnh",
        "Năm 2026",
        "",
    ),
    (
        "2",
        "Chuẩn hóa dữ liệu trẻ em theo đơn vị hành chính mới",
        "Công an tỉnh",
        "Sở Y tế",
        "Trước ngày 30/6/2026",
        "",
    ),
    ("VI", "Ưu tiên bố trí kinh phí", "", "", "", ""),
    ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Y tế", "Hằng năm", ""),
    ("VII", "Hợp tác quốc tế", "", "", "", ""),
    (
        "1",
        "Vận động tài trợ quốc tế cho các dự án vì trẻ em vùng đồng bào dân tộc thiểu số",
        "Sở Ngoại vụ",
        "Sở Y tế",
        "Khi có yêu cầu",
        "",
    ),
]


def write_xlsx_lam_dong(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.properties.creator = "Sở Y tế tỉnh Lâm Đồng"
    wb.properties.lastModifiedBy = "Sở Y tế tỉnh Lâm Đồng"
    wb.properties.created = datetime(2025, 8, 28, 9, 0, 0)
    wb.properties.modified = datetime(2025, 8, 28, 9, 0, 0)
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in LD_META:
        ws.append([k, v if v != "" else None])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    for c in ws[1]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(LD_HEADER)
    for c in ws2[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in LD_ROWS:
        ws2.append([v if v != "" else None for v in row])
        r = ws2.max_row
        group = row[2] == "" and row[0] in ("I", "II", "III", "IV", "V", "VI", "VII")
        for c in ws2[r]:
            c.alignment = Alignment(vertical="top", wrap_text=True)
            if group:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 60, 26, 36, 20, 24)):
        ws2.column_dimensions[col].width = w
    wb.save(path)
    normalise_zip(path, "2025-08-28T09:00:00Z")


# ================================================================ L10: huyện Kiến Xương task sheet (.csv)

KX_META = [
    ("Số", "112/KH-UBND"),
    ("Ngày", "04/2025"),
    ("Loại văn bản", "Kế hoạch"),
    (
        "Trích yếu",
        "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện Kiến Xương",
    ),
    ("Cơ quan ban hành", "Ủy ban nhân dân huyện Kiến Xương"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Kiến Xương"),
    ("Thuộc tỉnh", "Thái Bình"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 58/KH-UBND ngày 18/3/2025 của Ủy ban nhân dân tỉnh Thái Bình"),
    ("Triển khai", "Kế hoạch số 58/KH-UBND ngày 18/3/2025 của Ủy ban nhân dân tỉnh Thái Bình"),
    ("Người ký", "Phạm Văn Tuyến"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
]

KX_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
KX_ROWS = [
    ("I", "Rà soát, hoàn thiện chính sách", "", "", ""),
    (
        "1",
        "Rà soát, đề xuất sửa đổi các quy định của huyện về hỗ trợ trẻ em có hoàn cảnh đặc biệt",
        "Phòng Y tế",
        "Phòng Tư pháp",
        "Năm 2025",
    ),
    ("II", "Truyền thông, giáo dục, vận động xã hội", "", "", ""),
    (
        "1",
        "Tuyên truyền Luật Trẻ em, phòng, chống xâm hại trẻ em trên hệ thống truyền thanh cơ sở",
        "Phòng Văn hóa, Khoa học và Thông tin",
        "Trung tâm Văn hóa, Thông tin và Thể thao huyện; UBND các xã, thị trấn",
        "Thường xuyên",
    ),
    (
        "2",
        "Phòng, chống đuối nước cho trẻ em vùng ven biển, ven sông Trà Lý",
        "Phòng Giáo dục và Đào tạo",
        "Huyện đoàn; UBND các xã, thị trấn",
        "Tháng 5 - tháng 8 hằng năm",
    ),
    (
        "3",
        "Truyền thông bảo đảm trẻ em được đăng ký khai sinh đúng hạn",
        "Phòng Tư pháp",
        "Công an huyện; UBND các xã, thị trấn",
        "Hằng năm",
    ),
    ("III", "Nâng cao năng lực; phối hợp liên ngành", "", "", ""),
    (
        "1",
        "Tập huấn nghiệp vụ cho công chức văn hóa - xã hội cấp xã làm công tác trẻ em",
        "Phòng Y tế",
        "Phòng Nội vụ",
        "Quý III/2025",
    ),
    (
        "2",
        "Xây dựng trường học an toàn, phòng, chống bạo lực học đường",
        "Phòng Giáo dục và Đào tạo",
        "Công an huyện",
        "Năm học 2025 - 2026",
    ),
    ("IV", "Phát triển hệ thống dịch vụ", "", "", ""),
    (
        "1",
        "Thực hiện chính sách trợ giúp xã hội đối với trẻ em",
        "Phòng Y tế",
        "UBND các xã, thị trấn",
        "Thường xuyên",
    ),
    (
        "2",
        "Phòng, chống suy dinh dưỡng, tiêm chủng mở rộng cho trẻ em dưới 5 tuổi",
        "Trung tâm Y tế huyện",
        "Hội Liên hiệp Phụ nữ huyện",
        "2025 - 2030",
    ),
    (
        "3",
        "Phòng, chống xâm hại trẻ em, ma túy trong học đường",
        "Công an huyện",
        "Phòng Văn hóa, Khoa học và Thông tin; Phòng Giáo dục và Đào tạo",
        "Thường xuyên",
    ),
    (
        "4",
        "Bảo đảm nước sạch, nhà vệ sinh đạt chuẩn tại các trường mầm non, tiểu học",
        "Phòng Nông nghiệp và Môi trường",
        "UBND các xã, thị trấn",
        "Trước ngày 30/9/2025",
    ),
    ("V", "Kiểm tra, giám sát; cơ sở dữ liệu", "", "", ""),
    (
        "1",
        "Kiểm tra việc thực hiện quyền trẻ em tại các xã, thị trấn",
        "Phòng Y tế; Thanh tra huyện",
        "Các cơ quan, đơn vị liên quan",
        "Quý IV/2025",
    ),
    ("2", "Cập nhật cơ sở dữ liệu về trẻ em", "Công an huyện", "Phòng Y tế", "Theo đề nghị của Sở Y tế"),
]


def write_csv_kien_xuong(path):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["Trường", "Giá trị"])
    for k, v in KX_META:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(KX_HEADER)
    for row in KX_ROWS:
        w.writerow(list(row))
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


# ================================================================ main


def main():
    out = lambda name: os.path.join(HERE, name)  # noqa: E731

    pdf = build_pdf(story_quang_nam, "Kế hoạch 1187/KH-UBND", "UBND tỉnh Quảng Nam")
    with open(out("quang-nam-2025-pdf.txt"), "w", encoding="utf-8") as f:
        f.write(extract_pdf_text(pdf))

    pdf = build_pdf(story_hoi_an, "Kế hoạch thực hiện Khuyến nghị", "UBND thành phố Hội An")
    with open(out("hoi-an-2025-pdf.txt"), "w", encoding="utf-8") as f:
        f.write(extract_pdf_text(pdf))

    pdf = build_pdf(story_ha_noi, "Kế hoạch 147/KH-UBND", "UBND thành phố Hà Nội")
    with open(out("ha-noi-2025-grid.pdf"), "wb") as f:
        f.write(pdf)

    write_docx_bo_gddt(out("bo-gddt-2025.docx"))
    write_xlsx_lam_dong(out("lam-dong-2025-task-sheet.xlsx"))
    write_csv_kien_xuong(out("huyen-kien-xuong-2025-task-sheet.csv"))


if __name__ == "__main__":
    main()
