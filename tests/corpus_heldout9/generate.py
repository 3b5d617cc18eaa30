#!/usr/bin/env python
"""Regenerate the generated files of the heldout9 corpus.

Run from /work/main:

    .venv/bin/python tests/heldout9/generate.py

It rewrites, deterministically (same bytes on every run):

* 02_nghe_an.txt, 04_thanh_hoa.txt, 06_ninh_kieu.txt   (L1: text that pdfminer extracts
  from three differently built reportlab PDFs; the PDFs themselves are not kept)
* 01_bo_khcn.pdf     (L9: reportlab PDF, ruled appendix table)
* 07_son_la.docx     (L8: python-docx, Word table with merged group rows)
* 13_phu_tho.xlsx    (L10: openpyxl task sheet)
* 14_thanh_mieu.csv  (L10: CSV task sheet)

The Markdown documents (03, 05, 08-12) are written by hand and are not touched.
The truth files (*.truth.json) are written by hand and are not touched.
"""

import csv
import io
import os
import re
import zipfile
from datetime import datetime
from xml.sax.saxutils import escape

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1  # fixed creation date and document id: byte-identical PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas as rl_canvas  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")

Q27 = ("Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
       "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc")


# ---------------------------------------------------------------------------
# fonts
# ---------------------------------------------------------------------------

def register_fonts():
    from reportlab.lib.fonts import addMapping
    for name, fname in (("Roboto", "Roboto-Regular.ttf"), ("Roboto-Bold", "Roboto-Bold.ttf"),
                        ("Roboto-Italic", "Roboto-Italic.ttf"),
                        ("Roboto-BoldItalic", "Roboto-BoldItalic.ttf")):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fname)))
    addMapping("Roboto", 0, 0, "Roboto")
    addMapping("Roboto", 1, 0, "Roboto-Bold")
    addMapping("Roboto", 0, 1, "Roboto-Italic")
    addMapping("Roboto", 1, 1, "Roboto-BoldItalic")


def wrap_words(text, font, size, width):
    """Greedy word wrap by measured width; returns a list of lines."""
    lines, cur = [], ""
    for word in text.split():
        trial = word if not cur else cur + " " + word
        if pdfmetrics.stringWidth(trial, font, size) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines or [""]


# ---------------------------------------------------------------------------
# document content
#
# A document is a dict: "blocks" (the plan, in order) and "appendix" (title lines, column
# headers and groups). Blocks:
#   ("p", text)            body paragraph          ("h", text)   bold section heading
#   ("hb", text)           bold sub-heading        ("item", num, text)  numbered item of II
#   ("center", text)       centred paragraph       ("italic", text)
# A group is {"num": "I", "title": ..., "rows": [row, ...]}; a row is a dict with
# stt, text, lead, coop, time (cell texts as printed) and, for the L1b table, note.
# ---------------------------------------------------------------------------

def row(stt, text, lead, coop, time="", note=""):
    return {"stt": stt, "text": text, "lead": lead, "coop": coop, "time": time, "note": note}


# --- 02 Nghệ An, L1a (platypus, Paragraph cells, spanned group rows) -------------------------

NGHE_AN = {
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH NGHỆ AN"],
    "number": "Số: 86/KH-UBND",
    "place_date": "Nghệ An, ngày 11 tháng 02 năm 2025",
    "title": "KẾ HOẠCH",
    "subtitle": ("Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                 "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                 "của Liên hợp quốc trên địa bàn tỉnh Nghệ An"),
    "blocks": [
        ("p", "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;"),
        ("p", "Căn cứ " + Q27 + ";"),
        ("p", "Xét đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số "
              "412/TTr-LĐTBXH ngày 24/01/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển "
              "khai thực hiện trên địa bàn tỉnh như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("hb", "1. Mục đích"),
        ("p", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với điều "
              "kiện thực tế của tỉnh; nâng cao nhận thức, trách nhiệm của các cấp, các ngành, "
              "gia đình và cộng đồng trong việc bảo đảm thực hiện quyền trẻ em, nhất là trẻ em "
              "vùng miền núi, vùng đồng bào dân tộc thiểu số."),
        ("hb", "2. Yêu cầu"),
        ("p", "Xác định rõ nội dung công việc, thời hạn hoàn thành và trách nhiệm của cơ quan "
              "chủ trì, cơ quan phối hợp; lồng ghép hiệu quả với Chương trình hành động vì trẻ "
              "em tỉnh Nghệ An giai đoạn 2021 - 2030 và các chương trình, đề án có liên quan."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("item", "1", "Tiếp tục rà soát, tham gia xây dựng, hoàn thiện pháp luật, chính sách về "
                      "trẻ em, bảo đảm phù hợp với Công ước của Liên hợp quốc về quyền trẻ em và "
                      "điều kiện thực tế của tỉnh."),
        ("item", "2", "Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao "
                      "nhận thức, trách nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em của gia "
                      "đình, nhà trường và cộng đồng."),
        ("item", "3", "Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ làm công tác trẻ "
                      "em các cấp; tăng cường phối hợp liên ngành, nhân rộng các mô hình chăm sóc, "
                      "giáo dục và bảo vệ trẻ em có hiệu quả."),
        ("item", "4", "Phát triển mạng lưới dịch vụ bảo đảm thực hiện quyền trẻ em, ưu tiên trẻ em "
                      "có hoàn cảnh đặc biệt, trẻ em khuyết tật, trẻ em vùng đồng bào dân tộc "
                      "thiểu số và miền núi."),
        ("item", "5", "Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập "
                      "nhật cơ sở dữ liệu về trẻ em liên thông với Cơ sở dữ liệu quốc gia về dân cư."),
        ("item", "6", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối "
                      "ngân sách địa phương."),
        ("item", "7", "Tăng cường hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em."),
        ("italic", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp "
              "hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án "
              "có liên quan và nguồn huy động hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Lao động - Thương binh và Xã hội: Là cơ quan thường trực, chủ trì, phối hợp "
              "với các sở, ban, ngành, UBND các huyện, thành phố, thị xã hướng dẫn, đôn đốc, kiểm "
              "tra việc triển khai Kế hoạch; tổng hợp, báo cáo UBND tỉnh và Bộ Lao động - Thương "
              "binh và Xã hội theo quy định."),
        ("p", "2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy "
              "định của Luật Ngân sách nhà nước."),
        ("p", "3. Các sở, ban, ngành cấp tỉnh; UBND các huyện, thành phố, thị xã: Căn cứ chức "
              "năng, nhiệm vụ và Phụ lục kèm theo, xây dựng kế hoạch hoặc lồng ghép triển khai; "
              "định kỳ 6 tháng (trước ngày 20/6) và hằng năm (trước ngày 10/12) gửi báo cáo kết "
              "quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp."),
        ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội "
              "tỉnh phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trong quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa "
              "phương phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo UBND "
              "tỉnh xem xét, chỉ đạo./."),
    ],
    "recipients": ["Nơi nhận:", "- Bộ Lao động - TB&XH (để b/c);", "- Thường trực Tỉnh ủy;",
                   "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
                   "- Các sở, ban, ngành cấp tỉnh;", "- UBND các huyện, thành phố, thị xã;",
                   "- Lưu: VT, KGVX."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Thị Minh Nguyệt"],
    "appendix_title": ["PHỤ LỤC",
                       "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                       "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH NGHỆ AN",
                       "(Kèm theo Kế hoạch số 86/KH-UBND ngày 11/02/2025 của UBND tỉnh Nghệ An)"],
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "groups": [
        {"num": "I", "title": "Rà soát, hoàn thiện pháp luật, chính sách về trẻ em", "rows": [
            row("1", "Rà soát, tham gia góp ý xây dựng, sửa đổi, bổ sung văn bản quy phạm pháp "
                     "luật, chính sách về trẻ em, trẻ em khuyết tật, lao động trẻ em khi có đề "
                     "nghị của cơ quan có thẩm quyền.",
                "Sở Lao động - Thương binh và Xã hội",
                "Các sở, ban, ngành liên quan; UBND các huyện, thành phố, thị xã",
                "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội"),
            row("2", "Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự liên quan đến các tội phạm "
                     "xâm hại trẻ em.",
                "Sở Tư pháp", "Công an tỉnh; Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh",
                "Khi có yêu cầu"),
            row("3", "Tham mưu ban hành chính sách hỗ trợ trẻ em mồ côi, trẻ em có hoàn cảnh đặc "
                     "biệt trên địa bàn tỉnh.",
                "Sở Lao động - Thương binh và Xã hội", "Sở Tài chính; Sở Tư pháp", "Năm 2025"),
        ]},
        {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            row("1", "Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg, Luật Trẻ em và Công ước của "
                     "Liên hợp quốc về quyền trẻ em trên các phương tiện thông tin đại chúng.",
                "Sở Thông tin và Truyền thông",
                "Báo Nghệ An; Đài Phát thanh và Truyền hình tỉnh; UBND các huyện, thành phố, thị xã",
                "Thường xuyên"),
            row("2", "Truyền thông bảo đảm mọi trẻ em được đăng ký khai sinh, đăng ký quốc tịch "
                     "đúng quy định.",
                "Sở Tư pháp",
                "Sở Lao động - Thương binh và Xã hội, Công an tỉnh và UBND các huyện, thành phố, "
                "thị xã",
                "Hằng năm"),
            row("3", "Tổ chức Tháng hành động vì trẻ em và Diễn đàn trẻ em cấp tỉnh.",
                "Sở Lao động - Thương binh và Xã hội",
                "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Sở Giáo dục và Đào tạo",
                "Tháng 5 - tháng 6 hằng năm"),
        ]},
        {"num": "III", "title": "Nâng cao năng lực, phối hợp liên ngành và nhân rộng mô hình",
         "rows": [
            row("1", "Tập huấn nâng cao năng lực cho cán bộ làm công tác trẻ em cấp huyện, cấp xã "
                     "và cộng tác viên thôn, xóm, khối.",
                "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố, thị xã",
                "Hằng năm"),
            row("2", "Nâng cao năng lực cho điều tra viên, cán bộ công an về điều tra thân thiện "
                     "với trẻ em, xử lý các hành vi xâm hại trẻ em trên môi trường mạng.",
                "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Sở Thông tin và Truyền thông",
                "2025 - 2030"),
            row("3", "Xây dựng, nhân rộng mô hình tư vấn tâm lý học đường và hỗ trợ học sinh "
                     "khuyết tật học hòa nhập.",
                "Sở Giáo dục và Đào tạo", "Sở Y tế; Sở Lao động - Thương binh và Xã hội",
                "Giai đoạn 2025 - 2027"),
            row("4", "Kết nối, chia sẻ thông tin với Tổng đài điện thoại quốc gia bảo vệ trẻ em "
                     "111; tiếp nhận, xử lý tin báo về trẻ em bị xâm hại.",
                "Sở Lao động - Thương binh và Xã hội; Công an tỉnh",
                "Các sở, ban, ngành liên quan", "Thường xuyên"),
        ]},
        {"num": "IV", "title": "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em",
         "rows": [
            row("1", "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em có hoàn "
                     "cảnh đặc biệt.",
                "Sở Lao động - Thương binh và Xã hội", "UBND các huyện, thành phố, thị xã",
                "Thường xuyên"),
            row("2", "Phòng, chống suy dinh dưỡng thấp còi; thúc đẩy nuôi con bằng sữa mẹ; dự "
                     "phòng lây truyền HIV từ mẹ sang con.",
                "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thành phố, thị xã",
                "Hằng năm"),
            row("3", "Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào "
                     "dân tộc thiểu số.",
                "Ban Dân tộc", "Sở Tư pháp; UBND các huyện miền núi", "2025 - 2030"),
            row("4", "Nghiên cứu giải pháp giảm thiểu tác động của biến đổi khí hậu, ô nhiễm "
                     "không khí đến sức khỏe trẻ em.",
                "Sở Tài nguyên và Môi trường",
                "Sở Y tế; Sở Nông nghiệp và Phát triển nông thôn", "Giai đoạn 2026-2030"),
            row("5", "Bảo đảm trẻ em được vui chơi, giải trí; phòng, chống xâm hại trẻ em trong "
                     "hoạt động du lịch.",
                "Sở Văn hóa và Thể thao; Sở Du lịch", "UBND các huyện, thành phố, thị xã",
                "Tháng 5 - tháng 8 hằng năm"),
        ]},
        {"num": "V", "title": "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", "rows": [
            row("1", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về quyền trẻ em; "
                     "xây dựng báo cáo thực hiện quyền trẻ em của tỉnh.",
                "Sở Lao động - Thương binh và Xã hội", "Thanh tra tỉnh; các sở, ngành liên quan",
                "Hằng năm"),
            row("2", "Cập nhật cơ sở dữ liệu về trẻ em, liên thông với Cơ sở dữ liệu quốc gia về "
                     "dân cư.",
                "Sở Lao động - Thương binh và Xã hội",
                "Công an tỉnh; Sở Thông tin và Truyền thông; Cục Thống kê tỉnh",
                "Trước ngày 31/12/2025"),
        ]},
        {"num": "VI", "title": "Ưu tiên bố trí kinh phí", "rows": [
            row("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
                "Sở Tài chính", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội",
                "Hằng năm"),
        ]},
        {"num": "VII", "title": "Hợp tác quốc tế", "rows": [
            row("1", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ hỗ trợ nguồn lực cho "
                     "các dự án về trẻ em.",
                "Sở Ngoại vụ", "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội",
                "Thường xuyên"),
        ]},
    ],
}


# --- 04 Thanh Hóa, L1b (plain string cells, repeated header row, notes column) --------------

THANH_HOA = {
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"],
    "number": "Số: 74/KH-UBND",
    "place_date": "Thanh Hóa, ngày 8 tháng 4 năm 2025",
    "title": "KẾ HOẠCH",
    "subtitle": ("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
                 "trên địa bàn tỉnh Thanh Hóa"),
    "blocks": [
        ("p", "Thực hiện " + Q27 + " (sau đây viết tắt là Quyết định số 27/QĐ-TTg); theo đề "
              "nghị của Giám đốc Sở Y tế tại Tờ trình số 95/TTr-SYT ngày 28/3/2025, Chủ tịch Ủy "
              "ban nhân dân tỉnh ban hành Kế hoạch thực hiện, với các nội dung sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Triển khai đầy đủ, kịp thời các nhiệm vụ được giao tại Quyết định số 27/QĐ-TTg; "
              "phân công cụ thể cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện."),
        ("p", "2. Việc thực hiện phải gắn với quá trình sắp xếp, tổ chức lại bộ máy; cơ quan, đơn "
              "vị tiếp nhận chức năng, nhiệm vụ từ cơ quan cũ có trách nhiệm kế thừa nhiệm vụ "
              "được giao tại Kế hoạch này."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        ("item", "1", "Nghiên cứu, rà soát, đề xuất hoàn thiện chính sách, pháp luật về quyền trẻ "
                      "em phù hợp với thực tiễn địa phương."),
        ("item", "2", "Đổi mới nội dung, hình thức truyền thông, giáo dục, vận động xã hội về quyền "
                      "trẻ em, chú trọng truyền thông trên nền tảng số."),
        ("item", "3", "Nâng cao năng lực chuyên môn cho đội ngũ làm công tác trẻ em, nhất là cấp cơ "
                      "sở sau sắp xếp; tăng cường phối hợp liên ngành và nhân rộng mô hình hiệu quả."),
        ("item", "4", "Phát triển hệ thống dịch vụ chăm sóc, giáo dục, bảo vệ trẻ em; ưu tiên trẻ "
                      "em vùng miền núi, vùng bãi ngang ven biển."),
        ("item", "5", "Tăng cường kiểm tra, giám sát; hoàn thiện cơ sở dữ liệu về trẻ em."),
        ("item", "6", "Bố trí kinh phí và huy động nguồn lực, tăng cường hợp tác quốc tế để thực "
                      "hiện quyền trẻ em."),
        ("p", "Các nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo."),
        ("h", "III. KINH PHÍ"),
        ("p", "Từ nguồn ngân sách nhà nước bố trí trong dự toán hằng năm của các cơ quan, đơn vị "
              "theo phân cấp; nguồn xã hội hóa, tài trợ của các tổ chức, cá nhân trong và ngoài "
              "nước theo quy định."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Chủ trì, hướng dẫn, theo dõi, đôn đốc các sở, ban, ngành, UBND các "
              "huyện, thị xã, thành phố thực hiện Kế hoạch; tổng hợp báo cáo Chủ tịch UBND tỉnh, "
              "Bộ Y tế trước ngày 25/12 hằng năm."),
        ("p", "2. Các sở, ban, ngành cấp tỉnh; UBND các huyện, thị xã, thành phố căn cứ nhiệm vụ "
              "được giao tại Phụ lục chủ động triển khai; báo cáo kết quả thực hiện về Sở Y tế "
              "định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/12)."),
        ("p", "3. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Ủy ban Mặt trận Tổ "
              "quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp thực hiện theo "
              "chức năng, nhiệm vụ."),
        ("p", "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các huyện, thị xã, thành phố "
              "nghiêm túc triển khai thực hiện./."),
    ],
    "recipients": ["Nơi nhận:", "- Bộ Y tế (để b/c);", "- TTr Tỉnh ủy, HĐND tỉnh (để b/c);",
                   "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành cấp tỉnh;",
                   "- UBND các huyện, thị xã, thành phố;", "- Lưu: VT, VX."],
    "sign": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Lê Văn Quảng"],
    "appendix_title": ["Phụ lục",
                       "DANH MỤC NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                       "CỦA LIÊN HỢP QUỐC",
                       "(Kèm theo Kế hoạch số 74/KH-UBND ngày 08/4/2025 của Chủ tịch UBND tỉnh "
                       "Thanh Hóa)"],
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
                "Ghi chú"],
    "groups": [
        {"num": "I", "title": "HOÀN THIỆN CHÍNH SÁCH, PHÁP LUẬT", "rows": [
            row("1", "Rà soát, đề xuất sửa đổi, bổ sung chính sách của tỉnh về chăm sóc, bảo vệ "
                     "trẻ em phù hợp với quy định mới",
                "Sở Y tế", "Sở Tư pháp; Sở Tài chính; các sở, ngành liên quan", "Năm 2025"),
            row("2", "Thẩm định, góp ý dự thảo văn bản quy phạm pháp luật có nội dung liên quan "
                     "đến trẻ em",
                "Sở Tư pháp", "Các sở, ban, ngành cấp tỉnh", "Khi có yêu cầu"),
        ]},
        {"num": "II", "title": "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI", "rows": [
            row("1", "Truyền thông về Luật Trẻ em, phòng, chống bạo lực, xâm hại trẻ em trên báo "
                     "chí, cổng thông tin điện tử và mạng xã hội",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo và Phát thanh, Truyền hình Thanh Hóa; Sở Y tế", "Thường xuyên",
                "Lồng ghép Tháng hành động vì trẻ em"),
            row("2", "Truyền thông về đăng ký khai sinh, quốc tịch cho trẻ em tại vùng biên giới, "
                     "miền núi",
                "Sở Tư pháp", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các huyện miền núi",
                "Hằng năm"),
            row("3", "Giáo dục kỹ năng sống, kỹ năng phòng, chống đuối nước, xâm hại cho học sinh",
                "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh",
                "Năm học 2025 - 2026", "Tập trung trước kỳ nghỉ hè"),
        ]},
        {"num": "III", "title": "NÂNG CAO NĂNG LỰC; PHỐI HỢP LIÊN NGÀNH; MÔ HÌNH", "rows": [
            row("1", "Tập huấn nghiệp vụ cho cán bộ làm công tác trẻ em cấp huyện, cấp xã sau sắp "
                     "xếp tổ chức bộ máy",
                "Sở Y tế", "Sở Nội vụ; UBND các huyện, thị xã, thành phố", "Quý III/2025"),
            row("2", "Nâng cao năng lực điều tra thân thiện với trẻ em; xử lý tin báo về trẻ em bị "
                     "xâm hại trên môi trường mạng",
                "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh",
                "2025 - 2030"),
            row("3", "Duy trì, nhân rộng mô hình “Trường học an toàn, thân thiện và bình đẳng”",
                "Sở Giáo dục và Đào tạo", "UBND các huyện, thị xã, thành phố",
                "Giai đoạn 2026-2030"),
        ]},
        {"num": "IV", "title": "PHÁT TRIỂN HỆ THỐNG DỊCH VỤ", "rows": [
            row("1", "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế đối với trẻ em có "
                     "hoàn cảnh đặc biệt",
                "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Thường xuyên",
                "Nhiệm vụ tiếp nhận từ Sở LĐTBXH"),
            row("2", "Phòng, chống suy dinh dưỡng thấp còi, béo phì ở trẻ em; dự phòng lây truyền "
                     "HIV từ mẹ sang con",
                "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm"),
            row("3", "Hỗ trợ học nghề, giáo dục nghề nghiệp cho người chưa thành niên",
                "Sở Giáo dục và Đào tạo", "Sở Nội vụ", "2025 - 2030",
                "Nhiệm vụ tiếp nhận từ Sở LĐTBXH"),
            row("4", "Giảm thiểu tảo hôn, hôn nhân cận huyết thống ở vùng đồng bào dân tộc thiểu số",
                "Sở Dân tộc và Tôn giáo", "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh", "Hằng năm"),
            row("5", "Tổ chức hoạt động vui chơi, giải trí, dạy bơi an toàn cho trẻ em dịp hè",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Tỉnh đoàn; UBND các huyện, thị xã, thành phố", "Tháng 6 - tháng 8 hằng năm"),
        ]},
        {"num": "V", "title": "KIỂM TRA, GIÁM SÁT; CƠ SỞ DỮ LIỆU", "rows": [
            row("1", "Kiểm tra, giám sát việc thực hiện quyền trẻ em tại các huyện, thị xã, thành "
                     "phố",
                "Sở Y tế", "Thanh tra tỉnh", "Hằng năm"),
            row("2", "Cập nhật, khai thác cơ sở dữ liệu trẻ em, kết nối với Cơ sở dữ liệu quốc gia "
                     "về dân cư",
                "Sở Y tế; Công an tỉnh", "Sở Khoa học và Công nghệ", "Trước ngày 31/12/2025",
                "Phối hợp theo Đề án 06"),
        ]},
        {"num": "VI", "title": "KINH PHÍ, NGUỒN LỰC VÀ HỢP TÁC QUỐC TẾ", "rows": [
            row("1", "Bố trí kinh phí thực hiện Kế hoạch; vận động nguồn lực hợp pháp từ các tổ "
                     "chức trong nước và quốc tế",
                "Sở Tài chính", "Sở Y tế; Văn phòng UBND tỉnh", "Hằng năm"),
        ]},
    ],
}


# --- 06 Ninh Kiều, L1c (canvas, landscape appendix, unusual column order) -------------------

NINH_KIEU = {
    "issuer": ["ỦY BAN NHÂN DÂN", "QUẬN NINH KIỀU"],
    "number": "Số: 1125/KH-UBND",
    "place_date": "Ninh Kiều, ngày 22 tháng 5 năm 2025",
    "title": "KẾ HOẠCH",
    "subtitle": ("Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
                 "bàn quận Ninh Kiều năm 2025 và các năm tiếp theo"),
    "blocks": [
        ("p", "Căn cứ Kế hoạch số 97/KH-UBND ngày 26 tháng 4 năm 2025 của Ủy ban nhân dân thành "
              "phố Cần Thơ triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 "
              "của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về "
              "quyền trẻ em của Liên hợp quốc;"),
        ("p", "Ủy ban nhân dân quận Ninh Kiều xây dựng Kế hoạch thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "- Cụ thể hóa nhiệm vụ được giao tại Kế hoạch số 97/KH-UBND của Ủy ban nhân dân "
              "thành phố phù hợp với đặc điểm đô thị trung tâm, đông dân cư, nhiều lao động nhập "
              "cư của quận."),
        ("p", "- Phân công rõ trách nhiệm của các phòng, ban chuyên môn, đơn vị sự nghiệp và Ủy "
              "ban nhân dân các phường; bảo đảm phối hợp chặt chẽ, thường xuyên."),
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
        ("item", "1", "Đẩy mạnh truyền thông, giáo dục về quyền và bổn phận của trẻ em tại cộng "
                      "đồng, khu nhà trọ và trường học."),
        ("item", "2", "Nâng cao năng lực đội ngũ làm công tác trẻ em ở quận, phường, khu vực; phối "
                      "hợp xử lý kịp thời các vụ việc xâm hại trẻ em."),
        ("item", "3", "Phát triển dịch vụ chăm sóc sức khỏe, vui chơi, trợ giúp xã hội cho trẻ em."),
        ("item", "4", "Kiểm tra việc thực hiện quyền trẻ em; cập nhật dữ liệu trẻ em trên địa bàn."),
        ("item", "5", "Bố trí kinh phí thực hiện công tác trẻ em hằng năm."),
        ("p", "(Có Phụ lục phân công nhiệm vụ kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện từ nguồn ngân sách quận được giao trong dự toán hằng năm của các "
              "cơ quan, đơn vị và các nguồn vận động hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Y tế: Là cơ quan thường trực, tham mưu Ủy ban nhân dân quận triển khai Kế "
              "hoạch; hướng dẫn, đôn đốc các cơ quan, đơn vị, Ủy ban nhân dân các phường thực "
              "hiện; tổng hợp báo cáo Ủy ban nhân dân quận và Sở Y tế thành phố."),
        ("p", "2. Các phòng, ban, đơn vị thuộc quận, Ủy ban nhân dân các phường: Căn cứ nhiệm vụ "
              "được giao tại Phụ lục chủ động triển khai thực hiện; gửi báo cáo kết quả về Phòng "
              "Y tế trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm)."),
        ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam quận và các tổ chức chính trị - xã "
              "hội quận phối hợp tuyên truyền, giám sát việc thực hiện."),
        ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp "
              "quốc trên địa bàn quận Ninh Kiều./."),
    ],
    "recipients": ["Nơi nhận:", "- UBND thành phố;", "- Sở Y tế;", "- TT. Quận ủy, TT. HĐND quận;",
                   "- CT, các PCT UBND quận;", "- Các phòng, ban, đơn vị thuộc quận;",
                   "- UBND các phường;", "- Lưu: VT."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Huỳnh Thị Ngọc Sương"],
    "appendix_title": ["PHỤ LỤC PHÂN CÔNG NHIỆM VỤ",
                       "(Ban hành kèm theo Kế hoạch số 1125/KH-UBND ngày 22/5/2025 của UBND quận "
                       "Ninh Kiều)"],
    # unusual column order: timeframe before the agencies
    "columns": ["STT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Đơn vị chủ trì",
                "Đơn vị phối hợp"],
    "groups": [
        {"num": "I", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            row("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên hệ "
                     "thống loa truyền thanh, trang thông tin điện tử quận",
                "Phòng Văn hóa, Khoa học và Thông tin", "UBND các phường", "Thường xuyên"),
            row("2", "Truyền thông phòng, chống xâm hại, bạo lực trẻ em tại các khu nhà trọ, khu "
                     "dân cư đông lao động",
                "Phòng Y tế", "Quận đoàn; Hội Liên hiệp Phụ nữ quận; UBND các phường",
                "Quý III/2025"),
            row("3", "Giáo dục quyền và bổn phận của trẻ em trong các trường mầm non, tiểu học, "
                     "trung học cơ sở",
                "Phòng Giáo dục và Đào tạo", "Phòng Y tế", "Năm học 2025 - 2026"),
        ]},
        {"num": "II", "title": "Nâng cao năng lực, phối hợp liên ngành", "rows": [
            row("1", "Bồi dưỡng kỹ năng cho cán bộ, cộng tác viên làm công tác trẻ em ở phường, "
                     "khu vực",
                "Phòng Y tế", "Phòng Nội vụ", "Tháng 6/2025"),
            row("2", "Phối hợp tiếp nhận, xác minh, xử lý thông tin từ Tổng đài 111 về trẻ em bị "
                     "xâm hại",
                "Công an quận", "Phòng Y tế; UBND các phường", "Khi có yêu cầu"),
        ]},
        {"num": "III", "title": "Phát triển dịch vụ cho trẻ em", "rows": [
            row("1", "Chăm sóc sức khỏe ban đầu, tiêm chủng, phòng chống suy dinh dưỡng cho trẻ em "
                     "dưới 5 tuổi",
                "Trung tâm Y tế quận", "UBND các phường", "Hằng năm"),
            row("2", "Tổ chức sân chơi, hoạt động hè an toàn, phòng chống đuối nước cho trẻ em",
                "Quận đoàn; Phòng Văn hóa, Khoa học và Thông tin", "UBND các phường",
                "Tháng 5 - tháng 8 hằng năm"),
            row("3", "Hỗ trợ trẻ em có hoàn cảnh đặc biệt tiếp cận chính sách trợ giúp xã hội, học "
                     "bổng",
                "Phòng Y tế", "Phòng Tài chính - Kế hoạch; Hội Chữ thập đỏ quận", "Thường xuyên"),
        ]},
        {"num": "IV", "title": "Kiểm tra; dữ liệu về trẻ em", "rows": [
            row("1", "Kiểm tra việc thực hiện quyền trẻ em tại các phường, cơ sở giáo dục ngoài "
                     "công lập",
                "Phòng Y tế", "Phòng Giáo dục và Đào tạo; Thanh tra quận", "Quý IV/2025"),
            row("2", "Cập nhật dữ liệu trẻ em trên phần mềm quản lý, đối chiếu với dữ liệu dân cư",
                "UBND các phường", "Công an quận", "Trước ngày 15/12/2025"),
        ]},
        {"num": "V", "title": "Kinh phí", "rows": [
            row("", "Tham mưu bố trí kinh phí thực hiện công tác trẻ em trong dự toán ngân sách quận",
                "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm"),
        ]},
    ],
}


# --- 01 Bộ Khoa học và Công nghệ, L9 (PDF kept, ruled GRID table) -----------------------------

BO_KHCN = {
    "issuer": ["BỘ KHOA HỌC VÀ CÔNG NGHỆ"],
    "number": "Số: 1856/KH-BKHCN",
    "place_date": "Hà Nội, ngày 14 tháng 5 năm 2025",
    "title": "KẾ HOẠCH",
    "subtitle": ("Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban "
                 "hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc"),
    "blocks": [
        ("p", "Căn cứ Nghị định số 55/2025/NĐ-CP ngày 02 tháng 3 năm 2025 của Chính phủ quy định "
              "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ;"),
        ("p", "Căn cứ " + Q27 + ";"),
        ("p", "Bộ Khoa học và Công nghệ ban hành Kế hoạch thực hiện các nhiệm vụ được giao như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Triển khai đầy đủ, hiệu quả các nhiệm vụ được Thủ tướng Chính phủ giao cho Bộ "
              "Khoa học và Công nghệ, trong đó có các nhiệm vụ tiếp nhận từ Bộ Thông tin và "
              "Truyền thông trước đây."),
        ("p", "2. Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành; gắn việc "
              "thực hiện với Chương trình bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo "
              "trên môi trường mạng."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("item", "1", "Hoàn thiện thể chế, chính sách về bảo vệ trẻ em trên môi trường mạng và "
                      "phát triển sản phẩm, dịch vụ số an toàn cho trẻ em."),
        ("item", "2", "Đẩy mạnh truyền thông, phổ biến tri thức khoa học, kỹ năng số cho trẻ em, "
                      "cha mẹ và nhà trường."),
        ("item", "3", "Nâng cao năng lực của đội ngũ làm công tác bảo vệ trẻ em trên môi trường "
                      "mạng; tăng cường phối hợp liên ngành."),
        ("item", "4", "Phát triển hạ tầng, dịch vụ số bảo đảm trẻ em được tiếp cận thông tin an "
                      "toàn, bình đẳng."),
        ("item", "5", "Kiểm tra, thanh tra việc tuân thủ quy định về bảo vệ trẻ em; hoàn thiện số "
                      "liệu thống kê về trẻ em sử dụng Internet."),
        ("item", "6", "Mở rộng hợp tác quốc tế trong bảo vệ trẻ em trên môi trường mạng."),
        ("p", "Nhiệm vụ cụ thể của các đơn vị được phân công tại Phụ lục kèm theo Kế hoạch này."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện được bố trí trong dự toán ngân sách nhà nước hằng năm giao cho "
              "các đơn vị thuộc Bộ, nguồn Quỹ Dịch vụ viễn thông công ích Việt Nam và các nguồn "
              "hợp pháp khác theo quy định."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Vụ Pháp chế: Là đơn vị đầu mối, giúp Bộ trưởng theo dõi, đôn đốc các đơn vị "
              "triển khai Kế hoạch; tổng hợp, báo cáo Bộ trưởng và gửi Bộ Y tế định kỳ 6 tháng "
              "(trước ngày 10/6) và hằng năm (trước ngày 30/11)."),
        ("p", "2. Vụ Kế hoạch - Tài chính: Bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng "
              "năm của các đơn vị."),
        ("p", "3. Thủ trưởng các cơ quan, đơn vị thuộc Bộ: Căn cứ nhiệm vụ được giao tại Phụ lục "
              "xây dựng kế hoạch chi tiết và tổ chức thực hiện; gửi báo cáo kết quả về Vụ Pháp "
              "chế để tổng hợp."),
        ("p", "4. Đề nghị Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương tham "
              "mưu Ủy ban nhân dân cấp tỉnh triển khai các nhiệm vụ có liên quan tại địa phương./."),
    ],
    "recipients": ["Nơi nhận:", "- Thủ tướng Chính phủ (để b/c);",
                   "- Phó Thủ tướng Lê Thành Long (để b/c);", "- Bộ trưởng (để b/c);",
                   "- Các Thứ trưởng;", "- Bộ Y tế;", "- Các cơ quan, đơn vị thuộc Bộ;",
                   "- Sở KH&CN các tỉnh, thành phố;", "- Lưu: VT, PC."],
    "sign": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "Trần Quang Vĩnh"],
    "appendix_title": ["PHỤ LỤC",
                       "NHIỆM VỤ CỦA BỘ KHOA HỌC VÀ CÔNG NGHỆ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ "
                       "QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC",
                       "(Kèm theo Kế hoạch số 1856/KH-BKHCN ngày 14 tháng 5 năm 2025 của Bộ Khoa học "
                       "và Công nghệ)"],
    "columns": ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    "groups": [
        {"num": "I", "title": "Thể chế, chính sách", "rows": [
            row("1", "Rà soát, đề xuất sửa đổi, bổ sung quy định về trách nhiệm của doanh nghiệp "
                     "cung cấp dịch vụ viễn thông, Internet trong bảo vệ trẻ em trên môi trường mạng.",
                "Vụ Pháp chế", "Cục Viễn thông; Cục Công nghiệp công nghệ thông tin",
                "2025 - 2026"),
            row("2", "Nghiên cứu, xây dựng bộ tiêu chí sản phẩm, dịch vụ số an toàn, thân thiện "
                     "với trẻ em.",
                "Cục Công nghiệp công nghệ thông tin",
                "Vụ Khoa học kỹ thuật và công nghệ; Bộ Y tế (Cục Bà mẹ và Trẻ em)", "Quý IV/2025"),
        ]},
        {"num": "II", "title": "Truyền thông, phổ biến tri thức", "rows": [
            row("1", "Xây dựng, phát sóng chuyên mục phổ biến kiến thức khoa học, kỹ năng số an "
                     "toàn cho trẻ em.",
                "Trung tâm Truyền thông khoa học và công nghệ",
                "Đài Truyền hình Việt Nam; Đài Tiếng nói Việt Nam", "Thường xuyên"),
            row("2", "Tổ chức Ngày hội STEM và Cuộc thi sáng tạo thanh thiếu niên, nhi đồng toàn "
                     "quốc.",
                "Cục Đổi mới sáng tạo",
                "Bộ Giáo dục và Đào tạo; Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
                "Hằng năm"),
            row("3", "Phát hành bộ tem bưu chính chủ đề quyền trẻ em.",
                "Vụ Bưu chính", "Tổng công ty Bưu điện Việt Nam", "Năm 2026"),
        ]},
        {"num": "III", "title": "Nâng cao năng lực, phối hợp liên ngành", "rows": [
            row("1", "Phối hợp vận hành, bảo đảm kết nối thông suốt Tổng đài điện thoại quốc gia "
                     "bảo vệ trẻ em 111.",
                "Cục Viễn thông", "Bộ Y tế; các doanh nghiệp viễn thông", "Thường xuyên"),
            row("2", "Bồi dưỡng kỹ năng phát hiện, xử lý thông tin xâm hại trẻ em trên mạng cho "
                     "công chức Sở Khoa học và Công nghệ các tỉnh, thành phố.",
                "Học viện Công nghệ Bưu chính Viễn thông",
                "Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương",
                "Giai đoạn 2025 - 2030"),
            row("3", "Chia sẻ mô hình trường học số, thư viện số phục vụ trẻ em vùng sâu, vùng xa.",
                "Cục Chuyển đổi số quốc gia", "Bộ Giáo dục và Đào tạo", "2026 - 2030"),
        ]},
        {"num": "IV", "title": "Hạ tầng và dịch vụ số cho trẻ em", "rows": [
            row("1", "Hỗ trợ thiết bị đầu cuối, dịch vụ Internet băng rộng cho hộ gia đình có trẻ "
                     "em thuộc hộ nghèo, hộ cận nghèo.",
                "Quỹ Dịch vụ viễn thông công ích Việt Nam",
                "Cục Viễn thông; Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
                "2025 - 2030"),
            row("2", "Phát triển ứng dụng, nền tảng số hỗ trợ cha mẹ quản lý thời gian, nội dung "
                     "sử dụng Internet của trẻ em.",
                "Cục Công nghiệp công nghệ thông tin; Cục Đổi mới sáng tạo",
                "Các doanh nghiệp công nghệ số", "Năm 2026"),
        ]},
        {"num": "V", "title": "Kiểm tra, thanh tra; thống kê", "rows": [
            row("1", "Kiểm tra việc tuân thủ quy định về bảo vệ trẻ em của các doanh nghiệp viễn "
                     "thông, Internet.",
                "Thanh tra Bộ", "Cục Viễn thông", "Theo kế hoạch thanh tra hằng năm"),
            row("2", "Xây dựng chỉ tiêu thống kê về trẻ em sử dụng Internet, tích hợp vào hệ thống "
                     "chỉ tiêu thống kê ngành khoa học, công nghệ và đổi mới sáng tạo.",
                "Cục Thông tin, Thống kê", "Bộ Tài chính (Cục Thống kê)", "Trước ngày 30/6/2026"),
        ]},
        {"num": "VI", "title": "Hợp tác quốc tế", "rows": [
            row("", "Tăng cường hợp tác với các tổ chức quốc tế, doanh nghiệp công nghệ xuyên quốc "
                    "gia trong bảo vệ trẻ em trên môi trường mạng.",
                "Vụ Hợp tác quốc tế", "Cục Viễn thông; các cơ quan, đơn vị liên quan thuộc Bộ",
                "Hằng năm"),
        ]},
    ],
}


# --- 07 Sơn La, L8 (.docx, blank number and day) ----------------------------------------------

SON_LA = {
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH SƠN LA"],
    "number": "Số:        /KH-UBND",
    "place_date": "Sơn La, ngày      tháng 5 năm 2025",
    "title": "KẾ HOẠCH",
    "subtitle": ("Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính "
                 "phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên "
                 "hợp quốc trên địa bàn tỉnh Sơn La"),
    "blocks": [
        ("p", "Thực hiện " + Q27 + "; Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch triển khai "
              "thực hiện trên địa bàn tỉnh, cụ thể như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và cộng đồng về "
              "thực hiện quyền trẻ em; ưu tiên trẻ em người dân tộc thiểu số, trẻ em ở vùng cao, "
              "biên giới."),
        ("p", "2. Các nhiệm vụ phải được lồng ghép với Chương trình mục tiêu quốc gia phát triển "
              "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi; bảo đảm tính khả thi, "
              "phù hợp với điều kiện của tỉnh."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("item", "1", "Rà soát, đề xuất hoàn thiện chính sách về trẻ em, nhất là chính sách đặc thù "
                      "đối với trẻ em dân tộc thiểu số."),
        ("item", "2", "Đẩy mạnh truyền thông, giáo dục, vận động xã hội bằng nhiều hình thức, ngôn "
                      "ngữ phù hợp với từng địa bàn, từng nhóm đối tượng."),
        ("item", "3", "Nâng cao năng lực cho đội ngũ cán bộ, người làm công tác trẻ em ở cơ sở; "
                      "xây dựng mô hình bảo vệ trẻ em dựa vào cộng đồng."),
        ("item", "4", "Phát triển hệ thống dịch vụ giáo dục, y tế, nước sạch và vệ sinh bảo đảm "
                      "thực hiện quyền trẻ em."),
        ("item", "5", "Kiểm tra, giám sát việc thực hiện quyền trẻ em; chuẩn hóa cơ sở dữ liệu về "
                      "trẻ em."),
        ("item", "6", "Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về "
                      "trẻ em."),
        ("item", "7", "Tăng cường hợp tác quốc tế, thu hút các dự án hỗ trợ trẻ em vùng cao."),
        ("italic", "(Có Phụ lục chi tiết kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Ngân sách nhà nước theo phân cấp hiện hành; lồng ghép từ các chương trình mục tiêu "
              "quốc gia; nguồn tài trợ của các tổ chức quốc tế và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Chủ trì, phối hợp với các sở, ban, ngành, UBND các huyện, thành phố tổ "
              "chức triển khai Kế hoạch; hướng dẫn, kiểm tra, tổng hợp kết quả thực hiện, báo "
              "cáo UBND tỉnh, Bộ Y tế."),
        ("p", "2. Các sở, ban, ngành, UBND các huyện, thành phố: Căn cứ nhiệm vụ được giao, xây "
              "dựng kế hoạch thực hiện; định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày "
              "15/12) báo cáo kết quả về Sở Y tế để tổng hợp."),
        ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội "
              "tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh phối hợp thực hiện theo "
              "chức năng, nhiệm vụ."),
        ("p", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Y "
              "tế để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
    ],
    "recipients": ["Nơi nhận:", "- Bộ Y tế (b/c);", "- TT Tỉnh ủy; TT HĐND tỉnh (b/c);",
                   "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
                   "- UBND các huyện, thành phố;", "- Lưu: VT, KGVX."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Văn Khải"],
    "appendix_title": ["PHỤ LỤC",
                       "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA "
                       "LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH SƠN LA",
                       "(Kèm theo Kế hoạch số       /KH-UBND ngày     /5/2025 của UBND tỉnh Sơn La)"],
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "groups": [
        {"num": "I", "title": "Hoàn thiện chính sách, pháp luật", "rows": [
            row("1", "Rà soát chính sách đặc thù của tỉnh hỗ trợ trẻ em dân tộc thiểu số, trẻ em "
                     "vùng đặc biệt khó khăn",
                "Sở Y tế", "Sở Dân tộc và Tôn giáo; Sở Tài chính", "Năm 2025"),
            row("2", "Tham gia ý kiến dự thảo luật, nghị định liên quan đến trẻ em",
                "Sở Tư pháp", "Các sở, ban, ngành liên quan",
                "Theo đề nghị của các bộ, ngành trung ương"),
        ]},
        {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
            row("1", "Truyền thông về quyền trẻ em bằng tiếng dân tộc Thái, Mông trên sóng phát "
                     "thanh, truyền hình của tỉnh",
                "Sở Văn hóa, Thể thao và Du lịch",
                "Báo Sơn La; Đài Phát thanh và Truyền hình tỉnh", "Thường xuyên"),
            row("2", "Tuyên truyền phòng, chống mua bán người, mua bán trẻ em ở khu vực biên giới",
                "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các huyện biên giới",
                "Hằng năm"),
            row("3", "Tổ chức Diễn đàn trẻ em tỉnh Sơn La",
                "Sở Y tế", "Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Năm 2026"),
        ]},
        {"num": "III", "title": "Nâng cao năng lực; mô hình bảo vệ trẻ em", "rows": [
            row("1", "Tập huấn kỹ năng bảo vệ trẻ em cho cán bộ cấp xã, trưởng bản và người có uy "
                     "tín trong đồng bào dân tộc thiểu số",
                "Sở Y tế", "Sở Dân tộc và Tôn giáo; UBND các huyện, thành phố", "Quý III/2025"),
            row("2", "Bồi dưỡng giáo viên về giáo dục hòa nhập cho học sinh khuyết tật",
                "Sở Giáo dục và Đào tạo", "Sở Y tế", "Năm học 2025 - 2026"),
            row("3", "Xây dựng mô hình bảo vệ trẻ em dựa vào cộng đồng tại các xã vùng cao",
                "UBND các huyện, thành phố", "Sở Y tế; Hội Liên hiệp Phụ nữ tỉnh",
                "Giai đoạn 2026-2030"),
        ]},
        {"num": "IV", "title": "Phát triển hệ thống dịch vụ", "rows": [
            row("1", "Mở rộng chương trình giáo dục song ngữ, trường phổ thông dân tộc bán trú; "
                     "giảm tỷ lệ học sinh bỏ học",
                "Sở Giáo dục và Đào tạo", "UBND các huyện, thành phố", "2025 - 2030"),
            row("2", "Phòng, chống suy dinh dưỡng, thiếu vi chất; nâng cao tỷ lệ tiêm chủng đầy đủ "
                     "cho trẻ em vùng cao",
                "Sở Y tế", "UBND các huyện, thành phố", "Hằng năm"),
            row("3", "Bảo đảm nước sạch, vệ sinh môi trường tại trường học, điểm trường vùng sâu",
                "Sở Nông nghiệp và Môi trường", "Sở Giáo dục và Đào tạo", "Trước ngày 31/12/2026"),
        ]},
        {"num": "V", "title": "Kiểm tra, giám sát; cơ sở dữ liệu", "rows": [
            row("1", "Kiểm tra liên ngành việc thực hiện quyền trẻ em",
                "Sở Y tế", "Các sở, ngành liên quan", "Hằng năm"),
            row("2", "Chuẩn hóa, cập nhật dữ liệu trẻ em trên hệ thống cơ sở dữ liệu của tỉnh",
                "Sở Khoa học và Công nghệ", "Sở Y tế; Công an tỉnh", "Quý IV/2025"),
        ]},
        {"num": "VI", "title": "Kinh phí", "rows": [
            row("1", "Bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách",
                "Sở Tài chính", "Các sở, ngành; UBND các huyện, thành phố", "Hằng năm"),
        ]},
        {"num": "VII", "title": "Hợp tác quốc tế", "rows": [
            row("1", "Phối hợp với các tổ chức quốc tế, tổ chức phi chính phủ triển khai dự án hỗ "
                     "trợ trẻ em vùng cao",
                "Sở Y tế", "Văn phòng UBND tỉnh; Sở Tài chính", "Khi có yêu cầu"),
        ]},
    ],
}


# --- 13 Phú Thọ (.xlsx) and 14 Thanh Miếu (.csv), L10 ----------------------------------------

PHU_THO_PLAN = [
    ("Số", "168/KH-UBND"),
    ("Ngày", datetime(2025, 9, 12)),  # a real date cell, shown as dd/mm/yyyy
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                  "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                  "của Liên hợp quốc trên địa bàn tỉnh Phú Thọ"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Phú Thọ"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Phú Thọ"),
    ("Thuộc tỉnh", ""),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị "
               "hành chính cấp tỉnh"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Hà Thị Thu Trang"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Sở Y tế"),
    ("Ghi chú", "Kế hoạch đầu tiên của tỉnh Phú Thọ sau sắp xếp (hợp nhất Phú Thọ, Vĩnh Phúc, "
                "Hòa Bình)"),
]

PHU_THO_TASKS = [
    {"num": "I", "title": "Hoàn thiện chính sách, pháp luật", "rows": [
        row(1, "Rà soát, thống nhất chính sách hỗ trợ trẻ em của tỉnh Phú Thọ, tỉnh Vĩnh Phúc, tỉnh "
               "Hòa Bình (cũ) sau hợp nhất",
            "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Quý IV/2025"),
        row(2, "Góp ý dự thảo văn bản quy phạm pháp luật về trẻ em",
            "Sở Tư pháp", "Sở Y tế", "Khi có yêu cầu"),
    ]},
    {"num": "II", "title": "Truyền thông, giáo dục, vận động xã hội", "rows": [
        row(1, "Truyền thông về quyền trẻ em trên Báo và Phát thanh, Truyền hình Phú Thọ",
            "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Phú Thọ",
            "Thường xuyên"),
        row(2, "Tổ chức Diễn đàn trẻ em tỉnh",
            "Sở Y tế", "Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Tháng 6/2026",
            "Lần đầu tổ chức sau hợp nhất"),
        row(3, "Giáo dục quyền và bổn phận của trẻ em trong trường học",
            "Sở Giáo dục và Đào tạo", "", "Năm học 2025 - 2026"),
    ]},
    {"num": "III", "title": "Nâng cao năng lực; phối hợp liên ngành; mô hình", "rows": [
        row(1, "Bồi dưỡng công chức Phòng Văn hóa - Xã hội các xã, phường về công tác trẻ em",
            "Sở Y tế", "Sở Nội vụ; UBND các xã, phường", "Quý I/2026"),
        row(2, "Điều tra, xử lý các vụ việc xâm hại trẻ em theo thủ tục thân thiện",
            "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Thường xuyên"),
        row(3, "Xây dựng mô hình “Xã, phường phù hợp với trẻ em”",
            "UBND các xã, phường", "Sở Y tế", "Giai đoạn 2026-2030"),
    ]},
    {"num": "IV", "title": "Phát triển hệ thống dịch vụ", "rows": [
        row(1, "Phòng, chống suy dinh dưỡng thấp còi ở trẻ em vùng dân tộc thiểu số và miền núi",
            "Sở Y tế", "Sở Dân tộc và Tôn giáo", "2025 - 2030"),
        row(2, "Tổ chức hoạt động hè, phòng, chống đuối nước cho trẻ em",
            "Tỉnh đoàn; Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường",
            "Tháng 5 - tháng 8 hằng năm"),
    ]},
    {"num": "V", "title": "Kiểm tra; cơ sở dữ liệu", "rows": [
        row(1, "Kiểm tra việc thực hiện quyền trẻ em tại các xã, phường",
            "Sở Y tế", "Các sở, ngành liên quan", "Hằng năm"),
        row(2, "Kết nối dữ liệu trẻ em với Cơ sở dữ liệu quốc gia về dân cư",
            "Công an tỉnh", "Sở Y tế; Sở Khoa học và Công nghệ", "Trước ngày 30/6/2026"),
    ]},
    {"num": "VI", "title": "Kinh phí và nguồn lực", "rows": [
        row("", "Bố trí kinh phí và vận động nguồn lực xã hội thực hiện Kế hoạch",
            "Sở Tài chính", "Sở Y tế", "Hằng năm"),
    ]},
]

THANH_MIEU_PLAN = [
    ("Số", "52/KH-UBND"),
    ("Ngày", "10/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                  "phường Thanh Miếu năm 2025 - 2026"),
    ("Cơ quan ban hành", "Ủy ban nhân dân phường Thanh Miếu"),
    ("Cấp", "xã"),
    ("Địa bàn", "Thanh Miếu"),
    ("Thuộc tỉnh", "Phú Thọ"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 168/KH-UBND ngày 12/09/2025 của UBND tỉnh Phú Thọ"),
    ("Triển khai", "Kế hoạch số 168/KH-UBND ngày 12/09/2025 của UBND tỉnh Phú Thọ"),
    ("Người ký", "Trần Văn Hiệp"),
    ("Chức vụ người ký", "Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
]

THANH_MIEU_TASKS = [
    {"num": "I", "title": "Tuyên truyền, giáo dục", "rows": [
        row("1", "Tuyên truyền về quyền trẻ em tại các khu dân cư",
            "Phòng Văn hóa - Xã hội", "Ủy ban MTTQ Việt Nam phường; các khu dân cư", "Thường xuyên"),
        row("2", "Phổ biến kỹ năng an toàn trên môi trường mạng cho học sinh",
            "Công an phường", "Các trường trên địa bàn phường", "Năm học 2025 - 2026"),
    ]},
    {"num": "II", "title": "Nâng cao năng lực, phối hợp", "rows": [
        row("1", "Kiện toàn cộng tác viên công tác trẻ em tại khu dân cư",
            "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND", "Quý IV/2025"),
        row("2", "Tiếp nhận, xử lý thông tin về trẻ em bị xâm hại, bạo lực",
            "Công an phường", "Phòng Văn hóa - Xã hội; Trạm Y tế phường", "Khi có yêu cầu"),
        row("3", "Tổ chức sinh hoạt hè, Tết Trung thu cho trẻ em",
            "Đoàn Thanh niên phường", "Hội Liên hiệp Phụ nữ phường", "Tháng 6 - tháng 9 hằng năm"),
    ]},
    {"num": "III", "title": "Chăm sóc, hỗ trợ trẻ em", "rows": [
        row("1", "Tiêm chủng, khám sàng lọc, tư vấn dinh dưỡng cho trẻ em",
            "Trạm Y tế phường", "", "Hằng năm"),
        row("2", "Rà soát, đề nghị hỗ trợ trẻ em có hoàn cảnh đặc biệt",
            "Phòng Văn hóa - Xã hội", "Phòng Kinh tế, Hạ tầng và Đô thị", "Thường xuyên"),
    ]},
    {"num": "IV", "title": "Dữ liệu, kinh phí", "rows": [
        row("1", "Cập nhật dữ liệu trẻ em trên hệ thống quản lý",
            "Phòng Văn hóa - Xã hội; Công an phường", "Các khu dân cư", "Trước ngày 20/12/2025"),
        row("2", "Bố trí kinh phí thực hiện Kế hoạch",
            "Phòng Kinh tế, Hạ tầng và Đô thị", "Phòng Văn hóa - Xã hội", "Năm 2026",
            "Trong dự toán ngân sách phường"),
    ]},
]

TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện",
               "Ghi chú"]


# ---------------------------------------------------------------------------
# L1a: platypus story, Paragraph cells, group rows spanning the columns
# ---------------------------------------------------------------------------

def _styles(size=12.5, leading=16):
    base = ParagraphStyle("base", fontName="Roboto", fontSize=size, leading=leading,
                          alignment=TA_JUSTIFY, firstLineIndent=1 * cm, spaceAfter=4)
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontName="Roboto-Bold", firstLineIndent=0,
                            spaceBefore=6),
        "hb": ParagraphStyle("hb", parent=base, fontName="Roboto-Bold"),
        "item": base,
        "italic": ParagraphStyle("it", parent=base, fontName="Roboto-Italic"),
        "center": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "title": ParagraphStyle("t", parent=base, fontName="Roboto-Bold", fontSize=size + 1.5,
                                alignment=TA_CENTER, firstLineIndent=0, spaceBefore=10),
        "subtitle": ParagraphStyle("st", parent=base, fontName="Roboto-Bold", alignment=TA_CENTER,
                                   firstLineIndent=0, leftIndent=1.2 * cm, rightIndent=1.2 * cm,
                                   spaceAfter=10),
        "small": ParagraphStyle("sm", parent=base, fontSize=10, leading=12.5, alignment=TA_LEFT,
                                firstLineIndent=0, spaceAfter=0),
        "smallc": ParagraphStyle("smc", parent=base, fontSize=10.5, leading=13,
                                 alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "cell": ParagraphStyle("cell", fontName="Roboto", fontSize=9, leading=11,
                               alignment=TA_LEFT),
        "cellb": ParagraphStyle("cellb", fontName="Roboto-Bold", fontSize=9, leading=11,
                                alignment=TA_LEFT),
        "cellc": ParagraphStyle("cellc", fontName="Roboto-Bold", fontSize=9, leading=11,
                                alignment=TA_CENTER),
    }


def _body_story(doc, st):
    story = []
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "item":
            story.append(Paragraph(escape(b[1] + ". " + b[2]), st["item"]))
        else:
            story.append(Paragraph(escape(b[1]), st[kind]))
    return story


def _sign_table(doc, st, widths):
    rec = "<br/>".join(escape(x) for x in doc["recipients"])
    sig = "<br/>".join("<b>%s</b>" % escape(x) if x else "&nbsp;" for x in doc["sign"])
    t = Table([[Paragraph(rec, st["small"]), Paragraph(sig, st["smallc"])]], colWidths=widths)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def build_l1a(doc):
    st = _styles()
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=3 * cm, rightMargin=2 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm, title="Kế hoạch",
                            author="UBND tỉnh Nghệ An")
    head = Table(
        [[Paragraph("<b>%s</b><br/>%s" % tuple(escape(x) for x in doc["issuer"]), st["smallc"]),
          Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh "
                    "phúc</b>", st["smallc"])],
         [Paragraph(escape(doc["number"]), st["smallc"]),
          Paragraph("<i>%s</i>" % escape(doc["place_date"]), st["smallc"])]],
        colWidths=[6.2 * cm, 9.8 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    story = [head, Paragraph(doc["title"], st["title"]),
             Paragraph(escape(doc["subtitle"]), st["subtitle"])]
    story += _body_story(doc, st)
    story += [Spacer(1, 10), _sign_table(doc, st, [8 * cm, 8 * cm]), PageBreak()]
    for i, line in enumerate(doc["appendix_title"]):
        story.append(Paragraph(("<b>%s</b>" if i < 2 else "<i>%s</i>") % escape(line),
                               st["center"]))
    story.append(Spacer(1, 8))
    data = [[Paragraph(escape(c), st["cellc"]) for c in doc["columns"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))]
    for g in doc["groups"]:
        r = len(data)
        data.append([Paragraph("<b>%s</b>" % g["num"], st["cellc"]),
                     Paragraph(escape(g["title"]), st["cellb"]), "", "", ""])
        style.append(("SPAN", (1, r), (4, r)))
        for x in g["rows"]:
            data.append([Paragraph(escape(str(x["stt"])), st["cellc"]),
                         Paragraph(escape(x["text"]), st["cell"]),
                         Paragraph(escape(x["lead"]), st["cell"]),
                         Paragraph(escape(x["coop"]), st["cell"]),
                         Paragraph(escape(x["time"]), st["cell"])])
    t = Table(data, colWidths=[1.0 * cm, 6.4 * cm, 2.9 * cm, 3.4 * cm, 2.3 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    pdf.build(story)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# L1b: plain string cells (pre-wrapped with newlines), header row repeated on every page,
# notes column, group title not spanned, page numbers at the top
# ---------------------------------------------------------------------------

def build_l1b(doc):
    st = _styles(size=12, leading=15.5)
    buf = io.BytesIO()

    def page_no(canv, d):
        if d.page > 1:
            canv.setFont("Roboto", 10)
            canv.drawCentredString(A4[0] / 2, A4[1] - 1.2 * cm, str(d.page))

    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm,
                            topMargin=2 * cm, bottomMargin=1.8 * cm, title="KH 74/KH-UBND",
                            author="UBND tỉnh Thanh Hóa")
    story = []
    for line in doc["issuer"]:
        story.append(Paragraph("<b>%s</b>" % escape(line), st["smallc"]))
    story.append(Paragraph(escape(doc["number"]), st["smallc"]))
    story.append(Spacer(1, 6))
    story.append(Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", st["smallc"]))
    story.append(Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", st["smallc"]))
    story.append(Paragraph("<i>%s</i>" % escape(doc["place_date"]), st["smallc"]))
    story += [Paragraph(doc["title"], st["title"]),
              Paragraph(escape(doc["subtitle"]), st["subtitle"])]
    story += _body_story(doc, st)
    story += [Spacer(1, 10), _sign_table(doc, st, [8.2 * cm, 8.2 * cm]), PageBreak()]
    for i, line in enumerate(doc["appendix_title"]):
        story.append(Paragraph(("<b>%s</b>" if i < 2 else "<i>%s</i>") % escape(line),
                               st["center"]))
    story.append(Spacer(1, 8))
    widths = [0.9 * cm, 5.2 * cm, 2.5 * cm, 3.1 * cm, 2.1 * cm, 2.2 * cm]
    fs = 8.5

    def cell(text, w, font="Roboto"):
        return "\n".join(wrap_words(str(text), font, fs, w - 8)) if text != "" else ""

    data = [[cell(c, w, "Roboto-Bold") for c, w in zip(doc["columns"], widths)]]
    style = [("FONT", (0, 0), (-1, -1), "Roboto", fs, fs + 2.2),
             ("FONT", (0, 0), (-1, 0), "Roboto-Bold", fs, fs + 2.2),
             ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (0, -1), "CENTER"),
             ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    for g in doc["groups"]:
        r = len(data)
        data.append([g["num"], cell(g["title"], widths[1], "Roboto-Bold"), "", "", "", ""])
        style.append(("FONT", (0, r), (-1, r), "Roboto-Bold", fs, fs + 2.2))
        for x in g["rows"]:
            data.append([str(x["stt"]), cell(x["text"], widths[1]), cell(x["lead"], widths[2]),
                         cell(x["coop"], widths[3]), cell(x["time"], widths[4]),
                         cell(x["note"], widths[5])])
    t = Table(data, colWidths=widths, repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    pdf.build(story, onFirstPage=page_no, onLaterPages=page_no)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# L1c: drawn directly on the canvas; portrait body pages, landscape appendix pages with the
# columns STT | Nội dung | Thời gian | Chủ trì | Phối hợp, header row not repeated
# ---------------------------------------------------------------------------

def build_l1c(doc):
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle("Ke hoach 1125")
    W, H = A4
    left, right, top, bottom = 3 * cm, W - 2 * cm, H - 2 * cm, 2 * cm
    y = top

    # header: two blocks side by side at the same heights
    c.setFont("Roboto-Bold", 11.5)
    c.drawCentredString(5.8 * cm, y, doc["issuer"][0])
    c.drawCentredString(14.2 * cm, y, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    y -= 14
    c.drawCentredString(5.8 * cm, y, doc["issuer"][1])
    c.drawCentredString(14.2 * cm, y, "Độc lập - Tự do - Hạnh phúc")
    c.line(4.9 * cm, y - 4, 6.7 * cm, y - 4)
    c.line(12.0 * cm, y - 4, 16.4 * cm, y - 4)
    y -= 26
    c.setFont("Roboto", 11.5)
    c.drawCentredString(5.8 * cm, y, doc["number"])
    c.setFont("Roboto-Italic", 11.5)
    c.drawCentredString(14.2 * cm, y, doc["place_date"])
    y -= 34
    c.setFont("Roboto-Bold", 13.5)
    c.drawCentredString(W / 2, y, doc["title"])
    y -= 17
    c.setFont("Roboto-Bold", 12)
    for line in wrap_words(doc["subtitle"], "Roboto-Bold", 12, 13 * cm):
        c.drawCentredString(W / 2, y, line)
        y -= 15
    y -= 10

    def new_page():
        c.showPage()
        c.setPageSize(A4)
        return top

    for b in doc["blocks"]:
        kind = b[0]
        text = b[1] + ". " + b[2] if kind == "item" else b[1]
        font = "Roboto-Bold" if kind in ("h", "hb") else "Roboto"
        size = 12
        indent = 0 if kind == "h" else 1 * cm
        lines = wrap_words(text, font, size, right - left - indent)
        for i, line in enumerate(lines):
            if y < bottom:
                y = new_page()
            c.setFont(font, size)
            c.drawString(left + (indent if i == 0 else 0), y, line)
            y -= 15.5
        y -= 3
    # recipients (left) and signature (right)
    y -= 10
    if y < bottom + 130:
        y = new_page()
    y0 = y
    for i, line in enumerate(doc["recipients"]):
        c.setFont("Roboto-BoldItalic" if i == 0 else "Roboto", 10 if i else 11)
        c.drawString(left, y, line)
        y -= 12.5
    y = y0
    for line in doc["sign"]:
        c.setFont("Roboto-Bold", 11.5)
        if line:
            c.drawCentredString(14.5 * cm, y, line)
        y -= 14.5

    # appendix on landscape pages
    c.showPage()
    LW, LH = landscape(A4)
    c.setPageSize((LW, LH))
    y = LH - 1.8 * cm
    c.setFont("Roboto-Bold", 12)
    c.drawCentredString(LW / 2, y, doc["appendix_title"][0])
    y -= 15
    c.setFont("Roboto-Italic", 11)
    c.drawCentredString(LW / 2, y, doc["appendix_title"][1])
    y -= 20
    widths = [1.2 * cm, 9.3 * cm, 3.0 * cm, 4.6 * cm, 7.4 * cm]
    x0 = (LW - sum(widths)) / 2
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    fs, lead = 9.5, 12
    pad = 4

    def draw_row(cells, y, bold=False, span=False):
        font = "Roboto-Bold" if bold else "Roboto"
        if span:
            wrapped = [wrap_words(cells[0], font, fs, widths[0] - 2 * pad),
                       wrap_words(cells[1], font, fs, sum(widths[1:]) - 2 * pad)]
            cols = [(xs[0], xs[1]), (xs[1], xs[-1])]
        else:
            wrapped = [wrap_words(str(t), font, fs, w - 2 * pad) if t else [""]
                       for t, w in zip(cells, widths)]
            cols = list(zip(xs[:-1], xs[1:]))
        h = max(len(w) for w in wrapped) * lead + 2 * pad
        c.setFont(font, fs)
        for (xa, xb), lines in zip(cols, wrapped):
            for i, line in enumerate(lines):
                c.drawString(xa + pad, y - pad - (i + 1) * lead + 3, line)
            c.line(xa, y, xa, y - h)
        c.line(xs[-1], y, xs[-1], y - h)
        c.line(xs[0], y, xs[-1], y)
        c.line(xs[0], y - h, xs[-1], y - h)
        return y - h

    y = draw_row(doc["columns"], y, bold=True)
    for g in doc["groups"]:
        if y < 2.5 * cm:
            c.showPage()
            c.setPageSize((LW, LH))
            y = LH - 1.8 * cm
        y = draw_row([g["num"], g["title"]], y, bold=True, span=True)
        for x in g["rows"]:
            need = 4 * lead
            if y - need < 1.5 * cm:
                c.showPage()
                c.setPageSize((LW, LH))
                y = LH - 1.8 * cm
            y = draw_row([x["stt"], x["text"], x["time"], x["lead"], x["coop"]], y)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# L9: whole plan as a PDF, appendix as a ruled table (GRID), groups spanning
# ---------------------------------------------------------------------------

def build_l9(doc):
    st = _styles(size=12.5, leading=16.5)
    buf = io.BytesIO()
    pdf = SimpleDocTemplate(buf, pagesize=A4, leftMargin=2.8 * cm, rightMargin=1.8 * cm,
                            topMargin=2 * cm, bottomMargin=2 * cm,
                            title="Kế hoạch số 1856/KH-BKHCN", author="Bộ Khoa học và Công nghệ",
                            subject="Thực hiện Quyết định số 27/QĐ-TTg", creator="Văn phòng Bộ")
    head = Table(
        [[Paragraph("<b>%s</b>" % escape(doc["issuer"][0]), st["smallc"]),
          Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc</b>",
                    st["smallc"])],
         [Paragraph(escape(doc["number"]), st["smallc"]),
          Paragraph("<i>%s</i>" % escape(doc["place_date"]), st["smallc"])]],
        colWidths=[6.6 * cm, 9.8 * cm])
    head.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    story = [head, Paragraph(doc["title"], st["title"]),
             Paragraph(escape(doc["subtitle"]), st["subtitle"])]
    story += _body_story(doc, st)
    story += [Spacer(1, 10), _sign_table(doc, st, [8.4 * cm, 8 * cm]), PageBreak()]
    for i, line in enumerate(doc["appendix_title"]):
        story.append(Paragraph(("<b>%s</b>" if i < 2 else "<i>%s</i>") % escape(line),
                               st["center"]))
    story.append(Spacer(1, 8))
    data = [[Paragraph(escape(c), st["cellc"]) for c in doc["columns"]]]
    style = [("GRID", (0, 0), (-1, -1), 0.7, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for g in doc["groups"]:
        r = len(data)
        data.append([Paragraph(g["num"], st["cellc"]),
                     Paragraph("<b>%s</b>" % escape(g["title"]), st["cellb"]), "", "", ""])
        style.append(("SPAN", (1, r), (4, r)))
        for x in g["rows"]:
            data.append([Paragraph(escape(str(x["stt"])), st["cellc"]),
                         Paragraph(escape(x["text"]), st["cell"]),
                         Paragraph(escape(x["lead"]), st["cell"]),
                         Paragraph(escape(x["coop"]), st["cell"]),
                         Paragraph(escape(x["time"]), st["cell"])])
    t = Table(data, colWidths=[0.9 * cm, 6.6 * cm, 3.1 * cm, 3.6 * cm, 2.2 * cm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    pdf.build(story)
    return buf.getvalue()


def pdf_text(data):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(data))


# ---------------------------------------------------------------------------
# zip normalisation (docx, xlsx): fixed timestamps and core properties
# ---------------------------------------------------------------------------

def normalise_zip(data, stamp):
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                text = blob.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + iso + m.group(3), text)
                blob = text.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=stamp.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------------
# L8: .docx
# ---------------------------------------------------------------------------

def build_docx(doc):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)

    def para(text, bold=False, italic=False, align=None, indent=True, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        elif indent:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
        p.paragraph_format.space_after = Pt(4)
        return p

    head = d.add_table(rows=2, cols=2)
    head.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = head.rows[0].cells
    cells[0].text = ""
    p = cells[0].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(doc["issuer"][0]).font.size = Pt(12.5)
    p.add_run("\n")
    p.add_run(doc["issuer"][1]).bold = True
    p = cells[1].paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc")
    r.bold = True
    cells = head.rows[1].cells
    cells[0].paragraphs[0].add_run(doc["number"])
    cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cells[1].paragraphs[0].add_run(doc["place_date"])
    r.italic = True
    cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for rw in head.rows:
        rw.cells[0].width, rw.cells[1].width = Cm(6.5), Cm(9.5)

    para(doc["title"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    para(doc["subtitle"], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "item":
            para(b[1] + ". " + b[2])
        elif kind == "h":
            para(b[1], bold=True, indent=False, align=WD_ALIGN_PARAGRAPH.LEFT)
        elif kind == "hb":
            para(b[1], bold=True)
        elif kind == "italic":
            para(b[1], italic=True)
        else:
            para(b[1])
    sig = d.add_table(rows=1, cols=2)
    left, right = sig.rows[0].cells
    p = left.paragraphs[0]
    r = p.add_run(doc["recipients"][0])
    r.bold, r.italic = True, True
    for line in doc["recipients"][1:]:
        q = left.add_paragraph()
        q.add_run(line).font.size = Pt(11)
    p = right.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("\n".join(doc["sign"])).bold = True

    # appendix in a landscape section
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2), Cm(2)
    for i, line in enumerate(doc["appendix_title"]):
        para(line, bold=i < 2, italic=i == 2, align=WD_ALIGN_PARAGRAPH.CENTER)
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(10.5), Cm(4.2), Cm(5.8), Cm(3.7)]
    for cell, text, w in zip(t.rows[0].cells, doc["columns"], widths):
        cell.width = w
        cell.paragraphs[0].add_run(text).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for g in doc["groups"]:
        cs = t.add_row().cells
        cs[0].paragraphs[0].add_run(g["num"]).bold = True
        cs[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        merged = cs[1].merge(cs[4])
        merged.paragraphs[0].add_run(g["title"]).bold = True
        for x in g["rows"]:
            cs = t.add_row().cells
            for cell, text, w in zip(cs, [x["stt"], x["text"], x["lead"], x["coop"], x["time"]],
                                     widths):
                cell.width = w
                cell.paragraphs[0].add_run(str(text))
            cs[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    stamp = datetime(2025, 5, 19, 8, 30, 0)
    cp = d.core_properties
    cp.author = "Sở Y tế tỉnh Sơn La"
    cp.last_modified_by = "Sở Y tế tỉnh Sơn La"
    cp.title = "Dự thảo Kế hoạch thực hiện Quyết định 27/QĐ-TTg"
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), stamp)


# ---------------------------------------------------------------------------
# L10: .xlsx and .csv task sheets
# ---------------------------------------------------------------------------

def build_xlsx(plan, groups):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    stamp = datetime(2025, 9, 12, 10, 0, 0)
    wb = Workbook()
    wb.properties.creator = "Sở Y tế tỉnh Phú Thọ"
    wb.properties.lastModifiedBy = "Sở Y tế tỉnh Phú Thọ"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in plan:
        ws.append([k, v])
        if isinstance(v, datetime):
            ws.cell(row=ws.max_row, column=2).number_format = "dd/mm/yyyy"
    for cell in ws[1]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 95
    for r in ws.iter_rows(min_row=2):
        r[1].alignment = Alignment(wrap_text=True, vertical="top")

    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(TASK_HEADER)
    for cell in ws2[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for g in groups:
        ws2.append([g["num"], g["title"], None, None, None, None])
        for cell in ws2[ws2.max_row]:
            cell.font = Font(bold=True)
        for x in g["rows"]:
            ws2.append([x["stt"] if x["stt"] != "" else None, x["text"], x["lead"],
                        x["coop"] or None, x["time"], x["note"] or None])
    for col, w in zip("ABCDEF", (6, 60, 28, 34, 22, 26)):
        ws2.column_dimensions[col].width = w
    for r in ws2.iter_rows(min_row=2):
        for cell in r:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws2.freeze_panes = "A2"
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue(), stamp)


def build_csv(plan, groups):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in plan:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(TASK_HEADER)
    for g in groups:
        w.writerow([g["num"], g["title"], "", "", "", ""])
        for x in g["rows"]:
            w.writerow([x["stt"], x["text"], x["lead"], x["coop"], x["time"], x["note"]])
    # Excel's "CSV UTF-8" export: byte-order mark, CRLF line ends
    return ("\ufeff" + out.getvalue()).encode("utf-8")


# ---------------------------------------------------------------------------

def write(name, data):
    path = os.path.join(HERE, name)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    print("wrote", name, len(data), "bytes")


def main():
    register_fonts()
    write("02_nghe_an.txt", pdf_text(build_l1a(NGHE_AN)))
    write("04_thanh_hoa.txt", pdf_text(build_l1b(THANH_HOA)))
    write("06_ninh_kieu.txt", pdf_text(build_l1c(NINH_KIEU)))
    write("01_bo_khcn.pdf", build_l9(BO_KHCN))
    write("07_son_la.docx", build_docx(SON_LA))
    write("13_phu_tho.xlsx", build_xlsx(PHU_THO_PLAN, PHU_THO_TASKS))
    write("14_thanh_mieu.csv", build_csv(THANH_MIEU_PLAN, THANH_MIEU_TASKS))


if __name__ == "__main__":
    main()
