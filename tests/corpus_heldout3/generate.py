"""Regenerate every generated file of the held-out corpus 3 (tests/corpus_heldout3/).

Run:  /work/main/.venv/bin/python tests/corpus_heldout3/generate.py

Writes (and overwrites):
  k01_caobang.txt, k02_muongang.txt, k03_boyte.txt   L1: PDF built with reportlab, text
                                                      extracted with pdfminer (PDF not kept)
  k10_phumy.docx                                      L8: python-docx
  k11_dongnai.pdf                                     L9: reportlab, ruled table
  k12_binhthanh.xlsx                                  L10: openpyxl task sheet
  k13_coto.csv                                        L10: csv task sheet

The output is deterministic (reportlab invariant mode, fixed zip timestamps).
The truth files (*.truth.json) and the Markdown documents are written by hand and are
NOT produced by this script.
"""

import csv
import io
import os
import tempfile
import zipfile
import datetime

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
pdfmetrics.registerFont(TTFont("Roboto", os.path.join(FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(FONT_DIR, "Roboto-Italic.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily

registerFontFamily("Roboto", normal="Roboto", bold="Roboto-Bold", italic="Roboto-Italic",
                   boldItalic="Roboto-Bold")

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- helpers: PDF

def styles(size=12):
    lead = size * 1.35
    return {
        "body": ParagraphStyle("body", fontName="Roboto", fontSize=size, leading=lead,
                               alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=4),
        "plain": ParagraphStyle("plain", fontName="Roboto", fontSize=size, leading=lead,
                                alignment=TA_JUSTIFY, spaceAfter=4),
        "head": ParagraphStyle("head", fontName="Roboto-Bold", fontSize=size, leading=lead,
                               alignment=TA_LEFT, spaceBefore=4, spaceAfter=4),
        "subhead": ParagraphStyle("subhead", fontName="Roboto-Bold", fontSize=size,
                                  leading=lead, alignment=TA_LEFT, firstLineIndent=1.0 * cm,
                                  spaceAfter=3),
        "title": ParagraphStyle("title", fontName="Roboto-Bold", fontSize=size + 2,
                                leading=lead + 2, alignment=TA_CENTER, spaceBefore=8),
        "subtitle": ParagraphStyle("subtitle", fontName="Roboto-Bold", fontSize=size,
                                   leading=lead, alignment=TA_CENTER, spaceAfter=10),
        "center": ParagraphStyle("center", fontName="Roboto", fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
        "centeri": ParagraphStyle("centeri", fontName="Roboto-Italic", fontSize=size,
                                  leading=lead, alignment=TA_CENTER, spaceAfter=6),
        "hdr": ParagraphStyle("hdr", fontName="Roboto", fontSize=size - 1, leading=lead - 1,
                              alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName="Roboto", fontSize=9, leading=11,
                                alignment=TA_LEFT),
        "sig": ParagraphStyle("sig", fontName="Roboto-Bold", fontSize=size, leading=lead,
                              alignment=TA_CENTER),
    }


def cell_style(size=9.5, bold=False, align=TA_LEFT):
    return ParagraphStyle("c%s%s%s" % (size, bold, align),
                          fontName="Roboto-Bold" if bold else "Roboto",
                          fontSize=size, leading=size * 1.25, alignment=align)


def header_block(st, left, right, widths=(7 * cm, 9.5 * cm)):
    """Issuer (left) and national motto (right) side by side, as in every plan."""
    lp = [Paragraph(x, st["hdr"]) for x in left]
    rp = [Paragraph(x, st["hdr"]) for x in right]
    t = Table([[lp, rp]], colWidths=list(widths))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def sign_block(st, recipients, sig_lines, name, widths=(8 * cm, 8.5 * cm)):
    left = [Paragraph("<b><i>Nơi nhận:</i></b>", st["small"])]
    left += [Paragraph(r, st["small"]) for r in recipients]
    right = [Paragraph(s, st["sig"]) for s in sig_lines]
    right += [Spacer(1, 2.2 * cm), Paragraph(name, st["sig"])]
    t = Table([[left, right]], colWidths=list(widths))
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def paras(st, items):
    """items: list of (style, text)."""
    return [Paragraph(t, st[s]) for s, t in items]


def task_table(rows, widths, size=9.5, header_bold=True, repeat=1, grid="GRID",
               span_groups=True, group_span_from=1, extra_style=()):
    """rows: list of ("H", [cells]) header, ("G", numeral, title) group, ("T", [cells]) task."""
    ncol = len(widths)
    data, style = [], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                       ("LEFTPADDING", (0, 0), (-1, -1), 3),
                       ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    cs = cell_style(size)
    cb = cell_style(size, bold=True)
    cc = cell_style(size, align=TA_CENTER)
    cbc = cell_style(size, bold=True, align=TA_CENTER)
    for kind, *rest in rows:
        r = len(data)
        if kind == "H":
            data.append([Paragraph(c, cbc if header_bold else cc) for c in rest[0]])
        elif kind == "G":
            numeral, title = rest
            row = [Paragraph(numeral, cbc), Paragraph(title, cb)] + [""] * (ncol - 2)
            data.append(row)
            if span_groups:
                style.append(("SPAN", (group_span_from, r), (ncol - 1, r)))
        else:
            cells = rest[0]
            row = [Paragraph(cells[0], cc)] + [Paragraph(c, cs) for c in cells[1:]]
            data.append(row)
    if grid == "GRID":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif grid == "BOX":
        style.append(("BOX", (0, 0), (-1, -1), 0.5, colors.black))
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
    style.extend(extra_style)
    t = Table(data, colWidths=widths, repeatRows=repeat)
    t.setStyle(TableStyle(style))
    return t


def extract_text(pdf_path):
    from pdfminer.high_level import extract_text as _x
    return _x(pdf_path)


def write_l1(name, build):
    """Build the PDF in a temporary directory and keep only the extracted text."""
    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, name + ".pdf")
        build(pdf)
        text = extract_text(pdf)
    with open(os.path.join(HERE, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)


def page_number_top(canvas, doc):
    if doc.page > 1:
        canvas.saveState()
        canvas.setFont("Roboto", 11)
        w, h = canvas._pagesize
        canvas.drawCentredString(w / 2, h - 1.2 * cm, str(doc.page))
        canvas.restoreState()


def normalize_zip(path, modified=None):
    """Rewrite a zip container with fixed timestamps so the output is reproducible.
    modified: ISO timestamp written into docProps/core.xml (openpyxl stamps the save time)."""
    import re
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    if modified:
        items = [(fn, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             rb"\g<1>" + modified.encode() + rb"\g<2>", data)
                  if fn == "docProps/core.xml" else data) for fn, data in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


MOTTO = ["<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b>Độc lập - Tự do - Hạnh phúc</b>",
         "_______________________"]


# ======================================================================= k01 (L1)
# UBND tỉnh Cao Bằng, February 2025 (before the March 2025 merger of departments).
# Portrait A4; appendix header repeated on every page; group rows spanned; footnote and
# page numbers; the table runs over several pages.

def k01(pdf):
    st = styles(12)
    story = [header_block(st,
                          ["ỦY BAN NHÂN DÂN", "<b>TỈNH CAO BẰNG</b>", "_________",
                           "Số: 412/KH-UBND"],
                          MOTTO + ["<i>Cao Bằng, ngày 24 tháng 02 năm 2025</i>"])]
    story += paras(st, [
        ("title", "KẾ HOẠCH"),
        ("subtitle", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ "
                     "tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về "
                     "quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Cao Bằng"),
        ("body", "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;"),
        ("body", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính "
                 "phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
                 "Liên hợp quốc;"),
        ("body", "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số "
                 "35/TTr-SLĐTBXH ngày 14 tháng 02 năm 2025, Ủy ban nhân dân tỉnh Cao Bằng ban "
                 "hành Kế hoạch triển khai thực hiện như sau:"),
        ("head", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("subhead", "1. Mục đích"),
        ("body", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với "
                 "điều kiện thực tế của tỉnh; xác định rõ trách nhiệm của các sở, ban, ngành, "
                 "Ủy ban nhân dân các huyện, thành phố trong việc thực hiện các Khuyến nghị của "
                 "Ủy ban về quyền trẻ em của Liên hợp quốc, bảo đảm lợi ích tốt nhất cho trẻ em, "
                 "nhất là trẻ em vùng đồng bào dân tộc thiểu số, vùng biên giới."),
        ("subhead", "2. Yêu cầu"),
        ("body", "Các nhiệm vụ phải được triển khai đồng bộ, có trọng tâm, trọng điểm, lồng ghép "
                 "với các chương trình mục tiêu quốc gia và Chương trình hành động vì trẻ em "
                 "tỉnh Cao Bằng giai đoạn 2021 - 2030; thường xuyên kiểm tra, đánh giá, kịp thời "
                 "tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện."),
        ("head", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("body", "1. Tiếp tục rà soát, tham gia góp ý xây dựng, hoàn thiện hệ thống pháp luật, "
                 "chính sách về quyền trẻ em phù hợp với Công ước của Liên hợp quốc về quyền "
                 "trẻ em và tình hình thực tế của tỉnh."),
        ("body", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao "
                 "nhận thức, trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong "
                 "thực hiện quyền trẻ em."),
        ("body", "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ làm công tác trẻ "
                 "em ở các cấp; tăng cường phối hợp liên ngành, nhân rộng các mô hình chăm sóc, "
                 "giáo dục và bảo vệ trẻ em."),
        ("body", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết "
                 "các vấn đề về trẻ em, ưu tiên trẻ em có hoàn cảnh đặc biệt, trẻ em dân tộc "
                 "thiểu số ở vùng sâu, vùng xa, biên giới."),
        ("body", "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập "
                 "nhật cơ sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
        ("body", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về "
                 "trẻ em phù hợp với khả năng cân đối của ngân sách địa phương."),
        ("body", "7. Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ "
                 "em trên địa bàn tỉnh."),
        ("body", "<i>(Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo)</i>"),
        ("head", "III. KINH PHÍ THỰC HIỆN"),
        ("body", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự "
                 "toán chi thường xuyên hằng năm của các cơ quan, đơn vị, địa phương theo phân "
                 "cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, "
                 "các đề án, dự án có liên quan; nguồn tài trợ, viện trợ và các nguồn hợp pháp "
                 "khác (nếu có)."),
        ("head", "IV. TỔ CHỨC THỰC HIỆN"),
        ("subhead", "1. Sở Lao động - Thương binh và Xã hội"),
        ("body", "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân "
                 "dân các huyện, thành phố hướng dẫn, đôn đốc, kiểm tra việc triển khai Kế "
                 "hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và "
                 "Xã hội theo quy định."),
        ("subhead", "2. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố"),
        ("body", "Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động xây dựng kế hoạch hoặc lồng "
                 "ghép vào kế hoạch công tác năm để tổ chức thực hiện; định kỳ 6 tháng (trước "
                 "ngày 15/6) và hằng năm (trước ngày 10/12) báo cáo kết quả thực hiện về Sở Lao "
                 "động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
        ("body", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã "
                 "hội tỉnh phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
        ("body", "4. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh trong phạm vi chức "
                 "năng, nhiệm vụ, quyền hạn của mình bảo đảm tư pháp thân thiện với trẻ em."),
        ("body", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa "
                 "phương phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy "
                 "ban nhân dân tỉnh xem xét, chỉ đạo./."),
    ])
    story.append(Spacer(1, 8))
    story.append(sign_block(st, [
        "- Bộ Lao động - TB&amp;XH (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
        "- CT, các PCT UBND tỉnh;", "- UBMTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;",
        "- TAND tỉnh, VKSND tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, VX (Tr)."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nông Thị Thu Hà"))
    story.append(PageBreak())
    story += paras(st, [
        ("title", "Phụ lục"),
        ("subtitle", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                     "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH CAO BẰNG"),
        ("centeri", "(Kèm theo Kế hoạch số 412/KH-UBND ngày 24/02/2025 của Ủy ban nhân dân "
                    "tỉnh Cao Bằng)"),
    ])
    L = "Sở Lao động - Thương binh và Xã hội"
    rows = [
        ("H", ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì<super>1</super>",
               "Cơ quan phối hợp", "Thời gian thực hiện"]),
        ("G", "I", "Rà soát, hoàn thiện pháp luật, chính sách về quyền trẻ em"),
        ("T", ["1", "Nghiên cứu, rà soát, tham gia góp ý xây dựng, sửa đổi, bổ sung pháp luật, "
                    "chính sách về trẻ em, trẻ em khuyết tật, lao động trẻ em, trẻ em lang thang; "
                    "đề xuất nâng độ tuổi trẻ em khi có hướng dẫn của Trung ương.",
               L, "Các sở, ban, ngành liên quan; UBND các huyện, thành phố",
               "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội"]),
        ("T", ["2", "Tham gia góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự và việc gia nhập "
                    "các công ước liên quan về không quốc tịch khi có đề nghị của cơ quan có "
                    "thẩm quyền.",
               "Sở Tư pháp", "Công an tỉnh; Sở Lao động - Thương binh và Xã hội", "Khi có yêu cầu"]),
        ("T", ["3", "Tham gia ý kiến đối với điều khoản bảo lưu của Nghị định thư không bắt buộc "
                    "về trẻ em trong xung đột vũ trang khi được đề nghị.",
               "Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ; Sở Tư pháp", "Khi có yêu cầu"]),
        ("G", "II", "Truyền thông, giáo dục, vận động xã hội"),
        ("T", ["1", "Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg và Kế hoạch này trên Báo Cao "
                    "Bằng, Đài Phát thanh - Truyền hình tỉnh, Cổng thông tin điện tử tỉnh và hệ "
                    "thống thông tin cơ sở bằng tiếng Kinh, tiếng Tày, tiếng Nùng, tiếng Mông.",
               "Sở Thông tin và Truyền thông",
               "Báo Cao Bằng; Đài Phát thanh - Truyền hình tỉnh; UBND các huyện, thành phố",
               "Thường xuyên"]),
        ("T", ["2", "Truyền thông, giáo dục nâng cao nhận thức của cộng đồng, bảo đảm mọi trẻ em "
                    "được đăng ký khai sinh và có quốc tịch theo quy định.",
               "Sở Tư pháp", "UBND các huyện, thành phố", "Hằng năm"]),
        ("T", ["3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng ứng phó với "
                    "biến đổi khí hậu, thiên tai vào các hoạt động giáo dục của nhà trường.",
               "Sở Giáo dục và Đào tạo", "", "Năm học 2025 - 2026"]),
        ("G", "III", "Nâng cao năng lực; phối hợp liên ngành; xây dựng, nhân rộng mô hình"),
        ("T", ["1", "Tập huấn nâng cao năng lực cho công chức làm công tác trẻ em cấp xã và cộng "
                    "tác viên thôn, xóm, tổ dân phố.",
               L, "UBND các huyện, thành phố", "Hằng năm"]),
        ("T", ["2", "Tiếp nhận, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em "
                    "(111); phối hợp liên ngành can thiệp, hỗ trợ trẻ em bị xâm hại.",
               "Sở LĐTBXH", "Công an tỉnh; Sở Y tế", "Thường xuyên"]),
        ("T", ["3", "Bồi dưỡng cán bộ điều tra về quy trình tiếp nhận, điều tra thân thiện với "
                    "trẻ em; xử lý các hành vi xâm hại trẻ em trên môi trường mạng.",
               "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"]),
        ("G", "IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em"),
        ("T", ["1", "Thực hiện chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt; "
                    "phát triển các hình thức chăm sóc thay thế dựa vào gia đình, cộng đồng.",
               L, "UBND các huyện, thành phố", "Hằng năm"]),
        ("T", ["2", "Tăng cường tiếp cận dịch vụ y tế có chất lượng; phòng, chống suy dinh dưỡng "
                    "thấp còi; khuyến khích nuôi con bằng sữa mẹ; dự phòng lây truyền HIV từ mẹ "
                    "sang con.",
               "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thành phố", "Thường xuyên"]),
        ("T", ["3", "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào "
                    "dân tộc thiểu số.",
               "Ban Dân tộc tỉnh",
               "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thành phố", "2025 - 2030"]),
        ("T", ["4", "Tổ chức các hoạt động vui chơi, giải trí, văn hóa, thể thao cho trẻ em trong "
                    "dịp hè; phòng, chống đuối nước trẻ em.",
               "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn; UBND các huyện, thành phố",
               "Tháng 5 - tháng 8 hằng năm"]),
        ("G", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
        ("T", ["1", "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về bảo đảm quyền "
                    "trẻ em tại các cơ quan, đơn vị, địa phương.",
               L, "Các sở, ban, ngành liên quan", "Hằng năm"]),
        ("T", ["2", "Cập nhật cơ sở dữ liệu về trẻ em, bảo đảm liên thông với cơ sở dữ liệu quốc "
                    "gia về dân cư.",
               "Công an tỉnh; Sở Lao động - Thương binh và Xã hội",
               "UBND các huyện, thành phố", "Trước ngày 31/12/2025"]),
        ("G", "VI", "Bố trí kinh phí thực hiện quyền trẻ em"),
        ("T", ["", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm "
                   "của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.",
               "Sở Tài chính", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội",
               "Hằng năm"]),
        ("G", "VII", "Hợp tác quốc tế"),
        ("T", ["1", "Vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài "
                    "hỗ trợ các dự án vì trẻ em tại các huyện nghèo, xã biên giới.",
               "Sở Ngoại vụ", "Sở Lao động - Thương binh và Xã hội; Sở Kế hoạch và Đầu tư",
               "Thường xuyên"]),
    ]
    story.append(task_table(rows, [1.0 * cm, 6.4 * cm, 3.0 * cm, 3.6 * cm, 2.5 * cm], size=9.5))

    def footnote(canvas, doc):
        page_number_top(canvas, doc)
        if doc.page == 3:
            canvas.saveState()
            canvas.setFont("Roboto", 8)
            canvas.line(2 * cm, 2.1 * cm, 7 * cm, 2.1 * cm)
            canvas.drawString(2 * cm, 1.7 * cm, "1 Trường hợp sau khi sắp xếp tổ chức bộ máy, "
                              "tên gọi, nhiệm vụ của cơ quan có thay đổi thì thực hiện theo tên "
                              "gọi, nhiệm vụ của")
            canvas.drawString(2 * cm, 1.35 * cm, "cơ quan mới sau sắp xếp.")
            canvas.restoreState()

    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2.4 * cm)
    doc.build(story, onFirstPage=footnote, onLaterPages=footnote)


# ======================================================================= k02 (L1)
# UBND huyện Mường Ảng (Điện Biên), May 2025, blank number. Body portrait, appendix on
# landscape pages; table header NOT repeated; group rows not spanned (numeral in STT, title
# in the task column); a "Ghi chú" column; wide columns.

def k02(pdf):
    st = styles(12.5)
    story = [header_block(st,
                          ["ỦY BAN NHÂN DÂN", "<b>HUYỆN MƯỜNG ẢNG</b>", "_________",
                           "Số:         /KH-UBND"],
                          MOTTO + ["<i>Mường Ảng, ngày 12 tháng 5 năm 2025</i>"])]
    story += paras(st, [
        ("title", "KẾ HOẠCH"),
        ("subtitle", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
                     "trên địa bàn huyện Mường Ảng"),
        ("body", "Thực hiện Kế hoạch số 1187/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh "
                 "Điện Biên triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ "
                 "tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ "
                 "em của Liên hợp quốc; Ủy ban nhân dân huyện Mường Ảng ban hành Kế hoạch thực "
                 "hiện trên địa bàn huyện như sau:"),
        ("head", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("body", "- Xác định rõ trách nhiệm của các cơ quan, đơn vị và Ủy ban nhân dân các xã, "
                 "thị trấn trong việc thực hiện các Khuyến nghị của Ủy ban về quyền trẻ em của "
                 "Liên hợp quốc; bảo đảm lợi ích tốt nhất cho trẻ em, nhất là trẻ em người dân "
                 "tộc thiểu số ở các bản vùng cao."),
        ("body", "- Việc triển khai phải thiết thực, lồng ghép với Chương trình mục tiêu quốc "
                 "gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và "
                 "các chương trình, đề án khác trên địa bàn huyện."),
        ("head", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("body", "1. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, chú trọng "
                 "tuyên truyền bằng tiếng dân tộc tại các bản vùng sâu, vùng xa."),
        ("body", "2. Nâng cao năng lực cho đội ngũ làm công tác trẻ em cấp huyện, cấp xã và cộng "
                 "tác viên thôn, bản; tăng cường phối hợp liên ngành trong bảo vệ trẻ em."),
        ("body", "3. Phát triển các dịch vụ chăm sóc, giáo dục, bảo vệ trẻ em; phòng, chống tảo "
                 "hôn, hôn nhân cận huyết thống."),
        ("body", "4. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về "
                 "trẻ em trên địa bàn."),
        ("body", "5. Bố trí kinh phí và huy động các nguồn lực để thực hiện Kế hoạch."),
        ("body", "Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này."),
        ("head", "III. KINH PHÍ"),
        ("body", "Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán hằng "
                 "năm của các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn; lồng ghép từ các "
                 "chương trình mục tiêu quốc gia và nguồn huy động hợp pháp khác."),
        ("head", "IV. TỔ CHỨC THỰC HIỆN"),
        ("body", "1. Phòng Y tế: Là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan, đơn vị "
                 "hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả báo "
                 "cáo Ủy ban nhân dân huyện và Sở Y tế tỉnh Điện Biên."),
        ("body", "2. Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn: Căn cứ nhiệm vụ được "
                 "giao chủ động triển khai thực hiện; báo cáo kết quả thực hiện 6 tháng (trước "
                 "ngày 05/6) và năm (trước ngày 25/11) về Ủy ban nhân dân huyện (qua Phòng Y tế)."),
        ("body", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - "
                 "xã hội huyện phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân "
                 "tham gia thực hiện; giám sát việc thực hiện Kế hoạch."),
        ("body", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên "
                 "hợp quốc trên địa bàn huyện Mường Ảng, yêu cầu các cơ quan, đơn vị nghiêm túc "
                 "triển khai thực hiện./."),
    ])
    story.append(sign_block(st, [
        "- Sở Y tế tỉnh Điện Biên;", "- TT Huyện ủy;", "- TT HĐND huyện;",
        "- Lãnh đạo UBND huyện;", "- Các cơ quan, đơn vị có tên tại Phụ lục;",
        "- UBND các xã, thị trấn;", "- Lưu: VT, YT."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lò Văn Thắng"))
    story.append(NextPageTemplate("land"))
    story.append(PageBreak())
    story += paras(st, [
        ("title", "PHỤ LỤC"),
        ("subtitle", "NHIỆM VỤ CỤ THỂ THỰC HIỆN KẾ HOẠCH"),
        ("centeri", "(Kèm theo Kế hoạch số        /KH-UBND ngày 12/5/2025 của UBND huyện "
                    "Mường Ảng)"),
    ])
    X = "UBND các xã, thị trấn"
    rows = [
        ("H", ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
               "Ghi chú"]),
        ("G", "I", "Truyền thông, giáo dục, vận động xã hội"),
        ("T", ["1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em và Quyết "
                    "định số 27/QĐ-TTg bằng tiếng Kinh, tiếng Thái, tiếng Mông trên hệ thống loa "
                    "truyền thanh cơ sở.",
               "Phòng Văn hóa, Khoa học và Thông tin",
               "Trung tâm Văn hóa, Thể thao và Truyền thông huyện; " + X, "Thường xuyên",
               "Lồng ghép Chương trình MTQG 1719"]),
        ("T", ["2", "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em cấp huyện.",
               "Phòng Y tế", "Phòng Giáo dục và Đào tạo; Huyện đoàn; Hội Liên hiệp Phụ nữ huyện",
               "Tháng 5 - tháng 6 hằng năm", ""]),
        ("T", ["3", "Tuyên truyền phòng, chống mua bán người, xâm hại trẻ em tại các trường trung "
                    "học cơ sở, trung học phổ thông trên địa bàn.",
               "Công an huyện", "Phòng Giáo dục và Đào tạo", "Năm học 2025 - 2026", ""]),
        ("G", "II", "Nâng cao năng lực, phối hợp liên ngành"),
        ("T", ["1", "Tập huấn kỹ năng nhận biết, phát hiện, can thiệp các trường hợp trẻ em bị xâm "
                    "hại cho công chức văn hóa - xã hội cấp xã, cộng tác viên thôn, bản.",
               "Phòng Y tế", "Trung tâm Y tế huyện; " + X, "Quý III/2025", ""]),
        ("T", ["2", "Kiện toàn Ban điều hành công tác bảo vệ trẻ em cấp huyện, cấp xã sau khi sắp "
                    "xếp tổ chức bộ máy.",
               "Phòng Y tế; Phòng Nội vụ", X, "Trước ngày 30/6/2025", ""]),
        ("G", "III", "Dịch vụ chăm sóc, giáo dục, bảo vệ trẻ em"),
        ("T", ["1", "Khám sàng lọc, phát hiện sớm khuyết tật; tiêm chủng đầy đủ; phòng, chống suy "
                    "dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi.",
               "Trung tâm Y tế huyện", "Phòng Y tế; " + X, "Hằng năm", ""]),
        ("T", ["2", "Vận động trẻ em trong độ tuổi đến trường; giảm tỷ lệ học sinh bỏ học; bảo "
                    "đảm giáo dục hòa nhập cho trẻ em khuyết tật.",
               "Phòng Giáo dục và Đào tạo", X + "; các trường học trên địa bàn",
               "Năm học 2025 - 2026", ""]),
        ("T", ["3", "Triển khai mô hình giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống "
                    "tại các xã Nặm Lịch, Xuân Lao, Ẳng Cang.",
               "Phòng Dân tộc và Tôn giáo",
               "Phòng Tư pháp; Hội Liên hiệp Phụ nữ huyện; UBND các xã có liên quan",
               "2025 - 2030", "Dự án 8, Chương trình MTQG 1719"]),
        ("T", ["4", "Bảo đảm trẻ em được vui chơi, giải trí, tham gia các hoạt động văn hóa, thể "
                    "thao; phòng, chống đuối nước trong dịp hè.",
               "Phòng Văn hóa, Khoa học và Thông tin", "Huyện đoàn; " + X,
               "Tháng 6 - tháng 8 hằng năm", ""]),
        ("G", "IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em"),
        ("T", ["1", "Kiểm tra việc thực hiện chính sách đối với trẻ em có hoàn cảnh đặc biệt tại "
                    "các xã, thị trấn.",
               "Phòng Y tế", "Phòng Tài chính - Kế hoạch; Phòng Tư pháp", "Quý IV hằng năm",
               "Kiểm tra 03 xã/năm"]),
        ("T", ["2", "Cập nhật dữ liệu trẻ em trên phần mềm quản lý, liên thông với cơ sở dữ liệu "
                    "quốc gia về dân cư.",
               X, "Công an huyện; Phòng Y tế", "Thường xuyên", ""]),
        ("G", "V", "Kinh phí thực hiện"),
        ("T", ["", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm "
                   "của huyện.",
               "Phòng Tài chính - Kế hoạch", "Phòng Y tế; các cơ quan, đơn vị liên quan",
               "Hằng năm", ""]),
    ]
    story.append(task_table(rows, [1.2 * cm, 9.3 * cm, 4.0 * cm, 5.4 * cm, 3.2 * cm, 3.4 * cm],
                            size=11, repeat=0, span_groups=False))

    pw, ph = A4
    doc = BaseDocTemplate(pdf, pagesize=A4)
    portrait = Frame(2.5 * cm, 2 * cm, pw - 4.5 * cm, ph - 4 * cm, id="p")
    lw, lh = landscape(A4)
    land = Frame(1.5 * cm, 1.5 * cm, lw - 3 * cm, lh - 3 * cm, id="l")
    doc.addPageTemplates([
        PageTemplate(id="port", frames=[portrait], pagesize=A4, onPage=page_number_top),
        PageTemplate(id="land", frames=[land], pagesize=landscape(A4), onPage=page_number_top),
    ])
    doc.build(story)


# ======================================================================= k03 (L1)
# Bộ Y tế, national plan, March 2025. Portrait; flat numbered appendix (no groups) with a
# "Sản phẩm" column; six narrow columns; header repeated; small type.

def k03(pdf):
    st = styles(12)
    story = [header_block(st, ["<b>BỘ Y TẾ</b>", "_________", "Số: 1096/KH-BYT"],
                          MOTTO + ["<i>Hà Nội, ngày 21 tháng 3 năm 2025</i>"],
                          widths=(6 * cm, 10.5 * cm))]
    story += paras(st, [
        ("title", "KẾ HOẠCH"),
        ("subtitle", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ "
                     "tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về "
                     "quyền trẻ em của Liên hợp quốc"),
        ("body", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban "
                 "hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp "
                 "quốc (sau đây gọi tắt là Quyết định số 27/QĐ-TTg); căn cứ Nghị định số "
                 "42/2025/NĐ-CP ngày 27/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền "
                 "hạn và cơ cấu tổ chức của Bộ Y tế, theo đó Bộ Y tế tiếp nhận chức năng quản lý "
                 "nhà nước về trẻ em, Bộ Y tế ban hành Kế hoạch triển khai thực hiện như sau:"),
        ("head", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("body", "1. Cụ thể hóa các nhiệm vụ được Thủ tướng Chính phủ giao cho Bộ Y tế tại Quyết "
                 "định số 27/QĐ-TTg; phân công rõ trách nhiệm của các Vụ, Cục, Văn phòng Bộ, "
                 "Thanh tra Bộ và các đơn vị trực thuộc Bộ."),
        ("body", "2. Bảo đảm sự phối hợp chặt chẽ với các bộ, ngành, địa phương; kịp thời hướng "
                 "dẫn các địa phương kiện toàn tổ chức bộ máy làm công tác trẻ em sau sắp xếp."),
        ("head", "II. NHIỆM VỤ CHỦ YẾU"),
        ("body", "1. Rà soát, hoàn thiện pháp luật, chính sách về trẻ em thuộc phạm vi quản lý "
                 "của Bộ Y tế; nghiên cứu đề xuất nâng độ tuổi của trẻ em."),
        ("body", "2. Truyền thông, giáo dục, vận động xã hội về quyền trẻ em và chăm sóc sức khỏe "
                 "trẻ em."),
        ("body", "3. Nâng cao năng lực cho đội ngũ làm công tác bảo vệ, chăm sóc trẻ em; hướng "
                 "dẫn các địa phương kiện toàn tổ chức làm công tác trẻ em."),
        ("body", "4. Phát triển hệ thống dịch vụ y tế, dịch vụ bảo vệ trẻ em, bảo đảm trẻ em "
                 "được tiếp cận dịch vụ có chất lượng."),
        ("body", "5. Thanh tra, kiểm tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về "
                 "trẻ em."),
        ("body", "6. Bố trí kinh phí thực hiện các nhiệm vụ được giao."),
        ("body", "7. Tăng cường hợp tác quốc tế; xây dựng báo cáo quốc gia về thực hiện Công ước "
                 "của Liên hợp quốc về quyền trẻ em."),
        ("body", "Danh mục nhiệm vụ cụ thể tại Phụ lục ban hành kèm theo Kế hoạch này."),
        ("head", "III. KINH PHÍ"),
        ("body", "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên của các đơn vị "
                 "thuộc Bộ Y tế theo quy định của Luật Ngân sách nhà nước; huy động từ nguồn viện "
                 "trợ, tài trợ của các tổ chức quốc tế và các nguồn hợp pháp khác."),
        ("head", "IV. TỔ CHỨC THỰC HIỆN"),
        ("body", "1. Cục Bà mẹ và Trẻ em: Là đơn vị đầu mối, chủ trì, phối hợp với các đơn vị "
                 "liên quan theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng hợp, báo "
                 "cáo Lãnh đạo Bộ và Thủ tướng Chính phủ theo quy định."),
        ("body", "2. Các Vụ, Cục, Văn phòng Bộ, Thanh tra Bộ và các đơn vị trực thuộc Bộ căn cứ "
                 "nhiệm vụ được giao chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện; "
                 "định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) gửi báo cáo "
                 "kết quả về Cục Bà mẹ và Trẻ em."),
        ("body", "3. Đề nghị Sở Y tế các tỉnh, thành phố trực thuộc trung ương tham mưu Ủy ban "
                 "nhân dân cấp tỉnh ban hành kế hoạch thực hiện tại địa phương; báo cáo kết quả "
                 "về Bộ Y tế (qua Cục Bà mẹ và Trẻ em) trước ngày 15/12 hằng năm."),
        ("body", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về "
                 "Cục Bà mẹ và Trẻ em để tổng hợp, báo cáo Lãnh đạo Bộ xem xét, giải quyết./."),
    ])
    story.append(sign_block(st, [
        "- Văn phòng Chính phủ (để b/c);", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;",
        "- Các bộ, cơ quan ngang bộ;", "- Các Vụ, Cục, VP Bộ, Thanh tra Bộ;",
        "- Sở Y tế các tỉnh, thành phố;", "- Lưu: VT, BMTE."],
        ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Trần Văn Khải"))
    story.append(PageBreak())
    story += paras(st, [
        ("title", "PHỤ LỤC"),
        ("subtitle", "DANH MỤC NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA "
                     "LIÊN HỢP QUỐC GIAO CÁC ĐƠN VỊ THUỘC BỘ Y TẾ"),
        ("centeri", "(Ban hành kèm theo Kế hoạch số 1096/KH-BYT ngày 21/3/2025 của Bộ Y tế)"),
    ])
    M = "Cục Bà mẹ và Trẻ em"
    rows = [
        ("H", ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
               "Thời hạn hoàn thành", "Sản phẩm"]),
        ("T", ["1", "Rà soát, đề xuất sửa đổi, bổ sung Luật Trẻ em, trong đó nghiên cứu nâng độ "
                    "tuổi của trẻ em lên dưới 18 tuổi.",
               "Vụ Pháp chế", M + "; Cục Bảo trợ xã hội", "Giai đoạn 2026-2030",
               "Báo cáo rà soát, đề xuất"]),
        ("T", ["2", "Xây dựng Thông tư hướng dẫn tiêu chuẩn chăm sóc thay thế đối với trẻ em tại "
                    "cơ sở trợ giúp xã hội.",
               "Cục Bảo trợ xã hội", "Vụ Pháp chế; " + M, "Năm 2026", "Thông tư"]),
        ("T", ["3", "Truyền thông về Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em và "
                    "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.",
               "Vụ Truyền thông và Thi đua, khen thưởng",
               M + "; Trung tâm Truyền thông - Giáo dục sức khỏe Trung ương", "Hằng năm",
               "Sản phẩm truyền thông"]),
        ("T", ["4", "Duy trì, nâng cao hiệu quả hoạt động của Tổng đài điện thoại quốc gia bảo vệ "
                    "trẻ em 111; kết nối với lực lượng công an và các địa phương.",
               M, "Bộ Công an; Sở Y tế các tỉnh, thành phố", "Thường xuyên", "Báo cáo hằng năm"]),
        ("T", ["5", "Tập huấn, bồi dưỡng kiến thức, kỹ năng bảo vệ trẻ em cho công chức Phòng Văn "
                    "hóa - Xã hội cấp xã sau sắp xếp đơn vị hành chính.",
               M, "Sở Y tế các tỉnh, thành phố trực thuộc trung ương", "Năm 2025",
               "Tài liệu, lớp tập huấn"]),
        ("T", ["6", "Hướng dẫn chuyên môn về chăm sóc sức khỏe tâm thần, phòng ngừa tự tử, tự làm "
                    "hại bản thân ở trẻ em và vị thành niên.",
               "Cục Quản lý Khám, chữa bệnh", M + "; Bệnh viện Nhi Trung ương",
               "Trước ngày 31/12/2025", "Tài liệu hướng dẫn chuyên môn"]),
        ("T", ["7", "Phòng, chống suy dinh dưỡng, thấp còi, thừa cân, béo phì; bảo vệ, khuyến "
                    "khích nuôi con bằng sữa mẹ; giám sát việc kinh doanh sản phẩm dinh dưỡng "
                    "dùng cho trẻ nhỏ.",
               M + "; Viện Dinh dưỡng", "Cục An toàn thực phẩm", "2025 - 2030", "Báo cáo"]),
        ("T", ["8", "Dự phòng lây truyền HIV, giang mai, viêm gan B từ mẹ sang con; chống kỳ thị "
                    "trẻ em bị nhiễm, bị ảnh hưởng bởi HIV/AIDS.",
               "Cục Phòng bệnh", M, "Hằng năm", "Báo cáo"]),
        ("T", ["9", "Phòng, chống tác hại của thuốc lá, rượu, bia và các chất gây nghiện ở trẻ "
                    "em, vị thành niên.",
               "Cục Phòng bệnh", "Bộ Công an; Bộ Văn hóa, Thể thao và Du lịch", "Thường xuyên",
               ""]),
        ("T", ["10", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại một "
                     "số địa phương.",
               "Thanh tra Bộ", M + "; Cục Bảo trợ xã hội", "Theo Kế hoạch thanh tra hằng năm",
               "Kết luận thanh tra"]),
        ("T", ["11", "Xây dựng, vận hành cơ sở dữ liệu về trẻ em, kết nối, chia sẻ với Cơ sở dữ "
                     "liệu quốc gia về dân cư.",
               M, "Cục Công nghệ thông tin; Bộ Công an", "Giai đoạn 2025 - 2026",
               "Cơ sở dữ liệu"]),
        ("T", ["12", "Xây dựng báo cáo quốc gia định kỳ lần thứ 7 về thực hiện Công ước của Liên "
                     "hợp quốc về quyền trẻ em.",
               M, "Vụ Hợp tác quốc tế; các bộ, ngành liên quan", "Năm 2027",
               "Báo cáo quốc gia"]),
    ]
    story.append(task_table(rows, [0.9 * cm, 5.5 * cm, 2.6 * cm, 3.1 * cm, 2.2 * cm, 2.2 * cm],
                            size=9, repeat=1))

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont("Roboto", 9)
        w, h = canvas._pagesize
        canvas.drawRightString(w - 2 * cm, 1.2 * cm, "Trang %d" % doc.page)
        canvas.restoreState()

    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ======================================================================= k11 (L9)
# UBND tỉnh Đồng Nai (after the July 2025 merger with Bình Phước), a .pdf kept as is:
# the whole plan, appendix as a ruled (GRID) table, header repeated, group rows spanned.

def k11(pdf):
    st = styles(12.5)
    story = [header_block(st,
                          ["ỦY BAN NHÂN DÂN", "<b>TỈNH ĐỒNG NAI</b>", "_________",
                           "Số: 4120/KH-UBND"],
                          MOTTO + ["<i>Đồng Nai, ngày 09 tháng 10 năm 2025</i>"])]
    story += paras(st, [
        ("title", "KẾ HOẠCH"),
        ("subtitle", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
                     "địa bàn tỉnh Đồng Nai"),
        ("body", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("body", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban "
                 "hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp "
                 "quốc;"),
        ("body", "Trên cơ sở sắp xếp đơn vị hành chính cấp tỉnh, để thống nhất triển khai trên "
                 "địa bàn tỉnh sau hợp nhất, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện "
                 "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc, thay thế Kế hoạch số "
                 "95/KH-UBND ngày 15/3/2025 của Ủy ban nhân dân tỉnh Đồng Nai (trước sắp xếp) và "
                 "Kế hoạch số 1120/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Bình Phước, cụ "
                 "thể như sau:"),
        ("head", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("body", "1. Thống nhất các nhiệm vụ, giải pháp thực hiện Khuyến nghị của Ủy ban về quyền "
                 "trẻ em của Liên hợp quốc trên toàn địa bàn tỉnh sau hợp nhất; phân công cụ thể "
                 "cho các sở, ban, ngành và Ủy ban nhân dân các xã, phường."),
        ("body", "2. Bảo đảm tính kế thừa, không làm gián đoạn việc thực hiện các chính sách đối "
                 "với trẻ em; chú trọng trẻ em vùng biên giới, vùng đồng bào dân tộc thiểu số."),
        ("head", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("body", "1. Rà soát, hoàn thiện cơ chế, chính sách về trẻ em của tỉnh bảo đảm thống nhất "
                 "sau sắp xếp đơn vị hành chính."),
        ("body", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội, thúc đẩy sự tham gia của "
                 "trẻ em."),
        ("body", "3. Nâng cao năng lực đội ngũ làm công tác trẻ em, nhất là công chức cấp xã sau "
                 "sắp xếp; tăng cường phối hợp liên ngành."),
        ("body", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em."),
        ("body", "5. Kiểm tra, thanh tra; hoàn thiện cơ sở dữ liệu về trẻ em của tỉnh."),
        ("body", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em."),
        ("body", "7. Tăng cường hợp tác quốc tế về bảo vệ, chăm sóc trẻ em."),
        ("body", "<i>(Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo)</i>"),
        ("head", "III. KINH PHÍ THỰC HIỆN"),
        ("body", "Từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương "
                 "trình mục tiêu quốc gia và nguồn huy động hợp pháp khác."),
        ("head", "IV. TỔ CHỨC THỰC HIỆN"),
        ("body", "1. Sở Y tế: Chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, "
                 "phường hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng "
                 "hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế theo quy định."),
        ("body", "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định."),
        ("body", "3. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường: Tổ chức thực hiện các "
                 "nhiệm vụ được phân công; báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và "
                 "hằng năm (trước ngày 15/12) về Sở Y tế để tổng hợp."),
        ("body", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tòa án nhân dân tỉnh, Viện "
                 "Kiểm sát nhân dân tỉnh phối hợp thực hiện theo chức năng, nhiệm vụ./."),
    ])
    story.append(sign_block(st, [
        "- Bộ Y tế;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."],
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Lê Thị Bích Vân"))
    story.append(PageBreak())
    story += paras(st, [
        ("title", "PHỤ LỤC"),
        ("subtitle", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                     "CỦA LIÊN HỢP QUỐC"),
        ("centeri", "(Kèm theo Kế hoạch số 4120/KH-UBND ngày 09/10/2025 của Ủy ban nhân dân "
                    "tỉnh Đồng Nai)"),
    ])
    XP = "UBND các xã, phường"
    rows = [
        ("H", ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]),
        ("G", "I", "Hoàn thiện cơ chế, chính sách"),
        ("T", ["1", "Rà soát, đề xuất sửa đổi, bổ sung các chính sách hỗ trợ trẻ em có hoàn cảnh "
                    "đặc biệt của hai tỉnh trước sắp xếp, bảo đảm áp dụng thống nhất trên toàn tỉnh.",
               "Sở Y tế", "Sở Tài chính; Sở Tư pháp", "Trước ngày 31/12/2025"]),
        ("T", ["2", "Góp ý các dự thảo văn bản quy phạm pháp luật về trẻ em khi có đề nghị của các "
                    "bộ, ngành Trung ương.",
               "Sở Tư pháp", "Các sở, ban, ngành liên quan",
               "Theo đề nghị của các bộ, ngành Trung ương"]),
        ("G", "II", "Truyền thông, giáo dục, vận động xã hội"),
        ("T", ["1", "Truyền thông về quyền trẻ em, phòng, chống xâm hại trẻ em trên Báo và Phát "
                    "thanh, Truyền hình Đồng Nai và các nền tảng số.",
               "Sở Văn hóa, Thể thao và Du lịch",
               "Báo và Phát thanh, Truyền hình Đồng Nai; " + XP, "Thường xuyên"]),
        ("T", ["2", "Tổ chức Diễn đàn trẻ em cấp tỉnh; lấy ý kiến trẻ em về các chủ trương, chính "
                    "sách liên quan đến trẻ em.",
               "Sở Y tế; Tỉnh đoàn", "Sở Giáo dục và Đào tạo", "Hằng năm"]),
        ("G", "III", "Nâng cao năng lực, phối hợp liên ngành"),
        ("T", ["1", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức Phòng Văn hóa - Xã hội các xã, "
                    "phường sau sắp xếp.",
               "Sở Y tế", XP, "Quý IV/2025"]),
        ("T", ["2", "Bồi dưỡng kỹ năng điều tra, xử lý các vụ án xâm hại trẻ em và các vụ việc trẻ "
                    "em vi phạm pháp luật theo thủ tục thân thiện.",
               "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"]),
        ("G", "IV", "Phát triển hệ thống dịch vụ"),
        ("T", ["1", "Nâng cao chất lượng chăm sóc sức khỏe ban đầu cho trẻ em; tiêm chủng mở rộng; "
                    "phòng, chống suy dinh dưỡng; chăm sóc sức khỏe tâm thần học đường.",
               "Sở Y tế", "Sở Giáo dục và Đào tạo; " + XP, "Thường xuyên"]),
        ("T", ["2", "Bảo đảm trẻ em khuyết tật được giáo dục hòa nhập; phòng, chống bạo lực học "
                    "đường; duy trì tỷ lệ huy động trẻ đến trường ở các xã biên giới.",
               "Sở Giáo dục và Đào tạo", "", "Năm học 2025 - 2026"]),
        ("T", ["3", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong đồng bào dân tộc "
                    "thiểu số S'tiêng, M'nông, Khmer.",
               "Sở Dân tộc và Tôn giáo",
               "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã có đông đồng bào dân tộc thiểu số",
               "Giai đoạn 2026-2030"]),
        ("G", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
        ("T", ["1", "Kiểm tra liên ngành việc thực hiện chính sách, pháp luật về trẻ em tại các xã, "
                    "phường.",
               "Sở Y tế", "Các sở, ban, ngành liên quan", "Quý III hằng năm"]),
        ("T", ["2", "Hợp nhất dữ liệu về trẻ em của hai tỉnh trước sắp xếp; cập nhật, liên thông "
                    "với cơ sở dữ liệu quốc gia về dân cư.",
               "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ; " + XP,
               "Trước ngày 30/6/2026"]),
        ("G", "VI", "Bố trí kinh phí"),
        ("T", ["1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
               "Sở Tài chính", "Sở Y tế", "Hằng năm"]),
        ("G", "VII", "Hợp tác quốc tế"),
        ("T", ["1", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài hỗ trợ các "
                    "chương trình, dự án vì trẻ em tại các xã biên giới.",
               "Sở Ngoại vụ", "Sở Y tế; Liên hiệp các tổ chức hữu nghị tỉnh", "Thường xuyên"]),
    ]
    story.append(task_table(rows, [1.1 * cm, 6.3 * cm, 3.1 * cm, 3.8 * cm, 2.7 * cm], size=10.5,
                            repeat=1))
    doc = SimpleDocTemplate(pdf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Kế hoạch thực hiện Khuyến nghị - tỉnh Đồng Nai",
                            author="UBND tỉnh Đồng Nai")
    doc.build(story, onFirstPage=page_number_top, onLaterPages=page_number_top)


# ======================================================================= k10 (L8)
# UBND thị xã Phú Mỹ (Bà Rịa - Vũng Tàu), June 2025, day left blank. A .docx: header as a
# borderless two-column table, body paragraphs, recipients/signature as a second table, the
# appendix (landscape section) as a real Word table with a header row; group rows A, B, ...
# with the title merged across the remaining columns; rows numbered 1, 2 inside each group.

def k10(path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    cp = d.core_properties
    cp.author = "UBND thi xa Phu My"
    cp.title = "Ke hoach thuc hien Khuyen nghi"
    cp.created = datetime.datetime(2025, 6, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 6, 1, 8, 0, 0)
    cp.last_modified_by = "vanthu"
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def para(text, bold=False, italic=False, align=None, indent=True, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j" or align is None:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and align != "c":
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(4)
        return p

    def cell_text(cell, lines, bold=False, italic=False, align="c", size=12):
        cell.text = ""
        for i, ln in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(ln)
            r.bold, r.italic = bold, italic
            r.font.size = Pt(size)
            if align == "c":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    hdr = d.add_table(rows=1, cols=2)
    cell_text(hdr.cell(0, 0), ["ỦY BAN NHÂN DÂN", "THỊ XÃ PHÚ MỸ", "______", "Số: 203/KH-UBND"])
    hdr.cell(0, 0).paragraphs[1].runs[0].bold = True
    cell_text(hdr.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                               "________________________"], bold=True)
    p = hdr.cell(0, 1).add_paragraph()
    r = p.add_run("Phú Mỹ, ngày      tháng 6 năm 2025")
    r.italic = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para("")
    para("KẾ HOẠCH", bold=True, align="c", size=14)
    para("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thị xã "
         "Phú Mỹ", bold=True, align="c")
    para("Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
         "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;")
    para("Căn cứ Kế hoạch số 77/KH-UBND ngày 21/4/2025 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu "
         "về triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
         "trên địa bàn tỉnh;")
    para("Ủy ban nhân dân thị xã Phú Mỹ ban hành Kế hoạch thực hiện như sau:")
    para("I. MỤC ĐÍCH, YÊU CẦU", bold=True)
    para("1. Xác định cụ thể trách nhiệm của các cơ quan, đơn vị và Ủy ban nhân dân các phường, xã "
         "trong việc thực hiện các Khuyến nghị; bảo đảm quyền của trẻ em, nhất là con em công nhân "
         "lao động tại các khu công nghiệp trên địa bàn thị xã.")
    para("2. Lồng ghép việc thực hiện Kế hoạch với Chương trình hành động vì trẻ em và các chương "
         "trình, đề án khác của thị xã; bảo đảm thiết thực, hiệu quả.")
    para("II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", bold=True)
    para("1. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền và bổn phận của trẻ em; "
         "phòng, chống xâm hại, bạo lực, tai nạn thương tích trẻ em.")
    para("2. Nâng cao năng lực cho đội ngũ cán bộ, cộng tác viên làm công tác trẻ em; tăng cường "
         "phối hợp liên ngành trong tiếp nhận, xử lý các vụ việc xâm hại trẻ em.")
    para("3. Phát triển các dịch vụ chăm sóc sức khỏe, giáo dục, trợ giúp pháp lý cho trẻ em, "
         "quan tâm trẻ em là con công nhân lao động.")
    para("4. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em.")
    para("5. Bố trí kinh phí, huy động nguồn lực xã hội thực hiện Kế hoạch.")
    para("(Nhiệm vụ cụ thể tại Phụ lục kèm theo)", italic=True)
    para("III. KINH PHÍ THỰC HIỆN", bold=True)
    para("Kinh phí thực hiện từ nguồn ngân sách thị xã được giao trong dự toán hằng năm của các "
         "cơ quan, đơn vị; nguồn vận động xã hội hóa, tài trợ của doanh nghiệp và các nguồn hợp "
         "pháp khác.")
    para("IV. TỔ CHỨC THỰC HIỆN", bold=True)
    para("1. Phòng Y tế: Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị hướng "
         "dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân thị xã "
         "và Sở Y tế theo quy định.")
    para("2. Các cơ quan, đơn vị, Ủy ban nhân dân các phường, xã: Căn cứ nhiệm vụ được giao tại "
         "Phụ lục chủ động triển khai thực hiện; báo cáo kết quả 6 tháng (trước ngày 10/6) và năm "
         "(trước ngày 30/11) về Ủy ban nhân dân thị xã (qua Phòng Y tế).")
    para("3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội thị "
         "xã phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch.")
    para("Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
         "trên địa bàn thị xã Phú Mỹ. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các "
         "cơ quan, đơn vị phản ánh về Phòng Y tế để tổng hợp, báo cáo Ủy ban nhân dân thị xã xem "
         "xét, giải quyết./.")

    sig = d.add_table(rows=1, cols=2)
    cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Sở Y tế tỉnh;", "- TT Thị ủy; TT HĐND thị xã;",
                               "- CT, các PCT UBND thị xã;", "- Các cơ quan, đơn vị thị xã;",
                               "- UBND các phường, xã;", "- Lưu: VT."], align="l", size=11)
    sig.cell(0, 0).paragraphs[0].runs[0].bold = True
    cell_text(sig.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "",
                               "Nguyễn Hữu Phước"], bold=True)

    # appendix: new landscape section
    ns = d.add_section()
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21)
    ns.left_margin, ns.right_margin = Cm(2), Cm(2)
    para("PHỤ LỤC", bold=True, align="c")
    para("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC "
         "TRÊN ĐỊA BÀN THỊ XÃ PHÚ MỸ", bold=True, align="c")
    para("(Kèm theo Kế hoạch số 203/KH-UBND ngày      /6/2025 của UBND thị xã Phú Mỹ)",
         italic=True, align="c")

    XP = "UBND các phường, xã"
    groups = [
        ("A", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI", [
            ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Cổng "
                  "thông tin điện tử thị xã và hệ thống loa truyền thanh các phường, xã.",
             "Phòng Văn hóa, Khoa học và Thông tin",
             "Trung tâm Văn hóa, Thông tin và Thể thao thị xã; " + XP, "Thường xuyên"),
            ("2", "Truyền thông phòng, chống xâm hại, bạo lực trẻ em; phòng, chống đuối nước tại "
                  "các phường, xã ven biển, ven sông Thị Vải.",
             "Phòng Y tế", "Thị đoàn; Hội Liên hiệp Phụ nữ thị xã; " + XP,
             "Tháng 5 - tháng 8 hằng năm"),
        ]),
        ("B", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH", [
            ("1", "Tập huấn kiến thức, kỹ năng bảo vệ trẻ em cho cán bộ làm công tác trẻ em, cộng "
                  "tác viên khu phố, ấp.",
             "Phòng Y tế", XP, "Quý III/2025"),
            ("2", "Tập huấn cho giáo viên, nhân viên làm công tác tư vấn tâm lý học đường.",
             "Phòng Giáo dục và Đào tạo", "Trung tâm Y tế thị xã", "Năm học 2025 - 2026"),
            ("3", "Bồi dưỡng kỹ năng tiếp nhận, xử lý tin báo về xâm hại trẻ em; phối hợp với Tổng "
                  "đài điện thoại quốc gia bảo vệ trẻ em 111.",
             "Công an thị xã", "Phòng Y tế; Phòng Tư pháp", "2025 - 2030"),
        ]),
        ("C", "PHÁT TRIỂN DỊCH VỤ BẢO ĐẢM QUYỀN TRẺ EM", [
            ("1", "Chăm sóc sức khỏe, dinh dưỡng, tiêm chủng cho trẻ em, đặc biệt là con công nhân "
                  "lao động tại các khu công nghiệp Phú Mỹ I, Mỹ Xuân A.",
             "Trung tâm Y tế thị xã", "Phòng Y tế; Liên đoàn Lao động thị xã", "Thường xuyên"),
            ("2", "Phát triển nhóm trẻ độc lập tư thục tại khu vực tập trung đông công nhân; bảo "
                  "đảm điều kiện an toàn cho trẻ.",
             "Phòng Giáo dục và Đào tạo; UBND các phường, xã", "", "Giai đoạn 2025 - 2027"),
        ]),
        ("D", "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU VỀ TRẺ EM", [
            ("1", "Kiểm tra điều kiện bảo đảm an toàn cho trẻ em tại các cơ sở giáo dục mầm non "
                  "ngoài công lập.",
             "Phòng Giáo dục và Đào tạo",
             "Phòng Y tế; Phòng Văn hóa, Khoa học và Thông tin; " + XP, "Quý IV/2025"),
            ("2", "Cập nhật cơ sở dữ liệu về trẻ em, bảo đảm liên thông với cơ sở dữ liệu quốc gia "
                  "về dân cư.",
             "Phòng Y tế", "Công an thị xã; " + XP, "Trước ngày 15/12/2025"),
        ]),
        ("E", "KINH PHÍ, NGUỒN LỰC", [
            ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
             "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm"),
            ("2", "Vận động doanh nghiệp trong các khu công nghiệp ủng hộ Quỹ Bảo trợ trẻ em thị xã.",
             "Phòng Y tế", "Ủy ban MTTQ Việt Nam thị xã; Liên đoàn Lao động thị xã",
             "Thường xuyên"),
        ]),
    ]
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(10.5), Cm(4.5), Cm(5.8), Cm(3.6)]
    heads = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    for i, h in enumerate(heads):
        cell_text(t.rows[0].cells[i], [h], bold=True)
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for numeral, title, tasks in groups:
        row = t.add_row()
        cell_text(row.cells[0], [numeral], bold=True)
        merged = row.cells[1].merge(row.cells[4])
        cell_text(merged, [title], bold=True, align="l")
        for num, text, lead, coop, time in tasks:
            row = t.add_row()
            cell_text(row.cells[0], [num])
            cell_text(row.cells[1], [text], align="l")
            cell_text(row.cells[2], [lead], align="l")
            cell_text(row.cells[3], [coop] if coop else [""], align="l")
            cell_text(row.cells[4], [time])
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w
    d.save(path)
    normalize_zip(path)


# ======================================================================= k12 (L10, xlsx)
# Task sheet of UBND quận Bình Thạnh (Thành phố Hồ Chí Minh), June 2025.

def k12(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    plan = [
        ("Trường", "Giá trị"),
        ("Số", "245/KH-UBND"),
        ("Ngày", "06/06/2025"),
        ("Loại văn bản", "Kế hoạch"),
        ("Cơ quan ban hành", "Ủy ban nhân dân quận Bình Thạnh"),
        ("Trích yếu", "Triển khai thực hiện Kế hoạch số 1846/KH-UBND ngày 18/4/2025 của Ủy ban "
                      "nhân dân Thành phố về thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
                      "Liên hợp quốc trên địa bàn quận Bình Thạch"),
        ("Cấp", "huyện"),
        ("Địa bàn", "Bình Thạnh"),
        ("Thuộc tỉnh", "Thành phố Hồ Chí Minh"),
        ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
        ("Căn cứ", "Kế hoạch số 1846/KH-UBND ngày 18/4/2025 của Ủy ban nhân dân Thành phố Hồ Chí "
                   "Minh"),
        ("Triển khai", "Kế hoạch số 1846/KH-UBND ngày 18/4/2025 của Ủy ban nhân dân Thành phố Hồ "
                       "Chí Minh"),
        ("Cơ quan đầu mối", "Phòng Y tế"),
        ("Người ký", "Trương Minh Khoa"),
        ("Chức vụ người ký", "Phó Chủ tịch"),
        ("Người nhập liệu", "Văn phòng HĐND và UBND quận"),
    ]
    for r in plan:
        ws.append(list(r))
    ws["A1"].font = ws["B1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100

    ws2 = wb.create_sheet("Nhiệm vụ")
    P = "UBND các phường"
    rows = [
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
         "Ghi chú"],
        ["I", "Truyền thông, giáo dục, vận động xã hội", None, None, None, None],
        [1, "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Cổng "
            "thông tin điện tử quận và trang mạng xã hội của Ủy ban nhân dân 20 phường.",
         "Phòng Văn hóa, Khoa học và Thông tin", "UBND 20 phường", "Thường xuyên", None],
        [2, "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em quận.",
         "Phòng Y tế", "Quận đoàn; Phòng Giáo dục và Đào tạo", "Tháng 5 - tháng 6 hằng năm", None],
        [3, "Lồng ghép giáo dục quyền và bổn phận của trẻ em trong hoạt động ngoại khóa tại các "
            "trường tiểu học, trung học cơ sở.",
         "Phòng Giáo dục và Đào tạo", None, "Năm học 2025 - 2026", None],
        ["II", "Nâng cao năng lực; phối hợp liên ngành", None, None, None, None],
        [1, "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức phụ trách công tác trẻ em của phường "
            "và cộng tác viên khu phố.",
         "Phòng Y tế", P, "Quý III/2025", "Đã bố trí kinh phí năm 2025"],
        [2, "Phối hợp tiếp nhận, xác minh, xử lý thông tin về trẻ em bị xâm hại do Tổng đài điện "
            "thoại quốc gia bảo vệ trẻ em 111 chuyển đến.",
         "Công an quận", "Phòng Y tế; " + P, "Thường xuyên", None],
        [3, "Duy trì mô hình Điểm tư vấn, hỗ trợ trẻ em tại cộng đồng ở Phường 13 và Phường 26.",
         "Phòng Y tế", "Hội Liên hiệp Phụ nữ quận; UBND Phường 13; UBND Phường 26", "2025 - 2030",
         "Mô hình điểm"],
        ["III", "Dịch vụ bảo đảm thực hiện quyền trẻ em", None, None, None, None],
        [1, "Chăm sóc sức khỏe, dinh dưỡng, tiêm chủng cho trẻ em dưới 6 tuổi; khám sức khỏe "
            "học đường.",
         "Trung tâm Y tế quận", P, "Hằng năm", None],
        [2, "Hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em lang thang, xin ăn tại khu vực chợ Bà "
            "Chiểu và các tuyến đường trung tâm.",
         "Phòng Y tế; Công an quận", "UBND Phường 14; UBND Phường 1", "Thường xuyên", None],
        [3, "Tổ chức các hoạt động vui chơi, giải trí, rèn luyện kỹ năng sống cho thiếu nhi dịp hè.",
         "Nhà Thiếu nhi quận", "Quận đoàn", "Tháng 6 - tháng 8 hằng năm", None],
        [4, "Thực hiện trợ giúp pháp lý cho người chưa thành niên.",
         "Phòng Tư pháp", None, "Khi có yêu cầu", "Theo đề nghị của Trung tâm Trợ giúp pháp lý"],
        ["IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em", None, None, None, None],
        [1, "Kiểm tra việc bảo đảm an toàn cho trẻ em tại các nhóm trẻ, lớp mẫu giáo độc lập.",
         "Phòng Giáo dục và Đào tạo", "Phòng Y tế; " + P, "Quý IV/2025", None],
        [2, "Cập nhật, làm sạch dữ liệu trẻ em, liên thông với cơ sở dữ liệu quốc gia về dân cư.",
         P, "Công an quận", "Trước ngày 30/11/2025", None],
        ["V", "Kinh phí thực hiện", None, None, None, None],
        [1, "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách quận hằng năm.",
         "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm", None],
    ]
    for r in rows:
        ws2.append(r)
    for c in ws2[1]:
        c.font = Font(bold=True)
    for row in ws2.iter_rows(min_row=2):
        if isinstance(row[0].value, str):
            row[0].font = row[1].font = Font(bold=True)
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for col, w in zip("ABCDEF", (6, 70, 28, 36, 22, 24)):
        ws2.column_dimensions[col].width = w
    wb.properties.creator = "UBND quan Binh Thanh"
    wb.properties.created = datetime.datetime(2025, 6, 6, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 6, 6, 8, 0, 0)
    wb.save(path)
    normalize_zip(path, modified="2025-06-06T08:00:00Z")


# ======================================================================= k13 (L10, csv)
# Task sheet of UBND đặc khu Cô Tô (Quảng Ninh), October 2025 (day unknown, signer unknown).

def k13(path):
    X = "Phòng Văn hóa - Xã hội"
    rows = [
        ["Trường", "Giá trị"],
        ["Số", "38/KH-UBND"],
        ["Ngày", "10/2025"],
        ["Loại văn bản", "Kế hoạch"],
        ["Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
                      "bàn đặc khu Cô Tô"],
        ["Cơ quan ban hành", "Ủy ban nhân dân đặc khu Cô Tô"],
        ["Cấp", "xã"],
        ["Địa bàn", "Cô Tô"],
        ["Thuộc tỉnh", "Quảng Ninh"],
        ["Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"],
        ["Căn cứ", "Kế hoạch số 260/KH-UBND ngày 29/8/2025 của Ủy ban nhân dân tỉnh Quảng Ninh"],
        ["Triển khai", "Kế hoạch số 260/KH-UBND ngày 29/8/2025 của Ủy ban nhân dân tỉnh Quảng Ninh"],
        ["Người ký", ""],
        ["Chức vụ người ký", "Chủ tịch"],
        ["Cơ quan đầu mối", X],
        [],
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
        ["I", "Truyền thông, giáo dục, vận động xã hội", "", "", ""],
        ["1", "Tuyên truyền về quyền và bổn phận của trẻ em, phòng, chống xâm hại trẻ em trên hệ "
              "thống truyền thanh của đặc khu và tại các thôn, khu.",
         X, "Đoàn Thanh niên đặc khu; Hội Liên hiệp Phụ nữ đặc khu", "Thường xuyên"],
        ["2", "Tuyên truyền, hướng dẫn kỹ năng phòng, chống đuối nước cho học sinh và các gia đình "
              "ngư dân.",
         X + "; Đồn Biên phòng Cô Tô", "Các trường học trên địa bàn", "Tháng 5 - tháng 8 hằng năm"],
        ["II", "Nâng cao năng lực, phối hợp liên ngành", "", "", ""],
        ["1", "Tập huấn kỹ năng phát hiện, báo cáo các trường hợp trẻ em bị xâm hại cho cộng tác "
              "viên thôn, khu.",
         X, "Trung tâm Y tế đặc khu", "Quý IV/2025"],
        ["2", "Kiện toàn nhóm công tác liên ngành bảo vệ trẻ em của đặc khu.",
         "Văn phòng HĐND và UBND", X + "; Công an đặc khu", "Trước ngày 31/10/2025"],
        ["III", "Dịch vụ chăm sóc, giáo dục, bảo vệ trẻ em", "", "", ""],
        ["1", "Khám sức khỏe định kỳ, tiêm chủng đầy đủ, phòng, chống suy dinh dưỡng cho trẻ em.",
         "Trung tâm Y tế đặc khu", "", "Hằng năm"],
        ["2", "Bảo đảm trẻ em ở đảo Thanh Lân và đảo Cô Tô được đến trường đầy đủ; hỗ trợ học sinh "
              "có hoàn cảnh khó khăn.",
         X, "Các trường học trên địa bàn", "Năm học 2025 - 2026"],
        ["3", "Tổ chức sân chơi, hoạt động hè cho thiếu nhi tại các thôn, khu.",
         "Đoàn Thanh niên đặc khu", X, "Tháng 6 - tháng 8 hằng năm"],
        ["IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em", "", "", ""],
        ["1", "Kiểm tra việc bảo đảm an toàn cho trẻ em tại các cơ sở lưu trú du lịch và trên các "
              "tàu chở khách ra đảo.",
         "Phòng Kinh tế", "Công an đặc khu; " + X, "Tháng 4 - tháng 9 hằng năm"],
        ["2", "Cập nhật dữ liệu trẻ em, liên thông với cơ sở dữ liệu quốc gia về dân cư.",
         X, "Công an đặc khu", "Thường xuyên"],
        ["V", "Kinh phí", "", "", ""],
        ["", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách của đặc khu.",
         "Phòng Kinh tế", X, "Hằng năm"],
    ]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ======================================================================= main

def main():
    write_l1("k01_caobang", k01)
    write_l1("k02_muongang", k02)
    write_l1("k03_boyte", k03)
    k10(os.path.join(HERE, "k10_phumy.docx"))
    k11(os.path.join(HERE, "k11_dongnai.pdf"))
    k12(os.path.join(HERE, "k12_binhthanh.xlsx"))
    k13(os.path.join(HERE, "k13_coto.csv"))


if __name__ == "__main__":
    main()
