"""Regenerate the generated documents of the heldout7 corpus.

Run from the repository root:

    cd /work/main && .venv/bin/python tests/corpus_heldout7/generate.py

Writes (deterministically):
  q01_binh_dinh.txt   L1  PDF built with platypus (portrait, spanned group rows,
                          repeated header), text extracted with pdfminer
  q02_cam_ranh.txt    L1  PDF built with platypus (portrait body, landscape
                          appendix, rows split across pages), extracted
  q03_bo_noi_vu.txt   L1  PDF drawn by hand on the pdfgen canvas (rules between
                          rows only, header printed once), extracted
  q10_lao_cai.docx    L8  Word document (python-docx)
  q11_van_ban.pdf     L9  PDF with a ruled (GRID) appendix table
  q12_ca_mau.xlsx     L10 task sheet (openpyxl)
  q13_ba_ngoi.csv     L10 task sheet as CSV

The Markdown documents and every *.truth.json file are written by hand and are
not touched by this script. Intermediate PDFs of the L1 documents are built in a
temporary directory and discarded; only the extracted text is kept.
"""

import csv
import datetime
import io
import os
import re
import shutil
import tempfile
import zipfile
from xml.sax.saxutils import escape

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm, mm  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as pdfcanvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")


def register_fonts():
    for name, fname in (
        ("Roboto", "Roboto-Regular.ttf"),
        ("Roboto-Bold", "Roboto-Bold.ttf"),
        ("Roboto-Italic", "Roboto-Italic.ttf"),
        ("Roboto-BoldItalic", "Roboto-BoldItalic.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fname)))
    pdfmetrics.registerFontFamily(
        "Roboto", normal="Roboto", bold="Roboto-Bold", italic="Roboto-Italic", boldItalic="Roboto-BoldItalic"
    )


register_fonts()


def esc(text):
    return escape(text)


def extract_pdf_text(pdf_path, txt_path):
    from pdfminer.high_level import extract_text

    text = extract_text(pdf_path)
    with open(txt_path, "w", encoding="utf-8") as fh:
        fh.write(text)


# ---------------------------------------------------------------------------
# q01  Bình Định  (L1, PDF style A)
# ---------------------------------------------------------------------------

Q01_BODY = [
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("p", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với tình hình thực tế của tỉnh; "
          "nâng cao trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong việc bảo đảm thực hiện quyền "
          "trẻ em, vì lợi ích tốt nhất của trẻ em."),
    ("h2", "2. Yêu cầu"),
    ("p", "Các sở, ban, ngành, đơn vị và Ủy ban nhân dân các huyện, thị xã, thành phố xác định rõ nhiệm vụ được "
          "giao, chủ động xây dựng kế hoạch hoặc lồng ghép vào chương trình công tác năm; bảo đảm phối hợp chặt "
          "chẽ, thường xuyên kiểm tra, đánh giá kết quả thực hiện."),
    ("h1", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Tham gia nghiên cứu, rà soát, góp ý hoàn thiện pháp luật, chính sách về trẻ em, bảo đảm phù hợp với "
          "Công ước của Liên hợp quốc về quyền trẻ em và điều kiện thực tế của tỉnh."),
    ("p", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách nhiệm, kiến "
          "thức và kỹ năng thực hiện quyền trẻ em của các cấp, các ngành, gia đình và cộng đồng."),
    ("p", "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ, người làm công tác bảo vệ trẻ em; đẩy "
          "mạnh phối hợp liên ngành, nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ em có hiệu quả."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em, chú trọng trẻ em có hoàn cảnh đặc biệt, "
          "trẻ em vùng đồng bào dân tộc thiểu số và miền núi, trẻ em vùng ven biển."),
    ("p", "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập nhật cơ sở dữ liệu về trẻ "
          "em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em phù hợp với khả "
          "năng cân đối ngân sách địa phương."),
    ("p", "7. Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em trên địa bàn tỉnh."),
    ("pi", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
    ("h1", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép "
          "trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan; nguồn tài trợ, viện trợ và "
          "các nguồn hợp pháp khác."),
    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "<b>1. Sở Lao động - Thương binh và Xã hội:</b> Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, "
          "ngành, địa phương hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; tổng hợp báo cáo Ủy "
          "ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định."),
    ("p", "<b>2. Sở Tài chính:</b> Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo phân cấp "
          "ngân sách hiện hành."),
    ("p", "<b>3. Các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố:</b> Căn cứ nhiệm vụ được giao "
          "tại Phụ lục, xây dựng kế hoạch triển khai thực hiện; định kỳ 6 tháng (trước ngày 10/6) và hằng năm "
          "(trước ngày 10/12) báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp."),
    ("p", "<b>4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh</b> phối hợp "
          "tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trong quá trình triển khai thực hiện, trường hợp sau sắp xếp tổ chức bộ máy tên gọi, nhiệm vụ của cơ "
          "quan, đơn vị có thay đổi thì cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện. Quá "
          "trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Lao động "
          "- Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]

Q01_NOI_NHAN = [
    "- Bộ Lao động - TB&XH (b/c);",
    "- TT Tỉnh ủy, TT HĐND tỉnh;",
    "- CT, các PCT UBND tỉnh;",
    "- Ủy ban MTTQ Việt Nam tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các huyện, thị xã, thành phố;",
    "- Lưu: VT, K14.",
]

SLD = "Sở Lao động - Thương binh và Xã hội"

Q01_ROWS = [
    ("I", "Hoàn thiện pháp luật, chính sách về trẻ em"),
    ("1", "Rà soát, tham gia góp ý dự thảo văn bản quy phạm pháp luật về trẻ em, trẻ em khuyết tật, lao động "
          "trẻ em, trẻ em lang thang; đề xuất nâng độ tuổi trẻ em khi có yêu cầu.",
     SLD, "Sở Tư pháp; các sở, ban, ngành liên quan", "Theo đề nghị của các Bộ, ngành Trung ương"),
    ("2", "Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự; nghiên cứu khả năng gia nhập các công ước về không "
          "quốc tịch khi được đề nghị.",
     "Sở Tư pháp", "Công an tỉnh; Sở Ngoại vụ", "Khi có yêu cầu"),
    ("3", "Tham gia ý kiến về điều khoản bảo lưu đối với Nghị định thư không bắt buộc về trẻ em trong xung đột "
          "vũ trang.",
     "Bộ Chỉ huy Quân sự tỉnh", "Sở Ngoại vụ", "Theo đề nghị của Bộ Quốc phòng"),
    ("II", "Truyền thông, giáo dục, vận động xã hội về quyền trẻ em"),
    ("1", "Tuyên truyền Quyết định số 27/QĐ-TTg, Luật Trẻ em và Công ước của Liên hợp quốc về quyền trẻ em "
          "trên các phương tiện thông tin đại chúng, hệ thống thông tin cơ sở.",
     "Sở Thông tin và Truyền thông",
     "Đài Phát thanh và Truyền hình Bình Định; Báo Bình Định; UBND các huyện, thị xã, thành phố",
     "Thường xuyên"),
    ("2", "Truyền thông, nâng cao nhận thức của cộng đồng, bảo đảm mọi trẻ em được đăng ký khai sinh và có "
          "quốc tịch theo quy định.",
     "Sở Tư pháp", "UBND các huyện, thị xã, thành phố", "Hằng năm"),
    ("3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng ứng phó với biến đổi khí hậu, thiên "
          "tai vào hoạt động giáo dục của nhà trường.",
     "Sở Giáo dục và Đào tạo", "Sở Tài nguyên và Môi trường; " + SLD, "Năm học 2025 - 2026"),
    ("III", "Nâng cao năng lực, phối hợp liên ngành và nhân rộng mô hình"),
    ("1", "Duy trì kết nối, tiếp nhận và xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.",
     SLD, "Công an tỉnh; Sở Y tế; UBND các huyện, thị xã, thành phố", "Thường xuyên"),
    ("2", "Bồi dưỡng năng lực cho giáo viên về hỗ trợ học sinh khuyết tật học hòa nhập; nhân rộng mô hình tư "
          "vấn tâm lý học đường.",
     "Sở Giáo dục và Đào tạo", SLD + "; Trung tâm Hỗ trợ phát triển giáo dục hòa nhập tỉnh", "2025 - 2030"),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em"),
    ("1", "Thực hiện chính sách trợ giúp xã hội; phát triển dịch vụ chăm sóc thay thế cho trẻ em mồ côi, trẻ "
          "em không nơi nương tựa tại cộng đồng.",
     SLD, "Sở Tài chính; UBND các huyện, thị xã, thành phố", "Thường xuyên hằng năm"),
    ("2", "Nâng cao chất lượng dịch vụ y tế cho trẻ em; phòng, chống suy dinh dưỡng thấp còi, thúc đẩy nuôi "
          "con bằng sữa mẹ; dự phòng lây truyền HIV từ mẹ sang con.",
     "Sở Y tế", "Sở Giáo dục và Đào tạo; Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm"),
    ("3", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
     "Ban Dân tộc", "Sở Tư pháp; UBND các huyện miền núi", "2025 - 2030"),
    ("4", "Bảo đảm trẻ em được vui chơi, giải trí, tham gia các hoạt động văn hóa, thể thao; phòng, chống xâm "
          "hại trẻ em trong hoạt động du lịch.",
     "Sở Văn hóa và Thể thao; Sở Du lịch", "UBND các huyện, thị xã, thành phố", "Tháng 5 - tháng 8 hằng năm"),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
    ("1", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về bảo đảm quyền trẻ em.",
     SLD, "Thanh tra tỉnh", "Hằng năm"),
    ("2", "Lồng ghép các chỉ tiêu về trẻ em trong kế hoạch phát triển kinh tế - xã hội của tỉnh; chia sẻ số "
          "liệu thống kê về trẻ em giữa các cơ quan.",
     "Sở Kế hoạch và Đầu tư", "Cục Thống kê tỉnh; " + SLD, "Hằng năm"),
    ("3", "Cập nhật cơ sở dữ liệu về trẻ em, kết nối với Cơ sở dữ liệu quốc gia về dân cư.",
     "Công an tỉnh", SLD + "; Sở Thông tin và Truyền thông", "Trước ngày 31/12/2025"),
    ("VI", "Bố trí kinh phí"),
    ("", "Tham mưu bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em trong dự toán "
         "ngân sách hằng năm.",
     "Sở Tài chính", SLD + "; Sở Kế hoạch và Đầu tư", "Hằng năm"),
    ("VII", "Hợp tác quốc tế"),
    ("", "Vận động nguồn lực từ các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài cho các dự án hỗ trợ "
         "trẻ em trên địa bàn tỉnh.",
     "Sở Ngoại vụ", SLD + "; Liên hiệp các tổ chức hữu nghị tỉnh", "Giai đoạn 2025 - 2030"),
]


def build_q01(pdf_path):
    body = ParagraphStyle("b", fontName="Roboto", fontSize=12, leading=16, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=4)
    bodyi = ParagraphStyle("bi", parent=body, fontName="Roboto-Italic")
    h1 = ParagraphStyle("h1", parent=body, fontName="Roboto-Bold", firstLineIndent=1 * cm, spaceBefore=4)
    h2 = ParagraphStyle("h2", parent=h1)
    center = ParagraphStyle("c", fontName="Roboto", fontSize=12, leading=15, alignment=TA_CENTER)
    centerb = ParagraphStyle("cb", parent=center, fontName="Roboto-Bold")
    centeri = ParagraphStyle("ci", parent=center, fontName="Roboto-Italic")
    small = ParagraphStyle("s", fontName="Roboto", fontSize=10, leading=12)
    cell = ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12.5, alignment=TA_LEFT)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Roboto-Bold")
    cellbc = ParagraphStyle("cellbc", parent=cellb, alignment=TA_CENTER)

    story = []
    head = Table(
        [
            [Paragraph("ỦY BAN NHÂN DÂN<br/><b>TỈNH BÌNH ĐỊNH</b>", center),
             Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>", center)],
            [Paragraph("Số: 41/KH-UBND", center),
             Paragraph("<i>Bình Định, ngày 12 tháng 02 năm 2025</i>", center)],
        ],
        colWidths=[6.2 * cm, 10.3 * cm],
    )
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    story += [head, Spacer(1, 14)]
    story.append(Paragraph("KẾ HOẠCH", ParagraphStyle("t", parent=centerb, fontSize=14, leading=18)))
    story.append(Paragraph(
        "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
        "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Bình Định", centerb))
    story.append(Spacer(1, 12))
    for t in (
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
        "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
        "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
        "Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 18/TTr-SLĐTBXH ngày 24/01/2025, "
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:",
    ):
        story.append(Paragraph(esc(t), bodyi if t.startswith("Căn cứ") else body))
    for kind, text in Q01_BODY:
        st = {"h1": h1, "h2": h2, "p": body, "pi": bodyi}[kind]
        story.append(Paragraph(text if "<b>" in text else esc(text), st))
    story.append(Spacer(1, 10))
    sig = Table(
        [[Paragraph("<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join(esc(x) for x in Q01_NOI_NHAN), small),
          Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/><br/>"
                    "<b>Trần Đình Khải</b>", center)]],
        colWidths=[8 * cm, 8.5 * cm],
    )
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(KeepTogether([sig]))
    story.append(PageBreak())
    story.append(Paragraph("Phụ lục", centerb))
    story.append(Paragraph("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
                           "QUỐC TRÊN ĐỊA BÀN TỈNH BÌNH ĐỊNH", centerb))
    story.append(Paragraph("(Kèm theo Kế hoạch số 41/KH-UBND ngày 12/02/2025 của Ủy ban nhân dân tỉnh Bình Định)",
                           centeri))
    story.append(Spacer(1, 8))

    data = [[Paragraph("<b>STT</b>", cellbc), Paragraph("<b>Nhiệm vụ</b>", cellbc),
             Paragraph("<b>Cơ quan chủ trì</b>", cellbc), Paragraph("<b>Cơ quan phối hợp</b>", cellbc),
             Paragraph("<b>Thời gian thực hiện</b>", cellbc)]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
    ]
    for row in Q01_ROWS:
        r = len(data)
        if len(row) == 2:
            data.append([Paragraph(row[0], cellbc), Paragraph(esc(row[1]), cellb), "", "", ""])
            style.append(("SPAN", (1, r), (4, r)))
        else:
            num, task, lead, coop, time = row
            data.append([Paragraph(num, cellc), Paragraph(esc(task), cell), Paragraph(esc(lead), cell),
                         Paragraph(esc(coop), cell), Paragraph(esc(time), cellc)])
    tbl = Table(data, colWidths=[1.1 * cm, 6.4 * cm, 3.0 * cm, 3.6 * cm, 2.4 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)
    story.append(Spacer(1, 6))
    story.append(Paragraph("<i>Ghi chú: Trường hợp sau sắp xếp tổ chức bộ máy, tên gọi, nhiệm vụ của cơ quan, "
                           "đơn vị có thay đổi thì cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ tiếp tục thực "
                           "hiện.</i>", small))

    def later(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 11)
        canv.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(pdf_path, pagesize=A4, leftMargin=3 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="", author="")
    doc.build(story, onLaterPages=later)


# ---------------------------------------------------------------------------
# q02  Cam Ranh  (L1, PDF style B: landscape appendix, rows split across pages)
# ---------------------------------------------------------------------------

Q02_BODY = [
    ("h1", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Cụ thể hóa nhiệm vụ được giao tại Kế hoạch số 5127/KH-UBND ngày 09/5/2025 của Ủy ban nhân dân tỉnh "
          "phù hợp với điều kiện thực tế của thành phố; xác định rõ trách nhiệm của các cơ quan, đơn vị và Ủy ban "
          "nhân dân các xã, phường trong bảo đảm thực hiện quyền trẻ em."),
    ("p", "- Lồng ghép việc thực hiện Kế hoạch với các chương trình, kế hoạch về trẻ em, phòng, chống đuối nước "
          "và bảo vệ trẻ em trên môi trường mạng đang triển khai trên địa bàn."),
    ("h1", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Đẩy mạnh tuyên truyền, giáo dục, nâng cao nhận thức của cán bộ, đảng viên, Nhân dân và trẻ em về "
          "quyền và bổn phận của trẻ em; chú trọng phòng, chống đuối nước và xâm hại trẻ em."),
    ("p", "2. Nâng cao năng lực cho đội ngũ cán bộ làm công tác trẻ em, cộng tác viên bảo vệ trẻ em ở khu dân "
          "cư; tăng cường phối hợp liên ngành trong bảo vệ trẻ em."),
    ("p", "3. Phát triển các dịch vụ chăm sóc, giáo dục, bảo vệ trẻ em tại gia đình, cộng đồng, trường học và "
          "cơ sở y tế."),
    ("p", "4. Tăng cường kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật đầy đủ cơ sở dữ liệu về trẻ "
          "em trên địa bàn thành phố."),
    ("p", "5. Bố trí kinh phí và huy động các nguồn lực xã hội để thực hiện các nhiệm vụ của Kế hoạch."),
    ("p", "Nhiệm vụ cụ thể, đơn vị chủ trì, phối hợp và thời gian hoàn thành được phân công tại Phụ lục kèm theo."),
    ("h1", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị, Ủy "
          "ban nhân dân các xã, phường theo phân cấp ngân sách; lồng ghép từ các chương trình, đề án có liên "
          "quan và nguồn xã hội hóa hợp pháp."),
    ("h1", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Y tế: Là cơ quan thường trực giúp Ủy ban nhân dân thành phố theo dõi, hướng dẫn, đôn đốc các "
          "cơ quan, đơn vị và Ủy ban nhân dân các xã, phường triển khai Kế hoạch; tổng hợp báo cáo Ủy ban nhân "
          "dân thành phố và Sở Y tế trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm)."),
    ("p", "2. Các cơ quan, đơn vị thuộc thành phố: Căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động triển "
          "khai thực hiện và gửi báo cáo kết quả về Phòng Y tế để tổng hợp."),
    ("p", "3. Ủy ban nhân dân các xã, phường: Xây dựng kế hoạch thực hiện tại địa phương; bố trí công chức theo "
          "dõi công tác trẻ em; cập nhật đầy đủ dữ liệu về trẻ em."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội phối hợp "
          "tuyên truyền, vận động hội viên, đoàn viên và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
          "thành phố Cam Ranh. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản "
          "ánh về Phòng Y tế để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./."),
]

Q02_NOI_NHAN = [
    "- UBND tỉnh Khánh Hòa (b/c);",
    "- Sở Y tế tỉnh;",
    "- TT Thành ủy, TT HĐND thành phố;",
    "- CT, các PCT UBND thành phố;",
    "- Các cơ quan, đơn vị thuộc thành phố;",
    "- UBND các xã, phường;",
    "- Lưu: VT.",
]

CR_TTVH = "Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố"
CR_VHKH = "Phòng Văn hóa, Khoa học và Thông tin"
CR_CA = "Công an thành phố Cam Ranh"
CR_TTYT = "Trung tâm Y tế thành phố Cam Ranh"

Q02_ROWS = [
    ("1", "Công tác truyền thông, giáo dục"),
    ("1.1", "Tổ chức tuyên truyền Kế hoạch và các quy định về quyền trẻ em trên hệ thống truyền thanh cơ sở, "
            "trang thông tin điện tử thành phố và mạng xã hội.",
     CR_TTVH, CR_VHKH + "; UBND các xã, phường", "Tin, bài, phóng sự", "Thường xuyên"),
    ("1.2", "Tổ chức Tháng hành động vì trẻ em năm 2025 gắn với truyền thông phòng, chống đuối nước, tai nạn "
            "thương tích cho trẻ em.",
     "Phòng Y tế", CR_VHKH + "; Thành đoàn Cam Ranh; Hội Liên hiệp Phụ nữ thành phố", "Báo cáo kết quả",
     "Tháng 6/2025"),
    ("1.3", "Tuyên truyền, hướng dẫn kỹ năng phòng, chống xâm hại trẻ em trên môi trường mạng cho học sinh "
            "trung học cơ sở.",
     "Phòng Giáo dục và Đào tạo", CR_CA, "Kế hoạch, báo cáo", "Năm học 2025 - 2026"),
    ("2", "Nâng cao năng lực, phối hợp liên ngành"),
    ("2.1", "Tập huấn kỹ năng, nghiệp vụ bảo vệ trẻ em cho công chức văn hóa - xã hội, cộng tác viên bảo vệ "
            "trẻ em ở thôn, tổ dân phố.",
     "Phòng Y tế", "Phòng Nội vụ", "Lớp tập huấn", "Quý III/2025"),
    ("2.2", "Kiện toàn Ban Chỉ đạo công tác trẻ em thành phố và nhóm công tác liên ngành bảo vệ trẻ em.",
     "Phòng Nội vụ", "Phòng Y tế", "Quyết định kiện toàn", "Trước ngày 30/7/2025"),
    ("3", "Phát triển dịch vụ bảo vệ, chăm sóc trẻ em"),
    ("3.1", "Rà soát, hỗ trợ kịp thời trẻ em có hoàn cảnh đặc biệt, trẻ em bị bỏ rơi, trẻ em mồ côi cả cha và "
            "mẹ; vận động nhận chăm sóc thay thế tại cộng đồng.",
     "Phòng Y tế", "UBND các xã, phường; Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Danh sách, báo cáo",
     "Thường xuyên hằng năm"),
    ("3.2", "Khám sàng lọc, phát hiện sớm khuyết tật, rối loạn phát triển ở trẻ em dưới 6 tuổi; tư vấn dinh "
            "dưỡng cho cha mẹ, người chăm sóc trẻ.",
     CR_TTYT, "Phòng Y tế; Trạm Y tế các xã, phường", "", "Hằng năm"),
    ("3.3", "Tổ chức dạy bơi, hướng dẫn kỹ năng an toàn trong môi trường nước cho trẻ em từ 6 đến 15 tuổi.",
     CR_VHKH, "Phòng Giáo dục và Đào tạo; Thành đoàn Cam Ranh", "Lớp dạy bơi", "Tháng 5 - tháng 8 hằng năm"),
    ("3.4", "Phòng ngừa, phát hiện, điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em; bảo đảm tố tụng thân "
            "thiện với trẻ em vi phạm pháp luật.",
     CR_CA, "Viện Kiểm sát nhân dân thành phố; Tòa án nhân dân thành phố", "", "Thường xuyên"),
    ("4", "Kiểm tra, giám sát và cơ sở dữ liệu"),
    ("4.1", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các xã, phường.",
     "Phòng Y tế", "Phòng Tư pháp; Phòng Nội vụ", "Báo cáo kiểm tra", "Quý IV/2025"),
    ("4.2", "Cập nhật, số hóa dữ liệu trẻ em trên phần mềm quản lý thông tin trẻ em, bảo đảm đầy đủ, chính xác.",
     "UBND các xã, phường", "Phòng Y tế; " + CR_CA, "Dữ liệu được cập nhật", "Trước ngày 15/12 hằng năm"),
    ("5", "Kinh phí thực hiện"),
    ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách thành phố hằng năm; hướng dẫn "
         "sử dụng, thanh quyết toán theo quy định.",
     "Phòng Tài chính - Kế hoạch", "Phòng Y tế; các cơ quan, đơn vị liên quan", "Dự toán được giao", "Hằng năm"),
]


def build_q02(pdf_path):
    body = ParagraphStyle("b", fontName="Roboto", fontSize=11.5, leading=15.5, alignment=TA_JUSTIFY,
                          firstLineIndent=0.9 * cm, spaceAfter=3)
    h1 = ParagraphStyle("h1", parent=body, fontName="Roboto-Bold", firstLineIndent=0, spaceBefore=6)
    center = ParagraphStyle("c", fontName="Roboto", fontSize=11.5, leading=14.5, alignment=TA_CENTER)
    centerb = ParagraphStyle("cb", parent=center, fontName="Roboto-Bold")
    centeri = ParagraphStyle("ci", parent=center, fontName="Roboto-Italic")
    small = ParagraphStyle("s", fontName="Roboto", fontSize=9.5, leading=11.5)
    cell = ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12.5)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Roboto-Bold")
    cellbc = ParagraphStyle("cellbc", parent=cellb, alignment=TA_CENTER)

    pw, ph = A4
    lw, lh = landscape(A4)
    portrait_frame = Frame(3 * cm, 2 * cm, pw - 5 * cm, ph - 4 * cm, id="p")
    land_frame = Frame(1.5 * cm, 1.6 * cm, lw - 3 * cm, lh - 3.2 * cm, id="l")

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Roboto-Italic", 9)
        w, h = canv._pagesize
        canv.drawRightString(w - 1.5 * cm, 1.0 * cm, "Trang %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(pdf_path, pagesize=A4, title="", author="")
    doc.addPageTemplates([
        PageTemplate(id="portrait", frames=[portrait_frame], pagesize=A4, onPage=footer),
        PageTemplate(id="landscape", frames=[land_frame], pagesize=landscape(A4), onPage=footer),
    ])

    story = []
    head = Table(
        [
            [Paragraph("<b>ỦY BAN NHÂN DÂN<br/>THÀNH PHỐ CAM RANH</b>", center),
             Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</b>", center)],
            [Paragraph("Số: 1532/KH-UBND", center),
             Paragraph("<i>Cam Ranh, ngày 18 tháng 6 năm 2025</i>", center)],
        ],
        colWidths=[6.5 * cm, 9.5 * cm],
    )
    head.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
        ("LINEBELOW", (1, 0), (1, 0), 0.6, colors.black),
        ("TOPPADDING", (0, 1), (-1, 1), 6),
    ]))
    story += [head, Spacer(1, 16)]
    story.append(Paragraph("KẾ HOẠCH", ParagraphStyle("t", parent=centerb, fontSize=13.5, leading=17)))
    story.append(Paragraph("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc<br/>trên địa bàn "
                           "thành phố Cam Ranh", centerb))
    story.append(Paragraph("_______________", center))
    story.append(Spacer(1, 8))
    for t in (
        "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
        "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
        "Thực hiện Kế hoạch số 5127/KH-UBND ngày 09/5/2025 của Ủy ban nhân dân tỉnh Khánh Hòa về triển khai thực "
        "hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ trên địa bàn tỉnh;",
        "Ủy ban nhân dân thành phố Cam Ranh ban hành Kế hoạch thực hiện như sau:",
    ):
        story.append(Paragraph(esc(t), body))
    for kind, text in Q02_BODY:
        story.append(Paragraph(esc(text), h1 if kind == "h1" else body))
    story.append(Spacer(1, 8))
    sig = Table(
        [[Paragraph("<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join(esc(x) for x in Q02_NOI_NHAN), small),
          Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/>"
                    "<b>Lê Thị Mỹ Hạnh</b>", center)]],
        colWidths=[7.5 * cm, 8.5 * cm],
    )
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)
    story.append(NextPageTemplate("landscape"))
    story.append(PageBreak())
    story.append(Paragraph("PHỤ LỤC", centerb))
    story.append(Paragraph("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", centerb))
    story.append(Paragraph("(Kèm theo Kế hoạch số 1532/KH-UBND ngày 18/6/2025 của UBND thành phố Cam Ranh)",
                           centeri))
    story.append(Spacer(1, 70))

    data = [[Paragraph("<b>TT</b>", cellbc), Paragraph("<b>Nội dung công việc</b>", cellbc),
             Paragraph("<b>Đơn vị chủ trì</b>", cellbc), Paragraph("<b>Đơn vị phối hợp</b>", cellbc),
             Paragraph("<b>Sản phẩm</b>", cellbc), Paragraph("<b>Thời gian hoàn thành</b>", cellbc)]]
    style = [
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.88, 0.88)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for row in Q02_ROWS:
        if len(row) == 2:
            data.append([Paragraph("<b>%s</b>" % row[0], cellc), Paragraph(esc(row[1]), cellb), "", "", "", ""])
        else:
            num, task, lead, coop, prod, time = row
            data.append([Paragraph(num, cellc), Paragraph(esc(task), cell), Paragraph(esc(lead), cell),
                         Paragraph(esc(coop), cell), Paragraph(esc(prod), cell), Paragraph(esc(time), cell)])
    tbl = Table(data, colWidths=[1.2 * cm, 9.3 * cm, 4.3 * cm, 5.4 * cm, 3.2 * cm, 3.2 * cm], repeatRows=0,
                splitInRow=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)
    doc.build(story)


# ---------------------------------------------------------------------------
# q03  Bộ Nội vụ  (L1, PDF style C: drawn by hand on the canvas)
# ---------------------------------------------------------------------------

Q03_PREAMBLE = [
    ("i", "Căn cứ Nghị định số 25/2025/NĐ-CP ngày 21/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn "
          "và cơ cấu tổ chức của Bộ Nội vụ;"),
    ("i", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
          "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (sau đây gọi là Quyết định số 27/QĐ-TTg);"),
    ("p", "Bộ Nội vụ ban hành Kế hoạch thực hiện các nhiệm vụ được giao tại Quyết định số 27/QĐ-TTg như sau:"),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Xác định cụ thể nhiệm vụ, trách nhiệm của các đơn vị thuộc Bộ trong thực hiện các khuyến nghị liên "
          "quan đến lĩnh vực lao động, việc làm, sau khi Bộ Nội vụ tiếp nhận chức năng quản lý nhà nước về lao "
          "động, việc làm từ Bộ Lao động - Thương binh và Xã hội."),
    ("p", "2. Bảo đảm phối hợp chặt chẽ giữa các đơn vị thuộc Bộ với Bộ Y tế, các bộ, ngành và địa phương; lồng "
          "ghép với các chương trình, đề án đang triển khai, tránh chồng chéo."),
    ("b", "II. NHIỆM VỤ CHỦ YẾU"),
    ("p", "1. Rà soát, hoàn thiện thể chế về lao động, việc làm đối với lao động là người chưa thành niên, bảo đảm "
          "phù hợp với các công ước của Tổ chức Lao động quốc tế mà Việt Nam là thành viên."),
    ("p", "2. Đẩy mạnh truyền thông, nâng cao nhận thức của người sử dụng lao động, gia đình và cộng đồng về phòng "
          "ngừa, giảm thiểu lao động trẻ em."),
    ("p", "3. Nâng cao năng lực cho đội ngũ thanh tra viên, cán bộ, công chức ngành Nội vụ về quyền trẻ em và bảo "
          "vệ người lao động chưa thành niên."),
    ("p", "4. Triển khai các giải pháp phòng ngừa, giảm thiểu lao động trẻ em; hỗ trợ tư vấn, định hướng nghề "
          "nghiệp và việc làm cho người chưa thành niên."),
    ("p", "5. Tăng cường thanh tra, kiểm tra; tham gia xây dựng báo cáo quốc gia về thực hiện Công ước của Liên "
          "hợp quốc về quyền trẻ em."),
    ("p", "6. Mở rộng hợp tác quốc tế trong phòng ngừa, giảm thiểu lao động trẻ em và bảo vệ người lao động chưa "
          "thành niên."),
    ("p", "Các nhiệm vụ cụ thể, đơn vị chủ trì, thời hạn và sản phẩm tại Phụ lục kèm theo Kế hoạch này."),
    ("b", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện Kế hoạch được bảo đảm từ dự toán ngân sách nhà nước giao hằng năm cho các đơn vị "
          "thuộc Bộ, nguồn tài trợ của các tổ chức quốc tế và các nguồn hợp pháp khác theo quy định."),
    ("b", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Vụ Pháp chế: Là đơn vị đầu mối, chủ trì, phối hợp với các đơn vị thuộc Bộ theo dõi, đôn đốc, kiểm "
          "tra việc thực hiện Kế hoạch; tổng hợp kết quả thực hiện, báo cáo Bộ trưởng trước ngày 20/11 hằng năm "
          "để gửi Bộ Y tế tổng hợp, báo cáo Thủ tướng Chính phủ."),
    ("p", "2. Vụ Kế hoạch - Tài chính: Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ."),
    ("p", "3. Thủ trưởng các đơn vị thuộc Bộ: Căn cứ nhiệm vụ được giao tổ chức triển khai thực hiện; báo cáo kết "
          "quả thực hiện (qua Vụ Pháp chế) trước ngày 10/11 hằng năm."),
    ("p", "4. Đề nghị Sở Nội vụ các tỉnh, thành phố trực thuộc trung ương tham mưu Ủy ban nhân dân cấp tỉnh chỉ "
          "đạo thực hiện các nội dung liên quan đến lao động trẻ em tại địa phương./."),
]

Q03_NOI_NHAN = [
    "Nơi nhận:",
    "- Thủ tướng Chính phủ (để b/c);",
    "- Phó Thủ tướng Lê Thành Long (để b/c);",
    "- Bộ trưởng (để b/c);",
    "- Các Thứ trưởng;",
    "- Bộ Y tế (Cục Bà mẹ và Trẻ em);",
    "- Các đơn vị thuộc Bộ;",
    "- Sở Nội vụ các tỉnh, TP trực thuộc TW;",
    "- Cổng TTĐT Bộ Nội vụ;",
    "- Lưu: VT, PC.",
]

QHLD = "Cục Quan hệ lao động và Tiền lương"
SNV_ALL = "Sở Nội vụ các tỉnh, thành phố trực thuộc trung ương"

Q03_ROWS = [
    ("I", "Hoàn thiện thể chế"),
    ("1", "Rà soát, đề xuất sửa đổi quy định về danh mục công việc, nơi làm việc cấm sử dụng lao động là người "
          "chưa thành niên.",
     QHLD, "Vụ Pháp chế; Cục An toàn lao động; Bộ Y tế", "2025 - 2026", "Thông tư sửa đổi"),
    ("2", "Nghiên cứu, đề xuất hoàn thiện chính sách hỗ trợ tư vấn, giới thiệu việc làm cho người chưa thành "
          "niên từ đủ 15 tuổi đến dưới 18 tuổi.",
     "Cục Việc làm", "Vụ Pháp chế", "Năm 2026", "Báo cáo đề xuất"),
    ("3", "Góp ý các dự án luật, pháp lệnh, nghị định có liên quan đến quyền trẻ em khi được cơ quan chủ trì "
          "soạn thảo đề nghị.",
     "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Khi có yêu cầu", "Văn bản góp ý"),
    ("II", "Truyền thông, nâng cao nhận thức"),
    ("1", "Truyền thông về phòng ngừa, giảm thiểu lao động trẻ em, cưỡng bức lao động trên Cổng Thông tin "
          "điện tử của Bộ và các ấn phẩm của ngành.",
     "Trung tâm Thông tin", QHLD + "; Tạp chí Tổ chức nhà nước và Lao động", "Hằng năm", "Tin, bài, ấn phẩm"),
    ("III", "Nâng cao năng lực"),
    ("1", "Tập huấn cho thanh tra viên lao động về phát hiện, xử lý vi phạm trong sử dụng lao động chưa thành "
          "niên.",
     "Thanh tra Bộ", QHLD + "; " + SNV_ALL, "Quý IV/2025", "Lớp tập huấn"),
    ("2", "Đưa nội dung về quyền trẻ em vào chương trình bồi dưỡng cán bộ, công chức cấp xã.",
     "Vụ Chính quyền địa phương", "Vụ Công chức - Viên chức", "2025 - 2030", "Tài liệu bồi dưỡng"),
    ("IV", "Phòng ngừa, giảm thiểu lao động trẻ em; hỗ trợ việc làm"),
    ("1", "Xây dựng, trình Thủ tướng Chính phủ ban hành Chương trình phòng ngừa, giảm thiểu lao động trẻ em "
          "giai đoạn 2026 - 2030.",
     QHLD, "Bộ Y tế; Bộ Giáo dục và Đào tạo; Bộ Nông nghiệp và Môi trường", "Quý IV/2025",
     "Quyết định của Thủ tướng Chính phủ"),
    ("2", "Tư vấn, giới thiệu việc làm, định hướng nghề nghiệp cho người chưa thành niên tại các trung tâm "
          "dịch vụ việc làm.",
     "Cục Việc làm", SNV_ALL, "Thường xuyên", "Báo cáo"),
    ("3", "Hướng dẫn bảo đảm điều kiện an toàn, vệ sinh lao động đối với lao động chưa thành niên tại các cơ "
          "sở sản xuất, kinh doanh.",
     "Cục An toàn lao động", "Thanh tra Bộ; Tổng Liên đoàn Lao động Việt Nam", "Hằng năm", "Văn bản hướng dẫn"),
    ("V", "Thanh tra, kiểm tra; báo cáo"),
    ("1", "Thanh tra, kiểm tra việc chấp hành pháp luật lao động đối với lao động chưa thành niên.",
     "Thanh tra Bộ", QHLD + "; " + SNV_ALL, "Theo kế hoạch thanh tra hằng năm", "Kết luận thanh tra"),
    ("2", "Xây dựng báo cáo của Bộ Nội vụ phục vụ Báo cáo quốc gia lần thứ bảy về thực hiện Công ước của "
          "Liên hợp quốc về quyền trẻ em.",
     "Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Trước ngày 30/6/2027", "Báo cáo"),
    ("VI", "Hợp tác quốc tế"),
    ("1", "Phối hợp với Tổ chức Lao động quốc tế (ILO), Quỹ Nhi đồng Liên hợp quốc (UNICEF) triển khai các dự "
          "án hỗ trợ kỹ thuật về phòng ngừa lao động trẻ em.",
     "Vụ Hợp tác quốc tế", QHLD + "; Cục Việc làm", "2025 - 2030", "Dự án, chương trình hợp tác"),
    ("2", "Chuẩn bị nội dung thuộc lĩnh vực của Bộ Nội vụ phục vụ đối thoại với Ủy ban về quyền trẻ em của Liên "
          "hợp quốc.",
     "Vụ Hợp tác quốc tế; Vụ Pháp chế", "Các đơn vị thuộc Bộ", "Theo đề nghị của Bộ Y tế", "Tài liệu đối thoại"),
]


class CanvasWriter:
    """Hand layout on the pdfgen canvas: text lines and a table ruled between rows."""

    def __init__(self, path):
        self.c = pdfcanvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("")
        self.c.setAuthor("")
        self.w, self.h = A4
        self.left = 25 * mm
        self.right = self.w - 15 * mm
        self.top = self.h - 20 * mm
        self.bottom = 22 * mm
        self.y = self.top
        self.page = 1

    def new_page(self):
        self.c.showPage()
        self.page += 1
        self.y = self.top
        self.c.setFont("Roboto", 10)
        self.c.drawCentredString(self.w / 2, 12 * mm, "- %d -" % self.page)

    def ensure(self, need):
        if self.y - need < self.bottom:
            self.new_page()

    def para(self, text, font="Roboto", size=12.5, lead=17, indent=10 * mm, align="left", after=4):
        width = self.right - self.left
        first = simpleSplit(text, font, size, width - indent)
        lines = []
        if first:
            lines.append(first[0])
            rest = text[len(first[0]):].strip()
            if rest:
                lines += simpleSplit(rest, font, size, width)
        for i, line in enumerate(lines):
            self.ensure(lead)
            self.y -= lead
            self.c.setFont(font, size)
            if align == "center":
                self.c.drawCentredString((self.left + self.right) / 2, self.y, line)
            else:
                x = self.left + (indent if i == 0 else 0)
                self.c.drawString(x, self.y, line)
        self.y -= after

    def table(self, header, rows, widths, size=9.5, lead=12):
        xs = [self.left]
        for wdt in widths:
            xs.append(xs[-1] + wdt)
        pad = 2.5

        def wrap(text, col, font="Roboto"):
            return simpleSplit(text, font, size, widths[col] - 2 * pad) if text else []

        def rule():
            self.c.setLineWidth(0.6)
            self.c.line(xs[0], self.y, xs[-1], self.y)

        # header (printed once)
        hcells = [wrap(t, i, "Roboto-Bold") for i, t in enumerate(header)]
        hh = max(len(x) for x in hcells) * lead + 2 * pad
        self.ensure(hh + 3 * lead)
        rule()
        top = self.y
        for i, lines in enumerate(hcells):
            yy = top - pad
            for line in lines:
                yy -= lead
                self.c.setFont("Roboto-Bold", size)
                self.c.drawCentredString((xs[i] + xs[i + 1]) / 2, yy + 3, line)
        self.y = top - hh
        self.c.setLineWidth(1.2)
        self.c.line(xs[0], self.y, xs[-1], self.y)

        for row in rows:
            if len(row) == 2:
                cells = [[row[0]], simpleSplit(row[1], "Roboto-Bold", size, xs[-1] - xs[1] - 2 * pad)]
                fonts = ["Roboto-Bold", "Roboto-Bold"]
                colx = [xs[0], xs[1]]
            else:
                cells = [wrap(t, i) for i, t in enumerate(row)]
                fonts = ["Roboto"] * len(cells)
                colx = xs[:-1]
            nlines = max(len(x) for x in cells)
            done = 0
            while done < nlines:
                avail = int((self.y - self.bottom - 2 * pad) // lead)
                if avail < 1:
                    self.new_page()
                    rule()
                    continue
                take = min(avail, nlines - done)
                top = self.y
                for ci, lines in enumerate(cells):
                    yy = top - pad
                    for line in lines[done:done + take]:
                        yy -= lead
                        self.c.setFont(fonts[ci], size)
                        self.c.drawString(colx[ci] + pad, yy + 3, line)
                self.y = top - take * lead - 2 * pad
                done += take
                rule()
                if done < nlines:
                    self.new_page()
                    rule()

    def save(self):
        self.c.save()


def build_q03(pdf_path):
    cw = CanvasWriter(pdf_path)
    c = cw.c
    # header block, positioned by hand
    c.setFont("Roboto-Bold", 12.5)
    c.drawCentredString(60 * mm, cw.top - 5 * mm, "BỘ NỘI VỤ")
    c.line(52 * mm, cw.top - 7 * mm, 68 * mm, cw.top - 7 * mm)
    c.drawCentredString(135 * mm, cw.top - 5 * mm, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c.setFont("Roboto-Bold", 13)
    c.drawCentredString(135 * mm, cw.top - 11 * mm, "Độc lập - Tự do - Hạnh phúc")
    c.line(112 * mm, cw.top - 13 * mm, 158 * mm, cw.top - 13 * mm)
    c.setFont("Roboto", 12.5)
    c.drawCentredString(60 * mm, cw.top - 14 * mm, "Số: 1875/KH-BNV")
    c.setFont("Roboto-Italic", 12.5)
    c.drawCentredString(135 * mm, cw.top - 20 * mm, "Hà Nội, ngày 16 tháng 4 năm 2025")
    cw.y = cw.top - 32 * mm
    cw.para("KẾ HOẠCH", font="Roboto-Bold", size=14, indent=0, align="center")
    for line in ("Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ",
                 "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em",
                 "của Liên hợp quốc thuộc phạm vi quản lý nhà nước của Bộ Nội vụ"):
        cw.para(line, font="Roboto-Bold", size=12.5, indent=0, align="center", after=0)
    cw.y -= 10
    for kind, text in Q03_PREAMBLE:
        font = {"i": "Roboto-Italic", "p": "Roboto", "b": "Roboto-Bold"}[kind]
        cw.para(text, font=font)
    # signature block
    cw.ensure(150)
    y0 = cw.y - 16
    c.setFont("Roboto-BoldItalic", 11)
    c.drawString(cw.left, y0, Q03_NOI_NHAN[0])
    c.setFont("Roboto", 10)
    for i, line in enumerate(Q03_NOI_NHAN[1:]):
        c.drawString(cw.left, y0 - 13 * (i + 1), line)
    c.setFont("Roboto-Bold", 12.5)
    c.drawCentredString(145 * mm, y0, "KT. BỘ TRƯỞNG")
    c.drawCentredString(145 * mm, y0 - 16, "THỨ TRƯỞNG")
    c.drawCentredString(145 * mm, y0 - 100, "Đỗ Minh Khoa")
    cw.new_page()
    cw.para("Phụ lục", font="Roboto-Bold", size=13, indent=0, align="center", after=0)
    cw.para("NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM", font="Roboto-Bold", size=12,
            indent=0, align="center", after=0)
    cw.para("CỦA LIÊN HỢP QUỐC", font="Roboto-Bold", size=12, indent=0, align="center", after=0)
    cw.para("(Kèm theo Kế hoạch số 1875/KH-BNV ngày 16 tháng 4 năm 2025 của Bộ Nội vụ)", font="Roboto-Italic",
            size=11.5, indent=0, align="center", after=118)
    widths = [9 * mm, 58 * mm, 28 * mm, 33 * mm, 20 * mm, 22 * mm]
    cw.table(["TT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"], Q03_ROWS, widths)
    cw.save()


# ---------------------------------------------------------------------------
# q10  Lào Cai  (L8, .docx)
# ---------------------------------------------------------------------------

Q10_ROWS = [
    ("I", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"),
    ("1", "Rà soát, đề xuất điều chỉnh các chính sách đặc thù của tỉnh hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ "
          "em dân tộc thiểu số, bảo đảm thống nhất trên địa bàn tỉnh sau sắp xếp.",
     "Sở Y tế", "Sở Tài chính; Sở Tư pháp; Sở Dân tộc và Tôn giáo", "Năm 2026", ""),
    ("2", "Tham mưu ban hành Quy chế phối hợp liên ngành trong công tác bảo vệ trẻ em trên địa bàn tỉnh.",
     "Sở Y tế", "Công an tỉnh; Sở Giáo dục và Đào tạo; Tòa án nhân dân tỉnh", "Quý IV/2025",
     "Quyết định của UBND tỉnh"),
    ("II", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI"),
    ("3", "Truyền thông về quyền trẻ em bằng tiếng Mông, tiếng Dao, tiếng Tày trên Báo và Phát thanh, Truyền "
          "hình Lào Cai và hệ thống thông tin cơ sở.",
     ["Sở Văn hóa, Thể thao", "và Du lịch"], "Báo và Phát thanh, Truyền hình Lào Cai; Sở Dân tộc và Tôn giáo",
     "Thường xuyên", ""),
    ("4", "Tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống tại các xã vùng cao, vùng đồng bào dân "
          "tộc thiểu số.",
     "Sở Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã, phường", "Hằng năm", ""),
    ("5", "Giáo dục kỹ năng sống, kỹ năng tự bảo vệ cho học sinh các trường phổ thông dân tộc nội trú, phổ "
          "thông dân tộc bán trú.",
     "Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "Năm học 2025 - 2026 và các năm tiếp theo", ""),
    ("III", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH"),
    ("6", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức Phòng Văn hóa - Xã hội các xã, phường sau khi tổ chức "
          "chính quyền địa phương hai cấp.",
     "Sở Y tế", "Sở Nội vụ", "Quý IV/2025", "Ưu tiên các xã vùng cao"),
    ("IV", "PHÁT TRIỂN DỊCH VỤ BẢO VỆ, CHĂM SÓC, GIÁO DỤC TRẺ EM"),
    ("7", "Phòng, chống mua bán trẻ em qua biên giới; tiếp nhận, xác minh, hỗ trợ trẻ em bị mua bán trở về.",
     "Bộ đội Biên phòng tỉnh; Công an tỉnh", "Sở Y tế; UBND các xã biên giới", "Thường xuyên", ""),
    ("8", "Nâng cao chất lượng chăm sóc dinh dưỡng, phòng, chống suy dinh dưỡng thấp còi ở trẻ em dưới 5 tuổi "
          "vùng đồng bào dân tộc thiểu số.",
     "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã, phường", "2025 - 2030", ""),
    ("9", "Phòng, chống xâm hại trẻ em trên môi trường mạng; bảo vệ dữ liệu cá nhân của trẻ em.",
     "Sở Khoa học và Công nghệ", "Công an tỉnh; Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên", ""),
    ("V", "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU VỀ TRẺ EM"),
    ("10", "Kiểm tra liên ngành việc thực hiện pháp luật, chính sách về trẻ em tại các xã, phường.",
     "Sở Y tế", "Các sở, ban, ngành có liên quan", "Hằng năm", ""),
    ("11", "Xây dựng, cập nhật cơ sở dữ liệu về trẻ em, kết nối với Cơ sở dữ liệu quốc gia về dân cư.",
     "Công an tỉnh", "Sở Y tế; UBND các xã, phường", "Trước ngày 31/12/2025", ""),
    ("VI", "KINH PHÍ VÀ HỢP TÁC QUỐC TẾ"),
    ("12", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
     "Sở Tài chính", "Sở Y tế", "Hằng năm", ""),
    ("13", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài hỗ trợ các chương trình, dự án vì "
           "trẻ em vùng cao, biên giới.",
     "Sở Ngoại vụ", "Sở Y tế; Sở Tài chính", "2025 - 2030", ""),
]

Q10_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tiếp tục triển khai đồng bộ, hiệu quả các khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
          "trên địa bàn tỉnh sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp."),
    ("p", "2. Phân công cụ thể, rõ trách nhiệm của các sở, ban, ngành và Ủy ban nhân dân các xã, phường; ưu tiên "
          "các nhiệm vụ bảo vệ trẻ em vùng cao, vùng biên giới, trẻ em dân tộc thiểu số."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("p", "1. Hoàn thiện cơ chế, chính sách của tỉnh về trẻ em sau sắp xếp đơn vị hành chính, bảo đảm không để "
          "trẻ em nào bị bỏ lại phía sau."),
    ("p", "2. Đổi mới nội dung, hình thức truyền thông về quyền trẻ em phù hợp với đặc điểm văn hóa, ngôn ngữ của "
          "đồng bào các dân tộc thiểu số."),
    ("p", "3. Nâng cao năng lực đội ngũ làm công tác trẻ em ở cấp xã sau khi tổ chức chính quyền địa phương hai "
          "cấp; tăng cường phối hợp liên ngành."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo vệ, chăm sóc, giáo dục trẻ em, ưu tiên trẻ em vùng cao, biên giới."),
    ("p", "5. Kiểm tra, giám sát việc thực hiện quyền trẻ em; hoàn thiện cơ sở dữ liệu về trẻ em kết nối với Cơ "
          "sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Bố trí kinh phí và tăng cường hợp tác quốc tế, huy động nguồn lực cho trẻ em."),
    ("i", "(Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp, lồng ghép trong Chương trình "
          "mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các chương "
          "trình, đề án khác; nguồn tài trợ, viện trợ và các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("pb", "1. Sở Y tế", "Chủ trì, phối hợp với các sở, ban, ngành và Ủy ban nhân dân các xã, phường hướng dẫn, "
                        "theo dõi, đôn đốc thực hiện Kế hoạch; định kỳ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và "
                        "Bộ Y tế theo quy định."),
    ("pb", "2. Các sở, ban, ngành tỉnh", "Căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động xây dựng kế hoạch "
                                        "hoặc lồng ghép vào chương trình công tác năm để tổ chức thực hiện."),
    ("pb", "3. Ủy ban nhân dân các xã, phường", "Xây dựng kế hoạch thực hiện trên địa bàn; bố trí công chức theo "
                                               "dõi công tác trẻ em; báo cáo kết quả thực hiện 6 tháng (trước ngày "
                                               "05/6) và năm (trước ngày 05/12) về Sở Y tế."),
    ("pb", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Chủ trì, phối hợp với các tổ chức thành viên "
                                                             "tuyên truyền, vận động và giám sát việc thực hiện "
                                                             "Kế hoạch."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở "
          "Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]

FIXED_DT = (2025, 9, 23, 8, 0, 0)


def normalise_zip(path, date_time, core_dt_iso):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, blob in items:
            if name == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % core_dt_iso,
                              text)
                text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              r"\g<1>%s\g<2>" % core_dt_iso, text)
                blob = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, blob)
    with open(path, "wb") as fh:
        fh.write(out.getvalue())


def build_q10(path):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def para(text="", bold=False, italic=False, align=None, indent=True, size=None):
        p = d.add_paragraph()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and align != "c":
            p.paragraph_format.first_line_indent = Cm(1)
        if text:
            r = p.add_run(text)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        return p

    head = d.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = [
        ("ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI", True, False),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", True, False),
        ("Số: 312/KH-UBND", False, False),
        ("Lào Cai, ngày 23 tháng 9 năm 2025", False, True),
    ]
    for cell, (text, b, i) in zip([head.cell(0, 0), head.cell(0, 1), head.cell(1, 0), head.cell(1, 1)], cells):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines = text.split("\n")
        for k, line in enumerate(lines):
            r = p.add_run(line)
            r.bold, r.italic = b, i
            r.font.size = Pt(12.5)
            if k < len(lines) - 1:
                r.add_break()
    para()
    para("KẾ HOẠCH", bold=True, align="c", size=14)
    para("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Lào Cai giai "
         "đoạn 2025 - 2030", bold=True, align="c")
    para()
    for t in (
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
        "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
        "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
        "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
    ):
        para(t, italic=True, align="j")
    para("Sau khi sắp xếp đơn vị hành chính cấp tỉnh theo Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 "
         "của Quốc hội và tổ chức chính quyền địa phương hai cấp, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực "
         "hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh (thay thế Kế hoạch số "
         "58/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh Lào Cai), cụ thể như sau:", align="j")
    for item in Q10_BODY:
        kind = item[0]
        if kind == "h":
            para(item[1], bold=True, align="j")
        elif kind == "p":
            para(item[1], align="j")
        elif kind == "i":
            para(item[1], italic=True, align="j")
        elif kind == "pb":
            p = para(align="j")
            r = p.add_run(item[1] + ": ")
            r.bold = True
            p.add_run(item[2])
    sig = d.add_table(rows=1, cols=2)
    left = sig.cell(0, 0).paragraphs[0]
    r = left.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for line in ("- Bộ Y tế (Cục Bà mẹ và Trẻ em);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
                 "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;",
                 "- Lưu: VT, VX3."):
        p = sig.cell(0, 0).add_paragraph()
        rr = p.add_run(line)
        rr.font.size = Pt(11)
    right = sig.cell(0, 1).paragraphs[0]
    right.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, line in enumerate(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hoàng Văn Sính")):
        rr = right.add_run(line)
        rr.bold = True
        if k < 6:
            rr.add_break()

    # appendix in a landscape section
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(1.5), Cm(1.5)
    para("PHỤ LỤC", bold=True, align="c")
    para("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC", bold=True,
         align="c")
    para("(Kèm theo Kế hoạch số 312/KH-UBND ngày 23/9/2025 của UBND tỉnh Lào Cai)", italic=True, align="c")
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"]
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    widths = [Cm(1.2), Cm(10.5), Cm(4.0), Cm(5.5), Cm(3.2), Cm(2.3)]
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.width = widths[i]
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(h)
        rr.bold = True
        rr.font.size = Pt(11)
    for row in Q10_ROWS:
        cells = t.add_row().cells
        for i, c in enumerate(cells):
            c.width = widths[i]
        if len(row) == 2:
            p = cells[0].paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            rr = p.add_run(row[0])
            rr.bold = True
            rr.font.size = Pt(11)
            merged = cells[1].merge(cells[len(header) - 1])
            rr = merged.paragraphs[0].add_run(row[1])
            rr.bold = True
            rr.font.size = Pt(11)
            continue
        for i, val in enumerate(row):
            parts = val if isinstance(val, list) else [val]
            for k, part in enumerate(parts):
                p = cells[i].paragraphs[0] if k == 0 else cells[i].add_paragraph()
                if i == 0:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                if part:
                    rr = p.add_run(part)
                    rr.font.size = Pt(11)
    cp = d.core_properties
    dt = datetime.datetime(2025, 9, 23, 8, 0, 0)
    cp.author = "VP UBND tinh"
    cp.last_modified_by = "VP UBND tinh"
    cp.created = dt
    cp.modified = dt
    cp.revision = 3
    cp.title = ""
    d.save(path)
    normalise_zip(path, FIXED_DT, "2025-09-23T08:00:00Z")


# ---------------------------------------------------------------------------
# q11  Văn Bàn  (L9, ruled PDF kept as .pdf)
# ---------------------------------------------------------------------------

Q11_ROWS = [
    ("I. TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI",),
    ("1", "Tuyên truyền về quyền trẻ em, phòng, chống xâm hại trẻ em bằng tiếng Kinh, tiếng Mông, tiếng Dao trên "
          "hệ thống loa truyền thanh các xã, thị trấn.",
     "Trung tâm Văn hóa - Thể thao và Truyền thông huyện",
     "Phòng Văn hóa, Khoa học và Thông tin; UBND các xã, thị trấn", "Thường xuyên"),
    ("2", "Tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em huyện năm 2025.",
     "Phòng Y tế", "Huyện đoàn Văn Bàn; Phòng Giáo dục và Đào tạo", "Tháng 6/2025"),
    ("II. NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH",),
    ("1", "Tập huấn kỹ năng bảo vệ trẻ em cho công chức văn hóa - xã hội xã, cộng tác viên thôn, bản.",
     "Phòng Y tế", "Phòng Nội vụ; UBND các xã, thị trấn", "Quý III/2025"),
    ("2", "Vận động trẻ em trong độ tuổi đến trường, hạn chế học sinh bỏ học; duy trì lớp học tiếng dân tộc cho "
          "giáo viên vùng cao.",
     "Phòng Giáo dục và Đào tạo", "UBND các xã, thị trấn", "Năm học 2025 - 2026"),
    ("3", "Phòng, chống tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
     "Phòng Dân tộc và Tôn giáo", "Phòng Tư pháp; Hội Liên hiệp Phụ nữ huyện", "Hằng năm"),
    ("III. PHÁT TRIỂN DỊCH VỤ BẢO VỆ, CHĂM SÓC TRẺ EM",),
    ("1", "Khám sức khỏe, tiêm chủng mở rộng; phòng, chống suy dinh dưỡng cho trẻ em dưới 5 tuổi.",
     "Trung tâm Y tế huyện", "Phòng Y tế; UBND các xã, thị trấn", "Hằng năm"),
    ("2", "Rà soát, hỗ trợ trẻ em có hoàn cảnh đặc biệt; thực hiện chính sách trợ giúp xã hội đối với trẻ em.",
     "Phòng Y tế", "UBND các xã, thị trấn; Ủy ban MTTQ Việt Nam huyện", "Thường xuyên"),
    ("3", "Phòng ngừa, phát hiện, xử lý hành vi xâm hại, mua bán trẻ em.",
     "Công an huyện", "Viện Kiểm sát nhân dân huyện; Tòa án nhân dân huyện", "Thường xuyên"),
    ("IV. KIỂM TRA, GIÁM SÁT; DỮ LIỆU VỀ TRẺ EM",),
    ("1", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các xã, thị trấn.",
     "Phòng Y tế; Phòng Tư pháp", "Công an huyện", "Quý IV/2025"),
    ("2", "Cập nhật dữ liệu trẻ em trên hệ thống cơ sở dữ liệu về trẻ em.",
     "UBND các xã, thị trấn", "Phòng Y tế; Công an huyện", "Trước ngày 10/12/2025"),
    ("V. KINH PHÍ",),
    ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng năm.",
     "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm"),
]

Q11_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Cụ thể hóa các nhiệm vụ được giao tại Kế hoạch số 58/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh "
          "phù hợp với điều kiện của huyện vùng cao có đông đồng bào dân tộc thiểu số."),
    ("p", "- Phân công rõ trách nhiệm của các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn; bảo đảm thực hiện "
          "kịp thời, hiệu quả."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("hb", "1. Nhiệm vụ, giải pháp chung"),
    ("p", "1.1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bảo vệ, chăm sóc "
          "và giáo dục trẻ em; đưa mục tiêu, chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội hằng năm."),
    ("p", "1.2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em bằng nhiều hình thức phù hợp với "
          "đồng bào các dân tộc trên địa bàn huyện."),
    ("p", "1.3. Nâng cao năng lực cho đội ngũ cán bộ, công chức, cộng tác viên làm công tác trẻ em ở thôn, bản; "
          "phát triển các dịch vụ bảo vệ trẻ em tại cộng đồng."),
    ("p", "1.4. Tăng cường kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em trên "
          "địa bàn huyện."),
    ("hb", "2. Nhiệm vụ, giải pháp cụ thể: Có Phụ lục phân công nhiệm vụ kèm theo."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Từ nguồn ngân sách huyện bố trí trong dự toán hằng năm của các cơ quan, đơn vị; lồng ghép các chương "
          "trình mục tiêu quốc gia và huy động các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "<b>1. Phòng Y tế:</b> Chủ trì, phối hợp với các cơ quan, đơn vị, UBND các xã, thị trấn theo dõi, đôn "
          "đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp báo cáo UBND huyện, Sở Y tế theo quy định."),
    ("p", "<b>2. Các cơ quan, đơn vị:</b> Căn cứ nhiệm vụ được giao tổ chức thực hiện; báo cáo kết quả định kỳ 6 "
          "tháng (trước ngày 01/6) và năm (trước ngày 01/12) về UBND huyện (qua Phòng Y tế)."),
    ("p", "<b>3. UBND các xã, thị trấn:</b> Xây dựng kế hoạch triển khai tại địa phương; phân công công chức theo "
          "dõi, cập nhật thông tin trẻ em."),
    ("p", "<b>4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện</b> phối hợp tuyên "
          "truyền, vận động và giám sát việc thực hiện Kế hoạch./."),
]


def build_q11(path):
    body = ParagraphStyle("b", fontName="Roboto", fontSize=12, leading=16, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=3)
    h = ParagraphStyle("h", parent=body, fontName="Roboto-Bold")
    center = ParagraphStyle("c", fontName="Roboto", fontSize=12, leading=15, alignment=TA_CENTER)
    centerb = ParagraphStyle("cb", parent=center, fontName="Roboto-Bold")
    centeri = ParagraphStyle("ci", parent=center, fontName="Roboto-Italic")
    small = ParagraphStyle("s", fontName="Roboto", fontSize=10, leading=12)
    cell = ParagraphStyle("cell", fontName="Roboto", fontSize=10.5, leading=13)
    cellc = ParagraphStyle("cellc", parent=cell, alignment=TA_CENTER)
    cellb = ParagraphStyle("cellb", parent=cell, fontName="Roboto-Bold")
    cellbc = ParagraphStyle("cellbc", parent=cellb, alignment=TA_CENTER)

    story = []
    head = Table(
        [
            [Paragraph("ỦY BAN NHÂN DÂN<br/><b>HUYỆN VĂN BÀN</b>", center),
             Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>", center)],
            [Paragraph("Số: 47/KH-UBND", center), Paragraph("<i>Văn Bàn, ngày 21 tháng 3 năm 2025</i>", center)],
        ],
        colWidths=[6 * cm, 10 * cm],
    )
    story += [head, Spacer(1, 14), Paragraph("KẾ HOẠCH", centerb),
              Paragraph("Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
                        "bàn huyện Văn Bàn", centerb), Spacer(1, 10)]
    story.append(Paragraph(esc(
        "Căn cứ Kế hoạch số 58/KH-UBND ngày 14/02/2025 của Ủy ban nhân dân tỉnh Lào Cai về thực hiện Quyết định "
        "số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban "
        "về quyền trẻ em của Liên hợp quốc; Ủy ban nhân dân huyện Văn Bàn ban hành Kế hoạch triển khai thực hiện "
        "như sau:"), body))
    for kind, text in Q11_BODY:
        if kind == "h":
            story.append(Paragraph(esc(text), h))
        elif kind == "hb":
            story.append(Paragraph("<b>%s</b>" % esc(text), body))
        else:
            story.append(Paragraph(text if "<b>" in text else esc(text), body))
    story.append(Spacer(1, 8))
    sig = Table(
        [[Paragraph("<b><i>Nơi nhận:</i></b><br/>- UBND tỉnh Lào Cai (b/c);<br/>- Sở Y tế tỉnh;<br/>- TT Huyện "
                    "ủy, TT HĐND huyện;<br/>- CT, các PCT UBND huyện;<br/>- Các cơ quan, đơn vị;<br/>- UBND các "
                    "xã, thị trấn;<br/>- Lưu: VT.", small),
          Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/>"
                    "<b>Hà Văn Thắm</b>", center)]],
        colWidths=[7.5 * cm, 8.5 * cm],
    )
    sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)
    story.append(PageBreak())
    story += [Paragraph("PHỤ LỤC", centerb), Paragraph("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", centerb),
              Paragraph("(Kèm theo Kế hoạch số 47/KH-UBND ngày 21/3/2025 của UBND huyện Văn Bàn)", centeri),
              Spacer(1, 8)]
    data = [[Paragraph(x, cellbc) for x in ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                                             "Thời gian thực hiện")]]
    style = [("GRID", (0, 0), (-1, -1), 0.6, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for row in Q11_ROWS:
        r = len(data)
        if len(row) == 1:
            data.append([Paragraph(esc(row[0]), cellb), "", "", "", ""])
            style.append(("SPAN", (0, r), (4, r)))
            style.append(("BACKGROUND", (0, r), (4, r), colors.Color(0.93, 0.93, 0.93)))
        else:
            num, task, lead, coop, time = row
            data.append([Paragraph(num, cellc), Paragraph(esc(task), cell), Paragraph(esc(lead), cell),
                         Paragraph(esc(coop), cell), Paragraph(esc(time), cellc)])
    tbl = Table(data, colWidths=[1.25 * cm, 5.95 * cm, 3.2 * cm, 3.6 * cm, 2.5 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)

    def pagenum(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 10)
        canv.drawRightString(A4[0] - 1.5 * cm, A4[1] - 1.1 * cm, str(doc.page))
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=3 * cm, rightMargin=1.5 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="", author="")
    doc.build(story, onLaterPages=pagenum)


# ---------------------------------------------------------------------------
# q12  Cà Mau  (L10, .xlsx task sheet)
# ---------------------------------------------------------------------------

Q12_META = [
    ("Số", "186/KH-UBND"),
    ("Ngày", "15/08/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
                  "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh "
                  "Cà Mau"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Cà Mau"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Cà Mau"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp "
               "tỉnh"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Tô Thanh Bình"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Sở Y tế"),
    ("Người nhập liệu", "Văn phòng UBND tỉnh - Phòng KGVX"),
]

Q12_ROWS = [
    ("A", "HOÀN THIỆN CHÍNH SÁCH VÀ TRUYỀN THÔNG"),
    ("1", "Rà soát, thống nhất các chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt trên địa bàn tỉnh sau hợp "
          "nhất đơn vị hành chính.",
     "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Quý IV/2025", ""),
    ("2", "Tuyên truyền Luật Trẻ em, Quyết định số 27/QĐ-TTg trên Báo và Phát thanh, Truyền hình Cà Mau và hệ "
          "thống thông tin cơ sở.",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Cà Mau", "Thường xuyên", ""),
    ("3", "Truyền thông phòng, chống đuối nước cho trẻ em vùng sông nước, ven biển; tổ chức dạy bơi an toàn.",
     "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao\nvà Du lịch; Tỉnh đoàn", "Tháng 5 - tháng 8 hằng năm", ""),
    ("B", "NÂNG CAO NĂNG LỰC VÀ PHỐI HỢP LIÊN NGÀNH"),
    ("1", "Tập huấn cho công chức Phòng Văn hóa - Xã hội các xã, phường về quản lý trường hợp bảo vệ trẻ em.",
     "Sở Y tế", "Sở Nội vụ", "Năm 2025", "Ưu tiên xã ven biển"),
    ("2", "Duy trì kết nối, tiếp nhận, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.",
     "Sở Y tế", "Công an tỉnh; Viễn thông Cà Mau", "Thường xuyên", ""),
    ("3", "Xây dựng quy trình phối hợp tiếp nhận, điều tra các vụ việc xâm hại trẻ em bảo đảm thân thiện với "
          "trẻ em.",
     "Công an tỉnh", "Viện kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2026", ""),
    ("C", "PHÁT TRIỂN DỊCH VỤ BẢO ĐẢM QUYỀN TRẺ EM"),
    ("1", "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em mồ côi, trẻ em không nơi nương "
          "tựa.",
     "Sở Y tế", "UBND các xã, phường", "Thường xuyên hằng năm", ""),
    ("2", "Bảo đảm giáo dục hòa nhập cho trẻ em khuyết tật; giảm tỷ lệ học sinh bỏ học ở các xã vùng sâu.",
     "Sở Giáo dục và Đào tạo", "Sở Y tế; UBND các xã, phường", "Năm học 2025 - 2026", ""),
    ("3", "Giảm thiểu tình trạng tảo hôn trong vùng đồng bào Khmer.",
     "Sở Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm", ""),
    ("4", "Giảm thiểu tác động của biến đổi khí hậu, xâm nhập mặn đến sức khỏe trẻ em; bảo đảm nước sạch tại "
          "trường học.",
     "Sở Nông nghiệp và Môi trường", "Sở Y tế; UBND các xã, phường", "2025 - 2030", ""),
    ("D", "KIỂM TRA, THANH TRA VÀ CƠ SỞ DỮ LIỆU"),
    ("1", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về quyền trẻ em.",
     "Thanh tra tỉnh; Sở Y tế", "Các sở, ban, ngành liên quan", "Theo kế hoạch thanh tra hằng năm", ""),
    ("2", "Kết nối cơ sở dữ liệu về trẻ em với Cơ sở dữ liệu quốc gia về dân cư.",
     "Công an tỉnh", "Sở Y tế; Sở Khoa học và Công nghệ", "Quý II/2026", ""),
    ("E", "KINH PHÍ VÀ HỢP TÁC QUỐC TẾ"),
    ("1", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
     "Sở Tài chính", "Sở Y tế", "Hằng năm", ""),
    ("2", "Vận động tài trợ của các tổ chức quốc tế cho các dự án vì trẻ em.",
     "Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế", "Khi có yêu cầu", ""),
]


def build_q12(path):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in Q12_META:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for cellrow in ws.iter_rows(min_row=1, max_row=1):
        for cll in cellrow:
            cll.font = Font(bold=True)
    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"])
    for row in Q12_ROWS:
        if len(row) == 2:
            ws2.append([row[0], row[1], None, None, None, None])
            for cll in ws2[ws2.max_row]:
                cll.font = Font(bold=True)
        else:
            ws2.append([int(row[0]), row[1], row[2], row[3], row[4], row[5] or None])
            for cll in ws2[ws2.max_row]:
                cll.alignment = Alignment(wrap_text=True, vertical="top")
    for col, wdt in zip("ABCDEF", (6, 70, 28, 34, 22, 18)):
        ws2.column_dimensions[col].width = wdt
    dt = datetime.datetime(2025, 8, 15, 9, 0, 0)
    wb.properties.creator = "VP UBND"
    wb.properties.lastModifiedBy = "VP UBND"
    wb.properties.created = dt
    wb.properties.modified = dt
    wb.save(path)
    normalise_zip(path, (2025, 8, 15, 9, 0, 0), "2025-08-15T09:00:00Z")


# ---------------------------------------------------------------------------
# q13  Ba Ngòi  (L10, .csv task sheet)
# ---------------------------------------------------------------------------

Q13_META = [
    ("Số", ""),
    ("Ngày", "09/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn phường Ba "
                  "Ngòi năm 2025 - 2026"),
    ("Cơ quan ban hành", "Ủy ban nhân dân phường Ba Ngòi"),
    ("Cấp", "xã"),
    ("Địa bàn", "Ba Ngòi"),
    ("Thuộc tỉnh", "Khánh Hòa"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 5127/KH-UBND ngày 09/5/2025 của Ủy ban nhân dân tỉnh Khánh Hòa"),
    ("Triển khai", "Kế hoạch số 5127/KH-UBND ngày 09/5/2025 của Ủy ban nhân dân tỉnh Khánh Hòa"),
    ("Người ký", "Nguyễn Thị Kim Yến"),
    ("Chức vụ người ký", "Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
]

Q13_ROWS = [
    ("I", "Tuyên truyền, giáo dục"),
    ("1", "Tuyên truyền về quyền trẻ em trên hệ thống loa truyền thanh và trang thông tin điện tử phường.",
     "Phòng Văn hóa - Xã hội", "Các tổ dân phố", "Thường xuyên"),
    ("2", "Tổ chức các hoạt động hè, sân chơi cho trẻ em tại khu dân cư.",
     "Đoàn Thanh niên phường", "Phòng Văn hóa - Xã hội; Hội Liên hiệp Phụ nữ phường", "Tháng 6 - tháng 8/2026"),
    ("3", "Tuyên truyền, hướng dẫn kỹ năng phòng, chống đuối nước cho trẻ em vùng ven biển, ven đầm Thủy Triều.",
     "Phòng Văn hóa - Xã hội", "Ban Chỉ huy quân sự phường; Các trường học trên địa bàn phường",
     "Tháng 5 hằng năm"),
    ("II", "Chăm sóc, bảo vệ trẻ em"),
    ("1", "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt.",
     "Phòng Văn hóa - Xã hội", "Các tổ dân phố; Công an phường", "Quý IV/2025"),
    ("2", "Tiêm chủng, khám sức khỏe định kỳ cho trẻ em dưới 6 tuổi.",
     "Trạm Y tế phường Ba Ngòi", "Các trường mầm non trên địa bàn phường", "Hằng năm"),
    ("3", "Phòng ngừa, phát hiện, xử lý các vụ việc xâm hại trẻ em.",
     "Công an phường", "Phòng Văn hóa - Xã hội", "Thường xuyên"),
    ("4", "Đăng ký khai sinh cho trẻ em đúng hạn; hỗ trợ trẻ em chưa có giấy khai sinh.",
     "Trung tâm Phục vụ hành chính công phường", "Công an phường; Các tổ dân phố", "Trước ngày 31/12/2025"),
    ("III", "Kiểm tra, giám sát, kinh phí"),
    ("1", "Kiểm tra việc thực hiện chính sách đối với trẻ em tại các tổ dân phố.",
     "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội", "6 tháng cuối năm 2025"),
    ("2", "Cập nhật cơ sở dữ liệu về trẻ em, bảo đảm đầy đủ, chính xác.",
     "Phòng Văn hóa - Xã hội", "Công an phường", "Trước ngày 15 tháng 12 hằng năm"),
    ("3", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường.",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Văn phòng HĐND và UBND phường", "Hằng năm"),
]


def build_q13(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in Q13_META:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
    for row in Q13_ROWS:
        if len(row) == 2:
            w.writerow([row[0], row[1], "", "", ""])
        else:
            w.writerow(list(row))
    with open(path, "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


# ---------------------------------------------------------------------------

def main():
    tmp = tempfile.mkdtemp(prefix="heldout7_")
    try:
        for name, builder in (("q01_binh_dinh", build_q01), ("q02_cam_ranh", build_q02),
                              ("q03_bo_noi_vu", build_q03)):
            pdf = os.path.join(tmp, name + ".pdf")
            builder(pdf)
            extract_pdf_text(pdf, os.path.join(HERE, name + ".txt"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    build_q10(os.path.join(HERE, "q10_lao_cai.docx"))
    build_q11(os.path.join(HERE, "q11_van_ban.pdf"))
    build_q12(os.path.join(HERE, "q12_ca_mau.xlsx"))
    build_q13(os.path.join(HERE, "q13_ba_ngoi.csv"))
    print("generated 7 files in", HERE)


if __name__ == "__main__":
    main()
