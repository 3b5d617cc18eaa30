"""The parts of a plan document: header, title, preamble, numbered sections, closing, signature, appendix.

Vietnamese administrative documents follow one layout (Decree 30/2020/NĐ-CP on document format):
a header with the issuer, number and place/date; the document type ("KẾ HOẠCH") and its title;
a preamble citing the basis; sections I, II, ... ("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ VÀ GIẢI PHÁP",
"KINH PHÍ", "TỔ CHỨC THỰC HIỆN"); a closing sentence; recipients ("Nơi nhận"); the signature; and
appendices. Sections are recognised by their headings' words, not their numerals: Tam Đường's
organisation section is III, Kon Tum's is IV.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from plankg.text import fold

from .fragments import roles_in_header
from .model import DocumentError
from .paragraphs import ROMAN, NamePrefix, Paragraph, paragraphs
from .source import PIECE_BREAK, Line, SourceText, strip_markup
from .tables import number_header_at

SECTION_HEADING = re.compile(rf"^\s*(?=(?:{ROMAN})\b)(?P<numeral>[IVXL]+)\s*[.:]?\s+(?P<title>\S.*)$")
SECTION_KINDS = (
    ("purpose", ("muc dich", "muc tieu")),
    ("tasks", ("nhiem vu", "giai phap", "noi dung")),
    ("funding", ("kinh phi",)),
    ("organisation", ("to chuc thuc hien",)),
)
DOCUMENT_TYPES = {"ke hoach": "Kế hoạch", "quyet dinh": "Quyết định", "chuong trinh": "Chương trình"}
PREAMBLE_OPENINGS = ("can cu", "thuc hien", "trien khai", "de ", "nham ", "theo ")
SIGNATURE_OPENING = re.compile(r"^\s*(TM|KT|Q|TL|TUQ)\.\s")
# A line of the recipients' list: "- Sở Y tế;", "Lưu: VT.", or blank.
_RECIPIENT_LINE = re.compile(r"^(?:$|[-–+•]\s|Lưu\b|Nơi nhận)")
CLOSING_OPENINGS = ("tren day la",)


@dataclass
class Section:
    kind: str  # purpose, tasks, funding, organisation, other
    numeral: str
    heading: Paragraph
    body: list[Paragraph]


@dataclass
class Structure:
    header: list[Line]
    document_type: str
    heading: Paragraph | None
    title: list[Paragraph]
    preamble: list[Paragraph]
    sections: list[Section]
    closing: list[Paragraph]
    recipients: list[Line]
    signature: list[Line]
    appendix_heading: Line | None
    appendix: list[Line]
    body: list[Line] = field(default_factory=list)  # everything before the appendix

    def section(self, kind: str) -> Section | None:
        found = next((section for section in self.sections if section.kind == kind), None)
        if found is None and kind == "tasks":
            # A heading in other words ("II. CÁC HOẠT ĐỘNG CHỦ YẾU"): section II holds the tasks in
            # the layout of these plans (purpose, tasks, funding, organisation).
            found = next((s for s in self.sections if s.numeral == "II" and s.kind == "other"), None)
        return found


def uppercase_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0


def section_kind(title: str) -> str:
    key = fold(title)
    for kind, words in SECTION_KINDS:
        if any(word in key for word in words):
            return kind
    return "other"


def is_section_heading(paragraph: Paragraph) -> bool:
    match = SECTION_HEADING.match(paragraph.text)
    return bool(match) and uppercase_ratio(match.group("title")) >= 0.6 if match else False


def is_appendix_heading(line: Line) -> bool:
    text = line.stripped
    key = fold(text)
    if not re.match(r"^phu luc\b", key):
        return False
    return len(key.split()) <= 4 or uppercase_ratio(text) >= 0.6


def find_appendix_heading(source: SourceText) -> int | None:
    """Index (0-based) of the appendix heading line, after the recipients when there are any."""
    start = 0
    for index, line in enumerate(source.lines):
        if fold(line.stripped).startswith("noi nhan"):
            start = index
    for index in range(start, len(source.lines)):
        if is_appendix_heading(source.lines[index]):
            return index
    return None


def _foot_table_columns(line: Line) -> list[Line]:
    """The foot of a document written as one row of a Markdown layout table ("| **Nơi nhận:**<br>-
    Bộ Y tế;<br>... | **TM. ỦY BAN NHÂN DÂN**<br>...<br>**Vũ Thành Trung** |"): its cells' lines,
    column after column, as the lines of the recipients and the signature (Decree 30/2020/NĐ-CP
    puts them side by side)."""
    if not fold(line.stripped.lstrip("| ")).startswith("noi nhan") or line.raw.count("|") < 2:
        return [line]
    pieces = PIECE_BREAK.split(line.raw)
    texts = [strip_markup(piece, True).strip() for piece in pieces]
    return [replace(line, raw=piece, text=text) for piece, text in zip(pieces, texts, strict=True) if text]


def _numbers_before(source: SourceText, heading: int) -> int | None:
    """Where the appendix table's numbers column begins when a PDF's text has it before the
    appendix heading ("STT", "I", "1", "2", ... then "PHỤ LỤC", the title and the other
    columns): pdfminer may write the narrow column at the left of the page first."""
    start = max(
        (i for i, line in enumerate(source.lines[:heading]) if fold(line.stripped).startswith("noi nhan")),
        default=None,
    )
    if start is None:
        return None
    texts = [line.stripped for line in source.lines[start:heading]]
    at = number_header_at(texts)
    if at is None:
        return _number_run_at(texts, start)
    following = [text for text in texts[at + 1 :] if text and text not in ("T", "TT")]
    numbers = len(following) >= 2 and all(_BARE_NUMBER.match(text) for text in following[:2])
    # Or the header's other cells ("Nhiệm vụ", "Chủ trì", ...), the heading coming after them.
    header = bool(following) and len(roles_in_header(following[0])) > 1
    return start + at if numbers or header else None


def _number_run_at(texts: list[str], start: int) -> int | None:
    """Where a run of three or more bare numbers ("B", "C", "1", "2", "1", "2") begins, between the
    signature and the appendix heading: the table's numbers column, written without its header."""
    run_start: int | None = None
    count = 0
    for index, text in enumerate(texts):
        if not text:
            continue
        if _BARE_NUMBER.match(text):
            run_start = index if run_start is None else run_start
            count += 1
        elif count >= 3:
            return start + run_start if run_start is not None else None
        else:
            run_start, count = None, 0
    return start + run_start if count >= 3 and run_start is not None else None


# A group's numeral or an undotted row number: the sign of a numbers column before the heading.
_BARE_NUMBER = re.compile(rf"^(?:{ROMAN}|[A-ZĐ]|\d{{1,2}})[.)]?$")


def split_structure(source: SourceText, names: NamePrefix | None = None) -> Structure:
    appendix_index = find_appendix_heading(source)
    table_first = _numbers_before(source, appendix_index) if appendix_index is not None else None
    body_end = appendix_index if table_first is None else table_first
    body_lines = source.lines if body_end is None else source.lines[:body_end]
    appendix_lines = [] if appendix_index is None else source.lines[appendix_index + 1 :]
    if table_first is not None and appendix_index is not None:
        appendix_lines = [*source.lines[table_first:appendix_index], *appendix_lines]

    body_lines = [piece for line in body_lines for piece in _foot_table_columns(line)]
    recipients_at = next(
        (i for i, line in enumerate(body_lines) if fold(line.stripped).startswith("noi nhan")), None
    )
    signature_at = _signature_start(body_lines, recipients_at)
    text_end = min(i for i in (recipients_at, signature_at, len(body_lines)) if i is not None)
    recipients = body_lines[recipients_at:signature_at] if recipients_at is not None else []
    signature = body_lines[signature_at:] if signature_at is not None else []
    if signature_at is None and recipients_at is not None:
        # The signature's title written just before the recipients and the signer's name after
        # them (a PDF's two foot columns read one after the other): the title lines, then the
        # lines after the recipients' list.
        title_at = _signature_start(body_lines[max(0, recipients_at - 4) : recipients_at], None)
        if title_at is not None:
            title_at += max(0, recipients_at - 4)
            text_end = title_at
            after = [line for line in recipients if not _RECIPIENT_LINE.match(line.stripped)]
            signature = [*body_lines[title_at:recipients_at], *after]
            recipients = [line for line in recipients if line not in after]

    paras = _heading_apart(paragraphs(source, body_lines[:text_end], names))
    heading_at = next((i for i, p in enumerate(paras) if fold(p.text) in DOCUMENT_TYPES), None)
    if heading_at is None:
        raise DocumentError(
            source.name,
            None,
            'expected the document type as a heading ("KẾ HOẠCH" or "QUYẾT ĐỊNH") before the title',
        )
    heading = paras[heading_at]
    header_lines = [line for line in body_lines if line.number < heading.first]

    section_starts = [i for i, p in enumerate(paras) if i > heading_at and is_section_heading(p)]
    first_section = section_starts[0] if section_starts else len(paras)
    title: list[Paragraph] = []
    preamble: list[Paragraph] = []
    for paragraph in paras[heading_at + 1 : first_section]:
        # The title comes first whatever its words ("Triển khai thực hiện ..." is a common title);
        # the preamble starts at the first later paragraph that cites a basis.
        if not title or (not preamble and not fold(paragraph.text).startswith(PREAMBLE_OPENINGS)):
            title.append(paragraph)
        else:
            preamble.append(paragraph)

    sections: list[Section] = []
    closing: list[Paragraph] = []
    for position, start in enumerate(section_starts):
        end = section_starts[position + 1] if position + 1 < len(section_starts) else len(paras)
        body = paras[start + 1 : end]
        closing_at = next((i for i, p in enumerate(body) if fold(p.text).startswith(CLOSING_OPENINGS)), None)
        if closing_at is not None:
            closing = body[closing_at:]
            body = body[:closing_at]
        match = SECTION_HEADING.match(paras[start].text)
        assert match is not None
        sections.append(
            Section(section_kind(match.group("title")), match.group("numeral"), paras[start], body)
        )

    return Structure(
        header=header_lines,
        document_type=DOCUMENT_TYPES[fold(heading.text)],
        heading=heading,
        title=title,
        preamble=preamble,
        sections=sections,
        closing=closing,
        recipients=recipients,
        signature=signature,
        appendix_heading=source.lines[appendix_index] if appendix_index is not None else None,
        appendix=appendix_lines,
        body=body_lines,
    )


def _heading_apart(paras: list[Paragraph]) -> list[Paragraph]:
    """The document type line as a paragraph of its own: Markdown converted from Word often runs
    "**KẾ HOẠCH**" and the title's first line together without a blank line between them, and a
    PDF's text the place and date line and "KẾ HOẠCH" under it."""
    result: list[Paragraph] = []
    for paragraph in paras:
        at = next(
            (i for i, line in enumerate(paragraph.lines) if fold(line.stripped) in DOCUMENT_TYPES), None
        )
        if at is None or len(paragraph.lines) == 1:
            result.append(paragraph)
            continue
        before, heading, after = paragraph.lines[:at], paragraph.lines[at], paragraph.lines[at + 1 :]
        result += [Paragraph(lines) for lines in (before, [heading], after) if lines]
    return result


def _signature_start(lines: list[Line], after: int | None) -> int | None:
    start = after or 0
    for index in range(start, len(lines)):
        if SIGNATURE_OPENING.match(lines[index].stripped + " "):
            return index
    return None
