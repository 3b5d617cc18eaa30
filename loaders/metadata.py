"""Plan metadata from the header, body and signature: number, date, issuer, level, locality,
signer, focal agency and the plans it implements.

Headers are often lost in PDF extraction and drafts leave blanks ("Số: /KH-UBND", "ngày tháng 3
năm 2025"), so each value is looked for in every place a plan states it (header, title, preamble,
closing sentence, the appendix's "Kèm theo Kế hoạch số ..." line) and the strongest is kept, with
the lines it was read from.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise

from plankg.text import fold, squash

from .assignees import opens_with_head
from .citations import (
    DATE,
    IMPLEMENTABLE_KINDS,
    Citation,
    find_citations,
    issuer_level,
    normalise_number,
    parse_date,
)
from .gazetteer import Gazetteer, Unit, level_of_unit_word
from .model import CitedPlan, DocumentError, Level, PlanMeta, Span
from .paragraphs import Paragraph
from .reporting import reporting_deadlines
from .source import PIECE_BREAK, Line, SourceText, strip_markup
from .structure import Structure, uppercase_ratio

UNIT_WORDS_WRITTEN = {
    "tinh": "tỉnh",
    "thanh pho": "thành phố",
    "quan": "quận",
    "huyen": "huyện",
    "thi xa": "thị xã",
    "xa": "xã",
    "phuong": "phường",
    "thi tran": "thị trấn",
    "dac khu": "đặc khu",
}
_UNIT_WORD = r"(?P<unit>(?i:tỉnh|thành phố|quận|huyện|thị xã|xã|phường|thị trấn|đặc khu))"
# A place name: capitalised words, also joined by a dash ("Bà Rịa - Vũng Tàu", "Phan Rang-Tháp Chàm").
_NAME_WORD = r"[A-ZĐÀ-Ỹ][^\s,.;:()\-–]*"
# Since July 2025 some wards are numbered ("phường Móng Cái 1"), as HCMC's always were ("Quận 1").
_NAME = rf"(?P<name>{_NAME_WORD}(?:(?:\s+|\s*[-–]\s*){_NAME_WORD})*(?:\s+\d{{1,2}}\b)?|\d{{1,2}}\b)"
LOCALITY_IN_TEXT = re.compile(rf"(?i:trên địa bàn)\s+{_UNIT_WORD}(?:\s+{_NAME})?")
ISSUER_CLAUSE = re.compile(
    rf"(?:Chủ tịch\s+)?(?:Ủy ban nhân dân|UBND)\s+{_UNIT_WORD}(?:\s+{_NAME})?\s+(?:ban hành|xây dựng)",
)
ISSUER_AT_END = re.compile(rf"(?:Ủy ban nhân dân|UBND)\s+{_UNIT_WORD}(?:\s+{_NAME})?\s*\)?\s*$")
HEADER_UNIT = re.compile(rf"^\s*(?:(?i:ủy ban nhân dân|ubnd)\s+)?{_UNIT_WORD}\s+{_NAME}\s*$")
# "Số: 97 /KH-UBND", "Số: /KH-UBND" (a blank), "Số: KH-UBND", "Số: 45/2025/KH-UBND", anywhere in a line.
NUMBER_IN_LINE = re.compile(
    r"(?<!\w)Số\s*:?\s*(?P<number>\d*\s*(?:/\s*\d{4}\s*)?/\s*[A-ZĐ][A-Za-zĐđ0-9\-]*|[A-ZĐ]{2,}-[A-ZĐ][A-Za-zĐđ0-9\-]*)"
)
PLACE_DATE = re.compile(
    rf"(?P<place>[A-ZĐÀ-Ỹ][^\s,\d:]*(?:\s+[A-ZĐÀ-Ỹ][^\s,\d:]*){{0,4}}(?:\s+\d{{1,2}})?),\s*{DATE}"
)
_MOTTO = re.compile(
    r"C[ỘO]NG\s+H[ÒO]A\s+X[ÃA]\s+H[ỘO]I\s+CH[ỦU]\s+NGH[ĨI]A\s+VI[ỆE]T\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc",
    re.IGNORECASE,
)
LEVEL_ORDER: dict[str, int] = {"national": 0, "province": 1, "district": 2, "commune": 3}
ROLE_LINE = re.compile(r"^(?:TM|KT|Q|TL|TUQ)\.\s|CHỦ TỊCH|ỦY BAN NHÂN DÂN|THỦ TƯỚNG|BỘ TRƯỞNG|GIÁM ĐỐC")


@dataclass
class Mention:
    unit_word: str | None  # folded: "tinh", "thanh pho", ...
    name: str | None  # as written
    span: Span
    weight: int


def read_metadata(source: SourceText, structure: Structure, gazetteer: Gazetteer) -> PlanMeta:
    evidence: dict[str, Span] = {}
    if not structure.title:
        raise DocumentError(
            source.name,
            structure.heading.last if structure.heading else None,
            "expected the plan's title after its document type heading",
        )
    title_span = Span(structure.title[0].first, structure.title[-1].last)
    title = squash(" ".join(p.text for p in structure.title))

    number, number_span = _number(structure)
    date, place, date_span = _place_and_date(structure)
    annex = _annex_reference(structure)
    if number is None and annex and annex[0].number:
        number, number_span = annex[0].number, annex[1]
    if number_span:
        evidence["number"] = number_span
    if date is None and annex and annex[0].date:
        date, date_span = annex[0].date, annex[1]
    if date_span:
        evidence["date"] = date_span

    national = _national_issuer(structure, gazetteer)
    if national is not None:
        return _national_plan(structure, national, gazetteer, title, title_span, number, date, evidence)
    mentions = _locality_mentions(structure, place, date_span, annex)
    unit_word, unit, written, locality_span = _choose_locality(mentions, gazetteer)
    if unit_word is None and unit is None:
        raise DocumentError(
            source.name,
            title_span.first,
            'expected the issuing locality ("trên địa bàn tỉnh ...", "UBND huyện ... ban hành", or a header)',
        )
    level = _level(unit_word, unit)
    locality = unit.name if unit else (written or "")
    if locality_span:
        evidence["locality"] = locality_span
    written_word = UNIT_WORDS_WRITTEN.get(unit_word or "", "")
    issuer = squash(f"Ủy ban nhân dân {written_word} {locality}")

    cited = _cited_plans(structure, level, gazetteer, date)
    parent_locality = None
    if unit and unit.within:
        parent = gazetteer.unit_by_iri(unit.within)
        parent_locality = parent.name if parent and parent.level != "national" else None
    if parent_locality is None and level in ("district", "commune"):
        direct = next((c for c in cited if c.direct and c.level == "province"), None)
        parent_locality = direct.locality if direct else None

    signer, signer_title, signer_span = _signer(structure.signature)
    if signer_span:
        evidence["signer"] = signer_span
    focal, focal_span = _focal_agency(structure, gazetteer)
    if focal_span:
        evidence["focal_agency"] = focal_span

    organisation = structure.section("organisation")
    reporting = reporting_deadlines([*(organisation.body if organisation else []), *structure.closing])
    return PlanMeta(
        reporting=reporting,
        title=title,
        kind=structure.document_type,
        number=number,
        date=date,
        issuer=issuer,
        level=level,
        locality=locality,
        locality_type=written_word or None,
        locality_as_written=written if written and written != locality else None,
        parent_locality=parent_locality,
        signer=signer,
        signer_title=signer_title,
        focal_agency=focal,
        implements=cited,
        lines=title_span,
        evidence=evidence,
    )


# -- national plans -------------------------------------------------------------------------------


def _national_issuer(structure: Structure, gazetteer: Gazetteer) -> tuple[str, Span] | None:
    """A national body named at the head of the header ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "THỦ TƯỚNG
    CHÍNH PHỦ"): the plan is a national one, whatever place its date line names."""
    pieces = header_pieces(structure.header)[:4]
    for start, piece in enumerate(pieces[:3]):
        if NUMBER_IN_LINE.search(piece.stripped) or PLACE_DATE.search(piece.stripped):
            break
        # A long name breaks over the column's lines ("BỘ VĂN HÓA, THỂ THAO" / "VÀ DU LỊCH").
        for end in range(start + 1, min(start + 3, len(pieces)) + 1):
            name = " ".join(p.stripped for p in pieces[start:end])
            known = gazetteer.agency(name, "national")[0]
            if known is not None and known.national:
                return known.label_vi, Span(piece.number, pieces[end - 1].number)
    return None


def _national_plan(
    structure: Structure,
    national: tuple[str, Span],
    gazetteer: Gazetteer,
    title: str,
    title_span: Span,
    number: str | None,
    date: str | None,
    evidence: dict[str, Span],
) -> PlanMeta:
    issuer, issuer_span = national
    evidence["issuer"] = issuer_span
    signer, signer_title, signer_span = _signer(structure.signature)
    if signer_span:
        evidence["signer"] = signer_span
    focal, focal_span = _focal_agency(structure, gazetteer)
    if focal_span:
        evidence["focal_agency"] = focal_span
    organisation = structure.section("organisation")
    return PlanMeta(
        title=title,
        kind=structure.document_type,
        number=number,
        date=date,
        issuer=issuer,
        level="national",
        locality="Việt Nam",
        signer=signer,
        signer_title=signer_title,
        focal_agency=focal,
        implements=_cited_plans(structure, "national", gazetteer),
        lines=title_span,
        evidence=evidence,
        reporting=reporting_deadlines([*(organisation.body if organisation else []), *structure.closing]),
    )


# -- number and date ------------------------------------------------------------------------------


def header_pieces(lines: list[Line]) -> list[Line]:
    """The header's pieces of text, one per line, whatever its layout: two columns side by side
    (a Word or Markdown table, or PDF text where both columns share lines), cells broken by <br>.
    The national motto is left out; each piece keeps the number of the line it is on."""
    pieces: list[Line] = []
    for line in lines:
        for part in PIECE_BREAK.split(line.raw):
            text = strip_markup(part, markdown=True)
            for piece in _MOTTO.sub("\n", text).split("\n"):
                piece = squash(piece)
                if piece and not re.fullmatch(r"[-_:|\s*]+", piece):
                    pieces.append(Line(line.number, piece, piece))
    return pieces


def _number(structure: Structure) -> tuple[str | None, Span | None]:
    for line in header_pieces(structure.header):
        match = NUMBER_IN_LINE.search(line.stripped)
        if match:
            return normalise_number(match.group("number")), Span(line.number, line.number)
    return None, None


def _place_and_date(structure: Structure) -> tuple[str | None, str | None, Span | None]:
    for line in header_pieces(structure.header):
        match = PLACE_DATE.search(line.stripped)
        if match:
            date = parse_date(match.group("day"), match.group("month"), match.group("year"))
            return date, squash(match.group("place")), Span(line.number, line.number)
    return None, None, None


def _annex_reference(structure: Structure) -> tuple[Citation, Span] | None:
    """The appendix's "(Kèm theo Kế hoạch số ... ngày ... của ...)" line: a second source of metadata."""
    for line in structure.appendix[:15]:
        if "kem theo" in fold(line.stripped):
            citations = find_citations(line.stripped)
            if citations:
                return citations[0], Span(line.number, line.number)
    return None


# -- locality and level ---------------------------------------------------------------------------


def _mentions_in(paragraphs: list[Paragraph], weight: int, skip_citations: bool = False) -> list[Mention]:
    mentions: list[Mention] = []
    for paragraph in paragraphs:
        text = paragraph.text
        if skip_citations:
            for citation in reversed(find_citations(text)):
                text = text[: citation.start] + " " * (citation.end - citation.start) + text[citation.end :]
        for pattern in (LOCALITY_IN_TEXT, ISSUER_CLAUSE):
            for match in pattern.finditer(text):
                mentions.append(
                    Mention(fold(match.group("unit")), match.group("name"), paragraph.span, weight)
                )
    return mentions


def _locality_mentions(
    structure: Structure, place: str | None, date_span: Span | None, annex: tuple[Citation, Span] | None
) -> list[Mention]:
    mentions = _mentions_in(structure.title, 5)
    mentions += _mentions_in(structure.preamble, 3, skip_citations=True)
    mentions += _mentions_in(structure.closing, 2)
    header_unit = _header_unit(structure.header)
    if header_unit:
        mentions.append(header_unit)
    if place and date_span:
        mentions.append(Mention(None, place, date_span, 2))
    if annex and annex[0].issuer:
        match = ISSUER_AT_END.search(annex[0].issuer + " ")
        if match:
            mentions.append(Mention(fold(match.group("unit")), match.group("name"), annex[1], 2))
    return mentions


def _header_unit(header: list[Line]) -> Mention | None:
    """ "ỦY BAN NHÂN DÂN" over "THÀNH PHỐ CẦN THƠ" in the header's left column (or on one line)."""
    pieces = header_pieces(header)
    for first, second in pairwise([*pieces, Line(0, "", "")]):
        candidates = [first]
        if fold(first.stripped) in {"uy ban nhan dan", "ubnd"}:
            candidates = [second]
        for candidate in candidates:
            text = candidate.stripped
            match = HEADER_UNIT.match(text.title() if text.isupper() else text)
            if match and (candidate is second or fold(text).startswith(("uy ban nhan dan", "ubnd"))):
                name = match.group("name")
                return Mention(
                    fold(match.group("unit")), name, Span(first.number, candidate.number or first.number), 4
                )
    return None


def _choose_locality(
    mentions: list[Mention], gazetteer: Gazetteer
) -> tuple[str | None, Unit | None, str | None, Span | None]:
    """The unit word, the unit and the name as written, by weighted vote over the mentions."""
    words: Counter[str] = Counter()
    for mention in mentions:
        if mention.unit_word:
            words[mention.unit_word] += mention.weight
    unit_word = words.most_common(1)[0][0] if words else None
    level = level_of_unit_word(unit_word)

    votes: Counter[str] = Counter()
    by_iri: dict[str, tuple[Unit, Mention]] = {}
    for mention in mentions:
        if not mention.name or (mention.unit_word and mention.unit_word != unit_word):
            continue
        unit = gazetteer.unit(mention.name, level, strict=level is not None)
        if unit and unit_word == "thanh pho" and unit.unit_type == "unitTypeProvince":
            # "thành phố Lạng Sơn" is not the tỉnh Lạng Sơn but its capital, a city under the
            # province (district level), named after it.
            unit = None
        if unit:
            votes[unit.iri] += mention.weight
            by_iri.setdefault(unit.iri, (unit, mention))
    if votes:
        unit, mention = by_iri[votes.most_common(1)[0][0]]
        if unit_word is None:
            unit_word = {"province": "tinh", "district": "huyen", "commune": "xa"}.get(unit.level)
        return unit_word, unit, mention.name, mention.span
    named = [m for m in mentions if m.name and (not m.unit_word or m.unit_word == unit_word)]
    if not named:
        return unit_word, None, None, None
    # A unit the reference data does not know: the spelling with the most weight behind it
    # ("Yên Mnh" in a title loses to "Yên Minh" in the header, the preamble and the closing).
    weights: Counter[str] = Counter()
    for mention in named:
        weights[mention.name or ""] += mention.weight
    spelling = weights.most_common(1)[0][0]
    first = next(m for m in named if m.name == spelling)
    return unit_word, None, spelling, first.span


def _level(unit_word: str | None, unit: Unit | None) -> Level:
    if unit is not None and unit.level in LEVEL_ORDER:
        return unit.level  # type: ignore[return-value]
    implied = level_of_unit_word(unit_word)
    # A "thành phố" not in the reference list is a city under a province (district level).
    return implied or "district"  # type: ignore[return-value]


# -- citations ------------------------------------------------------------------------------------


def _cited_plans(
    structure: Structure, level: Level, gazetteer: Gazetteer, date: str | None = None
) -> list[CitedPlan]:
    cited: dict[str, CitedPlan] = {}
    for paragraph in [*structure.preamble, *structure.title]:
        for citation in find_citations(paragraph.text):
            if not citation.number or citation.number in cited:
                continue
            cited[citation.number] = cited_plan(citation, paragraph.span, gazetteer)
    plans = list(cited.values())
    mark_direct(plans, level, date)
    return plans


# From 1 July 2025 local government has two levels (Resolution 202/2025/QH15; DOMAIN.md §4): a
# commune's plan implements its province's, and a cited district plan is a predecessor's.
DISTRICTS_ABOLISHED = "2025-07-01"


def mark_direct(plans: list[CitedPlan], level: str, date: str | None = None) -> None:
    """Unless one is marked already, the plan implemented directly is the nearest level above
    (a district's plan only for a plan issued while districts existed)."""
    if any(plan.direct for plan in plans):
        return
    if level == "national":
        # A ministry's plan carries out a plan of the Government or the Prime Minister.
        higher = [
            p for p in plans if p.level == "national" and p.kind in IMPLEMENTABLE_KINDS and _by_government(p)
        ]
        if higher:
            higher[0].direct = True
        return
    after_reform = date is not None and date[:7] >= DISTRICTS_ABOLISHED[:7]
    above = [
        p
        for p in plans
        if p.level
        and LEVEL_ORDER[p.level] < LEVEL_ORDER[level]
        and p.kind in IMPLEMENTABLE_KINDS
        and not (after_reform and p.level == "district")
    ]
    if above:
        nearest = max(above, key=lambda p: LEVEL_ORDER[p.level or "national"])
        nearest.direct = True


def _by_government(plan: CitedPlan) -> bool:
    code = (plan.number or "").rsplit("-", 1)[-1].upper()
    return code in {"TTG", "CP"} or fold(plan.issuer or "").startswith(("thu tuong", "chinh phu"))


def cited_plan(citation: Citation, span: Span, gazetteer: Gazetteer) -> CitedPlan:
    level = issuer_level(citation.issuer)
    locality = None
    unit_word = None
    issuer = citation.issuer
    match = ISSUER_AT_END.search((citation.issuer or "") + " ")
    if match:
        unit_word = fold(match.group("unit"))
        locality = match.group("name")
    if locality is None and citation.title:
        found = LOCALITY_IN_TEXT.search(citation.title)
        if found and found.group("name"):
            unit_word, locality = fold(found.group("unit")), found.group("name")
    if level is None and unit_word:
        unit = gazetteer.unit(locality, level_of_unit_word(unit_word)) if locality else None
        level = _level(unit_word, unit)
        if unit:
            locality = unit.name
        if issuer and locality and locality not in issuer:
            issuer = squash(f"{issuer} {locality}")
    return CitedPlan(
        kind=citation.kind,
        number=citation.number,
        date=citation.date,
        title=citation.title,
        issuer=issuer,
        level=level,  # type: ignore[arg-type]
        locality=locality if level != "national" else None,
        lines=span,
        implements=citation.implements,
    )


# -- signature and focal agency -------------------------------------------------------------------


def _signer(signature: list[Line]) -> tuple[str | None, str | None, Span | None]:
    role: str | None = None
    for line in signature:
        text = line.stripped
        if not text:
            continue
        if ROLE_LINE.search(text) or (uppercase_ratio(text) > 0.8 and len(text.split()) <= 6):
            role = text
            continue
        text = _RANK.sub("", text)  # "Thượng tướng Vũ Hồng Quang", "TS. Nguyễn Văn A"
        words = text.split()
        if role and 1 < len(words) <= 6 and all(word[:1].isupper() for word in words):
            return text, role, Span(line.number, line.number)
    return None, role, None


# A rank or degree before a signer's name: of the army and police, and academic titles.
_RANK = re.compile(
    r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)|(?:GS|PGS|TS|ThS|BS|CKII|CKI)\.?\s*)+\s*"
)


_FOCAL_CUES = ("chu tri", "dau moi", "thuong truc", "theo doi", "don doc", "tong hop")
_LABEL_END = re.compile(r":|\(|\s+(?:là|làm|chủ trì|có trách nhiệm|thực hiện|được giao)\b")


_NAME_WITH_UNIT = re.compile(r"^(?P<name>[^:(,;]+?)\s*\((?P<inner>[^()]+)\)")


def _agency_label(opening: str, gazetteer: Gazetteer) -> str:
    """The agency an item opens with: up to ":", "(", " là ...", and up to a comma only when a
    whole known name stands before it ("Sở Y tế, Sở Tư pháp" but "Vụ Học sinh, sinh viên"); a
    body in parentheses after it is part of the name ("Tổng cục Chính trị (Cục Dân vận)")."""
    if (match := _NAME_WITH_UNIT.match(opening)) and opens_with_head(match.group("inner")):
        # "Tổng cục Chính trị (Cục Dân vận): ..." names the unit in charge: one name, as written.
        return f"{match.group('name').strip()} ({match.group('inner').strip()})"
    label = _LABEL_END.split(opening, maxsplit=1)[0].strip()
    if "," in label and not gazetteer.agency(label)[0]:
        head, rest = (part.strip() for part in label.split(",", 1))
        # After the comma, another body or a collective ends the name; words that carry it on
        # ("Cục Văn hóa cơ sở, Gia đình và Thư viện") do not.
        if gazetteer.agency(head)[0] or opens_with_head(rest) or fold(rest).startswith("cac "):
            return head
    return label.rstrip(" ,;.")


def _focal_agency(structure: Structure, gazetteer: Gazetteer) -> tuple[str | None, Span | None]:
    """The body that coordinates the whole plan: the first numbered item of "Tổ chức thực hiện"
    that names one agency and gives it the lead ("chủ trì", "đầu mối", "cơ quan thường trực").
    The name is what the item opens with: "1. Sở Y tế: ...", "1. Sở Y tế (cơ quan thường trực)",
    "1. Giao Sở Y tế là cơ quan đầu mối, ..."."""
    section = structure.section("organisation")
    if section is None:
        return None, None
    items: list[list[Paragraph]] = []
    for paragraph in section.body:
        if re.match(r"^\d+\.\s", paragraph.text):
            items.append([paragraph])
        elif items:
            items[-1].append(paragraph)
    for item in items:
        first = item[0]
        opening = re.sub(r"^\d+\.\s*", "", first.text)
        opening = re.sub(r"^(?:Giao(?:\s+cho)?|Đề nghị)\s+", "", opening)
        label = _agency_label(opening, gazetteer)
        key = fold(label)
        if not opens_with_head(label) or " cac " in f" {key} " or len(label.split()) > 12:
            continue
        body = fold(" ".join(p.text for p in item))
        if any(cue in body for cue in _FOCAL_CUES):
            return label, first.span
    return None, None
