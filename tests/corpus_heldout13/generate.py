"""Generate the binary / extracted documents of the heldout13 corpus.

Run with /work/main/.venv/bin/python generate.py (writes into this directory only).
Deterministic: reportlab invariant mode, fixed docx/xlsx core dates, fixed zip timestamps.
The task data below was typed by hand; each generated document's truth file is written
from the same hand-typed rows (lead / cooperating split and timeframe typed explicitly).
"""
import csv
import datetime
import io
import json
import os
import textwrap
import zipfile

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer,  # noqa: E402
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
pdfmetrics.registerFont(TTFont("Roboto", os.path.join(FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(FONT_DIR, "Roboto-Italic.ttf")))

FIXED_DT = datetime.datetime(2025, 12, 1, 8, 0, 0)
Q27 = "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"
Q27_TITLE = ("Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
             "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc")
MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]

GROUP_TITLES = {
    "law": "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách về quyền trẻ em",
    "comm": "Truyền thông, giáo dục, vận động xã hội về thực hiện quyền trẻ em",
    "cap": "Nâng cao năng lực; phối hợp liên ngành; xây dựng, nhân rộng mô hình",
    "serv": "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em",
    "insp": "Kiểm tra, thanh tra; xây dựng cơ sở dữ liệu về trẻ em",
    "fund": "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em",
    "intl": "Tăng cường hợp tác quốc tế",
}


def path(name):
    return os.path.join(HERE, name)


def write_text(name, text):
    with open(path(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_truth(doc, plan, appendix, tasks):
    """tasks: list of (id, lead list, cooperating list, timeframe or None, text)."""
    out = {"file": doc["file"], "layout": doc["layout"], "plan": plan, "appendix": appendix,
           "tasks": [{"id": t[0], "lead": list(t[1]), "cooperating": list(t[2]), "timeframe": t[3],
                      "text_starts": " ".join(t[4].split()[:6])} for t in tasks]}
    base = doc["file"].rsplit(".", 1)[0]
    with open(path(base + ".truth.json"), "w", encoding="utf-8", newline="\n") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")


def normalize_zip(name):
    """Rewrite a zip (docx/xlsx) with fixed member timestamps and sorted-as-written order."""
    p = path(name)
    with zipfile.ZipFile(p) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in members:
            if fn == "docProps/core.xml":  # openpyxl stamps 'modified' with the current time
                import re
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2025-12-01T08:00:00Z", data)
            zi = zipfile.ZipInfo(fn, date_time=(2025, 12, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    with open(p, "wb") as f:
        f.write(buf.getvalue())


def cell_join(names, sep="; "):
    return sep.join(names)


def coop_cell(r):
    """Row r = (stt, text, leads, coops, time[, literal cooperating cell])."""
    return r[5] if len(r) > 5 else cell_join(r[3])


def section_tasks(items):
    """Section II items (number, text) -> truth tasks with empty fields."""
    return [(n, [], [], None, t) for n, t in items]


def appendix_tasks(groups):
    """groups: list of (numeral, title, rows); rows: (stt, text, leads, coops, time, coop_sep)."""
    out = []
    for g, _title, rows in groups:
        for r in rows:
            stt = r[0] if r[0] else "1"
            tid = stt if (stt.startswith(g + ".")) else f"{g}.{stt}"
            out.append((tid, r[2], r[3], r[4], r[1]))
    return out


def pdf_text(pdf_bytes):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(pdf_bytes))


# ---------------------------------------------------------------------------
# Shared plan body text
# ---------------------------------------------------------------------------
PURPOSE = [
    "1. Mục đích",
    "Cụ thể hóa các nhiệm vụ, giải pháp thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
    "Liên hợp quốc phù hợp với điều kiện thực tế của {place}; xác định rõ trách nhiệm của các cơ quan, "
    "đơn vị trong việc bảo đảm thực hiện quyền trẻ em.",
    "2. Yêu cầu",
    "Bám sát nội dung {basis}; phân công nhiệm vụ cụ thể, lồng ghép hiệu quả với các chương trình, "
    "kế hoạch, đề án về trẻ em đang triển khai; thường xuyên kiểm tra, đánh giá việc thực hiện.",
]
FUNDING = ("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách hằng năm của các cơ quan, "
           "đơn vị theo phân cấp ngân sách hiện hành; lồng ghép từ các chương trình mục tiêu quốc gia, "
           "nguồn xã hội hóa và các nguồn hợp pháp khác (nếu có).")

DOCS = []


def register(func):
    DOCS.append(func)
    return func


# ---------------------------------------------------------------------------
# 01 — L1 (a): Đắk Nông province, platypus Table with Paragraph cells, portrait,
#      repeated header row, page numbers at the top, two-column header block.
# ---------------------------------------------------------------------------
D01_ITEMS = [
    ("1", "Tiếp tục nghiên cứu, rà soát, tham gia hoàn thiện hệ thống pháp luật, chính sách về trẻ em "
          "phù hợp với Công ước của Liên hợp quốc về quyền trẻ em và tình hình thực tế của tỉnh."),
    ("2", "Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách "
          "nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em."),
    ("3", "Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ làm công tác trẻ em; đẩy mạnh "
          "phối hợp liên ngành, nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ em."),
    ("4", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ "
          "em, nhất là trẻ em vùng đồng bào dân tộc thiểu số."),
    ("5", "Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ "
          "em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
    ("6", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách."),
    ("7", "Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em."),
]
LDTB = "Sở Lao động - Thương binh và Xã hội"
D01_GROUPS = [
    ("I", GROUP_TITLES["law"], [
        ("1", "Rà soát, tham mưu đề xuất sửa đổi, bổ sung chính sách hỗ trợ trẻ em có hoàn cảnh đặc "
              "biệt trên địa bàn tỉnh.", [LDTB], ["Sở Tư pháp", "Sở Tài chính", "UBND các huyện, thành phố"],
         "Năm 2025"),
        ("2", "Góp ý dự thảo văn bản quy phạm pháp luật về trẻ em khi có đề nghị của cơ quan có thẩm quyền.",
         ["Sở Tư pháp"], ["Các sở, ban, ngành liên quan"], "Khi có yêu cầu"),
    ]),
    ("II", GROUP_TITLES["comm"], [
        ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Báo Đắk Nông, "
              "Đài Phát thanh và Truyền hình tỉnh và hệ thống thông tin cơ sở.",
         ["Sở Thông tin và Truyền thông"], ["Đài Phát thanh và Truyền hình tỉnh", "Báo Đắk Nông"],
         "Thường xuyên hằng năm"),
        ("2", "Truyền thông nâng cao nhận thức của cộng đồng, bảo đảm mọi trẻ em được đăng ký khai sinh "
              "và có quốc tịch theo quy định.", ["Sở Tư pháp"], ["Công an tỉnh", "UBND các huyện, thành phố"],
         "Hằng năm"),
        ("3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em vào hoạt động trải nghiệm của nhà "
              "trường.", ["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn"], "Năm học 2025 - 2026"),
    ]),
    ("III", GROUP_TITLES["cap"], [
        ("1", "Tăng cường hiệu quả kết nối Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 với mạng lưới "
              "cộng tác viên thôn, bon, buôn.", [LDTB], ["Sở Thông tin và Truyền thông", "Công an tỉnh"],
         "Thường xuyên"),
        ("2", "Bồi dưỡng kỹ năng điều tra, xử lý thân thiện với trẻ em cho cán bộ công an các cấp.",
         ["Công an tỉnh"], ["Viện Kiểm sát nhân dân tỉnh", "Tòa án nhân dân tỉnh"], "2025 - 2030"),
        ("3", "Nhân rộng mô hình tư vấn tâm lý học đường và mô hình phòng, chống bạo lực học đường.",
         ["Sở Giáo dục và Đào tạo", LDTB], ["UBND các huyện, thành phố"], "Giai đoạn 2025-2030"),
    ]),
    ("IV", GROUP_TITLES["serv"], [
        ("1", "Phòng, chống suy dinh dưỡng thấp còi, thúc đẩy nuôi con bằng sữa mẹ; tiêm chủng đầy đủ "
              "cho trẻ em.", ["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh", "UBND các huyện, thành phố"], "Hằng năm"),
        ("2", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
         ["Ban Dân tộc tỉnh"], ["Sở Tư pháp", "Sở Y tế", "UBND các huyện, thành phố"], "2025 - 2030",
         "Sở Tư pháp, Sở Y tế và UBND các huyện, thành phố"),
        ("3", "Bảo đảm trẻ em được vui chơi, giải trí; tổ chức dạy bơi, phòng, chống đuối nước cho trẻ em "
              "trong dịp hè.", ["Sở Văn hóa, Thể thao và Du lịch"], ["Tỉnh đoàn", "Sở Giáo dục và Đào tạo"],
         "Tháng 5 - tháng 8 hằng năm"),
        ("4", "Giảm thiểu ô nhiễm môi trường, tác động của biến đổi khí hậu ảnh hưởng đến sức khỏe trẻ em.",
         ["Sở Tài nguyên và Môi trường"], ["Sở Nông nghiệp và Phát triển nông thôn"], "Thường xuyên"),
    ]),
    ("V", GROUP_TITLES["insp"], [
        ("1", "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về bảo đảm quyền trẻ em.",
         [LDTB], ["Thanh tra tỉnh"], "Hằng năm"),
        ("2", "Cập nhật, khai thác cơ sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư.",
         ["Công an tỉnh"], [LDTB, "Sở Thông tin và Truyền thông"], "Quý IV/2025"),
    ]),
    ("VI", GROUP_TITLES["fund"], [
        ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của tỉnh.",
         ["Sở Tài chính"], ["Sở Kế hoạch và Đầu tư", LDTB], "Hằng năm"),
    ]),
    ("VII", GROUP_TITLES["intl"], [
        ("1", "Vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ cho các dự án hỗ trợ trẻ em.",
         ["Sở Ngoại vụ"], [LDTB, "Liên hiệp các tổ chức hữu nghị tỉnh"], "Thường xuyên"),
    ]),
]


def _styles(size=11):
    body = ParagraphStyle("body", fontName="Roboto", fontSize=size, leading=size * 1.35,
                          alignment=TA_JUSTIFY, spaceAfter=3)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER)
    bold_c = ParagraphStyle("boldc", parent=center, fontName="Roboto-Bold")
    bold = ParagraphStyle("bold", parent=body, fontName="Roboto-Bold")
    cell = ParagraphStyle("cell", fontName="Roboto", fontSize=9, leading=11)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Roboto-Bold")
    return body, center, bold_c, bold, cell, cell_b


@register
def doc01():
    doc = {"file": "ht13_01_daknong_tinh.txt", "layout": "L1"}
    body, center, bold_c, bold, cell, cell_b = _styles()
    story = []
    head = Table([
        [Paragraph("ỦY BAN NHÂN DÂN<br/><b>TỈNH ĐẮK NÔNG</b>", center),
         Paragraph("<b>" + MOTTO[0] + "</b><br/>" + MOTTO[1], center)],
        [Paragraph("Số: 58/KH-UBND", center),
         Paragraph("<i>Đắk Nông, ngày 14 tháng 02 năm 2025</i>", center)],
    ], colWidths=[65 * mm, 105 * mm])
    story += [head, Spacer(1, 8), Paragraph("KẾ HOẠCH", bold_c),
              Paragraph("Triển khai thực hiện " + Q27_TITLE + " trên địa bàn tỉnh Đắk Nông", bold_c),
              Spacer(1, 6)]
    story.append(Paragraph(
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016; thực hiện " + Q27_TITLE + ", Ủy ban nhân dân tỉnh "
        "Đắk Nông ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:", body))
    story.append(Paragraph("I. MỤC ĐÍCH, YÊU CẦU", bold))
    for p in PURPOSE:
        story.append(Paragraph(p.format(place="tỉnh Đắk Nông", basis="Quyết định số 27/QĐ-TTg"), body))
    story.append(Paragraph("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold))
    for n, t in D01_ITEMS:
        story.append(Paragraph(f"{n}. {t}", body))
    story.append(Paragraph("(Chi tiết nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)", body))
    story.append(Paragraph("III. KINH PHÍ THỰC HIỆN", bold))
    story.append(Paragraph(FUNDING, body))
    story.append(Paragraph("IV. TỔ CHỨC THỰC HIỆN", bold))
    for p in [
        "1. Sở Lao động - Thương binh và Xã hội: Là cơ quan thường trực, chủ trì, phối hợp với các sở, "
        "ban, ngành, địa phương hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; định kỳ 6 tháng "
        "(trước ngày 15/6) và hằng năm (trước ngày 01/12) tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao "
        "động - Thương binh và Xã hội.",
        "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.",
        "3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố: Căn cứ nhiệm vụ được giao tại Phụ "
        "lục, xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả gửi Sở Lao động - Thương binh và Xã "
        "hội trước ngày 05/6 và trước ngày 20/11 hằng năm.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp "
        "tuyên truyền, giám sát việc thực hiện Kế hoạch.",
        "Trong quá trình thực hiện, trường hợp sau sắp xếp tổ chức bộ máy tên gọi, nhiệm vụ của cơ quan "
        "có thay đổi thì cơ quan mới tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện./.",
    ]:
        story.append(Paragraph(p, body))
    sig = Table([[Paragraph("<b>Nơi nhận:</b><br/>- Bộ LĐTBXH;<br/>- TT Tỉnh ủy, TT HĐND tỉnh;<br/>"
                            "- CT, các PCT UBND tỉnh;<br/>- Các sở, ban, ngành;<br/>- UBND các huyện, thành phố;"
                            "<br/>- Lưu: VT, KGVX.", ParagraphStyle("n", parent=cell)),
                  Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/>"
                            "<b>Phạm Thị Thu Hà</b>", center)]], colWidths=[80 * mm, 90 * mm])
    story += [Spacer(1, 8), sig, PageBreak()]
    story.append(Paragraph("PHỤ LỤC", bold_c))
    story.append(Paragraph("NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC",
                           bold_c))
    story.append(Paragraph("<i>(Kèm theo Kế hoạch số 58/KH-UBND ngày 14/02/2025 của UBND tỉnh Đắk Nông)</i>",
                           center))
    rows = [[Paragraph(h, cell_b) for h in
             ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for g, title, items in D01_GROUPS:
        style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append([Paragraph(g, cell_b), Paragraph(title, cell_b), "", "", ""])
        for r in items:
            stt, text, leads, coops, tf = r[:5]
            rows.append([Paragraph(stt, cell), Paragraph(text, cell), Paragraph(cell_join(leads), cell),
                         Paragraph(coop_cell(r), cell), Paragraph(tf, cell)])
    t = Table(rows, colWidths=[11 * mm, 66 * mm, 30 * mm, 38 * mm, 25 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)

    def on_page(c, d):
        if d.page > 1:
            c.setFont("Roboto", 9)
            c.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(d.page))

    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4, leftMargin=22 * mm, rightMargin=18 * mm, topMargin=20 * mm,
                      bottomMargin=18 * mm, title="", author="", subject="", creator="").build(
        story, onFirstPage=on_page, onLaterPages=on_page)
    write_text(doc["file"], pdf_text(buf.getvalue()))
    plan = {"number": "58/KH-UBND", "date": "2025-02-14", "level": "province", "locality": "Đắk Nông",
            "signer": "Phạm Thị Thu Hà", "focal_agency": LDTB,
            "parent": {"number": "27/QĐ-TTg", "date": "2025-01-03"},
            "reporting": ["trước ngày 15/6", "trước ngày 01/12", "trước ngày 05/6", "trước ngày 20/11"]}
    write_truth(doc, plan, "present", section_tasks(D01_ITEMS) + appendix_tasks(D01_GROUPS))


# ---------------------------------------------------------------------------
# 02 — L1 (b): thành phố Gia Nghĩa (Đắk Nông), May 2025. Whole document landscape,
#      header block stacked (issuer, then motto, then number/date on one line),
#      appendix as a platypus Table of plain strings pre-wrapped with textwrap,
#      columns STT | Nội dung công việc | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp,
#      header row NOT repeated, no page numbers.
# ---------------------------------------------------------------------------
D02_ITEMS = [
    ("1", "Tăng cường công tác truyền thông, giáo dục, vận động xã hội về quyền trẻ em trên địa bàn "
          "thành phố."),
    ("2", "Nâng cao năng lực cho đội ngũ làm công tác trẻ em ở thành phố và các phường, xã."),
    ("3", "Phát triển các dịch vụ chăm sóc sức khỏe, trợ giúp xã hội và bảo vệ trẻ em."),
    ("4", "Kiểm tra việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em."),
    ("5", "Bố trí kinh phí và huy động nguồn lực xã hội hóa cho công tác trẻ em."),
]
D02_GROUPS = [
    ("I", "Truyền thông, giáo dục, vận động xã hội", [
        ("1", "Tuyên truyền Kế hoạch và các quy định về quyền trẻ em trên hệ thống truyền thanh cơ sở, "
              "trang thông tin điện tử thành phố.", ["Phòng Văn hóa, Khoa học và Thông tin"],
         ["Trung tâm Văn hóa - Thể thao và Truyền thông thành phố", "UBND các phường, xã"],
         "Thường xuyên hằng năm"),
        ("2", "Truyền thông phòng, chống xâm hại, bạo lực trẻ em trong trường học.",
         ["Phòng Giáo dục và Đào tạo"], ["Công an thành phố", "Thành đoàn"], "Năm học 2025 - 2026"),
    ]),
    ("II", "Nâng cao năng lực, phối hợp liên ngành", [
        ("1", "Tập huấn kỹ năng cho đội ngũ cộng tác viên bảo vệ trẻ em ở thôn, tổ dân phố.",
         ["Phòng Y tế"], ["Phòng Nội vụ", "UBND các phường, xã"], "Quý III/2025"),
        ("2", "Kiện toàn Ban Điều hành bảo vệ trẻ em các phường, xã.", ["UBND các phường, xã"],
         ["Phòng Y tế"], "Trước ngày 30/9/2025"),
    ]),
    ("III", "Phát triển dịch vụ bảo đảm quyền trẻ em", [
        ("1", "Khám sức khỏe định kỳ, tiêm chủng mở rộng đầy đủ cho trẻ em dưới 5 tuổi.",
         ["Trung tâm Y tế thành phố"], ["Phòng Y tế", "Phòng Giáo dục và Đào tạo"], "Hằng năm"),
        ("2", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt tiếp cận chính sách trợ giúp xã hội.", ["Phòng Y tế"],
         ["Phòng Tài chính - Kế hoạch", "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"], "Thường xuyên",
         "Phòng Tài chính - Kế hoạch, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"),
        ("3", "Tổ chức dạy bơi, phòng, chống đuối nước cho trẻ em dịp hè.",
         ["Phòng Văn hóa, Khoa học và Thông tin", "Thành đoàn"], ["Phòng Giáo dục và Đào tạo"],
         "Tháng 5 - tháng 8 hằng năm"),
    ]),
    ("IV", "Kiểm tra, cơ sở dữ liệu về trẻ em", [
        ("1", "Kiểm tra việc bảo đảm quyền trẻ em tại các cơ sở giáo dục mầm non ngoài công lập.",
         ["Phòng Giáo dục và Đào tạo"], ["Phòng Y tế", "Công an thành phố"], "Quý IV/2025"),
        ("2", "Rà soát, cập nhật số liệu trẻ em vào cơ sở dữ liệu về trẻ em.", ["Phòng Y tế"],
         ["Công an thành phố", "UBND các phường, xã"], "Hằng năm"),
    ]),
    ("V", "Kinh phí thực hiện", [
        ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách thành phố.",
         ["Phòng Tài chính - Kế hoạch"], ["Các cơ quan, đơn vị liên quan"], "Hằng năm"),
    ]),
]


def wrap(s, width):
    return "\n".join(textwrap.wrap(s, width)) if s else ""


@register
def doc02():
    doc = {"file": "ht13_02_gianghia.txt", "layout": "L1"}
    body, center, bold_c, bold, cell, cell_b = _styles(10.5)
    story = [Paragraph("UỶ BAN NHÂN DÂN THÀNH PHỐ GIA NGHĨA", bold_c),
             Paragraph(MOTTO[0] + " - " + MOTTO[1], center),
             Paragraph("Số: 146/KH-UBND &nbsp;&nbsp;&nbsp;&nbsp; Gia Nghĩa, ngày 12 tháng 5 năm 2025", center),
             Spacer(1, 10), Paragraph("KẾ HOẠCH", bold_c),
             Paragraph("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                       "thành phố Gia Nghĩa", bold_c), Spacer(1, 6),
             Paragraph("Căn cứ " + Q27_TITLE + "; Căn cứ Kế hoạch số 58/KH-UBND ngày 14/02/2025 của Ủy ban "
                       "nhân dân tỉnh Đắk Nông về triển khai thực hiện Quyết định số 27/QĐ-TTg trên địa bàn "
                       "tỉnh, Ủy ban nhân dân thành phố Gia Nghĩa ban hành Kế hoạch thực hiện như sau:", body),
             Paragraph("I. MỤC ĐÍCH, YÊU CẦU", bold)]
    for p in PURPOSE:
        story.append(Paragraph(p.format(place="thành phố", basis="Kế hoạch số 58/KH-UBND của UBND tỉnh"), body))
    story.append(Paragraph("II. NHIỆM VỤ, GIẢI PHÁP", bold))
    for n, t in D02_ITEMS:
        story.append(Paragraph(f"{n}. {t}", body))
    story.append(Paragraph("Nhiệm vụ cụ thể của từng cơ quan, đơn vị theo Phụ lục đính kèm.", body))
    story += [Paragraph("III. KINH PHÍ", bold), Paragraph(FUNDING, body),
              Paragraph("IV. TỔ CHỨC THỰC HIỆN", bold)]
    for p in [
        "1. Phòng Y tế: Chủ trì, phối hợp với các cơ quan, đơn vị và UBND các phường, xã triển khai, theo "
        "dõi, đôn đốc thực hiện Kế hoạch; tổng hợp báo cáo UBND thành phố và Sở Y tế định kỳ 6 tháng "
        "(trước ngày 10/6) và hằng năm (trước ngày 25/11).",
        "2. Các cơ quan, đơn vị thành phố; UBND các phường, xã: Căn cứ nhiệm vụ được phân công tổ chức "
        "thực hiện, báo cáo kết quả về Phòng Y tế.",
        "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể phối hợp thực hiện, giám sát "
        "việc thực hiện Kế hoạch.",
        "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
        "bàn thành phố Gia Nghĩa./.",
    ]:
        story.append(Paragraph(p, body))
    story.append(Paragraph("Nơi nhận: UBND tỉnh; Sở Y tế; TT Thành ủy; TT HĐND thành phố; Các cơ quan, đơn "
                           "vị; UBND các phường, xã; Lưu: VT.", cell))
    story.append(Paragraph("TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH<br/><br/>Trần Đình Khoa",
                           ParagraphStyle("sig", parent=bold_c, leftIndent=140 * mm)))
    story += [PageBreak(), Paragraph("PHỤ LỤC: PHÂN CÔNG NHIỆM VỤ", bold_c),
              Paragraph("(Ban hành kèm theo Kế hoạch số 146/KH-UBND ngày 12/5/2025 của UBND thành phố Gia Nghĩa)",
                        center), Spacer(1, 4)]
    rows = [["STT", "Nội dung công việc", "Thời gian\nthực hiện", "Đơn vị\nchủ trì", "Đơn vị phối hợp"]]
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey), ("FONT", (0, 0), (-1, -1), "Roboto", 9),
             ("FONT", (0, 0), (-1, 0), "Roboto-Bold", 9), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for g, title, items in D02_GROUPS:
        style.append(("FONT", (0, len(rows)), (-1, len(rows)), "Roboto-Bold", 9))
        rows.append([g, wrap(title, 70), "", "", ""])
        for r in items:
            rows.append([r[0], wrap(r[1], 70), wrap(r[4], 12), wrap(cell_join(r[2]), 22),
                         wrap(coop_cell(r), 30)])
    t = Table(rows, colWidths=[12 * mm, 120 * mm, 26 * mm, 45 * mm, 62 * mm], repeatRows=0)
    t.setStyle(TableStyle(style))
    story.append(t)
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=landscape(A4), leftMargin=15 * mm, rightMargin=15 * mm,
                      topMargin=15 * mm, bottomMargin=15 * mm).build(story)
    write_text(doc["file"], pdf_text(buf.getvalue()))
    plan = {"number": "146/KH-UBND", "date": "2025-05-12", "level": "district", "locality": "Gia Nghĩa",
            "signer": "Trần Đình Khoa", "focal_agency": "Phòng Y tế",
            "parent": {"number": "58/KH-UBND", "date": "2025-02-14"},
            "reporting": ["trước ngày 10/6", "trước ngày 25/11"]}
    write_truth(doc, plan, "present", section_tasks(D02_ITEMS) + appendix_tasks(D02_GROUPS))


# ---------------------------------------------------------------------------
# 03 — L1 (c): huyện Tuy Phong (Bình Thuận), June 2025 draft with blank number and day.
#      Drawn directly on the canvas: issuer left / motto right on the same lines, text laid
#      out with simpleSplit, the appendix table ruled by hand with very narrow agency columns
#      (names wrap over 3-4 lines), NO timeframe column, header row redrawn on every page,
#      footer "Trang n".
# ---------------------------------------------------------------------------
D03_ITEMS = [
    ("1", "Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, chú trọng các xã ven biển."),
    ("2", "Nâng cao năng lực cán bộ làm công tác trẻ em; phối hợp liên ngành trong bảo vệ trẻ em."),
    ("3", "Phát triển dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em."),
    ("4", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em; cập nhật cơ sở dữ liệu trẻ em."),
]
D03_GROUPS = [
    ("I", "Truyền thông, giáo dục, vận động xã hội", [
        ("1", "Phổ biến Luật Trẻ em và Kế hoạch này trên hệ thống loa truyền thanh các xã, thị trấn.",
         ["Phòng Văn hóa, Khoa học và Thông tin"],
         ["Trung tâm Văn hóa, Thông tin và Thể thao huyện", "UBND các xã, thị trấn"], None),
        ("2", "Truyền thông bảo đảm trẻ em được đăng ký khai sinh đúng hạn.", ["Phòng Tư pháp"],
         ["UBND các xã, thị trấn"], None),
        ("3", "Tuyên truyền phòng, chống mua bán trẻ em, lao động trẻ em trên tàu cá.", ["Công an huyện"],
         ["Đồn Biên phòng Liên Hương", "Đồn Biên phòng Phan Rí Cửa"], None),
    ]),
    ("II", "Nâng cao năng lực, phối hợp liên ngành", [
        ("1", "Tập huấn kỹ năng cho công chức văn hóa - xã hội cấp xã phụ trách công tác trẻ em.",
         ["Phòng Y tế"], ["Phòng Nội vụ"], None),
        ("2", "Nhân rộng mô hình trường học an toàn, thân thiện, phòng chống bạo lực học đường.",
         ["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện"], None),
    ]),
    ("III", "Phát triển dịch vụ bảo đảm quyền trẻ em", [
        ("1", "Chăm sóc dinh dưỡng, phòng, chống suy dinh dưỡng thể thấp còi cho trẻ em dưới 5 tuổi.",
         ["Trung tâm Y tế huyện"], ["Hội Liên hiệp Phụ nữ huyện", "UBND các xã, thị trấn"], None),
        ("2", "Hỗ trợ can thiệp sớm, giáo dục hòa nhập cho trẻ em khuyết tật.",
         ["Phòng Giáo dục và Đào tạo", "Phòng Y tế"],
         ["Hội Bảo trợ người khuyết tật và trẻ em mồ côi huyện"], None),
        ("3", "Phòng, chống lao động trẻ em trong khai thác, chế biến hải sản.", ["Phòng Nội vụ"],
         ["Phòng Kinh tế và Hạ tầng", "Công an huyện"], None),
    ]),
    ("IV", "Kiểm tra, cơ sở dữ liệu về trẻ em", [
        ("1", "Kiểm tra liên ngành việc thực hiện chính sách đối với trẻ em.", ["Phòng Y tế"],
         ["Thanh tra huyện", "Phòng Tư pháp"], None),
        ("2", "Rà soát, cập nhật số liệu trẻ em có hoàn cảnh đặc biệt.", ["Phòng Y tế"],
         ["UBND các xã, thị trấn"], None),
    ]),
]


@register
def doc03():
    doc = {"file": "ht13_03_tuyphong.txt", "layout": "L1"}
    W, H = A4
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    state = {"page": 1, "y": H - 20 * mm}
    left, right = 25 * mm, W - 18 * mm

    def footer():
        c.setFont("Roboto-Italic", 8)
        c.drawRightString(right, 10 * mm, "Trang %d" % state["page"])

    def new_page():
        footer()
        c.showPage()
        state["page"] += 1
        state["y"] = H - 20 * mm

    def para(text, font="Roboto", size=11, indent=0, center=False):
        lines = simpleSplit(text, font, size, right - left - indent)
        for ln in lines:
            if state["y"] < 22 * mm:
                new_page()
            c.setFont(font, size)
            if center:
                c.drawCentredString((left + right) / 2, state["y"], ln)
            else:
                c.drawString(left + indent, state["y"], ln)
            state["y"] -= size * 1.4
        state["y"] -= 3

    # header: two blocks on the same baselines
    c.setFont("Roboto", 11)
    c.drawCentredString(left + 35 * mm, H - 20 * mm, "ỦY BAN NHÂN DÂN")
    c.drawCentredString(right - 55 * mm, H - 20 * mm, MOTTO[0])
    c.setFont("Roboto-Bold", 11)
    c.drawCentredString(left + 35 * mm, H - 25 * mm, "HUYỆN TUY PHONG")
    c.drawCentredString(right - 55 * mm, H - 25 * mm, MOTTO[1])
    c.setFont("Roboto", 11)
    c.drawCentredString(left + 35 * mm, H - 33 * mm, "Số:        /KH-UBND")
    c.setFont("Roboto-Italic", 11)
    c.drawCentredString(right - 55 * mm, H - 33 * mm, "Tuy Phong, ngày       tháng 6 năm 2025")
    state["y"] = H - 48 * mm
    para("KẾ HOẠCH", "Roboto-Bold", 13, center=True)
    para("Triển khai Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
         "trên địa bàn huyện Tuy Phong", "Roboto-Bold", 11, center=True)
    para("Thực hiện Kế hoạch số 1530/KH-UBND ngày 21/4/2025 của Ủy ban nhân dân tỉnh Bình Thuận về triển "
         "khai thực hiện " + Q27_TITLE + " trên địa bàn tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch "
         "thực hiện như sau:")
    para("I. MỤC ĐÍCH, YÊU CẦU", "Roboto-Bold")
    for p in PURPOSE:
        para(p.format(place="huyện", basis="Kế hoạch số 1530/KH-UBND của UBND tỉnh"))
    para("II. NHIỆM VỤ VÀ GIẢI PHÁP", "Roboto-Bold")
    for n, t in D03_ITEMS:
        para(f"{n}. {t}")
    para("Phân công cụ thể tại Phụ lục kèm theo.")
    para("III. KINH PHÍ THỰC HIỆN", "Roboto-Bold")
    para(FUNDING)
    para("IV. TỔ CHỨC THỰC HIỆN", "Roboto-Bold")
    for p in [
        "1. Phòng Y tế: Chủ trì, phối hợp với các cơ quan, đơn vị, UBND các xã, thị trấn triển khai Kế hoạch; "
        "tổng hợp kết quả báo cáo UBND huyện trước ngày 05/6 và trước ngày 30/11 hằng năm.",
        "2. Các cơ quan, đơn vị, UBND các xã, thị trấn: Căn cứ Phụ lục tổ chức thực hiện, gửi báo cáo về "
        "Phòng Y tế trước ngày 31/5 và trước ngày 20/11 hằng năm.",
        "3. Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp thực hiện.",
        "Trên đây là Kế hoạch thực hiện Khuyến nghị về quyền trẻ em trên địa bàn huyện Tuy Phonng./.",
    ]:
        para(p)
    state["y"] -= 6
    if state["y"] < 60 * mm:
        new_page()
    y0 = state["y"]
    c.setFont("Roboto-Bold", 10)
    c.drawString(left, y0, "Nơi nhận:")
    for i, ln in enumerate(["- UBND tỉnh (b/c);", "- Sở Y tế;", "- TT Huyện ủy, HĐND huyện;",
                            "- Các cơ quan, đơn vị;", "- UBND các xã, thị trấn;", "- Lưu: VT."]):
        c.setFont("Roboto", 9)
        c.drawString(left, y0 - 12 - i * 11, ln)
    for i, ln in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]):
        c.setFont("Roboto-Bold", 11)
        c.drawCentredString(right - 40 * mm, y0 - i * 14, ln)
    c.drawCentredString(right - 40 * mm, y0 - 70, "Nguyễn Văn Sáu")
    new_page()
    # appendix
    state["y"] = H - 20 * mm
    para("PHỤ LỤC", "Roboto-Bold", 12, center=True)
    para("PHÂN CÔNG THỰC HIỆN KẾ HOẠCH (Kèm theo Kế hoạch số      /KH-UBND ngày    /6/2025 của UBND huyện)",
         "Roboto-Italic", 10, center=True)
    cols = [12 * mm, 93 * mm, 28 * mm, 34 * mm]
    xs = [left]
    for w in cols:
        xs.append(xs[-1] + w)
    fsz, lead = 9, 11

    def draw_row(cells, font="Roboto", span=False):
        widths = [cols[0], sum(cols[1:])] if span else cols
        split = [simpleSplit(t, font, fsz, w - 4) for t, w in zip(cells, widths)]
        h = max(len(s) for s in split) * lead + 5
        if state["y"] - h < 18 * mm:
            c.line(xs[0], state["y"], xs[-1], state["y"])
            new_page()
            draw_header()
        top = state["y"]
        c.setFont(font, fsz)
        x = xs[0]
        for lines, w in zip(split, widths):
            for i, ln in enumerate(lines):
                c.drawString(x + 2, top - lead * (i + 1) + 2, ln)
            x += w
        c.line(xs[0], top, xs[-1], top)
        bounds = [xs[0], xs[1], xs[-1]] if span else xs
        for x in bounds:
            c.line(x, top, x, top - h)
        state["y"] = top - h

    def draw_header():
        draw_row(["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp"], "Roboto-Bold")

    draw_header()
    for g, title, items in D03_GROUPS:
        draw_row([g, title], "Roboto-Bold", span=True)
        for r in items:
            draw_row([r[0], r[1], cell_join(r[2]), coop_cell(r)])
    c.line(xs[0], state["y"], xs[-1], state["y"])
    footer()
    c.showPage()
    c.save()
    write_text(doc["file"], pdf_text(buf.getvalue()))
    plan = {"number": None, "date": "2025-06", "level": "district", "locality": "Tuy Phong",
            "signer": "Nguyễn Văn Sáu", "focal_agency": "Phòng Y tế",
            "parent": {"number": "1530/KH-UBND", "date": "2025-04-21"},
            "reporting": ["trước ngày 05/6", "trước ngày 30/11", "trước ngày 31/5", "trước ngày 20/11"]}
    write_truth(doc, plan, "present", section_tasks(D03_ITEMS) + appendix_tasks(D03_GROUPS))


# ---------------------------------------------------------------------------
# 10 — L8: phường Bắc Gia Nghĩa (Lâm Đồng), October 2025, a .docx with a real Word table;
#      groups numbered 1, 2, 3 with rows 1.1, 1.2, ...; group title merged across columns.
# ---------------------------------------------------------------------------
D10_ITEMS = [
    ("1", "Đẩy mạnh truyền thông, nâng cao năng lực đội ngũ làm công tác trẻ em của phường và tổ dân phố."),
    ("2", "Phát triển dịch vụ chăm sóc, giáo dục và bảo vệ trẻ em trên địa bàn phường."),
    ("3", "Kiểm tra, cập nhật cơ sở dữ liệu về trẻ em và bố trí kinh phí thực hiện."),
]
VXH = "Phòng Văn hóa - Xã hội"
D10_GROUPS = [
    ("1", "Truyền thông, nâng cao năng lực", [
        ("1.1", "Tuyên truyền Luật Trẻ em, kỹ năng phòng, chống xâm hại trẻ em qua loa truyền thanh, "
                "trang thông tin điện tử và nhóm mạng xã hội của tổ dân phố.", [VXH],
         ["Đoàn Thanh niên phường", "các tổ dân phố"], "Thường xuyên"),
        ("1.2", "Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em ở tổ dân phố sau sắp xếp.", [VXH],
         ["Văn phòng HĐND và UBND phường"], "Quý IV/2025"),
        ("1.3", "Cử công chức tham gia tập huấn nghiệp vụ bảo vệ trẻ em do Sở Y tế tổ chức.",
         ["Văn phòng HĐND và UBND phường"], [VXH], "Theo kế hoạch của Sở Y tế"),
        ("1.4", "Tổ chức Diễn đàn trẻ em phường, lắng nghe ý kiến, nguyện vọng của trẻ em.",
         ["Đoàn Thanh niên phường"], [VXH, "Hội Liên hiệp Phụ nữ phường"], "Tháng 6 hằng năm"),
    ]),
    ("2", "Phát triển dịch vụ bảo đảm quyền trẻ em", [
        ("2.1", "Tiêm chủng đầy đủ, khám sàng lọc, phòng, chống suy dinh dưỡng cho trẻ em dưới 5 tuổi.",
         ["Trạm Y tế phường"], ["Hội Liên hiệp Phụ nữ phường", "các trường mầm non"], "Hằng năm"),
        ("2.2", "Bảo đảm giáo dục hòa nhập cho trẻ em khuyết tật, trẻ em dân tộc thiểu số.",
         ["Các trường tiểu học, trung học cơ sở trên địa bàn phường"], [VXH], "Năm học 2025 - 2026"),
        ("2.3", "Phòng, chống đuối nước trẻ em tại hồ Gia Nghĩa, các hồ, ao, suối trên địa bàn.",
         [VXH, "Công an phường"], ["Ban Chỉ huy Quân sự phường", "các tổ dân phố"],
         "Tháng 5 - tháng 8 hằng năm", "Ban Chỉ huy Quân sự phường và các tổ dân phố"),
        ("2.4", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt tiếp cận chính sách trợ giúp xã hội, chăm sóc thay thế.",
         [VXH], ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], "Khi phát sinh"),
        ("2.5", "Kiểm tra, phòng ngừa sử dụng lao động trẻ em tại các cơ sở kinh doanh, dịch vụ.",
         ["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Công an phường", VXH], "Năm 2025 và các năm tiếp theo",
         "Công an phường, Phòng Văn hóa - Xã hội"),
    ]),
    ("3", "Kiểm tra, cơ sở dữ liệu và kinh phí", [
        ("3.1", "Kiểm tra việc thực hiện quyền trẻ em tại các cơ sở giáo dục mầm non, nhóm trẻ độc lập.",
         [VXH], ["Trạm Y tế phường", "Công an phường"], "Quý I/2026"),
        ("3.2", "Rà soát, cập nhật cơ sở dữ liệu về trẻ em, đối chiếu với cơ sở dữ liệu quốc gia về dân cư.",
         [VXH], ["Công an phường"], "Trước ngày 31/12/2025"),
        ("3.3", "Cân đối, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường.",
         ["Phòng Kinh tế, Hạ tầng và Đô thị"], ["Văn phòng HĐND và UBND phường"], "Hằng năm"),
        ("3.4", "Vận động doanh nghiệp, nhà hảo tâm hỗ trợ học bổng, xe đạp cho trẻ em nghèo.",
         ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], ["Hội Khuyến học phường"], "Hằng năm"),
    ]),
]


def _docx_fixed_props(d, title=""):
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1


@register
def doc10():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    doc = {"file": "ht13_10_bacgianghia.docx", "layout": "L8"}
    d = docx.Document()
    _docx_fixed_props(d)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def p(text, bold=False, italic=False, center=False):
        para = d.add_paragraph()
        run = para.add_run(text)
        run.bold, run.italic = bold, italic
        if center:
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return para

    head = d.add_table(rows=2, cols=2)
    head.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nPHƯỜNG BẮC GIA NGHĨA"
    head.cell(0, 1).text = MOTTO[0] + "\n" + MOTTO[1]
    head.cell(1, 0).text = "Số: 112/KH-UBND"
    head.cell(1, 1).text = "Bắc Gia Nghĩa, ngày 14 tháng 10 năm 2025"
    p("KẾ HOẠCH", bold=True, center=True)
    p("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn phường Bắc Gia Nghĩa "
      "giai đoạn 2025 - 2030", bold=True, center=True)
    p("Căn cứ " + Q27_TITLE + ";")
    p("Căn cứ Kế hoạch số 318/KH-UBND ngày 12/8/2025 của Ủy ban nhân dân tỉnh Lâm Đồng về thực hiện Khuyến "
      "nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Lâm Đồng;")
    p("Ủy ban nhân dân phường Bắc Gia Nghĩa ban hành Kế hoạch thực hiện như sau:")
    p("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    for t in PURPOSE:
        p(t.format(place="phường", basis="Kế hoạch số 318/KH-UBND của UBND tỉnh"))
    p("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold=True)
    for n, t in D10_ITEMS:
        p(f"{n}. {t}")
    p("(Nhiệm vụ cụ thể theo Phụ lục kèm theo)", italic=True)
    p("III. KINH PHÍ THỰC HIỆN", bold=True)
    p(FUNDING)
    p("IV. TỔ CHỨC THỰC HIỆN", bold=True)
    p("1. Phòng Văn hóa - Xã hội: Chủ trì, phối hợp với các cơ quan, đơn vị, tổ dân phố theo dõi, đôn đốc "
      "việc thực hiện Kế hoạch; tham mưu UBND phường báo cáo Sở Y tế tỉnh Lâm Đồng định kỳ 6 tháng (trước "
      "ngày 10/6) và hằng năm (trước ngày 10/12).")
    p("2. Các cơ quan, đơn vị, tổ dân phố: Căn cứ Phụ lục triển khai thực hiện, báo cáo kết quả về Phòng Văn "
      "hóa - Xã hội trước ngày 05/6 và trước ngày 05/12 hằng năm.")
    p("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phối hợp thực "
      "hiện, giám sát việc thực hiện Kế hoạch./.")
    sig = d.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = ("Nơi nhận:\n- UBND tỉnh Lâm Đồng;\n- Sở Y tế;\n- TT Đảng ủy, HĐND phường;\n"
                           "- Các cơ quan, đơn vị;\n- Lưu: VT.")
    sig.cell(0, 1).text = "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nH' Loan Byă"
    d.add_page_break()
    p("PHỤ LỤC", bold=True, center=True)
    p("NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH", bold=True, center=True)
    p("(Kèm theo Kế hoạch số 112/KH-UBND ngày 14/10/2025 của UBND phường Bắc Gia Nghĩa)", italic=True,
      center=True)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for g, title, items in D10_GROUPS:
        row = t.add_row().cells
        row[0].text = g
        merged = row[1].merge(row[4])
        merged.text = title
        merged.paragraphs[0].runs[0].bold = True
        row[0].paragraphs[0].runs[0].bold = True
        for r in items:
            cells = t.add_row().cells
            for i, v in enumerate([r[0], r[1], cell_join(r[2]), coop_cell(r), r[4]]):
                cells[i].text = v
    d.save(path(doc["file"]))
    normalize_zip(doc["file"])
    plan = {"number": "112/KH-UBND", "date": "2025-10-14", "level": "commune", "locality": "Bắc Gia Nghĩa",
            "signer": "H' Loan Byă", "focal_agency": VXH,
            "parent": {"number": "318/KH-UBND", "date": "2025-08-12"},
            "reporting": ["trước ngày 10/6", "trước ngày 10/12", "trước ngày 05/6", "trước ngày 05/12"]}
    write_truth(doc, plan, "present", section_tasks(D10_ITEMS) + appendix_tasks(D10_GROUPS))


# ---------------------------------------------------------------------------
# 11 — L9: phường Bảo An (Khánh Hòa), September 2025, the PDF itself (not extracted), appendix
#      as a ruled GRID table with an extra "Ghi chú" column, on landscape pages.
# ---------------------------------------------------------------------------
D11_ITEMS = [
    ("1", "Tuyên truyền, nâng cao nhận thức về quyền trẻ em trong gia đình, nhà trường và cộng đồng."),
    ("2", "Củng cố đội ngũ làm công tác trẻ em; phối hợp liên ngành trong bảo vệ trẻ em."),
    ("3", "Bảo đảm trẻ em được tiếp cận các dịch vụ y tế, giáo dục, vui chơi, giải trí."),
    ("4", "Kiểm tra, giám sát; cập nhật cơ sở dữ liệu về trẻ em."),
]
VP_BA = "Văn phòng HĐND và UBND phường"
D11_GROUPS = [
    ("I", "Tuyên truyền, nâng cao nhận thức", [
        ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em qua hệ thống truyền "
              "thanh và các buổi sinh hoạt khu phố.", ["Phòng Văn hóa - Xã hội"],
         ["Ủy ban Mặt trận Tổ quốc Việt Nam phường", "các khu phố"], "Thường xuyên", "Lồng ghép"),
        ("2", "Tuyên truyền kỹ năng an toàn trên môi trường mạng cho học sinh.", ["Công an phường"],
         ["Các trường trung học cơ sở trên địa bàn"], "Năm học 2025 - 2026", ""),
        ("3", "Truyền thông về phòng, chống tảo hôn trong cộng đồng người Chăm.", ["Phòng Văn hóa - Xã hội"],
         ["Hội Liên hiệp Phụ nữ phường", "Chức sắc tôn giáo tại địa phương"], "2025 - 2030", ""),
    ]),
    ("II", "Củng cố đội ngũ, phối hợp liên ngành", [
        ("1", "Phân công công chức phụ trách công tác trẻ em; kiện toàn Ban Bảo vệ trẻ em phường.",
         [VP_BA], ["Phòng Văn hóa - Xã hội"], "Trước ngày 30/10/2025", ""),
        ("2", "Phối hợp tiếp nhận, xử lý thông tin về trẻ em bị xâm hại qua Tổng đài 111.",
         ["Phòng Văn hóa - Xã hội", "Công an phường"], ["Trạm Y tế phường"], "Khi có vụ việc", ""),
    ]),
    ("III", "Dịch vụ y tế, giáo dục, vui chơi", [
        ("1", "Tiêm chủng mở rộng, theo dõi tăng trưởng, phòng, chống suy dinh dưỡng trẻ em.",
         ["Trạm Y tế phường"], ["Các trường mầm non", "Hội Liên hiệp Phụ nữ phường"], "Hằng năm", ""),
        ("2", "Duy trì phổ cập giáo dục, vận động trẻ em bỏ học trở lại trường.",
         ["Các trường tiểu học, trung học cơ sở trên địa bàn"], ["Phòng Văn hóa - Xã hội"],
         "Tháng 8 - tháng 9 hằng năm", ""),
        ("3", "Tổ chức hoạt động vui chơi, sinh hoạt hè cho trẻ em tại các khu phố.",
         ["Đoàn Thanh niên phường"], ["Phòng Văn hóa - Xã hội", "các khu phố"], "Tháng 6 - tháng 8 hằng năm", ""),
        ("4", "Phòng, chống đuối nước trẻ em tại sông Dinh, hồ, ao trên địa bàn.",
         ["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên phường", "Công an phường"], "Quý II hằng năm",
         "Phối hợp đơn vị cứu hộ"),
    ]),
    ("IV", "Kiểm tra, cơ sở dữ liệu", [
        ("1", "Kiểm tra các nhóm trẻ, lớp mầm non độc lập trên địa bàn.", ["Phòng Văn hóa - Xã hội"],
         ["Trạm Y tế phường", "Công an phường"], "Quý IV/2025", ""),
        ("2", "Cập nhật cơ sở dữ liệu về trẻ em, trẻ em có hoàn cảnh đặc biệt.", ["Phòng Văn hóa - Xã hội"],
         ["Công an phường"], "Trước ngày 15/12/2025", ""),
        ("3", "Bố trí kinh phí thực hiện trong dự toán ngân sách phường.", ["Phòng Kinh tế, Hạ tầng và Đô thị"],
         [VP_BA], "Hằng năm", ""),
    ]),
]


@register
def doc11():
    doc = {"file": "ht13_11_baoan.pdf", "layout": "L9"}
    body, center, bold_c, bold, cell, cell_b = _styles(11.5)
    story = []
    head = Table([["ỦY BAN NHÂN DÂN", MOTTO[0]], ["PHƯỜNG BẢO AN", MOTTO[1]],
                  ["Số: 205/KH-UBND", "Bảo An, ngày 15 tháng 9 năm 2025"]],
                 colWidths=[70 * mm, 100 * mm])
    head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Roboto", 11), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                              ("FONT", (0, 1), (-1, 1), "Roboto-Bold", 11),
                              ("FONT", (1, 2), (1, 2), "Roboto-Italic", 11)]))
    story += [head, Spacer(1, 10), Paragraph("KẾ HOẠCH", bold_c),
              Paragraph("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                        "phường Bảo An", bold_c), Spacer(1, 6),
              Paragraph("Căn cứ " + Q27_TITLE + ";", body),
              Paragraph("Thực hiện Kế hoạch số 2786/KH-UBND ngày 20/8/2025 của Ủy ban nhân dân tỉnh Khánh Hòa "
                        "triển khai thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh, Ủy ban nhân dân phường "
                        "Bảo An ban hành Kế hoạch như sau:", body),
              Paragraph("I. MỤC ĐÍCH, YÊU CẦU", bold)]
    for t in PURPOSE:
        story.append(Paragraph(t.format(place="phường", basis="Kế hoạch số 2786/KH-UBND của UBND tỉnh"), body))
    story.append(Paragraph("II. NHIỆM VỤ VÀ GIẢI PHÁP", bold))
    for n, t in D11_ITEMS:
        story.append(Paragraph(f"{n}. {t}", body))
    story.append(Paragraph("(Phân công cụ thể tại Phụ lục kèm theo)", body))
    story += [Paragraph("III. KINH PHÍ", bold), Paragraph(FUNDING, body), Paragraph("IV. TỔ CHỨC THỰC HIỆN", bold)]
    for t in [
        "1. Văn phòng HĐND và UBND phường: Là đầu mối tham mưu UBND phường theo dõi, đôn đốc triển khai Kế "
        "hoạch; tổng hợp báo cáo Sở Y tế tỉnh Khánh Hòa định kỳ 6 tháng (trước ngày 12/6) và hằng năm "
        "(trước ngày 12/12).",
        "2. Phòng Văn hóa - Xã hội: Hướng dẫn chuyên môn về công tác trẻ em; phối hợp theo dõi, đánh giá kết quả.",
        "3. Các cơ quan, đơn vị, khu phố: Thực hiện nhiệm vụ được phân công và báo cáo kết quả về Văn phòng "
        "HĐND và UBND phường.",
        "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phối hợp giám "
        "sát việc thực hiện./.",
    ]:
        story.append(Paragraph(t, body))
    story.append(Spacer(1, 8))
    story.append(Table([[Paragraph("<b>Nơi nhận:</b><br/>- UBND tỉnh Khánh Hòa;<br/>- Sở Y tế;<br/>"
                                   "- TT Đảng ủy, HĐND phường;<br/>- Lưu: VT.", cell),
                         Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>CHỦ TỊCH</b><br/><br/><br/><b>Trương Thị Ngọc "
                                   "Trâm</b>", center)]], colWidths=[80 * mm, 90 * mm]))
    app = [Paragraph("PHỤ LỤC", bold_c),
           Paragraph("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH SỐ 205/KH-UBND NGÀY 15/9/2025 CỦA UBND PHƯỜNG BẢO AN",
                     bold_c), Spacer(1, 4)]
    rows = [[Paragraph(h, cell_b) for h in ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                            "Thời gian thực hiện", "Ghi chú"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]
    for g, title, items in D11_GROUPS:
        style.append(("SPAN", (1, len(rows)), (-1, len(rows))))
        rows.append([Paragraph(g, cell_b), Paragraph(title, cell_b), "", "", "", ""])
        for r in items:
            rows.append([Paragraph(r[0], cell), Paragraph(r[1], cell), Paragraph(cell_join(r[2]), cell),
                         Paragraph(cell_join(r[3]), cell), Paragraph(r[4], cell), Paragraph(r[5], cell)])
    tb = Table(rows, colWidths=[12 * mm, 100 * mm, 42 * mm, 55 * mm, 36 * mm, 22 * mm], repeatRows=1)
    tb.setStyle(TableStyle(style))
    app.append(tb)

    from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate
    buf = io.BytesIO()
    bd = BaseDocTemplate(buf, pagesize=A4)
    fp = Frame(22 * mm, 18 * mm, A4[0] - 40 * mm, A4[1] - 36 * mm, id="p")
    fl = Frame(15 * mm, 15 * mm, A4[1] - 30 * mm, A4[0] - 30 * mm, id="l")
    bd.addPageTemplates([PageTemplate("portrait", [fp], pagesize=A4),
                         PageTemplate("landscape", [fl], pagesize=landscape(A4))])
    bd.build(story + [NextPageTemplate("landscape"), PageBreak()] + app)
    with open(path(doc["file"]), "wb") as f:
        f.write(buf.getvalue())
    plan = {"number": "205/KH-UBND", "date": "2025-09-15", "level": "commune", "locality": "Bảo An",
            "signer": "Trương Thị Ngọc Trâm", "focal_agency": VP_BA,
            "parent": {"number": "2786/KH-UBND", "date": "2025-08-20"},
            "reporting": ["trước ngày 12/6", "trước ngày 12/12"]}
    write_truth(doc, plan, "present", section_tasks(D11_ITEMS) + appendix_tasks(D11_GROUPS))


# ---------------------------------------------------------------------------
# 12 — L10 (.xlsx): task sheet of the Bình Thuận provincial plan 1530/KH-UBND (21/4/2025).
# ---------------------------------------------------------------------------
D12_GROUPS = [
    ("I", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách", [
        ("1", "Rà soát, tham mưu UBND tỉnh đề xuất sửa đổi, bổ sung chính sách về trẻ em, trẻ em khuyết tật, "
              "trẻ em lang thang", ["Sở Y tế"], ["Các sở, ban, ngành liên quan", "UBND các huyện, thị xã, thành phố"],
         "Theo đề nghị của Bộ Y tế"),
        ("2", "Góp ý dự thảo sửa đổi Bộ luật Hình sự, các văn bản về không quốc tịch khi có đề nghị",
         ["Sở Tư pháp"], ["Công an tỉnh"], "Khi có yêu cầu"),
    ]),
    ("II", "Truyền thông, giáo dục, vận động xã hội", [
        ("1", "Truyền thông về Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em; phòng, chống bạo lực, "
              "xâm hại trẻ em", ["Sở Y tế"], ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Bình Thuận"],
         "Thường xuyên hằng năm", "Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Bình Thuận"),
        ("2", "Bảo đảm mọi trẻ em được đăng ký khai sinh và có quốc tịch", ["Sở Tư pháp"],
         ["UBND các huyện, thị xã, thành phố"], "Hằng năm"),
        ("3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, ứng phó biến đổi khí hậu vào nhà trường",
         ["Sở Giáo dục và Đào tạo"], ["Sở Nông nghiệp và Môi trường"], "Năm học 2025 - 2026"),
        ("4", "Nâng cao nhận thức về phòng, chống mua bán trẻ em", ["Công an tỉnh"],
         ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"], "2025 - 2030"),
    ]),
    ("III", "Nâng cao năng lực; phối hợp liên ngành; mô hình", [
        ("1", "Tăng cường hiệu quả kết nối Tổng đài điện thoại quốc gia bảo vệ trẻ em 111", ["Sở Y tế"],
         ["Sở Khoa học và Công nghệ", "Công an tỉnh"], "Thường xuyên"),
        ("2", "Xây dựng quy trình xử lý vi phạm hành chính thân thiện với trẻ em; nuôi con nuôi",
         ["Sở Tư pháp"], ["Các sở, ban, ngành liên quan"], "Năm 2025"),
        ("3", "Nâng cao kiến thức, kỹ năng bảo vệ trẻ em trên môi trường mạng", ["Sở Văn hóa, Thể thao và Du lịch",
                                                                                 "Sở Khoa học và Công nghệ"],
         ["Tỉnh đoàn"], "Giai đoạn 2025-2030"),
    ]),
    ("IV", "Phát triển hệ thống dịch vụ", [
        ("1", "Phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng sữa mẹ; phòng, chống HIV/AIDS ở trẻ em",
         ["Sở Y tế"], ["Hội Liên hiệp Phụ nữ tỉnh", "UBND các huyện, thị xã, thành phố"], "Hằng năm"),
        ("2", "Giảm thiểu tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số",
         ["Sở Dân tộc và Tôn giáo"], ["Sở Tư pháp", "Sở Y tế"], "2025 - 2030"),
        ("3", "Bảo đảm trẻ em được vui chơi, giải trí; phòng, chống xâm hại trẻ em trong hoạt động du lịch",
         ["Sở Văn hóa, Thể thao và Du lịch"], ["Công an tỉnh"], "Tháng 5 - tháng 8 hằng năm"),
        ("4", "Giảm thiểu tác động của biến đổi khí hậu, ô nhiễm không khí đến sức khỏe trẻ em",
         ["Sở Nông nghiệp và Môi trường"], ["Sở Y tế"], "Thường xuyên"),
    ]),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", [
        ("1", "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về quyền trẻ em", ["Sở Y tế"],
         ["Thanh tra tỉnh"], "Hằng năm"),
        ("2", "Chia sẻ thông tin thống kê về trẻ em giữa các cơ quan", ["Sở Tài chính"],
         ["Thống kê tỉnh Bình Thuận", "Sở Y tế"], "Quý IV/2025"),
    ]),
    ("VI", "Ưu tiên bố trí kinh phí", [
        ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm",
         ["Sở Tài chính"], ["Sở Y tế"], "Hằng năm"),
    ]),
    ("VII", "Hợp tác quốc tế", [
        ("1", "Vận động tài trợ của các tổ chức quốc tế cho các dự án vì trẻ em", ["Sở Ngoại vụ"],
         ["Sở Y tế", "Liên hiệp các tổ chức hữu nghị tỉnh"], "Khi có yêu cầu"),
    ]),
]


def _task_sheet_rows(groups, with_note=False):
    header = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    if with_note:
        header.append("Ghi chú")
    rows = [header]
    for g, title, items in groups:
        rows.append([g, title] + [""] * (len(header) - 2))
        for r in items:
            row = [r[0], r[1], cell_join(r[2]), coop_cell(r), r[4] or ""]
            if with_note:
                row.append("")
            rows.append(row)
    return rows


@register
def doc12():
    import openpyxl
    from openpyxl.styles import Font
    doc = {"file": "ht13_12_binhthuan_tinh.xlsx", "layout": "L10"}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    meta = [
        ("Trường", "Giá trị"),
        ("Số", "1530/KH-UBND"),
        ("Ngày", "21/04/2025"),
        ("Loại văn bản", "Kế hoạch"),
        ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ về "
                      "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
                      "địa bàn tỉnh"),
        ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Bình Thuận"),
        ("Cấp", "tỉnh"),
        ("Địa bàn", "Bình Thuận"),
        ("Căn cứ", Q27),
        ("Triển khai", Q27),
        ("Người ký", "Nguyễn Minh"),
        ("Chức vụ người ký", "Phó Chủ tịch"),
        ("Cơ quan đầu mối", "Sở Y tế"),
        ("Ghi chú nhập liệu", "Phụ lục phân công nhiệm vụ nhập từ bản ký ngày 21/4/2025"),
    ]
    for row in meta:
        ws.append(list(row))
    ws["A1"].font = Font(bold=True)
    ws["B1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("Nhiệm vụ")
    for row in _task_sheet_rows(D12_GROUPS, with_note=True):
        ws2.append(row)
    for c in ws2[1]:
        c.font = Font(bold=True)
    ws2.column_dimensions["B"].width = 80
    wb.properties.creator = ""
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.save(path(doc["file"]))
    normalize_zip(doc["file"])
    plan = {"number": "1530/KH-UBND", "date": "2025-04-21", "level": "province", "locality": "Bình Thuận",
            "signer": "Nguyễn Minh", "focal_agency": "Sở Y tế",
            "parent": {"number": "27/QĐ-TTg", "date": "2025-01-03"}, "reporting": []}
    write_truth(doc, plan, "present", appendix_tasks(D12_GROUPS))


# ---------------------------------------------------------------------------
# 13 — L10 (.csv): task sheet of phường Hàm Thắng (Lâm Đồng), November 2025 (month only),
#      groups numbered 1, 2, 3 with rows a, b, c (ids "1.a"); signer left empty.
# ---------------------------------------------------------------------------
D13_GROUPS = [
    ("1", "Truyền thông và nâng cao năng lực", [
        ("a", "Tuyên truyền về quyền và bổn phận của trẻ em tại các khu phố, trường học",
         ["Phòng Văn hóa - Xã hội"], ["Đoàn Thanh niên phường", "các trường học trên địa bàn"], "Thường xuyên"),
        ("b", "Bồi dưỡng kỹ năng cho cộng tác viên bảo vệ trẻ em khu phố", ["Phòng Văn hóa - Xã hội"],
         ["Văn phòng HĐND và UBND phường"], "Quý I/2026"),
        ("c", "Tổ chức Diễn đàn trẻ em phường Hàm Thắng", ["Đoàn Thanh niên phường"],
         ["Phòng Văn hóa - Xã hội"], "Tháng 6/2026"),
    ]),
    ("2", "Bảo vệ, chăm sóc trẻ em", [
        ("a", "Phòng, chống bạo lực, xâm hại trẻ em; tiếp nhận, xử lý tin báo qua Tổng đài 111",
         ["Công an phường"], ["Phòng Văn hóa - Xã hội", "Trạm Y tế phường"], "Khi có vụ việc"),
        ("b", "Chăm sóc sức khỏe ban đầu, tiêm chủng, phòng, chống suy dinh dưỡng", ["Trạm Y tế phường"],
         ["Hội Liên hiệp Phụ nữ phường"], "Hằng năm"),
        ("c", "Phòng, chống đuối nước trẻ em tại hồ Sông Quao và các hồ, đập trên địa bàn",
         ["Phòng Văn hóa - Xã hội", "Ban Chỉ huy Quân sự phường"], ["Đoàn Thanh niên phường"],
         "Tháng 5 - tháng 8 hằng năm"),
        ("d", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật tiếp cận chính sách",
         ["Phòng Văn hóa - Xã hội"], ["Ủy ban Mặt trận Tổ quốc Việt Nam phường"], "Thường xuyên"),
    ]),
    ("3", "Kiểm tra, dữ liệu và kinh phí", [
        ("a", "Kiểm tra các cơ sở giáo dục mầm non ngoài công lập, nhóm trẻ gia đình",
         ["Phòng Văn hóa - Xã hội"], ["Trạm Y tế phường", "Công an phường"], "Quý II/2026"),
        ("b", "Cập nhật cơ sở dữ liệu về trẻ em trên phần mềm quản lý", ["Phòng Văn hóa - Xã hội"],
         ["Công an phường"], "Trước ngày 31/12/2025"),
        ("c", "Bố trí kinh phí thực hiện trong dự toán ngân sách phường năm 2026", ["Phòng Kinh tế"],
         ["Văn phòng HĐND và UBND phường"], "Năm 2026"),
    ]),
]


@register
def doc13():
    doc = {"file": "ht13_13_hamthang.csv", "layout": "L10"}
    meta = [
        ("Trường", "Giá trị"),
        ("Số", "64/KH-UBND"),
        ("Ngày", "11/2025"),
        ("Loại văn bản", "Kế hoạch"),
        ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn phường "
                      "Hàm Thắng"),
        ("Cơ quan ban hành", "Ủy ban nhân dân phường Hàm Thắng"),
        ("Cấp", "xã"),
        ("Địa bàn", "Hàm Thắng"),
        ("Thuộc tỉnh", "Lâm Đồng"),
        ("Căn cứ", Q27),
        ("Căn cứ", "Kế hoạch số 318/KH-UBND ngày 12/8/2025 của Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("Triển khai", "Kế hoạch số 318/KH-UBND ngày 12/8/2025 của Ủy ban nhân dân tỉnh Lâm Đồng"),
        ("Người ký", ""),
        ("Chức vụ người ký", "Chủ tịch"),
        ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    for row in meta:
        w.writerow(row)
    w.writerow([])
    for row in _task_sheet_rows(D13_GROUPS):
        w.writerow(row)
    write_text(doc["file"], buf.getvalue())
    plan = {"number": "64/KH-UBND", "date": "2025-11", "level": "commune", "locality": "Hàm Thắng",
            "signer": None, "focal_agency": "Phòng Văn hóa - Xã hội",
            "parent": {"number": "318/KH-UBND", "date": "2025-08-12"}, "reporting": []}
    write_truth(doc, plan, "present", appendix_tasks(D13_GROUPS))


def main():
    for f in DOCS:
        f()
        print("generated", f.__name__)


if __name__ == "__main__":
    main()
