"""Regenerate every generated file of the heldout5 corpus.

Run with:  /work/main/.venv/bin/python tests/corpus_heldout5/generate.py

Writes, next to this script:
  n01_dienbien.txt, n02_mocchau.txt, n03_baichay.txt   (L1: PDF built with reportlab,
                                                         text extracted with pdfminer; the
                                                         PDF itself is not kept)
  n10_bocongan.docx                                     (L8: python-docx)
  n11_bacninh.pdf                                       (L9: reportlab, ruled table)
  n12_muongnhe.xlsx                                     (L10: openpyxl task sheet)
  n13_sonla.csv                                         (L10: csv task sheet)

The output is deterministic (fixed PDF metadata, fixed zip timestamps).
The truth files (*.truth.json) and the Markdown documents are written by hand and are
NOT produced by this script.
"""
import csv
import io
import os
import re
import zipfile
from xml.sax.saxutils import escape

import font_roboto
from reportlab import rl_config

rl_config.invariant = 1  # deterministic PDF ids / dates

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
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
pdfmetrics.registerFont(TTFont("Roboto-BoldItalic", os.path.join(FONT_DIR, "Roboto-BoldItalic.ttf")))
from reportlab.pdfbase.pdfmetrics import registerFontFamily  # noqa: E402

registerFontFamily("Roboto", normal="Roboto", bold="Roboto-Bold", italic="Roboto-Italic",
                   boldItalic="Roboto-BoldItalic")

FIXED_ZIP_DATE = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------------------
# Document contents
# ---------------------------------------------------------------------------
# Body blocks: ("title", s) centred bold; ("sub", s) centred bold (title line);
# ("h", s) bold heading; ("p", s) paragraph; ("i", s) italic centred note.

N01 = {
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH ĐIỆN BIÊN"],
    "number": "Số: 1187/KH-UBND",
    "place_date": "Điện Biên, ngày 24 tháng 3 năm 2025",
    "body": [
        ("title", "KẾ HOẠCH"),
        ("sub", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                "của Liên hợp quốc trên địa bàn tỉnh Điện Biên"),
        ("p", "Căn cứ Luật Trẻ em ngày 05 tháng 4 năm 2016;"),
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
              "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Theo đề nghị của Sở Y tế tại Tờ trình số 412/TTr-SYT ngày 14/3/2025, Ủy ban nhân "
              "dân tỉnh Điện Biên ban hành Kế hoạch triển khai thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("h", "1. Mục đích"),
        ("p", "- Cụ thể hóa các nhiệm vụ, giải pháp tại Quyết định số 27/QĐ-TTg phù hợp với điều "
              "kiện thực tế của tỉnh Điện Biên, nhất là vùng đồng bào dân tộc thiểu số, khu vực "
              "biên giới."),
        ("p", "- Nâng cao nhận thức, trách nhiệm của các cấp, các ngành, gia đình và cộng đồng "
              "trong việc bảo đảm thực hiện quyền trẻ em."),
        ("h", "2. Yêu cầu"),
        ("p", "- Xác định rõ nội dung công việc, thời hạn hoàn thành và trách nhiệm của các cơ "
              "quan, đơn vị, địa phương."),
        ("p", "- Lồng ghép việc thực hiện Kế hoạch với Chương trình mục tiêu quốc gia phát triển "
              "kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các chương trình, "
              "đề án về trẻ em đang triển khai trên địa bàn tỉnh."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU"),
        ("p", "1. Tiếp tục rà soát, tham gia xây dựng, hoàn thiện pháp luật, chính sách về trẻ em, "
              "bảo đảm phù hợp với Công ước của Liên hợp quốc về quyền trẻ em và điều kiện thực "
              "tế của tỉnh."),
        ("p", "2. Đổi mới nội dung, hình thức truyền thông, giáo dục, vận động xã hội về quyền trẻ "
              "em, chú trọng truyền thông bằng tiếng dân tộc tại thôn, bản."),
        ("p", "3. Nâng cao năng lực cho đội ngũ cán bộ làm công tác trẻ em các cấp; tăng cường "
              "phối hợp liên ngành trong chăm sóc, giáo dục và bảo vệ trẻ em."),
        ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em, ưu tiên trẻ em vùng "
              "sâu, vùng xa, vùng đặc biệt khó khăn."),
        ("p", "5. Tăng cường kiểm tra, thanh tra việc thực hiện quyền trẻ em; xây dựng cơ sở dữ "
              "liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư."),
        ("p", "6. Ưu tiên bố trí kinh phí thực hiện quyền trẻ em phù hợp với khả năng cân đối "
              "ngân sách địa phương."),
        ("p", "7. Chủ động hợp tác quốc tế, vận động nguồn lực hỗ trợ thực hiện quyền trẻ em."),
        ("p", "(Chi tiết nhiệm vụ, phân công thực hiện tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp "
              "hiện hành, lồng ghép trong các chương trình, đề án có liên quan và nguồn huy động "
              "hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("h", "1. Sở Y tế"),
        ("p", "- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ban, ngành, UBND các "
              "huyện, thị xã, thành phố hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện "
              "Kế hoạch."),
        ("p", "- Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh và Bộ Y tế theo quy định."),
        ("p", "2. Sở Tài chính: Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả "
              "năng cân đối ngân sách địa phương."),
        ("p", "3. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố: Căn cứ nhiệm vụ "
              "được giao tại Phụ lục kèm theo, xây dựng kế hoạch hoặc lồng ghép vào kế hoạch "
              "công tác của cơ quan, đơn vị để tổ chức thực hiện; định kỳ 6 tháng (trước ngày "
              "10/6) và hằng năm (trước ngày 10/12) báo cáo kết quả thực hiện về UBND tỉnh (qua "
              "Sở Y tế) để tổng hợp."),
        ("p", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã "
              "hội tỉnh phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trên đây là Kế hoạch triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 "
              "của Thủ tướng Chính phủ trên địa bàn tỉnh Điện Biên. Trong quá trình thực hiện, "
              "nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản ánh về "
              "Sở Y tế để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
    ],
    "recipients": ["Bộ Y tế (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh (b/c);",
                   "Chủ tịch, các PCT UBND tỉnh;", "UBMTTQ Việt Nam tỉnh;",
                   "Các sở, ban, ngành tỉnh;", "UBND các huyện, thị xã, thành phố;",
                   "Lưu: VT, KGVX."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer": "Lường Văn Thắng",
    "appendix_title": ["PHỤ LỤC",
                       "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                       "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN TỈNH ĐIỆN BIÊN"],
    "appendix_note": "(Kèm theo Kế hoạch số 1187/KH-UBND ngày 24/3/2025 của UBND tỉnh Điện Biên)",
    "columns": ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                "Thời gian thực hiện"],
    "rows": [
        ("G", "I", "Hoàn thiện pháp luật, chính sách về trẻ em"),
        ("R", "1", "Rà soát, tham mưu UBND tỉnh đề xuất sửa đổi, bổ sung chính sách về trẻ em, "
                   "trẻ em khuyết tật, trẻ em dân tộc thiểu số, trẻ em có hoàn cảnh đặc biệt phù "
                   "hợp với điều kiện thực tế của tỉnh.",
         "Sở Y tế", "Các sở, ban, ngành liên quan; UBND các huyện, thị xã, thành phố",
         "Theo đề nghị của Bộ Y tế"),
        ("R", "2", "Góp ý dự thảo sửa đổi, bổ sung Bộ luật Hình sự, Luật Hộ tịch và các văn bản "
                   "liên quan đến trẻ em khi có đề nghị.",
         "Sở Tư pháp", "Công an tỉnh; Sở Y tế", "Khi có yêu cầu"),
        ("G", "II", "Truyền thông, giáo dục, vận động xã hội"),
        ("R", "1", "Tuyên truyền, phổ biến Quyết định số 27/QĐ-TTg, Luật Trẻ em và Công ước của "
                   "Liên hợp quốc về quyền trẻ em bằng tiếng phổ thông và tiếng dân tộc (Thái, "
                   "Mông) trên Báo Điện Biên Phủ, Đài Phát thanh và Truyền hình tỉnh.",
         "Sở Văn hóa, Thể thao và Du lịch",
         "Báo Điện Biên Phủ; Đài Phát thanh và Truyền hình tỉnh; UBND các huyện, thị xã, "
         "thành phố", "Thường xuyên hằng năm"),
        ("R", "2", "Truyền thông, vận động đăng ký khai sinh đúng hạn cho trẻ em, nhất là trẻ em "
                   "vùng sâu, vùng xa, khu vực biên giới.",
         "Sở Tư pháp", "Công an tỉnh; UBND các huyện, thị xã, thành phố", "Thường xuyên"),
        ("R", "3", "Tuyên truyền phòng, chống tảo hôn và hôn nhân cận huyết thống trong vùng "
                   "đồng bào dân tộc thiểu số.",
         "Sở Dân tộc và Tôn giáo",
         "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn; UBND các huyện, thị xã, thành phố",
         "2025 - 2030"),
        ("G", "III", "Nâng cao năng lực; phối hợp liên ngành"),
        ("R", "1", "Tập huấn nâng cao năng lực cho cán bộ làm công tác trẻ em cấp huyện, cấp xã "
                   "và cộng tác viên thôn, bản.",
         "Sở Y tế", "UBND các huyện, thị xã, thành phố", "Quý III hằng năm"),
        ("R", "2", "Nâng cao năng lực điều tra viên, cán bộ công an về điều tra thân thiện với "
                   "trẻ em, xử lý các vụ việc xâm hại trẻ em trên không gian mạng.",
         "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Hằng năm"),
        ("G", "IV", "Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em"),
        ("R", "1", "Duy trì và kết nối Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tại cơ "
                   "sở; hỗ trợ, can thiệp kịp thời trẻ em bị xâm hại, bạo lực.",
         "Sở Y tế", "Công an tỉnh; Sở Khoa học và Công nghệ", "Thường xuyên"),
        ("R", "2", "Nâng cao chất lượng giáo dục, giảm tỷ lệ học sinh bỏ học; duy trì chương "
                   "trình giáo dục song ngữ cho trẻ em dân tộc thiểu số ở vùng sâu, vùng xa.",
         "Sở Giáo dục và Đào tạo", "UBND các huyện, thị xã, thành phố", "2025 - 2030"),
        ("R", "3", "Phòng, chống suy dinh dưỡng thấp còi, thúc đẩy nuôi con bằng sữa mẹ; dự "
                   "phòng lây truyền HIV từ mẹ sang con.",
         "Sở Y tế", "Hội Liên hiệp Phụ nữ tỉnh; UBND các huyện, thị xã, thành phố", "Hằng năm"),
        ("R", "4", "Giảm thiểu tác động của thiên tai, sạt lở đất, lũ quét và ô nhiễm môi "
                   "trường đến sức khỏe, an toàn của trẻ em.",
         "Sở Nông nghiệp và Môi trường",
         "Bộ Chỉ huy Quân sự tỉnh; UBND các huyện, thị xã, thành phố", "Thường xuyên"),
        ("G", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu về trẻ em"),
        ("R", "1", "Kiểm tra, giám sát việc thực hiện quyền trẻ em tại các huyện, thị xã, thành "
                   "phố.",
         "Sở Y tế", "Các sở, ban, ngành liên quan", "Quý IV/2025"),
        ("R", "2", "Cập nhật cơ sở dữ liệu về trẻ em, kết nối, chia sẻ với cơ sở dữ liệu quốc "
                   "gia về dân cư.",
         "Công an tỉnh; Sở Y tế", "Sở Khoa học và Công nghệ; UBND các huyện, thị xã, thành phố",
         "Trước ngày 31/12/2025"),
        ("G", "VI", "Bố trí kinh phí"),
        ("R", "", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm "
                  "theo phân cấp.",
         "Sở Tài chính", "Sở Y tế; các sở, ban, ngành liên quan", "Hằng năm"),
        ("G", "VII", "Hợp tác quốc tế"),
        ("R", "1", "Vận động các tổ chức quốc tế, tổ chức phi chính phủ hỗ trợ nguồn lực thực "
                   "hiện các dự án vì trẻ em trên địa bàn tỉnh.",
         "Sở Ngoại vụ", "Sở Y tế; Sở Tài chính", "Giai đoạn 2026-2030"),
    ],
}

N02 = {
    "issuer": ["ỦY BAN NHÂN DÂN", "HUYỆN MỘC CHÂU"],
    "number": "Số: 245/KH-UBND",
    "place_date": "Mộc Châu, ngày 15 tháng 5 năm 2025",
    "body": [
        ("title", "KẾ HOẠCH"),
        ("sub", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn "
                "huyện Mộc Châu"),
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
              "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Thực hiện Kế hoạch số 71/KH-UBND ngày 28/3/2025 của UBND tỉnh Sơn La triển khai "
              "thực hiện Quyết định số 27/QĐ-TTg trên địa bàn tỉnh Sơn La;"),
        ("p", "UBND huyện Mộc Châu ban hành Kế hoạch thực hiện, cụ thể như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "- Triển khai đầy đủ các nhiệm vụ UBND tỉnh giao cho cấp huyện, phù hợp với đặc "
              "điểm của huyện vùng cao có nhiều đồng bào dân tộc thiểu số và có khu du lịch quốc "
              "gia."),
        ("p", "- Xác định rõ trách nhiệm của các cơ quan, đơn vị và UBND các xã, thị trấn; bảo "
              "đảm các nhiệm vụ có sản phẩm cụ thể, dễ kiểm tra, đánh giá."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, phù hợp với "
              "phong tục, tập quán của đồng bào các dân tộc trên địa bàn huyện."),
        ("p", "2. Nâng cao năng lực cho đội ngũ làm công tác trẻ em cấp huyện, cấp xã; củng cố "
              "hoạt động phối hợp liên ngành."),
        ("p", "3. Phát triển các dịch vụ bảo vệ, chăm sóc trẻ em; phòng, chống tai nạn thương "
              "tích, đuối nước, xâm hại trẻ em, nhất là tại các khu, điểm du lịch."),
        ("p", "4. Kiểm tra, giám sát việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ "
              "em."),
        ("p", "5. Bố trí kinh phí, huy động nguồn lực xã hội thực hiện Kế hoạch."),
        ("p", "Nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành và sản "
              "phẩm tại Phụ lục kèm theo."),
        ("h", "III. KINH PHÍ"),
        ("p", "Kinh phí thực hiện được bố trí trong dự toán ngân sách huyện, ngân sách xã hằng "
              "năm theo phân cấp; lồng ghép trong Chương trình mục tiêu quốc gia phát triển kinh "
              "tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Y tế: Là cơ quan thường trực, giúp UBND huyện hướng dẫn, theo dõi, đôn "
              "đốc các cơ quan, đơn vị, UBND các xã, thị trấn thực hiện Kế hoạch; tổng hợp, báo "
              "cáo UBND huyện, Sở Y tế tỉnh Sơn La theo quy định."),
        ("p", "2. Các cơ quan, đơn vị và UBND các xã, thị trấn: Căn cứ nhiệm vụ được giao, chủ "
              "động tổ chức thực hiện; báo cáo kết quả thực hiện về UBND huyện (qua Phòng Y tế) "
              "trước ngày 05/6 (báo cáo 6 tháng) và trước ngày 05/12 (báo cáo năm)."),
        ("p", "3. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện "
              "phối hợp tuyên truyền, vận động và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trên đây là Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp "
              "quốc trên địa bàn huyện Mộc Chầu. Yêu cầu các cơ quan, đơn vị, UBND các xã, thị "
              "trấn nghiêm túc triển khai thực hiện./."),
    ],
    "recipients": ["Sở Y tế tỉnh Sơn La;", "TT Huyện ủy; TT HĐND huyện;",
                   "Chủ tịch, các PCT UBND huyện;", "Các cơ quan, đơn vị huyện;",
                   "UBND các xã, thị trấn;", "Lưu: VT."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer": "Đinh Thị Vân",
    "appendix_title": ["PHỤ LỤC",
                       "NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM CỦA LIÊN HỢP "
                       "QUỐC TRÊN ĐỊA BÀN HUYỆN MỘC CHÂU"],
    "appendix_note": "(Kèm theo Kế hoạch số 245/KH-UBND ngày 15/5/2025 của UBND huyện Mộc Châu)",
    "columns": ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Sản phẩm",
                "Thời gian hoàn thành"],
    # rows below are written (task, lead, cooperating, timeframe, product);
    # the table shows them in this order:
    "order": [0, 1, 2, 4, 3],
    "rows": [
        ("G", "I", "Truyền thông, giáo dục, vận động xã hội"),
        ("R", "1", "Tuyên truyền Luật Trẻ em, Quyết định số 27/QĐ-TTg trên Trang thông tin điện "
                   "tử huyện và hệ thống truyền thanh cơ sở bằng tiếng phổ thông, tiếng Thái, "
                   "tiếng Mông.",
         "Phòng Văn hóa, Khoa học và Thông tin",
         "Trung tâm Truyền thông và Văn hóa huyện; UBND các xã, thị trấn", "Thường xuyên",
         "Tin, bài, chuyên mục phát thanh"),
        ("R", "2", "Tổ chức các hoạt động hưởng ứng Tháng hành động vì trẻ em và Diễn đàn trẻ em "
                   "cấp huyện.",
         "Phòng Y tế", "Huyện đoàn; Phòng Giáo dục và Đào tạo; UBND các xã, thị trấn",
         "Tháng 5 - tháng 6 hằng năm", "Kế hoạch, báo cáo kết quả"),
        ("R", "3", "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống tại các bản vùng "
                   "cao.",
         "Phòng Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ huyện; UBND các xã", "2025 - 2026",
         "Buổi truyền thông tại bản"),
        ("G", "II", "Nâng cao năng lực, phối hợp liên ngành"),
        ("R", "1", "Tập huấn kỹ năng phát hiện, can thiệp, hỗ trợ trẻ em bị xâm hại cho công "
                   "chức văn hóa - xã hội cấp xã và cộng tác viên bảo vệ trẻ em thôn, bản.",
         "Phòng Y tế", "Công an huyện", "Quý III/2025", "02 lớp tập huấn"),
        ("R", "2", "Bồi dưỡng cán bộ quản lý, giáo viên về phòng, chống bạo lực học đường và "
                   "giáo dục hòa nhập cho học sinh khuyết tật.",
         "Phòng Giáo dục và Đào tạo", "", "Năm học 2025 - 2026", ""),
        ("R", "3", "Kiện toàn và duy trì hoạt động của Ban điều hành bảo vệ trẻ em cấp xã.",
         "UBND các xã, thị trấn", "Phòng Y tế", "Thường xuyên", "Quyết định kiện toàn"),
        ("G", "III", "Phát triển dịch vụ bảo vệ, chăm sóc trẻ em"),
        ("R", "1", "Rà soát, lập danh sách trẻ em có hoàn cảnh đặc biệt, trẻ em có nguy cơ rơi "
                   "vào hoàn cảnh đặc biệt để có biện pháp trợ giúp kịp thời.",
         "Phòng Y tế", "UBND các xã, thị trấn", "Trước ngày 30/9/2025", "Danh sách, báo cáo"),
        ("R", "2", "Nâng cao chất lượng khám, chữa bệnh cho trẻ em; tiêm chủng đầy đủ; phòng, "
                   "chống suy dinh dưỡng thấp còi.",
         "Trung tâm Y tế huyện", "Phòng Y tế; UBND các xã, thị trấn", "Hằng năm",
         "Báo cáo chuyên đề"),
        ("R", "3", "Phòng, chống đuối nước; tổ chức dạy bơi an toàn cho trẻ em trong dịp hè; bảo "
                   "đảm an toàn cho trẻ em tại các khu, điểm du lịch trên cao nguyên.",
         "Phòng Văn hóa, Khoa học và Thông tin; Phòng Giáo dục và Đào tạo", "Huyện đoàn",
         "Tháng 5 - tháng 8 hằng năm", "Lớp dạy bơi"),
        ("R", "4", "Điều tra, xử lý nghiêm các vụ việc xâm hại, mua bán trẻ em; bảo đảm điều tra, "
                   "lấy lời khai thân thiện với trẻ em.",
         "Công an huyện", "Viện Kiểm sát nhân dân huyện; Tòa án nhân dân huyện", "Thường xuyên",
         ""),
        ("G", "IV", "Kiểm tra, giám sát; cơ sở dữ liệu về trẻ em"),
        ("R", "1", "Kiểm tra việc thực hiện chế độ, chính sách đối với trẻ em tại các xã, thị "
                   "trấn.",
         "Phòng Y tế", "Phòng Tài chính - Kế hoạch; Phòng Tư pháp", "Quý IV hằng năm",
         "Báo cáo kiểm tra"),
        ("R", "2", "Cập nhật, số hóa thông tin trẻ em trên phần mềm quản lý cơ sở dữ liệu về trẻ "
                   "em.",
         "UBND các xã, thị trấn", "Phòng Y tế; Công an huyện", "Trước ngày 15/12/2025",
         "Dữ liệu được cập nhật"),
        ("G", "V", "Kinh phí, huy động nguồn lực"),
        ("R", "", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách huyện hằng "
                  "năm; vận động các doanh nghiệp du lịch ủng hộ Quỹ Bảo trợ trẻ em huyện.",
         "Phòng Tài chính - Kế hoạch", "Phòng Y tế", "Hằng năm", "Dự toán được giao"),
    ],
}

N03 = {
    "issuer": ["ỦY BAN NHÂN DÂN", "PHƯỜNG BÃI CHÁY"],
    "number": "Số: 58/KH-UBND",
    "place_date": "Bãi Cháy, ngày 12 tháng 9 năm 2025",
    "body": [
        ("title", "KẾ HOẠCH"),
        ("sub", "Triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc "
                "trên địa bàn phường Bãi Cháy giai đoạn 2025 - 2030"),
        ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
              "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Căn cứ Kế hoạch số 102/KH-UBND ngày 17/4/2025 của UBND tỉnh Quảng Ninh về triển "
              "khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ;"),
        ("p", "Ủy ban nhân dân phường Bãi Cháy ban hành Kế hoạch triển khai thực hiện như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Tiếp nhận và tổ chức thực hiện các nhiệm vụ về trẻ em của cấp huyện trước đây "
              "chuyển về phường sau khi thực hiện chính quyền địa phương hai cấp, không để gián "
              "đoạn."),
        ("p", "2. Bảo đảm trẻ em trên địa bàn phường, nhất là trẻ em tại các khu du lịch, khu "
              "lưu trú, được bảo vệ, chăm sóc và giáo dục an toàn."),
        ("h", "II. NHIỆM VỤ TRỌNG TÂM"),
        ("p", "1. Tăng cường truyền thông, giáo dục, vận động xã hội về quyền trẻ em đến từng "
              "khu phố, hộ gia đình và các cơ sở kinh doanh du lịch trên địa bàn."),
        ("p", "2. Kiện toàn tổ chức, nâng cao năng lực đội ngũ làm công tác trẻ em của phường; "
              "phối hợp liên ngành và duy trì các mô hình bảo vệ trẻ em tại cộng đồng."),
        ("p", "3. Bảo đảm các dịch vụ bảo vệ, chăm sóc sức khỏe, an ninh, an toàn cho trẻ em."),
        ("p", "4. Kiểm tra việc thực hiện quyền trẻ em; cập nhật cơ sở dữ liệu về trẻ em."),
        ("p", "Phân công nhiệm vụ cụ thể tại Phụ lục kèm theo."),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện từ ngân sách phường được giao hằng năm, nguồn hỗ trợ của ngân "
              "sách tỉnh (nếu có) và nguồn vận động xã hội hóa theo quy định."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Phòng Văn hóa - Xã hội: Chủ trì, phối hợp với các cơ quan, đơn vị, các khu phố "
              "triển khai thực hiện Kế hoạch; tham mưu UBND phường tổng hợp, báo cáo UBND tỉnh "
              "(qua Sở Y tế) định kỳ 6 tháng trước ngày 05/6 và hằng năm trước ngày 05/12."),
        ("p", "2. Văn phòng HĐND và UBND phường: Theo dõi, đôn đốc việc thực hiện các nhiệm vụ "
              "được giao; bảo đảm điều kiện cho hoạt động của các khu phố."),
        ("p", "3. Các cơ quan, đơn vị trên địa bàn phường: Căn cứ nhiệm vụ được giao tổ chức thực "
              "hiện và gửi báo cáo về Phòng Văn hóa - Xã hội để tổng hợp."),
        ("p", "4. Đề nghị Ủy ban MTTQ Việt Nam phường và các tổ chức chính trị - xã hội phường "
              "phối hợp thực hiện và giám sát việc thực hiện Kế hoạch."),
        ("p", "Trên đây là Kế hoạch triển khai thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
              "của Liên hợp quốc trên địa bàn phường Bãi Cháy giai đoạn 2025 - 2030./."),
    ],
    "recipients": ["UBND tỉnh (b/c);", "Sở Y tế tỉnh;", "TT Đảng ủy phường;",
                   "TT HĐND phường;", "CT, các PCT UBND phường;",
                   "Các cơ quan, đơn vị trên địa bàn phường;", "Lưu: VT, VHXH."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"],
    "signer": "Trần Văn Lâm",
    "appendix_title": ["PHỤ LỤC",
                       "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KHUYẾN NGHỊ CỦA ỦY BAN VỀ QUYỀN TRẺ EM "
                       "CỦA LIÊN HỢP QUỐC TRÊN ĐỊA BÀN PHƯỜNG BÃI CHÁY"],
    "appendix_note": "(Kèm theo Kế hoạch số 58/KH-UBND ngày 12/9/2025 của UBND phường Bãi Cháy)",
    "columns": ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp"],
    "rows": [
        ("G", "I", "Truyền thông, giáo dục, vận động xã hội"),
        ("R", "1", "Tuyên truyền Luật Trẻ em, các quy định về phòng, chống xâm hại trẻ em trên "
                   "hệ thống loa truyền thanh, trang thông tin điện tử của phường và nhóm Zalo "
                   "của các khu phố; lồng ghép nội dung tuyên truyền trong các buổi họp khu phố, "
                   "sinh hoạt chi hội, sinh hoạt tập thể của các trường học và các hoạt động "
                   "văn hóa, thể thao cộng đồng trên địa bàn phường.",
         "Phòng Văn hóa - Xã hội",
         "Ủy ban MTTQ Việt Nam phường; Đoàn Thanh niên phường; Ban điều hành các khu phố"),
        ("R", "2", "Truyền thông về an toàn cho trẻ em khi tham gia các hoạt động du lịch biển, "
                   "vui chơi tại bãi tắm, khu vui chơi giải trí; hướng dẫn các cơ sở lưu trú "
                   "thông báo tạm trú đối với trẻ em đi cùng người không phải cha mẹ.",
         "Phòng Văn hóa - Xã hội", "Công an phường; các cơ sở kinh doanh du lịch trên địa bàn"),
        ("R", "3", "Vận động các gia đình đăng ký khai sinh đúng hạn cho trẻ em.",
         "Văn phòng HĐND và UBND phường", "Trạm Y tế phường; Công an phường"),
        ("G", "II", "Nâng cao năng lực, phối hợp liên ngành"),
        ("R", "1", "Kiện toàn Ban điều hành công tác bảo vệ trẻ em phường sau sắp xếp; phân công "
                   "công chức phụ trách công tác trẻ em.",
         "Phòng Văn hóa - Xã hội", "Văn phòng HĐND và UBND phường"),
        ("R", "2", "Xây dựng mô hình \u201cTrường học an toàn, thân thiện, phòng, chống bạo lực "
                   "học đường\u201d.",
         "Các trường Mầm non, Tiểu học, Trung học cơ sở trên địa bàn phường",
         "Phòng Văn hóa - Xã hội; Ban đại diện cha mẹ học sinh các trường"),
        ("R", "3", "Duy trì mô hình \u201cNgôi nhà an toàn\u201d hỗ trợ phụ nữ, trẻ em bị bạo lực "
                   "tại cộng đồng; xây dựng, công khai danh sách địa chỉ tin cậy tại các khu phố "
                   "để người dân, trẻ em biết, liên hệ khi cần.",
         "Hội Liên hiệp Phụ nữ phường", "Công an phường; Phòng Văn hóa - Xã hội"),
        ("G", "III", "Dịch vụ bảo vệ, chăm sóc trẻ em"),
        ("R", "1", "Rà soát, hỗ trợ kịp thời trẻ em có hoàn cảnh đặc biệt; kết nối với Tổng đài "
                   "điện thoại quốc gia bảo vệ trẻ em 111 và các cơ sở trợ giúp xã hội của tỉnh "
                   "để tiếp nhận, chuyển gửi các trường hợp trẻ em cần được bảo vệ khẩn cấp; "
                   "theo dõi, quản lý trường hợp đối với trẻ em bị xâm hại, bạo lực, bóc lột, "
                   "bỏ rơi trên địa bàn phường.",
         "Phòng Văn hóa - Xã hội", "Trạm Y tế phường; Công an phường"),
        ("R", "2", "Theo dõi sức khỏe, tiêm chủng mở rộng, phòng, chống suy dinh dưỡng cho trẻ em "
                   "dưới 5 tuổi.",
         "Trạm Y tế phường", ""),
        ("R", "3", "Bảo đảm an ninh, trật tự, phòng ngừa tội phạm xâm hại trẻ em, nhất là tại "
                   "các khu vui chơi, cơ sở lưu trú du lịch.",
         "Công an phường",
         "Phòng Kinh tế, Hạ tầng và Đô thị; Phòng Văn hóa - Xã hội"),
        ("G", "IV", "Kiểm tra; cơ sở dữ liệu về trẻ em"),
        ("R", "1", "Cập nhật thông tin trẻ em vào cơ sở dữ liệu về trẻ em, liên thông với cơ sở "
                   "dữ liệu quốc gia về dân cư.",
         "Phòng Văn hóa - Xã hội", "Công an phường"),
        ("R", "2", "Kiểm tra việc thực hiện quyền trẻ em tại các cơ sở giáo dục mầm non ngoài "
                   "công lập, nhóm trẻ độc lập.",
         "Phòng Văn hóa - Xã hội", "Trạm Y tế phường; Phòng Kinh tế, Hạ tầng và Đô thị"),
    ],
}

N11 = {
    "issuer": ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"],
    "number": "Số: 2764/KH-UBND",
    "place_date": "Bắc Ninh, ngày 18 tháng 9 năm 2025",
    "body": [
        ("title", "KẾ HOẠCH"),
        ("sub", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                "của Liên hợp quốc trên địa bàn tỉnh Bắc Ninh"),
        ("p", "Căn cứ Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
              "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc;"),
        ("p", "Căn cứ Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp "
              "đơn vị hành chính cấp tỉnh;"),
        ("p", "Theo đề nghị của Sở Y tế, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực "
              "hiện trên địa bàn tỉnh Bắc Ninh (sau sắp xếp) như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Thống nhất việc triển khai các Khuyến nghị của Ủy ban về quyền trẻ em của Liên "
              "hợp quốc trên địa bàn tỉnh sau khi hợp nhất tỉnh Bắc Ninh và tỉnh Bắc Giang; kế "
              "thừa kết quả thực hiện Kế hoạch số 46/KH-UBND ngày 27/02/2025 của UBND tỉnh Bắc "
              "Giang và Kế hoạch số 58/KH-UBND ngày 10/3/2025 của UBND tỉnh Bắc Ninh (trước sắp "
              "xếp)."),
        ("p", "2. Xác định rõ trách nhiệm của các sở, ban, ngành và UBND các xã, phường; chú "
              "trọng trẻ em là con công nhân tại các khu công nghiệp và trẻ em vùng đồng bào dân "
              "tộc thiểu số."),
        ("h", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        ("p", "1. Rà soát, thống nhất cơ chế, chính sách về trẻ em của tỉnh sau hợp nhất."),
        ("p", "2. Đẩy mạnh truyền thông, giáo dục, vận động xã hội về quyền trẻ em, chú trọng "
              "công nhân, người lao động tại các khu công nghiệp."),
        ("p", "3. Nâng cao năng lực cho đội ngũ làm công tác trẻ em cấp tỉnh, cấp xã; phát triển "
              "mô hình chăm sóc trẻ em là con công nhân."),
        ("p", "4. Phát triển hệ thống dịch vụ bảo đảm thực hiện quyền trẻ em và giải quyết các vấn "
              "đề về trẻ em."),
        ("p", "5. Kiểm tra, thanh tra; hợp nhất và nâng cao chất lượng cơ sở dữ liệu về trẻ em."),
        ("p", "6. Bố trí kinh phí thực hiện Kế hoạch."),
        ("p", "(Nhiệm vụ cụ thể tại Phụ lục kèm theo)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách hằng năm của các "
              "cơ quan, đơn vị, địa phương theo phân cấp hiện hành; lồng ghép các chương trình, "
              "đề án có liên quan và huy động các nguồn hợp pháp khác."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Sở Y tế: Là cơ quan đầu mối, chủ trì, phối hợp với các sở, ban, ngành, UBND các "
              "xã, phường hướng dẫn, kiểm tra, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo "
              "UBND tỉnh, Bộ Y tế theo quy định."),
        ("p", "2. Các sở, ban, ngành tỉnh; UBND các xã, phường: Căn cứ nhiệm vụ được giao, xây "
              "dựng kế hoạch và tổ chức thực hiện; gửi báo cáo 6 tháng trước ngày 20/6 và báo cáo "
              "năm trước ngày 05/12 về Sở Y tế để tổng hợp."),
        ("p", "3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Liên đoàn Lao động tỉnh và các tổ chức chính "
              "trị - xã hội tỉnh phối hợp tuyên truyền, vận động và giám sát việc thực hiện."),
        ("p", "Kế hoạch này thay thế Kế hoạch số 46/KH-UBND ngày 27/02/2025 của UBND tỉnh Bắc "
              "Giang và Kế hoạch số 58/KH-UBND ngày 10/3/2025 của UBND tỉnh Bắc Ninh (trước sắp "
              "xếp). Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, "
              "địa phương phản ánh về Sở Y tế để tổng hợp, báo cáo UBND tỉnh xem xét./."),
    ],
    "recipients": ["Bộ Y tế (b/c);", "TT Tỉnh ủy, TT HĐND tỉnh;", "CT, các PCT UBND tỉnh;",
                   "UBMTTQ Việt Nam tỉnh;", "Các sở, ban, ngành tỉnh;", "UBND các xã, phường;",
                   "Lưu: VT, KGVX."],
    "sign": ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"],
    "signer": "Nguyễn Thị Minh Nguyệt",
    "appendix_title": ["PHỤ LỤC",
                       "NHIỆM VỤ TRIỂN KHAI QUYẾT ĐỊNH SỐ 27/QĐ-TTg TRÊN ĐỊA BÀN TỈNH BẮC NINH"],
    "appendix_note": "(Kèm theo Kế hoạch số 2764/KH-UBND ngày 18/9/2025 của UBND tỉnh Bắc Ninh)",
    "columns": ["STT", "Nhiệm vụ cụ thể", "Chủ trì", "Phối hợp", "Thời gian"],
    "rows": [
        ("G", "I", "Rà soát, thống nhất cơ chế, chính sách"),
        ("R", "1", "Rà soát, thống nhất các chính sách hỗ trợ trẻ em của tỉnh Bắc Ninh và tỉnh "
                   "Bắc Giang (trước hợp nhất), tham mưu ban hành chính sách áp dụng chung.",
         "Sở Y tế", "Sở Tư pháp; Sở Tài chính", "Quý IV/2025"),
        ("G", "II", "Truyền thông, giáo dục, vận động xã hội"),
        ("R", "1", "Tuyên truyền Luật Trẻ em, Công ước của Liên hợp quốc về quyền trẻ em trên Báo "
                   "và Phát thanh, Truyền hình Bắc Ninh, cổng thông tin điện tử của tỉnh và các "
                   "xã, phường.",
         "Sở Văn hóa, Thể thao và Du lịch",
         "Báo và Phát thanh, Truyền hình Bắc Ninh; UBND các xã, phường", "Thường xuyên"),
        ("R", "2", "Truyền thông về chăm sóc, bảo vệ trẻ em cho công nhân, người lao động tại các "
                   "khu công nghiệp.",
         "Liên đoàn Lao động tỉnh", "Sở Y tế; Ban Quản lý các khu công nghiệp tỉnh", "Hằng năm"),
        ("G", "III", "Nâng cao năng lực; mô hình"),
        ("R", "1", "Tập huấn nghiệp vụ cho công chức Phòng Văn hóa - Xã hội các xã, phường về công "
                   "tác trẻ em sau sắp xếp.",
         "Sở Y tế", "UBND các xã, phường", "Quý IV/2025"),
        ("R", "2", "Phát triển nhóm trẻ, lớp mẫu giáo độc lập cho con công nhân tại các khu công "
                   "nghiệp; bồi dưỡng người chăm sóc trẻ.",
         "Sở Giáo dục và Đào tạo", "Liên đoàn Lao động tỉnh; Ban Quản lý các khu công nghiệp tỉnh",
         "2025 - 2030"),
        ("G", "IV", "Phát triển hệ thống dịch vụ"),
        ("R", "1", "Thực hiện chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em có hoàn "
                   "cảnh đặc biệt.",
         "Sở Y tế", "UBND các xã, phường", "Thường xuyên hằng năm"),
        ("R", "2", "Phòng, chống tai nạn thương tích, đuối nước trẻ em; tổ chức các hoạt động vui "
                   "chơi, giải trí an toàn dịp hè.",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo; Tỉnh đoàn",
         "Tháng 5 - tháng 8 hằng năm"),
        ("R", "3", "Giảm thiểu tình trạng tảo hôn trong vùng đồng bào dân tộc thiểu số tại các xã "
                   "miền núi phía đông của tỉnh.",
         "Sở Dân tộc và Tôn giáo", "Hội Liên hiệp Phụ nữ tỉnh", "2025 - 2030"),
        ("R", "4", "Điều tra, xử lý các vụ án xâm hại trẻ em bảo đảm thân thiện, kịp thời.",
         "Công an tỉnh", "Viện Kiểm sát nhân dân tỉnh; Tòa án nhân dân tỉnh", "Thường xuyên"),
        ("G", "V", "Kiểm tra, thanh tra; cơ sở dữ liệu"),
        ("R", "1", "Kiểm tra liên ngành việc thực hiện quyền trẻ em tại các xã, phường.",
         "Sở Y tế", "Các sở, ban, ngành liên quan", "Hằng năm"),
        ("R", "2", "Hợp nhất cơ sở dữ liệu về trẻ em của hai tỉnh trước sắp xếp, kết nối với cơ sở "
                   "dữ liệu quốc gia về dân cư.",
         "Sở Y tế; Công an tỉnh", "Sở Khoa học và Công nghệ", "Trước ngày 31/3/2026"),
        ("G", "VI", "Kinh phí thực hiện"),
        ("R", "", "Bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của các cơ "
                  "quan, đơn vị.",
         "Sở Tài chính", "Sở Y tế", "Hằng năm"),
    ],
}

N10 = {
    "issuer": ["BỘ CÔNG AN"],
    "number": "Số: 215/KH-BCA-V03",
    "place_date": "Hà Nội, ngày 02 tháng 4 năm 2025",
    "body": [
        ("title", "KẾ HOẠCH"),
        ("sub", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                "của Liên hợp quốc trong Công an nhân dân"),
        ("p", "Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành "
              "Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc (sau "
              "đây viết tắt là Quyết định số 27/QĐ-TTg), Bộ Công an ban hành Kế hoạch triển khai "
              "thực hiện trong Công an nhân dân như sau:"),
        ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
        ("p", "1. Quán triệt, triển khai đầy đủ các nhiệm vụ Thủ tướng Chính phủ giao Bộ Công an "
              "chủ trì hoặc phối hợp tại Quyết định số 27/QĐ-TTg; nâng cao nhận thức, trách nhiệm "
              "của cán bộ, chiến sĩ Công an nhân dân về bảo đảm quyền trẻ em."),
        ("p", "2. Phân công cụ thể đơn vị chủ trì, đơn vị phối hợp, thời gian hoàn thành; gắn "
              "việc thực hiện Kế hoạch với các chương trình, đề án về phòng, chống tội phạm và "
              "chuyển đổi số của Bộ Công an."),
        ("h", "II. NHIỆM VỤ, GIẢI PHÁP"),
        ("p", "1. Nghiên cứu, đề xuất hoàn thiện pháp luật về phòng, chống tội phạm xâm hại trẻ "
              "em, tư pháp thân thiện với trẻ em thuộc phạm vi quản lý của Bộ Công an."),
        ("p", "2. Tăng cường công tác tuyên truyền, phổ biến, giáo dục pháp luật về quyền trẻ em, "
              "phòng ngừa tội phạm và vi phạm pháp luật liên quan đến trẻ em."),
        ("p", "3. Nâng cao năng lực cho cán bộ, chiến sĩ Công an nhân dân làm công tác điều tra, "
              "xử lý các vụ việc liên quan đến trẻ em."),
        ("p", "4. Bảo vệ trẻ em, phòng ngừa, đấu tranh với tội phạm xâm hại trẻ em; bảo đảm các "
              "quyền dân sự của trẻ em."),
        ("p", "5. Kiểm tra, đôn đốc việc thực hiện; chia sẻ dữ liệu về trẻ em; tổng hợp, báo cáo."),
        ("p", "(Phân công cụ thể tại Phụ lục kèm theo Kế hoạch này)"),
        ("h", "III. KINH PHÍ THỰC HIỆN"),
        ("p", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn ngân sách nhà nước giao cho Bộ "
              "Công an trong dự toán hằng năm của các đơn vị và các nguồn hợp pháp khác theo quy "
              "định."),
        ("h", "IV. TỔ CHỨC THỰC HIỆN"),
        ("p", "1. Cục Pháp chế và cải cách hành chính, tư pháp: Là đơn vị đầu mối, giúp Bộ trưởng "
              "theo dõi, đôn đốc, hướng dẫn việc triển khai Kế hoạch; tổng hợp kết quả thực hiện "
              "của Công an các đơn vị, địa phương, báo cáo lãnh đạo Bộ và gửi Bộ Y tế theo quy "
              "định."),
        ("p", "2. Thủ trưởng các đơn vị thuộc cơ quan Bộ, Giám đốc Công an các tỉnh, thành phố "
              "trực thuộc trung ương: Căn cứ nhiệm vụ được phân công, xây dựng kế hoạch cụ thể để "
              "tổ chức thực hiện; định kỳ hằng năm (trước ngày 30/11) gửi báo cáo kết quả về Bộ "
              "(qua Cục Pháp chế và cải cách hành chính, tư pháp)."),
        ("p", "3. Cục Kế hoạch và tài chính: Bảo đảm kinh phí thực hiện Kế hoạch theo quy định."),
        ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị, địa phương báo "
              "cáo về Bộ (qua Cục Pháp chế và cải cách hành chính, tư pháp) để được hướng dẫn./."),
    ],
    "recipients": ["Đồng chí Bộ trưởng (để báo cáo);", "Các đồng chí Thứ trưởng;",
                   "Bộ Y tế (Cục Bà mẹ và Trẻ em);", "Các đơn vị thuộc cơ quan Bộ;",
                   "Công an các tỉnh, thành phố trực thuộc trung ương;", "Lưu: VT, V03."],
    "sign": ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG"],
    "signer": "Thượng tướng Vũ Hồng Quang",
    "appendix_title": ["PHỤ LỤC",
                       "PHÂN CÔNG NHIỆM VỤ TRIỂN KHAI QUYẾT ĐỊNH SỐ 27/QĐ-TTg TRONG CÔNG AN NHÂN DÂN"],
    "appendix_note": "(Kèm theo Kế hoạch số 215/KH-BCA-V03 ngày 02/4/2025 của Bộ Công an)",
    "columns": ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    "rows": [
        ("G", "A", "HOÀN THIỆN PHÁP LUẬT, CHÍNH SÁCH"),
        ("R", "1", "Nghiên cứu, đề xuất sửa đổi, bổ sung quy định của Bộ luật Hình sự về các tội "
                   "xâm hại tình dục người dưới 16 tuổi, mua bán người dưới 16 tuổi.",
         "Cục Pháp chế và cải cách hành chính, tư pháp",
         "Cục Cảnh sát hình sự; Học viện Cảnh sát nhân dân", "Năm 2026"),
        ("R", "2", "Xây dựng Thông tư quy định quy trình lấy lời khai, đối chất, nhận dạng thân "
                   "thiện đối với người dưới 18 tuổi.",
         "Cục Cảnh sát hình sự",
         "Cục Pháp chế và cải cách hành chính, tư pháp; Viện kiểm sát nhân dân tối cao",
         "Quý IV/2025"),
        ("G", "B", "TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT"),
        ("R", "1", "Xây dựng chuyên trang, chuyên mục tuyên truyền phòng, chống xâm hại trẻ em, "
                   "mua bán trẻ em trên các phương tiện truyền thông của Công an nhân dân.",
         "Cục Truyền thông Công an nhân dân",
         "Báo Công an nhân dân; Truyền hình Công an nhân dân", "Thường xuyên"),
        ("R", "2", "Phối hợp tuyên truyền kỹ năng phòng ngừa xâm hại, lừa đảo trên không gian "
                   "mạng cho học sinh trong các cơ sở giáo dục.",
         "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
         "Bộ Giáo dục và Đào tạo; Công an các tỉnh, thành phố trực thuộc trung ương",
         "Năm học 2025 - 2026"),
        ("G", "C", "NÂNG CAO NĂNG LỰC"),
        ("R", "1", "Tập huấn kỹ năng điều tra, lấy lời khai thân thiện với trẻ em cho điều tra "
                   "viên, cán bộ trinh sát.",
         "Cục Cảnh sát hình sự; Cục Đào tạo", "Học viện Cảnh sát nhân dân", "Hằng năm"),
        ("R", "2", "Đưa nội dung quyền trẻ em, tư pháp thân thiện với trẻ em vào chương trình đào "
                   "tạo, bồi dưỡng tại các học viện, trường Công an nhân dân.",
         "Cục Đào tạo", "Các học viện, trường Công an nhân dân", "Năm học 2025 - 2026"),
        ("R", "3", "Nâng cao năng lực phát hiện, điều tra tội phạm xâm hại trẻ em trên không gian "
                   "mạng; phối hợp quốc tế gỡ bỏ nội dung xâm hại tình dục trẻ em.",
         "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
         "Cục Hợp tác quốc tế; Công an các tỉnh, thành phố trực thuộc trung ương", "2025 - 2030"),
        ("G", "D", "BẢO VỆ TRẺ EM, BẢO ĐẢM CÁC QUYỀN DÂN SỰ CỦA TRẺ EM"),
        ("R", "1", "Bảo đảm trẻ em được đăng ký thường trú, cấp số định danh cá nhân ngay sau khi "
                   "đăng ký khai sinh; phối hợp giải quyết tình trạng trẻ em không có quốc tịch.",
         "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
         "Cục Quản lý xuất nhập cảnh; Bộ Tư pháp", "Thường xuyên"),
        ("R", "2", "Bảo đảm chế độ đối với phạm nhân nữ có thai hoặc nuôi con dưới 36 tháng tuổi "
                   "và trẻ em ở cùng mẹ trong trại giam, trại tạm giam.",
         "Cục Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng", "Bộ Y tế",
         "Thường xuyên"),
        ("R", "3", "Phòng ngừa, đấu tranh với tội phạm mua bán trẻ em, xâm hại tình dục trẻ em; "
                   "tiếp nhận, xác minh, xử lý thông tin từ Tổng đài điện thoại quốc gia bảo vệ "
                   "trẻ em 111.",
         "Cục Cảnh sát hình sự", "Bộ Y tế; Bộ Tư lệnh Bộ đội Biên phòng", "Thường xuyên"),
        ("R", "4", "Phòng, chống ma túy trong học sinh, sinh viên và thanh thiếu niên.",
         "Cục Cảnh sát điều tra tội phạm về ma túy", "", "2025 - 2030"),
        ("G", "E", "KIỂM TRA, CHIA SẺ DỮ LIỆU VÀ BÁO CÁO"),
        ("R", "1", "Kết nối, chia sẻ dữ liệu về trẻ em giữa Cơ sở dữ liệu quốc gia về dân cư với "
                   "cơ sở dữ liệu về trẻ em do Bộ Y tế quản lý.",
         "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Bộ Y tế", "Trước ngày 31/12/2025"),
        ("R", "2", "Kiểm tra việc thực hiện Kế hoạch tại Công an một số đơn vị, địa phương.",
         "Cục Pháp chế và cải cách hành chính, tư pháp", "Thanh tra Bộ", "Năm 2027"),
        ("R", "3", "Tổng hợp kết quả thực hiện phục vụ xây dựng báo cáo quốc gia định kỳ lần thứ 7 "
                   "về thực hiện Công ước của Liên hợp quốc về quyền trẻ em.",
         "Cục Pháp chế và cải cách hành chính, tư pháp", "Các đơn vị thuộc cơ quan Bộ",
         "Theo đề nghị của Bộ Y tế"),
    ],
}

# Task sheets (L10) --------------------------------------------------------

N12_PLAN = [
    ("Số", "96/KH-UBND"),
    ("Ngày", "14/08/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa "
                  "bàn xã Mường Nhé năm 2025 - 2026"),
    ("Cơ quan ban hành", "Ủy ban nhân dân xã Mường Nhé"),
    ("Cấp", "xã"),
    ("Địa bàn", "Mường Nhé"),
    ("Thuộc tỉnh", "Điện Biên"),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Căn cứ", "Kế hoạch số 1187/KH-UBND ngày 24/3/2025 của UBND tỉnh Điện Biên"),
    ("Triển khai", "Kế hoạch số 1187/KH-UBND ngày 24/3/2025 của UBND tỉnh Điện Biên"),
    ("Người ký", "Vàng A Chư"),
    ("Chức vụ người ký", "Chủ tịch UBND xã"),
    ("Cơ quan đầu mối", "Phòng Văn hóa - Xã hội"),
    ("Người nhập", "Lò Thị Hoa (Phòng VH-XH)"),
]

N12_TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                   "Thời gian thực hiện", "Ghi chú"]
N12_TASKS = [
    ["I", "Truyền thông, vận động xã hội", "", "", "", ""],
    ["1", "Tuyên truyền quyền trẻ em bằng tiếng Mông, tiếng Thái, tiếng Hà Nhì trên loa "
          "truyền thanh các bản.",
     "Phòng Văn hóa - Xã hội", "Các trường học trên địa bàn xã; Đồn Biên phòng Mường Nhé",
     "Thường xuyên", ""],
    ["2", "Vận động các gia đình đăng ký khai sinh đúng hạn cho trẻ em.",
     "Văn phòng HĐND và UBND xã", "Công an xã; Trạm Y tế xã", "Hằng năm", ""],
    ["II", "Kiện toàn tổ chức, nâng cao năng lực", "", "", "", ""],
    ["1", "Kiện toàn, phân công công chức phụ trách công tác trẻ em sau sắp xếp.",
     "Văn phòng HĐND và UBND xã", "Phòng Văn hóa - Xã hội", "Quý III/2025", ""],
    ["2", "Tập huấn kỹ năng bảo vệ trẻ em cho trưởng bản, cộng tác viên.",
     "Phòng Văn hóa - Xã hội", "", "Quý IV/2025", "Đề nghị Sở Y tế hỗ trợ giảng viên"],
    ["III", "Bảo vệ, chăm sóc trẻ em", "", "", "", ""],
    ["1", "Phòng, chống tảo hôn, hôn nhân cận huyết thống.",
     "Phòng Văn hóa - Xã hội", "Hội Liên hiệp Phụ nữ xã; Đồn Biên phòng Mường Nhé",
     "2025 - 2030", ""],
    ["2", "Khám sức khỏe, tiêm chủng, phòng, chống suy dinh dưỡng cho trẻ em dưới 5 tuổi.",
     "Trạm Y tế xã", "Các trường mầm non trên địa bàn xã", "Hằng năm", ""],
    ["3", "Duy trì sĩ số, vận động học sinh bỏ học trở lại trường; tổ chức tốt bữa ăn bán trú.",
     "Các trường học trên địa bàn xã", "Phòng Văn hóa - Xã hội", "Năm học 2025 - 2026", ""],
    ["4", "Phòng, chống mua bán người qua biên giới.",
     "Công an xã; Đồn Biên phòng Mường Nhé", "Phòng Văn hóa - Xã hội", "Thường xuyên", ""],
    ["IV", "Cơ sở dữ liệu, kinh phí", "", "", "", ""],
    ["1", "Cập nhật thông tin trẻ em vào cơ sở dữ liệu về trẻ em.",
     "Phòng Văn hóa - Xã hội", "Công an xã", "Trước ngày 15/12/2025", ""],
    ["2", "Bố trí kinh phí thực hiện Kế hoạch.",
     "Phòng Kinh tế", "Phòng Văn hóa - Xã hội", "Hằng năm", ""],
]

N13_PLAN = [
    ("Số", "71/KH-UBND"),
    ("Ngày", "28/03/2025"),
    ("Loại văn bản", "Kế hoạch"),
    ("Trích yếu", "Triển khai thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng "
                  "Chính phủ ban hành Kế hoạch thực hiện Khuyến nghị của Ủy ban về quyền trẻ em "
                  "của Liên hợp quốc trên địa bàn tỉnh Sơn La"),
    ("Cơ quan ban hành", "Ủy ban nhân dân tỉnh Sơn La"),
    ("Cấp", "tỉnh"),
    ("Địa bàn", "Sơn La"),
    ("Thuộc tỉnh", ""),
    ("Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Triển khai", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"),
    ("Người ký", "Quàng Văn Sơn"),
    ("Chức vụ người ký", "Phó Chủ tịch UBND tỉnh"),
    ("Cơ quan đầu mối", "Sở Y tế"),
]

N13_TASK_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
                   "Thời gian thực hiện"]
N13_TASKS = [
    ["I", "Rà soát, hoàn thiện chính sách", "", "", ""],
    ["1", "Rà soát, đề xuất sửa đổi, bổ sung chính sách hỗ trợ trẻ em dân tộc thiểu số, trẻ em "
          "có hoàn cảnh đặc biệt trên địa bàn tỉnh.",
     "Sở Y tế", "Sở Tư pháp; Sở Tài chính; Sở Dân tộc và Tôn giáo", "Năm 2025"],
    ["2", "Góp ý các dự thảo luật, nghị định liên quan đến trẻ em khi có đề nghị.",
     "Sở Tư pháp", "Các sở, ban, ngành liên quan", "Theo đề nghị của Bộ Tư pháp"],
    ["II", "Truyền thông, giáo dục, vận động xã hội", "", "", ""],
    ["1", "Tuyên truyền về quyền trẻ em trên Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh "
          "bằng tiếng phổ thông và tiếng dân tộc.",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo Sơn La; Đài Phát thanh và Truyền hình tỉnh",
     "Thường xuyên"],
    ["2", "Truyền thông phòng, chống tảo hôn, hôn nhân cận huyết thống.",
     "Sở Dân tộc và Tôn giáo", "Hội LHPN tỉnh; UBND các huyện, thành phố", "2025 - 2030"],
    ["3", "Tuyên truyền phòng, chống mua bán người, mua bán trẻ em ở khu vực biên giới.",
     "Công an tỉnh; Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "UBND các huyện có đường biên giới",
     "Hằng năm"],
    ["III", "Nâng cao năng lực", "", "", ""],
    ["1", "Tập huấn cho đội ngũ làm công tác trẻ em cấp huyện, cấp xã.",
     "Sở Y tế", "UBND các huyện, thành phố", "Quý III/2025"],
    ["2", "Bồi dưỡng giáo viên về giáo dục hòa nhập, tư vấn tâm lý học đường.",
     "Sở GDĐT", "Sở Y tế", "Năm học 2025 - 2026"],
    ["IV", "Phát triển hệ thống dịch vụ", "", "", ""],
    ["1", "Triển khai chính sách trợ giúp xã hội, chăm sóc thay thế cho trẻ em.",
     "Sở Y tế", "UBND các huyện, thành phố", "Thường xuyên hằng năm"],
    ["2", "Phòng, chống suy dinh dưỡng, tiêm chủng mở rộng cho trẻ em vùng cao.",
     "Sở Y tế", "", "Hằng năm"],
    ["3", "Phòng, chống xâm hại trẻ em trong hoạt động du lịch tại các khu du lịch trọng điểm.",
     "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh; UBND huyện Mộc Châu",
     "Tháng 5 - tháng 8 hằng năm"],
    ["4", "Phòng, chống tác động của thiên tai, lũ quét, sạt lở đất đối với trẻ em.",
     "Sở Nông nghiệp và Môi trường", "Bộ Chỉ huy Quân sự tỉnh", "Thường xuyên"],
    ["V", "Kiểm tra, giám sát", "", "", ""],
    ["1", "Kiểm tra, giám sát việc thực hiện quyền trẻ em tại các huyện, thành phố.",
     "Sở Y tế", "Các sở, ban, ngành liên quan", "Quý IV hằng năm"],
    ["VI", "Kinh phí", "", "", ""],
    ["", "Tham mưu bố trí kinh phí thực hiện Kế hoạch.", "Sở Tài chính", "Sở Y tế", "Hằng năm"],
]


# ---------------------------------------------------------------------------
# PDF building (reportlab)
# ---------------------------------------------------------------------------

def _styles(base_size=12.5, table_size=10):
    lead = base_size * 1.3
    return {
        "p": ParagraphStyle("p", fontName="Roboto", fontSize=base_size, leading=lead,
                            alignment=TA_JUSTIFY, firstLineIndent=1.0 * cm, spaceAfter=4),
        "h": ParagraphStyle("h", fontName="Roboto-Bold", fontSize=base_size, leading=lead,
                            alignment=TA_LEFT, firstLineIndent=1.0 * cm, spaceAfter=4,
                            spaceBefore=2),
        "title": ParagraphStyle("title", fontName="Roboto-Bold", fontSize=base_size + 1.5,
                                leading=lead + 2, alignment=TA_CENTER, spaceBefore=10),
        "sub": ParagraphStyle("sub", fontName="Roboto-Bold", fontSize=base_size, leading=lead,
                              alignment=TA_CENTER, spaceAfter=10, leftIndent=1.2 * cm,
                              rightIndent=1.2 * cm),
        "i": ParagraphStyle("i", fontName="Roboto-Italic", fontSize=base_size, leading=lead,
                            alignment=TA_CENTER, spaceAfter=8),
        "hdr_b": ParagraphStyle("hdr_b", fontName="Roboto-Bold", fontSize=base_size - 0.5,
                                leading=lead - 1, alignment=TA_CENTER),
        "hdr": ParagraphStyle("hdr", fontName="Roboto", fontSize=base_size - 0.5,
                              leading=lead - 1, alignment=TA_CENTER),
        "hdr_i": ParagraphStyle("hdr_i", fontName="Roboto-Italic", fontSize=base_size - 0.5,
                                leading=lead - 1, alignment=TA_CENTER),
        "small": ParagraphStyle("small", fontName="Roboto", fontSize=base_size - 2.5,
                                leading=(base_size - 2.5) * 1.25),
        "small_bi": ParagraphStyle("small_bi", fontName="Roboto-BoldItalic",
                                   fontSize=base_size - 1, leading=(base_size - 1) * 1.25),
        "cell": ParagraphStyle("cell", fontName="Roboto", fontSize=table_size,
                               leading=table_size * 1.25),
        "cell_c": ParagraphStyle("cell_c", fontName="Roboto", fontSize=table_size,
                                 leading=table_size * 1.25, alignment=TA_CENTER),
        "cell_b": ParagraphStyle("cell_b", fontName="Roboto-Bold", fontSize=table_size,
                                 leading=table_size * 1.25),
        "cell_bc": ParagraphStyle("cell_bc", fontName="Roboto-Bold", fontSize=table_size,
                                  leading=table_size * 1.25, alignment=TA_CENTER),
    }


def P(text, style):
    return Paragraph(escape(text), style)


def header_block(doc, st, width):
    left = [P(line, st["hdr_b"]) for line in doc["issuer"]]
    left.append(P("———", st["hdr"]))
    left.append(P(doc["number"], st["hdr"]))
    right = [P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", st["hdr_b"]),
             P("Độc lập - Tự do - Hạnh phúc", st["hdr_b"]),
             P("———————", st["hdr"]),
             P(doc["place_date"], st["hdr_i"])]
    t = Table([[left, right]], colWidths=[width * 0.40, width * 0.60])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def body_flowables(doc, st):
    out = []
    for kind, text in doc["body"]:
        out.append(P(text, st[kind]))
    return out


def signature_block(doc, st, width):
    left = [P("Nơi nhận:", st["small_bi"])] + [P("- " + r, st["small"]) for r in doc["recipients"]]
    right = [P(s, st["hdr_b"]) for s in doc["sign"]]
    right += [Spacer(1, 1.6 * cm), P(doc["signer"], st["hdr_b"])]
    t = Table([[left, right]], colWidths=[width * 0.5, width * 0.5])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return t


def appendix_table(doc, st, col_widths, group_span, grid, repeat_header, split_in_row=0):
    ncol = len(doc["columns"])
    data = [[P(c, st["cell_bc"]) for c in doc["columns"]]]
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3),
             ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:
        style.append(("BOX", (0, 0), (-1, -1), 0.5, colors.black))
        style.append(("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black))
        style.append(("INNERGRID", (0, 0), (-1, -1), 0.25, colors.grey))
    for row in doc["rows"]:
        r = len(data)
        if row[0] == "G":
            cells = [P(row[1], st["cell_bc"]), P(row[2], st["cell_b"])] + [""] * (ncol - 2)
            data.append(cells)
            if group_span:
                style.append(("SPAN", (1, r), (ncol - 1, r)))
        else:
            stt = row[1]
            vals = list(row[2:]) + [""] * (ncol - 1 - len(row[2:]))
            order = doc.get("order", list(range(ncol - 1)))
            vals = [vals[i] for i in order]
            cells = [P(stt, st["cell_c"])] + [P(x, st["cell"]) for x in vals]
            data.append(cells)
    t = Table(data, colWidths=col_widths, repeatRows=1 if repeat_header else 0,
              splitInRow=split_in_row)
    t.setStyle(TableStyle(style))
    return t


def build_pdf(doc, *, appendix_landscape=False, group_span=True, grid=False,
              repeat_header=True, page_numbers=None, col_fracs=None, split_in_row=0,
              table_size=10, base_size=12.5):
    """Return the bytes of a PDF for one plan.

    page_numbers: None | "top" (bare number at top centre from page 2) |
                  "trang" ("Trang n" centred in the footer of every page).
    """
    st = _styles(base_size=base_size, table_size=table_size)
    buf = io.BytesIO()
    pw, ph = A4
    lm, rm, tm, bm = 2.5 * cm, 1.5 * cm, 2.0 * cm, 2.0 * cm

    def on_page(canv, d):
        canv.saveState()
        n = canv.getPageNumber()
        w, h = canv._pagesize
        if page_numbers == "top" and n > 1:
            canv.setFont("Roboto", 11)
            canv.drawCentredString(w / 2, h - 1.2 * cm, str(n))
        elif page_numbers == "trang":
            canv.setFont("Roboto-Italic", 9)
            canv.drawCentredString(w / 2, 1.0 * cm, "Trang %d" % n)
        canv.restoreState()

    portrait_frame = Frame(lm, bm, pw - lm - rm, ph - tm - bm, id="p")
    lw, lh = landscape(A4)
    land_frame = Frame(2.0 * cm, 1.8 * cm, lw - 3.5 * cm, lh - 3.6 * cm, id="l")
    templates = [PageTemplate(id="portrait", frames=[portrait_frame], pagesize=A4,
                              onPage=on_page),
                 PageTemplate(id="landscape", frames=[land_frame], pagesize=landscape(A4),
                              onPage=on_page)]
    d = BaseDocTemplate(buf, pagesize=A4, pageTemplates=templates, title="", author="",
                        subject="", creator="", producer="", invariant=1)
    width = pw - lm - rm
    story = [header_block(doc, st, width), Spacer(1, 0.3 * cm)]
    story += body_flowables(doc, st)
    story.append(Spacer(1, 0.4 * cm))
    story.append(signature_block(doc, st, width))
    if appendix_landscape:
        story.append(NextPageTemplate("landscape"))
        table_width = lw - 3.5 * cm
    else:
        table_width = width
    story.append(PageBreak())
    story.append(P(doc["appendix_title"][0], st["title"]))
    for line in doc["appendix_title"][1:]:
        story.append(P(line, st["sub"]))
    story.append(P(doc["appendix_note"], st["i"]))
    col_widths = [table_width * f for f in col_fracs]
    story.append(appendix_table(doc, st, col_widths, group_span, grid, repeat_header,
                                split_in_row=split_in_row))
    d.build(story)
    return buf.getvalue()


def pdf_to_text(pdf_bytes):
    from pdfminer.high_level import extract_text
    return extract_text(io.BytesIO(pdf_bytes))


def write_text(name, text):
    with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# DOCX (python-docx)
# ---------------------------------------------------------------------------

def build_docx(doc, path):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    d = Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(13)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

    def para(text, bold=False, italic=False, align=None, indent=True, size=None):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if align is not None:
            p.alignment = align
        elif indent:
            p.paragraph_format.first_line_indent = Cm(1.0)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    # header as a borderless 2x2 table (what offices do in Word)
    ht = d.add_table(rows=2, cols=2)
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = ht.rows[0].cells
    cells[0].text = ""
    r = cells[0].paragraphs[0].add_run("\n".join(doc["issuer"]))
    r.bold = True
    cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = cells[1].paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                                       "Độc lập - Tự do - Hạnh phúc")
    r.bold = True
    cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    c2 = ht.rows[1].cells
    c2[0].paragraphs[0].add_run(doc["number"])
    c2[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = c2[1].paragraphs[0].add_run(doc["place_date"])
    r.italic = True
    c2[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    for kind, text in doc["body"]:
        if kind == "title":
            para(text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
        elif kind == "sub":
            para(text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "h":
            para(text, bold=True)
        else:
            para(text)

    st = d.add_table(rows=1, cols=2)
    left, right = st.rows[0].cells
    lp = left.paragraphs[0]
    rr = lp.add_run("Nơi nhận:")
    rr.bold, rr.italic = True, True
    for rcp in doc["recipients"]:
        q = left.add_paragraph()
        q.add_run("- " + rcp).font.size = Pt(11)
    rp = right.paragraphs[0]
    rp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rp.add_run("\n".join(doc["sign"])).bold = True
    for _ in range(3):
        right.add_paragraph()
    q = right.add_paragraph()
    q.alignment = WD_ALIGN_PARAGRAPH.CENTER
    q.add_run(doc["signer"]).bold = True

    # appendix in a landscape section
    from docx.enum.section import WD_SECTION
    ns = d.add_section(WD_SECTION.NEW_PAGE)
    ns.orientation = WD_ORIENT.LANDSCAPE
    ns.page_width, ns.page_height = Cm(29.7), Cm(21.0)
    ns.left_margin, ns.right_margin = Cm(2.0), Cm(1.5)
    for i, line in enumerate(doc["appendix_title"]):
        para(line, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if i == 0 else 13)
    para(doc["appendix_note"], italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)

    ncol = len(doc["columns"])
    t = d.add_table(rows=1, cols=ncol)
    t.style = "Table Grid"
    widths = [Cm(1.3), Cm(10.5), Cm(5.0), Cm(6.0), Cm(3.4)]
    for i, c in enumerate(doc["columns"]):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(c)
        run.bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    # mark the first row as a header row repeated on each page
    trPr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for row in doc["rows"]:
        cells = t.add_row().cells
        if row[0] == "G":
            cells[0].text = ""
            cells[0].paragraphs[0].add_run(row[1]).bold = True
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            merged = cells[1].merge(cells[ncol - 1])
            merged.text = ""
            merged.paragraphs[0].add_run(row[2]).bold = True
        else:
            vals = [row[1], row[2]] + list(row[3:])
            for i in range(ncol):
                cells[i].text = vals[i] if i < len(vals) else ""
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w
    # fixed core properties for reproducibility
    import datetime
    cp = d.core_properties
    cp.author = "Bộ Công an"
    cp.last_modified_by = "V03"
    cp.created = datetime.datetime(2025, 4, 2, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 4, 2, 8, 0, 0)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    write_normalised_zip(buf.getvalue(), path)


def write_normalised_zip(data, path):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and a fixed member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                              rb"\g<1>2025-04-02T08:00:00Z\g<2>", blob)
                blob = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                              rb"\g<1>2025-04-02T08:00:00Z\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------
# Task sheets
# ---------------------------------------------------------------------------

def build_xlsx(plan_rows, header, tasks, path):
    import datetime

    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Kế hoạch"
    ws.append(["Trường", "Giá trị"])
    for k, v in plan_rows:
        ws.append([k, v])
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 90
    for c in ws[1]:
        c.font = Font(bold=True)
    ws2 = wb.create_sheet("Nhiệm vụ")
    ws2.append(header)
    for c in ws2[1]:
        c.font = Font(bold=True)
    for row in tasks:
        ws2.append(row)
        if row[0] and not row[2] and not row[3] and not row[4]:
            for c in ws2[ws2.max_row]:
                c.font = Font(bold=True)
    for col, w in zip("ABCDEF", [6, 70, 28, 40, 22, 30]):
        ws2.column_dimensions[col].width = w
    for r in ws2.iter_rows(min_row=2):
        for c in r:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    wb.properties.creator = "UBND xã Mường Nhé"
    wb.properties.created = datetime.datetime(2025, 8, 14, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 8, 14, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    write_normalised_zip(buf.getvalue(), path)


def build_csv(plan_rows, header, tasks, path):
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["Trường", "Giá trị"])
    for k, v in plan_rows:
        w.writerow([k, v])
    w.writerow([])
    w.writerow(header)
    for row in tasks:
        w.writerow(row)
    # Excel's "CSV UTF-8" export writes a byte-order mark
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(out.getvalue())


# ---------------------------------------------------------------------------

def main():
    # L1 #1: portrait, group rows spanning the table, header row repeated on each page,
    # bare page numbers at the top from page 2.
    pdf = build_pdf(N01, group_span=True, grid=True, repeat_header=True, page_numbers="top",
                    col_fracs=[0.07, 0.40, 0.16, 0.22, 0.15])
    write_text("n01_dienbien.txt", pdf_to_text(pdf))

    # L1 #2: main text portrait, appendix landscape with an extra "Sản phẩm" column placed
    # before the timeframe column, group
    # rows not spanning (title only in the task column), header not repeated, no page numbers.
    pdf = build_pdf(N02, appendix_landscape=True, group_span=False, grid=True,
                    repeat_header=False, page_numbers=None,
                    col_fracs=[0.05, 0.33, 0.15, 0.19, 0.15, 0.13], table_size=10.5)
    write_text("n02_mocchau.txt", pdf_to_text(pdf))

    # L1 #3: portrait, no timeframe column, rows allowed to break across pages,
    # "Trang n" footers, lighter inner rules.
    pdf = build_pdf(N03, group_span=True, grid=False, repeat_header=True, page_numbers="trang",
                    col_fracs=[0.07, 0.45, 0.22, 0.26], split_in_row=1, table_size=11)
    write_text("n03_baichay.txt", pdf_to_text(pdf))

    # L8: Word document of a ministry
    build_docx(N10, os.path.join(HERE, "n10_bocongan.docx"))

    # L9: whole plan as a PDF with a ruled (GRID) appendix table
    pdf = build_pdf(N11, group_span=True, grid=True, repeat_header=True, page_numbers="top",
                    col_fracs=[0.07, 0.41, 0.16, 0.22, 0.14])
    with open(os.path.join(HERE, "n11_bacninh.pdf"), "wb") as f:
        f.write(pdf)

    # L10: task sheets
    build_xlsx(N12_PLAN, N12_TASK_HEADER, N12_TASKS, os.path.join(HERE, "n12_muongnhe.xlsx"))
    build_csv(N13_PLAN, N13_TASK_HEADER, N13_TASKS, os.path.join(HERE, "n13_sonla.csv"))


if __name__ == "__main__":
    main()
