#!/usr/bin/env python3
"""Regenerate every generated file of the heldout2 corpus.

Run with:  /work/main/.venv/bin/python tests/corpus_heldout2/generate.py

Writes, next to this script:
  g01_yen_bai.txt, g02_krong_pac.txt   (L1: text extracted with pdfminer from PDFs built here
                                        with reportlab; the PDFs themselves are not kept)
  g10_bo_tu_phap.docx                   (L8: python-docx)
  g11_phu_tho.pdf                       (L9: reportlab, ruled appendix table)
  g12_bao_loc.xlsx                      (L10: openpyxl task sheet)
  g13_con_cuong.csv                     (L10: csv task sheet)

The output is deterministic (fixed PDF/zip metadata and timestamps).
The hand-written Markdown documents and all *.truth.json files are NOT produced here.
"""
import csv
import io
import os
import re
import tempfile
import zipfile

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1  # no creation date / random id in the PDFs

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate, Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------- fonts
pdfmetrics.registerFont(TTFont("Roboto", os.path.join(FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(FONT_DIR, "Roboto-Italic.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-BoldItalic", os.path.join(FONT_DIR, "Roboto-BoldItalic.ttf")))
pdfmetrics.registerFontFamily("Roboto", normal="Roboto", bold="Roboto-Bold",
                              italic="Roboto-Italic", boldItalic="Roboto-BoldItalic")

ST_BODY = ParagraphStyle("body", fontName="Roboto", fontSize=12, leading=16, alignment=TA_JUSTIFY,
                         firstLineIndent=10 * mm, spaceAfter=4)
ST_HEAD = ParagraphStyle("head", parent=ST_BODY, fontName="Roboto-Bold", firstLineIndent=10 * mm)
ST_CENTER_B = ParagraphStyle("cb", fontName="Roboto-Bold", fontSize=12, leading=15, alignment=TA_CENTER)
ST_CENTER = ParagraphStyle("c", fontName="Roboto", fontSize=12, leading=15, alignment=TA_CENTER)
ST_CENTER_I = ParagraphStyle("ci", fontName="Roboto-Italic", fontSize=12, leading=15, alignment=TA_CENTER)
ST_TITLE = ParagraphStyle("title", fontName="Roboto-Bold", fontSize=14, leading=18, alignment=TA_CENTER,
                          spaceBefore=10)
ST_SMALL = ParagraphStyle("small", fontName="Roboto", fontSize=9.5, leading=12, alignment=TA_LEFT)
ST_SMALL_BI = ParagraphStyle("smallbi", parent=ST_SMALL, fontName="Roboto-BoldItalic", fontSize=11)
ST_CELL = ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12.5, alignment=TA_LEFT)
ST_CELL_C = ParagraphStyle("cellc", parent=ST_CELL, alignment=TA_CENTER)
ST_CELL_B = ParagraphStyle("cellb", parent=ST_CELL, fontName="Roboto-Bold")
ST_CELL_BC = ParagraphStyle("cellbc", parent=ST_CELL_B, alignment=TA_CENTER)
ST_FOOT = ParagraphStyle("foot", fontName="Roboto", fontSize=9, leading=11)


# --------------------------------------------------------------------------- documents
# A plan: header, title, body blocks, signature, recipients, appendix.
# body blocks: ("h", text) bold heading; ("p", text) paragraph; ("i", text) italic paragraph.
# appendix rows: ("g", numeral, title) group row; ("r", stt, task, lead, coop, time[, extra]).

YEN_BAI = dict(
    issuer=["ỦY BAN NHÂN DÂN", "TỈNH YÊN BÁI"],
    number="Số: 126/KH-UBND",
    place_date="Yên Bái, ngày 14 tháng 5 năm 2025",
    heading="KẾ HOẠCH",
    title="Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ "
          "ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
          "trên địa bàn tỉnh Yên Bái",
    body=[
        ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế "
              "hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc, Ủy ban nhân dân "
              "tỉnh Yên Bái ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("h", "1. Mục đích"),
        ("p", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với điều kiện thực "
              "tế của tỉnh miền núi, nhiều đồng bào dân tộc thiểu số; nâng cao nhận thức, trách nhiệm của "
              "các cấp, các ngành, gia đình và cộng đồng trong bảo đảm thực hiện quyền trẻ em."),
        ("h", "2. Yêu cầu"),
        ("p", "Xác định rõ nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện; lồng ghép "
              "với Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
              "số và miền núi và các chương trình, đề án về trẻ em của tỉnh."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("p", "1. Nghiên cứu, rà soát, tham gia xây dựng, hoàn thiện pháp luật, chính sách để thúc đẩy "
              "việc thực hiện quyền trẻ em."),
        ("p", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách "
              "nhiệm, kiến thức và kỹ năng thực hiện quyền trẻ em."),
        ("p", "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ cán bộ, người làm công tác bảo vệ "
              "trẻ em; đẩy mạnh công tác phối hợp liên ngành, triển khai các hoạt động, mô hình về chăm "
              "sóc, giáo dục và bảo vệ trẻ em."),
        ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn đề về "
              "trẻ em."),
        ("p", "5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em và các vấn đề liên quan đến trẻ em; xây "
              "dựng, nâng cao chất lượng cơ sở dữ liệu về trẻ em."),
        ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em và giải quyết các vấn đề về trẻ em phù hợp "
              "với khả năng cân đối ngân sách địa phương."),
        ("p", "7. Tăng cường hợp tác quốc tế để bảo đảm thực hiện quyền trẻ em phù hợp với các chuẩn mực, "
              "thông lệ quốc tế."),
        ("i", "(Chi tiết nhiệm vụ, cơ quan chủ trì, phối hợp và thời gian thực hiện tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của các cơ "
              "quan, đơn vị, địa phương theo phân cấp ngân sách hiện hành; lồng ghép trong các chương "
              "trình mục tiêu quốc gia và nguồn huy động hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("h", "1. Sở Y tế"),
        ("p", "Là cơ quan đầu mối, chủ trì, phối hợp với các sở, ban, ngành, UBND các huyện, thị xã, thành "
              "phố hướng dẫn, theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban "
              "nhân dân tỉnh và Bộ Y tế theo quy định."),
        ("h", "2. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"),
        ("p", "Căn cứ nhiệm vụ được giao tại Phụ lục, chủ động xây dựng kế hoạch hoặc lồng ghép thực hiện; "
              "định kỳ báo cáo kết quả 6 tháng (trước ngày 20/6) và năm (trước ngày 05/12) về Sở Y tế để "
              "tổng hợp."),
        ("h", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
        ("p", "Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia thực hiện; giám sát "
              "việc thực hiện Kế hoạch."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản "
              "ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
    ],
    recipients=["Bộ Y tế (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "Chủ tịch, các PCT UBND tỉnh;",
                "Các sở, ban, ngành tỉnh;", "UBND các huyện, thị xã, thành phố;", "Lưu: VT, VX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Thu Hiền"],
    appendix=dict(
        title=["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                          "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH YÊN BÁI"],
        caption="(Kèm theo Kế hoạch số 126/KH-UBND ngày 14/5/2025 của UBND tỉnh Yên Bái)",
        columns=["STT", "Nhiệm vụ", "Cơ quan chủ trì<super>1</super>", "Cơ quan phối hợp",
                 "Thời gian thực hiện"],
        widths=[26, 190, 78, 104, 70],
        footnote="<super>1</super> Trường hợp sau sắp xếp tổ chức bộ máy, tên gọi, chức năng, nhiệm vụ của "
                 "cơ quan, đơn vị có thay đổi thì cơ quan, đơn vị tiếp nhận chức năng, nhiệm vụ tiếp tục "
                 "thực hiện.",
        rows=[
            ("g", "I", "Nghiên cứu, rà soát, hoàn thiện pháp luật, chính sách"),
            ("r", "1", "Rà soát, đề xuất sửa đổi, bổ sung chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt, "
                       "trẻ em người dân tộc thiểu số thuộc thẩm quyền của tỉnh",
             "Sở Y tế", "Sở Tư pháp; Sở Tài chính; Sở Dân tộc và Tôn giáo", "Năm 2025 - 2026"),
            ("g", "II", "Truyền thông, giáo dục, vận động xã hội"),
            ("r", "1", "Tuyên truyền về quyền trẻ em trên Báo Yên Bái, Đài Phát thanh và Truyền hình tỉnh, "
                       "hệ thống thông tin cơ sở bằng tiếng phổ thông và tiếng dân tộc Mông, Dao, Thái",
             "Sở Văn hóa, Thể thao và Du lịch",
             "Báo Yên Bái; Đài Phát thanh và Truyền hình tỉnh; UBND các huyện, thị xã, thành phố",
             "Thường xuyên hằng năm"),
            ("r", "2", "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống tại các xã vùng cao",
             "Sở Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện vùng cao", "2025 - 2030"),
            ("g", "III", "Nâng cao năng lực; phối hợp liên ngành; mô hình bảo vệ trẻ em"),
            ("r", "1", "Tập huấn nâng cao năng lực cho công chức, cộng tác viên làm công tác trẻ em cấp xã "
                       "và thôn, bản",
             "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Quý III/2025"),
            ("r", "2", "Nâng cao hiệu quả tiếp nhận, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ "
                       "trẻ em 111; kết nối đường dây nóng của tỉnh",
             "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ", "Thường xuyên"),
            ("r", "3", "Điều tra, lấy lời khai thân thiện với trẻ em; phối hợp liên ngành trong điều tra các "
                       "vụ án xâm hại tình dục, mua bán trẻ em",
             "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030"),
            ("g", "IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em"),
            ("r", "1", "Thực hiện chính sách trợ giúp xã hội, bảo đảm mức sống tối thiểu cho trẻ em; chăm "
                       "sóc thay thế cho trẻ em mồ côi, trẻ em không nơi nương tựa",
             "Sở Y tế", "Sở Tài chính; UBND các huyện, thị xã, thành phố", "Thường xuyên hằng năm"),
            ("r", "2", "Duy trì phổ cập giáo dục, giảm tỷ lệ học sinh bỏ học; nâng cao chất lượng trường phổ "
                       "thông dân tộc nội trú, bán trú; bảo đảm giáo dục hòa nhập cho trẻ em khuyết tật",
             "Sở Giáo dục và Đào tạo", "Sở Dân tộc và Tôn giáo; UBND các huyện, thị xã, thành phố",
             "Năm học 2025 - 2026"),
            ("r", "3", "Phòng, chống suy dinh dưỡng thấp còi, thúc đẩy nuôi con bằng sữa mẹ; dự phòng lây "
                       "truyền HIV từ mẹ sang con",
             "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Thường xuyên hằng năm"),
            ("r", "4", "Bảo đảm trẻ em được vui chơi, giải trí, hoạt động văn hóa, thể thao trong dịp hè; "
                       "phòng, chống xâm hại trẻ em trong hoạt động du lịch",
             "Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn", "Tháng 5 - tháng 8 hằng năm"),
            ("g", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
            ("r", "1", "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về quyền trẻ em",
             "Sở Y tế", "Thanh tra tỉnh", "Hằng năm"),
            ("r", "2", "Cập nhật cơ sở dữ liệu về trẻ em, kết nối với cơ sở dữ liệu quốc gia về dân cư",
             "Sở Y tế", "Công an tỉnh", "Trước ngày 31/12/2025"),
            ("g", "VI", "Ưu tiên bố trí kinh phí"),
            ("r", "1", "Tham mưu bố trí kinh phí thực hiện quyền trẻ em trong dự toán ngân sách hằng năm",
             "Sở Tài chính", "Sở Y tế", "Hằng năm"),
            ("g", "VII", "Hợp tác quốc tế"),
            ("r", "1", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài hỗ trợ các dự án về "
                       "trẻ em tại các huyện vùng cao",
             "Văn phòng UBND tỉnh", "Sở Y tế", "Theo đề nghị của Bộ Y tế"),
        ],
    ),
)

KRONG_PAC = dict(
    issuer=["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC"],
    number="Số: 74/KH-UBND",
    place_date="Krông Pắc, ngày      tháng 4 năm 2025",
    heading="KẾ HOẠCH",
    title="Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện "
          "Krông Pắc",
    page_numbers=True,
    body=[
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Căn cứ Kế hoạch số 3118/KH-UBND ngày 01/4/2025 của UBND tỉnh Đắk Lắk về triển khai thực "
              "hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ trên địa bàn tỉnh;"),
        ("p", "UBND huyện Krông Pắk ban hành Kế hoạch thực hiện trên địa bàn huyện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Cụ thể hóa các nhiệm vụ được UBND tỉnh giao, phù hợp với tình hình thực tế của huyện, "
              "nhất là tại các buôn đồng bào dân tộc thiểu số."),
        ("p", "2. Phân công cụ thể cơ quan chủ trì, phối hợp, thời gian hoàn thành; bảo đảm sự phối hợp "
              "chặt chẽ giữa các cơ quan, đơn vị và UBND các xã, thị trấn."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Tăng cường truyền thông, giáo dục, vận động xã hội về quyền trẻ em, chú trọng truyền "
              "thông bằng tiếng Ê Đê tại các buôn."),
        ("p", "2. Nâng cao năng lực cho đội ngũ làm công tác trẻ em; củng cố hoạt động phối hợp liên ngành "
              "trong bảo vệ trẻ em."),
        ("p", "3. Phát triển các dịch vụ y tế, tư pháp, an sinh xã hội bảo đảm thực hiện quyền trẻ em."),
        ("p", "4. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu và bố trí kinh "
              "phí thực hiện."),
        ("i", "(Phân công cụ thể tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện từ nguồn ngân sách huyện, xã được giao trong dự toán hằng năm, lồng ghép "
              "trong các chương trình mục tiêu quốc gia và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Y tế: Chủ trì, phối hợp với các cơ quan, đơn vị, UBND các xã, thị trấn triển khai, "
              "theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện, Sở Y tế."),
        ("p", "2. Các cơ quan, đơn vị; UBND các xã, thị trấn: Căn cứ nhiệm vụ được phân công tổ chức thực "
              "hiện; báo cáo kết quả về UBND huyện (qua Phòng Y tế) trước ngày 10/6 và trước ngày 10/12 "
              "hằng năm."),
        ("p", "3. Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp thực "
              "hiện và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
              "địa bàn huyện Krông Pắc./."),
    ],
    recipients=["UBND tỉnh (b/c);", "Sở Y tế tỉnh;", "TT Huyện ủy, TT HĐND huyện;",
                "CT, các PCT UBND huyện;", "Các cơ quan, đơn vị;", "UBND các xã, thị trấn;", "Lưu: VT."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Y Khuin Ayun"],
    appendix=dict(
        title=["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ"],
        caption="(Kèm theo Kế hoạch số 74/KH-UBND ngày    /4/2025 của UBND huyện Krông Pắc)",
        columns=["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        widths=[26, 180, 86, 100, 76],
        rows=[
            ("g", "I", "Truyền thông, giáo dục, vận động xã hội"),
            ("r", "1", "Tuyên truyền về quyền trẻ em trên Đài Truyền thanh - Truyền hình huyện và loa truyền "
                       "thanh các xã, thị trấn bằng tiếng Việt và tiếng Ê Đê",
             "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
             "Phòng Văn hóa, Khoa học và Thông tin; UBND các xã, thị trấn", "Thường xuyên"),
            ("r", "2", "Giáo dục kỹ năng sống, kỹ năng phòng, chống xâm hại, đuối nước cho học sinh",
             "Phòng Giáo dục và Đào tạo", "Huyện đoàn", "Năm học 2025 - 2026"),
            ("g", "II", "Nâng cao năng lực; phối hợp liên ngành"),
            ("r", "1", "Tập huấn nghiệp vụ cho công chức văn hóa - xã hội, cộng tác viên làm công tác trẻ "
                       "em ở thôn, buôn",
             "Phòng Y tế", "UBND các xã, thị trấn", "Quý III/2025"),
            ("r", "2", "Kiện toàn nhóm công tác liên ngành bảo vệ trẻ em cấp huyện",
             "Phòng Y tế; Công an huyện", "", "Trước ngày 30/6/2025"),
            ("g", "III", "Phát triển hệ thống dịch vụ"),
            ("r", "1", "Khám sàng lọc, tiêm chủng, phòng, chống suy dinh dưỡng cho trẻ em dưới 5 tuổi",
             "Trung tâm Y tế huyện", "UBND các xã, thị trấn", "Thường xuyên"),
            ("r", "2", "Rà soát, đăng ký khai sinh cho trẻ em chưa được đăng ký khai sinh, trẻ em thuộc các "
                       "hộ di cư tự do",
             "Phòng Tư pháp", "UBND các xã, thị trấn; Công an huyện", "2025 - 2026"),
            ("r", "3", "Phòng ngừa, xử lý việc sử dụng lao động trẻ em trái quy định trong mùa thu hoạch cà "
                       "phê, sầu riêng",
             "Phòng Nội vụ", "Phòng Y tế; UBND các xã, thị trấn", "Tháng 10 - tháng 12 hằng năm"),
            ("g", "IV", "Kiểm tra, giám sát; cơ sở dữ liệu; kinh phí"),
            ("r", "", "Kiểm tra việc thực hiện quyền trẻ em tại các xã, thị trấn; cập nhật cơ sở dữ liệu "
                      "trẻ em; tham mưu bố trí kinh phí thực hiện",
             "Phòng Y tế", "Các cơ quan, đơn vị liên quan", "Hằng năm"),
        ],
    ),
)

PHU_THO = dict(
    issuer=["ỦY BAN NHÂN DÂN", "TỈNH PHÚ THỌ"],
    number="Số: 1745/KH-UBND",
    place_date="Phú Thọ, ngày 08 tháng 10 năm 2025",
    heading="KẾ HOẠCH",
    title="Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Phú Thọ "
          "giai đoạn 2025 - 2030",
    body=[
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;"),
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
              "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Theo đề nghị của Sở Y tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện trên địa bàn tỉnh "
              "Phú Thọ (sau hợp nhất tỉnh Vĩnh Phúc, tỉnh Hòa Bình và tỉnh Phú Thọ) như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Thống nhất việc triển khai Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
              "toàn tỉnh sau khi sắp xếp đơn vị hành chính; bảo đảm không gián đoạn các hoạt động bảo vệ, "
              "chăm sóc trẻ em."),
        ("p", "2. Phân công rõ trách nhiệm của các sở, ban, ngành và Ủy ban nhân dân các xã, phường."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("p", "1. Rà soát, thống nhất cơ chế, chính sách về trẻ em trên địa bàn tỉnh sau hợp nhất; tham gia "
              "xây dựng pháp luật, chính sách khi có yêu cầu."),
        ("p", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền và bổn phận của trẻ em."),
        ("p", "3. Nâng cao năng lực đội ngũ làm công tác trẻ em ở cấp xã; nhân rộng các mô hình bảo vệ, "
              "chăm sóc trẻ em hiệu quả."),
        ("p", "4. Phát triển hệ thống dịch vụ y tế, giáo dục, bảo vệ trẻ em, chú trọng bảo vệ trẻ em trên "
              "môi trường mạng."),
        ("p", "5. Kiểm tra, giám sát việc thực hiện quyền trẻ em; chuẩn hóa cơ sở dữ liệu về trẻ em của tỉnh."),
        ("p", "6. Bảo đảm nguồn lực và mở rộng hợp tác quốc tế về quyền trẻ em."),
        ("i", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch từ ngân sách nhà nước theo phân cấp, lồng ghép trong các chương "
              "trình, đề án có liên quan và các nguồn huy động hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, Ủy ban nhân dân "
              "các xã, phường hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân "
              "dân tỉnh, Bộ Y tế."),
        ("p", "2. Các sở, ban, ngành; Ủy ban nhân dân các xã, phường: Căn cứ nhiệm vụ được giao, xây dựng kế "
              "hoạch thực hiện; báo cáo kết quả thực hiện hằng năm về Sở Y tế trước ngày 25/11 để tổng hợp."),
        ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền, vận động và giám sát "
              "việc thực hiện Kế hoạch."),
        ("p", "Kế hoạch này thay thế Kế hoạch số 65/KH-UBND ngày 20/3/2025 của UBND tỉnh Phú Thọ, Kế hoạch số "
              "88/KH-UBND ngày 02/4/2025 của UBND tỉnh Vĩnh Phúc và Kế hoạch số 71/KH-UBND ngày 27/3/2025 "
              "của UBND tỉnh Hòa Bình về thực hiện Quyết định số 27/QĐ-TTg (trước sắp xếp)."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản "
              "ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, điều chỉnh./."),
    ],
    recipients=["Bộ Y tế (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
                "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;", "Lưu: VT, KGVX."],
    signature=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Minh Châu"],
    appendix=dict(
        title=["PHỤ LỤC", "NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                          "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH PHÚ THỌ"],
        caption="(Kèm theo Kế hoạch số 1745/KH-UBND ngày 08/10/2025 của UBND tỉnh Phú Thọ)",
        columns=["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
        widths=[28, 200, 86, 100, 72],
        rows=[
            ("g", "I", "Rà soát, hoàn thiện cơ chế, chính sách"),
            ("r", "1", "Rà soát, thống nhất các chính sách hỗ trợ trẻ em do 03 tỉnh ban hành trước khi hợp "
                       "nhất; tham mưu ban hành chính sách áp dụng chung trên địa bàn tỉnh",
             "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Quý IV/2025"),
            ("r", "2", "Tham gia góp ý các dự thảo văn bản quy phạm pháp luật liên quan đến trẻ em",
             "Sở Tư pháp", "Các sở, ngành liên quan", "Khi có yêu cầu"),
            ("g", "II", "Truyền thông, giáo dục, vận động xã hội"),
            ("r", "3", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên báo chí, "
                       "hệ thống thông tin cơ sở và mạng xã hội",
             "Sở Văn hóa, Thể thao và Du lịch",
             "Báo và Phát thanh, Truyền hình Phú Thọ; UBND các xã, phường", "Thường xuyên"),
            ("r", "4", "Giáo dục quyền và bổn phận của trẻ em, kỹ năng phòng, chống xâm hại, bạo lực học "
                       "đường cho học sinh",
             "Sở Giáo dục và Đào tạo", "Tỉnh đoàn; Công an tỉnh", "Năm học 2025 - 2026"),
            ("g", "III", "Nâng cao năng lực; mô hình bảo vệ trẻ em"),
            ("r", "5", "Tập huấn cho công chức Phòng Văn hóa - Xã hội các xã, phường về nghiệp vụ bảo vệ, "
                       "chăm sóc trẻ em",
             "Sở Y tế", "UBND các xã, phường", "Quý IV/2025 và năm 2026"),
            ("r", "6", "Duy trì, nhân rộng mô hình \u201cNgôi nhà an toàn\u201d, địa chỉ tin cậy tại cộng đồng "
                       "hỗ trợ trẻ em bị bạo lực, xâm hại",
             "Hội Liên hiệp Phụ nữ tỉnh", "Sở Y tế; UBND các xã, phường", "2025 - 2030"),
            ("g", "IV", "Phát triển hệ thống dịch vụ"),
            ("r", "7", "Nâng cao chất lượng chăm sóc sức khỏe bà mẹ, trẻ em; phòng, chống suy dinh dưỡng, "
                       "thừa cân, béo phì ở trẻ em",
             "Sở Y tế", "UBND các xã, phường", "Thường xuyên"),
            ("r", "8", "Phòng, chống xâm hại trẻ em trên môi trường mạng; phát hiện, gỡ bỏ thông tin có hại "
                       "cho trẻ em",
             "Công an tỉnh; Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch", "Thường xuyên"),
            ("r", "9", "Bảo đảm giáo dục hòa nhập cho trẻ em khuyết tật; hỗ trợ học sinh dân tộc Mường, Dao "
                       "ở vùng khó khăn",
             "Sở Giáo dục và Đào tạo", "Sở Dân tộc và Tôn giáo", "Năm học 2025 - 2026"),
            ("g", "V", "Kiểm tra, giám sát; cơ sở dữ liệu"),
            ("r", "10", "Kiểm tra việc thực hiện quyền trẻ em tại các xã, phường; chuẩn hóa, cập nhật cơ sở "
                        "dữ liệu trẻ em của tỉnh",
             "Sở Y tế", "Công an tỉnh", "Hằng năm"),
            ("g", "VI", "Nguồn lực và hợp tác quốc tế"),
            ("r", "11", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm",
             "Sở Tài chính", "Sở Y tế", "Hằng năm"),
            ("r", "12", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài hỗ trợ các chương "
                        "trình, dự án vì trẻ em",
             "Văn phòng UBND tỉnh", "Sở Y tế", "Khi có chương trình, dự án"),
        ],
    ),
)


# --------------------------------------------------------------------------- PDF building
class _FootnoteAnchor(Flowable):
    """Zero-size flowable: marks the page on which the appendix footnote must be printed."""

    def __init__(self, state):
        super().__init__()
        self.state = state

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        if self.state.get("page") is None:
            self.state["page"] = self.canv.getPageNumber()


def _header_table(doc):
    left = Paragraph("<br/>".join(doc["issuer"]), ST_CENTER_B)
    right = Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", ST_CENTER_B)
    num = Paragraph(doc["number"], ST_CENTER)
    date = Paragraph(doc["place_date"], ST_CENTER_I)
    t = Table([[left, right], [num, date]], colWidths=[70 * mm, 100 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 1), (-1, 1), 8)]))
    return t


def _signature_table(doc):
    rec = [Paragraph("<b><i>Nơi nhận:</i></b>", ST_SMALL)] + \
          [Paragraph("- " + r, ST_SMALL) for r in doc["recipients"]]
    sig = [Paragraph(s if s else "&nbsp;", ST_CENTER_B) for s in doc["signature"]]
    t = Table([[rec, sig]], colWidths=[80 * mm, 90 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _appendix_table(app, grid):
    ncol = len(app["columns"])
    data = [[Paragraph(c, ST_CELL_BC) for c in app["columns"]]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    else:  # like many scanned-to-PDF tables: only outer box and row lines
        style += [("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                  ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black)]
    for row in app["rows"]:
        i = len(data)
        if row[0] == "g":
            data.append([Paragraph(row[1], ST_CELL_BC), Paragraph(row[2], ST_CELL_B)] + [""] * (ncol - 2))
            style.append(("SPAN", (1, i), (ncol - 1, i)))
        else:
            cells = [row[1]] + list(row[2:])
            data.append([Paragraph(cells[0], ST_CELL_C)] + [Paragraph(c, ST_CELL) for c in cells[1:]])
    t = Table(data, colWidths=app["widths"], repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def build_plan_pdf(doc, path, grid):
    state = {"page": None, "done": False}
    app = doc.get("appendix")

    def on_page(canv, d):
        if doc.get("page_numbers") and canv.getPageNumber() > 1:
            canv.setFont("Roboto", 11)
            canv.drawCentredString(A4[0] / 2, A4[1] - 12 * mm, str(canv.getPageNumber()))

    def on_page_end(canv, d):
        if app and app.get("footnote") and state["page"] == canv.getPageNumber() and not state["done"]:
            state["done"] = True
            p = Paragraph(app["footnote"], ST_FOOT)
            w, h = p.wrap(A4[0] - 50 * mm, 40 * mm)
            canv.setLineWidth(0.5)
            canv.line(25 * mm, 15 * mm + h + 3, 75 * mm, 15 * mm + h + 3)
            p.drawOn(canv, 25 * mm, 15 * mm)

    story = [_header_table(doc), Spacer(1, 8),
             Paragraph(doc["heading"], ST_TITLE), Paragraph(doc["title"], ST_CENTER_B),
             Paragraph("_______________", ST_CENTER), Spacer(1, 8)]
    for kind, text in doc["body"]:
        if kind == "h":
            story.append(Paragraph(text, ST_HEAD))
        elif kind == "i":
            story.append(Paragraph("<i>%s</i>" % text, ST_BODY))
        else:
            story.append(Paragraph(text, ST_BODY))
    story += [Spacer(1, 10), _signature_table(doc)]
    if app:
        story.append(PageBreak())
        story.append(Paragraph(app["title"][0], ST_TITLE))
        for t in app["title"][1:]:
            story.append(Paragraph(t, ST_CENTER_B))
        story.append(Paragraph(app["caption"], ST_CENTER_I))
        story.append(Spacer(1, 8))
        if app.get("footnote"):
            story.append(_FootnoteAnchor(state))
        story.append(_appendix_table(app, grid))

    pdf = BaseDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm,
                            topMargin=20 * mm, bottomMargin=25 * mm, title="", author="", subject="",
                            creator="", producer="")
    # one page template: page numbers (onPage) and the appendix footnote (onPageEnd)
    from reportlab.platypus.doctemplate import PageTemplate
    from reportlab.platypus.frames import Frame
    frame = Frame(pdf.leftMargin, pdf.bottomMargin, pdf.width, pdf.height, id="normal")
    pdf.addPageTemplates([PageTemplate(id="all", frames=[frame], onPage=on_page, onPageEnd=on_page_end)])
    pdf.build(story)


def pdf_to_text(doc, txt_path, grid):
    from pdfminer.high_level import extract_text
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = os.path.join(tmp, "plan.pdf")
        build_plan_pdf(doc, pdf_path, grid)
        text = extract_text(pdf_path)
    with open(txt_path, "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------- zip normalisation
def normalize_zip(path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and sorted-as-written order."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    # openpyxl stamps the save time into docProps/core.xml: pin it to the creation date
    items = [(n, re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                        lambda m: m.group(1) + b"2025-05-22T08:00:00Z" + m.group(2), b)
              if n == "docProps/core.xml" and path.endswith(".xlsx") else b) for n, b in items]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, blob in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)


# --------------------------------------------------------------------------- L8 .docx
BO_TU_PHAP_BODY = [
    ("c", "KẾ HOẠCH"),
    ("cb", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
           "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc"),
    ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (sau đây gọi là Quyết định "
          "số 27/QĐ-TTg), Bộ Tư pháp ban hành Kế hoạch thực hiện các nhiệm vụ được giao như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Triển khai đầy đủ, kịp thời các nhiệm vụ Thủ tướng Chính phủ giao Bộ Tư pháp chủ trì hoặc "
          "phối hợp tại Quyết định số 27/QĐ-TTg."),
    ("p", "2. Xác định rõ đơn vị chủ trì, đơn vị phối hợp, thời hạn hoàn thành; gắn với chương trình công "
          "tác hằng năm của Bộ và của từng đơn vị."),
    ("h", "II. NỘI DUNG, NHIỆM VỤ"),
    ("p", "1. Hoàn thiện thể chế về quyền trẻ em thuộc phạm vi quản lý nhà nước của Bộ Tư pháp; thẩm định, "
          "góp ý bảo đảm lồng ghép quyền trẻ em trong các dự án luật, pháp lệnh."),
    ("p", "2. Đổi mới, nâng cao hiệu quả phổ biến, giáo dục pháp luật về quyền trẻ em, phòng, chống bạo "
          "lực, xâm hại trẻ em."),
    ("p", "3. Bảo đảm quyền được khai sinh, có quốc tịch của trẻ em; thực hiện có hiệu quả công tác nuôi "
          "con nuôi trong nước và có yếu tố nước ngoài."),
    ("p", "4. Nâng cao chất lượng trợ giúp pháp lý cho trẻ em; góp phần xây dựng nền tư pháp thân thiện "
          "với trẻ em."),
    ("p", "5. Theo dõi tình hình thi hành pháp luật về trẻ em; tổng hợp số liệu thống kê phục vụ báo cáo "
          "quốc gia về thực hiện Công ước của Liên hợp quốc về quyền trẻ em."),
    ("p", "6. Tăng cường hợp tác quốc tế và bảo đảm kinh phí thực hiện Kế hoạch."),
    ("pi", "Nhiệm vụ cụ thể của các đơn vị tại Phụ lục ban hành kèm theo Kế hoạch này."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán ngân sách nhà nước giao hằng năm cho các đơn "
          "vị thuộc Bộ và nguồn tài trợ hợp pháp của các tổ chức quốc tế (nếu có)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Vụ Pháp luật hình sự - hành chính: Là đơn vị đầu mối, chủ trì, phối hợp với các đơn vị thuộc "
          "Bộ theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Lãnh đạo Bộ và gửi Bộ "
          "Lao động - Thương binh và Xã hội theo quy định."),
    ("p", "2. Vụ Kế hoạch - Tài chính: Chủ trì, phối hợp với Văn phòng Bộ bố trí kinh phí thực hiện Kế "
          "hoạch theo quy định."),
    ("p", "3. Thủ trưởng các đơn vị thuộc Bộ: Căn cứ nhiệm vụ được phân công tổ chức thực hiện; gửi báo "
          "cáo kết quả thực hiện về Bộ (qua Vụ Pháp luật hình sự - hành chính) trước ngày 15/11 hằng năm."),
    ("p", "4. Đề nghị Giám đốc Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương tham mưu Ủy ban nhân "
          "dân cấp tỉnh thực hiện các nhiệm vụ thuộc lĩnh vực tư pháp tại địa phương."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Vụ Pháp luật hình "
          "sự - hành chính để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./."),
]

BO_TU_PHAP_ROWS = [
    ("g", "I", "HOÀN THIỆN THỂ CHẾ VỀ QUYỀN TRẺ EM"),
    ("r", "1", "Nghiên cứu, đề xuất sửa đổi, bổ sung Bộ luật Hình sự về các tội xâm hại tình dục trẻ em, mua "
               "bán người dưới 16 tuổi, bảo đảm phù hợp với Nghị định thư không bắt buộc về mua bán trẻ em, "
               "mại dâm trẻ em và văn hóa phẩm khiêu dâm trẻ em",
     "Vụ Pháp luật hình sự - hành chính",
     "Bộ Công an; Tòa án nhân dân tối cao; Viện kiểm sát nhân dân tối cao", "2025 - 2026"),
    ("r", "2", "Nghiên cứu, đánh giá khả năng gia nhập Công ước năm 1954 về vị thế của người không quốc tịch "
               "và Công ước năm 1961 về giảm tình trạng không quốc tịch",
     "Cục Hộ tịch, quốc tịch, chứng thực", "Vụ Hợp tác quốc tế; Bộ Ngoại giao", "Giai đoạn 2025 - 2027"),
    ("r", "3", "Thẩm định các dự án luật, pháp lệnh, dự thảo nghị định có nội dung liên quan đến trẻ em, bảo "
               "đảm lồng ghép các nguyên tắc của Công ước của Liên hợp quốc về quyền trẻ em",
     "Vụ Các vấn đề chung về xây dựng pháp luật", "Các đơn vị thuộc Bộ có liên quan", "Thường xuyên"),
    ("g", "II", "PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
    ("r", "1", "Biên soạn, phát hành tài liệu phổ biến pháp luật về quyền trẻ em, phòng, chống xâm hại trẻ em "
               "dành cho trẻ em, cha mẹ và giáo viên; đăng tải trên Cổng Pháp luật quốc gia",
     "Vụ Phổ biến, giáo dục pháp luật", "Báo Pháp luật Việt Nam; Bộ Lao động - Thương binh và Xã hội",
     "Hằng năm"),
    ("r", "2", "Hướng dẫn lồng ghép nội dung quyền trẻ em trong chương trình phổ biến, giáo dục pháp luật "
               "của các bộ, ngành, địa phương",
     "Vụ Phổ biến, giáo dục pháp luật", "Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương",
     "Quý II/2025"),
    ("g", "III", "KHAI SINH, QUỐC TỊCH, NUÔI CON NUÔI"),
    ("r", "1", "Hướng dẫn đăng ký khai sinh cho trẻ em chưa xác định được cha, mẹ, trẻ em sinh ra ở nước "
               "ngoài chưa được đăng ký khai sinh; giải quyết quốc tịch cho trẻ em không quốc tịch đang cư "
               "trú tại Việt Nam",
     "Cục Hộ tịch, quốc tịch, chứng thực", "Bộ Công an; Bộ Ngoại giao", "Năm 2025"),
    ("r", "2", "Đánh giá việc thực hiện Công ước La Hay về bảo vệ trẻ em và hợp tác trong lĩnh vực nuôi con "
               "nuôi quốc tế; thúc đẩy giải quyết nuôi con nuôi trong nước",
     "Cục Con nuôi",
     "Bộ Lao động - Thương binh và Xã hội; Sở Tư pháp các tỉnh, thành phố trực thuộc Trung ương",
     "Hằng năm"),
    ("g", "IV", "TRỢ GIÚP PHÁP LÝ, TƯ PHÁP THÂN THIỆN"),
    ("r", "1", "Thực hiện trợ giúp pháp lý cho trẻ em là bị hại, người làm chứng, người bị buộc tội; tập huấn "
               "kỹ năng làm việc với trẻ em cho trợ giúp viên pháp lý",
     "Cục Trợ giúp pháp lý", "Học viện Tư pháp", "2025 - 2030"),
    ("r", "2", "Nghiên cứu, đề xuất quy trình xử lý vi phạm hành chính thân thiện với người chưa thành niên",
     "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật", "Bộ Công an", "Năm 2026"),
    ("g", "V", "THEO DÕI THI HÀNH PHÁP LUẬT; SỐ LIỆU THỐNG KÊ"),
    ("r", "1", "Theo dõi tình hình thi hành pháp luật về trẻ em; tổng hợp số liệu về hộ tịch, quốc tịch, "
               "nuôi con nuôi, trợ giúp pháp lý đối với trẻ em phục vụ xây dựng báo cáo quốc gia",
     "Cục Quản lý xử lý vi phạm hành chính và theo dõi thi hành pháp luật; Vụ Kế hoạch - Tài chính",
     "Cục Hộ tịch, quốc tịch, chứng thực; Cục Con nuôi; Cục Trợ giúp pháp lý", "Trước ngày 15/11 hằng năm"),
    ("g", "VI", "HỢP TÁC QUỐC TẾ, KINH PHÍ"),
    ("r", "1", "Phối hợp với UNICEF và các đối tác phát triển triển khai các chương trình, dự án hỗ trợ "
               "hoàn thiện pháp luật, tư pháp thân thiện với trẻ em",
     "Vụ Hợp tác quốc tế", "Các đơn vị thuộc Bộ có liên quan", "Khi có yêu cầu"),
    ("r", "2", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Bộ",
     "Vụ Kế hoạch - Tài chính", "Văn phòng Bộ", "Hằng năm"),
]


def build_docx(path):
    import datetime
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bộ Tư pháp"
    cp.last_modified_by = "Bộ Tư pháp"
    cp.created = datetime.datetime(2025, 2, 21, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 2, 21, 8, 0, 0)
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    def para(text, bold=False, italic=False, align=None, indent=True, size=None):
        p = d.add_paragraph()
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if align == "c":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif indent:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
        return p

    def cell_text(cell, text, bold=False, italic=False, center=False, size=None):
        cell.text = ""
        lines = text.split("\n")
        p = cell.paragraphs[0]
        for k, line in enumerate(lines):
            if k:
                p = cell.add_paragraph()
            r = p.add_run(line)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # header: borderless 2x2 table, as in most Word templates of ministries
    ht = d.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(ht.cell(0, 0), "BỘ TƯ PHÁP", bold=True, center=True)
    cell_text(ht.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
              bold=True, center=True)
    cell_text(ht.cell(1, 0), "Số: 512/KH-BTP", center=True)
    cell_text(ht.cell(1, 1), "Hà Nội, ngày 21 tháng 02 năm 2025", italic=True, center=True)
    d.add_paragraph()

    for kind, text in BO_TU_PHAP_BODY:
        if kind == "c":
            para(text, bold=True, align="c", size=14)
        elif kind == "cb":
            para(text, bold=True, align="c")
        elif kind == "h":
            para(text, bold=True)
        elif kind == "pi":
            para(text, italic=True)
        else:
            para(text)

    # recipients + signature: borderless table
    st2 = d.add_table(rows=1, cols=2)
    cell_text(st2.cell(0, 0), "Nơi nhận:\n- Thủ tướng Chính phủ (để b/c);\n- Phó Thủ tướng Lê Thành Long "
              "(để b/c);\n- Bộ trưởng (để b/c);\n- Các Thứ trưởng;\n- Bộ Lao động - Thương binh và Xã hội;\n"
              "- Các đơn vị thuộc Bộ;\n- Sở Tư pháp các tỉnh, thành phố trực thuộc TW;\n- Lưu: VT, Vụ PLHSHC.",
              size=11)
    cell_text(st2.cell(0, 1), "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\n\nTrần Văn Khải", bold=True, center=True)

    # appendix on a new page
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    para("Phụ lục", bold=True, align="c")
    para("NHIỆM VỤ CỤ THỂ CỦA CÁC ĐƠN VỊ THUỘC BỘ TƯ PHÁP THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ "
         "EM CỦA LIÊN HỢP QUỐC", bold=True, align="c")
    para("(Kèm theo Kế hoạch số 512/KH-BTP ngày 21 tháng 02 năm 2025 của Bộ Tư pháp)", italic=True, align="c")

    cols = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành"]
    t = d.add_table(rows=1, cols=len(cols))
    t.style = "Table Grid"
    for k, c in enumerate(cols):
        cell_text(t.rows[0].cells[k], c, bold=True, center=True, size=12)
    # mark the header row as a repeating table header
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)
    for row in BO_TU_PHAP_ROWS:
        cells = t.add_row().cells
        if row[0] == "g":
            cell_text(cells[0], row[1], bold=True, center=True, size=12)
            merged = cells[1].merge(cells[len(cols) - 1])
            cell_text(merged, row[2], bold=True, size=12)
        else:
            cell_text(cells[0], row[1], center=True, size=12)
            for k, v in enumerate(row[2:], start=1):
                cell_text(cells[k], v, size=12)
    widths = [Cm(1.2), Cm(6.5), Cm(3.2), Cm(3.6), Cm(2.5)]
    for r in t.rows:
        for k, c in enumerate(r.cells):
            if k < len(widths):
                c.width = widths[k]
    d.save(path)
    normalize_zip(path)


# --------------------------------------------------------------------------- L10 task sheets
BAO_LOC_META = [
    ("Số", "97/KH-UBND"),
    ("Ngày", "22/05/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên "
                  "địa bàn thành phố Bảo Lộc"),
    ("Cơ quan ban hành", "Ủy ban nhân dân thành phố Bảo Lộc"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Bảo Lộc"),
    ("Thuộc tỉnh", "Lâm Đồng"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 2710/KH-UBND ngày 02/4/2025 của UBND tỉnh Lâm Đồng"),
    ("Triển khai", "Kế hoạch số 2710/KH-UBND ngày 02/4/2025 của UBND tỉnh Lâm Đồng"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
    ("Người ký", "Trịnh Quốc Hưng"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Người nhập liệu", "Văn phòng HĐND và UBND thành phố"),
]

BAO_LOC_TASKS = [
    ("I", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    ("1", "Tuyên truyền Luật Trẻ em, phòng, chống xâm hại trẻ em trên hệ thống truyền thanh, trang thông "
          "tin điện tử thành phố",
     "Phòng Văn hóa, Khoa học và Thông tin",
     "Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố; UBND các phường, xã", "Thường xuyên", ""),
    ("2", "Giáo dục kỹ năng phòng, chống xâm hại, đuối nước cho học sinh mầm non, tiểu học, trung học cơ sở",
     "Phòng Giáo dục và Đào tạo", "Thành đoàn", "Năm học 2025 - 2026", ""),
    ("II", "Nâng cao năng lực; phối hợp liên ngành", "", "", "", ""),
    ("1", "Tập huấn nghiệp vụ bảo vệ trẻ em cho công chức, cộng tác viên tại tổ dân phố, thôn",
     "Phòng Y tế", "UBND các phường, xã", "Quý III/2025", "Lồng ghép Chương trình bảo vệ trẻ em"),
    ("2", "Củng cố nhóm công tác liên ngành bảo vệ trẻ em của thành phố",
     "Phòng Y tế", "Công an thành phố; Phòng Tư pháp", "Trước ngày 30/6/2025", ""),
    ("III", "Dịch vụ bảo đảm quyền trẻ em", "", "", "", ""),
    ("1", "Khám sức khỏe, tiêm chủng, theo dõi dinh dưỡng cho trẻ em",
     "Trung tâm Y tế thành phố", "UBND các phường, xã", "Hằng năm", ""),
    ("2", "Kiểm tra, xử lý việc sử dụng lao động trẻ em tại các cơ sở chế biến chè, cà phê",
     "Phòng Nội vụ", "Công an thành phố; UBND các phường, xã", "Tháng 5 - tháng 8 hằng năm",
     "Phối hợp đoàn liên ngành"),
    ("3", "Trợ giúp pháp lý cho trẻ em có hoàn cảnh đặc biệt, trẻ em vi phạm pháp luật",
     "Phòng Tư pháp", "", "Khi có yêu cầu", ""),
    ("4", "Tổ chức hoạt động vui chơi, giải trí, thể thao hè cho thiếu nhi",
     "Thành đoàn", "Phòng Văn hóa, Khoa học và Thông tin", "Hè hằng năm", ""),
    ("IV", "Kiểm tra; kinh phí", "", "", "", ""),
    ("1", "Kiểm tra việc thực hiện quyền trẻ em tại các phường, xã",
     "Phòng Y tế", "Các phòng, ban, đơn vị liên quan", "Hằng năm", ""),
    ("2", "Tham mưu bố trí kinh phí thực hiện Kế hoạch",
     "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm", ""),
]


def build_xlsx(path):
    import datetime
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    wb.properties.creator = "UBND thành phố Bảo Lộc"
    wb.properties.created = datetime.datetime(2025, 5, 22, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 5, 22, 8, 0, 0)
    wb.properties.lastModifiedBy = "UBND thành phố Bảo Lộc"
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in BAO_LOC_META:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for c in ws[1]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"])
    for row in BAO_LOC_TASKS:
        ws2.append([v if v != "" else None for v in row])
        if row[0] in ("I", "II", "III", "IV"):
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 60, 26, 32, 20, 24)):
        ws2.column_dimensions[col].width = w
    for r in ws2.iter_rows():
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for c in ws2[1]:
        c.font = Font(bold=True)
    wb.save(path)
    normalize_zip(path)


CON_CUONG_META = [
    ("Số", "28/KH-UBND"),
    ("Ngày", "10/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Kế hoạch số 612/KH-UBND ngày 16/9/2025 của UBND tỉnh Nghệ An về triển khai "
                  "Quyết định số 27/QĐ-TTg trên địa bàn xã Con Cuông"),
    ("Cơ quan ban hành", "Ủy ban nhân dân xã Con Cuông"),
    ("Cấp", "xã"),
    ("Địa bàn", "Con Cuông"),
    ("Thuộc tỉnh", "Nghệ An"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 612/KH-UBND ngày 16/9/2025 của UBND tỉnh Nghệ An"),
    ("Triển khai", "Kế hoạch số 612/KH-UBND ngày 16/9/2025 của UBND tỉnh Nghệ An"),
    ("Người ký", "Lô Văn Thái"),
    ("Chức vụ người ký", "Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
]

CON_CUONG_TASKS = [
    ("I", "Truyền thông, vận động xã hội", "", "", ""),
    ("1", "Tuyên truyền về quyền trẻ em bằng tiếng Việt và tiếng Thái trên loa truyền thanh các bản",
     "Phòng Văn hóa - Xã hội", "Đoàn Thanh niên xã; Hội Liên hiệp Phụ nữ xã", "Thường xuyên"),
    ("2", "Vận động xóa bỏ tảo hôn, hôn nhân cận huyết thống trong đồng bào dân tộc thiểu số",
     "Phòng Văn hóa - Xã hội", "Trưởng các bản; Ủy ban MTTQ Việt Nam xã", "Hằng năm"),
    ("II", "Bảo vệ trẻ em; phối hợp liên ngành", "", "", ""),
    ("1", "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy cơ bỏ học",
     "Phòng Văn hóa - Xã hội", "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn xã",
     "Trước ngày 30/11/2025"),
    ("2", "Duy trì hoạt động của nhóm công tác liên ngành bảo vệ trẻ em của xã",
     "Phòng Văn hóa - Xã hội; Công an xã", "", "Quý IV/2025"),
    ("III", "Dịch vụ cho trẻ em", "", "", ""),
    ("1", "Tiêm chủng, cân đo, theo dõi dinh dưỡng cho trẻ em dưới 5 tuổi",
     "Trạm Y tế xã", "Trưởng các bản", "Hằng tháng"),
    ("2", "Giải quyết thủ tục đăng ký khai sinh, thường trú cho trẻ em đúng hạn",
     "Trung tâm Phục vụ hành chính công xã", "Công an xã", "Thường xuyên"),
    ("3", "Hướng dẫn kỹ năng phòng, chống đuối nước, tổ chức sinh hoạt hè cho trẻ em",
     "Đoàn Thanh niên xã", "Phòng Văn hóa - Xã hội; Các trường học trên địa bàn xã",
     "Tháng 5 - tháng 8 hằng năm"),
    ("IV", "Kinh phí", "", "", ""),
    ("", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách xã",
     "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Hằng năm"),
]


def build_csv(path):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in CON_CUONG_META:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
    for row in CON_CUONG_TASKS:
        w.writerow(list(row))
    # saved the way a spreadsheet program exports "CSV UTF-8": with a byte-order mark
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


# --------------------------------------------------------------------------- main
def main():
    pdf_to_text(YEN_BAI, os.path.join(HERE, "g01_yen_bai.txt"), grid=True)
    pdf_to_text(KRONG_PAC, os.path.join(HERE, "g02_krong_pac.txt"), grid=False)
    build_docx(os.path.join(HERE, "g10_bo_tu_phap.docx"))
    build_plan_pdf(PHU_THO, os.path.join(HERE, "g11_phu_tho.pdf"), grid=True)
    build_xlsx(os.path.join(HERE, "g12_bao_loc.xlsx"))
    build_csv(os.path.join(HERE, "g13_con_cuong.csv"))
    print("written:", ", ".join(["g01_yen_bai.txt", "g02_krong_pac.txt", "g10_bo_tu_phap.docx",
                                 "g11_phu_tho.pdf", "g12_bao_loc.xlsx", "g13_con_cuong.csv"]))


if __name__ == "__main__":
    main()
