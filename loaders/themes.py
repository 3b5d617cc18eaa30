"""What a task is about: the themes of Decision 27's task groups and of the CRC recommendation
groups, told from a task's words.

A theme is a list of phrases (as officials write them, matched folded: no diacritics, lower
case, whole words). A task's score for a theme is the weight of the phrases of that theme its
text holds, a phrase of several words weighing more than one word (it says more). The lexicons
were tuned on the tasks of the seed documents and checked on tasks of documents they were not
tuned on (tests/test_links.py holds both sets and the measured agreement).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from plankg.text import fold


def _phrases(text: str) -> tuple[str, ...]:
    return tuple(phrase.strip() for phrase in text.split(";"))


# Decision 27's seven task groups (DOMAIN.md §1), by number.
D27_THEMES: Mapping[str, tuple[str, ...]] = {
    "1": _phrases(
        "phap luat; chinh sach; van ban quy pham; hoan thien; sua doi; bo sung; gop y; du thao; "
        "luat; nghi dinh; thong tu; co che; the che"
    ),
    "2": _phrases(
        "truyen thong; tuyen truyen; giao duc; van dong xa hoi; pho bien; nang cao nhan thuc; "
        "thang hanh dong; dien dan tre em; thong tin dai chung; bao chi; loa truyen thanh"
    ),
    "3": _phrases(
        "nang cao nang luc; tap huan; boi duong; phoi hop lien nganh; mo hinh; nhan rong; "
        "doi ngu; can bo; kien toan; cong tac vien; chuyen mon, nghiep vu; nghiep vu; bo may; "
        "mang luoi; ban dieu hanh"
    ),
    "4": _phrases(
        "dich vu; tro giup xa hoi; tro cap; cham soc thay the; kham, chua benh; kham chua benh; "
        "dinh duong; tu van; tam ly; tong dai; ho tro; phong, chong; can thiep; hoc nghe; "
        "vui choi; giai tri; duoi nuoc; tai nan; sua me; hoa nhap; suc khoe; tiem chung; "
        "bien doi khi hau; o nhiem; xam hai; bao luc"
    ),
    "5": _phrases("kiem tra; thanh tra; giam sat; co so du lieu; du lieu; thong ke; so lieu; cap nhat"),
    "6": _phrases("kinh phi; ngan sach; du toan; bo tri kinh phi; nguon luc; xa hoi hoa; huy dong; tai tro"),
    "7": _phrases(
        "hop tac quoc te; quoc te; phi chinh phu; vien tro; cac nuoc; kinh nghiem quoc te; bao cao quoc gia"
    ),
}

# The recommendation groups of CRC/C/VNM/CO/5-6 (DOMAIN.md §3), by notation.
CRC_THEMES: Mapping[str, tuple[str, ...]] = {
    "A": _phrases(
        "phap luat; chinh sach; van ban quy pham; ngan sach; kinh phi; nguon luc; du lieu; thong "
        "ke; giam sat; kiem tra; thanh tra; pho bien; tap huan; nang cao nang luc; phoi hop lien "
        "nganh; doanh nghiep; to chuc xa hoi; hop tac quoc te; cong uoc; bao cao quoc gia; luat "
        "tre em"
    ),
    "B": _phrases("do tuoi; du 16 tuoi; duoi 18 tuoi; dinh nghia tre em; nguoi chua thanh nien"),
    "C": _phrases(
        "khong phan biet; loi ich tot nhat; tai nan; thuong tich; duoi nuoc; day boi; su tham "
        "gia; tham gia cua tre em; y kien cua tre em; dien dan tre em; binh dang"
    ),
    "D": _phrases(
        "khai sinh; quoc tich; khong quoc tich; moi truong mang; tren mang; rieng tu; bi mat doi "
        "tu; thong tin ca nhan"
    ),
    "E": _phrases(
        "xam hai; bao luc; boc lot; tong dai; 111; tao hon; can huyet; trung phat; bi xam hai; "
        "xam hai tinh duc; phong, chong bao luc"
    ),
    "F": _phrases(
        "cham soc thay the; nhan con nuoi; nuoi con nuoi; gia dinh; cha me; mo coi; hoan canh dac "
        "biet; tro giup xa hoi; ky nang lam cha me"
    ),
    "G": _phrases("khuyet tat; hoa nhap; can thiep som; tu ky"),
    "H": _phrases(
        "y te; suc khoe; dinh duong; suy dinh duong; thap coi; beo phi; sua me; hiv; tam ly; tam "
        "than; tu tu; sinh san; thuoc la; ma tuy; ruou; bien doi khi hau; o nhiem; nuoc sach; ve "
        "sinh; tiem chung; kham, chua benh; kham chua benh; ngheo"
    ),
    "I": _phrases(
        "truong hoc; hoc sinh; bo hoc; vui choi; giai tri; van hoa; the thao; song ngu; da ngon "
        "ngu; bao luc hoc duong; hoc duong; mam non; pho cap; nam hoc"
    ),
    "J": _phrases(
        "dan toc thieu so; lao dong tre em; mua ban; tu phap; vi pham phap luat; toa an; toa gia "
        "dinh; dieu tra than thien; lay loi khai; hoc nghe; giao duc nghe nghiep; tu phap nguoi "
        "chua thanh nien; lao dong"
    ),
    "OPSC": _phrases("bo luat hinh su; mua ban tre em; mai dam; khieu dam"),
    "OPAC": _phrases("xung dot vu trang; nghia vu quan su; quan doi"),
}


# The confirmed paragraphs of CRC/C/VNM/CO/5-6 (DOMAIN.md §3), by number: narrower than their
# groups, so a task answers one only when it names its very subject.
PARAGRAPH_THEMES: Mapping[str, tuple[str, ...]] = {
    "17": _phrases("phan biet doi xu; khong phan biet; binh dang"),
    "30": _phrases("bao luc; xam hai; boc lot; xam hai tinh duc"),
    "38": _phrases("suy dinh duong; thap coi; beo phi; sua me; hiv"),
    "40": _phrases("thuoc la; ma tuy; ruou, bia; ruou bia; chat gay nghien"),
}


@dataclass(frozen=True)
class ThemeScore:
    theme: str
    score: float  # the weight of the theme's phrases found
    share: float  # that weight over the weight of every theme's phrases found


@cache
def _pattern(phrase: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w]){re.escape(phrase)}(?![\w])")


def _weight(phrase: str) -> float:
    return 1.0 + 0.5 * (len(phrase.split()) - 1)


def theme_scores(text: str, themes: Mapping[str, tuple[str, ...]]) -> list[ThemeScore]:
    """Every theme whose phrases the text holds, best first."""
    folded = fold(text)
    found: dict[str, float] = {}
    for theme, phrases in themes.items():
        weight = sum(_weight(phrase) for phrase in phrases if _pattern(phrase).search(folded))
        if weight:
            found[theme] = weight
    total = sum(found.values())
    ranked = sorted(found.items(), key=lambda item: (-item[1], item[0]))
    return [ThemeScore(theme, weight, weight / total) for theme, weight in ranked]
