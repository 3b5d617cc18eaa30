"""Slugs of plans, tasks and agencies: stable across rebuilds because made from what documents say.

- A local plan: ``{locality path}-{year}-{type}-{number}`` ("can-tho-2025-kh-97"); without a
  number, the date as far as it is known stands in ("kon-tum-2025-02-kh", "hai-phong-quan-hai-an-kh").
- A national plan: the issuer's code from its number instead of a locality ("ttg-2025-qd-27").
- A task: ``{plan slug}/{task id}`` ("kon-tum-2025-02-kh/II.3").
- An agency: ``{unit path}/{body}`` ("kon-tum/so-y-te", "hai-phong/quan-hai-an/phong-y-te").
When a cited plan is later loaded from its own document, both give the same IRI.
"""

from __future__ import annotations

import re

from rdflib import URIRef

from .namespaces import ID, resource
from .text import fold, slugify

DOCUMENT_TYPE_CODES = {
    "ke hoach": "kh",
    "quyet dinh": "qd",
    "chuong trinh": "ctr",
    "chi thi": "ct",
    "nghi quyet": "nq",
    "cong van": "cv",
}


def document_type_code(kind: str, number: str | None) -> str:
    """ "kh" for a Kế hoạch; taken from the number's suffix when there is one ("27/QĐ-TTg" -> "qd")."""
    if number and "/" in number:
        suffix = number.rsplit("/", 1)[1]
        return slugify(suffix.split("-", 1)[0])
    return DOCUMENT_TYPE_CODES.get(fold(kind), slugify(kind))


def issuer_code(number: str | None) -> str | None:
    """ "ttg" from "27/QĐ-TTg": the code of the issuing body that national numbers carry."""
    if number and "/" in number and "-" in number.rsplit("/", 1)[1]:
        return slugify(number.rsplit("/", 1)[1].split("-", 1)[1])
    return None


def plan_slug(*, kind: str, number: str | None, date: str | None, level: str, unit_path: str | None) -> str:
    type_code = document_type_code(kind, number)
    leading = re.match(r"^(\d+)", number or "")
    digits = leading.group(1) if leading else None
    if level == "national" or unit_path is None:
        scope = issuer_code(number) or "viet-nam"
    else:
        scope = unit_path.replace("/", "-")
    if digits:
        year = date[:4] if date else None
        parts = [scope, year, type_code, digits]
    else:
        parts = [scope, date[:7] if date else None, type_code]
    return "-".join(part for part in parts if part)


def plan_iri(**kwargs: str | None) -> URIRef:
    return resource("plan", plan_slug(**kwargs))  # type: ignore[arg-type]


def task_iri(plan: URIRef, task_id: str) -> URIRef:
    slug = str(plan).removeprefix(str(ID["plan/"]))
    return resource("task", f"{slug}/{task_id}")


def unit_path(unit_iri: str) -> str:
    """ "hai-phong/quan-hai-an" from the unit's IRI."""
    return unit_iri.removeprefix(str(ID["unit/"]))


def agency_iri(unit_iri: str, body_slug: str) -> URIRef:
    return resource("agency", f"{unit_path(unit_iri)}/{body_slug}")


def document_iri(file_name: str) -> URIRef:
    return resource("doc", file_name)
