"""Generator for the held-out corpus heldout4.

Rewrites every generated file of the corpus (deterministically):
  m01_travinh.txt, m02_lacson.txt, m03_vandon.txt   (L1: PDF built with reportlab, text extracted
                                                      with pdfminer.high_level.extract_text)
  m10_hochiminh.docx                                 (L8: python-docx)
  m11_bvhttdl.pdf                                    (L9: reportlab, ruled table)
  m12_daklak.xlsx                                    (L10: openpyxl task sheet)
  m13_baclieu.csv                                    (L10: csv task sheet)

Hand-written Markdown documents and all truth files are NOT produced here.

Run:  /work/main/.venv/bin/python tests/corpus_heldout4/generate.py
"""

import csv
import datetime
import io
import os
import re
import zipfile

import font_roboto
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Paragraph, Spacer, Table, TableStyle)
from reportlab.lib.fonts import addMapping

rl_config.invariant = 1

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

FIXED_DT = datetime.datetime(2025, 10, 1, 8, 0, 0)

MOTTO = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


# ---------------------------------------------------------------------------------------------
# Document contents (block lists)
#   ("hdr", left_lines, right_lines)     issuer / motto block (two columns, no lines)
#   ("title", text) ("sub", text)        centred bold / centred
#   ("h", text)                          bold heading, left
#   ("p", text)                          body paragraph
#   ("pi", text)                         italic body paragraph
#   ("sign", recipients, sign_lines)     "Nơi nhận" + signature block
#   ("break",) ("landscape",)            page break / page break to a landscape page
#   ("table", dict)                      appendix table
# Table dict: cols, widths (cm), rows: ("g", numeral, title) | ("t", stt, [cells...])
# ---------------------------------------------------------------------------------------------

M01 = [
    ("hdr", ["ỦY BAN NHÂN DÂN", "TỈNH TRÀ VINH", "", "Số: 1148/KH-UBND"],
     MOTTO + ["", "Trà Vinh, ngày 20 tháng 3 năm 2025"]),
    ("title", "KẾ HOẠCH"),
    ("sub", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh "
            "Trà Vinh theo Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("p", "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;"),
    ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành "
          "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 395/TTr-SYT ngày 11 tháng 3 năm 2025, "
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
          "Liên hợp quốc trên địa bàn tỉnh Trà Vinh, cụ thể như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với tình hình thực tế "
          "của tỉnh; xác định rõ trách nhiệm của các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị "
          "xã, thành phố trong việc thực hiện quyền trẻ em, bảo đảm lợi ích tốt nhất cho trẻ em, nhất là "
          "trẻ em vùng đồng bào dân tộc Khmer, trẻ em có hoàn cảnh đặc biệt."),
    ("h", "2. Yêu cầu"),
    ("p", "Các nhiệm vụ phải được triển khai đồng bộ, có trọng tâm, trọng điểm, lồng ghép với Chương trình "
          "hành động vì trẻ em tỉnh Trà Vinh giai đoạn 2021 - 2030 và các chương trình, đề án khác có liên "
          "quan; thường xuyên kiểm tra, đánh giá, báo cáo kết quả thực hiện theo quy định."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, tham gia hoàn thiện pháp luật, chính sách về trẻ em; kịp thời đề xuất cấp có thẩm "
          "quyền sửa đổi, bổ sung những quy định chưa phù hợp với Công ước của Liên hợp quốc về quyền trẻ em."),
    ("p", "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách "
          "nhiệm của các cấp, các ngành, gia đình và cộng đồng về thực hiện quyền trẻ em."),
    ("p", "3. Nâng cao năng lực cho đội ngũ cán bộ làm công tác trẻ em ở các cấp; tăng cường phối hợp liên "
          "ngành, nhân rộng các mô hình chăm sóc, giáo dục và bảo vệ trẻ em."),
    ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em, chú trọng dịch vụ tại gia đình, "
          "cơ sở giáo dục, cơ sở y tế và cộng đồng."),
    ("p", "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; nâng cao chất lượng cơ sở dữ liệu "
          "về trẻ em, bảo đảm liên thông với cơ sở dữ liệu quốc gia về dân cư."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách địa "
          "phương."),
    ("p", "7. Tăng cường hợp tác, vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ để "
          "thực hiện quyền trẻ em."),
    ("pi", "(Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách "
          "hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan "
          "và nguồn huy động hợp pháp khác (nếu có)."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Sở Y tế"),
    ("p", "Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương hướng dẫn, theo "
          "dõi, đôn đốc việc triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Y tế theo "
          "quy định."),
    ("h", "2. Sở Tài chính"),
    ("p", "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định của Luật Ngân "
          "sách nhà nước."),
    ("h", "3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("p", "Căn cứ nhiệm vụ được giao tại Phụ lục kèm theo, xây dựng kế hoạch hoặc lồng ghép vào kế hoạch "
          "công tác năm để tổ chức thực hiện; định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày "
          "10/12) báo cáo kết quả thực hiện về Sở Y tế để tổng hợp."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân "
          "tỉnh căn cứ chức năng, nhiệm vụ phối hợp triển khai thực hiện Kế hoạch."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời "
          "phản ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
    ("sign", ["Nơi nhận:", "- Bộ Y tế (Cục Bà mẹ và Trẻ em);", "- TT. Tỉnh ủy, TT. HĐND tỉnh;",
              "- CT, các PCT UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;", "- Các sở, ban, ngành tỉnh;",
              "- UBND các huyện, thị xã, thành phố;", "- LĐVP, phòng KGVX;", "- Lưu: VT."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Huỳnh Văn Sang"]),
    ("break",),
    ("title", "PHỤ LỤC"),
    ("sub", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC "
            "TRÊN ĐỊA BÀN TỈNH TRÀ VINH"),
    ("pc", "(Kèm theo Kế hoạch số 1148/KH-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh Trà Vinh)"),
    ("table", {
        "cols": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
        "widths": [1.0, 6.6, 3.0, 4.2, 2.7],
        "span_groups": True, "repeat_header": True, "font_size": 10,
        "rows": [
            ("g", "I", "NGHIÊN CỨU, RÀ SOÁT, HOÀN THIỆN PHÁP LUẬT, CHÍNH SÁCH"),
            ("t", "1", ["Rà soát, tham gia góp ý xây dựng, sửa đổi, bổ sung pháp luật, chính sách về trẻ em, "
                        "trẻ em khuyết tật, lao động trẻ em, trẻ em lang thang",
                        "Sở Y tế",
                        "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố",
                        "Theo đề nghị của Bộ Y tế"]),
            ("t", "2", ["Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự; nghiên cứu, đề xuất về khả năng gia "
                        "nhập các công ước liên quan đến không quốc tịch",
                        "Sở Tư pháp",
                        "Công an tỉnh; Văn phòng UBND tỉnh",
                        "Khi có yêu cầu"]),
            ("g", "II", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI"),
            ("t", "1", ["Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg và Kế hoạch này trên Báo Trà Vinh, "
                        "Đài Phát thanh và Truyền hình Trà Vinh, Cổng thông tin điện tử tỉnh và hệ thống thông "
                        "tin cơ sở",
                        "Sở Văn hóa, Thể thao và Du lịch",
                        "Báo Trà Vinh; Đài Phát thanh và Truyền hình Trà Vinh; UBND các huyện, thị xã, thành phố",
                        "Năm 2025"]),
            ("t", "2", ["Truyền thông bảo đảm mọi trẻ em được đăng ký khai sinh, có quốc tịch; tuyên truyền về "
                        "quyền và bổn phận của trẻ em bằng song ngữ Việt - Khmer tại các phum, sóc",
                        "Sở Tư pháp; Sở Dân tộc và Tôn giáo",
                        "UBND các huyện, thị xã, thành phố",
                        "Thường xuyên"]),
            ("t", "3", ["Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng ứng phó với biến đổi "
                        "khí hậu, thiên tai vào hoạt động giáo dục trong nhà trường",
                        "Sở Giáo dục và Đào tạo",
                        "Sở Nông nghiệp và Môi trường",
                        "Năm học 2025 - 2026"]),
            ("g", "III", "NÂNG CAO NĂNG LỰC; PHỐI HỢP LIÊN NGÀNH; XÂY DỰNG, NHÂN RỘNG MÔ HÌNH"),
            ("t", "1", ["Tăng cường phối hợp liên ngành trong tiếp nhận, xử lý thông tin từ Tổng đài điện "
                        "thoại quốc gia bảo vệ trẻ em 111",
                        "Sở Y tế",
                        "Công an tỉnh; UBND các huyện, thị xã, thành phố",
                        "Thường xuyên"]),
            ("t", "2", ["Bồi dưỡng kỹ năng điều tra, lấy lời khai thân thiện với trẻ em cho cán bộ công an; xử "
                        "lý các hành vi xâm hại trẻ em trên môi trường mạng, mua bán trẻ em",
                        "Công an tỉnh",
                        "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh",
                        "2025 - 2030"]),
            ("t", "3", ["Bồi dưỡng giáo viên về hỗ trợ học sinh khuyết tật học hòa nhập; nhân rộng mô hình tư "
                        "vấn tâm lý học đường",
                        "Sở Giáo dục và Đào tạo",
                        "Sở Y tế",
                        "Năm học 2025 - 2026"]),
            ("g", "IV", "PHÁT TRIỂN HỆ THỐNG DỊCH VỤ BẢO ĐẢM THỰC HIỆN QUYỀN TRẺ EM"),
            ("t", "1", ["Triển khai dịch vụ chăm sóc thay thế, can thiệp sớm cho trẻ em khuyết tật; tư vấn tâm "
                        "lý, hỗ trợ tái hòa nhập cộng đồng cho trẻ em có hoàn cảnh đặc biệt",
                        "Sở Y tế",
                        "Các sở, ban, ngành, đơn vị liên quan; UBND các huyện, thị xã, thành phố",
                        "Giai đoạn 2025 - 2030"]),
            ("t", "2", ["Giảm thiểu tình trạng tảo hôn, hôn nhân cận huyết thống trong vùng đồng bào dân tộc "
                        "thiểu số",
                        "Sở Dân tộc và Tôn giáo",
                        "Sở Tư pháp; Sở Y tế; UBND các huyện, thị xã, thành phố",
                        "Thường xuyên"]),
            ("t", "3", ["Tổ chức hoạt động vui chơi, giải trí, thể dục thể thao cho trẻ em trong dịp hè; dạy "
                        "bơi, phòng, chống đuối nước cho trẻ em",
                        "Sở Văn hóa, Thể thao và Du lịch",
                        "Tỉnh đoàn; Sở Giáo dục và Đào tạo",
                        "Tháng 5 - tháng 8 hằng năm"]),
            ("g", "V", "KIỂM TRA, THANH TRA; CƠ SỞ DỮ LIỆU VỀ TRẺ EM"),
            ("t", "1", ["Kiểm tra liên ngành việc thực hiện pháp luật, chính sách về quyền trẻ em tại một số "
                        "huyện, thị xã, thành phố",
                        "Sở Y tế",
                        "Các sở, ngành thành viên Ban Điều hành Chương trình hành động vì trẻ em tỉnh",
                        "Quý III/2025"]),
            ("t", "2", ["Cập nhật cơ sở dữ liệu về trẻ em, kết nối, liên thông với cơ sở dữ liệu quốc gia về "
                        "dân cư",
                        "Sở Y tế",
                        "Công an tỉnh; Sở Khoa học và Công nghệ",
                        "Trước ngày 31/12/2025"]),
            ("g", "VI", "ƯU TIÊN BỐ TRÍ KINH PHÍ"),
            ("t", "", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các "
                       "sở, ngành, địa phương",
                       "Sở Tài chính",
                       "Sở Y tế; các cơ quan, đơn vị liên quan",
                       "Hằng năm"]),
            ("g", "VII", "HỢP TÁC QUỐC TẾ"),
            ("t", "1", ["Vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ hỗ trợ các dự án vì "
                        "trẻ em trên địa bàn tỉnh",
                        "Sở Y tế",
                        "Văn phòng UBND tỉnh; Sở Tài chính",
                        "Thường xuyên"]),
        ]}),
]

M02 = [
    ("hdr", ["ỦY BAN NHÂN DÂN", "HUYỆN LẠC SƠN", "", "Số:        /KH-UBND"],
     MOTTO + ["", "Lạc Sơn, ngày       tháng 5 năm 2025"]),
    ("title", "KẾ HOẠCH"),
    ("sub", "Triển khai thực hiện Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Hòa Bình "
            "về thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện Lạc Sơn"),
    ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Thực hiện Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Hòa Bình về thực hiện "
          "Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Hòa Bình;"),
    ("p", "Theo đề nghị của Phòng Y tế huyện, Ủy ban nhân dân huyện Lạc Sơn ban hành Kế hoạch triển khai "
          "thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "- Cụ thể hóa các nhiệm vụ được Ủy ban nhân dân tỉnh giao phù hợp với điều kiện thực tế của huyện; "
          "xác định rõ trách nhiệm của các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn trong việc bảo "
          "đảm thực hiện quyền trẻ em."),
    ("p", "- Việc triển khai phải thiết thực, hiệu quả, lồng ghép với Chương trình mục tiêu quốc gia phát "
          "triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các chương trình, kế hoạch về "
          "trẻ em trên địa bàn huyện."),
    ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
    ("h", "1. Nhiệm vụ, giải pháp chung"),
    ("p", "1.1. Tăng cường sự lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp đối với công tác bảo vệ, "
          "chăm sóc và giáo dục trẻ em; đưa chỉ tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội hằng "
          "năm của huyện và các xã, thị trấn."),
    ("p", "1.2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội bằng tiếng Mường và tiếng phổ thông phù hợp "
          "với từng nhóm đối tượng, chú trọng các xóm vùng sâu, vùng xa."),
    ("p", "1.3. Kiện toàn đội ngũ làm công tác trẻ em ở cấp huyện, cấp xã và cộng tác viên ở các xóm, tổ dân "
          "phố; nâng cao năng lực phối hợp liên ngành trong phát hiện, can thiệp, hỗ trợ trẻ em bị xâm hại."),
    ("p", "1.4. Nâng cao chất lượng các dịch vụ y tế, giáo dục, trợ giúp xã hội cho trẻ em; thường xuyên "
          "kiểm tra, giám sát việc thực hiện quyền trẻ em trên địa bàn."),
    ("h", "2. Nhiệm vụ cụ thể"),
    ("p", "Có Phụ lục phân công nhiệm vụ kèm theo."),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện được bố trí trong dự toán chi ngân sách hằng năm của các cơ quan, đơn vị, địa "
          "phương theo phân cấp; lồng ghép từ nguồn kinh phí các chương trình mục tiêu quốc gia và các nguồn "
          "hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Phòng Y tế"),
    ("p", "Chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, đôn đốc, kiểm tra việc triển khai "
          "Kế hoạch; tổng hợp kết quả báo cáo Ủy ban nhân dân huyện và Sở Y tế tỉnh Hòa Bình."),
    ("h", "2. Phòng Tài chính - Kế hoạch"),
    ("p", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách huyện."),
    ("h", "3. Các cơ quan, đơn vị; Ủy ban nhân dân các xã, thị trấn"),
    ("p", "Căn cứ nhiệm vụ được phân công, chủ động xây dựng kế hoạch thực hiện; báo cáo kết quả thực hiện "
          "về Ủy ban nhân dân huyện (qua Phòng Y tế) trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 "
          "(báo cáo năm)."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối "
          "hợp tuyên truyền, giám sát việc thực hiện Kế hoạch."),
    ("p", "Trên đây là Kế hoạch triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp "
          "quốc trên địa bàn huyện Lạc Sơn. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc thực hiện./."),
    ("sign", ["Nơi nhận:", "- Sở Y tế tỉnh Hòa Bình;", "- TT Huyện ủy;", "- TT HĐND huyện;",
              "- Chủ tịch, các PCT UBND huyện;", "- Các cơ quan, đơn vị huyện;", "- UBND các xã, thị trấn;",
              "- Lưu: VT, YT."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Đinh Văn Thắng"]),
    ("landscape",),
    ("title", "PHỤ LỤC"),
    ("sub", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC"),
    ("pc", "(Kèm theo Kế hoạch số       /KH-UBND ngày     /5/2025 của UBND huyện Lạc Sơn)"),
    ("table", {
        "cols": ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Đơn vị phối hợp",
                 "Ghi chú"],
        "widths": [1.0, 9.2, 3.6, 2.6, 5.2, 3.6],
        "span_groups": False, "repeat_header": False, "font_size": 10.5,
        "rows": [
            ("g", "I", "Công tác truyền thông, giáo dục, vận động xã hội"),
            ("t", "1", ["Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên hệ thống "
                        "truyền thanh cơ sở và trang thông tin điện tử huyện",
                        "Trung tâm Văn hóa, Thông tin và Thể thao huyện",
                        "Thường xuyên",
                        "Phòng Văn hóa, Khoa học và Thông tin; UBND các xã, thị trấn",
                        ""]),
            ("t", "2", ["Tuyên truyền phòng, chống tảo hôn, hôn nhân cận huyết thống tại các xóm đặc biệt "
                        "khó khăn",
                        "Phòng Dân tộc và Tôn giáo",
                        "Hằng năm",
                        "Hội Liên hiệp Phụ nữ huyện; UBND các xã, thị trấn",
                        "Lồng ghép Dự án 8 thuộc Chương trình MTQG 1719"]),
            ("t", "3", ["Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em",
                        "Phòng Y tế",
                        "Tháng 6 hằng năm",
                        "Các cơ quan, đơn vị liên quan; UBND các xã, thị trấn",
                        ""]),
            ("g", "II", "Nâng cao năng lực, phối hợp liên ngành"),
            ("t", "1", ["Tập huấn kỹ năng cho cán bộ, cộng tác viên làm công tác bảo vệ trẻ em cấp xã, xóm",
                        "Phòng Y tế",
                        "Quý III/2025",
                        "UBND các xã, thị trấn",
                        ""]),
            ("t", "2", ["Bồi dưỡng giáo viên về giáo dục hòa nhập cho học sinh khuyết tật; duy trì hoạt động "
                        "phòng tư vấn tâm lý học đường",
                        "Phòng Giáo dục và Đào tạo",
                        "Năm học 2025 - 2026",
                        "Phòng Y tế; Trung tâm Y tế huyện",
                        ""]),
            ("t", "3", ["Phối hợp tiếp nhận, xác minh, xử lý tin báo, tố giác về các vụ việc xâm hại trẻ em",
                        "Công an huyện",
                        "Thường xuyên",
                        "Phòng Y tế; Viện Kiểm sát nhân dân huyện; UBND các xã, thị trấn",
                        ""]),
            ("g", "III", "Dịch vụ bảo đảm thực hiện quyền trẻ em"),
            ("t", "1", ["Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt; thực hiện kịp thời chính sách "
                        "trợ giúp xã hội cho trẻ em",
                        "Phòng Y tế",
                        "Hằng năm",
                        "UBND các xã, thị trấn",
                        ""]),
            ("t", "2", ["Phòng, chống suy dinh dưỡng thấp còi; tiêm chủng đầy đủ cho trẻ em dưới 5 tuổi",
                        "Trung tâm Y tế huyện; Phòng Y tế",
                        "2025 - 2030",
                        "UBND các xã, thị trấn",
                        "Chỉ tiêu theo Nghị quyết của HĐND huyện"]),
            ("g", "IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em"),
            ("t", "1", ["Kiểm tra việc thực hiện quyền trẻ em tại một số xã, thị trấn",
                        "Phòng Y tế",
                        "Quý IV/2025",
                        "Phòng Tư pháp; Phòng Giáo dục và Đào tạo",
                        ""]),
            ("t", "2", ["Cập nhật thông tin trẻ em vào phần mềm cơ sở dữ liệu về trẻ em",
                        "UBND các xã, thị trấn",
                        "Trước ngày 30/11/2025",
                        "Phòng Y tế; Công an huyện",
                        ""]),
            ("g", "V", "Kinh phí thực hiện"),
            ("t", "", ["Tham mưu cân đối, bố trí kinh phí thực hiện Kế hoạch",
                       "Phòng Tài chính - Kế hoạch",
                       "Hằng năm",
                       "Phòng Y tế",
                       ""]),
        ]}),
]

M03 = [
    ("hdr", ["ỦY BAN NHÂN DÂN", "ĐẶC KHU VÂN ĐỒN", "", "Số: 156/KH-UBND"],
     MOTTO + ["", "Vân Đồn, ngày 12 tháng 9 năm 2025"]),
    ("title", "KẾ HOẠCH"),
    ("sub", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn đặc khu Vân Đồn"),
    ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Căn cứ Kế hoạch số 103/KH-UBND ngày 31/3/2025 của Ủy ban nhân dân tỉnh Quảng Ninh về triển khai "
          "thực hiện Quyết định số 27/QĐ-TTg của Thủ tướng Chính phủ trên địa bàn tỉnh;"),
    ("p", "Thực hiện Công văn số 2150/SYT-BTXH ngày 20/8/2025 của Sở Y tế tỉnh Quảng Ninh về việc rà soát, "
          "ban hành kế hoạch của cấp xã sau sắp xếp đơn vị hành chính;"),
    ("p", "Để tiếp tục triển khai các nhiệm vụ đã xác định tại Kế hoạch số 61/KH-UBND ngày 15/5/2025 của Ủy "
          "ban nhân dân huyện Vân Đồn (trước sắp xếp), Ủy ban nhân dân đặc khu Vân Đồn ban hành Kế hoạch thực "
          "hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Bảo đảm các nhiệm vụ thực hiện Khuyến nghị được triển khai liên tục, không bị gián đoạn sau khi "
          "sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp."),
    ("p", "2. Xác định cụ thể trách nhiệm của các phòng chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân "
          "đặc khu, các thôn, khu phố; phù hợp với đặc thù địa bàn biển, đảo và phát triển du lịch."),
    ("h", "II. CÁC NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
    ("p", "1. Đẩy mạnh tuyên truyền, nâng cao nhận thức của gia đình, cộng đồng và du khách về quyền trẻ em, "
          "phòng, chống xâm hại, bạo lực và đuối nước ở trẻ em."),
    ("p", "2. Nâng cao năng lực cho đội ngũ làm công tác trẻ em, cộng tác viên thôn, khu phố; tăng cường "
          "phối hợp giữa các lực lượng trong tiếp nhận, xử lý các vụ việc liên quan đến trẻ em."),
    ("p", "3. Bảo đảm trẻ em, nhất là trẻ em ở các đảo xa, được tiếp cận đầy đủ các dịch vụ y tế, giáo dục, "
          "trợ giúp xã hội và vui chơi, giải trí an toàn."),
    ("p", "4. Kiểm tra việc thực hiện chính sách, pháp luật về trẻ em; cập nhật, quản lý cơ sở dữ liệu về "
          "trẻ em trên địa bàn."),
    ("p", "5. Bố trí, huy động nguồn lực thực hiện Kế hoạch, trong đó có sự tham gia của doanh nghiệp hoạt "
          "động du lịch, dịch vụ."),
    ("p", "Nhiệm vụ cụ thể được phân công tại Phụ lục kèm theo."),
    ("h", "III. KINH PHÍ"),
    ("p", "Từ nguồn ngân sách đặc khu được giao hằng năm, nguồn xã hội hóa và các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Văn hóa - Xã hội: Là cơ quan thường trực, tham mưu Ủy ban nhân dân đặc khu tổ chức "
          "triển khai, theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch; định kỳ 6 tháng (trước ngày "
          "08/6) và năm (trước ngày 08/12) báo cáo Ủy ban nhân dân đặc khu và Sở Y tế."),
    ("p", "2. Các phòng, ban, đơn vị thuộc Ủy ban nhân dân đặc khu; Trưởng thôn, khu phố: Căn cứ nhiệm vụ "
          "được giao, chủ động triển khai và báo cáo kết quả về Phòng Văn hóa - Xã hội."),
    ("p", "3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu và các tổ chức chính trị - xã hội phối hợp "
          "tuyên truyền, giám sát việc thực hiện Kế hoạch."),
    ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
          "bàn đặc khu Vân Đồn./."),
    ("sign", ["Nơi nhận:", "- Sở Y tế tỉnh Quảng Ninh;", "- TT Đảng ủy đặc khu;", "- TT HĐND đặc khu;",
              "- CT, các PCT UBND đặc khu;", "- Các phòng, ban, đơn vị;", "- Các thôn, khu phố;",
              "- Lưu: VT, VHXH."],
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Vũ Thị Thu Hà"]),
    ("break",),
    ("title", "PHỤ LỤC"),
    ("sub", "NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC"),
    ("pc", "(Kèm theo Kế hoạch số 156/KH-UBND ngày 12/9/2025 của UBND đặc khu Vân Đồn)"),
    ("table", {
        "cols": ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm"],
        "widths": [0.9, 6.4, 3.1, 4.0, 3.1],
        "span_groups": True, "repeat_header": False, "font_size": 10,
        "rows": [
            ("g", "I", "TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC"),
            ("t", "1", ["Tuyên truyền về quyền trẻ em, phòng, chống xâm hại, bạo lực trẻ em trên hệ thống "
                        "truyền thanh và các nền tảng số của đặc khu",
                        "Phòng Văn hóa - Xã hội",
                        "Trung tâm Truyền thông và Văn hóa đặc khu; các thôn, khu phố",
                        "Tin, bài, phóng sự"]),
            ("t", "2", ["Tổ chức dạy bơi, hướng dẫn kỹ năng an toàn trong môi trường nước cho trẻ em vùng "
                        "biển, đảo",
                        "Đoàn Thanh niên đặc khu",
                        "Phòng Văn hóa - Xã hội; các trường học trên địa bàn",
                        "Lớp dạy bơi, lớp kỹ năng"]),
            ("g", "II", "NĂNG LỰC VÀ PHỐI HỢP LIÊN NGÀNH"),
            ("t", "1", ["Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em ở thôn, khu phố; tập huấn nghiệp vụ "
                        "cho cộng tác viên",
                        "Phòng Văn hóa - Xã hội",
                        "Trạm Y tế đặc khu; Công an đặc khu",
                        "Quyết định kiện toàn; lớp tập huấn"]),
            ("t", "2", ["Phối hợp tiếp nhận, xác minh, xử lý thông tin về trẻ em bị xâm hại, bạo lực do Tổng "
                        "đài 111 chuyển đến",
                        "Công an đặc khu",
                        "Phòng Văn hóa - Xã hội; Trạm Y tế đặc khu",
                        "Quy chế phối hợp"]),
            ("t", "3", ["Duy trì hoạt động tư vấn tâm lý học đường, phòng, chống bạo lực học đường",
                        "Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn",
                        "Phòng Văn hóa - Xã hội",
                        "Kế hoạch năm học"]),
            ("g", "III", "DỊCH VỤ BẢO ĐẢM QUYỀN TRẺ EM"),
            ("t", "1", ["Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy cơ rơi vào hoàn "
                        "cảnh đặc biệt; thực hiện trợ giúp xã hội kịp thời",
                        "Phòng Văn hóa - Xã hội",
                        "Các thôn, khu phố",
                        "Danh sách, hồ sơ quản lý trường hợp"]),
            ("t", "2", ["Khám sức khỏe, tiêm chủng, phòng, chống suy dinh dưỡng cho trẻ em ở các đảo xa",
                        "Trạm Y tế đặc khu",
                        "Hội Liên hiệp Phụ nữ đặc khu",
                        "Báo cáo kết quả khám, tiêm chủng"]),
            ("t", "3", ["Cải tạo, xây dựng điểm vui chơi an toàn cho trẻ em tại các thôn, khu phố",
                        "Phòng Kinh tế; Phòng Văn hóa - Xã hội",
                        "",
                        "Điểm vui chơi được đưa vào sử dụng"]),
            ("g", "IV", "KIỂM TRA VÀ CƠ SỞ DỮ LIỆU"),
            ("t", "1", ["Kiểm tra việc bảo đảm quyền trẻ em tại các cơ sở giáo dục, cơ sở lưu trú du lịch",
                        "Phòng Văn hóa - Xã hội",
                        "Công an đặc khu; Phòng Kinh tế",
                        "Báo cáo kết quả kiểm tra"]),
            ("t", "2", ["Cập nhật, làm sạch cơ sở dữ liệu về trẻ em, bảo đảm khớp với cơ sở dữ liệu quốc gia "
                        "về dân cư",
                        "Văn phòng HĐND và UBND",
                        "Công an đặc khu",
                        "Dữ liệu được cập nhật"]),
            ("g", "V", "NGUỒN LỰC"),
            ("t", "", ["Bố trí kinh phí; vận động doanh nghiệp du lịch, dịch vụ trên địa bàn hỗ trợ trẻ em có "
                       "hoàn cảnh khó khăn",
                       "Phòng Kinh tế",
                       "Phòng Văn hóa - Xã hội; Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu",
                       "Dự toán được giao; danh sách nhà tài trợ"]),
        ]}),
]

M11 = [
    ("hdr", ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "", "Số: 1126/KH-BVHTTDL"],
     MOTTO + ["", "Hà Nội, ngày 21 tháng 3 năm 2025"]),
    ("title", "KẾ HOẠCH"),
    ("sub", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
            "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc thuộc lĩnh vực quản "
            "lý nhà nước của Bộ Văn hóa, Thể thao và Du lịch"),
    ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực "
          "hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (sau đây gọi là Quyết định số "
          "27/QĐ-TTg);"),
    ("p", "Căn cứ Nghị định số 43/2025/NĐ-CP ngày 28/02/2025 của Chính phủ quy định chức năng, nhiệm vụ, "
          "quyền hạn và cơ cấu tổ chức của Bộ Văn hóa, Thể thao và Du lịch,"),
    ("p", "Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch triển khai thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Triển khai đầy đủ, kịp thời các nhiệm vụ được Thủ tướng Chính phủ giao tại Quyết định số "
          "27/QĐ-TTg thuộc lĩnh vực văn hóa, gia đình, thể dục thể thao, du lịch, báo chí, xuất bản."),
    ("p", "2. Phân công cụ thể nhiệm vụ cho các cơ quan, đơn vị thuộc Bộ; bảo đảm sự phối hợp chặt chẽ với "
          "các bộ, ngành, địa phương, nhất là Bộ Y tế là cơ quan quản lý nhà nước về trẻ em."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, hoàn thiện thể chế, chính sách trong lĩnh vực văn hóa, gia đình, thể dục thể thao, du "
          "lịch và báo chí bảo đảm quyền của trẻ em."),
    ("p", "2. Đẩy mạnh thông tin, truyền thông về quyền trẻ em trên báo chí, xuất bản phẩm và các nền tảng số."),
    ("p", "3. Nâng cao năng lực đội ngũ cán bộ làm công tác gia đình, văn hóa cơ sở, huấn luyện viên, hướng "
          "dẫn viên du lịch về quyền trẻ em và bảo vệ trẻ em."),
    ("p", "4. Bảo đảm quyền vui chơi, giải trí, tham gia hoạt động văn hóa, nghệ thuật, thể dục thể thao của "
          "trẻ em; phòng, chống xâm hại trẻ em trong hoạt động du lịch."),
    ("p", "5. Tăng cường thanh tra, kiểm tra và hợp tác quốc tế trong các lĩnh vực thuộc phạm vi quản lý của Bộ."),
    ("pi", "(Phân công cụ thể tại Phụ lục kèm theo)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm giao cho các cơ "
          "quan, đơn vị thuộc Bộ và các nguồn tài trợ hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Cục Văn hóa cơ sở, Gia đình và Thư viện: Là đơn vị đầu mối, chủ trì, phối hợp với các cơ quan, "
          "đơn vị liên quan theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch; tổng hợp, báo cáo Lãnh đạo "
          "Bộ và gửi Bộ Y tế theo quy định."),
    ("p", "2. Vụ Kế hoạch, Tài chính: Tổng hợp, bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách "
          "hằng năm của Bộ."),
    ("p", "3. Thủ trưởng các cơ quan, đơn vị thuộc Bộ căn cứ nhiệm vụ được phân công tổ chức thực hiện; báo "
          "cáo kết quả gửi Cục Văn hóa cơ sở, Gia đình và Thư viện trước ngày 05 tháng 6 (báo cáo 6 tháng) và "
          "trước ngày 05 tháng 12 (báo cáo năm) để tổng hợp."),
    ("p", "4. Đề nghị Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố trực thuộc Trung ương tham mưu Ủy "
          "ban nhân dân cấp tỉnh triển khai các nhiệm vụ thuộc lĩnh vực văn hóa, thể thao và du lịch tại địa "
          "phương."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Cục Văn hóa "
          "cơ sở, Gia đình và Thư viện để tổng hợp, báo cáo Bộ trưởng xem xét, quyết định./."),
    ("sign", ["Nơi nhận:", "- Phó Thủ tướng Lê Thành Long (để b/c);", "- Bộ trưởng (để b/c);",
              "- Các Thứ trưởng;", "- Bộ Y tế;", "- Các cơ quan, đơn vị thuộc Bộ;",
              "- Sở VHTTDL các tỉnh, thành phố;", "- Lưu: VT, VHCSGĐTV."],
     ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "", "", "", "Đỗ Thanh Hưng"]),
    ("break",),
    ("title", "PHỤ LỤC"),
    ("sub", "PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI QUYẾT ĐỊNH SỐ 27/QĐ-TTg"),
    ("pc", "(Kèm theo Kế hoạch số 1126/KH-BVHTTDL ngày 21 tháng 3 năm 2025 của Bộ Văn hóa, Thể thao và Du lịch)"),
    ("table", {
        "cols": ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        "widths": [1.0, 6.3, 3.4, 4.3, 2.5],
        "span_groups": True, "repeat_header": True, "font_size": 10,
        "rows": [
            ("g", "I", "RÀ SOÁT, HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
            ("t", "1", ["Rà soát các quy định về bảo vệ trẻ em trong hoạt động quảng cáo, biểu diễn nghệ "
                        "thuật, kinh doanh dịch vụ trò chơi điện tử công cộng; đề xuất sửa đổi, bổ sung",
                        "Vụ Pháp chế",
                        "Cục Nghệ thuật biểu diễn; Cục Phát thanh, truyền hình và Thông tin điện tử",
                        "Quý IV/2025"]),
            ("t", "2", ["Nghiên cứu, đề xuất bổ sung tiêu chí bảo đảm an toàn cho trẻ em trong tiêu chuẩn cơ "
                        "sở lưu trú du lịch",
                        "Cục Du lịch Quốc gia Việt Nam",
                        "Vụ Pháp chế; Vụ Khoa học, Công nghệ và Môi trường",
                        "Năm 2026"]),
            ("g", "II", "THÔNG TIN, TRUYỀN THÔNG"),
            ("t", "1", ["Chỉ đạo, định hướng các cơ quan báo chí tăng thời lượng, chuyên trang, chuyên mục về "
                        "quyền trẻ em, phòng, chống xâm hại trẻ em",
                        "Cục Báo chí",
                        "Các cơ quan báo chí; Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố",
                        "Thường xuyên"]),
            ("t", "2", ["Phối hợp với các doanh nghiệp cung cấp nền tảng số ngăn chặn, gỡ bỏ thông tin, nội "
                        "dung có hại cho trẻ em trên môi trường mạng",
                        "Cục Phát thanh, truyền hình và Thông tin điện tử",
                        "Bộ Công an (Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)",
                        "Khi có yêu cầu"]),
            ("g", "III", "NÂNG CAO NĂNG LỰC"),
            ("t", "1", ["Tập huấn cho cán bộ làm công tác gia đình các tỉnh, thành phố về phòng, chống bạo lực "
                        "gia đình, bảo vệ trẻ em",
                        "Cục Văn hóa cơ sở, Gia đình và Thư viện",
                        "Bộ Y tế (Cục Bà mẹ và Trẻ em); Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố",
                        "Hằng năm"]),
            ("t", "2", ["Đưa nội dung bảo vệ trẻ em vào chương trình bồi dưỡng huấn luyện viên thể thao, hướng "
                        "dẫn viên du lịch",
                        "Vụ Đào tạo",
                        "Cục Thể dục thể thao Việt Nam; Cục Du lịch Quốc gia Việt Nam",
                        "2025 - 2030"]),
            ("g", "IV", "BẢO ĐẢM QUYỀN VUI CHƠI, GIẢI TRÍ, THAM GIA HOẠT ĐỘNG VĂN HÓA, THỂ THAO"),
            ("t", "1", ["Tổ chức các hoạt động văn hóa, nghệ thuật, thể thao cho thiếu nhi trong dịp hè",
                        "Cục Văn hóa cơ sở, Gia đình và Thư viện; Cục Thể dục thể thao Việt Nam",
                        "Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố",
                        "Tháng 5 - tháng 8 hằng năm"]),
            ("t", "2", ["Hướng dẫn bảo tồn, phát huy bản sắc văn hóa, ngôn ngữ của trẻ em người dân tộc thiểu "
                        "số trong các hoạt động văn hóa cơ sở",
                        "Cục Di sản văn hóa",
                        "Bộ Dân tộc và Tôn giáo; Sở Văn hóa, Thể thao và Du lịch các tỉnh, thành phố",
                        "Giai đoạn 2026-2030"]),
            ("t", "3", ["Xây dựng, ban hành bộ quy tắc ứng xử phòng, chống xâm hại, bóc lột trẻ em trong hoạt "
                        "động du lịch",
                        "Cục Du lịch Quốc gia Việt Nam",
                        "Bộ Công an",
                        "Năm 2025"]),
            ("g", "V", "THANH TRA, KIỂM TRA; HỢP TÁC QUỐC TẾ"),
            ("t", "1", ["Thanh tra, kiểm tra việc chấp hành quy định về bảo vệ trẻ em trong hoạt động văn hóa, "
                        "quảng cáo, kinh doanh dịch vụ trò chơi điện tử",
                        "Thanh tra Bộ",
                        "Các Cục có liên quan",
                        "Hằng năm"]),
            ("t", "2", ["Tham gia xây dựng báo cáo quốc gia về thực hiện Công ước của Liên hợp quốc về quyền trẻ "
                        "em; trao đổi kinh nghiệm quốc tế về bảo vệ trẻ em",
                        "Vụ Hợp tác quốc tế",
                        "Cục Văn hóa cơ sở, Gia đình và Thư viện",
                        "Theo đề nghị của Bộ Y tế"]),
        ]}),
]


# ---------------------------------------------------------------------------------------------
# PDF rendering
# ---------------------------------------------------------------------------------------------

def _styles(size=12.5):
    base = ParagraphStyle("body", fontName="Roboto", fontSize=size, leading=size * 1.35,
                          alignment=TA_JUSTIFY, firstLineIndent=0.9 * cm, spaceAfter=4)
    return {
        "p": base,
        "pi": ParagraphStyle("pi", parent=base, fontName="Roboto-Italic"),
        "pc": ParagraphStyle("pc", parent=base, fontName="Roboto-Italic", alignment=TA_CENTER,
                             firstLineIndent=0, spaceAfter=8),
        "h": ParagraphStyle("h", parent=base, fontName="Roboto-Bold", spaceBefore=4),
        "title": ParagraphStyle("title", parent=base, fontName="Roboto-Bold", fontSize=size + 2,
                                alignment=TA_CENTER, firstLineIndent=0, spaceBefore=10),
        "sub": ParagraphStyle("sub", parent=base, fontName="Roboto-Bold", alignment=TA_CENTER,
                              firstLineIndent=0, leftIndent=1.2 * cm, rightIndent=1.2 * cm, spaceAfter=10),
        "hl": ParagraphStyle("hl", parent=base, fontName="Roboto-Bold", fontSize=size - 0.5,
                             alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "hr": ParagraphStyle("hr", parent=base, fontName="Roboto", fontSize=size - 0.5,
                             alignment=TA_CENTER, firstLineIndent=0, spaceAfter=0),
        "small": ParagraphStyle("small", parent=base, fontSize=size - 2.5, leading=(size - 2.5) * 1.3,
                                alignment=TA_LEFT, firstLineIndent=0, spaceAfter=0),
    }


def _cell_styles(size):
    c = ParagraphStyle("cell", fontName="Roboto", fontSize=size, leading=size * 1.25, alignment=TA_LEFT)
    return {
        "c": c,
        "cc": ParagraphStyle("cc", parent=c, alignment=TA_CENTER),
        "hd": ParagraphStyle("hd", parent=c, fontName="Roboto-Bold", alignment=TA_CENTER),
        "g": ParagraphStyle("g", parent=c, fontName="Roboto-Bold"),
        "gc": ParagraphStyle("gc", parent=c, fontName="Roboto-Bold", alignment=TA_CENTER),
    }


def _table(spec):
    cs = _cell_styles(spec.get("font_size", 10))
    ncol = len(spec["cols"])
    data = [[Paragraph(h, cs["hd"]) for h in spec["cols"]]]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in spec["rows"]:
        r = len(data)
        if row[0] == "g":
            cells = [Paragraph(row[1], cs["gc"]), Paragraph(row[2], cs["g"])] + [""] * (ncol - 2)
            data.append(cells)
            if spec.get("span_groups"):
                style.append(("SPAN", (1, r), (ncol - 1, r)))
        else:
            cells = [Paragraph(row[1], cs["cc"])] + [Paragraph(x, cs["c"]) for x in row[2]]
            data.append(cells)
    return Table(data, colWidths=[w * cm for w in spec["widths"]],
                 repeatRows=1 if spec.get("repeat_header") else 0, style=TableStyle(style))


def _flow(blocks, st):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "hdr":
            left = [Paragraph(x, st["hl"]) if x else Spacer(1, 4) for x in b[1]]
            right = [Paragraph(x, st["hl"] if i < 2 else st["hr"]) if x else Spacer(1, 4)
                     for i, x in enumerate(b[2])]
            # the number line under the issuer is normal weight
            left[-1] = Paragraph(b[1][-1], st["hr"])
            out.append(Table([[left, right]], colWidths=[6.8 * cm, 10.4 * cm],
                             style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
            out.append(Spacer(1, 10))
        elif kind in ("title", "sub", "h", "p", "pi", "pc"):
            out.append(Paragraph(b[1], st[kind]))
        elif kind == "sign":
            left = [Paragraph(x, st["small"]) for x in b[1]]
            left[0] = Paragraph("<b><i>%s</i></b>" % b[1][0], st["small"])
            right = [Paragraph(x, st["hl"]) if x else Spacer(1, 12) for x in b[2]]
            out.append(Spacer(1, 8))
            out.append(Table([[left, right]], colWidths=[8.0 * cm, 9.2 * cm],
                             style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])))
        elif kind == "break":
            out.append(PageBreak())
        elif kind == "landscape":
            out.append(NextPageTemplate("landscape"))
            out.append(PageBreak())
        elif kind == "table":
            out.append(_table(b[1]))
        else:
            raise ValueError(kind)
    return out


def build_pdf(target, blocks, page_numbers=None, body_size=12.5):
    """page_numbers: None | "bottom-right" | "top-center" (not on the first page)."""

    def on_page(canvas, doc):
        n = canvas.getPageNumber()
        w, h = canvas._pagesize
        canvas.saveState()
        canvas.setFont("Roboto", 10)
        if page_numbers == "bottom-right":
            canvas.drawRightString(w - 1.5 * cm, 1.0 * cm, "Trang %d" % n)
        elif page_numbers == "top-center" and n > 1:
            canvas.drawCentredString(w / 2, h - 1.0 * cm, str(n))
        canvas.restoreState()

    pw, ph = A4
    doc = BaseDocTemplate(target, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.5 * cm,
                          topMargin=1.8 * cm, bottomMargin=1.8 * cm, title="", author="", subject="",
                          creator="", producer="")
    portrait = Frame(2.2 * cm, 1.8 * cm, pw - 3.7 * cm, ph - 3.6 * cm, id="p")
    lw, lh = landscape(A4)
    land = Frame(1.5 * cm, 1.5 * cm, lw - 3.0 * cm, lh - 3.0 * cm, id="l")
    doc.addPageTemplates([PageTemplate(id="portrait", frames=[portrait], onPage=on_page, pagesize=A4),
                          PageTemplate(id="landscape", frames=[land], onPage=on_page,
                                       pagesize=landscape(A4))])
    doc.build(_flow(blocks, _styles(body_size)))


def pdf_to_text(blocks, **kw):
    from pdfminer.high_level import extract_text
    buf = io.BytesIO()
    build_pdf(buf, blocks, **kw)
    buf.seek(0)
    return extract_text(buf)


def write_text(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------------------------
# DOCX (L8): Thành phố Hồ Chí Minh
# ---------------------------------------------------------------------------------------------

M10_BODY = [
    ("title", "KẾ HOẠCH"),
    ("sub", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn Thành phố Hồ "
            "Chí Minh"),
    ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03 tháng 01 năm 2025 của Thủ tướng Chính phủ ban hành Kế hoạch "
          "thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
    ("p", "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12 tháng 6 năm 2025 của Quốc hội về việc sắp xếp đơn vị "
          "hành chính cấp tỉnh;"),
    ("p", "Trên cơ sở kết quả triển khai Kế hoạch số 1520/KH-UBND ngày 27 tháng 3 năm 2025 của Ủy ban nhân "
          "dân Thành phố Hồ Chí Minh, Kế hoạch số 98/KH-UBND ngày 14 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh "
          "Bình Dương và Kế hoạch số 77/KH-UBND ngày 09 tháng 4 năm 2025 của Ủy ban nhân dân tỉnh Bà Rịa - "
          "Vũng Tàu (trước sắp xếp);"),
    ("p", "Ủy ban nhân dân Thành phố ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của "
          "Liên hợp quốc trên địa bàn Thành phố sau sắp xếp như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "1. Thống nhất việc triển khai Quyết định số 27/QĐ-TTg trên toàn địa bàn Thành phố sau sắp xếp đơn "
          "vị hành chính; Kế hoạch này thay thế các kế hoạch nêu trên của Thành phố Hồ Chí Minh, tỉnh Bình "
          "Dương và tỉnh Bà Rịa - Vũng Tàu."),
    ("p", "2. Phân định rõ trách nhiệm của các sở, ban, ngành Thành phố và Ủy ban nhân dân các xã, phường, "
          "đặc khu; chú trọng trẻ em là con của người lao động nhập cư, trẻ em tại các khu công nghiệp, trẻ "
          "em vùng ven biển."),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Rà soát, hợp nhất, hoàn thiện hệ thống văn bản, chính sách của Thành phố về trẻ em sau sắp xếp "
          "đơn vị hành chính."),
    ("p", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền và bổn phận của trẻ em, phòng, chống "
          "xâm hại, bạo lực trẻ em."),
    ("p", "3. Nâng cao năng lực đội ngũ làm công tác trẻ em ở cấp xã; tăng cường phối hợp liên ngành trong "
          "bảo vệ trẻ em và tư pháp thân thiện với trẻ em."),
    ("p", "4. Phát triển mạng lưới dịch vụ bảo vệ trẻ em, giáo dục, vui chơi, giải trí đáp ứng nhu cầu của "
          "trẻ em trên địa bàn Thành phố."),
    ("p", "5. Tăng cường thanh tra, kiểm tra; hợp nhất và nâng cao chất lượng cơ sở dữ liệu về trẻ em."),
    ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em trong dự toán ngân sách Thành phố."),
    ("p", "7. Mở rộng hợp tác quốc tế, huy động nguồn lực cho công tác trẻ em."),
    ("pi", "(Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục đính kèm)"),
    ("h", "III. KINH PHÍ THỰC HIỆN"),
    ("p", "Kinh phí thực hiện từ nguồn ngân sách Thành phố theo phân cấp hiện hành, nguồn xã hội hóa, tài "
          "trợ của các tổ chức, cá nhân trong và ngoài nước và các nguồn hợp pháp khác."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Sở Y tế: Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; "
          "tổng hợp báo cáo Ủy ban nhân dân Thành phố và Bộ Y tế định kỳ 6 tháng (trước ngày 10 tháng 6) và "
          "hằng năm (trước ngày 10 tháng 12)."),
    ("p", "2. Sở Tài chính: Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
    ("p", "3. Các sở, ban, ngành Thành phố; Ủy ban nhân dân các xã, phường, đặc khu: Căn cứ nhiệm vụ được "
          "giao xây dựng kế hoạch thực hiện, gửi báo cáo kết quả về Sở Y tế để tổng hợp."),
    ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố, Tòa án nhân dân Thành phố, Viện Kiểm sát "
          "nhân dân Thành phố phối hợp thực hiện trong phạm vi chức năng, nhiệm vụ."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Y tế để "
          "tổng hợp, báo cáo Ủy ban nhân dân Thành phố xem xét, chỉ đạo./."),
]

M10_RECIP = ["Nơi nhận:", "- Bộ Y tế;", "- TTUB: CT, các PCT;", "- UBMTTQ Việt Nam TP;",
             "- Các sở, ban, ngành TP;", "- UBND các xã, phường, đặc khu;", "- VPUB: CVP, các PCVP;",
             "- Lưu: VT, (VX)."]
M10_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Võ Thành Nhân"]

M10_TABLE = {
    "cols": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "rows": [
        ("g", "A", "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH"),
        ("t", "1", ["Rà soát, hợp nhất các văn bản của Ủy ban nhân dân Thành phố Hồ Chí Minh, tỉnh Bình Dương, "
                    "tỉnh Bà Rịa - Vũng Tàu (trước sắp xếp) về chính sách đối với trẻ em; đề xuất ban hành "
                    "văn bản áp dụng thống nhất",
                    "Sở Tư pháp; Sở Y tế",
                    "Các sở, ban, ngành Thành phố",
                    "Trước ngày 31/12/2025"]),
        ("t", "2", ["Tham mưu chính sách hỗ trợ trẻ em là con của người lao động tại các khu chế xuất, khu "
                    "công nghiệp",
                    "Sở Nội vụ",
                    "Ban Quản lý các Khu chế xuất và công nghiệp Thành phố; Liên đoàn Lao động Thành phố",
                    "Năm 2026"]),
        ("g", "B", "TRUYỀN THÔNG, GIÁO DỤC, VẬN ĐỘNG XÃ HỘI"),
        ("t", "1", ["Tuyên truyền, phổ biến Kế hoạch trên báo chí, Cổng Thông tin điện tử Thành phố và mạng xã "
                    "hội",
                    "Sở Văn hóa và Thể thao",
                    "Đài Truyền hình Thành phố; Đài Tiếng nói Nhân dân Thành phố; UBND các xã, phường, đặc khu",
                    "Thường xuyên"]),
        ("t", "2", ["Giáo dục quyền và bổn phận của trẻ em, kỹ năng tự bảo vệ cho học sinh trong trường học",
                    "Sở Giáo dục và Đào tạo",
                    "Thành Đoàn; Hội Liên hiệp Phụ nữ Thành phố",
                    "Năm học 2025 - 2026"]),
        ("g", "C", "NÂNG CAO NĂNG LỰC; PHỐI HỢP LIÊN NGÀNH"),
        ("t", "1", ["Bồi dưỡng nghiệp vụ cho công chức Phòng Văn hóa - Xã hội các xã, phường, đặc khu phụ "
                    "trách công tác trẻ em",
                    "Sở Y tế",
                    "Sở Nội vụ",
                    "Quý IV/2025"]),
        ("t", "2", ["Nhân rộng mô hình phòng điều tra, xét hỏi thân thiện với trẻ em; tăng cường phối hợp "
                    "trong điều tra các vụ án xâm hại trẻ em trên môi trường mạng",
                    "Công an Thành phố",
                    "Viện Kiểm sát nhân dân Thành phố; Tòa án nhân dân Thành phố",
                    "2025 - 2030"]),
        ("g", "D", "PHÁT TRIỂN HỆ THỐNG DỊCH VỤ"),
        ("t", "1", ["Phát triển mạng lưới cơ sở cung cấp dịch vụ bảo vệ trẻ em, dịch vụ công tác xã hội, chăm "
                    "sóc thay thế dựa vào gia đình, cộng đồng",
                    "Sở Y tế",
                    "UBND các xã, phường, đặc khu",
                    "Giai đoạn 2026-2030"]),
        ("t", "2", ["Tổ chức các hoạt động vui chơi, văn hóa, thể thao cho thiếu nhi dịp hè; phòng, chống đuối "
                    "nước trẻ em",
                    "Sở Văn hóa và Thể thao; Thành Đoàn",
                    "Sở Du lịch; UBND các xã, phường, đặc khu",
                    "Tháng 5 - tháng 8 hằng năm"]),
        ("g", "Đ", "KIỂM TRA, THANH TRA; CƠ SỞ DỮ LIỆU VỀ TRẺ EM"),
        ("t", "1", ["Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về trẻ em tại các cơ sở trợ giúp "
                    "xã hội, cơ sở giáo dục ngoài công lập",
                    "Sở Y tế",
                    "Sở Giáo dục và Đào tạo; Công an Thành phố",
                    "Hằng năm"]),
        ("t", "2", ["Hợp nhất, cập nhật cơ sở dữ liệu về trẻ em của ba địa phương trước sắp xếp, liên thông với "
                    "cơ sở dữ liệu quốc gia về dân cư",
                    "Sở Khoa học và Công nghệ",
                    "Sở Y tế; Công an Thành phố",
                    "Quý II/2026"]),
        ("g", "E", "KINH PHÍ THỰC HIỆN"),
        ("t", "1", ["Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn "
                    "vị, địa phương",
                    "Sở Tài chính",
                    "Sở Y tế",
                    "Hằng năm"]),
        ("g", "G", "HỢP TÁC QUỐC TẾ"),
        ("t", "1", ["Phối hợp với UNICEF và các tổ chức quốc tế triển khai các dự án vì trẻ em; vận động nguồn "
                    "lực hỗ trợ",
                    "Sở Y tế",
                    "Sở Ngoại vụ; Liên hiệp các tổ chức hữu nghị Thành phố",
                    "Khi có yêu cầu"]),
    ],
}


def _normalise_zip(path):
    """Rewrite a zip container with fixed timestamps and member order (deterministic output)."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = b"2025-10-01T08:00:00Z"
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)", rb"\g<1>" + fixed + rb"\g<2>", d))
             if n == "docProps/core.xml" else (n, d) for n, d in items]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 10, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def build_docx(path):
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    cp = doc.core_properties
    cp.author = "VP UBND"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)

    # header block: borderless 2-column table
    hdr = doc.add_table(rows=1, cols=2)
    left = ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH", "", "Số: 6127/KH-UBND"]
    right = MOTTO + ["", "Thành phố Hồ Chí Minh, ngày 26 tháng 9 năm 2025"]
    for cell, lines in ((hdr.rows[0].cells[0], left), (hdr.rows[0].cells[1], right)):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(line)
            r.bold = i < 2
            r.italic = line.startswith("Thành phố Hồ Chí Minh, ngày")
    doc.add_paragraph()

    for kind, text in M10_BODY:
        p = doc.add_paragraph()
        r = p.add_run(text)
        if kind == "title":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.bold = True
            r.font.size = Pt(14)
        elif kind == "sub":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r.bold = True
        elif kind == "h":
            r.bold = True
        elif kind == "pi":
            r.italic = True
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)

    sign = doc.add_table(rows=1, cols=2)
    lc, rc = sign.rows[0].cells
    for i, line in enumerate(M10_RECIP):
        p = lc.paragraphs[0] if i == 0 else lc.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(11 if i else 12)
        r.bold = r.italic = i == 0
    for i, line in enumerate(M10_SIGN):
        p = rc.paragraphs[0] if i == 0 else rc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line)
        r.bold = True

    # appendix on a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin, new.right_margin = Cm(2), Cm(2)
    for text, bold, italic in (("PHỤ LỤC", True, False),
                               ("NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN "
                                "HỢP QUỐC TRÊN ĐỊA BÀN THÀNH PHỐ HỒ CHÍ MINH", True, False),
                               ("(Kèm theo Kế hoạch số 6127/KH-UBND ngày 26 tháng 9 năm 2025 của Ủy ban nhân dân "
                                "Thành phố Hồ Chí Minh)", False, True)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold, r.italic = bold, italic

    spec = M10_TABLE
    ncol = len(spec["cols"])
    t = doc.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(1.3), Cm(10.0), Cm(4.2), Cm(6.3), Cm(3.6)]
    for i, h in enumerate(spec["cols"]):
        c = t.rows[0].cells[i]
        c.text = ""
        p = c.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(h).bold = True
    for row in spec["rows"]:
        cells = t.add_row().cells
        if row[0] == "g":
            cells[0].text = row[1]
            cells[0].paragraphs[0].runs[0].bold = True
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            merged = cells[1].merge(cells[ncol - 1])
            merged.text = row[2]
            merged.paragraphs[0].runs[0].bold = True
        else:
            cells[0].text = row[1]
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for i, v in enumerate(row[2], start=1):
                cells[i].text = v
    for r in t.rows:
        for i, c in enumerate(r.cells):
            c.width = widths[i]
    doc.save(path)
    _normalise_zip(path)


def build_pdf_file(path, blocks, **kw):
    with open(path, "wb") as f:
        build_pdf(f, blocks, **kw)


# ---------------------------------------------------------------------------------------------
# Task sheets (L10)
# ---------------------------------------------------------------------------------------------

M12_META = [
    ("Số", "214/KH-UBND"),
    ("Ngày", "18/08/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban "
                  "hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                  "tỉnh Đắk Lắk"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Đắk Lắk"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Đắk Lắk"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 67/KH-UBND ngày 01/4/2025 của Ủy ban nhân dân tỉnh Phú Yên (trước sắp xếp)"),
    ("Căn cứ", "Kế hoạch số 112/KH-UBND ngày 07/4/2025 của Ủy ban nhân dân tỉnh Đắk Lắk (trước sắp xếp)"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Lê Thị Kim Oanh"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Sở Y tế"),
    ("Người nhập liệu", "Văn phòng UBND tỉnh - Phòng Khoa giáo - Văn xã"),
]

M12_COLS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"]
M12_ROWS = [
    ("I", "Rà soát, hoàn thiện chính sách về trẻ em", "", "", "", ""),
    ("1", "Rà soát, đề xuất bãi bỏ, thay thế các văn bản về trẻ em do tỉnh Đắk Lắk và tỉnh Phú Yên (trước sắp "
          "xếp) ban hành", "Sở Tư pháp", "Sở Y tế; các sở, ngành liên quan", "Quý IV/2025", ""),
    ("2", "Tham mưu chính sách hỗ trợ trẻ em người dân tộc thiểu số có hoàn cảnh đặc biệt", "Sở Dân tộc và Tôn "
          "giáo", "Sở Y tế; Sở Tài chính", "Năm 2026", ""),
    ("II", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    ("1", "Tuyên truyền Quyết định số 27/QĐ-TTg và Kế hoạch này trên Báo và Phát thanh, Truyền hình Đắk Lắk, "
          "Cổng Thông tin điện tử tỉnh", "Sở Văn hóa, Thể thao và Du lịch",
     "Báo và Phát thanh, Truyền hình Đắk Lắk; UBND các xã, phường", "Thường xuyên", ""),
    ("2", "Truyền thông song ngữ Việt - Ê Đê, Việt - M'nông về phòng, chống tảo hôn, hôn nhân cận huyết thống",
     "Sở Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ tỉnh; UBND các xã, phường", "Hằng năm", ""),
    ("3", "Giáo dục kỹ năng phòng, chống đuối nước; tổ chức dạy bơi an toàn cho học sinh",
     "Sở Giáo dục và Đào tạo; Sở Văn hóa, Thể thao và Du lịch", "Tỉnh đoàn", "Tháng 5 - tháng 8 hằng năm", ""),
    ("III", "Nâng cao năng lực, phối hợp liên ngành", "", "", "", ""),
    ("1", "Bồi dưỡng nghiệp vụ công tác trẻ em cho công chức văn hóa - xã hội cấp xã sau sắp xếp", "Sở Y tế",
     "Sở Nội vụ", "Quý IV/2025", "Ưu tiên các xã biên giới, xã đặc biệt khó khăn"),
    ("2", "Nâng cao năng lực điều tra, xử lý các vụ án xâm hại trẻ em theo hướng thân thiện với trẻ em",
     "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "2025 - 2030", ""),
    ("IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em", "", "", "", ""),
    ("1", "Tăng cường tiếp cận dịch vụ y tế có chất lượng; phòng, chống suy dinh dưỡng, thúc đẩy nuôi con bằng "
          "sữa mẹ", "Sở Y tế", "UBND các xã, phường", "Hằng năm", ""),
    ("2", "Giảm tỷ lệ học sinh bỏ học; bảo đảm cho trẻ em khuyết tật được giáo dục hòa nhập",
     "Sở Giáo dục và Đào tạo", "UBND các xã, phường", "Năm học 2025 - 2026", ""),
    ("3", "Giảm thiểu tác động của biến đổi khí hậu, ô nhiễm môi trường đến sức khỏe trẻ em",
     "Sở Nông nghiệp và Môi trường", "", "Thường xuyên", ""),
    ("V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em", "", "", "", ""),
    ("1", "Kiểm tra liên ngành việc thực hiện chính sách, pháp luật về trẻ em", "Sở Y tế",
     "Các sở, ngành liên quan", "Hằng năm", ""),
    ("2", "Cập nhật, hợp nhất cơ sở dữ liệu về trẻ em của hai tỉnh trước sắp xếp", "Sở Y tế",
     "Công an tỉnh; UBND các xã, phường", "Trước ngày 31/12/2025", "Liên thông CSDL quốc gia về dân cư"),
    ("VI", "Kinh phí và hợp tác quốc tế", "", "", "", ""),
    ("", "Bố trí kinh phí thực hiện Kế hoạch; vận động nguồn lực của các tổ chức quốc tế, tổ chức phi chính phủ",
     "Sở Tài chính", "Sở Y tế; Văn phòng UBND tỉnh", "Hằng năm", ""),
]


def build_xlsx(path):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.properties.creator = "VP UBND tinh"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in M12_META:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 110
    for c in ws[1]:
        c.font = Font(bold=True)

    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(M12_COLS)
    for c in ws2[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for row in M12_ROWS:
        ws2.append(list(row))
        if row[0] and not row[0].isdigit():
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", (6, 70, 28, 40, 18, 28)):
        ws2.column_dimensions[col].width = w
    for r in ws2.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(vertical="top", wrap_text=True)
    wb.save(path)
    _normalise_zip(path)


M13_META = [
    ("Số", "1105/KH-UBND"),
    ("Ngày", "05/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn thành phố "
                  "Bạc Liêu"),
    ("Cơ quan ban hành", "Ủy ban nhân dân thành phố Bạc Liêu"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Bạc Liêu"),
    ("Thuộc tỉnh", "Bạc Liêu"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 72/KH-UBND ngày 17/4/2025 của Ủy ban nhân dân tỉnh Bạc Liêu"),
    ("Triển khai", "Kế hoạch số 72/KH-UBND ngày 17/4/2025 của Ủy ban nhân dân tỉnh Bạc Liêu"),
    ("Người ký", "Trần Thị Bích Liên"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
]

M13_COLS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
M13_ROWS = [
    ("I", "Truyền thông, giáo dục, vận động xã hội", "", "", ""),
    ("1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Trang thông tin điện tử "
          "thành phố và hệ thống loa truyền thanh phường, xã", "Phòng Văn hóa, Khoa học và Thông tin",
     "Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố; UBND các phường, xã", "Thường xuyên"),
    ("2", "Tổ chức Diễn đàn trẻ em thành phố để trẻ em nêu ý kiến, nguyện vọng", "Phòng Y tế",
     "Thành đoàn; Phòng Giáo dục và Đào tạo", "Quý II/2025"),
    ("II", "Nâng cao năng lực, phối hợp liên ngành", "", "", ""),
    ("1", "Tập huấn kỹ năng bảo vệ trẻ em cho công chức, cộng tác viên ở khóm, ấp", "Phòng Y tế",
     "UBND các phường, xã", "Quý III/2025"),
    ("2", "Duy trì hoạt động tư vấn tâm lý học đường tại các trường trung học cơ sở",
     "Phòng Giáo dục và Đào tạo", "", "Năm học 2025 - 2026"),
    ("III", "Dịch vụ bảo đảm thực hiện quyền trẻ em", "", "", ""),
    ("1", "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em có hoàn cảnh đặc biệt",
     "Phòng Y tế", "UBND các phường, xã", "Hằng năm"),
    ("2", "Phòng, chống suy dinh dưỡng, tiêm chủng mở rộng cho trẻ em", "Trung tâm Y tế thành phố",
     "Phòng Y tế; Hội Liên hiệp Phụ nữ thành phố", "2025 - 2030"),
    ("3", "Tuyên truyền, vận động giảm thiểu tảo hôn trong đồng bào Khmer", "Phòng Dân tộc và Tôn giáo",
     "Hội Liên hiệp Phụ nữ thành phố; UBND các phường, xã", "Hằng năm"),
    ("4", "Tổ chức hoạt động vui chơi hè, dạy bơi, phòng, chống đuối nước cho trẻ em",
     "Phòng Văn hóa, Khoa học và Thông tin; Thành đoàn", "UBND các phường, xã", "Tháng 5 - tháng 8 hằng năm"),
    ("IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em", "", "", ""),
    ("1", "Kiểm tra việc thực hiện quyền trẻ em tại các phường, xã", "Phòng Y tế",
     "Phòng Tư pháp; Công an thành phố", "Trước ngày 30/9/2025"),
    ("2", "Cập nhật thông tin trẻ em vào cơ sở dữ liệu về trẻ em", "UBND các phường, xã",
     "Phòng Y tế; Công an thành phố", "Quý IV/2025"),
    ("V", "Kinh phí thực hiện", "", "", ""),
    ("", "Tham mưu bố trí kinh phí thực hiện Kế hoạch", "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm"),
]


def build_csv(path):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Trường", "Giá trị"])
        for k, v in M13_META:
            w.writerow([k, v])
        w.writerow([])
        w.writerow(M13_COLS)
        for row in M13_ROWS:
            w.writerow(list(row))


# ---------------------------------------------------------------------------------------------

def main():
    write_text("m01_travinh.txt", pdf_to_text(M01, page_numbers="bottom-right"))
    write_text("m02_lacson.txt", pdf_to_text(M02, page_numbers=None))
    write_text("m03_vandon.txt", pdf_to_text(M03, page_numbers="top-center"))
    build_docx(os.path.join(HERE, "m10_hochiminh.docx"))
    build_pdf_file(os.path.join(HERE, "m11_bvhttdl.pdf"), M11, page_numbers="top-center")
    build_xlsx(os.path.join(HERE, "m12_daklak.xlsx"))
    build_csv(os.path.join(HERE, "m13_baclieu.csv"))


if __name__ == "__main__":
    main()
