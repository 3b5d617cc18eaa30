"""Regenerate every generated, extracted or binary file of the heldout11 corpus.

Run:  /work/main/.venv/bin/python tests/heldout11/generate.py

Output is deterministic: reportlab runs with rl_config.invariant = 1, and the
zip members of the .docx/.xlsx files get a fixed timestamp and fixed
core-property dates.  Hand-written files (*.md, *.truth.json, README.md,
check_truth.py) are not touched.
"""
import csv
import io
import os
import re
import textwrap
import zipfile

from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle,
)

import font_roboto  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
pdfmetrics.registerFont(TTFont("Roboto", os.path.join(FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(FONT_DIR, "Roboto-Italic.ttf")))
pdfmetrics.registerFontFamily("Roboto", normal="Roboto", bold="Roboto-Bold",
                              italic="Roboto-Italic", boldItalic="Roboto-Bold")

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_ISO = "2025-01-01T00:00:00Z"


# --------------------------------------------------------------------------
# shared helpers
# --------------------------------------------------------------------------
def out(name):
    return os.path.join(HERE, name)


def write_text(name, text):
    with open(out(name), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def pdf_text(pdf_bytes):
    """Text of a PDF as pdfminer extracts it (the only thing an L1 keeps)."""
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(pdf_bytes))


def fix_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed member timestamps and core dates."""
    with zipfile.ZipFile(path) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>" + FIXED_ISO + r"\g<3>", txt)
                data = txt.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zout.writestr(info, data)


def styles(base=11, leading=None):
    leading = leading or base * 1.3
    s = {
        "body": ParagraphStyle("body", fontName="Roboto", fontSize=base, leading=leading,
                               alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=4),
        "plain": ParagraphStyle("plain", fontName="Roboto", fontSize=base, leading=leading,
                                alignment=TA_LEFT),
        "head": ParagraphStyle("head", fontName="Roboto-Bold", fontSize=base, leading=leading,
                               alignment=TA_LEFT, spaceBefore=4, spaceAfter=3),
        "center": ParagraphStyle("center", fontName="Roboto", fontSize=base, leading=leading,
                                 alignment=TA_CENTER),
        "centerb": ParagraphStyle("centerb", fontName="Roboto-Bold", fontSize=base,
                                  leading=leading, alignment=TA_CENTER),
        "title": ParagraphStyle("title", fontName="Roboto-Bold", fontSize=base + 2,
                                leading=(base + 2) * 1.3, alignment=TA_CENTER, spaceBefore=6),
        "cell": ParagraphStyle("cell", fontName="Roboto", fontSize=base - 1.5,
                               leading=(base - 1.5) * 1.25, alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName="Roboto-Bold", fontSize=base - 1.5,
                                leading=(base - 1.5) * 1.25, alignment=TA_LEFT),
        "cellc": ParagraphStyle("cellc", fontName="Roboto-Bold", fontSize=base - 1.5,
                                leading=(base - 1.5) * 1.25, alignment=TA_CENTER),
    }
    return s


def body_flowables(lines, st):
    """Lines of a plan body -> flowables.  Prefixes: '#' heading, '=' centred bold,
    '~' centred, '>' left plain, '' empty spacer; anything else a body paragraph."""
    flow = []
    for ln in lines:
        ln = ln.replace("&", "&amp;")
        if ln == "":
            flow.append(Spacer(1, 4))
        elif ln.startswith("#"):
            flow.append(Paragraph(ln[1:].strip(), st["head"]))
        elif ln.startswith("="):
            flow.append(Paragraph(ln[1:].strip(), st["centerb"]))
        elif ln.startswith("~"):
            flow.append(Paragraph(ln[1:].strip(), st["center"]))
        elif ln.startswith(">"):
            flow.append(Paragraph(ln[1:].strip(), st["plain"]))
        else:
            flow.append(Paragraph(ln, st["body"]))
    return flow


# ==========================================================================
# 02_yen_bai.txt  (L1, build A: platypus Table with Paragraph cells, portrait,
# header row repeated, "Trang N" footer, rows allowed to split across pages)
# ==========================================================================
YB_BODY = [
    "=KẾ HOẠCH",
    "=Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
    "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
    "trên địa bàn tỉnh Yên Bái",
    "",
    "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016; Thực hiện Quyết định số 27/QĐ-TTg ngày "
    "03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về "
    "quyền trẻ em của Liên hợp quốc (sau đây gọi là Quyết định số 27/QĐ-TTg), Ủy ban nhân dân "
    "tỉnh Yên Bái ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "#1. Mục đích",
    "Cụ thể hóa các nhiệm vụ, giải pháp thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
    "Liên hợp quốc phù hợp với điều kiện của tỉnh miền núi có đông đồng bào dân tộc thiểu số; "
    "nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong việc "
    "bảo đảm thực hiện quyền trẻ em.",
    "#2. Yêu cầu",
    "Xác định rõ nhiệm vụ, lộ trình và trách nhiệm của từng cơ quan, đơn vị; lồng ghép việc thực "
    "hiện Kế hoạch với Chương trình hành động vì trẻ em tỉnh Yên Bái giai đoạn 2021 - 2030 và các "
    "chương trình mục tiêu quốc gia đang triển khai trên địa bàn.",
    "#II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Tham gia nghiên cứu, rà soát, góp ý hoàn thiện pháp luật, chính sách về trẻ em, bảo đảm "
    "phù hợp với Công ước của Liên hợp quốc về quyền trẻ em.",
    "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội nâng cao nhận thức, kiến thức, kỹ năng "
    "thực hiện quyền trẻ em, nhất là ở vùng cao, vùng đồng bào dân tộc thiểu số.",
    "3. Nâng cao năng lực cho đội ngũ cán bộ, cộng tác viên làm công tác trẻ em; tăng cường phối "
    "hợp liên ngành; nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ em có hiệu quả.",
    "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về "
    "trẻ em, chú trọng trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật.",
    "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ liệu về trẻ "
    "em liên thông với Cơ sở dữ liệu quốc gia về dân cư.",
    "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách địa "
    "phương.",
    "7. Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em.",
    "(Chi tiết nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện tại Phụ lục "
    "kèm theo)",
    "#III. KINH PHÍ THỰC HIỆN",
    "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán chi thường xuyên hằng năm của các cơ "
    "quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương trình "
    "mục tiêu quốc gia; nguồn tài trợ, viện trợ và các nguồn hợp pháp khác.",
    "#IV. TỔ CHỨC THỰC HIỆN",
    "1. Sở Lao động - Thương binh và Xã hội: Là cơ quan thường trực, chủ trì, phối hợp với các "
    "sở, ban, ngành, địa phương hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp, "
    "báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.",
    "2. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố: Căn cứ nhiệm vụ được "
    "giao tại Phụ lục kèm theo, xây dựng kế hoạch hoặc lồng ghép vào kế hoạch công tác của cơ "
    "quan, đơn vị; định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 05/12) báo cáo kết "
    "quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp.",
    "3. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh: Phối hợp thực hiện các nhiệm "
    "vụ bảo đảm tư pháp thân thiện với trẻ em theo chức năng, nhiệm vụ.",
    "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh: "
    "Tham gia tuyên truyền, giám sát việc thực hiện Kế hoạch.",
    "Trong quá trình triển khai, trường hợp sau sắp xếp tổ chức bộ máy tên gọi, nhiệm vụ của cơ "
    "quan có thay đổi thì cơ quan tiếp nhận chức năng, nhiệm vụ tiếp tục thực hiện. Nếu có khó "
    "khăn, vướng mắc, các đơn vị phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo "
    "cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
]

YB_SIGN = [
    ">Nơi nhận:",
    ">- Bộ Lao động - TB&XH (b/c);",
    ">- TT. Tỉnh ủy; TT. HĐND tỉnh;",
    ">- Chủ tịch, các PCT UBND tỉnh;",
    ">- Các sở, ban, ngành tỉnh;",
    ">- UBND các huyện, thị xã, thành phố;",
    ">- Lưu: VT, VX.",
]
YB_SIGNER = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Văn Thuận"]

# (STT, task, lead, cooperating, timeframe); group rows have lead None
YB_ROWS = [
    ("I", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách về quyền trẻ em", None, None, None),
    ("1", "Rà soát, góp ý dự thảo văn bản quy phạm pháp luật về trẻ em, trẻ em khuyết tật, lao "
          "động trẻ em, trẻ em lang thang; kiến nghị nâng độ tuổi trẻ em khi có đề nghị của cơ "
          "quan có thẩm quyền.",
     "Sở Lao động - Thương binh và Xã hội",
     "Sở Tư pháp; các sở, ban, ngành liên quan; UBND các huyện, thị xã, thành phố",
     "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội"),
    ("2", "Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự và việc gia nhập các công ước quốc tế "
          "về không quốc tịch khi được đề nghị.",
     "Sở Tư pháp", "Công an tỉnh; Sở Ngoại vụ", "Khi có yêu cầu"),
    ("3", "Góp ý sửa đổi tuyên bố bảo lưu đối với Nghị định thư không bắt buộc về sự tham gia "
          "của trẻ em trong xung đột vũ trang.",
     "Bộ Chỉ huy Quân sự tỉnh", "Sở Tư pháp; Sở Ngoại vụ", "Theo hướng dẫn của Bộ Quốc phòng"),
    ("II", "Truyền thông, giáo dục, vận động xã hội", None, None, None),
    ("1", "Tuyên truyền Quyết định số 27/QĐ-TTg và Kế hoạch này; phổ biến Luật Trẻ em, Công ước "
          "của Liên hợp quốc về quyền trẻ em trên Báo Yên Bái, Đài Phát thanh và Truyền hình tỉnh, "
          "hệ thống thông tin cơ sở.",
     "Sở Thông tin và Truyền thông",
     "Báo Yên Bái; Đài Phát thanh và Truyền hình tỉnh; Sở Lao động - Thương binh và Xã hội",
     "Thường xuyên hằng năm"),
    ("2", "Truyền thông bảo đảm mọi trẻ em được đăng ký khai sinh, có quốc tịch; chú trọng địa "
          "bàn vùng cao, vùng đồng bào dân tộc thiểu số.",
     "Sở Tư pháp", "Ban Dân tộc tỉnh; UBND các huyện, thị xã, thành phố", "Thường xuyên"),
    ("3", "Tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em tỉnh; lấy ý kiến trẻ em về các vấn "
          "đề liên quan đến trẻ em.",
     "Sở Lao động - Thương binh và Xã hội",
     "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Sở Giáo dục và Đào tạo",
     "Tháng 5 - tháng 6 hằng năm"),
    ("III", "Nâng cao năng lực; phối hợp liên ngành và nhân rộng mô hình", None, None, None),
    ("1", "Tập huấn kỹ năng cho đội ngũ cộng tác viên bảo vệ trẻ em ở thôn, bản, tổ dân phố; "
          "kết nối Tổng đài điện thoại quốc gia bảo vệ trẻ em 111.",
     "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thị xã, thành phố",
     "Quý II và Quý III hằng năm"),
    ("2", "Nâng cao năng lực điều tra viên, cán bộ công an về điều tra thân thiện với trẻ em; xử "
          "lý các hành vi xâm hại trẻ em trên môi trường mạng.",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"),
    ("3", "Bồi dưỡng giáo viên về hỗ trợ học sinh khuyết tật học hòa nhập; nhân rộng mô hình tư "
          "vấn tâm lý học đường tại các trường phổ thông dân tộc nội trú, bán trú.",
     "Sở Giáo dục và Đào tạo",
     "Sở Lao động - Thương binh và Xã hội; Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh",
     "Năm học 2025 - 2026"),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", None, None, None),
    ("1", "Thực hiện chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt; phát triển "
          "dịch vụ chăm sóc thay thế, can thiệp sớm cho trẻ em khuyết tật.",
     "Sở Lao động - Thương binh và Xã hội", "Sở Y tế; UBND các huyện, thị xã, thành phố",
     "Thường xuyên hằng năm"),
    ("2", "Phòng, chống suy dinh dưỡng, thấp còi ở trẻ em dưới 5 tuổi; thúc đẩy nuôi con bằng sữa "
          "mẹ; dự phòng lây truyền HIV từ mẹ sang con.",
     "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thị xã, thành phố", "Hằng năm"),
    ("3", "Giảm tỷ lệ học sinh bỏ học; duy trì dạy tiếng dân tộc thiểu số và giáo dục song ngữ; "
          "phòng, chống bạo lực học đường.",
     "Sở Giáo dục và Đào tạo; Sở Lao động - Thương binh và Xã hội",
     "Ban Dân tộc tỉnh; các sở, ban, ngành liên quan",
     "Năm học 2024 - 2025 và các năm học tiếp theo"),
    ("4", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc "
          "thiểu số.",
     "Ban Dân tộc tỉnh", "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện",
     "Giai đoạn 2025 - 2030"),
    ("5", "Phòng, chống xâm hại trẻ em trên môi trường mạng; hướng dẫn doanh nghiệp viễn thông "
          "triển khai giải pháp kỹ thuật bảo vệ trẻ em.",
     "Sở Thông tin và Truyền thông", "Công an tỉnh; các doanh nghiệp viễn thông trên địa bàn",
     "Thường xuyên"),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", None, None, None),
    ("1", "Thanh tra, kiểm tra việc thực hiện pháp luật, chính sách về quyền trẻ em tại các "
          "huyện, thị xã, thành phố.",
     "Sở Lao động - Thương binh và Xã hội", "Thanh tra tỉnh; các sở, ngành liên quan",
     "Theo kế hoạch thanh tra hằng năm"),
    ("2", "Lồng ghép chỉ tiêu về trẻ em trong Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - "
          "2030 của tỉnh; chia sẻ số liệu thống kê về trẻ em giữa các ngành.",
     "Sở Kế hoạch và Đầu tư", "Cục Thống kê tỉnh; Sở Lao động - Thương binh và Xã hội",
     "Quý IV/2025"),
    ("3", "Cập nhật cơ sở dữ liệu về trẻ em trên phần mềm quản lý, liên thông với Cơ sở dữ liệu "
          "quốc gia về dân cư.",
     "Sở Lao động - Thương binh và Xã hội", "Công an tỉnh; UBND các huyện, thị xã, thành phố",
     "Trước ngày 31/12/2025"),
    ("VI", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em", None, None, None),
    ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các "
         "cơ quan, đơn vị theo phân cấp.",
     "Sở Tài chính", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội",
     "Hằng năm, khi xây dựng dự toán"),
    ("VII", "Hợp tác quốc tế", None, None, None),
    ("", "Vận động nguồn lực từ các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài cho các dự "
         "án vì trẻ em trên địa bàn tỉnh.",
     "Sở Ngoại vụ", "Sở Lao động - Thương binh và Xã hội; Sở Kế hoạch và Đầu tư", "2025 - 2030"),
]


def build_yen_bai():
    st = styles(11)
    buf = io.BytesIO()

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 9)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, "Trang %d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2 * cm, rightMargin=1.8 * cm,
                            topMargin=1.8 * cm, bottomMargin=2 * cm, title="", author="")
    hdr = Table([
        [Paragraph("ỦY BAN NHÂN DÂN<br/><b>TỈNH YÊN BÁI</b>", st["center"]),
         Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh "
                   "phúc</b>", st["center"])],
        [Paragraph("Số: 486/KH-UBND", st["center"]),
         Paragraph("<i>Yên Bái, ngày 20 tháng 02 năm 2025</i>", st["center"])],
    ], colWidths=[6.5 * cm, 10.5 * cm])
    hdr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow = [hdr, Spacer(1, 10)]
    flow += body_flowables(YB_BODY, st)
    sign = Table([[body_flowables(YB_SIGN, styles(9.5)),
                   [Paragraph("<b>%s</b>" % s if s and s != YB_SIGNER[-1] else s, st["center"])
                    for s in YB_SIGNER]]],
                 colWidths=[8.5 * cm, 8.5 * cm])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow += [Spacer(1, 8), sign, PageBreak()]
    flow.append(Paragraph("<b>Phụ lục</b>", st["center"]))
    flow.append(Paragraph("<b>PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ "
                          "EM CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH YÊN BÁI</b>", st["center"]))
    flow.append(Paragraph("<i>(Kèm theo Kế hoạch số 486/KH-UBND ngày 20/02/2025 của Ủy ban nhân "
                          "dân tỉnh Yên Bái)</i>", st["center"]))
    flow.append(Spacer(1, 8))
    data = [[Paragraph(h, st["cellc"]) for h in
             ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
              "Thời gian thực hiện")]]
    tstyle = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
              ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, (stt, task, lead, coop, tf) in enumerate(YB_ROWS, start=1):
        if lead is None:
            data.append([Paragraph("<b>%s</b>" % stt, st["cellc"]),
                         Paragraph("<b>%s</b>" % task, st["cellb"]), "", "", ""])
            tstyle.append(("SPAN", (1, i), (4, i)))
        else:
            data.append([Paragraph(stt, st["cellc"]), Paragraph(task, st["cell"]),
                         Paragraph(lead, st["cell"]), Paragraph(coop, st["cell"]),
                         Paragraph(tf, st["cell"])])
    tbl = Table(data, colWidths=[1.0 * cm, 7.0 * cm, 2.6 * cm, 3.9 * cm, 2.5 * cm],
                repeatRows=1, splitInRow=1)
    tbl.setStyle(TableStyle(tstyle))
    flow.append(tbl)
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)
    write_text("02_yen_bai.txt", pdf_text(buf.getvalue()))


# ==========================================================================
# 07_cai_be.txt  (L1, build B: landscape, platypus Table whose cells are plain
# strings wrapped by hand with "\n", column order STT | Nhiệm vụ | Thời gian |
# Đơn vị chủ trì | Đơn vị phối hợp | Ghi chú, header row NOT repeated,
# page number "- N -" at the top from page 2, stacked header block)
# ==========================================================================
CB_HEAD = [
    "~ỦY BAN NHÂN DÂN",
    "=HUYỆN CÁI BÈ",
    "=CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "=Độc lập - Tự do - Hạnh phúc",
    ">Số:        /KH-UBND",
    ">Cái Bè, ngày 12 tháng 6 năm 2025",
]
CB_BODY = [
    "=KẾ HOẠCH",
    "=Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện "
    "Cái Bè",
    "",
    "Thực hiện Kế hoạch số 118/KH-UBND ngày 25/3/2025 của Ủy ban nhân dân tỉnh Tiền Giang về "
    "triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban "
    "hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
    "bàn tỉnh Tiền Giang, Ủy ban nhân dân huyện Cái Bè xây dựng Kế hoạch thực hiện như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "- Triển khai kịp thời, đồng bộ các nhiệm vụ được Ủy ban nhân dân tỉnh giao; xác định rõ "
    "trách nhiệm của các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn trong việc bảo đảm "
    "thực hiện quyền trẻ em.",
    "- Việc triển khai phải thiết thực, phù hợp với đặc điểm vùng sông nước, gắn với các chương "
    "trình, đề án về trẻ em đang thực hiện trên địa bàn huyện.",
    "#II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "#1. Nhiệm vụ, giải pháp chung",
    "1.1. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền và bổn phận của trẻ em; nâng "
    "cao trách nhiệm của gia đình, nhà trường và cộng đồng trong chăm sóc, giáo dục và bảo vệ "
    "trẻ em.",
    "1.2. Kiện toàn đội ngũ làm công tác trẻ em từ huyện đến ấp, khu phố; tăng cường phối hợp "
    "liên ngành trong phòng ngừa, phát hiện, xử lý các vụ việc xâm hại trẻ em.",
    "1.3. Thường xuyên kiểm tra, giám sát việc thực hiện chính sách đối với trẻ em; cập nhật đầy "
    "đủ, chính xác cơ sở dữ liệu về trẻ em trên địa bàn.",
    "#2. Nhiệm vụ cụ thể: (có Phụ lục kèm theo).",
    "#III. KINH PHÍ",
    "Kinh phí thực hiện từ nguồn ngân sách huyện bố trí trong dự toán hằng năm của các cơ quan, "
    "đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác.",
    "#IV. TỔ CHỨC THỰC HIỆN",
    "1. Văn phòng HĐND và UBND huyện: Chủ trì, phối hợp với Phòng Y tế theo dõi, đôn đốc các cơ "
    "quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả, tham mưu Ủy ban nhân dân huyện báo cáo "
    "Ủy ban nhân dân tỉnh (qua Sở Y tế) trước ngày 20/6 và trước ngày 10/12 hằng năm.",
    "2. Các cơ quan, đơn vị có tên trong Phụ lục: Chủ động xây dựng kế hoạch, tổ chức thực hiện "
    "nhiệm vụ được giao; gửi báo cáo kết quả về Văn phòng HĐND và UBND huyện trước ngày 15/6 "
    "(báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm).",
    "3. Ủy ban nhân dân các xã, thị trấn: Căn cứ Kế hoạch này, chỉ đạo ban, ngành, đoàn thể và "
    "ấp, khu phố triển khai thực hiện tại địa phương.",
    "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện "
    "phối hợp tuyên truyền, giám sát việc thực hiện Kế hoạch.",
    "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
    "địa bàn huyện Cái Bè. Yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.",
    "",
    ">Nơi nhận:",
    ">- UBND tỉnh (b/c);",
    ">- Sở Y tế tỉnh Tiền Giang;",
    ">- TT. Huyện ủy, TT. HĐND huyện;",
    ">- CT, các PCT UBND huyện;",
    ">- Các cơ quan, đơn vị huyện;",
    ">- UBND các xã, thị trấn;",
    ">- Lưu: VT.",
    "",
    "=TM. ỦY BAN NHÂN DÂN",
    "=KT. CHỦ TỊCH",
    "=PHÓ CHỦ TỊCH",
    "",
    "=Trần Thị Mỹ Duyên",
]

# (STT, task, timeframe, lead, cooperating, note); group rows: lead None
CB_ROWS = [
    ("I", "TRUYỀN THÔNG, NÂNG CAO NHẬN THỨC", None, None, None, None),
    ("1", "Tuyên truyền nội dung Kế hoạch, Luật Trẻ em trên hệ thống truyền thanh cơ sở, trang "
          "thông tin điện tử huyện.", "Thường xuyên",
     "Phòng Văn hóa, Khoa học và Thông tin",
     "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện; UBND các xã, thị trấn", ""),
    ("2", "Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em năm 2025.", "Tháng 6/2025",
     "Phòng Y tế", "Huyện đoàn; Phòng Giáo dục và Đào tạo; UBND các xã, thị trấn",
     "Lồng ghép Ngày Quốc tế Thiếu nhi 01/6"),
    ("3", "Truyền thông phòng, chống đuối nước, tai nạn thương tích cho trẻ em vùng sông nước; "
          "tổ chức lớp dạy bơi an toàn.", "Hè năm 2025",
     "Phòng Giáo dục và Đào tạo",
     "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện; Huyện đoàn",
     "Ưu tiên học sinh tiểu học các xã cù lao"),
    ("II", "NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH", None, None, None, None),
    ("1", "Kiện toàn Ban Điều hành công tác trẻ em huyện; tập huấn nghiệp vụ cho công chức làm "
          "công tác trẻ em cấp xã.", "Trước ngày 15/8/2025",
     "Phòng Y tế", "Phòng Nội vụ", ""),
    ("2", "Phối hợp xử lý các vụ việc xâm hại trẻ em; bảo đảm điều tra, giải quyết thân thiện "
          "với trẻ em.", "Khi phát sinh vụ việc",
     "Công an huyện", "Viện Kiểm sát nhân dân huyện; Tòa án nhân dân huyện; Phòng Y tế", ""),
    ("III", "DỊCH VỤ BẢO ĐẢM THỰC HIỆN QUYỀN TRẺ EM", None, None, None, None),
    ("1", "Khám sức khỏe định kỳ, tiêm chủng mở rộng, phòng, chống suy dinh dưỡng cho trẻ em "
          "dưới 5 tuổi.", "Hằng năm",
     "Trung tâm Y tế huyện", "UBND các xã, thị trấn", ""),
    ("2", "Vận động trẻ em bỏ học trở lại trường; hỗ trợ học sinh có hoàn cảnh khó khăn.",
     "Năm học 2025 - 2026", "Phòng Giáo dục và Đào tạo",
     "Hội Khuyến học huyện; Hội Liên hiệp Phụ nữ huyện", ""),
    ("3", "Tổ chức vui Tết Trung thu, trao quà cho trẻ em có hoàn cảnh đặc biệt.",
     "Tháng 9 hằng năm", "Huyện đoàn",
     "Hội Liên hiệp Phụ nữ huyện; các cơ quan, đơn vị, doanh nghiệp trên địa bàn",
     "Vận động xã hội hóa"),
    ("4", "Trợ giúp pháp lý cho trẻ em là người bị hại, người làm chứng trong các vụ án.",
     "Thường xuyên", "Phòng Tư pháp; Công an huyện",
     "các cơ quan tiến hành tố tụng huyện", ""),
    ("IV", "KIỂM TRA, CƠ SỞ DỮ LIỆU VỀ TRẺ EM", None, None, None, None),
    ("1", "Cập nhật, chuẩn hóa cơ sở dữ liệu trẻ em của huyện, kết nối với dữ liệu dân cư.",
     "6 tháng cuối năm 2025", "Phòng Y tế", "Công an huyện; UBND các xã, thị trấn",
     "Báo cáo kết quả trước ngày 30/11/2025"),
    ("2", "Kiểm tra việc thực hiện chính sách đối với trẻ em tại các xã, thị trấn.",
     "Quý III/2025", "Phòng Y tế",
     "Phòng Giáo dục và Đào tạo; Phòng Văn hóa, Khoa học và Thông tin", ""),
    ("V", "KINH PHÍ", None, None, None, None),
    ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện năm 2026.",
     "Theo hướng dẫn của Sở Tài chính", "Phòng Tài chính - Kế hoạch", "Phòng Y tế", ""),
]


def wrap(text, width):
    return "\n".join(textwrap.wrap(text, width)) if text else ""


def build_cai_be():
    st = styles(11)
    buf = io.BytesIO()
    page = landscape(A4)

    def later(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 10)
        canv.drawCentredString(page[0] / 2, page[1] - 1.0 * cm, "- %d -" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(buf, pagesize=page, leftMargin=1.8 * cm, rightMargin=1.8 * cm,
                            topMargin=1.6 * cm, bottomMargin=1.5 * cm)
    flow = body_flowables(CB_HEAD, st) + [Spacer(1, 8)] + body_flowables(CB_BODY, st)
    flow += [PageBreak()]
    flow += body_flowables([
        "=PHỤ LỤC",
        "=NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC",
        "~(Kèm theo Kế hoạch số      /KH-UBND ngày 12/6/2025 của UBND huyện Cái Bè)",
        "",
    ], st)
    widths = [1.2, 9.6, 3.2, 3.4, 5.2, 3.5]
    chars = [4, 62, 17, 18, 30, 19]
    data = [["STT", "Nhiệm vụ", "Thời gian\nthực hiện", "Đơn vị chủ\ntrì", "Đơn vị phối hợp",
             "Ghi chú"]]
    tstyle = [("GRID", (0, 0), (-1, -1), 0.4, colors.black),
              ("FONTNAME", (0, 0), (-1, -1), "Roboto"),
              ("FONTNAME", (0, 0), (-1, 0), "Roboto-Bold"),
              ("FONTSIZE", (0, 0), (-1, -1), 10),
              ("LEADING", (0, 0), (-1, -1), 12.5),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("ALIGN", (0, 0), (0, -1), "CENTER")]
    for i, (stt, task, tf, lead, coop, note) in enumerate(CB_ROWS, start=1):
        if lead is None:
            data.append([stt, task, "", "", "", ""])
            tstyle += [("FONTNAME", (0, i), (-1, i), "Roboto-Bold"), ("SPAN", (1, i), (5, i))]
        else:
            cells = [stt, task, tf, lead, coop, note]
            data.append([wrap(c, w) for c, w in zip(cells, chars)])
    tbl = Table(data, colWidths=[w * cm for w in widths], repeatRows=0, splitInRow=1)
    tbl.setStyle(TableStyle(tstyle))
    flow.append(tbl)
    doc.build(flow, onFirstPage=lambda c, d: None, onLaterPages=later)
    write_text("07_cai_be.txt", pdf_text(buf.getvalue()))


# ==========================================================================
# 11_hoa_lu.txt  (L1, build C: everything drawn on the canvas by hand: own
# word wrap, own table rules, header row redrawn on every page, rows broken
# across pages, bare page number bottom right, issuer/motto drawn side by
# side on the same baselines; columns TT | Nội dung công việc | Chủ trì |
# Phối hợp | Thời hạn hoàn thành | Sản phẩm)
# ==========================================================================
HL_BODY = [
    "=KẾ HOẠCH",
    "=Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc",
    "=trên địa bàn phường Hoa Lư",
    "",
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025; Thực hiện Quyết định số 27/QĐ-TTg ngày "
    "03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về "
    "quyền trẻ em của Liên hợp quốc; Kế hoạch số 76/KH-UBND ngày 28/7/2025 của Ủy ban nhân dân "
    "tỉnh Ninh Bình triển khai thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh, Ủy ban nhân "
    "dân phường Hoa Lư ban hành Kế hoạch thực hiện như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "Cụ thể hóa nhiệm vụ được Ủy ban nhân dân tỉnh giao phù hợp với tổ chức bộ máy chính quyền "
    "địa phương hai cấp; phân công rõ cơ quan chủ trì, phối hợp, thời hạn và sản phẩm của từng "
    "nhiệm vụ; bảo đảm mọi trẻ em trên địa bàn phường được chăm sóc, giáo dục và bảo vệ.",
    "#II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Tuyên truyền, phổ biến pháp luật về quyền trẻ em tới từng tổ dân phố, gia đình và nhà "
    "trường; phát huy vai trò của trẻ em trong các vấn đề liên quan đến trẻ em.",
    "2. Củng cố đội ngũ làm công tác trẻ em sau sắp xếp bộ máy; tăng cường phối hợp giữa các "
    "cơ quan, đơn vị thuộc phường trong phòng ngừa, phát hiện, can thiệp các vụ việc xâm hại "
    "trẻ em.",
    "3. Bảo đảm trẻ em được tiếp cận các dịch vụ y tế, giáo dục, vui chơi, giải trí; chăm lo trẻ "
    "em có hoàn cảnh đặc biệt, trẻ em khuyết tật.",
    "4. Cập nhật cơ sở dữ liệu về trẻ em; kiểm tra, giám sát việc thực hiện quyền trẻ em trên địa "
    "bàn phường.",
    "Nội dung chi tiết tại Phụ lục kèm theo Kế hoạch này.",
    "#III. KINH PHÍ",
    "Kinh phí thực hiện bố trí trong dự toán ngân sách phường hằng năm và nguồn vận động hợp "
    "pháp khác.",
    "#IV. TỔ CHỨC THỰC HIỆN",
    "1. Phòng Văn hóa - Xã hội: Là cơ quan thường trực, tham mưu Ủy ban nhân dân phường hướng "
    "dẫn, đôn đốc, tổng hợp kết quả thực hiện; báo cáo Ủy ban nhân dân tỉnh (qua Sở Y tế) định kỳ "
    "6 tháng trước ngày 10/6 và hằng năm trước ngày 30/11.",
    "2. Các cơ quan, đơn vị thuộc Ủy ban nhân dân phường, Trạm Y tế phường, các trường học trên "
    "địa bàn: Thực hiện nhiệm vụ được giao, gửi báo cáo về Phòng Văn hóa - Xã hội trước ngày 05/6 "
    "và trước ngày 25/11 hằng năm.",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các tổ chức chính trị - xã hội phối "
    "hợp tuyên truyền, giám sát việc thực hiện Kế hoạch.",
    "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
    "địa bàn phường Hoa Lư./.",
]

# (TT, task, lead, cooperating, deadline, product); group rows: lead None
HL_ROWS = [
    ("I", "Tuyên truyền, phổ biến pháp luật về quyền trẻ em", None, None, None, None),
    ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên hệ thống "
          "loa truyền thanh, trang thông tin điện tử và nhóm Zalo của các tổ dân phố.",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường; các tổ dân phố",
     "Thường xuyên", "Tin, bài tuyên truyền"),
    ("2", "Tổ chức Diễn đàn trẻ em phường để trẻ em nêu ý kiến, nguyện vọng với lãnh đạo phường.",
     "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường", "Phòng Văn hóa - Xã hội; các trường học "
     "trên địa bàn", "Quý IV/2025 và hằng năm", "Diễn đàn; báo cáo kiến nghị của trẻ em"),
    ("II", "Củng cố đội ngũ, phối hợp liên ngành", None, None, None, None),
    ("1", "Phân công công chức phụ trách công tác trẻ em; kiện toàn mạng lưới cộng tác viên "
          "bảo vệ trẻ em ở tổ dân phố sau sắp xếp.",
     "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường", "Tháng 10/2025",
     "Quyết định phân công"),
    ("2", "Tiếp nhận, xác minh, xử lý thông tin về trẻ em bị xâm hại, bạo lực; phối hợp với "
          "Tổng đài 111 và cơ quan tiến hành tố tụng.",
     "Công an phường", "Phòng Văn hóa - Xã hội; Trạm Y tế phường", "Khi có vụ việc",
     "Hồ sơ vụ việc"),
    ("3", "Xây dựng quy chế phối hợp liên ngành về bảo vệ trẻ em giữa các cơ quan, đơn vị "
          "thuộc phường.",
     "Văn phòng HĐND và UBND phường", "Phòng Văn hóa - Xã hội; Công an phường; Ban Chỉ huy "
     "Quân sự phường", "Trước 31/12/2025", "Quy chế phối hợp"),
    ("III", "Dịch vụ bảo đảm thực hiện quyền trẻ em", None, None, None, None),
    ("1", "Khám sức khỏe, tiêm chủng, theo dõi dinh dưỡng cho trẻ em dưới 6 tuổi; tư vấn sức "
          "khỏe tâm thần cho học sinh.",
     "Trạm Y tế phường", "các trường mầm non, tiểu học, trung học cơ sở trên địa bàn",
     "Trong năm học 2025-2026", "Sổ theo dõi sức khỏe trẻ em"),
    ("2", "Thăm hỏi, tặng quà trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật; kết nối nguồn "
          "lực hỗ trợ học bổng.",
     "Phòng Văn hóa - Xã hội; Ủy ban Mặt trận Tổ quốc Việt Nam phường",
     "Hội Liên hiệp Phụ nữ phường; các doanh nghiệp trên địa bàn",
     "Dịp Tết Nguyên đán Bính Ngọ 2026", "Danh sách trẻ em được hỗ trợ"),
    ("3", "Đầu tư, cải tạo điểm vui chơi cho trẻ em tại nhà văn hóa tổ dân phố bảo đảm an toàn.",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội; các tổ dân phố",
     "Đến hết năm 2026", "Điểm vui chơi được đưa vào sử dụng"),
    ("IV", "Cơ sở dữ liệu và kiểm tra, giám sát", None, None, None, None),
    ("1", "Rà soát, cập nhật thông tin trẻ em vào cơ sở dữ liệu, đối chiếu với dữ liệu dân cư "
          "của Công an phường; kiểm tra việc thực hiện chính sách đối với trẻ em.",
     "Phòng Văn hóa - Xã hội", "Công an phường; Trung tâm Phục vụ hành chính công phường",
     "Hằng quý", "Dữ liệu trẻ em được cập nhật; biên bản kiểm tra"),
]


def _wrap_width(text, font, size, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        cand = (cur + " " + w).strip()
        if pdfmetrics.stringWidth(cand, font, size) <= width:
            cur = cand
        else:
            if cur:
                lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines or [""]


HL_SPLIT_ROWS = []  # rows that the page break cut in two (checked in main)


def build_hoa_lu():
    buf = io.BytesIO()
    W, H = A4
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    lm, rm, top, bottom = 2.2 * cm, 1.6 * cm, H - 1.8 * cm, 2.0 * cm
    state = {"page": 1, "y": top}

    def page_no():
        c.setFont("Roboto", 9)
        c.drawRightString(W - rm, 1.0 * cm, str(state["page"]))

    def new_page():
        page_no()
        c.showPage()
        state["page"] += 1
        state["y"] = top

    # header block: left and right columns on the same baselines
    left = [("Roboto", "ỦY BAN NHÂN DÂN"), ("Roboto-Bold", "PHƯỜNG HOA LƯ"), ("Roboto", ""),
            ("Roboto", "Số: 112/KH-UBND")]
    right = [("Roboto-Bold", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("Roboto-Bold", "Độc lập - Tự do - Hạnh phúc"), ("Roboto", ""),
             ("Roboto-Italic", "Hoa Lu, ngày 06 tháng 10 năm 2025")]
    y = top
    for (f1, t1), (f2, t2) in zip(left, right):
        c.setFont(f1, 11)
        c.drawCentredString(lm + 3.3 * cm, y, t1)
        c.setFont(f2, 11)
        c.drawCentredString(W - rm - 5.3 * cm, y, t2)
        y -= 15
    state["y"] = y - 12

    def para(text, font="Roboto", size=13, indent=1.0 * cm, center=False):
        width = W - lm - rm - (0 if center else indent)
        lines = _wrap_width(text, font, size, width)
        for k, ln in enumerate(lines):
            if state["y"] < bottom + 14:
                new_page()
            c.setFont(font, size)
            if center:
                c.drawCentredString(W / 2, state["y"], ln)
            else:
                c.drawString(lm + (indent if k == 0 else 0), state["y"], ln)
            state["y"] -= size * 1.35
        state["y"] -= 3

    for ln in HL_BODY:
        if ln == "":
            state["y"] -= 6
        elif ln.startswith("="):
            para(ln[1:], "Roboto-Bold", 12, center=True)
        elif ln.startswith("#"):
            para(ln[1:], "Roboto-Bold", 13, indent=0)
        else:
            para(ln)
    state["y"] -= 10
    sign_y = state["y"]
    c.setFont("Roboto-Bold", 10)
    c.drawString(lm, sign_y, "Nơi nhận:")
    c.setFont("Roboto", 9)
    for k, t in enumerate(["- UBND tỉnh Ninh Bình (b/c);", "- Sở Y tế;",
                           "- TT. Đảng ủy, TT. HĐND phường;", "- CT, các PCT UBND phường;",
                           "- Các cơ quan, đơn vị thuộc phường;", "- Lưu: VT, VHXH."]):
        c.drawString(lm, sign_y - 13 * (k + 1), t)
    for k, t in enumerate(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "", "", "Phạm Thị Thu Hằng"]):
        c.setFont("Roboto-Bold", 11)
        c.drawCentredString(W - rm - 4.5 * cm, sign_y - 14 * k, t)
    # the appendix follows on the same page, so its table runs over a page break
    state["y"] = sign_y - 14 * 7 - 60

    # appendix
    para("Phụ lục", "Roboto-Bold", 12, center=True)
    para("KẾ HOẠCH CHI TIẾT THỰC HIỆN KHUYẾN NGHỊ VỀ QUYỀN TRẺ EM NĂM 2025 - 2026",
         "Roboto-Bold", 11, center=True)
    para("(Kèm theo Kế hoạch số 112/KH-UBND ngày 06/10/2025 của UBND phường Hoa Lư)",
         "Roboto-Italic", 10, center=True)
    cols = [0.9, 5.6, 2.6, 3.3, 2.2, 3.2]
    xs = [lm - 0.6 * cm]
    for w in cols:
        xs.append(xs[-1] + w * cm)
    header = ["TT", "Nội dung công việc", "Chủ trì", "Phối hợp", "Thời hạn hoàn thành",
              "Sản phẩm"]
    fs, lead_h = 9.5, 12

    def cell_lines(text, k, font="Roboto"):
        return _wrap_width(text, font, fs, cols[k] * cm - 6)

    def draw_row(cells, font="Roboto", span=False):
        """Draw one row; break it over pages when it does not fit."""
        if span:
            lines = [cell_lines(cells[0], 0, font), _wrap_width(cells[1], font, fs,
                                                               (xs[-1] - xs[1]) - 6)]
        else:
            lines = [cell_lines(t, k, font) for k, t in enumerate(cells)]
        start = 0
        nmax = max(len(x) for x in lines)
        while start < nmax:
            room = int((state["y"] - bottom) // lead_h) - 1
            if room < 2:
                new_page()
                draw_header()
                continue
            take = min(room, nmax - start)
            if take < nmax - start:
                HL_SPLIT_ROWS.append(cells[0])
            y0 = state["y"]
            c.setFont(font, fs)
            for k, ls in enumerate(lines):
                for j, ln in enumerate(ls[start:start + take]):
                    c.drawString(xs[k] + 3, y0 - lead_h * (j + 1) + 2, ln)
            y1 = y0 - lead_h * take - 5
            c.line(xs[0], y1, xs[-1], y1)
            edges = [xs[0], xs[1], xs[-1]] if span else xs
            for x in edges:
                c.line(x, y0, x, y1)
            state["y"] = y1
            start += take

    def draw_header():
        c.line(xs[0], state["y"], xs[-1], state["y"])
        draw_row(header, "Roboto-Bold")

    draw_header()
    for tt, task, lead, coop, dl, prod in HL_ROWS:
        if lead is None:
            draw_row([tt, task], "Roboto-Bold", span=True)
        else:
            draw_row([tt, task, lead, coop, dl, prod])
    page_no()
    c.showPage()
    c.save()
    assert HL_SPLIT_ROWS, "layout changed: no table row is broken across pages any more"
    write_text("11_hoa_lu.txt", pdf_text(buf.getvalue()))


# ==========================================================================
# 08_tay_ninh.docx  (L8: Word document, header block in a borderless table,
# appendix as a real Word table with a header row; group rows have their
# numeral in STT and their title merged across the other four columns)
# ==========================================================================
TN_BODY = [
    ("c", "KẾ HOẠCH"),
    ("c", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
          "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
          "trên địa bàn tỉnh Tây Ninh"),
    ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
          "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị "
          "hành chính cấp tỉnh;"),
    ("p", "Trên cơ sở Kế hoạch số 1021/KH-UBND ngày 07/4/2025 của Ủy ban nhân dân tỉnh Tây Ninh "
          "(trước sắp xếp) và kế hoạch của các địa phương trước hợp nhất về thực hiện Quyết định "
          "số 27/QĐ-TTg, Ủy ban nhân dân tỉnh Tây Ninh ban hành Kế hoạch triển khai thực hiện "
          "thống nhất trên địa bàn tỉnh như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Thống nhất việc triển khai các nhiệm vụ thực hiện Khuyến nghị của Ủy ban về quyền "
          "trẻ em của Liên hợp quốc trên địa bàn tỉnh Tây Ninh sau sắp xếp đơn vị hành chính; bảo "
          "đảm không gián đoạn các nhiệm vụ đang thực hiện."),
    ("p", "2. Phân công cụ thể cho các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường phù "
          "hợp với mô hình chính quyền địa phương hai cấp."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, thống nhất các cơ chế, chính sách về trẻ em đang áp dụng trên địa bàn tỉnh "
          "sau hợp nhất."),
    ("p", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, chú trọng khu vực "
          "biên giới, vùng đồng bào dân tộc thiểu số và tôn giáo."),
    ("p", "3. Nâng cao năng lực cho đội ngũ làm công tác trẻ em cấp xã; hoàn thiện cơ chế phối "
          "hợp liên ngành trong bảo vệ trẻ em."),
    ("p", "4. Phát triển hệ thống dịch vụ y tế, giáo dục, bảo vệ trẻ em, trong đó có bảo vệ trẻ "
          "em trên môi trường mạng."),
    ("p", "5. Hợp nhất cơ sở dữ liệu về trẻ em; giải quyết các vấn đề về đăng ký khai sinh, quốc "
          "tịch của trẻ em di cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em."),
    ("p", "7. Tăng cường hợp tác quốc tế trong lĩnh vực trẻ em."),
    ("p", "(Chi tiết tại Phụ lục kèm theo)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị, địa "
          "phương theo phân cấp; nguồn tài trợ và các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế: Là cơ quan thường trực, chủ trì tham mưu Ủy ban nhân dân tỉnh triển khai, "
          "theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân "
          "tỉnh và Bộ Y tế theo quy định."),
    ("p", "2. Các sở, ban, ngành tỉnh, Ủy ban nhân dân các xã, phường: Căn cứ nhiệm vụ được giao "
          "xây dựng kế hoạch và tổ chức thực hiện; định kỳ 6 tháng (trước ngày 15/6) và hằng năm "
          "(trước ngày 15/12) gửi báo cáo kết quả về Sở Y tế để tổng hợp."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát "
          "nhân dân tỉnh phối hợp thực hiện theo chức năng, nhiệm vụ."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
          "Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
]
TN_RECIPIENTS = ["Nơi nhận:", "- Bộ Y tế;", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
                 "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;",
                 "- UBND các xã, phường;", "- Lưu: VT, KGVX."]
TN_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Võ Đức Trọng"]

TN_ROWS = [
    ("I", "Rà soát, thống nhất cơ chế, chính sách về trẻ em", None, None, None),
    ("1", "Rà soát, đề xuất thống nhất các chính sách hỗ trợ trẻ em đang áp dụng tại các địa "
          "phương trước hợp nhất; tham mưu ban hành chính sách chung của tỉnh",
     "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Trước ngày 31/12/2025"),
    ("2", "Góp ý các dự thảo văn bản quy phạm pháp luật về trẻ em khi được đề nghị",
     "Sở Tư pháp", "các sở, ngành liên quan", "Theo đề nghị của Bộ Tư pháp"),
    ("II", "Truyền thông, giáo dục, vận động xã hội", None, None, None),
    ("1", "Tuyên truyền Quyết định số 27/QĐ-TTg, Luật Trẻ em trên báo chí, phát thanh, truyền "
          "hình và hệ thống thông tin cơ sở",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình Tây Ninh; UBND các xã, phường", "Thường xuyên"),
    ("2", "Truyền thông phòng, chống mua bán trẻ em, đưa trẻ em xuất cảnh trái phép qua biên "
          "giới Việt Nam - Campuchia",
     "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Công an tỉnh; UBND các xã biên giới", "Hằng năm"),
    ("III", "Nâng cao năng lực, phối hợp liên ngành", None, None, None),
    ("1", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức Phòng Văn hóa - Xã hội các xã, phường "
          "sau sắp xếp",
     "Sở Y tế", "Sở Nội vụ", "Quý IV/2025"),
    ("2", "Xây dựng quy chế phối hợp liên ngành trong tiếp nhận, xử lý thông tin về trẻ em bị "
          "xâm hại, bạo lực",
     "Công an tỉnh", "Sở Y tế; Viện Kiểm sát nhân dân tỉnh", "Trong 6 tháng đầu năm 2026"),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", None, None, None),
    ("1", "Chăm sóc sức khỏe ban đầu, dinh dưỡng, tiêm chủng cho trẻ em; tư vấn sức khỏe tâm "
          "thần cho trẻ vị thành niên",
     "Sở Y tế", "UBND các xã, phường", "2025 - 2030"),
    ("2", "Bảo đảm trẻ em di cư từ Campuchia về chưa có giấy tờ được đến trường; giáo dục hòa "
          "nhập cho trẻ em khuyết tật",
     "Sở Giáo dục và Đào tạo", "Sở Tư pháp; Công an tỉnh", "Năm học 2025 - 2026"),
    ("3", "Phòng, chống xâm hại trẻ em trên môi trường mạng; hướng dẫn gia đình quản lý việc sử "
          "dụng Internet của trẻ em",
     "Sở Văn hóa, Thể thao và Du lịch; Sở Khoa học và Công nghệ", "Công an tỉnh",
     "Thường xuyên"),
    ("V", "Cơ sở dữ liệu về trẻ em; đăng ký khai sinh, quốc tịch", None, None, None),
    ("1", "Hợp nhất, cập nhật cơ sở dữ liệu về trẻ em của tỉnh sau sắp xếp, liên thông với Cơ "
          "sở dữ liệu quốc gia về dân cư",
     "Sở Y tế", "Công an tỉnh; UBND các xã, phường", "Trước ngày 31/3/2026"),
    ("2", "Giải quyết đăng ký khai sinh, xác định quốc tịch cho trẻ em di cư tự do, trẻ em không "
          "quốc tịch",
     "Sở Tư pháp", "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
     "Theo lộ trình đến năm 2027"),
    ("VI", "Kinh phí thực hiện", None, None, None),
    ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách tỉnh",
     "Sở Tài chính", "Sở Y tế", "Hằng năm"),
    ("VII", "Hợp tác quốc tế", None, None, None),
    ("1", "Phối hợp với các tổ chức quốc tế triển khai dự án hỗ trợ trẻ em vùng biên giới",
     "Sở Y tế", "Văn phòng UBND tỉnh", "Khi có chương trình hợp tác"),
]


def _docx_fixed_props(doc):
    import datetime
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.author = "UBND tỉnh Tây Ninh"
    cp.last_modified_by = ""
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def build_tay_ninh():
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    doc = Document()
    _docx_fixed_props(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)

    def para(text, bold=False, italic=False, align=None, indent=True):
        p = doc.add_paragraph()
        if align is not None:
            p.alignment = align
        elif indent:
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        return p

    hdr = doc.add_table(rows=2, cols=2)
    cells = [("ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH", True), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                                       "Độc lập - Tự do - Hạnh phúc", True),
             ("Số: 245/KH-UBND", False), ("Tây Ninh, ngày 22 tháng 8 năm 2025", False)]
    for (text, bold), cell in zip(cells, [hdr.cell(0, 0), hdr.cell(0, 1), hdr.cell(1, 0),
                                          hdr.cell(1, 1)]):
        p = cell.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = bold
        r.italic = text.startswith("Tây Ninh,")
    for kind, text in TN_BODY:
        if kind == "c":
            para(text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            para(text, bold=True, indent=False)
        else:
            para(text)
    sig = doc.add_table(rows=1, cols=2)
    left, right = sig.cell(0, 0), sig.cell(0, 1)
    left.paragraphs[0].add_run(TN_RECIPIENTS[0]).bold = True
    for t in TN_RECIPIENTS[1:]:
        left.add_paragraph().add_run(t).font.size = Pt(11)
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    right.paragraphs[0].add_run(TN_SIGN[0]).bold = True
    for t in TN_SIGN[1:]:
        p = right.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(t).bold = True
    doc.add_page_break()
    para("PHỤ LỤC", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
         "QUỐC TRÊN ĐỊA BÀN TỈNH TÂY NINH", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    para("(Kèm theo Kế hoạch số 245/KH-UBND ngày 22/8/2025 của Ủy ban nhân dân tỉnh Tây Ninh)",
         italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, h in zip(tbl.rows[0].cells, ("STT", "Nhiệm vụ", "Cơ quan chủ trì",
                                           "Cơ quan phối hợp", "Thời gian thực hiện")):
        cell.paragraphs[0].add_run(h).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for stt, task, lead, coop, tf in TN_ROWS:
        row = tbl.add_row().cells
        if lead is None:
            row[0].paragraphs[0].add_run(stt).bold = True
            merged = row[1].merge(row[4])
            merged.paragraphs[0].add_run(task).bold = True
        else:
            for cell, text in zip(row, (stt, task, lead, coop, tf)):
                cell.paragraphs[0].add_run(text)
    widths = [Cm(1.2), Cm(7.0), Cm(3.2), Cm(3.6), Cm(2.8)]
    for r in tbl.rows:
        for cell, w in zip(r.cells, widths):
            cell.width = w
    path = out("08_tay_ninh.docx")
    doc.save(path)
    fix_zip(path)


# ==========================================================================
# 10_ninh_binh.pdf  (L9: the whole plan as a PDF, appendix as a ruled GRID
# table; appendix groups lettered A, B, C, D with rows 1, 2, 3)
# ==========================================================================
NB_BODY = [
    "=KẾ HOẠCH",
    "=Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
    "bàn tỉnh Ninh Bình",
    "",
    "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
    "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc; trên cơ sở Kế "
    "hoạch số 64/KH-UBND ngày 14/3/2025 của Ủy ban nhân dân tỉnh Ninh Bình (cũ) và các kế "
    "hoạch của các tỉnh trước hợp nhất, Ủy ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch triển "
    "khai thực hiện thống nhất trên địa bàn tỉnh như sau:",
    "#I. MỤC ĐÍCH, YÊU CẦU",
    "1. Bảo đảm việc thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc được "
    "triển khai liên tục, thống nhất sau khi hợp nhất tỉnh và tổ chức chính quyền địa phương "
    "hai cấp.",
    "2. Xác định rõ cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện từng nhiệm vụ; gắn "
    "với trách nhiệm người đứng đầu.",
    "#II. NHIỆM VỤ VÀ GIẢI PHÁP",
    "1. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, phát huy vai trò của "
    "các tổ chức tôn giáo và cộng đồng dân cư.",
    "2. Kiện toàn bộ máy, nâng cao năng lực đội ngũ làm công tác trẻ em; tăng cường phối hợp "
    "liên ngành.",
    "3. Phát triển hệ thống dịch vụ y tế, giáo dục, trợ giúp xã hội, chăm sóc thay thế và bảo vệ "
    "môi trường sống an toàn cho trẻ em.",
    "4. Hợp nhất cơ sở dữ liệu về trẻ em; tăng cường kiểm tra, giám sát việc thực hiện quyền trẻ "
    "em.",
    "5. Bố trí nguồn lực bảo đảm thực hiện Kế hoạch.",
    "Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo.",
    "#III. KINH PHÍ",
    "Kinh phí thực hiện từ ngân sách nhà nước bố trí trong dự toán hằng năm của các cơ quan, đơn "
    "vị, địa phương theo phân cấp; nguồn xã hội hóa và các nguồn hợp pháp khác.",
    "#IV. TỔ CHỨC THỰC HIỆN",
    "1. Sở Y tế: Chủ trì, phối hợp với các sở, ngành, Ủy ban nhân dân các xã, phường tổ chức "
    "triển khai Kế hoạch; theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế.",
    "2. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường: Chủ động thực hiện nhiệm vụ được "
    "giao; báo cáo kết quả thực hiện về Sở Y tế định kỳ 6 tháng (trước ngày 10/6) và hằng năm "
    "(trước ngày 05/12).",
    "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh, "
    "Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh phối hợp thực hiện.",
    "Trên đây là Kế hoạch triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên "
    "hợp quốc trên địa bàn tỉnh Ninh Bình./.",
]

NB_ROWS = [
    ("A", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI", None, None, None),
    ("1", "Tuyên truyền Quyết định số 27/QĐ-TTg, Luật Trẻ em, Công ước của Liên hợp quốc về "
          "quyền trẻ em trên báo chí, phát thanh, truyền hình và nền tảng số",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình Ninh Bình; UBND các xã, phường", "Thường xuyên"),
    ("2", "Phối hợp với các tổ chức tôn giáo trên địa bàn tuyên truyền quyền trẻ em, phòng, "
          "chống bạo lực gia đình, xâm hại trẻ em",
     "Sở Dân tộc và Tôn giáo", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Hằng năm"),
    ("3", "Phòng, chống xâm hại, bóc lột trẻ em trong hoạt động du lịch tại Quần thể danh thắng "
          "Tràng An, Tam Cốc - Bích Động",
     "Sở Văn hóa, Thể thao và Du lịch", "Ban Quản lý Quần thể danh thắng Tràng An; Công an tỉnh",
     "Mùa cao điểm du lịch (tháng 1 - tháng 6 hằng năm)"),
    ("B", "KIỆN TOÀN BỘ MÁY, NÂNG CAO NĂNG LỰC, PHỐI HỢP LIÊN NGÀNH", None, None, None),
    ("1", "Kiện toàn Ban Điều hành công tác trẻ em tỉnh sau hợp nhất",
     "Sở Y tế", "Văn phòng UBND tỉnh", "Tháng 8/2025"),
    ("2", "Bồi dưỡng nghiệp vụ cho công chức cấp xã phụ trách công tác trẻ em",
     "Sở Y tế", "Sở Nội vụ; UBND các xã, phường", "Quý IV/2025"),
    ("3", "Điều tra, xử lý các vụ án xâm hại trẻ em theo thủ tục thân thiện với trẻ em",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Thường xuyên"),
    ("C", "PHÁT TRIỂN HỆ THỐNG DỊCH VỤ", None, None, None),
    ("1", "Phát hiện sớm, can thiệp rối loạn sức khỏe tâm thần, phòng ngừa tự tử, tự gây hại ở "
          "trẻ vị thành niên",
     "Sở Y tế", "Sở Giáo dục và Đào tạo", "2025 - 2030"),
    ("2", "Duy trì phổ cập giáo dục, giáo dục hòa nhập cho trẻ em khuyết tật; phòng, chống bạo "
          "lực học đường",
     "Sở Giáo dục và Đào tạo", "UBND các xã, phường", "Năm học 2025 - 2026"),
    ("3", "Chăm sóc thay thế, giải quyết việc nuôi con nuôi bảo đảm lợi ích tốt nhất của trẻ em",
     "Sở Tư pháp; Sở Y tế", "các cơ sở trợ giúp xã hội", "Thường xuyên"),
    ("4", "Giảm thiểu ô nhiễm không khí do đốt rơm rạ, ảnh hưởng đến sức khỏe trẻ em",
     "Sở Nông nghiệp và Môi trường", "UBND các xã, phường",
     "Vụ thu hoạch lúa hằng năm (tháng 6 và tháng 10)"),
    ("D", "CƠ SỞ DỮ LIỆU, KIỂM TRA VÀ KINH PHÍ", None, None, None),
    ("1", "Hợp nhất cơ sở dữ liệu về trẻ em của các tỉnh trước hợp nhất, liên thông với Cơ sở "
          "dữ liệu quốc gia về dân cư",
     "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ", "Trước ngày 31/12/2025"),
    ("2", "Kiểm tra việc thực hiện Kế hoạch tại các xã, phường",
     "Sở Y tế", "các sở, ngành liên quan", "Quý II/2026"),
    ("3", "Tham mưu bố trí kinh phí thực hiện Kế hoạch",
     "Sở Tài chính", "Sở Y tế", "Hằng năm"),
]


def build_ninh_binh():
    st = styles(11.5)
    path = out("10_ninh_binh.pdf")

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Roboto", 9)
        canv.drawRightString(A4[0] - 1.8 * cm, 1.1 * cm, "%d" % doc.page)
        canv.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.2 * cm, rightMargin=1.8 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm,
                            title="Ke hoach 76/KH-UBND", author="UBND tinh Ninh Binh")
    hdr = Table([[Paragraph("ỦY BAN NHÂN DÂN<br/><b>TỈNH NINH BÌNH</b><br/><br/>Số: 76/KH-UBND",
                            st["center"]),
                  Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - "
                            "Hạnh phúc</b><br/><br/><i>Ninh Bình, ngày 28 tháng 7 năm 2025</i>",
                            st["center"])]], colWidths=[6.3 * cm, 10.7 * cm])
    flow = [hdr, Spacer(1, 10)] + body_flowables(NB_BODY, st)
    sign = Table([[body_flowables([">Nơi nhận:", ">- Bộ Y tế;", ">- TT. Tỉnh ủy, TT. HĐND tỉnh;",
                                   ">- CT, các PCT UBND tỉnh;", ">- Các sở, ban, ngành tỉnh;",
                                   ">- UBND các xã, phường;", ">- Lưu: VT, VX."], styles(9.5)),
                   [Paragraph("<b>%s</b>" % s, st["center"]) for s in
                    ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", " ", " ",
                     "Bùi Thị Minh Nguyệt")]]], colWidths=[8.5 * cm, 8.5 * cm])
    sign.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    flow += [Spacer(1, 8), sign, PageBreak()]
    flow += body_flowables([
        "=PHỤ LỤC",
        "=PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
        "QUỐC TRÊN ĐỊA BÀN TỈNH NINH BÌNH",
        "~(Kèm theo Kế hoạch số 76/KH-UBND ngày 28/7/2025 của UBND tỉnh Ninh Bình)",
        "",
    ], st)
    data = [[Paragraph(h, st["cellc"]) for h in ("TT", "Nhiệm vụ", "Cơ quan chủ trì",
                                                 "Cơ quan phối hợp", "Thời gian thực hiện")]]
    tstyle = [("GRID", (0, 0), (-1, -1), 0.7, colors.black),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
              ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9))]
    for i, (stt, task, lead, coop, tf) in enumerate(NB_ROWS, start=1):
        if lead is None:
            data.append([Paragraph("<b>%s</b>" % stt, st["cellc"]),
                         Paragraph("<b>%s</b>" % task, st["cellb"]), "", "", ""])
            tstyle.append(("SPAN", (1, i), (4, i)))
        else:
            data.append([Paragraph(stt, st["cellc"])] +
                        [Paragraph(x, st["cell"]) for x in (task, lead, coop, tf)])
    tbl = Table(data, colWidths=[1.0 * cm, 6.6 * cm, 3.0 * cm, 3.8 * cm, 2.6 * cm],
                repeatRows=1)
    tbl.setStyle(TableStyle(tstyle))
    flow.append(tbl)
    doc.build(flow, onFirstPage=footer, onLaterPages=footer)


# ==========================================================================
# 13_tuyen_quang.xlsx  (L10: task sheet, openpyxl; month-only date, a "Ghi
# chú" column, an unknown field row, two "Căn cứ" rows)
# ==========================================================================
TQ_FIELDS = [
    ("Số", "215/KH-UBND"),
    ("Ngày", "09/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                  "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                  "của Liên hợp quốc trên địa bàn tỉnh Tuyên Quang"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Tuyên Quang"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Tuyên Quang"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 58/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh Tuyên Quang "
               "(trước sắp xếp)"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Nông Thị Bích Huệ"),
    ("Chức vụ người ký", "Phó Chủ tịch UBND tỉnh"),
    ("Cơ quan đầu mối", "Sở Y tế"),
    ("Người nhập liệu", "Phòng Bảo trợ xã hội - Trẻ em, Sở Y tế (nhập lại từ bản giấy)"),
]

# (STT, task, lead, cooperating, timeframe, note)
TQ_ROWS = [
    ("I", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    ("1", "Tuyên truyền Luật Trẻ em, Quyết định số 27/QĐ-TTg bằng tiếng Việt và tiếng dân tộc "
          "Tày, Dao, Mông trên báo chí, phát thanh, truyền hình và loa truyền thanh thôn, bản",
     "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình Tuyên Quang; UBND các xã, phường", "Thường xuyên", ""),
    ("2", "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em tỉnh",
     "Sở Y tế", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Tháng 6 hằng năm",
     "Năm 2026 tổ chức lễ phát động tại một xã vùng cao phía Bắc tỉnh"),
    ("II", "Nâng cao năng lực, phối hợp liên ngành", "", "", "", ""),
    ("1", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức văn hóa - xã hội các xã, phường",
     "Sở Y tế", "Sở Nội vụ", "Quý IV/2025", "Ưu tiên các xã vùng cao núi đá"),
    ("2", "Điều tra, xử lý các vụ việc xâm hại trẻ em bảo đảm thân thiện với trẻ em",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Thường xuyên", ""),
    ("III", "Phát triển hệ thống dịch vụ", "", "", "", ""),
    ("1", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc "
          "thiểu số",
     "Sở Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã", "2025 - 2030",
     "Lồng ghép Dự án 8, Chương trình MTQG 1719"),
    ("2", "Bổ sung vi chất dinh dưỡng, tiêm chủng đầy đủ cho trẻ em vùng cao",
     "Sở Y tế", "UBND các xã, phường", "Hằng năm", ""),
    ("3", "Củng cố trường phổ thông dân tộc nội trú, bán trú; giảm tỷ lệ học sinh bỏ học",
     "Sở Giáo dục và Đào tạo", "Sở Dân tộc và Tôn giáo; UBND các xã", "Năm học 2025 - 2026",
     ""),
    ("4", "Phòng, chống đuối nước cho trẻ em ở khu vực lòng hồ thủy điện và sông, suối",
     "Sở Giáo dục và Đào tạo; Sở Văn hóa, Thể thao và Du lịch",
     "Bộ Chỉ huy Quân sự tỉnh; UBND các xã, phường",
     "Trước mùa hè hằng năm (tháng 4 - tháng 5)", ""),
    ("IV", "Cơ sở dữ liệu và kiểm tra", "", "", "", ""),
    ("1", "Hợp nhất, cập nhật cơ sở dữ liệu về trẻ em của tỉnh sau sắp xếp",
     "Sở Y tế", "Công an tỉnh; UBND các xã, phường", "Trước 30/6/2026", ""),
    ("2", "Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các xã, phường",
     "Sở Y tế", "các sở, ngành liên quan", "Theo kế hoạch kiểm tra hằng năm", ""),
    ("V", "Kinh phí và hợp tác quốc tế", "", "", "", ""),
    ("1", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Y tế", "Hằng năm",
     ""),
    ("2", "Vận động các tổ chức quốc tế tiếp tục hỗ trợ các dự án vì trẻ em vùng khó khăn",
     "Sở Y tế", "Văn phòng UBND tỉnh", "2025 - 2030",
     "Tiếp nối dự án của Tổ chức Plan International"),
]


def build_tuyen_quang():
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    fixed = datetime.datetime(2025, 1, 1, 0, 0, 0)
    wb.properties.creator = "Sở Y tế tỉnh Tuyên Quang"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in TQ_FIELDS:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 100
    for c in ws[1]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian thực hiện", "Ghi chú"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    for row in TQ_ROWS:
        ws2.append([x if x else None for x in row])
        if not row[2]:
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 60, 28, 34, 22, 30)):
        ws2.column_dimensions[col].width = w
    for r in ws2.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    path = out("13_tuyen_quang.xlsx")
    wb.save(path)
    fix_zip(path)


# ==========================================================================
# 09_tan_ninh.csv  (L10: task sheet as CSV, UTF-8 with BOM as Excel saves it;
# fields, one empty row, then the table; group III has one unnumbered row)
# ==========================================================================
TNW_FIELDS = [
    ("Số", "36/KH-UBND"),
    ("Ngày", "15/09/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
                  "bàn phường Tân Ninh năm 2025 - 2026"),
    ("Cơ quan ban hành", "Ủy ban nhân dân phường Tân Ninh"),
    ("Cấp", "xã"),
    ("Địa bàn", "Tân Ninh"),
    ("Thuộc tỉnh", "Tây Ninh"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 245/KH-UBND ngày 22/8/2025 của Ủy ban nhân dân tỉnh Tây Ninh"),
    ("Triển khai", "Kế hoạch số 245/KH-UBND ngày 22/8/2025 của Ủy ban nhân dân tỉnh Tây Ninh"),
    ("Người ký", "Lê Thị Kim Loan"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
]

TNW_ROWS = [
    ("I", "Tuyên truyền, nâng cao nhận thức", "", "", ""),
    ("1", "Tuyên truyền Luật Trẻ em, quyền và bổn phận của trẻ em qua loa truyền thanh, nhóm "
          "Zalo khu phố và trang thông tin điện tử phường",
     "Phòng Văn hóa - Xã hội", "các khu phố", "Thường xuyên"),
    ("2", "Tổ chức Diễn đàn trẻ em phường",
     "Đoàn Thanh niên phường",
     "Phòng Văn hóa - Xã hội; các trường tiểu học, trung học cơ sở trên địa bàn",
     "Tháng 11/2025"),
    ("3", "Tuyên truyền an toàn giao thông, đội mũ bảo hiểm cho học sinh",
     "Công an phường", "các trường học trên địa bàn", "Đầu năm học (tháng 9 hằng năm)"),
    ("II", "Chăm sóc, bảo vệ trẻ em", "", "", ""),
    ("1", "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy cơ rơi vào hoàn "
          "cảnh đặc biệt",
     "Phòng Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam phường; các khu phố",
     "Hằng quý"),
    ("2", "Khám sức khỏe, tiêm chủng đầy đủ cho trẻ em dưới 5 tuổi",
     "Trạm Y tế phường", "Phòng Văn hóa - Xã hội", "Theo lịch tiêm chủng hằng tháng"),
    ("3", "Tiếp nhận, xử lý kịp thời thông tin về trẻ em bị xâm hại, bạo lực",
     "Công an phường; Phòng Văn hóa - Xã hội", "Trạm Y tế phường",
     "Ngay khi tiếp nhận thông tin"),
    ("4", "Trao học bổng cho học sinh có hoàn cảnh khó khăn",
     "Ủy ban Mặt trận Tổ quốc Việt Nam phường",
     "Hội Khuyến học phường; các doanh nghiệp trên địa bàn",
     "Dịp khai giảng năm học 2025 - 2026"),
    ("5", "Cải tạo sân chơi, điểm vui chơi an toàn cho trẻ em tại các khu phố",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Năm 2026"),
    ("6", "Cập nhật cơ sở dữ liệu về trẻ em của phường",
     "Phòng Văn hóa - Xã hội", "Công an phường", "Trước ngày 15/12/2025"),
    ("III", "Kinh phí thực hiện", "", "", ""),
    ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường",
     "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội",
     "Khi lập dự toán năm 2026"),
]


def build_tan_ninh():
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in TNW_FIELDS:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
    for row in TNW_ROWS:
        w.writerow(row)
    with open(out("09_tan_ninh.csv"), "w", encoding="utf-8-sig", newline="") as fh:
        fh.write(buf.getvalue())


BUILDERS = [build_yen_bai, build_cai_be, build_hoa_lu, build_tay_ninh, build_ninh_binh,
            build_tuyen_quang, build_tan_ninh]


def main():
    for b in BUILDERS:
        b()


if __name__ == "__main__":
    main()
