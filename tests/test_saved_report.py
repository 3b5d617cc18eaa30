"""The validation report a build saves beside its generation, and the server's use of it."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
from fastapi.testclient import TestClient
from rdflib.compare import isomorphic

from loaders.build import build
from plankg import reports, saved_report
from plankg.settings import Settings
from plankg.store import GenerationFiles, current_generation
from plankg.validation import validate_store
from server.app import create_app

from .conftest import HOME


def saved_path(settings: Settings) -> Path:
    generation = current_generation(settings.store_path)
    assert generation is not None
    return GenerationFiles.of(generation).report


def test_the_build_saves_the_report_of_its_generation_whole(
    seed_settings: Settings, seed_store: ox.Store
) -> None:
    made = validate_store(seed_store, seed_settings)
    read = saved_report.load(saved_path(seed_settings), seed_settings.shapes_path)
    assert read is not None and made.results
    assert reports.json_report(read) == reports.json_report(made)
    # and what the JSON leaves out, that the SHACL report in RDF needs
    assert [(r.focus_term, r.value_term, r.component) for r in read.results] == [
        (r.focus_term, r.value_term, r.component) for r in made.results
    ]
    assert isomorphic(reports.report_graph(read), reports.report_graph(made))


def test_a_report_of_other_shapes_or_unreadable_is_not_used(seed_settings: Settings, tmp_path: Path) -> None:
    saved = saved_path(seed_settings)
    other_shapes = tmp_path / "shapes.ttl"
    other_shapes.write_text(seed_settings.shapes_path.read_text(encoding="utf-8") + "\n# changed\n")
    assert saved_report.load(saved, other_shapes) is None
    assert saved_report.load(tmp_path / "missing.json", seed_settings.shapes_path) is None
    (tmp_path / "broken.json").write_text('{"format": "plankg-validation-report/1", "re')
    assert saved_report.load(tmp_path / "broken.json", seed_settings.shapes_path) is None


def test_the_server_serves_the_saved_report_of_the_generation(tmp_path: Path) -> None:
    settings = Settings(home=HOME, store=tmp_path / "store")
    assert not build(settings).failures
    path = saved_path(settings)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["report"]["plans"][0]["label"]["vi"] = "Kế hoạch đã lưu"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    served = TestClient(create_app(settings)).get("/validation?_format=json").json()
    assert served["plans"][0]["label"]["vi"] == "Kế hoạch đã lưu"  # read, not made again
    path.unlink()
    served = TestClient(create_app(settings)).get("/validation?_format=json").json()
    assert served["plans"][0]["label"]["vi"] != "Kế hoạch đã lưu"  # without it, made again
