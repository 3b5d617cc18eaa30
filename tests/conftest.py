"""Shared fixtures: the project's settings, the gazetteer, and a store built from the seed documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.build import build
from loaders.gazetteer import Gazetteer, load_gazetteer
from plankg.settings import Settings
from plankg.store import open_read_only

HOME = Path(__file__).resolve().parents[1]
SOURCES = HOME / "data" / "sources"
SEEDS = sorted(path.name for path in SOURCES.glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden"


@pytest.fixture(scope="session")
def project() -> Settings:
    return Settings(home=HOME)


@pytest.fixture(scope="session")
def gazetteer(project: Settings) -> Gazetteer:
    return load_gazetteer(project.reference_dir)


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings whose store holds the seed documents, built once per test process."""
    settings = Settings(home=HOME, store=tmp_path_factory.mktemp("seed") / "store")
    report = build(settings)
    assert not report.failures, report.failures
    return settings


@pytest.fixture(scope="session")
def seed_store(seed_settings: Settings):  # type: ignore[no-untyped-def]
    return open_read_only(seed_settings.store_path)
