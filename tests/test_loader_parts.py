"""The pieces of the loaders, each on small inputs: timeframes, citations, names, tables, errors."""

from __future__ import annotations

import pytest

from loaders.assignees import is_collective, split_assignees
from loaders.citations import find_citations, normalise_number, parse_date
from loaders.gazetteer import Gazetteer, name_key
from loaders.model import DocumentError
from loaders.paragraphs import paragraphs
from loaders.pdf_table import read_pdf_table
from loaders.prose import read_assignment
from loaders.reader import read_document
from loaders.source import SourceText
from loaders.tables import read_delimited_table
from loaders.timeframes import normalise


@pytest.mark.parametrize(
    ("text", "kind", "start", "end"),
    [
        ("Thường xuyên hằng năm", "ongoing", None, None),
        ("Thường xuyên  \nhàng năm", "ongoing", None, None),
        ("Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan.", "onRequest", None, None),
        ("Năm 2025", "year", "2025", "2025"),
        ("2025 - 2030", "yearRange", "2025", "2030"),
        ("Giai đoạn 2025-2030", "yearRange", "2025", "2030"),
        ("Quý IV/2025", "quarter", "2025-10-01", "2025-12-31"),
        ("Trước ngày 30/9/2025", "deadline", None, "2025-09-30"),
        ("Năm học 2025 - 2026", "schoolYear", "2025-09", "2026-05"),
        ("Tháng 5 - tháng 8 hằng năm", "monthsEveryYear", None, None),
        ("Học kỳ I năm học 2025 - 2026", "schoolTerm", "2025-09", "2026-01"),
        ("học kỳ II năm học 2025-2026", "schoolTerm", "2026-01", "2026-05"),
        ("Định kỳ 6 tháng, hằng năm", "ongoing", None, None),
        ("Trước ngày 30/2/2025", "unrecognised", None, None),
        ("Khi có vụ việc", "whenArising", None, None),
        ("Hè năm 2025", "period", "2025-06", "2025-08"),
        ("6 tháng cuối năm 2025", "period", "2025-07", "2025-12"),
        ("Dịp Tết Nguyên đán Bính Ngọ 2026", "period", "2026-01", "2026-02"),
        ("Đến hết năm 2026", "deadline", None, "2026-12-31"),
        ("Hằng quý", "ongoing", None, None),
        ("Tháng 9 hằng năm", "monthsEveryYear", None, None),
        ("Khi cần", "unrecognised", None, None),
    ],
)
def test_timeframes(text: str, kind: str, start: str | None, end: str | None) -> None:
    timeframe = normalise(text)
    assert (timeframe.kind, timeframe.start, timeframe.end) == (kind, start, end)
    assert "\n" not in timeframe.text and "  " not in timeframe.text


def test_citation_with_nested_citation() -> None:
    text = (
        "Căn cứ Kế hoạch số 1005/KH-UBND ngày 11/3/2025 của UBND tỉnh Lai Châu về triển khai thực hiện "
        "Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ ban hành Kế hoạch thực hiện "
        "Khuyến nghị trên địa bàn tỉnh Lai Châu."
    )
    outer, inner = find_citations(text)
    assert (outer.number, outer.date, outer.issuer, outer.implements) == (
        "1005/KH-UBND",
        "2025-03-11",
        "UBND tỉnh Lai Châu",
        "27/QĐ-TTg",
    )
    assert (inner.number, inner.date, inner.issuer) == ("27/QĐ-TTg", "2025-01-03", "Thủ tướng Chính phủ")
    assert inner.title == "ban hành Kế hoạch thực hiện Khuyến nghị"


@pytest.mark.parametrize(
    ("raw", "number"),
    [
        ("97 /KH-UBND", "97/KH-UBND"),
        ("/KH-UBND", None),
        ("KH-UBND", None),
        ("45/2025/NĐ-CP", "45/2025/NĐ-CP"),
    ],
)
def test_placeholder_numbers(raw: str, number: str | None) -> None:
    assert normalise_number(raw) == number


def test_partial_dates() -> None:
    assert parse_date(None, "3", "2025") == "2025-03"
    assert parse_date("8", "4", "2025") == "2025-04-08"
    assert parse_date(None, None, None) is None


def test_names_meet_through_their_keys(gazetteer: Gazetteer) -> None:
    assert name_key("Sở LĐTBXH") == name_key("Sở Lao động - Thương binh và Xã hội")
    assert name_key("Sở Lao động, Thương binh và Xã hội") == name_key("Sở Lao động - Thương binh và Xã hội")
    found, unit_word, locality = gazetteer.agency("Sở Y tế tỉnh Lai Châu", "district")
    assert found is not None and found.label_vi == "Sở Y tế"
    assert (unit_word, locality) == ("tinh", "lai chau")
    # "xã hội" (society) is not "xã" (commune).
    assert gazetteer.agency("Sở LĐTBXH", "province")[1] is None
    assert gazetteer.is_name_prefix("Sở Văn hóa,")
    assert not gazetteer.is_name_prefix("Phòng,")  # "Phòng, chống ..." (to prevent) is not an office


def test_places_resolve_with_one_typing_error(gazetteer: Gazetteer) -> None:
    unit = gazetteer.unit("Càm Thơ")
    assert unit is not None and unit.name == "Cần Thơ" and unit.level == "province"
    assert gazetteer.unit("Hà Nam") is not None and gazetteer.unit("Hà Nam").name == "Hà Nam"  # not Hà Nội
    assert gazetteer.unit("Atlantis") is None


def test_assignee_lists(gazetteer: Gazetteer) -> None:
    assert split_assignees("Sở Y tế, Sở Tư pháp và Công an tỉnh", gazetteer) == [
        "Sở Y tế",
        "Sở Tư pháp",
        "Công an tỉnh",
    ]
    assert split_assignees("Sở Văn hóa, Thể thao và Du lịch", gazetteer) == [
        "Sở Văn hóa, Thể thao và Du lịch"
    ]
    assert split_assignees("Sở Y tế; Sở Giáo dục và Đào tạo", gazetteer) == [
        "Sở Y tế",
        "Sở Giáo dục và Đào tạo",
    ]
    assert split_assignees("  ", gazetteer) == []
    assert is_collective("UBND các huyện, thành phố")
    assert is_collective("UBND quận, huyện")
    assert not is_collective("Sở Văn hóa, Thể thao và Du lịch")


def test_pdf_paragraphs_join_broken_sentences() -> None:
    source = SourceText.from_bytes(
        "t.txt",
        "1. Rà soát, góp ý xây dựng, hoàn thiện pháp luật, chính sách về thực hiện \n\n"
        "quyền trẻ em. \n\n2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng \n\n"
        "cao nhận thức.\n".encode(),
    )
    texts = [p.text for p in paragraphs(source)]
    assert texts == [
        "1. Rà soát, góp ý xây dựng, hoàn thiện pháp luật, chính sách về thực hiện quyền trẻ em.",
        "2. Đẩy mạnh công tác truyền thông, giáo dục, vận động xã hội nhằm nâng cao nhận thức.",
    ]


def test_page_footnotes_are_lifted_out() -> None:
    text = "báo cáo về Bộ Lao động - Thương binh và Xã hội1, Ủy ban nhân dân tỉnh.\n" + " " * 40 + "\n"
    text += "1Trường hợp sau khi sắp xếp tổ chức bộ máy, báo cáo gửi Bộ được giao \nnhiệm vụ.\nTiếp theo.\n"
    source = SourceText.from_bytes("t.txt", text.encode())
    assert [(note.mark, note.lines.first, note.lines.last) for note in source.footnotes] == [("1", 3, 4)]
    assert "Xã hội," in source.line(1).text
    assert source.line(3).footnote and not source.line(5).footnote


def test_pipe_table() -> None:
    source = SourceText.from_bytes(
        "t.md",
        "| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |\n"
        "|---|---|---|---|---|\n"
        "| I | Truyền thông | | | |\n"
        "| 1 | Tuyên truyền Luật Trẻ em | Sở Y tế | Các sở, ngành liên quan | Quý IV/2025 |\n"
        "| 2 | Đăng ký khai sinh | Sở Tư pháp | | |\n".encode(),
    )
    result = read_delimited_table(source.lines)
    assert result is not None
    roles, rows = result.roles, result.rows
    assert roles == ["number", "task", "lead", "cooperating", "timeframe"]
    assert [(r.marker, r.is_group) for r in rows] == [("I", True), ("1", False), ("2", False)]
    assert rows[1].cells == {
        "task": "Tuyên truyền Luật Trẻ em",
        "lead": "Sở Y tế",
        "cooperating": "Các sở, ngành liên quan",
        "timeframe": "Quý IV/2025",
    }


@pytest.mark.parametrize(
    ("header", "separator"),
    [
        ("| STT | Nhiệm vụ | Cơ quan chủ trì |", "|---|---|---|"),
        ("| TT | Nội dung nhiệm vụ | Đơn vị chủ trì |", "|:--:|:---|--:|"),
        ("| Số TT | Nhiệm vụ | Cơ quan chủ trì |", "| - | - | - |"),
    ],
)
def test_pipe_table_headers_and_delimiter_rows(header: str, separator: str) -> None:
    """GFM delimiter rows with alignment colons or one dash, and the names of the numbers column."""
    text = f"{header}\n{separator}\n| 1 | Tuyên truyền | Sở Y tế |\n"
    result = read_delimited_table(SourceText.from_bytes("t.md", text.encode()).lines)
    assert result is not None and result.problems == []
    assert result.roles == ["number", "task", "lead"]
    assert [(row.marker, row.cells) for row in result.rows] == [
        ("1", {"task": "Tuyên truyền", "lead": "Sở Y tế"})
    ]


def test_html_paragraphs_in_neighbouring_cells_stay_in_their_cells() -> None:
    text = (
        "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\n"
        "1\t<p>Giáo dục di sản.</p>\t<p>Sở GDĐT; Trung tâm Bảo tồn Di tích Cố đô Huế</p>"
        "\t<p>UBND các quận</p>\n"
    )
    result = read_delimited_table(SourceText.from_bytes("t.md", text.encode()).lines)
    assert result is not None
    assert result.rows[0].cells == {
        "task": "Giáo dục di sản.",
        "lead": "Sở GDĐT; Trung tâm Bảo tồn Di tích Cố đô Huế",
        "cooperating": "UBND các quận",
    }


@pytest.mark.parametrize(
    ("sentence", "lead", "cooperating"),
    [
        (
            "Giao Đoàn Thanh niên đặc khu và Phòng Văn hóa - Xã hội chủ trì, phối hợp với Ban Chỉ huy "
            "quân sự đặc khu, Đồn Biên phòng Dương Đông tổ chức lớp dạy bơi.",
            ["Đoàn Thanh niên đặc khu", "Phòng Văn hóa - Xã hội"],
            ["Ban Chỉ huy quân sự đặc khu", "Đồn Biên phòng Dương Đông"],
        ),
        (
            "1. Truyền thông. Giao Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Cung ứng dịch "
            "vụ công đặc khu và các ấp, khu phố tổ chức tuyên truyền.",
            ["Phòng Văn hóa - Xã hội"],
            ["Trung tâm Cung ứng dịch vụ công đặc khu", "các ấp, khu phố"],
        ),
        (
            "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Công an tỉnh đưa nội dung giáo dục kỹ "
            "năng vào nhà trường.",
            ["Sở Giáo dục và Đào tạo"],
            ["Công an tỉnh"],
        ),
        (
            "Bố trí kinh phí thực hiện. Phòng Tài chính - Kế hoạch tham mưu Ủy ban nhân dân huyện bố "
            "trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách.",
            ["Phòng Tài chính - Kế hoạch"],
            [],
        ),
    ],
)
def test_assignment_sentences(
    sentence: str, lead: list[str], cooperating: list[str], gazetteer: Gazetteer
) -> None:
    """Names the gazetteer does not know run on to the action verb; a known name stops at a word
    no name has."""
    found = read_assignment(sentence, gazetteer)
    assert [name for cell in found.lead for name in split_assignees(cell, gazetteer)] == lead
    assert [name for cell in found.cooperating for name in split_assignees(cell, gazetteer)] == cooperating


def test_the_document_type_line_is_apart_from_the_title(gazetteer: Gazetteer) -> None:
    text = (
        "BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 486/KH-BGDĐT\n\nHà Nội, ngày 17 tháng 3 năm 2025\n\n"
        "**KẾ HOẠCH**\n**Thực hiện Quyết định số 27/QĐ-TTg ngày 03/01/2025 của Thủ tướng Chính phủ**\n\n"
        "**I. MỤC ĐÍCH, YÊU CẦU**\n\nBảo đảm quyền trẻ em.\n\n**II. NHIỆM VỤ VÀ GIẢI PHÁP**\n\n"
        "1. Truyền thông về quyền trẻ em.\n"
    )
    document = read_document(SourceText.from_bytes("bgddt.md", text.encode()), gazetteer)
    assert document.plan.number == "486/KH-BGDĐT"
    assert document.plan.title.startswith("Thực hiện Quyết định số 27/QĐ-TTg")


def test_pdf_table_with_interleaved_cells(gazetteer: Gazetteer) -> None:
    text = "\n".join(
        [
            "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian thực hiện",
            "I Truyền thông, giáo dục",
            "1",
            "Truyền thông, nâng cao nhận thức về phòng, chống mua",
            "bán trẻ em. Công an tỉnh",
            "Các sở, ban, ngành, đơn vị",
            "liên quan; UBND các",
            "Thường xuyên",
            "huyện, thành phố",
            "hàng năm",
            "2 Bảo đảm quyền tự do tín ngưỡng của trẻ em. Sở Nội vụ",
            "Các sở, ban, ngành",
            "Năm 2025",
        ]
    )
    result = read_pdf_table(SourceText.from_bytes("t.txt", text.encode()).lines, gazetteer)
    assert result is not None
    rows = result.rows
    first, second = rows[1], rows[2]
    assert first.cells == {
        "task": "Truyền thông, nâng cao nhận thức về phòng, chống mua bán trẻ em.",
        "lead": "Công an tỉnh",
        "cooperating": "Các sở, ban, ngành, đơn vị liên quan; UBND các huyện, thành phố",
        "timeframe": "Thường xuyên hàng năm",
    }
    assert second.cells["lead"] == "Sở Nội vụ" and second.cells["timeframe"] == "Năm 2025"


@pytest.mark.parametrize(
    ("data", "line", "expected"),
    [
        (b"", None, "empty"),
        ("KẾ HOẠCH\nTriển khai\n".encode() + b"\xff\xfe bad\n", 3, "expected UTF-8"),
        ("I. MỤC ĐÍCH\nKhông có tiêu đề.\n".encode(), None, "document type"),
    ],
)
def test_unreadable_documents_name_the_problem(
    data: bytes, line: int | None, expected: str, gazetteer: Gazetteer
) -> None:
    with pytest.raises(DocumentError) as raised:
        read_document(SourceText.from_bytes("broken.txt", data), gazetteer)
    assert raised.value.source == "broken.txt"
    assert raised.value.line == line
    assert expected in raised.value.message


def test_a_name_prefix_keeps_the_diacritics_of_its_first_word(gazetteer: Gazetteer) -> None:
    """Keys fold "Vận" and "Văn" together; a task opening "Vận động ..." is no "Văn phòng ..."."""
    assert gazetteer.is_name_prefix("Văn phòng")
    assert not gazetteer.is_name_prefix("Vận động")
    assert gazetteer.is_name_prefix("UBND tỉnh")  # an abbreviation has no diacritics to compare


def test_names_that_fit_no_row_are_left_over_not_spread(gazetteer: Gazetteer) -> None:
    from loaders.model import Span
    from loaders.pdf_cells import Piece, divide_names

    texts = ["Sở Y tế", "Sở Tư pháp", "Công an tỉnh", "Sở Tài chính", "Tỉnh đoàn"]
    names = [Piece("names", [text], Span(n, n)) for n, text in enumerate(texts, 1)]
    leads, cooperating, left_over = divide_names(names, 2, True, gazetteer)
    assert len(left_over) == 1  # five cells for two rows: one is reported, the rows keep theirs
    assert all(leads) and len([c for c in cooperating if c]) == 2


def test_bare_field_labels(gazetteer: Gazetteer) -> None:
    found = read_assignment(
        "Giáo dục kỹ năng cho học sinh.\n- Chủ trì: Các trường tiểu học trên địa bàn phường.\n"
        "- Phối hợp: Công an phường; Đoàn Thanh niên phường.\n- Thời gian thực hiện: Năm học 2025 - 2026.",
        gazetteer,
    )
    assert found.lead == ["Các trường tiểu học trên địa bàn phường"]
    assert split_assignees(found.cooperating[0], gazetteer) == ["Công an phường", "Đoàn Thanh niên phường"]
    assert found.timeframe == "Năm học 2025 - 2026"
    assert found.text == "Giáo dục kỹ năng cho học sinh."


@pytest.mark.parametrize(
    ("text", "is_name"),
    [
        ("Vụ Pháp chế", True),
        ("Cục Bà mẹ và Trẻ em; Cục Bảo trợ xã hội", True),
        ("Công an tỉnh", True),
        ("Huyện đoàn; UBND các xã", True),
        ("Ban hành kế hoạch", False),
        ("Báo cáo hằng năm", False),
        ("Bảo đảm trẻ em được học", False),  # "Bảo", not "Báo"
        ("Phòng, chống đuối nước", False),
        ("Thanh tra việc thực hiện", False),
    ],
)
def test_a_name_the_gazetteer_does_not_know_is_read_by_its_shape(text: str, is_name: bool) -> None:
    from loaders.assignees import shaped_like_a_name

    assert shaped_like_a_name(text) is is_name


def test_the_committees_of_a_city_and_its_districts_are_one_collective(gazetteer: Gazetteer) -> None:
    assert split_assignees("Sở Y tế; UBND thành phố Thủ Đức và các quận, huyện", gazetteer) == [
        "Sở Y tế",
        "UBND thành phố Thủ Đức và các quận, huyện",
    ]
    assert split_assignees("Sở Y tế và các sở, ngành liên quan", gazetteer) == [
        "Sở Y tế",
        "các sở, ngành liên quan",
    ]


def test_html_tables_become_tab_separated_rows_on_their_own_lines() -> None:
    from loaders.html_tables import html_tables_as_rows

    lines = [
        "Trước bảng",
        "<table><thead><tr><th>TT</th><th>Nhiệm vụ</th>",
        "<th>Cơ quan chủ trì</th></tr></thead>",
        '<tr><td><strong>1</strong></td><td colspan="2">Truyền thông</td></tr>',
        "<tr>",
        "<td>1.1</td><td><p>Tuyên truyền</p><p>Luật Trẻ em</p></td><td>Sở Y tế &amp; Sở Tư pháp</td>",
        "</tr></table>",
        "Sau bảng",
    ]
    rows = html_tables_as_rows(lines)
    assert len(rows) == len(lines)  # every line keeps its number
    assert rows[0] == "Trước bảng" and rows[-1] == "Sau bảng"
    assert rows[1] == "TT\tNhiệm vụ\tCơ quan chủ trì"
    assert rows[3] == "<strong>1</strong>\tTruyền thông\t"
    assert rows[4] == "1.1\t<p>Tuyên truyền</p><p>Luật Trẻ em</p>\tSở Y tế &amp; Sở Tư pháp"
    assert rows[2] == rows[5] == rows[6] == ""


def test_cells_wrapped_at_a_columns_width_tell_its_column() -> None:
    from loaders.model import Span
    from loaders.pdf_cells import Piece, column_widths, fits_width

    def piece(*lines: str) -> Piece:
        return Piece("names", list(lines), Span(1, 1))

    lead = piece("Sở Dân tộc và", "Tôn giáo")  # "Tôn" did not fit: the column is under 17 wide
    partner = piece("Hội Liên hiệp Phụ nữ", "tỉnh; Tỉnh đoàn; UBND", "các huyện, thị xã")  # 21 wide
    assert column_widths([lead, partner, piece("Sở Y tế")]) == (17, 21)
    assert fits_width(lead, 17) and not fits_width(lead, 21)
    assert fits_width(partner, 21) and not fits_width(partner, 17)
    assert column_widths([piece("Sở Y tế"), piece("Công an tỉnh")]) is None  # nothing wraps


@pytest.mark.parametrize(
    ("line", "name"),
    [("Thượng tướng Vũ Hồng Quang", "Vũ Hồng Quang"), ("TS. Nguyễn Văn An", "Nguyễn Văn An")],
)
def test_a_signers_rank_or_degree_is_not_part_of_the_name(line: str, name: str) -> None:
    from loaders.metadata import _signer
    from loaders.source import Line

    signer, role, _ = _signer([Line(1, "KT. BỘ TRƯỞNG", "KT. BỘ TRƯỞNG"), Line(2, line, line)])
    assert (signer, role) == (name, "KT. BỘ TRƯỞNG")


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Móng Cái 1, ngày 15 tháng 8 năm 2025", "Móng Cái 1"),
        ("Quận 1, ngày 02 tháng 6 năm 2025", "Quận 1"),
        ("Cần Thơ, ngày 15 tháng 8 năm 2025", "Cần Thơ"),
    ],
)
def test_numbered_wards_date_their_plans(line: str, place: str) -> None:
    """Since July 2025 some wards are numbered ("phường Móng Cái 1"); the number is the name's."""
    from loaders.metadata import PLACE_DATE

    match = PLACE_DATE.search(line)
    assert match and match.group("place") == place


def test_the_signature_column_starts_left_of_its_leftmost_line() -> None:
    """A recipient longer than the first one runs past the middle of the first line's gap; it is
    still the recipients' column, and the signer's name beside the last recipient is the
    signature's."""
    from loaders.formats import _column_split, _signature_columns, _TextLine

    lines = [
        _TextLine(0, 1, [(85, 135, "Nơi nhận:"), (381, 470, "KT. BỘ TRƯỞNG")]),
        _TextLine(2, 3, [(85, 223, "- Thủ tướng Chính phủ (để b/c);"), (387, 463, "THỨ TRƯỞNG")]),
        _TextLine(4, 5, [(85, 265, "- Phó Thủ tướng Lê Thành Long (để b/c);")]),
        _TextLine(6, 7, [(85, 177, "- Lưu: VT, CSDT (05)."), (379, 471, "Nông Quốc Hưng")]),
    ]
    assert 265 < _column_split(lines) < 379
    texts = [text for _, _, _, text in _signature_columns(lines)]
    assert texts[-3:] == ["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "Nông Quốc Hưng"]


@pytest.mark.parametrize(
    ("parts", "joined"),
    [
        (["Trước ngày 30/", "9/2025"], "Trước ngày 30/9/2025"),
        (["Trước ngày 30", "/9/2025"], "Trước ngày 30/9/2025"),
        (["Quyết định số 27/", "QĐ-TTg"], "Quyết định số 27/QĐ-TTg"),
        (["Quý IV", "/2025"], "Quý IV/2025"),
        (["Sở Y tế/", "Công an tỉnh"], "Sở Y tế/ Công an tỉnh"),
    ],
)
def test_a_date_wrapped_at_its_slash_is_joined_without_a_space(parts: list[str], joined: str) -> None:
    from plankg.text import join_fragments

    assert join_fragments(parts) == joined


@pytest.mark.parametrize(
    "lines", [["STT", "I"], ["ST", "T", "I"], ["T", "", "T", "I"], ["Số", "TT", "I"], ["TT", "I"]]
)
def test_a_numbers_header_broken_over_lines_is_found(lines: list[str]) -> None:
    from loaders.tables import number_header_at

    assert number_header_at(["Nhiệm vụ", *lines]) == 1


def test_the_document_type_under_the_date_line_is_a_heading_of_its_own() -> None:
    from loaders.source import SourceText
    from loaders.structure import split_structure

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nSố: 12/KH-UBND\n\nBình Định, ngày 3 tháng 4 năm 2025\n"
        "KẾ HOẠCH\nThực hiện Khuyến nghị của Ủy ban về quyền trẻ em\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nNội dung.\n"
    )
    structure = split_structure(SourceText.from_text("t.txt", text, "pdf-text", ""))
    assert structure.heading.text == "KẾ HOẠCH"


def test_group_numerals_written_apart_from_their_rows_numbers() -> None:
    """pdfminer may write "I", "1", "2", "1", "2", "3", "II", "III": each run from 1 is a group's."""
    from loaders.pdf_numbers import Sequence, regrouped

    bare = [
        (marker, line, False) for line, marker in enumerate(["I", "1", "2", "1", "2", "3", "1", "II", "III"])
    ]
    entries = regrouped(bare, Sequence())
    assert entries is not None
    assert [entry.marker for entry in entries] == ["I", "1", "2", "II", "1", "2", "3", "III", "1"]
    assert regrouped(bare[:-1], Sequence()) is None  # three runs, two numerals: no reading


def test_a_roman_numeral_wrapped_in_a_narrow_column_is_one_number() -> None:
    from loaders.pdf_numbers import numerals_joined
    from loaders.source import Line

    lines = [Line(n, text, text) for n, text in enumerate(["II", "I", "1", "I", "V", "2.", "3"], 1)]
    assert [line.stripped for line in numerals_joined(lines)] == ["III", "1", "IV", "2.3"]


def test_rows_numbered_under_their_group_continue_its_numbering() -> None:
    from loaders.pdf_numbers import Sequence

    sequence = Sequence(numbered_groups=True)
    assert [sequence.accept(m) for m in ["1", "1.1", "1.2", "2", "2.1", "1.3"]] == [
        True,
        True,
        True,
        True,
        True,
        False,
    ]


def test_a_markdown_foot_table_gives_recipients_then_signature() -> None:
    from loaders.source import SourceText
    from loaders.structure import split_structure

    foot = (
        "| **Nơi nhận:**<br>- Bộ Y tế;<br>- Lưu: VT. | **TM. ỦY BAN NHÂN DÂN**<br>**KT. CHỦ TỊCH**<br>"
        "**PHÓ CHỦ TỊCH**<br><br>**Vũ Thành Trung** |"
    )
    text = f"ỦY BAN NHÂN DÂN\n\n**KẾ HOẠCH**\n\nThực hiện\n\n**I. MỤC ĐÍCH**\n\nNội dung.\n\n{foot}\n"
    structure = split_structure(SourceText.from_text("t.md", text, "markdown", ""))
    assert [line.stripped for line in structure.recipients] == ["Nơi nhận:", "- Bộ Y tế;", "- Lưu: VT."]
    assert structure.signature[-1].stripped == "Vũ Thành Trung"


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("Các đơn vị thuộc Bộ Khi có yêu", [("Các đơn vị thuộc Bộ", "names"), ("Khi có yêu", "timeframe")]),
        ("Xây dựng, trình Thủ tướng Chính phủ", [("Xây dựng, trình Thủ tướng Chính phủ", None)]),
        ("báo cáo của Bộ Nội vụ", [("báo cáo của Bộ Nội vụ", None)]),
    ],
)
def test_a_line_splits_into_cells_only_where_a_cell_begins(
    line: str, split: list[tuple[str, str | None]], gazetteer: Gazetteer
) -> None:
    from loaders.fragments import split_line

    assert split_line(line, [], gazetteer) == split


def test_prose_collectives_and_timeframes_of_a_programme(gazetteer: Gazetteer) -> None:
    found = read_assignment(
        "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với các tổ chức chính trị - xã "
        "hội xã giám sát việc thực hiện, thực hiện theo chương trình giám sát hằng năm.",
        gazetteer,
    )
    assert found.cooperating == ["các tổ chức chính trị - xã hội xã"]
    assert found.timeframe == "theo chương trình giám sát hằng năm"


def test_a_numbers_column_written_before_the_appendix_heading_belongs_to_the_table() -> None:
    from loaders.source import SourceText
    from loaders.structure import split_structure

    text = (
        "ỦY BAN NHÂN DÂN\n\nKẾ HOẠCH\n\nThực hiện\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nNơi nhận:\n- Sở Y tế;\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn Hải\n\nA\n\n1\n\n2\n\nPHỤ LỤC\n\nTT\n\nNhiệm vụ\n"
    )
    structure = split_structure(SourceText.from_text("t.txt", text, "pdf-text", ""))
    assert [line.stripped for line in structure.signature if line.stripped][-1] == "Nguyễn Văn Hải"
    assert [line.stripped for line in structure.appendix if line.stripped][:3] == ["A", "1", "2"]


def test_short_cells_written_before_their_columns_header_go_to_the_rows_named_before_them() -> None:
    from loaders.model import Span
    from loaders.pdf_blocks import _early_cells_placed
    from loaders.pdf_cells import Piece

    def piece(column: str, text: str, line: int) -> Piece:
        return Piece(column, [text], Span(line, line))

    lead_1, lead_2 = piece("names", "Sở Y tế", 1), piece("names", "Sở Tư pháp", 2)
    early = piece("timeframe", "Khi có yêu cầu", 3)  # row 2's, beside its names
    first, third = piece("timeframe", "Hằng năm", 11), piece("timeframe", "Quý IV/2025", 12)
    lead_3 = piece("names", "Công an tỉnh", 4)
    pieces = [lead_1, lead_2, early, lead_3, first, third]
    placed = _early_cells_placed(
        [early, first, third], pieces, [lead_1, lead_2, lead_3, None, None, None], 10
    )
    assert [cell.text for cell in placed] == ["Hằng năm", "Khi có yêu cầu", "Quý IV/2025"]


def test_a_cited_place_one_typing_error_from_a_unit_of_another_level_is_not_that_unit(
    gazetteer: Gazetteer,
) -> None:
    assert gazetteer.unit("Văn Giang", "district") is None
    assert gazetteer.unit("An Giang", "district") is not None  # the exact name still falls back


@pytest.mark.parametrize(
    ("text", "is_header"),
    [
        ("Cơ quan chủ trì", True),
        ("Nội dung nhiệm vụ", True),
        ("Thời gian thực hiện1", True),  # a footnote's mark on the header
        ("Sở Nội vụ", False),  # folded, "Sở", "Nội", "vụ" are the header's "Số", "Nội dung", "Nhiệm vụ"
        ("Sở Y tế", False),
    ],
)
def test_a_department_is_not_a_header_cell(text: str, is_header: bool) -> None:
    from loaders.fragments import only_header_words

    assert only_header_words(text) is is_header


def test_a_cooperating_cell_written_before_its_rows_lead(gazetteer: Gazetteer) -> None:
    """Box by box, row 2's cooperating cell comes out before its lead (written after the
    timeframe header): it is that row's, not a second lead."""
    from loaders.model import Span
    from loaders.pdf_cells import Piece, divide_names

    cells = [
        ("Sở Y tế", 1),
        ("Sở Tư pháp; Công an tỉnh", 3),
        ("Sở Tài chính; Sở Tư pháp", 5),
        ("Sở Nội vụ", 12),
    ]
    names = [Piece("names", [text], Span(line, line)) for text, line in cells]
    leads, cooperating, left_over = divide_names(names, 2, True, gazetteer)
    assert [piece.text if piece else None for piece in leads] == ["Sở Y tế", "Sở Nội vụ"]
    assert [piece.text if piece else None for piece in cooperating] == [
        "Sở Tư pháp; Công an tỉnh",
        "Sở Tài chính; Sở Tư pháp",
    ]
    assert left_over == []


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        # the timeframe column left of the lead's, both on one line
        ("Tháng 9 hằng năm Huyện đoàn", [("Tháng 9 hằng năm", "timeframe"), ("Huyện đoàn", "names")]),
        # "của" takes the name as its object: one timeframe cell
        ("Theo đề nghị của Bộ Y tế", [("Theo đề nghị của Bộ Y tế", None)]),
        # a number before: a phrase of the task's sentence, not a timeframe cell
        (
            "phát triển kinh tế - xã hội 5 năm 2026 - 2030",
            [("phát triển kinh tế - xã hội 5 năm 2026 - 2030", None)],
        ),
        ("huyện, thành phố hàng năm", [("huyện, thành phố", None), ("hàng năm", "timeframe")]),
    ],
)
def test_a_line_of_name_and_timeframe_words_is_cut_between_cells(
    line: str, pieces: list[tuple[str, str | None]], gazetteer: Gazetteer
) -> None:
    from loaders.fragments import split_line

    assert split_line(line, [], gazetteer) == pieces


@pytest.mark.parametrize(
    ("sentence", "timeframe"),
    [
        ("Giao UBND các xã chủ trì rà soát, lập danh sách trẻ em; thực hiện hằng quý.", "hằng quý"),
        (
            "Đề nghị Ủy ban MTTQ huyện chủ trì giám sát việc thực hiện chính sách về trẻ em, thực hiện theo "
            "chương trình giám sát năm 2025.",
            "theo chương trình giám sát năm 2025",
        ),
        (
            "Giao Phòng Tài chính - Kế hoạch chủ trì tham mưu bố trí kinh phí; thực hiện hằng năm khi "
            "xây dựng dự toán.",
            "hằng năm khi xây dựng dự toán",
        ),
        (
            "Giao Phòng Giáo dục và Đào tạo chủ trì, hoàn thành trong học kỳ I năm học 2025 - 2026.",
            "học kỳ I năm học 2025 - 2026",
        ),
    ],
)
def test_the_time_phrase_of_an_assignment_runs_to_the_end_of_its_clause(
    sentence: str, timeframe: str, gazetteer: Gazetteer
) -> None:
    assert read_assignment(sentence, gazetteer).timeframe == timeframe


def test_a_timeframe_the_vocabulary_does_not_know_is_taken_where_one_is_missing() -> None:
    """Two rows, one timeframe read, one short text too many that opens like a timeframe: it is
    the missing timeframe (read as task text it would put the later cells out of step)."""
    from loaders.model import Span
    from loaders.pdf_cells import Entry, Piece, promote_unknown_timeframes

    def piece(column: str, text: str, line: int) -> Piece:
        return Piece(column, [text], Span(line, line))

    entries = [Entry("1", False, Span(1, 1)), Entry("2", False, Span(2, 2))]
    pieces = [
        piece("task", "Tổ chức vui Tết Trung thu cho trẻ em.", 3),
        piece("task", "Mùa mưa lũ năm 2025", 4),  # no timeframe word the loaders know opens it
        piece("names", "Huyện đoàn", 5),
        piece("task", "Hoàn thiện thể chế về trẻ em", 6),  # a text, though "hoàn" opens "Hoàn thành"
        piece("timeframe", "Hằng năm", 7),
    ]
    promote_unknown_timeframes(pieces, entries)
    assert [p.column for p in pieces] == ["task", "timeframe", "names", "task", "timeframe"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Theo triệu tập của Sở Y tế", "onRequest"),
        ("Mùa mưa lũ (tháng 6 - tháng 9 hằng năm)", "monthsEveryYear"),
    ],
)
def test_more_timeframes_officials_write(text: str, kind: str) -> None:
    assert normalise(text).kind == kind


def test_a_row_numbering_the_columns_is_part_of_the_header() -> None:
    from loaders.pdf_blocks import _is_header
    from loaders.source import Line

    assert _is_header([Line(1, "(3)", "(3)")])
    assert not _is_header([Line(1, "3", "3")])


def test_an_event_the_task_waits_for_is_its_timeframe(gazetteer: Gazetteer) -> None:
    found = read_assignment(
        "Giao Sở Ngoại vụ chủ trì, phối hợp với Sở Y tế vận động tài trợ các dự án, thực hiện khi có "
        "chương trình, dự án được phê duyệt.",
        gazetteer,
    )
    assert found.timeframe == "khi có chương trình, dự án được phê duyệt"
