"""From names in a document to resources: the plan's unit, and one identity per body and jurisdiction.

"Sở Y tế" in Kon Tum's plan is Kon Tum's Department of Health, not Cần Thơ's: a kind of body
(from the gazetteer) plus the unit it serves gives the agency's IRI. A province-level kind named in
a district plan serves the district's province; an explicit locality ("Sở Y tế tỉnh Lai Châu")
wins over both. Collective assignees ("các sở, ban, ngành liên quan") stay collective, one
resource per wording and unit, never split into bodies that do not exist.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS

from plankg.identifiers import agency_iri
from plankg.namespaces import ID, PK
from plankg.text import fold, slugify, squash

from .assignees import is_collective
from .gazetteer import AgencyName, Gazetteer, Unit, name_key

UNIT_TYPE_BY_WORD = {
    "tỉnh": "unitTypeProvince",
    "quận": "unitTypeUrbanDistrict",
    "huyện": "unitTypeRuralDistrict",
    "thị xã": "unitTypeTown",
    "xã": "unitTypeCommune",
    "phường": "unitTypeWard",
    "thị trấn": "unitTypeTownship",
    "đặc khu": "unitTypeSpecialZone",
}
WORD_BY_UNIT_TYPE = {
    "unitTypeProvince": ("tỉnh", "province"),
    "unitTypeCentralCity": ("thành phố", "city"),
    "unitTypeUrbanDistrict": ("quận", "district"),
    "unitTypeRuralDistrict": ("huyện", "district"),
    "unitTypeTown": ("thị xã", "town"),
    "unitTypeProvincialCity": ("thành phố", "city"),
    "unitTypeCommune": ("xã", "commune"),
    "unitTypeWard": ("phường", "ward"),
    "unitTypeTownship": ("thị trấn", "township"),
    "unitTypeSpecialZone": ("đặc khu", "special zone"),
}
LEVEL_RANK = {"national": 0, "province": 1, "district": 2, "commune": 3}
_TRAILING_UNIT_WORDS = (" tỉnh", " huyện", " xã", " thành phố", " quận")


@dataclass
class Resolver:
    """Resolves names for one document; collects the triples describing what it resolved."""

    gazetteer: Gazetteer
    graph: Graph = field(default_factory=Graph)
    _units: dict[str, Unit] = field(default_factory=dict)

    # -- units --------------------------------------------------------------------------------

    def unit(self, name: str, word: str | None, level: str, parent: Unit | None) -> Unit:
        """The unit called ``name``: from the reference data, or described here from the document."""
        found = self.gazetteer.unit(name, level, parent.iri if parent else None, strict=True)
        if found:
            self._units[found.iri] = found
            return found
        unit_type = UNIT_TYPE_BY_WORD.get(word or "")
        if word == "thành phố":
            unit_type = "unitTypeCentralCity" if level == "province" else "unitTypeProvincialCity"
        parent_path = (
            parent.iri.removeprefix(str(ID["unit/"])) + "/" if parent and parent.level != "national" else ""
        )
        # Below the province the unit's type is part of its slug: the ward Hải An (2025) and the
        # district Hải An (until 2025) are different units with the same name.
        type_slug = slugify(word) + "-" if word and level in ("district", "commune") else ""
        iri = str(ID[f"unit/{parent_path}{type_slug}{slugify(name)}"])
        unit = Unit(iri, name, level, unit_type, parent.iri if parent else str(ID["unit/viet-nam"]))
        node = URIRef(iri)
        self.graph.add((node, RDF.type, PK.AdministrativeUnit))
        self.graph.add((node, SKOS.prefLabel, Literal(name, lang="vi")))
        self.graph.add((node, PK.level, PK[level]))
        if unit_type:
            self.graph.add((node, PK.unitType, PK[unit_type]))
        self.graph.add((node, PK.withinUnit, URIRef(unit.within or str(ID["unit/viet-nam"]))))
        self._units[iri] = unit
        return unit

    def ancestor(self, unit: Unit, level: str) -> Unit:
        """The unit at ``level`` that contains ``unit`` (itself if it is at that level)."""
        current: Unit | None = unit
        while current is not None and LEVEL_RANK.get(current.level, 9) > LEVEL_RANK[level]:
            current = self._units.get(current.within or "") or self.gazetteer.unit_by_iri(
                current.within or ""
            )
        return current if current is not None and current.level == level else unit

    # -- agencies -----------------------------------------------------------------------------

    def agency(self, name: str, unit: Unit) -> URIRef:
        """The agency a document names, in the jurisdiction it serves."""
        name = squash(name)
        if is_collective(name):
            return self._collective(name, unit)
        known, _unit_word, locality = self.gazetteer.agency(name, unit.level)
        if known is None:
            return self._unknown(name, unit)
        if known.national:
            return URIRef(known.iri)
        serves = unit
        if locality:
            explicit = self.gazetteer.unit(locality, known.level)
            if explicit:
                self._units[explicit.iri] = explicit
                serves = explicit
        elif LEVEL_RANK.get(known.level, 9) < LEVEL_RANK.get(unit.level, 9):
            serves = self.ancestor(unit, known.level)
        return self.kind_in_unit(known, serves)

    def kind_in_unit(self, kind: AgencyName, unit: Unit) -> URIRef:
        iri = agency_iri(unit.iri, kind.iri.rsplit("/", 1)[1])
        base_vi = kind.label_vi
        for word in _TRAILING_UNIT_WORDS:
            base_vi = base_vi.removesuffix(word)
        word_vi = WORD_BY_UNIT_TYPE.get(unit.unit_type or "", ("", ""))[0]
        self.graph.add((iri, RDF.type, PK.Agency))
        self.graph.add((iri, PK.agencyKind, URIRef(kind.iri)))
        self.graph.add((iri, SKOS.prefLabel, Literal(squash(f"{base_vi} {word_vi} {unit.name}"), lang="vi")))
        if kind.label_en:
            self.graph.add((iri, SKOS.prefLabel, Literal(f"{kind.label_en}, {unit.name}", lang="en")))
        self.graph.add((iri, PK.jurisdiction, URIRef(unit.iri)))
        self.graph.add((iri, PK.level, PK[unit.level]))
        if kind.category:
            self.graph.add((iri, PK.category, PK[kind.category]))
        return iri

    def _collective(self, name: str, unit: Unit) -> URIRef:
        iri = agency_iri(unit.iri, slugify(name_key(name)))
        self.graph.add((iri, RDF.type, PK.CollectiveAgency))
        self.graph.add((iri, SKOS.prefLabel, Literal(f"{name} ({unit.name})", lang="vi")))
        self.graph.add((iri, PK.jurisdiction, URIRef(unit.iri)))
        return iri

    def _unknown(self, name: str, unit: Unit) -> URIRef:
        iri = agency_iri(unit.iri, slugify(name))
        self.graph.add((iri, RDF.type, PK.Agency))
        label = name if fold(unit.name) in fold(name) else f"{name} ({unit.name})"
        self.graph.add((iri, SKOS.prefLabel, Literal(label, lang="vi")))
        self.graph.add((iri, PK.jurisdiction, URIRef(unit.iri)))
        return iri
