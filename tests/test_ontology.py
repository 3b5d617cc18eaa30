"""The ontology (ontology/plankg.ttl), its concept schemes and its alignments: complete, documented,
OWL 2 DL without imports, and consistent with the reference data (HermiT)."""

from __future__ import annotations

import io
import shutil
from functools import cache
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib import namespace as ns
from rdflib.term import Node

from plankg.namespaces import CV, ELI, PK, PPLAN
from plankg.turtle import parse_turtle

HOME = Path(__file__).resolve().parents[1]
ONTOLOGY = HOME / "ontology"
REFERENCE = HOME / "data" / "reference"
OWL_FILES = ("plankg.ttl", "vocabularies.ttl", "alignments.ttl")  # shapes.ttl is SHACL, not OWL

RDF, RDFS, OWL, SKOS, DCT, VANN = ns.RDF, ns.RDFS, ns.OWL, ns.SKOS, ns.DCTERMS, ns.VANN
XSD = ns.Namespace(str(ns.XSD))  # a plain namespace: pytest's collection trips rdflib's XSD warnings
DEF = URIRef("https://w3id.org/plankg/def")
VOCABULARIES = URIRef("https://w3id.org/plankg/def/vocabularies")
ALIGNMENTS = URIRef("https://w3id.org/plankg/def/alignments")
FOAF = ns.Namespace("http://xmlns.com/foaf/0.1/")
ORG = ns.Namespace("http://www.w3.org/ns/org#")
PROV = ns.Namespace("http://www.w3.org/ns/prov#")
DCAT = ns.Namespace("http://www.w3.org/ns/dcat#")


@cache
def load(path: Path) -> Graph:
    return parse_turtle(path.read_text(encoding="utf-8"), base=path.as_uri())


def core() -> Graph:
    return load(ONTOLOGY / "plankg.ttl")


def vocabularies() -> Graph:
    return load(ONTOLOGY / "vocabularies.ttl")


def alignments() -> Graph:
    return load(ONTOLOGY / "alignments.ttl")


def reference_files() -> list[Path]:
    return sorted(REFERENCE.glob("*.ttl"))


def union(paths: list[Path]) -> Graph:
    graph = Graph()
    for path in paths:
        for triple in load(path):
            graph.add(triple)
    return graph


def owl_union() -> Graph:
    """The OWL files and the reference data: what must be OWL 2 DL and consistent together."""
    return union([ONTOLOGY / name for name in OWL_FILES] + reference_files())


def texts(graph: Graph, subject: Node, predicate: URIRef, language: str | None) -> list[str]:
    return [
        str(value)
        for value in graph.objects(subject, predicate)
        if isinstance(value, Literal) and value.language == language
    ]


# ---------------------------------------------------------------------------------------------
# The header (STYLE.md, point 3)


def test_ontology_header_has_every_part() -> None:
    graph = core()
    missing = []

    def need(ok: bool, what: str) -> None:
        if not ok:
            missing.append(what)

    need((DEF, RDF.type, OWL.Ontology) in graph, "a owl:Ontology")
    for predicate in (DCT.title, DCT.description):
        for language in ("vi", "en"):
            need(len(texts(graph, DEF, predicate, language)) == 1, f"one {predicate} @{language}")
    need(
        set(graph.objects(DEF, DCT.license)) == {URIRef("https://creativecommons.org/licenses/by/4.0/")},
        "dct:license CC BY 4.0",
    )
    need(set(graph.objects(DEF, DCT.creator)) == {Literal("plankg project")}, 'dct:creator "plankg project"')
    for predicate in (DCT.created, DCT.modified):
        values = list(graph.objects(DEF, predicate))
        need(
            len(values) == 1 and isinstance(values[0], Literal) and values[0].datatype == XSD.date,
            f"one {predicate} as xsd:date",
        )
    created, modified = graph.value(DEF, DCT.created), graph.value(DEF, DCT.modified)
    need(
        created is not None and modified is not None and str(created) <= str(modified), "created <= modified"
    )
    version = graph.value(DEF, OWL.versionInfo)
    need(version == Literal("0.1.0"), 'owl:versionInfo "0.1.0"')
    need(
        set(graph.objects(DEF, OWL.versionIRI)) == {URIRef(f"{DEF}/{version}")},
        "owl:versionIRI <https://w3id.org/plankg/def/{versionInfo}>",
    )
    need(set(graph.objects(DEF, VANN.preferredNamespacePrefix)) == {Literal("pk")}, "vann prefix pk")
    need(set(graph.objects(DEF, VANN.preferredNamespaceUri)) == {Literal(str(PK))}, "vann namespace URI")
    need(
        URIRef("https://w3id.org/plankg/def/shapes") in set(graph.objects(DEF, RDFS.seeAlso)),
        "seeAlso shapes",
    )
    need(not list(graph.objects(None, OWL.imports)), "no owl:imports in the core ontology")
    need(
        list(graph.subjects(RDF.type, OWL.Ontology)) == [DEF],
        "exactly one owl:Ontology, <https://w3id.org/plankg/def>",
    )
    assert not missing, "the ontology header lacks: " + "; ".join(missing)


@pytest.mark.parametrize(
    ("file_name", "iri"), [("vocabularies.ttl", VOCABULARIES), ("alignments.ttl", ALIGNMENTS)]
)
def test_vocabularies_and_alignments_have_their_own_header(file_name: str, iri: URIRef) -> None:
    graph = load(ONTOLOGY / file_name)
    assert list(graph.subjects(RDF.type, OWL.Ontology)) == [iri]
    for language in ("vi", "en"):
        assert len(texts(graph, iri, DCT.title, language)) == 1
    assert set(graph.objects(iri, OWL.imports)) <= {DEF}
    assert graph.value(iri, OWL.versionInfo) == core().value(DEF, OWL.versionInfo)


# ---------------------------------------------------------------------------------------------
# The terms (DESIGN.md, "Core terms": a public contract)

CLASSES = {
    "Plan", "Task", "Agency", "CollectiveAgency", "AgencyKind", "Recommendation", "AdministrativeUnit",
    "Timeframe", "SourceDocument", "Evidence", "AdministrativeLevel", "TimeframeKind", "AppendixStatus",
    "Confidence", "AgencyCategory", "UnitType", "ReportingDeadline", "Recurrence", "LegalInstrument",
    "Duty", "ChangeKind", "Method", "Succession", "NationalPlan", "ProvincialPlan", "DistrictPlan",
    "CommunePlan",
}  # fmt: skip
CONCEPT_CLASSES = {
    "AgencyKind", "AdministrativeLevel", "TimeframeKind", "AppendixStatus", "Confidence", "AgencyCategory",
    "UnitType", "Recurrence", "Duty", "ChangeKind", "Method",
}  # fmt: skip
# property: (domain, range); None = no rdfs:domain; "union" = the union written in the test below
OBJECT_PROPERTIES: dict[str, tuple[str | None, str | None]] = {
    "implements": ("Plan", "Plan"),
    "implementsTransitively": ("Plan", "Plan"),
    "cites": ("Plan", "Plan"),
    "partOfPlan": ("Task", "Plan"),
    "subtaskOf": ("Task", "Task"),
    "derivesFrom": ("Task", "Task"),
    "addresses": ("Task", "Recommendation"),
    "leadAgency": ("Task", "Agency"),
    "cooperatingAgency": ("Task", "Agency"),
    "timeframe": ("Task", "Timeframe"),
    "level": (None, "AdministrativeLevel"),
    "issuedBy": ("Plan", "Agency"),
    "jurisdiction": (None, "AdministrativeUnit"),
    "focalAgency": ("Plan", "Agency"),
    "sourceDocument": (None, "SourceDocument"),
    "appendixStatus": ("Plan", "AppendixStatus"),
    "timeframeKind": ("Timeframe", "TimeframeKind"),
    "confidence": (None, "Confidence"),
    "withinUnit": ("AdministrativeUnit", "AdministrativeUnit"),
    "unitType": ("AdministrativeUnit", "UnitType"),
    "category": ("union", "AgencyCategory"),
    "agencyKind": ("Agency", "AgencyKind"),
    "evidence": (None, "Evidence"),
    "reportingDeadline": ("Plan", "ReportingDeadline"),
    "recurrence": ("ReportingDeadline", "Recurrence"),
    "nationalCounterpart": ("AgencyKind", "Agency"),
    "legalInstrument": (None, "LegalInstrument"),
    "changeKind": (None, "ChangeKind"),
    "duty": (None, "Duty"),
    "originalUnit": (None, "AdministrativeUnit"),
    "resultingUnit": (None, "AdministrativeUnit"),
    "originalKind": (None, "AgencyKind"),
    "resultingKind": (None, "AgencyKind"),
    "communeCounterpart": ("AgencyKind", "AgencyKind"),
    "fromAgency": ("Succession", "Agency"),
    "holder": ("Succession", "Agency"),
    "step": ("Succession", None),
    "method": (None, "Method"),
    "hasTask": ("Plan", "Task"),
    "hasSubtask": ("Task", "Task"),
    "implementedBy": ("Plan", "Plan"),
    "derivedInto": ("Task", "Task"),
}
DATATYPE_PROPERTIES: dict[str, tuple[str | None, URIRef]] = {
    "documentNumber": ("Plan", XSD.string),
    "taskNumber": ("Task", XSD.string),
    "text": (None, RDF.langString),
    "firstLine": (None, XSD.integer),  # plans, tasks and evidence all record their lines
    "lastLine": (None, XSD.integer),
    "fileName": ("SourceDocument", XSD.string),
    "sha256": ("SourceDocument", XSD.string),
    "signerName": ("Plan", XSD.string),
    "signerTitle": ("Plan", XSD.string),
    "localityAsWritten": (None, XSD.string),
    "lineCount": ("SourceDocument", XSD.integer),
    "fieldName": ("Evidence", XSD.string),
    "dueMonth": ("ReportingDeadline", XSD.integer),
    "dueDay": ("ReportingDeadline", XSD.integer),
    "score": (None, XSD.decimal),
    "urgent": ("Recommendation", XSD.boolean),
    "paragraph": ("Recommendation", XSD.integer),
    "articles": ("Recommendation", XSD.string),
    # made by the build for listings (graph/plan-summaries)
    "taskCount": ("Plan", XSD.integer),
    "outlinePosition": ("Plan", XSD.integer),
    "localityName": ("Plan", RDF.langString),
}
# Dates are xsd:date, outside the OWL 2 datatype map: annotation properties keep HermiT working.
ANNOTATION_PROPERTIES: dict[str, URIRef] = {
    "effectiveDate": XSD.date,
    "validFrom": XSD.date,
    "validUntil": XSD.date,
    "suggestedFix": RDF.langString,  # on SHACL shapes: what to do about what the shape reports
}
OWL_TYPES = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


def declared(graph: Graph, owl_type: URIRef) -> set[str]:
    return {str(s)[len(PK) :] for s in graph.subjects(RDF.type, owl_type) if str(s).startswith(str(PK))}


def pk_terms() -> list[URIRef]:
    return sorted(
        {
            s
            for t in OWL_TYPES
            for s in core().subjects(RDF.type, t)
            if isinstance(s, URIRef) and s.startswith(PK)
        }
    )


def test_the_core_declares_exactly_the_contract_terms() -> None:
    graph = core()
    assert declared(graph, OWL.Class) == CLASSES
    assert declared(graph, OWL.ObjectProperty) == set(OBJECT_PROPERTIES)
    assert declared(graph, OWL.DatatypeProperty) == set(DATATYPE_PROPERTIES)
    assert declared(graph, OWL.AnnotationProperty) == set(ANNOTATION_PROPERTIES)


@pytest.mark.parametrize("name", sorted(OBJECT_PROPERTIES))
def test_object_property_domain_and_range(name: str) -> None:
    graph, term = core(), PK[name]
    domain, range_ = OBJECT_PROPERTIES[name]
    domains = list(graph.objects(term, RDFS.domain))
    if domain is None:
        assert domains == []
    elif domain == "union":
        assert len(domains) == 1 and isinstance(domains[0], BNode)
        members = graph.value(domains[0], OWL.unionOf)
        assert members is not None
        assert set(graph.items(members)) == {PK.Agency, PK.AgencyKind}
    else:
        assert domains == [PK[domain]]
    assert list(graph.objects(term, RDFS.range)) == ([PK[range_]] if range_ else [])


@pytest.mark.parametrize("name", sorted(DATATYPE_PROPERTIES))
def test_datatype_property_domain_and_range(name: str) -> None:
    graph, term = core(), PK[name]
    domain, range_ = DATATYPE_PROPERTIES[name]
    assert list(graph.objects(term, RDFS.domain)) == ([PK[domain]] if domain else [])
    assert list(graph.objects(term, RDFS.range)) == [range_]


@pytest.mark.parametrize("name", sorted(ANNOTATION_PROPERTIES))
def test_annotation_property_range(name: str) -> None:
    assert list(core().objects(PK[name], RDFS.range)) == [ANNOTATION_PROPERTIES[name]]


def test_property_characteristics_and_class_hierarchy() -> None:
    graph = core()
    assert set(graph.objects(PK.implements, RDFS.subPropertyOf)) == {PK.implementsTransitively, PK.cites}
    assert (PK.implementsTransitively, RDF.type, OWL.TransitiveProperty) in graph
    assert (PK.partOfPlan, RDF.type, OWL.FunctionalProperty) in graph
    assert set(graph.objects(PK.CollectiveAgency, RDFS.subClassOf)) == {PK.Agency}
    for name in CONCEPT_CLASSES:
        assert set(graph.objects(PK[name], RDFS.subClassOf)) == {SKOS.Concept}, name
    # no other statements on class hierarchy in the core: alignments live in alignments.ttl
    supers = {*graph.objects(None, RDFS.subClassOf), *graph.objects(None, RDFS.subPropertyOf)}
    assert all(str(o).startswith(str(PK)) or o == SKOS.Concept for o in supers)


@pytest.mark.parametrize("term", pk_terms(), ids=lambda term: term.fragment)
def test_every_term_has_one_label_and_definition_per_language(term: URIRef) -> None:
    graph = core()
    for predicate in (RDFS.label, SKOS.definition):
        assert texts(graph, term, predicate, None) == [], f"{predicate} without a language tag"
        for language in ("vi", "en"):
            assert len(texts(graph, term, predicate, language)) == 1, f"{predicate} @{language}"
        languages = {value.language for value in graph.objects(term, predicate) if isinstance(value, Literal)}
        assert languages == {"vi", "en"}
    assert list(graph.objects(term, RDFS.isDefinedBy)) == [DEF]
    # Vietnamese written with its diacritics (a definition of plain ASCII is a missing translation)
    assert any(ord(char) > 0x7F for char in texts(graph, term, SKOS.definition, "vi")[0])


@pytest.mark.parametrize("file_name", OWL_FILES)
def test_notes_and_comments_are_in_both_languages(file_name: str) -> None:
    graph = load(ONTOLOGY / file_name)
    for predicate in (SKOS.note, RDFS.comment):
        for subject in set(graph.subjects(predicate, None)):
            assert texts(graph, subject, predicate, None) == [], (subject, predicate)
            assert (
                len(texts(graph, subject, predicate, "vi"))
                == len(texts(graph, subject, predicate, "en"))
                == 1
            )


# ---------------------------------------------------------------------------------------------
# The concept schemes (ontology/vocabularies.ttl): names already used by data and code

SCHEMES: dict[str, tuple[str, dict[str, str | None]]] = {
    "AdministrativeLevels": (
        "AdministrativeLevel",
        {"national": "national", "province": "province", "district": "district", "commune": "commune"},
    ),
    "AppendixStatuses": (
        "AppendixStatus",
        {
            "appendixPresent": "present",
            "appendixReferencedMissing": "referenced-missing",
            "appendixNone": "none",
        },
    ),
    "TimeframeKinds": (
        "TimeframeKind",
        {
            "timeframeOngoing": "ongoing",
            "timeframeOnRequest": "onRequest",
            "timeframeYear": "year",
            "timeframeYearRange": "yearRange",
            "timeframeQuarter": "quarter",
            "timeframeSchoolYear": "schoolYear",
            "timeframeSchoolTerm": "schoolTerm",
            "timeframeMonthsEveryYear": "monthsEveryYear",
            "timeframeDeadline": "deadline",
            "timeframeUnrecognised": "unrecognised",
            "timeframeWhenArising": "whenArising",
            "timeframePeriod": "period",
        },
    ),
    "Confidences": ("Confidence", {"confirmed": "C", "partial": "P", "inferred": "I"}),
    "AgencyCategories": (
        "AgencyCategory",
        dict.fromkeys(
            [
                "categoryDepartment",
                "categoryOffice",
                "categoryPolice",
                "categoryMilitary",
                "categoryCourt",
                "categoryProcuracy",
                "categoryPeoplesCommittee",
                "categoryPeoplesCouncil",
                "categoryMassOrganisation",
                "categoryInspectorate",
                "categoryGovernment",
                "categoryLegislature",
                "categoryMinistry",
                "categoryOther",
            ]
        ),
    ),
    "Duties": (
        "Duty",
        dict.fromkeys(
            [
                "dutyChildAffairs",
                "dutySocialProtection",
                "dutyLabour",
                "dutyVocationalTraining",
                "dutyPovertyReduction",
                "dutyPressAndInformation",
                "dutyInformationTechnology",
            ]
        ),
    ),
    "ChangeKinds": (
        "ChangeKind",
        dict.fromkeys(
            ["changeMerger", "changeAbsorption", "changeRename", "changeTransferOfDuty", "changeAbolition"]
        ),
    ),
    "Methods": (
        "Method",
        dict.fromkeys(
            [
                "methodKindChange",
                "methodUnitChange",
                "methodSuccessionPath",
                "methodTaskText",
                "methodGroupOfRow",
                "methodOwlRules",
            ]
        ),
    ),
    "Recurrences": (
        "Recurrence",
        {
            "recurrenceSemiannual": "semiannual",
            "recurrenceAnnual": "annual",
            "recurrenceQuarterly": "quarterly",
            "recurrenceMonthly": "monthly",
        },
    ),
    "UnitTypes": (
        "UnitType",
        dict.fromkeys(
            [
                "unitTypeProvince",
                "unitTypeCentralCity",
                "unitTypeUrbanDistrict",
                "unitTypeRuralDistrict",
                "unitTypeTown",
                "unitTypeProvincialCity",
                "unitTypeCommune",
                "unitTypeWard",
                "unitTypeTownship",
                "unitTypeSpecialZone",
            ]
        ),
    ),
}


def test_the_schemes_are_exactly_the_expected_ones() -> None:
    assert {str(s)[len(PK) :] for s in vocabularies().subjects(RDF.type, SKOS.ConceptScheme)} == set(SCHEMES)


@pytest.mark.parametrize("scheme_name", sorted(SCHEMES))
def test_concept_scheme(scheme_name: str) -> None:
    graph, scheme = vocabularies(), PK[scheme_name]
    concept_class, concepts = SCHEMES[scheme_name]
    assert concept_class in CONCEPT_CLASSES
    for language in ("vi", "en"):
        assert len(texts(graph, scheme, DCT.title, language)) == 1
    assert {str(c)[len(PK) :] for c in graph.subjects(SKOS.inScheme, scheme)} == set(concepts)
    assert {str(c)[len(PK) :] for c in graph.objects(scheme, SKOS.hasTopConcept)} == set(concepts)
    for local, notation in concepts.items():
        concept = PK[local]
        assert {SKOS.Concept, PK[concept_class]} <= set(graph.objects(concept, RDF.type)), local
        for predicate in (SKOS.prefLabel, SKOS.definition):
            for language in ("vi", "en"):
                assert len(texts(graph, concept, predicate, language)) == 1, (
                    f"{local} {predicate} @{language}"
                )
        assert any(ord(char) > 0x7F for char in texts(graph, concept, SKOS.definition, "vi")[0]), local
        assert list(graph.objects(concept, SKOS.topConceptOf)) == [scheme]
        assert list(graph.objects(concept, SKOS.notation)) == ([Literal(notation)] if notation else [])


def test_timeframe_kinds_match_the_loader() -> None:
    """loaders.timeframes gives kinds by notation; loaders.rdf makes the concept's local name from it."""
    from loaders.timeframes import normalise

    samples = [
        "Thường xuyên hằng năm",
        "Theo đề nghị, hướng dẫn của các Bộ, ngành liên quan",
        "Năm 2025",
        "2025 - 2030",
        "Quý IV/2025",
        "Trước ngày 30/9/2025",
        "Năm học 2025 - 2026",
        "Tháng 5 - tháng 8 hằng năm",
        "khi nào xong",
    ]
    kinds = {normalise(text).kind for text in samples}
    by_notation = {notation: local for local, notation in SCHEMES["TimeframeKinds"][1].items()}
    assert kinds <= set(by_notation), kinds - set(by_notation)
    for kind in kinds:
        assert by_notation[kind] == "timeframe" + kind[0].upper() + kind[1:]


# ---------------------------------------------------------------------------------------------
# Every pk: term used anywhere is declared (STYLE.md, point 6)


def declared_pk_terms() -> set[URIRef]:
    return {
        s
        for graph in (core(), vocabularies())
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(str(PK))
    }


@pytest.mark.parametrize(
    "path",
    sorted([*ONTOLOGY.glob("*.ttl"), *REFERENCE.glob("*.ttl")]),
    ids=lambda path: str(path.relative_to(HOME)),
)
def test_every_pk_term_used_is_declared(path: Path) -> None:
    used = {node for triple in load(path) for node in triple if isinstance(node, URIRef)}
    undeclared = {node for node in used if str(node).startswith(str(PK))} - declared_pk_terms()
    assert not undeclared, f"{path.name} uses pk: terms the ontology does not declare: {sorted(undeclared)}"


# ---------------------------------------------------------------------------------------------
# Alignments (ontology/alignments.ttl, DOMAIN.md section 5)

EXPECTED_ALIGNMENTS = {
    (PK.Plan, RDFS.subClassOf, ELI.LegalResource),
    (PK.Plan, RDFS.subClassOf, PPLAN.Plan),
    (PK.Plan, RDFS.subClassOf, PROV.Plan),
    (PK.implements, RDFS.subPropertyOf, ELI.ensures_implementation_of),
    (PK.Task, RDFS.subClassOf, PPLAN.Step),
    (PK.partOfPlan, RDFS.subPropertyOf, PPLAN.isStepOfPlan),
    (PK.subtaskOf, RDFS.subPropertyOf, DCT.isPartOf),
    (PK.derivesFrom, RDFS.subPropertyOf, PROV.wasDerivedFrom),
    (PK.addresses, RDFS.subPropertyOf, PROV.wasInfluencedBy),
    (PK.leadAgency, RDFS.subPropertyOf, PROV.wasAttributedTo),
    (PK.cooperatingAgency, RDFS.subPropertyOf, PROV.wasAttributedTo),
    (PK.focalAgency, RDFS.subPropertyOf, PROV.wasAttributedTo),
    (PK.Agency, RDFS.subClassOf, CV.PublicOrganisation),
    (PK.Agency, RDFS.subClassOf, ORG.Organization),
    (PK.Agency, RDFS.subClassOf, PROV.Agent),
    (PK.AdministrativeUnit, RDFS.subClassOf, DCT.Location),
    (PK.AdministrativeUnit, RDFS.subClassOf, CV.AdminUnit),
    (PK.jurisdiction, RDFS.subPropertyOf, DCT.spatial),
    (PK.issuedBy, RDFS.subPropertyOf, DCT.publisher),
    (PK.Timeframe, RDFS.subClassOf, DCT.PeriodOfTime),
    (PK.timeframe, RDFS.subPropertyOf, DCT.temporal),
    (PK.SourceDocument, RDFS.subClassOf, FOAF.Document),
    (PK.SourceDocument, RDFS.subClassOf, PROV.Entity),
    (PK.withinUnit, RDFS.subPropertyOf, DCT.isPartOf),
    (PK.LegalInstrument, RDFS.subClassOf, ELI.LegalResource),
}

# Terms of vocabularies rdflib does not enumerate, each checked in the vocabulary's published source:
# ELI: the ELI ontology (classes and object/datatype property tables of its OWL export);
# P-Plan: http://purl.org/net/p-plan# (Plan, Step: owl:Class; isStepOfPlan: owl:ObjectProperty);
# CPOV 2.1 (PublicOrganisation, a subclass of org:Organization) and Core Location 2.1.1 (AdminUnit),
# both SEMIC vocabularies in http://data.europa.eu/m8g/.
VERIFIED_TERMS = {
    ELI.LegalResource: OWL.Class,
    ELI.ensures_implementation_of: OWL.ObjectProperty,
    ELI.cites: OWL.ObjectProperty,
    ELI.number: OWL.DatatypeProperty,
    PPLAN.Plan: OWL.Class,
    PPLAN.Step: OWL.Class,
    PPLAN.isStepOfPlan: OWL.ObjectProperty,
    CV.PublicOrganisation: OWL.Class,
    CV.AdminUnit: OWL.Class,
}
# Vocabularies whose terms rdflib lists (DefinedNamespace): a term outside the list does not exist.
ENUMERATED = (ns.DCTERMS, ns.PROV, ns.FOAF, ns.ORG, ns.SKOS, ns.VANN, ns.DCAT)
BUILT_IN = (str(RDF), str(RDFS), str(OWL), str(XSD))


def external_terms(graph: Graph) -> set[URIRef]:
    """IRIs of other vocabularies that a graph uses as a class or property."""
    terms: set[Node] = set()
    for s, p, o in graph:
        terms.add(p)
        if p in (RDF.type, RDFS.domain, RDFS.range):
            terms.add(o)
        elif p in (RDFS.subClassOf, RDFS.subPropertyOf):
            terms.update((s, o))
    return {
        term
        for term in terms
        if isinstance(term, URIRef)
        and not str(term).startswith((str(PK), *BUILT_IN))
        and term not in (DEF, VOCABULARIES, ALIGNMENTS)
    }


def owl_type(graph: Graph, term: URIRef) -> set[Node]:
    return set(graph.objects(term, RDF.type)) & set(OWL_TYPES)


def test_the_expected_alignments_are_stated() -> None:
    assert set() == EXPECTED_ALIGNMENTS - set(alignments())


def test_alignments_only_relate_pk_terms_to_other_vocabularies() -> None:
    for s, p, o in alignments():
        if str(s).startswith(str(PK)):
            assert p in (RDFS.subClassOf, RDFS.subPropertyOf), (s, p, o)
            assert not str(o).startswith(str(PK)), (s, p, o)
    # and the core makes no statement about another vocabulary's terms
    for subject in core().subjects():
        assert isinstance(subject, BNode) or str(subject).startswith(str(PK)) or subject == DEF, subject


def test_every_external_term_of_the_alignments_is_declared_once() -> None:
    graph = alignments()
    for term in external_terms(graph):
        assert len(owl_type(graph, term)) == 1, f"{term} needs exactly one OWL type in alignments.ttl"


def test_every_external_term_used_by_the_owl_files_and_reference_data_is_declared() -> None:
    undeclared = {term for term in external_terms(owl_union()) if not owl_type(alignments(), term)}
    assert not undeclared, f"declare in alignments.ttl: {sorted(undeclared)}"


def test_external_terms_exist_in_their_vocabularies() -> None:
    for term in sorted(external_terms(alignments())):
        enumerating = [namespace for namespace in ENUMERATED if str(term).startswith(str(namespace))]
        if enumerating:
            assert term in enumerating[0], f"{term} is not a term of {enumerating[0]}"
        else:
            assert term in VERIFIED_TERMS, (
                f"{term}: check it in its vocabulary, then add it to VERIFIED_TERMS"
            )
            assert owl_type(alignments(), term) == {VERIFIED_TERMS[term]}, term


def test_the_deprecated_eli_implements_is_not_used() -> None:
    for path in [*ONTOLOGY.glob("*.ttl"), *REFERENCE.glob("*.ttl")]:
        assert ELI.implements not in {node for triple in load(path) for node in triple}, path.name


# ---------------------------------------------------------------------------------------------
# OWL 2 DL typing without imports: every class and property declared, one kind per property


def test_owl_files_and_reference_data_are_typed_for_owl2_dl() -> None:
    graph = owl_union()
    kinds = {
        OWL.ObjectProperty: "object",
        OWL.DatatypeProperty: "datatype",
        OWL.AnnotationProperty: "annotation",
    }
    property_kind: dict[Node, str] = {}
    for owl_kind, name in kinds.items():
        for term in graph.subjects(RDF.type, owl_kind):
            assert property_kind.setdefault(term, name) == name, (
                f"{term} is declared as two kinds of property"
            )
    classes = set(graph.subjects(RDF.type, OWL.Class))
    builtin_classes = {OWL.Thing, RDFS.Literal} | {
        OWL.Class, OWL.Ontology, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
        OWL.TransitiveProperty, OWL.FunctionalProperty, OWL.AllDisjointClasses, OWL.Restriction,
    }  # fmt: skip
    problems = []
    for s, p, o in graph:
        if not str(p).startswith(BUILT_IN) and p not in property_kind:
            problems.append(f"undeclared property {p}")
        kind = property_kind.get(p)
        if kind == "object" and isinstance(o, Literal):
            problems.append(f"object property {p} with a literal: {s} {o!r}")
        if kind == "datatype" and not isinstance(o, Literal):
            problems.append(f"datatype property {p} with a resource: {s} {o}")
        if p == RDF.type and isinstance(o, URIRef) and o not in classes and o not in builtin_classes:
            problems.append(f"undeclared class {o}")
        if p in (RDFS.subClassOf, RDFS.domain) and isinstance(o, URIRef) and o not in classes | {OWL.Thing}:
            problems.append(f"undeclared class {o} in {p}")
    assert not problems, "\n".join(sorted(set(problems))[:40])


# ---------------------------------------------------------------------------------------------
# Consistency with HermiT (owlready2)


def reason(graph: Graph) -> None:
    """Run HermiT on the graph; raises owlready2.OwlReadyInconsistentOntologyError when inconsistent."""
    import owlready2

    graph = Graph() + graph
    graph.remove((None, OWL.imports, None))  # owlready2 would fetch the imported ontology over the network
    world = owlready2.World()
    data = graph.serialize(format="nt", encoding="utf-8")
    world.get_ontology("https://w3id.org/plankg/test/union").load(fileobj=io.BytesIO(data), format="ntriples")
    owlready2.sync_reasoner_hermit(world, infer_property_values=False, debug=0)
    unsatisfiable = list(world.inconsistent_classes())
    assert not unsatisfiable, f"unsatisfiable classes: {unsatisfiable}"


needs_java = pytest.mark.skipif(shutil.which("java") is None, reason="HermiT needs a Java runtime (java)")


@pytest.mark.slow
@needs_java
def test_ontology_and_reference_data_are_consistent() -> None:
    reason(owl_union())


@pytest.mark.slow
@needs_java
def test_the_reasoner_reports_an_inconsistency() -> None:
    """The check above can fail: one IRI typed as both plan and task contradicts the disjointness axiom."""
    import owlready2

    graph = owl_union()
    graph.add((URIRef("https://w3id.org/plankg/id/plan/x"), RDF.type, PK.Plan))
    graph.add((URIRef("https://w3id.org/plankg/id/plan/x"), RDF.type, PK.Task))
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        reason(graph)
