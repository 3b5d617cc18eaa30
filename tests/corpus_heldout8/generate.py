#!/usr/bin/env python3
"""Regenerate the generated documents of this held-out corpus.

Run:  cd /work/main && .venv/bin/python tests/corpus_heldout8/generate.py

Writes, deterministically:
  r01_bnnmt.txt      L1  PDF drawn directly on the canvas, text extracted with pdfminer
  r03_quang_ninh.txt L1  PDF built with platypus (SimpleDocTemplate), text extracted
  r06_cam_pha.txt    L1  PDF built with BaseDocTemplate (portrait + landscape), text extracted
  r02_hung_yen.docx  L8  Word document (python-docx)
  r14_btc.pdf        L9  PDF kept as PDF (platypus, ruled table)
  r13_hung_yen.xlsx  L10 task sheet workbook (openpyxl)
  r07_kien_tuong.csv L10 task sheet as CSV

The Markdown documents (r04, r05, r08, r09, r10, r11, r12) and every *.truth.json
are written by hand and are not touched here.  Intermediate PDFs for the L1
documents are written to a temporary directory and discarded.
"""
import csv
import io
import os
import re
import tempfile
import zipfile
from xml.sax.saxutils import escape

from reportlab import rl_config

rl_config.invariant = 1

import font_roboto  # noqa: E402
from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether,
)
from reportlab.lib.fonts import addMapping  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")


def register_fonts():
    for name, fn in [("Roboto", "Roboto-Regular.ttf"), ("Roboto-Bold", "Roboto-Bold.ttf"),
                     ("Roboto-Italic", "Roboto-Italic.ttf"),
                     ("Roboto-BoldItalic", "Roboto-BoldItalic.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    addMapping("Roboto", 0, 0, "Roboto")
    addMapping("Roboto", 1, 0, "Roboto-Bold")
    addMapping("Roboto", 0, 1, "Roboto-Italic")
    addMapping("Roboto", 1, 1, "Roboto-BoldItalic")


register_fonts()


def extract_pdf_text(pdf_path):
    from pdfminer.high_level import extract_text
    return extract_text(pdf_path)


def write_text(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def normalise_zip(data, core_iso):
    """Rewrite an OOXML zip with fixed timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = payload.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>%s\g<2>" % core_iso, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>%s\g<2>" % core_iso, txt)
                payload = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, payload)
    return out.getvalue()


# ---------------------------------------------------------------------------
# r03_quang_ninh  (L1, style A: platypus SimpleDocTemplate, portrait,
#                  ruled table, header row repeated, group rows spanning,
#                  rows allowed to split across pages, page number top centre)
# ---------------------------------------------------------------------------

R03_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    ("p", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với điều "
          "kiện thực tế của tỉnh; nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia "
          "đình, nhà trường và xã hội trong việc bảo đảm thực hiện quyền trẻ em, nhất là trẻ em "
          "vùng đồng bào dân tộc thiểu số, miền núi, biên giới, hải đảo."),
    ("b", "2. Yêu cầu"),
    ("p", "Xác định rõ nội dung, tiến độ và trách nhiệm của các sở, ban, ngành, địa phương; "
          "lồng ghép hiệu quả với Chương trình hành động vì trẻ em tỉnh Quảng Ninh giai đoạn "
          "2021 - 2030 và các chương trình, đề án có liên quan đang triển khai trên địa bàn."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Tiếp tục nghiên cứu, rà soát, tham gia góp ý hoàn thiện pháp luật, chính sách về "
          "trẻ em; kịp thời đề xuất sửa đổi, bổ sung các chính sách của tỉnh bảo đảm phù hợp với "
          "Công ước của Liên hợp quốc về quyền trẻ em."),
    ("p", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, "
          "trách nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em cho cán bộ, Nhân dân, cha mẹ "
          "và trẻ em."),
    ("p", "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ làm công tác bảo vệ trẻ em; "
          "tăng cường phối hợp liên ngành; nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ "
          "em có hiệu quả."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em, giải quyết các vấn đề "
          "về trẻ em, chú trọng trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật, trẻ em vùng đồng "
          "bào dân tộc thiểu số."),
    ("p", "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập nhật cơ "
          "sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân "
          "sách địa phương."),
    ("p", "7. Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em."),
    ("i", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp "
          "hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có "
          "liên quan và các nguồn huy động hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("b", "1. Sở Lao động - Thương binh và Xã hội"),
    ("p", "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương hướng "
          "dẫn, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp kết quả thực hiện, báo cáo "
          "Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định."),
    ("b", "2. Sở Tài chính"),
    ("p", "Căn cứ khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí "
          "thực hiện Kế hoạch theo phân cấp ngân sách hiện hành."),
    ("b", "3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("p", "Căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch hoặc lồng ghép vào chương "
          "trình công tác năm để tổ chức thực hiện; định kỳ 6 tháng (trước ngày 10/6) và hằng năm "
          "(trước ngày 05/12) báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để "
          "tổng hợp."),
    ("b", "4. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh"),
    ("p", "Tăng cường hiệu quả hoạt động của Tòa Gia đình và người chưa thành niên; nâng cao "
          "năng lực thẩm phán, kiểm sát viên về quyền trẻ em, bảo đảm tư pháp thân thiện với trẻ "
          "em."),
    ("b", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
    ("p", "Theo chức năng, nhiệm vụ tham gia thực hiện và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trường hợp sau sắp xếp tổ chức bộ máy, tên gọi, chức năng, nhiệm vụ của cơ quan, đơn "
          "vị có thay đổi thì cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ có trách nhiệm tiếp tục "
          "thực hiện các nội dung được giao tại Kế hoạch này."),
    ("p", "Trên đây là Kế hoạch triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của "
          "Thủ tướng Chính phủ trên địa bàn tỉnh Quảng Ninh. Trong quá trình triển khai, nếu có "
          "khó khăn, vướng mắc, các đơn vị, địa phương phản ánh về Sở Lao động - Thương binh và Xã "
          "hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]

R03_GROUPS = [
    ("I", "Hoàn thiện pháp luật, chính sách về quyền trẻ em", [
        ("1", "Nghiên cứu, rà soát, góp ý xây dựng, sửa đổi, bổ sung pháp luật, chính sách về trẻ "
              "em, trẻ em khuyết tật, lao động trẻ em, trẻ em lang thang; đề xuất nâng độ tuổi trẻ em "
              "khi có yêu cầu.",
         "Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp; các sở, ban, ngành liên quan",
         "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội"),
        ("2", "Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự; nghiên cứu khả năng gia nhập các công "
              "ước về không quốc tịch khi có đề nghị của cơ quan có thẩm quyền.",
         "Sở Tư pháp", "Công an tỉnh; Sở Ngoại vụ", "Khi có yêu cầu"),
        ("3", "Rà soát, tham gia ý kiến sửa đổi tuyên bố bảo lưu đối với Nghị định thư không bắt "
              "buộc về sự tham gia của trẻ em trong xung đột vũ trang.",
         "Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ; Sở Tư pháp", "Theo hướng dẫn của Bộ Quốc phòng"),
    ]),
    ("II", "Truyền thông, giáo dục, vận động xã hội", [
        ("1", "Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg và Kế hoạch này; Luật Trẻ em, Công ước "
              "của Liên hợp quốc về quyền trẻ em; phòng, chống bạo lực, xâm hại trẻ em.",
         "Sở Lao động - Thương binh và Xã hội",
         "Sở Thông tin và Truyền thông; Trung tâm Truyền thông tỉnh; Ủy ban nhân dân các huyện, "
         "thị xã, thành phố",
         "Năm 2025 và các năm tiếp theo"),
        ("2", "Truyền thông, vận động bảo đảm mọi trẻ em được đăng ký khai sinh và có quốc tịch theo "
              "quy định.",
         "Sở Tư pháp", "Công an tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", "Thường xuyên"),
        ("3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng ứng phó với biến đổi khí "
              "hậu, thiên tai vào các hoạt động giáo dục trong nhà trường.",
         "Sở Giáo dục và Đào tạo",
         "Sở Tài nguyên và Môi trường; Sở Nông nghiệp và Phát triển nông thôn",
         "Năm học 2025 - 2026"),
        ("4", "Truyền thông phòng, chống mua bán người, mua bán trẻ em tại khu vực biên giới, cửa "
              "khẩu.",
         "Công an tỉnh",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; Hội Liên hiệp Phụ nữ tỉnh; Ủy ban nhân dân các huyện, "
         "thị xã, thành phố",
         "Hằng năm"),
    ]),
    ("III", "Nâng cao năng lực; phối hợp liên ngành; xây dựng, nhân rộng mô hình", [
        ("1", "Tăng cường hiệu quả hoạt động liên ngành, kết nối Tổng đài điện thoại quốc gia bảo vệ "
              "trẻ em 111.",
         "Sở Lao động - Thương binh và Xã hội",
         "Công an tỉnh; Sở Y tế; Sở Thông tin và Truyền thông", "Thường xuyên hằng năm"),
        ("2", "Bồi dưỡng kỹ năng cho cán bộ Công an các cấp về điều tra, xử lý thân thiện các vụ việc "
              "xâm hại trẻ em, trẻ em bị mua bán.",
         "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"),
        ("3", "Bồi dưỡng, nâng cao năng lực cho viên chức tư vấn học sinh; nhân rộng mô hình tư vấn "
              "tâm lý, công tác xã hội trong trường học.",
         "Sở Giáo dục và Đào tạo",
         "Sở Lao động - Thương binh và Xã hội; Ủy ban nhân dân các huyện, thị xã, thành phố",
         "Năm học 2025 - 2026 và các năm tiếp theo"),
        ("4", "Nâng cao kiến thức, kỹ năng bảo vệ trẻ em trên môi trường mạng; phối hợp với doanh "
              "nghiệp viễn thông phát triển sản phẩm, dịch vụ bảo vệ trẻ em.",
         "Sở Thông tin và Truyền thông", "Công an tỉnh; Tỉnh đoàn", "Quý III/2025"),
    ]),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", [
        ("1", "Triển khai chính sách trợ giúp xã hội, bảo đảm mức sống tối thiểu cho trẻ em; phát "
              "triển dịch vụ chăm sóc thay thế, hỗ trợ trẻ em khuyết tật, tư vấn tâm lý, tái hòa nhập "
              "cộng đồng.",
         "Sở Lao động - Thương binh và Xã hội",
         "Sở Y tế; Sở Tài chính; Ủy ban nhân dân các huyện, thị xã, thành phố",
         "Giai đoạn 2025 - 2030"),
        ("2", "Nâng cao chất lượng giáo dục; giáo dục hòa nhập cho trẻ em khuyết tật; giảm tỷ lệ học "
              "sinh bỏ học, nhất là học sinh dân tộc thiểu số vùng cao, hải đảo; phòng, chống bạo lực "
              "học đường.",
         "Sở Giáo dục và Đào tạo", "Ban Dân tộc; Ủy ban nhân dân các huyện, thị xã, thành phố",
         "Hằng năm"),
        ("3", "Phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng sữa mẹ; dự phòng lây truyền HIV từ "
              "mẹ sang con; chăm sóc sức khỏe tâm thần, sức khỏe sinh sản vị thành niên.",
         "Sở Y tế",
         "Sở Lao động - Thương binh và Xã hội; Sở Giáo dục và Đào tạo; Hội Liên hiệp Phụ nữ tỉnh",
         "2025 - 2030"),
        ("4", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc "
              "thiểu số.",
         "Ban Dân tộc",
         "Sở Tư pháp; Ủy ban nhân dân các huyện Bình Liêu, Ba Chẽ, Tiên Yên, Đầm Hà, Hải Hà",
         "Thường xuyên"),
        ("5", "Tổ chức các hoạt động vui chơi, giải trí, văn hóa, thể thao cho trẻ em dịp hè; phòng, "
              "chống xâm hại trẻ em trong hoạt động du lịch.",
         "Sở Văn hóa và Thể thao; Sở Du lịch",
         "Tỉnh đoàn; Ủy ban nhân dân các huyện, thị xã, thành phố", "Tháng 5 - tháng 8 hằng năm"),
    ]),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", [
        ("1", "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về quyền trẻ em; xây dựng báo "
              "cáo định kỳ về tình hình thực hiện quyền trẻ em.",
         "Sở Lao động - Thương binh và Xã hội", "Thanh tra tỉnh; các sở, ban, ngành liên quan",
         "Hằng năm"),
        ("2", "Cập nhật cơ sở dữ liệu về trẻ em, liên thông với cơ sở dữ liệu quốc gia về dân cư; "
              "tăng cường chất lượng thống kê về trẻ em.",
         "Sở Lao động - Thương binh và Xã hội; Công an tỉnh",
         "Cục Thống kê tỉnh; Sở Thông tin và Truyền thông", "Trước ngày 31/12/2025"),
    ]),
    ("VI", "Bố trí kinh phí", [
        ("1", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em trong dự toán ngân sách hằng năm của "
              "các cấp.",
         "Sở Tài chính", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội",
         "Hằng năm, khi xây dựng dự toán"),
    ]),
    ("VII", "Hợp tác quốc tế", [
        ("1", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ hỗ trợ nguồn lực thực hiện các dự "
              "án vì trẻ em.",
         "Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội", "Thường xuyên"),
    ]),
]


R03_TABLE_GAP = 8      # points between the appendix heading and the table


def build_r03(pdf_path):
    base = ParagraphStyle("b", fontName="Roboto", fontSize=12, leading=16, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=4)
    head = ParagraphStyle("h", parent=base, fontName="Roboto-Bold", firstLineIndent=1 * cm)
    ital = ParagraphStyle("i", parent=base, fontName="Roboto-Italic")
    centre = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    centre_b = ParagraphStyle("cb", parent=centre, fontName="Roboto-Bold")
    centre_i = ParagraphStyle("ci", parent=centre, fontName="Roboto-Italic")
    small = ParagraphStyle("s", fontName="Roboto", fontSize=9.5, leading=12, alignment=TA_LEFT)
    small_b = ParagraphStyle("sb", parent=small, fontName="Roboto-Bold")
    small_c = ParagraphStyle("sc", parent=small, alignment=TA_CENTER)
    cell = ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12.5, alignment=TA_LEFT)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Roboto-Bold")
    cell_bc = ParagraphStyle("cellbc", parent=cell_b, alignment=TA_CENTER)

    def P(t, s):
        return Paragraph(escape(t), s)

    story = []
    hdr = Table([
        [P("ỦY BAN NHÂN DÂN", centre), P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", centre_b)],
        [P("TỈNH QUẢNG NINH", centre_b), P("Độc lập - Tự do - Hạnh phúc", centre_b)],
        [P("Số: 46/KH-UBND", centre), P("Quảng Ninh, ngày 19 tháng 02 năm 2025", centre_i)],
    ], colWidths=[6.5 * cm, 10.5 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                             ("TOPPADDING", (0, 0), (-1, -1), 0),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    story += [hdr, Spacer(1, 14), P("KẾ HOẠCH", centre_b)]
    story.append(P("Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính "
                   "phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên "
                   "hợp quốc trên địa bàn tỉnh Quảng Ninh", centre_b))
    story.append(Spacer(1, 10))
    for t in ["Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
              "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
              "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
              "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 41/TTr-LĐTBXH ngày "
              "07/02/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn "
              "tỉnh như sau:"]:
        story.append(P(t, ital if t.startswith("Căn cứ") else base))
    for kind, t in R03_BODY:
        story.append(P(t, {"h": head, "b": head, "p": base, "i": ital}[kind]))
    recips = ("<b>Nơi nhận:</b><br/>- Bộ LĐTBXH (b/c);<br/>- TT Tỉnh ủy, TT HĐND tỉnh (b/c);<br/>"
              "- CT, các PCT UBND tỉnh;<br/>- UB MTTQ tỉnh và các tổ chức CT-XH tỉnh;<br/>"
              "- Các sở, ban, ngành thuộc tỉnh;<br/>- TAND tỉnh, VKSND tỉnh;<br/>"
              "- UBND các huyện, thị xã, thành phố;<br/>- V0, V1, VX3;<br/>- Lưu: VT, VX3.")
    sign = ("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/>"
            "<b>Đặng Huy Khiêm</b>")
    st = Table([[Paragraph(recips, small), Paragraph(sign, ParagraphStyle(
        "sg", parent=small, fontSize=12, leading=15, alignment=TA_CENTER))]],
        colWidths=[8.5 * cm, 8.5 * cm])
    st.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8), KeepTogether([st]), PageBreak()]

    # appendix
    story.append(P("PHỤ LỤC", centre_b))
    story.append(P("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
                   "QUỐC TRÊN ĐỊA BÀN TỈNH QUẢNG NINH", centre_b))
    story.append(P("(Kèm theo Kế hoạch số 46/KH-UBND ngày 19/02/2025 của Ủy ban nhân dân tỉnh Quảng "
                   "Ninh)", centre_i))
    story.append(Spacer(1, R03_TABLE_GAP))
    data = [[P("STT", cell_bc), P("Nội dung nhiệm vụ", cell_bc), P("Cơ quan chủ trì", cell_bc),
             P("Cơ quan phối hợp", cell_bc), P("Thời gian thực hiện", cell_bc)]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee"))]
    for num, title, rows in R03_GROUPS:
        r = len(data)
        data.append([P(num, cell_bc), P(title, cell_b), "", "", ""])
        style.append(("SPAN", (1, r), (4, r)))
        for n, task, lead, coop, tf in rows:
            data.append([P(n, cell_c), P(task, cell), P(lead, cell), P(coop, cell), P(tf, cell)])
    tbl = Table(data, colWidths=[1.1 * cm, 6.3 * cm, 3.1 * cm, 3.9 * cm, 2.6 * cm],
                repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)

    def on_page(c, doc):
        n = c.getPageNumber()
        if n > 1:
            c.setFont("Roboto", 11)
            c.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(n))

    doc = SimpleDocTemplate(pdf_path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Ke hoach 46/KH-UBND", author="UBND tinh")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# r06_cam_pha  (L1, style B: BaseDocTemplate, portrait body + landscape
#               appendix, header drawn on the canvas of page 1, appendix with
#               horizontal rules only, group rows not spanning, header row not
#               repeated, rows never split, "Trang N" bottom right)
# ---------------------------------------------------------------------------

R06_BODY = [
    ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
          "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc; Kế hoạch số "
          "46/KH-UBND ngày 19/02/2025 của Ủy ban nhân dân tỉnh Quảng Ninh triển khai thực hiện Quyết "
          "định số 27/QĐ-TTg trên địa bàn tỉnh, Ủy ban nhân dân thành phố Cẩm Phả ban hành Kế hoạch "
          "thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Triển khai kịp thời, đầy đủ các nhiệm vụ được Ủy ban nhân dân tỉnh giao; xác định rõ "
          "trách nhiệm của các phòng, ban, đơn vị và Ủy ban nhân dân các phường, xã trong việc bảo "
          "đảm thực hiện quyền trẻ em."),
    ("p", "- Nhiệm vụ phải cụ thể, có lộ trình, sản phẩm rõ ràng; gắn với việc thực hiện Chương "
          "trình hành động vì trẻ em của thành phố và công tác chuyển giao nhiệm vụ quản lý nhà nước "
          "về trẻ em sang ngành Y tế theo quy định."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, tham mưu hoàn thiện các văn bản, chính sách của thành phố liên quan đến trẻ "
          "em; lồng ghép chỉ tiêu về trẻ em trong kế hoạch phát triển kinh tế - xã hội."),
    ("p", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, bổn phận của trẻ em "
          "và trách nhiệm của gia đình, nhà trường, xã hội."),
    ("p", "3. Nâng cao năng lực cho đội ngũ làm công tác trẻ em; duy trì, nhân rộng các mô hình bảo vệ, "
          "chăm sóc, giáo dục trẻ em hiệu quả trên địa bàn."),
    ("p", "4. Phát triển các dịch vụ bảo vệ, chăm sóc sức khỏe trẻ em; phòng, chống tai nạn, thương "
          "tích, đuối nước trẻ em."),
    ("p", "5. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em tại "
          "các phường, xã."),
    ("p", "6. Bố trí kinh phí, huy động nguồn lực xã hội hóa và các nguồn hợp pháp khác cho công tác "
          "trẻ em."),
    ("p", "Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục ban hành kèm theo Kế hoạch này."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ nguồn ngân sách thành phố được giao trong dự toán hằng năm của các cơ quan, đơn vị; "
          "nguồn kinh phí lồng ghép các chương trình, đề án và nguồn xã hội hóa."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Y tế: Là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, "
          "theo dõi, đôn đốc triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân thành phố và Sở Y "
          "tế kết quả thực hiện."),
    ("p", "2. Các phòng, ban, đơn vị thuộc Ủy ban nhân dân thành phố, Ủy ban nhân dân các phường, xã: "
          "Căn cứ nhiệm vụ được giao chủ động triển khai thực hiện; định kỳ 6 tháng (trước ngày 01/6) "
          "và năm (trước ngày 20/11) báo cáo kết quả về Ủy ban nhân dân thành phố (qua Phòng Y tế)."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội "
          "thành phố phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
          "trên địa bàn thành phố Cẩm Phả, yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực "
          "hiện./."),
]

R06_GROUPS = [
    ("A", "Hoàn thiện văn bản, chính sách", [
        ("1", "Rà soát các văn bản, chính sách của thành phố liên quan đến trẻ em; đề xuất sửa đổi, bổ "
              "sung cho phù hợp.",
         "Phòng Tư pháp", "Phòng Y tế; các phòng, ban, đơn vị liên quan", "Quý III/2025",
         "Báo cáo rà soát"),
        ("2", "Tham mưu lồng ghép chỉ tiêu về trẻ em trong kế hoạch phát triển kinh tế - xã hội hằng "
              "năm của thành phố.",
         "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm", "Kế hoạch phát triển KT-XH"),
    ]),
    ("B", "Truyền thông, giáo dục, vận động xã hội", [
        ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên hệ thống "
              "thông tin cơ sở và các nền tảng số của thành phố.",
         "Phòng Văn hóa, Khoa học và Thông tin",
         "Trung tâm Truyền thông và Văn hóa thành phố; Ủy ban nhân dân các phường, xã",
         "Thường xuyên", "Tin, bài, phóng sự"),
        ("2", "Tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em thành phố.",
         "Phòng Y tế", "Thành đoàn; Phòng Giáo dục và Đào tạo; Ủy ban nhân dân các phường, xã",
         "Tháng 5 - tháng 6 hằng năm", "Diễn đàn trẻ em"),
    ]),
    ("C", "Nâng cao năng lực, nhân rộng mô hình", [
        ("1", "Tập huấn kỹ năng bảo vệ trẻ em cho đội ngũ làm công tác trẻ em cấp phường, xã và cộng "
              "tác viên ở khu phố, thôn.",
         "Phòng Y tế", "Hội Liên hiệp Phụ nữ thành phố; Ủy ban nhân dân các phường, xã",
         "Quý II/2025 và hằng năm", ""),
        ("2", "Duy trì, nhân rộng mô hình trường học an toàn, thân thiện; tư vấn tâm lý học đường tại "
              "các trường trên địa bàn.",
         "Phòng Giáo dục và Đào tạo", "Phòng Y tế; Trung tâm Y tế thành phố",
         "Năm học 2025 - 2026", "Mô hình được duy trì"),
    ]),
    ("D", "Phát triển dịch vụ bảo vệ, chăm sóc trẻ em", [
        ("1", "Triển khai dịch vụ hỗ trợ, can thiệp cho trẻ em bị xâm hại, trẻ em có hoàn cảnh đặc "
              "biệt; phòng, chống đuối nước trẻ em.",
         "Phòng Y tế",
         "Công an thành phố; Phòng Văn hóa, Khoa học và Thông tin; Ủy ban nhân dân các phường, xã",
         "Thường xuyên", ""),
        ("2", "Khám sàng lọc, phát hiện sớm khuyết tật, suy dinh dưỡng ở trẻ em dưới 5 tuổi; tiêm "
              "chủng đầy đủ cho trẻ em.",
         "Trung tâm Y tế thành phố", "Phòng Y tế; Ủy ban nhân dân các phường, xã", "Hằng năm",
         "Báo cáo kết quả khám sàng lọc"),
    ]),
    ("E", "Kiểm tra, giám sát; cơ sở dữ liệu", [
        ("1", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các phường, xã và cơ sở "
              "giáo dục; cập nhật cơ sở dữ liệu về trẻ em.",
         "Phòng Y tế; Phòng Giáo dục và Đào tạo", "Thanh tra thành phố", "Quý IV/2025",
         "Báo cáo kết quả kiểm tra"),
    ]),
    ("F", "Kinh phí và huy động nguồn lực", [
        ("1", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách; vận động nguồn lực xã hội "
              "hóa cho công tác trẻ em.",
         "Phòng Tài chính - Kế hoạch", "Phòng Y tế; Ủy ban Mặt trận Tổ quốc Việt Nam thành phố",
         "Hằng năm", ""),
    ]),
]


def build_r06(pdf_path):
    body = ParagraphStyle("b", fontName="Roboto", fontSize=13, leading=18, alignment=TA_JUSTIFY,
                          firstLineIndent=1.2 * cm, spaceAfter=3)
    head = ParagraphStyle("h", parent=body, fontName="Roboto-Bold", firstLineIndent=0)
    title = ParagraphStyle("t", parent=body, fontName="Roboto-Bold", alignment=TA_CENTER,
                           firstLineIndent=0)
    cell = ParagraphStyle("c", fontName="Roboto", fontSize=10.5, leading=13)
    cell_b = ParagraphStyle("cb", parent=cell, fontName="Roboto-Bold")
    cell_c = ParagraphStyle("cc", parent=cell, alignment=TA_CENTER)
    cell_bc = ParagraphStyle("cbc", parent=cell_b, alignment=TA_CENTER)

    def P(t, s):
        return Paragraph(escape(t), s)

    pw, ph = A4
    lw, lh = landscape(A4)

    def first_page(c, doc):
        c.saveState()
        c.setFont("Roboto", 12.5)
        c.drawCentredString(5.0 * cm, ph - 1.6 * cm, "ỦY BAN NHÂN DÂN")
        c.setFont("Roboto-Bold", 12.5)
        c.drawCentredString(5.0 * cm, ph - 2.15 * cm, "THÀNH PHỐ CẨM PHẢ")
        c.line(4.0 * cm, ph - 2.35 * cm, 6.0 * cm, ph - 2.35 * cm)
        c.setFont("Roboto", 12.5)
        c.drawCentredString(5.0 * cm, ph - 3.0 * cm, "Số: 1342/KH-UBND")
        c.setFont("Roboto-Bold", 12)
        c.drawCentredString(13.8 * cm, ph - 1.6 * cm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        c.setFont("Roboto-Bold", 12.5)
        c.drawCentredString(13.8 * cm, ph - 2.15 * cm, "Độc lập - Tự do - Hạnh phúc")
        c.line(11.6 * cm, ph - 2.35 * cm, 16.0 * cm, ph - 2.35 * cm)
        c.setFont("Roboto-Italic", 12.5)
        c.drawCentredString(13.8 * cm, ph - 3.0 * cm, "Cẩm Phả, ngày 02 tháng 4 năm 2025")
        c.restoreState()
        footer(c, doc, pw)

    def footer(c, doc, width):
        c.saveState()
        c.setFont("Roboto-Italic", 9)
        c.drawRightString(width - 1.5 * cm, 1.0 * cm, "Trang %d" % c.getPageNumber())
        c.restoreState()

    doc = BaseDocTemplate(pdf_path, pagesize=A4, title="KH 1342", author="UBND TP")
    doc.addPageTemplates([
        PageTemplate("first", frames=[Frame(3 * cm, 2 * cm, pw - 5 * cm, ph - 5.6 * cm, id="f1")],
                     onPage=first_page, pagesize=A4),
        PageTemplate("portrait", frames=[Frame(3 * cm, 2 * cm, pw - 5 * cm, ph - 4 * cm, id="f2")],
                     onPage=lambda c, d: footer(c, d, pw), pagesize=A4),
        PageTemplate("land", frames=[Frame(1.5 * cm, 1.6 * cm, lw - 3 * cm, lh - 3.2 * cm, id="f3")],
                     onPage=lambda c, d: footer(c, d, lw), pagesize=landscape(A4)),
    ])
    story = [NextPageTemplate("portrait"), P("KẾ HOẠCH", title),
             P("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
               "thành phố Cẫm Phả năm 2025 và các năm tiếp theo", title), Spacer(1, 10)]
    for kind, t in R06_BODY:
        story.append(P(t, head if kind == "h" else body))
    story.append(Spacer(1, 12))
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Sở Y tế tỉnh Quảng Ninh;<br/>"
                            "- TT Thành ủy, TT HĐND thành phố;<br/>- Chủ tịch, các PCT UBND TP;<br/>"
                            "- Các phòng, ban, đơn vị thuộc TP;<br/>- UBND các phường, xã;<br/>"
                            "- Lưu: VT, YT.",
                            ParagraphStyle("r", fontName="Roboto", fontSize=10, leading=12.5)),
                  Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/>"
                            "<br/><br/><b>Phạm Thị Hương Lan</b>",
                            ParagraphStyle("s", fontName="Roboto", fontSize=12.5, leading=16,
                                           alignment=TA_CENTER))]],
                colWidths=[7.5 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [sig, NextPageTemplate("land"), PageBreak()]
    story.append(P("Phụ lục", title))
    story.append(P("NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
                   "QUỐC TRÊN ĐỊA BÀN THÀNH PHỐ CẨM PHẢ", title))
    story.append(Paragraph("<i>(Ban hành kèm theo Kế hoạch số 1342/KH-UBND ngày 02/4/2025 của UBND "
                           "thành phố Cẩm Phả)</i>", ParagraphStyle("x", parent=title,
                                                                 fontName="Roboto")))
    story.append(Spacer(1, 8))
    data = [[P("TT", cell_bc), P("Nhiệm vụ", cell_bc), P("Chủ trì", cell_bc), P("Phối hợp", cell_bc),
             P("Thời hạn", cell_bc), P("Sản phẩm", cell_bc)]]
    for g, title_g, rows in R06_GROUPS:
        data.append([P(g, cell_bc), P(title_g.upper(), cell_b), "", "", "", ""])
        for n, task, lead, coop, tf, prod in rows:
            data.append([P(n, cell_c), P(task, cell), P(lead, cell), P(coop, cell), P(tf, cell),
                         P(prod, cell)])
    tbl = Table(data, colWidths=[1.0 * cm, 9.6 * cm, 3.0 * cm, 6.0 * cm, 3.1 * cm, 4.0 * cm])
    tbl.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                             ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(tbl)
    doc.build(story)


# ---------------------------------------------------------------------------
# r01_bnnmt  (L1, style C: drawn directly on the canvas, no platypus; own
#             line wrapping; appendix table with horizontal rules only, rows
#             split across pages, header row not repeated, footnote at the foot
#             of the first appendix page, page number "- n -" bottom centre)
# ---------------------------------------------------------------------------

R01_BODY = [
    ("p", "Căn cứ Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02 năm 2025 của Chính phủ quy định chức "
          "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Nông nghiệp và Môi trường;"),
    ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành "
          "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Bộ Nông nghiệp và Môi trường ban hành Kế hoạch thực hiện các nhiệm vụ được giao, cụ thể "
          "như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Xác định cụ thể nhiệm vụ, thời hạn hoàn thành và trách nhiệm của các đơn vị thuộc Bộ "
          "trong thực hiện các Khuyến nghị có liên quan đến lĩnh vực nông nghiệp, môi trường, giảm "
          "nghèo và phòng, chống thiên tai."),
    ("p", "2. Bảo đảm lồng ghép hiệu quả với các chương trình, đề án do Bộ quản lý; tăng cường phối "
          "hợp với Bộ Y tế, các bộ, ngành và địa phương trong quá trình thực hiện."),
    ("h", "II. NHIỆM VỤ CHỦ YẾU"),
    ("p", "1. Rà soát, hoàn thiện thể chế, chính sách thuộc phạm vi quản lý của Bộ có liên quan đến "
          "trẻ em, bảo đảm phù hợp với Công ước của Liên hợp quốc về quyền trẻ em."),
    ("p", "2. Thông tin, truyền thông về bảo vệ môi trường, ứng phó với biến đổi khí hậu, phòng, chống "
          "thiên tai và an toàn thực phẩm cho trẻ em, gia đình và cộng đồng."),
    ("p", "3. Giảm thiểu tác động của biến đổi khí hậu, ô nhiễm không khí, khí nhà kính đến sức khỏe "
          "của trẻ em; bảo đảm nước sạch, vệ sinh môi trường tại trường học khu vực nông thôn."),
    ("p", "4. Phòng ngừa lao động trẻ em trong sản xuất nông nghiệp, thủy sản; ưu tiên hỗ trợ hộ "
          "gia đình có trẻ em trong thực hiện chính sách giảm nghèo bền vững và xây dựng nông thôn "
          "mới."),
    ("p", "5. Tăng cường hợp tác quốc tế; kiểm tra, giám sát, tổng hợp tình hình thực hiện Kế hoạch."),
    ("p", "(Phân công chi tiết tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên hằng năm của các đơn vị "
          "thuộc Bộ theo phân cấp quản lý ngân sách và từ nguồn tài trợ hợp pháp khác (nếu có)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Vụ Tổ chức cán bộ: Là đơn vị đầu mối, chủ trì theo dõi, đôn đốc các đơn vị thực hiện "
          "Kế hoạch; tổng hợp, báo cáo Bộ trưởng kết quả thực hiện trước ngày 20/11 hằng năm để gửi Bộ "
          "Y tế tổng hợp, báo cáo Thủ tướng Chính phủ."),
    ("p", "2. Vụ Kế hoạch - Tài chính: Tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán "
          "ngân sách hằng năm của Bộ."),
    ("p", "3. Thủ trưởng các đơn vị thuộc Bộ: Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động xây "
          "dựng kế hoạch chi tiết, tổ chức thực hiện và gửi báo cáo kết quả về Vụ Tổ chức cán bộ trước "
          "ngày 10/11 hằng năm."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về Vụ "
          "Tổ chức cán bộ để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./."),
]

# STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Sản phẩm | Thời gian hoàn thành
R01_GROUPS = [
    ("I", "RÀ SOÁT, HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH", [
        ("1", "Rà soát các văn bản quy phạm pháp luật về nông nghiệp, môi trường có quy định liên quan "
              "đến trẻ em; đề xuất sửa đổi, bổ sung bảo đảm phù hợp với Công ước của Liên hợp quốc về "
              "quyền trẻ em.",
         "Vụ Pháp chế", "Các Cục, Vụ liên quan", "Báo cáo rà soát", "Quý IV/2025"),
        ("2", "Lồng ghép nội dung bảo vệ, hỗ trợ trẻ em trong dự thảo Nghị định hướng dẫn Chương trình "
              "mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2026 - 2030.",
         "Cục Kinh tế hợp tác và Phát triển nông thôn", "Vụ Pháp chế; Vụ Kế hoạch - Tài chính",
         "Dự thảo Nghị định", "Năm 2025"),
    ]),
    ("II", "THÔNG TIN, TRUYỀN THÔNG", [
        ("1", "Biên soạn tài liệu truyền thông về kỹ năng phòng, tránh thiên tai, đuối nước cho trẻ em "
              "vùng thường xuyên bị ảnh hưởng bởi bão, lũ, sạt lở đất.",
         "Cục Quản lý đê điều và Phòng, chống thiên tai",
         "Báo Nông nghiệp và Môi trường; Bộ Giáo dục và Đào tạo", "Bộ tài liệu", "2025 - 2026"),
        ("2", "Truyền thông nâng cao nhận thức của trẻ em về bảo vệ môi trường, phân loại chất thải "
              "rắn sinh hoạt tại nguồn, giảm thiểu rác thải nhựa.",
         "Cục Môi trường",
         "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh; Báo Nông nghiệp và Môi trường",
         "Chiến dịch truyền thông", "Tháng 6 hằng năm"),
        ("3", "Tuyên truyền về an toàn thực phẩm, sử dụng thuốc bảo vệ thực vật an toàn nhằm phòng "
              "ngừa ngộ độc ở trẻ em khu vực nông thôn.",
         "Cục Trồng trọt và Bảo vệ thực vật",
         "Cục Chất lượng, Chế biến và Phát triển thị trường; Sở Nông nghiệp và Môi trường các tỉnh, "
         "thành phố", "Tin, bài, tờ rơi", "Thường xuyên"),
    ]),
    ("III", "GIẢM THIỂU TÁC ĐỘNG CỦA MÔI TRƯỜNG ĐẾN SỨC KHỎE TRẺ EM", [
        ("1", "Nghiên cứu, đánh giá tác động của ô nhiễm không khí, biến đổi khí hậu đến sức khỏe trẻ "
              "em; đề xuất giải pháp giảm thiểu.",
         "Cục Biến đổi khí hậu",
         "Cục Môi trường; Viện Khoa học Khí tượng Thủy văn và Biến đổi khí hậu; Bộ Y tế",
         "Báo cáo đánh giá", "2025 - 2027"),
        ("2", "Quan trắc, cảnh báo chất lượng không khí tại các đô thị lớn; công bố thông tin khuyến "
              "cáo cho các cơ sở giáo dục khi chỉ số chất lượng không khí ở mức kém, xấu.",
         "Cục Môi trường",
         "Cục Khí tượng Thủy văn; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
         "Bản tin quan trắc", "Thường xuyên từ năm 2025"),
        ("3", "Bảo đảm nước sạch và công trình vệ sinh tại trường học, trạm y tế khu vực nông thôn, "
              "miền núi.",
         "Cục Quản lý và Xây dựng công trình thủy lợi", "Bộ Giáo dục và Đào tạo; Bộ Y tế",
         "Báo cáo kết quả", "Giai đoạn 2026-2030"),
    ]),
    ("IV", "PHÒNG NGỪA LAO ĐỘNG TRẺ EM; GIẢM NGHÈO VÀ NÔNG THÔN MỚI", [
        ("1", "Nghiên cứu, đề xuất giải pháp phòng ngừa lao động trẻ em trong sản xuất nông nghiệp, "
              "nuôi trồng, khai thác thủy sản.",
         "Cục Thủy sản và Kiểm ngư; Cục Kinh tế hợp tác và Phát triển nông thôn",
         "Bộ Y tế (Cục Bà mẹ và Trẻ em); Bộ Nội vụ", "Báo cáo, đề xuất giải pháp", "Năm 2026"),
        ("2", "Ưu tiên hỗ trợ hộ nghèo, hộ cận nghèo có trẻ em, trẻ em khuyết tật trong các dự án hỗ "
              "trợ phát triển sản xuất, đa dạng hóa sinh kế.",
         "Cục Kinh tế hợp tác và Phát triển nông thôn",
         "Vụ Kế hoạch - Tài chính; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương",
         "Báo cáo", "Hằng năm"),
        ("3", "Lồng ghép nội dung bảo vệ trẻ em trong xây dựng nông thôn mới; bảo đảm không gian vui "
              "chơi an toàn cho trẻ em tại thôn, bản.",
         "Văn phòng Điều phối nông thôn mới Trung ương", "Các Cục, Vụ liên quan",
         "Văn bản hướng dẫn", "2025 - 2030"),
    ]),
    ("V", "HỢP TÁC QUỐC TẾ; KIỂM TRA, GIÁM SÁT", [
        ("1", "Vận động các tổ chức quốc tế hỗ trợ kỹ thuật, tài chính cho các dự án thích ứng với biến "
              "đổi khí hậu có lồng ghép quyền trẻ em.",
         "Vụ Hợp tác quốc tế", "Cục Biến đổi khí hậu; Vụ Kế hoạch - Tài chính",
         "Dự án, chương trình hợp tác", "Khi có cơ hội hợp tác"),
        ("2", "Kiểm tra, giám sát, tổng hợp kết quả thực hiện Kế hoạch; báo cáo Bộ trưởng.",
         "Vụ Tổ chức cán bộ", "Thanh tra Bộ; các đơn vị thuộc Bộ", "Báo cáo năm",
         "Trước ngày 20/11 hằng năm"),
    ]),
]


R01_TABLE_GAP = 20     # points between the appendix heading and the table


class CanvasWriter:
    def __init__(self, path):
        self.c = rl_canvas.Canvas(path, pagesize=A4, pageCompression=1)
        self.c.setTitle("KH BNNMT")
        self.c.setAuthor("BNNMT")
        self.w, self.h = A4
        self.left, self.right = 3.0 * cm, self.w - 2.0 * cm
        self.top, self.bottom = self.h - 2.0 * cm, 2.2 * cm
        self.y = self.top
        self.page = 1
        self.footnote = None

    def finish_page(self):
        if self.page > 1:
            self.c.setFont("Roboto", 10)
            self.c.drawCentredString(self.w / 2, 1.2 * cm, "- %d -" % self.page)
        if self.footnote:
            self.c.setLineWidth(0.4)
            self.c.line(self.left, self.bottom - 0.2 * cm, self.left + 5 * cm, self.bottom - 0.2 * cm)
            self.c.setFont("Roboto", 8.5)
            yy = self.bottom - 0.55 * cm
            for ln in simpleSplit(self.footnote, "Roboto", 8.5, self.right - self.left):
                self.c.drawString(self.left, yy, ln)
                yy -= 10
            self.footnote = None

    def new_page(self):
        self.finish_page()
        self.c.showPage()
        self.page += 1
        self.y = self.top

    def need(self, dy):
        if self.y - dy < self.bottom:
            self.new_page()

    def para(self, text, font="Roboto", size=12.5, leading=17, indent=1.0 * cm, align="left",
             after=3):
        width = self.right - self.left
        first = simpleSplit(text, font, size, width - indent)
        lines = first[:1]
        if first:
            rest = text[len(first[0]):].strip()
            if rest:
                lines += simpleSplit(rest, font, size, width)
        for i, ln in enumerate(lines):
            self.need(leading)
            self.y -= leading
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString((self.left + self.right) / 2, self.y, ln)
            else:
                self.c.drawString(self.left + (indent if i == 0 else 0), self.y, ln)
        self.y -= after

    def table(self, widths, header, groups, size=9.5, leading=11.5, pad=3):
        xs = [self.left - 1.3 * cm]
        for wdt in widths:
            xs.append(xs[-1] + wdt)
        x_end = xs[-1]

        def rule():
            self.c.setLineWidth(0.5)
            self.c.line(xs[0], self.y, x_end, self.y)

        def draw_row(cells, fonts):
            wrapped = []
            for i, t in enumerate(cells):
                if t is None:
                    wrapped.append([])
                    continue
                if isinstance(t, tuple):       # spanning cell: (text, last_col)
                    txt, last = t
                    wrapped.append(simpleSplit(txt, fonts[i], size, xs[last + 1] - xs[i] - 2 * pad))
                else:
                    wrapped.append(simpleSplit(t, fonts[i], size, widths[i] - 2 * pad))
            nlines = max(len(w) for w in wrapped)
            self.need(leading + pad)
            rule()
            self.y -= pad
            for k in range(nlines):
                if self.y - leading < self.bottom:
                    self.new_page()
                    rule()
                    self.y -= pad
                self.y -= leading
                for i, wl in enumerate(wrapped):
                    if k < len(wl):
                        self.c.setFont(fonts[i], size)
                        self.c.drawString(xs[i] + pad, self.y + 2, wl[k])
            self.y -= pad

        draw_row(header, ["Roboto-Bold"] * len(header))
        for g, title, rows in groups:
            draw_row([g, (title, len(widths) - 1)] + [None] * (len(widths) - 2),
                     ["Roboto-Bold"] * len(widths))
            for r in rows:
                draw_row(list(r), ["Roboto"] * len(widths))
        rule()

    def save(self):
        self.finish_page()
        self.c.save()


def build_r01(pdf_path):
    wr = CanvasWriter(pdf_path)
    c = wr.c
    top = wr.h - 1.8 * cm
    c.setFont("Roboto", 12)
    c.drawCentredString(5.6 * cm, top, "BỘ NÔNG NGHIỆP")
    c.drawCentredString(5.6 * cm, top - 0.5 * cm, "VÀ MÔI TRƯỜNG")
    c.line(4.6 * cm, top - 0.7 * cm, 6.6 * cm, top - 0.7 * cm)
    c.drawCentredString(5.6 * cm, top - 1.3 * cm, "Số: 1187/KH-BNNMT")
    c.setFont("Roboto-Bold", 11.5)
    c.drawCentredString(14.2 * cm, top, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.setFont("Roboto-Bold", 12)
    c.drawCentredString(14.2 * cm, top - 0.5 * cm, "Độc lập - Tự do - Hạnh phúc")
    c.line(12.1 * cm, top - 0.7 * cm, 16.3 * cm, top - 0.7 * cm)
    c.setFont("Roboto-Italic", 12)
    c.drawCentredString(14.2 * cm, top - 1.3 * cm, "Hà Nội, ngày 24 tháng 3 năm 2025")
    wr.y = top - 2.2 * cm
    wr.para("KẾ HOẠCH", font="Roboto-Bold", size=13.5, align="center", indent=0)
    for ln in ["Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng",
               "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban",
               "về quyền trẻ em của Liên hợp quốc"]:
        wr.para(ln, font="Roboto-Bold", size=12.5, align="center", indent=0, after=0)
    wr.y -= 12
    for kind, t in R01_BODY:
        if kind == "h":
            wr.para(t, font="Roboto-Bold", indent=1.0 * cm)
        else:
            wr.para(t)
    # recipients and signature side by side
    wr.need(7 * cm)
    y0 = wr.y - 0.6 * cm
    c.setFont("Roboto-BoldItalic", 11)
    c.drawString(wr.left - 0.5 * cm, y0, "Nơi nhận:")
    c.setFont("Roboto", 10)
    for i, ln in enumerate(["- Như mục IV;", "- Bộ trưởng (để b/c);", "- Các Thứ trưởng;",
                            "- Bộ Y tế (Cục Bà mẹ và Trẻ em);", "- Lưu: VT, TCCB."]):
        c.drawString(wr.left - 0.5 * cm, y0 - 14 * (i + 1), ln)
    c.setFont("Roboto-Bold", 12.5)
    for i, ln in enumerate(["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"]):
        c.drawCentredString(14.5 * cm, y0 - 16 * i, ln)
    c.drawCentredString(14.5 * cm, y0 - 16 * 6, "Hoàng Trung Kiên")
    wr.new_page()
    wr.para("PHỤ LỤC", font="Roboto-Bold", size=12.5, align="center", indent=0, after=0)
    wr.para("NHIỆM VỤ CỤ THỂ CỦA BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG THỰC HIỆN KHUYẾN NGHỊ",
            font="Roboto-Bold", size=12, align="center", indent=0, after=0)
    wr.para("CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC", font="Roboto-Bold", size=12,
            align="center", indent=0, after=0)
    wr.para("(Kèm theo Kế hoạch số 1187/KH-BNNMT ngày 24/3/2025 của Bộ Nông nghiệp và Môi trường)",
            font="Roboto-Italic", size=11, align="center", indent=0, after=R01_TABLE_GAP)
    wr.footnote = ("(1) Tên gọi các đơn vị theo cơ cấu tổ chức quy định tại Nghị định số "
                   "35/2025/NĐ-CP; trường hợp đơn vị được sắp xếp lại thì đơn vị tiếp nhận chức năng, "
                   "nhiệm vụ tiếp tục thực hiện.")
    widths = [1.0 * cm, 5.6 * cm, 3.2 * cm, 3.6 * cm, 2.4 * cm, 2.5 * cm]
    header = ["STT", "Nội dung công việc", "Đơn vị chủ trì(1)", "Đơn vị phối hợp", "Sản phẩm",
              "Thời gian hoàn thành"]
    wr.table(widths, header, R01_GROUPS)
    wr.save()


# ---------------------------------------------------------------------------
# r14_btc  (L9, PDF kept: platypus, ruled GRID table, header repeated,
#           groups spanning, Ghi chú column, page number bottom centre)
# ---------------------------------------------------------------------------

R14_BODY = [
    ("i", "Căn cứ Nghị định số 29/2025/NĐ-CP ngày 24 tháng 02 năm 2025 của Chính phủ quy định chức "
          "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính;"),
    ("i", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành "
          "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Bộ Tài chính ban hành Kế hoạch triển khai thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Triển khai đầy đủ, kịp thời các nhiệm vụ được giao cho Bộ Tài chính tại Quyết định số "
          "27/QĐ-TTg, bảo đảm nguồn lực tài chính và số liệu thống kê phục vụ việc thực hiện quyền trẻ "
          "em."),
    ("p", "2. Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành; gắn với chức "
          "năng, nhiệm vụ mới của các đơn vị sau khi hợp nhất Bộ Kế hoạch và Đầu tư vào Bộ Tài chính."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Hoàn thiện thể chế, chính sách tài chính bảo đảm nguồn lực thực hiện quyền trẻ em."),
    ("p", "2. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em phù hợp "
          "với khả năng cân đối ngân sách nhà nước; kiểm tra việc sử dụng kinh phí."),
    ("p", "3. Nâng cao chất lượng thống kê về trẻ em; chia sẻ dữ liệu với cơ sở dữ liệu quốc gia về "
          "dân cư và cơ sở dữ liệu chuyên ngành."),
    ("p", "4. Huy động nguồn lực hợp tác quốc tế; theo dõi, tổng hợp tình hình thực hiện Kế hoạch."),
    ("p", "Nhiệm vụ cụ thể tại Phụ lục kèm theo."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm giao cho "
          "các đơn vị thuộc Bộ và các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Vụ Ngân sách nhà nước là đơn vị đầu mối giúp Bộ trưởng theo dõi, đôn đốc các đơn vị thực "
          "hiện Kế hoạch; tổng hợp, báo cáo Bộ Y tế kết quả thực hiện trước ngày 15/11 hằng năm."),
    ("p", "2. Thủ trưởng các đơn vị thuộc Bộ căn cứ nhiệm vụ được giao tổ chức thực hiện, gửi báo cáo "
          "về Vụ Ngân sách nhà nước trước ngày 05/11 hằng năm."),
    ("p", "Trong quá trình tổ chức thực hiện, nếu có vướng mắc, các đơn vị báo cáo Bộ (qua Vụ Ngân "
          "sách nhà nước) để xem xét, chỉ đạo./."),
]

# TT | Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Ghi chú
R14_GROUPS = [
    ("I", "Hoàn thiện thể chế, chính sách tài chính", [
        ("1", "Rà soát, đề xuất hoàn thiện cơ chế tài chính bảo đảm nguồn lực thực hiện quyền trẻ em "
              "trong quá trình sửa đổi Luật Ngân sách nhà nước và các văn bản hướng dẫn.",
         "Vụ Ngân sách nhà nước", "Vụ Pháp chế; các bộ, cơ quan trung ương liên quan", "2025 - 2026",
         ""),
        ("2", "Nghiên cứu chính sách thuế, phí khuyến khích doanh nghiệp đầu tư, tài trợ cho các hoạt "
              "động vì trẻ em.",
         "Vụ Chính sách thuế, phí và lệ phí", "Cục Thuế; Vụ Pháp chế", "Năm 2026", ""),
    ]),
    ("II", "Bố trí và kiểm tra kinh phí", [
        ("1", "Hướng dẫn các bộ, cơ quan trung ương và địa phương ưu tiên bố trí dự toán chi thực hiện "
              "các nhiệm vụ bảo đảm quyền trẻ em.",
         "Vụ Ngân sách nhà nước",
         "Bộ Y tế; các bộ, cơ quan trung ương; Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung "
         "ương", "Hằng năm, trong kỳ xây dựng dự toán", "Trong văn bản hướng dẫn lập dự toán"),
        ("2", "Tổng hợp, bố trí vốn đầu tư công cho các dự án cơ sở trợ giúp xã hội, trường học, trạm y "
              "tế vùng đồng bào dân tộc thiểu số và miền núi.",
         "Vụ Tổng hợp kinh tế quốc dân", "Vụ Ngân sách nhà nước; Bộ Dân tộc và Tôn giáo",
         "Giai đoạn 2026-2030", ""),
        ("3", "Kiểm tra việc sử dụng kinh phí thực hiện chính sách trợ giúp xã hội đối với trẻ em tại "
              "một số địa phương.",
         "Thanh tra Bộ", "Vụ Ngân sách nhà nước; Bộ Y tế", "Quý III/2026", "Theo kế hoạch thanh tra"),
    ]),
    ("III", "Thống kê và dữ liệu về trẻ em", [
        ("1", "Hoàn thiện bộ chỉ tiêu thống kê về trẻ em; thống nhất phân tổ độ tuổi trẻ em phù hợp với "
              "thực tế Việt Nam và chuẩn quốc tế.",
         "Cục Thống kê", "Bộ Y tế; Bộ Giáo dục và Đào tạo; Bộ Công an", "Trước ngày 30/6/2026", ""),
        ("2", "Lồng ghép thu thập thông tin về trẻ em trong các cuộc điều tra thống kê quốc gia; công bố "
              "số liệu phân tổ theo giới tính, độ tuổi, dân tộc, khu vực.",
         "Cục Thống kê", "Các bộ, ngành liên quan",
         "Theo Chương trình điều tra thống kê quốc gia", ""),
        ("3", "Chia sẻ dữ liệu thống kê về trẻ em với cơ sở dữ liệu quốc gia về dân cư và cơ sở dữ liệu "
              "chuyên ngành.",
         "Cục Thống kê; Cục Công nghệ thông tin và Chuyển đổi số",
         "Bộ Công an (Cục Cảnh sát quản lý hành chính về trật tự xã hội)", "2025 - 2030", ""),
    ]),
    ("IV", "Hợp tác quốc tế; theo dõi, tổng hợp", [
        ("1", "Vận động, điều phối nguồn vốn ODA, vốn vay ưu đãi, viện trợ không hoàn lại cho các "
              "chương trình, dự án vì trẻ em.",
         "Cục Quản lý nợ và Kinh tế đối ngoại", "Vụ Hợp tác quốc tế; các bộ, ngành, địa phương",
         "Thường xuyên", ""),
        ("2", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch của Bộ Tài chính gửi Bộ Y tế.",
         "Vụ Ngân sách nhà nước", "Các đơn vị thuộc Bộ", "Trước ngày 15/11 hằng năm", ""),
    ]),
]


def build_r14(pdf_path):
    base = ParagraphStyle("b", fontName="Roboto", fontSize=13, leading=17.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1.0 * cm, spaceAfter=4)
    ital = ParagraphStyle("i", parent=base, fontName="Roboto-Italic")
    head = ParagraphStyle("h", parent=base, fontName="Roboto-Bold")
    centre = ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0)
    centre_b = ParagraphStyle("cb", parent=centre, fontName="Roboto-Bold")
    centre_i = ParagraphStyle("ci", parent=centre, fontName="Roboto-Italic")
    cell = ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12.5)
    cell_c = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cell_b = ParagraphStyle("cellb", parent=cell, fontName="Roboto-Bold")
    cell_bc = ParagraphStyle("cellbc", parent=cell_b, alignment=TA_CENTER)
    cell_i = ParagraphStyle("celli", parent=cell, fontName="Roboto-Italic")

    def P(t, s):
        return Paragraph(escape(t), s)

    story = []
    hdr = Table([[P("BỘ TÀI CHÍNH", centre_b), P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", centre_b)],
                 [P("", centre), P("Độc lập - Tự do - Hạnh phúc", centre_b)],
                 [P("Số: 452/KH-BTC", centre), P("Hà Nội, ngày 16 tháng 5 năm 2025", centre_i)]],
                colWidths=[6 * cm, 10.5 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [hdr, Spacer(1, 16), P("KẾ HOẠCH", centre_b),
              P("Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
                "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
                centre_b), Spacer(1, 6), P("BỘ TRƯỞNG BỘ TÀI CHÍNH", centre_b), Spacer(1, 6)]
    for kind, t in R14_BODY:
        story.append(P(t, {"h": head, "p": base, "i": ital}[kind]))
    sig = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Thủ tướng Chính phủ (để b/c);<br/>"
                            "- Bộ Y tế;<br/>- Lãnh đạo Bộ;<br/>- Các đơn vị thuộc Bộ;<br/>"
                            "- Lưu: VT, NSNN.",
                            ParagraphStyle("r", fontName="Roboto", fontSize=10, leading=12.5)),
                  Paragraph("<b>KT. BỘ TRƯỞNG<br/>THỨ TRƯỞNG</b><br/><br/><br/><br/>"
                            "<b>Võ Thành Trung</b>",
                            ParagraphStyle("s", fontName="Roboto", fontSize=13, leading=17,
                                           alignment=TA_CENTER))]],
                colWidths=[8 * cm, 8.5 * cm])
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 10), KeepTogether([sig]), PageBreak()]
    story += [P("Phụ lục", centre_b),
              P("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN QUYẾT ĐỊNH SỐ 27/QĐ-TTg CỦA BỘ TÀI CHÍNH", centre_b),
              P("(Kèm theo Kế hoạch số 452/KH-BTC ngày 16/5/2025 của Bộ Tài chính)", centre_i),
              Spacer(1, 8)]
    data = [[P("TT", cell_bc), P("Nhiệm vụ", cell_bc), P("Đơn vị chủ trì", cell_bc),
             P("Đơn vị phối hợp", cell_bc), P("Thời gian", cell_bc), P("Ghi chú", cell_bc)]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for g, title, rows in R14_GROUPS:
        r = len(data)
        data.append([P(g, cell_bc), P(title, cell_b), "", "", "", ""])
        style.append(("SPAN", (1, r), (5, r)))
        for n, task, lead, coop, tf, note in rows:
            data.append([P(n, cell_c), P(task, cell), P(lead, cell), P(coop, cell), P(tf, cell),
                         P(note, cell_i)])
    tbl = Table(data, colWidths=[0.9 * cm, 5.4 * cm, 2.8 * cm, 3.3 * cm, 2.3 * cm, 1.8 * cm],
                repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)

    def on_page(c, doc):
        c.setFont("Roboto", 10)
        c.drawCentredString(A4[0] / 2, 1.0 * cm, "%d" % c.getPageNumber())

    doc = SimpleDocTemplate(pdf_path, pagesize=A4, leftMargin=2.8 * cm, rightMargin=1.7 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="KH 452/KH-BTC",
                            author="Bo Tai chinh")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


# ---------------------------------------------------------------------------
# r02_hung_yen  (L8, .docx)
# ---------------------------------------------------------------------------

R02_BODY = [
    ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
          "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc; theo đề nghị của "
          "Sở Y tế tại Tờ trình số 112/TTr-SYT ngày 02/4/2025, Ủy ban nhân dân tỉnh Hưng Yên ban hành Kế "
          "hoạch triển khai thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ được giao tại Quyết định số 27/QĐ-TTg, xác định rõ trách nhiệm "
          "của các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố trong việc thực hiện "
          "các Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc."),
    ("p", "2. Tăng cường phối hợp liên ngành; lồng ghép việc thực hiện Kế hoạch với các chương trình, "
          "đề án về trẻ em đang triển khai; bảo đảm lợi ích tốt nhất cho trẻ em."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Nghiên cứu, rà soát, đề xuất hoàn thiện pháp luật, chính sách để thúc đẩy việc thực hiện "
          "quyền trẻ em phù hợp với điều kiện của tỉnh."),
    ("p", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách "
          "nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em."),
    ("p", "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ, người làm công tác bảo vệ trẻ "
          "em; đẩy mạnh phối hợp liên ngành, triển khai các mô hình chăm sóc, giáo dục và bảo vệ trẻ em."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về "
          "trẻ em."),
    ("p", "5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, nâng cao chất lượng cơ sở dữ "
          "liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em phù hợp "
          "với khả năng cân đối ngân sách."),
    ("p", "7. Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em phù hợp với các chuẩn mực, "
          "thông lệ quốc tế."),
    ("i", "(Có Phụ lục phân công nhiệm vụ chi tiết kèm theo)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp hiện "
          "hành, lồng ghép trong các chương trình mục tiêu quốc gia và huy động từ các nguồn hợp pháp "
          "khác theo quy định."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế: Chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, "
          "thành phố hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban "
          "nhân dân tỉnh, Bộ Y tế theo quy định."),
    ("p", "2. Sở Tài chính: Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự "
          "toán ngân sách hằng năm."),
    ("p", "3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố: Căn cứ nhiệm vụ được "
          "phân công xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả thực hiện 6 tháng (trước "
          "ngày 10/6) và năm (trước ngày 10/12) về Sở Y tế để tổng hợp."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh "
          "tham gia tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản "
          "ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
]

R02_GROUPS = [
    ("I", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách", [
        ("1", "Rà soát, tham mưu đề xuất sửa đổi, bổ sung chính sách về trẻ em, trẻ em khuyết tật, lao "
              "động trẻ em, trẻ em lang thang phù hợp với thực tiễn của tỉnh.",
         "Sở Y tế", "Sở Tư pháp; Sở Nội vụ; các sở, ngành liên quan", "Năm 2025 - 2026"),
        ("2", "Góp ý dự thảo văn bản quy phạm pháp luật liên quan đến quyền trẻ em khi có đề nghị của "
              "các bộ, ngành trung ương.",
         "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Khi có yêu cầu"),
    ]),
    ("II", "Truyền thông, giáo dục, vận động xã hội", [
        ("1", "Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg, Luật Trẻ em và Kế hoạch này trên Báo và "
              "Phát thanh, Truyền hình Hưng Yên, Cổng thông tin điện tử tỉnh.",
         "Sở Văn hóa, Thể thao và Du lịch",
         "Báo và Phát thanh, Truyền hình Hưng Yên; Sở Y tế; UBND các huyện, thị xã, thành phố",
         "Thường xuyên"),
        ("2", "Truyền thông bảo đảm mọi trẻ em được đăng ký khai sinh, cấp mã số định danh cá nhân "
              "đúng hạn.",
         "Sở Tư pháp", "Công an tỉnh; UBND các huyện, thị xã, thành phố", "Hằng năm"),
        ("3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng phòng, chống thiên tai, "
              "đuối nước vào hoạt động giáo dục ngoài giờ lên lớp.",
         "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường", "Năm học 2025 - 2026"),
    ]),
    ("III", "Nâng cao năng lực; phối hợp liên ngành; mô hình", [
        ("1", "Tập huấn nâng cao năng lực cho cán bộ làm công tác trẻ em cấp huyện, cấp xã, cộng tác "
              "viên thôn, tổ dân phố.",
         "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Quý III/2025"),
        ("2", "Nâng cao năng lực điều tra viên về điều tra thân thiện với trẻ em; xử lý hành vi xâm hại "
              "trẻ em trên môi trường mạng.",
         "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"),
        ("3", "Bồi dưỡng kỹ năng bảo vệ trẻ em trên môi trường mạng cho giáo viên, cha mẹ học sinh.",
         "Sở Khoa học và Công nghệ; Sở Giáo dục và Đào tạo", "Công an tỉnh; Tỉnh đoàn", "Năm 2025"),
    ]),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", [
        ("1", "Phát triển dịch vụ bảo vệ trẻ em, chăm sóc thay thế; hỗ trợ trẻ em có hoàn cảnh đặc "
              "biệt, trẻ em bị xâm hại.",
         "Sở Y tế",
         "Hội Liên hiệp Phụ nữ tỉnh; Ủy ban MTTQ Việt Nam tỉnh; UBND các huyện, thị xã, thành phố",
         "Thường xuyên hằng năm"),
        ("2", "Phòng, chống suy dinh dưỡng thấp còi, thúc đẩy nuôi con bằng sữa mẹ; dự phòng lây truyền "
              "HIV từ mẹ sang con.",
         "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh", "2025 - 2030"),
        ("3", "Thực hiện giáo dục hòa nhập cho trẻ em khuyết tật; phòng, chống bạo lực học đường.",
         "Sở Giáo dục và Đào tạo", "Sở Y tế; UBND các huyện, thị xã, thành phố",
         "Năm học 2025 - 2026 và các năm tiếp theo"),
        ("4", "Bảo đảm trẻ em được vui chơi, giải trí; tổ chức hoạt động hè, phòng, chống đuối nước "
              "cho trẻ em.",
         "Sở Văn hóa, Thể thao và Du lịch",
         "Tỉnh đoàn; Sở Giáo dục và Đào tạo; UBND các huyện, thị xã, thành phố",
         "Tháng 5 - tháng 8 hằng năm"),
    ]),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", [
        ("1", "Kiểm tra, giám sát việc thực hiện quyền trẻ em tại các huyện, thị xã, thành phố.",
         "Sở Y tế", "Thanh tra tỉnh; các sở, ngành liên quan", "Quý IV hằng năm"),
        ("2", "Cập nhật, số hóa dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư.",
         "Công an tỉnh",
         "Sở Y tế; Sở Khoa học và Công nghệ; UBND các huyện, thị xã, thành phố",
         "Trước ngày 31/12/2025"),
    ]),
    ("VI", "Bố trí kinh phí", [
        ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
         "Sở Tài chính", "Sở Y tế", "Hằng năm"),
    ]),
    ("VII", "Hợp tác quốc tế", [
        ("1", "Vận động tài trợ của các tổ chức quốc tế, tổ chức phi chính phủ cho các dự án vì trẻ em.",
         "Sở Tài chính", "Sở Y tế; Văn phòng UBND tỉnh", "Thường xuyên"),
    ]),
]


def build_r02(path):
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def par(text, bold=False, italic=False, align=None, indent=True, size=None):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and align != "c":
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(3)
        return p

    hdr = doc.add_table(rows=1, cols=2)
    hdr.alignment = WD_TABLE_ALIGNMENT.CENTER
    left, right = hdr.rows[0].cells
    left.width, right.width = Cm(6), Cm(10)
    for cell, lines in ((left, [("ỦY BAN NHÂN DÂN", True), ("TỈNH HƯNG YÊN", True), ("", False),
                                ("Số: 85/KH-UBND", False)]),
                        (right, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
                                 ("Độc lập - Tự do - Hạnh phúc", True), ("", False),
                                 ("Hưng Yên, ngày 14 tháng 4 năm 2025", False)])):
        cell.paragraphs[0].text = ""
        first = True
        for text, bold in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = bold
            r.font.size = Pt(13)
            if text.startswith("Hưng Yên, ngày"):
                r.italic = True
    par("")
    par("KẾ HOẠCH", bold=True, align="c")
    par("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Hưng Yên",
        bold=True, align="c")
    for kind, t in R02_BODY:
        par(t, bold=(kind == "h"), italic=(kind == "i"), align="j")

    sig = doc.add_table(rows=1, cols=2)
    l, r = sig.rows[0].cells
    l.paragraphs[0].text = ""
    rr = l.paragraphs[0].add_run("Nơi nhận:")
    rr.bold, rr.italic = True, True
    for t in ["- Bộ Y tế (để b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);",
              "- Chủ tịch, các PCT UBND tỉnh;", "- UB MTTQ VN tỉnh và các đoàn thể tỉnh;",
              "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
              "- Lưu: VT, KGVX."]:
        pp = l.add_paragraph()
        x = pp.add_run(t)
        x.font.size = Pt(11)
    r.paragraphs[0].text = ""
    for i, (t, b) in enumerate([("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True),
                                ("PHÓ CHỦ TỊCH", True), ("", False), ("", False), ("", False),
                                ("Phạm Hồng Quân", True)]):
        pp = r.paragraphs[0] if i == 0 else r.add_paragraph()
        pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        x = pp.add_run(t)
        x.bold = b

    # appendix in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(1.5), Cm(1.5)
    par("PHỤ LỤC", bold=True, align="c")
    par("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC "
        "TRÊN ĐỊA BÀN TỈNH HƯNG YÊN", bold=True, align="c")
    par("(Kèm theo Kế hoạch số 85/KH-UBND ngày 14/4/2025 của UBND tỉnh Hưng Yên)", italic=True,
        align="c")
    heads = ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
    widths = [Cm(1.2), Cm(10.5), Cm(4.2), Cm(6.8), Cm(4.0)]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for i, h in enumerate(heads):
        c = tbl.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c.width = widths[i]
    # mark header row as repeating
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for g, title, rows in R02_GROUPS:
        cells = tbl.add_row().cells
        cells[0].text = ""
        x = cells[0].paragraphs[0].add_run(g)
        x.bold = True
        cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        merged = cells[1].merge(cells[4])
        merged.text = ""
        x = merged.paragraphs[0].add_run(title)
        x.bold = True
        for n, task, lead, coop, tf in rows:
            cells = tbl.add_row().cells
            for i, v in enumerate([n, task, lead, coop, tf]):
                cells[i].text = v
                cells[i].width = widths[i]
                for p in cells[i].paragraphs:
                    for rn in p.runs:
                        rn.font.size = Pt(12)
                if i == 0:
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    cp = doc.core_properties
    fixed = datetime.datetime(2025, 4, 14, 8, 0, 0)
    cp.author = "SYT"
    cp.last_modified_by = "VT-UBND"
    cp.title = "Ke hoach 85/KH-UBND"
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 3
    buf = io.BytesIO()
    doc.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), "2025-04-14T08:00:00Z"))


# ---------------------------------------------------------------------------
# r13_hung_yen  (L10, .xlsx task sheet; merged Hưng Yên after 1 July 2025)
# ---------------------------------------------------------------------------

R13_META = [
    ("Số", "214/KH-UBND"),
    ("Ngày", "27/08/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                  "tỉnh Hưng Yên giai đoạn 2025 - 2030"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Hưng Yên"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Hưng Yên"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 85/KH-UBND ngày 14/4/2025 của UBND tỉnh Hưng Yên"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Nguyễn Hữu Nghĩa"),
    ("Chức vụ người ký", "Phó Chủ tịch UBND tỉnh"),
    ("Cơ quan đầu mối", "Sở Y tế"),
    ("Ghi chú", "Thay thế các kế hoạch thực hiện Quyết định số 27/QĐ-TTg đã ban hành trước khi "
                "sắp xếp đơn vị hành chính"),
]

R13_TASKS = [
    ("1", "Hoàn thiện chính sách", None, None, None, None),
    ("a", "Rà soát, hợp nhất các chương trình, kế hoạch về trẻ em của tỉnh sau sắp xếp đơn vị hành "
          "chính", "Sở Y tế", "Sở Tư pháp; Sở Nội vụ", "Quý IV/2025", ""),
    ("b", "Tham mưu ban hành chính sách hỗ trợ trẻ em mồ côi, trẻ em có hoàn cảnh đặc biệt trên địa "
          "bàn tỉnh", "Sở Y tế", "Sở Tài chính; Sở Tư pháp", "Năm 2026", "Trình HĐND tỉnh"),
    ("c", "Góp ý dự thảo luật, nghị định liên quan đến trẻ em theo đề nghị của các bộ, ngành",
     "Sở Tư pháp", "Các sở, ban, ngành tỉnh", "Theo đề nghị của các bộ, ngành Trung ương", ""),
    ("2", "Truyền thông, giáo dục, vận động xã hội", None, None, None, None),
    ("a", "Truyền thông về Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Báo và Phát "
          "thanh, Truyền hình Hưng Yên và hệ thống thông tin cơ sở",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình Hưng Yên; UBND các xã, phường", "Thường xuyên", ""),
    ("b", "Tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em tỉnh", "Sở Y tế",
     "Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Tháng 6 hằng năm", ""),
    ("c", "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc "
          "thiểu số, đồng bào có đạo", "Sở Dân tộc và Tôn giáo",
     "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã, phường có liên quan", "", "Thời gian theo kế hoạch "
                                                                      "riêng của Sở"),
    ("3", "Nâng cao năng lực; phối hợp liên ngành; mô hình", None, None, None, None),
    ("a", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức Phòng Văn hóa - Xã hội các xã, phường",
     "Sở Y tế", "Sở Nội vụ; UBND các xã, phường", "Quý IV/2025 - Quý I/2026", ""),
    ("b", "Bồi dưỡng kỹ năng điều tra thân thiện với trẻ em cho lực lượng Công an xã, phường",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh", "2025 - 2027", ""),
    ("c", "Nhân rộng mô hình phòng tham vấn học đường tại các trường trung học cơ sở, trung học phổ "
          "thông", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Năm học 2025 - 2026", ""),
    ("4", "Phát triển dịch vụ bảo đảm thực hiện quyền trẻ em", None, None, None, None),
    ("a", "Duy trì hoạt động của Trung tâm Công tác xã hội tỉnh, bảo đảm tiếp nhận, hỗ trợ trẻ em cần "
          "bảo vệ khẩn cấp", "Sở Y tế", "Công an tỉnh; UBND các xã, phường", "Thường xuyên", ""),
    ("b", "Phòng, chống đuối nước trẻ em; xây dựng bể bơi trong trường học ở các xã ven sông, ven biển",
     "Sở Giáo dục và Đào tạo; Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường",
     "Giai đoạn 2026 - 2030", ""),
    ("c", "Giảm thiểu tác động của ô nhiễm môi trường làng nghề đến sức khỏe trẻ em",
     "Sở Nông nghiệp và Môi trường", "Sở Y tế; UBND các xã có làng nghề", "2026 - 2030", ""),
    ("5", "Kiểm tra, giám sát; kinh phí và hợp tác quốc tế", None, None, None, None),
    ("a", "Kiểm tra việc thực hiện quyền trẻ em tại các xã, phường sau sắp xếp", "Sở Y tế",
     "Thanh tra tỉnh; Sở Nội vụ", "6 tháng, hằng năm", ""),
    ("b", "Bố trí kinh phí, vận động tài trợ quốc tế cho các chương trình vì trẻ em", "Sở Tài chính",
     "Sở Y tế; Văn phòng UBND tỉnh", "Hằng năm", ""),
]


def build_r13(path):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in R13_META:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 95
    for c in ws[1]:
        c.font = Font(bold=True)
    for row in ws.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")

    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                "Ghi chú"])
    thin = Side(style="thin")
    for stt, task, lead, coop, tf, note in R13_TASKS:
        if lead is None:
            ws2.append([stt, task, None, None, None, None])
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
        else:
            ws2.append([stt, task, lead, coop, tf or None, note or None])
    for col, wdt in zip("ABCDEF", [6, 60, 26, 34, 20, 22]):
        ws2.column_dimensions[col].width = wdt
    for row in ws2.iter_rows():
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c in ws2[1]:
        c.font = Font(bold=True)
    ws2.freeze_panes = "A2"

    fixed = datetime.datetime(2025, 8, 27, 9, 0, 0)
    wb.properties.creator = "SYT Hung Yen"
    wb.properties.lastModifiedBy = "SYT Hung Yen"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    with open(path, "wb") as f:
        f.write(normalise_zip(buf.getvalue(), "2025-08-27T09:00:00Z"))


# ---------------------------------------------------------------------------
# r07_kien_tuong  (L10, .csv task sheet, UTF-8 with BOM, CRLF, Excel quoting;
#                  one cell holds a line break)
# ---------------------------------------------------------------------------

R07_META = [
    ("Số", ""),
    ("Ngày", "05/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
                  "địa bàn thị xã Kiến Tường"),
    ("Cơ quan ban hành", "Ủy ban nhân dân thị xã Kiến Tường"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Kiến Tường"),
    ("Thuộc tỉnh", "Long An"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 1630/KH-UBND ngày 31/3/2025 của UBND tỉnh Long An"),
    ("Triển khai", "Kế hoạch số 1630/KH-UBND ngày 31/3/2025 của UBND tỉnh Long An"),
    ("Người ký", "Huỳnh Văn Sang"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
]

R07_TASKS = [
    ("I", "Rà soát, hoàn thiện văn bản, chính sách", "", "", "", ""),
    ("1", "Rà soát, đề xuất sửa đổi các văn bản của thị xã liên quan đến trẻ em", "Phòng Tư pháp",
     "Phòng Y tế; các cơ quan, đơn vị liên quan", "Quý III/2025", ""),
    ("2", "Lồng ghép mục tiêu, chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội năm 2026",
     "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Tháng 10/2025", ""),
    ("II", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên hệ thống truyền "
          "thanh thị xã, xã, phường",
     "Trung tâm Văn hóa, Thể thao và Truyền thanh thị xã",
     "Phòng Văn hóa, Khoa học và Thông tin; UBND các xã, phường", "Thường xuyên", ""),
    ("2", "Truyền thông phòng, chống đuối nước trẻ em trong mùa nước nổi", "Phòng Y tế",
     "Phòng Giáo dục và Đào tạo;\nThị đoàn; UBND các xã, phường", "Tháng 8 - tháng 11 hằng năm",
     "Ưu tiên các xã vùng trũng"),
    ("3", "Giáo dục kỹ năng sống, quyền và bổn phận của trẻ em trong trường học",
     "Phòng Giáo dục và Đào tạo", "Thị đoàn", "Năm học 2025 - 2026", ""),
    ("III", "Nâng cao năng lực, nhân rộng mô hình", "", "", "", ""),
    ("1", "Tập huấn kỹ năng cho cán bộ, cộng tác viên làm công tác trẻ em ở khu phố, ấp", "Phòng Y tế",
     "UBND các xã, phường", "Quý III/2025", ""),
    ("2", "Duy trì hoạt động nhóm trẻ em nòng cốt, mô hình \"Ngôi nhà an toàn\" tại các xã, phường",
     "Hội Liên hiệp Phụ nữ thị xã", "Phòng Y tế; UBND các xã, phường", "2025 - 2026", ""),
    ("3", "Phối hợp điều tra, xử lý thân thiện các vụ việc xâm hại trẻ em", "Công an thị xã",
     "Viện Kiểm sát nhân dân thị xã; Tòa án nhân dân thị xã", "Khi phát sinh vụ việc", ""),
    ("IV", "Phát triển dịch vụ bảo vệ, chăm sóc trẻ em", "", "", "", ""),
    ("1", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em bị bỏ rơi, trẻ em mồ côi", "Phòng Y tế",
     "Ủy ban MTTQ Việt Nam thị xã; UBND các xã, phường", "Thường xuyên", ""),
    ("2", "Khám sức khỏe định kỳ, tiêm chủng mở rộng, phòng, chống suy dinh dưỡng cho trẻ em",
     "Trung tâm Y tế thị xã", "UBND các xã, phường", "Hằng năm", ""),
    ("3", "Bảo đảm điểm vui chơi, sinh hoạt cộng đồng cho trẻ em tại các ấp, khu phố",
     "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Kinh tế, Hạ tầng và Đô thị; UBND các xã, phường",
     "2025 - 2030", ""),
    ("V", "Kiểm tra, giám sát; kinh phí", "", "", "", ""),
    ("1", "Kiểm tra, giám sát việc thực hiện Kế hoạch tại các xã, phường", "Phòng Y tế", "",
     "Quý IV/2025", ""),
    ("2", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm", "Phòng Tài chính - Kế hoạch",
     "Phòng Y tế", "Hằng năm", ""),
]


def build_r07(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in R07_META:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                "Ghi chú"])
    for row in R07_TASKS:
        w.writerow(list(row))
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# ---------------------------------------------------------------------------

def main():
    with tempfile.TemporaryDirectory() as tmp:
        for name, builder in (("r01_bnnmt", build_r01), ("r03_quang_ninh", build_r03),
                              ("r06_cam_pha", build_r06)):
            pdf = os.path.join(tmp, name + ".pdf")
            builder(pdf)
            write_text(name + ".txt", extract_pdf_text(pdf))
    build_r14(os.path.join(HERE, "r14_btc.pdf"))
    build_r02(os.path.join(HERE, "r02_hung_yen.docx"))
    build_r13(os.path.join(HERE, "r13_hung_yen.xlsx"))
    build_r07(os.path.join(HERE, "r07_kien_tuong.csv"))


if __name__ == "__main__":
    main()
