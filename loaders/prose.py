"""Assignments written in prose, in a task's own text (plans without an appendix table).

Two forms: labelled fields ("- Cơ quan chủ trì: Sở Y tế." "- Cơ quan phối hợp: ..." "- Thời gian
thực hiện: Quý IV/2025.", on their own lines or inside a paragraph), and assignments in a sentence
("Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Sở Y tế và UBND các huyện tổ chức ..., hoàn
thành trong Quý III/2025."). Labelled fields are taken out of the task's text; a sentence stays as
written. Names and timeframes are kept as written, without the sentence's final punctuation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from plankg.text import fold, nfc, squash

from .assignees import opens_with_head
from .gazetteer import Gazetteer, lower_words

LABELS: dict[str, tuple[str, ...]] = {
    "lead": (
        "cơ quan chủ trì",
        "đơn vị chủ trì",
        "cơ quan thực hiện",
        "đơn vị thực hiện",
        "chủ trì thực hiện",
        "chủ trì",
    ),
    "cooperating": ("cơ quan phối hợp", "đơn vị phối hợp", "phối hợp thực hiện", "phối hợp"),
    "timeframe": (
        "thời gian thực hiện",
        "thời gian hoàn thành",
        "thời hạn hoàn thành",
        "thời hạn thực hiện",
        "tiến độ thực hiện",
        "thời gian",
        "thời hạn",
        "tiến độ",
    ),
}
_ALL_LABELS = sorted((label for labels in LABELS.values() for label in labels), key=len, reverse=True)
_LABEL = re.compile(
    r"(?P<label>" + "|".join(re.escape(label) for label in _ALL_LABELS) + r")\s*:\s*", re.IGNORECASE
)
# Verbs that end a list of cooperating agencies in a sentence ("phối hợp với X và Y tổ chức ...").
_ACTIONS = (
    "tổ chức",
    "thực hiện",
    "triển khai",
    "xây dựng",
    "tham mưu",
    "rà soát",
    "hướng dẫn",
    "kiểm tra",
    "tuyên truyền",
    "nghiên cứu",
    "đẩy mạnh",
    "bảo đảm",
    "đảm bảo",
    "nâng cao",
    "phát triển",
    "theo dõi",
    "đề xuất",
    "tăng cường",
    "duy trì",
    "củng cố",
    "phòng ngừa",
    "phòng chống",
    "ngăn chặn",
    "ngăn ngừa",
    "kết nối",
    "thăm hỏi",
    "thúc đẩy",
    "lồng ghép",
    "rà",
    "ban hành",
    "cập nhật",
    "giám sát",
    "đánh giá",
    "phổ biến",
    "truyền thông",
    "bồi dưỡng",
    "đào tạo",
    "hỗ trợ",
    "vận động",
    "chỉ đạo",
    "tiếp nhận",
    "căn cứ",
    "xử lý",
    "điều tra",
    "giải quyết",
    "tập huấn",
    "nắm",
    "phát hiện",
    "quản lý",
    "huy động",
    "tham gia",
    "tổng hợp",
    "khảo sát",
    "tư vấn",
    "cung cấp",
    "trình",
    "để",
    "nhằm",
    "trong",
    "hoàn thành",
    "thường xuyên",
    "hằng năm",
    "hàng năm",
    "trước",
    "từ",
)
_TIMEFRAME_IN_TEXT = re.compile(
    r"(?P<tf>"
    r"[Qq]uý\s+(?:IV|III|II|I|[1-4])\s*/\s*(?:năm\s+)?20\d\d"
    r"|[Tt]rước ngày\s+\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*20\d\d|\s+(?:hằng|hàng) năm)"
    r"|[Tt]ừ tháng\s+\d{1,2}\s+đến tháng\s+\d{1,2}(?:\s+(?:hằng|hàng) năm)?"
    r"|[Kk]hi có (?:yêu cầu|đề nghị)"
    r"|[Nn]ăm\s+20\d\d\s+và các năm tiếp theo"
    r"|(?:[Hh]ọc kỳ\s+(?:II|I|1|2)\s+)?[Nn]ăm học\s+20\d\d\s*[-–]\s*20\d\d"
    r"|[Đđ]ịnh kỳ\s+(?:6 tháng|sáu tháng|hằng quý|hàng quý|hằng năm|hàng năm)(?:\s*,\s*(?:hằng|hàng) năm)?"
    r"|[Gg]iai đoạn\s+20\d\d\s*[-–]\s*20\d\d"
    r"|[Tt]háng\s+\d{1,2}\s*[-–]\s*tháng\s+\d{1,2}\s+(?:hằng|hàng) năm"
    r"|[Tt]heo (?:kế hoạch|chương trình)[^,.;]{0,40}?(?:hằng|hàng) năm"
    r"|[Tt]heo (?:đề nghị|yêu cầu) của [^,.;]+"
    r"|[Tt]hường xuyên(?:,?\s+(?:hằng|hàng) năm)?"
    r"|(?:hằng|hàng) năm"
    r"|(?:hằng|hàng) (?:quý|tháng)"
    r"|(?<![\d/])20\d\d\s*[-–]\s*20\d\d"
    r"|[Tt]háng\s+\d{1,2}\s*/\s*20\d\d"
    r"|[Nn]ăm\s+20\d\d"
    r")"
)


_UNIT_WORDS = {"tỉnh", "huyện", "quận", "thị", "xã", "phường", "thành", "phố", "trấn", "đặc", "khu", "và"}


@dataclass
class Assignment:
    lead: list[str] = field(default_factory=list)
    cooperating: list[str] = field(default_factory=list)
    timeframe: str | None = None
    text: str = ""  # the task's text without its labelled fields

    @property
    def found(self) -> bool:
        return bool(self.lead or self.cooperating or self.timeframe)


def _clean(value: str) -> str:
    value = squash(value).strip(" .;,")
    if value.endswith(")") and value.count(")") > value.count("("):
        value = value[:-1].rstrip(" .;,")  # the end of fields written in parentheses: "(chủ trì: ...)"
    return value


def _opens(before: str) -> bool:
    before = before.rstrip(" -–+•")
    return not before or before[-1] in "\n.;(:"


def labelled_fields(text: str) -> Assignment:
    """ "Cơ quan chủ trì: ...", "Cơ quan phối hợp: ...", "Thời gian thực hiện: ..." in a task's text."""
    # A label opens a line, a sentence or a bullet; elsewhere the words are part of the prose.
    matches = [m for m in _LABEL.finditer(text) if _opens(text[: m.start()])]
    if not matches:
        return Assignment(text=text)
    found = Assignment()
    kept: list[str] = []
    position = 0
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        end = following.start() if following else len(text)
        value = text[match.end() : end]
        value = value.split("\n", 1)[0]  # a field ends with its line
        value_end = match.end() + len(value)
        kept.append(text[position : match.start()])
        position = value_end
        role = next(
            role for role, labels in LABELS.items() if fold(match.group("label")) in map(fold, labels)
        )
        cleaned = _clean(value)
        if role == "timeframe":
            found.timeframe = found.timeframe or cleaned or None
        elif cleaned:
            getattr(found, role).append(cleaned)
    kept.append(text[position:])
    found.text = "\n".join(
        line for line in (squash(part.strip(" -;(")) for part in "".join(kept).split("\n")) if line
    )
    return found


def assignment_sentence(text: str, gazetteer: Gazetteer) -> Assignment:
    """ "Giao X chủ trì, phối hợp với Y ..., hoàn thành trong Quý III/2025." in a task's text;
    also "X chủ trì ..., phối hợp với Y ..." and "Giao X <does something> ..." (no "chủ trì")."""
    found = Assignment(text=text)
    # "Giao X chủ trì" names X whatever its words; only without "Giao" is the lead the name that
    # ends the clause before "chủ trì" ("Năm 2025, Sở Y tế chủ trì ...").
    match = re.search(r"\b[Gg]iao(?:\s+cho)?\s+(?P<given>[^.;:]+?)\s+chủ trì\b", text) or re.search(
        r"(?P<given>)(?P<named>[^.;:]+?)\s+chủ trì\b", text
    )
    if match:
        lead = match.group("given") or _trailing_name(match.group("named"), gazetteer)
        rest = text[match.end() :]
    else:
        # "Giao UBND các xã, phường căn cứ Kế hoạch này xây dựng ...": the names up to the verb;
        # "Đề nghị các trường ... lồng ghép ..." asks bodies the plan cannot order, the same way.
        match = re.search(
            r"\b(?:[Gg]iao(?:\s+cho)?|[Đđ]ề nghị)\s+(?P<given>(?:[A-ZĐÀ-Ỹ]|các\s)[^.;:]*)", text
        )
        lead = _leading_names(match.group("given"), gazetteer) if match else None
        rest = text[match.start("given") + len(lead) :] if match and lead else ""
        if not lead:
            lead, rest = _responsible_subject(text, gazetteer)
    if not lead:
        return found
    found.lead = [_clean(lead)]
    # The partners follow "chủ trì," or come later in the sentence ("..., phối hợp với Y ...").
    sentence = re.split(r"(?<=[.;])\s", rest, maxsplit=1)[0]
    partners = re.search(
        r"(?:^|,|\s)\s*(?:và\s+)?(?:phối hợp với|phối hợp cùng|cùng với)\s+(?P<names>.+)", sentence, re.DOTALL
    ) or re.match(r"\s*,?\s*(?:và\s+)?cùng\s+(?P<names>.+)", rest, re.DOTALL)
    if partners:
        names = _leading_names(partners.group("names"), gazetteer)
        if names:
            found.cooperating = [names]
    timeframe = _sentence_timeframe(rest)
    if timeframe:
        found.timeframe = timeframe
    return found


def _sentence_timeframe(text: str) -> str | None:
    """The time of a task's sentence: the one after "hoàn thành", "thực hiện", when the sentence
    names others ("dự toán ngân sách năm 2026 ..., hoàn thành trong tháng 11/2025"), else the
    first."""
    matches = list(_TIMEFRAME_IN_TEXT.finditer(text))
    if not matches:
        # An event the task waits for, after its verb: "thực hiện khi có chương trình, dự án được
        # phê duyệt" (a clause opening "khi" or "sau khi" says when, whatever it names).
        clause = _CUED_CLAUSE.search(text)
        if clause and re.match(r"(?:sau )?khi\b", clause.group("tf"), re.IGNORECASE):
            return squash(clause.group("tf"))
        return None
    cued = [m for m in matches if _TIME_CUE.search(text[max(0, m.start() - 20) : m.start()])]
    found = (cued or matches)[0]
    # The time phrase runs to the end of its clause: "thực hiện hằng năm khi xây dựng dự toán",
    # "thực hiện theo chương trình giám sát năm 2025" (a timeframe within it, cued by the verb).
    clause = _CUED_CLAUSE.search(text)
    if clause and clause.start("tf") <= found.start() < clause.end("tf"):
        return squash(clause.group("tf"))
    return squash(found.group("tf"))


# "…, thực hiện <time phrase>." at the end of a sentence: the whole phrase, to the end of the
# sentence, when it opens with a word a time phrase opens with.
_CUED_CLAUSE = re.compile(
    r"(?:hoàn thành|thực hiện)(?:\s+(?:trong|vào))?\s+"
    r"(?P<tf>(?:hằng|hàng|thường|theo|trước|trong|từ|đến|quý|năm|tháng|học|khi|sau|giai|định|dịp|6)\b[^.;:]*?)"
    r"\s*(?:[.;]\s*$|[.;]\s+(?=[A-ZĐÀ-Ỹ])|$)",
    re.IGNORECASE,
)
_TIME_CUE = re.compile(r"(?:hoàn thành|thực hiện|thời gian|thời hạn)(?:\s+(?:trong|vào))?\s*:?\s*$", re.I)


# Verbs whose subject is the body that answers for the task ("Phòng Tài chính - Kế hoạch tham mưu
# Ủy ban nhân dân huyện bố trí kinh phí ..."), when a sentence opens with that body.
_RESPONSIBLE_VERBS = ("tham mưu", "chịu trách nhiệm", "có trách nhiệm", "chủ động")


def _responsible_subject(text: str, gazetteer: Gazetteer) -> tuple[str | None, str]:
    """The known agency that opens a sentence of ``text`` as the subject of a verb of
    responsibility, and the text after it; (None, "") when no sentence opens so."""
    for start in re.finditer(r"(?:^|(?<=[.:\n])\s*)(?=[A-ZĐÀ-Ỹ])", text):
        opening = text[start.end() :]
        names = _leading_names(opening, gazetteer)
        if not names or not gazetteer.agency(names)[0]:
            continue
        after = opening[len(names) :].lstrip()
        if after.startswith(_RESPONSIBLE_VERBS):
            return names, after
    return None, ""


def _is_name_word(word: str, gazetteer: Gazetteer) -> bool:
    from .fragments import COLLECTIVE_WORDS

    words = lower_words(word)
    return bool(words) and all(
        w in gazetteer.vocabulary or w in COLLECTIVE_WORDS or w in {"-", "&"} for w in words
    )


def _trailing_name(text: str, gazetteer: Gazetteer) -> str | None:
    """The agency named at the end of a clause: "Năm 2025, Sở Y tế" -> "Sở Y tế"."""
    words = text.split()
    for start in range(len(words)):
        candidate = " ".join(words[start:])
        if gazetteer.agency(candidate)[0] or (
            words[start][:1].isupper()
            and all(_is_name_word(w, gazetteer) for w in words[start:])
            and (gazetteer.is_name_prefix(words[start]) or opens_with_head(candidate))
        ):
            return candidate
    return None


def _leading_names(text: str, gazetteer: Gazetteer) -> str | None:
    """The list of agencies at the start of ``text``, up to the action that follows it ("phối hợp
    với Phòng Kinh tế và các cơ sở lưu trú du lịch trên địa bàn kiểm tra, ...").

    A name that opens with a body's word ("Trung tâm", "Đồn Biên phòng") runs on over words the
    gazetteer does not know ("Trung tâm Cung ứng dịch vụ công đặc khu"), as a collective ("các
    ...") does; either ends at a lower-case action verb, unless the verb carries on a known name
    ("Sở Giáo dục và Đào tạo").
    """
    words = nfc(text).split()
    taken: list[str] = []
    current: list[str] = []  # the words of the name being read
    in_collective = in_name = False
    for index, word in enumerate(words):
        bare = word.strip(",.;:")
        lowered = bare.casefold()
        pair = " ".join(w.strip(",.;:") for w in words[index : index + 2]).casefold()
        # After "các" a verb's words name things ("các tổ chức chính trị - xã hội").
        after_plural = index > 0 and fold(words[index - 1].strip(",.;:")) in {"cac", "nhung"}
        is_action = (
            bare[:1].islower()
            and not after_plural
            and any(pair == a or pair.startswith(a + " ") or lowered == a for a in _ACTIONS)
        )
        if taken and is_action and not gazetteer.is_name_prefix(" ".join([*taken[-6:], word])):
            break
        if fold(bare) == "cac":
            in_collective = True
        elif bare[:1].isupper() and opens_with_head(" ".join(words[index : index + 3])):
            in_name = True
        elif bare[:1].isupper() and taken and taken[-1] in {"-", "–"}:
            in_name = True  # the second half of a joined name: "Tư pháp - Hộ tịch"
        # Past a whole known name ("Công an tỉnh"), only words of names carry it on: a place,
        # a unit ("thị xã"), or a word that continues a known name; not a verb ("chỉ đạo").
        whole = bool(current) and bool(gazetteer.agency(" ".join(current))[0])
        unknown_allowed = in_name and not whole
        if (
            whole
            and not in_collective
            and bare[:1].islower()
            and lowered not in _UNIT_WORDS
            and not gazetteer.is_name_prefix(" ".join([*current, bare]))
        ):
            break
        if not (in_collective or unknown_allowed or _is_name_word(word, gazetteer) or lowered in {"và", ""}):
            break
        taken.append(word)
        current.append(bare)
        if word.endswith((".", ";", ":")):
            break
        if lowered == "và" or word.endswith(","):
            in_name = False  # the next name must open again
            current = []
    names = _clean(" ".join(taken))
    while names and names.split()[-1].casefold() in {"và", "các"}:
        names = _clean(" ".join(names.split()[:-1]))
    return names or None


def read_assignment(text: str, gazetteer: Gazetteer) -> Assignment:
    """The assignment a task's prose carries: labelled fields first, else an assignment sentence."""
    labelled = labelled_fields(text)
    if labelled.found:
        return labelled
    return assignment_sentence(text, gazetteer)
