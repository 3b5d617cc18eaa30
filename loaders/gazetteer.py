"""Names of places and public bodies, read from the curated reference data.

The loaders recognise agencies and localities in free text by comparing *keys*: folded text
(no case, no diacritics) with abbreviations expanded and connectors dropped, so that
"Sở LĐTBXH", "Sở Lao động, Thương binh và Xã hội" and "Sở Lao động - Thương binh và Xã hội" meet.
The reference Turtle (data/reference/units.ttl, agency-kinds.ttl, agencies.ttl) is the only list;
nothing here names a particular agency or place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph

from plankg.text import fold, nfc

# Abbreviations as officials write them, keyed by the folded form without "-", "&" or ".".
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "uy ban nhan dan",
    "ub": "uy ban",
    "hdnd": "hoi dong nhan dan",
    "ldtbxh": "lao dong thuong binh xa hoi",
    "gddt": "giao duc dao tao",
    "vhttdl": "van hoa the thao du lich",
    "tnmt": "tai nguyen moi truong",
    "nnptnt": "nong nghiep phat trien nong thon",
    "nnmt": "nong nghiep moi truong",
    "khdt": "ke hoach dau tu",
    "tttt": "thong tin truyen thong",
    "khcn": "khoa hoc cong nghe",
    "mttq": "mat tran to quoc",
    "mttqvn": "mat tran to quoc viet nam",
    "vp": "van phong",
    "tand": "toa an nhan dan",
    "vksnd": "vien kiem sat nhan dan",
    "bhxh": "bao hiem xa hoi",
    "lhpn": "lien hiep phu nu",
    "chqs": "chi huy quan su",
    "bdbp": "bo doi bien phong",
    "gtvt": "giao thong van tai",
    "tckh": "tai chinh ke hoach",
    "ktht": "kinh te ha tang",
    "vhxh": "van hoa xa hoi",
    "nkt": "nguoi khuyet tat",
    "pthth": "phat thanh truyen hinh",
    "tp": "thanh pho",
    "syt": "so y te",
    "byt": "bo y te",
}

# Words naming a kind of administrative unit, longest first, with the level they imply.
UNIT_TYPE_WORDS: tuple[tuple[str, str | None], ...] = (
    ("thanh pho", None),  # centrally-run (province level) or under a province (district level)
    ("thi tran", "commune"),
    ("dac khu", "commune"),
    ("thi xa", "district"),
    ("phuong", "commune"),
    ("huyen", "district"),
    ("quan", "district"),
    ("tinh", "province"),
    ("xa", "commune"),
)
_CONNECTORS = re.compile(r"[,;&\-–—./()]")


def name_key(text: str, keep_commas: bool = False) -> str:
    """The matching key of a name: folded, abbreviations expanded, "và" and punctuation dropped.

    With ``keep_commas`` a comma stays as a word of its own, so that "Phòng," (as in "Phòng,
    chống ...", to prevent) is not taken for the start of "Phòng Y tế".
    """
    words: list[str] = []
    for token in fold(text).replace(",", " , ").split(" "):
        if token == ",":
            if keep_commas:
                words.append(",")
            continue
        compact = _CONNECTORS.sub("", token)
        if not compact:
            continue
        if compact in ABBREVIATIONS:
            words.extend(ABBREVIATIONS[compact].split(" "))
            continue
        words.extend(part for part in _CONNECTORS.sub(" ", token).split(" ") if part)
    return " ".join(word for word in words if word != "va")


def lower_words(text: str) -> list[str]:
    """Words in lower case with their diacritics ("báo" and "bảo" stay apart), punctuation trimmed."""
    return [word for word in (w.strip(",.;:()") for w in nfc(text).casefold().split()) if word]


def level_of_unit_word(unit_word: str | None) -> str | None:
    return dict(UNIT_TYPE_WORDS).get(unit_word or "")


@dataclass(frozen=True)
class Unit:
    iri: str
    name: str
    level: str
    unit_type: str | None
    within: str | None


@dataclass(frozen=True)
class AgencyName:
    """A kind of body (every province has a Sở Y tế) or a single national body (Bộ Y tế)."""

    iri: str
    label_vi: str
    label_en: str | None
    level: str
    category: str | None
    national: bool  # a single body of the nation, not a kind repeated in every locality


@dataclass
class Gazetteer:
    units: list[Unit]
    agencies: list[AgencyName]
    unit_index: dict[str, list[Unit]] = field(default_factory=dict)
    agency_index: dict[str, list[AgencyName]] = field(default_factory=dict)
    vocabulary: set[str] = field(default_factory=set)  # lower-case words (diacritics kept) of agency names
    prefix_keys: set[str] = field(default_factory=set)  # name keys with their commas kept
    # The first words of the names, diacritics kept: keys fold "Vận" and "Văn" together, and
    # "Vận động các tổ chức ..." (a task) must not be taken for the start of "Văn phòng ...".
    first_words: set[str] = field(default_factory=set)

    # -- places -------------------------------------------------------------------------------

    def unit(
        self, name: str, level: str | None = None, within: str | None = None, strict: bool = False
    ) -> Unit | None:
        """The unit called ``name`` (exact key, then one typing error), preferring ``level``;
        with ``strict``, only a unit of that level (the ward Hải An is not the district Hải An); a
        name one typing error away only at that level."""
        key = fold(name)
        candidates = self.unit_index.get(key, [])
        near = not candidates
        if near:
            candidates = [
                unit
                for other, units in self.unit_index.items()
                if _one_edit_apart(key, other)
                for unit in units
            ]
        if level:
            # A typing error and another kind of unit too is another place ("huyện Văn Giang" is not
            # the province An Giang).
            same_level = [unit for unit in candidates if unit.level == level]
            candidates = same_level if strict or near or same_level else candidates
        if within:
            inside = [unit for unit in candidates if unit.within == within]
            # A name one typing error away in another province is another place (the ward Đồng
            # Hới of Quảng Trị is not the ward Đông Hải of Hải Phòng).
            candidates = inside or ([] if near else candidates)
        unique = {unit.iri: unit for unit in candidates}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def unit_by_iri(self, iri: str) -> Unit | None:
        return next((unit for unit in self.units if unit.iri == iri), None)

    # -- agencies ------------------------------------------------------------------------------

    def split_locality(self, key: str) -> tuple[str, str | None, str | None]:
        """Split a name key into (body, unit word, locality): "so y te tinh lai chau" ->
        ("so y te", "tinh", "lai chau"); "cong an thanh pho" -> ("cong an", "thanh pho", None).

        A unit word counts only at the end or before the name of a known unit, so the "xa" of
        "xa hoi" (xã hội, society) is not taken for "xã" (commune).
        """
        words = key.split(" ")
        for position in range(len(words) - 1, 0, -1):
            for unit_word, _ in UNIT_TYPE_WORDS:
                size = len(unit_word.split(" "))
                if " ".join(words[position : position + size]) != unit_word:
                    continue
                rest = " ".join(words[position + size :]) or None
                if rest is None or rest in self.unit_index:
                    return " ".join(words[:position]), unit_word, rest
        return key, None, None

    def agency(self, name: str, level: str | None = None) -> tuple[AgencyName | None, str | None, str | None]:
        """Recognise an agency name: (kind or national body, unit word, locality key).

        "Sở Y tế tỉnh Lai Châu" -> (Sở Y tế, "tinh", "lai chau"); "Công an thành phố" ->
        (Công an tỉnh, "thanh pho", None).
        """
        key = name_key(name)
        base, unit_word, locality = self.split_locality(key)
        implied_level = level_of_unit_word(unit_word) or level
        for candidate_key in (key, f"{base} {unit_word}" if unit_word else base, base):
            found = self._pick(self.agency_index.get(candidate_key, []), implied_level)
            if found:
                return found, unit_word, locality
        return None, None, None

    def is_name_prefix(self, text: str) -> bool:
        """Whether ``text`` is the start of a known agency name (cut at a word boundary)."""
        key = name_key(text, keep_commas=True)
        words = lower_words(text)
        if words and not words[0].isascii() and self.first_words and words[0] not in self.first_words:
            return False
        return bool(key) and any(full == key or full.startswith(key + " ") for full in self.prefix_keys)

    def is_full_name(self, text: str) -> bool:
        return name_key(text) in self.agency_index

    @staticmethod
    def _pick(candidates: list[AgencyName], level: str | None) -> AgencyName | None:
        if not candidates:
            return None
        if level:
            preferred = [candidate for candidate in candidates if candidate.level == level]
            if preferred:
                return preferred[0]
        return candidates[0]


def _one_edit_apart(a: str, b: str) -> bool:
    """Levenshtein distance exactly one (a typing error such as "Càm Thơ" for "Cần Thơ"), on names
    long enough for one error not to make another name ("Hội An" is not "Hải An")."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 7:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_UNITS_QUERY = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?unit ?name ?level ?type ?within ?alt WHERE {
  ?unit a pk:AdministrativeUnit ; skos:prefLabel ?name ; pk:level ?level .
  FILTER(lang(?name) = "vi")
  OPTIONAL { ?unit pk:unitType ?type }
  OPTIONAL { ?unit pk:withinUnit ?within }
  OPTIONAL { ?unit skos:altLabel ?alt }
}"""

_AGENCIES_QUERY = """
PREFIX pk: <https://w3id.org/plankg/def#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?agency ?vi ?en ?level ?category ?national ?alt WHERE {
  { ?agency a pk:AgencyKind . BIND(false AS ?national) }
  UNION { ?agency a pk:Agency ; pk:level pk:national . BIND(true AS ?national) }
  ?agency skos:prefLabel ?vi ; pk:level ?level .
  FILTER(lang(?vi) = "vi")
  OPTIONAL { ?agency skos:prefLabel ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?agency pk:category ?category }
  OPTIONAL { ?agency skos:altLabel ?alt }
}"""

PK = "https://w3id.org/plankg/def#"


def _local(iri: object) -> str:
    return str(iri).rsplit("#", 1)[-1]


@lru_cache(maxsize=4)
def load_gazetteer(reference_dir: Path) -> Gazetteer:
    graph = Graph()
    for path in sorted(reference_dir.glob("*.ttl")):
        graph.parse(path, format="turtle")
    units: dict[str, Unit] = {}
    unit_index: dict[str, list[Unit]] = {}
    place_words: set[str] = set()
    for row in graph.query(_UNITS_QUERY):
        iri = str(row.unit)  # type: ignore[union-attr]
        unit = units.setdefault(
            iri,
            Unit(
                iri=iri,
                name=str(row.name),  # type: ignore[union-attr]
                level=_local(row.level),  # type: ignore[union-attr]
                unit_type=_local(row.type) if row.type else None,  # type: ignore[union-attr]
                within=str(row.within) if row.within else None,  # type: ignore[union-attr]
            ),
        )
        for label in (row.name, row.alt):  # type: ignore[union-attr]
            if label is not None and unit not in unit_index.setdefault(fold(str(label)), []):
                unit_index[fold(str(label))].append(unit)
            if label is not None:
                place_words.update(lower_words(str(label)))

    agencies: dict[str, AgencyName] = {}
    agency_index: dict[str, list[AgencyName]] = {}
    vocabulary: set[str] = set(place_words)  # names carry places: "Báo Quảng Nam", "Thành đoàn Hội An"
    prefix_keys: set[str] = set()
    first_words: set[str] = set()
    for row in graph.query(_AGENCIES_QUERY):
        iri = str(row.agency)  # type: ignore[union-attr]
        agency = agencies.setdefault(
            iri,
            AgencyName(
                iri=iri,
                label_vi=str(row.vi),  # type: ignore[union-attr]
                label_en=str(row.en) if row.en else None,  # type: ignore[union-attr]
                level=_local(row.level),  # type: ignore[union-attr]
                category=_local(row.category) if row.category else None,  # type: ignore[union-attr]
                national=bool(row.national.toPython()),  # type: ignore[union-attr]
            ),
        )
        for label in (row.vi, row.alt):  # type: ignore[union-attr]
            if label is None:
                continue
            key = name_key(str(label))
            if agency not in agency_index.setdefault(key, []):
                agency_index[key].append(agency)
            words = lower_words(str(label))
            vocabulary.update(words)
            first_words.update(words[:1])
            prefix_keys.add(name_key(str(label), keep_commas=True))
    return Gazetteer(
        list(units.values()),
        list(agencies.values()),
        unit_index,
        agency_index,
        vocabulary,
        prefix_keys,
        first_words,
    )
