#!/usr/bin/env python
"""Regenerate every binary or extracted file of the held-out corpus.

Run with:  /work/main/.venv/bin/python tests/corpus_heldout1/generate.py

Writes, next to this script:
  h01_quang_binh.txt   L1  text extracted (pdfminer) from a PDF built here (the PDF is not kept)
  h02_dien_khanh.txt   L1  idem
  h10_ha_tinh.docx     L8  Word document (python-docx)
  h11_ninh_thuan.pdf   L9  PDF with a ruled appendix table (reportlab)
  h12_mai_son.xlsx     L10 task sheet (openpyxl)
  h13_dong_hoi.csv     L10 task sheet as CSV

The output is deterministic: reportlab runs in invariant mode and the zip
containers (.docx, .xlsx) are rewritten with fixed timestamps.
The Markdown documents (h03..h09) and all truth files are written by hand.
"""

import csv
import io
import os
import zipfile

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import cm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import (  # noqa: E402
    BaseDocTemplate,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = os.path.join(os.path.dirname(font_roboto.__file__), "files")
pdfmetrics.registerFont(TTFont("Roboto", os.path.join(FONT_DIR, "Roboto-Regular.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Bold", os.path.join(FONT_DIR, "Roboto-Bold.ttf")))
pdfmetrics.registerFont(TTFont("Roboto-Italic", os.path.join(FONT_DIR, "Roboto-Italic.ttf")))
pdfmetrics.registerFontFamily(
    "Roboto", normal="Roboto", bold="Roboto-Bold", italic="Roboto-Italic", boldItalic="Roboto-Bold"
)

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)

# --------------------------------------------------------------------------
# Document content. Body items: (style, text) with style in
#   "h" (bold heading), "p" (justified paragraph), "c" (centred), "cb" (centred bold),
#   "i" (centred italic), "sig" (signature block line, right), "sigb" (bold, right)
# Appendix rows: ("g", numeral, title) or ("r", stt, task, lead, coop, time).
# --------------------------------------------------------------------------

QB_ISSUER = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG BÌNH"]
QB = {
    "issuer": QB_ISSUER,
    "number": "Số: 312/KH-UBND",
    "dateline": "Quảng Bình, ngày 20 tháng 02 năm 2025",
    "body": [
        ("cb", "KẾ HOẠCH"),
        (
            "cb",
            "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Quảng Bình",
        ),
        ("p", "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;"),
        (
            "p",
            "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
        ),
        (
            "p",
            "Theo đề nghị của Sở Lao động - Thương binh và Xã hội tại Tờ trình số 45/TTr-SLĐTBXH ngày 10/02/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("h", "1. Mục đích"),
        (
            "p",
            "Cụ thể hóa các nhiệm vụ tại Quyết định số 27/QĐ-TTg phù hợp với điều kiện thực tế của tỉnh; nâng cao trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong việc bảo đảm thực hiện quyền trẻ em, bảo đảm lợi ích tốt nhất cho trẻ em.",
        ),
        ("h", "2. Yêu cầu"),
        (
            "p",
            "- Phân công cụ thể nhiệm vụ, lộ trình thực hiện cho từng cơ quan, đơn vị, địa phương; lồng ghép với Chương trình hành động vì trẻ em tỉnh Quảng Bình giai đoạn 2021 - 2030.",
        ),
        (
            "p",
            "- Thường xuyên kiểm tra, đôn đốc, đánh giá kết quả thực hiện; kịp thời tháo gỡ khó khăn, vướng mắc phát sinh.",
        ),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        (
            "p",
            "1. Tham gia nghiên cứu, rà soát, góp ý hoàn thiện hệ thống pháp luật, chính sách về trẻ em, bảo đảm phù hợp với Công ước của Liên hợp quốc về quyền trẻ em và điều kiện thực tế của tỉnh.",
        ),
        (
            "p",
            "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và cộng đồng trong việc bảo đảm quyền trẻ em; chú trọng địa bàn miền núi, vùng đồng bào dân tộc thiểu số, vùng bãi ngang ven biển.",
        ),
        (
            "p",
            "3. Nâng cao năng lực cho đội ngũ cán bộ, công chức, cộng tác viên làm công tác trẻ em từ tỉnh đến thôn, bản; tăng cường phối hợp liên ngành và nhân rộng các mô hình chăm sóc, giáo dục, bảo vệ trẻ em có hiệu quả.",
        ),
        (
            "p",
            "4. Phát triển mạng lưới dịch vụ bảo vệ, chăm sóc trẻ em; lồng ghép các dịch vụ y tế, giáo dục, tư pháp, an sinh xã hội nhằm giải quyết kịp thời các vấn đề về trẻ em.",
        ),
        (
            "p",
            "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; cập nhật, khai thác cơ sở dữ liệu về trẻ em kết nối với Cơ sở dữ liệu quốc gia về dân cư.",
        ),
        (
            "p",
            "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em trong dự toán ngân sách hằng năm phù hợp với khả năng cân đối của địa phương.",
        ),
        (
            "p",
            "7. Chủ động vận động, tranh thủ sự hỗ trợ của các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài cho các chương trình, dự án vì trẻ em.",
        ),
        ("p", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        (
            "p",
            "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, chương trình, đề án có liên quan và nguồn vận động hợp pháp khác.",
        ),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("h", "1. Sở Lao động - Thương binh và Xã hội"),
        (
            "p",
            "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội theo quy định.",
        ),
        (
            "p",
            "- Trường hợp sau sắp xếp tổ chức bộ máy, nhiệm vụ quản lý nhà nước về trẻ em được chuyển giao cho cơ quan khác thì cơ quan tiếp nhận kế thừa thực hiện các nhiệm vụ tại Kế hoạch này.",
        ),
        (
            "p",
            "2. Sở Tài chính: Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách và quy định của Luật Ngân sách nhà nước.",
        ),
        (
            "p",
            "3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố: Căn cứ nhiệm vụ được giao tại Phụ lục kèm theo, chủ động xây dựng kế hoạch hoặc lồng ghép vào kế hoạch công tác của đơn vị để triển khai thực hiện. Định kỳ 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 10/12) báo cáo kết quả thực hiện về Sở Lao động - Thương binh và Xã hội để tổng hợp.",
        ),
        (
            "p",
            "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia thực hiện Kế hoạch; giám sát việc thực hiện chính sách, pháp luật về trẻ em.",
        ),
        (
            "p",
            "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Quảng Bình. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Lao động - Thương binh và Xã hội để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.",
        ),
    ],
    "recipients": [
        "Nơi nhận:",
        "- Bộ LĐTBXH (b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- CT, các PCT UBND tỉnh;",
        "- UBMTTQVN tỉnh;",
        "- Các sở, ban, ngành cấp tỉnh;",
        "- UBND các huyện, TX, TP;",
        "- Lưu: VT, KGVX.",
    ],
    "signature": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phan Thị Minh Hà"],
    "appendix_title": [
        ("cb", "PHỤ LỤC"),
        ("cb", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC"),
        ("i", "(Kèm theo Kế hoạch số 312/KH-UBND ngày 20/02/2025 của UBND tỉnh Quảng Bình)"),
    ],
    "head": ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "rows": [
        ("g", "I", "Hoàn thiện pháp luật, chính sách về trẻ em"),
        (
            "r",
            "1",
            "Nghiên cứu, rà soát, tham gia góp ý dự thảo văn bản quy phạm pháp luật về trẻ em, trẻ em khuyết tật, lao động trẻ em, trẻ em lang thang; đề xuất nâng độ tuổi của trẻ em lên dưới 18 tuổi khi có yêu cầu.",
            "Sở Lao động - Thương binh và Xã hội",
            "Sở Tư pháp; các sở, ban, ngành liên quan",
            "Theo đề nghị của Bộ Lao động - Thương binh và Xã hội",
        ),
        (
            "r",
            "2",
            "Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự liên quan đến các tội xâm hại trẻ em; nghiên cứu các vấn đề về không quốc tịch của trẻ em.",
            "Sở Tư pháp",
            "Công an tỉnh; Tòa án nhân dân tỉnh; Viện Kiểm sát nhân dân tỉnh",
            "Khi có yêu cầu",
        ),
        ("g", "II", "Truyền thông, giáo dục, vận động xã hội"),
        (
            "r",
            "1",
            "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em và Quyết định số 27/QĐ-TTg trên Báo Quảng Bình, Đài Phát thanh và Truyền hình tỉnh, Cổng thông tin điện tử tỉnh và hệ thống thông tin cơ sở.",
            "Sở Thông tin và Truyền thông",
            "Báo Quảng Bình; Đài Phát thanh và Truyền hình tỉnh; UBND các huyện, thị xã, thành phố",
            "Thường xuyên hằng năm",
        ),
        (
            "r",
            "2",
            "Lồng ghép nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng tự bảo vệ, ứng phó với thiên tai, bão lũ vào hoạt động giáo dục trong nhà trường.",
            "Sở Giáo dục và Đào tạo",
            "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh",
            "Năm học 2025 - 2026",
        ),
        (
            "r",
            "3",
            "Truyền thông phòng, chống mua bán trẻ em, xuất cảnh trái phép qua biên giới, chú trọng các xã biên giới Việt - Lào.",
            "Công an tỉnh",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh; UBND các huyện biên giới",
            "Hằng năm",
        ),
        ("g", "III", "Nâng cao năng lực, phối hợp liên ngành, xây dựng mô hình"),
        (
            "r",
            "1",
            "Duy trì, nâng cao hiệu quả kết nối với Tổng đài điện thoại quốc gia bảo vệ trẻ em 111; tiếp nhận, xử lý thông tin về trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại.",
            "Sở Lao động - Thương binh và Xã hội",
            "Công an tỉnh; Sở Y tế; Sở Thông tin và Truyền thông",
            "Thường xuyên",
        ),
        (
            "r",
            "2",
            "Tập huấn, bồi dưỡng kiến thức, kỹ năng cho cán bộ làm công tác trẻ em cấp xã và cộng tác viên thôn, bản, tổ dân phố.",
            "Sở Lao động - Thương binh và Xã hội",
            "UBND các huyện, thị xã, thành phố",
            "2025 - 2030",
        ),
        ("g", "IV", "Phát triển hệ thống dịch vụ bảo đảm quyền trẻ em"),
        (
            "r",
            "1",
            "Nâng cao chất lượng dịch vụ y tế cho trẻ em; phòng, chống suy dinh dưỡng thấp còi, thúc đẩy nuôi con bằng sữa mẹ; dự phòng lây truyền HIV từ mẹ sang con; chăm sóc sức khỏe tâm thần cho trẻ em, vị thành niên.",
            "Sở Y tế",
            "Sở Lao động - Thương binh và Xã hội; UBND các huyện, thị xã, thành phố",
            "Thường xuyên hằng năm",
        ),
        (
            "r",
            "2",
            "Thực hiện giáo dục hòa nhập cho trẻ em khuyết tật; giảm tỷ lệ học sinh bỏ học ở các huyện miền núi Minh Hóa, Tuyên Hóa.",
            "Sở Giáo dục và Đào tạo",
            "Sở Lao động - Thương binh và Xã hội; Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh",
            "Giai đoạn 2025 - 2030",
        ),
        (
            "r",
            "3",
            "Giảm thiểu tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.",
            "Ban Dân tộc",
            "Sở Tư pháp; Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện có đồng bào dân tộc thiểu số",
            "Hằng năm",
        ),
        (
            "r",
            "4",
            "Tổ chức dạy bơi, hướng dẫn kỹ năng an toàn trong môi trường nước, phòng, chống đuối nước cho trẻ em trong dịp hè.",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Giáo dục và Đào tạo; Tỉnh đoàn; UBND các huyện, thị xã, thành phố",
            "Tháng 5 - tháng 8 hằng năm",
        ),
        ("g", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
        (
            "r",
            "1",
            "Thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về quyền trẻ em tại các cơ quan, đơn vị, địa phương.",
            "Thanh tra tỉnh; Sở Lao động - Thương binh và Xã hội",
            "Các sở, ban, ngành liên quan",
            "Hằng năm",
        ),
        (
            "r",
            "2",
            "Cập nhật, chuẩn hóa cơ sở dữ liệu về trẻ em trên phần mềm quản lý, kết nối, chia sẻ với Cơ sở dữ liệu quốc gia về dân cư.",
            "Sở Lao động - Thương binh và Xã hội",
            "Công an tỉnh; Sở Thông tin và Truyền thông; Cục Thống kê tỉnh",
            "Quý IV/2025",
        ),
        ("g", "VI", "Ưu tiên bố trí kinh phí"),
        (
            "r",
            "",
            "Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự toán chi thường xuyên của các sở, ngành, địa phương.",
            "Sở Tài chính",
            "Sở Kế hoạch và Đầu tư; Sở Lao động - Thương binh và Xã hội",
            "Hằng năm",
        ),
        ("g", "VII", "Hợp tác quốc tế"),
        (
            "r",
            "",
            "Vận động, tiếp nhận và quản lý các khoản viện trợ của tổ chức phi chính phủ nước ngoài cho các dự án vì trẻ em trên địa bàn tỉnh.",
            "Sở Ngoại vụ",
            "Sở Lao động - Thương binh và Xã hội; Liên hiệp các tổ chức hữu nghị tỉnh",
            "2025 - 2030",
        ),
    ],
    "widths": [1.0, 10.5, 4.5, 6.2, 3.5],
}

DK = {
    "issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN DIÊN KHÁNH"],
    "number": "Số:        /KH-UBND",
    "dateline": "Diên Khánh, ngày      tháng 5 năm 2025",
    "body": [
        ("cb", "KẾ HOẠCH"),
        (
            "cb",
            "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện Diên Khánh năm 2025 và giai đoạn 2026 - 2030",
        ),
        (
            "p",
            "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
        ),
        (
            "p",
            "Căn cứ Kế hoạch số 4127/KH-UBND ngày 17/4/2025 của Ủy ban nhân dân tỉnh Khánh Hoà về triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ trên địa bàn tỉnh;",
        ),
        (
            "p",
            "Xét đề nghị của Phòng Y tế huyện, Ủy ban nhân dân huyện Diên Khánh ban hành Kế hoạch thực hiện như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "- Xác định rõ trách nhiệm của các cơ quan, đơn vị, địa phương trong việc thực hiện các khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc; bảo đảm lợi ích tốt nhất cho trẻ em.",
        ),
        (
            "p",
            "- Các nhiệm vụ phải cụ thể, khả thi, gắn với chức năng, nhiệm vụ của từng đơn vị và lồng ghép với các chương trình, đề án về trẻ em đang triển khai trên địa bàn huyện.",
        ),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        (
            "p",
            "1. Tham gia góp ý, rà soát và tổ chức thực hiện có hiệu quả các chính sách, pháp luật về trẻ em trên địa bàn huyện.",
        ),
        (
            "p",
            "2. Tăng cường công tác thông tin, truyền thông, giáo dục về quyền và bổn phận của trẻ em; phòng, chống bạo lực, xâm hại trẻ em, tai nạn thương tích và đuối nước ở trẻ em.",
        ),
        (
            "p",
            "3. Củng cố đội ngũ làm công tác trẻ em; nâng cao hiệu quả phối hợp liên ngành trong hỗ trợ, can thiệp các trường hợp trẻ em bị xâm hại.",
        ),
        (
            "p",
            "4. Nâng cao chất lượng dịch vụ y tế, giáo dục, trợ giúp xã hội dành cho trẻ em, nhất là trẻ em có hoàn cảnh đặc biệt.",
        ),
        (
            "p",
            "5. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật đầy đủ cơ sở dữ liệu trẻ em; bố trí kinh phí và huy động nguồn lực xã hội hóa cho công tác trẻ em.",
        ),
        ("p", "(Chi tiết phân công nhiệm vụ theo Phụ lục đính kèm)"),
        ("h", "III. KINH PHÍ"),
        (
            "p",
            "Kinh phí thực hiện từ nguồn ngân sách huyện, ngân sách xã được giao trong dự toán hằng năm của các cơ quan, đơn vị, địa phương và các nguồn huy động hợp pháp khác.",
        ),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "1. Phòng Y tế: Là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan, đơn vị, UBND các xã, thị trấn triển khai Kế hoạch; theo dõi, tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Y tế tỉnh Khánh Hoà trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 30/11 (báo cáo năm).",
        ),
        (
            "p",
            "2. Phòng Tài chính - Kế hoạch: Tham mưu UBND huyện cân đối, bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.",
        ),
        (
            "p",
            "3. Các cơ quan, ban, ngành, đoàn thể huyện; UBND các xã, thị trấn: Căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động tổ chức thực hiện và gửi báo cáo về Phòng Y tế đúng thời gian quy định.",
        ),
        (
            "p",
            "4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện phối hợp giám sát việc thực hiện Kế hoạch.",
        ),
        (
            "p",
            "Trên đây là Kế hoạch triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện Diên Khánh. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.",
        ),
    ],
    "recipients": [
        "Nơi nhận:",
        "- Sở Y tế tỉnh Khánh Hoà;",
        "- TT Huyện ủy; TT HĐND huyện;",
        "- CT, PCT UBND huyện;",
        "- Các cơ quan, ban, ngành, đoàn thể huyện;",
        "- UBND các xã, thị trấn;",
        "- Lưu: VT, YT.",
    ],
    "signature": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Thị Thanh Tâm"],
    "appendix_title": [
        ("cb", "PHỤ LỤC"),
        (
            "cb",
            "NHIỆM VỤ CỤ THỂ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN HUYỆN",
        ),
        ("i", "(Kèm theo Kế hoạch số       /KH-UBND ngày     /5/2025 của UBND huyện Diên Khánh)"),
    ],
    "head": ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"],
    "rows": [
        ("g", "1", "Chính sách, pháp luật về trẻ em"),
        (
            "r",
            "a",
            "Rà soát, góp ý các dự thảo văn bản về trẻ em khi có đề nghị của cấp trên; kiến nghị sửa đổi chính sách không còn phù hợp.",
            "Phòng Y tế",
            "Phòng Tư pháp; Phòng Nội vụ",
            "Khi có yêu cầu",
        ),
        (
            "r",
            "b",
            "Thực hiện đầy đủ, kịp thời chính sách trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt theo Nghị định số 20/2021/NĐ-CP.",
            "Phòng Y tế",
            "Phòng Tài chính - Kế hoạch; UBND các xã, thị trấn",
            "Thường xuyên",
        ),
        ("g", "2", "Truyền thông, giáo dục"),
        (
            "r",
            "a",
            "Tổ chức Tháng hành động vì trẻ em, Diễn đàn trẻ em cấp huyện; truyền thông về phòng, chống xâm hại trẻ em.",
            "Phòng Y tế",
            "Phòng Văn hóa và Thông tin; Huyện đoàn; UBND các xã, thị trấn",
            "Tháng 5 - tháng 6 hằng năm",
        ),
        (
            "r",
            "b",
            "Tuyên truyền trên hệ thống truyền thanh cơ sở về phòng, chống đuối nước, tai nạn thương tích ở trẻ em.",
            "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện",
            "UBND các xã, thị trấn",
            "Thường xuyên",
        ),
        (
            "r",
            "c",
            "Giáo dục kỹ năng sống, giới tính và sức khỏe sinh sản cho học sinh các trường THCS.",
            "Phòng Giáo dục và Đào tạo",
            "Trung tâm Y tế huyện",
            "Năm học 2025 - 2026",
        ),
        ("g", "3", "Nâng cao năng lực, phối hợp liên ngành"),
        (
            "r",
            "a",
            "Tập huấn cho công chức văn hóa - xã hội, cộng tác viên bảo vệ trẻ em tại thôn, tổ dân phố.",
            "Phòng Y tế",
            "UBND các xã, thị trấn",
            "Quý III/2025",
        ),
        (
            "r",
            "b",
            "Phối hợp tiếp nhận, xác minh, xử lý thông tin về trẻ em bị xâm hại qua Tổng đài 111 và đường dây nóng của huyện.",
            "Công an huyện",
            "Phòng Y tế; Viện Kiểm sát nhân dân huyện",
            "Thường xuyên",
        ),
        ("g", "4", "Dịch vụ bảo đảm quyền trẻ em"),
        (
            "r",
            "a",
            "Tiêm chủng mở rộng, phòng, chống suy dinh dưỡng, chăm sóc sức khỏe ban đầu cho trẻ em dưới 6 tuổi.",
            "Trung tâm Y tế huyện",
            "UBND các xã, thị trấn",
            "Hằng năm",
        ),
        (
            "r",
            "b",
            "Duy trì phổ cập giáo dục mầm non cho trẻ 5 tuổi; hỗ trợ trẻ em khuyết tật học hòa nhập.",
            "Phòng Giáo dục và Đào tạo",
            "Phòng Y tế; UBND các xã, thị trấn",
            "2025 - 2030",
        ),
        ("g", "5", "Kiểm tra, giám sát; dữ liệu; kinh phí"),
        (
            "r",
            "a",
            "Kiểm tra việc thực hiện công tác trẻ em tại các xã, thị trấn; cập nhật cơ sở dữ liệu trẻ em trên phần mềm.",
            "Phòng Y tế",
            "Phòng Tư pháp; Công an huyện; UBND các xã, thị trấn",
            "Quý IV hằng năm",
        ),
    ],
    "widths": [0.9, 5.6, 2.8, 3.4, 2.3],
}

# --------------------------------------------------------------------------
# PDF helpers
# --------------------------------------------------------------------------


def _styles(size=11.5):
    base = ParagraphStyle(
        "base",
        fontName="Roboto",
        fontSize=size,
        leading=size * 1.35,
        alignment=TA_JUSTIFY,
        spaceAfter=4,
        firstLineIndent=0.8 * cm,
    )
    return {
        "p": base,
        "h": ParagraphStyle("h", parent=base, fontName="Roboto-Bold", firstLineIndent=0.8 * cm),
        "c": ParagraphStyle("c", parent=base, alignment=TA_CENTER, firstLineIndent=0),
        "cb": ParagraphStyle(
            "cb", parent=base, alignment=TA_CENTER, firstLineIndent=0, fontName="Roboto-Bold"
        ),
        "i": ParagraphStyle(
            "i", parent=base, alignment=TA_CENTER, firstLineIndent=0, fontName="Roboto-Italic"
        ),
        "l": ParagraphStyle(
            "l", parent=base, alignment=TA_LEFT, firstLineIndent=0, fontSize=9.5, leading=12, spaceAfter=0
        ),
        "sig": ParagraphStyle(
            "sig", parent=base, alignment=TA_CENTER, firstLineIndent=0, fontName="Roboto-Bold", spaceAfter=0
        ),
        "cell": ParagraphStyle("cell", fontName="Roboto", fontSize=10, leading=12.5, alignment=TA_LEFT),
        "cellc": ParagraphStyle("cellc", fontName="Roboto", fontSize=10, leading=12.5, alignment=TA_CENTER),
        "cellb": ParagraphStyle(
            "cellb", fontName="Roboto-Bold", fontSize=10, leading=12.5, alignment=TA_LEFT
        ),
        "cellbc": ParagraphStyle(
            "cellbc", fontName="Roboto-Bold", fontSize=10, leading=12.5, alignment=TA_CENTER
        ),
    }


def _header_block(doc, st):
    left = [
        Paragraph(doc["issuer"][0], st["cellc"]),
        Paragraph("<b>%s</b>" % doc["issuer"][1], st["cellc"]),
        Paragraph(doc["number"], st["cellc"]),
    ]
    right = [
        Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", st["cellc"]),
        Paragraph("<b>Độc lập - Tự do - Hạnh phúc</b>", st["cellc"]),
        Paragraph("<i>%s</i>" % doc["dateline"], st["cellc"]),
    ]
    t = Table([[left, right]], colWidths=[6.5 * cm, 10.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _closing_block(doc, st):
    left = [Paragraph("<b><i>%s</i></b>" % doc["recipients"][0], st["l"])] + [
        Paragraph(x, st["l"]) for x in doc["recipients"][1:]
    ]
    right = [Paragraph(x if x else "&nbsp;", st["sig"]) for x in doc["signature"]]
    t = Table([[left, right]], colWidths=[7.5 * cm, 9.0 * cm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return t


def _appendix_table(doc, st, grid, split_in_row):
    data = [[Paragraph("<b>%s</b>" % h, st["cellbc"]) for h in doc["head"]]]
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    for row in doc["rows"]:
        i = len(data)
        if row[0] == "g":
            data.append([Paragraph(row[1], st["cellbc"]), Paragraph(row[2], st["cellb"]), "", "", ""])
            style.append(("SPAN", (1, i), (-1, i)))
        else:
            _, stt, task, lead, coop, time = row
            data.append(
                [
                    Paragraph(stt, st["cellc"]),
                    Paragraph(task, st["cell"]),
                    Paragraph(lead, st["cell"]),
                    Paragraph(coop, st["cell"]),
                    Paragraph(time, st["cell"]),
                ]
            )
    # reportlab misplaces the repeated header when a row is split, so a table whose rows may be
    # split across pages does not repeat its header (as many real Word documents do not).
    kw = {"splitInRow": 1, "repeatRows": 0} if split_in_row else {"repeatRows": 1}
    t = Table(data, colWidths=[w * cm for w in doc["widths"]], **kw)
    t.setStyle(TableStyle(style))
    return t


def build_pdf(doc, out, grid=False, split_in_row=False, landscape_appendix=False):
    st = _styles()

    def on_page(canvas, d):
        n = canvas.getPageNumber()
        if n > 1:
            w, h = canvas._pagesize
            canvas.setFont("Roboto", 10)
            canvas.drawCentredString(w / 2, h - 1.2 * cm, str(n))

    portrait = A4
    land = (A4[1], A4[0])
    pdf = BaseDocTemplate(out, pagesize=A4, title="Kế hoạch", author="", subject="", creator="", producer="")
    pdf.addPageTemplates(
        [
            PageTemplate(
                "portrait",
                [Frame(2.5 * cm, 2.0 * cm, portrait[0] - 4.0 * cm, portrait[1] - 4.0 * cm, id="fp")],
                pagesize=portrait,
                onPage=on_page,
            ),
            PageTemplate(
                "landscape",
                [Frame(2.0 * cm, 1.5 * cm, land[0] - 3.5 * cm, land[1] - 3.0 * cm, id="fl")],
                pagesize=land,
                onPage=on_page,
            ),
        ]
    )
    story = [_header_block(doc, st), Spacer(1, 10)]
    for style, text in doc["body"]:
        story.append(Paragraph(text, st[style]))
    story += [Spacer(1, 8), _closing_block(doc, st)]
    if landscape_appendix:
        story.append(NextPageTemplate("landscape"))
    story.append(PageBreak())
    for style, text in doc["appendix_title"]:
        story.append(Paragraph(text, st[style]))
    story.append(Spacer(1, 6))
    story.append(_appendix_table(doc, st, grid, split_in_row))
    pdf.build(story)


def write_l1(doc, name, landscape_appendix=False):
    from pdfminer.high_level import extract_text

    buf = io.BytesIO()
    build_pdf(doc, buf, grid=True, landscape_appendix=landscape_appendix)
    buf.seek(0)
    text = extract_text(buf)
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------
# L9: Ninh Thuận, full PDF with ruled appendix table (kept as .pdf)
# --------------------------------------------------------------------------

NT = {
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH NINH THUẬN"],
    "number": "Số: 1436/KH-UBND",
    "dateline": "Ninh Thuận, ngày 24 tháng 3 năm 2025",
    "body": [
        ("cb", "KẾ HOẠCH"),
        (
            "cb",
            "Triển khai Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ về thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Ninh Thuận",
        ),
        (
            "p",
            "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc; Công văn số 1187/BYT-BMTE ngày 12/3/2025 của Bộ Y tế về việc triển khai công tác trẻ em sau sắp xếp tổ chức bộ máy, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai trên địa bàn tỉnh như sau:",
        ),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        (
            "p",
            "1. Tổ chức triển khai đồng bộ, hiệu quả các nhiệm vụ được giao tại Quyết định số 27/QĐ-TTg; gắn trách nhiệm của người đứng đầu cơ quan, đơn vị, địa phương với kết quả thực hiện quyền trẻ em.",
        ),
        (
            "p",
            "2. Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành, địa phương; ưu tiên trẻ em vùng đồng bào dân tộc thiểu số, trẻ em có hoàn cảnh đặc biệt.",
        ),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        (
            "p",
            "1. Rà soát, hoàn thiện cơ chế, chính sách của tỉnh về trẻ em; tham gia góp ý các dự thảo văn bản quy phạm pháp luật liên quan đến quyền trẻ em.",
        ),
        (
            "p",
            "2. Đổi mới nội dung, hình thức truyền thông về quyền trẻ em phù hợp với đặc điểm văn hóa, ngôn ngữ của đồng bào Chăm, Raglai và các dân tộc thiểu số khác trên địa bàn tỉnh.",
        ),
        (
            "p",
            "3. Nâng cao năng lực đội ngũ làm công tác trẻ em sau sắp xếp tổ chức bộ máy; tăng cường phối hợp liên ngành trong phòng ngừa, hỗ trợ, can thiệp các vụ việc xâm hại trẻ em.",
        ),
        (
            "p",
            "4. Phát triển hệ thống dịch vụ y tế, giáo dục, trợ giúp xã hội, bảo vệ trẻ em thân thiện, dễ tiếp cận.",
        ),
        (
            "p",
            "5. Thường xuyên kiểm tra, giám sát việc thực hiện quyền trẻ em; hoàn thiện cơ sở dữ liệu về trẻ em.",
        ),
        ("p", "6. Bố trí nguồn lực thực hiện quyền trẻ em và tăng cường hợp tác quốc tế."),
        (
            "p",
            "Nhiệm vụ cụ thể của các cơ quan, đơn vị được phân công tại Phụ lục ban hành kèm theo Kế hoạch này.",
        ),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        (
            "p",
            "Từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong các chương trình mục tiêu quốc gia, các chương trình, đề án có liên quan và nguồn xã hội hóa hợp pháp.",
        ),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        (
            "p",
            "1. Giao Sở Y tế là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, địa phương hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Y tế theo quy định.",
        ),
        (
            "p",
            "2. Các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố căn cứ nhiệm vụ được giao xây dựng kế hoạch cụ thể để triển khai; báo cáo kết quả thực hiện 6 tháng trước ngày 15/6 và báo cáo năm trước ngày 15/12 về Sở Y tế để tổng hợp.",
        ),
        (
            "p",
            "3. Đề nghị Tòa án nhân dân tỉnh, Viện Kiểm sát nhân dân tỉnh, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh theo chức năng, nhiệm vụ phối hợp thực hiện Kế hoạch.",
        ),
        (
            "p",
            "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương kịp thời phản ánh về Sở Y tế để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.",
        ),
    ],
    "recipients": [
        "Nơi nhận:",
        "- Bộ Y tế (Cục BM-TE);",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- CT, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành tỉnh;",
        "- UBND các huyện, thành phố;",
        "- VPUB: LĐ, KTTH;",
        "- Lưu: VT, VXNV.",
    ],
    "signature": ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đặng Văn Quang"],
    "appendix_title": [
        ("cb", "Phụ lục"),
        ("cb", "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ"),
        ("i", "(Kèm theo Kế hoạch số 1436/KH-UBND ngày 24/3/2025 của Ủy ban nhân dân tỉnh Ninh Thuận)"),
    ],
    "head": ["TT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
    "rows": [
        ("g", "I", "Hoàn thiện cơ chế, chính sách"),
        (
            "r",
            "1",
            "Rà soát các văn bản quy phạm pháp luật của tỉnh liên quan đến trẻ em; đề xuất bãi bỏ, sửa đổi, bổ sung các văn bản không còn phù hợp sau sắp xếp tổ chức bộ máy.",
            "Sở Tư pháp",
            "Sở Y tế; các sở, ban, ngành liên quan",
            "Quý IV/2025",
        ),
        (
            "r",
            "2",
            "Tham gia góp ý dự thảo luật, nghị định, thông tư liên quan đến trẻ em theo đề nghị của các Bộ, ngành Trung ương.",
            "Sở Y tế",
            "Các cơ quan, đơn vị liên quan",
            "Theo đề nghị của Bộ Y tế",
        ),
        ("g", "II", "Truyền thông, giáo dục, vận động xã hội"),
        (
            "r",
            "1",
            "Tuyên truyền, phổ biến Luật Trẻ em, Luật Phòng, chống mua bán người và các văn bản hướng dẫn thi hành đến cán bộ, công chức, phụ huynh học sinh và Nhân dân.",
            "Sở Tư pháp",
            "Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh; UBND các huyện, thành phố",
            "Hằng năm",
        ),
        (
            "r",
            "2",
            "Truyền thông bằng tiếng Chăm, tiếng Raglai về quyền trẻ em, phòng, chống tảo hôn và hôn nhân cận huyết thống tại các thôn, làng đồng bào dân tộc thiểu số; biên soạn tài liệu song ngữ, tờ gấp, phóng sự phát trên sóng phát thanh, truyền hình của tỉnh và hệ thống truyền thanh cơ sở.",
            "Sở Dân tộc và Tôn giáo",
            "Sở Văn hóa, Thể thao và Du lịch; Đài Phát thanh - Truyền hình tỉnh",
            "Thường xuyên hằng năm",
        ),
        (
            "r",
            "3",
            "Đưa nội dung giáo dục về quyền và bổn phận của trẻ em, kỹ năng ứng phó với biến đổi khí hậu, hạn hán, thiên tai vào hoạt động trải nghiệm trong các cơ sở giáo dục.",
            "Sở GDĐT",
            "Tỉnh đoàn; Hội LHPN tỉnh",
            "Năm học 2025 - 2026",
        ),
        ("g", "III", "Nâng cao năng lực, phối hợp liên ngành"),
        (
            "r",
            "1",
            "Bồi dưỡng nghiệp vụ cho công chức, người làm công tác trẻ em cấp huyện, cấp xã và cộng tác viên thôn, khu phố, chú trọng kỹ năng phát hiện sớm, quản lý trường hợp trẻ em bị xâm hại, trẻ em có nguy cơ rơi vào hoàn cảnh đặc biệt; cập nhật kiến thức về các quy định mới sau khi sắp xếp tổ chức bộ máy.",
            "Sở Y tế",
            "Sở Nội vụ; UBND các huyện, thành phố",
            "2025 - 2026",
        ),
        (
            "r",
            "2",
            "Thí điểm mô hình phối hợp liên ngành tiếp nhận, điều tra, xử lý các vụ việc xâm hại trẻ em theo hướng thân thiện tại thành phố Phan Rang - Tháp Chàm và huyện Ninh Hải; đánh giá, đề xuất nhân rộng mô hình trên phạm vi toàn tỉnh.",
            "Công an tỉnh",
            "Sở Y tế; Tòa án nhân dân tỉnh; Viện Kiểm sát nhân dân tỉnh",
            "Giai đoạn 2025 - 2027",
        ),
        ("g", "IV", "Phát triển hệ thống dịch vụ"),
        (
            "r",
            "1",
            "Nâng cao chất lượng khám, chữa bệnh cho trẻ em tại tuyến cơ sở; phòng, chống suy dinh dưỡng, thiếu vi chất dinh dưỡng; thúc đẩy nuôi con bằng sữa mẹ; dự phòng lây truyền HIV, viêm gan B, giang mai từ mẹ sang con; chăm sóc sức khỏe tâm thần, sức khỏe sinh sản vị thành niên; phòng, chống tác hại của thuốc lá điện tử, rượu, bia đối với trẻ em.",
            "Sở Y tế",
            "UBND các huyện, thành phố",
            "Thường xuyên",
        ),
        (
            "r",
            "2",
            "Bảo đảm trẻ em khuyết tật được học hòa nhập; duy trì sĩ số, giảm tỷ lệ học sinh bỏ học ở các huyện Bác Ái, Thuận Bắc; mở rộng dạy tiếng dân tộc thiểu số trong trường phổ thông.",
            "Sở GDĐT",
            "Sở Y tế; Sở Dân tộc và Tôn giáo; UBND các huyện, thành phố",
            "2025 - 2030",
        ),
        (
            "r",
            "3",
            "Phòng, chống xâm hại trẻ em trên môi trường mạng; hướng dẫn phụ huynh, học sinh sử dụng Internet an toàn.",
            "Sở VHTTDL; Công an tỉnh",
            "Sở Khoa học và Công nghệ",
            "Thường xuyên",
        ),
        ("g", "V", "Kiểm tra, giám sát; cơ sở dữ liệu"),
        (
            "r",
            "1",
            "Kiểm tra việc thực hiện quyền trẻ em tại các huyện, thành phố và cơ sở trợ giúp xã hội; cập nhật cơ sở dữ liệu về trẻ em, bảo đảm liên thông với Cơ sở dữ liệu quốc gia về dân cư.",
            "Sở Y tế",
            "Công an tỉnh; Thống kê tỉnh; UBND các huyện, thành phố",
            "Hằng năm",
        ),
        ("g", "VI", "Nguồn lực và hợp tác quốc tế"),
        (
            "r",
            "1",
            "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm.",
            "Sở Tài chính",
            "Sở Y tế",
            "Hằng năm",
        ),
        (
            "r",
            "2",
            "Vận động các tổ chức quốc tế, tổ chức phi chính phủ nước ngoài hỗ trợ các dự án vì trẻ em vùng khó khăn.",
            "Sở Y tế",
            "Văn phòng UBND tỉnh; UBND các huyện, thành phố",
            "Khi có chương trình, dự án",
        ),
    ],
    "widths": [1.0, 5.8, 2.9, 3.4, 2.3],
}


def write_l9(doc, name):
    build_pdf(doc, os.path.join(HERE, name), grid=True, split_in_row=True)


# --------------------------------------------------------------------------
# L8: Hà Tĩnh, .docx
# --------------------------------------------------------------------------

HT_BODY = [
    ("cb", "KẾ HOẠCH"),
    (
        "cb",
        "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn tỉnh Hà Tĩnh",
    ),
    ("c", "_______________"),
    (
        "p",
        "Căn cứ Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP ngày 09/5/2017 của Chính phủ quy định chi tiết một số điều của Luật Trẻ em;",
    ),
    (
        "p",
        "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;",
    ),
    (
        "p",
        "Xét đề nghị của Sở Y tế tại Văn bản số 1502/SYT-BTXH ngày 22/4/2025, UBND tỉnh ban hành Kế hoạch thực hiện như sau:",
    ),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    (
        "p",
        "1. Triển khai kịp thời, hiệu quả các nhiệm vụ, giải pháp thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc đã được Thủ tướng Chính phủ giao; nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và xã hội.",
    ),
    (
        "p",
        "2. Phân công rõ trách nhiệm, thời gian hoàn thành; bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị trong quá trình sắp xếp tổ chức bộ máy, đơn vị hành chính.",
    ),
    ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    (
        "p",
        "1. Nghiên cứu, rà soát, đề xuất hoàn thiện các chính sách của tỉnh về trẻ em, nhất là chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt, trẻ em khuyết tật.",
    ),
    (
        "p",
        "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em trên các phương tiện thông tin đại chúng, mạng xã hội và tại cộng đồng.",
    ),
    (
        "p",
        "3. Nâng cao năng lực chuyên môn, nghiệp vụ cho đội ngũ làm công tác trẻ em; nhân rộng các mô hình chăm sóc, giáo dục, bảo vệ trẻ em hiệu quả.",
    ),
    (
        "p",
        "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em; phòng, chống tai nạn thương tích, đuối nước, bạo lực, xâm hại trẻ em.",
    ),
    (
        "p",
        "5. Kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng, cập nhật cơ sở dữ liệu về trẻ em liên thông với Cơ sở dữ liệu quốc gia về dân cư.",
    ),
    (
        "p",
        "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối ngân sách địa phương.",
    ),
    ("p", "7. Tăng cường hợp tác quốc tế, tranh thủ nguồn lực hỗ trợ cho công tác trẻ em."),
    ("p", "(Có Phụ lục phân công nhiệm vụ chi tiết kèm theo)"),
    ("h", "III. KINH PHÍ"),
    (
        "p",
        "Ngân sách nhà nước bố trí trong dự toán chi thường xuyên hằng năm của các cơ quan, đơn vị, địa phương theo phân cấp; nguồn tài trợ, viện trợ và các nguồn hợp pháp khác.",
    ),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    (
        "p",
        "1. Sở Y tế: Chủ trì, phối hợp với các sở, ban, ngành, UBND các huyện, thành phố, thị xã hướng dẫn, theo dõi, đôn đốc, kiểm tra việc triển khai Kế hoạch; định kỳ trước ngày 20/6 và trước ngày 15/12 hằng năm tổng hợp, báo cáo UBND tỉnh và Bộ Y tế.",
    ),
    (
        "p",
        "2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện các nhiệm vụ theo phân cấp ngân sách hiện hành.",
    ),
    (
        "p",
        "3. Các sở, ban, ngành cấp tỉnh; UBND các huyện, thành phố, thị xã: Căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch và tổ chức thực hiện; gửi báo cáo kết quả về Sở Y tế trước ngày 10/6 và trước ngày 05/12 hằng năm.",
    ),
    (
        "p",
        "4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên tham gia giám sát, phản biện việc thực hiện Kế hoạch.",
    ),
    (
        "p",
        "Trên đây là Kế hoạch thực hiện Quyết định số 27/QĐ-TTg của Thủ tướng Chính phủ trên địa bàn tỉnh, yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.",
    ),
]

HT_ROWS = [
    ("g", "I", "Hoàn thiện chính sách về trẻ em"),
    (
        "r",
        "1",
        "Rà soát, đề xuất sửa đổi, bổ sung các chính sách hỗ trợ trẻ em có hoàn cảnh đặc biệt thuộc thẩm quyền của HĐND tỉnh.",
        "Sở Y tế",
        "Sở Tư pháp; Sở Tài chính",
        "Năm 2026",
    ),
    ("g", "II", "Truyền thông, giáo dục, vận động xã hội"),
    (
        "r",
        "1",
        "Truyền thông về Luật Trẻ em và các khuyến nghị của Ủy ban về quyền trẻ em trên các phương tiện thông tin đại chúng và nền tảng số.",
        "Sở VHTTDL",
        "Báo và Phát thanh, Truyền hình Hà Tĩnh; UBND các huyện, thị xã, thành phố",
        "Thường xuyên hằng năm.",
    ),
    (
        "r",
        "2",
        "Tổ chức các hoạt động truyền thông hưởng ứng Tháng hành động vì trẻ em và Ngày Quốc tế Thiếu nhi 01/6.",
        "Sở Y tế",
        "Tỉnh đoàn; Hội LHPN tỉnh; Sở GDĐT",
        "Tháng 5 - tháng 6 hằng năm",
    ),
    ("g", "III", "Nâng cao năng lực, phối hợp liên ngành, mô hình"),
    (
        "r",
        "1",
        "Bồi dưỡng kỹ năng cho đội ngũ làm công tác bảo vệ trẻ em cấp xã, đặc biệt là công chức mới sau sắp xếp đơn vị hành chính.",
        "Sở Y tế",
        "Sở Nội vụ; UBND các huyện, thị xã, thành phố",
        "Năm 2025",
    ),
    (
        "r",
        "2",
        'Xây dựng, nhân rộng mô hình "Trường học an toàn, thân thiện, bình đẳng" và mô hình tư vấn tâm lý học đường.',
        "Sở Giáo dục và Đào tạo",
        "Sở Y tế; Tỉnh đoàn",
        "Năm học 2025 - 2026",
    ),
    ("g", "IV", "Phát triển hệ thống dịch vụ"),
    (
        "r",
        "1",
        "Phòng, chống tai nạn thương tích, đuối nước; phổ cập bơi an toàn cho trẻ em.",
        "Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo",
        "Sở Y tế; UBND các huyện, thị xã, thành phố",
        "Tháng 5 - tháng 8 hằng năm",
    ),
    (
        "r",
        "2",
        "Giảm thiểu tác động của ô nhiễm môi trường, biến đổi khí hậu đến sức khỏe trẻ em.",
        "Sở Nông nghiệp và Môi trường",
        "Sở Y tế; Sở Khoa học và Công nghệ",
        "2025 - 2030",
    ),
    (
        "r",
        "3",
        "Bảo đảm trẻ em trong các cơ sở giam giữ, trường giáo dưỡng được đối xử thân thiện, được khiếu nại bí mật.",
        "Công an tỉnh",
        "Viện Kiểm sát nhân dân tỉnh",
        "Thường xuyên",
    ),
    ("g", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu"),
    (
        "r",
        "1",
        "Kiểm tra liên ngành việc thực hiện quyền trẻ em tại một số địa phương, cơ sở trợ giúp xã hội.",
        "Sở Y tế",
        "Thanh tra tỉnh, các sở, ngành liên quan",
        "Quý III/2025",
    ),
    (
        "r",
        "2",
        "Cập nhật, làm sạch dữ liệu trẻ em và kết nối với Cơ sở dữ liệu quốc gia về dân cư theo Đề án 06.",
        "Công an tỉnh",
        "Sở Y tế; Sở Khoa học và Công nghệ",
        "Trước ngày 31/12/2025",
    ),
    ("g", "VI", "Bố trí kinh phí"),
    (
        "r",
        "",
        "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ quan, đơn vị.",
        "Sở Tài chính",
        "Sở Y tế",
        "Hằng năm",
    ),
    ("g", "VII", "Hợp tác quốc tế"),
    (
        "r",
        "",
        "Tranh thủ nguồn lực từ các tổ chức quốc tế cho các dự án chăm sóc, bảo vệ trẻ em.",
        "Sở Y tế",
        "Liên hiệp các tổ chức hữu nghị tỉnh",
        "Khi có yêu cầu",
    ),
]


def _normalize_zip(path):
    """Rewrite a zip container with fixed timestamps (and a fixed core 'modified' date)."""
    import re

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = []
    for name, data in items:
        if name == "docProps/core.xml":
            data = re.sub(
                rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                rb"\g<1>2025-01-01T00:00:00Z\g<2>",
                data,
            )
        fixed.append((name, data))
    items = fixed
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


def write_l8(name):
    import datetime
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    d = Document()
    cp = d.core_properties
    cp.author = "UBND tỉnh Hà Tĩnh"
    cp.title = "Kế hoạch"
    cp.created = datetime.datetime(2025, 5, 6, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 5, 6, 8, 0, 0)
    cp.last_modified_by = ""
    cp.revision = 1
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)

    # header block: a borderless two-column table
    hdr = d.add_table(rows=1, cols=2)
    left, right = hdr.rows[0].cells
    left.text = ""
    for i, t in enumerate(["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "", "Số: 189/KH-UBND"]):
        p = left.paragraphs[0] if i == 0 else left.add_paragraph()
        r = p.add_run(t)
        r.bold = i == 1
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, t in enumerate(
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "",
            "Hà Tĩnh, ngày 06 tháng 5 năm 2025",
        ]
    ):
        p = right.paragraphs[0] if i == 0 else right.add_paragraph()
        r = p.add_run(t)
        r.bold = i in (0, 1)
        r.italic = i == 3
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for style, text in HT_BODY:
        p = d.add_paragraph()
        r = p.add_run(text)
        if style in ("cb", "h"):
            r.bold = True
        if style in ("cb", "c"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)

    sig = d.add_table(rows=1, cols=2)
    l, r_ = sig.rows[0].cells
    lines = [
        "Nơi nhận:",
        "- Bộ Y tế (để b/c);",
        "- TT Tỉnh ủy, TT HĐND tỉnh;",
        "- Chủ tịch, các PCT UBND tỉnh;",
        "- Các sở, ban, ngành cấp tỉnh;",
        "- UBND các huyện, thành phố, thị xã;",
        "- Lưu: VT, VX1.",
    ]
    for i, t in enumerate(lines):
        p = l.paragraphs[0] if i == 0 else l.add_paragraph()
        run = p.add_run(t)
        run.font.size = Pt(11)
        run.bold = i == 0
        run.italic = i == 0
    for i, t in enumerate(
        ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Võ Thị Hoài Thương"]
    ):
        p = r_.paragraphs[0] if i == 0 else r_.add_paragraph()
        run = p.add_run(t)
        run.bold = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    # appendix on a landscape section
    sec = d.add_section()
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    for t, bold in [
        ("PHỤ LỤC", True),
        ("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP QUỐC", True),
        ("(Kèm theo Kế hoạch số 189/KH-UBND ngày 06/5/2025 của UBND tỉnh Hà Tĩnh)", False),
    ]:
        p = d.add_paragraph()
        run = p.add_run(t)
        run.bold = bold
        run.italic = not bold
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    table = d.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, h in zip(
        table.rows[0].cells, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    ):
        cell.text = ""
        run = cell.paragraphs[0].add_run(h)
        run.bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in HT_ROWS:
        cells = table.add_row().cells
        if row[0] == "g":
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(row[1]).bold = True
            merged = cells[1].merge(cells[4])
            merged.text = ""
            merged.paragraphs[0].add_run(row[2]).bold = True
        else:
            _, stt, task, lead, coop, time = row
            for cell, t in zip(cells, [stt, task, lead, coop, time]):
                cell.text = t
    widths = [Cm(1.2), Cm(10.0), Cm(4.0), Cm(5.5), Cm(3.5)]
    for row in table.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w
    path = os.path.join(HERE, name)
    d.save(path)
    _normalize_zip(path)


# --------------------------------------------------------------------------
# L10: Mai Sơn (.xlsx) and Đồng Hới (.csv)
# --------------------------------------------------------------------------

MS_META = [
    ("Số", "210/KH-UBND"),
    ("Ngày", "03/06/2025"),
    ("Loại văn bản", "Kế hoạch"),
    (
        "Trích yếu",
        "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện Mai Sơn",
    ),
    ("Cơ quan ban hành", "Ủy ban nhân dân huyện Mai Sơn"),
    ("Cấp", "huyện"),
    ("Địa bàn", "Mai Sơn"),
    ("Thuộc tỉnh", "Sơn La"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 78/KH-UBND ngày 24/3/2025 của UBND tỉnh Sơn La"),
    ("Triển khai", "Kế hoạch số 78/KH-UBND ngày 24/3/2025 của UBND tỉnh Sơn La"),
    ("Người ký", "Hà Văn Thuận"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Y tế"),
    ("Người nhập liệu", "Văn phòng HĐND và UBND huyện"),
]

MS_TASKS = [
    ("I", "Truyền thông, giáo dục, vận động xã hội", "", "", "", ""),
    (
        "1",
        "Tuyên truyền về quyền trẻ em, phòng, chống xâm hại trẻ em bằng tiếng Thái, tiếng Mông trên hệ thống loa truyền thanh các xã, bản",
        "Trung tâm Truyền thông và Văn hóa huyện",
        "Phòng Y tế; UBND các xã, thị trấn",
        "Thường xuyên",
        "",
    ),
    (
        "2",
        "Tổ chức Diễn đàn trẻ em huyện Mai Sơn năm 2025 với chủ đề bảo vệ trẻ em trên môi trường mạng",
        "Huyện đoàn",
        "Phòng Y tế; Phòng Giáo dục và Đào tạo",
        "Tháng 6/2025",
        "",
    ),
    (
        "3",
        "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống tại các bản vùng cao",
        "Phòng Dân tộc và Tôn giáo",
        "Hội LHPN huyện; UBND các xã có đồng bào dân tộc thiểu số",
        "Hằng năm",
        "Lồng ghép Chương trình MTQG 1719",
    ),
    ("II", "Nâng cao năng lực, phối hợp liên ngành", "", "", "", ""),
    (
        "1",
        "Tập huấn kỹ năng quản lý trường hợp, can thiệp, hỗ trợ trẻ em có hoàn cảnh đặc biệt cho công chức văn hóa - xã hội cấp xã",
        "Phòng Y tế",
        "UBND các xã, thị trấn",
        "Quý III/2025",
        "",
    ),
    (
        "2",
        "Phối hợp tiếp nhận, xác minh, xử lý kịp thời các vụ việc xâm hại trẻ em; bảo đảm bí mật thông tin cá nhân của trẻ em",
        "Công an huyện",
        "Phòng Y tế; Trung tâm Y tế huyện; Viện Kiểm sát nhân dân huyện",
        "Khi có vụ việc",
        "",
    ),
    ("III", "Phát triển hệ thống dịch vụ", "", "", "", ""),
    (
        "1",
        "Khám sức khỏe định kỳ, tiêm chủng đầy đủ cho trẻ em; giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ em dưới 5 tuổi vùng cao",
        "Trung tâm Y tế huyện",
        "Phòng Y tế; UBND các xã, thị trấn",
        "Hằng năm",
        "",
    ),
    (
        "2",
        "Duy trì sĩ số, phòng, chống học sinh bỏ học; thực hiện chính sách hỗ trợ học sinh bán trú",
        "Phòng Giáo dục và Đào tạo",
        "UBND các xã, thị trấn",
        "Năm học 2025 - 2026",
        "",
    ),
    (
        "3",
        "Thực hiện chính sách trợ giúp xã hội đối với trẻ em mồ côi, trẻ em khuyết tật",
        "Phòng Y tế",
        "Phòng Tài chính - Kế hoạch",
        "Thường xuyên",
        "",
    ),
    (
        "4",
        "Tổ chức hoạt động vui chơi, giải trí, thể thao, bảo tồn văn hóa dân tộc cho trẻ em dịp hè",
        "Phòng Văn hóa - Thông tin; Huyện đoàn",
        "UBND các xã, thị trấn",
        "Hè 2025",
        "",
    ),
    ("IV", "Kiểm tra, giám sát; dữ liệu; kinh phí", "", "", "", ""),
    (
        "1",
        "Kiểm tra việc thực hiện quyền trẻ em tại một số xã, thị trấn và trường học",
        "Phòng Y tế",
        "Các cơ quan, đơn vị liên quan",
        "Quý IV/2025",
        "",
    ),
    (
        "2",
        "Cập nhật cơ sở dữ liệu về trẻ em, đối chiếu với dữ liệu dân cư",
        "Phòng Y tế",
        "Công an huyện; UBND các xã, thị trấn",
        "Thường xuyên",
        "",
    ),
    ("3", "Bố trí kinh phí thực hiện Kế hoạch", "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm", ""),
]


def write_l10_xlsx(name):
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    wb.properties.creator = "plankg heldout"
    wb.properties.created = datetime.datetime(2025, 6, 3, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 6, 3, 8, 0, 0)
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in MS_META:
        ws.append([k, v])
    ws["A1"].font = Font(bold=True)
    ws["B1"].font = Font(bold=True)
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 90
    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Ghi chú"])
    for c in ws2[1]:
        c.font = Font(bold=True)
    for row in MS_TASKS:
        ws2.append([x if x != "" else None for x in row])
        if row[2] == "":
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 60, 28, 34, 18, 24]):
        ws2.column_dimensions[col].width = w
    for r in ws2.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    path = os.path.join(HERE, name)
    wb.save(path)
    _normalize_zip(path)


DH_META = [
    ("Số", ""),
    ("Ngày", "09/2025"),
    ("Loại văn bản", "Kế hoạch"),
    (
        "Trích yếu",
        "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn phường Đồng Hới",
    ),
    ("Cơ quan ban hành", "Ủy ban nhân dân phường Đồng Hới"),
    ("Cấp", "xã"),
    ("Địa bàn", "Đồng Hới"),
    ("Thuộc tỉnh", "Quảng Trị"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 84/KH-UBND ngày 22/8/2025 của UBND tỉnh Quảng Trị"),
    ("Triển khai", "Kế hoạch số 84/KH-UBND ngày 22/8/2025 của UBND tỉnh Quảng Trị"),
    ("Người ký", "Trần Thị Mỹ Linh"),
    ("Chức vụ người ký", "Phó Chủ tịch"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
]

DH_TASKS = [
    ("I", "Truyền thông, giáo dục", "", "", ""),
    (
        "1",
        "Tuyên truyền về quyền và bổn phận của trẻ em, phòng, chống xâm hại trẻ em trên trang thông tin điện tử và nhóm Zalo của các tổ dân phố",
        "Phòng Văn hóa - Xã hội",
        "Công an phường; Đoàn Thanh niên phường",
        "Thường xuyên",
    ),
    (
        "2",
        "Tổ chức Tháng hành động vì trẻ em, Tết Trung thu cho trẻ em có hoàn cảnh khó khăn",
        "Phòng Văn hóa - Xã hội",
        "Ủy ban MTTQ Việt Nam phường, Hội Liên hiệp Phụ nữ phường",
        "Hằng năm",
    ),
    (
        "3",
        "Giáo dục kỹ năng phòng, chống đuối nước, kỹ năng ứng phó với bão, lũ cho học sinh",
        "Các trường học trên địa bàn phường",
        "Phòng Văn hóa - Xã hội",
        "Năm học 2025 - 2026",
    ),
    ("II", "Năng lực, phối hợp và dịch vụ", "", "", ""),
    (
        "1",
        "Kiện toàn đội ngũ cộng tác viên bảo vệ trẻ em ở tổ dân phố sau sắp xếp",
        "Phòng Văn hóa - Xã hội",
        "Các tổ dân phố",
        "Quý IV/2025",
    ),
    (
        "2",
        "Tiếp nhận, xác minh, hỗ trợ kịp thời trẻ em bị xâm hại, bạo lực; kết nối Tổng đài 111",
        "Công an phường; Phòng Văn hóa - Xã hội",
        "Trạm Y tế phường",
        "Khi có vụ việc",
    ),
    (
        "3",
        "Tiêm chủng, theo dõi dinh dưỡng cho trẻ em dưới 5 tuổi",
        "Trạm Y tế phường",
        "Phòng Văn hóa - Xã hội; các tổ dân phố",
        "Hằng tháng",
    ),
    ("III", "Kiểm tra, dữ liệu, kinh phí", "", "", ""),
    (
        "1",
        "Cập nhật cơ sở dữ liệu trẻ em của phường, bảo đảm khớp với dữ liệu dân cư",
        "Phòng Văn hóa - Xã hội",
        "Công an phường",
        "Trước ngày 31/12/2025",
    ),
    (
        "2",
        "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách phường",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Văn phòng HĐND và UBND",
        "Hằng năm",
    ),
    (
        "3",
        "Kiểm tra việc thực hiện Kế hoạch, báo cáo UBND phường",
        "Văn phòng HĐND và UBND",
        "Phòng Văn hóa - Xã hội",
        "Định kỳ 6 tháng, năm",
    ),
]


def write_l10_csv(name):
    path = os.path.join(HERE, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["Trường", "Giá trị"])
        for k, v in DH_META:
            w.writerow([k, v])
        w.writerow([])
        w.writerow(["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"])
        for row in DH_TASKS:
            w.writerow(row)


def main():
    write_l1(QB, "h01_quang_binh.txt", landscape_appendix=True)
    write_l1(DK, "h02_dien_khanh.txt")
    write_l8("h10_ha_tinh.docx")
    write_l9(NT, "h11_ninh_thuan.pdf")
    write_l10_xlsx("h12_mai_son.xlsx")
    write_l10_csv("h13_dong_hoi.csv")


if __name__ == "__main__":
    main()
