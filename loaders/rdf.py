"""The plan model as RDF: one graph per source document (DESIGN.md, "Data flow").

The graph says what the document says: the plan, its tasks with their agencies and timeframes,
the plans it cites (as far as the citation describes them), and where in the file each value was
read (``pk:firstLine`` / ``pk:lastLine``, and ``pk:evidence`` for plan fields).
"""

from __future__ import annotations

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, RDF, RDFS, SKOS, XSD

from plankg.identifiers import document_iri, plan_iri, task_iri
from plankg.namespaces import PK, PREFIXES
from plankg.text import opening_words, squash

from .gazetteer import Gazetteer, Unit
from .model import CitedPlan, PlanDocument, PlanMeta, Span, Task
from .resolve import WORD_BY_UNIT_TYPE, Resolver
from .timeframes import normalise

APPENDIX_STATUS = {
    "present": PK.appendixPresent,
    "referenced-missing": PK.appendixReferencedMissing,
    "none": PK.appendixNone,
}
MEDIA_TYPES = {
    "markdown": "text/markdown",
    "pdf-text": "text/plain",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
}
KIND_LABEL_EN = {"Kế hoạch": "Plan", "Quyết định": "Decision", "Chương trình": "Programme"}


def date_literal(value: str) -> Literal:
    """ "2025-04-26" as xsd:date, "2025-04" as xsd:gYearMonth, "2025" as xsd:gYear."""
    datatype = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}[len(value)]
    return Literal(value, datatype=datatype)


def new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True)
    return graph


def document_graph(doc: PlanDocument, gazetteer: Gazetteer) -> Graph:
    graph = new_graph()
    resolver = Resolver(gazetteer)
    writer = _Writer(graph, resolver, doc)
    writer.write()
    graph += resolver.graph
    return graph


class _Writer:
    def __init__(self, graph: Graph, resolver: Resolver, doc: PlanDocument):
        self.graph = graph
        self.resolver = resolver
        self.doc = doc
        self.document = document_iri(doc.source)

    def add(self, subject: URIRef | BNode, predicate: URIRef, value: object) -> None:
        if value is None:
            return
        term = value if isinstance(value, URIRef | Literal | BNode) else Literal(value)
        self.graph.add((subject, predicate, term))

    def lines(self, subject: URIRef | BNode, span: Span) -> None:
        self.add(subject, PK.sourceDocument, self.document)
        self.add(subject, PK.firstLine, Literal(span.first, datatype=XSD.integer))
        self.add(subject, PK.lastLine, Literal(span.last, datatype=XSD.integer))

    def write(self) -> None:
        doc, meta = self.doc, self.doc.plan
        self._document()
        unit = self._plan_unit(meta)
        plan = plan_iri(
            kind=meta.kind, number=meta.number, date=meta.date, level=meta.level, unit_path=_path(unit)
        )
        self._plan(plan, meta, unit)
        for task in doc.tasks:
            self._task(plan, task, unit)

    def _document(self) -> None:
        node = self.document
        self.add(node, RDF.type, PK.SourceDocument)
        self.add(node, RDFS.label, Literal(self.doc.source))
        self.add(node, PK.fileName, self.doc.source)
        self.add(node, PK.sha256, self.doc.sha256)
        self.add(node, PK.lineCount, Literal(self.doc.line_count, datatype=XSD.integer))
        self.add(node, DCTERMS["format"], MEDIA_TYPES.get(self.doc.format, "application/octet-stream"))

    def _plan_unit(self, meta: PlanMeta) -> Unit:
        parent = None
        if meta.parent_locality:
            parent = self.resolver.unit(meta.parent_locality, None, "province", None)
        return self.resolver.unit(meta.locality, meta.locality_type, meta.level, parent)

    def _plan(self, plan: URIRef, meta: PlanMeta, unit: Unit) -> None:
        self.add(plan, RDF.type, PK.Plan)
        kind_en = KIND_LABEL_EN.get(meta.kind, meta.kind)
        number_vi = f" số {meta.number}" if meta.number else ""
        number_en = f" {meta.number}" if meta.number else ""
        when = f" ({meta.date})" if meta.date else ""
        self.add(plan, RDFS.label, Literal(f"{meta.kind}{number_vi} của {meta.issuer}{when}", lang="vi"))
        unit_en = WORD_BY_UNIT_TYPE.get(unit.unit_type or "", ("", ""))[1]
        issuer_en = squash(f"the People's Committee of {unit.name} {unit_en}")
        self.add(plan, RDFS.label, Literal(f"{kind_en}{number_en} of {issuer_en}{when}", lang="en"))
        self.add(plan, DCTERMS.title, Literal(meta.title, lang="vi"))
        self.add(plan, PK.documentNumber, meta.number)
        if meta.date:
            self.add(plan, DCTERMS.issued, date_literal(meta.date))
        self.add(plan, PK.level, PK[meta.level])
        self.add(plan, PK.jurisdiction, URIRef(unit.iri))
        self.add(plan, PK.issuedBy, self.resolver.agency(meta.issuer, unit))
        if meta.focal_agency:
            self.add(plan, PK.focalAgency, self.resolver.agency(meta.focal_agency, unit))
        self.add(plan, PK.signerName, meta.signer)
        self.add(plan, PK.signerTitle, meta.signer_title)
        self.add(plan, PK.localityAsWritten, meta.locality_as_written)
        self.add(plan, PK.appendixStatus, APPENDIX_STATUS[self.doc.appendix])
        self.add(plan, DCTERMS.source, self.document)
        self.lines(plan, meta.lines)
        for field_name, span in sorted(meta.evidence.items()):
            evidence = BNode()
            self.add(plan, PK.evidence, evidence)
            self.add(evidence, RDF.type, PK.Evidence)
            self.add(evidence, PK.fieldName, field_name)
            self.lines(evidence, span)

        for position, deadline in enumerate(meta.reporting, 1):
            node = URIRef(f"{plan}#reporting-{position}")
            self.add(plan, PK.reportingDeadline, node)
            self.add(node, RDF.type, PK.ReportingDeadline)
            self.add(node, PK.text, Literal(deadline.text, lang="vi"))
            if deadline.recurrence:
                self.add(node, PK.recurrence, PK["recurrence" + deadline.recurrence.capitalize()])
            if deadline.month and deadline.day:
                self.add(node, PK.dueMonth, Literal(deadline.month, datatype=XSD.integer))
                self.add(node, PK.dueDay, Literal(deadline.day, datatype=XSD.integer))
            self.lines(node, deadline.lines)

        cited_iris = {cited.number: self._cited_iri(cited) for cited in meta.implements if cited.number}
        for cited in meta.implements:
            if not cited.number:
                continue
            node = cited_iris[cited.number]
            self._cited(node, cited, cited_iris)
            self.add(plan, PK.cites, node)
            if cited.direct:
                self.add(plan, PK.implements, node)

    def _cited_unit(self, cited: CitedPlan) -> Unit | None:
        """The unit of a local cited plan (None for national plans and unknown localities)."""
        if cited.level and cited.level != "national" and cited.locality:
            return self.resolver.unit(cited.locality, None, cited.level, None)
        return None

    def _cited_iri(self, cited: CitedPlan) -> URIRef:
        unit = self._cited_unit(cited)
        return plan_iri(
            kind=cited.kind,
            number=cited.number,
            date=cited.date,
            level=cited.level or "national",
            unit_path=_path(unit) if unit else None,
        )

    def _cited(self, node: URIRef, cited: CitedPlan, cited_iris: dict[str, URIRef]) -> None:
        """What the citation says of a cited plan; its own document, when loaded, says more."""
        self.add(node, RDF.type, PK.Plan)
        self.add(node, PK.documentNumber, cited.number)
        # The citation's wording is an alternative label: the plan's own document (or the curated
        # reference data) gives its one rdfs:label per language.
        kind_en = KIND_LABEL_EN.get(cited.kind, cited.kind)
        self.add(node, SKOS.altLabel, Literal(f"{cited.kind} số {cited.number}", lang="vi"))
        self.add(node, SKOS.altLabel, Literal(f"{kind_en} {cited.number}", lang="en"))
        if cited.date:
            self.add(node, DCTERMS.issued, date_literal(cited.date))
        if cited.level:
            self.add(node, PK.level, PK[cited.level])
        unit = self._cited_unit(cited)
        if unit is not None:
            self.add(node, PK.jurisdiction, URIRef(unit.iri))
            if cited.issuer:
                self.add(node, PK.issuedBy, self.resolver.agency(cited.issuer, unit))
        elif cited.issuer:
            national = self.resolver.gazetteer.agency(cited.issuer, "national")[0]
            if national and national.national:
                self.add(node, PK.issuedBy, URIRef(national.iri))
        if cited.implements and cited.implements in cited_iris:
            self.add(node, PK.implements, cited_iris[cited.implements])
            self.add(node, PK.cites, cited_iris[cited.implements])

    def _task(self, plan: URIRef, task: Task, unit: Unit) -> None:
        node = task_iri(plan, task.id)
        self.add(node, RDF.type, PK.Task)
        self.add(node, PK.partOfPlan, plan)
        self.add(node, PK.taskNumber, task.id)
        self.add(node, PK.text, Literal(task.text, lang="vi"))
        self.add(node, RDFS.label, Literal(f"{task.id}. {opening_words(task.text)}", lang="vi"))
        self.add(node, RDFS.label, Literal(f"Task {task.id}", lang="en"))
        if task.parent:
            self.add(node, PK.subtaskOf, task_iri(plan, task.parent))
        for name in task.lead:
            self.add(node, PK.leadAgency, self.resolver.agency(name, unit))
        for name in task.cooperating:
            self.add(node, PK.cooperatingAgency, self.resolver.agency(name, unit))
        if task.timeframe:
            self._timeframe(node, task.timeframe)
        self.lines(node, task.lines)

    def _timeframe(self, task: URIRef, text: str) -> None:
        timeframe = normalise(text)
        node = URIRef(f"{task}#timeframe")
        self.add(task, PK.timeframe, node)
        self.add(node, RDF.type, PK.Timeframe)
        self.add(node, PK.text, Literal(timeframe.text, lang="vi"))
        self.add(node, PK.timeframeKind, PK["timeframe" + timeframe.kind[0].upper() + timeframe.kind[1:]])
        if timeframe.start:
            self.add(node, DCAT.startDate, date_literal(timeframe.start))
        if timeframe.end:
            self.add(node, DCAT.endDate, date_literal(timeframe.end))


def _path(unit: Unit) -> str:
    return unit.iri.rsplit("/id/unit/", 1)[1]
