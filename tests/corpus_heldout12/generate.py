"""Generator for the heldout12 corpus (deterministic).

Run with /work/main/.venv/bin/python tests/heldout12/generate.py
It rewrites every generated, extracted or binary document of this corpus in the
directory of this file.  The Markdown documents (L2-L7, L11) are hand-written and
are not touched.  The L1 documents are built as PDFs in memory with reportlab and
only the text extracted by pdfminer is kept (<name>.txt).
"""
import csv
import io
import os
import re
import zipfile

from reportlab import rl_config

rl_config.invariant = 1  # no timestamps / random ids in the PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
    Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

import font_roboto  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# ---------------------------------------------------------------- helpers


def _register_fonts():
    for name, fn in [("Roboto", "Roboto-Regular.ttf"), ("Roboto-Bold", "Roboto-Bold.ttf"),
                     ("Roboto-Italic", "Roboto-Italic.ttf"),
                     ("Roboto-BoldItalic", "Roboto-BoldItalic.ttf")]:
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    pdfmetrics.registerFontFamily("Roboto", normal="Roboto", bold="Roboto-Bold",
                                  italic="Roboto-Italic", boldItalic="Roboto-BoldItalic")


_register_fonts()


def out(name):
    return os.path.join(HERE, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def pdf_text(pdf_bytes):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(pdf_bytes))


def normalise_zip(path, core_date="2025-01-01T00:00:00Z"):
    """Rewrite a zip (docx/xlsx) with fixed member timestamps and core dates."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             lambda m: m.group(1) + core_date + m.group(2), txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             lambda m: m.group(1) + core_date + m.group(2), txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def pstyle(name, size=11, leading=None, align=TA_JUSTIFY, font="Roboto", **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or size * 1.3, alignment=align, **kw)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ====================================================================
# L1a  tỉnh Hòa Bình, 58/KH-UBND, 14/3/2025
#   platypus Table of Paragraph cells, portrait, header row repeated on
#   every page, page number at the top centre, two-column header block.
# ====================================================================

HB_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    ("p", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg ngày 03/01/2025 của "
          "Thủ tướng Chính phủ phù hợp với điều kiện thực tế của tỉnh Hòa Bình; nâng cao nhận thức, "
          "trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong việc bảo đảm thực hiện "
          "quyền trẻ em, nhất là trẻ em vùng đồng bào dân tộc thiểu số và miền núi."),
    ("b", "2. Yêu cầu"),
    ("p", "- Xác định rõ nhiệm vụ, lộ trình và trách nhiệm của cơ quan chủ trì, cơ quan phối hợp; "
          "bảo đảm sự phối hợp chặt chẽ, đồng bộ giữa các sở, ban, ngành, đoàn thể và Ủy ban nhân "
          "dân các huyện, thành phố."),
    ("p", "- Lồng ghép việc thực hiện Kế hoạch với Chương trình hành động vì trẻ em tỉnh Hòa Bình "
          "giai đoạn 2021 - 2030 và các chương trình mục tiêu quốc gia đang triển khai trên địa bàn."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Tiếp tục rà soát, tham gia xây dựng, hoàn thiện pháp luật, chính sách về trẻ em "
          "bảo đảm phù hợp với Công ước của Liên hợp quốc về quyền trẻ em và tình hình thực tế của tỉnh."),
    ("p", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội nâng cao nhận thức, trách nhiệm, "
          "kiến thức và kỹ năng thực hiện quyền trẻ em cho gia đình, nhà trường và cộng đồng."),
    ("p", "3. Nâng cao năng lực đội ngũ cán bộ làm công tác trẻ em các cấp; tăng cường phối hợp "
          "liên ngành, duy trì và nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ em."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề "
          "về trẻ em, ưu tiên trẻ em có hoàn cảnh đặc biệt và trẻ em vùng khó khăn."),
    ("p", "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập nhật cơ sở "
          "dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách "
          "địa phương theo quy định."),
    ("p", "7. Tranh thủ sự hỗ trợ của các tổ chức quốc tế, tổ chức phi chính phủ để bảo đảm thực hiện "
          "quyền trẻ em phù hợp với các chuẩn mực, thông lệ quốc tế."),
    ("i", "(Chi tiết nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục kèm theo)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của các cơ "
          "quan, đơn vị theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình, đề án có "
          "liên quan và huy động từ các nguồn hợp pháp khác (nếu có)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế: Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương "
          "hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân "
          "dân tỉnh và Bộ Y tế trước ngày 25/12 hằng năm."),
    ("p", "2. Sở Tài chính: Căn cứ khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân tỉnh bố trí "
          "kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước."),
    ("p", "3. Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố: Căn cứ nhiệm vụ "
          "được phân công tại Phụ lục kèm theo, xây dựng kế hoạch hoặc lồng ghép vào kế hoạch công tác "
          "để tổ chức thực hiện; định kỳ 6 tháng (trước ngày 20/6) và hằng năm (trước ngày 10/12) báo "
          "cáo kết quả thực hiện về Sở Y tế để tổng hợp."),
    ("p", "4. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh: Phối hợp thực hiện các nội dung "
          "liên quan đến tư pháp thân thiện với trẻ em theo chức năng, nhiệm vụ."),
    ("p", "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: Tham "
          "gia tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương "
          "phản ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]

HB_RECIPIENTS = ["Bộ Y tế (Cục Bà mẹ và Trẻ em);", "TT Tỉnh ủy; TT HĐND tỉnh;",
                 "Chủ tịch, các PCT UBND tỉnh;", "UBMTTQ Việt Nam tỉnh;",
                 "Các sở, ban, ngành, đoàn thể tỉnh;", "TAND tỉnh; VKSND tỉnh;",
                 "UBND các huyện, thành phố;", "Lưu: VT, KGVX (Ng.)."]

# (STT, task, lead, cooperating, timeframe); group rows have lead None
HB_ROWS = [
    ("I", "Rà soát, hoàn thiện pháp luật, chính sách về trẻ em", None, None, None),
    ("1", "Rà soát, đề xuất sửa đổi, bổ sung các chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt, "
          "trẻ em khuyết tật, trẻ em lang thang trên địa bàn tỉnh.",
     "Sở Y tế", "Sở Tư pháp; Sở Tài chính; các sở, ban, ngành liên quan", "Năm 2025 - 2026"),
    ("2", "Tham gia góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự, Luật Xử lý vi phạm hành chính "
          "có nội dung liên quan đến trẻ em khi có đề nghị.",
     "Sở Tư pháp", "Công an tỉnh; Sở Y tế", "Theo đề nghị của Bộ Tư pháp"),
    ("II", "Truyền thông, giáo dục, vận động xã hội", None, None, None),
    ("1", "Tuyên truyền, phổ biến Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em và Quyết "
          "định số 27/QĐ-TTg trên các phương tiện thông tin đại chúng, hệ thống loa truyền thanh cơ sở.",
     "Sở Y tế", "Sở Văn hóa, Thể thao và Du lịch; Báo Hòa Bình; Đài Phát thanh và Truyền hình tỉnh; "
                "UBND các huyện, thành phố", "Thường xuyên"),
    ("2", "Truyền thông bảo đảm mọi trẻ em được đăng ký khai sinh, đăng ký quốc tịch đúng hạn, nhất là "
          "ở các xã vùng cao.",
     "Sở Tư pháp", "Công an tỉnh; UBND các huyện, thành phố", "Hằng năm"),
    ("3", "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng phòng tránh lũ quét, sạt lở "
          "đất vào hoạt động giáo dục của nhà trường.",
     "Sở Giáo dục và Đào tạo", "Sở Nông nghiệp và Môi trường; Tỉnh đoàn", "Năm học 2025 - 2026"),
    ("III", "Nâng cao năng lực; phối hợp liên ngành; mô hình bảo vệ trẻ em", None, None, None),
    ("1", "Tập huấn nâng cao năng lực cho đội ngũ cán bộ làm công tác trẻ em cấp huyện, cấp xã và "
          "cộng tác viên thôn, xóm, tiểu khu.",
     "Sở Y tế", "UBND các huyện, thành phố", "Quý II và Quý III hằng năm"),
    ("2", "Bồi dưỡng kỹ năng điều tra, lấy lời khai thân thiện với trẻ em cho điều tra viên, cán bộ "
          "Công an các cấp.",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"),
    ("3", "Duy trì, nhân rộng mô hình tư vấn tâm lý học đường và mô hình phòng, chống bạo lực, xâm "
          "hại trẻ em tại cộng đồng.",
     "Sở Y tế; Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Giai đoạn 2025 - 2027"),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", None, None, None),
    ("1", "Thực hiện đầy đủ, kịp thời chính sách trợ giúp xã hội đối với trẻ em; hỗ trợ trẻ em mồ côi, "
          "trẻ em bị ảnh hưởng bởi thiên tai.",
     "Sở Y tế", "Sở Tài chính; Sở Nội vụ; UBND các huyện, thành phố", "Thường xuyên hằng năm"),
    ("2", "Phòng, chống suy dinh dưỡng thấp còi; bổ sung vi chất dinh dưỡng, vitamin A cho trẻ em "
          "dưới 5 tuổi.",
     "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thành phố", "Tháng 6 và tháng 12 hằng năm"),
    ("3", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
     "Sở Dân tộc và Tôn giáo", "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện có đông đồng "
                               "bào dân tộc thiểu số", "2025 - 2030"),
    ("4", "Tổ chức các hoạt động vui chơi, giải trí, thể dục, thể thao cho trẻ em trong dịp hè; phòng, "
          "chống đuối nước trẻ em.",
     "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn; UBND các huyện, thành phố", "Tháng 5 - tháng 8 hằng năm"),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", None, None, None),
    ("1", "Kiểm tra liên ngành việc thực hiện chính sách, pháp luật về trẻ em tại một số huyện, thành phố.",
     "Sở Y tế", "các sở, ban, ngành thành viên Ban Chỉ đạo", "Quý IV/2025"),
    ("2", "Cập nhật cơ sở dữ liệu về trẻ em, kết nối, chia sẻ với cơ sở dữ liệu quốc gia về dân cư.",
     "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ", "Trước ngày 31/12/2025"),
    ("VI", "Bố trí kinh phí thực hiện quyền trẻ em", None, None, None),
    ("1", "Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch trong dự toán ngân sách địa phương.",
     "Sở Tài chính", "Sở Y tế; các cơ quan, đơn vị liên quan", "Hằng năm, khi xây dựng dự toán"),
    ("VII", "Hợp tác quốc tế", None, None, None),
    ("1", "Vận động nguồn lực từ các tổ chức quốc tế, tổ chức phi chính phủ hỗ trợ các dự án vì trẻ em.",
     "Sở Y tế", "Văn phòng UBND tỉnh; Sở Tài chính", "Khi có chương trình, dự án"),
]


def build_l1a():
    st_c = pstyle("c", 11, align=TA_CENTER)
    st_cb = pstyle("cb", 11, align=TA_CENTER, font="Roboto-Bold")
    st_p = pstyle("p", 11, spaceAfter=4, firstLineIndent=0.8 * cm)
    st_h = pstyle("h", 11, font="Roboto-Bold", spaceBefore=6, spaceAfter=3)
    st_i = pstyle("i", 11, font="Roboto-Italic", align=TA_CENTER, spaceAfter=4)
    st_cell = pstyle("cell", 9, leading=11, align=TA_LEFT)
    st_cellb = pstyle("cellb", 9, leading=11, align=TA_LEFT, font="Roboto-Bold")
    st_cellc = pstyle("cellc", 9, leading=11, align=TA_CENTER)

    story = []
    head = Table([
        [Paragraph("ỦY BAN NHÂN DÂN<br/><b>TỈNH HÒA BÌNH</b>", st_c),
         Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>", st_c)],
        [Paragraph("Số: 58/KH-UBND", st_c),
         Paragraph("<i>Hòa Bình, ngày 14 tháng 3 năm 2025</i>", st_c)],
    ], colWidths=[6.5 * cm, 10.5 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    story += [head, Spacer(1, 14)]
    story.append(Paragraph("KẾ HOẠCH", st_cb))
    story.append(Paragraph(
        "<b>Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
        "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
        "trên địa bàn tỉnh Hòa Bình</b>", st_c))
    story.append(Spacer(1, 10))
    for t in ["Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;",
              "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
              "Theo đề nghị của Sở Y tế tại Tờ trình số 35/TTr-SYT ngày 07/3/2025, Ủy ban nhân dân tỉnh "
              "ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:"]:
        story.append(Paragraph(t, st_p))
    for kind, t in HB_BODY:
        story.append(Paragraph(esc(t), {"h": st_h, "b": st_h, "p": st_p, "i": st_i}[kind]))
    rec = "<b><i>Nơi nhận:</i></b><br/>" + "<br/>".join("- " + esc(r) for r in HB_RECIPIENTS)
    sign = ("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/>"
            "<b>Quách Thị Thu Hằng</b>")
    foot = Table([[Paragraph(rec, pstyle("r", 8, leading=10, align=TA_LEFT)), Paragraph(sign, st_c)]],
                 colWidths=[8 * cm, 9 * cm])
    foot.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8), foot, PageBreak()]
    story.append(Paragraph("<b>PHỤ LỤC</b>", st_c))
    story.append(Paragraph("<b>PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                           "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH HÒA BÌNH</b>", st_c))
    story.append(Paragraph("<i>(Kèm theo Kế hoạch số 58/KH-UBND ngày 14/3/2025 của Ủy ban nhân dân "
                           "tỉnh Hòa Bình)</i>", st_c))
    story.append(Spacer(1, 8))
    data = [[Paragraph("<b>%s</b>" % h, st_cellc) for h in
             ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for stt, task, lead, coop, tf in HB_ROWS:
        r = len(data)
        if lead is None:
            data.append([Paragraph("<b>%s</b>" % stt, st_cellc), Paragraph(esc(task), st_cellb), "", "", ""])
            style.append(("SPAN", (1, r), (4, r)))
        else:
            data.append([Paragraph(stt, st_cellc), Paragraph(esc(task), st_cell), Paragraph(esc(lead), st_cell),
                         Paragraph(esc(coop), st_cell), Paragraph(esc(tf), st_cell)])
    tbl = Table(data, colWidths=[1.0 * cm, 6.6 * cm, 2.4 * cm, 4.4 * cm, 2.6 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)

    def on_page(c, doc):
        if doc.page > 1:
            c.setFont("Roboto", 10)
            c.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(doc.page))

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="", author="", subject="")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    write_text("hoabinh_tinh_2025-03.txt", pdf_text(buf.getvalue()))


# ====================================================================
# L1b  huyện Xuyên Mộc (Bà Rịa - Vũng Tàu), 245/KH-UBND, "ngày   tháng 5 năm 2025"
#   landscape A4 throughout; the appendix table holds plain strings that are
#   wrapped by hand ("\n"), column order TT | content | deadline | lead | coop |
#   notes; header row NOT repeated; no page numbers; issuer block stacked above
#   the motto, number and date on one row.
# ====================================================================

XM_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Triển khai kịp thời, đầy đủ các nhiệm vụ được Ủy ban nhân dân tỉnh giao tại Kế hoạch số "
          "112/KH-UBND; xác định rõ trách nhiệm của từng cơ quan, đơn vị và Ủy ban nhân dân các xã, thị "
          "trấn trong việc thực hiện quyền trẻ em trên địa bàn huyện."),
    ("p", "2. Việc triển khai phải thiết thực, tránh hình thức, lồng ghép với Chương trình hành động vì "
          "trẻ em huyện Xuyên Mộc và phong trào xây dựng xã, thị trấn phù hợp với trẻ em."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Tăng cường công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên, gia đình và "
          "cộng đồng về quyền và bổn phận của trẻ em, phòng ngừa xâm hại, bạo lực trẻ em."),
    ("p", "2. Nâng cao năng lực đội ngũ làm công tác trẻ em; phát huy vai trò của Ban Bảo vệ trẻ em xã, "
          "thị trấn và mạng lưới cộng tác viên tại các ấp, khu phố."),
    ("p", "3. Phát triển các dịch vụ bảo vệ, chăm sóc trẻ em tại gia đình, nhà trường và cộng đồng; chú "
          "trọng phòng, chống đuối nước và tai nạn thương tích cho trẻ em vùng ven biển."),
    ("p", "4. Thường xuyên kiểm tra, giám sát việc thực hiện chính sách đối với trẻ em; cập nhật đầy đủ "
          "cơ sở dữ liệu về trẻ em trên địa bàn huyện."),
    ("p", "Nội dung nhiệm vụ cụ thể, thời hạn và đơn vị thực hiện theo Phụ lục đính kèm Kế hoạch này."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện từ nguồn ngân sách huyện bố trí trong dự toán hằng năm của các cơ quan, đơn "
          "vị; nguồn vận động tài trợ của các tổ chức, cá nhân và nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Y tế huyện: Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, đôn đốc, kiểm tra "
          "việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Y tế tỉnh định kỳ 6 "
          "tháng trước ngày 10/6, báo cáo năm trước ngày 10/12."),
    ("p", "2. Phòng Tài chính - Kế hoạch: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân "
          "đối ngân sách huyện."),
    ("p", "3. Các cơ quan, đơn vị được phân công và Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch "
          "cụ thể để triển khai; gửi báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Y tế) 6 tháng "
          "trước ngày 05/6 và báo cáo năm trước ngày 05/12."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối "
          "hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia thực hiện Kế hoạch."),
    ("p", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, thị trấn nghiêm túc "
          "triển khai thực hiện./."),
]

# (TT, content, deadline, lead, cooperating, note); group rows: deadline is None
XM_ROWS = [
    ("I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC", None, None, None, None),
    ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Đài Truyền thanh "
          "huyện, trang thông tin điện tử và hệ thống loa tại các ấp, khu phố.",
     "Thường xuyên", "Phòng Văn hóa, Khoa học và Thông tin",
     "Trung tâm Văn hóa, Thông tin và Thể thao huyện; UBND các xã, thị trấn", "Lồng ghép Tháng hành động vì trẻ em"),
    ("2", "Tổ chức diễn đàn trẻ em huyện để trẻ em nêu ý kiến, kiến nghị về các vấn đề liên quan đến trẻ em.",
     "Tháng 6 hằng năm", "Phòng Y tế, Huyện đoàn", "Phòng Giáo dục và Đào tạo; UBND các xã, thị trấn",
     "Có báo cáo kết quả gửi UBND huyện"),
    ("3", "Truyền thông phòng, chống xâm hại tình dục trẻ em, mua bán trẻ em tại các trường học và khu nhà "
          "trọ công nhân.",
     "Năm 2025", "Công an huyện", "Phòng Giáo dục và Đào tạo; Hội Liên hiệp Phụ nữ huyện", ""),
    ("II", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH", None, None, None, None),
    ("1", "Tập huấn kỹ năng nhận diện, tiếp nhận và xử lý thông tin về trẻ em bị xâm hại cho cán bộ "
          "văn hóa - xã hội, cộng tác viên các ấp, khu phố.",
     "Quý III/2025", "Phòng Y tế", "UBND các xã, thị trấn", "Tối thiểu 01 lớp/năm"),
    ("2", "Kiện toàn Ban Bảo vệ trẻ em xã, thị trấn sau khi sắp xếp tổ chức bộ máy.",
     "Trước 30/9/2025", "UBND các xã, thị trấn", "Phòng Y tế; Phòng Nội vụ", ""),
    ("3", "Phối hợp liên ngành trong tiếp nhận, xác minh, xử lý các vụ việc xâm hại trẻ em; bảo đảm bí "
          "mật thông tin của trẻ em.",
     "Khi phát sinh vụ việc", "Công an huyện", "Viện Kiểm sát nhân dân huyện; Tòa án nhân dân huyện; "
                                              "Phòng Y tế", "Theo quy chế phối hợp"),
    ("III", "PHÁT TRIỂN DỊCH VỤ BẢO VỆ, CHĂM SÓC TRẺ EM", None, None, None, None),
    ("1", "Dạy bơi an toàn, phòng chống đuối nước cho học sinh tiểu học và trung học cơ sở các xã ven "
          "biển Bình Châu, Phước Thuận, Bưng Riềng.",
     "Hè 2025", "Phòng Văn hóa, Khoa học và Thông tin",
     "Phòng Giáo dục và Đào tạo; Huyện đoàn; các xã ven biển", "Ưu tiên trẻ em có hoàn cảnh khó khăn"),
    ("2", "Khám sàng lọc, phát hiện sớm khuyết tật và can thiệp sớm cho trẻ em dưới 6 tuổi.",
     "Định kỳ hằng quý", "Trung tâm Y tế huyện", "Phòng Y tế; Trạm Y tế các xã, thị trấn", ""),
    ("3", "Hỗ trợ học bổng, phương tiện đi học cho học sinh có hoàn cảnh khó khăn, học sinh khuyết tật.",
     "Đầu năm học 2025 - 2026", "Phòng Giáo dục và Đào tạo", "Hội Khuyến học huyện; các trường học",
     "Vận động xã hội hóa"),
    ("4", "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em mồ côi, trẻ em không nơi "
          "nương tựa.",
     "Thường xuyên", "Phòng Y tế", "Phòng Tài chính - Kế hoạch; UBND các xã, thị trấn", ""),
    ("IV", "KIỂM TRA, GIÁM SÁT VÀ CƠ SỞ DỮ LIỆU TRẺ EM", None, None, None, None),
    ("1", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại một số xã, thị trấn.",
     "Quý IV hằng năm", "Phòng Y tế", "Các cơ quan thành viên Ban Điều hành công tác trẻ em huyện",
     "Kết quả báo cáo trước ngày 15/11"),
    ("2", "Cập nhật, làm sạch dữ liệu trẻ em trên phần mềm quản lý, bảo đảm khớp với dữ liệu dân cư.",
     "Từ tháng 6/2025", "UBND các xã, thị trấn", "Công an huyện; Phòng Y tế", ""),
    ("3", "Giám sát việc thực hiện quyền trẻ em tại cộng đồng.",
     "Theo kế hoạch giám sát hằng năm", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
     "các tổ chức chính trị - xã hội huyện", "Đề nghị phối hợp"),
]


def _wrap(s, width):
    import textwrap
    return "\n".join(textwrap.wrap(s, width)) if s else ""


def build_l1b():
    page = landscape(A4)
    st_c = pstyle("xc", 12, align=TA_CENTER)
    st_p = pstyle("xp", 12, spaceAfter=5, firstLineIndent=1 * cm)
    st_h = pstyle("xh", 12, font="Roboto-Bold", spaceBefore=6, spaceAfter=4)
    story = [
        Paragraph("ỦY BAN NHÂN DÂN HUYỆN XUYÊN MỘC", st_c),
        Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", st_c),
        Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", st_c),
        Spacer(1, 6),
    ]
    row = Table([["Số: 245/KH-UBND", "Xuyên Mộc, ngày     tháng 5 năm 2025"]],
                colWidths=[12 * cm, 14.7 * cm])
    row.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Roboto", 12),
                             ("FONT", (1, 0), (1, 0), "Roboto-Italic", 12),
                             ("ALIGN", (1, 0), (1, 0), "RIGHT")]))
    story += [row, Spacer(1, 12), Paragraph("<b>KẾ HOẠCH</b>", st_c),
              Paragraph("<b>Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
                        "trên địa bàn huyện Xuyên Môc năm 2025 và các năm tiếp theo</b>", st_c),
              Spacer(1, 10)]
    for t in ["Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
              "Căn cứ Kế hoạch số 112/KH-UBND ngày 21/3/2025 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu "
              "về triển khai thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh;",
              "Ủy ban nhân dân huyện Xuyên Mộc ban hành Kế hoạch thực hiện như sau:"]:
        story.append(Paragraph(t, st_p))
    for kind, t in XM_BODY:
        story.append(Paragraph(esc(t), st_h if kind == "h" else st_p))
    sign = Table([["Nơi nhận:\n- Sở Y tế tỉnh;\n- TT Huyện ủy, TT HĐND huyện;\n- CT, các PCT UBND huyện;\n"
                   "- Các cơ quan, đơn vị huyện;\n- UBND các xã, thị trấn;\n- Lưu: VT.",
                   "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nTrần Thị Ngọc Hân"]],
                 colWidths=[13 * cm, 13.7 * cm])
    sign.setStyle(TableStyle([("FONT", (0, 0), (0, 0), "Roboto", 9),
                              ("FONT", (1, 0), (1, 0), "Roboto-Bold", 12),
                              ("ALIGN", (1, 0), (1, 0), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 10), sign, PageBreak()]
    story += [Paragraph("<b>PHỤ LỤC</b>", st_c),
              Paragraph("<b>NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
                        "QUỐC NĂM 2025 VÀ CÁC NĂM TIẾP THEO</b>", st_c),
              Paragraph("<i>(Ban hành kèm theo Kế hoạch số 245/KH-UBND của UBND huyện Xuyên Mộc)</i>", st_c),
              Spacer(1, 8)]
    data = [["TT", "Nội dung công việc", "Thời hạn", "Đơn vị\nchủ trì", "Đơn vị phối hợp", "Ghi chú"]]
    style = [("FONT", (0, 0), (-1, -1), "Roboto", 10), ("FONT", (0, 0), (-1, 0), "Roboto-Bold", 10),
             ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (0, 0), (0, -1), "CENTER"), ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    for tt, content, when, lead, coop, note in XM_ROWS:
        r = len(data)
        if when is None:
            data.append([tt, content, "", "", "", ""])
            style += [("SPAN", (1, r), (5, r)), ("FONT", (0, r), (-1, r), "Roboto-Bold", 10)]
        else:
            data.append([tt, _wrap(content, 58), _wrap(when, 14), _wrap(lead, 15),
                         _wrap(coop, 30), _wrap(note, 20)])
    tbl = Table(data, colWidths=[1.0 * cm, 10.4 * cm, 2.8 * cm, 3.0 * cm, 5.5 * cm, 4.0 * cm])
    tbl.setStyle(TableStyle(style))
    story.append(tbl)
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
                            topMargin=1.5 * cm, bottomMargin=1.5 * cm)
    doc.build(story)
    write_text("xuyenmoc_huyen_2025-05.txt", pdf_text(buf.getvalue()))


# ====================================================================
# L1c  xã Than Uyên (Lai Châu), "Số:    /KH-UBND", 18/8/2025
#   drawn on the canvas by hand: own word wrapping, own ruled table with a
#   column-number row "(1) ... (6)" repeated on every page, rows that break
#   across pages, "Trang i/N" at the bottom right, issuer and motto blocks
#   drawn side by side on the same baselines.
# ====================================================================

TU_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Cụ thể hóa các nhiệm vụ được giao tại Kế hoạch số 1005/KH-UBND ngày 11/3/2025 của Ủy ban "
          "nhân dân tỉnh Lai Châu phù hợp với tổ chức bộ máy chính quyền địa phương hai cấp và tình hình "
          "thực tế của xã Than Uyên sau sắp xếp."),
    ("p", "2. Phân công rõ trách nhiệm của các cơ quan, đơn vị, các bản, khu dân cư; bảo đảm mọi trẻ em "
          "trên địa bàn xã được chăm sóc, giáo dục và bảo vệ, không để trẻ em nào bị bỏ lại phía sau."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Đẩy mạnh tuyên truyền, giáo dục về quyền trẻ em bằng tiếng phổ thông và tiếng dân tộc Thái, "
          "Mông, Khơ Mú phù hợp với từng bản."),
    ("p", "2. Củng cố đội ngũ làm công tác trẻ em cấp xã và cộng tác viên tại các bản, khu dân cư sau sắp "
          "xếp đơn vị hành chính."),
    ("p", "3. Bảo đảm trẻ em được tiếp cận các dịch vụ y tế, giáo dục, trợ giúp xã hội; phòng, chống tảo "
          "hôn, lao động trẻ em và tai nạn, thương tích."),
    ("p", "4. Theo dõi, kiểm tra việc thực hiện quyền trẻ em; cập nhật dữ liệu trẻ em đầy đủ, chính xác."),
    ("p", "5. Huy động các nguồn lực xã hội chăm lo cho trẻ em có hoàn cảnh đặc biệt."),
    ("p", "(Có Phụ lục phân công nhiệm vụ chi tiết kèm theo)"),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện được bố trí từ ngân sách xã trong dự toán chi hằng năm, lồng ghép các "
          "chương trình mục tiêu quốc gia và nguồn vận động hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Văn hóa - Xã hội: Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân xã triển "
          "khai Kế hoạch; theo dõi, đôn đốc các cơ quan, đơn vị; tổng hợp báo cáo Ủy ban nhân dân xã để "
          "báo cáo Sở Y tế trước ngày 10/6 (báo cáo 6 tháng) và trước ngày 30/11 (báo cáo năm)."),
    ("p", "2. Văn phòng HĐND và UBND xã: Bố trí kinh phí trong dự toán của xã; phối hợp theo dõi tiến độ "
          "thực hiện các nhiệm vụ."),
    ("p", "3. Các cơ quan, đơn vị, trường học trên địa bàn xã và trưởng các bản, khu dân cư: Căn cứ nhiệm "
          "vụ được giao chủ động thực hiện; gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày 05/6 và "
          "trước ngày 25/11 hằng năm."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức thành viên phối hợp tuyên "
          "truyền, vận động và giám sát việc thực hiện Kế hoạch."),
    ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
          "địa bàn xã Than Uyên./."),
]

# (STT, task, lead, cooperating, product, deadline); group rows: lead None
TU_ROWS = [
    ("I", "Tuyên truyền, giáo dục về quyền trẻ em", None, None, None, None),
    ("1", "Xây dựng chuyên mục tuyên truyền về quyền trẻ em, phòng, chống xâm hại trẻ em phát trên hệ "
          "thống loa truyền thanh của xã và các bản, khu dân cư bằng tiếng Thái, tiếng Mông.",
     "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã; các bản, khu dân cư", "Chuyên mục phát hằng tuần",
     "Từ tháng 9/2025"),
    ("2", "Tổ chức truyền thông về tác hại của tảo hôn, hôn nhân cận huyết thống tại các bản vùng cao "
          "có tỷ lệ tảo hôn cao.",
     "Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã; Công an xã; Trạm Y tế xã",
     "Các buổi truyền thông tại bản", "Quý IV/2025"),
    ("3", "Lồng ghép giáo dục kỹ năng sống, kỹ năng tự bảo vệ cho học sinh trong các hoạt động ngoại "
          "khóa và sinh hoạt dưới cờ.",
     "Các trường học trên địa bàn xã", "Đoàn Thanh niên xã", "Kế hoạch giáo dục của nhà trường",
     "Năm học 2025 - 2026"),
    ("II", "Nâng cao năng lực đội ngũ làm công tác trẻ em", None, None, None, None),
    ("1", "Kiện toàn đội ngũ cộng tác viên làm công tác trẻ em tại các bản, khu dân cư sau khi sáp nhập "
          "các xã cũ thành xã Than Uyên.",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Quyết định kiện toàn",
     "Trước ngày 15/10/2025"),
    ("2", "Cử cán bộ, cộng tác viên tham gia các lớp tập huấn về bảo vệ trẻ em, quản lý trường hợp trẻ "
          "em có hoàn cảnh đặc biệt do tỉnh tổ chức.",
     "Phòng Văn hóa - Xã hội", "", "Danh sách cử tham gia", "Theo triệu tập của Sở Y tế"),
    ("III", "Bảo đảm trẻ em được tiếp cận các dịch vụ", None, None, None, None),
    ("1", "Tiêm chủng đầy đủ, theo dõi tăng trưởng và phòng, chống suy dinh dưỡng cho trẻ em dưới 5 "
          "tuổi; khám sức khỏe định kỳ cho học sinh.",
     "Trạm Y tế xã", "Các trường mầm non, tiểu học trên địa bàn; các bản, khu dân cư",
     "Tỷ lệ tiêm chủng đầy đủ đạt trên 95%", "Hằng tháng"),
    ("2", "Vận động trẻ em trong độ tuổi đến trường, hạn chế tình trạng học sinh bỏ học, nhất là học sinh "
          "người Mông ở các bản xa trung tâm.",
     "Các trường học trên địa bàn xã", "Phòng Văn hóa - Xã hội; trưởng các bản",
     "Tỷ lệ huy động trẻ ra lớp", "Đầu năm học (tháng 8 - tháng 9 hằng năm)"),
    ("3", "Phòng, chống đuối nước, tai nạn thương tích cho trẻ em; cảnh báo các điểm sông, suối, hồ nguy "
          "hiểm trong mùa mưa lũ.",
     "Ban Chỉ huy Quân sự xã; Công an xã", "Phòng Kinh tế; các bản, khu dân cư",
     "Biển cảnh báo tại các điểm nguy hiểm", "Mùa mưa lũ (tháng 6 - tháng 9 hằng năm)"),
    ("4", "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em mồ côi do dịch bệnh, thiên tai "
          "để kịp thời hỗ trợ theo quy định.",
     "Phòng Văn hóa - Xã hội", "Trạm Y tế xã; Công an xã; các bản, khu dân cư",
     "Danh sách trẻ em và hồ sơ hỗ trợ", "Trong tháng 9 và tháng 10/2025"),
    ("IV", "Kiểm tra, theo dõi, cơ sở dữ liệu về trẻ em", None, None, None, None),
    ("1", "Cập nhật thông tin trẻ em vào cơ sở dữ liệu trẻ em, đối chiếu với dữ liệu dân cư do Công an "
          "xã quản lý.",
     "Phòng Văn hóa - Xã hội", "Công an xã", "Dữ liệu trẻ em được cập nhật", "Hằng quý"),
    ("2", "Kiểm tra việc thực hiện chính sách đối với trẻ em tại các bản, khu dân cư và các trường học; "
          "kiểm tra việc quản lý, chăm sóc trẻ em khuyết tật, trẻ em sống cùng ông bà khi cha mẹ đi làm "
          "ăn xa.",
     "Ủy ban nhân dân xã", "Các cơ quan, đơn vị liên quan", "Thông báo kết quả kiểm tra",
     "Quý IV/2025"),
    ("V", "Huy động nguồn lực chăm lo cho trẻ em", None, None, None, None),
    ("", "Vận động các tổ chức, doanh nghiệp, nhà hảo tâm hỗ trợ quà, học bổng cho trẻ em có hoàn cảnh "
         "đặc biệt nhân dịp Tết Trung thu, Tết Nguyên đán và Tháng hành động vì trẻ em.",
     "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Phòng Văn hóa - Xã hội; các tổ chức chính trị - xã hội xã",
     "Quà, học bổng được trao", "Dịp Tết Trung thu, Tết Nguyên đán hằng năm"),
]


def _wrap_w(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def build_l1c():
    W, H = A4
    left, right, top, bottom = 2.5 * cm, W - 1.8 * cm, H - 2 * cm, 2.2 * cm
    pages = [[]]
    st = {"y": top}

    def new_page():
        pages.append([])
        st["y"] = top

    def put(x, s, font="Roboto", size=12, align="l"):
        pages[-1].append(("t", x, st["y"], s, font, size, align))

    def para(text, font="Roboto", size=12, indent=1 * cm, lead=17, align="l"):
        lines = _wrap_w(text, font, size, right - left - indent)
        for i, ln in enumerate(lines):
            if st["y"] - lead < bottom:
                new_page()
            st["y"] -= lead
            if align == "c":
                put((left + right) / 2, ln, font, size, "c")
            else:
                put(left + (indent if i == 0 else 0), ln, font, size)

    # header: two blocks side by side on the same baselines
    lc, rc = left + 3.2 * cm, left + 11.5 * cm
    for ltxt, lfont, rtxt, rfont in [
            ("ỦY BAN NHÂN DÂN", "Roboto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Roboto-Bold"),
            ("XÃ THAN UYÊN", "Roboto-Bold", "Độc lập - Tự do - Hạnh phúc", "Roboto-Bold"),
            ("Số:        /KH-UBND", "Roboto", "Than Uyên, ngày 18 tháng 8 năm 2025", "Roboto-Italic")]:
        st["y"] -= 16
        put(lc, ltxt, lfont, 12, "c")
        put(rc, rtxt, rfont, 12, "c")
    st["y"] -= 14
    para("KẾ HOẠCH", "Roboto-Bold", 13, 0, align="c")
    para("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn xã Than Uyên "
         "giai đoạn 2025 - 2030", "Roboto-Bold", 12, 0, align="c")
    st["y"] -= 8
    for t in ["Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
              "hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
              "Căn cứ Kế hoạch số 1005/KH-UBND ngày 11/3/2025 của Ủy ban nhân dân tỉnh Lai Châu triển khai "
              "thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh;",
              "Thực hiện Công văn số 2291/UBND-VX ngày 28/7/2025 của Ủy ban nhân dân tỉnh về việc tiếp tục "
              "thực hiện các kế hoạch về trẻ em sau sắp xếp đơn vị hành chính;",
              "Ủy ban nhân dân xã Than Uyên ban hành Kế hoạch thực hiện như sau:"]:
        para(t, "Roboto-Italic" if t.startswith("Căn cứ") else "Roboto")
    for kind, t in TU_BODY:
        if kind == "h":
            para(t, "Roboto-Bold", 12, 0)
        else:
            para(t)
    st["y"] -= 10
    if st["y"] - 150 < bottom:
        new_page()
    y0 = st["y"]
    for s, f in [("Nơi nhận:", "Roboto-BoldItalic"), ("- Sở Y tế tỉnh Lai Châu;", "Roboto"),
                 ("- TT Đảng ủy, TT HĐND xã;", "Roboto"), ("- CT, các PCT UBND xã;", "Roboto"),
                 ("- Các cơ quan, đơn vị, trường học;", "Roboto"), ("- Trưởng các bản, khu dân cư;", "Roboto"),
                 ("- Lưu: VT, VHXH.", "Roboto")]:
        st["y"] -= 12
        put(left, s, f, 9)
    st["y"] = y0
    for s in ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Lò Văn Thắm"]:
        st["y"] -= 15
        if s:
            put(rc, s, "Roboto-Bold", 12, "c")
    new_page()
    para("PHỤ LỤC", "Roboto-Bold", 12, 0, align="c")
    para("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRÊN "
         "ĐỊA BÀN XÃ THAN UYÊN", "Roboto-Bold", 11, 0, align="c")
    para("(Kèm theo Kế hoạch số       /KH-UBND ngày 18/8/2025 của UBND xã Than Uyên)", "Roboto-Italic", 11,
         0, align="c")
    st["y"] -= 6
    # table
    widths = [1.0, 5.6, 2.3, 3.2, 2.6, 2.3]
    xs = [left - 0.5 * cm]
    for w in widths:
        xs.append(xs[-1] + w * cm)
    fs, lead, pad = 9, 11, 3
    heads = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Sản phẩm", "Thời hạn hoàn thành"]

    def hline(y):
        pages[-1].append(("l", xs[0], y, xs[-1], y))

    def vlines(y1, y2, cols=None):
        for i in (cols if cols is not None else range(len(xs))):
            pages[-1].append(("l", xs[i], y1, xs[i], y2))

    def header():
        cells = [_wrap_w(h, "Roboto-Bold", fs, widths[i] * cm - 2 * pad) for i, h in enumerate(heads)]
        n = max(len(c) for c in cells)
        y1 = st["y"]
        hline(y1)
        for i, c in enumerate(cells):
            for k, ln in enumerate(c):
                pages[-1].append(("t", (xs[i] + xs[i + 1]) / 2, y1 - pad - (k + 1) * lead + 2, ln,
                                  "Roboto-Bold", fs, "c"))
        y2 = y1 - n * lead - 2 * pad
        hline(y2)
        for i in range(len(widths)):
            pages[-1].append(("t", (xs[i] + xs[i + 1]) / 2, y2 - lead, "(%d)" % (i + 1), "Roboto-Italic", fs, "c"))
        y3 = y2 - lead - pad
        hline(y3)
        vlines(y1, y3)
        st["y"] = y3

    header()
    for stt, task, lead_, coop, prod, when in TU_ROWS:
        if lead_ is None:
            cells = [[stt], _wrap_w(task, "Roboto-Bold", fs, sum(widths[1:]) * cm - 2 * pad)]
            fonts, cols = ["Roboto-Bold", "Roboto-Bold"], [0, 1]
            vcols = [0, 1, len(xs) - 1]
        else:
            vals = [stt, task, lead_, coop, prod, when]
            cells = [_wrap_w(v, "Roboto", fs, widths[i] * cm - 2 * pad) if v else [] for i, v in enumerate(vals)]
            fonts, cols = ["Roboto"] * 6, list(range(6))
            vcols = None
        k = 0
        n = max(len(c) for c in cells)
        while k < n:
            room = int((st["y"] - bottom - 2 * pad) // lead)
            if room <= 0:
                new_page()
                header()
                continue
            take = min(room, n - k)
            y1 = st["y"]
            for ci, c in zip(cols, cells):
                for j, ln in enumerate(c[k:k + take]):
                    x = xs[ci] + pad if ci else (xs[0] + xs[1]) / 2
                    pages[-1].append(("t", x, y1 - pad - (j + 1) * lead + 2, ln, fonts[cols.index(ci)], fs,
                                      "l" if ci else "c"))
            y2 = y1 - take * lead - 2 * pad
            vlines(y1, y2, vcols)
            k += take
            if k >= n:
                hline(y2)
            st["y"] = y2
            if k < n:
                new_page()
                header()
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    total = len(pages)
    for pno, ops in enumerate(pages, 1):
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size, align = op
                c.setFont(font, size)
                if align == "c":
                    c.drawCentredString(x, y, s)
                else:
                    c.drawString(x, y, s)
            else:
                c.setLineWidth(0.5)
                c.line(*op[1:])
        c.setFont("Roboto", 9)
        c.drawRightString(right, 1.2 * cm, "Trang %d/%d" % (pno, total))
        c.showPage()
    c.save()
    write_text("thanuyen_xa_2025-08.txt", pdf_text(buf.getvalue()))


# ====================================================================
# L8  thành phố Vĩnh Yên (Vĩnh Phúc), 196/KH-UBND, 10/6/2025  (.docx)
#   whole plan as Word paragraphs; header block in a borderless 2x2 table;
#   appendix as a real Word table with a header row, group rows whose title
#   is merged across the columns, one group with a single unnumbered row.
# ====================================================================

VY_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Triển khai có hiệu quả các nhiệm vụ Ủy ban nhân dân tỉnh giao tại Kế hoạch số 74/KH-UBND "
          "ngày 02/4/2025; nâng cao nhận thức, trách nhiệm của các cơ quan, đơn vị, gia đình, nhà trường "
          "và cộng đồng trong việc bảo đảm thực hiện quyền trẻ em trên địa bàn thành phố."),
    ("p", "2. Phân công nhiệm vụ cụ thể, rõ người, rõ việc, rõ thời gian; bảo đảm sự phối hợp chặt chẽ "
          "giữa các phòng, ban, ngành, đoàn thể thành phố và Ủy ban nhân dân các phường, xã."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội về quyền trẻ em, chú trọng truyền "
          "thông trên môi trường số và tại các khu nhà trọ công nhân."),
    ("p", "2. Nâng cao năng lực cho đội ngũ làm công tác trẻ em; tăng cường phối hợp liên ngành trong "
          "phòng ngừa, phát hiện và xử lý các vụ việc xâm hại trẻ em."),
    ("p", "3. Duy trì, nhân rộng mô hình thành phố phù hợp với trẻ em, mô hình phường, xã phù hợp với "
          "trẻ em."),
    ("p", "4. Phát triển các dịch vụ y tế, giáo dục, vui chơi, giải trí và trợ giúp xã hội bảo đảm thực "
          "hiện quyền trẻ em."),
    ("p", "5. Kiểm tra, giám sát việc thực hiện chính sách, pháp luật về trẻ em; cập nhật cơ sở dữ liệu "
          "về trẻ em."),
    ("p", "(Chi tiết tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách thành phố, ngân sách phường, xã "
          "trong dự toán hằng năm của các cơ quan, đơn vị và nguồn xã hội hóa hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Y tế: Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, theo dõi, đôn đốc việc "
          "triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố và Sở Y tế tỉnh Vĩnh "
          "Phúc trước ngày 15/6 và trước ngày 15/12 hằng năm."),
    ("p", "2. Phòng Tài chính - Kế hoạch: Tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện "
          "Kế hoạch theo phân cấp ngân sách."),
    ("p", "3. Các phòng, ban, ngành, đoàn thể thành phố; Ủy ban nhân dân các phường, xã: Căn cứ nhiệm vụ "
          "được giao xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về Phòng Y tế trước ngày "
          "10/6 (báo cáo 6 tháng) và trước ngày 10/12 (báo cáo năm)."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành "
          "phố phối hợp tuyên truyền, vận động, giám sát việc thực hiện Kế hoạch."),
    ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
          "địa bàn thành phố Vĩnh Yên. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, "
          "đơn vị phản ánh về Phòng Y tế để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, giải quyết./."),
]

# (STT, task, lead, coop, timeframe, product); group rows: lead None
VY_ROWS = [
    ("I", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI", None, None, None, None),
    ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Cổng thông tin điện "
          "tử thành phố, mạng xã hội và hệ thống truyền thanh các phường, xã.",
     "Phòng Văn hóa, Khoa học và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao thành phố; "
                                             "UBND các phường, xã", "Thường xuyên", "Tin, bài, phóng sự"),
    ("2", "Tổ chức truyền thông về kỹ năng làm cha mẹ, phòng, chống bạo lực gia đình cho công nhân lao "
          "động thuê trọ tại các khu công nghiệp Khai Quang, Bình Xuyên.",
     "Hội Liên hiệp Phụ nữ thành phố; Liên đoàn Lao động thành phố", "Phòng Y tế; UBND các phường",
     "Quý III và Quý IV/2025", "Hội nghị truyền thông"),
    ("II", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH", None, None, None, None),
    ("1", "Tập huấn nghiệp vụ quản lý trường hợp, kỹ năng hỗ trợ trẻ em bị xâm hại cho cán bộ văn hóa - "
          "xã hội phường, xã và cộng tác viên tổ dân phố, thôn.",
     "Phòng Y tế", "UBND các phường, xã", "Tháng 7/2025", "01 lớp tập huấn"),
    ("2", "Duy trì hoạt động của nhóm công tác liên ngành bảo vệ trẻ em thành phố; họp định kỳ đánh giá "
          "các vụ việc.",
     "Phòng Y tế", "Công an thành phố; Phòng Tư pháp; Phòng Giáo dục và Đào tạo", "6 tháng/lần",
     "Biên bản họp"),
    ("3", "Điều tra, xử lý nghiêm các vụ việc xâm hại trẻ em; áp dụng quy trình lấy lời khai thân thiện "
          "với trẻ em.",
     "Công an thành phố", "Viện Kiểm sát nhân dân thành phố; Tòa án nhân dân thành phố",
     "Khi phát sinh vụ việc", "Hồ sơ vụ việc"),
    ("III", "XÂY DỰNG MÔ HÌNH PHÙ HỢP VỚI TRẺ EM", None, None, None, None),
    ("", "Duy trì, nâng cao chất lượng các tiêu chí xây dựng phường, xã phù hợp với trẻ em; đánh giá, công "
         "nhận theo quy định.",
     "UBND các phường, xã", "Phòng Y tế; các cơ quan thành viên Ban Chỉ đạo", "Hằng năm (tháng 11)",
     "Quyết định công nhận"),
    ("IV", "PHÁT TRIỂN CÁC DỊCH VỤ BẢO ĐẢM QUYỀN TRẺ EM", None, None, None, None),
    ("1", "Khám sức khỏe định kỳ, tư vấn tâm lý, sức khỏe sinh sản vị thành niên cho học sinh trung học "
          "cơ sở.",
     "Trung tâm Y tế thành phố", "Phòng Giáo dục và Đào tạo; các trường trung học cơ sở",
     "Năm học 2025 - 2026", "Sổ theo dõi sức khỏe học sinh"),
    ("2", "Bảo đảm chỗ học cho trẻ em mầm non là con công nhân; phát triển nhóm trẻ độc lập đạt chuẩn.",
     "Phòng Giáo dục và Đào tạo", "UBND các phường, xã", "Đầu năm học 2025 - 2026", ""),
    ("3", "Tổ chức hoạt động vui chơi, giải trí, dạy bơi cho trẻ em dịp hè tại Nhà Thiếu nhi tỉnh và các "
          "sân chơi cộng đồng.",
     "Thành đoàn", "Phòng Văn hóa, Khoa học và Thông tin; UBND các phường, xã", "Tháng 6 - tháng 8/2025",
     "Lớp dạy bơi, sân chơi hè"),
    ("4", "Thực hiện trợ cấp xã hội, hỗ trợ chăm sóc thay thế cho trẻ em có hoàn cảnh đặc biệt.",
     "Phòng Y tế", "Phòng Nội vụ; UBND các phường, xã", "Hằng tháng", "Danh sách chi trả"),
    ("V", "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU VỀ TRẺ EM", None, None, None, None),
    ("1", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các phường, xã và cơ sở giáo dục "
          "mầm non ngoài công lập.",
     "Phòng Y tế", "Phòng Giáo dục và Đào tạo; Công an thành phố", "Quý IV/2025", "Thông báo kết luận"),
    ("2", "Cập nhật cơ sở dữ liệu về trẻ em, đồng bộ với dữ liệu dân cư trước khi sắp xếp đơn vị hành "
          "chính cấp xã.",
     "UBND các phường, xã", "Công an thành phố; Phòng Y tế", "Trước ngày 25/6/2025", "Dữ liệu được cập nhật"),
]


def build_l8():
    import datetime
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def para(text, bold=False, italic=False, align=None, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "j":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    head = d.add_table(rows=2, cols=2)
    cells = [("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ VĨNH YÊN", True), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                                             "Độc lập - Tự do - Hạnh phúc", True),
             ("Số: 196/KH-UBND", False), ("Vĩnh Yên, ngày 10 tháng 6 năm 2025", False)]
    for (text, bold), cell in zip(cells, [head.cell(0, 0), head.cell(0, 1), head.cell(1, 0), head.cell(1, 1)]):
        cell.text = ""
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.italic = text.startswith("Vĩnh Yên")
    para("")
    para("KẾ HOẠCH", bold=True, align="c")
    para("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thành phố Vĩnh "
         "Yên giai đoạn 2025 - 2030", bold=True, align="c")
    for t in ["Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
              "Căn cứ Kế hoạch số 74/KH-UBND ngày 02/4/2025 của Ủy ban nhân dân tỉnh Vĩnh Phúc về thực hiện "
              "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh;",
              "Ủy ban nhân dân thành phố Vĩnh Yên ban hành Kế hoạch thực hiện như sau:"]:
        para(t, italic=t.startswith("Căn cứ"), align="j")
    for kind, t in VY_BODY:
        para(t, bold=(kind == "h"), align="j")
    sig = d.add_table(rows=1, cols=2)
    left = sig.cell(0, 0)
    left.text = ""
    p = left.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    for line in ["- Sở Y tế tỉnh Vĩnh Phúc;", "- TT Thành ủy, TT HĐND thành phố;", "- CT, các PCT UBND thành phố;",
                 "- Các phòng, ban, ngành, đoàn thể thành phố;", "- UBND các phường, xã;", "- Lưu: VT, YT."]:
        q = left.add_paragraph()
        rr = q.add_run(line)
        rr.font.size = Pt(11)
    right = sig.cell(0, 1)
    right.text = ""
    for i, line in enumerate(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "",
                              "Đỗ Thị Thanh Hương"]):
        q = right.paragraphs[0] if i == 0 else right.add_paragraph()
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = q.add_run(line)
        rr.bold = True
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    para("PHỤ LỤC", bold=True, align="c")
    para("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRÊN "
         "ĐỊA BÀN THÀNH PHỐ VĨNH YÊN", bold=True, align="c")
    para("(Kèm theo Kế hoạch số 196/KH-UBND ngày 10/6/2025 của UBND thành phố Vĩnh Yên)", italic=True, align="c")
    heads = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]
    t = d.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for stt, task, lead, coop, tf, prod in VY_ROWS:
        row = t.add_row()
        cs = row.cells
        if lead is None:
            cs[0].text = ""
            cs[0].paragraphs[0].add_run(stt).bold = True
            m = cs[1].merge(cs[5])
            m.text = ""
            m.paragraphs[0].add_run(task).bold = True
        else:
            for c, v in zip(cs, [stt, task, lead, coop, tf, prod]):
                c.text = v
                for q in c.paragraphs:
                    for rr in q.runs:
                        rr.font.size = Pt(11)
    for row in t.rows:
        for i, w in enumerate([1.0, 5.6, 2.8, 3.4, 2.4, 2.3]):
            row.cells[i].width = Cm(w)
    cp = d.core_properties
    fixed = datetime.datetime(2025, 6, 10, 8, 0, 0)
    cp.author = "UBND thành phố Vĩnh Yên"
    cp.last_modified_by = ""
    cp.comments = ""
    cp.title = "Kế hoạch 196/KH-UBND"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    path = out("vinhyen_thanhpho_2025-06.docx")
    d.save(path)
    normalise_zip(path, core_date="2025-06-10T08:00:00Z")


# ====================================================================
# L9  tỉnh Bạc Liêu, 26/KH-UBND, 19/02/2025  (.pdf kept as PDF)
#   portrait body, landscape appendix (two page templates); the appendix is a
#   ruled GRID table, groups numbered 1..7 and rows numbered 1.1, 1.2 ...
#   Pre-March agency names (Sở LĐTBXH, Sở TT&TT, Sở KH&ĐT, Sở TN&MT, Ban Dân tộc).
# ====================================================================

BL_BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Tổ chức triển khai thực hiện nghiêm túc, hiệu quả Quyết định số 27/QĐ-TTg; xác định cụ thể "
          "nhiệm vụ của các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố "
          "trong việc thực hiện các Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc."),
    ("p", "2. Bảo đảm lồng ghép với Chương trình hành động vì trẻ em tỉnh Bạc Liêu giai đoạn 2021 - 2030 "
          "và các chương trình, đề án liên quan đang triển khai trên địa bàn tỉnh."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Tham gia nghiên cứu, rà soát, xây dựng, hoàn thiện pháp luật, chính sách về trẻ em."),
    ("p", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nâng cao nhận thức, trách nhiệm, "
          "kiến thức và kỹ năng thực hiện quyền trẻ em."),
    ("p", "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ làm công tác bảo vệ trẻ em; "
          "tăng cường phối hợp liên ngành, nhân rộng các mô hình bảo vệ trẻ em."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em."),
    ("p", "5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ em liên thông "
          "với cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách."),
    ("p", "7. Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em."),
    ("p", "Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành theo Phụ lục kèm theo."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện được bảo đảm từ nguồn ngân sách nhà nước theo phân cấp, bố trí trong dự toán "
          "chi thường xuyên của các cơ quan, đơn vị, địa phương; nguồn tài trợ và các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Lao động - Thương binh và Xã hội: Là cơ quan thường trực, chủ trì, phối hợp với các sở, "
          "ngành, địa phương triển khai Kế hoạch; theo dõi, đôn đốc, kiểm tra; tổng hợp kết quả báo cáo Ủy "
          "ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội trước ngày 15/12 hằng năm."),
    ("p", "2. Sở Tài chính: Phối hợp với Sở Lao động - Thương binh và Xã hội tham mưu bố trí kinh phí thực "
          "hiện Kế hoạch theo quy định."),
    ("p", "3. Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố: Xây dựng kế "
          "hoạch cụ thể, tổ chức thực hiện nhiệm vụ được giao; báo cáo định kỳ 6 tháng (trước ngày 05/6) "
          "và năm (trước ngày 05/12) về Sở Lao động - Thương binh và Xã hội."),
    ("p", "4. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam "
          "tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp thực hiện theo chức năng, nhiệm vụ."),
    ("p", "Trường hợp sau khi sắp xếp tổ chức bộ máy, cơ quan được giao nhiệm vụ có thay đổi thì cơ quan "
          "tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện. Trong quá trình thực hiện, nếu có khó khăn, "
          "vướng mắc, đề nghị phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban "
          "nhân dân tỉnh./."),
]

BL_ROWS = [
    ("1", "Xây dựng, hoàn thiện pháp luật, chính sách", None, None, None),
    ("1.1", "Rà soát, góp ý sửa đổi, bổ sung pháp luật, chính sách về trẻ em, trẻ em khuyết tật, lao động "
            "trẻ em khi có đề nghị.", "Sở Lao động - Thương binh và Xã hội",
     "Sở Tư pháp; các sở, ngành liên quan", "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội"),
    ("1.2", "Rà soát thủ tục đăng ký khai sinh, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi theo hướng "
            "liên thông điện tử.", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh; Công an tỉnh", "Trước ngày 31/3/2025"),
    ("2", "Truyền thông, giáo dục, vận động xã hội", None, None, None),
    ("2.1", "Truyền thông về Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Báo Bạc Liêu, "
            "Đài Phát thanh và Truyền hình Bạc Liêu.", "Sở Thông tin và Truyền thông",
     "Sở Lao động - Thương binh và Xã hội; Báo Bạc Liêu; Đài Phát thanh và Truyền hình Bạc Liêu", "Thường xuyên"),
    ("2.2", "Tuyên truyền về quyền trẻ em bằng tiếng Khmer tại các điểm chùa, phum sóc.", "Ban Dân tộc tỉnh",
     "Sở Văn hóa, Thể thao và Du lịch; UBND các huyện có đông đồng bào Khmer", "Hằng năm"),
    ("2.3", "Giáo dục kỹ năng phòng, chống xâm hại, đuối nước cho học sinh.", "Sở Giáo dục và Đào tạo",
     "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Năm học 2024 - 2025 và năm học 2025 - 2026"),
    ("3", "Nâng cao năng lực; phối hợp liên ngành", None, None, None),
    ("3.1", "Tập huấn kỹ năng quản lý trường hợp cho cán bộ làm công tác trẻ em cấp huyện, xã.",
     "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thị xã, thành phố", "Quý II/2025"),
    ("3.2", "Nâng cao năng lực điều tra, xử lý các vụ án xâm hại trẻ em, mua bán trẻ em.", "Công an tỉnh",
     "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"),
    ("4", "Phát triển hệ thống dịch vụ", None, None, None),
    ("4.1", "Phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng sữa mẹ; tiêm chủng đầy đủ cho trẻ em.",
     "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Thường xuyên hằng năm"),
    ("4.2", "Phòng, chống lao động trẻ em trong nuôi trồng, chế biến thủy sản và làm muối.",
     "Sở Lao động - Thương binh và Xã hội", "Sở Nông nghiệp và Phát triển nông thôn; Liên đoàn Lao động tỉnh",
     "Năm 2025"),
    ("4.3", "Giảm thiểu tác động của biến đổi khí hậu, xâm nhập mặn, sạt lở bờ biển đến đời sống trẻ em.",
     "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn; UBND các huyện ven biển",
     "2025 - 2030"),
    ("5", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", None, None, None),
    ("5.1", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về trẻ em.",
     "Sở Lao động - Thương binh và Xã hội", "Thanh tra tỉnh; các sở, ngành liên quan", "Hằng năm"),
    ("5.2", "Lồng ghép chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội; chia sẻ số liệu thống "
            "kê về trẻ em.", "Sở Kế hoạch và Đầu tư", "Cục Thống kê tỉnh", "Hằng năm"),
    ("6", "Bố trí kinh phí", None, None, None),
    ("6.1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch.", "Sở Tài chính",
     "Sở Lao động - Thương binh và Xã hội", "Khi xây dựng dự toán hằng năm"),
    ("7", "Hợp tác quốc tế", None, None, None),
    ("7.1", "Vận động các tổ chức quốc tế hỗ trợ dự án bảo vệ trẻ em vùng ven biển.", "Sở Ngoại vụ",
     "Sở Lao động - Thương binh và Xã hội", "Đột xuất khi có yêu cầu"),
]


def build_l9():
    port, land = A4, landscape(A4)
    st_c = pstyle("bc", 12, align=TA_CENTER)
    st_p = pstyle("bp", 12, spaceAfter=4, firstLineIndent=1 * cm)
    st_h = pstyle("bh", 12, font="Roboto-Bold", spaceBefore=6, spaceAfter=3)
    st_cell = pstyle("bcell", 10, leading=12.5, align=TA_LEFT)
    st_cellb = pstyle("bcellb", 10, leading=12.5, align=TA_LEFT, font="Roboto-Bold")
    st_cellc = pstyle("bcellc", 10, leading=12.5, align=TA_CENTER)

    doc = BaseDocTemplate(io.BytesIO(), pagesize=port)
    fp = Frame(3 * cm, 2 * cm, port[0] - 5 * cm, port[1] - 4 * cm, id="fp")
    fl = Frame(2 * cm, 1.5 * cm, land[0] - 4 * cm, land[1] - 3 * cm, id="fl")
    doc.addPageTemplates([PageTemplate(id="portrait", frames=[fp], pagesize=port),
                          PageTemplate(id="land", frames=[fl], pagesize=land)])
    story = []
    head = Table([[Paragraph("ỦY BAN NHÂN DÂN<br/><b>TỈNH BẠC LIÊU</b><br/>Số: 26/KH-UBND", st_c),
                   Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</b><br/>"
                             "<i>Bạc Liêu, ngày 19 tháng 02 năm 2025</i>", st_c)]],
                 colWidths=[6 * cm, 10 * cm])
    story += [head, Spacer(1, 12), Paragraph("<b>KẾ HOẠCH</b>", st_c),
              Paragraph("<b>Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính "
                        "phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp "
                        "quốc trên địa bàn tỉnh Bạc Liêu</b>", st_c), Spacer(1, 10),
              Paragraph("Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
                        "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc, Ủy ban nhân "
                        "dân tỉnh Bạc Liêu ban hành Kế hoạch triển khai thực hiện như sau:", st_p)]
    for kind, t in BL_BODY:
        story.append(Paragraph(esc(t), st_h if kind == "h" else st_p))
    sign = Table([[Paragraph("<b><i>Nơi nhận:</i></b><br/>- Bộ LĐTBXH;<br/>- TT Tỉnh ủy; TT HĐND tỉnh;<br/>"
                             "- CT, các PCT UBND tỉnh;<br/>- Các sở, ban, ngành, đoàn thể tỉnh;<br/>"
                             "- UBND các huyện, thị xã, thành phố;<br/>- Lưu: VT, (KGVX).",
                             pstyle("bn", 9, leading=11, align=TA_LEFT)),
                   Paragraph("<b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/><br/><br/>"
                             "<b>Huỳnh Kim Ngân</b>", st_c)]], colWidths=[7 * cm, 9 * cm])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [Spacer(1, 8), sign, NextPageTemplate("land"), PageBreak()]
    story += [Paragraph("<b>PHỤ LỤC</b>", st_c),
              Paragraph("<b>NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC "
                        "TRÊN ĐỊA BÀN TỈNH BAC LIÊU</b>", st_c),
              Paragraph("<i>(Kèm theo Kế hoạch số 26/KH-UBND ngày 19/02/2025 của Ủy ban nhân dân tỉnh)</i>", st_c),
              Spacer(1, 8)]
    data = [[Paragraph("<b>%s</b>" % h, st_cellc) for h in
             ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.8, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDDDDD"))]
    for stt, task, lead, coop, tf in BL_ROWS:
        r = len(data)
        if lead is None:
            data.append([Paragraph("<b>%s</b>" % stt, st_cellc), Paragraph(esc(task), st_cellb), "", "", ""])
            style.append(("SPAN", (1, r), (4, r)))
        else:
            data.append([Paragraph(stt, st_cellc), Paragraph(esc(task), st_cell), Paragraph(esc(lead), st_cell),
                         Paragraph(esc(coop), st_cell), Paragraph(esc(tf), st_cell)])
    tbl = Table(data, colWidths=[1.3 * cm, 9.5 * cm, 4.2 * cm, 6.5 * cm, 4.2 * cm], repeatRows=1)
    tbl.setStyle(TableStyle(style))
    story.append(tbl)
    buf = io.BytesIO()
    doc.filename = buf
    doc.build(story)
    with open(out("baclieu_tinh_2025-02.pdf"), "wb") as f:
        f.write(buf.getvalue())


# ====================================================================
# L10 task sheets: huyện Ba Bể (Bắc Kạn) .xlsx, tỉnh Hậu Giang .csv
# ====================================================================

BB_META = [
    ("Số", "63/KH-UBND"),
    ("Ngày", "17/04/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện "
                  "Ba Bể năm 2025"),
    ("Cơ quan ban hành", "Ủy ban nhân dân huyện Ba Bể"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Ba Bể"),
    ("Thuộc tỉnh", "Bắc Kạn"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 182/KH-UBND ngày 25/3/2025 của Ủy ban nhân dân tỉnh Bắc Kạn"),
    ("Triển khai", "Kế hoạch số 182/KH-UBND ngày 25/3/2025 của Ủy ban nhân dân tỉnh Bắc Kạn"),
    ("Người ký", "Triệu Thị Hằng"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
    ("Người nhập liệu", "Văn phòng HĐND và UBND huyện"),
]

BB_HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"]
BB_ROWS = [
    ("I", "Truyền thông, giáo dục về quyền trẻ em", "", "", "", ""),
    (1, "Tuyên truyền về quyền trẻ em, phòng, chống xâm hại trẻ em bằng tiếng Tày, tiếng Dao trên hệ "
        "thống truyền thanh các xã, thị trấn", "Phòng Văn hóa và Thông tin", "UBND các xã, thị trấn",
     "Thường xuyên", "Nay là Phòng Văn hóa, Khoa học và Thông tin"),
    (2, "Tổ chức Diễn đàn trẻ em huyện Ba Bể năm 2025", "Huyện đoàn",
     "Phòng Y tế; Phòng Giáo dục và Đào tạo", "Tháng 6/2025", ""),
    (3, "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống tại các xã vùng cao",
     "Phòng Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ huyện; UBND các xã Cao Thượng, Nam Mẫu, Khang Ninh",
     "Quý II - Quý III/2025", ""),
    ("II", "Nâng cao năng lực, phối hợp liên ngành", "", "", "", ""),
    (1, "Tập huấn kỹ năng bảo vệ trẻ em cho công chức văn hóa - xã hội, cộng tác viên thôn, bản",
     "Phòng Y tế", "UBND các xã, thị trấn", "Quý III/2025", "Kinh phí sự nghiệp đảm bảo xã hội"),
    (2, "Phối hợp tiếp nhận, xử lý thông tin về trẻ em bị xâm hại qua Tổng đài 111",
     "Công an huyện; Phòng Y tế", "Viện Kiểm sát nhân dân huyện; Tòa án nhân dân huyện",
     "Khi có vụ việc", ""),
    (3, "Kiện toàn Ban Điều hành công tác trẻ em huyện", "Phòng Y tế", "các cơ quan, đơn vị liên quan",
     "Trước 30/5/2025", ""),
    ("III", "Dịch vụ bảo đảm quyền trẻ em", "", "", "", ""),
    (1, "Phòng, chống đuối nước trẻ em tại khu vực hồ Ba Bể, sông Năng; tổ chức dạy bơi cho học sinh",
     "Phòng Giáo dục và Đào tạo", "Ban Quản lý Vườn quốc gia Ba Bể; UBND các xã ven hồ",
     "Hè 2025 (tháng 6 - tháng 8)", ""),
    (2, "Khám sàng lọc, can thiệp sớm cho trẻ em khuyết tật; tiêm chủng đầy đủ cho trẻ em dưới 1 tuổi",
     "Trung tâm Y tế huyện", "Trạm Y tế các xã, thị trấn", "Hằng năm", ""),
    (3, "Bảo đảm trẻ em trong các hộ du lịch cộng đồng không bị bóc lột sức lao động",
     "Phòng Văn hóa, Khoa học và Thông tin", "Phòng Nội vụ; UBND xã Nam Mẫu", "Mùa du lịch hằng năm",
     "Lồng ghép kiểm tra du lịch"),
    (4, "Hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em mồ côi", "Phòng Y tế",
     "Ủy ban Mặt trận Tổ quốc Việt Nam huyện; các tổ chức chính trị - xã hội", "Thường xuyên", ""),
    ("IV", "Kiểm tra, giám sát; cơ sở dữ liệu", "", "", "", ""),
    (1, "Cập nhật cơ sở dữ liệu trẻ em trên phần mềm quản lý", "UBND các xã, thị trấn",
     "Phòng Y tế; Công an huyện", "Hằng quý (trước ngày 20 tháng cuối quý)", ""),
    (2, "Kiểm tra việc thực hiện quyền trẻ em tại một số xã", "Phòng Y tế", "", "Quý IV/2025",
     "Báo cáo UBND huyện"),
]


def build_l10_xlsx():
    import datetime
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in BB_META:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 90
    for c in ws[1]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(BB_HEAD)
    for c in ws2[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", wrap_text=True)
    for row in BB_ROWS:
        ws2.append([None if v == "" else v for v in row])
        if isinstance(row[0], str):
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 60, 28, 36, 22, 28]):
        ws2.column_dimensions[col].width = w
    fixed = datetime.datetime(2025, 4, 17, 9, 0, 0)
    wb.properties.creator = "UBND huyện Ba Bể"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    path = out("babe_huyen_2025-04.xlsx")
    wb.save(path)
    normalise_zip(path, core_date="2025-04-17T09:00:00Z")


HG_META = [
    ("Số", "95/KH-UBND"),
    ("Ngày", "05/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban "
                  "hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
                  "bàn tỉnh Hậu Giang"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Hậu Giang"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Hậu Giang"),
    ("Thuộc tỉnh", ""),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Nghị quyết số 07/2025/NQ-HĐND ngày 14/3/2025 của Hội đồng nhân dân tỉnh Hậu Giang"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Lâm Văn Hòa"),
    ("Chức vụ người ký", "Phó Chủ tịch Ủy ban nhân dân tỉnh"),
    ("Cơ quan đầu mối", "Sở Y tế"),
]

HG_HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"]
HG_ROWS = [
    ("1", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    ("a", "Truyền thông về quyền trẻ em, phòng, chống xâm hại trẻ em trên Báo Hậu Giang, Đài Phát thanh và "
          "Truyền hình Hậu Giang và các nền tảng số", "Sở Văn hóa, Thể thao và Du lịch",
     "Sở Y tế; Báo Hậu Giang; Đài Phát thanh và Truyền hình Hậu Giang", "Liên tục", ""),
    ("b", "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em cấp tỉnh", "Sở Y tế",
     "Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Tháng 6/2025 (Tháng hành động vì trẻ em)", ""),
    ("c", "Truyền thông phòng, chống tảo hôn trong vùng đồng bào dân tộc Khmer", "Sở Dân tộc và Tôn giáo",
     "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thị xã, thành phố", "2025 - 2027", ""),
    ("2", "Nâng cao năng lực, phối hợp liên ngành", "", "", "", ""),
    ("a", "Tập huấn nghiệp vụ bảo vệ trẻ em, quản lý trường hợp cho cán bộ cấp huyện, cấp xã", "Sở Y tế",
     "UBND các huyện, thị xã, thành phố", "Quý III/2025", "Ưu tiên cán bộ mới"),
    ("b", "Điều tra, xử lý các vụ việc xâm hại trẻ em; bảo đảm tố tụng thân thiện với trẻ em",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Thường xuyên", ""),
    ("3", "Phát triển hệ thống dịch vụ", "", "", "", ""),
    ("a", "Phòng, chống đuối nước trẻ em trong mùa nước nổi; dạy bơi cho trẻ em vùng sông nước",
     "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo; UBND các huyện, thị xã, thành phố",
     "Mùa nước nổi (tháng 8 - tháng 11 hằng năm)", ""),
    ("b", "Bảo đảm trường lớp, giảm tỷ lệ học sinh bỏ học ở các huyện Long Mỹ, Vị Thủy, Phụng Hiệp",
     "Sở Giáo dục và Đào tạo", "các sở, ngành tỉnh; UBND các huyện", "Trước khai giảng năm học 2025 - 2026", ""),
    ("c", "Chăm sóc sức khỏe, dinh dưỡng cho trẻ em; tiêm chủng mở rộng; phòng, chống HIV lây truyền từ "
          "mẹ sang con", "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Hằng năm", ""),
    ("d", "Giảm thiểu tác động của ô nhiễm nguồn nước, xâm nhập mặn đến sức khỏe trẻ em",
     "Sở Nông nghiệp và Môi trường", "Sở Y tế", "Từ tháng 7/2025", ""),
    ("4", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em", "", "", "", ""),
    ("a", "Kiểm tra liên ngành việc thực hiện quyền trẻ em tại các địa phương", "Sở Y tế",
     "các sở, ngành tỉnh", "Theo hướng dẫn của Bộ Y tế", ""),
    ("b", "Cập nhật cơ sở dữ liệu trẻ em, liên thông với cơ sở dữ liệu quốc gia về dân cư", "Sở Y tế",
     "Công an tỉnh; Sở Khoa học và Công nghệ", "Năm 2025", "Phục vụ sắp xếp đơn vị hành chính"),
]


def build_l10_csv():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in HG_META:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(HG_HEAD)
    for row in HG_ROWS:
        w.writerow(row)
    with open(out("haugiang_tinh_2025-05.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


BUILDERS = [build_l1a, build_l1b, build_l1c, build_l8, build_l9, build_l10_xlsx, build_l10_csv]

if __name__ == "__main__":
    for b in BUILDERS:
        b()
    print("ok:", ", ".join(b.__name__ for b in BUILDERS))
