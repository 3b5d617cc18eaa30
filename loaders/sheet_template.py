"""The task-sheet template (README, "Task sheets"): writing it as .xlsx or .csv.

``plankg template FILE`` writes it filled with an example plan, which an office overwrites with its
own; the reader (``loaders.sheets``) reads it back. The tests write their round-trip sheets with
the same functions, so the template and the reader cannot drift apart.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

from .model import DocumentError

# (label in the sheet, what it holds): the "Kế hoạch" sheet, one field per row.
FIELD_LABELS = (
    ("Số", "number: 97/KH-UBND; empty for a draft without a number"),
    ("Ngày", "date: 26/04/2025, or 04/2025 when the day is blank"),
    ("Loại văn bản", "document type: Kế hoạch, Quyết định, Chương trình"),
    ("Trích yếu", "title"),
    ("Cơ quan ban hành", "issuer: Ủy ban nhân dân tỉnh ..."),
    ("Cấp", "level: trung ương, tỉnh, huyện (quận, thị xã), xã (phường, đặc khu)"),
    ("Địa bàn", "locality, without its type word: Cần Thơ"),
    ("Thuộc tỉnh", "for a district or commune: its province"),
    ("Căn cứ", "each plan cited as a basis, one row each: Kế hoạch số 90/KH-UBND ngày 08/4/2025 của ..."),
    ("Triển khai", "the plan this one implements directly (one row)"),
    ("Người ký", "signer"),
    ("Chức vụ người ký", "signer's title"),
    ("Cơ quan đầu mối", "the focal agency (section IV)"),
)
TABLE_HEADER = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
PLAN_SHEET, TASK_SHEET = "Kế hoạch", "Nhiệm vụ"
FIXED_TIME = datetime(2025, 1, 1, tzinfo=UTC)  # the same bytes on every run

# An example plan (a draft: no number yet; "Nguyễn Văn A" is the customary placeholder name).
EXAMPLE_FIELDS = [
    ["Trường", "Giá trị"],
    ["Số", ""],  # a draft: the number is given when the plan is issued
    ["Ngày", "12/05/2025"],
    ["Loại văn bản", "Kế hoạch"],
    ["Trích yếu", "Thực hiện Khuyến nghị của Ủy ban về quyền trẻ em của Liên hợp quốc trên địa bàn huyện"],
    ["Cơ quan ban hành", "Ủy ban nhân dân huyện Tam Đường"],
    ["Cấp", "huyện"],
    ["Địa bàn", "Tam Đường"],
    ["Thuộc tỉnh", "Lai Châu"],
    ["Căn cứ", "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ"],
    ["Triển khai", "Kế hoạch số 1005/KH-UBND ngày 20/3/2025 của Ủy ban nhân dân tỉnh Lai Châu"],
    ["Người ký", "Nguyễn Văn A"],
    ["Chức vụ người ký", "Phó Chủ tịch"],
    ["Cơ quan đầu mối", "Phòng Y tế"],
]
EXAMPLE_TABLE = [
    TABLE_HEADER,
    ["I", "Truyền thông, giáo dục, vận động xã hội", "", "", ""],
    [
        "1",
        "Tuyên truyền Luật Trẻ em trên hệ thống truyền thanh cơ sở",
        "Phòng Văn hóa và Thông tin",
        "UBND các xã, thị trấn",
        "Thường xuyên",
    ],
    [
        "2",
        "Phòng, chống đuối nước cho trẻ em",
        "Phòng Giáo dục và Đào tạo",
        "Huyện đoàn",
        "Tháng 5 - tháng 8 hằng năm",
    ],
    ["II", "Nâng cao năng lực, phối hợp liên ngành", "", "", ""],
    ["1", "Tập huấn cho người làm công tác trẻ em cấp xã", "Phòng Y tế", "Phòng Nội vụ", "Quý III/2025"],
]


def write_sheet(path: Path, fields: list[list[str]], table: list[list[str]]) -> None:
    """A task sheet: .xlsx with the sheets "Kế hoạch" and "Nhiệm vụ", or .csv with the fields,
    an empty row, then the table."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        _write_xlsx(path, fields, table)
    elif suffix == ".csv":
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerows(fields)
            writer.writerow([])
            writer.writerows(table)
    else:
        raise DocumentError(path.name, None, f"a task sheet is .xlsx or .csv, not {suffix or '(none)'}")


def _write_xlsx(path: Path, fields: list[list[str]], table: list[list[str]]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    plan_sheet = workbook.active
    plan_sheet.title = PLAN_SHEET
    for row in fields:
        plan_sheet.append(row)
    tasks = workbook.create_sheet(TASK_SHEET)
    for row in table:
        tasks.append([cell if cell else None for cell in row])
    for sheet in (plan_sheet, tasks):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
    plan_sheet.column_dimensions["A"].width = 22
    plan_sheet.column_dimensions["B"].width = 90
    for column, width in zip("ABCDE", (6, 70, 30, 40, 24), strict=True):
        tasks.column_dimensions[column].width = width
    workbook.properties.created = FIXED_TIME
    workbook.save(str(path))
