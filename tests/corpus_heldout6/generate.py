#!/usr/bin/env python3
"""Generator for the heldout6 corpus (binary and PDF-extracted documents).

Run:  /work/main/.venv/bin/python tests/corpus_heldout6/generate.py

Rewrites, in this directory:
  p01_haiduong.txt   p02_quangtri.txt   p03_ninhhoa.txt   (L1: PDF built with
                     reportlab, text extracted with pdfminer; only the .txt is kept)
  p10_thainguyen.docx                                        (L8, python-docx)
  p11_bodantoc.pdf                                           (L9, reportlab, ruled table)
  p12_phuly.xlsx                                             (L10, openpyxl)
  p13_phubinh.csv                                            (L10, csv)

The Markdown documents and every *.truth.json are written by hand, not here.
Output is deterministic (fixed PDF metadata, fixed zip timestamps).
"""
import csv
import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1  # no creation dates / random ids in the PDFs

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.lib.fonts import addMapping
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")

pdfmetrics.registerFont(TTFont("Roboto", os.path.join(FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(FONT_DIR, "Roboto-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-BoldItalic", os.path.join(FONT_DIR, "Roboto-BoldItalic.ttf")))
addMapping("Roboto", 0, 0, "Roboto")
addMapping("Roboto", 1, 0, "Roboto-Bold")
addMapping("Roboto", 0, 1, "Roboto-Italic")
addMapping("Roboto", 1, 1, "Roboto-BoldItalic")

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------------------------
# A tiny block language shared by the PDF and Word builders.
#   ^C text   centred, bold, large (KẾ HOẠCH / PHỤ LỤC)
#   ^c text   centred, bold (title lines)
#   ^i text   centred, italic
#   ^H text   bold heading, no indent (I. MỤC ĐÍCH, YÊU CẦU)
#   ^h text   bold paragraph with first-line indent (1. Mục đích)
#   ^I text   italic paragraph with first-line indent
#   ^T bold|rest   paragraph whose first part is bold (inline heading), indented
#   ^S        small vertical space
#   other     justified paragraph with first-line indent
# --------------------------------------------------------------------------------------------

def parse_blocks(text):
    out = []
    for raw in text.strip("\n").split("\n"):
        line = raw.rstrip()
        if not line:
            continue
        m = re.match(r"\^([CciHhITS])\s?(.*)$", line)
        if m:
            out.append((m.group(1), m.group(2)))
        else:
            out.append(("P", line))
    return out


# --------------------------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------------------------

def pstyles(size=13, leading=None):
    leading = leading or size * 1.3
    base = dict(fontName="Roboto", fontSize=size, leading=leading)
    return {
        "P": ParagraphStyle("P", alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=4, **base),
        "C": ParagraphStyle("C", alignment=TA_CENTER, fontName="Roboto-Bold", fontSize=size + 1,
                            leading=leading + 2, spaceBefore=8, spaceAfter=2),
        "c": ParagraphStyle("c", alignment=TA_CENTER, fontName="Roboto-Bold", fontSize=size,
                            leading=leading, spaceAfter=0),
        "i": ParagraphStyle("i", alignment=TA_CENTER, fontName="Roboto-Italic", fontSize=size,
                            leading=leading, spaceAfter=4),
        "H": ParagraphStyle("H", alignment=TA_LEFT, fontName="Roboto-Bold", fontSize=size,
                            leading=leading, spaceBefore=4, spaceAfter=4, firstLineIndent=1.0 * cm),
        "h": ParagraphStyle("h", alignment=TA_JUSTIFY, fontName="Roboto-Bold", fontSize=size,
                            leading=leading, spaceAfter=3, firstLineIndent=1.0 * cm),
        "I": ParagraphStyle("I", alignment=TA_JUSTIFY, fontName="Roboto-Italic", fontSize=size,
                            leading=leading, spaceAfter=4, firstLineIndent=1.0 * cm),
        "T": ParagraphStyle("T", alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=4, **base),
        # header / signature / table cells
        "hdr": ParagraphStyle("hdr", alignment=TA_CENTER, fontName="Roboto-Bold", fontSize=size - 1,
                              leading=(size - 1) * 1.25),
        "hdrn": ParagraphStyle("hdrn", alignment=TA_CENTER, fontName="Roboto", fontSize=size - 1,
                               leading=(size - 1) * 1.25),
        "hdri": ParagraphStyle("hdri", alignment=TA_CENTER, fontName="Roboto-Italic", fontSize=size - 1,
                               leading=(size - 1) * 1.25),
        "nn": ParagraphStyle("nn", alignment=TA_LEFT, fontName="Roboto", fontSize=size - 3,
                             leading=(size - 3) * 1.25),
        "nnb": ParagraphStyle("nnb", alignment=TA_LEFT, fontName="Roboto-BoldItalic", fontSize=size - 1,
                              leading=(size - 1) * 1.25),
    }


def cell_styles(size):
    return {
        "n": ParagraphStyle("cn", fontName="Roboto", fontSize=size, leading=size * 1.22, alignment=TA_LEFT),
        "j": ParagraphStyle("cj", fontName="Roboto", fontSize=size, leading=size * 1.22, alignment=TA_JUSTIFY),
        "c": ParagraphStyle("cc", fontName="Roboto", fontSize=size, leading=size * 1.22, alignment=TA_CENTER),
        "b": ParagraphStyle("cb", fontName="Roboto-Bold", fontSize=size, leading=size * 1.22, alignment=TA_LEFT),
        "bc": ParagraphStyle("cbc", fontName="Roboto-Bold", fontSize=size, leading=size * 1.22,
                             alignment=TA_CENTER),
    }


def blocks_to_flowables(text, st):
    flows = []
    for kind, body in parse_blocks(text):
        if kind == "S":
            flows.append(Spacer(1, 6))
            continue
        if kind == "T":
            head, _, rest = body.partition("|")
            flows.append(Paragraph("<b>%s</b>%s" % (escape(head), escape(rest)), st["T"]))
            continue
        flows.append(Paragraph(escape(body), st[kind]))
    return flows


def header_table(left, right, st, width, split=0.42):
    """left/right: lists of (style, text). Two unruled columns, like a Word header table."""
    lcol = [Paragraph(escape(t), st[s]) for s, t in left]
    rcol = [Paragraph(escape(t), st[s]) for s, t in right]
    t = Table([[lcol, rcol]], colWidths=[width * split, width * (1 - split)])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def signature_table(recipients, sig_lines, signer, st, width):
    lcol = [Paragraph("Nơi nhận:", st["nnb"])] + [Paragraph(escape(r), st["nn"]) for r in recipients]
    rcol = [Paragraph(escape(s), st["hdr"]) for s in sig_lines]
    rcol += [Spacer(1, 2.2 * cm), Paragraph(escape(signer), st["hdr"])]
    t = Table([[lcol, rcol]], colWidths=[width * 0.5, width * 0.5])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def pdf_bytes(build):
    buf = io.BytesIO()
    build(buf)
    return buf.getvalue()


def extract_pdf_text(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


def write_text(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_bytes(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def rezip_fixed(data, patch=None):
    """Re-pack an OOXML zip with fixed timestamps (and optional per-member text patches)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if patch and info.filename in patch:
                blob = patch[info.filename](blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def fix_core_xml(blob):
    s = blob.decode("utf-8")
    s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T00:00:00Z\2", s)
    s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T00:00:00Z\2", s)
    return s.encode("utf-8")


# ============================================================================================
# p01  Hải Dương (province, February 2025, old department names)  L1
#      portrait; header row repeated on every page; group rows span the whole table;
#      footer "Trang n" at the bottom centre.
# ============================================================================================

P01_BODY = """
^C KẾ HOẠCH
^c Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Hải Dương
^i _______________
Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;
Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;
Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 25/TTr-LĐTBXH ngày 07/02/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
^H I. MỤC ĐÍCH, YÊU CẦU
^h 1. Mục đích
- Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với điều kiện thực tế của tỉnh; nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và xã hội trong việc bảo đảm thực hiện quyền trẻ em.
- Tăng cường phối hợp liên ngành nhằm thực hiện quyền trẻ em một cách đồng bộ, toàn diện, hiệu quả, bảo đảm lợi ích tốt nhất cho trẻ em.
^h 2. Yêu cầu
- Các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố xác định rõ trách nhiệm, chủ động xây dựng kế hoạch hoặc lồng ghép nhiệm vụ vào chương trình công tác hằng năm của cơ quan, đơn vị, địa phương.
- Định kỳ kiểm tra, đánh giá, sơ kết việc thực hiện; kịp thời đề xuất điều chỉnh nhiệm vụ phù hợp với thực tiễn.
^H II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Nghiên cứu, rà soát, tham gia góp ý hoàn thiện pháp luật, chính sách về trẻ em bảo đảm phù hợp với Công ước của Liên hợp quốc về quyền trẻ em.
2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em.
3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ làm công tác trẻ em; đẩy mạnh phối hợp liên ngành, nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ em.
4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em.
5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập nhật cơ sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư.
6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách địa phương.
7. Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em.
^I (Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục kèm theo)
^H III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và các nguồn huy động hợp pháp khác.
^H IV. TỔ CHỨC THỰC HIỆN
^h 1. Sở Lao động - Thương binh và Xã hội
Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương hướng dẫn, theo dõi, đôn đốc, kiểm tra việc triển khai Kế hoạch; tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.
^h 2. Sở Tài chính
Căn cứ khả năng cân đối ngân sách, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán chi ngân sách hằng năm của các cơ quan, đơn vị theo quy định.
^h 3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố
Căn cứ nhiệm vụ được giao tại Phụ lục kèm theo, xây dựng kế hoạch hoặc lồng ghép vào kế hoạch công tác của cơ quan, đơn vị để tổ chức thực hiện. Định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 30/11) báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
^T 4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh:| trong phạm vi chức năng, nhiệm vụ tham gia tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch.
^T 5. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh:| tăng cường bảo đảm tư pháp thân thiện với trẻ em trong hoạt động tố tụng.
Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, quyết định./.
"""

P01_RECIPIENTS = ["- Bộ Lao động - TB&XH (để b/c);", "- Thường trực Tỉnh ủy (để b/c);",
                  "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                  "- Lưu: VT, KGVX(02)."]

P01_TABLE = [
    ("G", "I", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách về trẻ em"),
    ("R", "1", "Rà soát các văn bản của tỉnh về chính sách đối với trẻ em, trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật, lao động trẻ em; đề xuất sửa đổi, bổ sung cho phù hợp.",
     "Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp; các sở, ban, ngành liên quan", "Năm 2025 - 2026"),
    ("R", "2", "Tham gia góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự, Luật Quốc tịch Việt Nam và các văn bản liên quan đến trẻ em khi có đề nghị của cơ quan có thẩm quyền.",
     "Sở Tư pháp", "Công an tỉnh; Sở Lao động - Thương binh và Xã hội", "Theo đề nghị của Bộ Tư pháp"),
    ("G", "II", "Truyền thông, giáo dục, vận động xã hội"),
    ("R", "1", "Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg, Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên các phương tiện thông tin đại chúng và hệ thống thông tin cơ sở.",
     "Sở Lao động - Thương binh và Xã hội", "Sở Thông tin và Truyền thông; Báo Hải Dương; Đài Phát thanh và Truyền hình tỉnh", "Thường xuyên"),
    ("R", "2", "Truyền thông nâng cao nhận thức của cộng đồng về đăng ký khai sinh, bảo đảm mọi trẻ em được đăng ký khai sinh và có quốc tịch.",
     "Sở Tư pháp", "UBND các huyện, thị xã, thành phố", "Hằng năm"),
    ("R", "3", "Tổ chức các hoạt động giáo dục về quyền và bổn phận của trẻ em, kỹ năng tự bảo vệ, phòng, chống thiên tai, đuối nước trong các cơ sở giáo dục.",
     "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Hội đồng Đội tỉnh", "Năm học 2025 - 2026"),
    ("R", "4", "Truyền thông về phòng, chống mua bán người, mua bán trẻ em, xâm hại tình dục trẻ em.",
     "Công an tỉnh", "Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn", "Thường xuyên"),
    ("G", "III", "Nâng cao năng lực; phối hợp liên ngành; nhân rộng mô hình"),
    ("R", "1", "Duy trì, nâng cao hiệu quả phối hợp tiếp nhận, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.",
     "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh; Sở Y tế; UBND các huyện, thị xã, thành phố", "Thường xuyên"),
    ("R", "2", "Tập huấn kỹ năng điều tra, xử lý vụ việc xâm hại trẻ em theo hướng thân thiện cho cán bộ điều tra, trinh sát.",
     "Công an tỉnh", "Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh", "Hằng năm"),
    ("R", "3", "Bồi dưỡng kiến thức, kỹ năng bảo vệ trẻ em trên môi trường mạng cho giáo viên, cha mẹ và học sinh; hướng dẫn doanh nghiệp viễn thông triển khai các giải pháp kỹ thuật bảo vệ trẻ em.",
     "Sở Thông tin và Truyền thông", "Sở Giáo dục và Đào tạo; Công an tỉnh", "Quý III/2025"),
    ("G", "IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em"),
    ("R", "1", "Thực hiện đầy đủ, kịp thời chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt; phát triển dịch vụ chăm sóc thay thế dựa vào cộng đồng.",
     "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thị xã, thành phố", "Thường xuyên"),
    ("R", "2", "Nâng cao chất lượng dịch vụ chăm sóc sức khỏe bà mẹ, trẻ em; phòng, chống suy dinh dưỡng, thừa cân, béo phì; khuyến khích nuôi con bằng sữa mẹ; dự phòng lây truyền HIV từ mẹ sang con.",
     "Sở Y tế", "Sở Lao động - Thương binh và Xã hội; Hội Liên hiệp Phụ nữ tỉnh", "2025 - 2030"),
    ("R", "3", "Tổ chức các hoạt động vui chơi, giải trí, văn hóa, thể thao cho trẻ em dịp hè; bảo đảm an toàn cho trẻ em tại các điểm vui chơi, bể bơi.",
     "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn; UBND các huyện, thị xã, thành phố", "Tháng 5 - tháng 8 hằng năm"),
    ("R", "4", "Nghiên cứu, đề xuất giải pháp giảm thiểu ô nhiễm không khí, nguồn nước ảnh hưởng đến sức khỏe trẻ em tại các khu công nghiệp, làng nghề.",
     "Sở Tài nguyên và Môi trường", "Sở Y tế; Ban Quản lý các khu công nghiệp tỉnh", "Giai đoạn 2026-2030"),
    ("G", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
    ("R", "1", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về quyền trẻ em tại các cơ sở trợ giúp xã hội, cơ sở giáo dục mầm non ngoài công lập.",
     "Sở Lao động - Thương binh và Xã hội", "Thanh tra tỉnh; Sở Giáo dục và Đào tạo", "Hằng năm"),
    ("R", "2", "Cập nhật, chuẩn hóa cơ sở dữ liệu về trẻ em, kết nối với cơ sở dữ liệu quốc gia về dân cư.",
     "Sở Lao động - Thương binh và Xã hội; Công an tỉnh", "Cục Thống kê tỉnh; UBND các huyện, thị xã, thành phố", "Trước ngày 31/12/2025"),
    ("G", "VI", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em"),
    ("R", "", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn vị.",
     "Sở Tài chính", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội", "Hằng năm"),
    ("G", "VII", "Tăng cường hợp tác quốc tế"),
    ("R", "1", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài hỗ trợ các chương trình, dự án về trẻ em trên địa bàn tỉnh.",
     "Sở Ngoại vụ", "Sở Lao động - Thương binh và Xã hội; Liên hiệp các tổ chức hữu nghị tỉnh", "Khi có yêu cầu"),
]


def build_p01(buf):
    st = pstyles(13)
    cs = cell_styles(10)
    pw, ph = A4
    lm, rm, tm, bm = 3 * cm, 2 * cm, 2 * cm, 2 * cm
    width = pw - lm - rm

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 9)
        canv.drawCentredString(pw / 2, 1.1 * cm, "Trang %d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, leftMargin=lm, rightMargin=rm, topMargin=tm, bottomMargin=bm,
                          title="Ke hoach", author="UBND tinh")
    frame = Frame(lm, bm, width, ph - tm - bm, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=footer)])

    story = [header_table(
        [("hdrn", "ỦY BAN NHÂN DÂN"), ("hdr", "TỈNH HẢI DƯƠNG"), ("hdrn", "_______"),
         ("hdrn", "Số: 46/KH-UBND")],
        [("hdr", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("hdr", "Độc lập - Tự do - Hạnh phúc"),
         ("hdrn", "______________________"), ("hdri", "Hải Dương, ngày 14 tháng 02 năm 2025")],
        st, width)]
    story += blocks_to_flowables(P01_BODY, st)
    story.append(Spacer(1, 10))
    story.append(signature_table(P01_RECIPIENTS, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                                 "Đặng Thị Minh Hòa", st, width))
    story.append(PageBreak())
    story += blocks_to_flowables("""
^C PHỤ LỤC
^c NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH HẢI DƯƠNG
^i (Kèm theo Kế hoạch số 46/KH-UBND ngày 14/02/2025 của UBND tỉnh Hải Dương)
^S
""", st)
    cw = [1.0 * cm, 5.9 * cm, 3.0 * cm, 3.6 * cm, 2.5 * cm]
    data = [[Paragraph(h, cs["bc"]) for h in
             ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]
    for row in P01_TABLE:
        r = len(data)
        if row[0] == "G":
            data.append([Paragraph(row[1], cs["bc"]), Paragraph(escape(row[2]), cs["b"]), "", "", ""])
            style.append(("SPAN", (1, r), (4, r)))
        else:
            _, no, task, lead, coop, tf = row
            data.append([Paragraph(no, cs["c"]), Paragraph(escape(task), cs["j"]), Paragraph(escape(lead), cs["n"]),
                         Paragraph(escape(coop), cs["n"]), Paragraph(escape(tf), cs["c"])])
    t = Table(data, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story)


# ============================================================================================
# p02  Quảng Trị (province after 1 July 2025)  L1
#      body portrait, appendix on landscape pages; columns STT | Nhiệm vụ | Thời gian |
#      Chủ trì | Phối hợp | Ghi chú; header row NOT repeated; groups A, B, ... with rows 1, 2;
#      page number alone at the top centre from page 2 (as the Decree 30 style asks).
# ============================================================================================

P02_BODY = """
^C KẾ HOẠCH
^c Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Quảng Trị
^i _______________
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;
Căn cứ Công văn số 4120/BYT-BMTE ngày 15/7/2025 của Bộ Y tế về việc tiếp tục triển khai các nhiệm vụ về trẻ em sau sắp xếp đơn vị hành chính;
Trên cơ sở kết quả triển khai Kế hoạch số 95/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh Quảng Trị (trước sắp xếp), để thống nhất tổ chức thực hiện trên địa bàn tỉnh sau hợp nhất, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:
^H I. MỤC ĐÍCH, YÊU CẦU
1. Thống nhất các nhiệm vụ thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh sau sắp xếp đơn vị hành chính; phân công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành.
2. Bảo đảm không gián đoạn các chính sách, dịch vụ đối với trẻ em trong quá trình vận hành chính quyền địa phương hai cấp; ưu tiên trẻ em vùng đồng bào dân tộc thiểu số, vùng biên giới, ven biển và hải đảo.
^H II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU
^T 1. Hoàn thiện cơ chế, chính sách về trẻ em sau sắp xếp.| Rà soát, thống nhất các chính sách hỗ trợ trẻ em đang áp dụng; kiện toàn đội ngũ làm công tác trẻ em ở cấp xã.
^T 2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội.| Đa dạng hóa hình thức truyền thông về quyền trẻ em, chú trọng nền tảng số và truyền thông tại cộng đồng.
^T 3. Nâng cao năng lực, phối hợp liên ngành và phát triển dịch vụ.| Tập trung vào đội ngũ cấp xã, dịch vụ y tế, giáo dục và bảo vệ trẻ em ở vùng khó khăn.
^T 4. Tăng cường kiểm tra, giám sát; hoàn thiện cơ sở dữ liệu về trẻ em.| Hợp nhất dữ liệu về trẻ em, kết nối với cơ sở dữ liệu quốc gia về dân cư.
^T 5. Bảo đảm nguồn lực và mở rộng hợp tác quốc tế.| Bố trí ngân sách theo phân cấp; vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ.
^I Phân công nhiệm vụ cụ thể tại Phụ lục ban hành kèm theo Kế hoạch này.
^H III. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia và nguồn tài trợ, huy động hợp pháp khác.
^H IV. TỔ CHỨC THỰC HIỆN
^T 1. Sở Y tế:| là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường, đặc khu triển khai Kế hoạch; hướng dẫn, theo dõi, đôn đốc, tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế.
^T 2. Các sở, ban, ngành tỉnh:| căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động xây dựng kế hoạch hoặc lồng ghép vào chương trình công tác năm để thực hiện.
^T 3. Ủy ban nhân dân các xã, phường, đặc khu:| ban hành kế hoạch thực hiện tại địa phương; giao Phòng Văn hóa - Xã hội làm đầu mối theo dõi, tổng hợp.
^T 4. Chế độ báo cáo:| các cơ quan, đơn vị, địa phương gửi báo cáo kết quả thực hiện về Sở Y tế định kỳ 6 tháng trước ngày 10/6 và hằng năm trước ngày 10/12 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.
^T 5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội:| phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch.
Kế hoạch này thay thế Kế hoạch số 95/KH-UBND ngày 10/4/2025 của Ủy ban nhân dân tỉnh Quảng Trị (trước sắp xếp). Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.
"""

P02_RECIPIENTS = ["- Bộ Y tế (Cục Bà mẹ và Trẻ em);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                  "- CT, các PCT UBND tỉnh;", "- UBMTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;",
                  "- UBND các xã, phường, đặc khu;", "- Lưu: VT, VX."]

# rows: ("G", letter, title) / ("R", no, task, timeframe, lead, coop, note)
P02_TABLE = [
    ("G", "A", "HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH VỀ TRẺ EM"),
    ("R", "1", "Rà soát các chính sách hỗ trợ trẻ em của hai tỉnh trước sắp xếp, đề xuất ban hành chính sách thống nhất áp dụng trên địa bàn tỉnh.",
     "Trước ngày 31/12/2025", "Sở Y tế", "Sở Tư pháp; Sở Tài chính; Sở Nội vụ", "Trình HĐND tỉnh tại kỳ họp cuối năm"),
    ("R", "2", "Tham gia góp ý các dự thảo luật, nghị định liên quan đến trẻ em theo đề nghị của các bộ, ngành Trung ương.",
     "Theo đề nghị của Bộ Y tế", "Sở Tư pháp", "Các sở, ban, ngành liên quan", ""),
    ("R", "3", "Hướng dẫn Ủy ban nhân dân các xã, phường, đặc khu bố trí công chức và kiện toàn đội ngũ cộng tác viên làm công tác trẻ em sau sắp xếp.",
     "Quý IV/2025", "Sở Nội vụ; Sở Y tế", "UBND các xã, phường, đặc khu", ""),
    ("G", "B", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI"),
    ("R", "1", "Tuyên truyền Quyết định số 27/QĐ-TTg, Luật Trẻ em và Kế hoạch này trên báo chí, nền tảng số và hệ thống thông tin cơ sở.",
     "Thường xuyên", "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Quảng Trị; Sở Y tế", ""),
    ("R", "2", "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em cấp tỉnh, bảo đảm sự tham gia của trẻ em các dân tộc.",
     "Tháng 5 - tháng 6 hằng năm", "Sở Y tế", "Tỉnh đoàn; Sở Giáo dục và Đào tạo; UBND các xã, phường, đặc khu", "Tổ chức luân phiên giữa các khu vực"),
    ("R", "3", "Giáo dục kỹ năng phòng, chống đuối nước, thiên tai, bão lũ cho học sinh vùng ven biển, vùng trũng thấp.",
     "Năm học 2025 - 2026", "Sở Giáo dục và Đào tạo", "Bộ Chỉ huy Quân sự tỉnh; Hội Chữ thập đỏ tỉnh", ""),
    ("R", "4", "Truyền thông phòng, chống mua bán trẻ em, kết hôn trẻ em tại khu vực biên giới Việt - Lào.",
     "Hằng năm", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh; UBND các xã biên giới", ""),
    ("G", "C", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH VÀ PHÁT TRIỂN DỊCH VỤ"),
    ("R", "1", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức Phòng Văn hóa - Xã hội cấp xã và cộng tác viên thôn, bản, tổ dân phố.",
     "Quý IV/2025 và hằng năm", "Sở Y tế", "UBND các xã, phường, đặc khu", "Ưu tiên các xã mới thành lập"),
    ("R", "2", "Xây dựng, duy trì mô hình trường học an toàn, thân thiện và phòng tham vấn tâm lý học đường.",
     "2025 - 2030", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Mỗi xã, phường ít nhất 01 trường"),
    ("R", "3", "Bố trí phòng lấy lời khai thân thiện với trẻ em tại cơ quan điều tra; tập huấn kỹ năng điều tra thân thiện.",
     "Giai đoạn 2026-2030", "Công an tỉnh", "Tòa án nhân dân tỉnh; Viện Kiểm sát nhân dân tỉnh", ""),
    ("R", "4", "Nâng cao chất lượng dịch vụ y tế cho trẻ em vùng đồng bào dân tộc thiểu số; phòng, chống suy dinh dưỡng thấp còi.",
     "Thường xuyên", "Sở Y tế", "Sở Dân tộc và Tôn giáo; UBND các xã, phường, đặc khu", ""),
    ("G", "D", "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU VỀ TRẺ EM"),
    ("R", "1", "Kiểm tra liên ngành việc thực hiện quyền trẻ em tại một số xã, phường, đặc khu.",
     "Hằng năm", "Sở Y tế", "Thanh tra tỉnh, Công an tỉnh", ""),
    ("R", "2", "Hợp nhất, chuẩn hóa cơ sở dữ liệu về trẻ em của hai tỉnh trước sắp xếp; kết nối với cơ sở dữ liệu quốc gia về dân cư.",
     "Quý I/2026", "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ; Thống kê tỉnh", ""),
    ("R", "3", "Xây dựng báo cáo của tỉnh phục vụ Báo cáo quốc gia lần thứ bảy về thực hiện Công ước của Liên hợp quốc về quyền trẻ em.",
     "Năm 2027", "Sở Y tế", "Các sở, ban, ngành liên quan", "Theo hướng dẫn của Bộ Y tế"),
    ("G", "E", "NGUỒN LỰC VÀ HỢP TÁC QUỐC TẾ"),
    ("R", "1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
     "Hằng năm", "Sở Tài chính", "Sở Y tế", ""),
    ("R", "2", "Vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài cho các chương trình, dự án về trẻ em.",
     "Khi có yêu cầu", "Văn phòng UBND tỉnh", "Sở Y tế; Liên hiệp các tổ chức hữu nghị tỉnh", ""),
]


def build_p02(buf):
    st = pstyles(13)
    cs = cell_styles(10.5)
    pw, ph = A4
    lw, lh = landscape(A4)
    lm, rm, tm, bm = 3 * cm, 2 * cm, 2 * cm, 2 * cm
    width = pw - lm - rm
    lwidth = lw - 2 * cm - 2 * cm

    def pageno(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Roboto", 11)
        w, h = canv._pagesize
        canv.drawCentredString(w / 2, h - 1.2 * cm, "%d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, title="Ke hoach", author="UBND tinh")
    doc.addPageTemplates([
        PageTemplate(id="port", frames=[Frame(lm, bm, width, ph - tm - bm, id="fp")], onPage=pageno, pagesize=A4),
        PageTemplate(id="land", frames=[Frame(2 * cm, 1.8 * cm, lwidth, lh - 3.6 * cm, id="fl")], onPage=pageno,
                     pagesize=landscape(A4)),
    ])
    story = [header_table(
        [("hdrn", "ỦY BAN NHÂN DÂN"), ("hdr", "TỈNH QUẢNG TRỊ"), ("hdrn", "_______"),
         ("hdrn", "Số: 1520/KH-UBND")],
        [("hdr", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("hdr", "Độc lập - Tự do - Hạnh phúc"),
         ("hdrn", "______________________"), ("hdri", "Quảng Trị, ngày 18 tháng 8 năm 2025")],
        st, width, split=0.4)]
    story += blocks_to_flowables(P02_BODY, st)
    story.append(Spacer(1, 10))
    story.append(signature_table(P02_RECIPIENTS, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                                 "Phan Thị Diệu Linh", st, width))
    story.append(NextPageTemplate("land"))
    story.append(PageBreak())
    story += blocks_to_flowables("""
^c Phụ lục
^c PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC
^i (Ban hành kèm theo Kế hoạch số 1520/KH-UBND ngày 18/8/2025 của Ủy ban nhân dân tỉnh Quảng Trị)
^S
""", st)
    cw = [1.1 * cm, 9.2 * cm, 3.0 * cm, 3.6 * cm, 5.0 * cm, 3.7 * cm]
    data = [[Paragraph(h, cs["bc"]) for h in
             ("STT", "Nhiệm vụ", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp", "Ghi chú")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for row in P02_TABLE:
        r = len(data)
        if row[0] == "G":
            data.append([Paragraph(row[1], cs["bc"]), Paragraph(escape(row[2]), cs["b"]), "", "", "", ""])
            style.append(("SPAN", (1, r), (5, r)))
        else:
            _, no, task, tf, lead, coop, note = row
            data.append([Paragraph(no, cs["c"]), Paragraph(escape(task), cs["j"]), Paragraph(escape(tf), cs["c"]),
                         Paragraph(escape(lead), cs["c"]), Paragraph(escape(coop), cs["n"]),
                         Paragraph(escape(note), cs["n"])])
    t = Table(data, colWidths=cw, repeatRows=0)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story)


# ============================================================================================
# p03  thị xã Ninh Hòa, Khánh Hòa (district, May 2025, draft with blank number and day)  L1
#      portrait, narrow columns; NO timeframe column but a "Sản phẩm" column; group rows do
#      not span (numeral in STT, title in the task cell, other cells empty); header row
#      repeated; rows may break across pages; bare page number at the bottom right.
# ============================================================================================

P03_BODY = """
^C KẾ HOẠCH
^c Triển khai thực hiện Kế hoạch số 2870/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân tỉnh Khánh Hòa về thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thị xã Ninh Hòa
^i _______________
Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;
Căn cứ Kế hoạch số 2870/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân tỉnh Khánh Hòa triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ;
Theo đề nghị của Phòng Y tế thị xã, Ủy ban nhân dân thị xã Ninh Hòa ban hành Kế hoạch triển khai thực hiện, cụ thể như sau:
^H I. MỤC ĐÍCH, YÊU CẦU
- Cụ thể hóa các nhiệm vụ được Ủy ban nhân dân tỉnh giao, phù hợp với tình hình thực tế của thị xã; phân công rõ trách nhiệm của từng cơ quan, đơn vị và Ủy ban nhân dân các xã, phường.
- Việc triển khai phải gắn với Chương trình hành động vì trẻ em của thị xã, bảo đảm thiết thực, hiệu quả, tránh hình thức.
^H II. NHIỆM VỤ, GIẢI PHÁP
1. Tăng cường tuyên truyền, nâng cao nhận thức của gia đình, nhà trường và cộng đồng về quyền và bổn phận của trẻ em.
2. Nâng cao năng lực cho đội ngũ làm công tác trẻ em; tăng cường phối hợp liên ngành trong phòng ngừa, xử lý các vụ việc xâm hại trẻ em.
3. Phát triển các dịch vụ bảo vệ, chăm sóc sức khỏe, giáo dục và vui chơi, giải trí cho trẻ em.
4. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật đầy đủ cơ sở dữ liệu về trẻ em.
5. Bố trí nguồn lực, đẩy mạnh xã hội hóa công tác chăm sóc, bảo vệ trẻ em.
^I (Phân công cụ thể theo Phụ lục đính kèm)
^H III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp; lồng ghép từ các chương trình, đề án có liên quan và nguồn xã hội hóa.
^H IV. TỔ CHỨC THỰC HIỆN
^h 1. Phòng Y tế
Chủ trì, phối hợp với các cơ quan, đơn vị hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã và Sở Y tế tỉnh Khánh Hòa theo quy định.
^h 2. Các cơ quan, đơn vị thuộc thị xã; Ủy ban nhân dân các xã, phường
Căn cứ nhiệm vụ được phân công, chủ động triển khai thực hiện; báo cáo kết quả về Ủy ban nhân dân thị xã (qua Phòng Y tế) trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 25/11 (báo cáo năm).
^h 3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các đoàn thể
Phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia thực hiện; giám sát việc thực hiện Kế hoạch.
Trên đây là Kế hoạch triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thị xã Nình Hòa. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.
"""

P03_RECIPIENTS = ["- UBND tỉnh Khánh Hòa (b/c);", "- Sở Y tế tỉnh;", "- TT Thị ủy; TT HĐND thị xã;",
                  "- CT, các PCT UBND thị xã;", "- Các phòng, ban, đơn vị thuộc thị xã;",
                  "- UBND các xã, phường;", "- Lưu: VT."]

# rows: ("G", numeral, title) / ("R", no, task, lead, coop, product)
P03_TABLE = [
    ("G", "I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC"),
    ("R", "1", "Tuyên truyền Luật Trẻ em, Quyết định số 27/QĐ-TTg trên hệ thống truyền thanh thị xã và các xã, phường.",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa - Thông tin và Thể thao; UBND các xã, phường", "Chuyên mục, tin bài"),
    ("R", "2", "Tổ chức tuyên truyền, giáo dục kỹ năng sống, kỹ năng phòng, chống xâm hại, đuối nước cho học sinh các trường trên địa bàn.",
     "Phòng Giáo dục và Đào tạo", "Thị đoàn; Phòng Y tế", "Buổi sinh hoạt ngoại khóa"),
    ("R", "3", "Vận động các gia đình đăng ký khai sinh đúng hạn cho trẻ em, nhất là ở các xã miền núi.",
     "Phòng Tư pháp", "UBND các xã, phường", "Báo cáo kết quả"),
    ("G", "II", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH"),
    ("R", "1", "Tập huấn kỹ năng bảo vệ trẻ em cho công chức văn hóa - xã hội, cộng tác viên thôn, tổ dân phố.",
     "Phòng Y tế", "", "Lớp tập huấn"),
    ("R", "2", "Phối hợp tiếp nhận, xác minh, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 và các vụ việc xâm hại trẻ em được phát hiện trên địa bàn; hỗ trợ, can thiệp kịp thời cho trẻ em bị xâm hại và gia đình.",
     "Công an thị xã", "Phòng Y tế; Phòng Tư pháp; UBND các xã, phường", "Hồ sơ vụ việc"),
    ("R", "3", "Duy trì mô hình \u201cNgôi nhà an toàn\u201d và câu lạc bộ quyền tham gia của trẻ em tại các xã, phường.",
     "Hội Liên hiệp Phụ nữ thị xã; Thị đoàn", "UBND các xã, phường", "Mô hình được duy trì"),
    ("G", "III", "PHÁT TRIỂN DỊCH VỤ BẢO VỆ, CHĂM SÓC TRẺ EM"),
    ("R", "1", "Thực hiện chính sách trợ giúp xã hội, hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật, trẻ em mồ côi.",
     "Phòng Y tế", "Phòng Tài chính - Kế hoạch; UBND các xã, phường", "Quyết định trợ cấp"),
    ("R", "2", "Khám sàng lọc, tiêm chủng đầy đủ, phòng, chống suy dinh dưỡng cho trẻ em dưới 5 tuổi.",
     "Trung tâm Y tế thị xã", "UBND các xã, phường", "Báo cáo chuyên môn"),
    ("R", "3", "Tổ chức các hoạt động vui chơi, văn hóa, thể thao cho trẻ em dịp hè và Tết Trung thu; bảo đảm an toàn, phòng, chống đuối nước tại các điểm sinh hoạt hè, khu vui chơi công cộng và bãi tắm trên địa bàn thị xã.",
     "Trung tâm Văn hóa - Thông tin và Thể thao", "Thị đoàn", "Chương trình hoạt động"),
    ("G", "IV", "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU"),
    ("R", "1", "Kiểm tra việc thực hiện quyền trẻ em tại các xã, phường và các cơ sở giáo dục mầm non độc lập, tư thục.",
     "Phòng Y tế", "Phòng Giáo dục và Đào tạo; Phòng Tư pháp", "Thông báo kết luận kiểm tra"),
    ("R", "2", "Cập nhật dữ liệu trẻ em trên phần mềm quản lý, bảo đảm khớp đúng với dữ liệu dân cư.",
     "UBND các xã, phường", "Công an thị xã", "Dữ liệu được cập nhật"),
    ("G", "V", "NGUỒN LỰC"),
    ("R", "", "Tham mưu bố trí kinh phí thực hiện Kế hoạch; vận động xã hội hóa nguồn lực chăm lo cho trẻ em có hoàn cảnh khó khăn.",
     "Phòng Tài chính - Kế hoạch", "Phòng Y tế; Ủy ban Mặt trận Tổ quốc Việt Nam thị xã", "Dự toán được giao"),
]


def build_p03(buf):
    st = pstyles(13)
    cs = cell_styles(10)
    pw, ph = A4
    lm, rm, tm, bm = 3 * cm, 1.5 * cm, 2 * cm, 2 * cm
    width = pw - lm - rm

    def pageno(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 10)
        canv.drawRightString(pw - rm, 1.0 * cm, "%d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, title="Ke hoach", author="UBND thi xa")
    doc.addPageTemplates([PageTemplate(id="p", frames=[Frame(lm, bm, width, ph - tm - bm, id="f")],
                                       onPage=pageno)])
    story = [header_table(
        [("hdrn", "ỦY BAN NHÂN DÂN"), ("hdr", "THỊ XÃ NINH HÒA"), ("hdrn", "_______"),
         ("hdrn", "Số:        /KH-UBND")],
        [("hdr", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("hdr", "Độc lập - Tự do - Hạnh phúc"),
         ("hdrn", "______________________"), ("hdri", "Ninh Hòa, ngày      tháng 5 năm 2025")],
        st, width)]
    story += blocks_to_flowables(P03_BODY, st)
    story.append(Spacer(1, 10))
    story.append(signature_table(P03_RECIPIENTS, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
                                 "Võ Thị Kim Ngân", st, width))
    story.append(PageBreak())
    story += blocks_to_flowables("""
^C PHỤ LỤC
^c PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN THỊ XÃ NINH HÒA
^i (Kèm theo Kế hoạch số      /KH-UBND ngày     /5/2025 của UBND thị xã Ninh Hòa)
""", st)
    story.append(Spacer(1, 30))  # places a page break inside row III.3
    cw = [1.0 * cm, 6.0 * cm, 3.0 * cm, 3.6 * cm, 2.9 * cm]
    data = [[Paragraph(h, cs["bc"]) for h in
             ("TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Sản phẩm")]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for row in P03_TABLE:
        if row[0] == "G":
            data.append([Paragraph(row[1], cs["bc"]), Paragraph(escape(row[2]), cs["b"]), "", "", ""])
        else:
            _, no, task, lead, coop, prod = row
            data.append([Paragraph(no, cs["c"]), Paragraph(escape(task), cs["j"]), Paragraph(escape(lead), cs["n"]),
                         Paragraph(escape(coop), cs["n"]), Paragraph(escape(prod), cs["n"])])
    t = Table(data, colWidths=cw, repeatRows=1, splitInRow=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story)


# ============================================================================================
# p10  Thái Nguyên (province after 1 July 2025)  L8  .docx
#      section II two-level (1. / 1.1 ...); appendix as a Word table with a header row and
#      group rows merged across all columns (numeral written inside the merged cell).
# ============================================================================================

P10_BODY = """
^C KẾ HOẠCH
^c Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Thái Nguyên
^i ________________
Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;
Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;
Căn cứ Công văn số 5011/BYT-BMTE ngày 20/8/2025 của Bộ Y tế về việc đôn đốc triển khai Quyết định số 27/QĐ-TTg;
Xét đề nghị của Sở Y tế tại Tờ trình số 310/TTr-SYT ngày 30/9/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:
^H I. MỤC ĐÍCH, YÊU CẦU
^h 1. Mục đích
Triển khai đồng bộ các nhiệm vụ được Thủ tướng Chính phủ giao tại Quyết định số 27/QĐ-TTg; bảo đảm các chính sách, dịch vụ đối với trẻ em được duy trì liên tục sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.
^h 2. Yêu cầu
Phân công cụ thể, rõ trách nhiệm; gắn việc thực hiện Kế hoạch với Chương trình hành động vì trẻ em tỉnh Thái Nguyên giai đoạn 2021 - 2030 và các chương trình mục tiêu quốc gia trên địa bàn.
^H II. NHIỆM VỤ VÀ GIẢI PHÁP
^h 1. Nhiệm vụ, giải pháp chung
1.1. Nâng cao nhận thức, trách nhiệm của các cấp ủy đảng, chính quyền, cơ quan, đơn vị và gia đình về bảo đảm thực hiện quyền trẻ em, nhất là quyền được bảo vệ và quyền tham gia của trẻ em.
1.2. Kiện toàn đội ngũ công chức, cộng tác viên làm công tác trẻ em ở cấp xã sau khi tổ chức chính quyền địa phương hai cấp; nâng cao năng lực phối hợp liên ngành.
1.3. Phát triển mạng lưới dịch vụ y tế, giáo dục, trợ giúp xã hội và bảo vệ trẻ em, ưu tiên trẻ em vùng đồng bào dân tộc thiểu số, vùng cao.
1.4. Tăng cường kiểm tra, giám sát; cập nhật, khai thác hiệu quả cơ sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư.
1.5. Huy động các nguồn lực xã hội và tăng cường hợp tác quốc tế trong thực hiện quyền trẻ em.
^h 2. Nhiệm vụ cụ thể
Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này.
^H III. KINH PHÍ THỰC HIỆN
Từ nguồn ngân sách nhà nước được giao trong dự toán hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp; nguồn lồng ghép các chương trình mục tiêu quốc gia; nguồn tài trợ, viện trợ và huy động hợp pháp khác.
^H IV. TỔ CHỨC THỰC HIỆN
^T 1. Sở Y tế:| Chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân các xã, phường hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh, Bộ Y tế.
^T 2. Sở Tài chính:| Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân sách nhà nước.
^T 3. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường:| Căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch hoặc lồng ghép tổ chức thực hiện; định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 15/12) báo cáo kết quả thực hiện về Sở Y tế để tổng hợp.
^T 4. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh:| Theo chức năng, nhiệm vụ phối hợp thực hiện và giám sát việc thực hiện Kế hoạch.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.
"""

P10_RECIPIENTS = ["- Bộ Y tế (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- Chủ tịch, các PCT UBND tỉnh;",
                  "- Các sở, ban, ngành tỉnh;", "- UBND các xã, phường;", "- Lưu: VT, KGVX."]

# rows: ("G", "I. title") / ("R", no, task, lead, coop, timeframe)
P10_TABLE = [
    ("G", "I. HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
    ("R", "1", "Rà soát, đề xuất sửa đổi các quyết định của Ủy ban nhân dân tỉnh về chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt cho phù hợp với địa bàn tỉnh sau hợp nhất.",
     "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Quý IV/2025"),
    ("R", "2", "Tham gia góp ý các dự thảo văn bản quy phạm pháp luật liên quan đến trẻ em khi có đề nghị.",
     "Sở Tư pháp", "Các sở, ban, ngành liên quan", "Theo đề nghị của các Bộ, ngành Trung ương"),
    ("G", "II. TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI"),
    ("R", "1", "Tuyên truyền Quyết định số 27/QĐ-TTg, Luật Trẻ em trên báo chí, cổng thông tin điện tử và mạng xã hội của các cơ quan, địa phương.",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Thái Nguyên; UBND các xã, phường", "Thường xuyên"),
    ("R", "2", "Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em, Ngày Quốc tế Thiếu nhi 01/6.",
     "Sở Y tế", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 6 hằng năm"),
    ("R", "3", "Giáo dục quyền và bổn phận của trẻ em cho học sinh dân tộc thiểu số; duy trì dạy tiếng dân tộc thiểu số ở những nơi có điều kiện.",
     "Sở Giáo dục và Đào tạo", "Sở Dân tộc và Tôn giáo", "Năm học 2025 - 2026"),
    ("G", "III. NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH"),
    ("R", "1", "Bồi dưỡng nghiệp vụ bảo vệ trẻ em cho công chức Phòng Văn hóa - Xã hội các xã, phường và cộng tác viên thôn, xóm, tổ dân phố.",
     "Sở Y tế; Sở Nội vụ", "UBND các xã, phường", "Năm 2026"),
    ("R", "2", "Điều tra, xử lý nghiêm các hành vi xâm hại trẻ em, nhất là xâm hại trên môi trường mạng; bảo đảm quy trình điều tra thân thiện.",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Sở Khoa học và Công nghệ", "Thường xuyên"),
    ("R", "3", "Xây dựng mô hình phòng ngừa lao động trẻ em tại các vùng trồng, chế biến chè và khu vực khai thác khoáng sản.",
     "Sở Nội vụ", "Sở Nông nghiệp và Môi trường; UBND các xã, phường", "2025 - 2030"),
    ("G", "IV. PHÁT TRIỂN HỆ THỐNG DỊCH VỤ"),
    ("R", "1", "Nâng cao chất lượng chăm sóc sức khỏe, dinh dưỡng cho trẻ em; tiêm chủng đầy đủ; chăm sóc sức khỏe tâm thần cho trẻ em, học sinh.",
     "Sở Y tế", "", "Hằng năm"),
    ("R", "2", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
     "Sở Dân tộc và Tôn giáo", "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh", "Giai đoạn 2026-2030"),
    ("R", "3", "Kiểm soát ô nhiễm môi trường tại khu vực khai thác khoáng sản, bảo đảm môi trường sống an toàn cho trẻ em.",
     "Sở Nông nghiệp và Môi trường", "Sở Y tế", "2026 - 2030"),
    ("G", "V. KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU VỀ TRẺ EM"),
    ("R", "1", "Kiểm tra liên ngành việc thực hiện chính sách, pháp luật về trẻ em tại một số xã, phường.",
     "Sở Y tế", "Thanh tra tỉnh", "Quý II hằng năm"),
    ("R", "2", "Chuẩn hóa, làm sạch dữ liệu trẻ em của hai tỉnh trước hợp nhất; kết nối với cơ sở dữ liệu quốc gia về dân cư.",
     "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ", "Trước ngày 30/6/2026"),
    ("G", "VI. NGUỒN LỰC VÀ HỢP TÁC QUỐC TẾ"),
    ("R", "1", "Bố trí kinh phí thực hiện Kế hoạch; vận động các tổ chức quốc tế hỗ trợ các dự án về trẻ em.",
     "Sở Tài chính", "Sở Y tế; Văn phòng UBND tỉnh", "Hằng năm"),
]


def build_p10():
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    import datetime

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    cp = doc.core_properties
    cp.author = "Văn phòng UBND tỉnh"
    cp.created = datetime.datetime(2025, 10, 14, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 10, 14, 8, 0, 0)
    cp.last_modified_by = "VT"

    def para(text, bold=False, italic=False, align=None, indent=True, size=None, space_after=4):
        p = doc.add_paragraph()
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "l":
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent and align not in ("c",):
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(space_after)
        return p, (lambda t, b=bold, i=italic: _run(p, t, b, i, size))

    def _run(p, t, b, i, size):
        r = p.add_run(t)
        r.bold, r.italic = b, i
        if size:
            r.font.size = Pt(size)
        return r

    def no_borders(table):
        tbl = table._tbl
        tblPr = tbl.tblPr
        borders = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            el = OxmlElement("w:%s" % edge)
            el.set(qn("w:val"), "nil")
            borders.append(el)
        tblPr.append(borders)

    # header table
    ht = doc.add_table(rows=1, cols=2)
    no_borders(ht)
    left, right = ht.rows[0].cells
    left.width, right.width = Cm(6.5), Cm(9.5)
    for cell, lines in ((left, [("ỦY BAN NHÂN DÂN", False, False), ("TỈNH THÁI NGUYÊN", True, False),
                                 ("Số: 215/KH-UBND", False, False)]),
                        (right, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False),
                                 ("Độc lập - Tự do - Hạnh phúc", True, False),
                                 ("Thái Nguyên, ngày 14 tháng 10 năm 2025", False, True)])):
        cell.paragraphs[0].text = ""
        first = True
        for t, b, i in lines:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(t)
            r.bold, r.italic = b, i
            r.font.size = Pt(13)

    for kind, body in parse_blocks(P10_BODY):
        if kind == "C":
            p, add = para("", align="c", indent=False, space_after=0)
            add(body, b=True)
        elif kind == "c":
            p, add = para("", align="c", indent=False, space_after=0)
            add(body, b=True)
        elif kind == "i":
            p, add = para("", align="c", indent=False)
            add(body)
        elif kind in ("H", "h"):
            p, add = para("")
            add(body, b=True)
        elif kind == "I":
            p, add = para("")
            add(body, i=True)
        elif kind == "T":
            head, _, rest = body.partition("|")
            p, add = para("")
            add(head, b=True)
            add(rest)
        else:
            p, add = para("")
            add(body)

    # recipients + signature
    st = doc.add_table(rows=1, cols=2)
    no_borders(st)
    lc, rc = st.rows[0].cells
    p = lc.paragraphs[0]
    r = p.add_run("Nơi nhận:")
    r.bold, r.italic = True, True
    r.font.size = Pt(12)
    for line in P10_RECIPIENTS:
        q = lc.add_paragraph()
        rr = q.add_run(line)
        rr.font.size = Pt(11)
    first = True
    for t in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Hà Thị Thanh Loan"]:
        q = rc.paragraphs[0] if first else rc.add_paragraph()
        first = False
        q.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = q.add_run(t)
        rr.bold = True

    # appendix in a new landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin, new.top_margin, new.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
    for t, b, i in (("Phụ lục", True, False),
                    ("NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH THÁI NGUYÊN", True, False),
                    ("(Kèm theo Kế hoạch số 215/KH-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh Thái Nguyên)", False, True)):
        p, add = para("", align="c", indent=False, space_after=2)
        add(t, b=b, i=i)

    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.2), Cm(10.5), Cm(4.0), Cm(6.0), Cm(4.0)]
    hdr = table.rows[0]
    for i, h in enumerate(("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện")):
        c = hdr.cells[i]
        c.width = widths[i]
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(12)
    # mark the first row as a header row (repeats on each page)
    trPr = hdr._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)

    for row in P10_TABLE:
        cells = table.add_row().cells
        for i, c in enumerate(cells):
            c.width = widths[i]
        if row[0] == "G":
            merged = cells[0].merge(cells[4])
            r = merged.paragraphs[0].add_run(row[1])
            r.bold = True
            r.font.size = Pt(12)
        else:
            _, no, task, lead, coop, tf = row
            for i, (t, al) in enumerate(((no, "c"), (task, "j"), (lead, "l"), (coop, "l"), (tf, "c"))):
                p = cells[i].paragraphs[0]
                p.alignment = {"c": WD_ALIGN_PARAGRAPH.CENTER, "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
                               "l": WD_ALIGN_PARAGRAPH.LEFT}[al]
                r = p.add_run(t)
                r.font.size = Pt(12)

    buf = io.BytesIO()
    doc.save(buf)
    return rezip_fixed(buf.getvalue(), {"docProps/core.xml": fix_core_xml})


# ============================================================================================
# p11  Bộ Dân tộc và Tôn giáo (national, May 2025)  L9  .pdf
#      whole plan; appendix as a ruled (GRID) table with a "Sản phẩm" column on landscape
#      pages, header row repeated; plain page numbers at the top centre from page 2.
# ============================================================================================

P11_BODY = """
^C KẾ HOẠCH
^c Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trong lĩnh vực công tác dân tộc, tín ngưỡng, tôn giáo
^i _______________
Căn cứ Nghị định số 41/2025/NĐ-CP ngày 26 tháng 02 năm 2025 của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Dân tộc và Tôn giáo;
Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;
Bộ Dân tộc và Tôn giáo ban hành Kế hoạch thực hiện như sau:
^H I. MỤC ĐÍCH, YÊU CẦU
1. Triển khai kịp thời, hiệu quả các nhiệm vụ được Thủ tướng Chính phủ giao cho Bộ Dân tộc và Tôn giáo tại Quyết định số 27/QĐ-TTg, góp phần bảo đảm quyền của trẻ em vùng đồng bào dân tộc thiểu số và miền núi, quyền tự do tín ngưỡng, tôn giáo của trẻ em.
2. Xác định rõ trách nhiệm của các vụ, đơn vị thuộc Bộ; tăng cường phối hợp với các bộ, ngành, địa phương trong quá trình thực hiện.
^H II. NHIỆM VỤ, GIẢI PHÁP
^h 1. Hoàn thiện chính sách dân tộc, tôn giáo có liên quan đến trẻ em
- Rà soát các chính sách dân tộc, chương trình mục tiêu quốc gia để lồng ghép nội dung bảo đảm quyền trẻ em.
- Tham gia xây dựng, sửa đổi các văn bản quy phạm pháp luật về tín ngưỡng, tôn giáo liên quan đến trẻ em.
^h 2. Đẩy mạnh truyền thông, phổ biến pháp luật cho đồng bào dân tộc thiểu số, chức sắc, chức việc
- Đa dạng hóa hình thức tuyên truyền, chú trọng tài liệu song ngữ, phù hợp với phong tục, tập quán của từng dân tộc.
^h 3. Nâng cao năng lực đội ngũ làm công tác dân tộc, tôn giáo về quyền trẻ em
- Bồi dưỡng kiến thức, kỹ năng cho cán bộ, công chức làm công tác dân tộc, tôn giáo ở trung ương và địa phương.
- Xây dựng, nhân rộng các mô hình phù hợp với vùng đồng bào dân tộc thiểu số.
^h 4. Bảo đảm quyền của trẻ em dân tộc thiểu số và quyền tự do tín ngưỡng, tôn giáo của trẻ em
- Hỗ trợ trẻ em dân tộc thiểu số, nhất là trẻ em các dân tộc rất ít người, tiếp cận dịch vụ giáo dục, y tế; bảo tồn bản sắc văn hóa của các dân tộc.
^h 5. Theo dõi, thống kê, đánh giá và hợp tác quốc tế về trẻ em dân tộc thiểu số
- Hoàn thiện các chỉ tiêu thống kê về trẻ em dân tộc thiểu số; tham gia xây dựng báo cáo quốc gia về thực hiện Công ước.
^I (Nhiệm vụ cụ thể tại Phụ lục kèm theo)
^H III. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước giao cho Bộ Dân tộc và Tôn giáo trong dự toán hằng năm, nguồn Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các nguồn hợp pháp khác.
^H IV. TỔ CHỨC THỰC HIỆN
^T 1. Vụ Chính sách dân tộc| là đơn vị đầu mối, chủ trì, phối hợp với các vụ, đơn vị thuộc Bộ theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng hợp kết quả thực hiện, báo cáo Bộ trưởng và gửi Bộ Y tế trước ngày 20/6 (báo cáo 6 tháng) và trước ngày 20/12 (báo cáo năm).
^T 2. Vụ Kế hoạch - Tài chính| tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ.
^T 3. Các vụ, đơn vị thuộc Bộ| căn cứ nhiệm vụ được giao tại Phụ lục, chủ động triển khai, gửi kết quả về Vụ Chính sách dân tộc để tổng hợp.
^T 4. Đề nghị Sở Dân tộc và Tôn giáo các tỉnh, thành phố trực thuộc trung ương| tham mưu Ủy ban nhân dân cấp tỉnh lồng ghép các nội dung của Kế hoạch này vào kế hoạch thực hiện Quyết định số 27/QĐ-TTg tại địa phương.
Trong quá trình thực hiện, nếu có vướng mắc, các vụ, đơn vị phản ánh về Vụ Chính sách dân tộc để tổng hợp, báo cáo Lãnh đạo Bộ xem xét, chỉ đạo./.
"""

P11_RECIPIENTS = ["- Thủ tướng Chính phủ (để b/c);", "- Phó Thủ tướng Lê Thành Long (để b/c);",
                  "- Bộ trưởng, các Thứ trưởng;", "- Bộ Y tế (Cục Bà mẹ và Trẻ em);",
                  "- Các vụ, đơn vị thuộc Bộ;", "- Sở Dân tộc và Tôn giáo các tỉnh, thành phố;",
                  "- Lưu: VT, CSDT (05)."]

# rows: ("G", numeral, title) / ("R", no, task, lead, coop, timeframe, product)
P11_TABLE = [
    ("G", "I", "Hoàn thiện chính sách dân tộc, tôn giáo có liên quan đến trẻ em"),
    ("R", "1", "Rà soát chính sách dân tộc và các dự án thuộc Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; đề xuất bổ sung nội dung hỗ trợ trẻ em giai đoạn sau năm 2025.",
     "Vụ Chính sách dân tộc", "Vụ Pháp chế; Vụ Kế hoạch - Tài chính", "Năm 2025 - 2026", "Báo cáo rà soát, đề xuất"),
    ("R", "2", "Nghiên cứu, góp ý dự thảo sửa đổi Luật Tín ngưỡng, tôn giáo đối với các quy định liên quan đến trẻ em.",
     "Vụ Pháp chế; Ban Tôn giáo Chính phủ", "Bộ Tư pháp, Bộ Công an", "Theo tiến độ xây dựng Luật", "Văn bản góp ý"),
    ("G", "II", "Truyền thông, phổ biến pháp luật"),
    ("R", "1", "Biên soạn, phát hành tài liệu tuyên truyền song ngữ (tiếng Việt - tiếng dân tộc thiểu số) về phòng, chống tảo hôn, hôn nhân cận huyết thống, mua bán trẻ em.",
     "Vụ Tuyên truyền", "Báo Dân tộc và Phát triển; Sở Dân tộc và Tôn giáo các tỉnh", "Quý III/2025", "Bộ tài liệu song ngữ"),
    ("R", "2", "Phổ biến pháp luật về quyền trẻ em cho chức sắc, chức việc các tổ chức tôn giáo và người có uy tín trong đồng bào dân tộc thiểu số.",
     "Ban Tôn giáo Chính phủ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Hằng năm", "Hội nghị phổ biến"),
    ("R", "3", "Duy trì chuyên trang, chuyên mục về bảo vệ, chăm sóc trẻ em vùng đồng bào dân tộc thiểu số.",
     "Báo Dân tộc và Phát triển", "", "Thường xuyên", "Tin, bài, phóng sự"),
    ("G", "III", "Nâng cao năng lực, phối hợp liên ngành"),
    ("R", "1", "Bồi dưỡng kiến thức về quyền trẻ em cho cán bộ, công chức làm công tác dân tộc, tôn giáo ở trung ương và địa phương.",
     "Học viện Dân tộc", "Vụ Tổ chức cán bộ", "Năm 2026", "Lớp bồi dưỡng"),
    ("R", "2", "Phối hợp xây dựng cơ chế phối hợp liên ngành phòng ngừa xâm hại, mua bán trẻ em dân tộc thiểu số ở khu vực biên giới.",
     "Vụ Chính sách dân tộc", "Bộ Y tế; Bộ Công an; Bộ Quốc phòng", "Quý IV/2025", "Quy chế phối hợp"),
    ("R", "3", "Tổng kết, nhân rộng mô hình can thiệp giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống.",
     "Vụ Dân tộc thiểu số", "Ủy ban nhân dân các tỉnh, thành phố", "2025 - 2030", "Mô hình được nhân rộng"),
    ("G", "IV", "Bảo đảm quyền của trẻ em dân tộc thiểu số; quyền tự do tín ngưỡng, tôn giáo của trẻ em"),
    ("R", "1", "Đề xuất chính sách hỗ trợ trẻ em các dân tộc rất ít người tiếp cận giáo dục, y tế, dinh dưỡng.",
     "Vụ Dân tộc thiểu số", "Bộ Giáo dục và Đào tạo; Bộ Y tế", "Giai đoạn 2026-2030", "Đề án"),
    ("R", "2", "Hướng dẫn bảo đảm quyền tự do tín ngưỡng, tôn giáo của trẻ em; phòng ngừa việc lợi dụng hoạt động tín ngưỡng, tôn giáo xâm phạm quyền trẻ em.",
     "Ban Tôn giáo Chính phủ", "Sở Dân tộc và Tôn giáo các tỉnh, thành phố", "Hằng năm", "Văn bản hướng dẫn"),
    ("R", "3", "Lồng ghép chỉ tiêu về trẻ em trong phân bổ, giám sát nguồn vốn Chương trình mục tiêu quốc gia.",
     "Vụ Kế hoạch - Tài chính", "Vụ Chính sách dân tộc", "Hằng năm", ""),
    ("G", "V", "Theo dõi, thống kê và hợp tác quốc tế"),
    ("R", "1", "Bổ sung chỉ tiêu thống kê về trẻ em dân tộc thiểu số trong hệ thống chỉ tiêu thống kê công tác dân tộc; cập nhật dữ liệu hằng năm.",
     "Trung tâm Chuyển đổi số", "Cục Thống kê (Bộ Tài chính)", "Trước ngày 31/12/2025", "Bộ dữ liệu"),
    ("R", "2", "Vận động tài trợ quốc tế cho các dự án về trẻ em dân tộc thiểu số; cung cấp thông tin xây dựng báo cáo quốc gia.",
     "Vụ Hợp tác quốc tế", "Vụ Chính sách dân tộc", "Khi có yêu cầu", ""),
]


def build_p11(buf):
    st = pstyles(13)
    cs = cell_styles(11)
    pw, ph = A4
    lw, lh = landscape(A4)
    lm, rm, tm, bm = 3 * cm, 2 * cm, 2 * cm, 2 * cm
    width = pw - lm - rm
    lwidth = lw - 4 * cm

    def pageno(canv, doc):
        if doc.page == 1:
            return
        canv.saveState()
        canv.setFont("Roboto", 11)
        w, h = canv._pagesize
        canv.drawCentredString(w / 2, h - 1.2 * cm, "%d" % doc.page)
        canv.restoreState()

    doc = BaseDocTemplate(buf, pagesize=A4, title="Ke hoach thuc hien QD 27/QD-TTg", author="Bo Dan toc va Ton giao",
                          subject="Ke hoach")
    doc.addPageTemplates([
        PageTemplate(id="port", frames=[Frame(lm, bm, width, ph - tm - bm, id="fp")], onPage=pageno, pagesize=A4),
        PageTemplate(id="land", frames=[Frame(2 * cm, 1.8 * cm, lwidth, lh - 3.6 * cm, id="fl")], onPage=pageno,
                     pagesize=landscape(A4)),
    ])
    story = [header_table(
        [("hdr", "BỘ DÂN TỘC VÀ TÔN GIÁO"), ("hdrn", "_______"), ("hdrn", "Số: 1023/KH-BDTTG")],
        [("hdr", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), ("hdr", "Độc lập - Tự do - Hạnh phúc"),
         ("hdrn", "______________________"), ("hdri", "Hà Nội, ngày 12 tháng 5 năm 2025")],
        st, width, split=0.4)]
    story += blocks_to_flowables(P11_BODY, st)
    story.append(Spacer(1, 10))
    story.append(signature_table(P11_RECIPIENTS, ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"], "Nông Quốc Hưng", st, width))
    story.append(NextPageTemplate("land"))
    story.append(PageBreak())
    story += blocks_to_flowables("""
^C PHỤ LỤC
^c DANH MỤC NHIỆM VỤ CỦA BỘ DÂN TỘC VÀ TÔN GIÁO THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC
^i (Kèm theo Kế hoạch số 1023/KH-BDTTG ngày 12 tháng 5 năm 2025 của Bộ Dân tộc và Tôn giáo)
^S
""", st)
    cw = [1.2 * cm, 9.0 * cm, 3.8 * cm, 4.6 * cm, 3.2 * cm, 3.9 * cm]
    data = [[Paragraph(h, cs["bc"]) for h in
             ("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm")]]
    style = [("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for row in P11_TABLE:
        r = len(data)
        if row[0] == "G":
            data.append([Paragraph(row[1], cs["bc"]), Paragraph(escape(row[2]), cs["b"]), "", "", "", ""])
            style.append(("SPAN", (1, r), (5, r)))
        else:
            _, no, task, lead, coop, tf, prod = row
            data.append([Paragraph(no, cs["c"]), Paragraph(escape(task), cs["j"]), Paragraph(escape(lead), cs["c"]),
                         Paragraph(escape(coop), cs["n"]), Paragraph(escape(tf), cs["c"]),
                         Paragraph(escape(prod), cs["n"])])
    t = Table(data, colWidths=cw, repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    doc.build(story)


# ============================================================================================
# p12  thành phố Phủ Lý, Hà Nam (district level: city under a province; May 2025)  L10  .xlsx
# ============================================================================================

P12_FIELDS = [
    ("Số", "112/KH-UBND"),
    ("Ngày", "21/05/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thành phố Phủ Lý năm 2025 và các năm tiếp theo"),
    ("Cơ quan ban hành", "Ủy ban nhân dân thành phố Phủ Lý"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Phủ Lý"),
    ("Thuộc tỉnh", "Hà Nam"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 1248/KH-UBND ngày 28/4/2025 của Ủy ban nhân dân tỉnh Hà Nam"),
    ("Triển khai", "Kế hoạch số 1248/KH-UBND ngày 28/4/2025 của Ủy ban nhân dân tỉnh Hà Nam"),
    ("Độ khẩn", "Thường"),
    ("Người ký", "Đỗ Văn Tường"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
    ("Người nhập", "Chuyên viên Phòng Y tế"),
]

P12_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"]
P12_ROWS = [
    ["I", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""],
    ["1", "Tuyên truyền Luật Trẻ em, Quyết định số 27/QĐ-TTg trên Đài Truyền thanh thành phố và hệ thống loa truyền thanh cơ sở",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao thành phố; UBND các phường, xã", "Thường xuyên", ""],
    ["2", "Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em năm 2025",
     "Phòng Y tế", "Thành đoàn Phủ Lý; Phòng Giáo dục và Đào tạo", "Tháng 6/2025", ""],
    ["3", "Dạy bơi, giáo dục kỹ năng phòng, chống đuối nước cho học sinh tiểu học, trung học cơ sở",
     "Phòng Giáo dục và Đào tạo", "Thành đoàn Phủ Lý", "Tháng 5 - tháng 8 hằng năm", "Ưu tiên các phường, xã ven sông Đáy, sông Châu"],
    ["II", "Nâng cao năng lực, phối hợp liên ngành", "", "", "", ""],
    ["1", "Tập huấn kỹ năng phát hiện, can thiệp, hỗ trợ trẻ em bị xâm hại cho cán bộ, cộng tác viên thôn, tổ dân phố",
     "Phòng Y tế", "UBND các phường, xã", "Quý III/2025", ""],
    ["2", "Phối hợp tiếp nhận, điều tra, xử lý các vụ việc xâm hại trẻ em theo quy trình thân thiện",
     "Công an thành phố", "Phòng Y tế; Phòng Tư pháp; Viện Kiểm sát nhân dân thành phố", "Khi phát sinh vụ việc", ""],
    ["III", "Phát triển dịch vụ bảo đảm quyền trẻ em", "", "", "", ""],
    ["1", "Tiêm chủng đầy đủ, khám sức khỏe định kỳ, phòng, chống suy dinh dưỡng cho trẻ em",
     "Trung tâm Y tế thành phố", "UBND các phường, xã", "Hằng năm", ""],
    ["2", "Thực hiện chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt",
     "Phòng Y tế", "Phòng Tài chính - Kế hoạch", "Thường xuyên", "Theo Nghị định số 20/2021/NĐ-CP"],
    ["3", "Kiểm soát ô nhiễm môi trường tại khu dân cư, bảo đảm môi trường sống an toàn cho trẻ em",
     "Phòng Nông nghiệp và Môi trường", "UBND các phường, xã", "2025 - 2030", ""],
    ["IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em", "", "", "", ""],
    ["1", "Kiểm tra việc thực hiện quyền trẻ em tại các phường, xã và cơ sở giáo dục mầm non ngoài công lập",
     "Phòng Y tế", "Phòng Giáo dục và Đào tạo; Phòng Tư pháp", "Quý IV/2025", ""],
    ["2", "Rà soát, cập nhật cơ sở dữ liệu trẻ em, đối chiếu với dữ liệu dân cư",
     "UBND các phường, xã", "Công an thành phố; Phòng Y tế", "Trước ngày 15/12/2025", ""],
    ["V", "Nguồn lực thực hiện", "", "", "", ""],
    ["1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách thành phố",
     "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm", ""],
    ["2", "Vận động doanh nghiệp, nhà hảo tâm hỗ trợ học bổng, quà cho trẻ em có hoàn cảnh khó khăn",
     "Ủy ban MTTQ Việt Nam thành phố", "Hội Chữ thập đỏ thành phố; Hội Khuyến học thành phố", "Năm 2025", ""],
]


def build_p12():
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    import datetime

    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in P12_FIELDS:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    for c in ws[1]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(P12_HEADER)
    for r in P12_ROWS:
        ws2.append(r)
    thin = Side(style="thin")
    for row in ws2.iter_rows(min_row=1, max_row=ws2.max_row, max_col=len(P12_HEADER)):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for c in ws2[1]:
        c.font = Font(bold=True)
    for i in range(2, ws2.max_row + 1):
        if ws2.cell(i, 1).value in ("I", "II", "III", "IV", "V"):
            for c in ws2[i]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 60, 26, 36, 20, 24)):
        ws2.column_dimensions[col].width = w
    wb.properties.creator = "Phòng Y tế thành phố"
    wb.properties.created = datetime.datetime(2025, 5, 21, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 5, 21, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return rezip_fixed(buf.getvalue(), {"docProps/core.xml": fix_core_xml})


# ============================================================================================
# p13  xã Phú Bình, Thái Nguyên (commune after 1 July 2025; month-only date)  L10  .csv
# ============================================================================================

P13_FIELDS = [
    ("Số", "23/KH-UBND"),
    ("Ngày", "11/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Kế hoạch số 215/KH-UBND ngày 14/10/2025 của UBND tỉnh Thái Nguyên về thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn xã Phú Bình"),
    ("Cơ quan ban hành", "Ủy ban nhân dân xã Phú Bình"),
    ("Cấp", "xã"),
    ("Địa bàn", "Phú Bình"),
    ("Thuộc tỉnh", "Thái Nguyên"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 215/KH-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("Triển khai", "Kế hoạch số 215/KH-UBND ngày 14/10/2025 của Ủy ban nhân dân tỉnh Thái Nguyên"),
    ("Người ký", ""),
    ("Chức vụ người ký", "Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
]

P13_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
P13_ROWS = [
    ["I", "Tuyên truyền, vận động", "", "", ""],
    ["1", "Tuyên truyền về quyền và bổn phận của trẻ em, phòng, chống xâm hại trẻ em trên hệ thống loa truyền thanh và trang thông tin điện tử của xã",
     "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã", "Thường xuyên"],
    ["2", "Tuyên truyền cho công nhân có con nhỏ thuê trọ gần khu công nghiệp về chăm sóc, bảo vệ trẻ em",
     "Phòng Văn hóa - Xã hội", "Công đoàn cơ sở các doanh nghiệp; các xóm, tổ dân phố", "Quý IV/2025"],
    ["II", "Nâng cao năng lực, phối hợp", "", "", ""],
    ["1", "Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em ở các xóm, tổ dân phố; tập huấn nghiệp vụ",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND xã", "Trước ngày 31/12/2025"],
    ["2", "Tiếp nhận, xác minh, xử lý thông tin về các vụ việc xâm hại trẻ em",
     "Công an xã Phú Bình", "Phòng Văn hóa - Xã hội; Trạm Y tế xã", "Khi có yêu cầu"],
    ["III", "Dịch vụ chăm sóc, giáo dục trẻ em", "", "", ""],
    ["1", "Rà soát, hướng dẫn các nhóm trẻ độc lập tư thục tại khu nhà trọ công nhân bảo đảm điều kiện an toàn",
     "Phòng Văn hóa - Xã hội", "Các trường mầm non trên địa bàn", "Năm học 2025 - 2026"],
    ["2", "Tiêm chủng mở rộng, theo dõi tăng trưởng, phòng, chống suy dinh dưỡng cho trẻ em dưới 5 tuổi",
     "Trạm Y tế xã", "Các xóm, tổ dân phố", "Hằng năm"],
    ["3", "Tổ chức sinh hoạt hè, hoạt động vui chơi an toàn cho thiếu nhi tại các xóm",
     "Đoàn Thanh niên xã", "Phòng Văn hóa - Xã hội", "Tháng 5 - tháng 8 hằng năm"],
    ["IV", "Kiểm tra, giám sát và nguồn lực", "", "", ""],
    ["1", "Kiểm tra việc thực hiện quyền trẻ em tại các cơ sở giáo dục, nhóm trẻ và khu nhà trọ",
     "Phòng Văn hóa - Xã hội", "Phòng Kinh tế; Công an xã Phú Bình", "Hằng năm"],
    ["2", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã",
     "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Hằng năm"],
]


def build_p13():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in P13_FIELDS:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(P13_HEADER)
    for r in P13_ROWS:
        w.writerow(r)
    return buf.getvalue().encode("utf-8-sig")  # "CSV UTF-8" as saved by Excel


# ============================================================================================

def main():
    for name, build in (("p01_haiduong", build_p01), ("p02_quangtri", build_p02), ("p03_ninhhoa", build_p03)):
        data = pdf_bytes(build)
        write_text(name + ".txt", extract_pdf_text(data))
    write_bytes("p10_thainguyen.docx", build_p10())
    write_bytes("p11_bodantoc.pdf", pdf_bytes(build_p11))
    write_bytes("p12_phuly.xlsx", build_p12())
    write_bytes("p13_phubinh.csv", build_p13())
    print("heldout6: generated files written to", HERE)


if __name__ == "__main__":
    main()
